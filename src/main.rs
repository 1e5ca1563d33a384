use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = newsbrief::cli::Cli::parse();
    match newsbrief::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            newsbrief::cli::output::report(&e);
            e.exit_code()
        }
    }
}
