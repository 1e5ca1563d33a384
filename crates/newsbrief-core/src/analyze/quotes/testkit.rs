//! Hand-made stage inputs for tests: one block per line, naive sentences, and mentions for the
//! names a test lists.

use crate::analyze::entities::RawMention;
use crate::brief::{Block, BlockKind, EntityKind, Sentence};

pub(crate) struct Input<'a> {
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<RawMention>,
    pub words: super::ArticleWords<'a>,
}

fn naive_sentences(text: &str, b: &Block, bi: usize, out: &mut Vec<Sentence>) {
    let slice = &text[b.start..b.end];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut start = 0;
    let mut in_quote = false;
    for k in 0..chars.len() {
        let (i, c) = chars[k];
        match c {
            '“' => in_quote = true,
            '”' => in_quote = false,
            '"' => in_quote = !in_quote,
            _ => {}
        }
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '”' | '"') {
            if chars[j].1 == '”' || in_quote {
                in_quote = false;
            }
            j += 1;
        }
        if in_quote || j >= chars.len() || chars[j].1 != ' ' {
            continue;
        }
        let next = slice[chars[j].0..].trim_start().chars().next();
        if !next.is_some_and(|n| n.is_uppercase() || n == '“' || n == '"') {
            continue;
        }
        let word = slice[..i].rsplit(' ').next().unwrap_or("");
        if word.contains('.')
            || word.chars().filter(|c| c.is_alphabetic()).count() <= 1
            || ["Gen", "Col", "Mr", "Dr", "Lt"].contains(&word)
        {
            continue;
        }
        let end = chars[j].0;
        out.push(Sentence {
            start: b.start + start,
            end: b.start + end,
            block: bi,
        });
        start = end + 1;
    }
    if start < slice.len() {
        out.push(Sentence {
            start: b.start + start,
            end: b.end,
            block: bi,
        });
    }
}

fn find_all(text: &str, name: &str, kind: EntityKind, out: &mut Vec<RawMention>) {
    let mut from = 0;
    while let Some(p) = text[from..].find(name) {
        let s = from + p;
        let e = s + name.len();
        let before_ok = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok && !out.iter().any(|m| m.start < e && s < m.end) {
            out.push(RawMention {
                start: s,
                end: e,
                kind,
            });
        }
        from = e;
    }
}

/// Lines become blocks (the first a headline when `headline`), and every listed name a mention.
pub(crate) fn input<'a>(
    text: &'a str,
    headline: bool,
    persons: &[&str],
    orgs: &[&str],
    places: &[&str],
) -> Input<'a> {
    let mut blocks = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        let s = pos;
        pos += line.len() + 1;
        let trimmed = line.trim_end();
        if trimmed.trim().is_empty() {
            continue;
        }
        let kind = if headline && blocks.is_empty() {
            BlockKind::Headline
        } else {
            BlockKind::Body
        };
        blocks.push(Block {
            kind,
            start: s,
            end: s + trimmed.len(),
            reason: None,
            duplicate_of: None,
        });
    }
    let mut sentences = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        naive_sentences(text, b, bi, &mut sentences);
    }
    let mut mentions = Vec::new();
    let mut lists: Vec<(&str, EntityKind)> = Vec::new();
    lists.extend(persons.iter().map(|p| (*p, EntityKind::Person)));
    lists.extend(orgs.iter().map(|p| (*p, EntityKind::Organization)));
    lists.extend(places.iter().map(|p| (*p, EntityKind::Place)));
    lists.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    for (n, k) in lists {
        find_all(text, n, k, &mut mentions);
    }
    mentions.sort_by_key(|m| m.start);
    let words = super::ArticleWords::new(text, &blocks);
    Input {
        blocks,
        sentences,
        mentions,
        words,
    }
}
