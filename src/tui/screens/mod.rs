//! The screens of the app, one folder each (`state` and key handling in its `mod.rs`, its own
//! keys in `keys.rs`, its drawing in `view.rs`), and the one list that names them.
//!
//! Adding a screen means adding its folder and one line to the `screens!` list below: the line gives
//! the [`View`] variant, the name the command line, the state file and the help use, and the
//! module. The module provides `State` (its state, kept in [`Screens`]) and `SCREEN` (its
//! [`Screen`]: keys, key handling and drawing).

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::{Action, Overlay};
use super::app::App;
use super::keymap::Binding;

/// What a screen is to the app: the keys it adds to the base keymap, how it handles an action,
/// and how it draws itself.
pub struct Screen {
    /// Groups of rows put on top of the base keymap (a row here shadows a base row with the
    /// same key); shared groups such as [`super::keymap::FOCUS`] are listed, not copied.
    pub keys: &'static [&'static [Binding]],
    /// The screen's wording for a base action in the help ("next quote" for `j`).
    pub docs: &'static [(Action, &'static str)],
    /// Applies an action while the screen is shown.
    pub handle: fn(&mut App, Action) -> Outcome,
    /// Draws the screen in the area above the status line.
    pub draw: fn(&mut Frame, &App, Rect),
    /// Brings the screen's state up to date with the brief and the screen size. Called on every
    /// refresh while the screen is shown, so the first call builds what the screen needs and
    /// opening a brief waits only for what the list needs.
    pub refresh: fn(&mut App),
    /// What the status line says the screen is showing.
    pub status: fn(&App) -> String,
    /// The screen shows the reader, so the status line names the entity under its cursor.
    pub reads: bool,
}

/// `i` moved by `delta`, kept in `0..n`.
pub(crate) fn step(i: usize, delta: isize, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    (i as isize).saturating_add(delta).clamp(0, n as isize - 1) as usize
}

/// Rows a page key moves in the row tables (entities, quotes).
pub(crate) fn table_page(app: &App) -> isize {
    (app.height as isize / 3).max(1)
}

/// For a screen with nothing to bring up to date.
pub(crate) fn no_refresh(_: &mut App) {}

/// What a screen made of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The screen used it.
    Consumed,
    /// The screen has no use for it.
    Ignored,
    /// The screen asks to go elsewhere.
    Nav(Nav),
}

/// A move between screens, applied by [`App::navigate`] on the one navigation stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// Show a screen; Esc comes back to this one. A screen already in the history is returned
    /// to (the history above it dropped) rather than stacked twice.
    Push(super::View),
    /// Back to the previous screen (the list when there is none).
    Pop,
    /// Forget the history and show a screen over the list.
    Reset(super::View),
    /// Open an overlay over the current screen.
    Open(Overlay),
}

/// Declares the screens: each line `Variant = "name" => module`.
macro_rules! screens {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal => $module:ident ),* $(,)?) => {
        $( pub mod $module; )*

        /// A screen of the app, named as `render --view`, the state file and the help name it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
        pub enum View {
            $( $(#[$doc])* #[value(name = $name)] $variant, )*
        }

        impl View {
            /// Every screen, in the order of the list.
            pub const ALL: &[View] = &[$(View::$variant),*];

            /// Name used by `render --view`, the state file, the status line and the help.
            pub fn name(self) -> &'static str {
                match self { $(View::$variant => $name,)* }
            }

            /// The screen shown for this view.
            pub fn screen(self) -> &'static Screen {
                match self { $(View::$variant => &$module::SCREEN,)* }
            }

            /// The view of a name, as the state file keeps it.
            pub fn from_name(name: &str) -> Option<View> {
                View::ALL.iter().copied().find(|v| v.name() == name)
            }
        }

        /// Every `render --view` target, the screens first.
        const TARGETS: &[RenderTarget] =
            &[$(RenderTarget::Screen(View::$variant),)* RenderTarget::Search];

        /// The state of every screen, kept while the app runs so that coming back to a screen
        /// finds it as it was left.
        #[derive(Debug, Clone, Default)]
        pub struct Screens {
            $( pub $module: $module::State, )*
        }
    };
}

screens! {
    /// The article list beside (or above) a reader of the selected article.
    List = "list" => list,
    /// The selected article alone, using the whole screen.
    Reader = "reader" => reader,
    /// Entities against articles: who is named where, and each mention in context.
    Entities = "entities" => entities,
    /// Every quote, the same quote carried by several outlets grouped with its differences.
    Quotes = "quotes" => quotes,
    /// Two articles side by side, sentence against sentence.
    Compare = "compare" => compare,
    /// Where the outlets disagree, one line each.
    Discrepancies = "discrepancies" => discrepancies,
    /// Every pinned quote and claim.
    Pins = "pins" => pins,
    /// Story points against outlets: who tells what, tells it differently or leaves it out.
    Coverage = "coverage" => coverage,
}

/// What `render --view` draws: a screen, or the list with the search popup open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenderTarget {
    Screen(View),
    /// The list view with the search popup open on `--query`.
    Search,
}

impl RenderTarget {
    pub fn name(self) -> &'static str {
        match self {
            RenderTarget::Screen(v) => v.name(),
            RenderTarget::Search => "search",
        }
    }

    /// Parses a name, the error listing every valid one.
    pub fn parse(name: &str) -> Result<RenderTarget, String> {
        TARGETS
            .iter()
            .copied()
            .find(|t| t.name() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = TARGETS.iter().map(|t| t.name()).collect();
                format!("unknown view \"{name}\" (valid: {})", names.join(", "))
            })
    }
}

impl clap::ValueEnum for RenderTarget {
    fn value_variants<'a>() -> &'a [Self] {
        TARGETS
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_stays_in_range() {
        assert_eq!(step(0, -1, 5), 0);
        assert_eq!(step(3, 10, 5), 4);
        assert_eq!(step(2, isize::MIN / 2, 5), 0);
        assert_eq!(step(2, 1, 0), 0);
    }

    #[test]
    fn every_screen_can_be_rendered_by_name() {
        for v in View::ALL {
            assert_eq!(RenderTarget::parse(v.name()), Ok(RenderTarget::Screen(*v)));
            assert_eq!(View::from_name(v.name()), Some(*v));
        }
        assert_eq!(RenderTarget::parse("search"), Ok(RenderTarget::Search));
        let e = RenderTarget::parse("nope").unwrap_err();
        assert!(e.contains(
            "list, reader, entities, quotes, compare, discrepancies, pins, coverage, search"
        ));
    }
}
