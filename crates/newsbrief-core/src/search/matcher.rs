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
use memchr::memmem;

use super::prepare::{FieldStore, NO_SLOT, Prepared};
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
/// units: shortest first, then one starting a word, then the earliest. With `starts_first`
/// (words of [`Term::starts_first`] length) any stretch starting a word beats every stretch
/// inside one, however short.
fn best_window<T: Unit>(
    hay: &[T],
    pat: &[T],
    max_span: usize,
    starts_first: bool,
) -> Option<(usize, usize)> {
    let (&first, rest) = pat.split_first()?;
    let mut best: Option<(bool, usize, bool, usize, usize)> = None;
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
            let inside = i > 0 && hay[i - 1].is_word();
            let key = (starts_first && inside, span, inside, i, j);
            if best.is_none_or(|b| (key.0, key.1, key.2) < (b.0, b.1, b.2)) {
                best = Some(key);
                if span == pat.len() && !inside {
                    break;
                }
            }
        }
        i += 1;
    }
    best.map(|(_, _, _, s, e)| (s, e))
}

/// [`best_window`] on ASCII bytes, the same answer found faster: an exact occurrence is the
/// shortest possible stretch, so occurrences are looked for first (with a vectorised substring
/// search), and only text without one is searched stretch by stretch, jumping between the
/// occurrences of the first letter.
fn best_window_bytes(
    hay: &[u8],
    pat: &[u8],
    max_span: usize,
    starts_first: bool,
    finder: Option<&memmem::Finder<'_>>,
) -> Option<(usize, usize)> {
    let (&first, rest) = pat.split_first()?;
    let mut exact = None;
    let mut occurrences = |at: usize| {
        if at == 0 || !hay[at - 1].is_word() {
            return true;
        }
        exact.get_or_insert(at);
        false
    };
    let found = match finder {
        Some(f) => f.find_iter(hay).find(|&at| occurrences(at)),
        None => memmem::find_iter(hay, pat).find(|&at| occurrences(at)),
    };
    if let Some(at) = found {
        return Some((at, at + pat.len()));
    }
    if !starts_first && let Some(at) = exact {
        return Some((at, at + pat.len()));
    }
    if rest.is_empty() {
        return exact.map(|at| (at, at + 1));
    }
    // No exact occurrence at a word start: the shortest possible stretch there is one letter
    // longer. Inside a word an exact occurrence, when there is one, beats every longer stretch.
    let mut best: Option<(bool, usize, bool, usize, usize)> = None;
    let mut i = 0;
    while let Some(off) = memchr::memchr(first, &hay[i..]) {
        i += off;
        let inside = i > 0 && hay[i - 1].is_word();
        if inside && exact.is_some() {
            i += 1;
            continue;
        }
        let limit = hay.len().min(i + max_span);
        let mut j = i + 1;
        let mut k = 0;
        while k < rest.len() && j < limit {
            k += usize::from(hay[j] == rest[k]);
            j += 1;
        }
        if k == rest.len() {
            let key = (starts_first && inside, j - i, inside, i, j);
            if best.is_none_or(|b| (key.0, key.1, key.2) < (b.0, b.1, b.2)) {
                best = Some(key);
                if j - i == pat.len() + 1 && !inside {
                    break;
                }
            }
        } else if j == hay.len() {
            // Every later start has even less text after it.
            break;
        }
        i += 1;
    }
    match best {
        Some((false, _, _, s, e)) => Some((s, e)),
        _ => exact
            .map(|at| (at, at + pat.len()))
            .or(best.map(|(_, _, _, s, e)| (s, e))),
    }
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

/// A hash for the packed stretches of [`Scratch::short_memo`]: one multiply-and-fold of the two
/// halves, where hashing byte by byte would cost more than the lookup it serves.
#[derive(Default)]
struct PackedHash(u64);

impl Hasher for PackedHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u128(&mut self, v: u128) {
        let m =
            u128::from((v as u64) ^ (v >> 64) as u64 ^ self.0).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = (m as u64) ^ (m >> 64) as u64;
    }
}

/// Stretches of up to 15 bytes packed in one number, with their length, so that a memo lookup
/// needs no allocation and compares one number.
fn pack(region: &[u8]) -> Option<u128> {
    if region.len() > 15 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..region.len()].copy_from_slice(region);
    buf[15] = region.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// Scores by stretch, for stretches too long to pack.
