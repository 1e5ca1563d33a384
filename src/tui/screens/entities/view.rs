//! The entity view: a table of entities against the articles (who is named where, and who is
//! missing from which outlet), and the selected entity's mentions with a line of context each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;
use crate::brief::{Article, EntityKind};
use crate::text::sanitize_line;
use crate::tui::app::App;
use super::{EntityRow, MentionAt, kind_label};
use crate::tui::theme::Theme;

/// Width from which the mentions sit beside the table rather than below it.
pub const SIDE_BY_SIDE: u16 = 140;

/// The style of an entity's kind, as the reader colours it.
pub fn kind_style(t: &Theme, kind: EntityKind) -> Style {
    match kind {
        EntityKind::Person => t.person,
        EntityKind::Organization => t.organization,
        EntityKind::Place => t.place,
        EntityKind::Other => t.other,
    }
}

fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// The last `cols` columns of `s`, with an ellipsis in front when cut.
pub fn tail(s: &str, cols: usize) -> String {
    if width(s) <= cols {
        return s.to_string();
    }
    if cols == 0 {
        return String::new();
    }
    let mut out: Vec<&str> = Vec::new();
    let mut w = 0;
    for g in s.graphemes(true).rev() {
        let gw = width(g);
        if w + gw > cols - 1 {
            break;
        }
        out.push(g);
        w += gw;
    }
    out.reverse();
    format!("…{}", out.concat())
}

/// The kind in the table's six-column field.
fn short_kind(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Organization => "org",
        k => kind_label(k),
    }
}

/// Splits the table and the mentions pane.
fn split(r: Rect, want: u16) -> (Rect, Rect) {
    if r.width >= SIDE_BY_SIDE {
        let tw = want.clamp(r.width / 2, r.width * 3 / 5);
        (
            Rect::new(r.x, r.y, tw, r.height),
            Rect::new(r.x + tw, r.y, r.width - tw, r.height),
        )
    } else {
        let th = (r.height * 3 / 5).max(r.height.min(5)).min(r.height);
        (
            Rect::new(r.x, r.y, r.width, th),
            Rect::new(r.x, r.y + th, r.width, r.height - th),
        )
    }
}

fn inner(r: Rect) -> Option<Rect> {
    (r.width > 2 && r.height > 2).then(|| Rect::new(r.x + 1, r.y + 1, r.width - 2, r.height - 2))
}

/// Draws the view in `r`.
pub fn draw(f: &mut Frame, app: &App, r: Rect) {
    // Beside the mentions, the table takes what a 48-column name needs and leaves the rest.
    let n = app.brief.articles.len();
    let want = 2 + 14 + n.saturating_mul(id_width(app) + 1) + 48;
    let (top, bottom) = split(r, u16::try_from(want).unwrap_or(u16::MAX));
    draw_table(f, app, top);
    draw_mentions(f, app, bottom);
}

/// Width of the widest article id, within 3 to 10 columns (measured once, when the app opens).
fn id_width(app: &App) -> usize {
    app.id_width.clamp(3, 10)
}

/// Columns a name keeps however many articles there are: the article columns scroll
/// sideways instead (← / →).
const MIN_NAME: usize = 24;

/// The article columns of the table in `w` columns.
#[derive(Debug, Clone, Copy)]
struct Columns {
    /// Width of one count column.
    cw: usize,
    /// Width of the name column.
    nw: usize,
    /// First article shown and how many.
    first: usize,
    shown: usize,
    /// Width of the total column: "TOTAL", or the largest total's digits.
    tw: usize,
}

/// Lays the table out in `w` columns: the count columns narrow down to 3, then the name
/// keeps [`MIN_NAME`] (or what the width allows) and the articles that do not fit are
/// scrolled past, from the view's first column.
fn columns(app: &App, w: usize) -> Columns {
    let n = app.brief.articles.len();
    let id_w = id_width(app);
    let most = app.screens.entities.rows.iter().map(|r| r.total).max();
    let tw = most.map_or(0, |t| t.to_string().len()).max("TOTAL".len());
    // Mark, kind and the total column.
    let fixed = 1 + 7 + 1 + tw;
    let mut cw = id_w;
    while cw > 3 && w.saturating_sub(fixed + n * (cw + 1)) < 32 {
        cw -= 1;
    }
    // No article's count exceeds the largest total: room for its digits, or for the short
    // form of it that `count_cell` gives (at most four columns).
    let most_digits = most.map_or(1, |t| t.to_string().len());
    cw = cw.max(most_digits.min(4));
    let min_name = MIN_NAME.min(w.saturating_sub(fixed + cw + 1)).max(1);
    let fit_cols = w.saturating_sub(fixed + min_name) / (cw + 1);
    let shown = n.min(fit_cols);
    let first = app.screens.entities.column.min(n - shown.min(n));
    let nw = w.saturating_sub(fixed + shown * (cw + 1)).max(1);
    Columns {
        cw,
        nw,
        first,
        shown,
        tw,
    }
}

