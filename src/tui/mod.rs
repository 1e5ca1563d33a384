//! The full-screen app.
//! (Owner: reader work; placeholder until then.)

use std::path::Path;

use crate::brief::Brief;
use crate::cli::LookArgs;

/// Opens the app on a brief (the built-in one when `path` is None).
pub fn run_app(_path: Option<&Path>, _look: &LookArgs) -> Result<(), String> {
    Err("the full-screen app is not available yet".into())
}

/// Draws one frame of `view` as plain text.
pub fn render_to_string(
    _brief: &Brief,
    _view: &str,
    _width: u16,
    _height: u16,
    _article: Option<&str>,
    _look: &LookArgs,
) -> Result<String, String> {
    Err("render is not available yet".into())
}
