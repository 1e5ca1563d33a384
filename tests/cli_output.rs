//! The JSON the commands print for scripts, on the built-in brief.

mod cli_support;

use cli_support::{bin, stdout_of};
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout_of(bin().args(args))).unwrap()
}

#[test]
fn compare_json_has_pairs_with_sides_scores_and_differences() {
    let v = json(&["compare", "wapo", "Newsmax", "--json"]);
    let pairs = v["pairs"].as_array().unwrap();
    assert!(pairs.len() > 20);
    let matched: Vec<&Value> = pairs
        .iter()
        .filter(|p| !p["left"].is_null() && !p["right"].is_null())
        .collect();
    assert!(matched.len() >= 8, "{}", matched.len());
    for p in &matched {
        for side in [&p["left"], &p["right"]] {
            assert!(side["article"].is_string() && side["text"].is_string());
            assert!(side["start"].as_u64().unwrap() < side["end"].as_u64().unwrap());
        }
        assert!(p["score"].as_f64().unwrap() > 0.0);
        assert!(p["differences"].is_array());
    }
    assert!(
        pairs.iter().any(|p| p["right"].is_null()),
        "Post sentences Newsmax lacks are rows of their own"
    );
}

#[test]
fn compare_markdown_is_a_report() {
    let out = bin()
        .args(["compare", "wapo", "newsmax", "--markdown"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("# The Washington Post and Newsmax"));
    assert!(s.contains("| The Washington Post | Newsmax | Score | Differences |"));
    assert!(s.contains("## Discrepancies") && s.contains("made in Iraq"));
}

#[test]
fn discrepancies_json_items_have_kind_summary_and_sides() {
    let v = json(&["discrepancies", "--json"]);
    let items = v.as_array().unwrap();
    assert!(!items.is_empty());
    for d in items {
        assert!(d["kind"].is_string() && d["summary"].is_string());
        let sides = d["sides"].as_array().unwrap();
        // Two for a conflict; a framing item lists every outlet on each side.
        assert!(sides.len() >= 2, "{d}");
        for s in sides {
            assert!(
                s["article"].is_string()
                    && s["text"].is_string()
                    && s["start"].is_u64()
                    && s["end"].is_u64()
            );
        }
    }
}

#[test]
fn quotes_json_has_quotes_and_groups_with_the_red_line_quote_in_two_outlets() {
    let v = json(&["quotes", "--json"]);
    let quotes = v["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 30);
    for q in quotes {
        assert!(q["article"].is_string() && q["text"].is_string() && q["start"].is_u64());
        assert!(q["speaker"].is_string() || q["speaker"].is_null());
        let found = q["speaker_found"].as_str().unwrap();
        assert_eq!(found == "none", q["speaker"].is_null(), "{q}");
    }
    let groups = v["groups"].as_array().unwrap();
    let red: Vec<&Value> = groups
        .iter()
        .filter(|g| {
            g["quotes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|q| q["text"].as_str().unwrap().contains("their red line"))
        })
        .collect();
    assert_eq!(red.len(), 1, "one red-line group");
    let outlets: Vec<&str> = red[0]["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap())
        .collect();
    assert_eq!(outlets, ["The Washington Post", "Press TV"]);
}

#[test]
fn entities_json_counts_mentions_per_article() {
    let v = json(&["entities", "--json"]);
    let ents = v.as_array().unwrap();
    let find = |name: &str| {
        ents.iter()
            .find(|e| e["name"] == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let soleimani = find("Qasem Soleimani");
    assert_eq!(soleimani["kind"], "person");
    let counts = soleimani["counts"].as_object().unwrap();
    assert_eq!(counts.len(), 5);
    assert!(
        counts.values().filter(|c| c.as_u64().unwrap() > 0).count() >= 4,
        "{counts:?}"
    );
    let total: u64 = counts.values().map(|c| c.as_u64().unwrap()).sum();
    assert_eq!(
        total as usize,
        soleimani["mentions"].as_array().unwrap().len()
    );
    assert_eq!(find("Frank McKenzie")["kind"], "person");
    assert_eq!(find("Popular Mobilization Forces")["kind"], "organization");
    for junk in ["Image", "Meanwhile", "Although", "Instead", "Last", "The"] {
        assert!(
            ents.iter().all(|e| e["name"] != junk),
            "{junk} is not an entity"
        );
    }
}

#[test]
fn json_with_nothing_to_show_is_still_one_document() {
    let state = tempfile::tempdir().unwrap();
    for args in [
        &["search", "zzzz", "--json"][..],
        &["export", "--pins", "--json"][..],
    ] {
        let out = bin()
            .args(args)
            .env("XDG_STATE_HOME", state.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "[]\n", "{args:?}");
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::process::Stdio;
    for args in [
        &["quotes"][..],
        &["quotes", "--json"][..],
        &["entities"][..],
    ] {
        let mut child = bin()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the command writes: every write meets a broken pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}
