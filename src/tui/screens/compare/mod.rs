//! The compare view: which two articles stand side by side, how their sentences line up and
//! where the cursor is. The alignment is computed here, as keys are handled, once per pair (and
//! the feature index once per brief, shared with the discrepancy list), so drawing only reads
//! what is stored.

use std::collections::{HashMap, HashSet};

use crate::analyze::align::FeatureIndex;
use crate::analyze::compare::{Row, compare};
use crate::brief::Brief;

use crate::tui::app::App;
use crate::tui::keymap::FOCUS;
use view::pane_areas;

use super::Screen;
use handle::handle;
use refresh::refresh;

mod handle;
mod keys;
pub(crate) mod layout;
mod motion;
mod open;
mod refresh;
pub mod trio;
pub mod view;

pub const SCREEN: Screen = Screen {
    keys: &[FOCUS, keys::KEYS],
    docs: keys::DOCS,
    handle,
    draw: view::draw,
    refresh,
    status,
    reads: false,
};

pub type State = CompareState;

fn status(app: &App) -> String {
    if app.analysis.features().is_none() {
        return indexing_line(app.brief.articles.len());
    }
    format!("compare {}", app.screens.compare.mode.label())
}

/// What the compare view shows while a big brief's sentence features are built.
pub fn indexing_line(articles: usize) -> String {
    format!("indexing the sentences of {articles} articles…")
}

pub use layout::{CompareLayout, Fold, FreeSide, RowView, Run, SentView, build_layout};
pub(crate) use motion::{
    centre_row, clamp, click_line, keep_row_visible, move_cursor, scroll_by,
    set_free_cursor_to_row, show_rows, sync_free,
};
pub use open::{open, open_pair, prepare, show_sentence};
pub(crate) use open::{set_pair, show_pair_row};

/// How the two panes move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Matched sentences share a row and both panes scroll together.
    #[default]
    Aligned,
    /// Each pane scrolls alone; the counterpart of the current sentence is brought into view.
    Free,
}

impl Mode {
    /// Name shown in the status line and the pane border.
    pub fn label(self) -> &'static str {
        match self {
            Mode::Aligned => "aligned",
            Mode::Free => "free",
        }
    }
}

/// Screens at least this wide show a third pane (in aligned mode, once the story points are
/// found): three panes of 60 columns still hold a readable line each.
pub const TRIO_WIDTH: u16 = 180;

/// One of the panes: left and right, and the third shown on a wide screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    #[default]
    Left,
    Right,
    Third,
}

impl Pane {
    /// Every pane, left to right.
    pub const ALL: [Pane; 3] = [Pane::Left, Pane::Right, Pane::Third];

    /// Position in per-pane arrays.
    pub fn index(self) -> usize {
        match self {
            Pane::Left => 0,
            Pane::Right => 1,
            Pane::Third => 2,
        }
    }

    /// The pane across from this one in free mode, which has two.
    pub fn other(self) -> Pane {
        match self {
            Pane::Left => Pane::Right,
            Pane::Right | Pane::Third => Pane::Left,
        }
    }

    /// The pane `d` places to the side of this one among `count` panes, kept in range.
    fn moved(self, d: isize, count: usize) -> Pane {
        let i = (self.index() as isize + d).clamp(0, count as isize - 1);
        Pane::ALL[i as usize]
    }
}

/// Cursor and scroll of one pane in free mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FreePane {
    /// Position in the side's [`FreeSide::order`].
    pub cursor: usize,
    pub scroll: usize,
    /// The sentence at the cursor is lit even while the other pane has the focus: it is the
    /// counterpart of the focused one, or one side of a discrepancy.
    pub lit: bool,
}

