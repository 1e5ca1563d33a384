//! The article list: outlet, headline, date, size, counts of quotes and claims, and named /
//! anonymous sources.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;
use crate::brief::Article;
use crate::text::sanitize_line;
use crate::tui::app::{App, Focus, View};

/// Rows one article takes: one table row above the reader, a small card beside it.
pub fn rows_per_item(side: bool) -> usize {
    if side { 4 } else { 1 }
}

/// Rows taken by the column headings.
pub fn header_rows(side: bool) -> u16 {
    if side { 0 } else { 1 }
}

/// Index of the first article shown so the selected one is visible.
pub fn first_shown(selected: usize, inner: Rect, side: bool) -> usize {
    let rows = inner.height.saturating_sub(header_rows(side)) as usize;
    let fit = (rows / rows_per_item(side)).max(1);
    selected.saturating_sub(fit - 1)
}

fn date(a: &Article) -> String {
    a.published
        .as_deref()
        .map(sanitize_line)
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "date unknown".into())
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// Draws the list in `r` (bordered); `inner` is the space inside the border.
pub fn draw(f: &mut Frame, app: &App, r: Rect, inner: Rect, side: bool) {
    let t = &app.theme;
    let focused = app.view == View::List && app.focus == Focus::List;
    let border = if focused { t.border_focused } else { t.border };
    let ls = &app.screens.list;
    let n = app.brief.articles.len();
    let mut title = if ls.order.len() == n {
        format!(" Articles ({n}) ")
    } else {
        format!(" Articles ({}/{n}) ", ls.order.len())
    };
    if ls.sort != super::order::ListSort::Order {
        title.push_str(&format!("· by {} ", ls.sort.label()));
    }
    let typing = app.overlay == Some(crate::tui::action::Overlay::Filter);
    if typing || !ls.filter.is_empty() {
        let f = sanitize_line(&ls.filter);
        title.push_str(&format!("· filter: {f}{} ", if typing { "▏" } else { "" }));
    }
    f.render_widget(
        Block::bordered()
            .border_style(border)
            .title(Span::styled(title, crate::tui::ui::pane_title(t, focused))),
        r,
    );
    let w = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    if app.brief.articles.is_empty() {
        lines.push(Line::styled(fit(" this brief has no articles", w), t.muted));
        f.render_widget(Lines::new(lines), inner);
        return;
    }
    let outlet_w = app
        .outlet_width
        .clamp(6, 26)
        // Narrow screens shrink the outlet so the numbers stay visible.
        .min(w.saturating_sub(40).max(6));
    if !side {
        let head = format!(
            "{}{:<12} {:>6} {:>3} {:>3} {:>5}  HEADLINE",
            fit("  # OUTLET", outlet_w + 6),
            "DATE",
            "WORDS",
            "Q",
            "C",
            "SRC"
        );
        lines.push(Line::styled(fit(&head, w), t.muted));
    }
    if ls.order.is_empty() {
        let msg = " no article matches the filter (f, then Esc clears it)";
        lines.push(Line::styled(fit(msg, w), t.muted));
    }
    let first = first_shown(super::order::position(app), inner, side);
    for &i in ls.order.iter().skip(first) {
        let a = &app.brief.articles[i];
        let sel = i == app.selected;
        // Named / anonymous sources.
        let stats = app.row_stats(i);
        let src = format!("{}/{}", stats.sources.named, stats.sources.anonymous);
        // Two marks side by side, so the selection never hides the read mark.
        let mark = format!(
            "{}{}",
            if sel { "►" } else { " " },
            if app.read.contains(&i) { "✓" } else { " " }
        );
        let base = if sel {
            t.text.patch(t.selected)
        } else {
            t.text
        };
        let outlet = sanitize_line(&a.outlet);
        let headline = sanitize_line(&a.headline);
        let n = if i < 9 {
            format!("{}", i + 1)
        } else {
            " ".into()
        };
        if side {
            let meta1 = format!("   {} · {}", date(a), plural(stats.words, "word"));
            let meta2 = format!(
                "   {} · {} · sources {}",
                plural(a.quotes.len(), "quote"),
                plural(a.claims.len(), "claim"),
                src
            );
            lines.push(Line::from(Span::styled(
                fit(&format!("{mark}{n} {outlet}"), w),
                base.patch(Style::new().add_modifier(ratatui::style::Modifier::BOLD)),
            )));
            lines.push(Line::styled(fit(&format!("   {headline}"), w), base));
            lines.push(Line::styled(fit(&meta1, w), base.patch(t.muted)));
            lines.push(Line::styled(fit(&meta2, w), base.patch(t.muted)));
        } else {
            let row = format!(
                "{mark}{n} {} {} {:>6} {:>3} {:>3} {src:>5}  {headline}",
                fit(&outlet, outlet_w),
                fit(&date(a), 12),
                stats.words,
                a.quotes.len(),
                a.claims.len()
            );
            lines.push(Line::styled(fit(&row, w), base));
        }
        if lines.len() >= inner.height as usize {
            break;
        }
    }
    f.render_widget(Lines::new(lines), inner);
}
