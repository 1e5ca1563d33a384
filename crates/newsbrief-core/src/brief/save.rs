//! Writing files so that a reader never sees half of one: temp file, fsync, rename.

use std::io::Write;
use std::path::Path;

use super::model::Brief;

/// Writes `bytes` to `path` atomically: a temporary file beside it is written and synced, then
/// renamed over `path`. On error the temporary file is removed and `path` is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file path"))?;
    let tmp = dir.join(format!(
        ".{}.tmp.{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    } else {
        remove_stale_temps(&dir, &name.to_string_lossy());
    }
    result
}

/// Removes the temporary files a killed writer of `name` left in `dir`: those whose process
/// is gone. A writer still running (another instance saving the same file) keeps its own.
fn remove_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.tmp.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether a process is running, as far as can be told: without `/proc` every process counts
/// as alive, so nothing is removed by mistake.
fn process_alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.join("self").exists() || proc.join(pid.to_string()).exists()
}

/// The brief as pretty JSON with a trailing newline: stable for the same brief, so imports are
/// byte-for-byte reproducible.
pub fn to_json(brief: &Brief) -> String {
    let mut s = serde_json::to_string_pretty(brief).expect("a brief always serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = std::env::temp_dir().join(format!("nb-save-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("out.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1);
        assert!(write_atomic(&dir.join("missing/x.json"), b"x").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn temps_of_dead_writers_are_cleared_and_others_kept() {
        let dir = std::env::temp_dir().join(format!("nb-stale-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // A finished child's pid is free; pid 1 is always alive; another file's temp is not ours.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let dead_tmp = dir.join(format!(".out.json.tmp.{dead}"));
        let live_tmp = dir.join(".out.json.tmp.1");
        let other_tmp = dir.join(format!(".other.json.tmp.{dead}"));
        for p in [&dead_tmp, &live_tmp, &other_tmp] {
            std::fs::write(p, b"half").unwrap();
        }
        write_atomic(&dir.join("out.json"), b"whole").unwrap();
        assert!(!dead_tmp.exists());
        assert!(live_tmp.exists() && other_tmp.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
