//! Word tokens with byte offsets, shared by the analysis stages so they agree on what a word is.

/// A word of the text: letters, digits and the joiners inside a word (apostrophes, hyphens,
/// periods between letters as in "U.S."), as a byte range into the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn as_str<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | ',')
}

/// Splits `text[start..end]` into word tokens. A joiner (apostrophe, hyphen, period, comma) is
/// kept inside a token only when a letter or digit follows it directly, so "U.S." keeps its last
/// period only through the rule for abbreviations below, "3,000" stays one number and
/// "al-Asad" one word.
pub fn tokens(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(text[start..end].len() / 6 + 1);
    scan(text, start, end, |t| {
        out.push(t);
        true
    });
    out
}

/// Each token of `text[start..end]` (of [`tokens`]) handed to `f`, without building the list:
/// a whole article's list is 16 bytes a word.
pub fn for_each(text: &str, start: usize, end: usize, mut f: impl FnMut(Token)) {
    scan(text, start, end, |t| {
        f(t);
        true
    });
}

/// Whether `text[start..end]` holds at least `n` tokens (of [`tokens`]), read only as far as
/// the `n`-th and without building the list.
pub fn at_least(text: &str, start: usize, end: usize, n: usize) -> bool {
    if n == 0 {
        return true;
    }
    let mut seen = 0;
    scan(text, start, end, |_| {
        seen += 1;
        seen < n
    });
    seen >= n
}

/// The tokens of `text[start..end]` in order, each handed to `emit`, which returns whether to
/// go on.
fn scan(text: &str, start: usize, end: usize, mut emit: impl FnMut(Token) -> bool) {
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let char_at = |i: usize| char_at(slice, i);
    let mut cur: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = char_at(i);
        // An escape sequence is no text: its payload never makes words (as in the reader).
        if crate::text::is_escape_start(c) {
            if let Some(s) = cur.take()
                && !emit(Token {
                    start: start + s,
                    end: start + i,
                })
            {
                return;
            }
            i += crate::text::escape_len(&slice[i..]);
            continue;
        }
        if is_word_char(c) {
            if cur.is_none() {
                cur = Some(i);
            }
            i += len;
            // The rest of an ASCII word in one run: most of any text, and no byte of it can
            // start an escape sequence or need decoding.
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        if let Some(s) = cur {
            let next_is_word = i + len < bytes.len() && is_word_char(char_at(i + len).0);
            if is_joiner(c) && next_is_word {
                i += len;
                continue;
            }
            // Keep the final period of a dotted abbreviation such as "U.S." or "a.m.".
            let mut e = i;
            if c == '.' {
                let word = &slice[s..i];
                if word.contains('.') && word.chars().filter(|ch| ch.is_alphanumeric()).count() <= 4
                {
                    e = i + 1;
                }
            }
            if !emit(Token {
                start: start + s,
                end: start + e,
            }) {
                return;
            }
            cur = None;
        }
        i += len;
    }
    if let Some(s) = cur {
        emit(Token {
            start: start + s,
            end,
        });
    }
}

/// The character at a byte offset and its length; ASCII, most of any text, without decoding.
#[inline(always)]
fn char_at(s: &str, i: usize) -> (char, usize) {
    match s.as_bytes()[i] {
        b if b < 0x80 => (char::from(b), 1),
        _ => {
            let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            (c, c.len_utf8())
        }
    }
}

/// A letter or digit, with ASCII answered without the Unicode tables.
#[inline(always)]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokens(t, 0, t.len()).iter().map(|k| k.as_str(t)).collect()
    }

    #[test]
    fn keeps_joined_words_and_numbers_whole() {
        assert_eq!(
            words("The U.S. sent 3,000 troops to Ain al-Asad’s base."),
            [
                "The",
                "U.S.",
                "sent",
                "3,000",
                "troops",
                "to",
                "Ain",
                "al-Asad’s",
                "base"
            ]
        );
    }

    #[test]
    fn trailing_punctuation_is_not_part_of_a_word() {
        assert_eq!(words("said: “yes,” he"), ["said", "yes", "he"]);
        assert_eq!(words("at 2 a.m. today"), ["at", "2", "a.m.", "today"]);
    }

    #[test]
    fn offsets_are_bytes_into_the_original() {
        let t = "xx Qasem Söleimani";
        let toks = tokens(t, 3, t.len());
        assert_eq!(toks[1].as_str(t), "Söleimani");
        assert_eq!(toks[1].end, t.len());
    }

    /// The plain char-by-char splitter the byte-level one must agree with.
    fn reference(text: &str, start: usize, end: usize) -> Vec<Token> {
        let slice = &text[start..end];
        let mut out = Vec::new();
        let mut cur: Option<usize> = None;
        let mut iter = slice.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_alphanumeric() {
                cur.get_or_insert(i);
                continue;
            }
            if let Some(s) = cur {
                let next_is_word = iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
                if is_joiner(c) && next_is_word {
                    continue;
                }
                let mut e = i;
                let word = &slice[s..i];
                if c == '.'
                    && word.contains('.')
                    && word.chars().filter(|ch| ch.is_alphanumeric()).count() <= 4
                {
                    e = i + 1;
                }
                out.push(Token {
                    start: start + s,
                    end: start + e,
                });
                cur = None;
            }
        }
        if let Some(s) = cur {
            out.push(Token {
                start: start + s,
                end,
            });
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_char_by_char_splitter(
            text in "[a-zA-Z0-9 .,'’\\-‐éßİ٣漢😀\u{300}\n]{0,40}"
        ) {
            proptest::prop_assert_eq!(tokens(&text, 0, text.len()), reference(&text, 0, text.len()));
        }

        #[test]
        fn at_least_counts_the_tokens(
            text in "[a-zA-Z0-9 .,'’\\-‐é漢\n]{0,40}",
            n in 0usize..10,
        ) {
            let count = tokens(&text, 0, text.len()).len();
            proptest::prop_assert_eq!(at_least(&text, 0, text.len(), n), count >= n);
        }
    }
}
