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
    g.bench_function("quotes", |b| {
        b.iter(|| {
            (0..texts.len())
                .map(|i| quotes::find(texts[i], &blocks[i], &sents[i], &ments[i]).len())
                .sum::<usize>()
        })
    });
    let qs: Vec<_> = (0..texts.len())
        .map(|i| quotes::find(texts[i], &blocks[i], &sents[i], &ments[i]))
        .collect();
    g.bench_function("claims", |b| {
        b.iter(|| {
            (0..texts.len())
                .map(|i| claims::find(texts[i], &blocks[i], &sents[i], &ments[i], &qs[i]).len())
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

criterion_group!(benches, stages, load);
criterion_main!(benches);
