//! Checks that a brief is internally consistent, so every later stage may slice its text by the
//! stored offsets without fear.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::model::{Brief, OLDEST_SCHEMA, SCHEMA_VERSION};

/// The first inconsistency found, with the place in the brief it sits (`articles[2].quotes[0]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

fn problem(place: String, message: impl Into<String>) -> Problem {
    Problem {
        place,
        message: message.into(),
    }
}

fn check_span(
    text: &str,
    start: usize,
    end: usize,
    place: impl Fn() -> String,
) -> Result<(), Problem> {
    if start > end {
        return Err(problem(
            place(),
            format!("start {start} is after end {end}"),
        ));
    }
    if end > text.len() {
        return Err(problem(
            place(),
            format!(
                "offset {end} is out of range (text is {} bytes)",
                text.len()
            ),
        ));
    }
    for off in [start, end] {
        if !text.is_char_boundary(off) {
            return Err(problem(
                place(),
                format!("offset {off} is inside a character"),
            ));
        }
    }
    Ok(())
}

/// A `YYYY-MM-DD` date that exists on the calendar (no 30 February).
pub(crate) fn check_date(d: &str) -> Result<(), String> {
    let shaped = d.len() == 10
        && d.bytes().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(format!("\"{d}\" is not a YYYY-MM-DD date"));
    }
    d.parse::<jiff::civil::Date>()
        .map(|_| ())
        .map_err(|_| format!("\"{d}\" is not a date on the calendar"))
}

