//! Saved web pages through `newsbrief import`: the article text only, with headline, outlet,
//! date, byline, URL and captions from the page; pages that hold no article fail by name and
//! the rest still import.

mod import_support;
#[path = "pages/score.rs"]
mod score;

use std::path::{Path, PathBuf};
use std::process::Output;

use import_support::{article_count, import};
use newsbrief::brief::{Article, BlockKind, Brief, load_brief};

fn pages() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

fn body(a: &Article) -> String {
    a.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Body)
        .map(|b| a.slice(b.start, b.end))
        .collect::<Vec<_>>()
        .join("\n")
}

fn kinds_holding(a: &Article, needle: &str) -> Vec<BlockKind> {
    a.blocks
        .iter()
        .filter(|b| a.slice(b.start, b.end).contains(needle))
        .map(|b| b.kind)
        .collect()
}

fn import_all(dir: &Path) -> (Output, Brief) {
    let p = pages();
    let files: Vec<String> = [
        "harbour",
        "council",
        "lyon-cp1252",
        "election",
        "minimal",
        "frontpage",
        "scripts-only",
    ]
    .iter()
    .map(|n| p.join(format!("{n}.html")).display().to_string())
    .collect();
    let mut args: Vec<&str> = files.iter().map(String::as_str).collect();
    args.extend(["-o", "story.json"]);
    let out = import(&args, dir);
    let brief = load_brief(&dir.join("story.json")).expect("the brief of what succeeded");
    (out, brief)
}

#[test]
fn pages_import_with_their_metadata_and_article_text_only() {
    let dir = tempfile::tempdir().unwrap();
    let (out, b) = import_all(dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(3),
        "two pages hold no article: {err}"
    );
    assert!(
        err.contains("frontpage.html: no article text found"),
        "{err}"
    );
    assert!(
        err.contains("scripts-only.html: no article text found"),
        "{err}"
    );
    assert!(
        err.contains("(5 articles from 7 inputs, 2 failed;"),
        "{err}"
    );
    assert_eq!(b.schema, 2);
    let a = b
        .articles
        .iter()
        .find(|a| a.outlet == "Harbour Gazette")
        .unwrap();
    assert_eq!(a.headline, "Dockers end Rotterdam strike after 12 days");
    assert_eq!(a.published.as_deref(), Some("2031-05-16"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://harbourgazette.example/europe/dockers-end-strike")
    );
    assert_eq!(a.extraction.as_deref(), Some("rs-trafilatura 0.2"));
    assert_eq!(a.blocks[0].kind, BlockKind::Headline);
    assert_eq!(kinds_holding(a, "Anna Verbeek"), [BlockKind::Byline]);
    assert_eq!(kinds_holding(a, "Cranes stand idle"), [BlockKind::Caption]);
    for furniture in [
        "Share on",
        "cookies",
        "More from Europe",
        "About time they settled",
        "Subscribe",
        "All rights reserved",
        "Read more",
        "Advertisement",
    ] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} kept in {}",
            a.text
        );
    }
    // Quotes are found in the page's body as in any article.
    assert!(
        a.quotes
            .iter()
            .any(|q| a.slice(q.start, q.end).contains("fair deal"))
    );

    let lyon = b
        .articles
        .iter()
        .find(|a| a.outlet == "Le Rhône Matin")
        .unwrap();
    assert!(
        lyon.text.contains("« Nous ne reprendrons pas le travail"),
        "{}",
        lyon.text
    );
    assert!(!lyon.text.contains('\u{fffd}'));
    assert_eq!(
        lyon.published.as_deref(),
        Some("2031-11-08"),
        "JSON-LD datePublished"
    );
    assert_eq!(kinds_holding(lyon, "Hélène Rivière"), [BlockKind::Byline]);

    let wire = b
        .articles
        .iter()
        .find(|a| a.headline.starts_with("Coastal region"))
        .unwrap();
    assert_eq!(
        wire.outlet, "Northern Wire",
        "publisher.name inside an @graph"
    );
    assert_eq!(wire.published.as_deref(), Some("2033-09-21"));
    assert_eq!(
        kinds_holding(wire, "Voters queue outside"),
        [BlockKind::Caption]
    );
    assert!(!wire.text.contains("Popular now") && !wire.text.contains("thoughts on"));

    let alpine = b
        .articles
        .iter()
        .find(|a| a.text.contains("Sankt Anna"))
        .unwrap();
    assert_eq!(
        kinds_holding(alpine, "Alpine Daily | News"),
        [BlockKind::Boilerplate],
        "a menu line the extractor kept is marked by the text rules"
    );
    assert_eq!(
        alpine.headline, "Wildfire forces evacuation of mountain villages",
        "<title> minus the site"
    );
}

#[test]
fn body_extraction_scores_well_on_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let (_, b) = import_all(dir.path());
    let mut total = 0.0;
    let known = score::article_pages();
    for (name, _, want) in &known {
        let a = b.articles.iter().find(|a| &a.source == name).unwrap();
        let (_, _, f) = score::f1(&body(a), want);
        assert!(f >= 0.9, "{name}: body F1 {f:.3}");
        total += f;
    }
    let mean = total / known.len() as f64;
    assert!(mean >= 0.95, "mean body F1 {mean:.3}");
}

#[test]
fn a_txt_holding_html_is_a_page_and_the_manifest_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(pages().join("council.html"), dir.path().join("saved.txt")).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::copy(
        pages().join("minimal.html"),
        dir.path().join("sub/fire.html"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("m.json"),
        r#"{"articles": [{"file": "./saved.txt", "outlet": "Courier Weekly", "published": "2032-02-04"},
                         {"file": "sub/fire.html", "published": "2031-08-01"},
                         {"file": "gone.html"}]}"#,
    )
    .unwrap();
    let out = import(
        &[
            "saved.txt",
            "sub/fire.html",
            "--manifest",
            "m.json",
            "-o",
            "s.json",
        ],
        dir.path(),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("manifest entry \"gone.html\" matched no input"),
        "{err}"
    );
    let b = load_brief(&dir.path().join("s.json")).unwrap();
    assert_eq!(b.articles[0].outlet, "Courier Weekly");
    assert_eq!(b.articles[0].published.as_deref(), Some("2032-02-04"));
    assert_eq!(
        b.articles[0].headline,
        "Valley council approves new bus lanes after long debate"
    );
    assert_eq!(
        b.articles[1].published.as_deref(),
        Some("2031-08-01"),
        "entry with a folder"
    );
}

#[test]
fn the_same_page_twice_is_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(pages().join("harbour.html"), dir.path().join("a.html")).unwrap();
    std::fs::copy(pages().join("harbour.html"), dir.path().join("b.html")).unwrap();
    let out = import(&["a.html", "b.html", "-o", "s.json"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("b.html: the same article as a.html, imported once"),
        "{err}"
    );
    assert_eq!(article_count(&dir.path().join("s.json")), 1);
}

#[test]
fn a_huge_page_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = b"<html><body>".to_vec();
    big.resize(50 * 1024 * 1024, b'x');
    std::fs::write(dir.path().join("huge.html"), big).unwrap();
    std::fs::copy(pages().join("harbour.html"), dir.path().join("a.html")).unwrap();
    let out = import(&["huge.html", "a.html", "-o", "s.json"], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("huge.html: larger than the 20971520 byte limit"),
        "{err}"
    );
    assert_eq!(article_count(&dir.path().join("s.json")), 1);
}