type LongMemo = HashMap<Box<[u8]>, Option<i64>, BuildHasherDefault<Fnv>>;
/// Scores by packed stretch.
type ShortMemo = HashMap<u128, Option<i64>, BuildHasherDefault<PackedHash>>;

/// Reused buffers, so matching allocates nothing per item, and the scores of stretches already
/// seen: the same few words recur across thousands of items, so most stretches repeat.
#[derive(Default)]
pub(crate) struct Scratch {
    chars: Vec<char>,
    region: String,
    /// Skim scores by stretch (as bytes), one table per word of the query, valid for one
    /// search.
    memo: Vec<LongMemo>,
    /// The same for stretches short enough to pack (nearly all of them).
    short_memo: Vec<ShortMemo>,
    /// Scores of exact occurrences per word of the query, by the byte before the stretch (256:
    /// none); [`UNKNOWN`] until computed.
    exact: Vec<[i64; 257]>,
    /// A substring searcher per word of the query (for ASCII words), built once per search.
    finders: Vec<Option<memmem::Finder<'static>>>,
    /// Scores by (term ordinal, shared slot): a repeated speaker or attribution is matched
    /// once per search. [`UNKNOWN`] until computed, [`NO_MATCH`] when it does not match.
    shared: Vec<i64>,
    slots: usize,
}

const UNKNOWN: i64 = i64::MIN;
const NO_MATCH: i64 = i64::MIN + 1;

impl Scratch {
    /// Readies the caches for a search of `terms` over `store`.
    pub fn for_search(terms: &[Term], store: &FieldStore) -> Scratch {
        let slots = store.slot_count();
        Scratch {
            shared: vec![UNKNOWN; terms.len() * slots],
            slots,
            memo: (0..terms.len()).map(|_| HashMap::default()).collect(),
            short_memo: (0..terms.len()).map(|_| HashMap::default()).collect(),
            exact: vec![[UNKNOWN; 257]; terms.len()],
            finders: terms
                .iter()
                .map(|t| {
                    t.pat
                        .is_ascii()
                        .then(|| memmem::Finder::new(t.pat.as_bytes()).into_owned())
                })
                .collect(),
            ..Scratch::default()
        }
    }

    /// The score of an exact match of `term` (word number `ti`) at a word start.
    fn exact_at_start(&mut self, skim: &SkimMatcherV2, ti: usize, term: &Term) -> i64 {
        let known = self.exact.get(ti).map_or(UNKNOWN, |t| t[256]);
        if known != UNKNOWN {
            return known;
        }
        let s = skim
            .fuzzy(&term.pat, &term.pat, false)
            .map_or(0, |(s, _)| s);
        if let Some(t) = self.exact.get_mut(ti) {
            t[256] = s;
        }
        s
    }

    /// The skim score of `pat` (word number `ti`) in `region`, computed once per search.
    fn score(&mut self, skim: &SkimMatcherV2, ti: usize, region: &str, pat: &str) -> Option<i64> {
        if let Some(key) = pack(region.as_bytes()) {
            if ti >= self.short_memo.len() {
                self.short_memo.resize_with(ti + 1, HashMap::default);
            }
            let memo = &mut self.short_memo[ti];
            if let Some(&s) = memo.get(&key) {
                return s;
            }
            if memo.len() > 1 << 16 {
                memo.clear();
            }
            let s = skim.fuzzy(region, pat, false).map(|(s, _)| s);
            memo.insert(key, s);
            return s;
        }
        if ti >= self.memo.len() {
            self.memo.resize_with(ti + 1, HashMap::default);
        }
        let memo = &mut self.memo[ti];
        if let Some(&s) = memo.get(region.as_bytes()) {
            return s;
        }
        if memo.len() > 1 << 16 {
            memo.clear();
        }
        let s = skim.fuzzy(region, pat, false).map(|(s, _)| s);
        memo.insert(region.as_bytes().into(), s);
        s
    }
}

/// A term's match in one string: its score and, when asked for, the matched char indices.
pub(crate) struct FieldMatch {
    pub score: i64,
    pub positions: Vec<usize>,
}

/// Added to a word's score when it matches where a reader looks for it: at a word start, or
/// anywhere for words shorter than [`Term::starts_first`] asks. It dwarfs every fuzzy score,
/// so an item's total counts its well-placed words before anything else: an item whose words
/// all start words ranks above every item with a word matched inside another ("line" before
/// "Alliance").
pub(crate) const TIER: i64 = 1 << 32;

/// Added when a word of three or more letters matches a whole word, so that "red" ranks the
/// word red above "reduced".
pub(crate) const WHOLE_WORD_BONUS: i64 = 24;

