//! Per-keystroke latency of search as you type: each query is typed one char at a time through
//! the incremental `Searcher`, and each keystroke is timed on its own (from the state the
//! previous keystroke left).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use newsbrief::analyze::pipeline::build_brief;
use newsbrief::brief::{Article, Brief, Claim, Quote, SCHEMA_VERSION, default_brief};
use newsbrief::import::{read_manifest, read_sources};
use newsbrief::search::{SearchIndex, Searcher};
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

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
                        speaker: Some(speaker.to_string()),
                        ..Quote::default()
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
                        attribution: Some(attribution.to_string()),
                        ..Claim::default()
                    });
                    text.push(' ');
                }
            }
            Article {
                id: format!("outlet{a}"),
                outlet: format!("Outlet {a}"),
                source: format!("{a}.txt"),
                text,
                quotes,
                claims,
                ..Article::default()
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

/// What a picker shows of each item, one line per item: the text, then who said it. The peers
/// match these lines; newsbrief matches the same strings as separate fields.
fn picker_lines(index: &SearchIndex) -> Vec<String> {
    index
        .items()
        .iter()
        .map(|it| match index.who(it) {
            Some(w) => format!("{} - {w}", index.text(it)),
            None => index.text(it).to_string(),
        })
        .collect()
}

/// The results a picker keeps after a keystroke: every match (the next keystroke filters
/// these when the query grew, as nucleo and skim do) and the best [`Searcher::TOP`], ranked.
fn rank(mut scored: Vec<(i64, u32)>) -> (Vec<u32>, Vec<u32>) {
    let all: Vec<u32> = scored.iter().map(|&(_, i)| i).collect();
    if scored.len() > Searcher::TOP {
        scored.select_nth_unstable(Searcher::TOP);
        scored.truncate(Searcher::TOP);
    }
    scored.sort_unstable();
    (all, scored.into_iter().map(|(_, i)| i).collect())
}

/// The candidates of a keystroke: the previous matches when the query grew, else every item.
fn candidates(prev: Option<&[u32]>, n: usize) -> Box<dyn Iterator<Item = u32> + '_> {
    match prev {
        Some(p) => Box::new(p.iter().copied()),
        None => Box::new(0..n as u32),
    }
}

/// The peers, each holding the item lines in the form it matches.
struct Peers {
    lines: Vec<String>,
    utf32: Vec<Utf32String>,
    nucleo: Matcher,
    skim: SkimMatcherV2,
}

impl Peers {
    fn new(index: &SearchIndex) -> Peers {
        let lines = picker_lines(index);
        let utf32 = lines
            .iter()
            .map(|l| Utf32String::from(l.as_str()))
            .collect();
        Peers {
            lines,
            utf32,
            nucleo: Matcher::new(Config::DEFAULT),
            skim: SkimMatcherV2::default(),
        }
    }

    /// nucleo-matcher as helix's picker runs it: the query parsed into atoms with smart case
    /// and normalisation, every candidate scored, the matches ranked.
    fn nucleo(&mut self, query: &str, prev: Option<&[u32]>) -> (Vec<u32>, Vec<u32>) {
        let pattern = Pattern::parse(query, CaseMatching::Smart, Normalization::Smart);
        let scored = candidates(prev, self.utf32.len())
            .filter_map(|i| {
                let s = pattern.score(self.utf32[i as usize].slice(..), &mut self.nucleo)?;
                Some((-i64::from(s), i))
            })
            .collect();
        rank(scored)
    }

    /// fuzzy-matcher's SkimMatcherV2 (smart case) as skim's picker runs it: every word of the
    /// query must match, the scores add up.
    fn skim(&self, query: &str, prev: Option<&[u32]>) -> (Vec<u32>, Vec<u32>) {
        let words: Vec<&str> = query.split_whitespace().collect();
        let scored = candidates(prev, self.lines.len())
            .filter_map(|i| {
                let line = &self.lines[i as usize];
                let mut total = 0;
                for w in &words {
                    total += self.skim.fuzzy_match(line, w)?;
                }
                Some((-total, i))
            })
            .collect();
        rank(scored)
    }
}

