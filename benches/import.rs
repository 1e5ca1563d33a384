//! Import speed and memory: pages per second through the page import (decoding, rs-trafilatura
//! extraction and the metadata pass; no file or network I/O, no analysis), beside dom_smoothie,
//! the candidate not chosen, on the same pages; with body F1 for both, the peak heap one page
//! costs against its size, and, when `TRAFILATURA_PYTHON` names a python with trafilatura,
//! python trafilatura on the same pages in the same run.

#[path = "../tests/pages/score.rs"]
mod score;

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsbrief::brief::BlockKind;
use newsbrief::import::page;

/// Counts live heap bytes and their peak while `ON`, for the memory figure; off, it costs one
/// relaxed load an allocation, so the speed figures are not skewed by it.
struct Counting;

static ON: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() && ON.load(Ordering::Relaxed) {
            let size = l.size() as isize;
            let now = LIVE.fetch_add(size, Ordering::Relaxed) + size;
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        if ON.load(Ordering::Relaxed) {
            LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn all_pages() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// The page import of newsbrief, as `newsbrief import` runs it on one page.
fn ours(name: &str, bytes: &[u8]) -> Option<String> {
    let e = page::read(name, bytes.to_vec(), None, None).ok()?;
    let body: Vec<&str> = e
        .parts
        .iter()
        .filter(|(k, _)| *k == BlockKind::Body)
        .map(|(_, t)| t.as_str())
        .collect();
    Some(body.join("\n"))
}

fn smoothie(bytes: &[u8]) -> Option<String> {
    let html = page::decode(bytes, None);
    let mut r = dom_smoothie::Readability::new(html.as_str(), None, None).ok()?;
    r.parse().ok().map(|a| a.text_content.to_string())
}

fn quality() {
    let (mut a, mut b, mut n) = (0.0, 0.0, 0);
    for (name, bytes, want) in score::article_pages() {
        let fa = score::f1(&ours(&name, &bytes).unwrap_or_default(), &want).2;
        let fb = score::f1(&smoothie(&bytes).unwrap_or_default(), &want).2;
        println!("body F1 {name:20} rs-trafilatura {fa:.3}  dom_smoothie {fb:.3}");
        (a, b, n) = (a + fa, b + fb, n + 1);
    }
    println!(
        "body F1 mean over {n} pages: rs-trafilatura {:.3}  dom_smoothie {:.3}",
        a / n as f64,
        b / n as f64
    );
}

/// Peak heap during one page's import, over the page's size.
fn memory(pages: &[(String, Vec<u8>)]) {
    // A long article: the harbour page with its body paragraphs repeated to about 1 MB.
    let harbour = String::from_utf8(
        pages
            .iter()
            .find(|p| p.0 == "harbour.html")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let (head, rest) = harbour.split_at(harbour.find("<p>ROTTERDAM").unwrap());
    let end = rest.find("</div>\n  <div class=\"tags\">").unwrap();
    let long = format!(
        "{head}{}{}",
        rest[..end].repeat(1024 * 1024 / end),
        &rest[end..]
    );
    let mut cases: Vec<(String, Vec<u8>)> = pages.to_vec();
    cases.push(("harbour x1 MB".into(), long.into_bytes()));
    for (name, bytes) in &cases {
        LIVE.store(0, Ordering::Relaxed);
        PEAK.store(0, Ordering::Relaxed);
        ON.store(true, Ordering::Relaxed);
        let _ = ours(name, bytes);
        ON.store(false, Ordering::Relaxed);
        let peak = PEAK.load(Ordering::Relaxed);
        println!(
            "peak heap {name:20} page {:>8} B  peak {:>9} B  {:.1}x the page",
            bytes.len(),
            peak,
            peak as f64 / bytes.len() as f64
        );
    }
}

fn peer() {
    let Ok(python) = std::env::var("TRAFILATURA_PYTHON") else {
        println!(
            "python trafilatura: set TRAFILATURA_PYTHON to a python with trafilatura to run it here"
        );
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // One core, as the figures of this bench.
    let out = std::process::Command::new("taskset")
        .args(["-c", "0", &python])
        .arg(root.join("benches/trafilatura_peer.py"))
        .arg(root.join("tests/pages"))
        .arg("50")
        .output();
    match out {
        Ok(o) => print!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => println!("python trafilatura: cannot run {python}: {e}"),
    }
}

fn bench(c: &mut Criterion) {
    quality();
    let pages = all_pages();
    memory(&pages);
    peer();
    let mut g = c.benchmark_group("import");
    g.throughput(Throughput::Elements(pages.len() as u64));
    g.bench_function("pages/newsbrief (rs-trafilatura + metadata)", |b| {
        b.iter(|| pages.iter().filter_map(|(n, p)| ours(n, p)).count())
    });
    g.bench_function("pages/dom_smoothie", |b| {
        b.iter(|| pages.iter().filter_map(|(_, p)| smoothie(p)).count())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
