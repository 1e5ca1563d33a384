//! The entity view's own keys.

use crate::tui::action::Action;
use crate::tui::keymap::{Binding, C, K, Key, a, b};

pub const KEYS: &[Binding] = &[
    b(
        &[Key(K::Enter)],
        Action::Open,
        "table: show the mentions; mention: open it in the reader",
    ),
    a(&[C('s')], Action::CycleSort),
    a(&[C('f')], Action::CycleKind),
    b(
        &[C('b')],
        Action::ToggleBoilerplate,
        "count names in captions, photo credits and bylines too, or not",
    ),
    a(&[C('h')], Action::HighlightEntity),
    a(&[C('Q')], Action::ShowQuotes),
    a(&[Key(K::Left)], Action::PaneLeft),
    a(&[Key(K::Right)], Action::PaneRight),
    b(
        &[Key(K::Esc), C('e')],
        Action::Back,
        "back (mentions to table, table to the list)",
    ),
];

pub const DOCS: &[(Action, &str)] = &[
    (Action::Down, "next entity / next mention"),
    (Action::Up, "previous entity / previous mention"),
    (Action::Top, "first row"),
    (Action::Bottom, "last row"),
    (Action::FocusNext, "table or mentions"),
    (Action::FocusPrev, "table or mentions"),
    (Action::PaneLeft, "article columns left"),
    (Action::PaneRight, "article columns right"),
];
