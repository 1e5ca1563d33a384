//! Sentence splitting that survives abbreviations, initials and multi-sentence quotations.
//! (Owner: boilerplate/sentences work; placeholder body until then.)

use crate::brief::{Block, BlockKind, Sentence};

/// Splits the headline and body blocks of `text` into sentences, in text order.
pub fn split(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let _ = text;
    blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Body | BlockKind::Headline))
        .map(|(i, b)| Sentence {
            start: b.start,
            end: b.end,
            block: i,
        })
        .collect()
}
