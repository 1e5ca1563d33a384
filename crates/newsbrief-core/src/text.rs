//! The one sanitising step between untrusted article text and anything drawn or printed.
//!
//! Article text is kept byte-for-byte in the brief, but a crafted article must never move the
//! cursor, set the window title or write the clipboard. Everything shown passes through
//! [`sanitize`], which drops escape sequences (CSI, OSC, DCS and the rest), shows other control
//! characters as visible placeholders, removes bidi overrides and isolates, expands tabs and
//! normalises line ends, and keeps a map back to the original offsets so annotations still line
//! up.

use unicode_width::UnicodeWidthStr;

/// Sanitised text with a map from original byte offsets to offsets in `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sanitized {
    pub text: String,
    /// Runs `(out_start, orig_start)`: from `orig_start` on, original offsets map to output
    /// offsets by the same difference, until the next run.
    runs: Vec<(usize, usize)>,
    orig_len: usize,
}

impl Sanitized {
    /// The output offset for an original byte offset (an offset inside a dropped sequence maps to
    /// where the sequence was).
    pub fn map(&self, orig: usize) -> usize {
        if orig >= self.orig_len {
            return self.text.len();
        }
        let i = self
            .runs
            .partition_point(|&(_, o)| o <= orig)
            .saturating_sub(1);
        let (out, o) = self.runs[i];
        let next_out = self.runs.get(i + 1).map_or(self.text.len(), |r| r.0);
        let mut pos = (out + (orig - o)).min(next_out);
        while !self.text.is_char_boundary(pos) {
            pos -= 1;
        }
        pos
    }
}

/// True for characters that reorder text invisibly (bidi embeddings, overrides and isolates).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How many bytes of `s` (which starts at an ESC or a C1 introducer) an escape sequence takes.
fn escape_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let (_, first) = chars.next().expect("non-empty");
    // Kind of sequence: 'C' = CSI, 'S' = string (OSC, DCS, SOS, PM, APC), 'E' = two-char escape.
    let kind = match first {
        '\u{1b}' => match chars.clone().next() {
            Some((_, '[')) => {
                chars.next();
                'C'
            }
            Some((_, ']' | 'P' | 'X' | '^' | '_')) => {
                chars.next();
                'S'
            }
            Some((i, c)) => {
                // ESC followed by intermediates (0x20–0x2F) then one final character.
                let mut end = i + c.len_utf8();
                if ('\u{20}'..='\u{2f}').contains(&c) {
                    for (j, d) in chars.by_ref() {
                        end = j + d.len_utf8();
                        if !('\u{20}'..='\u{2f}').contains(&d) {
                            break;
                        }
                    }
                }
                return end;
            }
            None => return first.len_utf8(),
        },
        '\u{9b}' => 'C',
        '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => 'S',
        _ => return first.len_utf8(),
    };
    if kind == 'C' {
        for (j, d) in chars {
            if ('\u{40}'..='\u{7e}').contains(&d) {
                return j + 1;
            }
            if !('\u{20}'..='\u{3f}').contains(&d) {
                // Malformed: stop before the stray character so it is handled on its own.
                return j;
            }
        }
        return s.len();
    }
    // String sequence: ends at BEL, ST (ESC \) or C1 ST.
    let mut prev_esc = false;
    for (j, d) in chars {
        match d {
            '\u{7}' | '\u{9c}' => return j + d.len_utf8(),
            '\\' if prev_esc => return j + 1,
            _ => {}
        }
        prev_esc = d == '\u{1b}';
    }
    s.len()
}

