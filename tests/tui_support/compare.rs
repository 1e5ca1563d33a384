//! Shared by the compare view's tests: the seed brief's pairs opened as a user would, and what
//! the screen shows.

use newsbrief::tui::app::{Action, App, View, update};
use newsbrief::tui::buffer_text;
use newsbrief::tui::render_buffer;
use newsbrief::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{ch, key, settle};
use newsbrief::brief::default_brief;

/// Text of screen row `y`.
pub fn row(buf: &Buffer, y: u16) -> String {
    buffer_text(buf)
        .lines()
        .nth(y as usize)
        .unwrap_or("")
        .to_string()
}

/// Opens the discrepancy list and shows the made-in-Iran/Iraq one in the compare view.
pub fn jump_to_made_in(a: &mut App) {
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

/// The app after `steps`, the background comparison waited for after each.
pub fn after(w: u16, h: u16, steps: &[Action]) -> App {
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
pub fn drawn_in(app: &App, style: ratatui::style::Style) -> String {
    let buf = render_buffer(app);
    buf.content()
        .iter()
        .filter(|c| style.fg.is_some() && Some(c.fg) == style.fg)
        .map(|c| c.symbol())
        .collect()
}

/// The compare view after `steps`, on articles `pair`, the comparison done.
fn compared(w: u16, h: u16, steps: &[Action], pair: (usize, usize)) -> App {
    let mut app = after(w, h, steps);
    assert_eq!(app.view, View::Compare);
    let c = &app.screens.compare;
    assert_eq!((c.left, c.right), pair);
    app.analysis.wait();
    app.refresh();
    app
}

/// The Post beside Newsmax, the comparison done.
pub fn post_and_newsmax(w: u16, h: u16) -> App {
    compared(w, h, &[Action::Compare], (0, 1))
}

/// Press TV beside The Jerusalem Post: long stretches only one of them tells.
pub fn press_tv_and_jpost(w: u16, h: u16) -> App {
    compared(w, h, &[Action::Jump(3), Action::Compare], (2, 3))
}

/// The seed brief compared on a wide screen, the story points found.
pub fn wide(w: u16, h: u16) -> App {
    let mut app = after(w, h, &[Action::Compare]);
    app.analysis.wait();
    app.refresh();
    app
}
