//! The command line: argument parsing and one small handler per command. Handlers print through
//! [`output::Output`] (which sanitises everything) and return a [`error::CliError`] for `main`
//! to report.

mod commands;
mod compare;
pub(crate) mod coverage;
pub mod error;
mod import;
pub mod output;
mod search;
pub mod table;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use commands::run;

/// Read one news story as several outlets told it, compared side by side.
#[derive(Debug, Parser)]
#[command(name = "newsbrief", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Brief to open in the full-screen app (default: the built-in brief).
    pub brief: Option<PathBuf>,
    #[command(flatten)]
    pub look: LookArgs,
}

/// Options that change how the app looks.
#[derive(Debug, Args, Clone, Default)]
pub struct LookArgs {
    /// Theme name (from themes/ or the user theme folder) or path to a theme file.
    #[arg(long, global = true)]
    pub theme: Option<String>,
    /// No colour: highlights are shown with bold, underline and reverse only (also NO_COLOR=1).
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Leave the mouse to the terminal (text selection) instead of clicks and the wheel.
    #[arg(long, global = true)]
    pub no_mouse: bool,
}

impl From<&LookArgs> for crate::tui::Look {
    fn from(a: &LookArgs) -> Self {
        crate::tui::Look {
            theme: a.theme.clone(),
            no_color: a.no_color,
            no_mouse: a.no_mouse,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Turn articles (text files, saved web pages, feeds, links) into a brief.
    Import(import::ImportArgs),
    /// List the articles of a brief.
    List(BriefArgs),
    /// List the entities (people, organisations, places) of a brief.
    Entities(BriefArgs),
    /// List the direct quotes of a brief with their speakers.
    Quotes(BriefArgs),
    /// List the checkable claims of a brief with their attribution.
    Claims(BriefArgs),
    /// Validate a brief file: schema version, offsets, ids and references.
    Check { brief: PathBuf },
    /// Fuzzy-search quotes, claims and entities.
    Search {
        /// The query (see the README for filters such as q:, c:, #outlet, @speaker).
        query: String,
        brief: Option<PathBuf>,
        #[arg(long)]
        json: bool,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Align two articles sentence by sentence and show what differs.
    Compare {
        /// Left article: id or outlet name.
        a: String,
        /// Right article: id or outlet name.
        b: String,
        brief: Option<PathBuf>,
        /// Print JSON: pairs with left, right, score and the differing words.
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// Print a Markdown report.
        #[arg(long)]
        markdown: bool,
    },
    /// List where outlets disagree: facts, quotes and framing.
    Discrepancies(BriefArgs),
    /// Show each story point and whether each outlet tells it, tells it differently or leaves
    /// it out.
    Coverage {
        brief: Option<PathBuf>,
        /// Print JSON: every point with each outlet's mark, sentences and conflicts.
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// Print a Markdown table.
        #[arg(long)]
        markdown: bool,
        #[arg(long, value_enum, default_value = "outlets")]
        sort: coverage::SortArg,
        #[arg(long, value_enum, default_value = "all")]
        filter: coverage::FilterArg,
    },
    /// Print what was kept from reading a brief in the app.
    Export {
        /// The pinned quotes and claims (press `p` in the reader to pin).
        #[arg(long, required = true)]
        pins: bool,
        brief: Option<PathBuf>,
        /// Print JSON.
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// Print Markdown.
        #[arg(long)]
        markdown: bool,
    },
    /// Draw one frame of a view as plain text, without a terminal.
    Render {
        brief: Option<PathBuf>,
        /// View to draw: list, reader, entities, quotes, compare, discrepancies, search (the list
        /// with the search popup open on --query).
        #[arg(long, default_value = "reader")]
        view: crate::tui::RenderTarget,
        #[arg(long, default_value_t = 80)]
        width: u16,
        #[arg(long, default_value_t = 24)]
        height: u16,
        /// Article id to show (default: the first).
        #[arg(long)]
        article: Option<String>,
        /// The query typed into the search popup (with --view search).
        #[arg(long)]
        query: Option<String>,
        /// Left article of the compare view: id or outlet (default: --article, else the first).
        #[arg(long)]
        left: Option<String>,
        /// Right article of the compare view: id or outlet (default: the one after the left).
        #[arg(long)]
        right: Option<String>,
    },
}

/// The brief argument shared by the listing commands.
#[derive(Debug, Args)]
pub struct BriefArgs {
    /// Brief file (default: the built-in brief).
    pub brief: Option<PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}
