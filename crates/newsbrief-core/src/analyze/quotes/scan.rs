//! Finding quoted spans and the clause around a position, independent of who spoke.

use crate::brief::{Block, BlockKind};

/// One run of quoted words inside a story block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// Byte of the opening mark.
    pub open: usize,
    /// The quoted words, trimmed of surrounding blanks.
    pub start: usize,
    pub end: usize,
    /// Just past the closing mark, or the end of the block for a quote that never closes.
    pub close: usize,
    pub closed: bool,
    pub block: usize,
}

/// Whether a character starting with this byte may be a quote mark: `"`, `'`, `` ` ``, or the
/// lead byte of `‘ ’ “ ” „` (U+2018..U+201E) and `« »` (U+00AB, U+00BB).
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xc2 | 0xe2)
}

fn opens(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn closes(c: char) -> bool {
    matches!(c, '”' | '»')
}

fn push(
    out: &mut Vec<Span>,
    text: &str,
    open: usize,
    inner: (usize, usize),
    close: usize,
    closed: bool,
    block: usize,
) {
    let raw = text.get(inner.0..inner.1).unwrap_or("");
    if !raw.chars().any(char::is_alphanumeric) {
        return;
    }
    let lead = raw.len() - raw.trim_start().len();
    let trail = raw.len() - raw.trim_end().trim_end_matches(',').trim_end().len();
    out.push(Span {
        open,
        start: inner.0 + lead,
        end: inner.1 - trail,
        close,
        closed,
        block,
    });
}

/// What the scan of one block holds between marks: the open double quote and a curly single
/// quote outside double quotes (as headlines use them), each as (mark position, start of the
/// words).
#[derive(Default)]
struct Marks {
    open: Option<(usize, usize)>,
    single: Option<(usize, usize)>,
}

impl Marks {
    /// Reads the character `c` spanning `at..after`, between `prev` and `next`: a mark opens or
    /// closes a quote; any other character changes nothing.
    fn read(
        &mut self,
        out: &mut Vec<Span>,
        text: &str,
        c: char,
        (at, after): (usize, usize),
        (prev, next): (Option<char>, Option<char>),
        bi: usize,
    ) {
        if self.open.is_none() && c == '‘' {
            if prev.is_none_or(|p| p.is_whitespace() || p == '(')
                && next.is_some_and(char::is_alphanumeric)
            {
                self.single = Some((at, after));
            }
        } else if self.open.is_none() && c == '’' && self.single.is_some() {
            if next.is_none_or(|n| !n.is_alphanumeric())
                && prev.is_some_and(|p| !p.is_whitespace())
                && let Some((o, s)) = self.single.take()
            {
                push(out, text, o, (s, at), after, true, bi);
            }
        } else if opens(c)
            && self.open.is_some()
            && prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| n.is_whitespace() || matches!(n, ',' | '.' | ';'))
        {
            // An opening mark typed where the closing one belongs ("…unusual,“ said"):
            // after a word and before a blank it can only close.
            if let Some((o, s)) = self.open.take() {
                push(out, text, o, (s, at), after, true, bi);
            }
        } else if opens(c) {
            self.single = None;
            if let Some((o, s)) = self.open.take() {
                push(out, text, o, (s, at), at, false, bi);
            }
            self.open = Some((at, after));
        } else if closes(c) {
            if let Some((o, s)) = self.open.take() {
                push(out, text, o, (s, at), after, true, bi);
            }
        } else if c == '"' {
            if let Some((o, s)) = self.open.take() {
                push(out, text, o, (s, at), after, true, bi);
            } else if next.is_some_and(|n| !n.is_whitespace())
                && prev.is_none_or(|p| !p.is_alphanumeric())
            {
                self.single = None;
                self.open = Some((at, after));
            }
        }
    }

    /// Ends the block: a double quote that never closed ends with it.
    fn finish(self, out: &mut Vec<Span>, text: &str, end: usize, bi: usize) {
        if let Some((o, s)) = self.open {
            push(out, text, o, (s, end), end, false, bi);
        }
    }
}

/// The blocks quotes are looked for in, headline and body, with their index and text (a block
/// whose range is not on the text's character boundaries is passed over).
fn scanned_blocks<'t, 'b>(
    text: &'t str,
    blocks: &'b [Block],
) -> impl Iterator<Item = (usize, &'b Block, &'t str)> {
    blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Headline | BlockKind::Body))
        .filter_map(move |(bi, b)| Some((bi, b, text.get(b.start..b.end)?)))
}

