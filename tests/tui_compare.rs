//! The compare view and the discrepancy list, drawn on an off-screen buffer.

mod tui_support;

use std::process::Command;

use newsbrief::brief::default_brief;
use newsbrief::text::is_terminal_safe;
use newsbrief::tui::app::{Action, App, View, update};
use newsbrief::tui::keymap::{self, keys_label};
use newsbrief::tui::screens::compare::Mode;
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::{Color, Modifier};
use tui_support::*;

fn seed_app(w: u16, h: u16) -> App {
    App::new(default_brief(), Theme::default_theme(), w, h)
}

/// Waits for the background comparison the discrepancy list is made from, as a user would.
fn settle(a: &mut App) {
    if a.analysis.wait().is_some() {
        a.refresh();
    }
}

/// Text of screen row `y`.
fn row(buf: &Buffer, y: u16) -> String {
    buffer_text(buf)
        .lines()
        .nth(y as usize)
        .unwrap_or("")
        .to_string()
}

/// Opens the discrepancy list and shows the made-in-Iran/Iraq one in the compare view.
fn jump_to_made_in(a: &mut App) {
    ch(a, 'd');
    settle(a);
    assert_eq!(a.view, View::Discrepancies);
    let i = a
        .screens
        .discrepancies
        .items()
        .iter()
        .position(|d| d.summary.contains("made in Iran") && d.summary.contains("made in Iraq"))
        .expect("the made-in discrepancy is found");
    for _ in 0..i {
        ch(a, 'j');
    }
    key(a, KeyCode::Enter, KeyModifiers::NONE);
}

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
fn made_in_iran_and_iraq_share_a_row_with_the_words_marked() {
    let mut a = seed_app(120, 40);
    jump_to_made_in(&mut a);
    assert_eq!(a.view, View::Compare);
    let ids: Vec<&str> = [a.screens.compare.left, a.screens.compare.right]
        .iter()
        .map(|&i| a.brief.articles[i].id.as_str())
        .collect();
    assert_eq!(ids, ["wapo", "newsmax"]);
    let cur = &a.screens.compare.rows()[a.screens.compare.row];
    let side_text = |s: &Option<newsbrief::analyze::compare::RowSide>| {
        let s = s.as_ref().expect("matched pair");
        a.brief.articles[s.article]
            .slice(s.start, s.end)
            .to_string()
    };
    assert!(side_text(&cur.left).contains("made in Iran"));
    assert!(side_text(&cur.right).contains("made in Iraq"));

    let buf = render_buffer(&a);
    let mid = a.width / 2;
    let left = find(&buf, "The drone’s remains");
    let right = find(&buf, "After the remains");
    assert_eq!(left.len(), 1, "{}", buffer_text(&buf));
    assert_eq!(right.len(), 1);
    assert!(left[0].0 < mid && right[0].0 >= mid);
    assert_eq!(left[0].1, right[0].1, "the pair starts on one screen row");

    let diff = Theme::default_theme().diff;
    let marked = |word: &str, right_pane: bool| {
        find(&buf, word).into_iter().any(|(x, y)| {
            (x >= mid) == right_pane
                && (0..word.len() as u16).all(|k| buf[(x + k, y)].bg == diff.bg.unwrap())
        })
    };
    assert!(marked("Iran", false), "Iran in the diff style on the left");
    assert!(marked("Iraq", true), "Iraq in the diff style on the right");
    let (x, y) = find(&buf, "The drone’s remains")[0];
    assert_ne!(
        buf[(x, y)].bg,
        diff.bg.unwrap(),
        "shared words are not marked"
    );
    assert!(
        buffer_text(&buf).contains("made in Iran"),
        "the status line names the discrepancy"
    );
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
fn escape_from_compare_returns_to_the_discrepancy_list() {
    let mut a = seed_app(80, 24);
    jump_to_made_in(&mut a);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::Discrepancies);
    let t = text(&a);
    assert!(t.contains("place") && t.contains("Discrepancies"), "{t}");
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::List);
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
fn without_colour_the_differing_words_are_still_marked() {
    let mut a = App::new(default_brief(), Theme::mono(), 120, 40);
    jump_to_made_in(&mut a);
    let buf = render_buffer(&a);
    let mid = a.width / 2;
    let iraq: Vec<_> = find(&buf, "Iraq")
        .into_iter()
        .filter(|&(x, y)| x >= mid && buf[(x, y)].modifier.contains(Modifier::UNDERLINED))
        .collect();
    assert!(!iraq.is_empty(), "{}", buffer_text(&buf));
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            assert_eq!(buf[(x, y)].fg, Color::Reset);
            assert_eq!(buf[(x, y)].bg, Color::Reset);
        }
    }
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
fn a_framing_discrepancy_shows_both_sentences_lit() {
    let mut a = seed_app(120, 40);
    ch(&mut a, 'd');
    settle(&mut a);
    let i = a
        .screens
        .discrepancies
        .items()
        .iter()
        .position(|d| d.summary.contains("resistance groups"))
        .expect("a framing discrepancy");
    let d = a.screens.discrepancies.items()[i].clone();
    for _ in 0..i {
        ch(&mut a, 'j');
    }
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(a.view, View::Compare);
    let buf = render_buffer(&a);
    let t = buffer_text(&buf);
    let cursor_bg = Theme::default_theme().cursor.bg.unwrap();
    let diff_bg = Theme::default_theme().diff.bg.unwrap();
    // The item lists every outlet; the view opens on the first two wordings.
    for s in d.sides.iter().take(2) {
        let pane = [a.screens.compare.left, a.screens.compare.right]
            .iter()
            .position(|&x| x == s.article)
            .expect("both articles shown");
        let word = s.words.split_whitespace().next().unwrap();
        let lit = find(&buf, word).into_iter().any(|(x, y)| {
            (x >= a.width / 2) == (pane == 1) && [cursor_bg, diff_bg].contains(&buf[(x, y)].bg)
        });
        assert!(lit, "{word:?} lit in pane {pane}:\n{t}");
    }
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

/// The app after `steps`, the background comparison waited for after each.
fn after(w: u16, h: u16, steps: &[Action]) -> App {
    let mut app = App::new(default_brief(), Theme::default_theme(), w, h);
    for a in steps {
        update(&mut app, *a);
        if app.analysis.wait().is_some() {
            app.refresh();
        }
    }
    app
}

/// The text drawn in `style`'s foreground colour.
fn drawn_in(app: &App, style: ratatui::style::Style) -> String {
    let buf = render_buffer(app);
    buf.content()
        .iter()
        .filter(|c| style.fg.is_some() && Some(c.fg) == style.fg)
        .map(|c| c.symbol())
        .collect()
}

#[test]
fn a_discrepancy_shows_every_side_sentence_with_its_words_marked() {
    let app = after(120, 40, &[Action::Discrepancies]);
    assert_eq!(app.view, View::Discrepancies);
    let text = buffer_text(&render_buffer(&app));
    // Both sentences in full, not only the two words.
    assert!(
        text.contains("partially recovered, and preliminary analysis"),
        "{text}"
    );
    assert!(
        text.contains("After the remains of the drone were partially"),
        "{text}"
    );
    let marked = drawn_in(&app, app.theme.diff);
    assert!(
        marked.contains("Iran") && marked.contains("Iraq"),
        "{marked}"
    );
    assert!(
        !marked.contains("recovered"),
        "only the differing words: {marked}"
    );
}

#[test]
fn the_discrepancy_list_shows_progress_until_the_comparison_is_done() {
    let mut app = App::new(default_brief(), Theme::default_theme(), 80, 24);
    update(&mut app, Action::Discrepancies);
    update(&mut app, Action::Down);
    assert_eq!(app.view, View::Discrepancies);
    app.analysis.wait();
    app.refresh();
    let text = buffer_text(&render_buffer(&app));
    let items = app.screens.discrepancies.items();
    assert!(!items.is_empty());
    let first = items[0].kind.name();
    assert!(text.contains(first), "{text}");
    assert!(!text.contains("comparing"), "{text}");
}

/// The Post beside Newsmax, the comparison done.
fn post_and_newsmax(w: u16, h: u16) -> App {
    let mut app = after(w, h, &[Action::Compare]);
    assert_eq!(app.view, View::Compare);
    let c = &app.screens.compare;
    assert_eq!((c.left, c.right), (0, 1));
    app.analysis.wait();
    app.refresh();
    app
}

#[test]
fn two_sentences_of_one_outlet_stand_beside_the_one_that_merges_them() {
    let app = post_and_newsmax(160, 60);
    let rows = app.screens.compare.rows();
    let merged = rows
        .iter()
        .find(|r| {
            matches!((&r.left, &r.right), (Some(l), Some(r))
                if l.last_sentence > l.sentence && r.last_sentence == r.sentence)
        })
        .expect("a row with two Post sentences beside one Newsmax sentence");
    let l = merged.left.as_ref().unwrap();
    let text = buffer_text(&render_buffer(&app));
    let art = &app.brief.articles[0];
    for s in [l.sentence, l.last_sentence] {
        let x = &art.sentences[s];
        let words: String = art
            .slice(x.start, x.end)
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&words), "{words} not drawn");
    }
}

