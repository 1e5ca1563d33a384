//! Pure functions from article text to annotations. Nothing here touches a terminal or a file.
//!
//! The pipeline runs per article: `clean::blocks` marks what is story and what is boilerplate,
//! `sentences::split` cuts story blocks into sentences, `entities::find_mentions` finds names,
//! `quotes::find` finds quoted words and their speakers, `claims::find` picks checkable
//! sentences. `entities::merge` then unites mentions across all articles of a brief, and
//! `pipeline::build_brief` puts it all together.

pub mod align;
pub mod claims;
pub mod clean;
pub mod compare;
pub mod coverage;
pub mod diff;
pub mod discrepancies;
pub mod entities;
pub mod meta;
pub mod pipeline;
pub mod progress;
pub mod quote_groups;
pub mod quotes;
pub mod sentences;
pub mod significance;
pub mod union_find;
pub mod words;
