//! `O`: open another brief from the app. A path prompt with Tab completion (the common prefix
//! of the names that fit, then each candidate in turn; the candidates listed under the prompt);
//! Enter asks the event loop to save the reading state of the brief shown and load the new one
//! ([`take_request`]), which keeps the brief shown and says why in the status line when the
//! new one cannot be read.

pub mod view;

use std::path::{Path, PathBuf};

use unicode_segmentation::UnicodeSegmentation;

use crate::tui::action::{Action, Overlay};
use crate::tui::app::App;
use crate::tui::overlays::search::Edit;

/// The prompt's state: what is typed and, after Tab, the completions it offers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenPrompt {
    pub input: String,
    /// Paths that complete the input, as the user would type them (a directory ends in `/`).
    pub candidates: Vec<String>,
    /// The candidate shown in the input while Tab cycles through them.
    pub pick: Option<usize>,
}

/// The user's home directory, for a path typed as `~/…`.
fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

/// The path a typed string stands for: `~` expanded, relative paths from the working directory.
pub fn expand(typed: &str) -> PathBuf {
    match typed.strip_prefix("~/").or((typed == "~").then_some("")) {
        Some(rest) => home().map_or_else(|| PathBuf::from(typed), |h| h.join(rest)),
        None => PathBuf::from(typed),
    }
}

/// Every path that completes `typed`: the entries of its directory whose name starts with
/// what follows the last `/`, sorted, a directory marked with a trailing `/`. Hidden entries
/// only when the name typed starts with a dot.
pub fn completions(typed: &str) -> Vec<String> {
    let (dir, prefix) = match typed.rfind('/') {
        Some(i) => (&typed[..=i], &typed[i + 1..]),
        None => ("", typed),
    };
    let listed = if dir.is_empty() {
        PathBuf::from(".")
    } else {
        expand(dir)
    };
    let Ok(entries) = std::fs::read_dir(&listed) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            if !name.starts_with(prefix) || (name.starts_with('.') && !prefix.starts_with('.')) {
                return None;
            }
            // Follows links, so a link to a directory completes as one.
            let is_dir = std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir());
            Some(format!("{dir}{name}{}", if is_dir { "/" } else { "" }))
        })
        .collect();
    out.sort();
    out
}

/// The longest prefix all of `names` share, cut at a character boundary.
fn common_prefix(names: &[String]) -> String {
    let Some(first) = names.first() else {
        return String::new();
    };
    let mut end = first.len();
    for n in &names[1..] {
        end = first
            .char_indices()
            .zip(n.chars())
            .find(|((_, a), b)| a != b)
            .map_or(end.min(n.len()), |((i, _), _)| i.min(end));
    }
    first[..end].to_string()
}

impl OpenPrompt {
    /// A prompt starting in `dir` (the directory of the brief shown), if any.
    pub fn new(dir: Option<&Path>) -> OpenPrompt {
        let input = dir
            .map(|d| d.display().to_string())
            .filter(|d| !d.is_empty())
            .map(|d| if d.ends_with('/') { d } else { format!("{d}/") })
            .unwrap_or_default();
        OpenPrompt {
            input,
            ..OpenPrompt::default()
        }
    }

    /// Tab (`d` = 1) or Shift-Tab (-1): completes the input as far as the candidates agree,
    /// then steps through them. Returns a note for the status line when nothing fits.
    pub fn complete(&mut self, d: i8) -> Option<String> {
        if !self.candidates.is_empty() {
            let n = self.candidates.len();
            let next = match self.pick {
                Some(p) => (p as isize + d as isize).rem_euclid(n as isize) as usize,
                None if d > 0 => 0,
                None => n - 1,
            };
            self.pick = Some(next);
            self.input = self.candidates[next].clone();
            return None;
        }
        let found = completions(&self.input);
        match found.as_slice() {
            [] => Some(format!("no path starts with {}", self.input)),
            [one] => {
                self.input = one.clone();
                None
            }
            _ => {
                let common = common_prefix(&found);
                if common.len() > self.input.len() {
                    self.input = common;
                    self.candidates = found;
                } else {
                    self.candidates = found;
                    return self.complete(d);
                }
                None
            }
        }
    }

    /// An edit of the input; the candidates offered no longer apply.
    pub fn edit(&mut self, e: Edit) {
        match e {
            Edit::Char(c) => self.input.push(c),
            Edit::Backspace => {
                let cut = self
                    .input
                    .grapheme_indices(true)
                    .next_back()
                    .map_or(0, |(i, _)| i);
                self.input.truncate(cut);
            }
            Edit::Clear => self.input.clear(),
            Edit::DeleteWord => {
                // Back to the previous directory: `a/b/c` → `a/b/`, `a/b/` → `a/`.
                let body = self.input.strip_suffix('/').unwrap_or(&self.input);
                let cut = body.rfind('/').map_or(0, |i| i + 1);
                self.input.truncate(cut);
            }
            _ => return,
        }
        self.candidates.clear();
        self.pick = None;
    }
}

