//! The same quote as several outlets carry it, even when its words differ a little.

use std::collections::{BTreeSet, HashMap};

use super::align::stem;
use super::diff::{Change, word_diff, word_overlap};
use super::union_find::UnionFind;
use super::words::tokens;
use crate::brief::Brief;

/// Two quotes are the same quote when this share of the shorter one's words is in the other.
pub const SAME_QUOTE: f64 = 0.6;

/// A quote of the brief: `(article index, quote index)`.
pub type QuoteRef = (usize, usize);

/// Two quotes from different articles that are the same quote, with their word differences.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotePair {
    pub left: QuoteRef,
    pub right: QuoteRef,
    pub changes: Vec<Change>,
    /// Word counts of the two quotes.
    pub words: (usize, usize),
}

/// A quote carried by several outlets.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteGroup {
    /// Members in article order.
    pub quotes: Vec<QuoteRef>,
    /// The pairwise differences between members (first member against each other one).
    pub pairs: Vec<QuotePair>,
}

/// Every pair of same quotes across articles. Candidates share a rare-enough word, so the cost
/// follows the matches rather than the square of the brief's quotes.
pub fn same_quote_pairs(brief: &Brief) -> Vec<QuotePair> {
    let quotes: Vec<QuoteRef> = brief
        .articles
        .iter()
        .enumerate()
        .flat_map(|(a, art)| (0..art.quotes.len()).map(move |q| (a, q)))
        .collect();
    let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, &(a, q)) in quotes.iter().enumerate() {
        let art = &brief.articles[a];
        let qt = &art.quotes[q];
        let words: BTreeSet<String> = tokens(&art.text, qt.start, qt.end)
            .iter()
            .map(|t| stem(t.as_str(&art.text)))
            .filter(|w| w.chars().count() > 3)
            .collect();
        for w in words {
            postings.entry(w).or_default().push(k);
        }
    }
    let cap = (quotes.len() / 5).max(20);
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    for p in postings.values().filter(|p| p.len() <= cap) {
        for (i, &x) in p.iter().enumerate() {
            for &y in &p[i + 1..] {
                if quotes[x].0 != quotes[y].0 {
                    candidates.insert((x.min(y), x.max(y)));
                }
            }
        }
    }
    let mut out = Vec::new();
    for (x, y) in candidates {
        let ((a, qa), (b, qb)) = (quotes[x], quotes[y]);
        let (ta, tb) = (&brief.articles[a], &brief.articles[b]);
        let (q1, q2) = (&ta.quotes[qa], &tb.quotes[qb]);
        let (r1, r2) = ((q1.start, q1.end), (q2.start, q2.end));
        let n1 = tokens(&ta.text, r1.0, r1.1).len();
        let n2 = tokens(&tb.text, r2.0, r2.1).len();
        if n1.min(n2) < 4 {
            continue;
        }
        let changes = word_diff(&ta.text, r1, &tb.text, r2);
        let missing_from_short: usize = changes
            .iter()
            .map(|c| {
                if n1 <= n2 {
                    c.left_words.len()
                } else {
                    c.right_words.len()
                }
            })
            .sum();
        let shared = 1.0 - missing_from_short as f64 / n1.min(n2) as f64;
        if shared < SAME_QUOTE || word_overlap(&ta.text, r1, &tb.text, r2) < 0.3 {
            continue;
        }
        out.push(QuotePair {
            left: (a, qa),
            right: (b, qb),
            changes,
            words: (n1, n2),
        });
    }
    out
}

