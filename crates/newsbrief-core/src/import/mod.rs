//! `newsbrief import`: text files, saved web pages, feeds and links, mixed, into one brief.
//!
//! Each input is read, told apart by its content and turned into articles on its own; a failed
//! input is reported and the rest still import. Progress goes to a [`Progress`] the caller
//! supplies, so this crate draws nothing.

pub mod article;
pub mod error;
pub mod feed;
pub mod fetch;
pub mod lean;
pub mod manifest;
pub mod page;
pub mod read;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use error::ImportError;
pub use manifest::{Manifest, ManifestEntry, Placed, read_manifest};

use crate::analyze::pipeline::{Source, build_brief_owned};
use crate::brief::Brief;
use article::Extracted;
use read::Kind;

/// What an import is asked to do besides its inputs.
#[derive(Debug, Clone)]
pub struct Options {
    pub manifest: Option<PathBuf>,
    pub title: Option<String>,
    pub pick: feed::Pick,
    /// Where fetched pages are saved, so the import can be repeated offline.
    pub keep_pages: Option<PathBuf>,
    /// Lets manifest entries name files outside the manifest's folder.
    pub allow_outside: bool,
    /// Cap on one file read.
    pub max_bytes: u64,
    pub fetch: fetch::FetchConfig,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            manifest: None,
            title: None,
            pick: feed::Pick::default(),
            keep_pages: None,
            allow_outside: false,
            max_bytes: read::DEFAULT_MAX_BYTES,
            fetch: fetch::FetchConfig::default(),
        }
    }
}

/// Told as an import goes: how many inputs, each one as it starts and ends, then the analysis.
pub trait Progress {
    fn begin(&mut self, _inputs: usize) {}
    fn start(&mut self, _input: &str) {}
    /// `Ok(n)`: the input gave `n` articles.
    fn finish(&mut self, _input: &str, _outcome: Result<usize, &ImportError>) {}
    fn analysing(&mut self, _articles: usize) {}
}

/// A [`Progress`] that says nothing.
pub struct Quiet;
impl Progress for Quiet {}

/// How an import went: the brief of what succeeded (none if nothing did), each failure, and
/// notes (duplicates dropped, manifest entries that matched nothing).
#[derive(Debug)]
pub struct Report {
    pub brief: Option<Brief>,
    pub failures: Vec<ImportError>,
    pub notes: Vec<String>,
    /// Files the import read, which the output may not replace.
    pub files: Vec<PathBuf>,
    /// How many inputs were tried.
    pub inputs: usize,
}

/// One thing named on the command line (or in the manifest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Link(String),
}

impl Input {
    /// A link when it starts with a URL scheme (`ftp://` too, to be refused as a link rather
    /// than looked for as a file), else a file (`-` is standard input).
    pub fn parse(arg: &str) -> Input {
        let scheme = arg.split_once("://").is_some_and(|(s, _)| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        });
        if scheme {
            Input::Link(arg.to_string())
        } else {
            Input::File(PathBuf::from(arg))
        }
    }

    fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Link(l) => l.clone(),
        }
    }
}

/// What tells one imported article from another: its canonical URL, or a digest of its text
/// (byte for byte, for a text file) or of its body's words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Seen {
    Url(String),
    Text(u128),
    Body(u128),
}

/// One article read from an input, before analysis.
enum Piece {
    Text(String),
    Laid(Box<Extracted>),
}

