//! The same counted thing given different numbers by different outlets ("about 3,000 troops in
//! X" / "more than 5,000 troops in X"), each with the date it is given at: counts change over
//! time, so the reader sees the numbers side by side with their dates rather than a verdict.
//!
//! Sentence alignment misses these when the sentences tell different things around the count;
//! a count is matched by its noun and a place both sentences name instead.

use std::collections::BTreeMap;

use crate::analyze::align::{number_value, stem};
use crate::analyze::diff::is_date_word;
use crate::analyze::significance::Mentions;
use crate::analyze::words::tokens;
use crate::brief::{Brief, EntityKind};

/// Nouns that measure (distance, time, share) rather than count: two outlets giving different
/// distances or durations usually measure different things.
const MEASURES: [&str; 22] = [
    "mile",
    "kilometer",
    "kilometre",
    "meter",
    "metre",
    "feet",
    "foot",
    "percent",
    "per",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "decade",
    "century",
    "time",
    "dollar",
    "billion",
    "million",
];

/// Words before a number that qualify it ("about 3,000", "more than 5,000").
const HEDGES: [&str; 9] = [
    "about", "around", "nearly", "almost", "over", "than", "least", "some", "roughly",
];

/// How many words may stand between a number and its noun ("3,000 coalition troops").
const MODIFIERS: usize = 2;

/// One outlet's count.
#[derive(Debug, Clone, PartialEq)]
pub struct Count {
    pub article: usize,
    pub sentence: usize,
    /// The number with its hedge, as written ("about 3,000").
    pub said: String,
    /// The number's value without separators.
    pub value: String,
    /// Byte range of the hedge, number and noun.
    pub span: (usize, usize),
    /// Lowercase words between the number and the noun ("drone" in "two drone attacks").
    pub kind: Vec<String>,
}

impl Count {
    /// Two counts count the same thing unless both qualify the noun and differently
    /// ("two drone attacks" / "four rocket attacks").
    fn same_thing(&self, other: &Count) -> bool {
        self.kind.is_empty() || other.kind.is_empty() || self.kind == other.kind
    }
}

/// Counts of one noun at one place that differ between outlets: `(noun, place entity, counts)`
/// with one count per article, in brief order.
pub fn differing_counts(brief: &Brief, m: &Mentions) -> Vec<(String, usize, Vec<Count>)> {
    let mut by_key: BTreeMap<(String, usize), Vec<Count>> = BTreeMap::new();
    for a in 0..brief.articles.len() {
        for (noun, place, c) in counts(brief, m, a) {
            let v = by_key.entry((noun, place)).or_default();
            if !v.iter().any(|x| x.article == a) && v.first().is_none_or(|f| f.same_thing(&c)) {
                v.push(c);
            }
        }
    }
    by_key
        .into_iter()
        .filter(|(_, v)| v.len() > 1 && v.iter().any(|c| c.value != v[0].value))
        .map(|((noun, place), v)| (noun, place, v))
        .collect()
}

/// The counts an article gives outside quotes, keyed by the counted noun (stemmed) and each
/// place its sentence names.
fn counts(brief: &Brief, m: &Mentions, a: usize) -> Vec<(String, usize, Count)> {
    let art = &brief.articles[a];
    let mut out = Vec::new();
    for (si, s) in art.sentences.iter().enumerate() {
        let places: Vec<usize> = m
            .within(a, s.start, s.end)
            .into_iter()
            .filter(|&e| m.kinds[e] == EntityKind::Place)
            .collect();
        if places.is_empty() {
            continue;
        }
        let toks = tokens(&art.text, s.start, s.end);
        let words: Vec<&str> = toks.iter().map(|t| t.as_str(&art.text)).collect();
        for (i, w) in words.iter().enumerate() {
            let at = toks[i].start;
            if is_date_word(w) || art.quotes.iter().any(|q| q.start <= at && at < q.end) {
                continue;
            }
            let Some(value) = number_value(w) else {
                continue;
            };
            // A number glued to a unit ("160km") is a measure, not a count.
            if w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic) {
                continue;
            }
            if i > 0 && is_date_word(words[i - 1]) {
                continue;
            }
            let Some(n) =
                (i + 1..(i + 2 + MODIFIERS).min(words.len())).find(|&j| is_counted_noun(words[j]))
            else {
                continue;
            };
            let noun = stem(words[n]);
            if MEASURES.iter().any(|u| noun.starts_with(u)) {
                continue;
            }
            let mut h = i;
            while h > 0 && i - h < 2 && HEDGES.contains(&words[h - 1].to_lowercase().as_str()) {
                h -= 1;
            }
            // "more than", "at least": the word before the hedge belongs to it.
            if h < i && h > 0 && matches!(words[h].to_lowercase().as_str(), "than" | "least") {
                h -= 1;
            }
            let said = words[h..=i].join(" ");
            for &p in &places {
                out.push((
                    noun.clone(),
                    p,
                    Count {
                        article: a,
                        sentence: si,
                        said: said.clone(),
                        value: value.clone(),
                        span: (toks[h].start, toks[n].end),
                        kind: words[i + 1..n]
                            .iter()
                            .filter(|w| w.chars().all(|c| c.is_lowercase()))
                            .map(|w| w.to_string())
                            .collect(),
                    },
                ));
            }
        }
    }
    out
}

/// A plural common noun: lowercase letters ending in "s" ("troops", "drones"), the shape of a
/// counted thing in English.
fn is_counted_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.chars().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::pipeline::brief_of_outlets;

    fn found(texts: &[&str]) -> Vec<(String, usize, Vec<Count>)> {
        let b = brief_of_outlets(texts);
        differing_counts(&b, &Mentions::new(&b))
    }

    #[test]
    fn one_noun_at_one_place_with_two_numbers() {
        let f = found(&[
            "There are now about 800 peacekeepers in Velmora, officials said.\n",
            "More than 1,200 peacekeepers are stationed in Velmora.\n",
        ]);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "peacekeeper");
        let said: Vec<&str> = f[0].2.iter().map(|c| c.said.as_str()).collect();
        assert_eq!(said, vec!["about 800", "More than 1,200"]);
    }

    #[test]
    fn same_number_other_noun_or_a_distance_is_no_conflict() {
        assert!(
            found(&[
                "About 800 peacekeepers are in Velmora.\n",
                "Some 800 peacekeepers are stationed in Velmora.\n",
            ])
            .is_empty()
        );
        assert!(
            found(&[
                "About 800 peacekeepers are in Velmora.\n",
                "About 300 tourists are in Velmora.\n",
            ])
            .is_empty()
        );
        assert!(
            found(&[
                "Two drone attacks hit Velmora.\n",
                "Four rocket attacks hit Velmora.\n",
            ])
            .is_empty()
        );
        assert!(
            found(&[
                "The camp lies 12 miles from Velmora.\n",
                "The camp lies 20 miles from Velmora.\n",
            ])
            .is_empty()
        );
    }
}
