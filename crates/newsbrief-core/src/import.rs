//! Reading the inputs of `newsbrief import`: article texts and an optional manifest.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::analyze::pipeline::Source;
use crate::brief::load::{BriefError, DisplayPath, read_text};

/// What an editor knows about the articles of a brief (the form of `briefs/sources/manifest.json`).
#[derive(Debug, Clone, Deserialize)]
pub struct Manifest {
    #[serde(default)]
    pub title: Option<String>,
    pub articles: Vec<ManifestEntry>,
}

/// One article of a manifest, matched to an input by file name.
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

/// Reads and parses a manifest file.
pub fn read_manifest(path: &Path) -> Result<Manifest, BriefError> {
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
    for (i, a) in m.articles.iter().enumerate() {
        if let Some(d) = &a.published
            && !is_iso_date(d)
        {
            return Err(BriefError::Json {
                path: DisplayPath::new(path),
                line: 1,
                column: 1,
                message: format!("articles[{i}].published: \"{d}\" is not a YYYY-MM-DD date"),
            });
        }
    }
    Ok(m)
}

/// True for a `YYYY-MM-DD` date with a plausible month and day.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    matches!((num(0..4), num(5..7), num(8..10)), (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d))
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Reads the article files, taking outlet and date from the manifest entry of the same file name.
/// With no files, every article the manifest lists is read, relative to the manifest's folder.
pub fn read_sources(
    files: &[PathBuf],
    manifest: Option<(&Path, &Manifest)>,
) -> Result<Vec<Source>, BriefError> {
    let paths: Vec<PathBuf> = if files.is_empty() {
        match manifest {
            Some((mp, m)) => {
                let dir = mp.parent().unwrap_or(Path::new("."));
                m.articles.iter().map(|a| dir.join(&a.file)).collect()
            }
            None => Vec::new(),
        }
    } else {
        files.to_vec()
    };
    paths
        .iter()
        .map(|p| {
            let text = read_text(p)?;
            let name = file_name(p);
            let entry = manifest.and_then(|(_, m)| m.articles.iter().find(|a| a.file == name));
            Ok(Source {
                file_name: name,
                text,
                outlet: entry.and_then(|e| e.outlet.clone()),
                published: entry.and_then(|e| e.published.clone()),
            })
        })
        .collect()
}

/// Everything `newsbrief import` does short of writing the file: read the manifest and the
/// articles, analyse them and title the brief (the `title` given, else the manifest's, else the
/// first headline).
pub fn import_brief(
    files: &[PathBuf],
    manifest: Option<&Path>,
    title: Option<String>,
) -> Result<crate::brief::Brief, String> {
    let manifest = match manifest {
        Some(p) => Some((p, read_manifest(p).map_err(|e| e.to_string())?)),
        None => None,
    };
    if files.is_empty() && manifest.is_none() {
        return Err("import: no article files given (name them, or give --manifest)".into());
    }
    let sources =
        read_sources(files, manifest.as_ref().map(|(p, m)| (*p, m))).map_err(|e| e.to_string())?;
    if sources.is_empty() {
        return Err("import: the manifest lists no articles".into());
    }
    let title = title
        .or_else(|| manifest.as_ref().and_then(|(_, m)| m.title.clone()))
        .unwrap_or_default();
    let mut brief = crate::analyze::pipeline::build_brief(&title, &sources);
    if brief.title.trim().is_empty() {
        brief.title = brief
            .articles
            .first()
            .map(|a| a.headline.clone())
            .unwrap_or_default();
    }
    Ok(brief)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(is_iso_date("2020-03-29"));
        assert!(!is_iso_date("2020-13-29"));
        assert!(!is_iso_date("29/03/2020"));
    }
}
