//! The one sanitising step between untrusted article text and anything drawn or printed.
//!
//! Article text is kept byte-for-byte in the brief, but a crafted article must never move the
//! cursor, set the window title or write the clipboard. Everything shown passes through
//! [`sanitize`], which drops escape sequences (CSI, OSC, DCS and the rest), shows other control
//! characters as visible placeholders, removes bidi overrides and isolates, expands tabs and
//! normalises line ends (the Unicode line and paragraph separators included), and keeps a map
//! back to the original offsets so annotations still line up. Import analyses the text with
//! escape sequences removed ([`CleanLayer`]), so a payload never becomes words, and Markdown
//! reports escape what they quote ([`markdown_inline`]).

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
pub fn escape_len(s: &str) -> usize {
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
    // String sequence: ends at BEL, ST (ESC \ or C1 ST), or before any other ESC (which
    // starts a sequence of its own). One that reaches the end of its line unterminated is no
    // string: only its introducer is dropped, so a broken sequence never hides the words after
    // it.
    let introducer = chars.clone().next().map_or(s.len(), |(j, _)| j);
    let mut prev_esc = false;
    for (j, d) in chars {
        match d {
            '\u{7}' | '\u{9c}' => return j + d.len_utf8(),
            '\\' if prev_esc => return j + 1,
            _ if prev_esc => return j - 1,
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => return introducer,
            _ => {}
        }
        prev_esc = d == '\u{1b}';
    }
    if prev_esc { s.len() - 1 } else { introducer }
}

/// True for the Unicode line and paragraph separators: terminals disagree on their width
/// (tmux draws nothing, others a cell), so they are never written; they mean a line break and
/// a paragraph break.
pub fn is_unicode_break(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Whether `c` starts an escape sequence (ESC, or an 8-bit CSI or string introducer): what
/// [`escape_len`] measures.
pub fn is_escape_start(c: char) -> bool {
    matches!(
        c,
        '\u{1b}' | '\u{9b}' | '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}'
    )
}

/// A stretch of the cleaned layer: bytes copied from the original, or what replaced a stretch
/// of it (nothing for an escape sequence, a break for a separator).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    clean: usize,
    orig: usize,
    clean_len: usize,
    orig_len: usize,
    copied: bool,
}

/// The text the analysis works on, with a map back to the original bytes: escape sequences
/// removed whole (by the same rule as [`sanitize`], so no path reads a payload another path
/// hides), and the Unicode line and paragraph separators turned into a line break and a blank
/// line. Everything else is kept byte for byte, so for ordinary text the layer is the text.
///
/// Import analyses this layer and maps every offset it finds back with [`CleanLayer::span`]:
/// the brief keeps the original bytes, and its spans start and end outside any sequence, which
/// the views then drop whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanLayer {
    pub text: String,
    segments: Vec<Segment>,
    orig_len: usize,
}

impl CleanLayer {
    pub fn new(input: &str) -> CleanLayer {
        let mut layer = CleanLayer {
            text: String::with_capacity(input.len()),
            segments: Vec::new(),
            orig_len: input.len(),
        };
        let mut i = 0;
        let mut copy_from = 0;
        // Every character acted on below (ESC or a C1 control starting an escape, U+2028,
        // U+2029) is encoded starting with one of these bytes, and none of them occurs inside
        // another character: the text between them is copied without being decoded.
        while let Some(p) = memchr::memchr3(0x1b, 0xc2, 0xe2, &input.as_bytes()[i..]) {
            i += p;
            let Some(c) = input[i..].chars().next() else {
                break;
            };
            let (replacement, len) = match c {
                c if is_escape_start(c) => ("", escape_len(&input[i..])),
                '\u{2028}' => ("\n", c.len_utf8()),
                '\u{2029}' => ("\n\n", c.len_utf8()),
                c => {
                    i += c.len_utf8();
                    continue;
                }
            };
            layer.copy(input, copy_from, i);
            layer.push(replacement, i, len);
            i += len;
            copy_from = i;
        }
        layer.copy(input, copy_from, input.len());
        layer
    }

    fn copy(&mut self, input: &str, from: usize, to: usize) {
        if from < to {
            self.segments.push(Segment {
                clean: self.text.len(),
                orig: from,
                clean_len: to - from,
                orig_len: to - from,
                copied: true,
            });
            self.text.push_str(&input[from..to]);
        }
    }

