//! Which differences between two outlets' copies of a quote are worth a reader's time.
//!
//! Independent reports quote the same speaker in pieces, cut at different places, in their own
//! house style, and quote the same speaker more than once. A difference is reported only when
//! the two quotes are plainly one statement and the words differ in what they say: not in
//! grammatical form ("increase" / "increases"), spelling of numbers ("two-in-three" / "2 in
//! 3"), a censored word, or a pronoun or article the transcription swapped.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::analyze::align::number_value;
use crate::analyze::diff::{Change, is_date_word, is_negation, word_key};
use crate::analyze::quote_groups::QuotePair;
use crate::analyze::significance::Mentions;
use crate::analyze::words::tokens;
use crate::brief::{Brief, EntityKind, Quote, SpeakerFound};

/// Words a transcription swaps without changing what is said: articles, pronouns,
/// demonstratives.
const FUNCTION_WORDS: [&str; 24] = [
    "a", "an", "the", "any", "some", "this", "that", "these", "those", "it", "its", "i", "me",
    "we", "us", "you", "he", "him", "she", "her", "they", "them", "which", "who",
];

/// Spellings of one word that house styles differ on.
const VARIANTS: [(&str, &str); 3] = [("okay", "ok"), ("percent", "%"), ("and", "&")];

fn stemmer() -> &'static Stemmer {
    static S: OnceLock<Stemmer> = OnceLock::new();
    S.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The words of a quote's span as compared for meaning: lowercased, number words as digits,
/// hyphenated words split, function words dropped, each reduced to its stem, so "duty" /
/// "duties" and "two-in-three" / "2 in 3" read the same. "Was" / "were" keep apart: the stemmer
/// leaves irregular forms as they are, and a change of agreement is a change of the quote.
fn meaning_words(raw: &str) -> Vec<String> {
    raw.split(|c: char| c.is_whitespace() || c == '-' || c == '—' || c == '–')
        .map(|w| word_key(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '*' && c != '%')))
        .flat_map(split_contraction)
        .filter(|w| !w.is_empty() && !FUNCTION_WORDS.contains(&w.as_str()))
        .map(|w| {
            let w = VARIANTS
                .iter()
                .find(|(a, _)| *a == w)
                .map_or(w.clone(), |(_, b)| b.to_string());
            // "one" counts here: inside a quote compared word for word it spells the number.
            if w == "one" {
                return "1".to_string();
            }
            number_value(&w).unwrap_or_else(|| stemmer().stem(&w).into_owned())
        })
        .collect()
}

/// "don't" → "do", "not"; "that's" → "that", "s": the negation stays a word of its own and a
/// contracted verb does not hide the pronoun before it.
fn split_contraction(w: String) -> Vec<String> {
    if let Some(head) = w.strip_suffix("n't") {
        return vec![head.to_string(), "not".to_string()];
    }
    match w.split_once('\'') {
        Some((head, tail)) if !head.is_empty() => vec![head.to_string(), tail.to_string()],
        _ => vec![w],
    }
}

/// A word written with some letters masked ("f***ing", "f---ing") matches the word it masks.
fn masks(masked: &str, plain: &str) -> bool {
    let is_mask = |c: char| c == '*' || c == '-';
    if !masked.contains('*') && !masked.contains("--") {
        return false;
    }
    let head: String = masked.chars().take_while(|&c| !is_mask(c)).collect();
    let tail: String = masked
        .chars()
        .rev()
        .take_while(|&c| !is_mask(c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !head.is_empty()
        && plain.len() > head.len() + tail.len()
        && plain.starts_with(&head)
        && plain.ends_with(&tail)
}

/// Whether two spans of quoted text say the same words in another form or house style.
pub(crate) fn same_words(left: &str, right: &str) -> bool {
    let (l, r) = (left.to_lowercase(), right.to_lowercase());
    let (lw, rw): (Vec<&str>, Vec<&str>) = (
        l.split_whitespace().collect(),
        r.split_whitespace().collect(),
    );
    if lw.len() == rw.len()
        && lw
            .iter()
            .zip(&rw)
            .all(|(a, b)| meaning_words(a) == meaning_words(b) || masks(a, b) || masks(b, a))
    {
        return true;
    }
    meaning_words(&l) == meaning_words(&r)
}

/// A change with shared words on both sides lies inside the quote; one without is where the
/// outlets cut it.
fn inside(c: &Change) -> bool {
    !c.before.is_empty() && !c.after.is_empty()
}

/// The text of each side of a change.
fn change_text<'a>(brief: &'a Brief, p: &QuotePair, c: &Change) -> (&'a str, &'a str) {
    let (a, b) = (p.left.0, p.right.0);
    (
        &brief.articles[a].text[c.left.0..c.left.1],
        &brief.articles[b].text[c.right.0..c.right.1],
    )
}

/// The changes of a pair that alter the words, not only their form.
pub(super) fn real_changes<'p>(
    brief: &Brief,
    p: &'p QuotePair,
) -> Vec<&'p crate::analyze::diff::Change> {
    p.changes
        .iter()
        .filter(|c| {
            let (l, r) = change_text(brief, p, c);
            !same_words(l, r)
        })
        .collect()
}

