//! The compare view drawn on an off-screen buffer: opening it, its keys and panes, both
//! modes, every size.

mod tui_support;

use newsbrief::text::is_terminal_safe;
use newsbrief::tui::app::{Action, App, View, update};
use newsbrief::tui::keymap::{self, keys_label};
use newsbrief::tui::screens::compare::Mode;
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use std::process::Command;
use tui_support::compare::*;
use tui_support::*;

#[test]
fn c_opens_compare_with_the_selected_and_next_outlets() {
    let mut a = seed_app(80, 24);
    ch(&mut a, 'c');
    assert_eq!(a.view, View::Compare);
    let buf = render_buffer(&a);
    let top = row(&buf, 0);
    let (l, r) = (
        top.find("The Washington Post").expect(&top),
        top.find("Newsmax").expect(&top),
    );
    assert!(l < r, "{top}");
    assert!(buffer_text(&buf).contains("compare aligned"));
    // The Post tells more than Newsmax: its last sentences are its own.
    ch(&mut a, 'G');
    assert!(buffer_text(&render_buffer(&a)).contains("only in"));
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::List);
}

#[test]
fn swap_and_outlet_keys_change_the_headers() {
    let mut a = seed_app(100, 30);
    ch(&mut a, 'c');
    ch(&mut a, 's');
    let top = row(&render_buffer(&a), 0);
    assert!(
        top.find("Newsmax").unwrap() < top.find("The Washington Post").unwrap(),
        "{top}"
    );
    ch(&mut a, ']');
    let top = row(&render_buffer(&a), 0);
    assert!(top.contains("3/5 Press TV"), "{top}");
    ch(&mut a, '}');
    let top = row(&render_buffer(&a), 0);
    assert!(
        top.contains("2/5 Newsmax"),
        "right skips the left's outlet: {top}"
    );
    ch(&mut a, '{');
    assert_eq!(a.screens.compare.right, 0);
    key(&mut a, KeyCode::Char('5'), KeyModifiers::NONE);
    assert_eq!(a.screens.compare.left, 4, "a digit sets the focused pane");
    ch(&mut a, 'l');
    key(&mut a, KeyCode::Char('4'), KeyModifiers::NONE);
    assert_eq!((a.screens.compare.left, a.screens.compare.right), (4, 3));
}

