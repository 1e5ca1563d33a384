//! Keys to actions: one table per view (and per overlay). The help overlay is generated from the
//! same tables, so it always lists exactly the keys that work.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{Action, App, Overlay, View};
use super::search::Edit;

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

const fn b(keys: &'static [Pat], action: Action, help: &'static str) -> Binding {
    Binding { keys, action, help }
}

use KeyCode as K;
use Pat::{Char as C, Ctrl, Digits, Key};

/// Keys kept for views still to come. No table may bind them to anything else.
pub const RESERVED: &[char] = &[];

/// The list view: article list and reader side by side.
pub const LIST: &[Binding] = &[
    b(
        &[C('j'), Key(K::Down)],
        Action::Down,
        "next article / next sentence",
    ),
    b(
        &[C('k'), Key(K::Up)],
        Action::Up,
        "previous article / previous sentence",
    ),
    b(
        &[C('g'), Key(K::Home)],
        Action::Top,
        "first article / top of the text",
    ),
    b(
        &[C('G'), Key(K::End)],
        Action::Bottom,
        "last article / end of the text",
    ),
    b(&[Ctrl('d')], Action::HalfPageDown, "half a page down"),
    b(&[Ctrl('u')], Action::HalfPageUp, "half a page up"),
    b(&[Key(K::PageDown), C(' ')], Action::PageDown, "page down"),
    b(&[Key(K::PageUp)], Action::PageUp, "page up"),
    b(
        &[Key(K::Tab), Key(K::BackTab)],
        Action::FocusNext,
        "focus the other pane",
    ),
    b(
        &[Key(K::Enter)],
        Action::Open,
        "open the article full screen",
    ),
    b(&[Digits], Action::Jump(0), "show article N"),
    b(&[C(']')], Action::NextEntity, "next entity in the sentence"),
    b(
        &[C('[')],
        Action::PrevEntity,
        "previous entity in the sentence",
    ),
    b(
        &[C('h')],
        Action::CycleHighlight,
        "highlight: all / entity / off",
    ),
    b(
        &[C('b')],
        Action::ToggleBoilerplate,
        "hide or show boilerplate",
    ),
    b(&[C('c')], Action::Compare, "compare with the next article"),
    b(
        &[C('d')],
        Action::Discrepancies,
        "where the outlets disagree",
    ),
    b(
        &[C('e')],
        Action::ShowEntities,
        "entities: who is named where",
    ),
    b(
        &[C('Q')],
        Action::ShowQuotes,
        "quotes: grouped across outlets",
    ),
    SEARCH_OPEN,
    SEARCH_NEXT,
    SEARCH_PREV,
    b(
        &[C('p')],
        Action::TogglePin,
        "pin or unpin the quote or claim of this sentence",
    ),
    b(&[C('?')], Action::Help, "this help"),
    b(&[C('q'), Ctrl('c')], Action::Quit, "quit"),
];

/// The reader view: one article, full screen.
pub const READER: &[Binding] = &[
    b(&[C('j'), Key(K::Down)], Action::Down, "next sentence"),
    b(&[C('k'), Key(K::Up)], Action::Up, "previous sentence"),
    b(&[C('g'), Key(K::Home)], Action::Top, "top of the text"),
    b(&[C('G'), Key(K::End)], Action::Bottom, "end of the text"),
    b(&[Ctrl('d')], Action::HalfPageDown, "half a page down"),
    b(&[Ctrl('u')], Action::HalfPageUp, "half a page up"),
    b(&[Key(K::PageDown), C(' ')], Action::PageDown, "page down"),
    b(&[Key(K::PageUp)], Action::PageUp, "page up"),
    b(&[Digits], Action::Jump(0), "show article N"),
    b(&[C(']')], Action::NextEntity, "next entity in the sentence"),
    b(
        &[C('[')],
        Action::PrevEntity,
        "previous entity in the sentence",
    ),
    b(
        &[C('h')],
        Action::CycleHighlight,
        "highlight: all / entity / off",
    ),
    b(
        &[C('b')],
        Action::ToggleBoilerplate,
        "hide or show boilerplate",
    ),
    b(
        &[C('p')],
        Action::TogglePin,
        "pin or unpin the quote or claim of this sentence",
    ),
    b(&[C('c')], Action::Compare, "compare with the next article"),
    b(
        &[C('d')],
        Action::Discrepancies,
        "where the outlets disagree",
    ),
    b(
        &[C('e')],
        Action::ShowEntities,
        "entities: who is named where",
    ),
    b(
        &[C('Q')],
        Action::ShowQuotes,
        "quotes: grouped across outlets",
    ),
    SEARCH_OPEN,
    SEARCH_NEXT,
    SEARCH_PREV,
    b(
        &[Key(K::Esc)],
        Action::Back,
        "back to the list (or the entity or quote view)",
    ),
    b(&[C('?')], Action::Help, "this help"),
    b(&[C('q'), Ctrl('c')], Action::Quit, "quit"),
];

