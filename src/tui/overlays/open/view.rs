//! The open-brief prompt: a box at the foot of the screen with the path typed, the candidates
//! Tab found (the one picked lit) and a hint line with the prompt's keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};
use unicode_width::UnicodeWidthStr;

use crate::text::sanitize_line;
use crate::tui::app::App;
use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;

/// The prompt's bottom line: its keys, since `?` types a path rather than helps.
pub const HINT: &str = " Tab complete · Enter open · Esc cancel ";

/// Candidates listed at most, around the one picked.
const LISTED: usize = 8;

/// The last `w` columns of `s` (a long path is shown by its end, where the typing is).
fn tail(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    let mut out: Vec<char> = Vec::new();
    let mut used = 1;
    for c in s.chars().rev() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > w {
            break;
        }
        used += cw;
        out.push(c);
    }
    out.reverse();
    format!("…{}", out.into_iter().collect::<String>())
}

pub fn draw(f: &mut Frame, app: &App, full: Rect) {
    let t = &app.theme;
    let p = &app.open_prompt;
    let main_h = full.height.saturating_sub(1);
    let listed = p.candidates.len().min(LISTED);
    let h = (listed as u16 + 3).min(main_h);
    if h < 3 || full.width < 8 {
        return;
    }
    let r = Rect::new(full.x, full.y + main_h - h, full.width, h);
    f.render_widget(Clear, r);
    let mut block = Block::bordered()
        .border_style(t.border_focused)
        .title(Span::styled(" Open brief ", t.title));
    if HINT.width() + 4 <= r.width as usize {
        block = block.title_bottom(Line::styled(HINT, t.muted).right_aligned());
    }
    let inner = block.inner(r);
    f.render_widget(block, r);
    let w = inner.width as usize;
    // "path: " then the input, its end kept in view, and the cursor block.
    let label = "path: ";
    let room = w.saturating_sub(label.width() + 1);
    let mut lines = vec![Line::from(vec![
        Span::styled(label, t.muted),
        Span::styled(tail(&sanitize_line(&p.input), room), t.text),
        Span::styled("█", t.cursor_mark),
    ])];
    let pick = p.pick.unwrap_or(0);
    let first = pick
        .saturating_sub(LISTED - 1)
        .min(p.candidates.len().saturating_sub(listed));
    for (i, c) in p.candidates.iter().enumerate().skip(first).take(listed) {
        let name = sanitize_line(c);
        // The name inside its directory: the directory is the input's.
        let short = name
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .map_or(name.clone(), |n| {
                if name.ends_with('/') {
                    format!("{n}/")
                } else {
                    n.to_string()
                }
            });
        let style = if p.pick == Some(i) {
            t.selected
        } else {
            t.text
        };
        lines.push(Line::styled(fit(&format!("  {short}"), w), style));
    }
    if p.candidates.len() > listed {
        let more = format!("  … {} candidates", p.candidates.len());
        if let Some(last) = lines.last_mut() {
            *last = Line::styled(fit(&more, w), t.muted);
        }
    }
    f.render_widget(Lines::new(lines), inner);
}
