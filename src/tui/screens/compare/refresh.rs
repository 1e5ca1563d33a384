//! Keeping the layout in step with the articles, the screen size and the analysis, once per
//! change, so drawing only reads what is stored.

use crate::analyze::compare::Row;
use crate::tui::app::App;

use super::view::pane_areas;
use super::{
    CompareState, Mode, Pane, TRIO_WIDTH, build_layout, clamp, find_sentence, keep_row_visible,
    reveal, sync_free, text_height, trio,
};

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
pub(super) fn refresh(app: &mut App) {
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
