//! An article prepared for drawing: each block sanitised once with its annotations moved into
//! sanitised coordinates, and a wrapped layout (per width) of line ranges into those blocks.
//!
//! Lines are byte ranges, not strings, so styles are cut per line from the same annotation
//! ranges: a name broken across two lines is highlighted on both, and wide characters or
//! combining marks never shift a highlight.

use textwrap::WordSeparator;
use textwrap::core::Word;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::brief::{Article, BlockKind, Entity, EntityKind};
use crate::text::sanitize;

/// An entity mention inside a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    /// Index into the brief's entities.
    pub entity: usize,
    pub kind: EntityKind,
}

/// A range of a block tied to an annotation index (a sentence or a claim).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub index: usize,
}

/// One block, sanitised, with every annotation in sanitised byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockDoc {
    pub kind: BlockKind,
    pub text: String,
    pub mentions: Vec<Mark>,
    pub quotes: Vec<Span>,
    pub sentences: Vec<Span>,
    pub claims: Vec<Span>,
}

impl BlockDoc {
    /// Boilerplate, captions and bylines are not the story.
    pub fn is_story(&self) -> bool {
        matches!(self.kind, BlockKind::Body | BlockKind::Headline)
    }
}

/// An article ready for layout.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDoc {
    pub blocks: Vec<BlockDoc>,
}

/// Pieces of `[start, end)` falling in each block, as (block, start, end) in original offsets.
fn pieces(article: &Article, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
    article
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.start < end.max(start + 1) && start < b.end)
        .map(|(i, b)| (i, start.max(b.start), end.min(b.end)))
        .collect()
}

/// Sanitises every block and maps the article's annotations into it.
/// The documents of a brief's articles, each built the first time it is asked for: opening a
/// brief of thousands of articles costs one pass over its mentions, not a layout of every text.
#[derive(Debug, Clone)]
pub struct Docs {
    brief: std::sync::Arc<crate::brief::Brief>,
    /// Per article: its mentions as `(entity index, start, end)`.
    mentions: std::sync::Arc<Vec<Vec<(usize, usize, usize)>>>,
    cells: Vec<std::cell::OnceCell<ArticleDoc>>,
}

impl Docs {
    /// Indexes the brief's mentions by article; no document is built yet.
    pub fn new(brief: std::sync::Arc<crate::brief::Brief>) -> Docs {
        let pos = brief.article_positions();
        let mut mentions = vec![Vec::new(); brief.articles.len()];
        for (ei, ent) in brief.entities.iter().enumerate() {
            for m in &ent.mentions {
                if let Some(&i) = pos.get(m.article.as_str()) {
                    mentions[i].push((ei, m.start, m.end));
                }
            }
        }
        let cells = (0..brief.articles.len())
            .map(|_| std::cell::OnceCell::new())
            .collect();
        Docs {
            brief,
            mentions: std::sync::Arc::new(mentions),
            cells,
        }
    }

    /// The document of article `i`, built on first use.
    pub fn get(&self, i: usize) -> Option<&ArticleDoc> {
        let cell = self.cells.get(i)?;
        Some(cell.get_or_init(|| {
            build_with(
                &self.brief.articles[i],
                &self.brief.entities,
                &self.mentions[i],
            )
        }))
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
}

impl std::ops::Index<usize> for Docs {
    type Output = ArticleDoc;

