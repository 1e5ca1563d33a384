//! Behaviour of search over a small hand-made brief.

use std::sync::Arc;

use super::*;
use crate::brief::{Article, Brief, Claim, Entity, EntityKind, Mention, Quote, SCHEMA_VERSION};

/// An article whose quotes and claims are given by their text (found in `text`).
fn article(
    id: &str,
    outlet: &str,
    text: &str,
    quotes: &[(&str, Option<&str>)],
    claims: &[(&str, Option<&str>)],
) -> Article {
    let span = |s: &str| {
        let start = text.find(s).expect("part of the text");
        (start, start + s.len())
    };
    Article {
        id: id.into(),
        outlet: outlet.into(),
        source: format!("{id}.txt"),
        text: text.into(),
        quotes: quotes
            .iter()
            .map(|(q, who)| {
                let (start, end) = span(q);
                Quote {
                    start,
                    end,
                    speaker: who.map(String::from),
                    anonymous: who.is_none(),
                    ..Quote::default()
                }
            })
            .collect(),
        claims: claims
            .iter()
            .map(|(c, who)| {
                let (start, end) = span(c);
                Claim {
                    start,
                    end,
                    attribution: who.map(String::from),
                    ..Claim::default()
                }
            })
            .collect(),
        ..Article::default()
    }
}

fn brief() -> Brief {
    let wapo = "Frank McKenzie said: “Iran has crossed a red line with these attacks.” \
                Officials said 12 drones struck the base on Tuesday. \
                “We are watching closely,” a U.S. official said.";
    let newsmax = "The drones were made in Iran, officials said. \
                   McKenzie warned: “This is a red line for us.” \
                   “Rebels came to the old quarter at dawn,” a local man said.";
    let press = "Press TV said the red flag over the line was raised. \
                 “Zoë Qasem’s report was wrong,” said one analyst.";
    let mut b = Brief {
        schema: SCHEMA_VERSION,
        title: "t".into(),
        articles: vec![
            article(
                "wapo",
                "The Washington Post",
                wapo,
                &[
                    (
                        "Iran has crossed a red line with these attacks.",
                        Some("Frank McKenzie"),
                    ),
                    ("We are watching closely,", Some("a U.S. official")),
                ],
                &[(
                    "Officials said 12 drones struck the base on Tuesday.",
                    Some("officials said"),
                )],
            ),
            article(
                "newsmax",
                "Newsmax",
                newsmax,
                &[
                    ("This is a red line for us.", Some("McKenzie")),
                    (
                        "Rebels came to the old quarter at dawn,",
                        Some("a local man"),
                    ),
                ],
                &[("The drones were made in Iran, officials said.", None)],
            ),
            article(
                "presstv",
                "Press TV",
                press,
                &[("Zoë Qasem’s report was wrong,", Some("one analyst"))],
                &[("Press TV said the red flag over the line was raised.", None)],
            ),
        ],
        entities: Vec::new(),
    };
    let m = |a: &str, text: &str, s: &str| {
        let start = text.find(s).unwrap();
        Mention {
            article: a.into(),
            start,
            end: start + s.len(),
        }
    };
    let (t0, t1) = (b.articles[0].text.clone(), b.articles[1].text.clone());
    b.entities = vec![
        Entity {
            id: "e1".into(),
            name: "Frank McKenzie".into(),
            kind: EntityKind::Person,
            aliases: vec!["McKenzie".into()],
            mentions: vec![
                m("newsmax", &t1, "McKenzie"),
                m("wapo", &t0, "Frank McKenzie"),
            ],
        },
        Entity {
            id: "e2".into(),
            name: "Iran".into(),
            kind: EntityKind::Place,
            aliases: Vec::new(),
            mentions: vec![m("newsmax", &t1, "Iran")],
        },
    ];
    b
}

fn texts(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query)
        .iter()
        .map(|h| index.text(&index.items()[h.item]).to_string())
        .collect()
}

