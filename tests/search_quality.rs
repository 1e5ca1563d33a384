//! A judged query set: for each query, what a reader expects at the top and what must not
//! crowd the first screen. Run on the built-in brief and on a generated brief whose planted
//! sentences sit among thousands of filler items.
//!
//! A query is judged by two things:
//! - `first`: a word or phrase (whole, case-insensitive) that at least `min` results hold, and
//!   every result holding it ranks above every result that does not;
//! - `never`: text (case-insensitive) that no result in the top 10 may hold unless it also has
//!   every word typed at a word start: near misses, words the query only hides inside ("line"
//!   in "Alliance"), or the same words not typed together.

use newsbrief::brief::{Article, Brief, Claim, Quote, SCHEMA_VERSION, default_brief};
use newsbrief::search::{Hit, SearchIndex};

struct Judged {
    query: &'static str,
    first: &'static str,
    min: usize,
    never: &'static [&'static str],
}

const fn j(
    query: &'static str,
    first: &'static str,
    min: usize,
    never: &'static [&'static str],
) -> Judged {
    Judged {
        query,
        first,
        min,
        never,
    }
}

/// Judged on the built-in brief (the seed articles, analysed).
const BUILT_IN: &[Judged] = &[
    j("line", "line", 3, &["Alliance", "declined"]),
    j(
        "red",
        "red",
        3,
        &["tried", "warned", "injured", "recovered"],
    ),
    j("red line", "red line", 3, &["Alliance", "tried", "warned"]),
    j("base", "base", 5, &["airbase"]),
    j("air", "air", 5, &["Affairs", "cross hairs"]),
    j(
        "men",
        "members",
        1,
        &["militiamen", "servicemen", "government"],
    ),
    j("one", "one", 3, &["drone", "phone"]),
    j("age", "agency", 1, &["damage", "targeted", "outrage"]),
    j(
        "ties",
        "times",
        1,
        &["facilities", "casualties", "realities"],
    ),
    j("war", "war", 1, &["toward"]),
    j("late", "late", 1, &["legislature", "escalate"]),
    j("use", "use", 3, &["White House", "because"]),
    j("low", "low", 3, &["following", "flown"]),
    j("drone", "drone", 10, &["Hezbollah aspires"]),
    j("mckenzie", "mckenzie", 5, &["Kadhimi"]),
    j("kataib", "kataib", 3, &["Irbil"]),
    j("ain al-asad", "ain al-asad", 4, &["Irbil"]),
    j("coalition", "coalition", 10, &["Kataib"]),
    j("air defense", "air defense", 1, &["Affairs"]),
];

/// Judged on [`generated`]: each query's planted sentences against planted near misses.
const GENERATED: &[Judged] = &[
    j("line", "line", 3, &["alliance", "pipeline", "decline"]),
    j("red", "red", 3, &["tried", "warned", "bored"]),
    j("red line", "red line", 2, &["tired line", "alliance"]),
    j("ate", "ate", 3, &["senate", "debate", "state budget"]),
    j("arm", "arm", 2, &["farmer", "harm done", "charm"]),
    j("one", "one", 3, &["phone", "money", "bones"]),
    j("age", "age", 3, &["damage", "message", "village"]),
    j("can", "can", 3, &["pecan", "toucan", "scandal"]),
    j("ban", "ban", 3, &["urban", "turban", "husband"]),
    j("tax cut", "tax cut", 2, &["syntax", "cut flowers"]),
    j("May", "May", 3, &["may have", "dismay"]),
    j("zoe", "zoe", 2, &["ozone"]),
    j("net", "net", 3, &["planet", "cabinet", "magnet"]),
    j("old", "old", 3, &["bold", "gold", "told"]),
    j("rate", "rate", 3, &["pirate", "karate", "separate"]),
    j("cat", "cat", 3, &["locate", "educate", "wildcat"]),
];

