//! Text prepared once for matching, and the char/byte conversions results need.
//!
//! Preparation maps every char to exactly one char, so a char index into the prepared text is a
//! char index into the original: positions found while matching point straight into what is
//! shown.

use std::hash::BuildHasher;

/// Folds a char to the form matching ignores differences in: any whitespace is a space,
/// typographic quotes and dashes are their ASCII forms, and a Latin letter with diacritics is
/// the plain letter (see [`latin_base`]), so `kadhimi` finds "Kādhimī" and `zoe` finds "Zoë".
pub fn fold(c: char) -> char {
    match c {
        c if c.is_whitespace() => ' ',
        c if c.is_ascii() => c,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c => latin_base(c),
    }
}

/// The ASCII letter a Latin letter with diacritics is built on (`é` → `e`, `İ` → `I`, `ø` →
/// `o`), else the char itself. Only Latin is folded, as fzf does: in other scripts a mark can
/// make another letter (Cyrillic `й` is not `и`). Letters that stand for two (`ß`, `æ`) stay as
/// they are, so the prepared text keeps one char per char.
pub fn latin_base(c: char) -> char {
    match c {
        c if c < '\u{C0}' => c,
        // Letters with a stroke or without a dot, which have no decomposition.
        'ø' => 'o',
        'Ø' => 'O',
        'ł' => 'l',
        'Ł' => 'L',
        'đ' => 'd',
        'Đ' => 'D',
        'ħ' => 'h',
        'Ħ' => 'H',
        'ı' => 'i',
        c => decomposed_base(c),
    }
}

/// The ASCII letter `c` decomposes to when everything after it is combining marks.
fn decomposed_base(c: char) -> char {
    let mut base = None;
    let mut only_marks = true;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        } else if !unicode_normalization::char::is_combining_mark(d) {
            only_marks = false;
        }
    });
    match base {
        Some(b) if only_marks && b.is_ascii_alphabetic() => b,
        _ => c,
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

/// A string in matching form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prepared<'a> {
    pub s: &'a str,
    /// All ASCII: bytes are chars, so matching can run on bytes.
    pub ascii: bool,
}

/// Where one searchable string lives in the store. Offsets are `u32` (a million items hold a
/// few hundred MB of text; 28 bytes a field instead of 64 is a fifth of the index): text past
/// 4 GiB is stored empty rather than wrapped.
#[derive(Debug, Clone, Copy)]
struct FieldRef {
    lower: (u32, u32),
    /// The cased form: in the store's own buffer, or, when it is the original text itself
    /// (ASCII without tabs or line breaks), a range of that article's text in the brief
    /// (`cased_in` names the article; [`OWN`] for the buffer).
    cased: (u32, u32),
    cased_in: u32,
    /// Slot shared by every field holding the same short string ([`NO_SLOT`] for long ones).
    slot: u32,
    lower_ascii: bool,
    cased_ascii: bool,
}

/// Longest string given a shared slot: speakers, attributions and names repeat across
/// thousands of items, sentences hardly ever.
const SLOT_MAX_LEN: usize = 64;
pub(crate) const NO_SLOT: u32 = u32::MAX;
/// [`FieldRef::cased_in`] of a cased form kept in the store's buffer.
const OWN: u32 = u32::MAX;

/// A range as stored, or `None` past what `u32` offsets reach.
fn span32(a: usize, b: usize) -> Option<(u32, u32)> {
    Some((u32::try_from(a).ok()?, u32::try_from(b).ok()?))
}

/// Every searchable string of an index, prepared in both matching forms (folded and
/// lowercased for words without capitals, folded with case kept for words with one) and laid
/// end to end: a search walks items in order, so it reads memory in order too. A cased form
/// that is the article's own text is read from the brief instead of copied: for plain ASCII
/// news text that halves the index.
#[derive(Debug, Default)]
pub(crate) struct FieldStore {
    lower: String,
    cased: String,
    fields: Vec<FieldRef>,
    /// The brief cased forms may point into.
    brief: Option<std::sync::Arc<crate::brief::Brief>>,
    /// Slot of each short string seen, with its first field (while building).
    slots: rustc_hash::FxHashMap<Box<str>, (u32, u32)>,
    /// Slots handed out: to every short string, and to each long one seen twice.
    slot_total: u32,
    /// The first field of each long string's matching form, by a hash of that form: a
    /// reprinted article (wire copy, syndication) stores its sentences once (while building).
    long: rustc_hash::FxHashMap<u64, u32>,
}

impl FieldStore {
    /// A store whose cased forms may point into `brief`'s article texts.
    pub fn for_brief(brief: std::sync::Arc<crate::brief::Brief>) -> FieldStore {
        FieldStore {
            brief: Some(brief),
            ..FieldStore::default()
        }
    }

    /// Drops what only adding strings needs.
    pub fn finish(&mut self) {
        self.slots = Default::default();
        self.long = Default::default();
        self.lower.shrink_to_fit();
        self.cased.shrink_to_fit();
        self.fields.shrink_to_fit();
    }

