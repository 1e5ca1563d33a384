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

/// The third article: the one kept if it is neither of the other two, else the first after
/// the right one that is neither.
fn pick_third(c: &CompareState, n: usize) -> Option<usize> {
    if n < 3 {
        return None;
    }
    let free = |i: usize| i < n && i != c.left && i != c.right;
    c.third
        .filter(|&t| free(t))
        .or_else(|| (1..n).map(|d| (c.right + d) % n).find(|&i| free(i)))
}

/// Brings the layout up to date with the articles and the screen, then keeps cursors in
/// range. Three panes are shown on a screen [`TRIO_WIDTH`] wide or wider, in aligned mode,
/// once the story points are found; else two, the third article kept for later.
fn refresh(app: &mut App) {
    let n = app.brief.articles.len();
    if n == 0 {
        app.screens.compare.layout = None;
        return;
    }
    let c = &mut app.screens.compare;
    c.left = c.left.min(n - 1);
    c.right = c.right.min(n - 1);
    c.third = pick_third(c, n);
    app.analysis.start(&app.brief);
    if app.analysis.want_features(&app.brief).is_none() {
        // A big brief's features are still being built: the panes say so, the keys answer.
        app.screens.compare.layout = None;
        return;
    }
    let (Some(index), analysis) = (app.analysis.features(), app.analysis.get()) else {
        return;
    };
    let c = &mut app.screens.compare;
    let trio = match (c.third, analysis) {
        (Some(t), Some(a)) if app.width >= TRIO_WIDTH && c.mode == Mode::Aligned => Some((t, a)),
        _ => None,
    };
    let count = if trio.is_some() { 3 } else { 2 };
    if count == 2 && c.focus == Pane::Third {
        c.focus = Pane::Right;
    }
    let widths = pane_areas(app.width, app.height, count).map_or([1, 1, 0], |a| {
        a.text.map(|r| r.width.max(1) as usize)
    });
    let arts = [c.left, c.right, trio.map_or(usize::MAX, |t| t.0)];
    let widths = if count == 2 {
        [widths[0], widths[1], 0]
    } else {
        widths
    };
    // The pair's own rows: the two-pane layout, and what the discrepancy list and the flags
    // look rows up in even while three panes are shown.
    c.ensure_rows(&app.brief, index);
    let key = (arts, widths);
    let old = c.layout.as_ref().map(|l| l.key);
    let rebuilt = old != Some(key);
    if rebuilt {
        // The same pair in another number of panes: the cursor stays on its sentence.
        let anchor = old
            .filter(|o| o.0[..2] == arts[..2] && o.0[2] != arts[2])
            .and_then(|_| c.anchor());
        let mut l = match trio {
            Some((_, a)) => trio::build_trio(&app.brief, &a.coverage, arts, widths),
            None => build_layout(&app.brief, c.rows(), [widths[0], widths[1]]),
        };
        l.key = key;
        l.place(&c.open);
        c.layout = Some(l);
        if let Some(k) = anchor.and_then(|(a, s)| find_sentence(c.layout.as_ref()?, a, s)) {
            reveal(c, k);
            c.row = k;
        }
    }
    if c.flagged.as_ref().map(|f| f.0) != Some(arts) {
        let flagged = match (trio, analysis) {
            (Some(_), _) => c.layout.as_ref().map(trio::flagged_rows),
            (None, Some(a)) => Some(flag_rows(c.rows(), &a.discrepancies, c.left, c.right)),
            (None, None) => None,
        };
        if let Some(f) = flagged {
            c.flagged = Some((arts, f));
        }
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
        None if app.analysis.is_stopped() => {
            app.message = Some("the comparison was stopped (d or v starts it again)".into());
        }
        None if app.analysis.get().is_none() => {
            app.message = Some("still comparing the articles".into());
        }
        None => app.message = Some("no further discrepancy between these two".into()),
    }
}

