//! The words of a stretch of text as the speaker rules read them: lowercased once, party tags
//! ("(D-Conn.)") left out, contractions cut to their pronoun, run-on sentences split; and what
//! lies between two words.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use compact_str::CompactString;

use crate::analyze::words;
use crate::brief::Block;

/// A word with its lowercase form, so the rules can compare without allocating again.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// Inline up to 24 bytes, so a word's lowercase needs no heap allocation: a `String` per
    /// token cost a malloc and a free for each of the ~280,000 words the speaker rules read in
    /// the eval texts (import of the eval texts and seeds: 1,388 M instructions → 1,326 M).
    pub lower: CompactString,
    pub cap: bool,
}

/// Whether the words between brackets are a party and state tag ("D", "R-Texas", "D-N.Y.",
/// "Tex."), the aside that follows a lawmaker's name.
fn is_party_tag(inner: &str) -> bool {
    let inner = inner.trim();
    let ok_chars = inner
        .chars()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, '.' | '-' | ' '));
    let party = matches!(inner, "D" | "R" | "I")
        || ["D-", "R-", "I-"].iter().any(|p| {
            inner
                .strip_prefix(p)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
        });
    let state = inner.ends_with('.')
        && !inner.contains(' ')
        && inner.starts_with(|c: char| c.is_ascii_uppercase())
        && inner.len() <= 7;
    !inner.is_empty() && inner.len() <= 14 && ok_chars && (party || state)
}

/// Byte ranges of the party tags (brackets included) in `text[lo..hi]`.
fn party_tags(text: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let Some(slice) = text.get(lo..hi) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = slice[from..].find('(') {
        let open = from + p;
        let Some(len) = slice[open + 1..].find(')').filter(|&l| l <= 16) else {
            from = open + 1;
            continue;
        };
        let close = open + 1 + len;
        if is_party_tag(&slice[open + 1..close]) {
            out.push((lo + open, lo + close + 1));
        }
        from = close;
    }
    out
}

/// Words of `text[lo..hi]`, without the words of party tags: "Sen. Ann Roe (D-Ohio) said" is
/// "Sen. Ann Roe said" to the rules.
pub(crate) fn toks(text: &str, lo: usize, hi: usize) -> Vec<Tok> {
    if text.get(lo..hi).is_none() {
        return Vec::new();
    }
    let tags = party_tags(text, lo, hi);
    let mut ws = words::tokens(text, lo, hi);
    // "said.Trump": a sentence run on to the next with no space is two words to the rules.
    if let Some(k) = ws.iter().position(|t| run_on_at(t.as_str(text)).is_some()) {
        let mut split = Vec::with_capacity(ws.len() + 1);
        split.extend_from_slice(&ws[..k]);
        for t in &ws[k..] {
            match run_on_at(t.as_str(text)) {
                Some(p) => {
                    split.push(words::Token {
                        start: t.start,
                        end: t.start + p,
                    });
                    split.push(words::Token {
                        start: t.start + p + 1,
                        end: t.end,
                    });
                }
                None => split.push(*t),
            }
        }
        ws = split;
    }
    // Sized once, so the list is never grown and copied as it fills.
    let n = ws.len();
    ws.into_iter()
        .filter(|t| !tags.iter().any(|&(a, b)| a <= t.start && t.end <= b))
        .map(|t| {
            let s = t.as_str(text);
            // Most words are ASCII, whose lowercase needs no Unicode tables.
            let mut lower = if s.is_ascii() {
                let mut lower = CompactString::from(s);
                lower.make_ascii_lowercase();
                lower
            } else {
                CompactString::from(s.to_lowercase())
            };
            let mut end = t.end;
            if let Some(bare) = contracted_pronoun(&lower) {
                end = t.start + bare.len();
                lower.truncate(bare.len());
            }
            Tok {
                start: t.start,
                end,
                lower,
                cap: s.chars().next().is_some_and(char::is_uppercase),
            }
        })
        .fold(Vec::with_capacity(n), |mut out, t| {
            out.push(t);
            out
        })
}

/// The words ([`toks`]) of each block, made once per article: the speaker rules read every
/// paragraph's words and then those around each quote, and the claim finder every sentence's,
/// the same words; made once, they cost a third (import of the eval texts and seeds: `toks`
/// was 160 M of 1,274 M instructions).
///
/// A word held is 48 bytes, eight times its text: the words of every block of a book-length
/// text would hold more than the rest of its analysis (a 600 KB text imported at 10x its size
/// instead of under 4x). So at most [`HELD_WORDS`] are kept, the blocks made longest ago let
/// go first; the readers go through the blocks in order and look back at most two, so a block
/// let go is seldom made again, and an article of news length is held whole.
pub struct ArticleWords<'a> {
    text: &'a str,
    bounds: Vec<(usize, usize)>,
    held: RefCell<Held>,
}

/// How many words [`ArticleWords`] keeps at once: some 400 KB, longer than any news article.
const HELD_WORDS: usize = 8_192;

#[derive(Default)]
struct Held {
    blocks: Vec<Option<Rc<Vec<Tok>>>>,
    /// Blocks held, in the order they were made.
    made: VecDeque<usize>,
    words: usize,
}

impl<'a> ArticleWords<'a> {
    pub fn new(text: &'a str, blocks: &[Block]) -> Self {
        let bounds: Vec<(usize, usize)> = blocks.iter().map(|b| (b.start, b.end)).collect();
        let held = Held {
            blocks: vec![None; bounds.len()],
            ..Held::default()
        };
        Self {
            text,
            bounds,
            held: RefCell::new(held),
        }
    }