/// The entity view: the table of entities and the mentions of the selected one.
pub const ENTITIES: &[Binding] = &[
    b(
        &[C('j'), Key(K::Down)],
        Action::Down,
        "next entity / next mention",
    ),
    b(
        &[C('k'), Key(K::Up)],
        Action::Up,
        "previous entity / previous mention",
    ),
    b(&[C('g'), Key(K::Home)], Action::Top, "first row"),
    b(&[C('G'), Key(K::End)], Action::Bottom, "last row"),
    b(
        &[Ctrl('d'), Key(K::PageDown), C(' ')],
        Action::PageDown,
        "page down",
    ),
    b(&[Ctrl('u'), Key(K::PageUp)], Action::PageUp, "page up"),
    b(
        &[Key(K::Tab), Key(K::BackTab)],
        Action::FocusNext,
        "table or mentions",
    ),
    b(
        &[Key(K::Enter)],
        Action::Open,
        "table: show the mentions; mention: open it in the reader",
    ),
    b(&[C('s')], Action::CycleSort, "sort: total / name / kind"),
    b(
        &[C('f')],
        Action::CycleKind,
        "kind: all / person / organization / place / other",
    ),
    b(
        &[C('h')],
        Action::HighlightEntity,
        "read with only this entity highlighted",
    ),
    b(
        &[C('Q')],
        Action::ShowQuotes,
        "quotes: grouped across outlets",
    ),
    b(
        &[Key(K::Esc), C('e')],
        Action::Back,
        "back (mentions to table, table to the list)",
    ),
    SEARCH_OPEN,
    SEARCH_NEXT,
    SEARCH_PREV,
    b(&[C('?')], Action::Help, "this help"),
    b(&[C('q'), Ctrl('c')], Action::Quit, "quit"),
];

/// The quote view: every quote, the shared ones grouped.
pub const QUOTES: &[Binding] = &[
    b(&[C('j'), Key(K::Down)], Action::Down, "next quote"),
    b(&[C('k'), Key(K::Up)], Action::Up, "previous quote"),
    b(&[C('g'), Key(K::Home)], Action::Top, "first quote"),
    b(&[C('G'), Key(K::End)], Action::Bottom, "last quote"),
    b(
        &[Ctrl('d'), Key(K::PageDown), C(' ')],
        Action::PageDown,
        "page down",
    ),
    b(&[Ctrl('u'), Key(K::PageUp)], Action::PageUp, "page up"),
    b(
        &[Key(K::Enter)],
        Action::Open,
        "open the quote in the reader",
    ),
    b(
        &[C('e')],
        Action::ShowEntities,
        "entities: who is named where",
    ),
    b(&[Key(K::Esc), C('Q')], Action::Back, "back to the list"),
    SEARCH_OPEN,
    SEARCH_NEXT,
    SEARCH_PREV,
    b(&[C('?')], Action::Help, "this help"),
    b(&[C('q'), Ctrl('c')], Action::Quit, "quit"),
];

/// The compare view: two articles side by side.
pub const COMPARE: &[Binding] = &[
    b(
        &[C('j'), Key(K::Down)],
        Action::Down,
        "next row / next sentence",
    ),
    b(
        &[C('k'), Key(K::Up)],
        Action::Up,
        "previous row / previous sentence",
    ),
    b(&[C('g'), Key(K::Home)], Action::Top, "first row"),
    b(&[C('G'), Key(K::End)], Action::Bottom, "last row"),
    b(&[Ctrl('d')], Action::HalfPageDown, "half a page down"),
    b(&[Ctrl('u')], Action::HalfPageUp, "half a page up"),
    b(&[Key(K::PageDown), C(' ')], Action::PageDown, "page down"),
    b(&[Key(K::PageUp)], Action::PageUp, "page up"),
    b(
        &[Key(K::Tab), Key(K::BackTab)],
        Action::FocusNext,
        "focus the other pane",
    ),
    b(
        &[C('h'), Key(K::Left)],
        Action::PaneLeft,
        "focus the left pane",
    ),
    b(
        &[C('l'), Key(K::Right)],
        Action::PaneRight,
        "focus the right pane",
    ),
    b(&[C(']')], Action::LeftOutlet(1), "next outlet on the left"),
    b(
        &[C('[')],
        Action::LeftOutlet(-1),
        "previous outlet on the left",
    ),
    b(
        &[C('}')],
        Action::RightOutlet(1),
        "next outlet on the right",
    ),
    b(
        &[C('{')],
        Action::RightOutlet(-1),
        "previous outlet on the right",
    ),
    b(&[Digits], Action::Jump(0), "article N in the focused pane"),
    b(&[C('s')], Action::Swap, "swap left and right"),
    b(
        &[C('m')],
        Action::ToggleMode,
        "mode: aligned rows / free scrolling",
    ),
    b(
        &[C('d')],
        Action::Discrepancies,
        "where the outlets disagree",
    ),
    b(&[Key(K::Esc)], Action::Back, "back"),
    SEARCH_OPEN,
    SEARCH_NEXT,
    SEARCH_PREV,
    b(&[C('?')], Action::Help, "this help"),
    b(&[C('q'), Ctrl('c')], Action::Quit, "quit"),
];

