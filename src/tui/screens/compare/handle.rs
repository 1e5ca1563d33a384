//! What the compare view's keys do.

use crate::tui::app::{Action, App};
use crate::tui::screens::{Nav, Outcome, View};

use super::open::set_pair;
use super::refresh::refresh;
use super::view::pane_areas;
use super::{
    CompareState, Mode, Pane, TRIO_WIDTH, centre_row, click_line, find_sentence, keep_row_visible,
    move_cursor, reveal, scroll_by, set_free_cursor_to_row, sync_free, text_height,
};

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

pub(super) fn handle(app: &mut App, action: Action) -> Outcome {
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
