//! Which items hold which words: what lets a keystroke score only the items that can match.
//!
//! A word of the query can only match where one of its stretches starts (see
//! [`Term::max_span`]): at an occurrence of its first letter inside some word of the text. So
//! every distinct word of the item texts is kept once with the items holding it (a roaring
//! bitmap each), and a keystroke looks at the words, not the items: the words a stretch of the
//! query word could start in, at their start or inside them, give the items worth matching.
//! Items are then matched exactly as before, so results and ranking do not depend on the index;
//! it only leaves out items that cannot match.
//!
//! The words are kept in a hand-written table rather than an `fst` set: the question asked of
//! every word (could a stretch of at most `len + SPAN_SLACK` letters holding the query word
//! start here, or at any of its letters) is not a prefix or Levenshtein automaton, and the
//! vocabulary of even a large brief is small enough to scan in a millisecond or two.

use roaring::{MultiOps, RoaringBitmap};
use rustc_hash::FxHashMap;

use super::prepare::fold_lower;
use super::query::{SPAN_SLACK, Term};

/// The distinct words of the item texts and the items holding each.
#[derive(Debug, Default)]
pub(crate) struct WordIndex {
    /// Every distinct word end to end; word `w` ends at `ends[w]`.
    arena: String,
    ends: Vec<u32>,
    /// Items holding each word in their text.
    postings: Vec<RoaringBitmap>,
    /// The same while building, as plain lists (appending to a vector is several times
    /// cheaper than to a bitmap, and a build appends once per word of every text).
    lists: Vec<Vec<u32>>,
    /// Items whose text is not plain ASCII in both matching forms: word boundaries there are
    /// Unicode's, so they are always matched in full.
    irregular: RoaringBitmap,
    /// Number of items (the universe of the bitmaps).
    items: u32,
    /// While building: word number by word.
    map: FxHashMap<Box<str>, u32>,
}

/// A word: a maximal run of ASCII letters and digits, the unit the matcher's word starts are
/// measured in for ASCII text.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        // ASCII letters and digits only: always UTF-8.
        .map(|w| std::str::from_utf8(w).unwrap_or(""))
}

impl WordIndex {
    /// Adds item `item` (numbers given in increasing order), whose text in matching form is
    /// `lower`; `regular` says both matching forms are ASCII.
    pub fn add(&mut self, item: u32, lower: &str, regular: bool) {
        self.items = self.items.max(item + 1);
        if !regular {
            let _ = self.irregular.try_push(item);
            return;
        }
        for w in words(lower) {
            let id = match self.map.get(w) {
                Some(&id) => id,
                None => {
                    let id = self.lists.len() as u32;
                    self.map.insert(w.into(), id);
                    self.arena.push_str(w);
                    self.ends.push(self.arena.len() as u32);
                    self.lists.push(Vec::new());
                    id
                }
            };
            // Items come in order, so a word seen twice in one item is listed once.
            let list = &mut self.lists[id as usize];
            if list.last() != Some(&item) {
                list.push(item);
            }
        }
    }

    /// Counts `n` items in all (some may have been added as nothing at all).
    pub fn finish(&mut self, n: u32) {
        self.items = self.items.max(n);
        self.map = FxHashMap::default();
        self.arena.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.postings = std::mem::take(&mut self.lists)
            .into_iter()
            .map(|l| {
                let mut p = RoaringBitmap::from_sorted_iter(l).unwrap_or_default();
                p.optimize();
                p
            })
            .collect();
    }

    fn word(&self, w: usize) -> &str {
        let start = if w == 0 { 0 } else { self.ends[w - 1] as usize };
        &self.arena[start..self.ends[w] as usize]
    }

    /// Items whose text needs matching in full whatever the word.
    pub fn irregular(&self) -> &RoaringBitmap {
        &self.irregular
    }

    /// Every item.
    pub fn all(&self) -> RoaringBitmap {
        let mut all = RoaringBitmap::new();
        all.insert_range(0..self.items);
        all
    }

