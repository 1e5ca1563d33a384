//! Analysis throughput (words per second, per stage and whole) and brief load time.
//!
//! Run with `cargo bench --bench analysis`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsbrief::analyze::{claims, clean, entities, pipeline, quotes, sentences};
use newsbrief::brief::{parse_brief, save::to_json};

fn stages(c: &mut Criterion) {
    let sources = common::synthetic_sources(200);
    let words = common::word_count(&sources);
    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let mut g = c.benchmark_group("analysis");
    g.throughput(Throughput::Elements(words));
    g.sample_size(10).measurement_time(Duration::from_secs(4));
    g.bench_function("clean", |b| {
        b.iter(|| texts.iter().map(|t| clean::blocks(t).len()).sum::<usize>())
    });
    let blocks: Vec<_> = texts.iter().map(|t| clean::blocks(t)).collect();
    g.bench_function("sentences", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&blocks)
                .map(|(t, bl)| sentences::split(t, bl).len())
                .sum::<usize>()
        })
    });
    let sents: Vec<_> = texts
        .iter()
        .zip(&blocks)
        .map(|(t, bl)| sentences::split(t, bl))
        .collect();
    g.bench_function("entities", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&blocks)
                .zip(&sents)
                .map(|((t, bl), s)| entities::find_mentions(t, bl, s).len())
                .sum::<usize>()
        })
    });
    let ments: Vec<_> = texts
        .iter()
        .zip(&blocks)
        .zip(&sents)
        .map(|((t, bl), s)| entities::find_mentions(t, bl, s))
        .collect();
    // The words both stages read are made once per article, and timed with the quotes.
    let words = |i: usize| quotes::ArticleWords::new(texts[i], &blocks[i]);
    g.bench_function("quotes", |b| {
        b.iter(|| {
            (0..texts.len())
                .map(|i| quotes::find(texts[i], &blocks[i], &sents[i], &ments[i], &words(i)).len())
                .sum::<usize>()
        })
    });
    let ws: Vec<_> = (0..texts.len()).map(words).collect();
    let qs: Vec<_> = (0..texts.len())
        .map(|i| quotes::find(texts[i], &blocks[i], &sents[i], &ments[i], &ws[i]))
        .collect();
    g.bench_function("claims", |b| {
        b.iter(|| {
            (0..texts.len())
                .map(|i| {
                    claims::find(texts[i], &blocks[i], &sents[i], &ments[i], &qs[i], &ws[i]).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("whole-import-one-thread", |b| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("thread pool");
        b.iter(|| {
            pool.install(|| {
                black_box(pipeline::build_brief("bench", &sources))
                    .articles
                    .len()
            })
        })
    });
    g.finish();
}

/// One article written as a single paragraph of about `bytes` bytes: the synthetic stories
/// run together with their line breaks turned into spaces.
fn one_line_source(bytes: usize) -> newsbrief::analyze::pipeline::Source {
    let mut text = String::with_capacity(bytes + 4096);
    let mut n = 0;
    while text.len() < bytes {
        for s in common::synthetic_sources(50).into_iter().skip(n % 7) {
            text.push_str(&s.text.replace('\n', " "));
            if text.len() >= bytes {
                break;
            }
        }
        n += 1;
    }
    newsbrief::analyze::pipeline::Source {
        file_name: "one-line.txt".into(),
        text,
        outlet: Some("Outlet".into()),
        published: None,
    }
}

/// Every stage is linear in the paragraph: a one-paragraph article four times longer takes
/// four times as long, so the words-per-second figures of the two sizes stay side by side.
fn one_paragraph(c: &mut Criterion) {
    let mut g = c.benchmark_group("one-paragraph");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("thread pool");
    for mb in [1usize, 4] {
        let source = [one_line_source(mb << 20)];
        g.throughput(Throughput::Elements(common::word_count(&source)));
        g.bench_function(format!("import-{mb}MB-one-thread"), |b| {
            b.iter(|| {
                pool.install(|| {
                    black_box(pipeline::build_brief("bench", &source))
                        .articles
                        .len()
                })
            })
        });
    }
    g.finish();
}

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    let seed = newsbrief::brief::DEFAULT_BRIEF_JSON;
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed-brief", |b| {
        b.iter(|| parse_brief(black_box(seed), "seed".as_ref()).map(|b| b.articles.len()))
    });
    let big = to_json(&pipeline::build_brief(
        "big",
        &common::synthetic_sources(2_000),
    ));
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("2000-article-brief", |b| {
        b.iter(|| parse_brief(black_box(&big), "big".as_ref()).map(|b| b.articles.len()))
    });
    g.finish();
}

criterion_group!(benches, stages, one_paragraph, load);
criterion_main!(benches);