/// What the place of the match `[s, e)` in `hay` adds to the fuzzy score (see [`TIER`]).
fn place_bonus<T: Unit>(hay: &[T], (s, e): (usize, usize), term: &Term) -> i64 {
    let inside = s > 0 && hay[s - 1].is_word();
    if !term.starts_first {
        return TIER;
    }
    if inside {
        return 0;
    }
    let whole = e - s == term.chars.len() && hay.get(e).is_none_or(|u| !u.is_word());
    TIER + if whole { WHOLE_WORD_BONUS } else { 0 }
}

/// A fuzzy score with the place bonus: skim scores are kept at zero or above so that the
/// tier of a sum is never in doubt.
fn placed(score: Option<i64>, bonus: i64) -> Option<i64> {
    score.map(|s| s.clamp(0, TIER / 64) + bonus)
}

/// Matches `term` against one prepared string.
fn match_prepared(
    skim: &SkimMatcherV2,
    (ti, term): (usize, &Term),
    p: Prepared<'_>,
    with_pos: bool,
    scratch: &mut Scratch,
) -> Option<FieldMatch> {
    let max_span = term.max_span();
    let (start, bonus) = if p.ascii {
        if !term.pat.is_ascii() {
            return None;
        }
        let hay = p.s.as_bytes();
        let finder = scratch.finders.get(ti).and_then(Option::as_ref);
        let w = best_window_bytes(
            hay,
            term.pat.as_bytes(),
            max_span,
            term.starts_first,
            finder,
        )?;
        let a = w.0 - usize::from(w.0 > 0 && hay[w.0 - 1].is_word());
        scratch.region.clear();
        scratch.region.push_str(p.s.get(a..w.1)?);
        (a, place_bonus(hay, w, term))
    } else {
        scratch.chars.clear();
        scratch.chars.extend(p.s.chars());
        let hay = &scratch.chars;
        let w = best_window(hay, &term.chars, max_span, term.starts_first)?;
        let a = w.0 - usize::from(w.0 > 0 && hay[w.0 - 1].is_word());
        scratch.region.clear();
        scratch.region.extend(&hay[a..w.1]);
        (a, place_bonus(hay, w, term))
    };
    let region = std::mem::take(&mut scratch.region);
    let result = if with_pos {
        skim.fuzzy(&region, &term.pat, true)
            .and_then(|(score, pos)| {
                Some(FieldMatch {
                    score: placed(Some(score), bonus)?,
                    positions: pos.into_iter().map(|i| i + start).collect(),
                })
            })
    } else {
        placed(scratch.score(skim, ti, &region, &term.pat), bonus).map(|score| FieldMatch {
            score,
            positions: Vec::new(),
        })
    };
    scratch.region = region;
    result
}

/// The score of `term` in one prepared string, for ranking: [`match_prepared`] without the
/// positions, with the caches of `scratch` in front of the fuzzy matcher.
#[inline]
fn score_prepared(
    skim: &SkimMatcherV2,
    (ti, term): (usize, &Term),
    p: Prepared<'_>,
    scratch: &mut Scratch,
) -> Option<i64> {
    if !p.ascii {
        return match_prepared(skim, (ti, term), p, false, scratch).map(|m| m.score);
    }
    if !term.pat.is_ascii() {
        return None;
    }
    let hay = p.s.as_bytes();
    let finder = scratch.finders.get(ti).and_then(Option::as_ref);
    let (s, e) = best_window_bytes(
        hay,
        term.pat.as_bytes(),
        term.max_span(),
        term.starts_first,
        finder,
    )?;
    let bonus = place_bonus(hay, (s, e), term);
    let a = s - usize::from(s > 0 && hay[s - 1].is_word());
    if e - s != term.pat.len() {
        return placed(scratch.score(skim, ti, p.s.get(a..e)?, &term.pat), bonus);
    }
    // An exact occurrence's stretch is the word itself, after the letter before it if any:
    // its score depends on that letter alone.
    let key = if a < s { usize::from(hay[a]) } else { 256 };
    if let Some(&known) = scratch.exact.get(ti).and_then(|t| t.get(key))
        && known != UNKNOWN
    {
        return placed((known != NO_MATCH).then_some(known), bonus);
    }
    let score = skim.fuzzy(p.s.get(a..e)?, &term.pat, false).map(|(s, _)| s);
    if let Some(slot) = scratch.exact.get_mut(ti).and_then(|t| t.get_mut(key)) {
        *slot = score.unwrap_or(NO_MATCH);
    }
    placed(score, bonus)
}

