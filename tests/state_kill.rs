//! Killing a process with SIGKILL while it saves the reading state never leaves a broken state
//! file: the next start reads the old state or the new one, whole, and clears what the killed
//! writer left behind.
//!
//! The writer is this test binary run again as a child (the `save_loop_child` test, which only
//! works when its environment variable is set): it writes two large states in turn, as fast as
//! it can, through the same atomic write the store uses (serialised beforehand, so that nearly
//! all its time is spent writing), and says when its first write is done; the kills then come at offsets spread over two
//! saves, so that most land in the middle of a write.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use newsbrief::brief::write_atomic;
use newsbrief::state::{Pin, PinKind, ReadingState, STATE_VERSION, StateStore};

const CHILD_ENV: &str = "NEWSBRIEF_TEST_SAVE_LOOP_DIR";
const BRIEF: &[u8] = b"the brief whose state is saved";
/// Made by the child after its first save.
const READY: &str = "ready";

/// One of two states, each a few megabytes of JSON so that a save takes a while.
fn state(which: usize) -> ReadingState {
    let mut s = ReadingState {
        version: STATE_VERSION,
        view: Some(["list", "reader"][which].into()),
        article: Some(format!("article-{which}")),
        ..ReadingState::default()
    };
    s.pins = (0..40_000)
        .map(|i| Pin {
            article: format!("article-{which}-{i}"),
            kind: if i % 2 == 0 {
                PinKind::Quote
            } else {
                PinKind::Claim
            },
            start: i * 10,
            end: i * 10 + which + 5,
        })
        .collect();
    s
}

/// The state as [`StateStore::save`] writes it.
fn json(s: &ReadingState) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(s).unwrap();
    v.push(b'\n');
    v
}

#[test]
fn save_loop_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let store = StateStore::in_dir(Path::new(&dir), BRIEF);
    let json = [json(&state(0)), json(&state(1))];
    for n in 0.. {
        write_atomic(&store.path, &json[n % 2]).expect("save");
        if n == 0 {
            std::fs::write(Path::new(&dir).join(READY), b"").expect("ready file");
        }
    }
}

/// A scratch folder, removed when the test ends, even by a panic.
fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("nb-state-kill-")
        .tempdir()
        .unwrap()
}

fn temps(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp."))
        .collect()
}

#[test]
fn sigkill_while_saving_never_breaks_the_state_file() {
    let tmp = scratch();
    let dir = tmp.path();
    let store = StateStore::in_dir(dir, BRIEF);
    let states = [state(0), state(1)];
    // How long one write takes here: the kills are spread over two.
    store.save(&states[1]).unwrap();
    let bytes = json(&states[1]);
    let t0 = Instant::now();
    for _ in 0..5 {
        write_atomic(&store.path, &bytes).unwrap();
    }
    let save_time = t0.elapsed() / 5;
    let ready = dir.join(READY);
    let mut left_behind = 0;
    for round in 0..10u32 {
        let _ = std::fs::remove_file(&ready);
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["save_loop_child", "--exact", "--test-threads=1"])
            .env(CHILD_ENV, dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let waited = Instant::now();
        while !ready.exists() {
            assert!(
                waited.elapsed() < Duration::from_secs(60),
                "the child never saved"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(save_time * round / 5);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        left_behind += temps(dir).len();
        let (loaded, note) = store.load();
        assert_eq!(note, None, "round {round}: state file unusable");
        assert!(
            loaded == states[0] || loaded == states[1],
            "round {round}: the state read is neither the old nor the new one"
        );
    }
    // The next save clears the temporary files of the killed writers.
    store.save(&states[0]).unwrap();
    assert_eq!(temps(dir), Vec::<String>::new());
    assert_eq!(store.load(), (states[0].clone(), None));
    eprintln!(
        "{left_behind} of 10 kills landed mid-write (a temporary file was left); \
         one write takes {save_time:?}"
    );
}
