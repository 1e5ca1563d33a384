//! The quote view: every quote with its speaker and outlet; the same quote carried by several
//! outlets is one entry showing which outlets carry it, how its words differ and whether the
//! outlets attribute it differently.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use unicode_width::UnicodeWidthStr;

use crate::tui::ui::fit;
use crate::tui::ui::lines::Lines;
use crate::analyze::quote_groups::{QuoteGroup, QuoteRef};
use crate::brief::Brief;
use crate::text::sanitize_line;
use crate::tui::app::App;
use super::QuoteEntry;
use crate::tui::theme::Theme;

fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Words that stand for someone named elsewhere: as a speaker they are replaced by the
/// entity the analysis resolved them to, and as a credited source they are the speaker.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us",
];

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.iter().any(|p| s.eq_ignore_ascii_case(p))
}

/// How a quote is attributed: the speaker (the resolved entity's name when the text has only
/// a pronoun), whether unnamed, and a source the sentence credits ("according to the
/// Associated Press") when that is someone else than the speaker.
pub fn attribution(brief: &Brief, (a, q): QuoteRef) -> (String, bool, Option<String>) {
    let Some(art) = brief.articles.get(a) else {
        return (String::new(), false, None);
    };
    let Some(quote) = art.quotes.get(q) else {
        return (String::new(), false, None);
    };
    let resolved = || {
        let id = quote.speaker_entity.as_deref()?;
        let e = brief.entities.iter().find(|e| e.id == id)?;
        Some(sanitize_line(&e.name)).filter(|n| !n.is_empty())
    };
    let speaker = quote
        .speaker
        .as_deref()
        .map(sanitize_line)
        .filter(|s| !s.is_empty())
        .map(|s| if is_pronoun(&s) { resolved().unwrap_or(s) } else { s })
        .unwrap_or_else(|| "unattributed".into());
    let source = art
        .claims
        .iter()
        .filter(|c| c.sentence == quote.sentence)
        .filter_map(|c| c.attribution.as_deref().map(sanitize_line))
        .find(|s| !s.is_empty() && !is_pronoun(s) && !s.eq_ignore_ascii_case(&speaker));
    (speaker, quote.anonymous, source)
}

/// Two quotes are attributed alike when both speakers resolve to the same entity, or their
/// words match once a leading article or "one" is dropped ("one Iraqi soldier" and "an Iraqi
/// soldier" are one attribution), and both are named or both unnamed.
fn same_attribution(brief: &Brief, x: QuoteRef, y: QuoteRef) -> bool {
    let entity = |r: QuoteRef| {
        brief
            .articles
            .get(r.0)
            .and_then(|a| a.quotes.get(r.1))
            .and_then(|q| q.speaker_entity.clone())
    };
    let words = |r: QuoteRef| {
        let (speaker, anon, _) = attribution(brief, r);
        let lower = speaker.to_lowercase();
        let w: Vec<&str> = lower.split_whitespace().collect();
        let skip = w[..w.len().saturating_sub(1)]
            .iter()
            .take_while(|x| matches!(**x, "a" | "an" | "the" | "one"))
            .count();
        (w[skip..].join(" "), anon)
    };
    let (wx, wy) = (words(x), words(y));
    if wx.1 != wy.1 {
        return false;
    }
    match (entity(x), entity(y)) {
        (Some(a), Some(b)) => a == b,
        _ => wx.0 == wy.0,
    }
}

fn outlet(brief: &Brief, a: usize) -> String {
    brief
        .articles
        .get(a)
        .map(|x| sanitize_line(&x.outlet))
        .unwrap_or_default()
}

