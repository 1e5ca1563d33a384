//! Word lists for speech and attribution, kept as data so they can grow without code changes.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};

use serde::Deserialize;

#[derive(Deserialize)]
struct Raw {
    verbs: Vec<String>,
    lead_only_verbs: Vec<String>,
    quoted_as: Vec<String>,
    auxiliaries: Vec<String>,
    anonymous_heads: Vec<String>,
    anonymity_cues: Vec<String>,
    person_pronouns: Vec<String>,
    thing_pronouns: Vec<String>,
    np_stop_words: Vec<String>,
    head_cut_words: Vec<String>,
    #[serde(default)]
    noun_like_verbs: Vec<String>,
    #[serde(default)]
    source_nouns: Vec<String>,
    #[serde(default)]
    utterance_nouns: Vec<String>,
    #[serde(default)]
    role_nouns: Vec<String>,
    #[serde(default)]
    phrasal_verbs: Vec<String>,
    #[serde(default)]
    respondent_words: Vec<String>,
    #[serde(default)]
    poll_nouns: Vec<String>,
    #[serde(default)]
    role_titles: Vec<String>,
}

/// Speech verbs, anonymous-source heads and the small words that bound a speaker phrase.
pub(crate) struct Speech {
    /// Verbs that attribute words in either position ("…,” said X" and "X said: “…”").
    pub verbs: FastSet<String>,
    /// Verbs that attribute only words that follow them ("described the talks as “…”").
    pub lead_only: FastSet<String>,
    /// Participles of "was quoted/cited as saying".
    pub quoted_as: FastSet<String>,
    /// Words that may sit between a speaker and the verb ("was", "also", "later").
    pub auxiliaries: FastSet<String>,
    pub anonymous_heads: FastSet<String>,
    pub anonymity_cues: Vec<String>,
    pub person_pronouns: FastSet<String>,
    pub thing_pronouns: FastSet<String>,
    /// Words that end a speaker phrase ("that", "who", "speaking").
    pub np_stop: FastSet<String>,
    /// Words after which a speaker phrase is only description ("stationed", "at").
    pub head_cut: FastSet<String>,
    /// Verb forms that are also plural nouns ("near-daily reports"), trusted only after a name
    /// or a speaker noun.
    pub noun_like: FastSet<String>,
    /// Written sources that can report or note ("the report notes").
    pub source_nouns: FastSet<String>,
    /// What a person says or writes, whose owner speaks through it ("Lee's statement").
    pub utterance_nouns: FastSet<String>,
    /// Roles a writer names a person by once they are introduced ("the senator said").
    pub role_nouns: FastSet<String>,
    /// Two-word speech verbs ("shot back", "pointed out"), by their first word.
    pub phrasal: FastMap<String, Vec<String>>,
    /// Heads of a share of people polled ("25 percent", "a majority"), who speak for a poll.
    pub respondents: FastSet<String>,
    /// Nouns naming a poll, the source of what a share of its respondents said.
    pub poll_nouns: FastSet<String>,
    /// The roles a short title before a name gives ("Sen." a senator and a lawmaker), by the
    /// title lowercased without its full stop.
    pub role_titles: FastMap<String, Vec<String>>,
}

/// Two-word verbs keyed by their first word, each with the particles that may follow it.
fn phrasal(v: Vec<String>) -> FastMap<String, Vec<String>> {
    let mut m: FastMap<String, Vec<String>> = FastMap::default();
    for p in v {
        if let Some((verb, particle)) = p.to_lowercase().split_once(' ') {
            m.entry(verb.to_string())
                .or_default()
                .push(particle.to_string());
        }
    }
    m
}

fn set(v: Vec<String>) -> FastSet<String> {
    v.into_iter().map(|w| w.to_lowercase()).collect()
}

/// The speech lexicon, parsed once from `data/speech.json`.
pub(crate) fn speech() -> &'static Speech {
    static CELL: OnceLock<Speech> = OnceLock::new();
    CELL.get_or_init(|| {
        let raw: Raw = serde_json::from_str(include_str!("../../../data/speech.json"))
            .unwrap_or_else(|_| Raw {
                verbs: vec!["said".into(), "says".into(), "told".into()],
                lead_only_verbs: Vec::new(),
                quoted_as: Vec::new(),
                auxiliaries: Vec::new(),
                anonymous_heads: Vec::new(),
                anonymity_cues: Vec::new(),
                person_pronouns: vec!["he".into(), "she".into()],
                thing_pronouns: Vec::new(),
                np_stop_words: Vec::new(),
                head_cut_words: Vec::new(),
                noun_like_verbs: Vec::new(),
                source_nouns: Vec::new(),
                utterance_nouns: Vec::new(),
                role_nouns: Vec::new(),
                phrasal_verbs: Vec::new(),
                respondent_words: Vec::new(),
                poll_nouns: Vec::new(),
                role_titles: Vec::new(),
            });
        Speech {
            verbs: set(raw.verbs),
            lead_only: set(raw.lead_only_verbs),
            quoted_as: set(raw.quoted_as),
            auxiliaries: set(raw.auxiliaries),
            anonymous_heads: set(raw.anonymous_heads),
            anonymity_cues: raw
                .anonymity_cues
                .into_iter()
                .map(|w| w.to_lowercase())
                .collect(),
            person_pronouns: set(raw.person_pronouns),
            thing_pronouns: set(raw.thing_pronouns),
            np_stop: set(raw.np_stop_words),
            head_cut: set(raw.head_cut_words),
            noun_like: set(raw.noun_like_verbs),
            source_nouns: set(raw.source_nouns),
            utterance_nouns: set(raw.utterance_nouns),
            role_nouns: set(raw.role_nouns),
            phrasal: phrasal(raw.phrasal_verbs),
            respondents: set(raw.respondent_words),
            poll_nouns: set(raw.poll_nouns),
            role_titles: phrasal(raw.role_titles),
        }
    })
}
