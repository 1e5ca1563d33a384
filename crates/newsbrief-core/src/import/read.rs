//! Reading one input's bytes, within limits, and telling what it holds by its content.

use std::io::Read;
use std::path::Path;

use super::ImportError;
use crate::brief::load::{BriefError, DisplayPath};

/// Default cap on one input: far above any article, far below what would exhaust memory.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a regular file (or standard input for `-`) of at most `limit` bytes. Devices and FIFOs
/// are refused before they are opened, so `/dev/zero` cannot fill memory and a FIFO cannot
/// block the import.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ImportError> {
    let input = path.display().to_string();
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| BriefError::Io {
                path: DisplayPath::new(path),
                source,
            })?;
    } else {
        let dp = || DisplayPath::new(path);
        let meta = match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(BriefError::Missing { path: dp() }.into());
            }
            Err(source) => return Err(BriefError::Io { path: dp(), source }.into()),
            Ok(m) => m,
        };
        if meta.is_dir() {
            return Err(BriefError::Directory { path: dp() }.into());
        }
        if !meta.is_file() {
            return Err(ImportError::NotRegular { input });
        }
        if meta.len() > limit {
            return Err(ImportError::TooLarge { input, limit });
        }
        // Room for the whole file at once: growing by doubling would hold up to twice it.
        bytes.reserve_exact(usize::try_from(meta.len()).unwrap_or(0).saturating_add(1));
        std::fs::File::open(path)
            .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
            .map_err(|source| BriefError::Io { path: dp(), source })?;
    }
    if bytes.len() as u64 > limit {
        return Err(ImportError::TooLarge { input, limit });
    }
    if bytes.is_empty() {
        return Err(BriefError::Empty {
            path: DisplayPath::new(path),
        }
        .into());
    }
    Ok(bytes)
}

/// What an input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Page,
    Feed,
}

/// Tells a page, a feed and plain text apart by the first bytes, whatever the file is named: a
/// `.txt` that starts with `<html` is a page.
pub fn sniff(bytes: &[u8]) -> Kind {
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let start = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.starts_with('{') && head.contains("jsonfeed.org/version") {
        return Kind::Feed;
    }
    if !start.starts_with('<') {
        return Kind::Text;
    }
    let feed_root = ["<rss", "<feed", "<rdf:rdf"];
    if feed_root.iter().any(|r| head.contains(r)) && !head.contains("<html") {
        return Kind::Feed;
    }
    Kind::Page
}

/// Plain text must be UTF-8; the error names the first bad byte. The text is kept as it is.
pub fn text_of(path: &Path, bytes: Vec<u8>) -> Result<String, ImportError> {
    String::from_utf8(bytes).map_err(|e| {
        BriefError::NotUtf8 {
            path: DisplayPath::new(path),
            offset: e.utf8_error().valid_up_to(),
        }
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_by_content() {
        assert_eq!(sniff(b"  <!DOCTYPE html><html>"), Kind::Page);
        assert_eq!(sniff(b"<p>hi</p>"), Kind::Page);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><rss version=\"2.0\">"),
            Kind::Feed
        );
        assert_eq!(
            sniff(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Kind::Feed
        );
        assert_eq!(
            sniff(br#"{"version": "https://jsonfeed.org/version/1.1"}"#),
            Kind::Feed
        );
        assert_eq!(sniff("BERLIN — The mayor said".as_bytes()), Kind::Text);
        assert_eq!(sniff("\u{feff}<html>".as_bytes()), Kind::Page);
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_oversized_files_are_refused() {
        let e = read_capped(Path::new("/dev/zero"), 10).unwrap_err();
        assert!(matches!(e, ImportError::NotRegular { .. }), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.txt");
        std::fs::write(&p, vec![b'a'; 11]).unwrap();
        let e = read_capped(&p, 10).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "{}: larger than the 10 byte limit (raise it with --max-size)",
                p.display()
            )
        );
        assert_eq!(read_capped(&p, 11).unwrap().len(), 11);
    }
}