#[test]
fn substance_is_marked_strongly_and_wording_faintly() {
    let mut app = post_and_newsmax(160, 60);
    // Down to the made-in row.
    for _ in 0..10 {
        let k = app.screens.compare.row;
        let r = &app.screens.compare.rows()[k];
        let l = r.left.as_ref().unwrap();
        if app.brief.articles[0]
            .slice(l.start, l.end)
            .contains("made in")
        {
            break;
        }
        update(&mut app, Action::Down);
    }
    let strong = drawn_in(&app, app.theme.diff);
    assert!(
        strong.contains("Iran") && strong.contains("Iraq"),
        "{strong}"
    );
    let buf = render_buffer(&app);
    let dim = app.theme.dim;
    let faint: String = buf
        .content()
        .iter()
        .filter(|c| c.fg == dim.fg.unwrap() && c.bg != app.theme.diff.bg.unwrap())
        .map(|c| c.symbol())
        .collect();
    // Newsmax's rewording ("After the remains of the drone") is faint, not strong.
    assert!(faint.contains("After"), "{faint}");
    assert!(!strong.contains("After"), "{strong}");
}

#[test]
fn discrepancy_rows_are_flagged_and_stepped_through() {
    let mut app = post_and_newsmax(160, 60);
    let flagged = app.screens.compare.flagged().to_vec();
    assert!(!flagged.is_empty());
    let origin = flagged
        .iter()
        .copied()
        .find(|&k| {
            let l = app.screens.compare.rows()[k].left.clone().unwrap();
            app.brief.articles[0]
                .slice(l.start, l.end)
                .contains("made in Iran")
        })
        .expect("the made-in row is flagged");
    let text = buffer_text(&render_buffer(&app));
    assert!(text.contains("│◆"), "flag in the gutter:\n{text}");
    assert_eq!(app.screens.compare.row, 0);
    for &k in flagged.iter().filter(|&&k| k > 0) {
        update(&mut app, Action::StepDiscrepancy(1));
        assert_eq!(app.screens.compare.row, k);
    }
    update(&mut app, Action::StepDiscrepancy(1));
    assert!(app.message.is_some(), "says there is no further one");
    update(&mut app, Action::StepDiscrepancy(-1));
    assert!(flagged.contains(&app.screens.compare.row));
    assert!(flagged.contains(&origin));
}