/// Everything the compare view keeps.
#[derive(Debug, Clone, Default)]
pub struct CompareState {
    /// Article indices shown in the left and right panes.
    pub left: usize,
    pub right: usize,
    /// The article of the third pane, shown on a wide screen (none with fewer than three
    /// articles); kept while the screen is narrow, so widening brings it back.
    pub third: Option<usize>,
    pub mode: Mode,
    pub focus: Pane,
    /// Current row in aligned mode.
    pub row: usize,
    /// First line shown in aligned mode.
    pub scroll: usize,
    pub free: [FreePane; 2],
    pub layout: Option<CompareLayout>,
    /// The runs of "only in" rows the user unfolded, by their anchors (see [`layout::Run`]).
    pub open: HashSet<(usize, usize)>,
    rows: HashMap<(usize, usize), Vec<Row>>,
    /// The rows holding a discrepancy between the outlets shown, once the background
    /// comparison is done: the articles of the layout they were found for, and the rows.
    flagged: Option<([usize; layout::PANES], Vec<usize>)>,
}

impl CompareState {
    /// The compared rows of the current pair, once computed.
    pub fn rows(&self) -> &[Row] {
        self.rows
            .get(&(self.left, self.right))
            .map_or(&[], |v| v.as_slice())
    }

    fn ensure_rows(&mut self, brief: &Brief, index: &FeatureIndex) {
        let (l, r) = (self.left, self.right);
        self.rows
            .entry((l, r))
            .or_insert_with(|| compare(brief, index, l, r));
    }

    /// The row the cursor is on, in either mode.
    pub fn current_row(&self) -> Option<usize> {
        let l = self.layout.as_ref()?;
        match self.mode {
            Mode::Aligned => (self.row < l.rows.len()).then_some(self.row),
            Mode::Free => {
                let f = self.focus.index();
                l.free[f].order.get(self.free[f].cursor).copied()
            }
        }
    }

    /// Rows holding a discrepancy between the two outlets shown (none until the background
    /// comparison is done).
    pub fn flagged(&self) -> &[usize] {
        match (&self.flagged, &self.layout) {
            (Some((k, v)), Some(l)) if *k == l.key.0 => v,
            _ => &[],
        }
    }

    /// Panes the layout shows: two, or three on a wide screen.
    pub fn panes(&self) -> usize {
        self.layout.as_ref().map_or(2, |l| l.panes())
    }

    /// The article and sentence the cursor is on, in the focused pane where it has one.
    fn anchor(&self) -> Option<(usize, usize)> {
        let r = self.layout.as_ref()?.rows.get(self.current_row()?)?;
        let f = self.focus.index();
        r.sides[f]
            .as_ref()
            .or_else(|| r.sides.iter().flatten().next())
            .map(|s| (s.article, s.sentence))
    }

    fn reset_cursors(&mut self) {
        self.open.clear();
        self.row = 0;
        self.scroll = 0;
        self.free = [FreePane::default(); 2];
    }
}

/// Text height of the panes at the current screen size.
pub(crate) fn text_height(app: &App) -> usize {
    pane_areas(app.width, app.height, 2).map_or(1, |a| a.text[0].height.max(1) as usize)
}

/// The row showing sentence `s` of `article`, else the last row before it (a sentence the
/// alignment left out).
pub(crate) fn find_sentence(l: &CompareLayout, article: usize, s: usize) -> Option<usize> {
    let mut before = None;
    for (k, r) in l.rows.iter().enumerate() {
        for side in r.sides.iter().flatten().filter(|x| x.article == article) {
            if side.sentence <= s && s <= side.last_sentence {
                return Some(k);
            }
            if side.last_sentence < s {
                before = Some(k);
            }
        }
    }
    before
}

/// Unfolds the run holding row `k` (if folded), so the row can take the cursor.
pub(crate) fn reveal(c: &mut CompareState, k: usize) {
    let Some(l) = c.layout.as_mut() else { return };
    let Some(run) = l.rows.get(k).filter(|r| r.fold != Fold::Open).and_then(|r| r.run) else {
        return;
    };
    c.open.insert(l.runs[run].anchor);
    l.place(&c.open);
}
