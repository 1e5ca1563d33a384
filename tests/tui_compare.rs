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
