//! Bad input through the real binary: one clear line naming the file, a non-zero exit, no panic,
//! no partial output file.

mod cli_support;

use std::path::{Path, PathBuf};
use std::process::Output;

use cli_support::bin;

/// A scratch folder, removed when the test ends, even by a panic.
fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("nb-cli-")
        .tempdir()
        .unwrap()
}

fn stderr_line(out: &Output) -> String {
    let s = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        !out.status.success(),
        "expected failure, got success; stderr: {s}"
    );
    assert_eq!(out.status.code(), Some(1), "stderr: {s}");
    assert!(!s.contains("panicked"), "{s}");
    assert_eq!(s.trim_end().lines().count(), 1, "one line expected: {s}");
    s.trim_end().to_string()
}

/// A one-article brief whose only sentence ends at `end` (the text is 8 bytes, "é" at 1..3).
fn brief_with_sentence_end(end: usize) -> String {
    format!(
        r#"{{"schema": 1, "title": "t", "entities": [], "articles": [{{"id": "a", "outlet": "O", "headline": "h",
        "published": null, "source": "a.txt", "text": "Héllo!\n", "blocks": [{{"kind": "body", "start": 0, "end": 7}}],
        "sentences": [{{"start": 0, "end": {end}, "block": 0}}], "quotes": [], "claims": []}}]}}"#
    )
}

fn check(path: &Path) -> String {
    stderr_line(&bin().arg("check").arg(path).output().unwrap())
}

#[test]
fn check_rejects_each_kind_of_bad_brief_with_its_own_message() {
    let dir = scratch();
    let d = dir.path();
    let write = |n: &str, b: &[u8]| {
        let p = d.join(n);
        std::fs::write(&p, b).unwrap();
        p
    };
    let cases: Vec<(PathBuf, &str)> = vec![
        (
            write("malformed.json", b"{\"schema\": 1,\n  \"title\": }"),
            "malformed.json:2:",
        ),
        (
            write(
                "shape.json",
                b"{\"schema\": 1, \"title\": [], \"articles\": [], \"entities\": []}",
            ),
            "invalid type",
        ),
        (
            write(
                "version.json",
                b"{\"schema\": 7, \"title\": \"x\", \"articles\": [], \"entities\": []}",
            ),
            "unknown schema version 7",
        ),
        (
            write("noschema.json", b"{\"title\": \"x\"}"),
            "missing the \"schema\"",
        ),
        (write("empty.json", b""), "empty.json: file is empty"),
        (d.join("missing.json"), "missing.json: no such file"),
        (d.to_path_buf(), "is a directory"),
        (
            write("latin1.json", b"{\"schema\": 1, \"title\": \"caf\xe9\"}"),
            "not valid UTF-8 at byte 27",
        ),
        (
            write("range.json", brief_with_sentence_end(999).as_bytes()),
            "articles[0].sentences[0]: offset 999 is out of range",
        ),
        (
            write("boundary.json", brief_with_sentence_end(2).as_bytes()),
            "offset 2 is inside a character",
        ),
    ];
    let mut seen = std::collections::HashSet::new();
    for (path, want) in cases {
        let msg = check(&path);
        assert!(
            msg.contains(want),
            "{}: got {msg:?}, want {want:?}",
            path.display()
        );
        assert!(
            msg.contains(path.file_name().unwrap().to_str().unwrap()),
            "{msg}"
        );
        assert!(
            seen.insert(msg.split(": ").skip(1).collect::<String>()),
            "messages must differ: {msg}"
        );
    }
}

#[test]
fn check_accepts_the_default_brief() {
    let dir = scratch();
    let d = dir.path();
    let p = d.join("b.json");
    std::fs::write(&p, newsbrief::brief::DEFAULT_BRIEF_JSON).unwrap();
    let out = bin().arg("check").arg(&p).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(": ok"));
}

