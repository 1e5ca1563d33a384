//! The compare view's own keys.

use crate::tui::action::Action;
use crate::tui::keymap::{Binding, C, Digits, K, Key, a, b};

pub const KEYS: &[Binding] = &[
    b(&[C('h'), Key(K::Left)], Action::PaneLeft, "focus the pane to the left"),
    b(&[C('l'), Key(K::Right)], Action::PaneRight, "focus the pane to the right"),
    a(&[C(']')], Action::LeftOutlet(1)),
    a(&[C('[')], Action::LeftOutlet(-1)),
    a(&[C('}')], Action::RightOutlet(1)),
    a(&[C('{')], Action::RightOutlet(-1)),
    a(&[C(')')], Action::ThirdOutlet(1)),
    a(&[C('(')], Action::ThirdOutlet(-1)),
    b(&[Digits], Action::Jump(0), "article N in the focused pane"),
    a(&[C('s')], Action::Swap),
    a(&[C('m')], Action::ToggleMode),
    b(
        &[Key(K::Enter)],
        Action::Open,
        "fold or unfold a run of only-in rows",
    ),
    a(&[C('d')], Action::Discrepancies),
    a(&[C('>')], Action::StepDiscrepancy(1)),
    a(&[C('<')], Action::StepDiscrepancy(-1)),
    a(&[Key(K::Esc)], Action::Back),
];

pub const DOCS: &[(Action, &str)] = &[
    (Action::Down, "next row / next sentence"),
    (Action::Up, "previous row / previous sentence"),
    (Action::Top, "first row"),
    (Action::Bottom, "last row"),
    (Action::FocusNext, "focus the next pane"),
    (Action::FocusPrev, "focus the previous pane"),
];