    /// Adds a string of no article; returns its field number.
    #[cfg(test)]
    pub fn push(&mut self, text: &str) -> usize {
        self.push_at(text, None)
    }

    /// The field number of `text` when a short string like it was added already, else adds
    /// it: a speaker's name is one field however many quotes it has.
    pub fn push_shared(&mut self, text: &str) -> usize {
        match self.slots.get(text) {
            Some(&(_, first)) if text.len() <= SLOT_MAX_LEN => first as usize,
            _ => self.push_at(text, None),
        }
    }

    /// Adds a string found at byte `start` of article `article`'s text in the brief (when
    /// `at` says so); returns its field number.
    pub fn push_at(&mut self, text: &str, at: Option<(usize, usize)>) -> usize {
        let slot = if text.len() > SLOT_MAX_LEN {
            NO_SLOT
        } else if let Some(&(_, first)) = self.slots.get(text) {
            // The same short string (a speaker, an attribution) is kept once.
            self.fields.push(self.fields[first as usize]);
            return self.fields.len() - 1;
        } else {
            let next = self.new_slot();
            self.slots
                .insert(text.into(), (next, self.fields.len() as u32));
            next
        };
        let (lo, co) = (self.lower.len(), self.cased.len());
        let ascii = text.is_ascii();
        let breaks = ascii && text.bytes().any(|b| (b'\t'..=b'\r').contains(&b));
        let borrowed = at.filter(|_| self.brief.is_some() && ascii && !breaks);
        if ascii && !breaks {
            // Plain ASCII (nearly all text): folding is only case.
            if borrowed.is_none() {
                self.cased.push_str(text);
            }
            self.lower.push_str(text);
            self.lower[lo..].make_ascii_lowercase();
        } else if ascii {
            let fold_ascii = |b: u8| match b {
                b'\t'..=b'\r' => ' ',
                b => char::from(b),
            };
            self.cased.extend(text.bytes().map(fold_ascii));
            self.lower
                .extend(text.bytes().map(|b| fold_ascii(b).to_ascii_lowercase()));
        } else {
            for c in text.chars() {
                self.lower.push(fold_lower(c));
                self.cased.push(fold(c));
            }
        }
        let lower_ascii = self.lower[lo..].is_ascii();
        let (cased, cased_in) = match borrowed {
            Some((article, start)) => ((start, start + text.len()), article as u32),
            None => ((co, self.cased.len()), OWN),
        };
        let (Some(lower), Some(cased32)) = (span32(lo, self.lower.len()), span32(cased.0, cased.1))
        else {
            // Past what the offsets reach: kept, empty, so field numbers stay in step.
            self.lower.truncate(lo);
            self.cased.truncate(co);
            self.fields.push(FieldRef {
                lower: (0, 0),
                cased: (0, 0),
                cased_in: OWN,
                slot: NO_SLOT,
                lower_ascii: true,
                cased_ascii: true,
            });
            return self.fields.len() - 1;
        };
        self.fields.push(FieldRef {
            lower,
            cased: cased32,
            cased_in,
            lower_ascii,
            cased_ascii: self.cased_of(cased32, cased_in).is_ascii(),
            slot,
        });
        let i = self.fields.len() - 1;
        if slot == NO_SLOT {
            self.share_long(i);
        }
        i
    }

    fn new_slot(&mut self) -> u32 {
        self.slot_total += 1;
        self.slot_total - 1
    }

    /// When long field `i`, just added, has the matching form of an earlier field, drops its
    /// copy of the text and points it at the earlier one, giving both a slot so that a search
    /// scores the text once. The lowercased form follows from the cased one, so comparing the
    /// cased forms is enough.
    fn share_long(&mut self, i: usize) {
        let f = self.fields[i];
        let cased = self.cased_of(f.cased, f.cased_in);
        let key = rustc_hash::FxBuildHasher.hash_one(cased);
        let Some(&j) = self.long.get(&key) else {
            self.long.insert(key, i as u32);
            return;
        };
        let g = self.fields[j as usize];
        if self.cased_of(g.cased, g.cased_in) != cased {
            return;
        }
        self.lower.truncate(f.lower.0 as usize);
        if f.cased_in == OWN {
            self.cased.truncate(f.cased.0 as usize);
        }
        let slot = if g.slot == NO_SLOT {
            let s = self.new_slot();
            self.fields[j as usize].slot = s;
            s
        } else {
            g.slot
        };
        self.fields[i] = FieldRef {
            slot,
            ..self.fields[j as usize]
        };
    }

    /// A cased form, wherever it is kept.
    fn cased_of(&self, (s, e): (u32, u32), cased_in: u32) -> &str {
        let text = if cased_in == OWN {
            self.cased.as_str()
        } else {
            self.brief
                .as_ref()
                .and_then(|b| b.articles.get(cased_in as usize))
                .map_or("", |a| a.text.as_str())
        };
        text.get(s as usize..e as usize).unwrap_or("")
    }

