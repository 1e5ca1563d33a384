//! The search index: every quote, claim and entity of a brief, prepared once.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use fuzzy_matcher::skim::SkimMatcherV2;

use super::matcher::{Scratch, TIER, match_fields, score_fields};
use super::prepare::{FieldStore, char_ranges, fold_lower};
use super::query::{ItemKind, Query};
use crate::brief::Brief;
use crate::intern::Interner;

/// Bonus per char of the phrase when all the words appear together in order, so that
/// a longer phrase typed ranks above a shorter one within the phrase tier.
pub const PHRASE_BONUS_PER_CHAR: i64 = 16;

/// Rank added when the words typed appear together, in order, starting a word: `red line`
/// puts "red line" above "a red flag on the line" whatever the word scores.
const PHRASE_TIER: i64 = 1 << 56;

/// How many results with every word at a word start make the rest noise. A few are enough:
/// once the word is found where it was meant, a word it merely hides in ("tried" for `red`)
/// is not worth a row. With fewer, those are still listed, below them, since a reader looking
/// for a rare word is better served by a loose match than by nothing.
pub const ENOUGH_WELL_PLACED: usize = 3;

/// A byte of a word: ASCII letters and digits, and every byte of a non-ASCII char (in the
/// matching form, nearly all of those are letters).
fn is_word_byte(b: u8) -> bool {
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
    /// Searchable strings (field numbers in the store); the first is what
    /// [`SearchIndex::text`] shows, then speaker/attribution/aliases.
    fields: Range<usize>,
    /// Lowercased names an `@name` filter looks in: a range of [`SearchIndex::pool`] holding
    /// numbers in [`SearchIndex::names`].
    names: (u32, u32),
    /// Articles the item appears in, for `#outlet` filters.
    /// (A range of [`SearchIndex::pool`].) Ranges instead of vectors spare two allocations an
    /// item: a million items weigh 100 MB less.
    articles: (u32, u32),
}

/// A result: which item and how well it matched. Positions are left out so ranking stays cheap;
/// ask [`SearchIndex::positions`] for the ones actually drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`SearchIndex::items`].
    pub item: usize,
    pub score: i64,
}

/// Scores kept per candidate so a grown query only scores what changed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    pub item: u32,
    /// Sum of the scores of every word but the last.
    pub fixed: i64,
    /// Score of the last word.
    pub last: i64,
}

/// The part of an item every search reads.
#[derive(Debug, Clone, Copy)]
struct Hot {
    kind: ItemKind,
    fields: (u32, u32),
}

/// Every quote, claim and entity of one brief, prepared for matching. Built once per brief;
/// items are in reading order (article, then offset), which is also how ties are broken.
pub struct SearchIndex {
    /// The brief the items point into: their text is read from it, not copied.
    brief: Arc<Brief>,
    items: Vec<Item>,
    /// What every search reads of each item, packed apart from the rest so that a search
    /// walks as little memory as it can.
    hot: Vec<Hot>,
    store: FieldStore,
    /// Lowercased `(id, outlet)` of each article, for `#outlet` filters.
    article_keys: Vec<(String, String)>,
    /// Every distinct lowercased name once: thousands of items share a speaker.
    names: Vec<String>,
    /// The name numbers and article numbers of every item, end to end.
    pool: Vec<u32>,
    skim: SkimMatcherV2,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("items", &self.items.len())
            .field("articles", &self.article_keys.len())
            .finish()
    }
}

fn lower(s: &str) -> String {
    s.chars().map(fold_lower).collect()
}

