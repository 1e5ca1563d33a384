//! Comparing a whole brief: features, story points, coverage and discrepancies together
//! (`coverage::compute`), on briefs of 1,000 and 10,000 different generated articles.
//!
//! Run with `RAYON_NUM_THREADS=1 cargo bench --bench compare` for the one-core figures.

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::XorShift;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use newsbrief::analyze::coverage::compute;
use newsbrief::analyze::pipeline::{Source, build_brief};
use newsbrief::analyze::progress::Progress;

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mir", "ta", "ven", "sa", "dor", "bel", "ri", "ost", "na", "gul", "fe", "tor",
    "ami", "zu", "hal", "pe", "rin", "co", "das", "mu", "lek", "vi",
];
const VERBS: [&str; 8] = [
    "opened",
    "closed",
    "inspected",
    "visited",
    "funded",
    "blocked",
    "rebuilt",
    "evacuated",
];
const THINGS: [&str; 8] = [
    "bridge", "hospital", "port", "school", "market", "dam", "station", "airport",
];
const MONTHS: [&str; 6] = ["January", "March", "April", "June", "August", "October"];
const FILLER: [&str; 30] = [
    "residents",
    "weather",
    "council",
    "budget",
    "traffic",
    "history",
    "river",
    "festival",
    "teachers",
    "farmers",
    "prices",
    "tourism",
    "museum",
    "concert",
    "election",
    "harvest",
    "factory",
    "workers",
    "students",
    "library",
    "garden",
    "stadium",
    "ferry",
    "clinic",
    "court",
    "police",
    "drivers",
    "bakery",
    "theatre",
    "forest",
];

fn name(rng: &mut XorShift, parts: usize) -> String {
    let mut s: String = (0..parts)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect();
    s[..1].make_ascii_uppercase();
    s
}

/// One fact many articles can tell: who did what to which thing, where, when, how many.
struct Fact {
    person: String,
    place: String,
    verb: &'static str,
    thing: &'static str,
    month: &'static str,
    count: usize,
}

fn tell(f: &Fact, style: usize) -> String {
    let Fact {
        person,
        place,
        verb,
        thing,
        month,
        count,
    } = f;
    match style % 4 {
        0 => format!(
            "{person} {verb} the {thing} in {place} in {month}, with {count} people present."
        ),
        1 => format!(
            "In {month}, the {thing} in {place} was {verb} by {person} as {count} people watched."
        ),
        2 => format!(
            "About {count} people saw {person} as the {thing} of {place} was {verb} in {month}."
        ),
        _ => format!("The {thing} in {place}, {verb} in {month} by {person}, drew {count} people."),
    }
}

/// `n` articles, each telling about a dozen facts of its neighbourhood of the fact pool (so a
/// fact is told by several articles in different words) and sentences of its own.
fn sources(n: usize) -> Vec<Source> {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let facts: Vec<Fact> = (0..n * 2)
        .map(|_| Fact {
            person: format!("{} {}", name(&mut rng, 2), name(&mut rng, 3)),
            place: name(&mut rng, 3),
            verb: VERBS[rng.below(VERBS.len())],
            thing: THINGS[rng.below(THINGS.len())],
            month: MONTHS[rng.below(MONTHS.len())],
            count: 10 + rng.below(5000),
        })
        .collect();
    (0..n)
        .map(|i| {
            let mut text = format!("{} news from {}\n\n", name(&mut rng, 2), name(&mut rng, 3));
            for _ in 0..12 {
                let k = (i * 2 + rng.below(16)) % facts.len();
                let mut p = tell(&facts[k], rng.below(4));
                if rng.below(3) == 0 {
                    let f: Vec<&str> = (0..8).map(|_| FILLER[rng.below(FILLER.len())]).collect();
                    p.push_str(&format!(
                        " Locals spoke of {} and {} near {}.",
                        f[..4].join(", "),
                        f[4..].join(" "),
                        name(&mut rng, 3)
                    ));
                }
                text.push_str(&p);
                text.push_str("\n\n");
            }
            Source {
                file_name: format!("generated-{i:05}.txt"),
                text,
                outlet: Some(format!("{} Times {i}", name(&mut rng, 2))),
                published: None,
            }
        })
        .collect()
}

fn whole_brief(c: &mut Criterion) {
    let mut g = c.benchmark_group("compare");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    for n in [1_000usize, 10_000] {
        let brief = build_brief("generated", &sources(n));
        g.bench_with_input(
            BenchmarkId::new("coverage_compute", n),
            &brief,
            |b, brief| {
                b.iter(|| {
                    let a = compute(black_box(brief), &Progress::new());
                    (a.coverage.rows.len(), a.discrepancies.len())
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, whole_brief);
criterion_main!(benches);
