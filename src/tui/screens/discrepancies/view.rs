//! The discrepancy list: one line per disagreement (kind and summary), and the differing words
//! of the selected one per outlet below. Enter shows the pair in the compare view.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;
use crate::text::sanitize_line;
use crate::tui::app::App;
use crate::analyze::compare::RowSide;
use crate::tui::screens::compare::layout::sent_view;
use crate::tui::screens::compare::view::spans;
use crate::tui::screens::coverage::job::progress_line;

/// Draws the list over the whole screen but the status line.
pub fn draw(f: &mut Frame, app: &App, r: Rect) {
    if r.width < 3 || r.height < 3 {
        return;
    }
    let t = &app.theme;
    let ds = app.screens.discrepancies.items();
    let block = Block::bordered()
        .border_style(t.border_focused)
        .title(Span::styled(
            format!(" Discrepancies ({}) ", ds.len()),
            t.title,
        ))
        .title_bottom(
            Line::styled(" Enter compare · Esc back ", t.muted).alignment(Alignment::Right),
        );
    let inner = block.inner(r);
    f.render_widget(block, r);
    let w = inner.width as usize;
    if let Some(p) = app.analysis.percent() {
        let line = progress_line(app.brief.articles.len(), p);
        f.render_widget(
            Lines::new(Line::styled(fit(&format!(" {line}"), w), t.muted)),
            inner,
        );
        return;
    }
    if ds.is_empty() {
        f.render_widget(
            Lines::new(Line::styled(
                fit(" the outlets agree: nothing found", w),
                t.muted,
            )),
            inner,
        );
        return;
    }
    let sel = app.screens.discrepancies.selected.min(ds.len() - 1);
    // The selected discrepancy in full, then its words per side, under the list.
    let summary = sanitize_line(&ds[sel].summary);
    let mut detail: Vec<Line> = textwrap::wrap(&summary, w.saturating_sub(3).max(1))
        .into_iter()
        .take(3)
        .map(|l| Line::styled(fit(&format!("   {l}"), w), t.text))
        .collect();
    // The evidence: each side's sentences, the words that differ marked.
    for s in &ds[sel].sides {
        let Some(art) = app.brief.articles.get(s.article) else {
            continue;
        };
        let words = sanitize_line(&s.words);
        let words = if words.is_empty() {
            "(nothing)".to_string()
        } else {
            format!("“{words}”")
        };
        detail.push(Line::styled(
            fit(&format!("   {}: {words}", sanitize_line(&art.outlet)), w),
            t.muted,
        ));
        let side = RowSide {
            article: s.article,
            sentence: 0,
            last_sentence: 0,
            start: s.start.min(s.end),
            end: s.end.min(art.text.len()),
        };
        let v = sent_view(&app.brief, &side, &s.marks, &[], w.saturating_sub(5).max(1));
        for &(a, z) in &v.lines {
            let mut l = vec![Span::raw("     ")];
            l.extend(spans(t, &v, a, z, false));
            detail.push(Line::from(l));
        }
    }
    // The list keeps at least half the screen; the evidence takes the rest.
    let h = inner.height as usize;
    let detail_h = if h >= 8 {
        (detail.len() + 1).min(h / 2)
    } else {
        0
    };
    detail.truncate(detail_h.saturating_sub(1));
    let list_h = (inner.height as usize).saturating_sub(detail_h).max(1);
    let first = sel.saturating_sub(list_h - 1);
    let kind_w = ds
        .iter()
        .map(|d| d.kind.name().len())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = ds
        .iter()
        .enumerate()
        .skip(first)
        .take(list_h)
        .map(|(i, d)| {
            let mark = if i == sel { "►" } else { " " };
            let row = format!(
                "{mark} {} {}",
                fit(d.kind.name(), kind_w),
                sanitize_line(&d.summary)
            );
            let style = if i == sel {
                t.text.patch(t.selected)
            } else {
                t.text
            };
            Line::styled(fit(&row, w), style)
        })
        .collect();
    if detail_h > 0 {
        lines.resize(list_h, Line::raw(""));
        lines.push(Line::raw(""));
        lines.extend(detail);
    }
    f.render_widget(Lines::new(lines), inner);
}
