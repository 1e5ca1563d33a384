//! Sentences that assert something checkable, with their attribution.
//!
//! A body sentence is a claim when the writer's own words in it (the sentence with every direct
//! quote masked out, and for a full quote also the "…,” said X" clause around it) hold at least
//! one checkable signal: a number, a date or time, a place mention, an event word, or an
//! attribution ("officials said", "according to X", "citing X"). Headlines, boilerplate,
//! repeated blocks, questions, fragments shorter than a few words, and sentences whose own words
//! are only an attribution of a quote are left out; so is a sentence whose only signal is an
//! attribution of a feeling or belief ("officials worry that …").

mod lexicon;
#[cfg(test)]
mod tests;

use super::entities::RawMention;
use std::borrow::Cow;

use super::quotes::{self, ArticleWords, FoundQuote, Tok, within};
use crate::brief::{Block, BlockKind, Claim, ClaimFeature, EntityKind, Sentence};
use lexicon::{
    IN_EVENTS, IN_MONTHS, IN_NUMBER_WORDS, IN_OPINION, IN_RELATIVE_FIRST, IN_WEEKDAYS,
    claims_lexicon,
};

/// Writer's words left in a sentence once quotes and their attributions are masked.
fn unmasked(
    text: &str,
    (lo, hi): (usize, usize),
    qs: &[&FoundQuote],
    words: &[Tok],
) -> Vec<(usize, usize)> {
    let mut masks: Vec<(usize, usize)> = Vec::new();
    for q in qs {
        let (mut a, mut b) = (q.start, q.end);
        if !q.partial {
            let from = quotes::clause_start(text, lo, q.start);
            if within(words, from, q.start).len() <= 8 {
                a = from;
            }
            let inner = text.get(q.start..q.end).unwrap_or("");
            let after = text.get(q.end..hi).unwrap_or("");
            let after = after.trim_start_matches(['”', '"', '’', '\'', ' ', ',']);
            let new_sentence = inner.ends_with(['.', '?', '!'])
                && after.chars().next().is_some_and(char::is_uppercase);
            if !new_sentence {
                b = quotes::clause_end(text, q.end, hi);
            }
        }
        masks.push((a.max(lo), b.min(hi)));
    }
    masks.sort_unstable();
    let mut out = Vec::new();
    let mut at = lo;
    for (a, b) in masks {
        if a > at {
            out.push((at, a));
        }
        at = at.max(b);
    }
    if at < hi {
        out.push((at, hi));
    }
    out
}

fn phrase_text(text: &str, t: &[Tok], r: (usize, usize)) -> Option<String> {
    let s = text.get(t[r.0].start..t[r.1 - 1].end)?;
    Some(s.to_string())
}

/// The source of a sentence as written: "according to X", "citing X", "X said", "…, said X".
fn attribution(text: &str, t: &[Tok], mentions: &[RawMention]) -> Option<String> {
    for k in 0..t.len() {
        if quotes::is_according(t, k)
            && let Some(r) = quotes::np_after(text, t, k + 2)
        {
            return phrase_text(text, t, r);
        }
        if t[k].lower == "citing"
            && let Some(r) = quotes::np_after(text, t, k + 1)
        {
            return phrase_text(text, t, r);
        }
        if t[k].lower == "saying" && k > 0 && t[k - 1].lower == "as" {
            let q_at = (0..k)
                .rev()
                .find(|&j| matches!(t[j].lower.as_str(), "quoted" | "cited"));
            if let Some(r) = q_at.and_then(|j| quotes::np_before(text, t, j, 0, mentions)) {
                return phrase_text(text, t, r);
            }
        }
        if !quotes::is_verb(t, k) {
            continue;
        }
        let after_comma = k > 0
            && text
                .get(t[k - 1].end..t[k].start)
                .is_some_and(|g| g.contains(','));
        if after_comma && let Some(r) = quotes::np_after(text, t, k + 1) {
            let ends = t
                .get(r.1)
                .is_none_or(|n| quotes::gap_breaks(text, t[r.1 - 1].end, n.start));
            if ends {
                return phrase_text(text, t, r);
            }
        }
        if let Some(r) = quotes::np_before(text, t, k, 0, mentions) {
            return phrase_text(text, t, r);
        }
    }
    None
}