    /// Sorts the words by where a stretch of `term` could start in them.
    pub fn term_sets(&self, term: &Term) -> TermSets {
        let lower: Vec<u8> = term
            .typed
            .chars()
            .map(fold_lower)
            .collect::<String>()
            .into();
        let Some(&first) = lower.first() else {
            return TermSets::Everything;
        };
        if !lower.is_ascii() {
            // Only non-ASCII text can hold it.
            return TermSets::Sets(Box::default());
        }
        if !first.is_ascii_alphanumeric() {
            // Its stretches start between words, which are not indexed.
            return TermSets::Everything;
        }
        let plain = !term.case_sensitive && lower.iter().all(u8::is_ascii_alphanumeric);
        let (mut exact, mut longer, mut start, mut inner) =
            (None, Vec::new(), Vec::new(), Vec::new());
        let (mut start_sure, mut inner_sure) = (Vec::new(), Vec::new());
        for w in 0..self.ends.len() {
            let word = self.word(w).as_bytes();
            let posting = &self.postings[w];
            if plain && word.starts_with(&lower) {
                if word.len() == lower.len() {
                    exact = Some(posting);
                } else {
                    longer.push(posting);
                }
            } else if word[0] == first {
                match reach(word, &lower) {
                    Reach::No => {}
                    Reach::Maybe => start.push(posting),
                    Reach::Fits => {
                        start.push(posting);
                        start_sure.push(posting);
                    }
                }
            }
            let mut inside = Reach::No;
            for (i, &b) in word.iter().enumerate().skip(1) {
                if b == first {
                    match reach(&word[i..], &lower) {
                        Reach::No => {}
                        Reach::Maybe => inside = Reach::Maybe,
                        Reach::Fits => {
                            inside = Reach::Fits;
                            break;
                        }
                    }
                }
            }
            match inside {
                Reach::No => {}
                Reach::Maybe => inner.push(posting),
                Reach::Fits => {
                    inner.push(posting);
                    inner_sure.push(posting);
                }
            }
        }
        // A stretch inside a word is only sure for a plain word: the others match case or
        // hold chars the words do not.
        if !plain {
            start_sure.clear();
            inner_sure.clear();
        }
        TermSets::Sets(Box::new(Sets {
            exact: exact.cloned().unwrap_or_default(),
            longer: longer.into_iter().union(),
            start: start.into_iter().union(),
            inner: inner.into_iter().union(),
            start_sure: start_sure.into_iter().union(),
            inner_sure: inner_sure.into_iter().union(),
            plain,
        }))
    }
}

/// Whether a stretch of a query word can start at a letter of a word, as far as the word tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// It cannot.
    No,
    /// It may, running past the word's end: the text after the word decides.
    Maybe,
    /// It does, inside the word.
    Fits,
}

/// Whether a stretch of `pat` (lowercased, ASCII) could start at the first byte of `suffix`,
/// a word's tail starting with `pat[0]`, as far as that word tells: either the stretch fits in
/// the word, or it runs past the word's end, which it can only do when the word's tail and
/// the char after it stray from `pat` by at most [`SPAN_SLACK`] chars.
fn reach(suffix: &[u8], pat: &[u8]) -> Reach {
    let max_span = pat.len() + SPAN_SLACK;
    let mut k = 0;
    for &b in suffix.iter().take(max_span) {
        if b == pat[k] {
            k += 1;
            if k == pat.len() {
                return Reach::Fits;
            }
        }
    }
    // A stretch running past the word holds all of its tail, of which it matched the first
    // `j` letters of `pat` (at most `k`), then the char after the word, which is not a letter
    // or digit: a stray too unless `pat[j]` is such a char.
    let tail = suffix.len();
    let may = tail < max_span
        && (1..=k).any(|j| tail - j + usize::from(pat[j].is_ascii_alphanumeric()) <= SPAN_SLACK);
    if may { Reach::Maybe } else { Reach::No }
}

/// Where a query word can match, by the items' words.
#[derive(Debug)]
pub(crate) enum TermSets {
    /// The word can match in any item (its stretches start between words).
    Everything,
    Sets(Box<Sets>),
}

