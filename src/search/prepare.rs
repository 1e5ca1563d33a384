//! Text prepared once for matching, and the char/byte conversions results need.
//!
//! Preparation maps every char to exactly one char, so a char index into the prepared text is a
//! char index into the original: positions found while matching point straight into what is
//! shown.

/// Folds a char to the form matching ignores differences in: any whitespace is a space,
/// typographic quotes and dashes are their ASCII forms.
pub fn fold(c: char) -> char {
    match c {
        c if c.is_whitespace() => ' ',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c => c,
    }
}

/// [`fold`], then lowercase when the lowercase form is a single char (it almost always is; the
/// few that are not stay as they are so chars keep lining up).
pub fn fold_lower(c: char) -> char {
    let c = fold(c);
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// The bit of a (lowercased) char in a presence mask: letters and digits get their own bit,
/// anything else shares one of the remaining bits. A term can only match text whose mask holds
/// all the term's bits.
pub fn char_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        ' ' => 0,
        c => 1 << (36 + c as u32 % 28),
    }
}

/// A string in matching form with what makes rejecting it cheap.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub s: String,
    /// All ASCII: bytes are chars, so matching can run on bytes.
    pub ascii: bool,
    pub mask: u64,
}

impl Prepared {
    pub fn new(s: String) -> Prepared {
        let ascii = s.is_ascii();
        let mask = s.chars().fold(0, |m, c| m | char_bit(fold_lower(c)));
        Prepared { s, ascii, mask }
    }
}

/// One searchable string of an item, in both matching forms.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    /// Folded and lowercased, for words without capitals.
    pub lower: Prepared,
    /// Folded with case kept, for words with a capital.
    pub cased: Prepared,
}

impl Field {
    pub fn new(text: &str) -> Field {
        Field {
            lower: Prepared::new(text.chars().map(fold_lower).collect()),
            cased: Prepared::new(text.chars().map(fold).collect()),
        }
    }
}

/// Byte offsets of the given char indices in `text` (sorted or not); indices past the end map
/// to `text.len()`. Needed because matching counts chars while slicing and annotations use bytes.
pub fn char_to_byte(text: &str, chars: &[usize]) -> Vec<usize> {
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    chars
        .iter()
        .map(|&i| starts.get(i).copied().unwrap_or(text.len()))
        .collect()
}

/// The matched chars of `text` as byte ranges, adjacent chars merged: ready for slicing or
/// highlighting.
pub fn char_ranges(text: &str, chars: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut sorted = chars.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let mut it = text.char_indices().enumerate().peekable();
    for i in sorted {
        // Advance to char i.
        while it.peek().is_some_and(|&(n, _)| n < i) {
            it.next();
        }
        let Some(&(n, (b, c))) = it.peek() else {
            break;
        };
        if n != i {
            continue;
        }
        let e = b + c.len_utf8();
        match out.last_mut() {
            Some(r) if r.end == b => r.end = e,
            _ => out.push(b..e),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preparation_keeps_one_char_per_char() {
        for s in ["Zoë İstanbul ẞ straße", "“Red line,” he said\n\tno—"] {
            let f = Field::new(s);
            assert_eq!(f.lower.s.chars().count(), s.chars().count());
            assert_eq!(f.cased.s.chars().count(), s.chars().count());
        }
        let f = Field::new("“Red line,” he said\n");
        assert_eq!(f.lower.s, "\"red line,\" he said ");
        assert!(f.lower.ascii);
        assert!(!Field::new("Zoë").lower.ascii);
    }

    #[test]
    fn chars_convert_to_bytes_in_non_ascii_text() {
        let t = "Zoë said “no” — twice";
        // chars: Z0 o1 ë2 ' '3 s4 ... “9 n10 o11 ”12
        assert_eq!(char_to_byte(t, &[0, 2, 3, 10, 100]), [0, 2, 4, 13, t.len()]);
        let r = char_ranges(t, &[10, 2, 11, 3]);
        assert_eq!(r, [2..5, 13..15]);
        assert_eq!(&t[r[0].clone()], "ë ");
        assert_eq!(&t[r[1].clone()], "no");
        assert!(char_ranges(t, &[500]).is_empty());
    }

    #[test]
    fn masks_hold_every_char() {
        let p = Prepared::new("red line".into());
        for c in "redlin".chars() {
            assert_ne!(p.mask & char_bit(c), 0);
        }
        assert_eq!(p.mask & char_bit('z'), 0);
    }
}
