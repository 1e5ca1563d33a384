//! Marks what part of a raw capture is the story and what is boilerplate.
//!
//! A capture is read one line at a time, because many outlets put each paragraph on its own line
//! with no blank line between. Each line is first judged on its own (`rules`), then in context:
//! a short unpunctuated line at the top is the title, a caption repeated without its credit is
//! still a caption, and a paragraph printed twice counts once.

mod phrases;
mod rules;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, VecDeque};

use crate::brief::{Block, BlockKind};

pub use rules::{classify_line, headline_label_len};

/// Splits `text` into paragraph blocks (one per non-blank line, whether lines end in LF, CRLF or
/// a lone CR) and gives each its role.
/// Nothing is removed: boilerplate becomes a non-body block, so the original stays whole.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = spans(text);
    for b in &mut out {
        if let Some((kind, reason)) = rules::classify_line(&text[b.start..b.end]) {
            b.kind = kind;
            b.reason = Some(reason);
        }
    }
    mark_author_lines(text, &mut out);
    mark_repeated_captions(text, &mut out);
    mark_title(text, &mut out);
    mark_edges(text, &mut out);
    mark_duplicates(text, &mut out);
    out
}

/// The part of a headline block that is the headline itself, without a "Print Headline:" label.
pub fn headline_span(text: &str, block: &Block) -> (usize, usize) {
    let line = text.get(block.start..block.end).unwrap_or("");
    match headline_label_len(line) {
        Some(n) if block.kind == BlockKind::Headline => {
            let rest = &line[n..];
            let lead = rest.len() - rest.trim_start().len();
            let start = block.start + n + lead;
            if start < block.end {
                (start, block.end)
            } else {
                (block.start, block.end)
            }
        }
        _ => (block.start, block.end),
    }
}

fn spans(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut pos = 0;
    // A lone CR ends a line too (old Mac captions); in CRLF the LF then makes an empty piece.
    for line in text.split_inclusive(['\n', '\r']) {
        // A byte-order mark at the start of a capture is as blank as a space.
        let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
        let trimmed = line.trim_matches(blank);
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start_matches(blank).len();
            let start = pos + lead;
            out.push(Block {
                kind: BlockKind::Body,
                start,
                end: start + trimmed.len(),
                reason: None,
                duplicate_of: None,
            });
        }
        pos += line.len();
    }
    out
}

fn set(b: &mut Block, kind: BlockKind, reason: &str) {
    b.kind = kind;
    b.reason = Some(reason.to_string());
}

/// A bare name line right before an author bio that opens with that name, and a bio sentence
/// with only weak signs right after an author line.
fn mark_author_lines(text: &str, out: &mut [Block]) {
    for i in 0..out.len() {
        let line = &text[out[i].start..out[i].end];
        if out[i].kind == BlockKind::Body
            && i + 1 < out.len()
            && matches!(
                out[i + 1].reason.as_deref(),
                Some("author bio" | rules::POSSIBLE_BIO)
            )
            && is_bare_name(line)
            && text[out[i + 1].start..out[i + 1].end].starts_with(line)
        {
            set(&mut out[i], BlockKind::Byline, "author line");
        }
        if out[i].kind == BlockKind::Body
            && i > 0
            && out[i - 1].reason.as_deref() == Some("author line")
            && first_word(line) == first_word(&text[out[i - 1].start..out[i - 1].end])
            && rules::weak_bio(line)
        {
            set(&mut out[i], BlockKind::Byline, "author bio");
        }
    }
    // A line with only weak bio signs is a bio in the footer, or next to an author line;
    // in the middle of the story it is story ("Smith, a reporter for the Times who has covered").
    // Only lines before `i` change in the loop, so the last story line after it stays known.
    let last_story = out.iter().rposition(|b| b.kind == BlockKind::Body);
    for i in 0..out.len() {
        if out[i].reason.as_deref() != Some(rules::POSSIBLE_BIO) {
            continue;
        }
        let footer = last_story.is_none_or(|l| l <= i);
        let author = |b: &Block| matches!(b.reason.as_deref(), Some("author line" | "author bio"));
        let near = (i > 0 && author(&out[i - 1])) || out.get(i + 1).is_some_and(author);
        if footer || near {
            set(&mut out[i], BlockKind::Byline, "author bio");
        } else {
            out[i].kind = BlockKind::Body;
            out[i].reason = None;
        }
    }
}

fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

fn is_bare_name(line: &str) -> bool {
    // Stops at the fifth word: a paragraph is never read to its end to learn it is long.
    let mut n = 0;
    for w in line.split_whitespace() {
        n += 1;
        let name_like = w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'');
        if n > 4 || !name_like {
            return false;
        }
    }
    n >= 2
}

/// Words of a paragraph made plain by `rules::normalise`, for comparing paragraphs regardless
/// of punctuation and quote marks.
fn norm_words(normalised: &str) -> Vec<&str> {
    normalised
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A line that repeats the start of the caption just before it (the caption printed again
/// without its credit), and a credit line after such a pair.
fn mark_repeated_captions(text: &str, out: &mut [Block]) {
    for i in 1..out.len() {
        if out[i].kind != BlockKind::Body || out[i - 1].kind != BlockKind::Caption {
            continue;
        }
        let (prev, cur) = (
            rules::normalise(&text[out[i - 1].start..out[i - 1].end]),
            rules::normalise(&text[out[i].start..out[i].end]),
        );
        let (prev, cur) = (norm_words(&prev), norm_words(&cur));
        if cur.len() >= 4 && cur.len() <= prev.len() && prev[..cur.len()] == cur[..] {
            let first = out[i - 1].duplicate_of.unwrap_or(i - 1);
            set(&mut out[i], BlockKind::Caption, "repeated caption");
            out[i].duplicate_of = Some(first);
        }
    }
}

/// A title line at the top: short, without a final period (or a question), before the story.
fn mark_title(text: &str, out: &mut [Block]) {
    let Some(first) = out.iter().position(|b| b.kind == BlockKind::Body) else {
        return;
    };
    if out[..first]
        .iter()
        .any(|b| b.kind == BlockKind::Headline && b.reason.as_deref() == Some("title line"))
    {
        return;
    }
    let mut first = first;
    let line = &text[out[first].start..out[first].end];
    // A short label over the title ("ANALYSIS", "Israel and the Region") is a section label:
    // one or two words over a title, or up to five over a title and its summary line.
    let title_like = |i: usize| {
        out.get(i).is_some_and(|b: &Block| {
            b.kind == BlockKind::Body && looks_like_title(&text[b.start..b.end])
        })
    };
    let n = rules::word_count(line);
    if looks_like_title(line)
        && title_like(first + 1)
        && (n <= 2 || (n <= 5 && title_like(first + 2)))
    {
        set(&mut out[first], BlockKind::Boilerplate, "section label");
        first += 1;
    }
    let next_body = out[first + 1..]
        .iter()
        .find(|b| b.kind == BlockKind::Body)
        .map(|b| &text[b.start..b.end]);
    let line = &text[out[first].start..out[first].end];
    if !next_body.is_some_and(|next| looks_like_title(line) || stopped_title(line, next)) {
        return;
    }
    set(&mut out[first], BlockKind::Headline, "title line");
    // A summary line right under the title, itself unpunctuated, before the story proper.
    if let Some(next) = out.get(first + 1)
        && next.kind == BlockKind::Body
        && !is_bare_name(&text[next.start..next.end])
        && out[first + 2..].iter().any(|b| b.kind == BlockKind::Body)
    {
        let l = &text[next.start..next.end];
        let n = rules::word_count(l);
        if (4..=40).contains(&n) && looks_like_title(l) && !l.trim_end().ends_with('?') {
            set(&mut out[first + 1], BlockKind::Headline, "standfirst");
        }
    }
}

/// Short unpunctuated lines above the title or below the last paragraph of the story are menu
/// and topic links; a bare name next to a date or byline is the author.
fn mark_edges(text: &str, out: &mut [Block]) {
    let line = |b: &Block| &text[b.start..b.end];
    for i in 0..out.len() {
        if out[i].kind == BlockKind::Body && is_bare_name(line(&out[i])) {
            let by = |b: &Block| b.kind == BlockKind::Byline;
            if (i > 0 && by(&out[i - 1])) || out.get(i + 1).is_some_and(by) {
                set(&mut out[i], BlockKind::Byline, "author line");
            }
        }
    }
    let short_link = |b: &Block| {
        let l = &text[b.start..b.end];
        b.kind == BlockKind::Body
            && rules::word_count(l) <= 6
            && !l.trim_end().ends_with(['.', '!', '?', '"', '”', '…'])
    };
    if let Some(title) = out
        .iter()
        .position(|b| b.reason.as_deref() == Some("title line"))
    {
        for b in &mut out[..title] {
            if short_link(b) {
                set(b, BlockKind::Boilerplate, "header link");
            }
        }
    }
    let paragraph = |b: &Block| {
        let l = &text[b.start..b.end];
        b.kind == BlockKind::Body && rules::word_count(l) >= 8
    };
    if let Some(last) = out.iter().rposition(paragraph) {
        for b in &mut out[last + 1..] {
            if b.kind != BlockKind::Body {
                continue;
            }
            if let Some((kind, reason)) = rules::footer_notice(&text[b.start..b.end]) {
                b.kind = kind;
                b.reason = Some(reason);
            } else if short_link(b) {
                set(b, BlockKind::Boilerplate, "footer link");
            }
        }
    }
}

/// A title printed with a full stop ("Dockers end strike after 12 days."): one short sentence
/// alone on its line, without attribution, over a paragraph clearly longer than it.
fn stopped_title(line: &str, next: &str) -> bool {
    let t = line.trim_end();
    // A headline may end on a quote: "Lee on the Flood: “We Will Rebuild.”"
    let Some(sentence) = t.trim_end_matches(['"', '”', '’', '\'']).strip_suffix('.') else {
        return false;
    };
    let words = rules::word_count(t);
    let lower = rules::normalise(t);
    // "Lee says." is a sentence; "If Lee Says It, It's True." in title case is a headline.
    let speech = !title_case(t)
        && (rules::contains_word(&lower, "said") || rules::contains_word(&lower, "says"));
    (3..=14).contains(&words)
        && !sentence.ends_with('.')
        && ![". ", "? ", "! "].iter().any(|s| sentence.contains(s))
        && !speech
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && rules::word_count(next) >= 2 * words
}

/// Whether most of a line's words of four letters or more are capitalised, as in a headline
/// written in title case.
fn title_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let caps = long
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphabetic())
                .starts_with(char::is_uppercase)
        })
        .count();
    long.len() >= 3 && caps * 10 >= long.len() * 7
}