#[test]
fn red_line_finds_the_phrase_first_and_not_scattered_letters() {
    let index = SearchIndex::new(brief());
    let t = texts(&index, "red line");
    assert!(t.len() >= 2, "{t:?}");
    assert!(
        t[0].contains("red line") && t[1].contains("red line"),
        "{t:?}"
    );
    // "the red flag over the line" matches both words but not the phrase.
    assert!(t.iter().any(|x| x.contains("red flag")));
    assert!(t[2..].iter().all(|x| !x.contains("red line")));
    // "Rebels entered" holds r…e…d only scattered.
    assert!(
        texts(&index, "red")
            .iter()
            .all(|x| !x.starts_with("Rebels"))
    );
}

#[test]
fn words_match_in_any_order() {
    let index = SearchIndex::new(brief());
    let mut a = texts(&index, "line red");
    let mut b = texts(&index, "red line");
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn nothing_matches_nothing() {
    let index = SearchIndex::new(brief());
    assert!(index.search("zzzqx").is_empty());
    assert!(index.search("red zzzqx").is_empty());
    assert!(index.search("").is_empty());
    assert!(index.search("   ").is_empty());
}

#[test]
fn speaker_names_find_quotes() {
    let index = SearchIndex::new(brief());
    let hits = index.search("q: mckenzie");
    let items: Vec<&Item> = hits.iter().map(|h| &index.items()[h.item]).collect();
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|i| i.kind == ItemKind::Quote));
    // Ties are in reading order.
    assert_eq!(items[0].article, Some(0));
    assert_eq!(items[1].article, Some(1));
}

#[test]
fn filters_restrict_kind_outlet_and_name() {
    let index = SearchIndex::new(brief());
    let kinds = |q: &str| -> Vec<ItemKind> {
        index
            .search(q)
            .iter()
            .map(|h| index.items()[h.item].kind)
            .collect()
    };
    assert!(kinds("c: drones").iter().all(|k| *k == ItemKind::Claim));
    assert_eq!(kinds("c: drones").len(), 2);
    assert_eq!(kinds("e: iran"), [ItemKind::Entity]);
    assert_eq!(kinds("q: c: iran").len(), 2);
    let arts = |q: &str| -> Vec<Option<usize>> {
        index
            .search(q)
            .iter()
            .map(|h| index.items()[h.item].article)
            .collect()
    };
    assert!(arts("red #NEWSMAX").iter().all(|a| *a == Some(1)));
    assert!(arts("red #press").iter().all(|a| *a == Some(2)));
    assert!(!arts("red #press").is_empty());
    assert!(arts("red #post").iter().all(|a| *a == Some(0)));
    // An entity passes an outlet filter through any of its mentions.
    assert_eq!(kinds("e: mckenzie #wapo"), [ItemKind::Entity]);
    // @name: quotes by McKenzie, claims attributed to officials.
    assert_eq!(index.search("@mckenzie q:").len(), 2);
    assert_eq!(index.search("@official c:").len(), 1);
    assert!(index.search("@nobody").is_empty());
    // Filters only: everything that passes, in reading order.
    let all = index.search("#wapo");
    assert_eq!(all.len(), 4, "3 items of wapo plus McKenzie");
    assert!(all.windows(2).all(|w| w[0].item < w[1].item));
}

#[test]
fn smart_case() {
    let index = SearchIndex::new(brief());
    let lower = index.search("c: iran");
    let upper = index.search("c: Iran");
    assert_eq!(lower.len(), 1);
    assert_eq!(upper.len(), 1);
    assert!(index.search("IRAN").is_empty());
}

#[test]
fn entities_point_at_their_first_mention() {
    let b = brief();
    let index = SearchIndex::new(b.clone());
    let h = index.search("e: frank")[0];
    let item = &index.items()[h.item];
    assert_eq!(item.article, Some(0));
    assert_eq!(b.articles[0].slice(item.start, item.end), "Frank McKenzie");
}