/// The discrepancy list.
pub const DISCREPANCIES: &[Binding] = &[
    b(&[C('j'), Key(K::Down)], Action::Down, "next discrepancy"),
    b(&[C('k'), Key(K::Up)], Action::Up, "previous discrepancy"),
    b(&[C('g'), Key(K::Home)], Action::Top, "first discrepancy"),
    b(&[C('G'), Key(K::End)], Action::Bottom, "last discrepancy"),
    b(&[Key(K::PageDown), C(' ')], Action::PageDown, "page down"),
    b(&[Key(K::PageUp)], Action::PageUp, "page up"),
    b(
        &[Key(K::Enter)],
        Action::Open,
        "show the two sentences side by side",
    ),
    b(&[Key(K::Esc)], Action::Back, "back"),
    SEARCH_OPEN,
    SEARCH_NEXT,
    SEARCH_PREV,
    b(&[C('?')], Action::Help, "this help"),
    b(&[C('q'), Ctrl('c')], Action::Quit, "quit"),
];

/// The search keys, the same in every view: `/` opens the popup wherever the reader is.
const SEARCH_OPEN: Binding = b(
    &[C('/')],
    Action::Search,
    "search quotes, claims and entities",
);
const SEARCH_NEXT: Binding = b(&[C('n')], Action::SearchNext, "next search result");
const SEARCH_PREV: Binding = b(&[C('N')], Action::SearchPrev, "previous search result");

/// The help overlay.
pub const HELP: &[Binding] = &[
    b(&[C('j'), Key(K::Down)], Action::Down, "down"),
    b(&[C('k'), Key(K::Up)], Action::Up, "up"),
    b(&[Key(K::Esc), C('?')], Action::Back, "close"),
    b(&[C('q'), Ctrl('c')], Action::Quit, "quit"),
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

/// The table of a view.
pub fn view_table(view: View) -> &'static [Binding] {
    match view {
        View::List => LIST,
        View::Reader => READER,
        View::Entities => ENTITIES,
        View::Quotes => QUOTES,
        View::Compare => COMPARE,
        View::Discrepancies => DISCREPANCIES,
    }
}

/// The table that receives keys now.
pub fn active_table(app: &App) -> &'static [Binding] {
    match app.overlay {
        Some(Overlay::Help { .. }) => HELP,
        Some(Overlay::Search) => SEARCH,
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
        assert_eq!(lookup(LIST, &key(K::Char('j'), n)), Some(Action::Down));
        assert_eq!(lookup(LIST, &key(K::Down, n)), Some(Action::Down));
        assert_eq!(
            lookup(LIST, &key(K::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            lookup(LIST, &key(K::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            lookup(LIST, &key(K::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(lookup(LIST, &key(K::Char('3'), n)), Some(Action::Jump(3)));
        assert_eq!(lookup(LIST, &key(K::Char('0'), n)), None);
        assert_eq!(lookup(LIST, &key(K::Char('c'), n)), Some(Action::Compare));
        assert_eq!(
            lookup(LIST, &key(K::BackTab, KeyModifiers::SHIFT)),
            Some(Action::FocusNext)
        );
        assert_eq!(lookup(HELP, &key(K::Esc, n)), Some(Action::Back));
    }

    #[test]
    fn reserved_keys_stay_free() {
        for t in [
            LIST,
            READER,
            ENTITIES,
            QUOTES,
            COMPARE,
            DISCREPANCIES,
            HELP,
            SEARCH,
        ] {
            for bnd in t {
                for p in bnd.keys {
                    if let Pat::Char(c) = p {
                        assert!(!RESERVED.contains(c), "{c} is reserved");
                    }
                }
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_table() {
        for t in [
            LIST,
            READER,
            ENTITIES,
            QUOTES,
            COMPARE,
            DISCREPANCIES,
            HELP,
            SEARCH,
        ] {
            let mut seen = std::collections::HashSet::new();
            for bnd in t {
                for p in bnd.keys {
                    assert!(seen.insert(p.label()), "{} twice", p.label());
                }
            }
        }
    }
}
