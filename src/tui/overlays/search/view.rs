//! The search popup: the query line with its cursor, the ranked results with the matched
//! characters highlighted, and a hint line with the keys (the help cannot open while typing).

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::search::{ItemKind, SYNTAX};
use crate::text::{sanitize, sanitize_line};
use crate::tui::app::App;
use crate::tui::keymap::{SEARCH, keys_label};
use crate::tui::theme::Theme;
use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;

/// The popup's bottom line: its keys and the filters, since `?` types rather than helps.
pub const HINT: &str = "Enter open · Esc close · ↑↓ select · q: c: e: #outlet @speaker";

/// Columns of context kept before the first match when a text is cut to show the match.
const CONTEXT: usize = 16;

/// The style of matched characters.
pub fn match_style(t: &Theme) -> Style {
    t.focus.add_modifier(Modifier::BOLD)
}

/// Rows the help overlay adds below a view's keys: the popup's keys and the query syntax.
pub fn help_rows() -> Vec<(String, String)> {
    let mut rows = vec![
        (String::new(), String::new()),
        (String::new(), "In the search popup (/):".into()),
        (
            "a-z …".into(),
            "type the query (j, k and q type too)".into(),
        ),
    ];
    rows.extend(SEARCH.iter().map(|b| (keys_label(b), b.help.to_string())));
    rows.push((String::new(), String::new()));
    rows.push((String::new(), "Query syntax:".into()));
    rows.extend(SYNTAX.iter().map(|(k, d)| (k.to_string(), d.to_string())));
    rows
}

/// One displayed grapheme of a result text and whether it was matched.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cell {
    g: String,
    width: usize,
    hit: bool,
}

/// The text of a result sanitised to one line, grapheme by grapheme, each marked when any of
/// its bytes lies in one of `ranges` (byte ranges into the raw `text`).
fn cells(text: &str, ranges: &[Range<usize>]) -> Vec<Cell> {
    let san = sanitize(text);
    let mapped: Vec<Range<usize>> = ranges
        .iter()
        .map(|r| san.map(r.start)..san.map(r.end))
        .collect();
    // Fold whitespace runs as `sanitize_line` does, keeping each char's sanitised offset.
    let mut line = String::with_capacity(san.text.len());
    let mut marks: Vec<bool> = Vec::with_capacity(san.text.len());
    let mut space = false;
    for (i, c) in san.text.char_indices() {
        let hit = mapped.iter().any(|r| r.start <= i && i < r.end);
        if c.is_whitespace() {
            if !space && !line.is_empty() {
                line.push(' ');
                marks.push(hit);
            }
            space = true;
        } else {
            line.push(c);
            marks.extend(std::iter::repeat_n(hit, c.len_utf8()));
            space = false;
        }
    }
    if line.ends_with(' ') {
        line.pop();
        marks.pop();
    }
    line.grapheme_indices(true)
        .map(|(i, g)| Cell {
            g: g.to_string(),
            width: UnicodeWidthStr::width(g),
            hit: marks[i..i + g.len()].iter().any(|&m| m),
        })
        .collect()
}

/// `text` fitted to `width` columns around its first match: cut at the start (marked `…`) when
/// the match would not show, cut at the end (marked `…`) when too long. Returns runs of
/// (text, matched).
pub fn excerpt(text: &str, ranges: &[Range<usize>], width: usize) -> Vec<(String, bool)> {
    let cells = cells(text, ranges);
    let total: usize = cells.iter().map(|c| c.width).sum();
    let mut out: Vec<(String, bool)> = Vec::new();
    let push = |s: &str, hit: bool, out: &mut Vec<(String, bool)>| match out.last_mut() {
        Some((t, h)) if *h == hit => t.push_str(s),
        _ => out.push((s.to_string(), hit)),
    };
    if width == 0 {
        return out;
    }
    let mut start = 0;
    if total > width
        && let Some(first) = cells.iter().position(|c| c.hit)
    {
        // End of the first run of matched graphemes: it should show, with room for `…`.
        let run_end = cells[first..]
            .iter()
            .position(|c| !c.hit)
            .map_or(cells.len(), |k| first + k);
        let upto: usize = cells[..run_end].iter().map(|c| c.width).sum();
        if upto + 1 > width {
            let ctx = CONTEXT.min(width / 3);
            let mut w = 0;
            start = first;
            while start > 0 && w + cells[start - 1].width <= ctx {
                start -= 1;
                w += cells[start].width;
            }
            // Use the room the end leaves free for more context.
            let mut rest: usize = cells[start..].iter().map(|c| c.width).sum();
            while start > 0 && rest + cells[start - 1].width < width {
                start -= 1;
                rest += cells[start].width;
            }
            // Begin on a word when one starts within the context.
            if let Some(k) = cells[start..first].iter().position(|c| c.g == " ") {
                start += k + 1;
            }
        }
    }
    let mut used = 0;
    if start > 0 {
        push("…", false, &mut out);
        used += 1;
    }
    let rest: usize = cells[start..].iter().map(|c| c.width).sum();
    let room = if used + rest > width {
        width.saturating_sub(1)
    } else {
        width
    };
    let mut cut = false;
    for c in &cells[start..] {
        if used + c.width > room {
            cut = true;
            break;
        }
        push(&c.g, c.hit, &mut out);
        used += c.width;
    }
    if cut && used < width {
        push("…", false, &mut out);
    }
    out
}

