//! newsbrief: read one news story as several outlets told it.
//!
//! The app crate: the command line (`cli`), the full-screen app (`tui`) and the reading state
//! (`state`). Everything free of the terminal (the brief format, analysis, search, the text
//! sanitiser and import) lives in the `newsbrief-core` crate and is re-exported here under the
//! same names.

pub use newsbrief_core::{analyze, brief, import, search, text};

pub mod cli;
pub mod paths;
pub mod state;
pub mod tui;