#[test]
fn free_mode_lights_the_counterpart_and_brings_it_into_view() {
    let mut a = seed_app(100, 30);
    ch(&mut a, 'c');
    ch(&mut a, 'm');
    assert_eq!(a.screens.compare.mode, Mode::Free);
    let cursor_bg = Theme::default_theme().cursor.bg.unwrap();
    let diff_bg = Theme::default_theme().diff.bg.unwrap();
    let mut checked = 0;
    for _ in 0..40 {
        ch(&mut a, 'j');
        let l = a.screens.compare.layout.as_ref().unwrap();
        let k = a.screens.compare.current_row().unwrap();
        let Some(s) = &l.rows[k].sides[1] else {
            continue;
        };
        let (p, q) = s.lines[0];
        let first = s.text[p..q].trim_end();
        let buf = render_buffer(&a);
        let hits: Vec<_> = find(&buf, first)
            .into_iter()
            .filter(|&(x, _)| x >= a.width / 2)
            .collect();
        assert!(
            !hits.is_empty(),
            "counterpart {first:?} shown:\n{}",
            buffer_text(&buf)
        );
        assert!(
            hits.iter().any(|&(x, y)| buf[(x - 1, y)].symbol() == "▌"
                && (x..x + 8).all(|x| [cursor_bg, diff_bg].contains(&buf[(x, y)].bg))),
            "counterpart {first:?} lit:\n{}",
            buffer_text(&buf)
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} matched sentences seen");
    ch(&mut a, 'm');
    assert_eq!(a.screens.compare.mode, Mode::Aligned);
}

#[test]
fn every_size_draws_without_panic_or_control_characters() {
    let sizes = [
        (1, 1),
        (2, 3),
        (20, 5),
        (39, 9),
        (40, 10),
        (41, 11),
        (80, 24),
        (81, 25),
        (160, 48),
        (179, 40),
        (180, 40),
        (200, 60),
        (300, 80),
        (300, 100),
    ];
    // One app on the seed brief goes through every size, so the pairs it has compared stay
    // cached; the small brief (with escape sequences in its text) starts fresh each time.
    let mut seeded = seed_app(80, 24);
    for (w, h) in sizes {
        update(&mut seeded, Action::Resize(w, h));
        key(&mut seeded, KeyCode::Esc, KeyModifiers::NONE);
        key(&mut seeded, KeyCode::Esc, KeyModifiers::NONE);
        let apps = [std::mem::replace(&mut seeded, app(1, 1)), app(w, h)];
        for (n, mut a) in apps.into_iter().enumerate() {
            ch(&mut a, 'c');
            // Three panes need the story points: wait for them as a user would.
            settle(&mut a);
            for c in [
                'j', 'm', 'j', 'l', 'j', 's', ']', '}', 'G', 'm', ')', 'l', 'l', '(', 'g',
            ] {
                ch(&mut a, c);
                // Drawing is what takes time in a debug build: every key on small screens,
                // the last one on large.
                if u32::from(w) * u32::from(h) <= 4000 || c == 'g' {
                    let t = text(&a);
                    assert!(is_terminal_safe(&t), "{w}x{h} after {c}");
                }
            }
            key(&mut a, KeyCode::PageDown, KeyModifiers::NONE);
            key(&mut a, KeyCode::Char('d'), KeyModifiers::CONTROL);
            update(&mut a, Action::Scroll(3));
            update(&mut a, Action::Click(w.saturating_sub(1), 1));
            key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
            key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
            ch(&mut a, '>');
            let _ = text(&a);
            ch(&mut a, 'd');
            ch(&mut a, 'G');
            key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
            update(&mut a, Action::Resize(w / 2 + 1, h / 2 + 1));
            update(&mut a, Action::Resize(w, h));
            let _ = text(&a);
            if n == 0 {
                seeded = a;
            }
        }
    }
}

#[test]
fn help_in_compare_lists_its_keys() {
    let mut a = seed_app(120, 50);
    ch(&mut a, 'c');
    ch(&mut a, '?');
    let t = text(&a);
    assert!(t.contains("Keys: compare"), "{t}");
    for b in keymap::view_table(View::Compare) {
        assert!(t.contains(b.help), "{} missing:\n{t}", b.help);
        assert!(t.contains(&keys_label(b)), "{} missing", keys_label(b));
    }
}

#[test]
fn render_command_draws_compare_and_names_ids_on_error() {
    let bin = env!("CARGO_BIN_EXE_newsbrief");
    let out = Command::new(bin)
        .args([
            "render", "--view", "compare", "--left", "wapo", "--right", "newsmax",
        ])
        .args(["--width", "80", "--height", "24"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().count(), 24);
    let top = s.lines().next().unwrap();
    assert!(
        top.contains("The Washington Post") && top.contains("Newsmax"),
        "{top}"
    );
    let out = Command::new(bin)
        .args(["render", "--view", "compare", "--left", "nosuch"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let e = String::from_utf8(out.stderr).unwrap();
    assert!(e.contains("nosuch") && e.contains("wapo, newsmax"), "{e}");
    let out = Command::new(bin)
        .args(["render", "--view", "discrepancies", "--width", "100"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("made in Iran")
    );
}

#[test]
fn clicks_pick_a_pane_and_a_row_and_resizing_keeps_the_row_in_view() {
    let mut a = seed_app(100, 30);
    ch(&mut a, 'c');
    let (x, y) = find(&render_buffer(&a), "An official with the")[0];
    update(&mut a, Action::Click(x, y));
    assert_eq!(a.screens.compare.row, 1);
    update(&mut a, Action::Click(95, y));
    assert_eq!(
        a.screens.compare.focus,
        newsbrief::tui::screens::compare::Pane::Right
    );
    ch(&mut a, 'G');
    let last = a.screens.compare.row;
    update(&mut a, Action::Resize(40, 12));
    update(&mut a, Action::Resize(100, 30));
    assert_eq!(a.screens.compare.row, last);
    let buf = render_buffer(&a);
    assert!(
        (1..buf.area.height - 2).any(|y| buf[(1, y)].symbol() == "▌"),
        "cursor row in view:\n{}",
        buffer_text(&buf)
    );
}

#[test]
fn articles_without_sentences_compare_without_panic() {
    use newsbrief::brief::{BlockKind, Brief, SCHEMA_VERSION};
    let arts = vec![
        article("a", "A", &[(BlockKind::Boilerplate, "Subscribe now.")]),
        article("b", "B", &[(BlockKind::Caption, "A photo.")]),
    ];
    let b = Brief {
        schema: SCHEMA_VERSION,
        title: "Empty".into(),
        articles: arts,
        entities: Vec::new(),
    };
    let mut a = App::new(b, Theme::default_theme(), 80, 24);
    ch(&mut a, 'c');
    assert_eq!(a.view, View::Compare);
    for m in [false, true] {
        if m {
            ch(&mut a, 'm');
        }
        for c in ['j', 'k', 'G', 'g', 's', ']', '}', 'l'] {
            ch(&mut a, c);
        }
        key(&mut a, KeyCode::Char('d'), KeyModifiers::CONTROL);
        key(&mut a, KeyCode::PageUp, KeyModifiers::NONE);
        update(&mut a, Action::Click(10, 5));
        assert!(text(&a).contains("1/2 A"));
    }
    ch(&mut a, 'd');
    settle(&mut a);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert!(text(&a).contains("nothing found"));
}

#[test]
fn a_saved_compare_view_comes_back_in_its_mode_at_its_row() {
    use newsbrief::tui::persist::{apply, capture};
    use newsbrief::tui::screens::compare::{Mode, Pane};
    let fresh = || {
        App::new(
            newsbrief::brief::default_brief(),
            newsbrief::tui::theme::Theme::default_theme(),
            120,
            40,
        )
    };
    // Aligned rows: the row comes back.
    let mut a = fresh();
    ch(&mut a, 'c');
    for _ in 0..5 {
        ch(&mut a, 'j');
    }
    let row = a.screens.compare.row;
    assert!(row > 0);
    let mut b = fresh();
    apply(&mut b, &capture(&a));
    assert_eq!(b.view, View::Compare);
    assert_eq!(
        (b.screens.compare.mode, b.screens.compare.row),
        (Mode::Aligned, row)
    );
    // Free scrolling: the mode, each pane's sentence and the focus come back.
    ch(&mut a, 'm');
    ch(&mut a, 'l');
    for _ in 0..3 {
        ch(&mut a, 'j');
    }
    let c = &a.screens.compare;
    assert_eq!((c.mode, c.focus), (Mode::Free, Pane::Right));
    let cursors = [c.free[0].cursor, c.free[1].cursor];
    let mut b = fresh();
    apply(&mut b, &capture(&a));
    let d = &b.screens.compare;
    assert_eq!((d.mode, d.focus), (Mode::Free, Pane::Right));
    assert_eq!([d.free[0].cursor, d.free[1].cursor], cursors);
    assert_eq!(text(&b), text(&a));
}

#[test]
fn an_article_is_not_compared_with_itself() {
    let mut a = App::new(
        newsbrief::brief::default_brief(),
        newsbrief::tui::theme::Theme::default_theme(),
        120,
        40,
    );
    ch(&mut a, 'c');
    let (l, r) = (a.screens.compare.left, a.screens.compare.right);
    ch(&mut a, 'l');
    let digit = char::from(b'1' + l as u8);
    ch(&mut a, digit);
    assert_eq!((a.screens.compare.left, a.screens.compare.right), (l, r));
    assert!(
        text(&a).contains("already in the other pane"),
        "{}",
        text(&a)
    );
    ch(&mut a, 'h');
    ch(&mut a, char::from(b'1' + r as u8));
    assert_eq!((a.screens.compare.left, a.screens.compare.right), (l, r));
}
