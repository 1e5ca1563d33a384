//! The discrepancy list's own keys.

use crate::tui::action::Action;
use crate::tui::keymap::{Binding, K, Key, b};

pub const KEYS: &[Binding] = &[
    b(
        &[Key(K::Enter)],
        Action::Open,
        "show the two sentences side by side",
    ),
    b(
        &[Key(K::Esc)],
        Action::Back,
        "back (while comparing, q too: stop the comparison)",
    ),
];

pub const DOCS: &[(Action, &str)] = &[
    (Action::Down, "next discrepancy"),
    (Action::Up, "previous discrepancy"),
    (Action::Top, "first discrepancy"),
    (Action::Bottom, "last discrepancy"),
];
