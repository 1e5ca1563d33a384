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
    "thriller",
    "drama",
    "comedy",
    "sitcom",
    "episode",
    "opera",
    "poem",
    "ad",
    "commercial",
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

/// Whether a speechless fragment is a scare-quoted modifier of the noun after it ("among
/// “very conservative” voters", "a “stand down” order"): at most two lowercase words with no
/// punctuation, run straight into a lowercase word that is not a verb's or a clause's.
pub(crate) fn modifier(text: &str, q: &Span) -> bool {
    let inner = text.get(q.start..q.end).unwrap_or("");
    let words: Vec<&str> = inner.split_whitespace().collect();
    let plain = (1..=2).contains(&words.len())
        && inner
            .chars()
            .all(|c| c.is_lowercase() || c.is_whitespace() || c == '-');
    let after = text.get(q.close..).unwrap_or("");
    let next: String = after
        .strip_prefix(' ')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let noun_like = next.chars().next().is_some_and(char::is_lowercase)
        && !NOT_A_NOUN.contains(&next.as_str())
        && !super::lexicon::speech().verbs.contains(&next)
        && !super::lexicon::speech().auxiliaries.contains(&next);
    plain && noun_like
}

/// Words that go on with a sentence rather than name a thing.
const NOT_A_NOUN: &[&str] = &[
    "and", "or", "but", "nor", "to", "that", "which", "who", "when", "where", "while", "if", "as",
    "than", "of", "in", "on", "at", "for", "from", "with", "by", "about", "into", "after",
    "before", "because", "since", "so", "he", "she", "it", "they", "we", "you", "him", "her",
    "them", "us", "me", "his", "its", "their", "our", "my", "your", "the", "a", "an", "is", "are",
    "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "do", "does", "did", "not", "this", "these", "those",
    "there", "then", "now", "over", "again", "rather", "instead", "even", "too", "also", "only",
    "just", "all", "any", "some", "more", "most",
];

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
    // "The movie, “…,” is based on": the work's noun may stand before a comma.
    let before_comma = raw_before
        .trim_end()
        .strip_suffix(',')
        .map(|b| word_before(b, b.len()).0);
    let work = WORKS.contains(&w.as_str())
        || before_comma.is_some_and(|b| WORKS.contains(&b.as_str()) && b != "titled");
    if work && title_case(text, q) {
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
    let possessive = is_possessive(&w);
    // One capitalised word after "a" is as often a label someone gives ("a “Stalinist”").
    let one_word = !text.get(q.start..q.end).unwrap_or("").trim().contains(' ');
    let cue = possessive || (BEFORE_TITLE.contains(&w.as_str()) && !(one_word && w == "a"));
    cue && title_case(text, q)
}

/// Whether the quoted words are a work's title right after a possessive ("ABC's “Good Morning
/// America”", "the network's “This Week”"): two words or more in title case. The possessive
/// says whose work it is, so this holds even when the sentence has a speech verb for
/// something else ("On ABC's “This Week” Tuesday, Lee said …"); a single capitalised word
/// ("Lee's “Yes”") is as often an answer quoted.
pub(crate) fn possessed_title(text: &str, q: &Span) -> bool {
    let (w, _) = word_before(text, q.open);
    let before = text.get(..q.open).unwrap_or("");
    // One blank at most between the possessive and the mark.
    let right_after = before.len() - before.trim_end().len() <= 1;
    let inner = text.get(q.start..q.end).unwrap_or("");
    is_possessive(&w)
        && right_after
        && inner.split_whitespace().nth(1).is_some()
        && title_case(text, q)
}

/// "ABC's", "the network’s", "the Smiths'".
pub(super) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'")
}

/// Words a title leaves in lowercase although they are not short ("The Night Show with Ann").
const SMALL_WORDS: &[&str] = &["with", "from", "into", "over", "upon", "onto", "than"];

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
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    (1..=10).contains(&words.len())
        && long >= 1
        && words.first().is_some_and(|w| starts_upper(w) || number(w))
        && words
            .iter()
            .filter(|w| w.chars().count() >= 4 && !SMALL_WORDS.contains(w))
            .all(|w| starts_upper(w) || number(w))
}