/// CPU time of this thread so far: what a keystroke costs on one core, however loaded the
/// machine is (wall time on a shared machine counts the other processes' turns too).
#[cfg(unix)]
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through the valid pointer it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

#[cfg(not(unix))]
fn thread_cpu() -> Duration {
    Duration::ZERO
}

/// Wall and CPU time of one run.
#[derive(Clone, Copy, Default)]
struct Took {
    wall: Duration,
    cpu: Duration,
}

/// The median wall and CPU times of `rounds` timings of `run`, each on a fresh `setup()` made
/// outside the timing.
fn median<S>(rounds: usize, mut setup: impl FnMut() -> S, mut run: impl FnMut(S)) -> Took {
    let (mut walls, mut cpus): (Vec<Duration>, Vec<Duration>) = (0..rounds)
        .map(|_| {
            let s = setup();
            let (t0, c0) = (Instant::now(), thread_cpu());
            run(s);
            (t0.elapsed(), thread_cpu() - c0)
        })
        .unzip();
    walls.sort();
    cpus.sort();
    Took {
        wall: walls[walls.len() / 2],
        cpu: cpus[cpus.len() / 2],
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Prints the median time of each keystroke over `rounds` runs, each from the state the
/// previous keystroke left, for newsbrief and the two peers side by side on the same items:
/// a per-keystroke table criterion's one-line summaries do not give. Each figure is wall time
/// with the thread's CPU time after it (the time on one core, which a loaded machine does not
/// inflate); the ratio is of CPU times.
fn latency_summary(name: &str, index: &Arc<SearchIndex>, rounds: usize, with_peers: bool) {
    let mut peers = with_peers.then(|| Peers::new(index));
    let peer_rounds = rounds.min(11);
    eprintln!(
        "{name}: {} items; per-keystroke medians in ms, wall/cpu (newsbrief {rounds} runs, \
         peers {peer_rounds}); ratio = newsbrief / nucleo cpu",
        index.len()
    );
    let mut worst = [Took::default(); 3];
    for q in QUERIES {
        let chars: Vec<char> = q.chars().collect();
        let mut before = Searcher::new(index.clone());
        let (mut nucleo_prev, mut skim_prev): (Option<Vec<u32>>, Option<Vec<u32>>) = (None, None);
        eprintln!(
            "  {:<14} {:>15} {:>15} {:>15} {:>6}  matches (newsbrief/nucleo/skim)",
            "keystrokes", "newsbrief", "nucleo", "skim", "ratio"
        );
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            let ours = median(
                rounds,
                || before.clone(),
                |mut s| {
                    black_box(s.set_query(&prefix).len());
                },
            );
            // A picker filters its previous matches only when the query grew by a char.
            let (np, sp) = (nucleo_prev.take(), skim_prev.take());
            let (mut nucleo, mut skim) = (Took::default(), Took::default());
            if let Some(peers) = peers.as_mut() {
                nucleo = median(
                    peer_rounds,
                    || (),
                    |()| {
                        black_box(peers.nucleo(&prefix, np.as_deref()).1.len());
                    },
                );
                skim = median(
                    peer_rounds,
                    || (),
                    |()| {
                        black_box(peers.skim(&prefix, sp.as_deref()).1.len());
                    },
                );
                nucleo_prev = Some(peers.nucleo(&prefix, np.as_deref()).0);
                skim_prev = Some(peers.skim(&prefix, sp.as_deref()).0);
            }
            before.set_query(&prefix);
            for (w, t) in worst.iter_mut().zip([ours, nucleo, skim]) {
                w.wall = w.wall.max(t.wall);
                w.cpu = w.cpu.max(t.cpu);
            }
            let both = |t: Took| format!("{:>15}", format!("{:.3}/{:.3}", ms(t.wall), ms(t.cpu)));
            // Without peers their columns say so rather than show zeros.
            let peer = |t: Took| match peers {
                Some(_) => both(t),
                None => format!("{:>15}", "-"),
            };
            let ratio = match peers {
                Some(_) => format!("{:>6.3}", ms(ours.cpu) / ms(nucleo.cpu)),
                None => format!("{:>6}", "-"),
            };
            let count =
                |m: &Option<Vec<u32>>| m.as_ref().map_or("-".into(), |m| m.len().to_string());
            eprintln!(
                "  {:<14} {} {} {} {ratio}  {}/{}/{}",
                format!("{prefix:?}"),
                both(ours),
                peer(nucleo),
                peer(skim),
                before.total(),
                count(&nucleo_prev),
                count(&skim_prev),
            );
        }
    }
    let fmt = |t: Took| format!("{:.2} ms ({:.2} ms cpu)", ms(t.wall), ms(t.cpu));
    if peers.is_none() {
        eprintln!("{name}: worst keystroke newsbrief {}", fmt(worst[0]));
        return;
    }
    eprintln!(
        "{name}: worst keystroke newsbrief {}, nucleo {}, skim {}; ratio newsbrief / nucleo \
         {:.2} (cpu)",
        fmt(worst[0]),
        fmt(worst[1]),
        fmt(worst[2]),
        ms(worst[0].cpu) / ms(worst[1].cpu)
    );
}

fn typing(c: &mut Criterion, name: &str, brief: &Brief) {
    let index = Arc::new(SearchIndex::new(brief.clone()));
    latency_summary(
        name,
        &index,
        if index.len() > 10_000 { 31 } else { 201 },
        true,
    );
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

/// Bytes held by live allocations: what an index costs is the difference around its build.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only a counter is kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// A million generated items: the index build timed by criterion, the index's memory against
/// the item text it searches, and the keystrokes (newsbrief alone: the peers would take
/// minutes a keystroke table at this size).
fn scale(c: &mut Criterion) {
    let brief = Arc::new(synthetic_brief(1_000_000));
    let before = LIVE.load(Ordering::Relaxed);
    let (t0, c0) = (Instant::now(), thread_cpu());
    let index = Arc::new(SearchIndex::new(brief.clone()));
    let (built, built_cpu) = (t0.elapsed(), thread_cpu() - c0);
    let bytes = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let text: usize = index
        .items()
        .iter()
        .map(|it| index.text(it).len() + index.who(it).map_or(0, str::len))
        .sum();
    eprintln!(
        "scale: {} items, item text {:.1} MB, index {:.1} MB ({:.2}x the item text), first \
         build {:.2} s ({:.2} s cpu)",
        index.len(),
        text as f64 / 1e6,
        bytes as f64 / 1e6,
        bytes as f64 / text as f64,
        built.as_secs_f64(),
        built_cpu.as_secs_f64()
    );
    latency_summary("scale", &index, 11, false);
    let mut group = c.benchmark_group(format!("scale/build/{}items", index.len()));
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("index", |b| {
        b.iter(|| black_box(SearchIndex::new(brief.clone()).len()))
    });
    group.finish();
}

/// Whether a part of the bench is wanted: the first argument that is not a flag filters, as
/// criterion's own filter does, so `cargo bench --bench search -- scale` skips the tables of
/// the other parts too.
fn wanted(part: &str) -> bool {
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .is_none_or(|f| part.contains(&f) || f.contains(part))
}

fn bench(c: &mut Criterion) {
    if wanted("keystroke/seed") {
        typing(c, "seed", &seed_brief());
    }
    if wanted("keystroke/synthetic") {
        typing(c, "synthetic", &synthetic_brief(100_000));
    }
    if wanted("scale/build/1000000items") {
        scale(c);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
