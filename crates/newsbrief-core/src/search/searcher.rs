//! Search as you type: each keystroke refines the previous results when it can.

use std::ops::Range;
use std::sync::Arc;

use super::index::{Cand, Hit, SearchIndex};
use super::query::Query;

/// Holds an index and the results of the last query, so that a query grown by a keystroke
/// (last word longer, a word or a stricter filter added) is matched only against the previous
/// results instead of every item. Any other edit (backspace, a changed word) searches afresh.
/// Either way the results are exactly the first [`Searcher::TOP`] of [`SearchIndex::search`].
#[derive(Debug, Clone)]
pub struct Searcher {
    index: Arc<SearchIndex>,
    query: Query,
    cands: Vec<Cand>,
    hits: Vec<Hit>,
    /// Results counted (candidates left out as noise are not).
    shown: usize,
    top: usize,
}

impl Searcher {
    /// Results ranked by default: far more than a screen holds, few enough that ranking stays
    /// cheap when a first keystroke matches tens of thousands of items.
    pub const TOP: usize = 1000;

    pub fn new(index: Arc<SearchIndex>) -> Searcher {
        Searcher {
            index,
            query: Query::default(),
            cands: Vec::new(),
            hits: Vec::new(),
            shown: 0,
            top: Searcher::TOP,
        }
    }

    /// The same searcher ranking the best `top` results only (at least one).
    pub fn with_top(mut self, top: usize) -> Searcher {
        self.top = top.max(1);
        self
    }

    /// How many items match the current query (more than [`Self::hits`] holds when they
    /// exceed the ranking limit).
    pub fn total(&self) -> usize {
        self.shown
    }

    /// Sets the query text and returns the best [`Self::TOP`] results, ranked (none for an
    /// empty query).
    pub fn set_query(&mut self, text: &str) -> &[Hit] {
        let q = Query::parse(text);
        if q == self.query {
            return &self.hits;
        }
        if q.is_empty() {
            self.query = q;
            self.cands.clear();
            self.hits.clear();
            self.shown = 0;
            return &self.hits;
        }
        let (cands, hits, shown) = if !self.query.is_empty() && q.narrows(&self.query) {
            let n = self.query.terms.len();
            if n == 0 {
                self.index.refine(&q, Some(&self.cands), 0, false, self.top)
            } else if q.terms[n - 1] == self.query.terms[n - 1] {
                self.index.refine(&q, Some(&self.cands), n, false, self.top)
            } else {
                self.index
                    .refine(&q, Some(&self.cands), n - 1, true, self.top)
            }
        } else {
            self.index.refine(&q, None, 0, false, self.top)
        };
        self.query = q;
        self.cands = cands;
        self.hits = hits;
        self.shown = shown;
        &self.hits
    }

    /// The results of the current query.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// The current query, parsed.
    pub fn query(&self) -> &Query {
        &self.query
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// Char indices to highlight in a hit's text, for the current query.
    pub fn positions(&self, hit: &Hit) -> Vec<usize> {
        self.index.positions(hit, &self.query)
    }

    /// Byte ranges to highlight in a hit's text, for the current query.
    pub fn match_ranges(&self, hit: &Hit) -> Vec<Range<usize>> {
        self.index.match_ranges(hit, &self.query)
    }
}
