use super::*;
use crate::analyze::quotes::seed_tests::seeds;
use crate::analyze::quotes::testkit::input;

fn claims_of(text: &str, persons: &[&str], places: &[&str]) -> Vec<Claim> {
    let i = input(text, true, persons, &[], places);
    let qs = quotes::find(text, &i.blocks, &i.sentences, &i.mentions);
    find(text, &i.blocks, &i.sentences, &i.mentions, &qs)
}

#[test]
fn seed_claims() {
    for (name, s) in seeds() {
        let i = &s.input;
        let qs = quotes::find(&s.text, &i.blocks, &i.sentences, &i.mentions);
        let cs = find(&s.text, &i.blocks, &i.sentences, &i.mentions, &qs);
        eprintln!("{name}: {} claims of {} sentences", cs.len(), i.sentences.len());
        for c in &cs {
            let w: String = s.text[c.start..c.end].chars().take(60).collect();
            eprintln!("  {:?} {:?} <- {w}", c.attribution, c.features);
        }
    }
}
