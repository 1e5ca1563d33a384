use super::*;
use crate::brief::{Block, BlockKind, Sentence};

pub(crate) fn body(text: &str) -> (Vec<Block>, Vec<Sentence>) {
    let mut blocks = Vec::new();
    let mut sentences = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = pos + (line.len() - line.trim_start().len());
            let end = start + trimmed.len();
            blocks.push(Block {
                kind: BlockKind::Body,
                start,
                end,
                reason: None,
                duplicate_of: None,
            });
            // Naive sentences: cut after ". " when the next word is capitalised.
            let mut s = start;
            let bytes = text.as_bytes();
            for i in start..end.saturating_sub(2) {
                if bytes[i] == b'.' && bytes[i + 1] == b' ' && bytes[i + 2].is_ascii_uppercase() {
                    sentences.push(Sentence {
                        start: s,
                        end: i + 1,
                        block: blocks.len() - 1,
                    });
                    s = i + 2;
                }
            }
            sentences.push(Sentence {
                start: s,
                end,
                block: blocks.len() - 1,
            });
        }
        pos += line.len();
    }
    (blocks, sentences)
}

pub(crate) fn found(text: &str) -> Vec<(String, EntityKind)> {
    let (b, s) = body(text);
    find_mentions(text, &b, &s)
        .into_iter()
        .map(|m| (text[m.start..m.end].to_string(), m.kind))
        .collect()
}

fn names(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(n, _)| n).collect()
}

use EntityKind::*;

#[test]
fn title_is_left_out_and_makes_a_person() {
    let f = found(
        "Dockers cheered as Marine Gen. Frank McKenzie arrived, and Col. Wayne Marotto spoke.",
    );
    assert!(f.contains(&("Frank McKenzie".into(), Person)), "{f:?}");
    assert!(f.contains(&("Wayne Marotto".into(), Person)), "{f:?}");
    let f = found("The vote was called by President Luiz Lula in the capital.");
    assert!(f.contains(&("Luiz Lula".into(), Person)), "{f:?}");
}

#[test]
fn sentence_initial_function_words_are_not_names() {
    let n = names(
        "Meanwhile, unions in Rotterdam struck. Although the port was shut, ships waited. Instead the cranes stood still. Last week Brazil voted.",
    );
    for bad in ["Meanwhile", "Although", "Instead", "Last"] {
        assert!(!n.iter().any(|x| x.contains(bad)), "{n:?}");
    }
    assert!(n.contains(&"Rotterdam".to_string()));
    assert!(n.contains(&"Brazil".to_string()));
    let n = names("Dock workers walked out. Farmers joined them in Rotterdam.");
    assert_eq!(n, ["Rotterdam"]);
}

#[test]
fn possessive_and_hyphenated_adjectives_keep_the_name_only() {
    let f = found(
        "Brazil’s court backed the EU-led talks and Rotterdam's port, not the Iran-backed group.",
    );
    let n: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
    assert!(
        n.contains(&"Brazil")
            && n.contains(&"EU")
            && n.contains(&"Rotterdam")
            && n.contains(&"Iran"),
        "{n:?}"
    );
}

#[test]
fn acronyms_and_plurals() {
    let f = found("Officials said the CIA and U.S. forces tracked UAVs over the port.");
    let n: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
    assert!(
        n.contains(&"CIA") && n.contains(&"U.S.") && n.contains(&"UAV"),
        "{n:?}"
    );
    assert!(f.contains(&("CIA".into(), Organization)));
}

#[test]
fn organisations_places_and_particles() {
    let f = found(
        "The strike was backed by the Dutch Transport Workers Union near the city of Delft, said Abu Bakr al-Baghdadi and Ursula von der Leyen.",
    );
    assert!(
        f.contains(&("Dutch Transport Workers Union".into(), Organization)),
        "{f:?}"
    );
    assert!(f.contains(&("Delft".into(), Place)), "{f:?}");
    assert!(
        f.contains(&("Abu Bakr al-Baghdadi".into(), Person)),
        "{f:?}"
    );
    assert!(
        f.contains(&("Ursula von der Leyen".into(), Person)),
        "{f:?}"
    );
}

#[test]
fn place_cues_make_places() {
    let f = found("Jets left Camp Lemonnier and the Mazar air base in the province of Balkh.");
    assert!(f.contains(&("Camp Lemonnier".into(), Place)), "{f:?}");
    assert!(f.contains(&("Mazar".into(), Place)), "{f:?}");
    assert!(f.contains(&("Balkh".into(), Place)), "{f:?}");
}

