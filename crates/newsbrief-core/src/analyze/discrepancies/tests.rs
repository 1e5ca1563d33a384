//! Discrepancies found on made-up articles and on the seed brief.

use super::*;

#[test]
fn reprints_are_compared_once_and_named() {
    let b = crate::brief::default_brief();
    let once = find(&b, &FeatureIndex::new(&b));
    assert!(!once.is_empty());
    // Every article three times over, under other outlets.
    let mut tripled = b.clone();
    for copy in 1..3 {
        for a in &b.articles {
            let mut a = a.clone();
            a.id = format!("{}-{copy}", a.id);
            a.outlet = format!("{} {copy}", a.outlet);
            for e in &mut tripled.entities {
                let extra: Vec<_> = e
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.article == b.articles.iter().find(|x| x.text == a.text).unwrap().id
                    })
                    .map(|m| crate::brief::Mention {
                        article: a.id.clone(),
                        ..m.clone()
                    })
                    .collect();
                e.mentions.extend(extra);
            }
            tripled.articles.push(a);
        }
    }
    let ds = find(&tripled, &FeatureIndex::new(&tripled));
    assert_eq!(ds.len(), once.len());
    for (d, o) in ds.iter().zip(&once) {
        assert_eq!(d.kind, o.kind);
        assert_eq!(d.sides, o.sides, "sides point at the first of each text");
        assert!(
            d.summary.contains("(+2 with the same text)"),
            "{}",
            d.summary
        );
    }
}

#[test]
fn seed_attack_targets_differ_by_month() {
    let b = crate::brief::default_brief();
    let ds = find(&b, &FeatureIndex::new(&b));
    for d in &ds {
        eprintln!("{:?} {}", d.kind, d.summary);
    }
    assert!(ds.len() <= 20);
    let targets: Vec<&Discrepancy> = ds
        .iter()
        .filter(|d| d.summary.starts_with("Where the"))
        .collect();
    assert_eq!(targets.len(), 2, "{targets:?}");
    assert!(targets.iter().all(|d| d.sides.len() >= 2));
    // Counts come with the date each is given at.
    let counts: Vec<&Discrepancy> = ds
        .iter()
        .filter(|d| d.summary.starts_with("Number of"))
        .collect();
    assert_eq!(counts.len(), 1, "{counts:?}");
    assert!(
        counts[0].summary.contains("(2020-03-29)"),
        "{}",
        counts[0].summary
    );
}

fn quote_items(texts: &[&str]) -> Vec<Discrepancy> {
    let b = crate::analyze::pipeline::brief_of_outlets(texts);
    let mut out = Vec::new();
    quote_discrepancies(&b, &Mentions::new(&b), &mut out);
    out
}

#[test]
fn a_word_swapped_at_a_quote_edge_is_quote_wording() {
    let ds = quote_items(&[
        "\"We firmly reject his visit to the harbour town,\" said Velmor Kastan.\n",
        "\"We firmly reject his message to the harbour town,\" said Velmor Kastan.\n",
    ]);
    assert!(
        ds.iter().any(|d| d.kind == DiscrepancyKind::QuoteWording),
        "{ds:?}"
    );
    let ds = quote_items(&[
        "\"The council will firmly reject his visit,\" said Velmor Kastan.\n",
        "\"The council will firmly reject his message,\" said Velmor Kastan.\n",
    ]);
    assert!(
        ds.iter().any(|d| d.kind == DiscrepancyKind::QuoteWording),
        "{ds:?}"
    );
}

#[test]
fn a_quote_cut_in_order_is_not_quote_wording() {
    let ds = quote_items(&[
        "\"The council will firmly reject his visit to the harbour town,\" said Velmor Kastan.\n",
        "\"The council will firmly reject his visit,\" said Velmor Kastan.\n",
    ]);
    assert!(
        ds.iter().all(|d| d.kind != DiscrepancyKind::QuoteWording),
        "{ds:?}"
    );
}

#[test]
fn a_cut_is_a_note_only_when_it_drops_substance() {
    let kinds = |long: &str| -> Vec<DiscrepancyKind> {
        quote_items(&[
            &format!("\"The council will firmly reject his visit{long},\" said Velmor Kastan.\n"),
            "\"The council will firmly reject his visit,\" said Velmor Kastan.\n",
        ])
        .into_iter()
        .map(|d| d.kind)
        .collect()
    };
    assert!(!kinds(" to the old harbour town").contains(&DiscrepancyKind::QuoteCut));
    assert!(kinds(" to the harbour in March").contains(&DiscrepancyKind::QuoteCut));
}

#[test]
fn framing_lexicon_loads() {
    assert!(lexicon().len() >= 3);
    assert!(lexicon().iter().all(|t| t.frames.len() >= 2));
}

#[test]
fn phrases_match_whole_words_only() {
    assert_eq!(find_phrase("the militias said", "militia"), None);
    assert_eq!(find_phrase("the militias said", "militias"), Some(4));
    assert_eq!(find_phrase("anti-terror units", "anti-terror"), Some(0));
}

#[test]
fn names_are_the_json_names() {
    use super::DiscrepancyKind::*;
    for k in [
        Place,
        Number,
        Date,
        Party,
        QuoteWording,
        QuoteCut,
        QuoteAttribution,
        Framing,
        Negation,
    ] {
        assert_eq!(serde_json::to_value(k).unwrap(), k.name(), "{k:?}");
    }
}
