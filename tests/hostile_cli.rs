//! Hostile input through the real binary: every hostile article imports and every listing of
//! it prints nothing a terminal would act on; every hostile brief file either loads and lists
//! safely or is refused with one line naming the file.

mod hostile;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use newsbrief::text::is_terminal_safe;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsbrief"))
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("nb-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str], what: &str) -> Output {
    let out = bin().args(args).env("COLUMNS", "100").output().unwrap();
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
    let out = run(args, what);
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
    let d = scratch("articles");
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
        } else {
            let p = out.to_str().unwrap();
            assert_safe_text(&ok(&["compare", id, &last, p], &what), &what);
        }
    }
}

#[test]
fn articles_that_are_not_utf8_are_refused_by_name() {
    let d = scratch("invalid");
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
    let d = scratch("briefs");
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
    let d = scratch("names");
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
