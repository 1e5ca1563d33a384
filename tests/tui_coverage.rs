//! The coverage view on the seed brief: outlet columns by width, marks, notes, sort and filter,
//! sideways scrolling, the story point in detail and the ways out of it.

use newsbrief::brief::default_brief;
use newsbrief::tui::View;
use newsbrief::tui::app::{Action, App, update};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};

const OUTLETS: [&str; 5] = [
    "The Washington Post",
    "Newsmax",
    "Press TV",
    "The Jerusalem Post",
    "Arkansas Democrat-Gazette",
];

/// The coverage view opened from the list, the comparison waited for, then `steps`.
fn coverage(w: u16, h: u16, steps: &[Action]) -> (App, String) {
    let mut app = App::new(default_brief(), Theme::default_theme(), w, h);
    update(&mut app, Action::ShowCoverage);
    assert_eq!(app.view, View::Coverage);
    assert!(app.analysis.wait().is_some());
    app.refresh();
    for a in steps {
        update(&mut app, *a);
    }
    let text = buffer_text(&render_buffer(&app));
    (app, text)
}

fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{text}"))
}

#[test]
fn wide_screen_shows_every_outlet_by_name_and_the_conflict() {
    let (_, text) = coverage(200, 60, &[]);
    let header = text.lines().nth(1).unwrap();
    for o in OUTLETS {
        assert!(header.contains(o), "{o} missing from {header}");
    }
    // The drone's origin: the Post says Iran, Newsmax Iraq.
    let row = line_with(&text, "preliminary analysis");
    assert!(row.contains("conflict: place"), "{row}");
    let marks: Vec<&str> = row
        .split_whitespace()
        .filter(|w| ["●", "◆", "·"].contains(w))
        .collect();
    assert_eq!(marks, ["●", "◆", "·", "·", "·"], "{row}");
    assert!(text.contains("only The Washington Post"));
}

#[test]
fn narrow_screen_uses_short_names_and_keeps_the_marks() {
    let (_, text) = coverage(80, 24, &[]);
    let header = text.lines().nth(1).unwrap();
    for short in ["WP", "PTV", "JP", "ADG"] {
        assert!(header.contains(short), "{short} missing from {header}");
    }
    assert!(!header.contains("Washington"), "{header}");
    assert!(!text.contains("conflict:"), "no note column at 80 columns");
    let row = line_with(&text, "The drone’s remains");
    assert!(row.contains('◆'), "{row}");
    for l in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(l) <= 80, "{l}");
    }
}

#[test]
fn columns_scroll_sideways_when_they_do_not_fit() {
    let (app, text) = coverage(44, 20, &[]);
    assert!(text.contains("outlets 1–"), "{text}");
    let first = app.screens.coverage.col;
    let (_, right) = coverage(44, 20, &[Action::PaneRight, Action::PaneRight]);
    assert_eq!(first, 0);
    assert!(right.contains("outlets 3–"), "{right}");
}

#[test]
fn filters_keep_the_rows_they_name() {
    // One outlet only: both Press TV's and the Democrat-Gazette's own rows are there.
    let (app, _) = coverage(200, 60, &[Action::CycleKind]);
    let s = &app.screens.coverage;
    let cov = &app.analysis.get().unwrap().coverage;
    assert!(!s.rows().is_empty());
    assert!(s.rows().iter().all(|&i| cov.rows[i].tellers() == 1));
    let alone: std::collections::BTreeSet<usize> =
        s.rows().iter().map(|&i| cov.rows[i].first().0).collect();
    assert!(alone.contains(&2) && alone.contains(&4), "{alone:?}");
    let (_, text) = coverage(200, 400, &[Action::CycleKind]);
    assert!(text.contains("only Press TV"));
    assert!(text.contains("only Arkansas Democrat-Gazette"));
    assert!(text.contains("filter: one outlet only"));
    // Conflicts: every row told differently somewhere, the origin row among them.
    let (app, text) = coverage(200, 60, &[Action::CycleKind; 3]);
    let cov = &app.analysis.get().unwrap().coverage;
    let rows = app.screens.coverage.rows();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|&i| cov.rows[i].disagreement() > 0));
    assert!(line_with(&text, "preliminary analysis").contains("conflict: place"));
    // Back to all after the fourth.
    let (app, _) = coverage(200, 60, &[Action::CycleKind; 4]);
    assert_eq!(app.screens.coverage.rows().len(), cov.rows.len());
}