fn looks_like_title(line: &str) -> bool {
    let words = rules::word_count(line);
    let end = line.trim_end_matches(['"', '”', '’', '\'', ' ']);
    let question = end.ends_with(['?', '!']);
    let no_stop = !end.ends_with(['.', ':', ',', ';', '…']);
    (1..=25).contains(&words)
        && (no_stop || question)
        && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'".contains(c))
}

/// A paragraph printed again later (a lede repeated under the photo) is marked as a repeat of
/// the first, so its sentences count once.
fn mark_duplicates(text: &str, out: &mut [Block]) {
    // Only the last NEAR_WINDOW paragraphs are compared for near repeats, so only theirs are
    // kept: a page-long article holds no more than that many paragraphs' words at a time.
    let mut window: VecDeque<Para> = VecDeque::with_capacity(NEAR_WINDOW + 1);
    // Paragraphs by the hash of their word sequence; a hit is checked word by word.
    let mut exact: HashMap<u64, usize> = HashMap::new();
    for j in 0..out.len() {
        let para = Para::new(&norm_words(&rules::normalise(
            &text[out[j].start..out[j].end],
        )));
        if para.len >= 6 && out[j].duplicate_of.is_none() {
            let first = j.saturating_sub(NEAR_WINDOW);
            let earlier = exact
                .get(&para.sequence)
                .copied()
                .filter(|&i| same_words(text, &out[i], &out[j]))
                .or_else(|| {
                    // Near repeats: compare against earlier long paragraphs (bounded work).
                    (first..j).find(|&i| near_same(&window[i - first], &para))
                });
            if let Some(i) = earlier {
                let i = out[i].duplicate_of.unwrap_or(i);
                if out[j].kind == BlockKind::Body || out[j].kind == BlockKind::Headline {
                    let reason = match out[i].kind {
                        BlockKind::Caption => "repeated caption",
                        BlockKind::Headline => "repeated headline",
                        _ => "repeated paragraph",
                    };
                    let kind = if out[i].kind == BlockKind::Caption {
                        BlockKind::Caption
                    } else {
                        BlockKind::Boilerplate
                    };
                    set(&mut out[j], kind, reason);
                    out[j].duplicate_of = Some(i);
                }
            }
        }
        exact.entry(para.sequence).or_insert(j);
        window.push_back(para);
        if window.len() > NEAR_WINDOW {
            window.pop_front();
        }
    }
}