/// Planted sentences: what each query is looking for, and near misses for it.
const PLANTED: &[&str] = &[
    "They drew a line in the sand.",
    "The line held overnight.",
    "A new line of credit was agreed.",
    "The alliance met in spring.",
    "A pipeline was laid last year.",
    "Sales saw a sharp decline.",
    "A red flag went up at noon.",
    "Red tape slowed the permit.",
    "The red team won the final.",
    "She tried again at noon.",
    "He warned the council twice.",
    "The bored students left early.",
    "The envoy crossed a red line today.",
    "A red line was drawn for talks.",
    "A red car parked on the line.",
    "The tired line of voters waited.",
    "They ate dinner early.",
    "We ate at the inn.",
    "Nobody ate the cake.",
    "The senate voted no.",
    "A debate began at six.",
    "The state budget grew.",
    "Guards arm themselves at dusk.",
    "An arm injury kept him out.",
    "The arms deal was signed.",
    "A farmer sold the land.",
    "No harm done, she said.",
    "The charm worked on them.",
    "One day it will open.",
    "Only one bridge is left.",
    "One of them spoke.",
    "A phone call came late.",
    "The money was returned.",
    "Old bones were found.",
    "The age limit was raised.",
    "In the age of rail.",
    "Age brings its own rules.",
    "The damage was minor.",
    "A message was sent.",
    "The village was quiet.",
    "We can do it, she said.",
    "A tin can rolled away.",
    "Can the plan work?",
    "A pecan pie was served.",
    "A toucan sat on a branch.",
    "The scandal grew.",
    "The ban on exports ended.",
    "A ban was lifted.",
    "Ban the practice, they said.",
    "Urban roads were closed.",
    "A turban was worn.",
    "Her husband spoke.",
    "A tax cut passed the house.",
    "The tax cut plan was dropped.",
    "A tax on cut flowers was proposed.",
    "Syntax cuts were made in the code.",
    "Talks resume in May.",
    "May was a wet month.",
    "By May the plan was done.",
    "It may have rained.",
    "To their dismay, it failed.",
    "Zoë Brand said no.",
    "Zoe left at dawn.",
    "Zoey chaired the meeting.",
    "The ozone layer thinned.",
    "Net income rose.",
    "A net gain for the town.",
    "The net was torn.",
    "The planet warmed.",
    "The cabinet met.",
    "A magnet was used.",
    "The old town hall burned.",
    "An old car was sold.",
    "Old rules still apply.",
    "A bold plan was made.",
    "The gold price fell.",
    "She told them the news.",
    "The rate rose in June.",
    "A rate rise is likely.",
    "Rate the plan, they asked.",
    "A pirate ship was seen.",
    "The karate club closed.",
    "A separate vote was held.",
    "The cat slept.",
    "A cat was found.",
    "Cat food prices rose.",
    "Locate the file first.",
    "They educate children.",
    "A wildcat was sighted.",
];

/// Filler words, chosen to hold none of the judged words, even loosely.
const FILLER: &[&str] = &[
    "blue", "river", "quiet", "moves", "seven", "kites", "jump", "fog", "snow", "plums", "hill",
    "sky", "wind", "pool", "duck", "sun", "fish", "milk", "shop", "list", "hub", "yes", "why",
];

/// Four articles of filler claims and quotes with the planted sentences scattered among them.
fn generated() -> Brief {
    // A linear congruential generator (Knuth's constants): the same brief every run.
    let mut state: u64 = 0x0123_4567_89ab_cdef;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    };
    let mut planted = PLANTED.iter();
    let articles = (0..4)
        .map(|a| {
            let mut text = String::new();
            let mut quotes = Vec::new();
            let mut claims = Vec::new();
            for i in 0..800 {
                let start = text.len();
                if next().is_multiple_of(20)
                    && let Some(p) = planted.next()
                {
                    text.push_str(p);
                } else {
                    for w in 0..6 + next() % 8 {
                        if w > 0 {
                            text.push(' ');
                        }
                        text.push_str(FILLER[(next() % FILLER.len() as u64) as usize]);
                    }
                    text.push('.');
                }
                let end = text.len();
                if i % 3 == 0 {
                    quotes.push(Quote {
                        start,
                        end,
                        speaker: Some("Dana Whitfield".into()),
                        ..Quote::default()
                    });
                } else {
                    claims.push(Claim {
                        start,
                        end,
                        ..Claim::default()
                    });
                }
                text.push(' ');
            }
            Article {
                id: format!("gen{a}"),
                outlet: format!("Generated {a}"),
                source: format!("gen{a}.txt"),
                text,
                quotes,
                claims,
                ..Article::default()
            }
        })
        .collect();
    assert!(planted.next().is_none(), "every planted sentence is placed");
    Brief {
        schema: SCHEMA_VERSION,
        title: "generated".into(),
        articles,
        entities: Vec::new(),
    }
}