#[test]
fn a_reprinted_article_is_found_in_every_copy() {
    let mut b = brief();
    let mut copy = b.articles[1].clone();
    copy.id = "reprint".into();
    copy.outlet = "Reprint Daily".into();
    b.articles.push(copy);
    let index = Arc::new(SearchIndex::new(b));
    for q in ["made in iran", "red line", "rebels dawn", "q: mckenzie"] {
        let hits = index.search(q);
        let score_in = |art: usize| {
            hits.iter()
                .filter(|h| index.items()[h.item].article == Some(art))
                .map(|h| (index.text(&index.items()[h.item]).to_string(), h.score))
                .collect::<Vec<_>>()
        };
        assert!(!score_in(1).is_empty(), "{q}");
        assert_eq!(
            score_in(1),
            score_in(3),
            "the copy ranks as the original: {q}"
        );
        let mut s = Searcher::new(index.clone());
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            assert_eq!(s.set_query(&prefix), index.search(&prefix), "{prefix:?}");
        }
    }
}

#[test]
fn latin_diacritics_are_folded_both_ways() {
    let mut b = brief();
    let extra = " “Kādhimī met Erdoğan in Kraków,” said Søren Łukasz. Царь said й.";
    b.articles[2].text.push_str(extra);
    let t = b.articles[2].text.clone();
    let start = t.find("Kādhimī").unwrap();
    let end = start + t[start..].find(",”").unwrap();
    b.articles[2].quotes.push(Quote {
        start,
        end,
        speaker: Some("Søren Łukasz".into()),
        ..Quote::default()
    });
    let index = SearchIndex::new(b);
    // Typed without marks, with marks, and with a capital: all find the same quote.
    for q in ["zoe", "zoë", "Zoe"] {
        assert!(texts(&index, q).iter().any(|t| t.starts_with("Zoë")), "{q}");
    }
    for q in [
        "kadhimi",
        "erdogan",
        "krakow",
        "Kādhimī",
        "@soren",
        "lukasz",
    ] {
        assert!(
            texts(&index, q).iter().any(|t| t.contains("Kraków")),
            "{q} {:?}",
            texts(&index, q)
        );
    }
    // The highlight covers the marked letters themselves.
    let q = Query::parse("krakow");
    let h = index.search_query(&q)[0];
    let text = index.text(&index.items()[h.item]);
    let r = index.match_ranges(&h, &q);
    assert_eq!(&text[r[0].clone()], "Kraków");
    // Other scripts keep their marks: й is its own letter, not и.
    assert!(index.search("и").is_empty());
}

#[test]
fn positions_are_chars_and_convert_to_bytes() {
    let index = SearchIndex::new(brief());
    let q = Query::parse("qasem");
    let h = index.search_query(&q)[0];
    let text = index.text(&index.items()[h.item]);
    let pos = index.positions(&h, &q);
    let bytes = char_to_byte(text, &pos);
    assert_eq!(&text[bytes[0]..bytes[0] + 5], "Qasem");
    let ranges = index.match_ranges(&h, &q);
    assert_eq!(ranges.len(), 1);
    assert_eq!(&text[ranges[0].clone()], "Qasem");
    // The phrase highlights as one run.
    let q = Query::parse("red line");
    let h = index.search_query(&q)[0];
    let t = index.text(&index.items()[h.item]);
    let r = index.match_ranges(&h, &q);
    let got: Vec<&str> = r.iter().map(|r| &t[r.clone()]).collect();
    assert_eq!(got, ["red", "line"]);
}

