//! Sentences that assert something checkable, with their attribution.
//! (Owner: quotes/claims work; placeholder body until then.)

use super::entities::RawMention;
use super::quotes::FoundQuote;
use crate::brief::{Block, Claim, Sentence};

/// Picks the checkable body sentences of one article.
pub fn find(
    _text: &str,
    _blocks: &[Block],
    _sentences: &[Sentence],
    _mentions: &[RawMention],
    _quotes: &[FoundQuote],
) -> Vec<Claim> {
    Vec::new()
}
