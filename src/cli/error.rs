//! What can make a command fail, and the exit code each failure gives.
//!
//! Every message is one line that names the file (or the option) at fault, so it reads well
//! after `newsbrief: `; `main` prints it through [`super::output::report`], which sanitises it
//! (file names and bits of bad input are untrusted).

use std::process::ExitCode;

use thiserror::Error;

use crate::analyze::compare::UnknownArticle;
use crate::brief::BriefError;
use crate::brief::load::DisplayPath;
use crate::tui::theme::ThemeError;

/// A failed command.
#[derive(Debug, Error)]
pub enum CliError {
    #[error(transparent)]
    Brief(#[from] BriefError),
    #[error(transparent)]
    Theme(#[from] ThemeError),
    #[error(transparent)]
    Article(#[from] UnknownArticle),
    /// An output file (`import -o`) could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        path: DisplayPath,
        #[source]
        source: std::io::Error,
    },
    /// Standard output failed; a closed pipe is one of these, and is not reported.
    #[error("cannot write to standard output: {0}")]
    Stdout(#[source] std::io::Error),
    #[error(
        "search: the query is empty; give words to look for, optionally with filters \
         (q: c: e: #outlet @name)"
    )]
    EmptyQuery,
    #[error("no state directory: set XDG_STATE_HOME or HOME")]
    NoStateDir,
    /// Options that do not go together.
    #[error("{0}")]
    Usage(&'static str),
    /// Import's own message (it names the file and the place).
    #[error("{0}")]
    Import(String),
    /// An import that could not start (a bad manifest, no inputs, a refused output).
    #[error(transparent)]
    ImportInput(#[from] crate::import::ImportError),
    /// An import wrote its brief without some inputs, each reported as it failed.
    #[error("{failed} inputs failed")]
    PartialImport { failed: usize },
    /// No input of an import could be imported, each reported as it failed.
    #[error("nothing imported")]
    NothingImported,
    /// The full-screen app or `render` failed (the message names the cause).
    #[error("{0}")]
    App(String),
}

impl CliError {
    /// True when standard output was closed by its reader (`newsbrief quotes | head -1`): the
    /// reader has what it wanted, so the program ends quietly and successfully.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Stdout(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// The exit code: 1 for any failure of a command (bad input, a file, the terminal); usage
    /// errors found by the argument parser exit with 2 before a command runs.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            _ if self.is_broken_pipe() => ExitCode::SUCCESS,
            CliError::PartialImport { .. } => ExitCode::from(super::import::EXIT_PARTIAL),
            _ => ExitCode::FAILURE,
        }
    }

    /// Whether the failure has been told already, line by line, as it happened.
    pub fn is_reported(&self) -> bool {
        self.is_broken_pipe()
            || matches!(
                self,
                CliError::PartialImport { .. } | CliError::NothingImported
            )
    }
}

impl From<String> for CliError {
    fn from(msg: String) -> Self {
        CliError::App(msg)
    }
}
