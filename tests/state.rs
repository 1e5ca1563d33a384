//! Reading state kept across sessions: restored into the app, exported, and safe against a
//! corrupt file.

use std::process::Command;

use newsbrief::brief::{DEFAULT_BRIEF_JSON, default_brief};
use newsbrief::state::{Pin, PinKind, ReadingState, StateStore};
use newsbrief::tui::app::{Action, App, View, update};
use newsbrief::tui::persist::{Autosave, apply, capture};
use newsbrief::tui::theme::Theme;

fn app() -> App {
    App::new(default_brief(), Theme::default_theme(), 100, 30)
}

fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("nb-state-it-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn what_the_app_captures_it_restores() {
    let mut a = app();
    update(&mut a, Action::Jump(3));
    update(&mut a, Action::Open);
    for _ in 0..6 {
        update(&mut a, Action::Down);
    }
    let saved = capture(&a);
    assert_eq!(saved.article.as_deref(), Some("presstv"));
    assert_eq!(saved.view.as_deref(), Some("reader"));
    assert!(saved.read.contains("presstv"));

    let mut b = app();
    apply(&mut b, &saved);
    assert_eq!(b.selected, 2);
    assert_eq!(b.view, View::Reader);
    assert_eq!(b.reader().cursor, a.reader().cursor);
    assert_eq!(capture(&b), saved);
}

#[test]
fn every_view_reopens_where_it_was_left() {
    let opened: [(&[Action], View); 4] = [
        (&[Action::ShowEntities], View::Entities),
        (&[Action::ShowQuotes], View::Quotes),
        (&[Action::Discrepancies], View::Discrepancies),
        (
            &[Action::Jump(2), Action::Compare, Action::RightOutlet(1)],
            View::Compare,
        ),
    ];
    for (actions, view) in opened {
        let mut a = app();
        for &act in actions {
            update(&mut a, act);
        }
        assert_eq!(a.view, view);
        let saved = capture(&a);
        let mut b = app();
        apply(&mut b, &saved);
        assert_eq!(b.view, view, "{saved:?}");
        assert_eq!(capture(&b), saved);
        if view == View::Compare {
            // Newsmax against the Jerusalem Post (the right pane moved on from Press TV).
            assert_eq!(
                saved.compare,
                Some(("newsmax".to_string(), "jpost".to_string()))
            );
            assert_eq!((b.screens.compare.left, b.screens.compare.right), (1, 3));
            assert!(!b.screens.compare.rows().is_empty());
        }
    }
    // A compare view whose articles are gone reopens as the list.
    let mut gone = capture(&app());
    gone.view = Some("compare".into());
    gone.compare = Some(("nowhere".into(), "jpost".into()));
    let mut c = app();
    apply(&mut c, &gone);
    assert_eq!(c.view, View::List);
}

#[test]
fn autosave_writes_changes_only_and_not_more_often_than_its_interval() {
    let dir = scratch("autosave");
    let store = StateStore::in_dir(&dir, b"brief");
    let mut a = app();
    let mut auto = Autosave::new(store.clone(), &a);
    auto.save(&a);
    assert!(!store.path.exists(), "nothing changed, nothing written");
    update(&mut a, Action::Jump(2));
    auto.tick(&a);
    assert!(!store.path.exists(), "too soon after the last save");
    auto.save(&a);
    assert_eq!(store.load(), (capture(&a), None));
    for act in [Action::Open, Action::Down, Action::TogglePin] {
        update(&mut a, act);
    }
    assert_eq!(a.pins.len(), 1);
    std::thread::sleep(Autosave::INTERVAL);
    auto.tick(&a);
    assert_eq!(store.load().0.pins, a.pins);
    assert_eq!(auto.error, None);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn pins_toggle_on_the_current_sentence_and_stale_entries_are_dropped() {
    let mut a = app();
    update(&mut a, Action::Open);
    // Walk to the first sentence holding a quote.
    while a.brief.articles[0]
        .quotes
        .iter()
        .all(|q| Some(q.sentence) != a.reader().cursor)
    {
        update(&mut a, Action::Down);
    }
    update(&mut a, Action::TogglePin);
    assert_eq!(a.pins.len(), 1);
    assert_eq!(a.pins[0].kind, PinKind::Quote);
    update(&mut a, Action::TogglePin);
    assert!(a.pins.is_empty());

    let mut st = ReadingState {
        version: 1,
        ..Default::default()
    };
    st.pins.push(Pin {
        article: "nosuch".into(),
        kind: PinKind::Claim,
        start: 0,
        end: 4,
    });
    st.pins.push(Pin {
        article: "wapo".into(),
        kind: PinKind::Claim,
        start: 0,
        end: 10_000_000,
    });
    st.article = Some("gone".into());
    let mut b = app();
    apply(&mut b, &st);
    assert!(b.pins.is_empty());
    assert_eq!(b.selected, 0);
}

#[test]
fn export_pins_prints_pinned_items_and_survives_a_corrupt_state_file() {
    let dir = scratch("export");
    let store = StateStore::in_dir(&dir.join("newsbrief"), DEFAULT_BRIEF_JSON.as_bytes());
    let brief = default_brief();
    let q = &brief.articles[0].quotes[1];
    let mut st = ReadingState {
        version: 1,
        ..Default::default()
    };
    st.pins.push(Pin {
        article: "wapo".into(),
        kind: PinKind::Quote,
        start: q.start,
        end: q.end,
    });
    store.save(&st).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_newsbrief"))
            .env("XDG_STATE_HOME", &dir)
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["export", "--pins", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["outlet"], "The Washington Post");
    assert_eq!(v[0]["speaker"], q.speaker.clone().unwrap());
    assert_eq!(v[0]["text"], brief.articles[0].slice(q.start, q.end));
    let md = String::from_utf8(run(&["export", "--pins", "--markdown"]).stdout).unwrap();
    assert!(md.contains("— The Washington Post"), "{md}");

    std::fs::write(&store.path, b"\x00not json").unwrap();
    let out = run(&["export", "--pins"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("reading state unusable") && err.contains("kept as"),
        "{err}"
    );
    let names: Vec<String> = std::fs::read_dir(dir.join("newsbrief"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().any(|n| n.contains(".corrupt-")), "{names:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
