//! The pins list's own keys.

use crate::tui::action::Action;
use crate::tui::keymap::{Binding, C, K, Key, a, b};

pub const KEYS: &[Binding] = &[
    b(&[Key(K::Enter)], Action::Open, "open the pin in the reader"),
    a(&[C('d')], Action::Unpin),
    b(&[Key(K::Esc), C('P')], Action::Back, "back to the list"),
];

pub const DOCS: &[(Action, &str)] = &[
    (Action::Down, "next pin"),
    (Action::Up, "previous pin"),
    (Action::Top, "first pin"),
    (Action::Bottom, "last pin"),
];
