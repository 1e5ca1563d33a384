//! `y`: the text under the cursor to the system clipboard through OSC 52, which the terminal
//! (and tmux, and a terminal at the other end of SSH) turns into a clipboard write. The text
//! is sanitised first, so no escape sequence from an article is ever pasted into a shell, and
//! travels base64-encoded, so no byte of it reaches the terminal as text.

use base64::Engine;

use super::app::App;
use super::screens::View;
use super::screens::compare::{Fold, Mode};
use super::screens::quotes::QuoteEntry;
use crate::brief::Brief;
use crate::text::sanitize_line;

/// Longest text copied: terminals refuse longer OSC 52 strings (xterm's default is 100 kB
/// of base64), so a longer one is cut rather than lost.
const MAX_BYTES: usize = 64 * 1024;

/// The OSC 52 sequence that puts `text` on the clipboard, sanitised line by line.
pub fn osc52(text: &str) -> String {
    let mut clean = text
        .lines()
        .map(sanitize_line)
        .collect::<Vec<_>>()
        .join("\n");
    if clean.len() > MAX_BYTES {
        let mut end = MAX_BYTES;
        while !clean.is_char_boundary(end) {
            end -= 1;
        }
        clean.truncate(end);
    }
    let b64 = base64::engine::general_purpose::STANDARD.encode(clean.as_bytes());
    format!("\x1b]52;c;{b64}\x07")
}

fn span(brief: &Brief, article: usize, start: usize, end: usize) -> String {
    brief
        .articles
        .get(article)
        .and_then(|a| a.text.get(start..end))
        .map(sanitize_line)
        .unwrap_or_default()
}

fn outlet(brief: &Brief, article: usize) -> String {
    brief
        .articles
        .get(article)
        .map(|a| sanitize_line(&a.outlet))
        .unwrap_or_default()
}

/// What `y` copies where the user is: (what it is, the text). The compare view's row (both
/// sides, each with its outlet), the quote view's quote, else the reader's quote or claim in
/// the current sentence, else the sentence.
pub fn target(app: &App) -> Option<(&'static str, String)> {
    let b = &app.brief;
    match app.view {
        View::Compare => {
            let c = &app.screens.compare;
            if c.mode == Mode::Free {
                return None;
            }
            let l = c.layout.as_ref()?;
            let row = l.rows.get(c.row)?;
            // A folded run copies every sentence it stands for.
            let rows = match (row.fold, row.run) {
                (Fold::Head, Some(i)) => {
                    let run = &l.runs[i];
                    &l.rows[run.start..run.start + run.len]
                }
                _ => std::slice::from_ref(row),
            };
            let text: Vec<String> = rows
                .iter()
                .flat_map(|r| r.sides.iter().flatten())
                .filter_map(|s| {
                    let a = b.articles.get(s.article)?;
                    let (x, z) = (
                        a.sentences.get(s.sentence)?,
                        a.sentences.get(s.last_sentence)?,
                    );
                    Some(format!(
                        "{}: {}",
                        outlet(b, s.article),
                        span(b, s.article, x.start, z.end)
                    ))
                })
                .collect();
            Some(("row", text.join("\n")))
        }
        View::Quotes => {
            let v = &app.screens.quotes;
            let (a, q) = match v.entries.get(v.cursor)? {
                QuoteEntry::Single(r) => *r,
                QuoteEntry::Group(g) => *v.groups.get(*g)?.quotes.first()?,
            };
            let quote = b.articles.get(a)?.quotes.get(q)?;
            Some(("quote", span(b, a, quote.start, quote.end)))
        }
        _ if app.reader_focused() => {
            let cur = app.reader().cursor?;
            let a = b.articles.get(app.selected)?;
            if let Some(q) = a.quotes.iter().find(|q| q.sentence == cur) {
                return Some(("quote", span(b, app.selected, q.start, q.end)));
            }
            if let Some(c) = a.claims.iter().find(|c| c.sentence == cur) {
                return Some(("claim", span(b, app.selected, c.start, c.end)));
            }
            let s = a.sentences.get(cur)?;
            Some(("sentence", span(b, app.selected, s.start, s.end)))
        }
        _ => None,
    }
}

/// `y`: queues the copy for the event loop to write, and says what was copied.
pub fn copy(app: &mut App) {
    match target(app) {
        Some((what, text)) if !text.is_empty() => {
            let chars = text.chars().count();
            app.clipboard = Some(osc52(&text));
            app.message = Some(format!("copied the {what} ({chars} characters)"));
        }
        _ if app.view == View::Compare => {
            app.message = Some("y copies a row of the aligned mode (m)".into());
        }
        _ => app.message = Some("nothing to copy here".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_is_base64_of_the_sanitised_text() {
        let s = osc52("say \u{1b}]0;pwned\u{7} \"hi\"\nnext line");
        let b64 = s
            .strip_prefix("\x1b]52;c;")
            .and_then(|x| x.strip_suffix('\x07'))
            .unwrap();
        assert!(
            b64.bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c))
        );
        let back = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap();
        let back = String::from_utf8(back).unwrap();
        assert!(
            !back.contains('\u{1b}') && !back.contains('\u{7}'),
            "{back:?}"
        );
        assert!(
            back.contains("\"hi\"") && back.ends_with("next line"),
            "{back:?}"
        );
        let long = osc52(&"é".repeat(MAX_BYTES));
        assert!(long.len() < MAX_BYTES * 2);
    }
}