/// Groups same quotes across articles (connected pairs), largest groups first.
pub fn group_quotes(brief: &Brief, pairs: &[QuotePair]) -> Vec<QuoteGroup> {
    let refs: Vec<QuoteRef> = pairs
        .iter()
        .flat_map(|p| [p.left, p.right])
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let at = |q: &QuoteRef| refs.binary_search(q).unwrap_or_default();
    let mut uf = UnionFind::new(refs.len());
    for p in pairs {
        uf.union(at(&p.left), at(&p.right));
    }
    let groups: Vec<Vec<QuoteRef>> = uf
        .groups(1)
        .into_iter()
        .map(|g| g.into_iter().map(|i| refs[i]).collect())
        .collect();
    let mut out: Vec<QuoteGroup> = groups
        .into_iter()
        .map(|quotes| {
            let first = quotes[0];
            let members: Vec<QuotePair> = quotes[1..]
                .iter()
                .map(|&other| {
                    pairs
                        .iter()
                        .find(|p| {
                            (p.left == first && p.right == other)
                                || (p.left == other && p.right == first)
                        })
                        .cloned()
                        .unwrap_or_else(|| {
                            let (ta, tb) = (&brief.articles[first.0], &brief.articles[other.0]);
                            let (q1, q2) = (&ta.quotes[first.1], &tb.quotes[other.1]);
                            QuotePair {
                                left: first,
                                right: other,
                                changes: word_diff(
                                    &ta.text,
                                    (q1.start, q1.end),
                                    &tb.text,
                                    (q2.start, q2.end),
                                ),
                                words: (
                                    tokens(&ta.text, q1.start, q1.end).len(),
                                    tokens(&tb.text, q2.start, q2.end).len(),
                                ),
                            }
                        })
                })
                .collect();
            QuoteGroup {
                quotes,
                pairs: members,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.quotes
            .len()
            .cmp(&a.quotes.len())
            .then(a.quotes.cmp(&b.quotes))
    });
    out
}

/// Named and anonymous sources of one article: distinct quoted speakers and attributions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SourceCounts {
    pub named: usize,
    pub anonymous: usize,
}

/// Counts an article's distinct named and anonymous sources from its quotes and claim
/// attributions ("speaking on the condition of anonymity", "a U.S. official", "sources said").
pub fn source_counts(brief: &Brief, article: usize) -> SourceCounts {
    let a = &brief.articles[article];
    let mut named = BTreeSet::new();
    let mut anon = BTreeSet::new();
    for q in &a.quotes {
        match (&q.speaker, q.anonymous) {
            (Some(s), false) => {
                named.insert(q.speaker_entity.clone().unwrap_or_else(|| s.to_lowercase()));
            }
            (Some(s), true) => {
                anon.insert(s.to_lowercase());
            }
            (None, _) => {}
        }
    }
    for c in &a.claims {
        if let Some(att) = &c.attribution {
            let l = att.to_lowercase();
            if is_anonymous_attribution(&l) {
                anon.insert(l);
            }
        }
    }
    SourceCounts {
        named: named.len(),
        anonymous: anon.len(),
    }
}

/// True for attributions that name nobody ("officials", "a source", "people familiar with").
pub fn is_anonymous_attribution(lower: &str) -> bool {
    const HEADS: [&str; 9] = [
        "official",
        "officials",
        "source",
        "sources",
        "people familiar",
        "person familiar",
        "diplomats",
        "analysts",
        "anonymity",
    ];
    let starts_unnamed = [
        "a ",
        "an ",
        "one ",
        "two ",
        "three ",
        "some ",
        "several ",
        "other ",
        "another ",
        "senior ",
        "u.s. ",
        "western ",
        "military ",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || HEADS.iter().any(|h| lower.starts_with(h));
    starts_unnamed && HEADS.iter().any(|h| lower.contains(h)) || lower.contains("anonymity")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymous_attributions() {
        assert!(is_anonymous_attribution(
            "officials familiar with the matter"
        ));
        assert!(is_anonymous_attribution("a u.s. official"));
        assert!(is_anonymous_attribution(
            "two people familiar with the matter"
        ));
        assert!(!is_anonymous_attribution("the associated press"));
        assert!(!is_anonymous_attribution("col. wayne marotto"));
    }
}
