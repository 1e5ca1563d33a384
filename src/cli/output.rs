//! The one way out of the command line: everything a command prints (tables, JSON, Markdown,
//! plain lines) goes through an [`Output`], and every note or error through [`note`] and
//! [`report`]. Each sanitises what it writes, so no command can forget to and no character from
//! an article reaches the terminal raw: not a control character, not DEL, not an 8-bit C1 (an
//! 8-bit CSI is U+009B), not a bidi override or isolate.
//!
//! A command gets an `&mut Output` and calls [`Output::text`], [`Output::table`] or
//! [`Output::json`]; `--json` output is one document, written once.

use std::io::Write;

use serde::Serialize;

use super::error::CliError;
use super::table;
use crate::text::{is_bidi_control, sanitize, sanitize_line};

/// A sanitising writer over standard output (or any writer, for tests).
pub struct Output<W: Write = std::io::BufWriter<std::io::Stdout>> {
    out: W,
    json_written: bool,
}

impl Output {
    /// Standard output, buffered: a table is written in one go, not a line at a time.
    pub fn stdout() -> Output {
        Output::new(std::io::BufWriter::new(std::io::stdout()))
    }
}

impl<W: Write> Output<W> {
    pub fn new(out: W) -> Self {
        Output {
            out,
            json_written: false,
        }
    }

    /// Writes text as it is laid out (spaces and line breaks kept), with escape sequences
    /// dropped and other controls shown as visible placeholders. For plain lines, Markdown and
    /// drawn frames.
    pub fn text(&mut self, s: &str) -> Result<(), CliError> {
        self.write(sanitize(s).text.as_bytes())
    }

    /// Writes a table fitted to `width` display columns; cells are sanitised one by one.
    pub fn table(
        &mut self,
        header: &[&str],
        rows: &[Vec<String>],
        width: usize,
    ) -> Result<(), CliError> {
        self.text(&table::render(header, rows, width))
    }

    /// Writes `value` as one pretty JSON document with a final newline. serde_json escapes the
    /// C0 controls only: DEL, the C1 controls, bidi controls and the Unicode line and paragraph
    /// separators are escaped here too (they can only occur inside strings, where `\uXXXX`
    /// stands for the same character), so the document is safe on a terminal and still the
    /// same data. A second document in one run is refused: scripts read exactly one.
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CliError> {
        if self.json_written {
            return Err(CliError::App(
                "internal: a second JSON document in one run".into(),
            ));
        }
        self.json_written = true;
        let s = serde_json::to_string_pretty(value)
            .map_err(|e| CliError::Stdout(std::io::Error::other(e)))?;
        self.write(json_safe(&s).as_bytes())
    }

    /// Flushes what is buffered; the last write of a command.
    pub fn finish(mut self) -> Result<(), CliError> {
        self.out.flush().map_err(CliError::Stdout)
    }

    /// The writer, for tests.
    pub fn into_inner(self) -> W {
        self.out
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), CliError> {
        self.out.write_all(bytes).map_err(CliError::Stdout)
    }
}

/// Serialised JSON with every character a terminal could act on written as a `\u` escape,
/// and a final newline.
fn json_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 1);
    for c in s.chars() {
        if (c != '\n' && c.is_control())
            || is_bidi_control(c)
            || matches!(c, '\u{2028}' | '\u{2029}')
        {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    out
}

/// Prints a one-line note on standard error (`newsbrief: ...`), sanitised.
pub fn note(msg: &str) {
    let mut err = std::io::stderr().lock();
    // Nothing useful can be done when standard error itself is gone.
    let _ = writeln!(err, "newsbrief: {}", sanitize_line(msg));
}

/// Prints a failed command's error as one sanitised line on standard error. A closed standard
/// output is not reported: its reader has gone on purpose.
pub fn report(e: &CliError) {
    if !e.is_reported() {
        note(&e.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn captured(f: impl FnOnce(&mut Output<Vec<u8>>) -> Result<(), CliError>) -> String {
        let mut o = Output::new(Vec::new());
        f(&mut o).unwrap();
        String::from_utf8(o.into_inner()).unwrap()
    }

    #[test]
    fn text_keeps_layout_and_drops_what_a_terminal_would_act_on() {
        let hostile = "a  b\n\u{1b}[2Jc\u{9b}31md\u{7f}e\u{202e}f\u{2066}g\n";
        let s = captured(|o| o.text(hostile));
        assert!(s.starts_with("a  b\nc"), "{s:?}");
        assert!(crate::text::is_terminal_safe(&s), "{s:?}");
        assert!(!s.contains('\u{9b}') && !s.contains('\u{7f}'));
    }

    #[test]
    fn json_escapes_every_unsafe_character_and_stays_the_same_data() {
        let text = "x\u{7f}\u{9b}2J\u{202e}\u{2069}\u{2028}\u{1b}]0;t\u{7}y";
        let s = captured(|o| o.json(&serde_json::json!({ "text": text })));
        assert!(crate::text::is_terminal_safe(&s), "{s:?}");
        assert!(!s.contains('\u{2028}'));
        assert!(s.ends_with("}\n"));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["text"], text);
    }

    #[test]
    fn one_json_document_per_run() {
        let mut o = Output::new(Vec::new());
        o.json(&[1]).unwrap();
        assert!(o.json(&[2]).is_err());
    }

    #[test]
    fn a_closed_pipe_is_quiet_and_successful() {
        let e = CliError::Stdout(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(e.is_broken_pipe());
        assert_eq!(e.exit_code(), std::process::ExitCode::SUCCESS);
        assert_eq!(
            CliError::EmptyQuery.exit_code(),
            std::process::ExitCode::FAILURE
        );
    }
}