/// Words of a quote, sanitised: (word, inside a changed run, a space before it).
fn quote_words(
    brief: &Brief,
    (a, q): QuoteRef,
    marks: &[(usize, usize)],
) -> Vec<(String, bool, bool)> {
    let Some((art, qt)) = brief
        .articles
        .get(a)
        .and_then(|x| x.quotes.get(q).map(|qt| (x, qt)))
    else {
        return Vec::new();
    };
    let (qs, qe) = (qt.start, qt.end);
    if art.text.get(qs..qe).is_none() {
        return Vec::new();
    }
    let mut cuts = vec![qs, qe];
    for &(s, e) in marks {
        cuts.extend([s, e].into_iter().filter(|&p| p > qs && p < qe));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<(String, bool, bool)> = Vec::new();
    let mut space = true;
    for c in cuts.windows(2) {
        let Some(seg) = art.text.get(c[0]..c[1]) else {
            continue;
        };
        let marked = marks.iter().any(|&(s, e)| s < e && s <= c[0] && c[1] <= e);
        let mut first = true;
        for word in seg.split_whitespace() {
            let clean = sanitize_line(word);
            if clean.is_empty() {
                continue;
            }
            let gap = if first {
                space || seg.starts_with(char::is_whitespace)
            } else {
                true
            };
            out.push((clean, marked, gap));
            first = false;
        }
        space = seg.ends_with(char::is_whitespace);
    }
    out
}

/// The quote's words wrapped and indented, the changed runs in the diff style.
fn marked_quote(
    brief: &Brief,
    r: QuoteRef,
    marks: &[(usize, usize)],
    w: usize,
    t: &Theme,
) -> Vec<Line<'static>> {
    let indent = "      ";
    let plain = t.text.patch(t.quote);
    let changed = plain.patch(t.diff);
    let mut words = quote_words(brief, r, marks);
    if words.is_empty() {
        words.push((String::new(), false, false));
    }
    let last = words.len() - 1;
    let mut lines = Vec::new();
    let mut cur: Vec<Span<'static>> = vec![Span::raw(indent)];
    let mut used = indent.len();
    for (i, (word, marked, gap)) in words.into_iter().enumerate() {
        let open = if i == 0 { "“" } else { "" };
        let close = if i == last { "”" } else { "" };
        let need =
            usize::from(gap && used > indent.len()) + width(open) + width(&word) + width(close);
        if used + need > w && used > indent.len() {
            lines.push(Line::from(std::mem::take(&mut cur)));
            cur.push(Span::raw(indent));
            used = indent.len();
        }
        if gap && used > indent.len() {
            cur.push(Span::styled(" ", plain));
            used += 1;
        }
        let room = w.saturating_sub(used);
        let style = if marked { changed } else { plain };
        if !open.is_empty() {
            cur.push(Span::styled(open, plain));
        }
        let word = fit(
            &word,
            width(&word).min(room.saturating_sub(width(open) + width(close))),
        );
        used += width(open) + width(&word) + width(close);
        cur.push(Span::styled(word, style));
        if !close.is_empty() {
            cur.push(Span::styled(close, plain));
        }
    }
    lines.push(Line::from(cur));
    lines
}

/// Byte ranges of `r`'s words that differ from the other members of its group.
fn changed_ranges(g: &QuoteGroup, r: QuoteRef) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in &g.pairs {
        for c in &p.changes {
            if p.left == r {
                out.push(c.left);
            }
            if p.right == r {
                out.push(c.right);
            }
        }
    }
    out
}

fn speaker_line(brief: &Brief, r: QuoteRef, w: usize, t: &Theme, diff: bool) -> Line<'static> {
    let (speaker, anon, source) = attribution(brief, r);
    let head = format!("    {} — ", outlet(brief, r.0));
    let mut who = speaker;
    if anon {
        who.push_str(" (anonymous)");
    }
    let mut spans = vec![
        Span::styled(head.clone(), t.text.patch(t.title)),
        Span::styled(
            who.clone(),
            if diff { t.text.patch(t.diff) } else { t.text },
        ),
    ];
    if let Some(s) = source {
        spans.push(Span::styled(
            format!(" · source: {s}"),
            t.text.patch(t.diff),
        ));
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    if used > w {
        return Line::styled(fit(&format!("{head}{who}"), w), t.text);
    }
    Line::from(spans)
}

/// Lines of one shared quote: outlets, each member's attribution and words, the word changes.
fn group_lines(brief: &Brief, g: &QuoteGroup, w: usize, t: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let outlets: Vec<String> = g.quotes.iter().map(|r| outlet(brief, r.0)).collect();
    out.push(format!(
        "same quote in {} outlets: {}",
        g.quotes.len(),
        outlets.join(" · ")
    ));
    let attr_differs = g
        .quotes
        .windows(2)
        .any(|p| !same_attribution(brief, p[0], p[1]));
    let mut lines: Vec<Line> = vec![];
    for &r in &g.quotes {
        lines.push(speaker_line(brief, r, w, t, attr_differs));
        lines.extend(marked_quote(brief, r, &changed_ranges(g, r), w, t));
    }
    for p in &g.pairs {
        let (l, r) = (outlet(brief, p.left.0), outlet(brief, p.right.0));
        if p.changes.is_empty() {
            lines.push(Line::styled(
                fit(&format!("    wording: {l} and {r} agree word for word"), w),
                t.muted,
            ));
            continue;
        }
        let mut spans = vec![Span::styled(format!("    wording {l} → {r}: "), t.muted)];
        for (i, c) in p.changes.iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(", ", t.muted));
            }
            let side = |ws: &[String]| {
                if ws.is_empty() {
                    "∅".to_string()
                } else {
                    sanitize_line(&ws.join(" "))
                }
            };
            spans.push(Span::styled(side(&c.left_words), t.text.patch(t.diff)));
            spans.push(Span::styled(" → ", t.muted));
            spans.push(Span::styled(side(&c.right_words), t.text.patch(t.diff)));
        }
        lines.extend(wrap_spans(spans, w));
    }
    if attr_differs {
        let who: Vec<String> = g
            .quotes
            .iter()
            .map(|&r| format!("{}: {}", outlet(brief, r.0), attribution(brief, r).0))
            .collect();
        let mut spans = vec![Span::styled("    attributed differently: ", t.muted)];
        for (i, x) in who.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" / ", t.muted));
            }
            spans.push(Span::styled(x, t.text.patch(t.diff)));
        }
        lines.extend(wrap_spans(spans, w));
    }
    let mut all = vec![Line::raw(out.remove(0))];
    all.extend(lines);
    all
}

