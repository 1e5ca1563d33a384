//! The ranked search of a large brief agrees with matching every item in full, however much
//! of it the word index counts and the early stop leaves unscored.

use super::*;
use crate::brief::{Article, Brief, Claim, Quote, SCHEMA_VERSION};

/// Words that begin, hide in and run across others, with capitals and a mark, so that every
/// kind of match is common.
const WORDS: &[&str] = &[
    "red", "reduced", "line", "lines", "alliance", "made", "in", "iran", "Iran", "tried", "a", "b",
    "for", "mc", "said", "ir", "rim", "Zoë", "x-ray", "12", "madein",
];

const SPEAKERS: &[&str] = &["Frank McKenzie", "Red Cross", "a local man"];

/// Two articles of made-up sentences, half quotes and half claims.
fn generated(n: usize) -> Brief {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    let articles = (0..2)
        .map(|a| {
            let mut text = String::new();
            let (mut quotes, mut claims) = (Vec::new(), Vec::new());
            for i in 0..n / 2 {
                let start = text.len();
                for w in 0..3 + next(8) {
                    if w > 0 {
                        text.push(' ');
                    }
                    text.push_str(WORDS[next(WORDS.len())]);
                }
                let end = text.len();
                text.push_str(". ");
                if i % 2 == 0 {
                    quotes.push(Quote {
                        start,
                        end,
                        speaker: Some(SPEAKERS[next(SPEAKERS.len())].into()),
                        ..Quote::default()
                    });
                } else {
                    claims.push(Claim {
                        start,
                        end,
                        ..Claim::default()
                    });
                }
            }
            Article {
                id: format!("a{a}"),
                outlet: format!("Outlet {a}"),
                headline: String::new(),
                published: None,
                source: format!("a{a}.txt"),
                text,
                blocks: Vec::new(),
                sentences: Vec::new(),
                quotes,
                claims,
                terms: Vec::new(),
                url: None,
                extraction: None,
            }
        })
        .collect();
    Brief {
        schema: SCHEMA_VERSION,
        title: "generated".into(),
        articles,
        entities: Vec::new(),
    }
}

#[test]
fn the_best_and_the_count_agree_with_matching_everything() {
    let index = SearchIndex::new(generated(3000));
    let typed = [
        "red line",
        "made in iran",
        "mckenzie",
        "in",
        "a b",
        "re d",
        "Red l",
        "ir",
        "x",
        "zo",
        "zoë",
        "12 r",
        "madein",
        "x-r",
        "rim a",
        "c: in",
        "q: red",
        "lin",
        "ali",
    ];
    crate::search::tests::pruned_equals_full(&index, &typed, &[1, 10, 100]);
}