/// Draws the popup over the screen.
pub fn draw(f: &mut Frame, app: &App, full: Rect) {
    let Some(st) = app.search.as_ref() else {
        return;
    };
    let t = &app.theme;
    let w = full.width.saturating_sub(4).max(full.width.min(20));
    let h = full.height.saturating_sub(3).max(full.height.min(5));
    let area = Rect::new(
        full.x + (full.width - w) / 2,
        full.y + (full.height - h).min(1),
        w,
        h,
    );
    f.render_widget(Clear, area);
    let n = st.hits().len();
    let total = st.searcher.total();
    let count = if st.pending {
        format!(" Search: indexing {} articles… ", app.brief.articles.len())
    } else if st.query.trim().is_empty() {
        " Search ".to_string()
    } else if total == 1 {
        " Search: 1 result ".to_string()
    } else if total > n {
        format!(" Search: {total} results, best {n} shown ")
    } else {
        format!(" Search: {total} results ")
    };
    let block = Block::bordered()
        .border_style(t.border_focused)
        .style(t.text)
        .title(Span::styled(count, t.title))
        .title_bottom(Line::styled(
            fit(&format!(" {HINT} "), (w as usize).saturating_sub(2)),
            t.muted,
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let iw = inner.width as usize;
    f.render_widget(
        Lines::new(query_line(&st.query, st.cursor, iw, t)),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );
    // A tall popup shows the selected result in context below the list, as fzf does.
    let preview_h = if inner.height >= 14 && n > 0 {
        (inner.height / 3).min(9)
    } else {
        0
    };
    let rows = inner.height.saturating_sub(1 + preview_h) as usize;
    if rows == 0 {
        return;
    }
    let list = Rect::new(inner.x, inner.y + 1, inner.width, rows as u16);
    if preview_h > 0 {
        let r = Rect::new(inner.x, list.y + list.height, inner.width, preview_h);
        draw_preview(f, app, r);
    }
    if n == 0 {
        let msg = if st.query.trim().is_empty() {
            " type to search quotes, claims and entities"
        } else {
            " no match"
        };
        f.render_widget(Lines::new(Line::styled(fit(msg, iw), t.muted)), list);
        return;
    }
    // The selected row stays on screen: scroll as little as needed from the last position.
    let sel = st.selected.min(n - 1);
    let first = if sel < st.scroll.min(n - 1) {
        sel
    } else if sel >= st.scroll + rows {
        sel + 1 - rows
    } else {
        st.scroll.min(n - 1)
    };
    let index = st.searcher.index();
    let lines: Vec<Line> = st
        .hits()
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, hit)| {
            let item = &index.items()[hit.item];
            let base = if i == sel {
                t.text.patch(t.selected)
            } else {
                t.text
            };
            let outlet = item
                .article
                .and_then(|a| app.brief.articles.get(a))
                .map(|a| sanitize_line(&a.outlet))
                .unwrap_or_default();
            let who = match item.kind {
                ItemKind::Entity => app
                    .brief
                    .entities
                    .get(item.index)
                    .map(|e| format!("{:?}", e.kind).to_lowercase())
                    .unwrap_or_default(),
                _ => index.who(item).map(sanitize_line).unwrap_or_default(),
            };
            let mark = if i == sel { "›" } else { " " };
            let mut head = format!("{mark}{} ", fit(item.kind.name(), 6));
            // The outlet and speaker columns grow with the popup, the text keeps the rest.
            if iw >= 50 {
                head.push_str(&fit(&outlet, (iw / 8).clamp(14, 28)));
                head.push(' ');
            }
            if iw >= 70 {
                head.push_str(&fit(&who, (iw / 7).clamp(18, 32)));
                head.push(' ');
            }
            if UnicodeWidthStr::width(head.as_str()) > iw {
                head = fit(&head, iw);
            }
            let room = iw.saturating_sub(UnicodeWidthStr::width(head.as_str()));
            let mut spans = vec![Span::styled(head, base.patch(t.muted))];
            let ranges = st.searcher.match_ranges(hit);
            let mut used = 0;
            for (s, matched) in excerpt(index.text(item), &ranges, room) {
                used += UnicodeWidthStr::width(s.as_str());
                let style = if matched {
                    base.patch(match_style(t))
                } else {
                    base
                };
                spans.push(Span::styled(s, style));
            }
            spans.push(Span::styled(" ".repeat(room.saturating_sub(used)), base));
            Line::from(spans)
        })
        .collect();
    f.render_widget(Lines::new(lines), list);
}