/// How many earlier paragraphs a paragraph is compared with for a near repeat.
const NEAR_WINDOW: usize = 400;

/// The two blocks have the same normalised words.
fn same_words(text: &str, a: &Block, b: &Block) -> bool {
    let (a, b) = (
        rules::normalise(&text[a.start..a.end]),
        rules::normalise(&text[b.start..b.end]),
    );
    norm_words(&a) == norm_words(&b)
}

/// FNV-1a: fixed, so everything built on it is deterministic.
fn fnv(bytes: &[u8], seed: u64) -> u64 {
    bytes.iter().fold(seed, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

const FNV_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// What the repeat check needs of a paragraph, computed once: its words as 64-bit hashes.
struct Para {
    /// Number of words.
    len: usize,
    /// Hash of the whole word sequence.
    sequence: u64,
    /// Each word's hash, in order.
    hashes: Vec<u64>,
    /// The distinct word hashes, sorted (empty below six words: such paragraphs are never
    /// compared).
    distinct: Vec<u64>,
    /// One bit per hash bucket: a word whose bit the other paragraph lacks is certainly not
    /// in it, so most pairs of a huge capture are ruled out without looking at their words.
    mask: [u64; 4],
}

impl Para {
    fn new(words: &[&str]) -> Self {
        let hashes: Vec<u64> = words.iter().map(|w| fnv(w.as_bytes(), FNV_SEED)).collect();
        let sequence = hashes
            .iter()
            .fold(FNV_SEED, |h, w| fnv(&w.to_le_bytes(), h));
        let mut distinct = if words.len() >= 6 {
            hashes.clone()
        } else {
            Vec::new()
        };
        distinct.sort_unstable();
        distinct.dedup();
        let mut mask = [0u64; 4];
        for h in &distinct {
            let bit = (h % 256) as usize;
            mask[bit / 64] |= 1 << (bit % 64);
        }
        Self {
            len: words.len(),
            sequence,
            hashes,
            distinct,
            mask,
        }
    }
}

/// The two paragraphs share at least 90% of the shorter one's words, and differ in length by
/// at most a fifth.
fn near_same(a: &Para, b: &Para) -> bool {
    if a.len < 6 || b.len < 6 {
        return false;
    }
    let (short, long) = if a.len <= b.len { (a, b) } else { (b, a) };
    if short.len * 10 < long.len * 8 {
        return false;
    }
    // Each bit the short paragraph has and the long one lacks is at least one missing word.
    let missing: usize = (0..4)
        .map(|k| (short.mask[k] & !long.mask[k]).count_ones() as usize)
        .sum();
    if short.len.saturating_sub(missing) * 100 < short.len * 90 {
        return false;
    }
    let shared = short
        .hashes
        .iter()
        .filter(|h| long.distinct.binary_search(h).is_ok())
        .count();
    shared * 100 >= short.len * 90
}
