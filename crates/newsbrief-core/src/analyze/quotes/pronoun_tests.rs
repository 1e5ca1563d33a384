//! Pronoun rules: who "he", "she" and "they" stand for, each on made-up sentences.

use super::testkit::input;
use super::*;

/// The speakers of the quotes of `text`, with `places` given the entity finder's kind place.
fn speakers(text: &str, persons: &[&str], places: &[&str]) -> Vec<Option<String>> {
    let i = input(text, false, persons, &[], places);
    find(text, &i.blocks, &i.sentences, &i.mentions, &i.words)
        .into_iter()
        .map(|q| q.speaker)
        .collect()
}

#[test]
fn a_surname_the_finder_took_for_a_place_is_still_the_subject() {
    // "Haddad" alone is found as a place, but it closes the full name of a person named
    // before: the pronoun after the sentence it opens is Haddad's, not the last speaker's.
    let t = "Omar Haddad opened the fair. “We are ready,” said Tom Wu.\n\
             And even Haddad tried to calm them, noting that he was tired.\n\
             “I am done,” he said.";
    let q = speakers(t, &["Omar Haddad", "Tom Wu"], &["Haddad"]);
    assert_eq!(q[1].as_deref(), Some("Haddad"));
    // A title anywhere in the article vouches for the name as well.
    let t = "“We are ready,” said Tom Wu. Mayor Orlo arrived late.\n\
             Orlo tried to calm them.\n\
             “I am done,” he said.";
    let q = speakers(t, &["Tom Wu"], &["Orlo"]);
    assert_eq!(q[1].as_deref(), Some("Orlo"));
    // With no such evidence the place is no referent: the last speaker keeps the pronoun.
    let t = "“We are ready,” said Tom Wu.\nLyon tried to calm them.\n“I am done,” he said.";
    let q = speakers(t, &["Tom Wu"], &["Lyon"]);
    assert_eq!(q[1].as_deref(), Some("Tom Wu"));
}