#[test]
fn incremental_search_equals_fresh_search() {
    let index = Arc::new(SearchIndex::new(brief()));
    let mut s = Searcher::new(index.clone());
    let typed = [
        "red line",
        "mckenzie",
        "made in iran",
        "q: red #news",
        "@mck c",
        "Iran red",
        "zoë qa",
        "e: fr",
    ];
    let mut steps: Vec<String> = Vec::new();
    for t in typed {
        let chars: Vec<char> = t.chars().collect();
        for n in 1..=chars.len() {
            steps.push(chars[..n].iter().collect());
        }
        // Backspace a few chars, then a different word.
        for n in (chars.len().saturating_sub(3)..chars.len()).rev() {
            steps.push(chars[..n].iter().collect());
        }
        steps.push(format!("{t} x"));
        steps.push(String::new());
    }
    for q in &steps {
        let inc = s.set_query(q).to_vec();
        assert_eq!(inc, index.search(q), "query {q:?}");
    }
}

#[test]
fn odd_input_does_not_panic() {
    let mut b = brief();
    b.articles[0].quotes[0].end = 10_000;
    b.articles[0].text.push_str("\u{1b}[2J ẞtraße İ");
    let index = SearchIndex::new(b.clone());
    for q in ["\u{1b}", "ß", "i̇", "# @ q: e:", ":", "q:", "@", "ẞ", "x:y"] {
        let hits = index.search(q);
        for h in hits {
            let _ = index.positions(&h, &Query::parse(q));
        }
    }
}

#[test]
fn ranking_only_the_best_keeps_their_order() {
    let b = brief();
    let index = Arc::new(SearchIndex::new(b.clone()));
    for q in ["red line", "mckenzie", "said", "e", "q: c:"] {
        let all = index.search(q);
        let mut s = Searcher::new(index.clone()).with_top(2);
        let top = s.set_query(q).to_vec();
        assert_eq!(top, all[..all.len().min(2)], "{q}");
        assert_eq!(s.total(), all.len(), "{q}");
        assert_eq!(
            index.search_top(&Query::parse(q), 3),
            all[..all.len().min(3)],
            "{q}"
        );
    }
}