/// Spans laid on lines of `w` columns, breaking between spans (a span too long is cut).
fn wrap_spans(spans: Vec<Span<'static>>, w: usize) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for s in spans {
        let sw = width(&s.content);
        if used + sw > w && !cur.is_empty() {
            out.push(Line::from(std::mem::take(&mut cur)));
            cur.push(Span::raw("      "));
            used = 6;
        }
        if used + sw > w {
            let room = w.saturating_sub(used);
            cur.push(Span::styled(fit(&s.content, room), s.style));
            used += room;
        } else {
            used += sw;
            cur.push(s);
        }
    }
    if !cur.is_empty() {
        out.push(Line::from(cur));
    }
    out
}

/// Lines of one entry; the first is its heading.
fn entry_lines(app: &App, e: QuoteEntry, w: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let b = &app.brief;
    match e {
        QuoteEntry::Group(g) => match app.screens.quotes.groups.get(g) {
            Some(g) => group_lines(b, g, w, t),
            None => Vec::new(),
        },
        QuoteEntry::Single(r) => {
            let mut v = vec![Line::raw(format!("{} only", outlet(b, r.0)))];
            v.push(speaker_line(b, r, w, t, false));
            v.extend(marked_quote(b, r, &[], w, t));
            v
        }
    }
}

/// Draws the view in `r`.
pub fn draw(f: &mut Frame, app: &App, r: Rect) {
    let t = &app.theme;
    let v = &app.screens.quotes;
    let total: usize = app.brief.articles.iter().map(|a| a.quotes.len()).sum();
    let title = format!(
        " Quotes: {total} · {} carried by several outlets · Enter open ",
        v.groups.len()
    );
    f.render_widget(
        Block::bordered()
            .border_style(t.border_focused)
            .title(Span::styled(
                fit(
                    &title,
                    width(&title).min(r.width.saturating_sub(2) as usize),
                ),
                t.title,
            )),
        r,
    );
    if r.width <= 2 || r.height <= 2 {
        return;
    }
    let inner = Rect::new(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
    let w = inner.width as usize;
    let h = inner.height as usize;
    if v.entries.is_empty() {
        f.render_widget(
            Lines::new(Line::styled(fit(" this brief has no quotes", w), t.muted)),
            inner,
        );
        return;
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut sel = (0, 0);
    for (i, &e) in v.entries.iter().enumerate() {
        let start = lines.len();
        let mut el = entry_lines(app, e, w.saturating_sub(2));
        if let Some(head) = el.first_mut() {
            let mark = if i == v.cursor { "► " } else { "  " };
            let style = if i == v.cursor {
                t.text.patch(t.selected)
            } else {
                t.text.patch(t.title)
            };
            let text: String = head.spans.iter().map(|s| s.content.as_ref()).collect();
            *head = Line::styled(fit(&format!("{mark}{text}"), w), style);
        }
        for l in el.iter_mut().skip(1) {
            l.spans.insert(0, Span::raw("  "));
        }
        lines.extend(el);
        if i == v.cursor {
            sel = (start, lines.len());
        }
        lines.push(Line::raw(""));
        // Entries far below the selection cannot be on screen.
        if i > v.cursor && lines.len() > sel.1 + h {
            break;
        }
    }
    let scroll = sel.1.saturating_sub(h).min(sel.0);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(h).collect();
    f.render_widget(Lines::new(shown).style(t.text), inner);
}
