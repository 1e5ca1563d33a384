//! Tests of the matcher: the window searches agree with each other, and scores rank compact,
//! word-start matches first.

use super::*;
use crate::search::query::Query;

fn score(text: &str, word: &str) -> Option<i64> {
    let skim = SkimMatcherV2::default().respect_case();
    let q = Query::parse(word);
    let mut st = FieldStore::default();
    let f = st.push(text);
    let ranked = score_fields(
        &skim,
        (0, &q.terms[0]),
        &st,
        f..f + 1,
        &mut Scratch::for_search(&q.terms, &st),
    );
    // The score drawn with positions is the one ranked.
    let shown = match_fields(
        &skim,
        (0, &q.terms[0]),
        &st,
        f..f + 1,
        &mut Scratch::default(),
    )
    .map(|(_, m)| m.score);
    assert_eq!(ranked, shown, "{text:?} {word:?}");
    ranked
}

#[test]
fn windows_prefer_short_then_word_starts() {
    let w = |h: &str, p: &str, m| best_window(h.as_bytes(), p.as_bytes(), m, false);
    assert_eq!(w("xred red", "red", 5), Some((5, 8)));
    assert_eq!(w("r e d", "red", 5), Some((0, 5)));
    assert_eq!(w("r  e  d", "red", 5), None);
    assert_eq!(w("abc", "", 5), None);
    // A word of three letters or more: a stretch starting a word beats a shorter one inside.
    let f = |h: &str, p: &str| best_window(h.as_bytes(), p.as_bytes(), p.len() + 2, true);
    assert_eq!(f("tried rxed", "red"), Some((6, 10)));
    assert_eq!(f("tried bored", "red"), Some((8, 11)));
    assert_eq!(f("alliance line", "line"), Some((9, 13)));
}

#[test]
fn the_byte_search_finds_what_the_plain_one_does() {
    let texts = [
        "xred red",
        "r e d",
        "r  e  d",
        "a bored line, red",
        "rrrrred",
        "the road ahead is dark",
        "redred",
        "prefix-red",
        "r",
        "",
        "mcKenzie mckenzie mkcenzie",
    ];
    let pats = ["red", "r", "re", "rd", "ed", "mckenzie", "ad", "dark", "zz"];
    for t in texts {
        for p in pats {
            let span = p.len() + 2;
            let finder = memmem::Finder::new(p.as_bytes());
            for first in [false, true] {
                let plain = best_window(t.as_bytes(), p.as_bytes(), span, first);
                assert_eq!(
                    best_window_bytes(t.as_bytes(), p.as_bytes(), span, first, None),
                    plain,
                    "{t:?} {p:?} {first}"
                );
                assert_eq!(
                    best_window_bytes(t.as_bytes(), p.as_bytes(), span, first, Some(&finder)),
                    plain,
                    "{t:?} {p:?} {first}"
                );
            }
        }
    }
}

proptest::proptest! {
    #[test]
    fn the_byte_search_agrees_on_random_text(
        t in "[rexd -]{0,40}",
        p in "[rexd]{1,5}",
        first: bool,
    ) {
        let span = p.len() + 2;
        proptest::prop_assert_eq!(
            best_window_bytes(t.as_bytes(), p.as_bytes(), span, first, None),
            best_window(t.as_bytes(), p.as_bytes(), span, first)
        );
    }
}

#[test]
fn scattered_letters_do_not_match() {
    assert!(score("a red line", "red").is_some());
    assert!(score("reduced", "red").is_some());
    assert!(score("the road ahead is dark", "red").is_none());
    assert!(score("rested", "red").is_none());
}

#[test]
fn compact_and_word_start_matches_score_higher() {
    let exact = score("a red line", "red").unwrap();
    let inside = score("a bored line", "red").unwrap();
    let gappy = score("a rxed line", "red").unwrap();
    assert!(exact > inside, "{exact} {inside}");
    assert!(exact > gappy, "{exact} {gappy}");
}

#[test]
fn non_ascii_text_and_words_match_by_char() {
    assert!(score("Zoë Qasem said", "zoë").is_some());
    assert!(score("Zoë Qasem said", "qasem").is_some());
    assert!(score("plain text", "zoë").is_none());
}

#[test]
fn positions_are_char_indices() {
    let skim = SkimMatcherV2::default().respect_case();
    let q = Query::parse("qasem");
    let mut st = FieldStore::default();
    let f = st.push("“Zoë” Qasem");
    let (_, m) = match_fields(
        &skim,
        (0, &q.terms[0]),
        &st,
        f..f + 1,
        &mut Scratch::default(),
    )
    .unwrap();
    assert_eq!(m.positions, [6, 7, 8, 9, 10]);
}

/// The early stop of a search trusts that no text scores a word above an exact match at a
/// word start as a whole word: every short text over a few letters, capitals and separators
/// is tried against words of one to four letters.
#[test]
fn no_stretch_beats_the_word_itself() {
    let skim = SkimMatcherV2::default().respect_case();
    let alphabet = ['a', 'b', 'B', ' ', '-'];
    let mut texts = vec![String::new()];
    let mut all = Vec::new();
    for _ in 0..6 {
        texts = texts
            .iter()
            .flat_map(|t| alphabet.iter().map(move |&c| format!("{t}{c}")))
            .collect();
        all.extend(texts.iter().cloned());
    }
    let mut st = FieldStore::default();
    let fields: Vec<usize> = all.iter().map(|t| st.push(t)).collect();
    for word in ["a", "ab", "ba", "aab", "abab", "Ba", "aB"] {
        let q = Query::parse(word);
        let term = (0, &q.terms[0]);
        let mut scratch = Scratch::for_search(&q.terms, &st);
        let best = exact_start_score(&skim, term, true, &mut scratch);
        let mut reached = false;
        for &f in &fields {
            if let Some(s) = score_fields(&skim, term, &st, [f], &mut scratch) {
                assert!(
                    s <= best,
                    "{:?} scores {s} for {word:?}, above {best}",
                    all[f]
                );
                reached |= s == best;
            }
        }
        assert!(reached, "{word:?}: the bound is reached");
    }
}