    fn index(&self, i: usize) -> &ArticleDoc {
        self.get(i).expect("article index in range")
    }
}

/// Builds one article's document from its own mentions `(entity index, start, end)`.
fn build_with(
    article: &Article,
    entities: &[Entity],
    mentions: &[(usize, usize, usize)],
) -> ArticleDoc {
    let sans: Vec<_> = article
        .blocks
        .iter()
        .map(|b| sanitize(article.slice(b.start, b.end)))
        .collect();
    let mut blocks: Vec<BlockDoc> = article
        .blocks
        .iter()
        .zip(&sans)
        .map(|(b, s)| BlockDoc {
            kind: b.kind,
            text: s.text.clone(),
            mentions: Vec::new(),
            quotes: Vec::new(),
            sentences: Vec::new(),
            claims: Vec::new(),
        })
        .collect();
    let map = |bi: usize, s: usize, e: usize| {
        let b0 = article.blocks[bi].start;
        let san = &sans[bi];
        (san.map(s.saturating_sub(b0)), san.map(e.saturating_sub(b0)))
    };
    for &(ei, ms, me) in mentions {
        let kind = entities[ei].kind;
        for (bi, s, e) in pieces(article, ms, me) {
            let (s, e) = map(bi, s, e);
            if s < e {
                blocks[bi].mentions.push(Mark {
                    start: s,
                    end: e,
                    entity: ei,
                    kind,
                });
            }
        }
    }
    let mut put =
        |list: fn(&mut BlockDoc) -> &mut Vec<Span>, index: usize, s0: usize, e0: usize| {
            for (bi, s, e) in pieces(article, s0, e0) {
                let (s, e) = map(bi, s, e);
                list(&mut blocks[bi]).push(Span {
                    start: s,
                    end: e,
                    index,
                });
            }
        };
    for (i, q) in article.quotes.iter().enumerate() {
        put(|b| &mut b.quotes, i, q.start, q.end);
    }
    for (i, s) in article.sentences.iter().enumerate() {
        put(|b| &mut b.sentences, i, s.start, s.end);
    }
    for (i, c) in article.claims.iter().enumerate() {
        put(|b| &mut b.claims, i, c.start, c.end);
    }
    for b in &mut blocks {
        b.mentions.sort_by_key(|m| (m.start, m.end));
        b.sentences.sort_by_key(|s| (s.start, s.end));
    }
    ArticleDoc { blocks }
}

/// One wrapped line: a range of a block's sanitised text, or a blank separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub block: Option<usize>,
    pub start: usize,
    pub end: usize,
}

/// An article wrapped to one width.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: usize,
    pub show_boilerplate: bool,
    pub lines: Vec<Line>,
    /// First and last line of each sentence (by sentence index); None when hidden.
    pub sentence_lines: Vec<Option<(usize, usize)>>,
    /// Sentences shown, in reading order: what the cursor steps through.
    pub order: Vec<usize>,
}

/// Byte ranges of the lines `text` wraps to at `width` columns.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let base = text.as_ptr() as usize;
    let offset = |s: &str| s.as_ptr() as usize - base;
    let mut out = Vec::new();
    let mut line_start = 0;
    for hard in text.split('\n') {
        let hard_off = offset(hard);
        line_start = hard_off;
        if hard.is_empty() {
            out.push((hard_off, hard_off));
            continue;
        }
        let words: Vec<Word> = WordSeparator::UnicodeBreakProperties
            .find_words(hard)
            .flat_map(|w| break_long(w, width))
            .collect();
        let lines = wrap_first_fit(&words, &[width as f64]);
        for line in lines {
            let (Some(first), Some(last)) = (line.first(), line.last()) else {
                continue;
            };
            let s = offset(first.word);
            let e = offset(last.word) + last.word.len();
            out.push((s, e.max(s)));
        }
    }
    if out.is_empty() {
        out.push((line_start, line_start));
    }
    out
}