/// What a result shows: its text and who said it.
fn line(index: &SearchIndex, hit: &Hit) -> String {
    let item = &index.items()[hit.item];
    match index.who(item) {
        Some(w) => format!("{} | {w}", index.text(item)),
        None => index.text(item).to_string(),
    }
}

/// Whether `hay` holds `word` with no letter or digit on either side; case-insensitive unless
/// `word` has a capital (the query's own smart case). Latin marks are ignored as search does.
fn holds_whole(hay: &str, word: &str) -> bool {
    let fold = |s: &str| -> Vec<char> {
        s.chars()
            .map(|c| match c {
                'ë' | 'é' => 'e',
                c => c,
            })
            .collect()
    };
    let cased = word.chars().any(char::is_uppercase);
    let (h, w) = if cased {
        (fold(hay), fold(word))
    } else {
        (fold(&hay.to_lowercase()), fold(&word.to_lowercase()))
    };
    (0..h.len().saturating_sub(w.len() - 1)).any(|i| {
        h[i..].starts_with(&w)
            && (i == 0 || !h[i - 1].is_alphanumeric())
            && h.get(i + w.len()).is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether every word of `query` starts a word of `hay` (ignoring case): a result holding a
/// near miss is fine when it also holds what was typed.
fn starts_every_word(hay: &str, query: &str) -> bool {
    let h = hay.to_lowercase().replace('ë', "e");
    query.split_whitespace().all(|w| {
        let w = w.to_lowercase();
        h.match_indices(&w).any(|(i, _)| {
            h[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// Every way `judged` fails on `index`, as readable lines.
fn failures(index: &SearchIndex, set: &[Judged]) -> Vec<String> {
    let mut out = Vec::new();
    for q in set {
        let hits = index.search(q.query);
        let lines: Vec<String> = hits.iter().map(|h| line(index, h)).collect();
        let top: Vec<&String> = lines.iter().take(10).collect();
        let holding = lines.iter().filter(|l| holds_whole(l, q.first)).count();
        if holding < q.min {
            out.push(format!(
                "{:?}: {holding} results hold {:?}, want {}: {top:#?}",
                q.query, q.first, q.min
            ));
        }
        if let Some(late) = lines
            .iter()
            .skip_while(|l| holds_whole(l, q.first))
            .position(|l| holds_whole(l, q.first))
        {
            out.push(format!(
                "{:?}: a result holding {:?} ranks below one without it (after {late} more): \
                 {top:#?}",
                q.query, q.first
            ));
        }
        for bad in q.never {
            if let Some(l) = top.iter().find(|l| {
                l.to_lowercase().contains(&bad.to_lowercase()) && !starts_every_word(l, q.query)
            }) {
                out.push(format!("{:?}: {bad:?} is in the top 10: {l:?}", q.query));
            }
        }
    }
    out
}

#[test]
fn the_set_is_big_enough() {
    assert!(BUILT_IN.len() + GENERATED.len() >= 30);
    assert!(
        BUILT_IN
            .iter()
            .chain(GENERATED)
            .all(|q| !q.never.is_empty())
    );
}

#[test]
fn judged_queries_on_the_built_in_brief() {
    let index = SearchIndex::new(default_brief());
    let f = failures(&index, BUILT_IN);
    assert!(f.is_empty(), "{}", f.join("\n"));
}

#[test]
fn judged_queries_on_a_generated_brief() {
    let index = SearchIndex::new(generated());
    let f = failures(&index, GENERATED);
    assert!(f.is_empty(), "{}", f.join("\n"));
}

#[test]
fn a_word_found_only_inside_words_is_still_found() {
    // Nothing starts with "port" here, so "airport" and "report" are what the reader wants.
    let index = SearchIndex::new(default_brief());
    let lines: Vec<String> = index
        .search("port")
        .iter()
        .map(|h| line(&index, h))
        .collect();
    assert!(lines.iter().any(|l| l.contains("airport")), "{lines:#?}");
    assert!(lines.iter().any(|l| l.contains("report")), "{lines:#?}");
}
