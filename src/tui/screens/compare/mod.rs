//! The compare view: which two articles stand side by side, how their sentences line up and
//! where the cursor is. The alignment is computed here, as keys are handled, once per pair (and
//! the feature index once per brief, shared with the discrepancy list), so drawing only reads
//! what is stored.

use std::collections::{HashMap, HashSet};

use crate::analyze::align::FeatureIndex;
use crate::analyze::compare::{Row, compare, resolve_article};
use crate::brief::Brief;

use crate::tui::app::{Action, App};
use crate::tui::keymap::FOCUS;
use view::pane_areas;

use super::{Nav, Outcome, Screen, View};

mod keys;
pub(crate) mod layout;
mod motion;
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
    format!("compare {}", app.screens.compare.mode.label())
}

pub use layout::{CompareLayout, Fold, FreeSide, RowView, Run, SentView, build_layout};
pub(crate) use motion::{
    centre_row, clamp, click_line, keep_row_visible, move_cursor, scroll_by,
    set_free_cursor_to_row, show_rows, sync_free,
};

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

/// One of the two panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    #[default]
    Left,
    Right,
}

impl Pane {
    /// Position in two-element arrays.
    pub fn index(self) -> usize {
        match self {
            Pane::Left => 0,
            Pane::Right => 1,
        }
    }

