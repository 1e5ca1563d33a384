//! Where the binary looks for user files: the XDG base directories, where a relative
//! `XDG_CONFIG_HOME` or `XDG_STATE_HOME` is ignored (the spec says so) in favour of `HOME`.

use std::path::Path;
use std::process::{Command, Output};

fn run(cwd: &Path, env: &[(&str, &Path)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsbrief"));
    cmd.current_dir(cwd)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_STATE_HOME")
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// A theme called `mine` under `config/newsbrief/themes/` in `dir`.
fn write_theme(dir: &Path, config: &str) {
    let themes = dir.join(config).join("newsbrief/themes");
    std::fs::create_dir_all(&themes).unwrap();
    std::fs::write(themes.join("mine.json"), r#"{"name": "mine"}"#).unwrap();
}

#[test]
fn a_user_theme_is_found_under_an_absolute_config_home_only() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    write_theme(dir.path(), "cfg");
    let args = [
        "render", "--theme", "mine", "--width", "20", "--height", "5",
    ];
    let abs = dir.path().join("cfg");
    let out = run(
        dir.path(),
        &[("HOME", &home), ("XDG_CONFIG_HOME", &abs)],
        &args,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The same folder named relatively is not a config home: the theme is not found.
    let out = run(
        dir.path(),
        &[("HOME", &home), ("XDG_CONFIG_HOME", Path::new("cfg"))],
        &args,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("unknown theme \"mine\""), "{err}");
    assert!(
        err.contains(&format!("{}", home.join(".config").display())),
        "{err}"
    );
    // ~/.config is the default.
    write_theme(&home, ".config");
    let out = run(
        dir.path(),
        &[("HOME", &home), ("XDG_CONFIG_HOME", Path::new("cfg"))],
        &args,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_reading_state_lives_under_an_absolute_state_home_else_home() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let store = |base: &Path| {
        newsbrief::state::StateStore::in_dir(
            &base.join("newsbrief"),
            newsbrief::brief::DEFAULT_BRIEF_JSON.as_bytes(),
        )
    };
    let b = newsbrief::brief::default_brief();
    let q = &b.articles[0].quotes[0];
    let mut st = newsbrief::state::ReadingState {
        version: newsbrief::state::STATE_VERSION,
        ..Default::default()
    };
    st.pins.push(newsbrief::state::Pin {
        article: b.articles[0].id.clone(),
        kind: newsbrief::state::PinKind::Quote,
        start: q.start,
        end: q.end,
    });
    // Pinned in a relative "st" and in ~/.local/state: only the second is read.
    store(&dir.path().join("st")).save(&st).unwrap();
    let pins = |env: &[(&str, &Path)]| {
        let out = run(dir.path(), env, &["export", "--pins", "--json"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array().unwrap().len()
    };
    let relative = [
        ("HOME", home.as_path()),
        ("XDG_STATE_HOME", Path::new("st")),
    ];
    assert_eq!(pins(&relative), 0);
    store(&home.join(".local/state")).save(&st).unwrap();
    assert_eq!(pins(&relative), 1);
    let absolute = dir.path().join("st");
    assert_eq!(pins(&[("HOME", &home), ("XDG_STATE_HOME", &absolute)]), 1);
}
