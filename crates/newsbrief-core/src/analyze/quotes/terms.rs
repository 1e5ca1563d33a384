//! Quoted words that are nobody's speech: a work's title, a word held at a distance, markup.
//!
//! A cue before the marks decides outright ("the so-called “…”", "the book “…”", "known as
//! “…”"); without one, words in title case woven into a sentence with no speech verb near them
//! are a title ("appeared on “Morning Talk”"). Markup is an attribute value (`id="…"`) or a
//! bare number.

use super::scan::Span;
use crate::brief::TermKind;

/// Words that name a work, so the quoted words after them are its title.
const WORKS: &[&str] = &[
    "book",
    "books",
    "memoir",
    "novel",
    "movie",
    "film",
    "documentary",
    "show",
    "program",
    "programme",
    "series",
    "song",
    "album",
    "play",
    "musical",
    "podcast",
    "column",
    "essay",
    "report",
    "titled",
    "entitled",
    "headlined",
];

/// Words before quote marks that hold the quoted words at a distance.
const DISTANCE: &[&str] = &[
    "so-called",
    "word",
    "words",
    "term",
    "phrase",
    "slogan",
    "hashtag",
    "nicknamed",
    "dubbed",
    "labeled",
    "labelled",
    "branded",
];

/// The lowercase word just before `at`, skipping blanks, and the text before it.
fn word_before(text: &str, at: usize) -> (String, &str) {
    let before = text.get(..at).unwrap_or("").trim_end();
    let start = before
        .char_indices()
        .rev()
        .take(40)
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
        .last()
        .map_or(before.len(), |(i, _)| i);
    (before[start..].to_lowercase(), &before[..start])
}

/// The kind of non-speech quote a cue before the marks makes this one, if any.
pub(crate) fn cued(text: &str, q: &Span) -> Option<TermKind> {
    let raw_before = text.get(..q.open).unwrap_or("");
    if raw_before.ends_with('=') {
        return Some(TermKind::Term);
    }
    let inner = text.get(q.start..q.end).unwrap_or("");
    if inner
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, ',' | '.' | '-'))
    {
        return Some(TermKind::Term);
    }
    let (w, rest) = word_before(text, q.open);
    let (w2, _) = word_before(rest, rest.len());
    if WORKS.contains(&w.as_str()) && title_case(text, q) {
        return Some(TermKind::Title);
    }
    if DISTANCE.contains(&w.as_str()) || (w == "as" && w2 == "known") {
        return Some(TermKind::Term);
    }
    None
}

/// Words after which quoted title-case words are a name of a work ("appeared on “…”", "ABC's
/// “…”", "author of “…”"), not a slogan someone chants ("vowed to “…”").
const BEFORE_TITLE: &[&str] = &[
    "on", "of", "in", "at", "the", "a", "an", "its", "his", "her", "their", "our", "and", "or",
];

/// Whether quoted words woven into a sentence are a title: title case after a preposition, an
/// article or a possessive.
pub(crate) fn looks_like_title(text: &str, q: &Span) -> bool {
    let (w, _) = word_before(text, q.open);
    let possessive = w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'");
    // One capitalised word after "a" is as often a label someone gives ("a “Stalinist”").
    let one_word = !text.get(q.start..q.end).unwrap_or("").trim().contains(' ');
    let cue = possessive || (BEFORE_TITLE.contains(&w.as_str()) && !(one_word && w == "a"));
    cue && title_case(text, q)
}

/// At most ten words, the first and every long one capitalised, no comma.
fn title_case(text: &str, q: &Span) -> bool {
    let inner = text.get(q.start..q.end).unwrap_or("");
    let inner = inner.trim_end_matches(['.', ',']);
    if inner.contains([',', ';', '?', '!']) {
        return false;
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    let starts_upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let long = words.iter().filter(|w| w.chars().count() >= 4).count();
    (1..=10).contains(&words.len())
        && long >= 1
        && words.first().is_some_and(|w| starts_upper(w))
        && words
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .all(|w| starts_upper(w) || w.starts_with(|c: char| c.is_ascii_digit()))
}
