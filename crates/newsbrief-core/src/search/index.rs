//! The search index: every quote, claim and entity of a brief, prepared once.

use std::ops::Range;
use std::sync::Arc;

use fuzzy_matcher::skim::SkimMatcherV2;
use roaring::RoaringBitmap;

use super::build::Group;
use super::matcher::{Scratch, match_fields};
use super::prepare::{FieldStore, char_ranges};
use super::query::{ItemKind, Query};
use super::words::WordIndex;
use crate::brief::Brief;

/// Bonus per char of the phrase when all the words appear together in order, so that
/// a longer phrase typed ranks above a shorter one within the phrase tier.
pub const PHRASE_BONUS_PER_CHAR: i64 = 16;

/// Rank added when the words typed appear together, in order, starting a word: `red line`
/// puts "red line" above "a red flag on the line" whatever the word scores.
pub(super) const PHRASE_TIER: i64 = 1 << 56;

/// How many results with every word at a word start make the rest noise. A few are enough:
/// once the word is found where it was meant, a word it merely hides in ("tried" for `red`)
/// is not worth a row. With fewer, those are still listed, below them, since a reader looking
/// for a rare word is better served by a loose match than by nothing.
pub const ENOUGH_WELL_PLACED: usize = 3;

/// A byte of a word: ASCII letters and digits, and every byte of a non-ASCII char (in the
/// matching form, nearly all of those are letters).
pub(super) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// One searchable thing, with what a result list needs to show and open it.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: ItemKind,
    /// Index into `brief.articles`: the quote's or claim's article, the entity's first mention's.
    /// `None` only for an entity never mentioned.
    pub article: Option<usize>,
    /// Index into the article's `quotes` or `claims`, or into `brief.entities`.
    pub index: usize,
    /// Byte span in the article text (an entity's first mention); `0..0` when there is none.
    pub start: usize,
    pub end: usize,
}

/// A result: which item and how well it matched. Positions are left out so ranking stays cheap;
/// ask [`SearchIndex::positions`] for the ones actually drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`SearchIndex::items`].
    pub item: usize,
    pub score: i64,
}

/// Every quote, claim and entity of one brief, prepared for matching. Built once per brief;
/// items are in reading order (article, then offset), which is also how ties are broken.
pub struct SearchIndex {
    /// The brief the items point into: their text is read from it, not copied.
    pub(super) brief: Arc<Brief>,
    pub(super) items: Vec<Item>,
    /// Field `i` of the store is item `i`'s text; the groups' fields follow.
    pub(super) store: FieldStore,
    /// The words of the item texts, and which items hold each.
    pub(super) words: WordIndex,
    /// Group of each item.
    pub(super) group_of: Vec<u32>,
    pub(super) groups: Vec<Group>,
    /// Items of each group.
    pub(super) group_items: Vec<RoaringBitmap>,
    /// Items of each kind (quotes, claims, entities).
    pub(super) kinds: [RoaringBitmap; 3],
    /// Lowercased `(id, outlet)` of each article, for `#outlet` filters.
    pub(super) article_keys: Vec<(String, String)>,
    /// Every distinct lowercased name once: thousands of items share a speaker.
    pub(super) names: Vec<String>,
    /// Field numbers and name numbers of the groups, and article numbers of the entities, end
    /// to end.
    pub(super) pool: Vec<u32>,
    /// Articles each entity is mentioned in (a range of `pool`), for `#outlet` filters.
    pub(super) entity_articles: Vec<(u32, u32)>,
    pub(super) skim: SkimMatcherV2,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("items", &self.items.len())
            .field("articles", &self.article_keys.len())
            .finish()
    }
}

impl SearchIndex {
    /// The brief searched.
    pub fn brief(&self) -> &Brief {
        &self.brief
    }

    /// What is shown of an item: the quoted words, the claim sentence or the entity's name
    /// (unsanitised).
    pub fn text(&self, item: &Item) -> &str {
        match item.kind {
            ItemKind::Entity => self
                .brief
                .entities
                .get(item.index)
                .map_or("", |e| e.name.as_str()),
            _ => item
                .article
                .and_then(|a| self.brief.articles.get(a))
                .map_or("", |a| a.slice(item.start, item.end)),
        }
    }

    /// The speaker of a quote or the attribution of a claim.
    pub fn who(&self, item: &Item) -> Option<&str> {
        let a = self.brief.articles.get(item.article?)?;
        match item.kind {
            ItemKind::Quote => a.quotes.get(item.index)?.speaker.as_deref(),
            ItemKind::Claim => a.claims.get(item.index)?.attribution.as_deref(),
            ItemKind::Entity => None,
        }
    }

    /// Every item, in reading order; a [`Hit::item`] indexes this.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Ranked results of a query (the popup uses [`super::Searcher`], which keeps the last
    /// results). An empty query finds nothing; a query of filters only lists what passes
    /// them, in reading order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_query(&Query::parse(query))
    }

    /// [`Self::search`] for a parsed query.
    pub fn search_query(&self, q: &Query) -> Vec<Hit> {
        if q.is_empty() {
            return Vec::new();
        }
        self.run(q, usize::MAX, true).0
    }

    /// The best `top` results of [`Self::search_query`], in the same order, found without
    /// ranking the rest.
    pub fn search_top(&self, q: &Query, top: usize) -> Vec<Hit> {
        if q.is_empty() || top == 0 {
            return Vec::new();
        }
        self.run(q, top, true).0
    }

    /// The fields of item `i`: its text first, then its group's.
    fn item_fields(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let g = self.group_of.get(i).map_or(Group::default(), |&g| {
            self.groups.get(g as usize).copied().unwrap_or_default()
        });
        std::iter::once(i).chain(self.range(g.fields).iter().map(|&f| f as usize))
    }

    /// Matched char indices in the item's [`SearchIndex::text`], sorted: what to highlight. Computed
    /// on demand, only for results on screen. Empty when only other fields (speaker, alias)
    /// matched.
    pub fn positions(&self, hit: &Hit, q: &Query) -> Vec<usize> {
        if hit.item >= self.items.len() {
            return Vec::new();
        }
        if let Some(p) = &q.phrase {
            let hay = self.store.lower(hit.item).s;
            let at_start = hay
                .match_indices(p.as_str())
                .map(|(b, _)| b)
                .find(|&b| b == 0 || !is_word_byte(hay.as_bytes()[b - 1]));
            if let Some(b) = at_start {
                let c0 = hay[..b].chars().count();
                return p
                    .chars()
                    .enumerate()
                    .filter(|(_, c)| *c != ' ')
                    .map(|(i, _)| c0 + i)
                    .collect();
            }
        }
        let mut scratch = Scratch::default();
        let mut out: Vec<usize> = q
            .terms
            .iter()
            .enumerate()
            .filter_map(|t| {
                match_fields(
                    &self.skim,
                    t,
                    &self.store,
                    self.item_fields(hit.item),
                    &mut scratch,
                )
            })
            .filter(|(f, _)| *f == 0)
            .flat_map(|(_, m)| m.positions)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// [`Self::positions`] as byte ranges into the item's text, adjacent chars merged.
    pub fn match_ranges(&self, hit: &Hit, q: &Query) -> Vec<Range<usize>> {
        match self.items.get(hit.item) {
            Some(item) => char_ranges(self.text(item), &self.positions(hit, q)),
            None => Vec::new(),
        }
    }

    pub(super) fn range(&self, (a, b): (u32, u32)) -> &[u32] {
        self.pool.get(a as usize..b as usize).unwrap_or(&[])
    }
}
