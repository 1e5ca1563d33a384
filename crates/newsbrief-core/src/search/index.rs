//! The search index: every quote, claim and entity of a brief, prepared once.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use fuzzy_matcher::skim::SkimMatcherV2;
use roaring::{MultiOps, RoaringBitmap};
use rustc_hash::FxHashMap;

use super::matcher::{
    Scratch, TIER, exact_start_score, first_inner_score, match_fields, score_fields,
};
use super::prepare::{FieldStore, char_ranges, fold_lower};
use super::query::{ItemKind, Query, Term};
use super::words::{TermSets, WordIndex};
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
}

/// A result: which item and how well it matched. Positions are left out so ranking stays cheap;
/// ask [`SearchIndex::positions`] for the ones actually drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`SearchIndex::items`].
    pub item: usize,
    pub score: i64,
}

/// What items share besides their text: who said or claimed it (a quote's speaker and its
/// entity's names, a claim's attribution), or an entity's aliases. Thousands of quotes share a
/// speaker, so a search scores each group once, not each item.
#[derive(Debug, Clone, Copy, Default)]
struct Group {
    /// Fields searched after the item's text (a range of [`SearchIndex::pool`]).
    fields: (u32, u32),
    /// Lowercased names an `@name` filter looks in (numbers in [`SearchIndex::names`]).
    names: (u32, u32),
}

