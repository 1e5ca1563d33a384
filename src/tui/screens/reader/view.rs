//! The reader: the selected article wrapped to the pane, annotations styled, a gutter marking
//! the current sentence and the claims, and the scroll position on the border.

use ratatui::Frame;
use ratatui::layout::{Alignment, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Scrollbar, ScrollbarOrientation, ScrollbarState};

use crate::tui::ui::lines::Lines;
use crate::tui::ui::{GUTTER, fit};
use crate::brief::{Article, BlockKind, EntityKind};
use crate::text::sanitize_line;
use crate::tui::app::{App, Highlight, View};
use crate::tui::doc::{BlockDoc, Mark};
use crate::tui::theme::Theme;

/// Marks in the gutter: the current sentence; then a pinned quote or claim, else the first
/// line of a sentence holding a discrepancy between outlets, else (dim, so that a page of
/// claims does not read as an alarm) a sentence that makes a claim.
pub const CURSOR_MARK: &str = "▌";
pub const PIN_MARK: &str = "◆";
pub const DISCREPANCY_MARK: &str = "≠";
pub const CLAIM_MARK: &str = "·";

/// The first line of every sentence of `article` that one side of a discrepancy overlaps,
/// sorted (none until the background comparison is done).
fn discrepancy_lines(app: &App, article: usize, layout: &crate::tui::doc::Layout) -> Vec<usize> {
    let Some(a) = app.analysis.get() else {
        return Vec::new();
    };
    let Some(art) = app.brief.articles.get(article) else {
        return Vec::new();
    };
    let mut lines: Vec<usize> = a
        .discrepancies
        .iter()
        .flat_map(|d| d.sides.iter().filter(|s| s.article == article))
        .flat_map(|side| {
            // Sentences are in text order: the first one ending after the side starts, on.
            let from = art.sentences.partition_point(|x| x.end <= side.start);
            (from..art.sentences.len()).take_while(move |&i| art.sentences[i].start < side.end)
        })
        .filter_map(|i| layout.sentence_lines.get(i).copied().flatten().map(|(a, _)| a))
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines
}

fn entity_style(t: &Theme, kind: EntityKind) -> Style {
    match kind {
        EntityKind::Person => t.person,
        EntityKind::Organization => t.organization,
        EntityKind::Place => t.place,
        EntityKind::Other => t.other,
    }
}

/// What the styling of one line depends on besides the block itself.
struct Ctx<'a> {
    theme: &'a Theme,
    highlight: Highlight,
    cursor: Option<usize>,
    picked: Option<(usize, Mark)>,
    /// Entity lit in [`Highlight::Entity`] mode.
    entity: Option<usize>,
}

/// Cuts `[start, end)` of block `bi` into styled spans.
fn spans(ctx: &Ctx, bi: usize, b: &BlockDoc, start: usize, end: usize) -> Vec<Span<'static>> {
    let t = ctx.theme;
    let base = match b.kind {
        BlockKind::Headline => t.text.patch(t.headline),
        BlockKind::Body => t.text,
        _ => t.text.patch(t.dim),
    };
    let cursor: Vec<(usize, usize)> = b
        .sentences
        .iter()
        .filter(|s| Some(s.index) == ctx.cursor)
        .map(|s| (s.start, s.end))
        .collect();
    let mut cuts = vec![start, end];
    let mut add = |s: usize, e: usize| {
        for p in [s, e] {
            if p > start && p < end {
                cuts.push(p);
            }
        }
    };
    b.mentions.iter().for_each(|m| add(m.start, m.end));
    b.quotes.iter().for_each(|q| add(q.start, q.end));
    cursor.iter().for_each(|&(s, e)| add(s, e));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let (a, z) = (w[0], w[1]);
        let Some(text) = b.text.get(a..z) else {
            continue;
        };
        let covers = |s: usize, e: usize| s <= a && z <= e;
        let mut style = base;
        if ctx.highlight != Highlight::Off && b.quotes.iter().any(|q| covers(q.start, q.end)) {
            style = style.patch(t.quote);
        }
        let mention = b.mentions.iter().find(|m| covers(m.start, m.end));
        if let Some(m) = mention {
            let on = match ctx.highlight {
                Highlight::All => true,
                Highlight::Entity => ctx.entity == Some(m.entity),
                Highlight::Off => false,
            };
            if on {
                style = style.patch(entity_style(t, m.kind));
            }
        }
        if cursor.iter().any(|&(s, e)| covers(s, e)) {
            style = style.patch(t.cursor);
        }
        if ctx.highlight != Highlight::Off
            && let (Some(m), Some((pb, pm))) = (mention, ctx.picked)
            && pb == bi
            && *m == pm
        {
            style = style.patch(t.focus);
        }
        out.push(Span::styled(text.to_string(), style));
    }
    out
}

fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// The article's header: outlet, date, byline and word count, on one line.
fn draw_header(f: &mut Frame, app: &App, article: &Article, r: Rect) {
    let t = &app.theme;
    let date = article
        .published
        .as_deref()
        .map(sanitize_line)
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "date unknown".into());
    let byline = article
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Byline)
        .map(|b| sanitize_line(article.slice(b.start, b.end)))
        .filter(|b| !b.is_empty());
    let words = app.row_stats(app.selected).words;
    let mut meta = format!(" · {date}");
    if let Some(b) = byline {
        meta.push_str(&format!(" · {b}"));
    }
    meta.push_str(&format!(" · {words} words"));
    let outlet = sanitize_line(&article.outlet);
    let w = r.width as usize;
    let ow = width(&outlet).min(w);
    let line = Line::from(vec![
        Span::styled(fit(&outlet, ow), t.title),
        Span::styled(fit(&meta, w - ow), t.muted),
    ]);
    f.render_widget(Lines::new(vec![line]), r);
}

/// What the current sentence holds: who is quoted, and whether it makes a claim and on whose
/// word, so the reader need not guess from the colours.
pub fn sentence_note(article: &Article, cursor: Option<usize>) -> String {
    let Some(c) = cursor else {
        return String::new();
    };
    let mut parts = Vec::new();
    for q in article.quotes.iter().filter(|q| q.sentence == c) {
        let who = q
            .speaker
            .as_deref()
            .map(sanitize_line)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "unattributed".into());
        parts.push(format!("quote: {who}"));
    }
    for cl in article.claims.iter().filter(|cl| cl.sentence == c) {
        parts.push(match cl.attribution.as_deref().map(sanitize_line) {
            Some(a) if !a.is_empty() => format!("claim: {a}"),
            _ => "claim".to_string(),
        });
    }
    parts.dedup();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" {} ", parts.join(" · "))
    }
}