/// Validates schema version, dates, spans (in range, ordered, on character boundaries), unique ids and
/// references (sentence → block, quote → sentence and speaker entity, mention → article).
pub fn validate(brief: &Brief) -> Result<(), Problem> {
    if !(OLDEST_SCHEMA..=SCHEMA_VERSION).contains(&brief.schema) {
        return Err(problem(
            "schema".into(),
            format!(
                "unknown schema version {} (expected {OLDEST_SCHEMA} to {SCHEMA_VERSION})",
                brief.schema
            ),
        ));
    }
    if brief.schema < brief.needed_schema() {
        return Err(problem(
            "schema".into(),
            format!(
                "version {} has no article url or extraction; the brief needs version {}",
                brief.schema,
                brief.needed_schema()
            ),
        ));
    }
    let mut ids = HashMap::new();
    let entity_ids: HashSet<&str> = brief.entities.iter().map(|e| e.id.as_str()).collect();
    for (ai, a) in brief.articles.iter().enumerate() {
        let at = |what: &str| format!("articles[{ai}]{what}");
        if a.id.is_empty() {
            return Err(problem(at(".id"), "empty article id"));
        }
        if ids.insert(a.id.as_str(), ai).is_some() {
            return Err(problem(
                at(".id"),
                format!("duplicate article id \"{}\"", a.id),
            ));
        }
        if let Some(d) = &a.published {
            check_date(d).map_err(|m| problem(at(".published"), m))?;
        }
        let text = &a.text;
        let mut last_end = 0;
        for (i, b) in a.blocks.iter().enumerate() {
            check_span(text, b.start, b.end, || at(&format!(".blocks[{i}]")))?;
            // The reader lays blocks out one after another: one that starts before the previous
            // one ended would show its text twice.
            if b.start < last_end {
                return Err(problem(
                    at(&format!(".blocks[{i}]")),
                    format!(
                        "starts at {} before the previous block ends at {last_end} (blocks must be in text order and not overlap)",
                        b.start
                    ),
                ));
            }
            last_end = b.end;
            if let Some(d) = b.duplicate_of
                && d >= i
            {
                return Err(problem(
                    at(&format!(".blocks[{i}].duplicate_of")),
                    format!("refers to block {d}, not an earlier one"),
                ));
            }
        }
        for (i, s) in a.sentences.iter().enumerate() {
            check_span(text, s.start, s.end, || at(&format!(".sentences[{i}]")))?;
            if s.block >= a.blocks.len() {
                return Err(problem(
                    at(&format!(".sentences[{i}].block")),
                    format!("no block {}", s.block),
                ));
            }
        }
        for (i, q) in a.quotes.iter().enumerate() {
            check_span(text, q.start, q.end, || at(&format!(".quotes[{i}]")))?;
            if q.sentence >= a.sentences.len() {
                return Err(problem(
                    at(&format!(".quotes[{i}].sentence")),
                    format!("no sentence {}", q.sentence),
                ));
            }
            if let Some(e) = &q.speaker_entity
                && !entity_ids.contains(e.as_str())
            {
                return Err(problem(
                    at(&format!(".quotes[{i}].speaker_entity")),
                    format!("no entity \"{e}\""),
                ));
            }
        }
        for (i, c) in a.claims.iter().enumerate() {
            check_span(text, c.start, c.end, || at(&format!(".claims[{i}]")))?;
            if c.sentence >= a.sentences.len() {
                return Err(problem(
                    at(&format!(".claims[{i}].sentence")),
                    format!("no sentence {}", c.sentence),
                ));
            }
        }
    }
    let mut eids = HashSet::new();
    for (ei, e) in brief.entities.iter().enumerate() {
        if !eids.insert(e.id.as_str()) {
            return Err(problem(
                format!("entities[{ei}].id"),
                format!("duplicate entity id \"{}\"", e.id),
            ));
        }
        for (mi, m) in e.mentions.iter().enumerate() {
            let place = || format!("entities[{ei}].mentions[{mi}]");
            let Some(a) = ids.get(m.article.as_str()).map(|&i| &brief.articles[i]) else {
                return Err(problem(place(), format!("no article \"{}\"", m.article)));
            };
            check_span(&a.text, m.start, m.end, place)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::model::*;

    fn brief() -> Brief {
        Brief {
            schema: SCHEMA_VERSION,
            title: "t".into(),
            articles: vec![Article {
                id: "a".into(),
                outlet: "O".into(),
                headline: "h".into(),
                source: "a.txt".into(),
                text: "Zoë said hi.".into(),
                blocks: vec![Block {
                    kind: BlockKind::Body,
                    start: 0,
                    end: 13,
                    reason: None,
                    duplicate_of: None,
                }],
                sentences: vec![Sentence {
                    start: 0,
                    end: 13,
                    block: 0,
                }],
                ..Article::default()
            }],
            entities: vec![Entity {
                id: "e1".into(),
                name: "Zoë".into(),
                kind: EntityKind::Person,
                aliases: vec![],
                mentions: vec![Mention {
                    article: "a".into(),
                    start: 0,
                    end: 4,
                }],
            }],
        }
    }

    #[test]
    fn a_consistent_brief_passes() {
        assert_eq!(validate(&brief()), Ok(()));
    }

    #[test]
    fn bad_offsets_and_references_are_named() {
        let mut b = brief();
        b.articles[0].sentences[0].end = 99;
        assert_eq!(
            validate(&b).unwrap_err().to_string(),
            "articles[0].sentences[0]: offset 99 is out of range (text is 13 bytes)"
        );
        let mut b = brief();
        b.entities[0].mentions[0].end = 3;
        assert_eq!(
            validate(&b).unwrap_err().to_string(),
            "entities[0].mentions[0]: offset 3 is inside a character"
        );
        let mut b = brief();
        b.entities[0].mentions[0].article = "zz".into();
        assert_eq!(
            validate(&b).unwrap_err().to_string(),
            "entities[0].mentions[0]: no article \"zz\""
        );
        let mut b = brief();
        b.articles.push(b.articles[0].clone());
        assert_eq!(
            validate(&b).unwrap_err().to_string(),
            "articles[1].id: duplicate article id \"a\""
        );
    }

    #[test]
    fn impossible_dates_and_tangled_blocks_are_named() {
        for (d, why) in [
            ("2021-02-30", "is not a date on the calendar"),
            ("2021-13-45", "is not a date on the calendar"),
            ("2021-2-3", "is not a YYYY-MM-DD date"),
        ] {
            let mut b = brief();
            b.articles[0].published = Some(d.into());
            assert_eq!(
                validate(&b).unwrap_err().to_string(),
                format!("articles[0].published: \"{d}\" {why}")
            );
        }
        let mut b = brief();
        b.articles[0].published = Some("2024-02-29".into());
        assert_eq!(validate(&b), Ok(()));
        let mut b = brief();
        let mut second = b.articles[0].blocks[0].clone();
        second.start = 5;
        b.articles[0].blocks.push(second);
        let e = validate(&b).unwrap_err();
        assert_eq!(e.place, "articles[0].blocks[1]");
        assert!(e.message.contains("before the previous block ends"), "{e}");
    }

    #[test]
    fn new_fields_need_the_new_schema() {
        let mut b = brief();
        b.schema = OLDEST_SCHEMA;
        assert_eq!(validate(&b), Ok(()));
        b.articles[0].url = Some("https://example.org/a".into());
        assert!(
            validate(&b)
                .unwrap_err()
                .to_string()
                .starts_with("schema: ")
        );
        b.schema = SCHEMA_VERSION;
        assert_eq!(validate(&b), Ok(()));
    }
}
