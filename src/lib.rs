//! newsbrief: read one news story as several outlets told it.
//!
//! The library is free of any terminal code: `brief` holds the format, `analyze` turns text into
//! annotations, `search` ranks quotes and claims. The `tui` module is the full-screen app built
//! on top of them, and `cli` the command-line front end.

pub mod analyze;
pub mod brief;
pub mod cli;
pub mod import;
mod intern;
pub mod search;
pub mod state;
pub mod text;
pub mod tui;