#[test]
fn import_refuses_bad_articles_and_writes_nothing() {
    let dir = scratch();
    let d = dir.path();
    let good = d.join("good.txt");
    std::fs::write(&good, "The council met on Monday.\n").unwrap();
    let bad = d.join("bad.txt");
    std::fs::write(&bad, b"Caf\xc3\xa9 and \xff here").unwrap();
    let out_file = d.join("out.json");
    let msg = stderr_line(
        &bin()
            .arg("import")
            .arg(&bad)
            .arg("-o")
            .arg(&out_file)
            .output()
            .unwrap(),
    );
    assert!(msg.contains("bad.txt: not valid UTF-8 at byte 10"), "{msg}");
    // The good article is still imported; the exit status says one input failed.
    let partial = bin()
        .arg("import")
        .arg(&good)
        .arg(&bad)
        .arg("-o")
        .arg(&out_file)
        .output()
        .unwrap();
    assert_eq!(partial.status.code(), Some(3));
    let b = newsbrief::brief::load_brief(&out_file).unwrap();
    assert_eq!(b.articles.len(), 1);
    std::fs::remove_file(&out_file).unwrap();

    let msg = stderr_line(
        &bin()
            .arg("import")
            .arg(d.join("nope.txt"))
            .arg("-o")
            .arg(&out_file)
            .output()
            .unwrap(),
    );
    assert!(msg.contains("nope.txt: no such file"), "{msg}");

    let msg = stderr_line(
        &bin()
            .arg("import")
            .arg(&good)
            .arg("-o")
            .arg(d.join("no/dir/out.json"))
            .output()
            .unwrap(),
    );
    assert!(msg.contains("out.json: cannot write"), "{msg}");
    assert_eq!(
        std::fs::read_dir(d).unwrap().count(),
        2,
        "no temp file left behind"
    );

    let manifest = d.join("m.json");
    std::fs::write(
        &manifest,
        "{\"articles\": [{\"file\": \"good.txt\", \"published\": \"March 3\"}]}",
    )
    .unwrap();
    let msg = stderr_line(
        &bin()
            .arg("import")
            .arg(&good)
            .arg("--manifest")
            .arg(&manifest)
            .arg("-o")
            .arg(&out_file)
            .output()
            .unwrap(),
    );
    assert!(
        msg.contains("m.json") && msg.contains("not a YYYY-MM-DD date"),
        "{msg}"
    );
}

#[test]
fn import_is_deterministic_and_uses_the_manifest() {
    let dir = scratch();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "Harbour strike ends\n\nROTTERDAM — Dock workers ended a strike on Friday, the union said.\n").unwrap();
    std::fs::write(d.join("b.txt"), "Dockers return to work after 3 days, union says.\n\n© 2031 Harbour Gazette. All rights reserved.\n").unwrap();
    std::fs::write(
        d.join("m.json"),
        "{\"title\": \"Port strike\", \"articles\": [{\"file\": \"a.txt\", \"outlet\": \"Daily Planet\", \"published\": \"2031-04-04\"}]}",
    )
    .unwrap();
    let run = |out: &str| {
        let o = bin()
            .current_dir(d)
            .args([
                "import",
                "a.txt",
                "b.txt",
                "--manifest",
                "m.json",
                "-o",
                out,
            ])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::read(d.join(out)).unwrap()
    };
    let one = run("one.json");
    assert_eq!(
        one,
        run("two.json"),
        "same inputs give byte-identical output"
    );
    let b = newsbrief::brief::load_brief(&d.join("one.json")).unwrap();
    assert_eq!(b.title, "Port strike");
    assert_eq!(b.articles[0].outlet, "Daily Planet");
    assert_eq!(b.articles[0].published.as_deref(), Some("2031-04-04"));
    assert_eq!(b.articles[0].source, "a.txt");
    assert_ne!(b.articles[0].id, b.articles[1].id);
    assert_eq!(
        b.articles[1].text,
        std::fs::read_to_string(d.join("b.txt")).unwrap()
    );
}

#[test]
fn a_bad_theme_or_article_key_is_one_line_naming_it() {
    let dir = scratch();
    let theme = dir.path().join("twice.json");
    std::fs::write(
        &theme,
        "{\"person\": {\"fg\": \"red\"},\n \"person\": {\"fg\": \"blue\"}}",
    )
    .unwrap();
    let msg = stderr_line(
        &bin()
            .args(["render", "--theme"])
            .arg(&theme)
            .output()
            .unwrap(),
    );
    assert!(
        msg.ends_with("twice.json:2:9: duplicate field `person`"),
        "{msg}"
    );
    let msg = stderr_line(&bin().args(["compare", "wapo", "nosuch"]).output().unwrap());
    assert!(
        msg.starts_with("newsbrief: no single article matches \"nosuch\" (articles: wapo,"),
        "{msg}"
    );
    let msg = stderr_line(&bin().args(["search", " "]).output().unwrap());
    assert!(msg.contains("the query is empty"), "{msg}");
}
