//! `newsbrief import`: its options, the progress bar on a terminal, one line per failed input,
//! and the exit status: 0 all imported, 3 the brief was written without some inputs, 1 nothing
//! imported or a bad manifest or output (2 stays the argument parser's usage error).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};

use super::error::CliError;
use super::output::note;
use crate::brief::save::save_brief;
use crate::import::{self, ImportError, Input, Options, Progress, feed::Pick};
use crate::text::sanitize_line;

/// Exit status when the brief was written but some inputs failed.
pub const EXIT_PARTIAL: u8 = 3;

/// Options of `newsbrief import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Text files, saved web pages, RSS/Atom/JSON feeds, http(s) links, or - for standard input
    /// (with --manifest and none of these: everything the manifest lists).
    pub inputs: Vec<String>,
    /// Where to write the brief.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Manifest giving each input's outlet and publication date.
    #[arg(long)]
    pub manifest: Option<PathBuf>,
    /// Title of the brief (default: the manifest's title, else the first headline).
    #[arg(long)]
    pub title: Option<String>,
    /// A file of links to import, one a line (blank lines and lines starting with # skipped).
    #[arg(long)]
    pub links: Option<PathBuf>,
    /// Feeds: only items published on this date (YYYY-MM-DD) or later.
    #[arg(long)]
    pub since: Option<String>,
    /// Feeds: only items whose title or text holds every one of these words.
    #[arg(long = "match", value_name = "WORDS")]
    pub match_words: Option<String>,
    /// Save each fetched page in this folder, so the import can be repeated offline.
    #[arg(long, value_name = "DIR")]
    pub keep_pages: Option<PathBuf>,
    /// Let manifest entries name files outside the manifest's folder.
    #[arg(long)]
    pub allow_outside: bool,
    /// Largest file read, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = import::read::DEFAULT_MAX_BYTES)]
    pub max_size: u64,
    /// Seconds one link may take, body included.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub timeout: f64,
}

/// Progress on a terminal: a bar of inputs done, the current one, and failures as they happen.
struct Bar {
    bar: ProgressBar,
    failed: usize,
}

impl Progress for Bar {
    fn begin(&mut self, inputs: usize) {
        self.bar.set_length(inputs as u64);
    }
    fn start(&mut self, input: &str) {
        self.bar.set_message(sanitize_line(input));
    }
    fn finish(&mut self, _input: &str, outcome: Result<usize, &ImportError>) {
        if let Err(e) = outcome {
            self.failed += 1;
            self.bar
                .println(format!("newsbrief: {}", sanitize_line(&e.to_string())));
            self.bar.set_prefix(format!("{} failed", self.failed));
        }
        self.bar.inc(1);
    }
    fn analysing(&mut self, articles: usize) {
        self.bar
            .set_message(format!("analysing {articles} articles"));
    }
}

/// Piped: failures are printed as they happen, nothing else until the summary.
struct Lines;

impl Progress for Lines {
    fn finish(&mut self, _input: &str, outcome: Result<usize, &ImportError>) {
        if let Err(e) = outcome {
            note(&e.to_string());
        }
    }
}

fn options(a: &ImportArgs) -> Result<(Options, Vec<Input>), CliError> {
    if !(a.timeout > 0.0 && a.timeout.is_finite()) {
        return Err(CliError::Usage(
            "--timeout: give a number of seconds above 0",
        ));
    }
    let mut inputs: Vec<Input> = a.inputs.iter().map(|s| Input::parse(s)).collect();
    if let Some(f) = &a.links {
        let bytes = import::read::read_capped(f, a.max_size)?;
        let text = String::from_utf8_lossy(&bytes);
        inputs.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| Input::Link(l.to_string())),
        );
    }
    let total = Duration::from_secs_f64(a.timeout);
    let opts = Options {
        manifest: a.manifest.clone(),
        title: a.title.clone(),
        pick: Pick::new(a.since.as_deref(), a.match_words.as_deref())?,
        keep_pages: a.keep_pages.clone(),
        allow_outside: a.allow_outside,
        max_bytes: a.max_size,
        fetch: import::fetch::FetchConfig {
            total_timeout: total,
            connect_timeout: total.min(Duration::from_secs(10)),
            ..import::fetch::FetchConfig::default()
        },
    };
    Ok((opts, inputs))
}

/// Runs the import and writes the brief; [`CliError::PartialImport`] when it was written without
/// some inputs, any other error when nothing was written.
pub fn run(a: &ImportArgs) -> Result<(), CliError> {
    let (opts, inputs) = options(a)?;
    // Checked before any work: an output that is an input or a device is a usage error.
    let files: Vec<PathBuf> = inputs
        .iter()
        .filter_map(|i| match i {
            Input::File(p) => Some(p.clone()),
            Input::Link(_) => None,
        })
        .collect();
    crate::brief::save::check_output(&a.output, &files).map_err(ImportError::from)?;
    let tty = std::io::stderr().is_terminal();
    let result = if tty {
        let pb = ProgressBar::new(0);
        pb.set_style(
            ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {prefix} {wide_msg}")
                .expect("a valid template")
                .progress_chars("=> "),
        );
        pb.enable_steady_tick(Duration::from_millis(120));
        let mut bar = Bar { bar: pb, failed: 0 };
        let r = import::run(&inputs, &opts, &mut bar);
        bar.bar.finish_and_clear();
        r
    } else {
        import::run(&inputs, &opts, &mut Lines)
    };
    let report = result?;
    for n in &report.notes {
        note(&format!("note: {n}"));
    }
    let failed = report.failures.len();
    let Some(brief) = report.brief else {
        return Err(CliError::NothingImported);
    };
    save_brief(&a.output, &brief, &report.files).map_err(ImportError::from)?;
    note(&format!(
        "wrote {} ({} articles from {} inputs{}; {} entities, {} quotes, {} claims)",
        sanitize_line(&a.output.display().to_string()),
        brief.articles.len(),
        report.inputs,
        if failed > 0 {
            format!(", {failed} failed")
        } else {
            String::new()
        },
        brief.entities.len(),
        brief.articles.iter().map(|x| x.quotes.len()).sum::<usize>(),
        brief.articles.iter().map(|x| x.claims.len()).sum::<usize>(),
    ));
    if failed > 0 {
        return Err(CliError::PartialImport { failed });
    }
    Ok(())
}
