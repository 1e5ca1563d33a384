//! Cue words for claims, kept as data so they can grow without code changes.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};

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
    /// The first word of each phrase of `relative_dates`, so a sentence is searched for them
    /// only where one can start rather than with every phrase at every word.
    pub relative_first: FastSet<String>,
    /// Words before "May" that make it the month rather than the verb.
    pub may_cues: FastSet<String>,
    pub number_words: FastSet<String>,
    /// Words after a spelled-out number that show it counts nothing ("two of", "one and").
    pub number_stop: FastSet<String>,
    pub opinion: FastSet<String>,
    /// Sentences shorter than this many words are fragments, not claims.
    pub min_words: usize,
    /// Which of the sets above each word is in (the `IN_*` bits), so a sentence's words are
    /// looked up once each rather than once per set (measured: the per-set look-ups were a
    /// sixth of the claims stage).
    kinds: FastMap<String, u8>,
}

pub(super) const IN_EVENTS: u8 = 1;
pub(super) const IN_MONTHS: u8 = 2;
pub(super) const IN_WEEKDAYS: u8 = 4;
pub(super) const IN_NUMBER_WORDS: u8 = 8;
pub(super) const IN_OPINION: u8 = 16;
/// The first word of a phrase of `relative_dates`.
pub(super) const IN_RELATIVE_FIRST: u8 = 32;

impl ClaimsLexicon {
    /// The `IN_*` bits of a lowercase word.
    pub(super) fn kinds(&self, lower: &str) -> u8 {
        self.kinds.get(lower).copied().unwrap_or(0)
    }
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
        let relative_dates: Vec<Vec<String>> = raw
            .relative_dates
            .into_iter()
            .map(|w| w.split(' ').map(str::to_lowercase).collect())
            .collect();
        let mut lx = ClaimsLexicon {
            events: set(raw.event_words),
            months: set(raw.months),
            weekdays: set(raw.weekdays),
            relative_first: relative_dates
                .iter()
                .filter_map(|p| p.first().cloned())
                .collect(),
            relative_dates,
            may_cues: set(raw.time_cues_before_month_may),
            number_words: set(raw.number_words),
            number_stop: set(raw.number_follow_stop),
            opinion: set(raw.opinion_words),
            min_words: raw.min_words.max(1),
            kinds: FastMap::default(),
        };
        let mut kinds: FastMap<String, u8> = FastMap::default();
        for (words, bit) in [
            (&lx.events, IN_EVENTS),
            (&lx.months, IN_MONTHS),
            (&lx.weekdays, IN_WEEKDAYS),
            (&lx.number_words, IN_NUMBER_WORDS),
            (&lx.opinion, IN_OPINION),
            (&lx.relative_first, IN_RELATIVE_FIRST),
        ] {
            for w in words {
                *kinds.entry(w.clone()).or_default() |= bit;
            }
        }
        lx.kinds = kinds;
        lx
    })
}
