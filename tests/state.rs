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

/// A scratch folder, removed when the test ends, even by a panic.
fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("nb-state-")
        .tempdir()
        .unwrap()
}

/// Opens the article at `article` (0-based), moves to the `n`th sentence holding a quote and
/// toggles the pin there.
fn pin_quote(a: &mut App, article: u8, n: usize) {
    update(a, Action::Jump(article + 1));
    update(a, Action::Open);
    let mut sentences: Vec<usize> = a.brief.articles[usize::from(article)]
        .quotes
        .iter()
        .map(|q| q.sentence)
        .collect();
    sentences.dedup();
    let target = sentences[n];
    update(a, Action::Top);
    for _ in 0..target {
        update(a, Action::Down);
    }
    assert_eq!(a.reader().cursor, Some(target));
    update(a, Action::TogglePin);
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
    let dir = scratch();
    let store = StateStore::in_dir(dir.path(), b"brief");
    let mut a = app();
    let mut auto = Autosave::new(store.clone(), &a);
    auto.save(&a);
    assert!(!store.path.exists(), "nothing changed, nothing written");
    update(&mut a, Action::Jump(2));
    auto.tick(&mut a);
    assert!(!store.path.exists(), "too soon after the last save");
    auto.save(&a);
    assert_eq!(store.load(), (capture(&a), None));
    for act in [Action::Open, Action::Down, Action::TogglePin] {
        update(&mut a, act);
    }
    assert_eq!(a.pins.len(), 1);
    std::thread::sleep(Autosave::INTERVAL);
    auto.tick(&mut a);
    assert_eq!(store.load().0.pins, a.pins);
    assert_eq!(auto.error, None);
}

#[test]
fn two_instances_on_one_brief_keep_each_others_pins() {
    let dir = scratch();
    let store = StateStore::in_dir(dir.path(), b"brief");
    let (mut a, mut b) = (app(), app());
    let mut save_a = Autosave::new(store.clone(), &a);
    let mut save_b = Autosave::new(store.clone(), &b);
    pin_quote(&mut a, 0, 0);
    pin_quote(&mut b, 0, 1);
    pin_quote(&mut b, 1, 0);
    assert_eq!((a.pins.len(), b.pins.len()), (1, 2));
    assert_eq!(save_a.save(&a), None);
    assert_eq!(save_b.save(&b), None);
    let on_disk = store.load().0.pins;
    assert_eq!(on_disk.len(), 3, "{on_disk:?}");
    assert!(a.pins.iter().chain(&b.pins).all(|p| on_disk.contains(p)));
    // A pin taken away in one instance goes, and the other instance's stay.
    pin_quote(&mut b, 0, 1);
    assert_eq!(b.pins.len(), 1);
    save_b.save(&b);
    let on_disk = store.load().0.pins;
    assert_eq!(on_disk.len(), 2, "{on_disk:?}");
    assert!(on_disk.contains(&a.pins[0]) && on_disk.contains(&b.pins[0]));
    // The first instance saving again neither drops nor brings back the others'.
    update(&mut a, Action::Down);
    save_a.save(&a);
    assert_eq!(store.load().0.pins, on_disk);
    assert_eq!(store.load().0.view.as_deref(), Some("reader"));
}

/// Set in the child processes of `saves_from_many_processes_at_once_lose_no_pin`: the state
/// folder and the writer's number.
const WRITER_ENV: &str = "NB_STATE_TEST_WRITER";
const WRITERS: usize = 4;
const ROUNDS: usize = 25;

/// The body of one writer process: waits for the start signal, then saves `ROUNDS` times,
/// adding one pin of its own each time.
#[test]
fn merge_writer_child() {
    let Some(spec) = std::env::var_os(WRITER_ENV) else {
        return;
    };
    let spec = spec.to_string_lossy().into_owned();
    let (dir, w) = spec.rsplit_once('#').unwrap();
    let dir = std::path::Path::new(dir);
    let store = StateStore::in_dir(dir, b"brief");
    while !dir.join("go").exists() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let mut base = ReadingState {
        version: 1,
        ..Default::default()
    };
    for r in 0..ROUNDS {
        let mut ours = base.clone();
        ours.pins.push(Pin {
            article: format!("w{w}"),
            kind: PinKind::Quote,
            start: r,
            end: r + 1,
        });
        store.save_merged(&base, &ours).unwrap();
        base = ours;
    }
}

#[test]
fn saves_from_many_processes_at_once_lose_no_pin() {
    let dir = scratch();
    let children: Vec<_> = (0..WRITERS)
        .map(|w| {
            Command::new(std::env::current_exe().unwrap())
                .args(["merge_writer_child", "--exact", "--test-threads=1"])
                .env(WRITER_ENV, format!("{}#{w}", dir.path().display()))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    std::fs::write(dir.path().join("go"), b"").unwrap();
    for mut c in children {
        assert!(c.wait().unwrap().success(), "a writer failed");
    }
    let (st, note) = StateStore::in_dir(dir.path(), b"brief").load();
    assert_eq!(note, None);
    assert_eq!(st.pins.len(), WRITERS * ROUNDS, "pins were lost");
}

#[test]
fn an_unwritable_state_folder_is_said_in_the_status_line_and_saving_resumes() {
    let dir = scratch();
    // A file where the state folder should be: no save can succeed, even as root.
    let blocked = dir.path().join("state");
    std::fs::write(&blocked, b"").unwrap();
    let store = StateStore::in_dir(&blocked, b"brief");
    let mut a = app();
    let mut auto = Autosave::new(store.clone(), &a);
    pin_quote(&mut a, 0, 0);
    std::thread::sleep(Autosave::INTERVAL);
    auto.tick(&mut a);
    let said = a
        .message
        .clone()
        .expect("the failure is in the status line");
    assert!(said.starts_with("reading state not saved ("), "{said}");
    let screen = newsbrief::tui::buffer_text(&newsbrief::tui::render_buffer(&a));
    assert!(screen.contains("reading state not saved"), "{screen}");
    assert!(auto.error.as_deref().unwrap().contains("cannot save"));
    // The app keeps working; the failure is said once, not at every try.
    update(&mut a, Action::Down);
    assert_eq!(a.message, None);
    assert_eq!(auto.save(&a), None);
    assert!(auto.error.is_some());
    // Once the folder can be made, the next try saves everything.
    std::fs::remove_file(&blocked).unwrap();
    update(&mut a, Action::Down);
    assert_eq!(auto.save(&a).as_deref(), Some("reading state saved again"));
    assert_eq!(auto.error, None);
    assert_eq!(store.load().0.pins, a.pins);
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
    let scratch = scratch();
    let dir = scratch.path();
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
            .env("XDG_STATE_HOME", dir)
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
}