/// Press TV beside The Jerusalem Post: long stretches only one of them tells.
fn press_tv_and_jpost(w: u16, h: u16) -> App {
    let mut app = after(w, h, &[Action::Jump(3), Action::Compare]);
    let c = &app.screens.compare;
    assert_eq!((c.left, c.right), (2, 3));
    app.analysis.wait();
    app.refresh();
    app
}

#[test]
fn runs_of_only_in_rows_fold_into_one_and_enter_unfolds_them() {
    use newsbrief::tui::screens::compare::Fold;
    let mut app = press_tv_and_jpost(120, 40);
    let l = app.screens.compare.layout.clone().unwrap();
    let run = l
        .runs
        .first()
        .expect("a run of rows one outlet alone tells")
        .clone();
    assert!(run.len >= 2);
    assert_eq!(l.rows[run.start].fold, Fold::Head);
    assert!(
        l.rows[run.start + 1..run.start + run.len]
            .iter()
            .all(|r| r.fold == Fold::Hidden)
    );
    let teller = app.brief.articles[l.key.0[run.side]].outlet.clone();
    let n = l.run_sentences(0);
    let text = buffer_text(&render_buffer(&app));
    assert!(
        text.contains(&format!("only in {teller}: {n} sentences")),
        "{text}"
    );
    assert!(l.shown.len() < l.rows.len(), "folded rows are not shown");
    // Down and up step over folded rows.
    while app.screens.compare.row != run.start {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Down);
    assert_eq!(
        app.screens.compare.row,
        run.start + run.len,
        "over the folded rows"
    );
    update(&mut app, Action::Up);
    assert_eq!(app.screens.compare.row, run.start);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let l2 = app.screens.compare.layout.clone().unwrap();
    assert_eq!(l2.shown.len(), l.shown.len() + run.len - 1);
    update(&mut app, Action::Down);
    assert_eq!(
        app.screens.compare.row,
        run.start + 1,
        "into the unfolded run"
    );
    let text = buffer_text(&render_buffer(&app));
    assert!(
        !text.contains(&format!("only in {teller}: {n} sentences")),
        "{text}"
    );
    // Enter anywhere in the run folds it again, the cursor on its head.
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.screens.compare.row, run.start);
    assert_eq!(
        app.screens.compare.layout.as_ref().unwrap().shown.len(),
        l.shown.len()
    );
}

