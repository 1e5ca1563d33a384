//! Keys to actions. A base table (moving, searching, help, quit) is merged into each screen's
//! own rows (its [`Screen::keys`]): a screen's row shadows the base row of the same key, and a
//! screen may word a base action for itself ([`Screen::docs`]). The help overlay is generated
//! from the merged tables, so it always lists exactly the keys that work.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use std::sync::LazyLock;

use super::app::{Action, App, Overlay, View};
use super::overlays::search::Edit;
use super::screens::Screen;

/// One key pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pat {
    /// A printable character, typed with or without Shift.
    Char(char),
    /// Ctrl and a letter.
    Ctrl(char),
    Key(KeyCode),
    /// Any of 1–9; the action receives the digit.
    Digits,
}

impl Pat {
    /// How the key is written in the help.
    pub fn label(self) -> String {
        match self {
            Pat::Char(' ') => "Space".into(),
            Pat::Char(c) => c.to_string(),
            Pat::Ctrl(c) => format!("Ctrl-{c}"),
            Pat::Digits => "1-9".into(),
            Pat::Key(k) => match k {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Esc => "Esc".into(),
                other => format!("{other:?}"),
            },
        }
    }

    /// Some(0) on a match, Some(d) for a digit d matched by [`Pat::Digits`].
    fn matches(self, k: &KeyEvent) -> Option<u8> {
        let ctrl_alt = k
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match (self, k.code) {
            (Pat::Char(c), KeyCode::Char(x)) if x == c && !ctrl_alt => Some(0),
            (Pat::Ctrl(c), KeyCode::Char(x))
                if x.eq_ignore_ascii_case(&c) && k.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                Some(0)
            }
            (Pat::Digits, KeyCode::Char(d @ '1'..='9')) if !ctrl_alt => Some(d as u8 - b'0'),
            (Pat::Key(c), code) if c == code && !ctrl_alt => Some(0),
            _ => None,
        }
    }
}

/// A row of a keymap: keys, what they do, and the help text.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Pat],
    pub action: Action,
    pub help: &'static str,
}

/// A row with its own help text.
pub const fn b(keys: &'static [Pat], action: Action, help: &'static str) -> Binding {
    Binding { keys, action, help }
}

/// A row whose help is the action's own doc (or the screen's wording of it).
pub const fn a(keys: &'static [Pat], action: Action) -> Binding {
    Binding {
        keys,
        action,
        help: action.doc(),
    }
}

pub use Pat::{Char as C, Ctrl, Digits, Key};
pub use ratatui::crossterm::event::KeyCode as K;

/// Keys the terminal gives a meaning of its own (Ctrl-\\ quits with a core dump, Ctrl-s and
/// Ctrl-q stop and restart the output): no table binds them, so a user who reaches for them
/// out of habit never sets off something else. Ctrl-z is bound, to what it means in a shell.
pub const RESERVED: &[Pat] = &[Ctrl('\\'), Ctrl('s'), Ctrl('q')];

/// Moving, the same in every screen unless the screen binds the key to something else.
pub const MOTION: &[Binding] = &[
    a(&[C('j'), Key(K::Down)], Action::Down),
    a(&[C('k'), Key(K::Up)], Action::Up),
    a(&[C('g'), Key(K::Home)], Action::Top),
    a(&[C('G'), Key(K::End)], Action::Bottom),
    a(&[Ctrl('d')], Action::HalfPageDown),
    a(&[Ctrl('u')], Action::HalfPageUp),
    a(&[Key(K::PageDown), C(' ')], Action::PageDown),
    a(&[Key(K::PageUp)], Action::PageUp),
];

/// Search, help and quit: `/` opens the popup wherever the reader is.
pub const GLOBAL: &[Binding] = &[
    a(&[C('/')], Action::Search),
    a(&[C('v')], Action::ShowCoverage),
    a(&[C('n')], Action::SearchNext),
    a(&[C('N')], Action::SearchPrev),
    a(&[C('?')], Action::Help),
    a(&[Key(K::Esc)], Action::Back),
    a(&[C('y')], Action::Copy),
    a(&[C('P')], Action::ShowPins),
    a(&[C('M')], Action::ToggleMouse),
    a(&[C('O')], Action::OpenBrief),
    a(&[Ctrl('z')], Action::Suspend),
    QUIT,
];

const QUIT: Binding = a(&[C('q'), Ctrl('c')], Action::Quit);

/// Moving between the panes of a screen that has two.
pub const FOCUS: &[Binding] = &[
    a(&[Key(K::Tab)], Action::FocusNext),
    a(&[Key(K::BackTab)], Action::FocusPrev),
];

