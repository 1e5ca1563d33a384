//! Marks what part of a raw capture is the story and what is boilerplate.
//! (Owner: boilerplate/sentences work; placeholder body until then.)

use crate::brief::{Block, BlockKind};

/// Splits `text` into paragraph blocks (one per non-blank line, or per run of lines) and gives
/// each its role. Nothing is removed: boilerplate becomes a non-body block.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            let start = pos + lead;
            out.push(Block {
                kind: BlockKind::Body,
                start,
                end: start + trimmed.len(),
                reason: None,
                duplicate_of: None,
            });
        }
        pos += line.len();
    }
    out
}
