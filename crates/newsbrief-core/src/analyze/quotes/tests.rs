use super::testkit::input;
use super::*;

pub(super) struct Q {
    pub words: String,
    pub speaker: Option<String>,
    pub anonymous: bool,
    pub partial: bool,
}

pub(super) fn run(text: &str, persons: &[&str], orgs: &[&str]) -> Vec<Q> {
    let i = input(text, false, persons, orgs, &[]);
    find(text, &i.blocks, &i.sentences, &i.mentions, &i.words)
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

pub(super) fn one(text: &str, persons: &[&str], orgs: &[&str]) -> Q {
    let mut q = run(text, persons, orgs);
    assert_eq!(q.len(), 1, "expected one quote in {text:?}");
    q.remove(0)
}

#[test]
fn straight_quotes_and_inner_single_quotes_make_one_quote() {
    let t = "\"He told us 'wait until spring' and we did,\" said Tom Price.";
    let q = one(t, &["Tom Price"], &[]);
    assert_eq!(q.words, "He told us 'wait until spring' and we did");
    assert_eq!(q.speaker.as_deref(), Some("Tom Price"));
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let t = "The club’s owner didn’t comment on the striker’s transfer fee.";
    assert!(run(t, &[], &[]).is_empty());
}

#[test]
fn a_quote_of_several_sentences_is_one_quote() {
    let t = "“The river rose fast. We lost the bridge by noon. Nobody was hurt,” the mayor said.";
    let q = one(t, &[], &[]);
    assert!(q.words.starts_with("The river rose fast.") && q.words.ends_with("Nobody was hurt"));
    assert_eq!(q.speaker.as_deref(), Some("the mayor"));
    assert!(!q.partial);
}

#[test]
fn embedded_fragment_is_partial() {
    let t = "The union described the merger terms as “deeply and plainly unfair” and promised a strike.";
    let q = one(t, &[], &["The union"]);
    assert!(q.partial);
    assert_eq!(q.words, "deeply and plainly unfair");
    assert_eq!(q.speaker.as_deref(), Some("The union"));
    assert!(!q.anonymous);
}

#[test]
fn unclosed_quote_stops_at_its_paragraph() {
    let t = "Residents were told to expect “water levels not seen since 1953.\nThe council met on Monday to plan the cleanup.";
    let q = one(t, &[], &[]);
    assert_eq!(q.words, "water levels not seen since 1953.");
    assert!(q.partial);
}

#[test]
fn quotes_outside_story_blocks_are_ignored() {
    let t = "“Flood” photo by Ann Lee\n“We will rebuild,” said Ann Lee.";
    let mut i = input(t, false, &["Ann Lee"], &[], &[]);
    i.blocks[0].kind = crate::brief::BlockKind::Caption;
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
    assert_eq!(qs.len(), 1);
    assert_eq!(&t[qs[0].start..qs[0].end], "We will rebuild");
    assert_eq!(qs[0].speaker_span.map(|(a, b)| &t[a..b]), Some("Ann Lee"));
}

#[test]
fn speaker_before_the_verb_and_after_it() {
    let q = one("“It is a good deal,” Anna Berg said.", &["Anna Berg"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
    let q = one(
        "“The pitch was flooded,” Anna Berg told reporters.",
        &["Anna Berg"],
        &[],
    );
    assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
    let q = one(
        "“Talks are over,” according to Anna Berg.",
        &["Anna Berg"],
        &[],
    );
    assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
    let q = one(
        "“Fine by me,” a club employee stationed at the gate commented.",
        &[],
        &[],
    );
    assert_eq!(q.speaker.as_deref(), Some("a club employee"));
    assert!(q.anonymous);
}

#[test]
fn speaker_introducing_the_quote() {
    let q = one(
        "Anna Berg said: “We will appeal the vote.”",
        &["Anna Berg"],
        &[],
    );
    assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
    assert!(!q.partial);
    let t = "Ken Ito, the spokesperson for the league, said that the fee, agreed last week, “sets a record.”";
    let q = one(t, &["Ken Ito"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ken Ito"));
    assert!(q.partial);
    let q = one(
        "Ken Ito was quoted as saying “the deal is done.”",
        &["Ken Ito"],
        &[],
    );
    assert_eq!(q.speaker.as_deref(), Some("Ken Ito"));
    let t =
        "The chief executive, Ken Ito, was cited by the Herald as saying “the merger saves jobs.”";
    let q = one(t, &["Ken Ito"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ken Ito"));
}

#[test]
fn organisation_speakers_are_named_and_unnamed_people_anonymous() {
    let q = one("“The budget passes,” the city council said.", &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("the city council"));
    assert!(!q.anonymous);
    let t = "“The bid was rejected,” a bank official said, speaking on the condition of anonymity.";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("a bank official"));
    assert!(q.anonymous);
    let t = "“It was close,” said people familiar with the talks.";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("people familiar with the talks"));
    assert!(q.anonymous);
}

#[test]
fn pronouns_resolve_to_the_latest_person() {
    let t = "“The dam held,” said one engineer.\nMayor Lina Holm visited the site on Sunday. Holm told reporters the town was safe.\n“We were lucky,” she said.";
    let qs = run(t, &["Lina Holm", "Holm"], &[]);
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[1].speaker.as_deref(), Some("Holm"));
    assert!(!qs[1].anonymous);
    let t = "“The dam held,” said one engineer. “It was built in 1920,” he added.";
    let qs = run(t, &[], &[]);
    assert_eq!(qs[1].speaker.as_deref(), Some("one engineer"));
    assert!(qs[1].anonymous);
    let t = "Lina Holm toured the site.\nThe water receded overnight.\n“We were lucky,” she said.";
    let qs = run(t, &["Lina Holm"], &[]);
    assert_eq!(qs[0].speaker.as_deref(), Some("Lina Holm"));
}

#[test]
fn a_following_quote_continues_the_speaker() {
    let t = "“The fee is fair,” said one agent. “Why would we wait?”\n“Next season starts now.”";
    let qs = run(t, &[], &[]);
    assert_eq!(qs.len(), 3);
    assert!(
        qs.iter()
            .all(|q| q.speaker.as_deref() == Some("one agent") && q.anonymous)
    );
}

#[test]
fn speech_inside_a_quote_is_not_attribution() {
    let t = "The report ended with “the minister said nothing” and closed.";
    let q = one(t, &["minister"], &[]);
    assert_eq!(q.speaker, None);
}

#[test]
fn odd_input_does_not_panic() {
    for t in ["“", "\"", "” said he", "“é”", "said “", "a\n“b\n”"] {
        let i = input(t, false, &[], &[], &[]);
        let _ = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
        let _ = find(t, &i.blocks, &[], &i.mentions, &i.words);
    }
}

#[test]
fn curly_single_quotes_outside_double_quotes() {
    let t = "Club ‘ready to sell’ its star striker’s contract";
    let i = input(t, true, &[], &[], &[]);
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
    assert_eq!(qs.len(), 1);
    assert_eq!(&t[qs[0].start..qs[0].end], "ready to sell");
    assert!(qs[0].partial);
    let t = "The players’ union met on Monday.";
    assert!(run(t, &[], &[]).is_empty());
}

#[test]
fn mixed_text_never_panics_and_spans_are_valid() {
    let pieces = [
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "é",
        "said ",
        "he ",
        "Ann Lee ",
        ". ",
        ", ",
        "\n",
        "—",
        "according to ",
        "x",
        "? ",
        "Gen. ",
        ": ",
        "(",
        "was quoted as saying ",
        "5 ",
    ];
    let mut seed: u32 = 7;
    for _ in 0..400 {
        let mut t = String::new();
        for _ in 0..30 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            t.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
        }
        let i = input(&t, true, &["Ann Lee"], &[], &[]);
        let qs = find(&t, &i.blocks, &i.sentences, &i.mentions, &i.words);
        for q in &qs {
            assert!(t.get(q.start..q.end).is_some());
            assert!(q.sentence < i.sentences.len());
        }
        let cs =
            crate::analyze::claims::find(&t, &i.blocks, &i.sentences, &i.mentions, &qs, &i.words);
        assert!(cs.iter().all(|c| t.get(c.start..c.end).is_some()));
    }
}

#[test]
fn they_after_unnamed_officials_and_names_without_mentions() {
    let t = "“The water is safe,” two city officials said.\n“We tested it twice,” they said.";
    let qs = run(t, &[], &[]);
    assert_eq!(qs[1].speaker.as_deref(), Some("two city officials"));
    assert!(qs[1].anonymous);
    // Without any entity mentions a capitalised subject still counts as a person.
    let t = "The coach, Mia Roth, said on Friday that the deal was close.\n“We are nearly there,” she said.";
    let qs = run(t, &[], &[]);
    assert_eq!(qs[0].speaker.as_deref(), Some("Mia Roth"));
    assert!(!qs[0].anonymous);
}

#[test]
fn according_to_at_the_end_of_the_sentence() {
    let t = "Investors were “deeply worried” by the merger, according to a bank analyst.";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("a bank analyst"));
    assert!(q.partial && q.anonymous);
}

#[test]
fn a_quote_running_over_paragraphs_takes_the_later_attribution() {
    let t = "“The first half was poor. We changed the shape at the break.\n“After that we were the better side,” the manager said.";
    let qs = run(t, &[], &[]);
    assert_eq!(qs.len(), 2);
    assert!(qs[0].words.ends_with("at the break."));
    assert_eq!(qs[0].speaker.as_deref(), Some("the manager"));
    assert_eq!(qs[1].speaker.as_deref(), Some("the manager"));
}

#[test]
fn speaker_after_a_continuing_phrase() {
    let t = "The levee was “close to failing” by Sunday night, two engineers said.";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("two engineers"));
    assert!(q.partial && q.anonymous);
    let t =
        "Fans were “furious” about the sale (and the timing), according to a supporters' group.";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("a supporters' group"));
}

