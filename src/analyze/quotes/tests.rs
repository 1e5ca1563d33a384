use super::testkit::input;
use super::*;

struct Q {
    words: String,
    speaker: Option<String>,
    anonymous: bool,
    partial: bool,
}

fn run(text: &str, persons: &[&str], orgs: &[&str]) -> Vec<Q> {
    let i = input(text, false, persons, orgs, &[]);
    find(text, &i.blocks, &i.sentences, &i.mentions)
        .into_iter()
        .map(|q| Q {
            words: text[q.start..q.end].to_string(),
            speaker: q.speaker,
            anonymous: q.anonymous,
            partial: q.partial,
        })
        .collect()
}

#[test]
fn curly_quote_with_trailing_said_name() {
    let t = "“The vote is final,” said Maria Lopez, the council president.";
    let q = run(t, &["Maria Lopez"], &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].words, "The vote is final");
    assert_eq!(q[0].speaker.as_deref(), Some("Maria Lopez"));
    assert!(!q[0].anonymous && !q[0].partial);
}
