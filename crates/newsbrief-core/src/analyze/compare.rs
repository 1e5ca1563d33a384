//! A comparison of two articles, ready for any front end: aligned rows with their word-level
//! differences.

use super::align::{FeatureIndex, align_articles};
use super::diff::{Change, word_diff};
use super::significance::{Mentions, weigh_all};
use crate::brief::Brief;

/// One side of a compared row: a sentence of one article, or two neighbouring sentences the
/// other side tells in one.
#[derive(Debug, Clone, PartialEq)]
pub struct RowSide {
    /// Index into `brief.articles`.
    pub article: usize,
    /// Index into that article's sentences (the first, when the side holds two).
    pub sentence: usize,
    /// The last sentence of the side (equal to `sentence` for one sentence).
    pub last_sentence: usize,
    /// Byte range from the first sentence's start to the last one's end.
    pub start: usize,
    pub end: usize,
}

/// One row: a matched pair, or a sentence only one outlet has.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub left: Option<RowSide>,
    pub right: Option<RowSide>,
    pub score: f64,
    /// Word-level differences of a matched pair (empty when unmatched or identical), each
    /// weighed with the brief's entities and quotes: mark `weight.is_substance()` strongly and
    /// the rest faintly.
    pub changes: Vec<Change>,
}

impl Row {
    /// The changes of substance (names, places, numbers, dates, negation, quote words,
    /// attribution).
    pub fn substance(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.weight.is_substance())
    }
}

/// No article, or more than one, answers to a key given on the command line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no single article matches \"{key}\" (articles: {})", .ids.join(", "))]
pub struct UnknownArticle {
    pub key: String,
    /// The ids the brief has, to pick from.
    pub ids: Vec<String>,
}

/// Finds an article by id, or by outlet name (case-insensitive, whole or a unique prefix).
pub fn resolve_article(brief: &Brief, key: &str) -> Result<usize, UnknownArticle> {
    let k = key.trim().to_lowercase();
    if let Some(i) = brief.articles.iter().position(|a| a.id.to_lowercase() == k) {
        return Ok(i);
    }
    if let Some(i) = brief
        .articles
        .iter()
        .position(|a| a.outlet.to_lowercase() == k)
    {
        return Ok(i);
    }
    let hits: Vec<usize> = brief
        .articles
        .iter()
        .enumerate()
        .filter(|(_, a)| a.outlet.to_lowercase().contains(&k))
        .map(|(i, _)| i)
        .collect();
    match hits.as_slice() {
        [one] => Ok(*one),
        _ => Err(UnknownArticle {
            key: key.to_string(),
            ids: brief.articles.iter().map(|a| a.id.clone()).collect(),
        }),
    }
}

/// Aligns articles `a` and `b` and computes the weighed word diff of every matched pair.
pub fn compare(brief: &Brief, index: &FeatureIndex, a: usize, b: usize) -> Vec<Row> {
    let mentions = Mentions::new(brief);
    let side = |art: usize, s: usize, also: Option<usize>| {
        let ss = &brief.articles[art].sentences;
        let (first, last) = match also {
            Some(o) => (s.min(o), s.max(o)),
            None => (s, s),
        };
        RowSide {
            article: art,
            sentence: first,
            last_sentence: last,
            start: ss[first].start,
            end: ss[last].end,
        }
    };
    align_articles(index, a, b)
        .into_iter()
        .map(|p| {
            let left = p.left.map(|s| side(a, s, p.left_also));
            let right = p.right.map(|s| side(b, s, p.right_also));
            let changes = match (&left, &right) {
                (Some(l), Some(r)) => {
                    let mut cs = word_diff(
                        &brief.articles[a].text,
                        (l.start, l.end),
                        &brief.articles[b].text,
                        (r.start, r.end),
                    );
                    weigh_all(brief, &mentions, a, b, &mut cs);
                    cs
                }
                _ => Vec::new(),
            };
            Row {
                left,
                right,
                score: p.score,
                changes,
            }
        })
        .collect()
}