/// The selected result in context: a rule naming its outlet, kind and speaker, then its
/// sentence with the one before and after it, wrapped to the width.
fn draw_preview(f: &mut Frame, app: &App, r: Rect) {
    let Some(st) = app.search.as_ref() else {
        return;
    };
    let t = &app.theme;
    let Some(hit) = st
        .hits()
        .get(st.selected.min(st.hits().len().saturating_sub(1)))
    else {
        return;
    };
    let index = st.searcher.index();
    let item = &index.items()[hit.item];
    let w = r.width as usize;
    let Some(a) = item.article.and_then(|i| app.brief.articles.get(i)) else {
        return;
    };
    let who = match item.kind {
        ItemKind::Entity => None,
        _ => index.who(item).map(sanitize_line).filter(|s| !s.is_empty()),
    };
    let mut title = format!("─ {} · {}", sanitize_line(&a.outlet), item.kind.name());
    if let Some(who) = who {
        title.push_str(&format!(" · {who}"));
    }
    title.push(' ');
    let rule_w = w.saturating_sub(UnicodeWidthStr::width(title.as_str()));
    let mut lines = vec![Line::styled(
        fit(&format!("{title}{}", "─".repeat(rule_w)), w),
        t.border,
    )];
    let at = a
        .sentences
        .iter()
        .position(|s| s.start <= item.start && item.start < s.end)
        .unwrap_or(0);
    let context: Vec<String> = a
        .sentences
        .iter()
        .skip(at.saturating_sub(1))
        .take(if at == 0 { 2 } else { 3 })
        .map(|s| sanitize_line(a.text.get(s.start..s.end).unwrap_or("")))
        .collect();
    let text = context.join(" ");
    let room = (r.height as usize).saturating_sub(1);
    for l in textwrap::wrap(&text, w.saturating_sub(2).max(1))
        .iter()
        .take(room)
    {
        lines.push(Line::styled(format!(" {l}"), t.text));
    }
    f.render_widget(Lines::new(lines), r);
}

/// The query line: a prompt, the query (its start scrolled away when long) and the cursor as a
/// reversed cell.
fn query_line(query: &str, cursor: usize, width: usize, t: &Theme) -> Line<'static> {
    let prompt = "/ ";
    let shown = |g: &str| sanitize(g).text.replace('\n', " ");
    let gs: Vec<(usize, String)> = query
        .grapheme_indices(true)
        .map(|(i, g)| (i, shown(g)))
        .collect();
    let ci = gs.iter().take_while(|(i, _)| *i < cursor).count();
    let under = gs.get(ci).map_or(" ".to_string(), |(_, g)| g.clone());
    let room = width.saturating_sub(UnicodeWidthStr::width(prompt));
    let wid = |s: &str| UnicodeWidthStr::width(s);
    let mut from = 0;
    let mut bw: usize = gs[..ci].iter().map(|(_, g)| wid(g)).sum();
    while from < ci && bw + wid(&under).max(1) > room {
        bw -= wid(&gs[from].1);
        from += 1;
    }
    let before: String = gs[from..ci].iter().map(|(_, g)| g.as_str()).collect();
    let after: String = gs
        .get(ci + 1..)
        .unwrap_or(&[])
        .iter()
        .map(|(_, g)| g.as_str())
        .collect();
    Line::from(vec![
        Span::styled(prompt, t.help_key),
        Span::styled(before, t.text),
        Span::styled(under, t.text.add_modifier(Modifier::REVERSED)),
        Span::styled(after, t.text),
    ])
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // one matched range is a list too
mod tests {
    use super::*;

    fn shown(runs: &[(String, bool)]) -> (String, String) {
        let all: String = runs.iter().map(|(s, _)| s.as_str()).collect();
        let hit: String = runs
            .iter()
            .filter(|(_, h)| *h)
            .map(|(s, _)| s.as_str())
            .collect();
        (all, hit)
    }

    #[test]
    fn short_text_is_shown_whole_with_its_match() {
        let t = "a red line";
        let r = excerpt(t, &[2..5], 20);
        assert_eq!(shown(&r), ("a red line".into(), "red".into()));
    }

    #[test]
    fn long_text_is_cut_around_a_late_match() {
        let t = "one two three four five six seven eight nine ten eleven twelve red line here";
        let p = t.find("red").unwrap();
        let r = excerpt(t, &[p..p + 3, p + 4..p + 8], 30);
        let (all, hit) = shown(&r);
        assert!(all.starts_with('…'), "{all}");
        assert!(all.contains("red line"), "{all}");
        assert_eq!(hit, "redline");
        assert!(UnicodeWidthStr::width(all.as_str()) <= 30);
    }

    #[test]
    fn matches_survive_sanitising_and_wide_text() {
        let t = "東京\u{1b}[2J\n\n  都 said e\u{301}lan red";
        let p = t.find("red").unwrap();
        let e = t.find('e').unwrap();
        let r = excerpt(t, &[e..e + 3, p..p + 3], 40);
        let (all, hit) = shown(&r);
        assert_eq!(all, "東京 都 said e\u{301}lan red");
        assert_eq!(hit, "e\u{301}red");
        for w in 0..30 {
            let r = excerpt(t, &[p..p + 3], w);
            let (all, _) = shown(&r);
            assert!(UnicodeWidthStr::width(all.as_str()) <= w, "{w}: {all}");
        }
    }
}
