use clap::Parser;

fn main() {
    let cli = newsbrief::cli::Cli::parse();
    if let Err(msg) = newsbrief::cli::run(cli) {
        eprintln!("newsbrief: {msg}");
        std::process::exit(1);
    }
}
