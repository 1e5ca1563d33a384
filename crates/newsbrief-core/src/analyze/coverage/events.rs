//! The same dated event told with different places as its target: "a drone strike in April hit
//! the base at X" in one outlet, "in April the airbase at Y came under attack" in another.
//!
//! Sentence alignment rarely pairs these (independent reports share the date and the kind of
//! event, not the words), so events are found on their own: a sentence naming a month and an
//! attack noun opens an event, and following sentences that refer back to it ("the attack had
//! targeted …") without a date of their own add their places to it.

use std::collections::{BTreeMap, BTreeSet};

use crate::analyze::significance::Mentions;
use crate::analyze::words::tokens;
use crate::brief::{Brief, EntityKind};

/// Nouns (lowercase, singular or plural) that make a sentence tell an attack.
const EVENT_NOUNS: [&str; 12] = [
    "attack",
    "attacks",
    "strike",
    "strikes",
    "raid",
    "raids",
    "bombing",
    "bombings",
    "explosion",
    "explosions",
    "blast",
    "blasts",
];

/// How many following sentences may refer back to an event.
const FOLLOW_UP: usize = 2;

/// One article's telling of the event of one month: the places named as where it happened.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTelling {
    pub article: usize,
    /// Sentence indices telling it (the dated one first).
    pub sentences: Vec<usize>,
    /// Place entities named, outside quotes.
    pub places: BTreeSet<usize>,
}

/// Dated events told with places no other telling of that month shares, grouped by month
/// (lowercased) and then by place set: one entry per month where the tellings disagree.
pub fn conflicting_targets(brief: &Brief, m: &Mentions) -> Vec<(String, Vec<Vec<EventTelling>>)> {
    let setting = setting_places(brief, m);
    let mut by_month: BTreeMap<String, Vec<EventTelling>> = BTreeMap::new();
    for a in 0..brief.articles.len() {
        for (month, t) in first_events(brief, m, a, &setting) {
            by_month.entry(month).or_default().push(t);
        }
    }
    let mut out = Vec::new();
    for (month, tellings) in by_month {
        let differ = tellings.iter().enumerate().any(|(i, x)| {
            tellings[i + 1..]
                .iter()
                .any(|y| x.article != y.article && targets_conflict(&x.places, &y.places))
        });
        if !differ {
            continue;
        }
        let mut groups: Vec<Vec<EventTelling>> = Vec::new();
        for t in tellings {
            match groups
                .iter_mut()
                .find(|g| !targets_conflict(&g[0].places, &t.places))
            {
                Some(g) => g.push(t),
                None => groups.push(vec![t]),
            }
        }
        if groups.len() > 1 {
            out.push((month, groups));
        }
    }
    out
}

/// Two tellings disagree on the target when each names a place the other does not and they
/// share none.
fn targets_conflict(x: &BTreeSet<usize>, y: &BTreeSet<usize>) -> bool {
    !x.is_empty() && !y.is_empty() && x.is_disjoint(y)
}

/// Places every article names when there are three articles or more: the story's country or
/// city, where every event happens, not the target of one.
fn setting_places(brief: &Brief, m: &Mentions) -> BTreeSet<usize> {
    let n = brief.articles.len();
    if n < 3 {
        return BTreeSet::new();
    }
    let mut count: BTreeMap<usize, usize> = BTreeMap::new();
    for a in 0..n {
        let named: BTreeSet<usize> = m.by_article[a]
            .iter()
            .map(|x| x.2)
            .filter(|&e| m.kinds[e] == EntityKind::Place)
            .collect();
        for e in named {
            *count.entry(e).or_default() += 1;
        }
    }
    count
        .into_iter()
        .filter(|&(_, c)| c == n)
        .map(|(e, _)| e)
        .collect()
}

