//! The help overlay, generated from the keymap of the view underneath.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::tui::app::{App, Overlay};
use crate::tui::keymap::{HELP, keys_label, view_table};

/// The rows of the help: (keys, description), the view's keys then the overlay's own.
pub fn rows(app: &App) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = view_table(app.view)
        .iter()
        .map(|b| (keys_label(b), b.help.to_string()))
        .collect();
    out.push((String::new(), String::new()));
    out.push((String::new(), "In this help:".into()));
    out.extend(HELP.iter().map(|b| (keys_label(b), b.help.to_string())));
    out
}

/// Draws the overlay centred in `full`.
pub fn draw(f: &mut Frame, app: &App, full: Rect) {
    let Some(Overlay::Help { scroll }) = app.overlay else {
        return;
    };
    let t = &app.theme;
    let rows = rows(app);
    let key_w = rows
        .iter()
        .map(|(k, _)| UnicodeWidthStr::width(k.as_str()))
        .max()
        .unwrap_or(0);
    let text_w = rows
        .iter()
        .map(|(_, d)| UnicodeWidthStr::width(d.as_str()))
        .max()
        .unwrap_or(0);
    let want_w = (key_w + text_w + 5) as u16;
    let w = want_w
        .min(full.width.saturating_sub(2))
        .max(1)
        .min(full.width);
    let h = (rows.len() as u16 + 2)
        .min(full.height.saturating_sub(2))
        .max(1)
        .min(full.height);
    let area = Rect::new(
        full.x + (full.width - w) / 2,
        full.y + (full.height - h) / 2,
        w,
        h,
    );
    f.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(t.border_focused)
        .style(t.text)
        .title(Span::styled(
            format!(" Keys: {} ", app.view.name()),
            t.title,
        ))
        .title_bottom(Line::styled(" Esc closes ", t.muted));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let visible = inner.height as usize;
    let scroll = scroll.min(rows.len().saturating_sub(visible));
    let lines: Vec<Line> = rows
        .iter()
        .skip(scroll)
        .take(visible)
        .map(|(k, d)| {
            Line::from(vec![
                Span::styled(format!(" {}", fit(k, key_w)), t.help_key),
                Span::styled(format!("  {d}"), t.text),
            ])
        })
        .collect();
    f.render_widget(Paragraph::new(lines), inner);
}
