//! Sentence splitting that survives abbreviations, initials and multi-sentence quotations.
//!
//! A sentence may end at `.`, `?`, `!` or `…` (with any closing quotes or brackets after it)
//! when whitespace and a word that does not start in lowercase follow. A period after a title
//! ("Gen.", "Sen."), an initial ("John F. Kennedy") or "No." before a number ends nothing; after
//! an abbreviation that can close a sentence ("U.S.", "Inc.", "p.m.") it ends one only before a
//! usual sentence opener. A quotation woven into a sentence and closed later in the same block
//! is one piece with its attribution ("“… huge. They told us …,” said one soldier."), unless it
//! holds too many sentence ends to be one quotation; a quotation that stands alone as whole
//! sentences is split like any other text.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::clean;
use crate::brief::{Block, BlockKind, Sentence};

/// More sentence ends than this inside one quotation means the quote marks are not a pair
/// worth trusting (a stray or unclosed mark), so the ends count after all.
const MAX_ENDS_IN_QUOTE: usize = 5;

#[derive(serde::Deserialize)]
struct Table {
    never_end: HashSet<String>,
    maybe_end: HashSet<String>,
    number_before: HashSet<String>,
    openers: HashSet<String>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        serde_json::from_str(include_str!("../../data/abbreviations.json"))
            .expect("data/abbreviations.json is valid (checked by a unit test)")
    })
}

/// Splits the headline and body blocks of `text` into sentences, in text order. A headline's
/// "Print Headline:" label is left out of its sentence.
pub fn split(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if !matches!(b.kind, BlockKind::Body | BlockKind::Headline) {
            continue;
        }
        let (s, e) = clean::headline_span(text, b);
        let Some(seg) = text.get(s..e) else { continue };
        for (a, z) in split_str(seg) {
            out.push(Sentence {
                start: s + a,
                end: s + z,
                block: i,
            });
        }
    }
    out
}

/// A place where a sentence may end: the terminator's byte, the end of the sentence (after
/// closing marks) and where the next one starts.
#[derive(Debug, Clone, Copy)]
struct Cut {
    punct: usize,
    end: usize,
    next: usize,
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»' | '›')
}

/// Sentence spans of `seg` as trimmed byte ranges.
pub fn split_str(seg: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = seg.char_indices().collect();
    let cuts = candidate_cuts(seg, &chars);
    // Cuts are in text order, so the cuts inside a quotation are one run found by bisection.
    let mut held = vec![false; cuts.len()];
    for q in quote_spans(&chars) {
        let (open, close) = q;
        if is_standalone(seg, &cuts, q) {
            continue;
        }
        let from = cuts.partition_point(|c| c.punct <= open);
        let to = cuts.partition_point(|c| c.end <= close);
        if from < to && to - from <= MAX_ENDS_IN_QUOTE {
            held[from..to].iter_mut().for_each(|h| *h = true);
        }
    }
    let kept = cuts
        .iter()
        .zip(&held)
        .filter(|(_, h)| !**h)
        .map(|(c, _)| *c);
    let mut out = Vec::new();
    let mut start = 0;
    for c in kept {
        push_trimmed(seg, start, c.end, &mut out);
        start = c.next;
    }
    push_trimmed(seg, start, seg.len(), &mut out);
    out
}

/// A quotation that is whole sentences on its own: it opens where a sentence may start and
/// closes on a sentence end with nothing of the sentence after it. Its inner sentences stay
/// apart; only a quotation woven into a longer sentence ("…,” said one) holds together.
fn is_standalone(seg: &str, cuts: &[Cut], (open, close): (usize, usize)) -> bool {
    let opens_sentence =
        seg[..open].trim().is_empty() || cuts.binary_search_by_key(&open, |c| c.next).is_ok();
    let before_close = seg[..close].trim_end_matches(['’', '\'', '"', '”', ')']);
    let closes_on_end = before_close.ends_with(['.', '?', '!', '…'])
        && (cuts
            .get(cuts.partition_point(|c| c.end <= close))
            .is_some_and(|c| c.punct < close)
            || seg[close..]
                .trim_start_matches(|c: char| is_closer(c))
                .trim()
                .is_empty());
    opens_sentence && closes_on_end
}

