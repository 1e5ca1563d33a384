//! The brief: one story as several outlets told it, with what the analysis found.
//!
//! Every annotation is a byte range `[start, end)` into the article's original `text`, which is
//! kept exactly as it was imported so nothing is ever lost. Offsets are UTF-8 byte offsets and
//! always fall on character boundaries (`newsbrief check` verifies this), so `&text[start..end]`
//! is the annotated text.

use serde::{Deserialize, Serialize};

/// The newest brief format version this build reads and writes. Bumped on any incompatible change
/// so that an old binary refuses a new file instead of misreading it. Version 2 added the
/// article's `url` and `extraction`; a brief that uses neither is still written as version 1, so
/// older builds keep reading what they could read before.
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest version this build still reads.
pub const OLDEST_SCHEMA: u32 = 1;

/// A whole brief as stored on disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brief {
    pub schema: u32,
    pub title: String,
    pub articles: Vec<Article>,
    /// Entities merged across all articles, so one real-world referent is one entry whatever
    /// spelling each outlet used.
    pub entities: Vec<Entity>,
}

/// One outlet's telling of the story. `Default` is an empty article, so a made-up one names
/// only the fields it sets (`Article { id, text, ..Default::default() }`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Short stable id used on the command line and in references (`wapo`, `newsmax`).
    pub id: String,
    pub outlet: String,
    pub headline: String,
    /// ISO date (`YYYY-MM-DD`) when known.
    pub published: Option<String>,
    /// File name the text was imported from.
    pub source: String,
    /// The full original text, unmodified.
    pub text: String,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    /// Quoted words that are not speech: titles, terms, markup.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
    /// Where the page was read from (its canonical URL), for a page, feed item or link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How the text was taken from its source ("rs-trafilatura 0.2", "feed summary"), so a
    /// reader knows when the text is a summary rather than the whole article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extraction: Option<String>,
}

/// What role a run of text plays in the capture: only `Body` and `Headline` are the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Headline,
    Body,
    Caption,
    Byline,
    Boilerplate,
}

/// A paragraph-sized run of the text with its role. Blocks never overlap and are in text order;
/// text between blocks is blank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    /// Why the block got its kind (e.g. "copyright line", "photo credit"), for the curious reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Index of an earlier block this one repeats (a lede printed twice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<usize>,
}

/// One sentence of a headline or body block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index into the article's `blocks`.
    pub block: usize,
}

/// Coarse kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A real-world referent named somewhere in the brief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Stable id within the brief (`e1`, `e2`, ...), referenced by quotes.
    pub id: String,
    /// Canonical name: the fullest form seen.
    pub name: String,
    pub kind: EntityKind,
    /// Other forms seen in the texts (surname alone, acronym, other spelling), sorted.
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// One place an entity is named.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// Article id.
    pub article: String,
    pub start: usize,
    pub end: usize,
}

/// Words put in someone's mouth: the span is the quoted words, without the quote marks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// Index of the sentence the quote starts in.
    pub sentence: usize,
    /// The speaker as written or resolved ("Frank McKenzie", "one Western official").
    pub speaker: Option<String>,
    /// Id of the speaker's entity, when the speaker is a named entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_entity: Option<String>,
    /// The speaker is not named ("a U.S. official", "sources").
    pub anonymous: bool,
    /// A fragment quoted inside a sentence rather than a full statement.
    pub partial: bool,
    /// Where the speaker was found, so a view can mark a guess as one; absent in briefs made
    /// before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_found: Option<SpeakerFound>,
}

/// Where a quote's speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerFound {
    /// Named by a speech verb in the quote's own sentence ("…,” said Jane Roe").
    SameSentence,
    /// The subject of the quote's sentence, with no speech verb ("Roe called it “…”"): a guess.
    Subject,
    /// Carried from the sentence or quote before ("Roe spoke. “…”").
    PreviousSentence,
    /// "he", "she" or "they" resolved to a name.
    Pronoun,
    /// No speaker found.
    None,
}

/// Quoted words that are not anyone's speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub start: usize,
    pub end: usize,
    /// Index of the sentence the term starts in.
    pub sentence: usize,
    pub kind: TermKind,
}

/// What a quoted non-speech stretch is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    /// A work's or a show's title ("appeared on “Morning Talk”").
    Title,
    /// A word held at a distance ("the so-called “nuclear option”") or markup left in the text.
    Term,
}

/// A body sentence that asserts something checkable.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    /// Index of the sentence.
    pub sentence: usize,
    /// Who the claim is attributed to in the text ("officials said", "according to the AP").
    pub attribution: Option<String>,
    /// What makes it checkable.
    pub features: Vec<ClaimFeature>,
}

/// Signals that make a sentence a checkable claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimFeature {
    Number,
    Date,
    Place,
    Event,
    Attributed,
}

impl Article {
    /// The text of a span; empty if the span is invalid (a validated brief never has one).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or("")
    }

    /// Number of words in the story blocks (headline and body).
    pub fn word_count(&self) -> usize {
        self.blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Body | BlockKind::Headline))
            .map(|b| self.slice(b.start, b.end).split_whitespace().count())
            .sum()
    }

    /// The kind of the block holding `offset`, if any: a mention in a caption or a byline is
    /// an aside, shown or hidden apart from the story's names.
    pub fn block_kind_at(&self, offset: usize) -> Option<BlockKind> {
        let i = self.blocks.partition_point(|b| b.end <= offset);
        self.blocks
            .get(i)
            .filter(|b| b.start <= offset)
            .map(|b| b.kind)
    }

    /// Whether a span lies outside the story, in a caption, credit, byline or boilerplate.
    pub fn is_aside(&self, offset: usize) -> bool {
        self.block_kind_at(offset)
            .is_some_and(|k| !matches!(k, BlockKind::Body | BlockKind::Headline))
    }
}

impl Brief {
    /// Each article's position by its id: mentions, pins and search hits name articles by id,
    /// and the views index them by position.
    pub fn article_positions(&self) -> std::collections::HashMap<&str, usize> {
        self.articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect()
    }

    /// The lowest format version that holds this brief: 2 only when an article has a field
    /// version 1 lacks.
    pub fn needed_schema(&self) -> u32 {
        if self
            .articles
            .iter()
            .any(|a| a.url.is_some() || a.extraction.is_some())
        {
            SCHEMA_VERSION
        } else {
            OLDEST_SCHEMA
        }
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}