impl SearchIndex {
    /// Shares the brief rather than copying what it shows: on a brief of thousands of articles
    /// the copies would weigh as much as the brief's own text.
    pub fn new(brief: impl Into<Arc<Brief>>) -> SearchIndex {
        let shared: Arc<Brief> = brief.into();
        let brief: &Brief = &shared;
        let art_index = brief.article_positions();
        let ent_index: HashMap<&str, usize> = brief
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut items = Vec::new();
        // Lowercased names, each once.
        let mut all_names = Interner::default();
        for (ai, a) in brief.articles.iter().enumerate() {
            for (qi, q) in a.quotes.iter().enumerate() {
                let text = a.slice(q.start, q.end);
                // Borrowed until the store copies them in matching form.
                let mut fields: Vec<&str> = vec![text];
                let mut names = Vec::new();
                if let Some(s) = &q.speaker {
                    fields.push(s);
                    names.push(all_names.id(&lower(s)));
                }
                if let Some(e) = q
                    .speaker_entity
                    .as_deref()
                    .and_then(|id| ent_index.get(id))
                    .map(|&i| &brief.entities[i])
                {
                    if q.speaker.as_deref() != Some(e.name.as_str()) {
                        fields.push(&e.name);
                    }
                    names.push(all_names.id(&lower(&e.name)));
                    names.extend(e.aliases.iter().map(|s| all_names.id(&lower(s))));
                }
                items.push((
                    fields,
                    Item {
                        kind: ItemKind::Quote,
                        article: Some(ai),
                        index: qi,
                        start: q.start,
                        end: q.end,
                        fields: 0..0,
                        names: (0, 0),
                        articles: (0, 0),
                    },
                    (names, vec![ai]),
                ));
            }
            for (ci, c) in a.claims.iter().enumerate() {
                let text = a.slice(c.start, c.end);
                let mut fields: Vec<&str> = vec![text];
                let mut names = Vec::new();
                if let Some(s) = &c.attribution {
                    fields.push(s);
                    names.push(all_names.id(&lower(s)));
                }
                items.push((
                    fields,
                    Item {
                        kind: ItemKind::Claim,
                        article: Some(ai),
                        index: ci,
                        start: c.start,
                        end: c.end,
                        fields: 0..0,
                        names: (0, 0),
                        articles: (0, 0),
                    },
                    (names, vec![ai]),
                ));
            }
        }
        for (ei, e) in brief.entities.iter().enumerate() {
            let mut mentions: Vec<(usize, usize, usize)> = e
                .mentions
                .iter()
                .filter_map(|m| Some((*art_index.get(m.article.as_str())?, m.start, m.end)))
                .collect();
            mentions.sort_unstable();
            let mut articles: Vec<usize> = mentions.iter().map(|m| m.0).collect();
            articles.dedup();
            let first = mentions.first().copied();
            let mut fields: Vec<&str> = vec![&e.name];
            fields.extend(e.aliases.iter().map(String::as_str));
            let mut names = vec![all_names.id(&lower(&e.name))];
            names.extend(e.aliases.iter().map(|s| all_names.id(&lower(s))));
            items.push((
                fields,
                Item {
                    kind: ItemKind::Entity,
                    article: first.map(|m| m.0),
                    index: ei,
                    start: first.map_or(0, |m| m.1),
                    end: first.map_or(0, |m| m.2),
                    fields: 0..0,
                    names: (0, 0),
                    articles: (0, 0),
                },
                (names, articles),
            ));
        }
        items.sort_by_key(|(_, it, _)| {
            (
                it.article.unwrap_or(usize::MAX),
                it.start,
                it.kind,
                it.index,
            )
        });
        let mut store = FieldStore::for_brief(shared.clone());
        let mut pool = Vec::new();
        let items: Vec<Item> = items
            .into_iter()
            .map(|(fields, mut it, (names, articles))| {
                let range = |pool: &mut Vec<u32>, v: &mut dyn Iterator<Item = u32>| {
                    let a = pool.len() as u32;
                    pool.extend(v);
                    (a, pool.len() as u32)
                };
                it.names = range(&mut pool, &mut names.into_iter());
                it.articles = range(&mut pool, &mut articles.into_iter().map(|a| a as u32));
                // A quote's or claim's text is a stretch of its article's text.
                let at = it.article.filter(|_| it.kind != ItemKind::Entity);
                let first = fields
                    .iter()
                    .enumerate()
                    .map(|(k, f)| store.push_at(f, at.filter(|_| k == 0).map(|a| (a, it.start))))
                    .min()
                    .unwrap_or(0);
                it.fields = first..first + fields.len();
                it
            })
            .collect();
        store.finish();
        let article_keys = brief
            .articles
            .iter()
            .map(|a| (lower(&a.id), lower(&a.outlet)))
            .collect();
        let hot = items
            .iter()
            .map(|it| Hot {
                kind: it.kind,
                fields: (it.fields.start as u32, it.fields.end as u32),
            })
            .collect();
        SearchIndex {
            brief: shared.clone(),
            items,
            hot,
            store,
            article_keys,
            names: all_names.into_strings(),
            pool,
            skim: SkimMatcherV2::default().respect_case(),
        }
    }

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

