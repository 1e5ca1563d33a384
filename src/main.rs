use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    return_large_blocks_at_once();
    let cli = newsbrief::cli::Cli::parse();
    match newsbrief::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            newsbrief::cli::output::report(&e);
            e.exit_code()
        }
    }
}

/// Every block of 128 KiB or more gets its own mapping, given back to the system when freed.
/// glibc's default raises that bound as large blocks are freed, up to 32 MiB, and then keeps
/// them in its heap, where the next phase's smaller blocks cannot reuse all of them: importing
/// a 5 MB page that is all article peaked at 55 MB resident with the default and 50 MB with
/// this (the extractor's trees and the analysis's token lists, freed in turn, no longer add up).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_at_once() {
    // SAFETY: `mallopt` only sets an allocator parameter; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_at_once() {}
