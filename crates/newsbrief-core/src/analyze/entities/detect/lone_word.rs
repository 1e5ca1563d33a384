//! Tests of one capitalised word against the words around it: whether it is a name at all
//! (not a party tag, a dated month, a contraction, a web address), an ordinary English word
//! capitalised only to start a sentence, a common word left over from a longer run, or the
//! function word that ends a title.

use super::super::tokens::{Shape, Tok, is_hyphen};
use super::Ctx;

/// Whether one word is something other than a name by its form or the words beside it: a party
/// and state tag ("R-Ky.", "D-N.Y."), a month abbreviation in a date ("Sept 5", "in Feb"), a
/// contraction ("We're"), a web address ("example.org"), a currency ("US$"), a phobia, a
/// social media handle.
pub(super) fn not_a_name(ctx: &Ctx<'_>, k: &Tok) -> bool {
    let text = ctx.text;
    let w = ctx.word(k);
    let after = &text[k.e()..];
    let before = text[..k.s()].trim_end();
    // A currency ("US$"), a fear named after a group ("Europhobia"), a social media handle
    // ("@harbourwatch").
    if after.starts_with('$')
        || w.to_lowercase().ends_with("phobia")
        || text[..k.os()].ends_with('@')
        || text[..k.s()].ends_with('@')
    {
        return true;
    }
    let mut parts = w.split(is_hyphen);
    if let (Some(p), Some(s), None) = (parts.next(), parts.next(), parts.next())
        && matches!(p, "D" | "R" | "I")
        && s.starts_with(char::is_uppercase)
        && s.chars().all(|c| c.is_alphabetic() || c == '.')
        && s.chars().filter(|c| c.is_alphabetic()).count() <= 5
        && (before.ends_with(['(', ',']) || after.trim_start_matches('.').starts_with([')', ',']))
    {
        return true;
    }
    if ctx.t.month_abbreviations.contains(w.trim_end_matches('.')) {
        let prev = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let dated = after
            .trim_start_matches('.')
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
        if dated || ctx.t.date_before.contains(&prev) {
            return true;
        }
    }
    if let Some((_, tail)) = w.split_once(['\'', '’'])
        && matches!(tail, "re" | "ve" | "ll" | "d" | "m" | "t")
    {
        return true;
    }
    if let Some((_, tld)) = w.rsplit_once('.')
        && ctx.t.web_domains.contains(tld)
    {
        return true;
    }
    false
}

/// Whether a lone capitalised word is an ordinary English word rather than a name: one the
/// dictionary knows only in lowercase, capitalised here only to start a sentence (and nowhere
/// else in the article, nor a given name), or shouted in capitals; or a Roman numeral.
pub(super) fn ordinary_word(ctx: &Ctx<'_>, k: &Tok, initial: bool) -> bool {
    let w = ctx.word(k);
    let lw = w.to_lowercase();
    if w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
        && w.len() > 1
    {
        return true;
    }
    // A misspelt contraction at the start of a sentence: "Theres", "Whats".
    if k.shape == Shape::Cap
        && initial
        && lw
            .strip_suffix('s')
            .is_some_and(|stem| ctx.t.function_words.contains(stem))
    {
        return true;
    }
    if !ctx.t.dictionary.contains(lw.as_str()) || crate::analyze::quotes::gender::is_given_name(w) {
        return false;
    }
    match k.shape {
        Shape::Cap => initial && !ctx.caps_mid.contains(w),
        Shape::Acronym => lw.chars().count() >= 4,
        _ => false,
    }
}

/// Whether a lone capitalised word may be a common word rather than a name: a word the
/// dictionary knows only in lowercase, that either was left over from a longer run whose
/// first words were dropped ("Last Month", "The Harbour security office", "Sunday Evening") or
/// that the article also writes in lowercase ("Salt intake" beside "salt").
pub(super) fn common_capitalised(ctx: &Ctx<'_>, k: &Tok, trimmed: bool) -> bool {
    let w = ctx.word(k);
    let lw = w.to_lowercase();
    k.shape == Shape::Cap
        && ctx.t.dictionary.contains(lw.as_str())
        && ctx.known_kind(w).is_none()
        && !crate::analyze::quotes::gender::is_given_name(w)
        && (trimmed || ctx.lower_words.contains(lw.as_str()))
}

/// Whether the never-word `toks[b]` closing the run `toks[a..=b]` belongs to it: a capitalised
/// function word in the middle of a sentence is part of a title ("Agent Who", "The Guess
/// Who"), since prose writes those words in lowercase there.
pub(super) fn title_tail(ctx: &Ctx<'_>, toks: &[Tok], a: usize, b: usize) -> bool {
    let k = &toks[b];
    b > a
        && k.shape == Shape::Cap
        && !ctx.is_initial(k)
        && ctx
            .t
            .function_words
            .contains(ctx.word(k).to_lowercase().as_str())
        && !ctx.is_never(ctx.word(&toks[a]))
}
