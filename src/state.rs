//! Reading state that survives: per brief, the last view, article and positions, read marks and
//! pinned quotes and claims, kept in the XDG state directory.
//!
//! A brief is known by a hash of its content, so the same brief opened from another path finds
//! its state, and an edited brief starts fresh rather than pointing into changed text. Writes are
//! atomic (temp file, fsync, rename): killing the app mid-save leaves the old file or the new one,
//! never half of one. A state file that cannot be read is reported once, set aside under another
//! name (never deleted) and replaced.
//!
//! Two instances can have the same brief open: the app saves with [`StateStore::save_merged`],
//! which holds a lock on a file beside the state file while it reads what is on disk, merges
//! its own changes into it and writes the result, so one instance's pins never erase the
//! other's.

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
    /// Where the compare view was in that pair.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compare_at: Option<CompareAt>,
}

/// Where the compare view was: its mode, its row (aligned rows) or each pane's sentence (free
/// scrolling), and which pane had the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CompareAt {
    pub free: bool,
    pub row: usize,
    /// First line shown with aligned rows.
    pub scroll: usize,
    /// Each pane's cursor and first line in free mode, left then right.
    pub cursors: [usize; 2],
    pub scrolls: [usize; 2],
    /// Each pane's cursor sentence is lit (the other pane's counterpart).
    pub lit: [bool; 2],
    pub right_focused: bool,
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

/// Why a state file's bytes are not a state this version can use.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    #[error("unknown state version {0}")]
    Version(u32),
}

/// A state file's content, read apart from the file so it can be checked on any bytes.
pub fn parse_state(bytes: &[u8]) -> Result<ReadingState, StateError> {
    let s: ReadingState = serde_json::from_slice(bytes)?;
    if s.version != STATE_VERSION {
        return Err(StateError::Version(s.version));
    }
    Ok(s)
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
        let (state, note) = self.read();
        let fresh = || ReadingState {
            version: STATE_VERSION,
            ..ReadingState::default()
        };
        (state.unwrap_or_else(fresh), note)
    }

    /// The state on disk, if there is a usable one, and what went wrong if it is not usable.
    fn read(&self) -> (Option<ReadingState>, Option<String>) {
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (None, None),
            Err(e) => {
                return (
                    None,
                    Some(format!(
                        "{}: cannot read reading state: {e}",
                        self.path.display()
                    )),
                );
            }
        };
        let problem = match parse_state(&bytes) {
            Ok(s) => return (Some(s), None),
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
        (None, Some(note))
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

    /// Writes the state atomically, creating the directory if needed. It replaces what is on
    /// disk: the app saves with [`Self::save_merged`] instead.
    pub fn save(&self, state: &ReadingState) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut json = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
        json.push(b'\n');
        write_atomic(&self.path, &json)
    }

    /// Saves `ours`, the state of this instance, which had `base` when it last saved (or
    /// loaded): under an exclusive lock, what is on disk now is read, this instance's changes
    /// since `base` are applied to it (see [`merged`]) and the result is written. Returns what
    /// was written.
    ///
    /// The lock is an advisory `flock` on `<state>.lock` (through `fs4`: the standard library's
    /// `File::lock` needs Rust 1.89, newer than this crate's `rust-version`); it is released
    /// when the file is closed, so a killed instance never leaves it held.
    pub fn save_merged(
        &self,
        base: &ReadingState,
        ours: &ReadingState,
    ) -> std::io::Result<ReadingState> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut lock_name = self.path.clone().into_os_string();
        lock_name.push(".lock");
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(PathBuf::from(lock_name))?;
        fs4::FileExt::lock(&lock)?;
        let state = match self.read() {
            (Some(disk), _) => merged(base, ours, &disk),
            // A file that cannot be read and is still there is not replaced blindly.
            (None, Some(why)) if self.path.exists() => return Err(std::io::Error::other(why)),
            (None, _) => ours.clone(),
        };
        self.save(&state)?;
        drop(lock);
        Ok(state)
    }
}