#[test]
fn doubled_apostrophes_are_quote_marks() {
    let t = "''The pier opens in May,'' said Tomas Reyes. ``It is ready.'' He left.";
    let q = run(t, &["Tomas Reyes"], &[]);
    let words: Vec<&str> = q.iter().map(|q| q.words.as_str()).collect();
    assert_eq!(words, ["The pier opens in May", "It is ready."]);
    assert_eq!(q[0].speaker.as_deref(), Some("Tomas Reyes"));
    // An apostrophe alone is never a mark.
    assert!(run("The club's 'best' year.", &[], &[]).is_empty());
}

#[test]
fn pronoun_skips_a_speaker_of_the_other_gender() {
    let t = "“We are ready,” said John Park. Mary Chen spoke next. “Not yet,” she said. \
             “Soon,” he said.";
    let q = run(t, &["John Park", "Mary Chen"], &[]);
    assert_eq!(q.len(), 3);
    assert_eq!(q[1].speaker.as_deref(), Some("Mary Chen"));
    assert_eq!(q[2].speaker.as_deref(), Some("John Park"));
}

#[test]
fn woven_quote_goes_to_the_subject_of_the_sentence() {
    let q = one(
        "Lena Ortiz called the ruling “a disgrace” on Monday.",
        &["Lena Ortiz"],
        &[],
    );
    assert_eq!(q.speaker.as_deref(), Some("Lena Ortiz"));
    assert!(q.partial);
    // Not the object of a preposition, nor a possessor.
    let q = one(
        "In a letter to Lena Ortiz, the union's lawyers insisted the plan was “unfair.”",
        &["Lena Ortiz"],
        &[],
    );
    assert_ne!(q.speaker.as_deref(), Some("Lena Ortiz"));
    // A quote alone after a sentence about someone.
    let q = run(
        "Omar Haddad toured the plant on Friday. “We will hire 200 people.”",
        &["Omar Haddad"],
        &[],
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Omar Haddad"));
}

#[test]
fn the_head_of_a_speaker_phrase_is_its_last_name() {
    let q = one(
        "“We disagree,” said Park spokesman Eli Stone.",
        &["Park", "Eli Stone"],
        &[],
    );
    assert_eq!(q.speaker.as_deref(), Some("Eli Stone"));
    // A name before a lowercase head only describes the speaker.
    let q = one("“No comment,” wrote a Park supporter.", &["Park"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("a Park supporter"));
    // An age and a home town between commas are skipped.
    let t = "Nia Brook, 41, of Dayton, Ohio, says: “The fares are too high.”";
    let i = input(t, false, &["Nia Brook"], &[], &["Dayton", "Ohio"]);
    let q = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
    assert_eq!(q[0].speaker.as_deref(), Some("Nia Brook"));
}

#[test]
fn titles_and_terms_are_not_speech() {
    let t = "Lena Ortiz appeared on “Morning Desk Live” and criticised the so-called “quiet \
             clause” in the bill. <a data-id=\"4471\">. “We will fight it,” she said.";
    let i = input(t, false, &["Lena Ortiz"], &[], &[]);
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
    let kinds: Vec<(&str, Option<crate::brief::TermKind>)> =
        qs.iter().map(|q| (&t[q.start..q.end], q.term)).collect();
    use crate::brief::TermKind::{Term, Title};
    assert_eq!(
        kinds,
        [
            ("Morning Desk Live", Some(Title)),
            ("quiet clause", Some(Term)),
            ("4471", Some(Term)),
            ("We will fight it", None),
        ]
    );
    assert_eq!(qs[3].speaker.as_deref(), Some("Lena Ortiz"));
    // A speech verb keeps title-case words as speech.
    let q = one("“Go Home Now,” Omar Haddad said.", &["Omar Haddad"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Omar Haddad"));
}

#[test]
fn title_case_after_a_possessive_is_a_title_even_beside_a_speech_verb() {
    use crate::brief::TermKind::Title;
    let t = "On the network’s “Evening Round Table” Tuesday, Lena Ortiz said, “We will fight \
             it.” The drama, “Harbour Lights,” ends. Ortiz’s “No” was heard.";
    let i = input(t, false, &["Lena Ortiz"], &[], &[]);
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
    let kinds: Vec<(&str, Option<crate::brief::TermKind>)> =
        qs.iter().map(|q| (&t[q.start..q.end], q.term)).collect();
    assert_eq!(kinds[0], ("Evening Round Table", Some(Title)));
    assert_eq!(kinds[1], ("We will fight it.", None));
    assert_eq!(qs[1].speaker.as_deref(), Some("Lena Ortiz"));
    assert_eq!(kinds[2], ("Harbour Lights", Some(Title)));
    // One capitalised word after a possessive is as often an answer quoted.
    assert_eq!(kinds[3].0, "No");
    assert_ne!(kinds[3].1, Some(Title));
}

#[test]
fn how_the_speaker_was_found() {
    use crate::brief::SpeakerFound as F;
    let t = "“We won,” said Tomas Reyes. “It was hard.” Reyes praised the team. \
             “They earned it.” Mia Park thinks the draw was “a fair result” overall. “Next year,” he said.";
    let i = input(t, false, &["Tomas Reyes", "Mia Park"], &[], &[]);
    let found: Vec<F> = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words)
        .iter()
        .map(|q| q.found)
        .collect();
    assert_eq!(
        found,
        [
            F::SameSentence,
            F::PreviousSentence,
            F::PreviousSentence,
            F::Subject,
            F::Pronoun
        ]
    );
    let t = "The hall was empty.\n“Nothing to add.”";
    let i = input(t, false, &[], &[], &[]);
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
    assert_eq!((qs[0].found, qs[0].speaker.as_deref()), (F::None, None));
}
