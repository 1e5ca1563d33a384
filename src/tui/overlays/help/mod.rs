//! The help overlay: the keys of the screen underneath, generated from its merged keymap, and
//! its own keys to scroll and close it.

pub mod view;

use crate::tui::action::{Action, Overlay};
use crate::tui::app::App;

/// Applies an action while the help is open.
pub fn update(app: &mut App, action: Action) {
    let Some(Overlay::Help { scroll }) = app.overlay else {
        return;
    };
    let page = (app.height as usize).saturating_sub(4).max(1);
    let last = view::line_count(app).saturating_sub(page);
    let s = match action {
        Action::Back | Action::Help => {
            app.overlay = None;
            return;
        }
        Action::Down | Action::Scroll(1..) => scroll + 1,
        Action::Up | Action::Scroll(..=-1) => scroll.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => scroll + page,
        Action::PageUp | Action::HalfPageUp => scroll.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => last,
        _ => scroll,
    };
    // Kept within the text, so a key up after the end moves at once.
    let s = s.min(last);
    app.overlay = Some(Overlay::Help { scroll: s });
}
