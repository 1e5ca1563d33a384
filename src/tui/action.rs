//! What the user can ask of the app ([`Action`]) and the screens, focus and overlays it moves
//! between: the vocabulary shared by the keymap, `update` and the views.

use super::search::Edit;

/// A screen of the app. New screens (compare, search, entities) are added here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The article list beside (or above) a reader of the selected article.
    List,
    /// The selected article alone, using the whole screen.
    Reader,
    /// Entities against articles: who is named where, and each mention in context.
    Entities,
    /// Every quote, the same quote carried by several outlets grouped with its differences.
    Quotes,
    /// Two articles side by side, sentence against sentence.
    Compare,
    /// Where the outlets disagree, one line each.
    Discrepancies,
}

impl View {
    /// Name used by `newsbrief render --view` and in the status line.
    pub fn name(self) -> &'static str {
        match self {
            View::List => "list",
            View::Reader => "reader",
            View::Entities => "entities",
            View::Quotes => "quotes",
            View::Compare => "compare",
            View::Discrepancies => "discrepancies",
        }
    }
}

/// Every view `render` can draw, by name.
pub const VIEW_NAMES: &[&str] = &[
    "list",
    "reader",
    "entities",
    "quotes",
    "compare",
    "discrepancies",
    "search",
];

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
    /// The search popup; its state is [`App::search`].
    Search,
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
    /// Exchange the left and right articles.
    Swap,
    /// Aligned or free scrolling of the compare panes.
    ToggleMode,
    PaneLeft,
    PaneRight,
    /// Pin or unpin the quote or claim of the current sentence.
    TogglePin,
}
