//! Quoted words and who said them.
//! (Owner: quotes/claims work; placeholder body until then.)

use super::entities::RawMention;
use crate::brief::{Block, Sentence};

/// A quote as found in one article, before entity ids are known.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// The quoted words, without the marks.
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// The speaker as written or resolved.
    pub speaker: Option<String>,
    /// Where the speaker is named in the text (for a pronoun, the person mention it resolves
    /// to), so the pipeline can link the speaker to its entity.
    pub speaker_span: Option<(usize, usize)>,
    pub anonymous: bool,
    pub partial: bool,
}

/// Finds the quotes of one article's story blocks and attributes them.
pub fn find(
    _text: &str,
    _blocks: &[Block],
    _sentences: &[Sentence],
    _mentions: &[RawMention],
) -> Vec<FoundQuote> {
    Vec::new()
}