#[test]
fn discrepancy_jumps_unfold_the_run_holding_the_row() {
    use newsbrief::tui::screens::compare::Fold;
    let mut app = press_tv_and_jpost(120, 40);
    let l = app.screens.compare.layout.clone().unwrap();
    let flagged = app.screens.compare.flagged().to_vec();
    let hidden = flagged
        .iter()
        .copied()
        .find(|&k| l.rows[k].fold == Fold::Hidden)
        .expect("a flagged row folded away");
    let head = l.runs[l.rows[hidden].run.unwrap()].start;
    // The head of a folded run shows the flag of a row inside it.
    update(&mut app, Action::Top);
    if head != 0 {
        let text = buffer_text(&render_buffer(&app));
        assert!(text.contains("│◆"), "{text}");
    }
    while app.screens.compare.row < hidden {
        let before = app.screens.compare.row;
        update(&mut app, Action::StepDiscrepancy(1));
        assert!(app.screens.compare.row > before, "moves on");
    }
    assert_eq!(app.screens.compare.row, hidden);
    let l2 = app.screens.compare.layout.as_ref().unwrap();
    assert_eq!(l2.rows[hidden].fold, Fold::Open, "the run is unfolded");
    let text = buffer_text(&render_buffer(&app));
    assert!(text.contains("│▌"), "the cursor is drawn on it:\n{text}");
    update(&mut app, Action::StepDiscrepancy(-1));
    if flagged[0] < hidden {
        assert!(app.screens.compare.row < hidden);
    } else {
        assert!(app.message.is_some(), "says there is none before");
    }
}

/// The seed brief compared on a wide screen, the story points found.
fn wide(w: u16, h: u16) -> App {
    let mut app = after(w, h, &[Action::Compare]);
    app.analysis.wait();
    app.refresh();
    app
}

#[test]
fn a_wide_screen_shows_a_third_outlet_aligned_by_story_point() {
    let mut app = wide(200, 60);
    let c = &app.screens.compare;
    assert_eq!((c.left, c.right, c.third), (0, 1, Some(2)));
    assert_eq!(c.panes(), 3);
    let text = buffer_text(&render_buffer(&app));
    for name in ["1/5 The Washington Post", "2/5 Newsmax", "3/5 Press TV"] {
        assert!(text.contains(name), "{name}:\n{text}");
    }
    assert!(text.contains("aligned by story point"), "{text}");
    // A row with sentences of several panes holds one story point.
    let l = app.screens.compare.layout.clone().unwrap();
    let a = app.analysis.get().unwrap();
    let point_of = |art: usize, s: usize| {
        a.coverage
            .rows
            .iter()
            .position(|r| r.cell(art).is_some_and(|c| c.sentences.contains(&s)))
    };
    let mut shared = 0;
    for r in &l.rows {
        let pts: Vec<_> = r
            .sides
            .iter()
            .flatten()
            .map(|s| point_of(s.article, s.sentence))
            .collect();
        if pts.len() >= 2 {
            shared += 1;
            assert!(pts.windows(2).all(|w| w[0] == w[1]), "{pts:?}");
        }
    }
    assert!(shared >= 3, "{shared} shared rows");
    // `)` and `(` step the third pane past the other two; Tab reaches it; a digit sets it.
    ch(&mut app, ')');
    assert_eq!(app.screens.compare.third, Some(3));
    ch(&mut app, '(');
    ch(&mut app, '(');
    assert_eq!(
        app.screens.compare.third,
        Some(4),
        "past the Post and Newsmax"
    );
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(
        app.screens.compare.focus,
        newsbrief::tui::screens::compare::Pane::Third
    );
    ch(&mut app, '4');
    assert_eq!(app.screens.compare.third, Some(3));
    ch(&mut app, '1');
    assert_eq!(
        app.screens.compare.third,
        Some(3),
        "the Post is on the left"
    );
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .contains("already in another pane")
    );
    let text = buffer_text(&render_buffer(&app));
    assert!(text.contains("4/5 The Jerusalem Post"), "{text}");
    // A click in the third pane focuses it.
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    update(&mut app, Action::Click(190, 3));
    assert_eq!(
        app.screens.compare.focus,
        newsbrief::tui::screens::compare::Pane::Third
    );
}

