//! Body-extraction quality: token F1 of an extracted text against the known article body, the
//! measure extraction benchmarks report. Shared by the page tests and the import bench.

use std::collections::HashMap;

fn tokens(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// (precision, recall, F1) of the words of `got` against those of `want`, counted with repeats.
pub fn f1(got: &str, want: &str) -> (f64, f64, f64) {
    let (g, w) = (tokens(got), tokens(want));
    let common: usize = g
        .iter()
        .map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0)))
        .sum();
    let (gn, wn): (usize, usize) = (g.values().sum(), w.values().sum());
    if common == 0 {
        return (0.0, 0.0, 0.0);
    }
    let p = common as f64 / gn as f64;
    let r = common as f64 / wn as f64;
    (p, r, 2.0 * p * r / (p + r))
}

/// The pages of `tests/pages` that hold an article, with their known bodies.
pub fn article_pages() -> Vec<(String, Vec<u8>, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    names.sort();
    for p in names {
        let body = p.with_extension("body.txt");
        if let Ok(want) = std::fs::read_to_string(&body) {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read(&p).unwrap(), want));
        }
    }
    out
}
