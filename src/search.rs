//! Fuzzy search across quotes, claims and entities.
//! (Owner: search work; placeholder until then.)

use crate::brief::Brief;

/// Runs `newsbrief search` and returns what to print.
pub fn run_cli(
    _brief: &Brief,
    _query: &str,
    _json: bool,
    _limit: usize,
    _width: usize,
) -> Result<String, String> {
    Err("search is not available yet".into())
}