/// Items by where a stretch of a query word could start in their text (a word may be in
/// several).
#[derive(Debug, Default)]
pub(crate) struct Sets {
    /// Items holding the word itself (only for plain words: lowercase letters and digits).
    pub exact: RoaringBitmap,
    /// Items holding a longer word it begins (plain words only).
    pub longer: RoaringBitmap,
    /// Items where a stretch could start at the start of a word not counted above.
    pub start: RoaringBitmap,
    /// Items where a stretch could start inside a word.
    pub inner: RoaringBitmap,
    /// Of `start`, the items where a stretch surely starts a word: it fits in the word (plain
    /// words only; empty for the others).
    pub start_sure: RoaringBitmap,
    /// Of `inner`, the items where a stretch surely starts inside a word and fits in it
    /// (plain words only).
    pub inner_sure: RoaringBitmap,
    /// The word is plain: `exact` and `longer` are filled, and an exact occurrence at a word
    /// start is found by them alone.
    pub plain: bool,
}

impl TermSets {
    /// Items (among `all`) whose text could match with the word at a word start, or anywhere
    /// when `anywhere`.
    pub fn candidates(
        &self,
        all: &RoaringBitmap,
        irregular: &RoaringBitmap,
        anywhere: bool,
    ) -> RoaringBitmap {
        match self {
            TermSets::Everything => all.clone(),
            TermSets::Sets(s) => {
                let mut c = [&s.exact, &s.longer, &s.start, irregular]
                    .into_iter()
                    .union();
                if anywhere {
                    c |= &s.inner;
                }
                c
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Query;

    fn sets(index: &WordIndex, word: &str) -> Sets {
        match index.term_sets(&Query::parse(word).terms[0]) {
            TermSets::Sets(s) => *s,
            TermSets::Everything => panic!("{word} is not indexed"),
        }
    }

    fn ids(b: &RoaringBitmap) -> Vec<u32> {
        b.iter().collect()
    }

    fn index(texts: &[&str]) -> WordIndex {
        let mut ix = WordIndex::default();
        for (i, t) in texts.iter().enumerate() {
            ix.add(i as u32, t, t.is_ascii());
        }
        ix.finish(texts.len() as u32);
        ix
    }

    #[test]
    fn words_are_sorted_by_where_a_stretch_can_start() {
        let ix = index(&[
            "a red line",    // 0: the word itself
            "reduced costs", // 1: a longer word it begins
            "tried twice",   // 2: inside a word
            "r e d",         // 3: a stretch across words (r e d)
            "rxed",          // 4: one stray letter at the start
            "zoë said",      // 5: not ASCII
            "nothing else",  // 6
            "claimed c",     // 7: "med c" is one char too long for a stretch of "mc"
        ]);
        let s = sets(&ix, "red");
        assert!(s.plain);
        assert_eq!(ids(&s.exact), [0]);
        assert_eq!(ids(&s.longer), [1]);
        assert_eq!(ids(&s.start), [3, 4]);
        assert_eq!(ids(&s.inner), [2]);
        // Only "rxed" holds a stretch of it inside one word; "r e d" needs the text after.
        assert_eq!(ids(&s.start_sure), [4]);
        assert_eq!(ids(&s.inner_sure), [2]);
        assert_eq!(ids(ix.irregular()), [5]);
        let s = sets(&ix, "mc");
        assert!(s.inner.is_empty() && s.start.is_empty(), "{s:?}");
        // A capital makes the word match case: no exact shortcut, every word starting a
        // stretch is a start.
        let s = sets(&ix, "Red");
        assert!(!s.plain);
        assert_eq!(ids(&s.start), [0, 1, 3, 4]);
        assert!(s.start_sure.is_empty() && s.inner_sure.is_empty());
    }

    #[test]
    fn words_between_words_and_foreign_words_are_not_indexed() {
        let ix = index(&["u.s. troops", "мой"]);
        let q = Query::parse(".s");
        assert!(matches!(ix.term_sets(&q.terms[0]), TermSets::Everything));
        let s = sets(&ix, "мой");
        assert!(s.exact.is_empty() && s.start.is_empty() && s.inner.is_empty());
        // A word with a dot starts in a word and runs past it.
        let s = sets(&ix, "u.s");
        assert!(!s.plain);
        assert_eq!(ids(&s.start), [0]);
    }
}
