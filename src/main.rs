use clap::Parser;

fn main() {
    let cli = newsbrief::cli::Cli::parse();
    if let Err(msg) = newsbrief::cli::run(cli) {
        // Messages quote file names and bits of bad input: never let them reach the terminal raw.
        eprintln!("newsbrief: {}", newsbrief::text::sanitize_line(&msg));
        std::process::exit(1);
    }
}