/// A brief of made-up sentences full of what the word index must get right: words that begin
/// other words, words hidden inside others, stretches across words, capitals, marks, other
/// scripts, punctuation inside words, line breaks and repeated speakers and texts.
fn tricky_brief() -> Brief {
    const WORDS: &[&str] = &[
        "red",
        "Red",
        "RED",
        "reduced",
        "redline",
        "tried",
        "bored",
        "r",
        "e",
        "d",
        "re",
        "rxed",
        "line",
        "Alliance",
        "lines",
        "airport",
        "port",
        "U.S.",
        "u.s",
        "Zoë",
        "Kādhimī",
        "мой",
        "Мой",
        "don’t",
        "don't",
        "—",
        "12",
        "120",
        "made",
        "in",
        "Iran",
        "iran",
        "Iranian",
        "mckenzie",
        "McKenzie",
        "mck",
        "m",
        "mc",
        "kenzie",
        "…",
        "straße",
        "ẞ",
        "İstanbul",
        "x-ray",
        "(red)",
        "red,",
        "line.",
        "\"quoted\"",
        "a\tb",
        "new\nline",
    ];
    const WHO: &[&str] = &[
        "Frank McKenzie",
        "a U.S. official",
        "Zoë Qasem",
        "the red team",
        "officials said",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut articles = Vec::new();
    for a in 0..4 {
        let mut text = String::new();
        let mut quotes = Vec::new();
        let mut claims = Vec::new();
        for i in 0..60 {
            let start = text.len();
            let n = 1 + next() % 7;
            for w in 0..n {
                if w > 0 {
                    text.push(if next() % 9 == 0 { '\n' } else { ' ' });
                }
                text.push_str(WORDS[(next() % WORDS.len() as u64) as usize]);
            }
            // Every seventh sentence is a copy of an earlier one (a reprint).
            if i % 7 == 6 {
                let first = quotes
                    .first()
                    .map(|q: &Quote| text[q.start..q.end].to_string());
                if let Some(f) = first {
                    text.truncate(start);
                    text.push_str(&f);
                }
            }
            let end = text.len();
            let who = WHO[(next() % WHO.len() as u64) as usize];
            if i % 2 == 0 {
                quotes.push(Quote {
                    start,
                    end,
                    speaker: (next() % 4 != 0).then(|| who.to_string()),
                    speaker_entity: (next() % 3 == 0).then(|| "e1".to_string()),
                    ..Quote::default()
                });
            } else {
                claims.push(Claim {
                    start,
                    end,
                    attribution: (next() % 3 != 0).then(|| who.to_string()),
                    ..Claim::default()
                });
            }
            text.push_str(". ");
        }
        articles.push(Article {
            id: format!("out{a}"),
            outlet: ["Red Post", "Newsmax", "Press TV", "Zoë Daily"][a].into(),
            source: format!("{a}.txt"),
            text,
            quotes,
            claims,
            ..Article::default()
        });
    }
    let mention = |a: usize, at: usize| Mention {
        article: format!("out{a}"),
        start: at,
        end: at + 1,
    };
    let entities = vec![
        Entity {
            id: "e1".into(),
            name: "Frank McKenzie".into(),
            kind: EntityKind::Person,
            aliases: vec!["McKenzie".into(), "the red general".into()],
            mentions: vec![mention(1, 5), mention(0, 3)],
        },
        Entity {
            id: "e2".into(),
            name: "Kādhimī".into(),
            kind: EntityKind::Person,
            aliases: Vec::new(),
            mentions: vec![mention(2, 0)],
        },
        Entity {
            id: "e3".into(),
            name: "Red Line Corp.".into(),
            kind: EntityKind::Organization,
            aliases: vec!["RLC".into()],
            mentions: Vec::new(),
        },
    ];
    Brief {
        schema: SCHEMA_VERSION,
        title: "tricky".into(),
        articles,
        entities,
    }
}

#[test]
fn the_word_index_leaves_out_only_items_that_cannot_match() {
    let index = SearchIndex::new(tricky_brief());
    let typed = [
        "red line",
        "Red line",
        "RED",
        "redline",
        "rxed",
        "port",
        "alliance",
        "made in iran",
        "Iran",
        "mckenzie",
        "mckenze",
        "McK",
        "u.s.",
        ".s",
        "zoe",
        "Zoë qa",
        "kadhimi",
        "мой",
        "Мой",
        "don't",
        "dont",
        "—",
        "12",
        "…",
        "strasse",
        "ß",
        "istanbul",
        "x-ray",
        "(red)",
        "\"quoted",
        "ab",
        "newline",
        "e: red",
        "q: red @mck",
        "c: line #press",
        "@red",
        "#zoe r",
        "q: c:",
        "the red general",
        "rlc",
        // Found only inside words.
        "ied",
        "ored",
        "ort",
        "nce",
        "enzie",
        "ine red",
    ];
    pruned_equals_full(&index, &typed, &[5]);
    // The index does leave items out (else the test above would prove nothing).
    for word in ["alliance", "airport", "Iran", "kadhimi", "x-ray"] {
        let (cands, all) = index.well_placed_candidates(&Query::parse(word));
        eprintln!("{word}: {cands} of {all}");
        assert!(cands < all * 3 / 4, "{word}: {cands} of {all}");
    }
}

/// For every prefix of every typed query, the index's pruned run gives what matching every
/// item gives: the whole list, and the best `tops` results with the full count.
pub(super) fn pruned_equals_full(index: &SearchIndex, typed: &[&str], tops: &[usize]) {
    for t in typed {
        let chars: Vec<char> = t.chars().collect();
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            let q = Query::parse(&prefix);
            if q.is_empty() {
                continue;
            }
            let slow = index.run(&q, usize::MAX, false);
            assert_eq!(index.run(&q, usize::MAX, true), slow, "query {prefix:?}");
            for &top in tops {
                let fast = index.run(&q, top, true);
                assert_eq!(
                    fast.0,
                    slow.0[..slow.0.len().min(top)],
                    "top {top} of {prefix:?}"
                );
                assert_eq!(fast.1, slow.1, "count of {prefix:?}");
            }
        }
    }
}
