//! The discrepancy list: where the outlets disagree, one line each, and the jump from one to
//! its two sentences side by side in the compare view. The discrepancies come from the brief's
//! comparison, run on a thread the first time a screen needs it (see
//! [`super::coverage::job`]); until it is done the list shows its progress.

mod keys;
pub mod view;

use crate::analyze::compare::Row;
use crate::analyze::discrepancies::{self, Discrepancy};
use crate::tui::app::{Action, App};

use super::compare::{Mode, Pane, set_pair, show_pair_row, show_rows, text_height};
use super::{Nav, Outcome, Screen, View};

pub const SCREEN: Screen = Screen {
    keys: &[keys::KEYS],
    docs: keys::DOCS,
    handle,
    draw: view::draw,
    refresh,
    status,
    reads: false,
};

/// The list and its cursor.
#[derive(Debug, Clone, Default)]
pub struct State {
    /// Selected entry.
    pub selected: usize,
    pub(crate) found: Option<Vec<Discrepancy>>,
}

impl State {
    /// The brief's discrepancies, once the list has been shown.
    pub fn items(&self) -> &[Discrepancy] {
        self.found.as_deref().unwrap_or(&[])
    }
}

/// Starts the comparison, and takes its discrepancies once it is done.
fn refresh(app: &mut App) {
    if app.screens.discrepancies.found.is_none() {
        app.analysis.start(&app.brief);
        if let Some(a) = app.analysis.get() {
            app.screens.discrepancies.found = Some(a.discrepancies.clone());
        }
    }
}

fn status(app: &App) -> String {
    match app.analysis.percent() {
        Some(p) if app.screens.discrepancies.found.is_none() => {
            super::coverage::job::progress_line(app.brief.articles.len(), p)
        }
        _ => "discrepancies".into(),
    }
}

fn handle(app: &mut App, action: Action) -> Outcome {
    let n = app.screens.discrepancies.items().len();
    let sel = &mut app.screens.discrepancies.selected;
    let last = n.saturating_sub(1);
    match action {
        Action::Back => return Outcome::Nav(Nav::Pop),
        Action::Down | Action::Scroll(1..) => *sel = (*sel + 1).min(last),
        Action::Up | Action::Scroll(..=-1) => *sel = sel.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => *sel = (*sel + 10).min(last),
        Action::PageUp | Action::HalfPageUp => *sel = sel.saturating_sub(10),
        Action::Top => *sel = 0,
        Action::Bottom => *sel = last,
        Action::Open if n > 0 => {
            let i = (*sel).min(last);
            jump_to(app, i);
        }
        _ => {}
    }
    app.refresh();
    Outcome::Consumed
}

/// Shows discrepancy `i` in the compare view: its two articles, the cursor on its row.
pub fn jump_to(app: &mut App, i: usize) {
    let Some(d) = app.screens.discrepancies.items().get(i).cloned() else {
        return;
    };
    let n = app.brief.articles.len();
    let Some(first) = d.sides.first() else { return };
    let a = first.article.min(n.saturating_sub(1));
    let second = d.sides.iter().find(|s| s.article != a);
    let b = second.map_or((a + 1) % n.max(1), |s| s.article.min(n - 1));
    set_pair(app, a, b);
    app.screens.compare.mode = Mode::Aligned;
    app.navigate(Nav::Push(View::Compare));
    let hits = |s: Option<&crate::analyze::compare::RowSide>,
                side: Option<&discrepancies::Side>| {
        matches!((s, side), (Some(s), Some(d)) if s.start <= d.end && d.start <= s.end && s.start < s.end)
    };
    let best = app
        .screens
        .compare
        .rows()
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let score = hits(r.left.as_ref(), Some(first)) as u8 * 2
                + hits(r.right.as_ref(), second) as u8 * 2
                + (r.left.is_some() && r.right.is_some()) as u8;
            (score, k)
        })
        .filter(|&(s, _)| s >= 2)
        .max_by_key(|&(s, k)| (s, std::cmp::Reverse(k)));
    let h = text_height(app);
    let c = &mut app.screens.compare;
    let row_of = |pick: fn(&Row) -> Option<&crate::analyze::compare::RowSide>, side| {
        c.rows().iter().position(|r| hits(pick(r), side))
    };
    let apart = (
        row_of(|r| r.left.as_ref(), Some(first)),
        row_of(|r| r.right.as_ref(), second),
    );
    match (best, apart) {
        // The two sentences were not aligned with each other: show each in its own pane.
        (Some((s, _)), (Some(l), Some(r))) if s < 4 => {
            c.mode = Mode::Free;
            c.focus = Pane::Left;
            show_rows(c, [l, r], h);
        }
        (Some((_, k)), _) => show_pair_row(c, k, h),
        _ => {}
    }
    app.message = Some(d.summary.clone());
}

