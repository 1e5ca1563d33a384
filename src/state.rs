//! Reading state that survives: per brief, the last view, article and positions, read marks and
//! pinned quotes and claims, kept in the XDG state directory.
//!
//! A brief is known by a hash of its content, so the same brief opened from another path finds
//! its state, and an edited brief starts fresh rather than pointing into changed text. Writes are
//! atomic (temp file, fsync, rename): killing the app mid-save leaves the old file or the new one,
//! never half of one. A state file that cannot be read is reported once, set aside under another
//! name (never deleted) and replaced.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::brief::write_atomic;

/// Version of the state file format.
pub const STATE_VERSION: u32 = 1;

/// What a pin points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PinKind {
    Quote,
    Claim,
}

/// A pinned quote or claim, by article id and span (stable for a given brief content).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Pin {
    pub article: String,
    pub kind: PinKind,
    pub start: usize,
    pub end: usize,
}

/// Where the reader was in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Position {
    /// Sentence under the cursor.
    pub cursor: Option<usize>,
    /// First line shown.
    pub scroll: usize,
}

/// Everything remembered about one brief.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadingState {
    pub version: u32,
    /// Name of the last view (`list`, `reader`, ...).
    pub view: Option<String>,
    /// Id of the selected article.
    pub article: Option<String>,
    /// Reader position per article id.
    pub positions: BTreeMap<String, Position>,
    /// Ids of articles read.
    pub read: BTreeSet<String>,
    pub pins: Vec<Pin>,
    /// Ids of the left and right articles when the compare view was open.
    pub compare: Option<(String, String)>,
}

/// A stable 64-bit FNV-1a hash of the brief's bytes, as 16 hex digits: the state file's name.
pub fn brief_key(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The state file of one brief.
#[derive(Debug, Clone)]
pub struct StateStore {
    pub path: PathBuf,
}

impl StateStore {
    /// The store for the brief whose content is `bytes`, in the user's state directory.
    pub fn for_brief(bytes: &[u8]) -> Option<StateStore> {
        crate::paths::state_dir().map(|d| StateStore::in_dir(&d, bytes))
    }

    /// The store for a brief in a given directory (tests use a scratch one).
    pub fn in_dir(dir: &Path, bytes: &[u8]) -> StateStore {
        StateStore {
            path: dir.join(format!("{}.json", brief_key(bytes))),
        }
    }

    /// Reads the state. A missing file is a fresh start; a file that cannot be used is renamed
    /// aside and reported in the returned message, and a fresh state is returned.
    pub fn load(&self) -> (ReadingState, Option<String>) {
        let fresh = ReadingState {
            version: STATE_VERSION,
            ..ReadingState::default()
        };
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (fresh, None),
            Err(e) => {
                return (
                    fresh,
                    Some(format!(
                        "{}: cannot read reading state: {e}",
                        self.path.display()
                    )),
                );
            }
        };
        let problem = match serde_json::from_slice::<ReadingState>(&bytes) {
            Ok(s) if s.version == STATE_VERSION => return (s, None),
            Ok(s) => format!("unknown state version {}", s.version),
            Err(e) => e.to_string(),
        };
        let aside = self.set_aside();
        let note = match aside {
            Ok(p) => format!(
                "{}: reading state unusable ({problem}); kept as {} and started afresh",
                self.path.display(),
                p.display()
            ),
            Err(e) => format!(
                "{}: reading state unusable ({problem}) and cannot be moved: {e}",
                self.path.display()
            ),
        };
        (fresh, Some(note))
    }

    fn set_aside(&self) -> std::io::Result<PathBuf> {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut aside = self.path.with_extension(format!("json.corrupt-{stamp}"));
        let mut n = 1;
        while aside.exists() {
            aside = self
                .path
                .with_extension(format!("json.corrupt-{stamp}-{n}"));
            n += 1;
        }
        std::fs::rename(&self.path, &aside)?;
        Ok(aside)
    }

    /// Writes the state atomically, creating the directory if needed.
    pub fn save(&self, state: &ReadingState) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut json = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
        json.push(b'\n');
        write_atomic(&self.path, &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("nb-state-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn keys_are_stable_and_content_based() {
        assert_eq!(brief_key(b"abc"), brief_key(b"abc"));
        assert_ne!(brief_key(b"abc"), brief_key(b"abd"));
        assert_eq!(brief_key(b"").len(), 16);
    }

    #[test]
    fn state_round_trips_and_a_missing_file_is_fresh() {
        let dir = scratch("rt");
        let store = StateStore::in_dir(&dir, b"brief");
        let (fresh, note) = store.load();
        assert_eq!(note, None);
        assert_eq!(fresh.version, STATE_VERSION);
        let mut s = fresh.clone();
        s.article = Some("wapo".into());
        s.read.insert("wapo".into());
        s.positions.insert(
            "wapo".into(),
            Position {
                cursor: Some(4),
                scroll: 12,
            },
        );
        s.pins.push(Pin {
            article: "wapo".into(),
            kind: PinKind::Quote,
            start: 3,
            end: 9,
        });
        store.save(&s).unwrap();
        assert_eq!(store.load(), (s, None));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_corrupt_file_is_reported_once_set_aside_and_replaced() {
        let dir = scratch("corrupt");
        std::fs::create_dir_all(&dir).unwrap();
        let store = StateStore::in_dir(&dir, b"brief");
        std::fs::write(&store.path, b"{\"version\": 1, \"pins\": [").unwrap();
        let (s, note) = store.load();
        assert_eq!(s.version, STATE_VERSION);
        let note = note.expect("reported");
        assert!(
            note.contains("kept as") && note.contains(".corrupt-"),
            "{note}"
        );
        let kept: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(kept.len(), 1, "set aside, not deleted: {kept:?}");
        assert_eq!(store.load().1, None, "reported only once");
        store.save(&s).unwrap();
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
