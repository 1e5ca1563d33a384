//! How the app is asked to look, in the app's own terms: the command line (or any other front
//! end) converts its options into this, so the app depends on no argument parser's types.

/// Options that change how the app looks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Look {
    /// Theme name (from themes/ or the user theme folder) or path to a theme file.
    pub theme: Option<String>,
    /// No colour: highlights are shown with bold, underline and reverse only.
    pub no_color: bool,
    /// The mouse stays the terminal's (for selecting text) instead of the app's.
    pub no_mouse: bool,
}
