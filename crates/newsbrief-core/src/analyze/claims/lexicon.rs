//! Cue words for claims, kept as data so they can grow without code changes.

use std::sync::OnceLock;

use rustc_hash::FxHashSet as FastSet;

use serde::Deserialize;

#[derive(Deserialize, Default)]
struct Raw {
    event_words: Vec<String>,
    months: Vec<String>,
    weekdays: Vec<String>,
    relative_dates: Vec<String>,
    time_cues_before_month_may: Vec<String>,
    number_words: Vec<String>,
    number_follow_stop: Vec<String>,
    opinion_words: Vec<String>,
    min_words: usize,
}

/// Event verbs and nouns, date words and spelled-out numbers.
pub(super) struct ClaimsLexicon {
    pub events: FastSet<String>,
    pub months: FastSet<String>,
    pub weekdays: FastSet<String>,
    /// Multi-word time phrases ("last week", "a.m."), each as its lowercased words.
    pub relative_dates: Vec<Vec<String>>,
    /// Words before "May" that make it the month rather than the verb.
    pub may_cues: FastSet<String>,
    pub number_words: FastSet<String>,
    /// Words after a spelled-out number that show it counts nothing ("two of", "one and").
    pub number_stop: FastSet<String>,
    pub opinion: FastSet<String>,
    /// Sentences shorter than this many words are fragments, not claims.
    pub min_words: usize,
}

fn set(v: Vec<String>) -> FastSet<String> {
    v.into_iter().map(|w| w.to_lowercase()).collect()
}

/// The claims lexicon, parsed once from `data/claims.json`.
pub(super) fn claims_lexicon() -> &'static ClaimsLexicon {
    static CELL: OnceLock<ClaimsLexicon> = OnceLock::new();
    CELL.get_or_init(|| {
        let raw: Raw =
            serde_json::from_str(include_str!("../../../data/claims.json")).unwrap_or_default();
        ClaimsLexicon {
            events: set(raw.event_words),
            months: set(raw.months),
            weekdays: set(raw.weekdays),
            relative_dates: raw
                .relative_dates
                .into_iter()
                .map(|w| w.split(' ').map(str::to_lowercase).collect())
                .collect(),
            may_cues: set(raw.time_cues_before_month_may),
            number_words: set(raw.number_words),
            number_stop: set(raw.number_follow_stop),
            opinion: set(raw.opinion_words),
            min_words: raw.min_words.max(1),
        }
    })
}
