//! Hostile input through the real binary: every hostile article imports and every listing of
//! it prints nothing a terminal would act on; every hostile brief file either loads and lists
//! safely or is refused with one line naming the file.

mod cli_support;
mod hostile;

use std::path::Path;
use std::process::Output;

use newsbrief::brief::Brief;
use newsbrief::state::StateStore;
use newsbrief::text::is_terminal_safe;
use tempfile::TempDir;

use cli_support::bin;

/// A scratch folder, removed when the test ends, even by a panic.
fn scratch() -> TempDir {
    tempfile::Builder::new()
        .prefix("nb-hostile-")
        .tempdir()
        .unwrap()
}

fn run(args: &[&str], what: &str) -> Output {
    run_in(args, None, what)
}

/// Runs the binary with its reading state in `state` (else wherever the environment says).
fn run_in(args: &[&str], state: Option<&Path>, what: &str) -> Output {
    let mut cmd = bin();
    cmd.args(args).env("COLUMNS", "100");
    if let Some(dir) = state {
        cmd.env("XDG_STATE_HOME", dir);
    }
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{what}: {args:?}: {err}");
    assert!(
        is_terminal_safe(&err),
        "{what}: {args:?}: unsafe stderr {err:?}"
    );
    out
}

/// Runs a command that must succeed and returns its standard output.
fn ok(args: &[&str], what: &str) -> String {
    ok_in(args, None, what)
}