/// Paging in the row tables (entities, quotes), where half a page is not worth its own key.
pub const PAGE_ROWS: &[Binding] = &[
    a(&[Ctrl('d'), Key(K::PageDown), C(' ')], Action::PageDown),
    a(&[Ctrl('u'), Key(K::PageUp)], Action::PageUp),
];

/// The base table merged into a screen's own rows: the base's moves first, then the screen's
/// rows, then search, help and quit.
fn merge(screen: &Screen) -> Vec<Binding> {
    let own: Vec<Binding> = screen.keys.iter().flat_map(|g| g.iter().copied()).collect();
    let taken = |p: &Pat| own.iter().any(|o| o.keys.contains(p));
    let worded = |bnd: &Binding| Binding {
        help: screen
            .docs
            .iter()
            .find(|(a, _)| *a == bnd.action)
            .map_or(bnd.help, |(_, d)| d),
        ..*bnd
    };
    let base = |t: &'static [Binding]| t.iter().filter(move |b| !b.keys.iter().all(taken));
    let rows: Vec<Binding> = base(MOTION)
        .chain(own.iter())
        .chain(base(GLOBAL))
        .map(worded)
        .collect();
    rows
}

/// Every screen's merged table, built once.
static TABLES: LazyLock<Vec<Vec<Binding>>> =
    LazyLock::new(|| View::ALL.iter().map(|v| merge(v.screen())).collect());

/// The help overlay.
pub const HELP: &[Binding] = &[
    b(&[C('j'), Key(K::Down)], Action::Down, "down"),
    b(&[C('k'), Key(K::Up)], Action::Up, "up"),
    b(&[C('g'), Key(K::Home)], Action::Top, "top"),
    b(&[C('G'), Key(K::End)], Action::Bottom, "end"),
    b(
        &[Key(K::PageDown), C(' '), Ctrl('d')],
        Action::PageDown,
        "page down",
    ),
    b(&[Key(K::PageUp), Ctrl('u')], Action::PageUp, "page up"),
    b(&[Key(K::Esc), C('?')], Action::Back, "close"),
    QUIT,
];

/// The search popup. Every other printable key types into the query.
pub const SEARCH: &[Binding] = &[
    b(
        &[Key(K::Down), Ctrl('n'), Key(K::Tab)],
        Action::Down,
        "next result",
    ),
    b(
        &[Key(K::Up), Ctrl('p'), Key(K::BackTab)],
        Action::Up,
        "previous result",
    ),
    b(&[Key(K::PageDown)], Action::PageDown, "ten results down"),
    b(&[Key(K::PageUp)], Action::PageUp, "ten results up"),
    b(
        &[Key(K::Enter)],
        Action::Open,
        "open the result at its sentence",
    ),
    b(
        &[Key(K::Esc)],
        Action::Back,
        "close (n / N step through later)",
    ),
    b(
        &[Key(K::Backspace)],
        Action::Input(Edit::Backspace),
        "delete the char before the cursor",
    ),
    b(
        &[Key(K::Delete)],
        Action::Input(Edit::Delete),
        "delete the char under the cursor",
    ),
    b(&[Ctrl('u')], Action::Input(Edit::Clear), "clear the query"),
    b(
        &[Ctrl('w')],
        Action::Input(Edit::DeleteWord),
        "delete the word before the cursor",
    ),
    b(&[Key(K::Left)], Action::Input(Edit::Left), "cursor left"),
    b(&[Key(K::Right)], Action::Input(Edit::Right), "cursor right"),
    b(
        &[Key(K::Home), Ctrl('a')],
        Action::Input(Edit::Home),
        "cursor to the start",
    ),
    b(
        &[Key(K::End), Ctrl('e')],
        Action::Input(Edit::End),
        "cursor to the end",
    ),
    b(&[Ctrl('c')], Action::Quit, "quit"),
];

/// Typing the article list's filter. Every other printable key types into it.
pub const FILTER: &[Binding] = &[
    b(&[Key(K::Enter)], Action::Open, "keep the filter"),
    b(&[Key(K::Esc)], Action::Back, "clear the filter"),
    b(
        &[Key(K::Backspace)],
        Action::Input(Edit::Backspace),
        "delete the last char",
    ),
    b(&[Ctrl('u')], Action::Input(Edit::Clear), "clear the text"),
    b(&[Ctrl('c')], Action::Quit, "quit"),
];

/// Typing the path of a brief to open (`O`). Every other printable key types into it.
pub const OPEN: &[Binding] = &[
    a(&[Key(K::Tab)], Action::Complete(1)),
    a(&[Key(K::BackTab)], Action::Complete(-1)),
    b(&[Key(K::Enter)], Action::Open, "open the brief"),
    b(&[Key(K::Esc)], Action::Back, "cancel"),
    b(
        &[Key(K::Backspace)],
        Action::Input(Edit::Backspace),
        "delete the last char",
    ),
    b(
        &[Ctrl('w')],
        Action::Input(Edit::DeleteWord),
        "back to the parent directory",
    ),
    b(&[Ctrl('u')], Action::Input(Edit::Clear), "clear the path"),
    b(&[Ctrl('c')], Action::Quit, "quit"),
];

