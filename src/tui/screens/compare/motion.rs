//! Cursor and scroll movement of the compare panes, in aligned and free mode.

use super::{CompareState, Mode};

pub(crate) fn clamp(c: &mut CompareState, h: usize) {
    let Some(l) = &c.layout else { return };
    c.row = l.shown_row(c.row.min(l.rows.len().saturating_sub(1)));
    c.scroll = c.scroll.min(l.total.saturating_sub(h));
    for i in 0..2 {
        let f = &l.free[i];
        c.free[i].cursor = c.free[i].cursor.min(f.order.len().saturating_sub(1));
        c.free[i].scroll = c.free[i].scroll.min(f.total.saturating_sub(h));
    }
}

pub(crate) fn keep_row_visible(c: &mut CompareState, h: usize) {
    let Some(r) = c.layout.as_ref().and_then(|l| l.rows.get(c.row)) else {
        return;
    };
    let h = h.max(1);
    if r.top < c.scroll {
        c.scroll = r.top;
    } else if r.top + r.height > c.scroll + h {
        c.scroll = (r.top + r.height).saturating_sub(h).min(r.top);
    }
}

pub(crate) fn centre_row(c: &mut CompareState, h: usize) {
    if let Some(r) = c.layout.as_ref().and_then(|l| l.rows.get(c.row)) {
        c.scroll = r.top.saturating_sub(h.saturating_sub(r.height) / 2);
    }
    clamp(c, h);
    keep_row_visible(c, h);
}

/// Keeps the focused pane's cursor on screen, then lines the counterpart up beside it.
pub(crate) fn sync_free(c: &mut CompareState, h: usize) {
    let h = h.max(1);
    let Some(l) = &c.layout else { return };
    let f = c.focus.index();
    let o = c.focus.other().index();
    let side = &l.free[f];
    let Some(&row) = side.order.get(c.free[f].cursor) else {
        return;
    };
    let top = side.tops[c.free[f].cursor];
    let height = l.rows[row].sides[f].as_ref().map_or(1, |s| s.lines.len());
    let p = &mut c.free[f];
    if top < p.scroll {
        p.scroll = top;
    } else if top + height > p.scroll + h {
        p.scroll = (top + height).saturating_sub(h).min(top);
    }
    p.lit = true;
    let offset = top - p.scroll.min(top);
    c.free[o].lit = false;
    if l.rows[row].sides[o].is_some()
        && let Some(q) = l.free[o].order.iter().position(|&r| r == row)
    {
        let other_top = l.free[o].tops[q];
        let max = l.free[o].total.saturating_sub(h);
        let other = &mut c.free[o];
        other.cursor = q;
        other.lit = true;
        other.scroll = other_top.saturating_sub(offset).min(max);
        if other_top >= other.scroll + h {
            other.scroll = other_top + 1 - h;
        }
    }
}

pub(crate) fn move_cursor(c: &mut CompareState, delta: isize, h: usize) {
    let Some(l) = &c.layout else { return };
    match c.mode {
        Mode::Aligned => {
            c.row = l.step_shown(c.row, delta);
            keep_row_visible(c, h);
        }
        Mode::Free => {
            let f = c.focus.index();
            let n = l.free[f].order.len() as isize;
            let p = &mut c.free[f];
            p.cursor = (p.cursor as isize + delta).clamp(0, (n - 1).max(0)) as usize;
            sync_free(c, h);
        }
    }
}

/// Scrolls by lines; the cursor follows when it leaves the screen.
pub(crate) fn scroll_by(c: &mut CompareState, delta: isize, h: usize) {
    let Some(l) = &c.layout else { return };
    let h = h.max(1);
    match c.mode {
        Mode::Aligned if l.rows.is_empty() => {}
        Mode::Aligned => {
            c.scroll = c
                .scroll
                .saturating_add_signed(delta)
                .min(l.total.saturating_sub(h));
            let r = &l.rows[c.row.min(l.rows.len().saturating_sub(1))];
            if r.top < c.scroll || r.top >= c.scroll + h {
                c.row = l.row_at(c.scroll).map_or(c.row, |k| {
                    if l.rows[k].top < c.scroll {
                        l.step_shown(k, 1)
                    } else {
                        k
                    }
                });
            }
        }
        Mode::Free => {
            let f = c.focus.index();
            let side = &l.free[f];
            let p = &mut c.free[f];
            p.scroll = p
                .scroll
                .saturating_add_signed(delta)
                .min(side.total.saturating_sub(h));
            let top = side.tops.get(p.cursor).copied().unwrap_or(0);
            if top < p.scroll || top >= p.scroll + h {
                p.cursor = side
                    .tops
                    .partition_point(|&t| t < p.scroll)
                    .min(side.tops.len().saturating_sub(1));
            }
            let scroll = p.scroll;
            sync_free(c, h);
            c.free[f].scroll = scroll;
        }
    }
}

pub(crate) fn set_free_cursor_to_row(c: &mut CompareState, row: usize, h: usize) {
    let Some(l) = &c.layout else { return };
    let f = c.focus.index();
    let side = if l.rows.get(row).is_some_and(|r| r.sides[f].is_some()) {
        f
    } else {
        c.focus = c.focus.other();
        c.focus.index()
    };
    if let Some(q) = l.free[side].order.iter().position(|&r| r == row) {
        c.free[side].cursor = q;
    }
    sync_free(c, h);
}

/// Puts the cursor on the sentence drawn `dy` lines below the top of the focused pane.
pub(crate) fn click_line(c: &mut CompareState, dy: usize, h: usize) {
    let Some(l) = &c.layout else { return };
    match c.mode {
        Mode::Aligned => {
            if let Some(k) = l
                .row_at(c.scroll + dy)
                .filter(|&k| l.rows[k].top <= c.scroll + dy)
            {
                c.row = k;
                keep_row_visible(c, h);
            }
        }
        Mode::Free => {
            let f = c.focus.index();
            let line = c.free[f].scroll + dy;
            if let Some(e) = l.free[f]
                .tops
                .partition_point(|&t| t <= line)
                .checked_sub(1)
            {
                let scroll = c.free[f].scroll;
                c.free[f].cursor = e;
                sync_free(c, h);
                c.free[f].scroll = scroll;
            }
        }
    }
}

/// Free mode with each pane's cursor on the given row (left, right), both lit and centred.
pub(crate) fn show_rows(c: &mut CompareState, rows: [usize; 2], h: usize) {
    let Some(l) = &c.layout else { return };
    for (i, row) in rows.into_iter().enumerate() {
        let side = &l.free[i];
        if let Some(q) = side.order.iter().position(|&r| r == row) {
            let p = &mut c.free[i];
            p.cursor = q;
            p.lit = true;
            p.scroll = side.tops[q]
                .saturating_sub(h / 3)
                .min(side.total.saturating_sub(h.max(1)));
        }
    }
}
