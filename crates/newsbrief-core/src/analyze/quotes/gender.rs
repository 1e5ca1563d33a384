//! Whether a name is a man's or a woman's, so "she said" never goes to a man.
//!
//! A name tells it by its given name (`data/names.json`), a title before it ("Mr.", "Mrs.",
//! "Ms.") or a gendered role word ("congresswoman"); a surname alone inherits what the
//! article's full names of that surname told. Unknown is compatible with both.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};
use serde::Deserialize;

use crate::analyze::entities::RawMention;
use crate::brief::EntityKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
}

#[derive(Deserialize)]
struct Raw {
    female: Vec<String>,
    male: Vec<String>,
    #[serde(default)]
    female_words: Vec<String>,
    #[serde(default)]
    male_words: Vec<String>,
}

struct Names {
    female: FastSet<String>,
    male: FastSet<String>,
    female_words: FastSet<String>,
    male_words: FastSet<String>,
}

fn names() -> &'static Names {
    static CELL: OnceLock<Names> = OnceLock::new();
    CELL.get_or_init(|| {
        let raw: Raw =
            serde_json::from_str(include_str!("../../../data/names.json")).unwrap_or(Raw {
                female: Vec::new(),
                male: Vec::new(),
                female_words: Vec::new(),
                male_words: Vec::new(),
            });
        let set = |v: Vec<String>| v.into_iter().map(|w| w.to_lowercase()).collect();
        Names {
            female: set(raw.female),
            male: set(raw.male),
            female_words: set(raw.female_words),
            male_words: set(raw.male_words),
        }
    })
}

/// The gender a single word tells: a given name, a title or a role word.
pub(crate) fn of_word(w: &str) -> Option<Gender> {
    let n = names();
    let lw = w.trim_end_matches('.').to_lowercase();
    match lw.as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" => return Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" => {
            return Some(Gender::Female);
        }
        _ => {}
    }
    if n.female.contains(&lw) || n.female_words.contains(&lw) {
        Some(Gender::Female)
    } else if n.male.contains(&lw) || n.male_words.contains(&lw) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Whether a word is a given name of either gender ("Daniel", "Maria").
pub(crate) fn is_given_name(w: &str) -> bool {
    let n = names();
    let lw = w.to_lowercase();
    n.female.contains(&lw) || n.male.contains(&lw)
}

/// The gender of "he", "she" and their forms.
pub(crate) fn of_pronoun(w: &str) -> Option<Gender> {
    match w.to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// The last word of a name, folded, as the key a later surname-only mention is found by.
fn surname_key(name: &str) -> Option<String> {
    words(name)
        .rev()
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .find(|w| {
            !matches!(
                w.to_lowercase().trim_end_matches('.'),
                "jr" | "sr" | "ii" | "iii" | "iv"
            )
        })
        .map(str::to_lowercase)
}

/// What one article's names tell about gender, by surname.
pub(crate) struct Genders {
    by_surname: FastMap<String, Option<Gender>>,
}

/// Up to the last `n` bytes before `at`, on a character boundary.
fn before(text: &str, at: usize, n: usize) -> &str {
    let mut s = at.saturating_sub(n);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    text.get(s..at).unwrap_or("")
}

impl Genders {
    /// Learns from every person mention whose given name or title tells its gender; a surname
    /// that two genders share is left unknown.
    pub(crate) fn new(text: &str, mentions: &[RawMention]) -> Self {
        let mut by_surname: FastMap<String, Option<Gender>> = FastMap::default();
        for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
            let Some(name) = text.get(m.start..m.end) else {
                continue;
            };
            let Some(g) = Self::direct(text, m.start, name) else {
                continue;
            };
            let Some(key) = surname_key(name) else {
                continue;
            };
            by_surname
                .entry(key)
                .and_modify(|old| {
                    if *old != Some(g) {
                        *old = None;
                    }
                })
                .or_insert(Some(g));
        }
        Genders { by_surname }
    }

    /// The gender the span's own words (or the title just before it) tell.
    fn direct(text: &str, start: usize, name: &str) -> Option<Gender> {
        let mut ws = words(name);
        let first = ws.next()?;
        if let Some(g) = of_word(first) {
            return Some(g);
        }
        // A role word inside the phrase: "the congresswoman", "Senate chairman Ann Roe".
        if let Some(g) = ws.find_map(|w| {
            let n = names();
            let lw = w.to_lowercase();
            if n.female_words.contains(&lw) {
                Some(Gender::Female)
            } else if n.male_words.contains(&lw) {
                Some(Gender::Male)
            } else {
                None
            }
        }) {
            return Some(g);
        }
        let lead = before(text, start, 6);
        let title = words(lead).next_back()?;
        match title.to_lowercase().as_str() {
            "mr" => Some(Gender::Male),
            "mrs" | "ms" | "miss" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender of the speaker named at `[start, end)`, when anything tells it.
    pub(crate) fn of(&self, text: &str, start: usize, end: usize) -> Option<Gender> {
        let name = text.get(start..end)?;
        Self::direct(text, start, name).or_else(|| {
            surname_key(name)
                .and_then(|k| self.by_surname.get(&k).copied())
                .flatten()
        })
    }
}

/// Whether a speaker of gender `have` may be referred to by a pronoun of gender `want`.
pub(crate) fn agrees(want: Option<Gender>, have: Option<Gender>) -> bool {
    match (want, have) {
        (Some(w), Some(h)) => w == h,
        _ => true,
    }
}