/// What is on disk (`disk`) with this instance's changes since `base` applied: pins and read
/// marks it added are added and those it removed are removed (whatever another instance did to
/// the others), reader positions it moved are taken, and the open view, article and compare
/// pair are this instance's (it is the one saving now).
pub fn merged(base: &ReadingState, ours: &ReadingState, disk: &ReadingState) -> ReadingState {
    let mut pins: Vec<Pin> = disk
        .pins
        .iter()
        .filter(|p| ours.pins.contains(p) || !base.pins.contains(p))
        .cloned()
        .collect();
    for p in &ours.pins {
        if !base.pins.contains(p) && !pins.contains(p) {
            pins.push(p.clone());
        }
    }
    let mut read = disk.read.clone();
    read.extend(ours.read.difference(&base.read).cloned());
    for gone in base.read.difference(&ours.read) {
        read.remove(gone);
    }
    let mut positions = disk.positions.clone();
    for id in base.positions.keys().chain(ours.positions.keys()) {
        match ours.positions.get(id) {
            p if p == base.positions.get(id) => {}
            Some(p) => {
                positions.insert(id.clone(), *p);
            }
            None => {
                positions.remove(id);
            }
        }
    }
    ReadingState {
        version: STATE_VERSION,
        view: ours.view.clone(),
        article: ours.article.clone(),
        positions,
        read,
        pins,
        compare: ours.compare.clone(),
        compare_at: ours.compare_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch folder, removed when the test ends, even by a panic.
    fn scratch() -> tempfile::TempDir {
        tempfile::Builder::new()
            .prefix("nb-state-")
            .tempdir()
            .unwrap()
    }

    fn pin(article: &str, start: usize) -> Pin {
        Pin {
            article: article.into(),
            kind: PinKind::Claim,
            start,
            end: start + 1,
        }
    }

    #[test]
    fn a_merge_applies_our_changes_to_what_is_on_disk() {
        let base = ReadingState {
            pins: vec![pin("a", 1), pin("a", 2)],
            read: ["a".to_string()].into(),
            ..ReadingState::default()
        };
        let mut ours = base.clone();
        ours.pins.retain(|p| p.start != 1);
        ours.pins.push(pin("b", 3));
        ours.read.insert("b".into());
        ours.view = Some("reader".into());
        ours.positions.insert(
            "b".into(),
            Position {
                cursor: Some(2),
                scroll: 0,
            },
        );
        // Meanwhile another instance took pin 2 away, added pin 4 and moved in article c.
        let mut disk = base.clone();
        disk.pins = vec![pin("a", 1), pin("c", 4)];
        disk.positions.insert(
            "c".into(),
            Position {
                cursor: Some(1),
                scroll: 3,
            },
        );
        disk.view = Some("list".into());
        let m = merged(&base, &ours, &disk);
        assert_eq!(m.pins, vec![pin("c", 4), pin("b", 3)]);
        assert_eq!(m.read, ["a", "b"].map(String::from).into());
        assert_eq!(m.positions.len(), 2);
        assert_eq!(m.view.as_deref(), Some("reader"));
        assert_eq!(merged(&base, &base, &disk).pins, disk.pins);
    }

    #[test]
    fn keys_are_stable_and_content_based() {
        assert_eq!(brief_key(b"abc"), brief_key(b"abc"));
        assert_ne!(brief_key(b"abc"), brief_key(b"abd"));
        assert_eq!(brief_key(b"").len(), 16);
    }

    #[test]
    fn state_round_trips_and_a_missing_file_is_fresh() {
        let dir = scratch();
        let store = StateStore::in_dir(dir.path(), b"brief");
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
    }

    #[test]
    fn a_corrupt_file_is_reported_once_set_aside_and_replaced() {
        let tmp = scratch();
        let dir = tmp.path();
        let store = StateStore::in_dir(dir, b"brief");
        std::fs::write(&store.path, b"{\"version\": 1, \"pins\": [").unwrap();
        let (s, note) = store.load();
        assert_eq!(s.version, STATE_VERSION);
        let note = note.expect("reported");
        assert!(
            note.contains("kept as") && note.contains(".corrupt-"),
            "{note}"
        );
        let kept: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(kept.len(), 1, "set aside, not deleted: {kept:?}");
        assert_eq!(store.load().1, None, "reported only once");
        store.save(&s).unwrap();
        assert_eq!(std::fs::read_dir(dir).unwrap().count(), 2);
    }
}
