//! Named entities found by rules and data, and merged across the articles of a brief.
//! (Owner: entities work; placeholder bodies until then.)

use crate::brief::{Block, Entity, EntityKind, Sentence};

/// One name found in one article, before merging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMention {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
}

/// Finds entity mentions in the story blocks of one article.
pub fn find_mentions(_text: &str, _blocks: &[Block], _sentences: &[Sentence]) -> Vec<RawMention> {
    Vec::new()
}

/// One article's text and mentions, as input to `merge`.
pub struct ArticleMentions<'a> {
    pub article: &'a str,
    pub text: &'a str,
    pub mentions: &'a [RawMention],
}

/// Unites mentions across all articles into entities (surname alone, title variant,
/// transliteration variant, acronym and expansion, exonyms), with ids `e1`, `e2`, ... in a
/// deterministic order.
pub fn merge(_articles: &[ArticleMentions<'_>]) -> Vec<Entity> {
    Vec::new()
}