#[test]
fn demonyms_are_skipped() {
    let n = names("Brazilian voters and Iraqi soldiers waited.");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn mentions_do_not_overlap_and_are_trimmed() {
    let text = "In São Paulo, the Workers’ Party of Brazil met Speaker of the House Arthur Lira.\n";
    let (b, s) = body(text);
    let ms = find_mentions(text, &b, &s);
    for w in ms.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for m in &ms {
        let t = &text[m.start..m.end];
        assert_eq!(t, t.trim());
    }
    assert!(names(text).contains(&"Arthur Lira".to_string()));
}

/// A headline line ending at `end` and one body line after it.
fn headline_and_body(text: &str, end: usize) -> Vec<Block> {
    let block = |kind, start, end| Block {
        kind,
        start,
        end,
        reason: None,
        duplicate_of: None,
    };
    vec![
        block(BlockKind::Headline, 0, end),
        block(BlockKind::Body, end + 1, text.len() - 1),
    ]
}

#[test]
fn title_case_headline_keeps_only_known_or_body_names() {
    let text =
        "Port Strike Spreads As Unions Defy Rotterdam Mayor\nWorkers in Rotterdam walked out.\n";
    let blocks = headline_and_body(text, 50);
    let ms = find_mentions(text, &blocks, &[]);
    let n: Vec<&str> = ms.iter().map(|m| &text[m.start..m.end]).collect();
    assert!(n.iter().all(|x| *x == "Rotterdam"), "{n:?}");
}

#[test]
fn title_case_keeps_the_story_names_inside_a_run_of_capitals() {
    let text = "Kiro Addresses Rotterdam Strike\nAnn Kiro spoke to workers in Rotterdam.\n";
    let blocks = headline_and_body(text, 31);
    let ms = find_mentions(text, &blocks, &[]);
    let head: Vec<(&str, EntityKind)> = ms
        .iter()
        .filter(|m| m.end <= 31)
        .map(|m| (&text[m.start..m.end], m.kind))
        .collect();
    assert_eq!(
        head,
        [
            ("Kiro", EntityKind::Person),
            ("Rotterdam", EntityKind::Place)
        ]
    );
}

#[test]
fn no_panic_on_odd_input() {
    for t in [
        "",
        "—",
        "A",
        "É-É’s",
        "U.S.-",
        "-Iran",
        "’s",
        "Al-",
        "Gen. ",
        "Gen. Ab",
    ] {
        let _ = found(t);
    }
}

#[test]
fn known_names_keep_their_article_and_attribution_is_not_a_place() {
    let f = found(
        "Mr. Stam met Prime Minister Mark Rutte in The Hague. According to Datafolha, Lula leads.",
    );
    assert!(f.contains(&("The Hague".into(), Place)), "{f:?}");
    assert!(f.contains(&("Mark Rutte".into(), Person)), "{f:?}");
    assert!(!f.contains(&("Datafolha".into(), Place)), "{f:?}");
}

#[test]
fn ordinary_words_starting_a_sentence_are_not_names() {
    let t = "Traffic was heavy on the bridge. Seventeen buses ran late. Bush met the mayor. \
             The mayor thanked Bush. Australian fans sang. XVII was written on the gate.";
    let (blocks, sentences) = body(t);
    let found: Vec<&str> = find_mentions(t, &blocks, &sentences)
        .iter()
        .map(|m| &t[m.start..m.end])
        .collect();
    // "Bush" is also written mid-sentence, so it is a name at the start of one too.
    assert_eq!(found, ["Bush", "Bush"]);
}

#[test]
fn kinds_from_context_given_names_and_acronyms() {
    let t = "Norway beat Chile 2 – 0 on Sunday. Norway 2 – 0 Chile was the score. \
             Fans in Oslo cheered. Daniel waved. A member of Zentrix left. The ZPQ voted.";
    let (blocks, sentences) = body(t);
    let ms = find_mentions(t, &blocks, &sentences);
    let kind = |w: &str| ms.iter().find(|m| &t[m.start..m.end] == w).map(|m| m.kind);
    assert_eq!(kind("Norway"), Some(EntityKind::Organization));
    assert_eq!(kind("Oslo"), Some(EntityKind::Place));
    assert_eq!(kind("Daniel"), Some(EntityKind::Person));
    assert_eq!(kind("Zentrix"), Some(EntityKind::Organization));
    assert_eq!(kind("ZPQ"), Some(EntityKind::Organization));
}

#[test]
fn a_body_run_into_a_persons_name_is_two_names() {
    let t = "Fans cheered as Norway Anna Berg spoke.";
    let (blocks, sentences) = body(t);
    let found: Vec<&str> = find_mentions(t, &blocks, &sentences)
        .iter()
        .map(|m| &t[m.start..m.end])
        .collect();
    assert!(found.contains(&"Anna Berg"), "{found:?}");
    assert!(found.contains(&"Norway"), "{found:?}");
}
