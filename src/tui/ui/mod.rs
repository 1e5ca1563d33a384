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
    let reader_text = inner(reader).and_then(|r| {
        // One column is left free on the right so text never touches the scrollbar.
        (r.width > GUTTER + 1).then(|| Rect::new(r.x + GUTTER, r.y, r.width - GUTTER - 1, r.height))
    });
    Areas {
        list,
        list_inner: list.and_then(inner),
        list_side: side,
        reader: Some(reader),
        reader_text,
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
    match app.overlay {
        Some(Overlay::Search) => search::view::draw(f, app, full),
        Some(Overlay::Help { .. }) => help::view::draw(f, app, full),
        None => {}
    }
}

fn draw_status(f: &mut Frame, app: &App, r: Rect) {
    let t = &app.theme;
    let screen = app.view.screen();
    let mut middle = format!(" {} ", (screen.status)(app));
    if !app.show_boilerplate {
        middle.push_str("│ boilerplate hidden ");
    }
    if let Some(m) = &app.message {
        middle = format!("{middle}│ {} ", sanitize_line(m));
    } else if let Some(e) = screen
        .reads
        .then(|| app.selected_entity())
        .flatten()
        .and_then(|i| app.brief.entities.get(i))
    {
        let kind = format!("{:?}", e.kind).to_lowercase();
        middle = format!("{middle}│ {} ({kind}) ", sanitize_line(&e.name));
    }
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
    let mid_w = UnicodeWidthStr::width(middle.as_str());
    // The title gets what the state does not need, but keeps a few columns.
    let tw = room
        .saturating_sub(mid_w)
        .max((room / 5).min(16))
        .min(UnicodeWidthStr::width(title.as_str()));
    let mw = room.saturating_sub(tw);
    let line = Line::from(vec![
        Span::styled(fit(&title, tw), t.status.patch(t.title)),
        Span::styled(fit(&middle, mw), t.status),
        Span::styled(fit(right, w.saturating_sub(tw + mw)), t.status_key),
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
