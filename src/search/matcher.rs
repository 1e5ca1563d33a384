//! Matching one word against one prepared string.
//!
//! The word must occur as a subsequence within a short stretch of the text (see
//! [`Term::max_span`]); the best such stretch is then scored by the skim fuzzy matcher, which
//! rewards consecutive letters and word starts. Scoring only the stretch keeps the cost per
//! item small and independent of the text length, and the span rule keeps letters scattered
//! over a sentence from counting as a match.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use fuzzy_matcher::skim::SkimMatcherV2;

use super::prepare::{FieldStore, Prepared};
use super::query::Term;

/// A unit of text the window search runs on: bytes for ASCII text, chars otherwise.
trait Unit: Copy + Eq {
    fn is_word(self) -> bool;
}

impl Unit for u8 {
    fn is_word(self) -> bool {
        self.is_ascii_alphanumeric()
    }
}

impl Unit for char {
    fn is_word(self) -> bool {
        self.is_alphanumeric()
    }
}

/// The best stretch `[start, end)` of `hay` holding `pat` as a subsequence within `max_span`
/// units: shortest first, then one starting a word, then the earliest.
fn best_window<T: Unit>(hay: &[T], pat: &[T], max_span: usize) -> Option<(usize, usize)> {
    let (&first, rest) = pat.split_first()?;
    let mut best: Option<(usize, bool, usize, usize)> = None;
    let mut i = 0;
    while i < hay.len() {
        let Some(off) = hay[i..].iter().position(|&u| u == first) else {
            break;
        };
        i += off;
        let limit = hay.len().min(i + max_span);
        let mut j = i + 1;
        let mut k = 0;
        while k < rest.len() && j < limit {
            if hay[j] == rest[k] {
                k += 1;
            }
            j += 1;
        }
        if k == rest.len() {
            let span = j - i;
            let word_start = i == 0 || !hay[i - 1].is_word();
            let key = (span, !word_start, i, j);
            if best.is_none_or(|b| (key.0, key.1) < (b.0, b.1)) {
                best = Some(key);
                if span == pat.len() && word_start {
                    break;
                }
            }
        }
        i += 1;
    }
    best.map(|(_, _, s, e)| (s, e))
}

/// FNV-1a: the memo keys are a few bytes long, where it beats the default hasher.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Reused buffers, so matching allocates nothing per item, and the scores of stretches already
/// seen: the same few words recur across thousands of items, so most stretches repeat.
#[derive(Default)]
pub(crate) struct Scratch {
    chars: Vec<char>,
    region: String,
    key: String,
    /// Skim scores by term pattern and stretch (joined by a NUL), valid for one search.
    memo: HashMap<Box<str>, Option<i64>, BuildHasherDefault<Fnv>>,
}

impl Scratch {
    /// The skim score of `pat` in `region`, computed once per search.
    fn score(&mut self, skim: &SkimMatcherV2, region: &str, pat: &str) -> Option<i64> {
        if self.memo.len() > 1 << 16 {
            self.memo.clear();
        }
        self.key.clear();
        self.key.push_str(pat);
        self.key.push('\0');
        self.key.push_str(region);
        if let Some(&s) = self.memo.get(self.key.as_str()) {
            return s;
        }
        let s = skim.fuzzy(region, pat, false).map(|(s, _)| s);
        self.memo.insert(self.key.as_str().into(), s);
        s
    }
}

/// A term's match in one string: its score and, when asked for, the matched char indices.
pub(crate) struct FieldMatch {
    pub score: i64,
    pub positions: Vec<usize>,
}

