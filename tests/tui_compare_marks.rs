//! What the compare view and the discrepancy list mark: the differing words, sentences side by
//! side, the flagged rows and the discrepancies they lead to.

mod tui_support;

use newsbrief::brief::default_brief;
use newsbrief::tui::app::{Action, App, View, update};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::{Color, Modifier};
use tui_support::compare::*;
use tui_support::*;

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