/// Runs an import. `Err` only when nothing could be tried (bad manifest, no inputs); failures
/// of single inputs are in the report.
pub fn run(
    inputs: &[Input],
    opts: &Options,
    progress: &mut dyn Progress,
) -> Result<Report, ImportError> {
    let placed = match &opts.manifest {
        Some(p) => Some(Placed::read(p)?),
        None => None,
    };
    if let Some(m) = &placed
        && !opts.allow_outside
    {
        m.check_inside()?;
    }
    let mut notes = Vec::new();
    let inputs: Vec<Input> = if inputs.is_empty() {
        let Some(m) = &placed else {
            return Err(ImportError::Usage(
                "import: no inputs given (name files or links, or give --manifest)".into(),
            ));
        };
        let listed: Vec<Input> = m
            .manifest
            .articles
            .iter()
            .map(|e| {
                if e.is_link() {
                    Input::Link(e.file.clone())
                } else {
                    Input::File(m.resolve(e))
                }
            })
            .collect();
        if listed.is_empty() {
            return Err(ImportError::Usage(
                "import: the manifest lists no articles".into(),
            ));
        }
        listed
    } else {
        inputs.to_vec()
    };
    let mut used = vec![false; placed.as_ref().map_or(0, |m| m.manifest.articles.len())];
    progress.begin(inputs.len());
    let mut failures = Vec::new();
    let mut sources = Vec::new();
    let mut structures = Vec::new();
    let mut seen: HashMap<Seen, String> = HashMap::new();
    let mut files = Vec::new();
    for input in &inputs {
        let name = input.name();
        progress.start(&name);
        let entry = placed.as_ref().and_then(|m| m.entry_for(&name));
        match entry {
            Some(i) => used[i] = true,
            None if placed.is_some() => notes.push(format!("{name}: no manifest entry")),
            None => {}
        }
        if let Input::File(p) = input {
            files.push(p.clone());
        }
        let pieces = match read_input(input, opts) {
            Ok(p) => p,
            Err(e) => {
                progress.finish(&name, Err(&e));
                failures.push(e);
                continue;
            }
        };
        let entry = entry.and_then(|i| placed.as_ref().map(|m| &m.manifest.articles[i]));
        let mut count = 0;
        let many = pieces.len() > 1;
        for (n, piece) in pieces.into_iter().enumerate() {
            let label = if many {
                format!("{name} item {}", n + 1)
            } else {
                name.clone()
            };
            // Each article is told apart by a digest of its text, not a copy of it: a
            // page-long article is held once, as the text to analyse.
            let (text, structure, key, body_key) = match piece {
                // A text file repeats another only when it is byte for byte the same.
                Piece::Text(t) => {
                    let key = Seen::Text(article::digest(|d| d.write(t.as_bytes())));
                    (t, None, key, None)
                }
                Piece::Laid(e) => {
                    let body_key = Seen::Body(e.body_key());
                    let key = e.url.clone().map_or_else(|| body_key.clone(), Seen::Url);
                    let (text, s) = e.lay_out();
                    let Extracted {
                        outlet, published, ..
                    } = *e;
                    (text, Some((s, outlet, published)), key, Some(body_key))
                }
            };
            if let Some(first) = seen
                .get(&key)
                .or_else(|| body_key.as_ref().and_then(|k| seen.get(k)))
            {
                notes.push(format!(
                    "{label}: the same article as {first}, imported once"
                ));
                continue;
            }
            seen.insert(key, label.clone());
            if let Some(k) = body_key {
                seen.entry(k).or_insert_with(|| label.clone());
            }
            let (outlet, published, structure) = match structure {
                Some((s, o, d)) => (o, d, Some(s)),
                None => (None, None, None),
            };
            let file_name = match input {
                Input::File(p) if !many => p
                    .file_name()
                    .map_or_else(|| name.clone(), |f| f.to_string_lossy().into_owned()),
                _ => label.clone(),
            };
            sources.push(Source {
                file_name,
                text,
                outlet: entry.and_then(|e| e.outlet.clone()).or(outlet),
                published: entry.and_then(|e| e.published.clone()).or(published),
            });
            structures.push(structure);
            count += 1;
        }
        progress.finish(&name, Ok(count));
    }
    if let Some(m) = &placed {
        for (e, used) in m.manifest.articles.iter().zip(&used) {
            if !used {
                notes.push(format!(
                    "{}: manifest entry \"{}\" matched no input",
                    m.path.display(),
                    e.file
                ));
            }
        }
    }
    let brief = if sources.is_empty() {
        None
    } else {
        progress.analysing(sources.len());
        let title = opts
            .title
            .clone()
            .or_else(|| placed.as_ref().and_then(|m| m.manifest.title.clone()))
            .unwrap_or_default();
        let mut brief = build_brief_owned(&title, sources, &structures);
        if brief.title.trim().is_empty() {
            brief.title = brief
                .articles
                .first()
                .map(|a| a.headline.clone())
                .unwrap_or_default();
        }
        Some(brief)
    };
    Ok(Report {
        brief,
        failures,
        notes,
        files,
        inputs: inputs.len(),
    })
}

