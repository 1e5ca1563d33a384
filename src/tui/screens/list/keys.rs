//! The list view's own keys; its reader pane takes the reader's reading keys.

use crate::tui::action::Action;
use crate::tui::keymap::{Binding, C, K, Key, a, b};

pub const KEYS: &[Binding] = &[
    b(&[Key(K::Enter)], Action::Open, "open the article full screen"),
    b(
        &[C('o')],
        Action::CycleSort,
        "sort: order / date / outlet / words / quotes",
    ),
    a(&[C('f')], Action::Filter),
];

pub const DOCS: &[(Action, &str)] = &[
    (Action::Down, "next article / next sentence"),
    (Action::Up, "previous article / previous sentence"),
    (Action::Top, "first article / top of the text"),
    (Action::Bottom, "last article / end of the text"),
    (Action::FocusNext, "focus the other pane"),
    (Action::FocusPrev, "focus the other pane"),
    (Action::Back, "dismiss a notice"),
];
