//! The help overlay, generated from the keymap of the view underneath.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::{App, Overlay};
use crate::tui::keymap::{HELP, keys_label, view_table};
use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;

/// The rows of the help: (keys, description) for every binding of the view underneath.
pub fn rows(app: &App) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = view_table(app.view)
        .iter()
        .map(|b| (keys_label(b), b.help.to_string()))
        .collect();
    rows.extend(crate::tui::overlays::search::view::help_rows());
    rows
}

/// The overlay's own keys, in one line for its border.
fn own_keys() -> String {
    HELP.iter()
        .map(|b| format!("{} {}", keys_label(b), b.help))
        .collect::<Vec<_>>()
        .join(" · ")
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
    let own_w = UnicodeWidthStr::width(own_keys().as_str()) + 14;
    let want_w = (key_w + text_w + 5).max(own_w) as u16;
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
        ));
    let inner = block.inner(area);
    let visible = inner.height as usize;
    let scroll = scroll.min(rows.len().saturating_sub(visible));
    let more = if scroll + visible < rows.len() {
        " ↓ more · "
    } else {
        " "
    };
    let block = block.title_bottom(
        Line::styled(format!("{more}{} ", own_keys()), t.muted)
            .alignment(ratatui::layout::Alignment::Right),
    );
    f.render_widget(block, area);
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
    f.render_widget(Lines::new(lines), inner);
}
