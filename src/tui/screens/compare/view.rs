//! The compare view: two articles in panes side by side, each headed by its outlet. In aligned
//! mode matched sentences share a row and a sentence one outlet lacks is marked "only in"; in
//! free mode each pane shows its own article and the counterpart of the current sentence is lit.
//! Words that differ between matched sentences carry the `diff` style when the change is of
//! substance, the `dim` style when it is wording only; a row holding a discrepancy between the
//! two outlets is marked in the gutter.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::tui::ui::lines::Lines;
use crate::tui::ui::{MIN_HEIGHT, MIN_WIDTH, fit};
use crate::text::sanitize_line;
use crate::tui::app::App;
use super::{CompareLayout, Fold, Mode, Pane, SentView, layout::PANES};
use crate::tui::theme::Theme;

/// Mark in the gutter beside the current row (or sentence and its counterpart).
pub const CURSOR_MARK: &str = "▌";
/// Mark in the gutter of a row holding a discrepancy between the two outlets.
pub const FLAG_MARK: &str = "◆";
/// Mark in free mode beside a sentence the other outlet has no counterpart for.
pub const ONLY_MARK: &str = "·";

/// Where the panes go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaneAreas {
    /// Panes shown: two, or three on a wide screen; the entries past it are empty.
    pub count: usize,
    /// Each pane with its border.
    pub panes: [Rect; PANES],
    /// The one-column gutter inside each pane.
    pub gutter: [Rect; PANES],
    /// The text area of each pane.
    pub text: [Rect; PANES],
}

/// Splits a `width` x `height` screen into `count` (2 or 3) panes side by side above the
/// status line; None when the screen is below the app's minimum size.
pub fn pane_areas(width: u16, height: u16, count: usize) -> Option<PaneAreas> {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return None;
    }
    let count = count.clamp(2, PANES);
    let mh = height - 1;
    let mut panes = [Rect::default(); PANES];
    let mut x = 0;
    for (i, p) in panes.iter_mut().enumerate().take(count) {
        // The last pane takes what division leaves over.
        let w = if i + 1 == count {
            width - x
        } else {
            width / count as u16
        };
        *p = Rect::new(x, 0, w, mh);
        x += w;
    }
    let inner = panes.map(|p| {
        if p.width < 2 {
            return Rect::default();
        }
        Rect::new(p.x + 1, p.y + 1, p.width - 2, p.height - 2)
    });
    Some(PaneAreas {
        count,
        panes,
        gutter: inner.map(|r| Rect::new(r.x, r.y, r.width.min(1), r.height)),
        // One column is left free on the right so the text never touches the border.
        text: inner.map(|r| Rect::new(r.x + 1, r.y, r.width.saturating_sub(2), r.height)),
    })
}

