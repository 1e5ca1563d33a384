//! Named entities found by rules and data, and merged across the articles of a brief.
//!
//! `find_mentions` works on one article (capitalised spans, acronyms, title cues, context
//! words); `merge` unites the mentions of every article so that one real-world referent is one
//! entity whatever spelling each outlet used. Word lists, the gazetteer and spelling variants
//! live in `data/` so that coverage grows by editing data, not code.

mod classify;
mod detect;
mod merge;
mod tables;
mod tokens;

#[cfg(test)]
mod aside_tests;
#[cfg(test)]
mod detect_tests;
#[cfg(test)]
mod merge_tests;
#[cfg(test)]
mod rules_tests;
#[cfg(test)]
mod seed_tests;

use crate::brief::EntityKind;

pub use detect::{ArticleFinds, find_all_mentions, find_mentions};
pub use merge::merge;

/// One name found in one article, before merging: later stages (quotes, claims) need names
/// per article before the brief-wide entities exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMention {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
}

/// One article's text and mentions, as input to `merge`, so merging can read surface forms and
/// the words around them without owning the articles.
pub struct ArticleMentions<'a> {
    pub article: &'a str,
    pub text: &'a str,
    pub mentions: &'a [RawMention],
    /// Names in captions and bylines ([`ArticleFinds::asides`]): they join the entities of the
    /// story's names, and make entities of their own, but never name an entity for the story.
    pub asides: &'a [RawMention],
}
