//! Markdown reports quote article text: a crafted article must not plant a live link, image or
//! HTML tag in `compare --markdown` or `export --markdown`.

mod cli_support;
mod hostile;

use std::path::Path;

use cli_support::{bin, stdout_of};
use newsbrief::analyze::pipeline::{Source, build_brief};
use newsbrief::brief::save::to_json;
use newsbrief::state::StateStore;

/// Markdown and HTML an attacker would like a report to carry.
const LIVE: &str = "[click](javascript:alert(1)) <img src=x onerror=alert(1)> \
                    ![](http://tracker.example/p.png)";

fn source(name: &str, outlet: &str, text: String) -> Source {
    Source {
        file_name: name.into(),
        text,
        outlet: Some(outlet.into()),
        published: None,
    }
}

/// Two tellings of one story, the second carrying [`LIVE`] in a quote and a claim that differ
/// from the first.
fn write_brief(dir: &Path) -> std::path::PathBuf {
    let one = "Berlin adds buses\n\nBERLIN — Mayor Anna Weber said on Monday that 40 new buses \
               would run from March 3, according to city officials.\n\"We have waited long \
               enough,\" Weber told reporters.\n"
        .to_string();
    let two = format!(
        "Berlin adds buses\n\nBERLIN — Mayor Anna Weber said on Monday that 38 new buses {LIVE} \
         would run from March 3, according to city officials.\n\"We have waited {LIVE} long \
         enough,\" Weber told reporters.\n"
    );
    let b = build_brief(
        "Buses",
        &[
            source("a.txt", "Paper A", one),
            source("b.txt", "Paper B", two),
        ],
    );
    let path = dir.join("b.json");
    std::fs::write(&path, to_json(&b)).unwrap();
    path
}

fn assert_inert(md: &str, what: &str) {
    for live in ["<img", "](javascript", "![](", "[click]("] {
        assert!(!md.contains(live), "{what}: {live:?} is live:\n{md}");
    }
    assert!(
        md.contains("&lt;img"),
        "{what}: the text is still shown:\n{md}"
    );
}

fn run(args: &[&str], state: &Path) -> String {
    stdout_of(
        bin()
            .args(args)
            .env("XDG_STATE_HOME", state)
            .env("COLUMNS", "100"),
    )
}

#[test]
fn compare_markdown_escapes_article_text() {
    let dir = tempfile::tempdir().unwrap();
    let brief = write_brief(dir.path());
    let p = brief.to_str().unwrap();
    let ids: Vec<String> = newsbrief::brief::load_brief(&brief)
        .unwrap()
        .articles
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let md = run(&["compare", &ids[0], &ids[1], p, "--markdown"], dir.path());
    assert_inert(&md, "compare --markdown");
}

#[test]
fn export_markdown_escapes_article_text() {
    let dir = tempfile::tempdir().unwrap();
    let brief = write_brief(dir.path());
    let bytes = std::fs::read(&brief).unwrap();
    let b = newsbrief::brief::load_brief(&brief).unwrap();
    let st = hostile::pin_everything(&b);
    assert!(!st.pins.is_empty());
    StateStore::in_dir(&dir.path().join("newsbrief"), &bytes)
        .save(&st)
        .unwrap();
    let md = run(
        &["export", "--pins", brief.to_str().unwrap(), "--markdown"],
        dir.path(),
    );
    assert_inert(&md, "export --markdown");
}
