//! The coverage table (story points by outlets, with a note per row), the story point in detail
//! (every outlet's sentence stacked, the differing words marked), and the progress shown while
//! the comparison runs.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::{State, current, filter_label, job, sort_label};
use crate::analyze::compare::RowSide;
use crate::analyze::coverage::{Mark, PointRow};
use crate::text::sanitize_line;
use crate::tui::app::App;
use crate::tui::screens::compare::layout::sent_view;
use crate::tui::screens::compare::view::spans;
use crate::tui::theme::Theme;
use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;

/// Widest an outlet column gets with its full name.
const FULL_NAME: usize = 26;
/// The story point text keeps at least this many columns before outlet columns are dropped.
const MIN_TEXT: usize = 24;

/// The mark drawn in a cell.
pub fn symbol(m: Mark) -> &'static str {
    match m {
        Mark::Tells => "●",
        Mark::TellsDifferently => "◆",
        Mark::LeavesOut => "·",
    }
}

/// An outlet's name for a narrow column: its initials ("The Washington Post" → "WP", a word in
/// capitals kept whole: "Press TV" → "PTV"), or the first letters of a one-word name.
pub fn short_name(outlet: &str) -> String {
    let words: Vec<&str> = outlet
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("the"))
        .collect();
    match words.as_slice() {
        [] => outlet.graphemes(true).take(5).collect(),
        [one] => one.graphemes(true).take(5).collect(),
        many => many
            .iter()
            .map(|w| {
                if w.chars().all(|c| !c.is_lowercase()) && w.chars().count() <= 4 {
                    w.to_string()
                } else {
                    w.graphemes(true).next().unwrap_or("").to_uppercase()
                }
            })
            .collect(),
    }
}

/// How the table's width is shared: the outlets shown (from the first scrolled to) with their
/// labels and widths, the point text and the note.
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    /// `(article, label, width)`.
    pub outlets: Vec<(usize, String, usize)>,
    pub text: usize,
    pub note: usize,
    /// Some outlets are off the screen.
    pub partial: bool,
}

/// Lays out a table `width` columns wide (gutter included) for the brief's outlets, the first
/// shown being `from`: full names when they all fit, short names otherwise, and only as many
/// as fit beside the point text.
pub fn columns(app: &App, width: usize, from: usize) -> Columns {
    let names: Vec<String> = app
        .brief
        .articles
        .iter()
        .map(|a| sanitize_line(&a.outlet))
        .collect();
    let note = match width {
        w if w >= 150 => 34,
        w if w >= 110 => 20,
        _ => 0,
    };
    let room = width.saturating_sub(2 + note + MIN_TEXT);
    let w_of = |s: &str| UnicodeWidthStr::width(s).max(1) + 2;
    let full: Vec<usize> = names.iter().map(|n| w_of(n).min(FULL_NAME)).collect();
    let labels: Vec<String> = if full.iter().sum::<usize>() <= room {
        names
    } else {
        names.iter().map(|n| short_name(n)).collect()
    };
    let from = from.min(labels.len().saturating_sub(1));
    let mut used = 0;
    let mut outlets = Vec::new();
    for (a, l) in labels.into_iter().enumerate().skip(from) {
        let w = w_of(&l).clamp(3, FULL_NAME);
        if used + w > room {
            break;
        }
        used += w;
        outlets.push((a, l, w));
    }
    let partial = outlets.len() < app.brief.articles.len();
    Columns {
        text: width.saturating_sub(2 + note + used),
        outlets,
        note,
        partial,
    }
}

/// `s` centred in `width` columns.
fn centre(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    let left = width.saturating_sub(w) / 2;
    fit(&format!("{}{s}", " ".repeat(left)), width)
}

fn mark_style(t: &Theme, m: Mark) -> Style {
    match m {
        Mark::Tells => t.text,
        Mark::TellsDifferently => t.diff,
        Mark::LeavesOut => t.muted,
    }
}

/// Draws the screen: progress, the table or the story point.
pub fn draw(f: &mut Frame, app: &App, r: Rect) {
    if r.width < 3 || r.height < 3 {
        return;
    }
    let t = &app.theme;
    let s = &app.screens.coverage;
    let Some(a) = app.analysis.get() else {
        let p = app.analysis.percent().unwrap_or(0);
        let block = Block::bordered()
            .border_style(t.border_focused)
            .title(Span::styled(" Coverage ", t.title));
        let inner = block.inner(r);
        f.render_widget(block, r);
        let line = job::progress_line(app.brief.articles.len(), p);
        f.render_widget(
            Lines::new(Line::styled(fit(&format!(" {line}"), inner.width as usize), t.muted)),
            inner,
        );
        return;
    };
    match (s.detail, current(app)) {
        (Some(cur), Some(row)) => draw_detail(f, app, row, cur, r),
        _ => draw_table(f, app, s, &a.coverage.rows, r),
    }
}

/// The marks and keys explained, as much as the bottom border holds.
fn legend(width: usize) -> &'static str {
    const LONG: &str =
        " ● tells it  ◆ tells it differently  · leaves it out ─ Enter open · s sort · f filter ";
    const SHORT: &str = " ● tells ◆ differently · leaves out ─ Enter · s · f ";
    if UnicodeWidthStr::width(LONG) + 4 <= width {
        LONG
    } else if UnicodeWidthStr::width(SHORT) + 4 <= width {
        SHORT
    } else {
        ""
    }
}

