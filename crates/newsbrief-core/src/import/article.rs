//! An article taken from a page or a feed item, before analysis: its parts in reading order
//! with the role the page's structure gives them.

use std::hash::{DefaultHasher, Hasher};

use crate::analyze::pipeline::Structure;
use crate::brief::{Block, BlockKind};

/// What a page or feed item says about its article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    pub headline: Option<String>,
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`, the date as the page gives it (its own time zone).
    pub published: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
    /// How the text was taken ("rs-trafilatura 0.2", "feed summary").
    pub method: String,
    /// Byline, captions and body paragraphs in reading order (the headline comes first).
    pub parts: Vec<(BlockKind, String)>,
}

impl Extracted {
    /// A digest of the words of the story proper (lowercased), for telling the same article
    /// given twice.
    pub fn body_key(&self) -> u128 {
        digest(|d| {
            let mut word = String::new();
            for (_, t) in self.parts.iter().filter(|(k, _)| *k == BlockKind::Body) {
                for w in t.split_whitespace() {
                    word.clear();
                    word.extend(w.chars().flat_map(char::to_lowercase));
                    d.write(word.as_bytes());
                    d.write(b" ");
                }
            }
        })
    }

    /// The article as text (paragraphs apart by a blank line, the headline first) with its
    /// blocks, whose kinds come from the page rather than from guessing.
    pub fn lay_out(&self) -> (String, Structure) {
        let mut text = String::new();
        let mut blocks = Vec::new();
        let headline = self.headline.as_deref().map(one_line);
        let all = headline
            .iter()
            .map(|h| (BlockKind::Headline, h.clone()))
            .chain(self.parts.iter().map(|(k, t)| (*k, one_paragraph(t))));
        for (kind, t) in all {
            if t.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(&t);
            blocks.push(Block {
                kind,
                start,
                end: text.len(),
                reason: Some(reason(kind, &self.method).into()),
                duplicate_of: None,
            });
        }
        text.push('\n');
        let structure = Structure {
            headline,
            blocks,
            url: self.url.clone(),
            extraction: Some(self.method.clone()),
        };
        (text, structure)
    }
}

/// A 128-bit digest of what `feed` writes: two SipHash runs under different keys (the standard
/// library's, the same in every run of a build), so that telling articles apart needs no copy
/// of their text and two different articles are never taken for one.
pub fn digest(feed: impl FnOnce(&mut Digest)) -> u128 {
    let mut d = Digest(DefaultHasher::new(), DefaultHasher::new());
    d.1.write_u8(1);
    feed(&mut d);
    (u128::from(d.0.finish()) << 64) | u128::from(d.1.finish())
}

/// What [`digest`] is fed.
pub struct Digest(DefaultHasher, DefaultHasher);

impl Digest {
    pub fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
        self.1.write(bytes);
    }
}

fn reason(kind: BlockKind, method: &str) -> &'static str {
    let page = !method.starts_with("feed");
    match (kind, page) {
        (BlockKind::Headline, true) => "page headline",
        (BlockKind::Headline, false) => "feed item title",
        (BlockKind::Byline, _) => "page byline",
        (BlockKind::Caption, _) => "image caption",
        (BlockKind::Body, true) => "article body",
        (BlockKind::Body, false) => "feed item text",
        (BlockKind::Boilerplate, _) => "page furniture left by the extractor",
    }
}

/// Whitespace runs (newlines included) as one space, escape sequences and other control
/// characters dropped: a headline is one clean line. A control character in a page's text is a
/// parse error that a browser shows as nothing, so the text read from a page holds none (the
/// analysis would otherwise take `custo\u{11}mers` for a word).
pub fn one_line(s: &str) -> String {
    let clean = crate::text::CleanLayer::new(s).text;
    let mut out = String::with_capacity(clean.len());
    let words = clean
        .split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty());
    for word in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// A paragraph keeps no blank line inside it (that would end it), no run of spaces, and no
/// escape sequence or line separator: laid-out text is its own clean layer, so the blocks the
/// page gives are the blocks the analysis reads.
fn one_paragraph(s: &str) -> String {
    crate::text::CleanLayer::new(s)
        .text
        .lines()
        .map(one_line)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_puts_each_part_in_its_block() {
        let e = Extracted {
            headline: Some("Big\n news".into()),
            parts: vec![
                (BlockKind::Byline, "Ann Lee".into()),
                (BlockKind::Body, "One.\n\n\nStill one.".into()),
                (BlockKind::Caption, "  ".into()),
            ],
            method: "m".into(),
            ..Extracted::default()
        };
        let (text, s) = e.lay_out();
        assert_eq!(text, "Big news\n\nAnn Lee\n\nOne.\nStill one.\n");
        let kinds: Vec<_> = s.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [BlockKind::Headline, BlockKind::Byline, BlockKind::Body]
        );
        for b in &s.blocks {
            assert!(!text[b.start..b.end].contains("\n\n"));
        }
        let hostile = Extracted {
            parts: vec![(
                BlockKind::Body,
                "Said \u{1b}]0;x\u{7}it\u{2029}twice".into(),
            )],
            ..Extracted::default()
        };
        let (text, _) = hostile.lay_out();
        assert_eq!(text, "Said it\ntwice\n");
        assert!(crate::text::CleanLayer::new(&text).is_identity());
    }
}
