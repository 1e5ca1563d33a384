//! What the import tests share: running `newsbrief import` in a folder and counting what it saved.
// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use newsbrief::brief::load_brief;

/// Runs `newsbrief import ARGS` with `dir` as the working folder, so relative inputs and outputs
/// stay inside the test's temporary folder.
pub fn import(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsbrief"))
        .arg("import")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// How many articles the brief saved at `path` holds.
pub fn article_count(path: &Path) -> usize {
    load_brief(path).unwrap().articles.len()
}
