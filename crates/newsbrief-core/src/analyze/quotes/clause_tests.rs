//! Speaker rules that reach across clauses and sentences: "as" and "put it", verbs joined by
//! "and" or "but", clauses after "while", a new subject between quotes, plural "they", roles
//! the article gave someone, participles after a clause, verb forms that are nouns; each on
//! made-up sentences.

use super::tests::run;

#[test]
fn as_opens_an_attribution_on_either_side_of_the_quote() {
    let t = "The warnings came from “people on the far left,” as the host Tom Wu said in April.";
    let q = run(t, &["Tom Wu"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Tom Wu"));
    let t = "As Ann Kiro put it, “the river always wins.” The town rebuilt anyway.";
    let q = run(t, &["Ann Kiro"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn a_verb_joined_by_but_has_the_clause_subject() {
    let t = "Tom Wu declined to give figures but said in a statement that “the plant is safe.”";
    let q = run(t, &["Tom Wu"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Tom Wu"));
    let t = "A spokesman for the port declined to comment on the report but later said that \
             “the cranes are idle.”";
    let q = run(t, &[], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("A spokesman"));
    // Without "and" or "but" the words before the verb are no subject of it.
    let t = "The union, which had declined to comment, said “the cranes are idle.”";
    let q = run(t, &[], &[]);
    assert_ne!(q[0].speaker.as_deref(), Some("A spokesman"));
}

#[test]
fn a_clause_after_while_has_its_own_subject() {
    let t = "Tom Wu called for a pause, while Ann Kiro, the former mayor, proposed we “wake up \
             and smell the coffee” and left.";
    let q = run(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Kiro"));
    // "continues to" goes on with a deed: the speech verb is the one before the quote.
    let t = "Even as Tom Wu has said that he opposes “boots on the ground” abroad, his office \
             continues to send troops.";
    let q = run(t, &["Tom Wu"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn a_speech_verb_form_after_a_possessive_is_a_noun() {
    let t = "Her slogans went from “fighting for us” to “stronger together,” playing on Tom \
             Wu's more divisive remarks about migrants.";
    let q = run(t, &["Tom Wu"], &[]);
    assert!(q.iter().all(|q| q.speaker.as_deref() != Some("playing")));
    // After a determiner and a noun the form is the verb: "the letter states".
    let t = "Ann Kiro signed it. The letter states: “We will not move.”";
    let q = run(t, &["Ann Kiro"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("The letter"));
}

#[test]
fn a_sentence_opening_on_another_person_brings_in_a_new_speaker() {
    let t = "“We are ready,” Tom Wu said. Ann Kiro disagreed with him on the timing. “It is too \
             soon.”";
    let q = run(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Ann Kiro"));
    // A person named as the object of the sentence between does not speak.
    let t = "“He started to doubt it,” Ann Kiro said. And it threw Tom Wu for a loop. “He has \
             changed a lot.”";
    let q = run(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn they_after_two_people_named_together_is_both() {
    let t = "Professors Ann Kiro and Tom Wu studied migrants in two countries. In the United \
             States, they write, “to be religious is to be in the mainstream.”";
    let q = run(t, &["Ann Kiro", "Tom Wu"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Kiro and Tom Wu"));
    let t = "Ann Kiro and Tom Wu studied migrants. “Religion is mainstream here,” they write.";
    let q = run(t, &["Ann Kiro", "Tom Wu"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Kiro and Tom Wu"));
    // Two people named apart are no pair.
    let t = "Ann Kiro met voters, and later Tom Wu did. “Religion is mainstream here,” they write.";
    let q = run(t, &["Ann Kiro", "Tom Wu"], &[]);
    assert_ne!(q[0].speaker.as_deref(), Some("Ann Kiro and Tom Wu"));
}

#[test]
fn a_role_stands_for_the_person_the_article_gave_it() {
    let t = "U.S. District Judge Ann Kiro heard the case. Tom Wu, the group's director, spoke \
             outside. “It is a long road,” he said. “When does it stop?” the judge said.";
    let q = run(t, &["Ann Kiro", "Tom Wu"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Ann Kiro"));
    // A description after the name gives the role too.
    let t = "Bob Marr, a former CIA officer, wrote the report. Tom Wu read it aloud. “It was \
             wrong,” he said. “The team was told to wait,” the officer said.";
    let q = run(t, &["Bob Marr", "Tom Wu"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Bob Marr"));
    // The last speaker keeps the role when they hold it too.
    let t = "President Tom Wu met World Bank President Ann Kiro. “We agreed,” said President \
             Tom Wu. “It will pass,” the president said.";
    let q = run(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn a_participle_after_a_clause_with_its_own_subject_is_that_subjects() {
    let t = "Tom Wu said the vote was close, when Ann Kiro ended the debate with a joke, saying \
             “May the force be with you.”";
    let q = run(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Kiro"));
    // A clause opening the sentence is no subject of the participle.
    let t = "Even before Ann Kiro took the stage, her campaign sent a text to supporters saying: \
             “We won tonight.”";
    let q = run(t, &["Ann Kiro"], &[]);
    assert_ne!(q[0].speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn they_after_a_sentence_opening_on_unnamed_people_is_those_people() {
    let t = "Officials at the ministry met on Monday. “We will not comment,” they said.";
    let q = run(t, &[], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Officials"));
    assert!(q[0].anonymous);
    // A name before the noun makes it no opening of unnamed people.
    let t = "Tom Wu and his aides met on Monday. “We will not comment,” they said.";
    let q = run(t, &["Tom Wu"], &[]);
    assert_ne!(q[0].speaker.as_deref(), Some("Tom Wu and his aides"));
}
