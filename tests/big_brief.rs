//! A brief of 10,000 articles opens, lists and scrolls: the list draws only what is visible and
//! start-up work grows with the brief, not with articles times entities.

#[path = "../benches/common/mod.rs"]
mod common;

use newsbrief::tui::app::{Action, App, update};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};

#[test]
fn ten_thousand_articles_open_list_and_scroll() {
    let mut app = App::new(common::big_brief(10_000), Theme::default_theme(), 80, 24);
    let first = buffer_text(&render_buffer(&app));
    assert!(first.contains("Articles (10000)"), "{first}");
    for _ in 0..400 {
        update(&mut app, Action::PageDown);
    }
    update(&mut app, Action::Bottom);
    assert_eq!(app.selected, 9_999);
    let last = buffer_text(&render_buffer(&app));
    assert!(last.contains("9999"), "the last article is listed: {last}");
    update(&mut app, Action::Open);
    update(&mut app, Action::Down);
    let reader = buffer_text(&render_buffer(&app));
    assert!(
        reader.contains("10000/10000") || reader.contains("Arkansas"),
        "{reader}"
    );
}
