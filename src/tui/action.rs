//! What the user can ask of the app ([`Action`]) and the focus and overlays it moves between:
//! the vocabulary shared by the keymap, `update` and the screens.

use super::overlays::search::Edit;
pub use super::screens::View;

/// Which pane of the list view receives movement keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Reader,
}

/// A window drawn over the current view; it takes the keys while open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    /// The search popup; its state is [`crate::tui::app::App::search`].
    Search,
    /// The article list's filter being typed (its text is the list's state).
    Filter,
    /// The path prompt of `O`; its state is [`crate::tui::app::App::open_prompt`].
    Open,
}

/// How much of the entity highlighting is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    /// Every mention, quotes too.
    All,
    /// Only the mentions of the entity under the cursor.
    Entity,
    Off,
}

impl Highlight {
    /// Name shown in the status line.
    pub fn label(self) -> &'static str {
        match self {
            Highlight::All => "all",
            Highlight::Entity => "entity",
            Highlight::Off => "off",
        }
    }
}

/// Something the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Up,
    Down,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    FocusNext,
    FocusPrev,
    Open,
    Back,
    /// Select article N (1-based).
    Jump(u8),
    Help,
    ToggleBoilerplate,
    CycleHighlight,
    NextEntity,
    PrevEntity,
    /// Scroll the pane under the pointer by lines (mouse wheel).
    Scroll(i16),
    /// A click at a screen position.
    Click(u16, u16),
    Resize(u16, u16),
    /// Open the entity view.
    ShowEntities,
    /// Open the quote view.
    ShowQuotes,
    /// Entity view: next sort order.
    CycleSort,
    /// Entity view: next kind filter.
    CycleKind,
    /// Entity view: highlight only the selected entity in the reader.
    HighlightEntity,
    /// Open the search popup.
    Search,
    /// Open the next / previous result of the last search.
    SearchNext,
    SearchPrev,
    /// Edit the search query.
    Input(Edit),
    /// Open the compare view on the selected article and the next.
    Compare,
    /// Open the list of discrepancies.
    Discrepancies,
    /// Show the previous (-1) or next (1) article in the left pane.
    LeftOutlet(i8),
    /// Show the previous (-1) or next (1) article in the right pane.
    RightOutlet(i8),
    /// Show the previous (-1) or next (1) article in the third pane (on a wide screen).
    ThirdOutlet(i8),
    /// Exchange the left and right articles.
    Swap,
    /// Aligned or free scrolling of the compare panes.
    ToggleMode,
    PaneLeft,
    PaneRight,
    /// Pin or unpin the quote or claim of the current sentence.
    TogglePin,
    /// Article list: type a filter on the outlet or headline.
    Filter,
    /// Open the pins list.
    ShowPins,
    /// Pins list: unpin the selected pin.
    Unpin,
    /// Copy the quote, claim, sentence or compare row under the cursor to the clipboard.
    Copy,
    /// Take the read mark off the selected article.
    MarkUnread,
    /// Stop the app as the shell's job control does (Ctrl-Z); `fg` brings it back redrawn.
    Suspend,
    /// Give the mouse to the terminal (to select text) or take it back.
    ToggleMouse,
    /// Open the coverage view.
    ShowCoverage,
    /// Compare view: the next (1) or previous (-1) row holding a discrepancy.
    StepDiscrepancy(i8),
    /// Open another brief (a path prompt).
    OpenBrief,
    /// Path prompt: complete the path (1), or step back through the candidates (-1).
    Complete(i8),
}

impl Action {
    /// What the action does, in one line: the help shows it for every key bound to the action
    /// unless the screen words it for itself (see [`super::screens::Screen::docs`]).
    pub const fn doc(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Up => "up",
            Action::Down => "down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrev => "focus the previous pane",
            Action::Open => "open",
            Action::Back => "back",
            Action::Jump(_) => "show article N",
            Action::Help => "this help",
            Action::ToggleBoilerplate => "hide or show boilerplate",
            Action::CycleHighlight => "highlight: all / entity / off",
            Action::NextEntity => "next entity in the sentence",
            Action::PrevEntity => "previous entity in the sentence",
            Action::Scroll(_) => "scroll",
            Action::Click(..) => "pick",
            Action::Resize(..) => "resize",
            Action::ShowEntities => "entities: who is named where",
            Action::ShowQuotes => "quotes: grouped across outlets",
            Action::CycleSort => "sort: total / name / kind",
            Action::CycleKind => "kind: all / person / organization / place / other",
            Action::HighlightEntity => "read with only this entity highlighted",
            Action::Search => "search quotes, claims and entities",
            Action::SearchNext => "next search result",
            Action::SearchPrev => "previous search result",
            Action::Input(_) => "edit the query",
            Action::Compare => "compare with the next article",
            Action::Discrepancies => "where the outlets disagree",
            Action::LeftOutlet(1..) => "next outlet on the left",
            Action::LeftOutlet(_) => "previous outlet on the left",
            Action::RightOutlet(1..) => "next outlet on the right",
            Action::RightOutlet(_) => "previous outlet on the right",
            Action::ThirdOutlet(1..) => "next outlet in the third pane (180+ columns)",
            Action::ThirdOutlet(_) => "previous outlet in the third pane",
            Action::Swap => "swap left and right",
            Action::ToggleMode => "mode: aligned rows / free scrolling",
            Action::PaneLeft => "focus the left pane",
            Action::PaneRight => "focus the right pane",
            Action::TogglePin => "pin or unpin the quote or claim of this sentence",
            Action::Filter => "filter by outlet or headline (Enter keeps, Esc clears)",
            Action::ShowPins => "pins: every pinned quote and claim",
            Action::Unpin => "unpin",
            Action::Copy => "copy the quote, claim, sentence or compare row (OSC 52)",
            Action::MarkUnread => "mark the article unread",
            Action::Suspend => "suspend (fg resumes)",
            Action::ToggleMouse => "mouse: the app's / the terminal's (select text)",
            Action::ShowCoverage => "coverage: who tells each story point",
            Action::StepDiscrepancy(1..) => "next row holding a discrepancy",
            Action::StepDiscrepancy(_) => "previous row holding a discrepancy",
            Action::OpenBrief => "open another brief (a path; Tab completes)",
            Action::Complete(1..) => "complete the path; again: the next candidate",
            Action::Complete(_) => "the previous candidate",
        }
    }
}