#[test]
fn narrowing_goes_back_to_two_panes_and_widening_brings_the_third_back() {
    use newsbrief::tui::screens::compare::Pane;
    let mut app = wide(200, 60);
    for _ in 0..6 {
        update(&mut app, Action::Down);
    }
    let cursor = |a: &App| {
        let c = &a.screens.compare;
        let l = c.layout.as_ref().unwrap();
        let r = &l.rows[c.row];
        r.sides[0].as_ref().map(|s| s.sentence)
    };
    let before = cursor(&app);
    assert!(before.is_some());
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(app.screens.compare.focus, Pane::Third);
    update(&mut app, Action::Resize(179, 50));
    let c = &app.screens.compare;
    assert_eq!((c.panes(), c.third, c.focus), (2, Some(2), Pane::Right));
    let text = buffer_text(&render_buffer(&app));
    assert!(!text.contains("Press TV"), "{text}");
    // The cursor stayed on the Post's sentence (or the row before it).
    let now = cursor(&app).or_else(|| {
        let c = &app.screens.compare;
        c.rows()[c.row].left.as_ref().map(|s| s.sentence)
    });
    assert!(
        now.is_some_and(|s| s <= before.unwrap()),
        "{now:?} vs {before:?}"
    );
    let k = app.screens.compare.row;
    let left = app.screens.compare.rows()[k].left.clone();
    update(&mut app, Action::Resize(200, 60));
    assert_eq!(app.screens.compare.panes(), 3);
    assert_eq!(app.screens.compare.third, Some(2));
    if let Some(l) = left {
        assert_eq!(
            cursor(&app).map(|s| s <= l.last_sentence),
            Some(true),
            "back on the same sentence"
        );
    }
    // Free mode has two panes, the cursor on the same sentence; back in aligned mode the
    // third returns.
    ch(&mut app, 'h');
    ch(&mut app, 'h');
    while cursor(&app).is_none() {
        update(&mut app, Action::Down);
    }
    let post = cursor(&app).unwrap();
    ch(&mut app, 'm');
    assert_eq!(
        (app.screens.compare.mode, app.screens.compare.panes()),
        (Mode::Free, 2)
    );
    let c = &app.screens.compare;
    let l = c.layout.as_ref().unwrap();
    let s = l.rows[c.current_row().unwrap()].sides[0].as_ref().unwrap();
    assert!(
        s.sentence <= post && post <= s.last_sentence,
        "{post} in {s:?}"
    );
    ch(&mut app, 'm');
    assert_eq!(
        (app.screens.compare.mode, app.screens.compare.panes()),
        (Mode::Aligned, 3)
    );
}

#[test]
fn a_discrepancy_opened_on_a_wide_screen_lands_on_its_row_among_three_panes() {
    let mut a = seed_app(200, 60);
    settle(&mut a);
    jump_to_made_in(&mut a);
    assert_eq!(a.view, View::Compare);
    let c = &a.screens.compare;
    assert_eq!(c.panes(), 3);
    let l = c.layout.as_ref().unwrap();
    let row = &l.rows[c.current_row().unwrap()];
    let said: Vec<String> = row.sides.iter().flatten().map(|s| s.text.clone()).collect();
    assert!(
        said.iter().any(|t| t.contains("made in Iran"))
            && said.iter().any(|t| t.contains("made in Iraq")),
        "{said:?}"
    );
    let text = buffer_text(&render_buffer(&a));
    assert!(text.contains("│▌"), "{text}");
}

#[test]
fn with_three_panes_the_flags_mark_conflicts_between_shown_outlets_and_the_jumps_reach_them() {
    let mut app = wide(200, 60);
    assert_eq!(app.screens.compare.panes(), 3);
    let flagged = app.screens.compare.flagged().to_vec();
    assert!(!flagged.is_empty(), "the made-in row at least");
    let l = app.screens.compare.layout.clone().unwrap();
    for &k in &flagged {
        assert!(
            l.rows[k]
                .sides
                .iter()
                .flatten()
                .any(|s| !s.diffs.is_empty()),
            "row {k} holds marked words"
        );
    }
    update(&mut app, Action::Top);
    let mut reached = Vec::new();
    for _ in 0..flagged.len() + 1 {
        update(&mut app, Action::StepDiscrepancy(1));
        reached.push(app.screens.compare.row);
    }
    reached.dedup();
    let want: Vec<usize> = flagged.iter().copied().filter(|&k| k > 0).collect();
    assert_eq!(
        reached, want,
        "each flagged row in turn, then no further one"
    );
    assert!(app.message.is_some());
}