/// Two quotes are one statement cut or transcribed differently when, inside the shorter one,
/// hardly any word differs: at most one in ten (and at least one allowed). Quotes that share
/// a phrase but differ throughout are two statements of one speaker, or a paraphrase.
pub(super) fn one_statement(brief: &Brief, p: &QuotePair) -> bool {
    let (n1, n2) = p.words;
    let short = n1.min(n2);
    let left_is_short = n1 <= n2;
    let changed: usize = real_changes(brief, p)
        .into_iter()
        .filter(|c| inside(c))
        .map(|c| {
            let own = if left_is_short {
                c.left_words.len()
            } else {
                c.right_words.len()
            };
            own.max(1)
        })
        .sum();
    changed <= (short / 10).max(1)
}

/// Keeps a pair only when each quote is the other's closest match in the other article: an
/// outlet that quotes a speaker twice ("we've got a big challenge" and "a real challenge")
/// has each quote compared with its own counterpart, not with every quote sharing a phrase.
pub(super) fn mutual_best(pairs: Vec<QuotePair>) -> Vec<QuotePair> {
    let shared = |p: &QuotePair| {
        let (n1, n2) = p.words;
        let changed: usize = p
            .changes
            .iter()
            .map(|c| c.left_words.len() + c.right_words.len())
            .sum();
        (n1 + n2).saturating_sub(changed)
    };
    // Best score per (quote, other article).
    let mut best: HashMap<((usize, usize), usize), usize> = HashMap::new();
    for p in &pairs {
        let s = shared(p);
        for (q, other) in [(p.left, p.right.0), (p.right, p.left.0)] {
            let e = best.entry((q, other)).or_default();
            *e = (*e).max(s);
        }
    }
    let mut taken: HashSet<((usize, usize), usize)> = HashSet::new();
    pairs
        .into_iter()
        .filter(|p| {
            let s = shared(p);
            let ok = best[&(p.left, p.right.0)] == s && best[&(p.right, p.left.0)] == s;
            // Ties: the first pair in order wins, each quote pairs once per article.
            ok && taken.insert((p.left, p.right.0)) && taken.insert((p.right, p.left.0))
        })
        .collect()
}

/// A sentence end inside quoted text: "!", "?", "…", or a period after a lowercase letter,
/// digit or another period (not the periods of "U.S.").
fn ends_sentence(prev: Option<char>, c: char) -> bool {
    match c {
        '!' | '?' | '…' => true,
        '.' => prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit() || p == '.' || p == ')'),
        _ => false,
    }
}

/// Byte offset (in `s`) just after the last sentence end in `s`, if any.
fn after_last_sentence_end(s: &str) -> Option<usize> {
    let mut prev = None;
    let mut at = None;
    for (i, c) in s.char_indices() {
        if ends_sentence(prev, c) {
            at = Some(i + c.len_utf8());
        }
        prev = Some(c);
    }
    at
}

/// Byte offset of the first sentence end in `s`, if any.
fn first_sentence_end(s: &str) -> Option<usize> {
    let mut prev = None;
    for (i, c) in s.char_indices() {
        if ends_sentence(prev, c) {
            return Some(i);
        }
        prev = Some(c);
    }
    None
}

/// Punctuation between two parts of a sentence: what follows it is a clause of its own.
fn clause_break(between: &str) -> bool {
    between
        .chars()
        .any(|c| matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '[' | ']'))
        || between.contains("--")
}

/// Words that open a modifier restricting the word before it ("missiles produced by X", "the
/// men who fired") or, attached without a comma, extend it ("wages or pensions"): cutting one
/// changes what the kept words refer to.
fn restricts(word: &str) -> bool {
    const OPENERS: [&str; 9] = [
        "by", "who", "whom", "whose", "which", "that", "or", "nor", "and",
    ];
    const IRREGULAR: [&str; 10] = [
        "made", "built", "sold", "sent", "paid", "held", "led", "given", "run", "bought",
    ];
    let k = word_key(word);
    OPENERS.contains(&k.as_str())
        || IRREGULAR.contains(&k.as_str())
        || (k.len() > 4 && k.ends_with("ed"))
}

