//! The compare and discrepancy views on the seed brief: what they mark and how they move.

use newsbrief::brief::default_brief;
use newsbrief::tui::View;
use newsbrief::tui::app::{Action, App, update};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};

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
    let first = newsbrief::tui::screens::discrepancies::view::kind_label(items[0].kind);
    assert!(text.contains(&first), "{text}");
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