/// Quoted spans of the headline and body blocks. Single quotes inside double quotes stay part of
/// the double-quoted span; a curly single quote elsewhere counts only when it opens after a blank
/// and closes in the same block before a non-letter, so apostrophes ("club’s", "players’ union")
/// never open a quote. Straight single quotes are never quote marks. A double quote that never
/// closes ends with its block rather than running on through the article.
pub(crate) fn quote_spans(text: &str, blocks: &[Block]) -> Vec<Span> {
    let mut out = Vec::new();
    for (bi, b, slice) in scanned_blocks(text, blocks) {
        let mut marks = Marks::default();
        let bytes = slice.as_bytes();
        // Only marks act, and every mark starts with one of the bytes of `may_start_mark`: the
        // characters between two such bytes are passed over unread, which is most of the text.
        // `last` is where the last character read ends and what it was read as.
        let mut last: (usize, Option<char>) = (0, None);
        let mut from = 0;
        while let Some(skip) = bytes[from..].iter().position(|&x| may_start_mark(x)) {
            let i = from + skip;
            let prev = if i == last.0 {
                last.1
            } else {
                slice[..i].chars().next_back()
            };
            let Some(c) = slice[i..].chars().next() else {
                break;
            };
            let at = b.start + i;
            let mut after = at + c.len_utf8();
            let mut next = slice[i + c.len_utf8()..].chars().next();
            // Two apostrophes (or two backticks) are one double mark, as old newspaper feeds
            // write quotes: read them as a straight double quote (or an opening curly one).
            let pair = matches!(c, '\'' | '`') && next == Some(c);
            if pair {
                after += c.len_utf8();
                next = slice[after - b.start..].chars().next();
            }
            let c = match c {
                '\'' if pair => '"',
                '`' if pair => '“',
                c => c,
            };
            marks.read(&mut out, text, c, (at, after), (prev, next), bi);
            last = (after - b.start, Some(c));
            from = after - b.start;
        }
        marks.finish(&mut out, text, b.end, bi);
    }
    out
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "maj", "capt", "rep", "sen", "gov", "st",
    "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct",
    "nov", "dec", "adm", "cmdr", "prof", "rev", "mt", "ft", "pres", "gov", "atty", "supt",
];

/// Ends (just past the punctuation and any closing marks) of the sentences inside
/// `text[lo..hi]`, found by punctuation so that the result does not hinge on how well the
/// sentence splitter did.
pub(crate) fn sentence_ends(text: &str, lo: usize, hi: usize) -> Vec<usize> {
    let Some(slice) = text.get(lo..hi) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '”' | '"' | '’' | '\'' | ')' | '»') {
            j += 1;
        }
        let end = chars.get(j).map_or(slice.len(), |&(p, _)| p);
        let rest = slice[end..].trim_start();
        if j < chars.len() && !chars[j].1.is_whitespace() {
            continue;
        }
        if rest.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        if c == '.' {
            let word_start = slice[..i]
                .char_indices()
                .rfind(|&(_, ch)| ch.is_whitespace() || ch == '(' || ch == '“')
                .map_or(0, |(p, ch)| p + ch.len_utf8());
            let word = &slice[word_start..i];
            let letters = word.chars().filter(|ch| ch.is_alphabetic()).count();
            if word.contains('.')
                || letters == 1
                || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
            {
                continue;
            }
        }
        out.push(lo + end);
    }
    out
}

/// Start of the sentence that holds `pos`, no earlier than `lo`.
pub(crate) fn clause_start(text: &str, lo: usize, pos: usize) -> usize {
    sentence_ends(text, lo, pos)
        .into_iter()
        .rfind(|&e| e <= pos)
        .map_or(lo, |e| e)
}

/// End of the sentence that holds `pos`, no later than `hi`.
pub(crate) fn clause_end(text: &str, pos: usize, hi: usize) -> usize {
    sentence_ends(text, pos, hi)
        .into_iter()
        .find(|&e| e > pos)
        .unwrap_or(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character scan that skipping to the marks must agree with.
    fn reference(text: &str, blocks: &[Block]) -> Vec<Span> {
        let mut out = Vec::new();
        for (bi, b, slice) in scanned_blocks(text, blocks) {
            let mut marks = Marks::default();
            let mut chars = slice.char_indices().peekable();
            let mut prev: Option<char> = None;
            while let Some((i, c)) = chars.next() {
                let at = b.start + i;
                let mut after = at + c.len_utf8();
                let mut next = chars.peek().map(|&(_, n)| n);
                // Two apostrophes (or two backticks) are one double mark, as old newspaper feeds
                // write quotes: read them as a straight double quote (or an opening curly one).
                let pair = matches!(c, '\'' | '`') && next == Some(c);
                if pair {
                    chars.next();
                    after += c.len_utf8();
                    next = chars.peek().map(|&(_, n)| n);
                }
                let c = match c {
                    '\'' if pair => '"',
                    '`' if pair => '“',
                    c => c,
                };
                marks.read(&mut out, text, c, (at, after), (prev, next), bi);
                prev = Some(c);
            }
            marks.finish(&mut out, text, b.end, bi);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn skipping_to_marks_reads_as_every_character(
            text in "[ab1 ,.;(\\n'`\"‘’“”„«»—é]{0,40}"
        ) {
            let blocks = crate::analyze::clean::blocks(&text);
            proptest::prop_assert_eq!(quote_spans(&text, &blocks), reference(&text, &blocks));
        }
    }
}
