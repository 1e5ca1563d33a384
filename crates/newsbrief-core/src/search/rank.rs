//! Answering a query: what the word index tells of each word, the items scored, and the best
//! of them ranked.

use std::collections::BinaryHeap;

use roaring::{MultiOps, RoaringBitmap};

use super::build::kind_slot;
use super::index::{
    ENOUGH_WELL_PLACED, Hit, PHRASE_BONUS_PER_CHAR, PHRASE_TIER, SearchIndex, is_word_byte,
};
use super::matcher::{Scratch, TIER, exact_start_score, first_inner_score, score_fields};
use super::query::{ItemKind, Query, Term};
use super::words::TermSets;

impl SearchIndex {
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
            let in_group: Vec<bool> = (0..self.groups.len())
                .map(|g| {
                    self.range(self.groups[g].fields)
                        .iter()
                        .any(|&f| holds_at_start(&finder, self.store.lower(f as usize).s))
                })
                .collect();
            let candidates = self.phrase_candidates(&plans, &in_group);
            Phrase {
                finder,
                bonus: PHRASE_TIER + PHRASE_BONUS_PER_CHAR * p.chars().count() as i64,
                in_group,
                candidates,
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
        let mut few = false;
        if indexed && q.outlets.is_empty() && q.names.is_empty() {
            // Most results are known from the word index alone to match every word at a word
            // start: they are counted without scoring, and only the best need scoring.
            let sure = plans.iter().fold(cands.clone(), |s, p| s & &p.sure);
            let mut unsure = self.evaluate(&ctx, &(&cands - &sure), &mut scratch);
            unsure.retain(|k| k.0 <= well_placed);
            let good = sure.len() as usize + unsure.len();
            if good >= ENOUGH_WELL_PLACED {
                let hits = self.best_of(&ctx, &sure, unsure, top, &mut scratch);
                return (hits, good);
            }
            few = true;
        }
        let mut keys = Vec::new();
        if !few {
            keys = self.evaluate(&ctx, &cands, &mut scratch);
            let good = keys.iter().filter(|k| k.0 <= well_placed).count();
            few = good < ENOUGH_WELL_PLACED;
            keys.retain(|k| k.0 <= well_placed);
        }
        if few {
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
        (hits_of(keys), shown)
    }

    /// The best `top` of `scored` (ranking keys) and of the items of `sure`, which all match:
    /// the items holding the phrase are scored first, then the others in reading order until
    /// no later item can rank among the best. Ties go to the earlier item, so once `top` items
    /// score what no later item can beat, the rest need no scoring: on a word of one or two
    /// letters nearly every item matches, and the first few thousand hold the best.
    fn best_of(
        &self,
        ctx: &Ctx<'_>,
        sure: &RoaringBitmap,
        scored: Vec<(i64, u32)>,
        top: usize,
        scratch: &mut Scratch,
    ) -> Vec<Hit> {
        if top == 0 {
            return Vec::new();
        }
        let mut best: BinaryHeap<(i64, u32)> = BinaryHeap::new();
        let offer = |best: &mut BinaryHeap<(i64, u32)>, key: (i64, u32)| {
            if best.len() < top {
                best.push(key);
            } else if best.peek().is_some_and(|&worst| key < worst) {
                best.pop();
                best.push(key);
            }
        };
        for k in scored {
            offer(&mut best, k);
        }
        // The word index only tells which items hold every word; a substring search, much
        // cheaper than scoring, tells which hold them together.
        let phrased = match ctx.phrase {
            Some(p) => {
                let held = (&p.candidates & sure).into_iter().filter(|&i| {
                    let iu = i as usize;
                    p.in_group[self.group_of[iu] as usize]
                        || holds_at_start(&p.finder, self.store.lower(iu).s)
                });
                RoaringBitmap::from_sorted_iter(held).unwrap_or_default()
            }
            None => RoaringBitmap::new(),
        };
        for k in self.evaluate(ctx, &phrased, scratch) {
            offer(&mut best, k);
        }
        // Without the phrase, no item scores more than every word's best.
        let bound: i64 = ctx.plans.iter().map(|p| p.bound).sum();
        let rest = sure - &phrased;
        self.evaluate_until(ctx, &rest, scratch, |key| {
            offer(&mut best, key);
            // Every later item ranks at or below (bound, the next item).
            best.len() < top
                || best
                    .peek()
                    .is_none_or(|&w| w >= (-bound, key.1.saturating_add(1)))
        });
        hits_of(best.into_sorted_vec())
    }

    /// How many items the word index leaves to match for the first word of `q` at a word
    /// start, out of all.
    #[cfg(test)]
    pub(crate) fn well_placed_candidates(&self, q: &Query) -> (u64, u64) {
        let mut scratch = Scratch::for_search(&q.terms, &self.store);
        let plan = self.plan((0, &q.terms[0]), true, &mut scratch);
        (plan.well_placed.len(), self.items.len() as u64)
    }

    /// Items that may hold the phrase of the words planned: in its text, every word but the
    /// last is a whole word and the last begins a word, so the word index tells (for plain
    /// words); or their group holds it. Texts the index does not hold are matched in full.
    fn phrase_candidates(&self, plans: &[Plan], in_group: &[bool]) -> RoaringBitmap {
        let holders: Option<Vec<_>> = plans.iter().map(|p| p.holders.as_ref()).collect();
        let text = match holders {
            Some(h) => {
                let last = h.len().saturating_sub(1);
                let words = h.iter().enumerate().map(
                    |(i, (whole, start))| {
                        if i == last { start } else { whole }
                    },
                );
                words.intersection() | self.words.irregular()
            }
            None => self.words.all(),
        };
        let groups = in_group
            .iter()
            .zip(&self.group_items)
            .filter(|(held, _)| **held)
            .map(|(_, items)| items)
            .union();
        text | groups
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
        let group_best = group_scores.iter().copied().max().unwrap_or(NONE);
        let group_well_placed = if term.starts_first {
            group_scores
                .iter()
                .zip(&self.group_items)
                .filter(|(s, _)| **s >= TIER)
                .map(|(_, items)| items)
                .union()
        } else {
            groups_matching
        };
        let (sure, holders, whole_possible) = match &sets {
            TermSets::Sets(s) if s.plain => {
                let mut sure = [&s.exact, &s.longer, &s.start_sure].into_iter().union();
                if !term.starts_first {
                    sure |= &s.inner_sure;
                }
                let holders = (s.exact.clone(), &s.exact | &s.longer);
                // Only a text holding the word itself can match it as a whole word.
                let whole = !s.exact.is_empty() || !irregular.is_empty();
                (sure | &group_well_placed, Some(holders), whole)
            }
            _ => (group_well_placed, None, true),
        };
        // No text scores it above an exact match at a word start (as a whole word when some
        // text may hold the word itself): skim gives the first char of the stretch it scores
        // the largest place bonus, the run carries it on, and gaps only subtract
        // (`matcher_tests::no_stretch_beats_the_word_itself` checks it on every short text).
        let bound =
            exact_start_score(&self.skim, (ti, term), whole_possible, scratch).max(group_best);
        Plan {
            group_scores,
            anywhere,
            well_placed,
            whole,
            prefix,
            start,
            holds,
            plain,
            sure,
            holders,
            bound,
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
        let mut keys = Vec::with_capacity(cands.len() as usize);
        self.evaluate_until(ctx, cands, scratch, |k| {
            keys.push(k);
            true
        });
        keys
    }

    /// [`Self::evaluate`], handing each key to `take` in item order until it returns false.
    fn evaluate_until(
        &self,
        ctx: &Ctx<'_>,
        cands: &RoaringBitmap,
        scratch: &mut Scratch,
        mut take: impl FnMut((i64, u32)) -> bool,
    ) {
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
            if !take((-total, i)) {
                break;
            }
        }
    }
}

/// Results from ranking keys, best first.
fn hits_of(mut keys: Vec<(i64, u32)>) -> Vec<Hit> {
    keys.sort_unstable();
    keys.into_iter()
        .map(|(s, i)| Hit {
            item: i as usize,
            score: (-s).rem_euclid(TIER),
        })
        .collect()
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
    /// Items it surely matches where it counts as well placed (at a word start for a word of
    /// three letters or more), known without matching: a stretch of it fits in a word of the
    /// text, or the item's group matches it so.
    sure: RoaringBitmap,
    /// Items holding it as a whole word, and holding it or a longer word it begins (plain
    /// words only: what a phrase of it needs).
    holders: Option<(RoaringBitmap, RoaringBitmap)>,
    /// No item's score for it is higher.
    bound: i64,
}

/// The phrase of a query of several words.
struct Phrase {
    finder: memchr::memmem::Finder<'static>,
    bonus: i64,
    /// Whether each group's fields hold it.
    in_group: Vec<bool>,
    /// Items that may hold it: every other item does not.
    candidates: RoaringBitmap,
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
#[cfg(test)]
#[path = "rank_tests.rs"]
mod tests;
