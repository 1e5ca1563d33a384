//! Where the user's files live, by the XDG base directory spec: `$XDG_STATE_HOME` and
//! `$XDG_CONFIG_HOME` when set to an absolute path (a relative one is ignored, as the spec
//! says), else `~/.local/state` and `~/.config`. One place, through `etcetera`, so the reading
//! state and the themes cannot disagree about it.

use std::path::PathBuf;

use etcetera::BaseStrategy;

/// A folder of ours under one of the base folders; none when that is not absolute (an empty
/// `HOME` would otherwise put files under the working folder).
fn ours(base: PathBuf, sub: &str) -> Option<PathBuf> {
    base.is_absolute().then(|| base.join(sub))
}

/// The folder of the reading state: `$XDG_STATE_HOME/newsbrief`.
pub fn state_dir() -> Option<PathBuf> {
    let b = etcetera::choose_base_strategy().ok()?;
    ours(b.state_dir().unwrap_or_else(|| b.data_dir()), "newsbrief")
}

/// The folder of user themes: `$XDG_CONFIG_HOME/newsbrief/themes`.
pub fn theme_dir() -> Option<PathBuf> {
    let b = etcetera::choose_base_strategy().ok()?;
    ours(b.config_dir(), "newsbrief/themes")
}
