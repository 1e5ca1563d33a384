//! Finished lines drawn straight into the buffer.
//!
//! Every view hands over lines already cut to width (and sanitised), so all a paragraph widget
//! has left to do is copy them into cells. ratatui's `Paragraph` still segments each span into
//! grapheme clusters and measures each one, which made that copy most of a frame's cost on
//! large terminals. [`Lines`] draws exactly what `Paragraph` without wrapping draws, but
//! copies lines of plain one-cell characters directly and hands any other line to `Paragraph`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Widget};

/// A drop-in for `Paragraph::new(text).style(style)` with no wrapping and no scrolling.
pub struct Lines<'a> {
    text: Text<'a>,
    style: Style,
}

impl<'a> Lines<'a> {
    pub fn new<T: Into<Text<'a>>>(text: T) -> Self {
        Lines {
            text: text.into(),
            style: Style::default(),
        }
    }

    /// Style of the whole area, under the lines' own styles (as `Paragraph::style`).
    pub fn style<S: Into<Style>>(mut self, style: S) -> Self {
        self.style = style.into();
        self
    }
}

impl Widget for Lines<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        buf.set_style(area, self.style);
        let align = self.text.alignment.unwrap_or(Alignment::Left);
        for (y, line) in (area.y..area.bottom()).zip(&self.text.lines) {
            let row = Rect::new(area.x, y, area.width, 1);
            if !draw_simple(line, self.text.style, align, row, buf) {
                let one = Text::from(line.clone()).style(self.text.style);
                Paragraph::new(one).alignment(align).render(row, buf);
            }
        }
    }
}

/// A character that is a whole grapheme cluster one cell wide whatever surrounds it (as long as
/// its neighbours are such characters too): printable ASCII, printable Latin-1, and the
/// typographic dashes, quotes and bullets of U+2010..U+2027 that news text is full of.
fn simple(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{ac}' | '\u{ae}'..='\u{ff}' | '\u{2010}'..='\u{2027}')
}

/// Draws a line made only of [`simple`] characters (one cell each); false, drawing nothing,
/// for any other line, and for a line too wide for its row that is not left-aligned.
fn draw_simple(
    line: &Line<'_>,
    base: Style,
    align: Alignment,
    row: Rect,
    buf: &mut Buffer,
) -> bool {
    let mut width = 0;
    for span in &line.spans {
        for c in span.content.chars() {
            if !simple(c) {
                return false;
            }
            width += 1;
        }
    }
    let align = line.alignment.unwrap_or(align);
    let room = usize::from(row.width);
    let mut x = match align {
        _ if width > room && align != Alignment::Left => return false,
        Alignment::Left => 0,
        // As `Paragraph` places a narrower line.
        Alignment::Center => (room / 2).saturating_sub(width / 2),
        Alignment::Right => room - width,
    };
    let line_style = base.patch(line.style);
    for span in &line.spans {
        let style = line_style.patch(span.style);
        for c in span.content.chars() {
            if x >= room {
                return true;
            }
            buf[(row.x + x as u16, row.y)].set_char(c).set_style(style);
            x += 1;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    fn both(text: Text<'static>, style: Style, area: Rect) -> (Buffer, Buffer) {
        let full = Rect::new(0, 0, area.right() + 2, area.bottom() + 1);
        let mut ours = Buffer::empty(full);
        let mut theirs = Buffer::empty(full);
        // Something under the area, so style patching is compared too.
        for b in [&mut ours, &mut theirs] {
            b.set_style(
                full,
                Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            );
        }
        Lines::new(text.clone())
            .style(style)
            .render(area, &mut ours);
        Paragraph::new(text).style(style).render(area, &mut theirs);
        (ours, theirs)
    }

    fn span_strategy() -> impl Strategy<Value = Span<'static>> {
        let content = prop_oneof![
            4 => "[ -~]{0,12}",
            2 => "[a-z’“”—…•é\\u{a0}\\u{ad}\\u{2028}]{0,8}",
            1 => "[a-z漢😀é\\u{301}\\u{200d}\\t ]{0,6}",
        ];
        let style = prop_oneof![
            Just(Style::default()),
            Just(Style::new().fg(Color::Blue)),
            Just(
                Style::new()
                    .bg(Color::Green)
                    .add_modifier(Modifier::REVERSED)
            ),
            Just(Style::new().remove_modifier(Modifier::BOLD)),
        ];
        (content, style).prop_map(|(c, s)| Span::styled(c, s))
    }

    fn line_strategy() -> impl Strategy<Value = Line<'static>> {
        let align = prop_oneof![
            Just(None),
            Just(Some(Alignment::Left)),
            Just(Some(Alignment::Center)),
            Just(Some(Alignment::Right)),
        ];
        (proptest::collection::vec(span_strategy(), 0..4), align).prop_map(|(spans, a)| {
            let line = Line::from(spans);
            match a {
                Some(a) => line.alignment(a),
                None => line,
            }
        })
    }

    proptest! {
        #[test]
        fn draws_what_paragraph_draws(
            lines in proptest::collection::vec(line_strategy(), 0..6),
            italic in any::<bool>(),
            (x, y, w, h) in (0u16..3, 0u16..3, 0u16..30, 0u16..5),
        ) {
            let style = if italic { Style::new().add_modifier(Modifier::ITALIC) } else { Style::new() };
            let (ours, theirs) = both(Text::from(lines), style, Rect::new(x, y, w, h));
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn areas_outside_the_buffer_are_clipped() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 2));
        Lines::new("abcdefgh").render(Rect::new(2, 1, 10, 5), &mut buf);
        assert_eq!(buf[(3, 1)].symbol(), "b");
    }
}
