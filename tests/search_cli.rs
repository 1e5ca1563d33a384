//! `newsbrief search` run as a program on a small brief written by the test.

mod cli_support;

use std::path::PathBuf;
use std::process::Command;

use cli_support::{bin, stdout_of};
use newsbrief::brief::save::to_json;
use newsbrief::brief::{
    Article, Block, BlockKind, Brief, Claim, Entity, EntityKind, Mention, Quote, SCHEMA_VERSION,
    Sentence,
};

fn brief_file(name: &str) -> PathBuf {
    let text = "Frank McKenzie said: “Iran has crossed a red line.” \
                Officials said 12 drones struck the base.";
    let q = "Iran has crossed a red line.";
    let qs = text.find(q).unwrap();
    let c = "Officials said 12 drones struck the base.";
    let cs = text.find(c).unwrap();
    let article = Article {
        id: "wapo".into(),
        outlet: "The Washington Post".into(),
        source: "wapo.txt".into(),
        text: text.into(),
        blocks: vec![Block {
            kind: BlockKind::Body,
            start: 0,
            end: text.len(),
            reason: None,
            duplicate_of: None,
        }],
        sentences: vec![Sentence {
            start: 0,
            end: text.len(),
            block: 0,
        }],
        quotes: vec![Quote {
            start: qs,
            end: qs + q.len(),
            sentence: 0,
            speaker: Some("Frank McKenzie".into()),
            speaker_entity: Some("e1".into()),
            ..Quote::default()
        }],
        claims: vec![Claim {
            start: cs,
            end: cs + c.len(),
            sentence: 0,
            attribution: Some("officials said".into()),
            features: Vec::new(),
        }],
        ..Article::default()
    };
    let brief = Brief {
        schema: SCHEMA_VERSION,
        title: "test".into(),
        articles: vec![article],
        entities: vec![Entity {
            id: "e1".into(),
            name: "Frank McKenzie".into(),
            kind: EntityKind::Person,
            aliases: vec!["McKenzie".into()],
            mentions: vec![Mention {
                article: "wapo".into(),
                start: 0,
                end: "Frank McKenzie".len(),
            }],
        }],
    };
    let dir = std::env::temp_dir().join(format!("nb-search-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, to_json(&brief)).unwrap();
    path
}

fn cmd(args: &[&str]) -> Command {
    let mut c = bin();
    c.args(args).env("COLUMNS", "100");
    c
}

fn run(args: &[&str]) -> std::process::Output {
    cmd(args).output().unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout_of(&mut cmd(args))).unwrap()
}

#[test]
fn json_results_have_the_documented_shape() {
    let path = brief_file("shape.json");
    let p = path.to_str().unwrap();
    let v = json(&["search", "red line", p, "--json"]);
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 1);
    let r = &list[0];
    for key in [
        "kind",
        "article",
        "outlet",
        "text",
        "speaker",
        "attribution",
        "score",
        "start",
        "end",
        "matched",
    ] {
        assert!(r.get(key).is_some(), "missing {key}");
    }
    assert_eq!(r["kind"], "quote");
    assert_eq!(r["article"], "wapo");
    assert_eq!(r["outlet"], "The Washington Post");
    assert_eq!(r["speaker"], "Frank McKenzie");
    let text = r["text"].as_str().unwrap();
    assert_eq!(text, "Iran has crossed a red line.");
    // `matched` holds byte ranges into `text`.
    let m: Vec<&str> = r["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = p[0].as_u64().unwrap() as usize;
            let e = p[1].as_u64().unwrap() as usize;
            &text[s..e]
        })
        .collect();
    assert_eq!(m, ["red", "line"]);

    let v = json(&["search", "c: drones", p, "--json"]);
    assert_eq!(v[0]["kind"], "claim");
    assert!(v[0]["speaker"].is_null());
    assert_eq!(v[0]["attribution"], "officials said");

    let v = json(&["search", "e: mckenzie", p, "--json"]);
    assert_eq!(v[0]["kind"], "entity");
    assert_eq!(v[0]["start"], 0);
    assert_eq!(v[0]["text"], "Frank McKenzie");
}

#[test]
fn table_respects_limit() {
    let path = brief_file("table.json");
    let out = run(&["search", "mckenzie", path.to_str().unwrap(), "--limit", "1"]);
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().count(), 2, "{s}");
    assert!(s.starts_with("KIND"));
}

#[test]
fn no_match_prints_no_table_or_an_empty_json_array_and_empty_query_fails() {
    let path = brief_file("none.json");
    let p = path.to_str().unwrap();
    let out = run(&["search", "zzqxv", p]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    // A script reading --json always gets one document.
    let out = run(&["search", "zzqxv", p, "--json"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[]\n");
    let out = run(&["search", "  ", p]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
}
