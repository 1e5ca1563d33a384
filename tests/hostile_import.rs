//! Import against a careless or hostile day: outputs that would destroy an input or a device,
//! manifests that reach outside their folder, inputs that never end, and briefs whose blocks or
//! dates cannot be true.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const ARTICLE: &str =
    "Harbour strike ends\n\nROTTERDAM — Dock workers ended a strike on Friday, the union said.\n";

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsbrief"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn fails_with(out: &Output, what: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(what), "wanted {what:?} in {err}");
    assert!(!err.contains("panicked"), "{err}");
}

fn mkfifo(p: &Path) {
    assert!(Command::new("mkfifo").arg(p).status().unwrap().success());
}

#[test]
fn the_output_may_not_be_an_input_or_a_special_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), ARTICLE).unwrap();
    fails_with(
        &run(&["import", "a.txt", "-o", "./a.txt"], d),
        "a.txt: is also an input",
    );
    assert_eq!(std::fs::read_to_string(d.join("a.txt")).unwrap(), ARTICLE);
    mkfifo(&d.join("pipe"));
    fails_with(
        &run(&["import", "a.txt", "-o", "pipe"], d),
        "pipe: exists and is not a regular file",
    );
    std::fs::create_dir(d.join("folder")).unwrap();
    fails_with(
        &run(&["import", "a.txt", "-o", "folder"], d),
        "folder: exists and is not a regular file",
    );
    assert!(d.join("folder").is_dir());
}

#[test]
fn inputs_that_never_end_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    mkfifo(&d.join("fifo"));
    fails_with(
        &run(&["import", "/dev/zero", "-o", "s.json"], d),
        "/dev/zero: is not a regular file",
    );
    fails_with(
        &run(&["import", "fifo", "-o", "s.json"], d),
        "fifo: is not a regular file",
    );
    std::fs::write(d.join("long.txt"), ARTICLE.repeat(20)).unwrap();
    fails_with(
        &run(
            &["import", "long.txt", "--max-size", "100", "-o", "s.json"],
            d,
        ),
        "long.txt: larger than the 100 byte limit",
    );
    assert!(!d.join("s.json").exists());
}

#[test]
fn standard_input_is_read_when_named_dash() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsbrief"))
        .args(["import", "-", "-o", "s.json"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ARTICLE.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let b = newsbrief::brief::load_brief(&dir.path().join("s.json")).unwrap();
    assert_eq!(b.articles[0].text, ARTICLE);
}

#[test]
fn manifest_entries_outside_its_folder_are_refused_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("m")).unwrap();
    std::fs::write(
        d.join("private.txt"),
        "My own notes on the strike, not for sharing.\n",
    )
    .unwrap();
    std::fs::write(d.join("m/a.txt"), ARTICLE).unwrap();
    for bad in ["../private.txt", "/etc/hostname", "./x/../../private.txt"] {
        std::fs::write(
            d.join("m/manifest.json"),
            format!(r#"{{"articles": [{{"file": "a.txt"}}, {{"file": "{bad}"}}]}}"#),
        )
        .unwrap();
        fails_with(
            &run(
                &["import", "--manifest", "m/manifest.json", "-o", "s.json"],
                d,
            ),
            &format!("entry 1 (\"{bad}\") is outside the manifest's folder"),
        );
        assert!(!d.join("s.json").exists());
    }
    std::fs::write(
        d.join("m/manifest.json"),
        r#"{"articles": [{"file": "./a.txt", "outlet": "Daily Planet"}, {"file": "../private.txt", "outlet": "Elsewhere"}]}"#,
    )
    .unwrap();
    let out = run(
        &[
            "import",
            "--manifest",
            "m/manifest.json",
            "--allow-outside",
            "-o",
            "s.json",
        ],
        d,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let b = newsbrief::brief::load_brief(&d.join("s.json")).unwrap();
    let outlets: Vec<&str> = b.articles.iter().map(|a| a.outlet.as_str()).collect();
    assert_eq!(
        outlets,
        ["Daily Planet", "Elsewhere"],
        "./a.txt keeps its outlet"
    );
}

#[test]
fn check_names_tangled_blocks_and_impossible_dates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), ARTICLE).unwrap();
    assert!(
        run(&["import", "a.txt", "-o", "s.json"], d)
            .status
            .success()
    );
    let good: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("s.json")).unwrap()).unwrap();
    let bad = |edit: &dyn Fn(&mut serde_json::Value), what: &str| {
        let mut v = good.clone();
        edit(&mut v);
        std::fs::write(d.join("bad.json"), serde_json::to_vec(&v).unwrap()).unwrap();
        fails_with(&run(&["check", "bad.json"], d), what);
    };
    bad(
        &|v| v["articles"][0]["published"] = "2021-02-30".into(),
        "articles[0].published: \"2021-02-30\" is not a date on the calendar",
    );
    bad(
        &|v| v["articles"][0]["published"] = "2021-13-45".into(),
        "articles[0].published",
    );
    bad(
        &|v| {
            let blocks = v["articles"][0]["blocks"].as_array_mut().unwrap();
            let first = blocks[0].clone();
            blocks.push(first);
        },
        "articles[0].blocks[2]: starts at 0 before the previous block ends",
    );
    bad(
        &|v| {
            let blocks = v["articles"][0]["blocks"].as_array_mut().unwrap();
            blocks.swap(0, 1);
        },
        "articles[0].blocks[1]: starts at 0 before the previous block ends",
    );
}
