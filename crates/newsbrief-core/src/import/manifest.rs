//! The manifest: what an editor knows about each input (outlet, date), and which input an entry
//! means.

use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use super::ImportError;
use crate::brief::load::{BriefError, DisplayPath, read_text};

/// What an editor knows about the articles of a brief (the form of `briefs/sources/manifest.json`).
#[derive(Debug, Clone, Deserialize)]
pub struct Manifest {
    #[serde(default)]
    pub title: Option<String>,
    pub articles: Vec<ManifestEntry>,
}

/// One article of a manifest: `file` is a path relative to the manifest's folder, or a link.
#[derive(Debug, Clone, Deserialize)]
pub struct ManifestEntry {
    pub file: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl ManifestEntry {
    /// A link entry names a page on the web rather than a file.
    pub fn is_link(&self) -> bool {
        super::fetch::is_link(&self.file)
    }
}

/// Reads and parses a manifest file, checking its dates.
pub fn read_manifest(path: &Path) -> Result<Manifest, ImportError> {
    let text = read_text(path)?;
    let json = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let m: Manifest = serde_json::from_str(json).map_err(|e| BriefError::Json {
        path: DisplayPath::new(path),
        line: e.line(),
        column: e.column(),
        message: {
            let s = e.to_string();
            s.rfind(" at line ")
                .map_or(s.clone(), |i| s[..i].to_string())
        },
    })?;
    for (index, a) in m.articles.iter().enumerate() {
        if let Some(d) = &a.published {
            crate::brief::validate::check_date(d).map_err(|message| ImportError::ManifestDate {
                manifest: path.display().to_string(),
                index,
                message,
            })?;
        }
    }
    Ok(m)
}

/// A manifest with the folder its relative entries are resolved against.
#[derive(Debug, Clone)]
pub struct Placed {
    pub path: PathBuf,
    pub manifest: Manifest,
}

impl Placed {
    pub fn read(path: &Path) -> Result<Self, ImportError> {
        Ok(Placed {
            path: path.to_path_buf(),
            manifest: read_manifest(path)?,
        })
    }

    fn dir(&self) -> &Path {
        match self.path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        }
    }

    /// Where a file entry points.
    pub fn resolve(&self, entry: &ManifestEntry) -> PathBuf {
        self.dir().join(&entry.file)
    }

    /// Refuses file entries that leave the manifest's folder (`../x`, `/etc/hostname`): a shared
    /// manifest must not make a user embed a private file in a brief they then pass on.
    pub fn check_inside(&self) -> Result<(), ImportError> {
        for (index, e) in self.manifest.articles.iter().enumerate() {
            if e.is_link() {
                continue;
            }
            let p = Path::new(&e.file);
            let mut depth = 0i32;
            let mut outside = false;
            for c in p.components() {
                match c {
                    Component::Normal(_) => depth += 1,
                    Component::CurDir => {}
                    Component::ParentDir => {
                        depth -= 1;
                        outside |= depth < 0;
                    }
                    Component::RootDir | Component::Prefix(_) => outside = true,
                }
            }
            // A symlink inside the folder may still lead out of it.
            if !outside
                && let (Ok(dir), Ok(target)) =
                    (self.dir().canonicalize(), self.resolve(e).canonicalize())
            {
                outside = !target.starts_with(dir);
            }
            if outside {
                return Err(ImportError::Outside {
                    manifest: self.path.display().to_string(),
                    index,
                    file: e.file.clone(),
                });
            }
        }
        Ok(())
    }

    /// The entry meant for an input: the same resolved file (`./a.txt`, `sub/a.txt`), the same
    /// link, or, as before, the same bare file name.
    pub fn entry_for(&self, input: &str) -> Option<usize> {
        let entries = &self.manifest.articles;
        if super::fetch::is_link(input) {
            return entries.iter().position(|e| e.file == input);
        }
        let canon = Path::new(input).canonicalize().ok();
        let by_path = entries.iter().position(|e| {
            !e.is_link() && canon.is_some() && self.resolve(e).canonicalize().ok() == canon
        });
        by_path.or_else(|| {
            let name = Path::new(input).file_name()?;
            entries
                .iter()
                .position(|e| !e.is_link() && Path::new(&e.file).file_name() == Some(name))
        })
    }
}
