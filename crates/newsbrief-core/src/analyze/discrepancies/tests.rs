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
    // The Post's May attack and Press TV's April attack are two attacks, each told by both
    // outlets: no date conflict between them.
    assert!(ds.iter().all(|d| d.kind != DiscrepancyKind::Date), "{ds:?}");
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
    // Where and when it happens is detail; who is behind it changes what is kept.
    assert!(!kinds(" to the harbour in March").contains(&DiscrepancyKind::QuoteCut));
    assert!(kinds(" paid for by the Korvat League").contains(&DiscrepancyKind::QuoteCut));
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

fn quote_kinds(texts: &[&str]) -> Vec<DiscrepancyKind> {
    quote_items(texts).into_iter().map(|d| d.kind).collect()
}

#[test]
fn grammatical_form_and_house_style_are_no_quote_change() {
    let pairs = [
        // A verb's or noun's form.
        (
            "This will materially increase the risk that the harbour will close this winter",
            "This will materially increases the risk that the harbour will close this winter",
        ),
        (
            "Your actions are incompatible with your duty as chairman of this harbour board",
            "Your actions are incompatible with your duties as chairman of this harbour board",
        ),
        // Numbers spelled out or in digits.
        (
            "There is a two-in-three chance that we win the harbour vote, and a one-in-three chance we lose",
            "There is a 2 in 3 chance that we win the harbour vote, and a 1 in 3 chance we lose",
        ),
        // A censored word.
        (
            "We are not going to pay for that d*mned bridge over the harbour at all",
            "We are not going to pay for that damned bridge over the harbour at all",
        ),
        // An article or pronoun the transcription swapped, a contraction, a spelling.
        (
            "We are not going to pay any single cent for the bridge over the harbour",
            "We are not going to pay a single cent for the bridge over the harbour",
        ),
        (
            "I really do not think that's okay for the people of the harbour town",
            "I really do not think it's OK for the people of the harbour town",
        ),
    ];
    for (x, y) in pairs {
        let kinds = quote_kinds(&[
            &format!("\"{x},\" said Velmor Kastan.\n"),
            &format!("\"{y},\" said Velmor Kastan.\n"),
        ]);
        assert!(
            !kinds.contains(&DiscrepancyKind::QuoteWording),
            "{x} / {y}: {kinds:?}"
        );
    }
}

#[test]
fn a_changed_word_or_negation_in_a_quote_is_quote_wording() {
    for (x, y) in [
        (
            "The damage was small but the council were very upset about the harbour",
            "The damage was small but the council was very upset about the harbour",
        ),
        (
            "I used money that should have been used for the harbour fund",
            "I used money that shouldn't have been used for the harbour fund",
        ),
    ] {
        let kinds = quote_kinds(&[
            &format!("\"{x},\" said Velmor Kastan.\n"),
            &format!("\"{y},\" said Velmor Kastan.\n"),
        ]);
        assert!(
            kinds.contains(&DiscrepancyKind::QuoteWording),
            "{x} / {y}: {kinds:?}"
        );
    }
}

#[test]
fn a_quote_is_compared_with_its_own_counterpart_not_another_quote() {
    // The first outlet quotes the speaker twice; the second carries the longer quote only.
    let kinds = quote_kinds(&[
        "\"We have got a real challenge,\" said Velmor Kastan.\n\
         \"We have got a big challenge, and we have got work to do,\" said Velmor Kastan.\n",
        "\"We have got a big challenge, and we have got work to do,\" said Velmor Kastan.\n",
    ]);
    assert!(!kinds.contains(&DiscrepancyKind::QuoteWording), "{kinds:?}");
}

#[test]
fn a_paraphrased_quote_is_not_quote_wording() {
    let kinds = quote_kinds(&[
        "\"We need to use whatever compulsory mechanism necessary to get the papers he keeps in the old harbour office on the hill,\" said Velmor Kastan.\n",
        "\"And I think we need to use whatever compulsory methods are necessary to get the papers that he keeps,\" said Velmor Kastan.\n",
    ]);
    assert!(!kinds.contains(&DiscrepancyKind::QuoteWording), "{kinds:?}");
}

