//! Why one input of an import failed: one line each, naming the input first.

use thiserror::Error;

use crate::brief::BriefError;
use crate::brief::save::OutputError;

/// One failed input (or, for [`ImportError::Usage`] and the manifest errors, the whole import).
#[derive(Debug, Error)]
pub enum ImportError {
    #[error(transparent)]
    File(#[from] BriefError),
    #[error("{input}: is not a regular file (only files, or - for standard input, are read)")]
    NotRegular { input: String },
    #[error("{input}: larger than the {limit} byte limit (raise it with --max-size)")]
    TooLarge { input: String, limit: u64 },
    #[error("{input}: no article text found")]
    NoArticle { input: String },
    #[error("{input}: not a feed: {message}")]
    Feed { input: String, message: String },
    #[error("{input}: no feed item matched")]
    NoItems { input: String },
    #[error("{input}: HTTP {status}")]
    Http { input: String, status: u16 },
    #[error("{input}: {message}")]
    Fetch { input: String, message: String },
    #[error("{input}: only http and https links can be imported")]
    Scheme { input: String },
    #[error(
        "{manifest}: entry {index} (\"{file}\") is outside the manifest's folder (allow it with --allow-outside)"
    )]
    Outside {
        manifest: String,
        index: usize,
        file: String,
    },
    #[error("{manifest}: articles[{index}].published: {message}")]
    ManifestDate {
        manifest: String,
        index: usize,
        message: String,
    },
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Output(#[from] OutputError),
}