/// Sanitises text for display, keeping line breaks (as `\n`).
pub fn sanitize(input: &str) -> Sanitized {
    let mut out = String::with_capacity(input.len());
    let mut runs = vec![(0usize, 0usize)];
    let mut col = 0usize;
    let mut i = 0usize;
    // Whether the last char pushed kept the identity mapping with the current run.
    let bytes = input.len();
    while i < bytes {
        let rest = &input[i..];
        let c = rest.chars().next().expect("in range");
        let clen = c.len_utf8();
        let (replacement, consumed): (Option<String>, usize) = match c {
            '\n' => (None, clen),
            '\r' => {
                let n = if rest[1..].starts_with('\n') { 2 } else { 1 };
                (Some("\n".into()), n)
            }
            '\t' => {
                let spaces = 8 - col % 8;
                (Some(" ".repeat(spaces)), 1)
            }
            '\u{1b}' | '\u{9b}' | '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                (Some(String::new()), escape_len(rest))
            }
            '\u{feff}' => (Some(String::new()), clen),
            c if is_bidi_control(c) => (Some(String::new()), clen),
            c if (c as u32) < 0x20 => (
                Some(
                    char::from_u32(0x2400 + c as u32)
                        .unwrap_or('\u{fffd}')
                        .to_string(),
                ),
                clen,
            ),
            '\u{7f}' => (Some("\u{2421}".into()), clen),
            c if ('\u{80}'..='\u{9f}').contains(&c) => (Some("\u{fffd}".into()), clen),
            _ => (None, clen),
        };
        match replacement {
            None => {
                out.push_str(&rest[..consumed]);
                if c == '\n' {
                    col = 0;
                } else {
                    col += UnicodeWidthStr::width(&rest[..consumed]);
                }
            }
            Some(r) => {
                out.push_str(&r);
                col = if r == "\n" {
                    0
                } else {
                    col + UnicodeWidthStr::width(r.as_str())
                };
                runs.push((out.len(), i + consumed));
            }
        }
        i += consumed;
    }
    runs.dedup_by_key(|r| r.1);
    Sanitized {
        text: out,
        runs,
        orig_len: input.len(),
    }
}

/// Sanitises text for one line of output: like [`sanitize`], with line breaks and runs of
/// whitespace folded to single spaces.
pub fn sanitize_line(input: &str) -> String {
    let s = sanitize(input).text;
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space && !out.is_empty() {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// True if `s` holds nothing a terminal would act on (used by tests and debug checks).
pub fn is_terminal_safe(s: &str) -> bool {
    s.chars()
        .all(|c| (c == '\n' || !c.is_control()) && !is_bidi_control(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_every_escape_family() {
        let cases = [
            "a\u{1b}[2Jb",
            "a\u{1b}]0;title\u{7}b",
            "a\u{1b}]52;c;ZXZpbA==\u{1b}\\b",
            "a\u{1b}P1$qm\u{1b}\\b",
            "a\u{9b}31mb",
            "a\u{1b}(Bb",
            "a\u{1b}7b",
        ];
        for c in cases {
            let s = sanitize(c);
            assert_eq!(s.text, "ab", "{c:?}");
            assert!(is_terminal_safe(&s.text));
        }
    }

    #[test]
    fn controls_become_visible_and_line_ends_normalise() {
        assert_eq!(sanitize("a\u{0}b\u{7f}").text, "a\u{2400}b\u{2421}");
        assert_eq!(sanitize("a\r\nb\rc").text, "a\nb\nc");
        assert_eq!(sanitize("ab\tc").text, "ab      c");
        assert_eq!(sanitize("\u{feff}x\u{202e}y\u{2066}z").text, "xyz");
        assert_eq!(sanitize_line("  a\n\n b\t c "), "a b c");
    }

    #[test]
    fn offsets_map_through_removals() {
        let t = "ab\u{1b}[31mcd\r\nef";
        let s = sanitize(t);
        assert_eq!(s.text, "abcd\nef");
        let c = t.find('c').unwrap();
        assert_eq!(&s.text[s.map(c)..], "cd\nef");
        let e = t.find('e').unwrap();
        assert_eq!(&s.text[s.map(e)..], "ef");
        assert_eq!(s.map(t.len()), s.text.len());
        // Plain text maps to itself.
        let p = sanitize("Zoë Qasem");
        assert_eq!(p.map(5), 5);
    }
}