/// The table of a view: the base merged into the screen's own rows.
pub fn view_table(view: View) -> &'static [Binding] {
    &TABLES[view as usize]
}

/// Every table: the screens' and the overlays'.
pub fn all_tables() -> Vec<&'static [Binding]> {
    let mut t: Vec<&'static [Binding]> = View::ALL.iter().map(|v| view_table(*v)).collect();
    t.extend([HELP, SEARCH, FILTER, OPEN]);
    t
}

/// The table that receives keys now.
pub fn active_table(app: &App) -> &'static [Binding] {
    match app.overlay {
        Some(Overlay::Help { .. }) => HELP,
        Some(Overlay::Search) => SEARCH,
        Some(Overlay::Filter) => FILTER,
        Some(Overlay::Open) => OPEN,
        None => view_table(app.view),
    }
}

/// The action a key press triggers in `table`.
pub fn lookup(table: &[Binding], key: &KeyEvent) -> Option<Action> {
    table.iter().find_map(|bnd| {
        bnd.keys
            .iter()
            .find_map(|p| p.matches(key))
            .map(|d| match (bnd.action, d) {
                (Action::Jump(_), d) => Action::Jump(d),
                (a, _) => a,
            })
    })
}

/// The key column of a row in the help.
pub fn keys_label(bnd: &Binding) -> String {
    bnd.keys
        .iter()
        .map(|p| p.label())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn looks_up_keys_with_and_without_modifiers() {
        let n = KeyModifiers::NONE;
        let list = view_table(View::List);
        assert_eq!(lookup(list, &key(K::Char('j'), n)), Some(Action::Down));
        assert_eq!(lookup(list, &key(K::Down, n)), Some(Action::Down));
        assert_eq!(
            lookup(list, &key(K::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            lookup(list, &key(K::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            lookup(list, &key(K::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(lookup(list, &key(K::Char('3'), n)), Some(Action::Jump(3)));
        assert_eq!(lookup(list, &key(K::Char('0'), n)), None);
        assert_eq!(lookup(list, &key(K::Char('c'), n)), Some(Action::Compare));
        assert_eq!(
            lookup(list, &key(K::BackTab, KeyModifiers::SHIFT)),
            Some(Action::FocusPrev)
        );
        assert_eq!(lookup(HELP, &key(K::Esc, n)), Some(Action::Back));
    }

    #[test]
    fn terminal_keys_stay_free_and_ctrl_c_always_quits() {
        for t in all_tables() {
            for bnd in t {
                for p in bnd.keys {
                    assert!(!RESERVED.contains(p), "{} is reserved", p.label());
                    if *p == Ctrl('c') {
                        assert_eq!(bnd.action, Action::Quit, "Ctrl-c must quit");
                    }
                }
            }
            assert!(
                lookup(t, &key(K::Char('c'), KeyModifiers::CONTROL)) == Some(Action::Quit),
                "a table where Ctrl-c does not quit"
            );
            for p in RESERVED {
                if let Pat::Ctrl(c) = p {
                    assert_eq!(lookup(t, &key(K::Char(*c), KeyModifiers::CONTROL)), None);
                }
            }
        }
    }

    #[test]
    fn a_screen_shadows_whole_base_rows() {
        // A base row half shadowed would show in the help with keys that do something else.
        for v in View::ALL {
            let own: Vec<Pat> = v
                .screen()
                .keys
                .iter()
                .flat_map(|g| g.iter().flat_map(|b| b.keys.iter().copied()))
                .collect();
            for bnd in MOTION.iter().chain(GLOBAL) {
                let n = bnd.keys.iter().filter(|p| own.contains(p)).count();
                assert!(n == 0 || n == bnd.keys.len(), "{v:?}: {:?}", bnd.action);
            }
        }
    }

    #[test]
    fn shift_tab_focuses_the_previous_pane() {
        for v in [View::List, View::Entities, View::Compare] {
            let t = view_table(v);
            let n = KeyModifiers::NONE;
            assert_eq!(lookup(t, &key(K::Tab, n)), Some(Action::FocusNext));
            assert_eq!(
                lookup(t, &key(K::BackTab, KeyModifiers::SHIFT)),
                Some(Action::FocusPrev)
            );
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_table() {
        for t in all_tables() {
            let mut seen = std::collections::HashSet::new();
            for bnd in t {
                for p in bnd.keys {
                    assert!(seen.insert(p.label()), "{} twice", p.label());
                }
            }
        }
    }
}