/// Splits a word wider than the line into pieces that fit, cutting between graphemes.
fn break_long(w: Word<'_>, width: usize) -> Vec<Word<'_>> {
    if w.width <= width {
        return vec![w];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut cur = 0;
    for (i, g) in w.word.grapheme_indices(true) {
        let gw = UnicodeWidthStr::width(g);
        if cur + gw > width && i > start {
            out.push(Word {
                word: &w.word[start..i],
                whitespace: "",
                penalty: "",
                width: cur,
            });
            start = i;
            cur = 0;
        }
        cur += gw;
    }
    out.push(Word {
        word: &w.word[start..],
        whitespace: w.whitespace,
        penalty: w.penalty,
        width: cur,
    });
    out
}

/// Wraps the shown blocks of `doc` to `width` columns, a blank line between blocks.
pub fn layout(doc: &ArticleDoc, sentences: usize, width: usize, show_boilerplate: bool) -> Layout {
    let mut lines = Vec::new();
    let mut sentence_lines: Vec<Option<(usize, usize)>> = vec![None; sentences];
    for (bi, b) in doc.blocks.iter().enumerate() {
        if !show_boilerplate && !b.is_story() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line {
                block: None,
                start: 0,
                end: 0,
            });
        }
        let first = lines.len();
        for (s, e) in wrap_ranges(&b.text, width) {
            lines.push(Line {
                block: Some(bi),
                start: s,
                end: e,
            });
        }
        let block_lines = &lines[first..];
        for sp in &b.sentences {
            // Lines are in text order: skip to the first that ends at or after the sentence.
            let from = block_lines.partition_point(|l| l.end < sp.start);
            for (k, l) in block_lines.iter().enumerate().skip(from) {
                if l.start > sp.end || (l.start == sp.end && sp.start < sp.end) {
                    break;
                }
                let hit = if sp.start == sp.end {
                    l.start <= sp.start && sp.start <= l.end
                } else {
                    l.start < sp.end && sp.start < l.end
                };
                let li = first + k;
                if hit && let Some(slot) = sentence_lines.get_mut(sp.index) {
                    *slot = Some(match *slot {
                        Some((a, z)) => (a.min(li), z.max(li)),
                        None => (li, li),
                    });
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..sentences)
        .filter(|&i| sentence_lines[i].is_some())
        .collect();
    order.sort_by_key(|&i| (sentence_lines[i].map(|r| r.0), i));
    Layout {
        width,
        show_boilerplate,
        lines,
        sentence_lines,
        order,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(t: &'a str, r: &[(usize, usize)]) -> Vec<&'a str> {
        r.iter().map(|&(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn wraps_to_width_and_keeps_offsets() {
        let t = "The quick brown fox jumps over the lazy dog";
        let r = wrap_ranges(t, 10);
        assert_eq!(
            texts(t, &r),
            ["The quick", "brown fox", "jumps over", "the lazy", "dog"]
        );
        for (s, e) in r {
            assert!(UnicodeWidthStr::width(&t[s..e]) <= 10);
        }
    }

    #[test]
    fn wide_and_combining_text_fits_and_cuts_on_graphemes() {
        let t = "東京都庁の記者会見で発表された e\u{301}e\u{301}e\u{301}e\u{301}";
        for w in 1..12 {
            for (s, e) in wrap_ranges(t, w) {
                let piece = &t[s..e];
                assert!(
                    UnicodeWidthStr::width(piece) <= w.max(2),
                    "{piece:?} at {w}"
                );
                assert!(!piece.starts_with('\u{301}'));
            }
        }
    }

    #[test]
    fn sentences_map_to_their_lines_and_hidden_blocks_drop_out() {
        let text = "One two three. Four five six seven.";
        let body = BlockDoc {
            kind: BlockKind::Body,
            text: text.into(),
            mentions: Vec::new(),
            quotes: Vec::new(),
            sentences: vec![
                Span {
                    start: 0,
                    end: 14,
                    index: 0,
                },
                Span {
                    start: 15,
                    end: text.len(),
                    index: 1,
                },
            ],
            claims: Vec::new(),
        };
        let boiler = BlockDoc {
            kind: BlockKind::Boilerplate,
            text: "Copyright".into(),
            sentences: vec![Span {
                start: 0,
                end: 9,
                index: 2,
            }],
            ..body.clone()
        };
        let d = ArticleDoc {
            blocks: vec![body, boiler],
        };
        let l = layout(&d, 3, 10, true);
        let shown: Vec<&str> = l
            .lines
            .iter()
            .map(|x| x.block.map_or("", |b| &d.blocks[b].text[x.start..x.end]))
            .collect();
        assert_eq!(
            shown,
            [
                "One two",
                "three.",
                "Four five",
                "six seven.",
                "",
                "Copyright"
            ]
        );
        assert_eq!(l.sentence_lines, [Some((0, 1)), Some((2, 3)), Some((5, 5))]);
        assert_eq!(l.order, [0, 1, 2]);
        let hidden = layout(&d, 3, 10, false);
        assert_eq!(hidden.lines.len(), 4);
        assert_eq!(hidden.sentence_lines[2], None);
        assert_eq!(hidden.order, [0, 1]);
    }

    #[test]
    fn hard_breaks_and_empty_text() {
        let t = "one\n\ntwo";
        assert_eq!(texts(t, &wrap_ranges(t, 20)), ["one", "", "two"]);
        assert_eq!(wrap_ranges("", 5), [(0, 0)]);
        let long = "x".repeat(25);
        assert_eq!(wrap_ranges(&long, 10).len(), 3);
    }
}
