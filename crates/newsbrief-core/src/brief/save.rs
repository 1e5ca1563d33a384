//! Writing files so that a reader never sees half of one: a temporary file beside the target,
//! synced, then renamed over it.

use std::io::Write;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::model::Brief;

/// Writes `bytes` to `path` atomically. The temporary file is made by `tempfile` in the target's
/// folder with a random name and `O_EXCL`, so a file or symlink planted at a guessable name is
/// never followed or truncated; it is removed if anything fails, and `path` is then untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// [`write_atomic`] of what `write` writes, streamed to the temporary file: a large brief is
/// never held as a second copy in memory (a page-long article's JSON is about eight times its
/// text).
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file path"))?;
    let name = name.to_string_lossy();
    // The pid in the name tells a killed writer's leftover from a live one's; the random part
    // makes the name unguessable.
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.tmp.{}.", std::process::id()))
        .tempfile_in(&dir)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
    write(&mut out)?;
    let tmp = out.into_inner().map_err(|e| e.into_error())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    remove_stale_temps(&dir, &name);
    Ok(())
}

/// Removes the temporary files a killed writer of `name` left in `dir`: those whose process
/// is gone. A writer still running (another instance saving the same file) keeps its own.
/// Removing a planted symlink removes the link, never its target.
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
            .and_then(|p| p.split('.').next())
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

/// Why a brief may not be written where asked.
#[derive(Debug, Error)]
pub enum OutputError {
    #[error("{0}: is also an input; choose another output file")]
    IsInput(PathBuf),
    #[error("{0}: exists and is not a regular file; choose another output file")]
    NotRegular(PathBuf),
    #[error("{path}: cannot write: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Refuses an output that would replace an input (compared by canonical path, so `./a.txt` and
/// `a.txt` are one file) or anything that exists and is not a regular file (a device node, a
/// FIFO, a folder), which a rename would otherwise replace.
pub fn check_output(output: &Path, inputs: &[PathBuf]) -> Result<(), OutputError> {
    if let Ok(meta) = std::fs::metadata(output) {
        if !meta.is_file() {
            return Err(OutputError::NotRegular(output.to_path_buf()));
        }
        if let Ok(out) = output.canonicalize()
            && inputs
                .iter()
                .filter_map(|i| i.canonicalize().ok())
                .any(|i| i == out)
        {
            return Err(OutputError::IsInput(output.to_path_buf()));
        }
    }
    Ok(())
}

/// [`check_output`], then [`write_atomic`] of the brief as JSON.
pub fn save_brief(output: &Path, brief: &Brief, inputs: &[PathBuf]) -> Result<(), OutputError> {
    check_output(output, inputs)?;
    write_atomic_with(output, |w| write_json(w, brief)).map_err(|source| OutputError::Write {
        path: output.to_path_buf(),
        source,
    })
}

/// [`to_json`] written to `w` as it is made.
pub fn write_json(w: &mut dyn Write, brief: &Brief) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, brief).map_err(std::io::Error::from)?;
    w.write_all(b"\n")
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
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1);
        assert!(write_atomic(&dir.path().join("missing/x.json"), b"x").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_at_the_old_temp_name_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, b"precious").unwrap();
        for pid in [std::process::id(), 1] {
            let planted = dir.path().join(format!(".out.json.tmp.{pid}"));
            std::os::unix::fs::symlink(&victim, planted).unwrap();
        }
        write_atomic(&dir.path().join("out.json"), b"whole").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        assert_eq!(
            std::fs::read(dir.path().join("out.json")).unwrap(),
            b"whole"
        );
    }

    #[test]
    fn a_streamed_brief_is_its_json_and_a_failed_stream_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("b.json");
        let brief = crate::analyze::pipeline::brief_from_texts(
            "t",
            &[(
                "Outlet",
                "BERLIN — The mayor said on Monday that 40 buses would run.\n",
            )],
        );
        save_brief(&p, &brief, &[]).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), to_json(&brief));
        let failed = write_atomic_with(&p, |w| {
            w.write_all(&[b'x'; 100_000])?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&p).unwrap(), to_json(&brief));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn output_may_not_be_an_input_or_a_special_file() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, b"text").unwrap();
        let dotted = dir.path().join(".").join("a.txt");
        assert!(matches!(
            check_output(&dotted, std::slice::from_ref(&a)),
            Err(OutputError::IsInput(_))
        ));
        assert!(matches!(
            check_output(dir.path(), &[]),
            Err(OutputError::NotRegular(_))
        ));
        #[cfg(unix)]
        assert!(matches!(
            check_output(Path::new("/dev/null"), &[]),
            Err(OutputError::NotRegular(_))
        ));
        assert!(check_output(&dir.path().join("new.json"), &[a]).is_ok());
    }
}