#[test]
fn cuts_that_keep_the_meaning_are_no_note() {
    let long = "\"All three letters concern the closure of the Korvat Bridge. The council and the harbour board intend to cooperate with the inquiry,\" said Velmor Kastan.\n";
    let cases = [
        // A whole sentence of the quote left out, naming a place.
        "\"The council and the harbour board intend to cooperate with the inquiry,\" said Velmor Kastan.\n",
    ];
    for short in cases {
        assert!(
            !quote_kinds(&[long, short]).contains(&DiscrepancyKind::QuoteCut),
            "{short}"
        );
    }
    // A quote split into two pieces by the shorter outlet.
    let kinds = quote_kinds(&[
        "\"It is very important to me that the right candidate be chosen to defeat the Korvat League, but if that candidate is not right, I will run myself,\" said Velmor Kastan.\n",
        "\"It is very important to me that the right candidate be chosen to defeat the Korvat League,\" said Velmor Kastan.\n\
         He added: \"But if that candidate is not right, I will run myself.\"\n",
    ]);
    assert!(!kinds.contains(&DiscrepancyKind::QuoteCut), "{kinds:?}");
    // The outlet's own lead-in stands for a dropped subject naming someone.
    let kinds = quote_kinds(&[
        "\"Councillor Ilse Varga, who spent two years knowingly and unlawfully leaking, should resign,\" said Velmor Kastan.\n",
        "Velmor Kastan accused Ilse Varga of \"knowingly and unlawfully leaking, should resign.\"\n",
    ]);
    assert!(!kinds.contains(&DiscrepancyKind::QuoteCut), "{kinds:?}");
    // Where and when, left off the end: detail, not another statement.
    let kinds = quote_kinds(&[
        "\"These are the issues that we will take to the harbour convention in Velmora in July,\" said Velmor Kastan.\n",
        "\"These are the issues that we will take to the harbour convention,\" said Velmor Kastan.\n",
    ]);
    assert!(!kinds.contains(&DiscrepancyKind::QuoteCut), "{kinds:?}");
}

#[test]
fn a_cut_dropping_who_made_something_is_a_note() {
    let kinds = quote_kinds(&[
        "The board met \"on the growing threat of drones and guided shells produced by Korvatia and sold to its allies in the region.\"\n",
        "The board met \"on the growing threat of drones and guided shells,\" officials said.\n",
    ]);
    assert!(kinds.contains(&DiscrepancyKind::QuoteCut), "{kinds:?}");
}

#[test]
fn guessed_or_same_speakers_are_no_attribution_conflict() {
    let attributed =
        |texts: &[&str]| quote_kinds(texts).contains(&DiscrepancyKind::QuoteAttribution);
    // Named by a speech verb on both sides, two different people: a conflict.
    assert!(attributed(&[
        "\"We will rebuild the harbour wall before the spring storms,\" said Velmor Kastan.\n",
        "\"We will rebuild the harbour wall before the spring storms,\" said Ilse Varga.\n",
    ]));
    // The second speaker is only the subject of the sentence before.
    assert!(!attributed(&[
        "\"We will rebuild the harbour wall before the spring storms,\" said Velmor Kastan.\n",
        "Ilse Varga visited the harbour on Monday.\n\"We will rebuild the harbour wall before the spring storms.\"\n",
    ]));
    // A son named as his father is with a suffix: one family name, one speaker.
    assert!(!attributed(&[
        "\"We will rebuild the harbour wall before the spring storms,\" said Velmor Kastan Jr.\n",
        "\"We will rebuild the harbour wall before the spring storms,\" said Kastan.\n",
    ]));
    // The other outlet names the same man as its speaker's title.
    assert!(!attributed(&[
        "\"We will rebuild the harbour wall before the spring storms,\" said Velmor Kastan.\n",
        "\"We will rebuild the harbour wall before the spring storms,\" said the spokesman, Velmor Kastan.\n",
    ]));
}
