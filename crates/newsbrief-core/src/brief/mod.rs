//! The brief format: model, loading, validation and atomic saving.

pub mod load;
pub mod model;
pub mod save;
pub mod validate;

pub use load::{BriefError, load_brief, parse_brief};
pub use model::*;
pub use save::write_atomic;

/// The default brief, built from the seed articles and embedded so `newsbrief` works from any
/// folder.
pub const DEFAULT_BRIEF_JSON: &str = include_str!("../../../../briefs/iraq-drones.json");

/// Name under which the built-in brief appears in messages.
pub const DEFAULT_BRIEF_NAME: &str = "<built-in brief>";

/// The built-in brief, parsed.
pub fn default_brief() -> Brief {
    parse_brief(DEFAULT_BRIEF_JSON, std::path::Path::new(DEFAULT_BRIEF_NAME))
        .expect("the built-in brief is valid (checked by tests)")
}

/// The brief at `path` (the built-in one when `None`) with the bytes it was read from: the
/// bytes are what its reading state is keyed by.
pub fn load_with_bytes(path: Option<&std::path::Path>) -> Result<(Brief, Vec<u8>), BriefError> {
    match path {
        Some(p) => {
            let text = load::read_text(p)?;
            Ok((parse_brief(&text, p)?, text.into_bytes()))
        }
        None => Ok((default_brief(), DEFAULT_BRIEF_JSON.as_bytes().to_vec())),
    }
}
