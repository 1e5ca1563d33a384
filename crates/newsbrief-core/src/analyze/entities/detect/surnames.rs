//! Typing the lone words of an article by its longer names: a surname of a person named in
//! full is that person, a word of a body's name that body.

use super::super::RawMention;
use super::super::classify::{followed_by_known_place, known_kind};
use super::super::tables::Tables;
use super::FastSet;
use crate::brief::EntityKind;

/// A lone word that is the last word of a person's full name elsewhere in the article is that
/// person ("Jane Roe … Roe said"), unless the data knows the word as something else.
pub(super) fn type_surnames(text: &str, out: &mut [RawMention], t: &Tables) {
    let surname = |m: &RawMention| {
        let s = &text[m.start..m.end];
        s.rsplit(' ').next().map(|w| (w, s.contains(' ')))
    };
    let surnames: FastSet<&str> = out
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(surname)
        .filter(|&(_, multi)| multi)
        .map(|(w, _)| w)
        .collect();
    // A lone word that is part of an organisation's name is that organisation ("the Church of
    // Scientology … Scientology said").
    let org_words: FastSet<&str> = out
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .map(|m| &text[m.start..m.end])
        .filter(|s| s.contains(' '))
        .flat_map(|s| s.split(' '))
        .filter(|w| w.starts_with(char::is_uppercase) && !t.org_words.contains(&w.to_lowercase()))
        .collect();
    for m in out.iter_mut() {
        let s = &text[m.start..m.end];
        if s.contains(' ') || known_kind(s, t).is_some() {
            continue;
        }
        if m.kind != EntityKind::Person && surnames.contains(s) {
            m.kind = EntityKind::Person;
        } else if matches!(m.kind, EntityKind::Other | EntityKind::Place)
            && org_words.contains(s)
            && !followed_by_known_place(text, m.end, t)
        {
            m.kind = EntityKind::Organization;
        }
    }
}