/// Per month, the first event of article `a` of that month that names a place outside the
/// setting.
fn first_events(
    brief: &Brief,
    m: &Mentions,
    a: usize,
    setting: &BTreeSet<usize>,
) -> Vec<(String, EventTelling)> {
    let art = &brief.articles[a];
    let words = |s: usize| -> Vec<String> {
        let r = &art.sentences[s];
        tokens(&art.text, r.start, r.end)
            .iter()
            .map(|t| t.as_str(&art.text).to_lowercase())
            .collect()
    };
    let places = |s: usize| -> BTreeSet<usize> {
        let r = &art.sentences[s];
        m.within(a, r.start, r.end)
            .into_iter()
            .filter(|&e| m.kinds[e] == EntityKind::Place && !setting.contains(&e))
            .filter(|&e| {
                // A place inside a quote is what someone said, not what the outlet reports.
                m.by_article[a]
                    .iter()
                    .filter(|x| x.2 == e && x.0 >= r.start && x.1 <= r.end)
                    .any(|x| !art.quotes.iter().any(|q| q.start <= x.0 && x.1 <= q.end))
            })
            .collect()
    };
    let months_of = |ws: &[String]| -> Vec<String> {
        ws.iter()
            .filter(|w| crate::analyze::meta::MONTHS.contains(&w.as_str()))
            .cloned()
            .collect()
    };
    let tells_event = |ws: &[String]| ws.iter().any(|w| EVENT_NOUNS.contains(&w.as_str()));
    // "the attack", "that strike": a sentence that refers back to an event told before.
    let refers_back = |ws: &[String]| {
        ws.windows(2).any(|p| {
            matches!(p[0].as_str(), "the" | "that" | "this") && EVENT_NOUNS.contains(&p[1].as_str())
        })
    };
    let mut out: BTreeMap<String, EventTelling> = BTreeMap::new();
    let n = art.sentences.len();
    for s in 0..n {
        let ws = words(s);
        let months = months_of(&ws);
        // One month only: a sentence naming two ("in April and May") tells no one event.
        if months.len() != 1 || !tells_event(&ws) || out.contains_key(&months[0]) {
            continue;
        }
        let mut t = EventTelling {
            article: a,
            sentences: vec![s],
            places: places(s),
        };
        for f in s + 1..(s + 1 + FOLLOW_UP).min(n) {
            let fw = words(f);
            if !months_of(&fw).is_empty() {
                break;
            }
            if refers_back(&fw) {
                t.sentences.push(f);
                t.places.extend(places(f));
            }
        }
        if !t.places.is_empty() {
            out.insert(months[0].clone(), t);
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::pipeline::brief_of_outlets;

    fn targets(texts: &[&str]) -> Vec<(String, Vec<Vec<EventTelling>>)> {
        let b = brief_of_outlets(texts);
        conflicting_targets(&b, &Mentions::new(&b))
    }

    #[test]
    fn same_month_attack_on_different_places_conflicts() {
        let found = targets(&[
            "In March, a rocket attack hit the port of Velmora, officials said.\nThe mayor spoke.\n",
            "A rocket attack in March struck the harbour at Kastrino.\nThe mayor spoke.\n",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "march");
        assert_eq!(found[0].1.len(), 2);
    }

    #[test]
    fn a_follow_up_sentence_names_the_target() {
        let found = targets(&[
            "In March, a rocket attack hit the port of Velmora.\n",
            "Militants staged a rocket attack in March.\nThey said the attack had targeted the harbour at Kastrino.\n",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1[1][0].sentences, vec![0, 1]);
    }

    #[test]
    fn same_place_or_other_month_is_no_conflict() {
        assert!(
            targets(&[
                "In March, a rocket attack hit the port of Velmora.\n",
                "A rocket attack in March struck Velmora's port.\n",
            ])
            .is_empty()
        );
        assert!(
            targets(&[
                "In March, a rocket attack hit the port of Velmora.\n",
                "A rocket attack in June struck the harbour at Kastrino.\n",
            ])
            .is_empty()
        );
    }
}