    /// Ranked results of a query from scratch (the popup uses [`super::Searcher`], which reuses
    /// the previous results while the query grows). An empty query finds nothing; a query of
    /// filters only lists what passes them, in reading order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_query(&Query::parse(query))
    }

    /// [`Self::search`] for a parsed query.
    pub fn search_query(&self, q: &Query) -> Vec<Hit> {
        if q.is_empty() {
            return Vec::new();
        }
        self.refine(q, None, 0, false, usize::MAX).1
    }

    /// The best `top` results of [`Self::search_query`], in the same order, found without
    /// ranking the rest.
    pub fn search_top(&self, q: &Query, top: usize) -> Vec<Hit> {
        if q.is_empty() || top == 0 {
            return Vec::new();
        }
        self.refine(q, None, 0, false, top).1
    }

    /// Matched char indices in the item's [`SearchIndex::text`], sorted: what to highlight. Computed
    /// on demand, only for results on screen. Empty when only other fields (speaker, alias)
    /// matched.
    pub fn positions(&self, hit: &Hit, q: &Query) -> Vec<usize> {
        let Some(item) = self.items.get(hit.item) else {
            return Vec::new();
        };
        if let Some(p) = &q.phrase {
            let hay = self.store.lower(item.fields.start).s;
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
                    item.fields.clone(),
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

    fn range(&self, (a, b): (u32, u32)) -> &[u32] {
        self.pool.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// Whether an item passes the query's filters.
    fn passes(&self, item: &Item, q: &Query, outlet_ok: &[Vec<bool>]) -> bool {
        q.allows(item.kind)
            && outlet_ok
                .iter()
                .all(|ok| self.range(item.articles).iter().any(|&a| ok[a as usize]))
            && q.names.iter().all(|n| {
                self.range(item.names)
                    .iter()
                    .any(|&s| self.names[s as usize].contains(n.as_str()))
            })
    }

    /// Runs `q` over `cands` (every item when `None`), whose scores already cover the first
    /// `known` words of `q`, not counting their `last` score when `drop_last` (that word has
    /// changed); returns the surviving candidates, the best `top` of them, ranked, and how many
    /// results there are (candidates left out as noise are kept for the next keystroke but
    /// not counted).
    pub(crate) fn refine(
        &self,
        q: &Query,
        cands: Option<&[Cand]>,
        known: usize,
        drop_last: bool,
        top: usize,
    ) -> (Vec<Cand>, Vec<Hit>, usize) {
        let outlet_ok: Vec<Vec<bool>> = q
            .outlets
            .iter()
            .map(|o| {
                self.article_keys
                    .iter()
                    .map(|(id, outlet)| id.contains(o.as_str()) || outlet.contains(o.as_str()))
                    .collect()
            })
            .collect();
        let mut scratch = Scratch::for_search(&q.terms, &self.store);
        let filtered = !q.outlets.is_empty() || !q.names.is_empty();
        let mut out = Vec::with_capacity(cands.map_or(self.items.len(), <[Cand]>::len));
        let mut eval = |c: Cand| {
            let hot = self.hot[c.item as usize];
            if !q.allows(hot.kind)
                || (filtered && !self.passes(&self.items[c.item as usize], q, &outlet_ok))
            {
                return;
            }
            let fields = hot.fields.0 as usize..hot.fields.1 as usize;
            let mut last = if drop_last { 0 } else { c.last };
            let mut total = c.fixed + last;
            let from = known.min(q.terms.len());
            for t in q.terms.iter().enumerate().skip(from) {
                match score_fields(&self.skim, t, &self.store, fields.clone(), &mut scratch) {
                    Some(score) => {
                        total += score;
                        last = score;
                    }
                    None => return,
                }
            }
            out.push(Cand {
                item: c.item,
                fixed: total - last,
                last,
            });
        };
        match cands {
            Some(cs) => cs.iter().for_each(|&c| eval(c)),
            None => (0..self.items.len() as u32).for_each(|i| {
                eval(Cand {
                    item: i,
                    fixed: 0,
                    last: 0,
                })
            }),
        }
        // Packed keys (rank descending, then item) compare much faster than pairs.
        let phrase = q.phrase.as_ref().map(|p| {
            (
                memchr::memmem::Finder::new(p.as_bytes()),
                PHRASE_TIER + PHRASE_BONUS_PER_CHAR * p.chars().count() as i64,
            )
        });
        let mut keys: Vec<(i64, u32)> = out
            .iter()
            .map(|c| {
                let bonus = phrase.as_ref().map_or(0, |(finder, bonus)| {
                    let (a, b) = self.hot[c.item as usize].fields;
                    let has = (a as usize..b as usize).any(|f| {
                        let hay = self.store.lower(f).s.as_bytes();
                        finder
                            .find_iter(hay)
                            .any(|at| at == 0 || !is_word_byte(hay[at - 1]))
                    });
                    if has { *bonus } else { 0 }
                });
                (-(c.fixed + c.last + bonus), c.item)
            })
            .collect();
        // Every word well placed (see [`TIER`]): when there are enough such items, the
        // others are noise ("tried" for `red`) and are dropped.
        let well_placed = -(q.terms.len() as i64 * TIER);
        let good = keys.iter().filter(|k| k.0 <= well_placed).count();
        if good >= ENOUGH_WELL_PLACED && good < keys.len() {
            keys.retain(|k| k.0 <= well_placed);
        }
        let shown = keys.len();
        // Only the best `top` are ranked: selecting them first spares sorting tens of
        // thousands of results nobody scrolls to. Keys are unique, so the order is the same
        // as a full sort's.
        if keys.len() > top {
            keys.select_nth_unstable(top);
            keys.truncate(top);
        }
        keys.sort_unstable();
        let hits = keys
            .into_iter()
            .map(|(s, i)| Hit {
                item: i as usize,
                score: (-s).rem_euclid(TIER),
            })
            .collect();
        (out, hits, shown)
    }
}