    fn push(&mut self, replacement: &str, orig: usize, orig_len: usize) {
        self.segments.push(Segment {
            clean: self.text.len(),
            orig,
            clean_len: replacement.len(),
            orig_len,
            copied: false,
        });
        self.text.push_str(replacement);
    }

    /// Whether the layer is the original text itself (nothing to map).
    pub fn is_identity(&self) -> bool {
        self.text.len() == self.orig_len && self.segments.iter().all(|s| s.copied)
    }

    /// The original byte span of the layer's span `start..end`: it starts after and ends before
    /// any sequence removed at its edges, and covers a separator whole when it covers any of
    /// the break that replaced it.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.start_to_orig(start);
        (s, self.end_to_orig(end).max(s))
    }

    /// The segment holding byte `p` of the layer, if any holds it.
    fn holding(&self, p: usize) -> Option<&Segment> {
        let i = self
            .segments
            .partition_point(|s| s.clean + s.clean_len <= p);
        self.segments
            .get(i)
            .filter(|s| s.clean <= p && s.clean_len > 0)
    }

    fn start_to_orig(&self, p: usize) -> usize {
        match self.holding(p) {
            Some(s) if s.copied => s.orig + (p - s.clean),
            Some(s) => s.orig,
            None => self.orig_len,
        }
    }

    fn end_to_orig(&self, p: usize) -> usize {
        if p == 0 {
            return 0;
        }
        match self.holding(p - 1) {
            Some(s) if s.copied => s.orig + (p - s.clean),
            Some(s) => s.orig + s.orig_len,
            None => self.orig_len,
        }
    }
}

/// Text from an article made safe to embed in Markdown: sanitised to one line, then every
/// character Markdown or HTML would act on is escaped, so a crafted article cannot plant a
/// link, an image or a tag in a report (`[x](javascript:…)` prints as those characters).
/// `<`, `>` and `&` become entities, which every renderer shows as text; other Markdown
/// punctuation gets a backslash, and a line never starts as a list, quote or heading.
pub fn markdown_inline(input: &str) -> String {
    let line = sanitize_line(input);
    let mut out = String::with_capacity(line.len() + line.len() / 8);
    let mut at_start = true;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            c if at_start && c.is_ascii_digit() => {
                // "1." or "1)" at a line start makes an ordered list.
                out.push(c);
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    out.push(d);
                    chars.next();
                }
                if let Some(&p) = chars.peek().filter(|&&p| p == '.' || p == ')') {
                    out.push('\\');
                    out.push(p);
                    chars.next();
                }
            }
            c => out.push(c),
        }
        at_start = false;
    }
    out
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
            c if is_escape_start(c) => (Some(String::new()), escape_len(rest)),
            '\u{2028}' => (Some("\n".into()), clen),
            '\u{2029}' => (Some("\n\n".into()), clen),
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
                col = if r.ends_with('\n') {
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
        .all(|c| (c == '\n' || !c.is_control()) && !is_bidi_control(c) && !is_unicode_break(c))
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

    #[test]
    fn the_clean_layer_maps_spans_outside_removed_sequences() {
        let t = "ab\u{1b}]0;x\u{7}cd\u{2029}ef";
        let l = CleanLayer::new(t);
        assert_eq!(l.text, "abcd\n\nef");
        assert!(!l.is_identity());
        let orig = |s: &str| (t.find(s).unwrap(), t.find(s).unwrap() + s.len());
        // "cd" starts after the sequence; "ab" ends before it.
        assert_eq!(l.span(2, 4), orig("cd"));
        assert_eq!(l.span(0, 2), orig("ab"));
        // A span ending inside the break covers the whole separator.
        assert_eq!(l.span(2, 5), (orig("cd").0, orig("ef").0));
        assert_eq!(l.span(6, 8), orig("ef"));
        assert_eq!(l.span(8, 8), (t.len(), t.len()));
        // An empty span where a sequence was removed stays empty.
        let (s, e) = l.span(2, 2);
        assert!(s == e && t.is_char_boundary(s));
        assert!(CleanLayer::new("plain “text”").is_identity());
    }
}
