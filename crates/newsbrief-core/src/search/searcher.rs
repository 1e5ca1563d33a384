//! Search as you type: the results of the last query, kept while it does not change.

use std::ops::Range;
use std::sync::Arc;

use super::index::{Hit, SearchIndex};
use super::query::Query;

/// Holds an index and the results of the last query. Each new query is answered from the
/// index's word table, which already narrows the items to those that can match, so a
/// keystroke costs the same whether the query grew or was edited (backspace, a changed
/// word). The results are exactly the first [`Searcher::TOP`] of [`SearchIndex::search`].
#[derive(Debug, Clone)]
pub struct Searcher {
    index: Arc<SearchIndex>,
    query: Query,
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
            self.hits.clear();
            self.shown = 0;
            return &self.hits;
        }
        let (hits, shown) = self.index.run(&q, self.top, true);
        self.query = q;
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