/// The best score of `term` (the query's word number `ti`) over an item's fields: what
/// ranking needs, found with every shortcut [`match_fields`] cannot take when it must report
/// positions.
pub(crate) fn score_fields(
    skim: &SkimMatcherV2,
    (ti, term): (usize, &Term),
    store: &FieldStore,
    fields: impl IntoIterator<Item = usize>,
    scratch: &mut Scratch,
) -> Option<i64> {
    let mut best: Option<i64> = None;
    for f in fields {
        let Some((slot, p)) = store.view(f, term.case_sensitive) else {
            continue;
        };
        let k = ti * scratch.slots + slot as usize;
        let score = if slot != NO_SLOT && k < scratch.shared.len() {
            match scratch.shared[k] {
                UNKNOWN => {
                    let m = score_prepared(skim, (ti, term), p, scratch);
                    scratch.shared[k] = m.unwrap_or(NO_MATCH);
                    m
                }
                NO_MATCH => None,
                s => Some(s),
            }
        } else {
            score_prepared(skim, (ti, term), p, scratch)
        };
        if let Some(s) = score
            && best.is_none_or(|b| s > b)
        {
            best = Some(s);
        }
    }
    best
}

/// The score of `term` (word number `ti`) matching exactly at a word start, with its place
/// bonus (`whole`: the word found is the term itself): what [`score_fields`] gives an ASCII
/// text whose first word-start occurrence of the term is known, without looking at the text.
pub(crate) fn exact_start_score(
    skim: &SkimMatcherV2,
    (ti, term): (usize, &Term),
    whole: bool,
    scratch: &mut Scratch,
) -> i64 {
    let bonus = if !term.starts_first {
        TIER
    } else if whole {
        TIER + WHOLE_WORD_BONUS
    } else {
        TIER
    };
    scratch.exact_at_start(skim, ti, term).clamp(0, TIER / 64) + bonus
}

/// The score of a plain `term` (word number `ti`: lowercase ASCII letters and digits) in an
/// ASCII text in matching form known to hold no stretch of it starting a word (the word index
/// says so): its first exact occurrence, which is inside a word, is then the best stretch
/// ([`best_window_bytes`] prefers the shortest stretch, then one starting a word, then the
/// earliest). `None` when the text does not hold the term itself: the caller matches in full.
pub(crate) fn first_inner_score(
    skim: &SkimMatcherV2,
    (ti, term): (usize, &Term),
    p: Prepared<'_>,
    scratch: &mut Scratch,
) -> Option<i64> {
    let hay = p.s.as_bytes();
    let s = scratch.finders.get(ti)?.as_ref()?.find(hay)?;
    if s == 0 || !hay[s - 1].is_word() {
        return None;
    }
    let e = s + term.pat.len();
    let bonus = if term.starts_first { 0 } else { TIER };
    let key = usize::from(hay[s - 1]);
    if let Some(&known) = scratch.exact.get(ti).and_then(|t| t.get(key))
        && known != UNKNOWN
    {
        return placed((known != NO_MATCH).then_some(known), bonus);
    }
    let score = skim
        .fuzzy(p.s.get(s - 1..e)?, &term.pat, false)
        .map(|(s, _)| s);
    if let Some(slot) = scratch.exact.get_mut(ti).and_then(|t| t.get_mut(key)) {
        *slot = score.unwrap_or(NO_MATCH);
    }
    placed(score, bonus)
}

/// Matches `term` (the query's word number `ti`) against an item's fields (numbers in
/// `store`) with the matched positions, for highlighting; the best field wins, the first on a
/// tie. Returns the score and the position of the winning field in `fields`.
pub(crate) fn match_fields(
    skim: &SkimMatcherV2,
    (ti, term): (usize, &Term),
    store: &FieldStore,
    fields: impl IntoIterator<Item = usize>,
    scratch: &mut Scratch,
) -> Option<(usize, FieldMatch)> {
    let mut best: Option<(usize, FieldMatch)> = None;
    for (i, f) in fields.into_iter().enumerate() {
        let Some((_, p)) = store.view(f, term.case_sensitive) else {
            continue;
        };
        if let Some(m) = match_prepared(skim, (ti, term), p, true, scratch)
            && best.as_ref().is_none_or(|(_, b)| m.score > b.score)
        {
            best = Some((i, m));
        }
    }
    best
}

#[cfg(test)]
#[path = "matcher_tests.rs"]
mod tests;
