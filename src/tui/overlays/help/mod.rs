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
    let s = match action {
        Action::Back | Action::Help => {
            app.overlay = None;
            return;
        }
        Action::Down | Action::Scroll(1..) => scroll + 1,
        Action::Up | Action::Scroll(..=-1) => scroll.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => scroll + 10,
        Action::PageUp | Action::HalfPageUp => scroll.saturating_sub(10),
        Action::Top => 0,
        Action::Bottom => usize::MAX / 2,
        _ => scroll,
    };
    app.overlay = Some(Overlay::Help { scroll: s });
}
