//! Where two sentences telling the same fact disagree: a substitution of one value for another
//! of the same kind in a shared context, as the word diff weighs it. The coverage cells
//! ("tells it differently") and the fact discrepancies both come from here.

use crate::analyze::diff::{Change, Weight, word_diff};
use crate::analyze::discrepancies::DiscrepancyKind;
use crate::analyze::significance::{Mentions, weigh_all};
use crate::brief::{Brief, EntityKind};

/// A conflicting change between sentence `left` and sentence `right`, as
/// `(article, sentence)` each.
#[derive(Debug, Clone, PartialEq)]
pub struct PairConflict {
    pub kind: DiscrepancyKind,
    pub left: (usize, usize),
    pub right: (usize, usize),
    pub change: Change,
}

/// The discrepancy a weighed change amounts to, if any. Words only one side has are never a
/// conflict (an omission is not a disagreement); a value must replace a value in a context
/// both sides share, and a number must count the same thing (the same word follows it).
pub fn conflict_of(m: &Mentions, (a, b): (usize, usize), c: &Change) -> Option<DiscrepancyKind> {
    if c.left_words.is_empty() || c.right_words.is_empty() {
        return None;
    }
    let anchored = !c.before.is_empty();
    // A name swapped inside a shared frame, not a list that goes on differently.
    let framed = anchored && !c.after.is_empty();
    match c.weight {
        Weight::Place if anchored => Some(DiscrepancyKind::Place),
        Weight::Entity if framed => {
            let party = |art: usize, r: (usize, usize)| {
                m.within(art, r.0, r.1)
                    .iter()
                    .any(|&e| matches!(m.kinds[e], EntityKind::Person | EntityKind::Organization))
            };
            (party(a, c.left) && party(b, c.right)).then_some(DiscrepancyKind::Party)
        }
        Weight::Number if !c.after.is_empty() && c.left_words.len() + c.right_words.len() <= 6 => {
            Some(DiscrepancyKind::Number)
        }
        Weight::Date if anchored || !c.after.is_empty() => Some(DiscrepancyKind::Date),
        Weight::Quote if anchored && !c.after.is_empty() => Some(DiscrepancyKind::QuoteWording),
        Weight::Negation if anchored && !c.after.is_empty() => Some(DiscrepancyKind::Negation),
        Weight::Attribution => Some(DiscrepancyKind::QuoteAttribution),
        _ => None,
    }
}

/// Longest run of quoted words that still reads as one word or phrase swapped for another;
/// longer runs are two different parts of a speech lined up by the diff.
const QUOTE_SWAP_WORDS: usize = 3;

/// A change inside quotes on both sides that alters the words: a short swap, not the same
/// words in another form or house style ("duty" / "duties", "two-in-three" / "2 in 3").
fn quote_swap(aa: &crate::brief::Article, ab: &crate::brief::Article, c: &Change) -> bool {
    c.left_words.len() <= QUOTE_SWAP_WORDS
        && c.right_words.len() <= QUOTE_SWAP_WORDS
        && !crate::analyze::discrepancies::same_words(
            aa.slice(c.left.0, c.left.1),
            ab.slice(c.right.0, c.right.1),
        )
}

/// The conflicts between two sentences of different articles.
pub fn sentence_conflicts(
    brief: &Brief,
    m: &Mentions,
    left: (usize, usize),
    right: (usize, usize),
) -> Vec<PairConflict> {
    let (aa, ab) = (&brief.articles[left.0], &brief.articles[right.0]);
    let (sa, sb) = (&aa.sentences[left.1], &ab.sentences[right.1]);
    if aa.slice(sa.start, sa.end) == ab.slice(sb.start, sb.end) {
        return Vec::new();
    }
    let mut changes = word_diff(&aa.text, (sa.start, sa.end), &ab.text, (sb.start, sb.end));
    weigh_all(brief, m, left.0, right.0, &mut changes);
    changes
        .into_iter()
        .filter_map(|c| {
            let kind = conflict_of(m, (left.0, right.0), &c)?;
            if !super::swaps::is_swap(brief, m, kind, left, right, &c) {
                return None;
            }
            if kind == DiscrepancyKind::QuoteWording && !quote_swap(aa, ab, &c) {
                return None;
            }
            Some(PairConflict {
                kind,
                left,
                right,
                change: c,
            })
        })
        .collect()
}