    /// The words of block `i`.
    pub(crate) fn block(&self, i: usize) -> Rc<Vec<Tok>> {
        let mut held = self.held.borrow_mut();
        if let Some(Some(words)) = held.blocks.get(i) {
            return Rc::clone(words);
        }
        let Some(&(start, end)) = self.bounds.get(i) else {
            return Rc::default();
        };
        let words = Rc::new(toks(self.text, start, end));
        held.words += words.len();
        held.blocks[i] = Some(Rc::clone(&words));
        held.made.push_back(i);
        while held.words > HELD_WORDS && held.made.len() > 1 {
            let Some(old) = held.made.pop_front() else {
                break;
            };
            if let Some(gone) = held.blocks[old].take() {
                held.words -= gone.len();
            }
        }
        words
    }
}

/// The words of `words` (in text order) that lie wholly inside `lo..hi`.
pub(crate) fn within(words: &[Tok], lo: usize, hi: usize) -> &[Tok] {
    let a = words.partition_point(|k| k.start < lo);
    let b = words.partition_point(|k| k.end <= hi).max(a);
    &words[a..b]
}

/// Where a word is two sentences run together with no space, "said.Trump": the offset of a
/// period between a lowercase word of two letters or more and a capitalised word (an
/// abbreviation such as "U.S." or "a.m." has a single letter before its periods).
///
/// The period is looked for byte by byte: `str::find` with a `char` goes through `memchr`,
/// whose setup costs more than the scan of a short word (asked of every word: 31 M
/// instructions → 12 M on the eval texts and seeds).
fn run_on_at(w: &str) -> Option<usize> {
    let p = w.bytes().position(|b| b == b'.')?;
    let (left, right) = (&w[..p], &w[p + 1..]);
    let lower_word = left.len() >= 2 && left.bytes().all(|b| b.is_ascii_lowercase());
    let mut r = right.chars();
    let capital_word = r.next().is_some_and(|c| c.is_ascii_uppercase())
        && r.next().is_some_and(|c| c.is_ascii_lowercase())
        && right.chars().all(char::is_alphabetic);
    (lower_word && capital_word).then_some(p)
}

/// The pronoun of a contraction ("he'd", "she’s", "he'll"), so "he'd asked" has "he" for its
/// subject like "he asked"; the token then ends where the pronoun does.
fn contracted_pronoun(lower: &str) -> Option<&'static str> {
    // Asked of every word: only one of four to eight bytes starting "he" or "she" can be one.
    if !(4..=8).contains(&lower.len()) || !(lower.starts_with("he") || lower.starts_with("she")) {
        return None;
    }
    let (head, tail) = lower.split_once(['\'', '’'])?;
    let pronoun = match head {
        "he" => "he",
        "she" => "she",
        _ => return None,
    };
    matches!(tail, "d" | "s" | "ll").then_some(pronoun)
}

/// Whether the text between two words breaks a phrase (punctuation other than a hyphen).
pub(crate) fn gap_breaks(text: &str, a: usize, b: usize) -> bool {
    // A party tag between two words is no break: "Ann Roe (D-Ohio) said".
    if let Some(g) = text.get(a..b)
        && let (Some(o), Some(c)) = (g.find('('), g.rfind(')'))
        && o < c
        && is_party_tag(&g[o + 1..c])
    {
        return gap_breaks_str(&g[..o]) || gap_breaks_str(&g[c + 1..]);
    }
    if text.get(a..b) == Some(". ") {
        // A title abbreviation such as "Gen." or "Col." does not end a name.
        let before = text.get(..a).unwrap_or("");
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if (1..=4).contains(&word.chars().count())
            && word.chars().last().is_some_and(char::is_uppercase)
        {
            return false;
        }
    }
    text.get(a..b).is_none_or(gap_breaks_str)
}

/// Whether a gap's characters hold punctuation that breaks a phrase.
fn gap_breaks_str(g: &str) -> bool {
    g.chars().any(|c| {
        matches!(
            c,
            ',' | ';' | ':' | '—' | '–' | '(' | ')' | '“' | '”' | '"' | '.' | '?' | '!' | '[' | ']'
        )
    })
}

pub(crate) fn gap_has_comma(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b).is_some_and(|g| g.contains(','))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::BlockKind;

    #[test]
    fn a_long_text_holds_a_bounded_share_of_its_words_and_remakes_the_rest_alike() {
        let para = "Dock workers in the harbour said the strike would go on past Monday. ";
        let mut text = String::new();
        let mut blocks = Vec::new();
        for i in 0..400 {
            let start = text.len();
            text.push_str(&para.repeat(3));
            text.push_str(&format!("Block {i}.\n\n"));
            blocks.push(Block {
                start,
                end: text.len() - 2,
                kind: BlockKind::Body,
                duplicate_of: None,
                reason: None,
            });
        }
        let words = ArticleWords::new(&text, &blocks);
        let first: Vec<String> = words.block(0).iter().map(|t| t.lower.to_string()).collect();
        for i in 0..blocks.len() {
            let w = words.block(i);
            assert_eq!(
                w.last().map(|t| t.lower.as_str()),
                Some(format!("{i}").as_str())
            );
        }
        let held = words.held.borrow().words;
        assert!(held <= HELD_WORDS + first.len(), "{held} words held");
        assert!(
            words.held.borrow().blocks[0].is_none(),
            "the first block was let go"
        );
        let again: Vec<String> = words.block(0).iter().map(|t| t.lower.to_string()).collect();
        assert_eq!(first, again);
        assert!(words.block(blocks.len()).is_empty());
    }
}