#[test]
fn sorts_order_the_rows() {
    let (app, text) = coverage(200, 60, &[Action::CycleSort, Action::CycleSort]);
    assert!(text.contains("sort: disagreement"));
    let cov = &app.analysis.get().unwrap().coverage;
    let d: Vec<usize> = app
        .screens
        .coverage
        .rows()
        .iter()
        .map(|&i| cov.rows[i].disagreement())
        .collect();
    assert!(d[0] > 0 && d.windows(2).all(|w| w[0] >= w[1]), "{d:?}");
    let (app, _) = coverage(200, 60, &[Action::CycleSort]);
    let first: Vec<(usize, usize)> = app
        .screens
        .coverage
        .rows()
        .iter()
        .map(|&i| cov.rows[i].first())
        .collect();
    assert!(first.windows(2).all(|w| w[0] <= w[1]));
}

/// Steps that put the cursor on the origin row (the conflicts filter, then down to it).
fn to_origin_row(app: &mut App) {
    update(app, Action::CycleKind);
    update(app, Action::CycleKind);
    update(app, Action::CycleKind);
    for _ in 0..40 {
        let row = newsbrief::tui::screens::coverage::current(app).unwrap();
        if row.headline(&app.brief).contains("preliminary analysis") {
            return;
        }
        update(app, Action::Down);
    }
    panic!("origin row not found");
}

#[test]
fn the_story_point_stacks_every_outlet_and_opens_compare_and_reader() {
    for (w, h) in [(200, 60), (80, 24)] {
        let (mut app, _) = coverage(w, h, &[]);
        to_origin_row(&mut app);
        update(&mut app, Action::Open);
        let text = buffer_text(&render_buffer(&app));
        assert!(text.contains("Story point"), "{text}");
        assert!(text.contains("The Washington Post"));
        assert!(text.contains("Newsmax"));
        assert!(text.contains("tells it differently: place"), "{text}");
        assert!(text.contains("not told"), "{text}");
        // The differing words carry the diff style.
        let buf = render_buffer(&app);
        let diff = app.theme.diff;
        let marked: String = buf
            .content()
            .iter()
            .filter(|c| diff.fg.is_some() && c.fg == diff.fg.unwrap())
            .map(|c| c.symbol())
            .collect();
        assert!(
            marked.contains("Iran") && marked.contains("Iraq"),
            "{marked}"
        );
        // c: the compare view on the Post and Newsmax.
        let mut cmp = app.clone();
        update(&mut cmp, Action::Compare);
        assert_eq!(cmp.view, View::Compare);
        let c = &cmp.screens.compare;
        assert_eq!((c.left, c.right), (0, 1));
        // Down to Newsmax, Enter: the reader at its sentence.
        update(&mut app, Action::Down);
        update(&mut app, Action::Open);
        assert_eq!((app.view, app.selected), (View::Reader, 1));
        let s = app.reader().cursor.unwrap();
        let art = &app.brief.articles[1];
        let x = &art.sentences[s];
        assert!(art.slice(x.start, x.end).contains("Iraq"));
        update(&mut app, Action::Back);
        assert_eq!(app.view, View::Coverage);
    }
}

#[test]
fn esc_closes_the_story_point_then_the_view() {
    let (mut app, _) = coverage(80, 24, &[Action::Open]);
    assert!(app.screens.coverage.detail.is_some());
    update(&mut app, Action::Back);
    assert!(app.screens.coverage.detail.is_none());
    assert_eq!(app.view, View::Coverage);
    update(&mut app, Action::Back);
    assert_eq!(app.view, View::List);
}

#[test]
fn tiny_screens_do_not_panic() {
    for (w, h) in [(1, 1), (3, 3), (20, 5), (40, 10)] {
        let (_, text) = coverage(w, h, &[Action::Open]);
        assert!(!text.is_empty());
    }
}