/// Whether the shorter quote of a pair, cut from the longer, changes what the speaker said: the
/// cut drops a modifier attached to the last kept words that names someone or something or
/// gives a number or date ("missiles [produced by Iran]"), or a negation attached to the first
/// kept words. Whole sentences of the quote, clauses set off by punctuation, the outlet's own
/// lead-in and words the shorter article quotes elsewhere (a quote split into pieces) are a
/// different cut, not a different statement.
pub(super) fn cut_changes_meaning(brief: &Brief, m: &Mentions, p: &QuotePair) -> bool {
    let (n1, n2) = p.words;
    let (long, short) = if n1 > n2 {
        (p.left, p.right)
    } else {
        (p.right, p.left)
    };
    let long_art = &brief.articles[long.0];
    let text = &long_art.text;
    let lq = &long_art.quotes[long.1];
    let short_words = elsewhere_quoted(brief, short);
    p.changes.iter().any(|c| {
        let r = if n1 > n2 { c.left } else { c.right };
        if r.0 >= r.1 {
            return false;
        }
        let at_start = c.before.is_empty();
        let at_end = c.after.is_empty();
        let (s, e) = if at_end && !at_start {
            // Dropped tail: only the part in the kept words' sentence, right after them.
            let head = &text[r.0..r.1];
            let prev = tokens(text, lq.start, r.0)
                .last()
                .map_or(lq.start, |t| t.end);
            if clause_break(&text[prev..r.0]) {
                return false;
            }
            let end = first_sentence_end(head).map_or(r.1, |i| r.0 + i);
            let first = tokens(text, r.0, end)
                .first()
                .map(|t| t.as_str(text).to_string());
            if !first.is_some_and(|w| restricts(&w)) {
                return false;
            }
            (r.0, end)
        } else if at_start && !at_end {
            let tail = &text[r.0..r.1];
            let start = after_last_sentence_end(tail).map_or(r.0, |i| r.0 + i);
            let next = tokens(text, r.1, lq.end).first().map_or(r.1, |t| t.start);
            if clause_break(&text[r.1..next]) {
                return false;
            }
            // Only a negation governing the kept words changes them.
            let ws = tokens(text, start, r.1);
            return ws.last().is_some_and(|t| is_negation(t.as_str(text)))
                && !split_off(text, start, r.1, &short_words);
        } else {
            return false;
        };
        if s >= e || split_off(text, s, e, &short_words) {
            return false;
        }
        !m.within(long.0, s, e).is_empty()
            || tokens(text, s, e).iter().any(|t| {
                let w = t.as_str(text);
                is_date_word(w) || number_value(w).is_some()
            })
    })
}

/// The word keys of the other quotes of the article holding `q`.
fn elsewhere_quoted(brief: &Brief, q: (usize, usize)) -> HashSet<String> {
    let art = &brief.articles[q.0];
    art.quotes
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != q.1)
        .flat_map(|(_, o)| tokens(&art.text, o.start, o.end))
        .map(|t| word_key(t.as_str(&art.text)))
        .collect()
}

/// Most words of `text[s..e]` are quoted elsewhere by the shorter article: the quote was split,
/// not cut.
fn split_off(text: &str, s: usize, e: usize, elsewhere: &HashSet<String>) -> bool {
    let ws = tokens(text, s, e);
    let found = ws
        .iter()
        .filter(|t| elsewhere.contains(&word_key(t.as_str(text))))
        .count();
    !ws.is_empty() && found * 5 >= ws.len() * 3
}

/// The last word of a speaker's name, without a generational suffix ("Trump Jr." → "trump").
fn surname(name: &str) -> Option<String> {
    name.split_whitespace()
        .map(|w| word_key(w.trim_end_matches(',')))
        .rfind(|w| !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv"))
}

/// Whether two outlets attribute one quote to different speakers. Only speakers named by a
/// speech verb in the quote's own sentence count (a guess from a pronoun or a sentence's
/// subject is too often the person talked about); two named speakers must both be people, not
/// a group and its member; and a speaker the other outlet's sentence also names is the same
/// speaker described otherwise ("the spokesman, Peter Carr").
pub(super) fn attributions_differ(
    brief: &Brief,
    m: &Mentions,
    (a, q1): (usize, &Quote),
    (b, q2): (usize, &Quote),
) -> bool {
    let stated = |q: &Quote| q.speaker_found == Some(SpeakerFound::SameSentence);
    if !stated(q1) || !stated(q2) {
        return false;
    }
    let person = |q: &Quote| {
        q.speaker_entity.as_deref().is_some_and(|id| {
            brief
                .entities
                .iter()
                .position(|e| e.id == id)
                .is_some_and(|i| m.kinds[i] == EntityKind::Person)
        })
    };
    let named_in = |art: usize, q: &Quote, name: &str| {
        let Some(k) = surname(name) else {
            return false;
        };
        let a = &brief.articles[art];
        let r = &a.sentences[q.sentence.min(a.sentences.len().saturating_sub(1))];
        tokens(&a.text, r.start.min(q.start), r.end.max(q.end))
            .iter()
            .any(|t| word_key(t.as_str(&a.text)) == k)
    };
    match (&q1.speaker_entity, &q2.speaker_entity) {
        (Some(x), Some(y)) => {
            let (s1, s2) = (q1.speaker.as_deref(), q2.speaker.as_deref());
            x != y
                && s1.and_then(surname) != s2.and_then(surname)
                && person(q1)
                && person(q2)
                && !s1.is_some_and(|s| named_in(b, q2, s))
                && !s2.is_some_and(|s| named_in(a, q1, s))
        }
        (Some(_), None) | (None, Some(_)) => {
            let named = if q1.speaker_entity.is_some() { q1 } else { q2 };
            let (other_art, other) = if q1.speaker_entity.is_some() {
                (b, q2)
            } else {
                (a, q1)
            };
            q1.anonymous != q2.anonymous
                && !named
                    .speaker
                    .as_deref()
                    .is_some_and(|s| named_in(other_art, other, s))
        }
        (None, None) => false,
    }
}