fn push_trimmed(seg: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(piece) = seg.get(start..end) else {
        return;
    };
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

fn candidate_cuts(seg: &str, chars: &[(usize, char)]) -> Vec<Cut> {
    let mut cuts = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (p, c) = chars[k];
        if !matches!(c, '.' | '?' | '!' | '…') {
            k += 1;
            continue;
        }
        let mut j = k;
        while j + 1 < chars.len() && matches!(chars[j + 1].1, '.' | '?' | '!' | '…') {
            j += 1;
        }
        let single_period = j == k && c == '.';
        while j + 1 < chars.len() && is_closer(chars[j + 1].1) {
            j += 1;
        }
        let end = chars.get(j + 1).map_or(seg.len(), |&(b, _)| b);
        k = j + 1;
        // Whitespace must follow, then something that may open a sentence.
        if !chars.get(j + 1).is_some_and(|&(_, w)| w.is_whitespace()) {
            continue;
        }
        let mut n = j + 1;
        while n < chars.len() && chars[n].1.is_whitespace() {
            n += 1;
        }
        let Some(&(next, nc)) = chars.get(n) else {
            continue;
        };
        if nc.is_lowercase() || matches!(nc, ',' | ';' | ':' | ')' | ']') {
            continue;
        }
        if single_period && !period_ends(seg, p, &seg[next..]) {
            continue;
        }
        cuts.push(Cut {
            punct: p,
            end,
            next,
        });
    }
    cuts
}

/// Whether the period at byte `p` ends a sentence, judged by the word before it and the text
/// after it.
fn period_ends(seg: &str, p: usize, after: &str) -> bool {
    let head = &seg[..p];
    let tok_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '[' | '“' | '"' | '‘' | '—' | '–'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &head[tok_start..];
    if token.is_empty() {
        return true;
    }
    let mut tc = token.chars();
    if let (Some(first), None) = (tc.next(), tc.next())
        && first.is_alphabetic()
        && first.is_uppercase()
    {
        // An initial ("John F. Kennedy") goes on with a name; before a usual opener the letter
        // ended the sentence ("… vitamin D. The trial …").
        return opener_follows(after);
    }
    let t = table();
    let lower = token.to_lowercase();
    let next_digit = after.starts_with(|c: char| c.is_ascii_digit());
    if t.never_end.contains(&lower) {
        return false;
    }
    if t.number_before.contains(&lower) && next_digit {
        return false;
    }
    let inner_period = lower.contains('.') && lower.chars().any(char::is_alphabetic);
    if t.maybe_end.contains(&lower) || inner_period {
        if next_digit {
            return false;
        }
        // "No." alone, with no number after it, is the answer "no".
        let before = head[..tok_start].trim_end();
        let alone = t.number_before.contains(&lower)
            && (before.is_empty() || before.ends_with(['.', '?', '!']));
        if after.starts_with(['“', '"', '‘']) || alone {
            return true;
        }
        return opener_follows(after);
    }
    true
}

/// The text goes on with a word that usually opens a sentence ("The", "He", "But").
fn opener_follows(after: &str) -> bool {
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
        .collect::<String>()
        .to_lowercase();
    word.chars().count() >= 2 && table().openers.contains(&word)
}

/// Byte ranges `(open, close)` of quotations opened and closed in `seg`: `open` is the opening
/// mark, `close` the closing mark. Unclosed quotations are left out.
fn quote_spans(chars: &[(usize, char)]) -> Vec<(usize, usize)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut spans = Vec::new();
    for (k, &(b, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|i| chars[i].1);
        match c {
            '“' | '«' => stack.push((b, c)),
            '”' | '»' => {
                let want = if c == '”' { '“' } else { '«' };
                if let Some(pos) = stack.iter().rposition(|&(_, o)| o == want) {
                    spans.push((stack[pos].0, b));
                    stack.truncate(pos);
                }
            }
            '"' => match stack.iter().rposition(|&(_, o)| o == '"') {
                Some(pos) => {
                    spans.push((stack[pos].0, b));
                    stack.truncate(pos);
                }
                None if prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p)) => {
                    stack.push((b, c));
                }
                None => {}
            },
            _ => {}
        }
    }
    spans
}

#[cfg(test)]
mod tests;
