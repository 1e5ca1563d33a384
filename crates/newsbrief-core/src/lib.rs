//! The core of newsbrief: the brief format, the analysis that turns article text into
//! annotations, search over quotes, claims and entities, the text sanitiser, and import.
//!
//! This crate depends on no terminal or command-line crate (checked in CI with `cargo tree`), so
//! everything here can be used and tested without a terminal; the `newsbrief` app crate holds the
//! command line, the full-screen app and the reading state.

pub mod analyze;
pub mod brief;
pub mod import;
mod intern;
pub mod search;
pub mod text;
