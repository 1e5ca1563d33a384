use super::*;
use crate::analyze::quotes::seed_tests::seeds;
use crate::analyze::quotes::testkit::input;

fn claims_of(text: &str, persons: &[&str], places: &[&str]) -> Vec<Claim> {
    let i = input(text, true, persons, &[], places);
    let qs = quotes::find(text, &i.blocks, &i.sentences, &i.mentions, &i.words);
    find(text, &i.blocks, &i.sentences, &i.mentions, &qs, &i.words)
}

fn has(c: &Claim, f: ClaimFeature) -> bool {
    c.features.contains(&f)
}

#[test]
fn numbers_dates_places_and_events_are_features() {
    let t = "Council votes on flood plan\nThe council approved a plan to build two levees along the Elbe in April.\nCrews will move 3,000 sandbags 10 miles north by 2 a.m. on Saturday.";
    let cs = claims_of(t, &[], &["Elbe"]);
    assert_eq!(cs.len(), 2, "headline is never a claim");
    assert!(has(&cs[0], ClaimFeature::Number) && has(&cs[0], ClaimFeature::Date));
    assert!(has(&cs[0], ClaimFeature::Place) && has(&cs[0], ClaimFeature::Event));
    assert!(has(&cs[1], ClaimFeature::Number) && has(&cs[1], ClaimFeature::Date));
    assert_eq!(cs[0].attribution, None);
}

#[test]
fn attribution_as_written() {
    let t = "Merger news\nThe two banks merged last week, according to people familiar with the deal.\nThe combined bank will cut 400 jobs, the company said.\nShares rose 5% on Monday, Reuters reported.\nLast season, Col. Ann Berg, the club's security chief, said that 12 fans were arrested.\nThe transfer fee was 80 million euros, citing club accounts seen by the paper.";
    let cs = claims_of(t, &["Ann Berg"], &[]);
    let attr: Vec<Option<&str>> = cs.iter().map(|c| c.attribution.as_deref()).collect();
    assert_eq!(
        attr,
        [
            Some("people familiar with the deal"),
            Some("the company"),
            Some("Reuters"),
            Some("Col. Ann Berg"),
            Some("club accounts seen by the paper"),
        ]
    );
    assert!(cs.iter().all(|c| has(c, ClaimFeature::Attributed)));
}

#[test]
fn quote_only_questions_and_fragments_are_not_claims() {
    let t = "Flood\n“We are heartbroken and tired,” said one resident of the town.\nWill the levee hold through the winter?\nMore later.\n“It rained all night,” the mayor said. Crews evacuated 200 homes on Sunday.";
    let cs = claims_of(t, &[], &[]);
    assert_eq!(cs.len(), 1);
    assert!(t[cs[0].start..cs[0].end].contains("200 homes"));
}

#[test]
fn feelings_alone_are_not_claims() {
    let t = "Talks\nLocal officials say they feel hopeful about the plan.\nThe board voted to sell the club.";
    let cs = claims_of(t, &[], &[]);
    assert_eq!(cs.len(), 1);
    assert!(has(&cs[0], ClaimFeature::Event));
}

#[test]
fn seed_claims_cover_the_articles() {
    let all = seeds();
    let claim_with = |n: usize, words: &str| -> Claim {
        let s = &all[n].1;
        let i = &s.input;
        let qs = quotes::find(s.text, &i.blocks, &i.sentences, &i.mentions, &i.words);
        find(s.text, &i.blocks, &i.sentences, &i.mentions, &qs, &i.words)
            .into_iter()
            .find(|c| s.text[c.start..c.end].starts_with(words))
            .unwrap_or_else(|| panic!("no claim {words:?}"))
    };
    let c = claim_with(0, "In April, a drone strike targeted");
    assert_eq!(
        c.attribution.as_deref(),
        Some("officials familiar with the matter")
    );
    assert!(has(&c, ClaimFeature::Date) && has(&c, ClaimFeature::Event));
    let c = claim_with(0, "There are now about 3,000");
    assert!(has(&c, ClaimFeature::Number) && has(&c, ClaimFeature::Place));
    let c = claim_with(3, "Col. Wayne Marotto");
    assert_eq!(c.attribution.as_deref(), Some("Col. Wayne Marotto"));
    let c = claim_with(3, "The base is 160km west of Baghdad");
    assert!(has(&c, ClaimFeature::Number) && has(&c, ClaimFeature::Place));
    let c = claim_with(4, "The U.S. Embassy in Baghdad also said late Thursday");
    assert_eq!(
        c.attribution.as_deref(),
        Some("The U.S. Embassy in Baghdad")
    );
    assert!(has(&c, ClaimFeature::Date));
    for (_, s) in all.iter() {
        let i = &s.input;
        let qs = quotes::find(s.text, &i.blocks, &i.sentences, &i.mentions, &i.words);
        let cs = find(s.text, &i.blocks, &i.sentences, &i.mentions, &qs, &i.words);
        assert!(!cs.is_empty());
        eprintln!("{} claims of {} sentences", cs.len(), i.sentences.len());
        for c in &cs {
            assert!(c.sentence < i.sentences.len() && !c.features.is_empty());
            assert!(s.text.get(c.start..c.end).is_some());
        }
    }
}

#[test]
fn reporting_verbs_give_attribution() {
    let t = "Transfer\nThe club confirmed the transfer of its captain on Friday.\nThe mayor told residents that 40 streets were flooded.\nThe regulator announced an inquiry into the merger in March.";
    let cs = claims_of(t, &[], &[]);
    let attr: Vec<Option<&str>> = cs.iter().map(|c| c.attribution.as_deref()).collect();
    assert_eq!(
        attr,
        [Some("The club"), Some("The mayor"), Some("The regulator")]
    );
}

#[test]
fn repeated_and_boilerplate_blocks_are_not_claims() {
    let t = "Flood\nThe river burst its banks in Dresden on Monday morning.\nThe river burst its banks in Dresden on Monday morning.\n© 2024 Example News. All 12 rights reserved in 2024.";
    let mut i = input(t, true, &[], &[], &["Dresden"]);
    i.blocks[2].duplicate_of = Some(1);
    i.blocks[3].kind = BlockKind::Boilerplate;
    let qs = quotes::find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
    let cs = find(t, &i.blocks, &i.sentences, &i.mentions, &qs, &i.words);
    assert_eq!(cs.len(), 1);
    assert_eq!(i.sentences[cs[0].sentence].block, 1);
    assert!(has(&cs[0], ClaimFeature::Place) && has(&cs[0], ClaimFeature::Date));
}
