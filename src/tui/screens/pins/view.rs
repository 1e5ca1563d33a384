//! The pins list: two lines a pin (outlet, kind and speaker; then the text).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::tui::app::App;
use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;

/// Rows a pin takes.
const PER_PIN: usize = 2;

pub fn draw(f: &mut Frame, app: &App, r: Rect) {
    let t = &app.theme;
    let rows = super::rows(app);
    let title = format!(" Pins ({}) · Enter open · d unpin ", rows.len());
    let block = Block::bordered()
        .border_style(t.border_focused)
        .title(Span::styled(
            fit(&title, (r.width as usize).saturating_sub(2).min(title.chars().count())),
            t.title,
        ));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let w = inner.width as usize;
    if rows.is_empty() {
        let msg = " no pins yet: p in a reader pins the quote or claim of its sentence";
        f.render_widget(Lines::new(vec![Line::styled(fit(msg, w), t.muted)]), inner);
        return;
    }
    let cursor = app.screens.pins.cursor.min(rows.len() - 1);
    let fit_pins = (inner.height as usize / PER_PIN).max(1);
    let first = cursor.saturating_sub(fit_pins - 1);
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(first).take(fit_pins) {
        let sel = i == cursor;
        let base = if sel { t.text.patch(t.selected) } else { t.text };
        let who = row
            .speaker
            .as_deref()
            .map_or(String::new(), |s| format!(" · {s}"));
        let head = format!("{} {} · {}{who}", if sel { "►" } else { " " }, row.outlet, row.kind);
        lines.push(Line::styled(fit(&head, w), base.patch(t.title)));
        lines.push(Line::styled(fit(&format!("   {}", row.text), w), base));
    }
    f.render_widget(Lines::new(lines), inner);
}
