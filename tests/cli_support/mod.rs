//! Shared by the command tests: running the built binary and reading what it printed.
#![allow(dead_code)]

use std::process::Command;

/// The binary these tests are built with.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsbrief"))
}

/// What `cmd` printed, once it has succeeded; a failure names the arguments and what the
/// command said on stderr, so the test's message says why.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{:?}: {}",
        cmd.get_args().collect::<Vec<_>>(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