/// One article's count in a cell `cw` columns wide: the number when its digits fit, else
/// cut to thousands, millions… (`12k`, `3M`), never wider than four columns, so a huge
/// count never pushes the total column off the row (the total stays exact).
fn count_cell(k: usize, cw: usize) -> String {
    let plain = k.to_string();
    if plain.len() <= cw {
        return plain;
    }
    let mut v = k;
    for unit in ["k", "M", "G", "T", "P", "E"] {
        v /= 1000;
        if v < 1000 {
            return format!("{v}{unit}");
        }
    }
    plain
}

/// The frame of one of the view's two panels, its title cut to fit, its border lit when it has
/// the focus.
fn panel(f: &mut Frame, app: &App, r: Rect, title: &str, focused: bool) {
    let t = &app.theme;
    let border = if focused { t.border_focused } else { t.border };
    f.render_widget(
        Block::bordered().border_style(border).title(Span::styled(
            fit(title, width(title).min(r.width.saturating_sub(2) as usize)),
            crate::tui::ui::pane_title(t, focused),
        )),
        r,
    );
}

fn draw_table(f: &mut Frame, app: &App, r: Rect) {
    let t = &app.theme;
    let v = &app.screens.entities;
    let kind = v.kind.map_or("all", kind_label);
    let title = format!(
        " Entities {}/{} · sort {} (s) · kind {kind} (f) ",
        v.shown.len(),
        v.rows.len(),
        v.sort.label()
    );
    let w = inner(r).map_or(0, |i| i.width as usize);
    let c = columns(app, w);
    let n = app.brief.articles.len();
    let title = if c.shown < n {
        format!(
            "{title}· articles {}-{} of {n} (←/→) ",
            c.first + 1,
            c.first + c.shown
        )
    } else {
        title
    };
    panel(f, app, r, &title, !v.mentions_focused);
    let Some(inner) = inner(r) else { return };
    let (cw, nw) = (c.cw, c.nw);
    let mut lines: Vec<Line> = Vec::new();
    let mut head = format!(" {} {}", fit("KIND", 6), fit("NAME (aliases)", nw));
    for a in app.brief.articles.iter().skip(c.first).take(c.shown) {
        head.push(' ');
        head.push_str(&format!(
            "{:>cw$}",
            fit(&sanitize_line(&a.id), cw).trim_end()
        ));
    }
    head.push_str(&format!(" {:>tw$}", "TOTAL", tw = c.tw));
    lines.push(Line::styled(fit(&head, w), t.muted));
    if v.shown.is_empty() && !v.counting.is_pending() {
        let msg = if v.rows.is_empty() {
            " this brief names no entities"
        } else {
            " no entity of this kind (f: next kind)"
        };
        lines.push(Line::styled(fit(msg, w), t.muted));
    }
    if v.counting.is_pending() {
        let msg = format!(" {}", super::counting_line(n));
        lines.push(Line::styled(fit(&msg, w), t.muted));
    }
    let rows = (inner.height as usize).saturating_sub(1).max(1);
    let first = v.cursor.saturating_sub(rows - 1);
    for (pos, &ri) in v.shown.iter().enumerate().skip(first).take(rows) {
        let Some(row) = v.rows.get(ri) else { continue };
        lines.push(table_row(app, row, pos == v.cursor, c, w));
    }
    f.render_widget(Lines::new(lines).style(t.text), inner);
}

fn table_row(
    app: &App,
    row: &EntityRow,
    sel: bool,
    c: Columns,
    w: usize,
) -> Line<'static> {
    let (cw, nw) = (c.cw, c.nw);
    let t = &app.theme;
    let base = if sel {
        t.text.patch(t.selected)
    } else {
        t.text
    };
    let Some(e) = app.brief.entities.get(row.entity) else {
        return Line::raw("");
    };
    let name = sanitize_line(&e.name);
    let aliases: Vec<String> = e
        .aliases
        .iter()
        .map(|a| sanitize_line(a))
        .filter(|a| !a.is_empty())
        .collect();
    let mut spans = vec![
        Span::styled(if sel { "►" } else { " " }, base),
        Span::styled(
            format!("{} ", fit(short_kind(e.kind), 6)),
            base.patch(t.muted),
        ),
    ];
    let name_cols = width(&name).min(nw);
    spans.push(Span::styled(
        fit(&name, name_cols),
        base.patch(kind_style(t, e.kind)),
    ));
    let rest = nw - name_cols;
    let alias_text = if aliases.is_empty() {
        String::new()
    } else {
        format!(" ({})", aliases.join(", "))
    };
    spans.push(Span::styled(fit(&alias_text, rest), base.patch(t.muted)));
    let articles = app.brief.articles.len();
    for k in (c.first..articles).take(c.shown).map(|a| row.count_in(a)) {
        if k == 0 {
            spans.push(Span::styled(format!(" {:>cw$}", "·"), base.patch(t.dim)));
        } else {
            spans.push(Span::styled(format!(" {:>cw$}", count_cell(k, cw)), base));
        }
    }
    spans.push(Span::styled(
        format!(" {:>tw$}", row.total, tw = c.tw),
        base.add_modifier(Modifier::BOLD),
    ));
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    if used < w {
        spans.push(Span::styled(" ".repeat(w - used), base));
    }
    Line::from(spans)
}

