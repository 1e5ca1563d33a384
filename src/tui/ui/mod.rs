//! The frame around the screens: each screen draws itself (its `view.rs`) above the status line
//! drawn here, and the overlays go on top. Nothing here changes state or does I/O. [`areas`] is
//! the one place screen space is divided, shared with the keys so scrolling and clicks agree
//! with what is drawn.

pub mod lines;

use lines::Lines;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::app::{App, Overlay, View};
use super::overlays::{help, search};
use crate::text::sanitize_line;

/// Below this size the layout is replaced by a short message.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;

/// Columns at the left of the reader text: current-sentence mark and claim mark.
pub const GUTTER: u16 = 2;

/// Longest reader line, in columns: on a wide terminal the text keeps a readable measure
/// (centred in the pane) instead of running the full width.
pub const MEASURE: u16 = 90;

/// Width from which the list sits beside the reader rather than above it.
pub const SIDE_BY_SIDE: u16 = 100;

/// Where each part of the screen goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub list: Option<Rect>,
    pub list_inner: Option<Rect>,
    /// The list is beside the reader (items take several rows) rather than above it.
    pub list_side: bool,
    pub reader: Option<Rect>,
    pub reader_text: Option<Rect>,
    /// The reader's header line (outlet, date, byline, word count), above its text.
    pub reader_header: Option<Rect>,
    pub status: Option<Rect>,
    pub too_small: bool,
}

fn inner(r: Rect) -> Option<Rect> {
    (r.width > 2 && r.height > 2).then(|| Rect::new(r.x + 1, r.y + 1, r.width - 2, r.height - 2))
}

/// Divides a `width` x `height` screen for `view` with `articles` articles.
pub fn areas(view: View, width: u16, height: u16, articles: usize) -> Areas {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return Areas {
            too_small: true,
            ..Areas::default()
        };
    }
    let status = Rect::new(0, height - 1, width, 1);
    let main = Rect::new(0, 0, width, height - 1);
    let (list, reader, side) = match view {
        View::List if width >= SIDE_BY_SIDE => {
            let lw = (width / 3).clamp(30, 44);
            (
                Some(Rect::new(0, 0, lw, main.height)),
                Rect::new(lw, 0, width - lw, main.height),
                true,
            )
        }
        View::List => {
            let want = u16::try_from(articles)
                .unwrap_or(u16::MAX)
                .saturating_add(3);
            let lh = want.clamp(4, main.height / 2);
            (
                Some(Rect::new(0, 0, width, lh)),
                Rect::new(0, lh, width, main.height - lh),
                false,
            )
        }
        _ => (None, main, false),
    };
    let inside = inner(reader);
    // A header line when the pane has room for it and a few lines of text.
    let header = inside.filter(|r| r.height >= 6 && r.width > GUTTER + 1);
    // One column is left free on the right so text never touches the scrollbar; a column
    // wider than the measure is centred in the pane.
    let column = |r: Rect| {
        let room = r.width - GUTTER - 1;
        let w = room.min(MEASURE);
        (r.x + GUTTER + (room - w) / 2, w)
    };
    let reader_header = header.map(|r| {
        let (x, w) = column(r);
        Rect::new(x, r.y, w, 1)
    });
    let reader_text = inside.filter(|r| r.width > GUTTER + 1).map(|r| {
        let (y, h) = if header.is_some() {
            (r.y + 1, r.height - 1)
        } else {
            (r.y, r.height)
        };
        let (x, w) = column(r);
        Rect::new(x, y, w, h)
    });
    Areas {
        list,
        list_inner: list.and_then(inner),
        list_side: side,
        reader: Some(reader),
        reader_text,
        reader_header,
        status: Some(status),
        too_small: false,
    }
}