/// `(` and `)`: the previous or next article in the third pane, past the two others.
fn step_third(app: &mut App, d: i8) {
    let n = app.brief.articles.len();
    let c = &mut app.screens.compare;
    let Some(mut t) = c.third else {
        app.message = Some("a third pane needs three articles".into());
        return;
    };
    for _ in 0..n {
        t = (t as isize + d as isize).rem_euclid(n as isize) as usize;
        if t != c.left && t != c.right {
            break;
        }
    }
    c.third = Some(t);
    if c.panes() < 3 {
        app.message = Some(format!(
            "third pane: article {} (shown {} columns wide or more, aligned)",
            t + 1,
            TRIO_WIDTH
        ));
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
    let c = &app.screens.compare;
    let third = (c.panes() == 3).then_some(c.third).flatten();
    let focus = c.focus;
    let pane = if article == l {
        Pane::Left
    } else if article == r {
        Pane::Right
    } else if third == Some(article) {
        Pane::Third
    } else {
        match focus {
            Pane::Left => set_pair(app, article, r),
            Pane::Right => set_pair(app, l, article),
            Pane::Third => app.screens.compare.third = Some(article),
        }
        focus
    };
    app.screens.compare.focus = pane;
    app.navigate(Nav::Push(View::Compare));
    let h = text_height(app);
    let c = &mut app.screens.compare;
    let row = sentence.and_then(|want| find_sentence(c.layout.as_ref()?, article, want));
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

/// Puts the cursor on row `k` of the pair's own rows ([`CompareState::rows`]), wherever the
/// layout shows it: the rows of three panes are other rows.
pub(crate) fn show_pair_row(c: &mut CompareState, k: usize, h: usize) {
    let Some(row) = c.rows().get(k) else { return };
    let Some(side) = row.left.as_ref().or(row.right.as_ref()) else {
        return;
    };
    let (a, s) = (side.article, side.sentence);
    if let Some(k) = c.layout.as_ref().and_then(|l| find_sentence(l, a, s)) {
        reveal(c, k);
        c.row = k;
        centre_row(c, h);
    }
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
    let count = app.screens.compare.panes();
    let areas = pane_areas(app.width, app.height, count);
    match action {
        Action::Back => return Outcome::Nav(Nav::Pop),
        Action::Discrepancies => return Outcome::Nav(Nav::Push(View::Discrepancies)),
        Action::LeftOutlet(d) => set_pair(app, cycle(l, d, n, r), r),
        Action::RightOutlet(d) => set_pair(app, l, cycle(r, d, n, l)),
        Action::ThirdOutlet(d) => step_third(app, d),
        Action::Jump(k) => {
            let i = (k as usize).saturating_sub(1);
            let c = &app.screens.compare;
            let focus = c.focus;
            // The articles of the other panes shown.
            let others: Vec<usize> = [c.left, c.right]
                .into_iter()
                .chain(c.third.filter(|_| count == 3))
                .enumerate()
                .filter(|&(p, _)| p != focus.index())
                .map(|(_, a)| a)
                .collect();
            if i >= n {
                app.message = Some(format!("no article {k}"));
            } else if others.contains(&i) {
                // An article against itself compares nothing.
                let which = if count == 3 { "another" } else { "the other" };
                app.message = Some(format!("article {k} is already in {which} pane"));
            } else {
                match focus {
                    Pane::Left => set_pair(app, i, r),
                    Pane::Right => set_pair(app, l, i),
                    Pane::Third => app.screens.compare.third = Some(i),
                }
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
                Action::FocusNext => {
                    c.focus = Pane::ALL[(c.focus.index() + 1) % count];
                }
                Action::FocusPrev => {
                    c.focus = Pane::ALL[(c.focus.index() + count - 1) % count];
                }
                Action::PaneLeft => c.focus = c.focus.moved(-1, count),
                Action::PaneRight => c.focus = c.focus.moved(1, count),
                Action::Click(x, y) => {
                    if let Some(a) = areas {
                        let p = (1..a.count).filter(|&p| x >= a.panes[p].x).count();
                        c.focus = Pane::ALL[p];
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
    let cur = c.anchor();
    let (l, r) = (c.left, c.right);
    set_pair(app, r, l);
    refresh(app);
    let h = text_height(app);
    let c = &mut app.screens.compare;
    if let Some(k) = cur.and_then(|(a, s)| find_sentence(c.layout.as_ref()?, a, s)) {
        reveal(c, k);
        c.row = k;
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
            // Free mode has two panes: the pair's own rows are laid out first, and the cursor
            // found again there by its sentence.
            let anchor = c.anchor();
            c.mode = Mode::Free;
            if c.focus == Pane::Third {
                c.focus = Pane::Right;
            }
            refresh(app);
            let c = &mut app.screens.compare;
            if let Some(k) = anchor.and_then(|(a, s)| find_sentence(c.layout.as_ref()?, a, s)) {
                c.row = k;
            }
            let row = c.row;
            set_free_cursor_to_row(c, row, h);
        }
        Mode::Free => {
            if let Some(k) = c.current_row() {
                reveal(c, k);
                c.row = k;
            }
            c.mode = Mode::Aligned;
            refresh(app);
            centre_row(&mut app.screens.compare, h);
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
    // One finished frame: the flags and, on a wide screen, the third pane need the story points.
    app.analysis.start(&app.brief);
    app.analysis.wait();
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
