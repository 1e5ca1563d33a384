//! The reader's own keys, and the reading keys it shares with the list view's reader pane.

use crate::tui::action::Action;
use crate::tui::keymap::{Binding, C, Digits, K, Key, a, b};

/// Reading an article, in the reader and in the list view's reader pane.
pub const READING: &[Binding] = &[
    a(&[Digits], Action::Jump(0)),
    a(&[C(']')], Action::NextEntity),
    a(&[C('[')], Action::PrevEntity),
    a(&[C('h')], Action::CycleHighlight),
    a(&[C('b')], Action::ToggleBoilerplate),
    a(&[C('p')], Action::TogglePin),
    a(&[C('u')], Action::MarkUnread),
    a(&[C('c')], Action::Compare),
    a(&[C('d')], Action::Discrepancies),
    a(&[C('e')], Action::ShowEntities),
    a(&[C('Q')], Action::ShowQuotes),
];

pub const KEYS: &[Binding] = &[b(
    &[Key(K::Esc)],
    Action::Back,
    "back to the list (or the entity or quote view)",
)];

pub const DOCS: &[(Action, &str)] = &[
    (Action::Down, "next sentence"),
    (Action::Up, "previous sentence"),
    (Action::Top, "top of the text"),
    (Action::Bottom, "end of the text"),
];
