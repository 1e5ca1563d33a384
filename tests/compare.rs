//! Alignment, word diff and discrepancy detection, on the seed brief and on small made-up pairs
//! of articles from other stories (so the rules stay general).

use newsbrief::analyze::align::FeatureIndex;
use newsbrief::analyze::compare::{compare, resolve_article};
use newsbrief::analyze::discrepancies::{DiscrepancyKind, find};
use newsbrief::analyze::pipeline::brief_from_texts;
use newsbrief::brief::{BlockKind, Brief, default_brief};

fn brief(texts: &[(&str, &str)]) -> Brief {
    brief_from_texts("made up", texts)
}

fn kinds(b: &Brief) -> Vec<(DiscrepancyKind, String)> {
    find(b, &FeatureIndex::new(b))
        .into_iter()
        .map(|d| (d.kind, d.summary))
        .collect()
}

#[test]
fn a_changed_place_in_the_same_statement_is_flagged() {
    let b = brief(&[
        (
            "Harbour Times",
            "Fishermen blocked the harbour on Tuesday after fuel prices rose sharply.\n\nThe blockade began in Porto before dawn, according to the union.\n",
        ),
        (
            "Coast Daily",
            "Fishermen blocked the harbour on Tuesday after a sharp rise in fuel prices.\n\nThe blockade began in Lisbon before dawn, the union said.\n",
        ),
    ]);
    let found = kinds(&b);
    assert!(
        found.iter().any(|(k, s)| *k == DiscrepancyKind::Place
            && s.contains("in Porto")
            && s.contains("in Lisbon")),
        "{found:?}"
    );
    assert_eq!(
        found
            .iter()
            .filter(|(k, _)| *k != DiscrepancyKind::Framing)
            .count(),
        1,
        "{found:?}"
    );
}

#[test]
fn a_changed_number_with_the_same_unit_is_flagged_but_rewording_is_not() {
    let b = brief(&[
        (
            "Valley Post",
            "The wildfire destroyed 40 homes near Ashford on Sunday, fire officials said.\n\nCrews from three counties fought the blaze overnight.\n",
        ),
        (
            "Mountain Herald",
            "Fire officials said the wildfire destroyed 400 homes near Ashford on Sunday.\n\nFirefighters from three counties battled the flames through the night.\n",
        ),
    ]);
    let found = kinds(&b);
    assert!(
        found
            .iter()
            .any(|(k, s)| *k == DiscrepancyKind::Number && s.contains("40") && s.contains("400")),
        "{found:?}"
    );
    assert_eq!(
        found.len(),
        1,
        "rewording alone is no discrepancy: {found:?}"
    );
}

#[test]
fn identical_facts_told_differently_raise_nothing() {
    let b = brief(&[
        (
            "A",
            "The city council approved the new budget on Monday by a vote of 7 to 2.\n\nThe mayor welcomed the decision.\n",
        ),
        (
            "B",
            "On Monday the city council voted 7 to 2 to approve the new budget.\n\nThe decision was welcomed by the mayor.\n",
        ),
    ]);
    assert!(kinds(&b).is_empty(), "{:?}", kinds(&b));
}

#[test]
fn quotes_changed_cut_or_attributed_differently_are_flagged() {
    let b = brief(&[
        (
            "A",
            "“We will not accept any deal that cuts wages or pensions before March,” said union leader Marta Ruiz.\n",
        ),
        (
            "B",
            "“We will not accept any deal that cuts wages,” a union official said.\n",
        ),
    ]);
    let found = kinds(&b);
    assert!(
        found.iter().any(|(k, _)| *k == DiscrepancyKind::QuoteCut),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(k, s)| *k == DiscrepancyKind::QuoteAttribution && s.contains("Marta Ruiz")),
        "{found:?}"
    );
}

#[test]
fn alignment_pairs_paraphrases_and_marks_what_one_side_lacks() {
    let b = brief(&[
        (
            "A",
            "Dock workers ended their strike in Rotterdam on Friday after 12 days.\n\nThey accepted a pay rise of 4 percent.\n\nThe port authority expects normal traffic by Monday.\n",
        ),
        (
            "B",
            "A pay rise of 4 percent was accepted by the dock workers.\n\nThe 12-day strike in Rotterdam ended on Friday.\n",
        ),
    ]);
    let rows = compare(&b, &FeatureIndex::new(&b), 0, 1);
    let pairs: Vec<(usize, usize)> = rows
        .iter()
        .filter_map(|r| Some((r.left.as_ref()?.sentence, r.right.as_ref()?.sentence)))
        .collect();
    assert_eq!(pairs, vec![(0, 1), (1, 0)]);
    let only_left: Vec<usize> = rows
        .iter()
        .filter(|r| r.right.is_none())
        .filter_map(|r| r.left.as_ref().map(|l| l.sentence))
        .collect();
    assert_eq!(only_left, vec![2]);
}

#[test]
fn seed_post_and_newsmax_align_and_the_drone_origin_conflict_is_found() {
    let b = default_brief();
    let (wapo, nm) = (
        resolve_article(&b, "The Washington Post").unwrap(),
        resolve_article(&b, "newsmax").unwrap(),
    );
    let rows = compare(&b, &FeatureIndex::new(&b), wapo, nm);
    // Every Newsmax body paragraph has at least one sentence matched to a Post sentence.
    let art = &b.articles[nm];
    for (bi, block) in art
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, x)| x.kind == BlockKind::Body)
    {
        let matched = rows.iter().any(|r| {
            r.left.is_some()
                && r.right
                    .as_ref()
                    .is_some_and(|s| art.sentences[s.sentence].block == bi)
        });
        assert!(
            matched,
            "Newsmax paragraph not aligned: {}",
            art.slice(block.start, block.end)
        );
    }
    let made_in = rows
        .iter()
        .flat_map(|r| &r.changes)
        .find(|c| c.left_words.first().is_some_and(|w| w == "Iran"))
        .expect("word diff shows Iran against Iraq");
    assert_eq!(
        made_in.right_words.first().map(String::as_str),
        Some("Iraq")
    );

    let found = kinds(&b);
    assert!(
        found.iter().any(|(k, s)| *k == DiscrepancyKind::Place
            && s.contains("made in Iran")
            && s.contains("made in Iraq")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(k, _)| *k == DiscrepancyKind::QuoteWording),
        "{found:?}"
    );
    let facts = found
        .iter()
        .filter(|(k, _)| {
            matches!(
                k,
                DiscrepancyKind::Place
                    | DiscrepancyKind::Number
                    | DiscrepancyKind::Date
                    | DiscrepancyKind::Party
            )
        })
        .count();
    // Made in Iran/Iraq, the two attack targets, the troop counts, and at most two more.
    assert!(
        facts <= 6,
        "few false alarms among fact conflicts: {found:?}"
    );
}
