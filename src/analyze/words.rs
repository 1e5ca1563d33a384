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
    let slice = &text[start..end];
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_alphanumeric() {
            if cur.is_none() {
                cur = Some(i);
            }
            continue;
        }
        if let Some(s) = cur {
            let next_is_word = iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if is_joiner(c) && next_is_word {
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
}