/// `O`: opens the prompt in the directory of the brief shown.
pub fn open(app: &mut App) {
    let dir = app
        .brief_path
        .as_deref()
        .and_then(Path::parent)
        .filter(|d| !d.as_os_str().is_empty());
    app.open_prompt = OpenPrompt::new(dir);
    app.overlay = Some(Overlay::Open);
}

/// Applies an action while the prompt is open.
pub fn update(app: &mut App, action: Action) {
    let p = &mut app.open_prompt;
    match action {
        Action::Input(e) => p.edit(e),
        Action::Complete(d) => app.message = p.complete(d),
        Action::Back => app.overlay = None,
        Action::Open if p.input.trim().is_empty() => {
            app.message = Some("type the path of a brief (Tab completes)".into());
        }
        Action::Open => {
            app.open_request = Some(expand(p.input.trim()));
            app.overlay = None;
        }
        _ => {}
    }
}

/// Loads the brief asked for with `O`: the app on it (same theme, size and mouse) and its
/// bytes (for its reading state), or None with the error in the status line and the brief
/// shown kept. The caller saves the reading state of the brief shown first.
pub fn take_request(app: &mut App) -> Option<(App, Vec<u8>)> {
    let path = app.open_request.take()?;
    match crate::brief::load_with_bytes(Some(&path)) {
        Ok((brief, bytes)) => {
            let mut next = App::new(brief, app.theme.clone(), app.width, app.height);
            next.mouse = app.mouse;
            next.message = Some(format!(
                "opened {}",
                crate::text::sanitize_line(&path.display().to_string())
            ));
            next.brief_path = Some(path);
            Some((next, bytes))
        }
        Err(e) => {
            let e = crate::text::sanitize_line(&e.to_string());
            app.message = Some(
                e.lines()
                    .next()
                    .unwrap_or("cannot open the brief")
                    .to_string(),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_prefix_stops_where_names_part() {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            common_prefix(&v(&["briefs/a.json", "briefs/ab.json"])),
            "briefs/a"
        );
        assert_eq!(common_prefix(&v(&["x/é1", "x/é2"])), "x/é");
        assert_eq!(common_prefix(&v(&["abc", "ab"])), "ab");
        assert_eq!(common_prefix(&v(&["abc"])), "abc");
        assert_eq!(common_prefix(&[]), "");
    }

    #[test]
    fn tab_completes_the_common_prefix_then_cycles() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["storm-1.json", "storm-2.json", ".hidden.json"] {
            std::fs::write(dir.path().join(f), "{}").unwrap();
        }
        std::fs::create_dir(dir.path().join("strikes")).unwrap();
        let base = format!("{}/", dir.path().display());
        let mut p = OpenPrompt {
            input: format!("{base}st"),
            ..OpenPrompt::default()
        };
        // Three fit; they share "st" only, so Tab goes through them.
        assert_eq!(p.complete(1), None);
        assert_eq!(p.candidates.len(), 3, "{:?}", p.candidates);
        assert_eq!(p.input, format!("{base}storm-1.json"));
        p.complete(1);
        assert_eq!(p.input, format!("{base}storm-2.json"));
        p.complete(1);
        assert_eq!(p.input, format!("{base}strikes/"), "a directory ends in /");
        p.complete(1);
        assert_eq!(p.input, format!("{base}storm-1.json"), "round again");
        p.complete(-1);
        assert_eq!(p.input, format!("{base}strikes/"));
        // Typing drops the candidates; a longer common prefix is filled in first.
        p.edit(Edit::Clear);
        for c in format!("{base}sto").chars() {
            p.edit(Edit::Char(c));
        }
        assert!(p.candidates.is_empty());
        p.complete(1);
        assert_eq!(p.input, format!("{base}storm-"));
        assert_eq!(p.candidates.len(), 2);
        // One fit: completed whole.
        p.edit(Edit::Char('2'));
        p.complete(1);
        assert_eq!(p.input, format!("{base}storm-2.json"));
        // Hidden files only for a dot; nothing fits: a note.
        p.edit(Edit::DeleteWord);
        assert_eq!(p.input, base);
        p.edit(Edit::Char('.'));
        p.complete(1);
        assert_eq!(p.input, format!("{base}.hidden.json"));
        p.edit(Edit::Char('x'));
        assert!(p.complete(1).unwrap().contains("no path starts with"));
    }

    #[test]
    fn a_tilde_is_the_home_directory() {
        if let Some(h) = home() {
            assert_eq!(expand("~/b.json"), h.join("b.json"));
        }
        assert_eq!(expand("b.json"), PathBuf::from("b.json"));
    }
}