/// The text around a mention, as (before, name, after), each sanitised to one line: the
/// sentence holding it, else its block.
pub fn context(a: &Article, m: &MentionAt) -> (String, String, String) {
    let (s, e) = a
        .sentences
        .iter()
        .find(|s| s.start <= m.start && m.start < s.end)
        .map(|s| (s.start, s.end))
        .or_else(|| {
            a.blocks
                .iter()
                .find(|b| b.start <= m.start && m.start < b.end)
                .map(|b| (b.start, b.end))
        })
        .unwrap_or((m.start, m.end));
    let (s, e) = (s.min(m.start), e.max(m.end));
    let before = a.text.get(s..m.start).unwrap_or("");
    let after = a.text.get(m.end..e).unwrap_or("");
    let mut b = sanitize_line(before);
    if before.ends_with(char::is_whitespace) && !b.is_empty() {
        b.push(' ');
    }
    let mut z = sanitize_line(after);
    if after.starts_with(char::is_whitespace) && !z.is_empty() {
        z.insert(0, ' ');
    }
    (b, sanitize_line(a.slice(m.start, m.end)), z)
}

fn draw_mentions(f: &mut Frame, app: &App, r: Rect) {
    let t = &app.theme;
    let v = &app.screens.entities;
    let row = v.selected_row();
    let ent = row.and_then(|x| app.brief.entities.get(x.entity));
    let title = match (row, ent) {
        (Some(row), Some(e)) => format!(
            " Mentions of {} ({}) · Enter open · h highlight ",
            sanitize_line(&e.name),
            row.mentions.len()
        ),
        _ => " Mentions ".to_string(),
    };
    panel(f, app, r, &title, v.mentions_focused);
    let (Some(inner), Some(row), Some(e)) = (inner(r), row, ent) else {
        return;
    };
    let w = inner.width as usize;
    let id_w = id_width(app).min(w / 4);
    let rows = (inner.height as usize).max(1);
    let first = v.mention.saturating_sub(rows - 1);
    let mut lines = Vec::new();
    for (i, m) in row.mentions.iter().enumerate().skip(first).take(rows) {
        let Some(a) = app.brief.articles.get(m.article) else {
            continue;
        };
        let sel = v.mentions_focused && i == v.mention;
        let base = if sel {
            t.text.patch(t.selected)
        } else {
            t.text
        };
        let (before, name, after) = context(a, m);
        let prefix = format!(
            "{}{} ",
            if sel { "►" } else { " " },
            fit(&sanitize_line(&a.id), id_w)
        );
        let avail = w.saturating_sub(width(&prefix));
        let name = fit(&name, width(&name).min(avail));
        let nw = width(&name);
        let room = avail - nw;
        let bw = width(&before).min((room / 3).max(room.saturating_sub(width(&after))));
        let before = tail(&before, bw);
        let aw = room.saturating_sub(width(&before));
        lines.push(Line::from(vec![
            Span::styled(prefix, base.patch(t.muted)),
            Span::styled(before, base),
            Span::styled(name, base.patch(kind_style(t, e.kind)).patch(t.focus)),
            Span::styled(fit(&after, aw), base),
        ]));
    }
    f.render_widget(Lines::new(lines).style(t.text), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_too_wide_for_its_cell_is_cut_to_thousands() {
        assert_eq!(count_cell(999, 3), "999");
        assert_eq!(count_cell(1000, 3), "1k");
        assert_eq!(count_cell(1999, 4), "1999");
        assert_eq!(count_cell(123_456, 4), "123k");
        assert_eq!(count_cell(12_345_678, 4), "12M");
        assert_eq!(count_cell(usize::MAX, 4).len(), 3, "{}", count_cell(usize::MAX, 4));
        for k in [0, 9, 10_000, 999_999, 1_000_000, 987_654_321_000] {
            assert!(count_cell(k, 4).len() <= 4, "{k}");
        }
    }

    #[test]
    fn tail_keeps_the_end_by_width() {
        assert_eq!(tail("abcdef", 4), "…def");
        assert_eq!(tail("abc", 4), "abc");
        assert_eq!(tail("東京都", 3), "…都");
        assert_eq!(tail("abc", 0), "");
    }

    #[test]
    fn context_is_the_sentence_with_spaces_kept_and_escapes_removed() {
        let b = crate::brief::default_brief();
        let a = &b.articles[0];
        let e = b
            .entities
            .iter()
            .find(|e| e.name == "Qasem Soleimani")
            .unwrap();
        let m = e.mentions.iter().find(|m| m.article == a.id).unwrap();
        let at = MentionAt {
            article: 0,
            start: m.start,
            end: m.end,
        };
        let (before, name, after) = context(a, &at);
        assert!(name.contains("Soleimani"));
        assert!(before.ends_with(' '), "{before:?}");
        assert!(crate::text::is_terminal_safe(&format!(
            "{before}{name}{after}"
        )));
        let far = MentionAt {
            article: 0,
            start: 1 << 30,
            end: (1 << 30) + 3,
        };
        assert_eq!(
            context(a, &far),
            (String::new(), String::new(), String::new())
        );
    }
}