/// `kinds[i]`: the lexicon's `IN_*` bits of `t[i]`.
fn features(
    text: &str,
    t: &[Tok],
    kinds: &[u8],
    parts: &[(usize, usize)],
    mentions: &[RawMention],
) -> Vec<ClaimFeature> {
    let lx = claims_lexicon();
    let mut f = Vec::new();
    let lower: Vec<&str> = t.iter().map(|k| k.lower.as_str()).collect();
    let mut date = (0..lower.len()).any(|i| {
        kinds[i] & IN_RELATIVE_FIRST != 0
            && lx.relative_dates.iter().any(|p| {
                !p.is_empty()
                    && p.len() <= lower.len() - i
                    && p.iter().zip(&lower[i..]).all(|(a, b)| a == b)
            })
    });
    let mut number = false;
    for (i, k) in t.iter().enumerate() {
        let w = k.lower.as_str();
        let prev = i.checked_sub(1).map(|p| t[p].lower.as_str());
        let next = t.get(i + 1).map(|n| n.lower.as_str());
        if w.chars().any(|c| c.is_ascii_digit()) {
            let year = w.len() == 4
                && w.chars().all(|c| c.is_ascii_digit())
                && (w.starts_with("19") || w.starts_with("20"));
            let clock = next.is_some_and(|n| n == "a.m." || n == "p.m.");
            let day = prev.is_some_and(|p| lx.months.contains(p));
            if year || clock || day {
                date = true;
            } else {
                number = true;
            }
            continue;
        }
        let day_or_month = if w.contains('-') {
            w.split('-')
                .any(|p| lx.weekdays.contains(p) || (p != "may" && lx.months.contains(p)))
        } else {
            kinds[i] & IN_WEEKDAYS != 0 || (w != "may" && kinds[i] & IN_MONTHS != 0)
        };
        if day_or_month {
            date = true;
        }
        if w == "may"
            && k.cap
            && (prev.is_some_and(|p| lx.may_cues.contains(p))
                || next.is_some_and(|n| n.chars().any(|c| c.is_ascii_digit())))
        {
            date = true;
        }
        if kinds[i] & IN_NUMBER_WORDS != 0
            && next
                .is_some_and(|n| n.chars().all(char::is_alphabetic) && !lx.number_stop.contains(n))
        {
            number = true;
        }
    }
    if number {
        f.push(ClaimFeature::Number);
    }
    if date {
        f.push(ClaimFeature::Date);
    }
    let place = parts.iter().any(|&(a, b)| {
        crate::analyze::quotes::mentions_in(mentions, a, b)
            .iter()
            .any(|m| m.kind == EntityKind::Place)
    });
    if place {
        f.push(ClaimFeature::Place);
    }
    if kinds.iter().any(|k| k & IN_EVENTS != 0) {
        f.push(ClaimFeature::Event);
    }
    let _ = text;
    f
}

/// Picks the checkable body sentences of one article.
pub fn find(
    text: &str,
    blocks: &[Block],
    sentences: &[Sentence],
    mentions: &[RawMention],
    found_quotes: &[FoundQuote],
    words: &ArticleWords,
) -> Vec<Claim> {
    let lx = claims_lexicon();
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let Some(block) = blocks.get(s.block) else {
            continue;
        };
        if block.kind != BlockKind::Body || block.duplicate_of.is_some() {
            continue;
        }
        let Some(raw) = text.get(s.start..s.end) else {
            continue;
        };
        let lo = s.start + (raw.len() - raw.trim_start().len());
        let hi = s.end - (raw.len() - raw.trim_end().len());
        if lo >= hi {
            continue;
        }
        let body = &text[lo..hi];
        if body
            .trim_end_matches(['”', '"', '’', '\'', ')'])
            .ends_with('?')
        {
            continue;
        }
        if !crate::analyze::words::at_least(text, lo, hi, lx.min_words) {
            continue;
        }
        // Quotes come in text order and never overlap: the ones in this sentence are one run.
        let a = found_quotes.partition_point(|q| q.end <= lo);
        let b = found_quotes.partition_point(|q| q.start < hi).max(a);
        let qs: Vec<&FoundQuote> = found_quotes[a..b]
            .iter()
            .filter(|q| q.start < hi && lo < q.end)
            .collect();
        let block_words = words.block(s.block);
        let sentence_words = within(&block_words, lo, hi);
        let parts = unmasked(text, (lo, hi), &qs, sentence_words);
        // Most sentences hold no quote and are one part, whose words are read where they lie.
        let t: Cow<'_, [Tok]> = match parts.as_slice() {
            &[(a, b)] => Cow::Borrowed(within(sentence_words, a, b)),
            _ => parts
                .iter()
                .flat_map(|&(a, b)| within(sentence_words, a, b).iter().cloned())
                .collect(),
        };
        if t.len() < 4 {
            continue;
        }
        let attribution = attribution(text, &t, mentions);
        let kinds: Vec<u8> = t.iter().map(|k| lx.kinds(k.lower.as_str())).collect();
        let mut features = features(text, &t, &kinds, &parts, mentions);
        if attribution.is_some() {
            features.push(ClaimFeature::Attributed);
        }
        let opinion = kinds.iter().any(|k| k & IN_OPINION != 0);
        if features.is_empty() || (opinion && features == [ClaimFeature::Attributed]) {
            continue;
        }
        out.push(Claim {
            start: lo,
            end: hi,
            sentence: si,
            attribution,
            features,
        });
    }
    out
}
