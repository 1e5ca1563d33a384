//! The quote view's own keys.

use crate::tui::action::Action;
use crate::tui::keymap::{Binding, C, K, Key, a, b};

pub const KEYS: &[Binding] = &[
    b(&[Key(K::Enter)], Action::Open, "open the quote in the reader"),
    a(&[C('e')], Action::ShowEntities),
    b(&[Key(K::Esc), C('Q')], Action::Back, "back to the list"),
];

pub const DOCS: &[(Action, &str)] = &[
    (Action::Down, "next quote"),
    (Action::Up, "previous quote"),
    (Action::Top, "first quote"),
    (Action::Bottom, "last quote"),
];