    /// The pane across from this one.
    pub fn other(self) -> Pane {
        match self {
            Pane::Left => Pane::Right,
            Pane::Right => Pane::Left,
        }
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
    /// The rows of the pair holding a discrepancy between its two outlets, once the
    /// background comparison is done: the pair they were found for, and the row indices.
    flagged: Option<((usize, usize), Vec<usize>)>,
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
        match &self.flagged {
            Some((k, v)) if *k == (self.left, self.right) => v,
            _ => &[],
        }
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
    pane_areas(app.width, app.height).map_or(1, |a| a.text[0].height.max(1) as usize)
}

/// Brings the layout up to date with the pair and the screen, then keeps cursors in range.
fn refresh(app: &mut App) {
    let n = app.brief.articles.len();
    if n == 0 {
        app.screens.compare.layout = None;
        return;
    }
    let index = app.features.get_or_insert_with(|| FeatureIndex::new(&app.brief));
    let c = &mut app.screens.compare;
    c.left = c.left.min(n - 1);
    c.right = c.right.min(n - 1);
    let widths = pane_areas(app.width, app.height)
        .map_or([1, 1], |a| a.text.map(|r| r.width.max(1) as usize));
    c.ensure_rows(&app.brief, index);
    app.analysis.start(&app.brief);
    if let Some(a) = app.analysis.get()
        && c.flagged.as_ref().map(|f| f.0) != Some((c.left, c.right))
    {
        let flagged = flag_rows(c.rows(), &a.discrepancies, c.left, c.right);
        c.flagged = Some(((c.left, c.right), flagged));
    }
    let key = ([c.left, c.right, usize::MAX], [widths[0], widths[1], 0]);
    let rebuilt = c.layout.as_ref().map(|l| l.key) != Some(key);
    if rebuilt {
        let mut l = build_layout(&app.brief, c.rows(), widths);
        l.key = key;
        l.place(&c.open);
        c.layout = Some(l);
    }
    let h = text_height(app);
    let c = &mut app.screens.compare;
    clamp(c, h);
    if rebuilt {
        // New widths move every line: keep the cursor where it can be seen.
        match c.mode {
            Mode::Aligned => keep_row_visible(c, h),
            Mode::Free => sync_free(c, h),
        }
    }
}

/// The rows where a side overlaps one side of a discrepancy that involves both articles.
fn flag_rows(
    rows: &[Row],
    ds: &[crate::analyze::discrepancies::Discrepancy],
    l: usize,
    r: usize,
) -> Vec<usize> {
    let between: Vec<_> = ds
        .iter()
        .filter(|d| {
            d.sides.iter().any(|s| s.article == l) && d.sides.iter().any(|s| s.article == r)
        })
        .collect();
    let overlaps = |side: Option<&crate::analyze::compare::RowSide>| {
        side.is_some_and(|x| {
            between.iter().any(|d| {
                d.sides
                    .iter()
                    .any(|s| s.article == x.article && s.start < x.end && x.start < s.end)
            })
        })
    };
    rows.iter()
        .enumerate()
        .filter(|(_, row)| overlaps(row.left.as_ref()) || overlaps(row.right.as_ref()))
        .map(|(k, _)| k)
        .collect()
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

/// Enter: folds the run of "only in" rows under the cursor, or unfolds it; the cursor stays on
/// the run's first row.
fn toggle_fold(c: &mut CompareState, h: usize) {
    let Some(l) = c.layout.as_mut() else { return };
    let Some(i) = l.rows.get(c.row).and_then(|r| r.run) else {
        return;
    };
    let run = &l.runs[i];
    if !c.open.remove(&run.anchor) {
        c.open.insert(run.anchor);
    }
    c.row = run.start;
    l.place(&c.open);
    keep_row_visible(c, h);
}

/// Moves the cursor to the next (`d` > 0) or previous flagged row.
fn step_flagged(app: &mut App, d: i8, h: usize) {
    let c = &mut app.screens.compare;
    let cur = c.current_row().unwrap_or(0);
    let next = if d > 0 {
        c.flagged().iter().copied().find(|&k| k > cur)
    } else {
        c.flagged().iter().copied().rev().find(|&k| k < cur)
    };
    match next {
        Some(k) => match c.mode {
            Mode::Aligned => {
                reveal(c, k);
                c.row = k;
                centre_row(c, h);
            }
            Mode::Free => set_free_cursor_to_row(c, k, h),
        },
        None if app.analysis.get().is_none() => {
            app.message = Some("still comparing the articles".into());
        }
        None => app.message = Some("no further discrepancy between these two".into()),
    }
}

/// Opens the compare view on the selected article and the next one.
pub fn open(app: &mut App) {
    let n = app.brief.articles.len();
    if n < 2 {
        app.message = Some("comparing needs two articles".into());
        return;
    }
    let (l, r) = (app.selected.min(n - 1), (app.selected + 1) % n);
    open_pair(app, l, r);
}

/// Opens the compare view on two given articles (indices into the brief, which must differ).
pub fn open_pair(app: &mut App, left: usize, right: usize) {
    let n = app.brief.articles.len();
    if left >= n || right >= n || left == right {
        return;
    }
    set_pair(app, left, right);
    app.navigate(Nav::Push(View::Compare));
}

pub(crate) fn set_pair(app: &mut App, l: usize, r: usize) {
    let c = &mut app.screens.compare;
    if (c.left, c.right) != (l, r) {
        c.left = l;
        c.right = r;
        c.reset_cursors();
    }
}

/// Shows sentence `sentence` of article `article` in the compare view, with the cursor on its
/// row: in the pane already showing that article, else in the focused pane in place of its
/// article. Used to open a search result found from the compare view. Returns false (and
/// changes nothing) when the brief has fewer than two articles or no such article.
pub fn show_sentence(app: &mut App, article: usize, sentence: Option<usize>) -> bool {
    let n = app.brief.articles.len();
    if n < 2 || article >= n {
        return false;
    }
    let (l, r) = (
        app.screens.compare.left.min(n - 1),
        app.screens.compare.right.min(n - 1),
    );
    let pane = if article == l {
        Pane::Left
    } else if article == r {
        Pane::Right
    } else if app.screens.compare.focus == Pane::Left {
        set_pair(app, article, r);
        Pane::Left
    } else {
        set_pair(app, l, article);
        Pane::Right
    };
    app.screens.compare.focus = pane;
    app.navigate(Nav::Push(View::Compare));
    let h = text_height(app);
    let c = &mut app.screens.compare;
    let side = |row: &Row| match pane {
        Pane::Left => row.left.as_ref().map(|s| s.sentence),
        Pane::Right => row.right.as_ref().map(|s| s.sentence),
    };
    // The row of the sentence, else the last row before it (a sentence the alignment left out).
    let row = sentence.and_then(|want| {
        let rows = c.rows();
        rows.iter()
            .position(|row| side(row) == Some(want))
            .or_else(|| {
                rows.iter()
                    .rposition(|row| side(row).is_some_and(|s| s < want))
            })
    });
    if let Some(k) = row {
        match c.mode {
            Mode::Aligned => {
                reveal(c, k);
                c.row = k;
                centre_row(c, h);
            }
            Mode::Free => set_free_cursor_to_row(c, k, h),
        }
    }
    true
}

/// The next article index in direction `d`, skipping `skip` when there is another choice.
fn cycle(cur: usize, d: i8, n: usize, skip: usize) -> usize {
    if n == 0 {
        return 0;
    }
    let step = |i: usize| (i as isize + d as isize).rem_euclid(n as isize) as usize;
    let next = step(cur);
    if next == skip && n > 2 {
        step(next)
    } else if next == skip {
        cur
    } else {
        next
    }
}

fn handle(app: &mut App, action: Action) -> Outcome {
    let h = text_height(app);
    let half = (h / 2).max(1) as isize;
    let page = h.saturating_sub(1).max(1) as isize;
    let n = app.brief.articles.len();
    let (l, r) = (app.screens.compare.left, app.screens.compare.right);
    let areas = pane_areas(app.width, app.height);
    match action {
        Action::Back => return Outcome::Nav(Nav::Pop),
        Action::Discrepancies => return Outcome::Nav(Nav::Push(View::Discrepancies)),
        Action::LeftOutlet(d) => set_pair(app, cycle(l, d, n, r), r),
        Action::RightOutlet(d) => set_pair(app, l, cycle(r, d, n, l)),
        Action::Jump(k) => {
            let i = (k as usize).saturating_sub(1);
            if i >= n {
                app.message = Some(format!("no article {k}"));
            } else if i == if app.screens.compare.focus == Pane::Left { r } else { l } {
                // An article against itself compares nothing.
                app.message = Some(format!("article {k} is already in the other pane"));
            } else if app.screens.compare.focus == Pane::Left {
                set_pair(app, i, r);
            } else {
                set_pair(app, l, i);
            }
        }
        Action::Swap => swap(app),
        Action::StepDiscrepancy(d) => step_flagged(app, d, h),
        Action::ToggleMode => toggle_mode(app, h),
        _ => {
            let c = &mut app.screens.compare;
            match action {
                Action::Open if c.mode == Mode::Aligned => toggle_fold(c, h),
                Action::Down => move_cursor(c, 1, h),
                Action::Up => move_cursor(c, -1, h),
                Action::Top => move_cursor(c, isize::MIN / 2, h),
                Action::Bottom => move_cursor(c, isize::MAX / 2, h),
                Action::HalfPageDown => scroll_by(c, half, h),
                Action::HalfPageUp => scroll_by(c, -half, h),
                Action::PageDown => scroll_by(c, page, h),
                Action::PageUp => scroll_by(c, -page, h),
                Action::Scroll(d) => scroll_by(c, d as isize, h),
                Action::FocusNext | Action::FocusPrev => c.focus = c.focus.other(),
                Action::PaneLeft => c.focus = Pane::Left,
                Action::PaneRight => c.focus = Pane::Right,
                Action::Click(x, y) => {
                    if let Some(a) = areas {
                        c.focus = if x < a.panes[1].x {
                            Pane::Left
                        } else {
                            Pane::Right
                        };
                        let t = a.text[c.focus.index()];
                        if let Some(dy) = y.checked_sub(t.y).filter(|&d| d < t.height) {
                            click_line(c, dy as usize, h);
                        }
                    }
                }
                _ => {}
            }
            if c.mode == Mode::Free
                && matches!(
                    action,
                    Action::FocusNext | Action::FocusPrev | Action::PaneLeft | Action::PaneRight
                )
            {
                let f = c.focus.index();
                let scroll = c.free[f].scroll;
                sync_free(c, h);
                c.free[f].scroll = scroll;
            }
        }
    }
    app.refresh();
    Outcome::Consumed
}

fn swap(app: &mut App) {
    let c = &mut app.screens.compare;
    let cur = c
        .current_row()
        .and_then(|k| c.rows().get(k))
        .and_then(|r| r.left.as_ref().or(r.right.as_ref()))
        .map(|s| (s.article, s.sentence));
    let (l, r) = (c.left, c.right);
    set_pair(app, r, l);
    refresh(app);
    let c = &mut app.screens.compare;
    if let Some((art, sen)) = cur
        && let Some(k) = c.rows().iter().position(|row| {
            [&row.left, &row.right].iter().any(|s| {
                s.as_ref()
                    .is_some_and(|s| (s.article, s.sentence) == (art, sen))
            })
        })
    {
        reveal(c, k);
        c.row = k;
        let h = text_height(app);
        let c = &mut app.screens.compare;
        centre_row(c, h);
        if c.mode == Mode::Free {
            set_free_cursor_to_row(c, k, h);
        }
    }
}

fn toggle_mode(app: &mut App, h: usize) {
    let c = &mut app.screens.compare;
    match c.mode {
        Mode::Aligned => {
            c.mode = Mode::Free;
            let row = c.row;
            set_free_cursor_to_row(c, row, h);
        }
        Mode::Free => {
            if let Some(k) = c.current_row() {
                reveal(c, k);
                c.row = k;
            }
            c.mode = Mode::Aligned;
            centre_row(c, h);
        }
    }
}

/// Sets up the view `render` draws: the compare pair asked for (ids or outlets).
pub fn prepare(app: &mut App, left: Option<&str>, right: Option<&str>) -> Result<(), String> {
    let n = app.brief.articles.len();
    if n < 2 {
        return Err("comparing needs two articles; this brief has fewer".into());
    }
    let l = match left {
        Some(k) => resolve_article(&app.brief, k).map_err(|e| e.to_string())?,
        None => app.selected.min(n - 1),
    };
    let r = match right {
        Some(k) => resolve_article(&app.brief, k).map_err(|e| e.to_string())?,
        None => (l + 1) % n,
    };
    set_pair(app, l, r);
    refresh(app);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycling_skips_the_other_pane() {
        assert_eq!(cycle(0, 1, 5, 1), 2);
        assert_eq!(cycle(0, -1, 5, 4), 3);
        assert_eq!(cycle(0, 1, 2, 1), 0);
        assert_eq!(cycle(4, 1, 5, 2), 0);
        assert_eq!(cycle(0, 1, 0, 0), 0);
    }
}
