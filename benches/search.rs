//! Per-keystroke latency of search as you type: each query is typed one char at a time through
//! the incremental `Searcher`, and each keystroke is timed on its own (from the state the
//! previous keystroke left).

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use newsbrief::analyze::pipeline::build_brief;
use newsbrief::brief::{Article, Brief, Claim, Quote, SCHEMA_VERSION, default_brief};
use newsbrief::import::{read_manifest, read_sources};
use newsbrief::search::{SearchIndex, Searcher};

const QUERIES: [&str; 3] = ["red line", "mckenzie", "made in iran"];

/// A small deterministic generator (xorshift64*), so the synthetic brief is the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "on",
    "for",
    "with",
    "that",
    "was",
    "were",
    "is",
    "are",
    "said",
    "says",
    "officials",
    "military",
    "forces",
    "base",
    "attack",
    "attacks",
    "drone",
    "drones",
    "rocket",
    "rockets",
    "militia",
    "militias",
    "Iran",
    "Iraq",
    "U.S.",
    "troops",
    "Pentagon",
    "government",
    "minister",
    "week",
    "Tuesday",
    "killed",
    "wounded",
    "launched",
    "struck",
    "near",
    "airport",
    "province",
    "commander",
    "general",
    "line",
    "red",
    "crossed",
    "warned",
    "retaliation",
    "strike",
    "strikes",
    "made",
    "built",
    "supplied",
    "weapons",
    "according",
    "statement",
    "report",
    "reported",
    "Washington",
    "Baghdad",
    "Syria",
    "border",
    "increase",
    "since",
    "October",
    "dozens",
    "hundreds",
    "security",
    "sources",
    "anonymity",
    "spoke",
    "condition",
    "because",
    "not",
    "authorized",
    "publicly",
    "discuss",
    "matter",
    "region",
    "tensions",
    "escalation",
    "response",
    "deterrence",
    "presence",
    "personnel",
    "injuries",
    "minor",
    "damage",
    "infrastructure",
    "responsibility",
    "claimed",
    "group",
    "backed",
    "network",
    "allied",
    "coalition",
    "operations",
    "against",
    "Islamic",
    "State",
];

const SPEAKERS: &[&str] = &[
    "Frank McKenzie",
    "Lloyd Austin",
    "a U.S. official",
    "one Western official",
    "the spokesman",
    "Kataib Hezbollah",
    "a senior defense official",
    "John Kirby",
];

const ATTRIBUTIONS: &[&str] = &["officials said", "according to the AP", "the Pentagon said"];

fn sentence(rng: &mut Rng, out: &mut String) {
    let n = 10 + rng.next() % 18;
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        if rng.next().is_multiple_of(13) {
            out.push_str(&(rng.next() % 500).to_string());
        } else {
            out.push_str(rng.pick(WORDS));
        }
    }
}

/// A brief of `n` items, half quotes and half claims, over 20 articles.
fn synthetic_brief(n: usize) -> Brief {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let per = n / 20;
    let articles = (0..20)
        .map(|a| {
            let mut text = String::new();
            let mut quotes = Vec::new();
            let mut claims = Vec::new();
            for i in 0..per {
                if i % 2 == 0 {
                    text.push('“');
                    let start = text.len();
                    sentence(&mut rng, &mut text);
                    text.push('.');
                    let end = text.len();
                    text.push_str("” ");
                    let speaker = rng.pick(SPEAKERS);
                    text.push_str(speaker);
                    text.push_str(" said. ");
                    quotes.push(Quote {
                        start,
                        end,
                        sentence: 0,
                        speaker: Some(speaker.to_string()),
                        speaker_entity: None,
                        anonymous: false,
                        partial: false,
                    });
                } else {
                    let start = text.len();
                    sentence(&mut rng, &mut text);
                    let attribution = rng.pick(ATTRIBUTIONS);
                    text.push_str(", ");
                    text.push_str(attribution);
                    text.push('.');
                    claims.push(Claim {
                        start,
                        end: text.len(),
                        sentence: 0,
                        attribution: Some(attribution.to_string()),
                        features: Vec::new(),
                    });
                    text.push(' ');
                }
            }
            Article {
                id: format!("outlet{a}"),
                outlet: format!("Outlet {a}"),
                headline: String::new(),
                published: None,
                source: format!("{a}.txt"),
                text,
                blocks: Vec::new(),
                sentences: Vec::new(),
                quotes,
                claims,
                url: None,
                extraction: None,
            }
        })
        .collect();
    Brief {
        schema: SCHEMA_VERSION,
        title: "synthetic".into(),
        articles,
        entities: Vec::new(),
    }
}

/// The built-in brief, or the seed articles analysed now when the built-in one is empty.
fn seed_brief() -> Brief {
    let b = default_brief();
    if !b.articles.is_empty() {
        return b;
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("briefs/sources/manifest.json");
    let m = read_manifest(&manifest).expect("seed manifest");
    let sources = read_sources(&[], Some((&manifest, &m))).expect("seed sources");
    build_brief("seed", &sources)
}

/// Prints the median time of each keystroke over `rounds` runs, each from the state the
/// previous keystroke left: a per-keystroke table criterion's one-line summaries do not give.
fn latency_summary(name: &str, index: &Arc<SearchIndex>, rounds: usize) {
    for q in QUERIES {
        let chars: Vec<char> = q.chars().collect();
        let mut before = Searcher::new(index.clone());
        let mut line = format!("median {name} {q:?}:");
        let mut matches = String::new();
        let mut worst = Duration::ZERO;
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            let mut times: Vec<Duration> = (0..rounds)
                .map(|_| {
                    let mut s = before.clone();
                    let t0 = Instant::now();
                    black_box(s.set_query(&prefix).len());
                    t0.elapsed()
                })
                .collect();
            times.sort();
            let median = times[times.len() / 2];
            worst = worst.max(median);
            line.push_str(&format!(" {:.2}", median.as_secs_f64() * 1e3));
            before.set_query(&prefix);
            matches.push_str(&format!(" {}", before.total()));
        }
        eprintln!(
            "{line} ms per keystroke (worst {:.2} ms); matches:{matches}",
            worst.as_secs_f64() * 1e3
        );
    }
}

fn typing(c: &mut Criterion, name: &str, brief: &Brief) {
    let index = Arc::new(SearchIndex::new(brief.clone()));
    latency_summary(name, &index, if index.len() > 10_000 { 31 } else { 201 });
    let mut group = c.benchmark_group(format!("keystroke/{name}/{}items", index.len()));
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(800));
    for q in QUERIES {
        let chars: Vec<char> = q.chars().collect();
        let mut before = Searcher::new(index.clone());
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            group.bench_function(format!("{q}/{n:02}:{prefix}"), |b| {
                b.iter_batched(
                    || before.clone(),
                    |mut s| black_box(s.set_query(&prefix).len()),
                    BatchSize::LargeInput,
                )
            });
            before.set_query(&prefix);
            eprintln!("{name}: {prefix:?} -> {} hits", before.hits().len());
        }
    }
    group.finish();
}

fn bench(c: &mut Criterion) {
    typing(c, "seed", &seed_brief());
    typing(c, "synthetic", &synthetic_brief(100_000));
}

criterion_group!(benches, bench);
criterion_main!(benches);
