//! The help overlay, generated from the keymap of the view underneath.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::{Action, Focus, View};
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

/// The overlay's own keys, in one line for its border: the first key of each way to scroll,
/// then how to close it.
fn own_keys() -> String {
    let scroll: Vec<String> = HELP
        .iter()
        .filter(|b| !matches!(b.action, Action::Back | Action::Quit))
        .filter_map(|b| b.keys.first().map(|p| p.label()))
        .collect();
    let close: Vec<String> = HELP
        .iter()
        .filter(|b| b.action == Action::Back)
        .map(|b| format!("{} {}", keys_label(b), b.help))
        .collect();
    format!("{} scroll · {}", scroll.join(" "), close.join(" · "))
}

/// The help's title: the screen, and the pane whose keys apply when it has two.
pub fn title(app: &App) -> String {
    if app.view == View::List && app.focus == Focus::Reader {
        " Keys: list, reader pane ".into()
    } else {
        format!(" Keys: {} ", app.view.name())
    }
}

/// The help's lines for a text column `text_w` wide: each description wrapped at word
/// boundaries, its keys on its first line.
fn lines<'a>(app: &App, key_w: usize, text_w: usize) -> Vec<Line<'a>> {
    let t = &app.theme;
    let mut out = Vec::new();
    for (k, d) in rows(app) {
        let wrapped = textwrap::wrap(&d, text_w.max(1));
        let mut first = true;
        for part in wrapped.iter().map(|c| c.to_string()).chain(
            // An empty description (a heading's spacer) still takes its row.
            wrapped.is_empty().then(String::new),
        ) {
            let keys = if first { k.as_str() } else { "" };
            first = false;
            out.push(Line::from(vec![
                Span::styled(format!(" {}", fit(keys, key_w)), t.help_key),
                Span::styled(format!("  {part}"), t.text),
            ]));
        }
    }
    out
}

/// Lines the help holds at the current size, for scrolling.
pub fn line_count(app: &App) -> usize {
    let (key_w, text_w, _) = widths(app, Rect::new(0, 0, app.width, app.height));
    lines(app, key_w, text_w).len()
}

/// Width of the key column, of the text column, and of the box, in `full`.
fn widths(app: &App, full: Rect) -> (usize, usize, u16) {
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
    // Borders, the leading space and the two between the columns.
    let room = (w as usize).saturating_sub(key_w + 5);
    (key_w, room.max(8), w)
}

/// Draws the overlay centred in `full`.
pub fn draw(f: &mut Frame, app: &App, full: Rect) {
    let Some(Overlay::Help { scroll }) = app.overlay else {
        return;
    };
    let t = &app.theme;
    let (key_w, text_w, w) = widths(app, full);
    let lines = lines(app, key_w, text_w);
    let h = (lines.len() as u16 + 2)
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
        .title(Span::styled(title(app), t.title));
    let inner = block.inner(area);
    let visible = inner.height as usize;
    let scroll = scroll.min(lines.len().saturating_sub(visible));
    let more = if scroll + visible < lines.len() {
        " ↓ more · "
    } else {
        " "
    };
    let footer = format!("{more}{} ", own_keys());
    let room = (w as usize).saturating_sub(2);
    let footer = if UnicodeWidthStr::width(footer.as_str()) > room {
        fit(&footer, room)
    } else {
        footer
    };
    let block = block
        .title_bottom(Line::styled(footer, t.muted).alignment(ratatui::layout::Alignment::Right));
    f.render_widget(block, area);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(visible).collect();
    f.render_widget(Lines::new(shown), inner);
}
