//! Ways into the compare view: from the list or the reader, from another view's row, from a
//! search result, and from the command line's one-frame render.

use crate::analyze::compare::resolve_article;
use crate::tui::app::App;
use crate::tui::screens::{Nav, View};

use super::refresh::refresh;
use super::{
    CompareState, Mode, Pane, centre_row, find_sentence, reveal, set_free_cursor_to_row,
    text_height,
};

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
