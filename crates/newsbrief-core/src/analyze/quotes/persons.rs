//! Which mentions the speaker rules take for people. The entity finder judges a lone surname
//! by itself and may call it a place or leave it unknown ("Obama" is also a town); the article
//! around it often tells better: the same word closes a full name it gave a person ("Barack
//! Obama … Obama said"), or stands after a person's title somewhere ("President Obama"). A
//! pronoun's referent and a sentence's subject are looked for among people, so such a mention
//! counts as one here. The entity stage keeps its own kinds: only the quote rules read these.

use std::borrow::Cow;

use rustc_hash::FxHashSet as FastSet;

use crate::analyze::entities::RawMention;
use crate::brief::EntityKind;

/// Titles that only ever stand before a person's name, folded and without their full stop.
const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "president",
    "sen",
    "senator",
    "rep",
    "congressman",
    "congresswoman",
    "gov",
    "governor",
    "secretary",
    "judge",
    "justice",
    "prof",
    "professor",
    "rev",
    "mayor",
];

/// The words of a name, without a leading title.
fn name_words(name: &str) -> Vec<&str> {
    let mut ws: Vec<&str> = name.split_whitespace().collect();
    while ws.len() > 1 && is_title(ws[0]) {
        ws.remove(0);
    }
    ws
}

fn is_title(w: &str) -> bool {
    PERSON_TITLES.contains(&w.trim_end_matches('.').to_lowercase().as_str())
}

/// The word just before `at`, outside any mention: "President" in "President Obama".
fn word_before(text: &str, at: usize) -> Option<&str> {
    let lead = text.get(..at)?;
    let trimmed = lead.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == lead.len() {
        return None;
    }
    trimmed
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .filter(|w| !w.is_empty())
}

/// `mentions` with a single-name mention that the finder did not call a person made a person
/// when the article shows the name is one's; borrowed unchanged when none is.
pub(super) fn with_person_evidence<'m>(
    text: &str,
    mentions: &'m [RawMention],
) -> Cow<'m, [RawMention]> {
    let mut known: FastSet<String> = FastSet::default();
    for m in mentions {
        let Some(name) = text.get(m.start..m.end) else {
            continue;
        };
        let ws = name_words(name);
        let titled = ws.len() < name.split_whitespace().count()
            || word_before(text, m.start).is_some_and(is_title);
        if m.kind == EntityKind::Person
            && ws.len() >= 2
            && let Some(last) = ws.last()
        {
            known.insert(last.to_lowercase());
        }
        if titled && ws.len() == 1 && m.kind != EntityKind::Organization {
            known.insert(ws[0].to_lowercase());
        }
    }
    let promote = |m: &RawMention| {
        matches!(m.kind, EntityKind::Other | EntityKind::Place)
            && text.get(m.start..m.end).is_some_and(|n| {
                let ws = name_words(n);
                ws.len() == 1 && known.contains(&ws[0].to_lowercase())
            })
    };
    if !mentions.iter().any(promote) {
        return Cow::Borrowed(mentions);
    }
    Cow::Owned(
        mentions
            .iter()
            .map(|m| RawMention {
                kind: if promote(m) {
                    EntityKind::Person
                } else {
                    m.kind
                },
                ..m.clone()
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, ms: &[(&str, EntityKind)]) -> Vec<EntityKind> {
        let mut v: Vec<RawMention> = Vec::new();
        let mut from = 0;
        for (name, kind) in ms {
            let s = from + text[from..].find(name).unwrap();
            v.push(RawMention {
                start: s,
                end: s + name.len(),
                kind: *kind,
            });
            from = s + name.len();
        }
        with_person_evidence(text, &v)
            .iter()
            .map(|m| m.kind)
            .collect()
    }

    #[test]
    fn a_surname_of_a_full_name_or_after_a_title_is_a_person() {
        use EntityKind::*;
        let t = "Tomas Vek spoke first. Later Vek toured Lyon.";
        assert_eq!(
            kinds(t, &[("Tomas Vek", Person), ("Vek", Place), ("Lyon", Place)]),
            vec![Person, Person, Place]
        );
        let t = "Mayor Orlo opened the fair. Orlo said it was fun.";
        assert_eq!(
            kinds(t, &[("Orlo", Other), ("Orlo", Other)]),
            vec![Person, Person]
        );
        // A place no title or full name vouches for stays a place.
        let t = "Ann Roe flew to Lyon. Lyon was cold.";
        assert_eq!(
            kinds(t, &[("Ann Roe", Person), ("Lyon", Place), ("Lyon", Place)]),
            vec![Person, Place, Place]
        );
    }
}