/// Cuts line `[start, end)` of a sentence into spans: differing words in `diff`, the whole
/// sentence in `cursor` when lit.
pub(crate) fn spans(t: &Theme, s: &SentView, start: usize, end: usize, lit: bool) -> Vec<Span<'static>> {
    let mut cuts = vec![start, end];
    for &(a, z) in s.diffs.iter().chain(&s.faint) {
        for p in [a, z] {
            if p > start && p < end {
                cuts.push(p);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let base = if lit { t.text.patch(t.cursor) } else { t.text };
    cuts.windows(2)
        .filter_map(|w| {
            let text = s.text.get(w[0]..w[1])?;
            let inside = |rs: &[(usize, usize)]| rs.iter().any(|&(a, z)| a <= w[0] && w[1] <= z);
            let style = if inside(&s.diffs) {
                base.patch(t.diff)
            } else if inside(&s.faint) {
                base.patch(t.dim)
            } else {
                base
            };
            Some(Span::styled(text.to_string(), style))
        })
        .collect()
}

/// One screen line of a pane: gutter and text.
type Cells = (Span<'static>, Line<'static>);

fn blank() -> Cells {
    (Span::raw(" "), Line::raw(""))
}

/// Outlet name of article `i`, sanitised for one line.
fn outlet_of(app: &App, i: usize) -> String {
    app.brief
        .articles
        .get(i)
        .map(|a| sanitize_line(&a.outlet))
        .unwrap_or_default()
}

/// Mark in the gutter of a folded run of "only in" rows.
pub const FOLD_MARK: &str = "▸";

/// Whether row `k` shows the flag: it is flagged, or it heads a folded run holding one.
fn row_flagged(app: &App, l: &CompareLayout, k: usize) -> bool {
    let flagged = app.screens.compare.flagged();
    match (l.rows[k].fold, l.rows[k].run) {
        (Fold::Head, Some(i)) => {
            let run = &l.runs[i];
            let from = flagged.partition_point(|&f| f < run.start);
            flagged.get(from).is_some_and(|&f| f < run.start + run.len)
        }
        _ => flagged.binary_search(&k).is_ok(),
    }
}

/// What a pane says on a row where its article has no sentence: which outlets tell it.
fn only_in(app: &App, l: &CompareLayout, k: usize, pane: usize) -> String {
    let arts = l.key.0;
    let tellers: Vec<String> = (0..l.panes())
        .filter(|&p| p != pane && l.rows[k].sides[p].is_some())
        .map(|p| outlet_of(app, arts[p]))
        .collect();
    match tellers.as_slice() {
        [one] => format!("only in {one}"),
        _ => format!("not in {}", outlet_of(app, arts[pane])),
    }
}

fn aligned_lines(app: &App, l: &CompareLayout, pane: usize, h: usize, w: usize) -> Vec<Cells> {
    let t = &app.theme;
    let c = &app.screens.compare;
    (c.scroll..c.scroll + h)
        .map(|li| {
            let Some(k) = l.row_at(li) else {
                return blank();
            };
            let r = &l.rows[k];
            let Some(within) = li.checked_sub(r.top).filter(|&x| x < r.height) else {
                return blank();
            };
            let lit = k == c.row;
            let mark = if lit {
                Span::styled(CURSOR_MARK, t.cursor_mark)
            } else if within == 0 && row_flagged(app, l, k) {
                Span::styled(FLAG_MARK, t.diff)
            } else {
                Span::raw(" ")
            };
            if let (Fold::Head, Some(i)) = (r.fold, r.run) {
                let run = &l.runs[i];
                let n = l.run_sentences(i);
                let text = match &r.sides[pane] {
                    Some(s) if run.side == pane => format!("{FOLD_MARK} {n} sentences: {}", s.text),
                    _ => {
                        let teller = outlet_of(app, l.key.0[run.side]);
                        let long = format!("only in {teller}: {n} sentences");
                        // A narrow pane keeps the count in sight.
                        if unicode_width::UnicodeWidthStr::width(long.as_str()) <= w {
                            long
                        } else {
                            format!("{n} only in {teller}")
                        }
                    }
                };
                let style = if lit { t.muted.patch(t.cursor) } else { t.muted };
                return (mark, Line::styled(fit(&text, w), style));
            }
            let line = match &r.sides[pane] {
                Some(s) => match s.lines.get(within) {
                    Some(&(a, z)) => Line::from(spans(t, s, a, z, lit)),
                    None => Line::raw(""),
                },
                None if within == 0 => Line::styled(fit(&only_in(app, l, k, pane), w), t.muted),
                None => Line::raw(""),
            };
            (mark, line)
        })
        .collect()
}

fn free_lines(app: &App, l: &CompareLayout, pane: usize, h: usize) -> Vec<Cells> {
    let t = &app.theme;
    let c = &app.screens.compare;
    let side = &l.free[pane];
    let current = c.current_row();
    let focused = c.focus.index() == pane;
    let scroll = c.free[pane].scroll;
    (scroll..scroll + h)
        .map(|li| {
            let Some(e) = side.tops.partition_point(|&x| x <= li).checked_sub(1) else {
                return blank();
            };
            let k = side.order[e];
            let Some(s) = l.rows[k].sides[pane].as_ref() else {
                return blank();
            };
            let within = li - side.tops[e];
            let Some(&(a, z)) = s.lines.get(within) else {
                return blank();
            };
            let lit = if focused {
                current == Some(k)
            } else {
                c.free[pane].lit && side.order.get(c.free[pane].cursor) == Some(&k)
            };
            let alone = l.rows[k].sides[1 - pane].is_none();
            let mark = match (lit, focused) {
                (true, true) => Span::styled(CURSOR_MARK, t.cursor_mark),
                (true, false) => Span::styled(CURSOR_MARK, t.muted),
                _ if alone && within == 0 => Span::styled(ONLY_MARK, t.muted),
                _ => Span::raw(" "),
            };
            (mark, Line::from(spans(t, s, a, z, lit)))
        })
        .collect()
}

/// "3/40": the cursor's row among the rows shown (folded runs count once in aligned mode).
fn row_note(c: &super::CompareState) -> String {
    let Some(l) = c.layout.as_ref() else {
        return "0/0".into();
    };
    match (c.mode, c.current_row()) {
        (Mode::Aligned, Some(k)) => format!("{}/{}", l.shown_position(k) + 1, l.shown.len()),
        (Mode::Aligned, None) => format!("0/{}", l.shown.len()),
        (Mode::Free, k) => format!("{}/{}", k.map_or(0, |k| k + 1), l.rows.len()),
    }
}

/// Draws the compare view over the whole screen but the status line.
pub fn draw(f: &mut Frame, app: &App, _main: Rect) {
    // The panes are placed by [`pane_areas`] from the screen size, as the keys measure them.
    let full = f.area();
    let c = &app.screens.compare;
    let count = c.layout.as_ref().map_or(2, |l| l.panes());
    let Some(a) = pane_areas(full.width, full.height, count) else {
        return;
    };
    let t = &app.theme;
    let n = app.brief.articles.len();
    let arts = c.layout.as_ref().map_or([c.left, c.right, usize::MAX], |l| l.key.0);
    for (i, pane) in Pane::ALL.into_iter().enumerate().take(a.count) {
        let r = a.panes[i];
        let idx = arts[i];
        let outlet = outlet_of(app, idx);
        let focused = c.focus == pane;
        let border: Style = if focused { t.border_focused } else { t.border };
        let title = format!(" {}/{n} {outlet} ", idx + 1);
        let room = (r.width as usize).saturating_sub(4);
        let tw = room.min(unicode_width::UnicodeWidthStr::width(title.as_str()));
        let mut block = Block::bordered()
            .border_style(border)
            .title(Span::styled(fit(&title, tw), t.title));
        let note = if i == 0 {
            match a.count {
                2 => format!(" {} ", c.mode.label()),
                _ => format!(" {} by story point ", c.mode.label()),
            }
        } else if i + 1 == a.count {
            format!(" row {} ", row_note(c))
        } else {
            String::new()
        };
        if !note.is_empty()
            && unicode_width::UnicodeWidthStr::width(note.as_str()) + 4 <= r.width as usize
        {
            block = block.title_bottom(Line::styled(note, t.muted).alignment(Alignment::Right));
        }
        f.render_widget(block, r);
        let Some(layout) = c.layout.as_ref() else {
            if app.analysis.features().is_none() {
                let note = super::indexing_line(app.brief.articles.len());
                let note = fit(&note, a.text[i].width as usize);
                f.render_widget(Lines::new(vec![Line::styled(note, t.muted)]), a.text[i]);
            }
            continue;
        };
        let h = a.text[i].height as usize;
        let w = a.text[i].width as usize;
        let cells = match c.mode {
            Mode::Aligned => aligned_lines(app, layout, i, h, w),
            Mode::Free => free_lines(app, layout, i, h),
        };
        let (gutter, text): (Vec<Span>, Vec<Line>) = cells.into_iter().unzip();
        let gutter: Vec<Line> = gutter.into_iter().map(Line::from).collect();
        f.render_widget(Lines::new(gutter), a.gutter[i]);
        f.render_widget(Lines::new(text).style(t.text), a.text[i]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_fit_the_screen_and_share_it() {
        for count in [2, 3] {
            for w in [1, 39, 40, 41, 80, 81, 179, 180, 200, 301] {
                for h in [1, 9, 10, 24, 100] {
                    let Some(a) = pane_areas(w, h, count) else {
                        assert!(w < MIN_WIDTH || h < MIN_HEIGHT);
                        continue;
                    };
                    assert_eq!(a.count, count);
                    let sum: u16 = a.panes.iter().map(|p| p.width).sum();
                    assert_eq!(sum, w);
                    for r in a.panes.iter().chain(&a.gutter).chain(&a.text) {
                        assert!(r.right() <= w && r.bottom() < h, "{r:?} in {w}x{h}");
                    }
                    assert!(a.text[0].width >= 1);
                }
            }
        }
    }
}
