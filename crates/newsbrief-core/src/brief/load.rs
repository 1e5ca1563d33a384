//! Reading a brief from disk, with errors that name the file and the place.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use super::model::{Brief, OLDEST_SCHEMA, SCHEMA_VERSION};
use super::validate::{Problem, validate};

/// Why a brief (or any input file) could not be used. Each message is one line that starts with
/// the file name, so it reads well after `newsbrief: `.
#[derive(Debug, Error)]
pub enum BriefError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: DisplayPath,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: no such file")]
    Missing { path: DisplayPath },
    #[error("{path}: is a directory, expected a file")]
    Directory { path: DisplayPath },
    #[error("{path}: file is empty")]
    Empty { path: DisplayPath },
    #[error("{path}: not valid UTF-8 at byte {offset}")]
    NotUtf8 { path: DisplayPath, offset: usize },
    #[error("{path}:{line}:{column}: {message}")]
    Json {
        path: DisplayPath,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: missing the \"schema\" version field (is this a newsbrief brief?)")]
    NoSchema { path: DisplayPath },
    #[error(
        "{path}: unknown schema version {found} (this newsbrief reads versions {oldest} to {newest})"
    )]
    Schema {
        path: DisplayPath,
        found: u64,
        oldest: u32,
        newest: u32,
    },
    #[error("{path}: {problem}")]
    Invalid { path: DisplayPath, problem: Problem },
}

/// A path as shown in messages.
#[derive(Debug, Clone)]
pub struct DisplayPath(pub PathBuf);

impl fmt::Display for DisplayPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.display())
    }
}

impl DisplayPath {
    pub fn new(p: impl AsRef<Path>) -> Self {
        DisplayPath(p.as_ref().to_path_buf())
    }
}

/// Reads a file as UTF-8 text, telling a missing file, a directory, an empty file and bad UTF-8
/// apart.
pub fn read_text(path: &Path) -> Result<String, BriefError> {
    let dp = || DisplayPath::new(path);
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(BriefError::Missing { path: dp() });
        }
        Err(e) => {
            return Err(BriefError::Io {
                path: dp(),
                source: e,
            });
        }
        Ok(m) if m.is_dir() => return Err(BriefError::Directory { path: dp() }),
        Ok(_) => {}
    }
    let bytes = std::fs::read(path).map_err(|e| BriefError::Io {
        path: dp(),
        source: e,
    })?;
    if bytes.is_empty() {
        return Err(BriefError::Empty { path: dp() });
    }
    String::from_utf8(bytes).map_err(|e| BriefError::NotUtf8 {
        path: dp(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[derive(Deserialize)]
struct SchemaProbe {
    schema: Option<serde_json::Value>,
}

/// Parses and validates a brief held in memory; `path` is only used in messages.
pub fn parse_brief(json: &str, path: &Path) -> Result<Brief, BriefError> {
    let dp = || DisplayPath::new(path);
    let json_err = |e: serde_json::Error| BriefError::Json {
        path: dp(),
        line: e.line(),
        column: e.column(),
        message: clean_serde_message(&e),
    };
    // A byte-order mark (editors on some systems add one) is not part of the JSON text.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(BriefError::Empty { path: dp() });
    }
    let probe: SchemaProbe = serde_json::from_str(json).map_err(json_err)?;
    match probe.schema {
        None => return Err(BriefError::NoSchema { path: dp() }),
        Some(v) => match v.as_u64() {
            Some(n) if (u64::from(OLDEST_SCHEMA)..=u64::from(SCHEMA_VERSION)).contains(&n) => {}
            Some(n) => {
                return Err(BriefError::Schema {
                    path: dp(),
                    found: n,
                    oldest: OLDEST_SCHEMA,
                    newest: SCHEMA_VERSION,
                });
            }
            None => {
                return Err(BriefError::Json {
                    path: dp(),
                    line: 1,
                    column: 1,
                    message: format!("\"schema\" must be a whole number, found {v}"),
                });
            }
        },
    }
    let brief: Brief = serde_json::from_str(json).map_err(json_err)?;
    validate(&brief).map_err(|problem| BriefError::Invalid {
        path: dp(),
        problem,
    })?;
    Ok(brief)
}

/// Reads, parses and validates a brief file.
pub fn load_brief(path: &Path) -> Result<Brief, BriefError> {
    let text = read_text(path)?;
    parse_brief(&text, path)
}

/// serde_json appends " at line L column C" to its messages; we print the place up front.
fn clean_serde_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> String {
        parse_brief(json, Path::new("b.json"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn each_bad_input_has_its_own_message() {
        assert_eq!(err(""), "b.json: file is empty");
        assert!(
            err("{\"schema\": 1,").starts_with("b.json:1:"),
            "{}",
            err("{\"schema\": 1,")
        );
        assert!(err("[1, 2]").contains("b.json:1:"));
        assert_eq!(
            err("{\"title\": \"x\"}"),
            "b.json: missing the \"schema\" version field (is this a newsbrief brief?)"
        );
        assert_eq!(
            err("{\"schema\": 99}"),
            "b.json: unknown schema version 99 (this newsbrief reads versions 1 to 2)"
        );
        let shape = err("{\"schema\": 1, \"title\": 5, \"articles\": [], \"entities\": []}");
        assert!(
            shape.starts_with("b.json:1:") && shape.contains("invalid type"),
            "{shape}"
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!(
            "{{\"schema\": 1, \"x\": {}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(err(&deep).starts_with("b.json:1:"), "{}", err(&deep));
        let deep_probe = format!("{}{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
        assert!(err(&deep_probe).starts_with("b.json:1:"));
    }
}