/// Matches `term` against one prepared string.
fn match_prepared(
    skim: &SkimMatcherV2,
    term: &Term,
    p: Prepared<'_>,
    with_pos: bool,
    scratch: &mut Scratch,
) -> Option<FieldMatch> {
    let max_span = term.max_span();
    let term_ascii = term.pat.is_ascii();
    let start = if p.ascii {
        if !term_ascii {
            return None;
        }
        let hay = p.s.as_bytes();
        let (s, e) = best_window(hay, term.pat.as_bytes(), max_span)?;
        let a = if s > 0 && hay[s - 1].is_word() {
            s - 1
        } else {
            s
        };
        scratch.region.clear();
        scratch.region.push_str(p.s.get(a..e)?);
        a
    } else {
        scratch.chars.clear();
        scratch.chars.extend(p.s.chars());
        let hay = &scratch.chars;
        let (s, e) = best_window(hay, &term.chars, max_span)?;
        let a = if s > 0 && hay[s - 1].is_word() {
            s - 1
        } else {
            s
        };
        scratch.region.clear();
        scratch.region.extend(&hay[a..e]);
        a
    };
    let region = std::mem::take(&mut scratch.region);
    let result = if with_pos {
        skim.fuzzy(&region, &term.pat, true)
            .map(|(score, pos)| FieldMatch {
                score,
                positions: pos.into_iter().map(|i| i + start).collect(),
            })
    } else {
        scratch
            .score(skim, &region, &term.pat)
            .map(|score| FieldMatch {
                score,
                positions: Vec::new(),
            })
    };
    scratch.region = region;
    result
}

/// Matches `term` against an item's fields (numbers in `store`); the best field wins, the
/// first on a tie. Returns the score and the position of the winning field in `fields`.
pub(crate) fn match_fields(
    skim: &SkimMatcherV2,
    term: &Term,
    store: &FieldStore,
    fields: std::ops::Range<usize>,
    with_pos: bool,
    scratch: &mut Scratch,
) -> Option<(usize, FieldMatch)> {
    let mut best: Option<(usize, FieldMatch)> = None;
    for (i, f) in fields.enumerate() {
        if term.mask & !store.mask(f) != 0 {
            continue;
        }
        let p = if term.case_sensitive {
            store.cased(f)
        } else {
            store.lower(f)
        };
        if let Some(m) = match_prepared(skim, term, p, with_pos, scratch)
            && best.as_ref().is_none_or(|(_, b)| m.score > b.score)
        {
            best = Some((i, m));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

    fn score(text: &str, word: &str) -> Option<i64> {
        let skim = SkimMatcherV2::default().respect_case();
        let q = Query::parse(word);
        let mut st = FieldStore::default();
        let f = st.push(text);
        match_fields(
            &skim,
            &q.terms[0],
            &st,
            f..f + 1,
            false,
            &mut Scratch::default(),
        )
        .map(|(_, m)| m.score)
    }

    #[test]
    fn windows_prefer_short_then_word_starts() {
        let w = |h: &str, p: &str, m| best_window(h.as_bytes(), p.as_bytes(), m);
        assert_eq!(w("xred red", "red", 5), Some((5, 8)));
        assert_eq!(w("r e d", "red", 5), Some((0, 5)));
        assert_eq!(w("r  e  d", "red", 5), None);
        assert_eq!(w("abc", "", 5), None);
    }

    #[test]
    fn scattered_letters_do_not_match() {
        assert!(score("a red line", "red").is_some());
        assert!(score("reduced", "red").is_some());
        assert!(score("the road ahead is dark", "red").is_none());
        assert!(score("rested", "red").is_none());
    }

    #[test]
    fn compact_and_word_start_matches_score_higher() {
        let exact = score("a red line", "red").unwrap();
        let inside = score("a bored line", "red").unwrap();
        let gappy = score("a rxed line", "red").unwrap();
        assert!(exact > inside, "{exact} {inside}");
        assert!(exact > gappy, "{exact} {gappy}");
    }

    #[test]
    fn non_ascii_text_and_words_match_by_char() {
        assert!(score("Zoë Qasem said", "zoë").is_some());
        assert!(score("Zoë Qasem said", "qasem").is_some());
        assert!(score("plain text", "zoë").is_none());
    }

    #[test]
    fn positions_are_char_indices() {
        let skim = SkimMatcherV2::default().respect_case();
        let q = Query::parse("qasem");
        let mut st = FieldStore::default();
        let f = st.push("“Zoë” Qasem");
        let (_, m) = match_fields(
            &skim,
            &q.terms[0],
            &st,
            f..f + 1,
            true,
            &mut Scratch::default(),
        )
        .unwrap();
        assert_eq!(m.positions, [6, 7, 8, 9, 10]);
    }
}