    /// Everything a match reads of field `i` in one lookup: its shared slot and its matching
    /// form (with case kept when `cased`).
    #[inline]
    pub fn view(&self, i: usize, cased: bool) -> Option<(u32, Prepared<'_>)> {
        let f = self.fields.get(i)?;
        let p = if cased {
            Prepared {
                s: self.cased_of(f.cased, f.cased_in),
                ascii: f.cased_ascii,
            }
        } else {
            Prepared {
                s: self.lower.get(f.lower.0 as usize..f.lower.1 as usize)?,
                ascii: f.lower_ascii,
            }
        };
        Some((f.slot, p))
    }

    /// Whether both matching forms of field `i` are ASCII, so that word boundaries are the
    /// same in both and bytes are chars.
    pub fn regular(&self, i: usize) -> bool {
        self.fields
            .get(i)
            .is_some_and(|f| f.lower_ascii && f.cased_ascii)
    }

    /// Number of shared slots.
    pub fn slot_count(&self) -> usize {
        self.slot_total as usize
    }

    pub fn lower(&self, i: usize) -> Prepared<'_> {
        match self.fields.get(i) {
            Some(f) => Prepared {
                s: self
                    .lower
                    .get(f.lower.0 as usize..f.lower.1 as usize)
                    .unwrap_or(""),
                ascii: f.lower_ascii,
            },
            None => Prepared { s: "", ascii: true },
        }
    }

    #[cfg(test)]
    pub fn cased(&self, i: usize) -> Prepared<'_> {
        match self.fields.get(i) {
            Some(f) => Prepared {
                s: self.cased_of(f.cased, f.cased_in),
                ascii: f.cased_ascii,
            },
            None => Prepared { s: "", ascii: true },
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
        let mut st = FieldStore::default();
        for s in ["Zoë İstanbul ẞ straße", "“Red line,” he said\n\tno—"] {
            let i = st.push(s);
            assert_eq!(st.lower(i).s.chars().count(), s.chars().count());
            assert_eq!(st.cased(i).s.chars().count(), s.chars().count());
        }
        let i = st.push("“Red line,” he said\n");
        assert_eq!(st.lower(i).s, "\"red line,\" he said ");
        assert_eq!(st.cased(i).s, "\"Red line,\" he said ");
        assert!(st.lower(i).ascii);
        let j = st.push("Zoë");
        assert!(st.lower(j).ascii, "the diaeresis is folded away");
        assert_eq!(st.lower(j).s, "zoe");
        let k = st.push("Мой");
        assert!(!st.lower(k).ascii);
        assert_eq!(st.lower(k).s, "мой", "only Latin letters lose their marks");
        assert_eq!(st.lower(99).s, "");
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
    fn ascii_text_is_prepared_as_any_text_is() {
        let texts = [
            "Tab\there, line\nbreak\r\x0bVT\x0cFF  \x1f unit",
            "MIXED Case 123 words",
            "",
        ];
        for t in texts {
            let mut fast = FieldStore::default();
            let i = fast.push(t);
            // The same text with a non-ASCII char appended takes the general path.
            let mut slow = FieldStore::default();
            let j = slow.push(&format!("{t}ж"));
            let strip = |s: &str| s.strip_suffix('ж').unwrap().to_string();
            assert_eq!(fast.lower(i).s, strip(slow.lower(j).s), "{t:?}");
            assert_eq!(fast.cased(i).s, strip(slow.cased(j).s), "{t:?}");
            assert!(fast.regular(i));
            assert!(!slow.regular(j));
        }
    }

    #[test]
    fn a_long_text_seen_again_is_stored_once_and_shares_a_slot() {
        let mut st = FieldStore::default();
        let long = "Officials said the drone, which carried explosives, was made in Iran.";
        assert!(long.len() > SLOT_MAX_LEN);
        let a = st.push(long);
        let (slot_a, _) = st.view(a, false).unwrap();
        assert_eq!(slot_a, NO_SLOT, "a long text seen once has no slot");
        let stored = (st.lower.len(), st.cased.len());
        let other = st.push(&long.replace("Iran", "Iraq"));
        let b = st.push(long);
        assert_eq!(st.lower(b).s, st.lower(a).s);
        assert_eq!(st.cased(b).s, long);
        let grown = (st.lower.len() - stored.0, st.cased.len() - stored.1);
        assert_eq!(
            grown,
            (long.len(), long.len()),
            "only the other text was added"
        );
        let slot = |st: &FieldStore, i| st.view(i, true).unwrap().0;
        assert_ne!(slot(&st, a), NO_SLOT);
        assert_eq!(slot(&st, a), slot(&st, b));
        assert_eq!(slot(&st, other), NO_SLOT);
        assert!(st.lower(other).s.ends_with("iraq."));
        // Short strings keep their own slots, numbered apart from the long ones.
        let s1 = st.push("McKenzie");
        let s2 = st.push("McKenzie");
        assert_eq!(slot(&st, s1), slot(&st, s2));
        assert_ne!(slot(&st, s1), slot(&st, a));
        assert_eq!(st.slot_count(), 2);
    }
}