fn ok_in(args: &[&str], state: Option<&Path>, what: &str) -> String {
    let out = run_in(args, state, what);
    assert!(
        out.status.success(),
        "{what}: {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

/// Table and Markdown output: no line holds a control character or a bidi control.
fn assert_safe_text(s: &str, what: &str) {
    for (i, line) in s.lines().enumerate() {
        assert!(
            is_terminal_safe(line) && !line.contains('\r'),
            "{what}: line {i} is unsafe: {line:?}"
        );
    }
}

/// JSON output: valid, and safe to print too (controls appear only as escapes).
fn assert_json(s: &str, what: &str) -> serde_json::Value {
    assert!(is_terminal_safe(s), "{what}: raw control in JSON output");
    serde_json::from_str(s).unwrap_or_else(|e| panic!("{what}: invalid JSON: {e}"))
}

/// Every listing command, as a table and as JSON.
fn list_everything(brief: &Path, what: &str) {
    let b = brief.to_str().unwrap();
    for cmd in ["list", "entities", "quotes", "claims", "discrepancies"] {
        assert_safe_text(&ok(&[cmd, b], what), &format!("{what}: {cmd}"));
        assert_json(
            &ok(&[cmd, b, "--json"], what),
            &format!("{what}: {cmd} --json"),
        );
    }
    let check = ok(&["check", b], what);
    assert_safe_text(&check, what);
    assert!(check.contains(": ok"), "{what}: {check}");
    search_everything(brief, what);
    export_everything(brief, what);
}

/// Queries that reach the hostile text: words of the story, a speaker, a claim, an entity.
const QUERIES: [&str; 5] = [
    "weber buses",
    "q: waited",
    "c: million euros",
    "e: berlin",
    "@weber",
];

fn search_everything(brief: &Path, what: &str) {
    let b = brief.to_str().unwrap();
    for q in QUERIES {
        let w = format!("{what}: search {q:?}");
        assert_safe_text(&ok(&["search", q, b], &w), &w);
        let v = assert_json(&ok(&["search", q, b, "--json", "--limit", "50"], &w), &w);
        assert!(v.is_array(), "{w}: {v}");
    }
}

/// Pins every quote and claim of the brief, then exports them in each form.
fn export_everything(brief: &Path, what: &str) {
    let bytes = std::fs::read(brief).unwrap();
    let b: Brief = newsbrief::brief::load_brief(brief).unwrap();
    let st = hostile::pin_everything(&b);
    let state = scratch();
    StateStore::in_dir(&state.path().join("newsbrief"), &bytes)
        .save(&st)
        .unwrap();
    let p = brief.to_str().unwrap();
    let dir = Some(state.path());
    let w = format!("{what}: export");
    assert_safe_text(&ok_in(&["export", "--pins", p], dir, &w), &w);
    assert_safe_text(&ok_in(&["export", "--pins", p, "--markdown"], dir, &w), &w);
    let v = assert_json(&ok_in(&["export", "--pins", p, "--json"], dir, &w), &w);
    let kept = v.as_array().map_or(0, Vec::len);
    assert_eq!(kept, st.pins.len(), "{w}: every pin exported");
}

/// Every view drawn by `render`: the frame is text a terminal shows as it is.
fn render_everything(brief: &Path, article: &str, what: &str) {
    let b = brief.to_str().unwrap();
    for view in [
        "list",
        "reader",
        "entities",
        "quotes",
        "compare",
        "discrepancies",
    ] {
        let w = format!("{what}: render {view}");
        let frame = ok(
            &[
                "render",
                b,
                "--view",
                view,
                "--article",
                article,
                "--width",
                "60",
            ],
            &w,
        );
        assert_safe_text(&frame, &w);
    }
    let w = format!("{what}: render search");
    let frame = ok(&["render", b, "--view", "search", "--query", "weber"], &w);
    assert_safe_text(&frame, &w);
}

fn compare_everything(brief: &Path, a: &str, b: &str, what: &str) {
    let p = brief.to_str().unwrap();
    assert_safe_text(
        &ok(&["compare", a, b, p], what),
        &format!("{what}: compare"),
    );
    assert_safe_text(
        &ok(&["compare", a, b, p, "--markdown"], what),
        &format!("{what}: compare --markdown"),
    );
    assert_json(
        &ok(&["compare", a, b, p, "--json"], what),
        &format!("{what}: compare --json"),
    );
}

#[test]
fn hostile_articles_import_keep_their_text_and_list_safely() {
    let dir = scratch();
    let d = dir.path();
    let cases = hostile::articles();
    let mut files = Vec::new();
    for (name, bytes) in &cases {
        let p = d.join(format!("{name}.txt"));
        std::fs::write(&p, bytes).unwrap();
        files.push(p);
    }
    let companion = d.join("companion.txt");
    std::fs::write(&companion, hostile::COMPANION).unwrap();
    files.push(companion);
    let out = d.join("all.json");
    let mut args: Vec<&str> = vec!["import"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    args.extend(["-o", out.to_str().unwrap()]);
    ok(&args, "import all");

    let brief = newsbrief::brief::load_brief(&out).expect("imported brief loads");
    assert_eq!(brief.articles.len(), cases.len() + 1);
    for ((name, bytes), a) in cases.iter().zip(&brief.articles) {
        // Byte for byte: escape sequences, BOM, CRs and all.
        assert_eq!(a.text.as_bytes(), &bytes[..], "{name}: text changed");
        assert_eq!(a.source, format!("{name}.txt"));
    }
    assert!(
        brief.articles[cases.iter().position(|c| c.0 == "bom").unwrap()]
            .text
            .starts_with('\u{feff}')
    );
    list_everything(&out, "all hostile articles");

    // Each hostile article against the plain one as a table; Markdown and JSON (built from the
    // same rows) for the escape-heavy ones only, to keep the test quick.
    let last = brief.articles.last().unwrap().id.clone();
    let full = [
        "csi_clear_screen",
        "c1_8bit_controls",
        "bidi_overrides_and_isolates",
        "cjk_and_emoji",
    ];
    for (i, (name, _)) in cases.iter().enumerate() {
        let id = &brief.articles[i].id;
        let what = format!("compare {name}");
        if full.contains(name) {
            compare_everything(&out, id, &last, &what);
            render_everything(&out, id, &what);
        } else {
            let p = out.to_str().unwrap();
            assert_safe_text(&ok(&["compare", id, &last, p], &what), &what);
        }
    }
}

#[test]
fn articles_that_are_not_utf8_are_refused_by_name() {
    let dir = scratch();
    let d = dir.path();
    for (name, bytes, at) in hostile::invalid_articles() {
        let p = d.join(format!("{name}.txt"));
        std::fs::write(&p, bytes).unwrap();
        let out_file = d.join("out.json");
        let out = run(
            &[
                "import",
                p.to_str().unwrap(),
                "-o",
                out_file.to_str().unwrap(),
            ],
            name,
        );
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{name}: {err}");
        assert!(
            err.contains(&format!("{name}.txt: not valid UTF-8 at byte {at}")),
            "{name}: {err}"
        );
        assert!(!out_file.exists(), "{name}: wrote a brief anyway");
    }
}

#[test]
fn hostile_briefs_load_safely_or_are_refused_by_name() {
    let dir = scratch();
    let d = dir.path();
    for (name, bytes, expect) in hostile::briefs() {
        let p = d.join(format!("{name}.json"));
        std::fs::write(&p, &bytes).unwrap();
        let path = p.to_str().unwrap();
        match expect {
            hostile::Expect::Ok => {
                list_everything(&p, name);
                let b = newsbrief::brief::load_brief(&p).unwrap();
                if let Some(a) = b.articles.first() {
                    compare_everything(&p, &a.id, &a.id, name);
                }
            }
            hostile::Expect::Refused(want) => {
                for args in [
                    vec!["check", path],
                    vec!["list", path],
                    vec!["quotes", path, "--json"],
                ] {
                    let out = run(&args, name);
                    assert_eq!(out.status.code(), Some(1), "{name}: {args:?}");
                    assert!(out.stdout.is_empty(), "{name}: printed output");
                    let err = String::from_utf8_lossy(&out.stderr);
                    assert_eq!(err.trim_end().lines().count(), 1, "{name}: {err}");
                    assert!(
                        err.starts_with(&format!("newsbrief: {path}")) && err.contains(want),
                        "{name}: want {want:?}, got {err}"
                    );
                }
            }
        }
    }
}

#[test]
fn hostile_file_names_do_not_reach_the_terminal() {
    let dir = scratch();
    let d = dir.path();
    let p = d.join("a\u{1b}]0;pwned\u{7}\u{1b}[2J.txt");
    std::fs::write(&p, hostile::STORY).unwrap();
    let o = d.join("\u{1b}[31mout.json");
    ok(
        &["import", p.to_str().unwrap(), "-o", o.to_str().unwrap()],
        "names",
    );
    assert_safe_text(&ok(&["check", o.to_str().unwrap()], "names"), "check");
    assert_safe_text(&ok(&["list", o.to_str().unwrap()], "names"), "list");
    let out = run(
        &["check", d.join("\u{9b}2Jmissing.json").to_str().unwrap()],
        "names",
    );
    assert_eq!(out.status.code(), Some(1));
}