fn draw_table(f: &mut Frame, app: &App, s: &State, all: &[PointRow], r: Rect) {
    let t = &app.theme;
    let n = app.brief.articles.len();
    let block = Block::bordered()
        .border_style(t.border_focused)
        .title(Span::styled(
            format!(
                " Coverage · {} story points · {n} outlets · sort: {} · filter: {} ",
                s.rows().len(),
                sort_label(s.sort),
                filter_label(s.filter)
            ),
            t.title,
        ))
        .title_bottom(Line::styled(legend(r.width as usize), t.muted).alignment(Alignment::Right));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let w = inner.width as usize;
    let cols = columns(app, w, s.col);
    let mut header = vec![Span::styled(
        fit(
            &if cols.partial {
                let first = cols.outlets.first().map_or(0, |o| o.0 + 1);
                let last = cols.outlets.last().map_or(0, |o| o.0 + 1);
                format!("  outlets {first}–{last} of {n} (h/l)")
            } else {
                String::new()
            },
            2 + cols.text,
        ),
        t.muted,
    )];
    for (_, label, cw) in &cols.outlets {
        header.push(Span::styled(centre(label, *cw), t.title));
    }
    header.push(Span::styled(fit(" note", cols.note), t.muted));
    let mut lines = vec![Line::from(header)];
    let h = (inner.height as usize).saturating_sub(1);
    if s.rows().is_empty() {
        lines.push(Line::styled(fit("  no story point passes the filter", w), t.muted));
    }
    for (k, &i) in s.rows().iter().enumerate().skip(s.scroll).take(h) {
        let row = &all[i];
        let sel = k == s.selected;
        let base = if sel { t.text.patch(t.selected) } else { t.text };
        let mut spans = vec![
            Span::styled(if sel { "► " } else { "  " }, base),
            Span::styled(fit(&sanitize_line(row.headline(&app.brief)), cols.text), base),
        ];
        for (a, _, cw) in &cols.outlets {
            let m = row.mark(*a);
            spans.push(Span::styled(centre(symbol(m), *cw), base.patch(mark_style(t, m))));
        }
        if cols.note > 0 {
            spans.push(Span::styled(
                fit(&format!(" {}", row.note(&app.brief)), cols.note),
                base.patch(t.muted),
            ));
        }
        lines.push(Line::from(spans));
    }
    f.render_widget(Lines::new(lines), inner);
}

/// Byte ranges of article `a`'s text that differ in the point: its own side of each conflict
/// and the other side of those it is the reference for.
fn marks_of(row: &PointRow, a: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (b, c) in &row.cells {
        for x in &c.conflicts {
            if *b == a {
                out.push(x.own);
            } else if x.with == a {
                out.push(x.other);
            }
        }
    }
    out
}

fn draw_detail(f: &mut Frame, app: &App, row: &PointRow, cur: usize, r: Rect) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.border_focused)
        .title(Span::styled(
            format!(" Story point · told by {} of {} ", row.tellers(), app.brief.articles.len()),
            t.title,
        ))
        .title_bottom(
            Line::styled(" Enter read · c compare · Esc back ", t.muted).alignment(Alignment::Right),
        );
    let inner = block.inner(r);
    f.render_widget(block, r);
    let w = (inner.width as usize).saturating_sub(4).max(1);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;
    let mut silent = Vec::new();
    for (k, (a, cell)) in row.cells.iter().enumerate() {
        let Some(art) = app.brief.articles.get(*a) else { continue };
        let here = k == cur.min(row.cells.len().saturating_sub(1));
        if here {
            cursor_line = lines.len();
        }
        let how = match cell.mark {
            Mark::TellsDifferently => {
                let kinds: Vec<&str> = cell
                    .conflicts
                    .iter()
                    .map(|c| c.kind.name())
                    .collect();
                format!(" ◆ tells it differently: {}", kinds.join(", "))
            }
            _ => " ● tells it".into(),
        };
        lines.push(Line::from(vec![
            Span::styled(if here { "► " } else { "  " }, t.cursor_mark),
            Span::styled(sanitize_line(&art.outlet), t.title),
            Span::styled(how, mark_style(t, cell.mark)),
        ]));
        let marks = marks_of(row, *a);
        for &sen in &cell.sentences {
            let Some(x) = art.sentences.get(sen) else { continue };
            let side = RowSide {
                article: *a,
                sentence: sen,
                last_sentence: sen,
                start: x.start,
                end: x.end,
            };
            let v = sent_view(&app.brief, &side, &marks, &[], w);
            for &(s0, s1) in &v.lines {
                let mut l = vec![Span::raw("    ")];
                l.extend(spans(t, &v, s0, s1, here));
                lines.push(Line::from(l));
            }
        }
        lines.push(Line::raw(""));
    }
    for (a, art) in app.brief.articles.iter().enumerate() {
        if row.cell(a).is_none() {
            silent.push(sanitize_line(&art.outlet));
        }
    }
    if !silent.is_empty() {
        let text = format!("{}: not told", silent.join(", "));
        for l in textwrap::wrap(&text, w + 2) {
            lines.push(Line::styled(format!("  {l}"), t.muted));
        }
    }
    let h = inner.height as usize;
    let skip = cursor_line.saturating_sub(h / 3);
    let shown: Vec<Line> = lines.into_iter().skip(skip).take(h).collect();
    f.render_widget(Lines::new(shown), inner);
}