/// Draws the reader in `r`; `text` is the area for the wrapped text (None when too narrow).
pub fn draw(f: &mut Frame, app: &App, r: Rect, text: Option<Rect>) {
    let t = &app.theme;
    let border = if app.reader_focused() {
        t.border_focused
    } else {
        t.border
    };
    let mut block = Block::bordered().border_style(border);
    let Some(article) = app.brief.articles.get(app.selected) else {
        f.render_widget(block.title(Span::styled(" Reader ", t.title)), r);
        return;
    };
    let rs = app.reader();
    let total = app.layout.as_ref().map_or(0, |l| l.lines.len());
    let h = text.map_or(0, |x| x.height as usize);
    let max = total.saturating_sub(h);
    let pct = match (rs.scroll.min(max) * 100).checked_div(max) {
        Some(p) => format!("{p}%"),
        None => "all".to_string(),
    };
    let title = format!(
        " {}/{} {} ",
        app.selected + 1,
        app.brief.articles.len(),
        sanitize_line(&article.outlet)
    );
    let room = (r.width as usize).saturating_sub(12);
    block = block
        .title(Span::styled(
            fit(
                &title,
                room.min(unicode_width::UnicodeWidthStr::width(title.as_str())),
            ),
            crate::tui::ui::pane_title(t, app.reader_focused() && app.view != View::Reader),
        ))
        .title_bottom(Line::styled(format!(" {pct} "), t.muted).alignment(Alignment::Right));
    let about = sentence_note(article, rs.cursor);
    if !about.is_empty() {
        let room = (r.width as usize).saturating_sub(12);
        block = block.title_bottom(Line::styled(fit(&about, room.min(width(&about))), t.muted));
    }
    f.render_widget(block, r);
    let a = crate::tui::ui::areas(app.view, app.width, app.height, app.brief.articles.len());
    if let Some(hr) = a.reader_header.filter(|h| r.contains(h.as_position())) {
        draw_header(f, app, article, hr);
    }
    let (Some(area), Some(layout)) = (text, app.layout.as_ref()) else {
        return;
    };
    let Some(docu) = app.docs.get(app.selected) else {
        return;
    };
    let ctx = Ctx {
        theme: t,
        highlight: app.highlight,
        cursor: rs.cursor,
        picked: app.picked_mention(),
        entity: app.selected_entity(),
    };
    // The quotes and claims of this article that are pinned, by index.
    let pinned = |kind: crate::state::PinKind, spans: Vec<(usize, usize)>| -> Vec<bool> {
        spans
            .into_iter()
            .map(|se| {
                app.pins
                    .iter()
                    .any(|p| p.kind == kind && p.article == article.id && (p.start, p.end) == se)
            })
            .collect()
    };
    let pinned_quotes = pinned(
        crate::state::PinKind::Quote,
        article.quotes.iter().map(|q| (q.start, q.end)).collect(),
    );
    let pinned_claims = pinned(
        crate::state::PinKind::Claim,
        article.claims.iter().map(|c| (c.start, c.end)).collect(),
    );
    let cur_lines = rs
        .cursor
        .and_then(|c| layout.sentence_lines.get(c).copied().flatten());
    let flagged = discrepancy_lines(app, app.selected, layout);
    let gutter = Rect::new(area.x.saturating_sub(GUTTER), area.y, GUTTER, area.height);
    let mut text_lines = Vec::with_capacity(h);
    let mut gutter_lines = Vec::with_capacity(h);
    for (li, line) in layout.lines.iter().enumerate().skip(rs.scroll).take(h) {
        let on_cursor = cur_lines.is_some_and(|(a, z)| a <= li && li <= z);
        let mut g = vec![Span::styled(
            if on_cursor { CURSOR_MARK } else { " " },
            t.cursor_mark,
        )];
        match line
            .block
            .and_then(|bi| docu.blocks.get(bi).map(|b| (bi, b)))
        {
            Some((bi, b)) => {
                let on = |c: &crate::tui::doc::Span| {
                    c.start < line.end.max(line.start + 1) && line.start < c.end
                };
                let claim = b.claims.iter().any(on);
                let pin = b
                    .claims
                    .iter()
                    .any(|c| on(c) && pinned_claims.get(c.index) == Some(&true))
                    || b
                        .quotes
                        .iter()
                        .any(|q| on(q) && pinned_quotes.get(q.index) == Some(&true));
                g.push(if pin {
                    Span::styled(PIN_MARK, t.quote.add_modifier(Modifier::BOLD))
                } else if flagged.binary_search(&li).is_ok() {
                    Span::styled(DISCREPANCY_MARK, t.discrepancy)
                } else if claim {
                    Span::styled(CLAIM_MARK, t.dim)
                } else {
                    Span::raw(" ")
                });
                text_lines.push(Line::from(spans(&ctx, bi, b, line.start, line.end)));
            }
            None => {
                g.push(Span::raw(" "));
                text_lines.push(Line::raw(""));
            }
        }
        gutter_lines.push(Line::from(g));
    }
    f.render_widget(Lines::new(gutter_lines), gutter);
    f.render_widget(Lines::new(text_lines).style(t.text), area);
    if max > 0 && r.height > 2 {
        let mut state = ScrollbarState::new(max + 1)
            .position(rs.scroll.min(max))
            .viewport_content_length(h);
        f.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .style(t.scrollbar),
            r.inner(Margin::new(0, 1)),
            &mut state,
        );
    }
}