/// `s` cut to `width` columns (with an ellipsis when cut) and padded to exactly `width`.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    let total = UnicodeWidthStr::width(s);
    let room = if total > width {
        width.saturating_sub(1)
    } else {
        width
    };
    for g in s.graphemes(true) {
        let gw = UnicodeWidthStr::width(g);
        if w + gw > room {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    if total > width && width > 0 {
        out.push('…');
        w += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// The one line shown while a brief is read, before the first frame of the app.
pub fn draw_loading(f: &mut Frame, path: Option<&std::path::Path>) {
    let full = f.area();
    let what = path.map_or_else(
        || "the built-in brief".to_string(),
        |p| sanitize_line(&p.display().to_string()),
    );
    let msg = format!(" loading {what}…");
    let y = full.y + full.height / 2;
    let r = Rect::new(
        full.x,
        y.min(full.bottom().saturating_sub(1)),
        full.width,
        1,
    );
    if full.height > 0 {
        f.render_widget(Lines::new(Line::raw(fit(&msg, full.width as usize))), r);
    }
}

/// Draws the whole screen.
pub fn draw(f: &mut Frame, app: &App) {
    let full = f.area();
    let a = areas(app.view, full.width, full.height, app.brief.articles.len());
    if a.too_small {
        let msg = format!("terminal too small: need {MIN_WIDTH}x{MIN_HEIGHT}");
        let lines: Vec<Line> = textwrap::wrap(&msg, full.width.max(1) as usize)
            .into_iter()
            .map(|l| Line::raw(l.into_owned()))
            .collect();
        f.render_widget(Lines::new(lines), full);
        return;
    }
    let main = Rect::new(full.x, full.y, full.width, full.height.saturating_sub(1));
    (app.view.screen().draw)(f, app, main);
    if let Some(r) = a.status {
        draw_status(f, app, r);
    }
    if let Some(n) = &app.notice {
        draw_notice(f, app, n, main);
    }
    match app.overlay {
        Some(Overlay::Search) => search::view::draw(f, app, full),
        Some(Overlay::Help { .. }) => help::view::draw(f, app, full),
        Some(Overlay::Open) => crate::tui::overlays::open::view::draw(f, app, full),
        // Typed into the list's title, which the list draws.
        Some(Overlay::Filter) | None => {}
    }
}

/// A notice in a box at the foot of `main`, wrapped whole to its width (a path is broken
/// anywhere rather than cut), at most half the screen high.
fn draw_notice(f: &mut Frame, app: &App, notice: &str, main: Rect) {
    let t = &app.theme;
    let text_w = (main.width as usize).saturating_sub(4).max(1);
    let opts = textwrap::Options::new(text_w).break_words(true);
    let lines: Vec<Line> = textwrap::wrap(&sanitize_line(notice), opts)
        .into_iter()
        .map(|l| Line::styled(format!(" {l}"), t.text))
        .collect();
    let h = (lines.len() as u16 + 2)
        .min((main.height / 2).max(3))
        .min(main.height);
    if h < 3 || main.width < 4 {
        return;
    }
    let r = Rect::new(main.x, main.y + main.height - h, main.width, h);
    f.render_widget(ratatui::widgets::Clear, r);
    let block = ratatui::widgets::Block::bordered()
        .border_style(t.border_focused)
        .title(Span::styled(" Notice ", t.title))
        .title_bottom(Line::styled(" Esc dismiss ", t.muted).right_aligned());
    let inner = block.inner(r);
    f.render_widget(block, r);
    f.render_widget(Lines::new(lines), inner);
}

/// The style of a pane's title: the focused pane's stands out (reversed, bold), beyond its
/// border's colour, which a 16-colour or colourless terminal may hardly show.
pub fn pane_title(t: &crate::tui::theme::Theme, focused: bool) -> ratatui::style::Style {
    use ratatui::style::Modifier;
    if focused {
        t.title.add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        t.title
    }
}

/// Columns the screen's state keeps in the status line, however short it is now.
const STATE_SLOT: usize = 26;

fn draw_status(f: &mut Frame, app: &App, r: Rect) {
    let t = &app.theme;
    let screen = app.view.screen();
    let mut state = format!(" {} ", (screen.status)(app));
    if !app.show_boilerplate {
        state.push_str("│ boilerplate hidden ");
    }
    let middle = if let Some(m) = &app.message {
        format!("│ {} ", sanitize_line(m))
    } else if let Some(e) = screen
        .reads
        .then(|| app.selected_entity())
        .flatten()
        .and_then(|i| app.brief.entities.get(i))
    {
        let kind = format!("{:?}", e.kind).to_lowercase();
        format!("│ {} ({kind}) ", sanitize_line(&e.name))
    } else {
        String::new()
    };
    let w = r.width as usize;
    let right = if w >= 60 {
        " ? help  q quit "
    } else {
        " ? help "
    };
    let rw = UnicodeWidthStr::width(right);
    let title = sanitize_line(&app.brief.title);
    let title = if title.is_empty() {
        "newsbrief".to_string()
    } else {
        title
    };
    let title = format!(" {title} ");
    let room = w.saturating_sub(rw);
    // Fixed slots, so nothing moves as the entity under the cursor changes: the title, then
    // the screen's state, then the entity or a note in what is left.
    // A note is read once and goes with the next key: the title and the state's spare
    // columns give way to it while it shows.
    let note = app.message.is_some();
    let tw = UnicodeWidthStr::width(title.as_str()).min(if note { room / 8 } else { room / 4 });
    let state_w = UnicodeWidthStr::width(state.as_str())
        .max(if note { 0 } else { STATE_SLOT })
        .min(room.saturating_sub(tw));
    let mw = room.saturating_sub(tw + state_w);
    let line = Line::from(vec![
        Span::styled(fit(&title, tw), t.status.add_modifier(t.title.add_modifier)),
        Span::styled(fit(&state, state_w), t.status),
        Span::styled(fit(&middle, mw), t.status),
        Span::styled(
            fit(right, w.saturating_sub(tw + state_w + mw)),
            t.status_key,
        ),
    ]);
    f.render_widget(Lines::new(line).style(t.status), r);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_width_and_pads() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("東京都", 4), "東… ");
        assert_eq!(UnicodeWidthStr::width(fit("東京都", 4).as_str()), 4);
        assert_eq!(fit("e\u{301}tude", 2), "e\u{301}…");
        assert_eq!(fit("x", 0), "");
    }

    #[test]
    fn areas_stay_inside_the_screen() {
        for view in [View::List, View::Reader, View::Entities] {
            for w in [1, 39, 40, 80, 99, 100, 300] {
                for h in [1, 9, 10, 24, 100] {
                    let a = areas(view, w, h, 5);
                    for r in [a.list, a.list_inner, a.reader, a.reader_text, a.status]
                        .into_iter()
                        .flatten()
                    {
                        assert!(r.right() <= w && r.bottom() <= h, "{r:?} in {w}x{h}");
                    }
                }
            }
        }
    }
}
