//! Fuzzy search across the quotes, claims and entities of a brief.
//!
//! # Query language
//!
//! - Words are separated by spaces and matched independently, in any order (like fzf): every
//!   word must match. A word matches fuzzily: its letters in order, allowing a couple of stray
//!   letters in between (`mckenze` finds "McKenzie", `redline` finds "red line"), but not
//!   letters scattered across a sentence.
//! - A quote also matches through its speaker's name (`mckenzie` finds McKenzie's quotes), a
//!   claim through its attribution, an entity through its name and aliases.
//! - Smart case: a word without capitals ignores case; a word with a capital matches case for
//!   case (`Iran` does not match "iran").
//! - Marks on Latin letters are ignored on both sides (`kadhimi` finds "Kādhimī"), and
//!   typographic quotes and dashes match their ASCII forms.
//! - `q:` keeps quotes only, `c:` claims only, `e:` entities only (several combine: `q: c:`).
//!   They may stand alone or be glued to a word (`q:drone`).
//! - `#word` keeps items from articles whose id or outlet name contains the word, ignoring case
//!   (`#newsmax`, `#wapo`, `#press`); an entity passes if it is mentioned in such an article.
//! - `@word` keeps quotes whose speaker, claims whose attribution, and entities whose name or
//!   alias contains the word, ignoring case (`@mckenzie`).
//! - Several `#` or `@` filters must all hold. A lone `#` or `@` is ignored.
//! - A word of three or more letters is looked for at a word start first: an item where it
//!   matches only inside a word (`line` in "Alliance", `red` in "tried") ranks below every item
//!   whose words all start words, and is left out when there are at least
//!   [`ENOUGH_WELL_PLACED`] of those. A whole word ranks above a prefix (`red` before
//!   "reduced").
//! - Items holding all the words together, in the order typed, at a word start rank first
//!   (`red line` ranks "red line" first); then by the sum of the word scores; ties go in
//!   reading order (article, then position).
//! - A query of filters only lists everything that passes them; an empty query finds nothing.

mod build;
mod index;
mod matcher;
mod prepare;
mod query;
mod rank;
mod searcher;
#[cfg(test)]
mod tests;
mod words;

pub use index::{ENOUGH_WELL_PLACED, Hit, Item, PHRASE_BONUS_PER_CHAR, SearchIndex};
pub use prepare::{char_ranges, char_to_byte, fold_lower};
pub use query::{ItemKind, Query, SPAN_SLACK, Term};
pub use searcher::Searcher;

/// The query language in short, as (example, meaning) rows: the app's help and the README's
/// table both come from it, so they cannot drift apart.
pub const SYNTAX: &[(&str, &str)] = &[
    (
        "red line",
        "several words, in any order; each matches fuzzily",
    ),
    (
        "iran / Iran",
        "smart case: a capital makes the word match case",
    ),
    (
        "q: c: e:",
        "quotes, claims or entities only (q:drone works too)",
    ),
    (
        "#outlet",
        "articles whose id or outlet contains the word (#wapo)",
    ),
    (
        "@speaker",
        "speaker, attribution or entity name contains it (@mckenzie)",
    ),
];
