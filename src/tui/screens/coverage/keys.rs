//! The coverage view's own keys.

use crate::tui::action::Action;
use crate::tui::keymap::{Binding, C, K, Key, b};

pub const KEYS: &[Binding] = &[
    b(
        &[Key(K::Enter)],
        Action::Open,
        "open the story point / the reader at the sentence",
    ),
    b(&[C('s')], Action::CycleSort, "sort: outlets / first / disagreement"),
    b(
        &[C('f')],
        Action::CycleKind,
        "filter: all / one outlet only / all but one / conflicts",
    ),
    b(&[C('h'), Key(K::Left)], Action::PaneLeft, "outlet columns left"),
    b(&[C('l'), Key(K::Right)], Action::PaneRight, "outlet columns right"),
    b(
        &[C('c')],
        Action::Compare,
        "compare the story point's outlets (from the story point)",
    ),
    b(
        &[Key(K::Esc)],
        Action::Back,
        "back (while comparing, q too: stop the comparison)",
    ),
];

pub const DOCS: &[(Action, &str)] = &[
    (Action::Down, "next story point / next outlet"),
    (Action::Up, "previous story point / previous outlet"),
    (Action::Top, "first story point"),
    (Action::Bottom, "last story point"),
];