/// What makes a group, while building.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum GroupKey<'a> {
    Quote(Option<&'a str>, Option<usize>),
    Claim(Option<&'a str>),
    Entity(usize),
}

/// Every quote, claim and entity of one brief, prepared for matching. Built once per brief;
/// items are in reading order (article, then offset), which is also how ties are broken.
pub struct SearchIndex {
    /// The brief the items point into: their text is read from it, not copied.
    brief: Arc<Brief>,
    items: Vec<Item>,
    /// Field `i` of the store is item `i`'s text; the groups' fields follow.
    store: FieldStore,
    /// The words of the item texts, and which items hold each.
    words: WordIndex,
    /// Group of each item.
    group_of: Vec<u32>,
    groups: Vec<Group>,
    /// Items of each group.
    group_items: Vec<RoaringBitmap>,
    /// Items of each kind (quotes, claims, entities).
    kinds: [RoaringBitmap; 3],
    /// Lowercased `(id, outlet)` of each article, for `#outlet` filters.
    article_keys: Vec<(String, String)>,
    /// Every distinct lowercased name once: thousands of items share a speaker.
    names: Vec<String>,
    /// Field numbers and name numbers of the groups, and article numbers of the entities, end
    /// to end.
    pool: Vec<u32>,
    /// Articles each entity is mentioned in (a range of `pool`), for `#outlet` filters.
    entity_articles: Vec<(u32, u32)>,
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

fn kind_slot(kind: ItemKind) -> usize {
    match kind {
        ItemKind::Quote => 0,
        ItemKind::Claim => 1,
        ItemKind::Entity => 2,
    }
}

/// `v` without spare room: it was collected in place of a larger vector.
fn shrunk<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}

/// Appends `v` to `pool`, returning its range.
fn range_of(pool: &mut Vec<u32>, v: impl IntoIterator<Item = u32>) -> (u32, u32) {
    let a = pool.len() as u32;
    pool.extend(v);
    (a, pool.len() as u32)
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
        let mut pool = Vec::new();
        let mut entity_articles = Vec::with_capacity(brief.entities.len());
        let n: usize = brief
            .articles
            .iter()
            .map(|a| a.quotes.len() + a.claims.len())
            .sum::<usize>()
            + brief.entities.len();
        let mut items: Vec<(Item, GroupKey<'_>)> = Vec::with_capacity(n);
        for (ai, a) in brief.articles.iter().enumerate() {
            for (qi, q) in a.quotes.iter().enumerate() {
                let entity = q.speaker_entity.as_deref().and_then(|id| ent_index.get(id));
                let item = Item {
                    kind: ItemKind::Quote,
                    article: Some(ai),
                    index: qi,
                    start: q.start,
                    end: q.end,
                };
                items.push((item, GroupKey::Quote(q.speaker.as_deref(), entity.copied())));
            }
            for (ci, c) in a.claims.iter().enumerate() {
                let item = Item {
                    kind: ItemKind::Claim,
                    article: Some(ai),
                    index: ci,
                    start: c.start,
                    end: c.end,
                };
                items.push((item, GroupKey::Claim(c.attribution.as_deref())));
            }
        }
        for (ei, e) in brief.entities.iter().enumerate() {
            let mut mentions: Vec<(usize, usize, usize)> = e
                .mentions
                .iter()
                .filter_map(|m| Some((*art_index.get(m.article.as_str())?, m.start, m.end)))
                .collect();
            mentions.sort_unstable();
            let mut articles: Vec<u32> = mentions.iter().map(|m| m.0 as u32).collect();
            articles.dedup();
            entity_articles.push(range_of(&mut pool, articles));
            let first = mentions.first().copied();
            let item = Item {
                kind: ItemKind::Entity,
                article: first.map(|m| m.0),
                index: ei,
                start: first.map_or(0, |m| m.1),
                end: first.map_or(0, |m| m.2),
            };
            items.push((item, GroupKey::Entity(ei)));
        }
        // Keys are unique, so the unstable sort is the stable one.
        items.sort_unstable_by_key(|(it, _)| {
            (
                it.article.unwrap_or(usize::MAX),
                it.start,
                it.kind,
                it.index,
            )
        });
        let mut store = FieldStore::for_brief(shared.clone());
        let mut words = WordIndex::default();
        let mut kinds: [RoaringBitmap; 3] = Default::default();
        let mut group_ids: FxHashMap<GroupKey<'_>, u32> = FxHashMap::default();
        let mut group_keys = Vec::new();
        let mut group_items: Vec<RoaringBitmap> = Vec::new();
        let mut group_of = Vec::with_capacity(items.len());
        for (i, (it, key)) in items.iter().enumerate() {
            let i = i as u32;
            let (text, at) = match it.kind {
                ItemKind::Entity => (brief.entities[it.index].name.as_str(), None),
                _ => {
                    let a = it.article.map_or(0, |a| a);
                    let text = brief
                        .articles
                        .get(a)
                        .map_or("", |x| x.slice(it.start, it.end));
                    (text, Some((a, it.start)))
                }
            };
            let f = store.push_at(text, at);
            debug_assert_eq!(f, i as usize);
            words.add(i, store.lower(f).s, store.regular(f));
            let _ = kinds[kind_slot(it.kind)].try_push(i);
            let g = *group_ids.entry(*key).or_insert_with(|| {
                group_keys.push(*key);
                group_items.push(RoaringBitmap::new());
                (group_keys.len() - 1) as u32
            });
            let _ = group_items[g as usize].try_push(i);
            group_of.push(g);
        }
        words.finish(items.len() as u32);
        let mut all_names = Interner::default();
        let groups = group_keys
            .iter()
            .map(|key| {
                let mut fields: Vec<&str> = Vec::new();
                let mut names: Vec<String> = Vec::new();
                match *key {
                    GroupKey::Quote(speaker, entity) => {
                        if let Some(s) = speaker {
                            fields.push(s);
                            names.push(lower(s));
                        }
                        if let Some(e) = entity.map(|i| &brief.entities[i]) {
                            if speaker != Some(e.name.as_str()) {
                                fields.push(&e.name);
                            }
                            names.push(lower(&e.name));
                            names.extend(e.aliases.iter().map(|s| lower(s)));
                        }
                    }
                    GroupKey::Claim(attribution) => {
                        if let Some(s) = attribution {
                            fields.push(s);
                            names.push(lower(s));
                        }
                    }
                    GroupKey::Entity(ei) => {
                        let e = &brief.entities[ei];
                        fields.extend(e.aliases.iter().map(String::as_str));
                        names.push(lower(&e.name));
                        names.extend(e.aliases.iter().map(|s| lower(s)));
                    }
                }
                let fields: Vec<u32> = fields
                    .into_iter()
                    .map(|f| store.push_shared(f) as u32)
                    .collect();
                let names: Vec<u32> = names.iter().map(|s| all_names.id(s)).collect();
                Group {
                    fields: range_of(&mut pool, fields),
                    names: range_of(&mut pool, names),
                }
            })
            .collect();
        store.finish();
        for g in &mut group_items {
            g.optimize();
        }
        for k in &mut kinds {
            k.optimize();
        }
        pool.shrink_to_fit();
        let article_keys = brief
            .articles
            .iter()
            .map(|a| (lower(&a.id), lower(&a.outlet)))
            .collect();
        SearchIndex {
            brief: shared.clone(),
            items: shrunk(items.into_iter().map(|(it, _)| it).collect()),
            store,
            words,
            group_of,
            groups,
            group_items,
            kinds,
            article_keys,
            names: all_names.into_strings(),
            pool,
            entity_articles,
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

    fn range(&self, (a, b): (u32, u32)) -> &[u32] {
        self.pool.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// Whether item `i` passes the query's `#` and `@` filters.
    fn passes(&self, i: usize, q: &Query, outlet_ok: &[Vec<bool>]) -> bool {
        let item = &self.items[i];
        let group = self.groups[self.group_of[i] as usize];
        let one;
        let articles: &[u32] = match item.kind {
            ItemKind::Entity => self.range(self.entity_articles[item.index]),
            _ => {
                one = [item.article.unwrap_or(0) as u32];
                &one
            }
        };
        outlet_ok
            .iter()
            .all(|ok| articles.iter().any(|&a| ok[a as usize]))
            && q.names.iter().all(|n| {
                self.range(group.names)
                    .iter()
                    .any(|&s| self.names[s as usize].contains(n.as_str()))
            })
    }

    /// The best `top` results of `q`, ranked, and how many results there are (items left
    /// out as noise are not counted). With `indexed`, only the items the word index leaves
    /// are matched; without, every item is (what the index must agree with).
    pub(crate) fn run(&self, q: &Query, top: usize, indexed: bool) -> (Vec<Hit>, usize) {
        let mut scratch = Scratch::for_search(&q.terms, &self.store);
        let plans: Vec<Plan> = q
            .terms
            .iter()
            .enumerate()
            .map(|t| self.plan(t, indexed, &mut scratch))
            .collect();
        let mut kinds = [ItemKind::Quote, ItemKind::Claim, ItemKind::Entity]
            .into_iter()
            .filter(|&k| q.allows(k))
            .map(|k| &self.kinds[kind_slot(k)])
            .union();
        let phrase = q.phrase.as_ref().map(|p| {
            let finder = memchr::memmem::Finder::new(p.as_bytes()).into_owned();
            let in_group = (0..self.groups.len())
                .map(|g| {
                    self.range(self.groups[g].fields)
                        .iter()
                        .any(|&f| holds_at_start(&finder, self.store.lower(f as usize).s))
                })
                .collect();
            Phrase {
                finder,
                bonus: PHRASE_TIER + PHRASE_BONUS_PER_CHAR * p.chars().count() as i64,
                in_group,
            }
        });
        let ctx = Ctx {
            q,
            plans: &plans,
            phrase: phrase.as_ref(),
            outlet_ok: self.outlet_ok(q),
        };
        // First the items whose every word can match at a word start: when enough of them
        // do, the rest are noise and need not be looked at.
        let well_placed = -(q.terms.len() as i64 * TIER);
        let mut cands = kinds.clone();
        for p in &plans {
            cands &= &p.well_placed;
        }
        let mut keys = self.evaluate(&ctx, &cands, &mut scratch);
        let good = keys.iter().filter(|k| k.0 <= well_placed).count();
        if good >= ENOUGH_WELL_PLACED {
            keys.retain(|k| k.0 <= well_placed);
        } else {
            for p in &plans {
                kinds &= &p.anywhere;
            }
            keys = self.evaluate(&ctx, &kinds, &mut scratch);
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
        (hits, shown)
    }

    /// How many items the word index leaves to match for the first word of `q` at a word
    /// start, out of all.
    #[cfg(test)]
    pub(crate) fn well_placed_candidates(&self, q: &Query) -> (u64, u64) {
        let mut scratch = Scratch::for_search(&q.terms, &self.store);
        let plan = self.plan((0, &q.terms[0]), true, &mut scratch);
        (plan.well_placed.len(), self.items.len() as u64)
    }

    /// For each `#` filter, whether each article passes it.
    fn outlet_ok(&self, q: &Query) -> Vec<Vec<bool>> {
        q.outlets
            .iter()
            .map(|o| {
                self.article_keys
                    .iter()
                    .map(|(id, outlet)| id.contains(o.as_str()) || outlet.contains(o.as_str()))
                    .collect()
            })
            .collect()
    }

    /// What the index tells of one word of the query, and the scores of the groups.
    fn plan(&self, (ti, term): (usize, &Term), indexed: bool, scratch: &mut Scratch) -> Plan {
        let group_scores: Vec<i64> = self
            .groups
            .iter()
            .map(|g| {
                let fields = self.range(g.fields).iter().map(|&f| f as usize);
                score_fields(&self.skim, (ti, term), &self.store, fields, scratch).unwrap_or(NONE)
            })
            .collect();
        let groups_matching = group_scores
            .iter()
            .zip(&self.group_items)
            .filter(|(s, _)| **s != NONE)
            .map(|(_, items)| items)
            .union();
        let sets = if indexed {
            self.words.term_sets(term)
        } else {
            TermSets::Everything
        };
        let all = self.words.all();
        let irregular = self.words.irregular();
        let anywhere = sets.candidates(&all, irregular, true) | &groups_matching;
        let well_placed = if term.starts_first {
            sets.candidates(&all, irregular, false) | &groups_matching
        } else {
            anywhere.clone()
        };
        // Items whose text is known to hold the word exactly at a word start, by whether the
        // first such word is the word itself; items whose text may hold it starting a word
        // some other way (only those need matching in full when the word is long enough to
        // prefer word starts); items whose text may hold it at all.
        let none = RoaringBitmap::new;
        let (whole, prefix, start, holds, plain) = match &sets {
            TermSets::Sets(s) => {
                let holds = [&s.exact, &s.longer, &s.start, &s.inner]
                    .into_iter()
                    .union();
                match (s.plain, term.starts_first) {
                    // Holding both the word and a longer one, the first decides: matched in
                    // full.
                    (true, true) => (
                        &s.exact - &s.longer,
                        &s.longer - &s.exact,
                        &s.start | &(&s.exact & &s.longer),
                        Some(holds),
                        true,
                    ),
                    (true, false) => (none(), &s.exact | &s.longer, none(), Some(holds), true),
                    (false, _) => (none(), none(), none(), Some(holds), false),
                }
            }
            TermSets::Everything => (none(), none(), none(), None, false),
        };
        Plan {
            group_scores,
            anywhere,
            well_placed,
            whole,
            prefix,
            start,
            holds,
            plain,
        }
    }

    /// Scores every item of `cands` that passes the filters and matches every word, as
    /// packed ranking keys (rank descending, then item: they compare much faster than pairs).
    fn evaluate(
        &self,
        ctx: &Ctx<'_>,
        cands: &RoaringBitmap,
        scratch: &mut Scratch,
    ) -> Vec<(i64, u32)> {
        let q = ctx.q;
        let filtered = !q.outlets.is_empty() || !q.names.is_empty();
        // Each set is cut to the candidates first, so that walking it alongside them costs
        // no more than they do.
        let cut = |set: &RoaringBitmap| set & cands;
        let irregular = cut(self.words.irregular());
        let mut irregular_at = Member::new(&irregular, cands.len());
        let cuts: Vec<[RoaringBitmap; 4]> = ctx
            .plans
            .iter()
            .map(|p| {
                [
                    cut(&p.whole),
                    cut(&p.prefix),
                    cut(&p.start),
                    p.holds.as_ref().map_or_else(|| cands.clone(), cut),
                ]
            })
            .collect();
        let mut members: Vec<[Member<'_>; 4]> = cuts
            .iter()
            .map(|c| c.each_ref().map(|set| Member::new(set, cands.len())))
            .collect();
        let mut keys = Vec::with_capacity(cands.len() as usize);
        'items: for i in cands {
            let iu = i as usize;
            if filtered && !self.passes(iu, q, &ctx.outlet_ok) {
                continue;
            }
            let g = self.group_of[iu] as usize;
            let regular = !irregular_at.has(i);
            let mut total = 0;
            for (ti, (term, (plan, m))) in q
                .terms
                .iter()
                .zip(ctx.plans.iter().zip(&mut members))
                .enumerate()
            {
                let [whole, prefix, start, holds] = m;
                let (is_whole, is_prefix, is_start, may) =
                    (whole.has(i), prefix.has(i), start.has(i), holds.has(i));
                let full = |scratch: &mut Scratch| {
                    score_fields(&self.skim, (ti, term), &self.store, [iu], scratch)
                };
                let text = if !regular {
                    full(scratch)
                } else if is_whole {
                    Some(exact_start_score(&self.skim, (ti, term), true, scratch))
                } else if is_prefix {
                    Some(exact_start_score(&self.skim, (ti, term), false, scratch))
                } else if !may {
                    None
                } else if plan.plain && !is_start {
                    first_inner_score(&self.skim, (ti, term), self.store.lower(iu), scratch)
                        .or_else(|| full(scratch))
                } else {
                    full(scratch)
                };
                let group = Some(plan.group_scores[g]).filter(|&s| s != NONE);
                match text.max(group) {
                    Some(s) => total += s,
                    None => continue 'items,
                }
            }
            if let Some(p) = ctx.phrase
                && (p.in_group[g] || holds_at_start(&p.finder, self.store.lower(iu).s))
            {
                total += p.bonus;
            }
            keys.push((-total, i));
        }
        keys
    }
}

/// No match, among group scores.
const NONE: i64 = i64::MIN;

/// Whether `hay` holds the phrase starting a word.
fn holds_at_start(finder: &memchr::memmem::Finder<'_>, hay: &str) -> bool {
    let hay = hay.as_bytes();
    finder
        .find_iter(hay)
        .any(|at| at == 0 || !is_word_byte(hay[at - 1]))
}

/// What a search knows of one word of the query before it looks at items.
struct Plan {
    /// Its score in each group's fields ([`NONE`] when it does not match there).
    group_scores: Vec<i64>,
    /// Items it could match at all.
    anywhere: RoaringBitmap,
    /// Items it could match at a word start (all it matches, for a word of one or two
    /// letters, whose every match counts as well placed).
    well_placed: RoaringBitmap,
    /// Items whose text (ASCII) first holds it at a word start as a whole word.
    whole: RoaringBitmap,
    /// Items whose text (ASCII) first holds it at a word start, not known as a whole word
    /// (or where that does not count).
    prefix: RoaringBitmap,
    /// Items whose text (ASCII) may hold a stretch of it starting a word other than known by
    /// `whole` and `prefix` (filled for plain words of three letters or more only).
    start: RoaringBitmap,
    /// Items whose text (ASCII) may hold it at all; `None`: any text may.
    holds: Option<RoaringBitmap>,
    /// The word is lowercase ASCII letters and digits: its exact occurrences are found by the
    /// word index and a substring search alone.
    plain: bool,
}

/// The phrase of a query of several words.
struct Phrase {
    finder: memchr::memmem::Finder<'static>,
    bonus: i64,
    /// Whether each group's fields hold it.
    in_group: Vec<bool>,
}

/// Everything [`SearchIndex::evaluate`] reads besides the items.
struct Ctx<'a> {
    q: &'a Query,
    plans: &'a [Plan],
    phrase: Option<&'a Phrase>,
    outlet_ok: Vec<Vec<bool>>,
}

/// Membership in a set, asked for items in increasing order: the set is walked alongside.
/// An empty set and a set of every candidate are answered without walking.
enum Member<'a> {
    None,
    All,
    Walk(std::iter::Peekable<roaring::bitmap::Iter<'a>>),
}

impl<'a> Member<'a> {
    /// Membership in `set`, a subset of candidates numbering `cands`.
    fn new(set: &'a RoaringBitmap, cands: u64) -> Member<'a> {
        match set.len() {
            0 => Member::None,
            n if n == cands => Member::All,
            _ => Member::Walk(set.iter().peekable()),
        }
    }

    #[inline]
    fn has(&mut self, i: u32) -> bool {
        let Member::Walk(it) = self else {
            return matches!(self, Member::All);
        };
        while let Some(&n) = it.peek() {
            if n >= i {
                return n == i;
            }
            it.next();
        }
        false
    }
}