/// Reads one input into its articles.
fn read_input(input: &Input, opts: &Options) -> Result<Vec<Piece>, ImportError> {
    let name = input.name();
    let (bytes, url, charset, path) = match input {
        Input::File(p) => (
            read::read_capped(p, opts.max_bytes)?,
            None,
            None,
            Some(p.as_path()),
        ),
        Input::Link(l) => {
            let f = fetch::fetch(l, &opts.fetch)?;
            if let Some(dir) = &opts.keep_pages {
                keep_page(dir, &f.url, &f.bytes)?;
            }
            (f.bytes, Some(f.url), f.charset, None)
        }
    };
    match read::sniff(&bytes) {
        Kind::Text => {
            let text = read::text_of(path.unwrap_or(Path::new(&name)), bytes)?;
            Ok(vec![Piece::Text(text)])
        }
        Kind::Page => {
            if bytes.len() as u64 > page::MAX_PAGE_BYTES {
                return Err(ImportError::TooLarge {
                    input: name,
                    limit: page::MAX_PAGE_BYTES,
                });
            }
            let e = page::read(&name, bytes, charset.as_deref(), url.as_deref())?;
            Ok(vec![Piece::Laid(Box::new(e))])
        }
        Kind::Feed => Ok(feed::items(&name, &bytes, &opts.pick)?
            .into_iter()
            .map(|e| Piece::Laid(Box::new(e)))
            .collect()),
    }
}

/// Saves a fetched page under a name made from its URL (`host_path.html`), so the folder can be
/// imported again without the network.
fn keep_page(dir: &Path, url: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let stem: String = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .take(120)
        .collect();
    let path = dir.join(format!("{}.html", stem.trim_matches(['_', '.'])));
    std::fs::create_dir_all(dir)
        .and_then(|_| crate::brief::write_atomic(&path, bytes))
        .map_err(|source| {
            ImportError::Output(crate::brief::save::OutputError::Write { path, source })
        })
}

/// The import of text files and a manifest as one call, for callers that want a brief or an
/// error: any failed input fails it.
pub fn import_brief(
    files: &[PathBuf],
    manifest: Option<&Path>,
    title: Option<String>,
) -> Result<Brief, ImportError> {
    let opts = Options {
        manifest: manifest.map(Path::to_path_buf),
        title,
        ..Options::default()
    };
    let inputs: Vec<Input> = files.iter().cloned().map(Input::File).collect();
    let mut report = run(&inputs, &opts, &mut Quiet)?;
    if !report.failures.is_empty() {
        return Err(report.failures.remove(0));
    }
    report
        .brief
        .ok_or_else(|| ImportError::Usage("import: nothing imported".into()))
}

/// The plain-text articles a manifest lists, with its outlets and dates, for benches and tests
/// that analyse the seed texts without importing them.
pub fn read_sources(
    files: &[PathBuf],
    manifest: Option<(&Path, &Manifest)>,
) -> Result<Vec<Source>, ImportError> {
    let placed = manifest.map(|(p, m)| Placed {
        path: p.to_path_buf(),
        manifest: m.clone(),
    });
    let paths: Vec<PathBuf> = match (files.is_empty(), &placed) {
        (true, Some(m)) => m.manifest.articles.iter().map(|e| m.resolve(e)).collect(),
        _ => files.to_vec(),
    };
    paths
        .iter()
        .map(|p| {
            let text = read::text_of(p, read::read_capped(p, read::DEFAULT_MAX_BYTES)?)?;
            let name = p.display().to_string();
            let entry = placed
                .as_ref()
                .and_then(|m| m.entry_for(&name).map(|i| &m.manifest.articles[i]));
            Ok(Source {
                file_name: p
                    .file_name()
                    .map_or(name.clone(), |f| f.to_string_lossy().into_owned()),
                text,
                outlet: entry.and_then(|e| e.outlet.clone()),
                published: entry.and_then(|e| e.published.clone()),
            })
        })
        .collect()
}
