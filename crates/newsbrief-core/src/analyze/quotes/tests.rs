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

fn one(text: &str, persons: &[&str], orgs: &[&str]) -> Q {
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
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions);
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
        let _ = find(t, &i.blocks, &i.sentences, &i.mentions);
        let _ = find(t, &i.blocks, &[], &i.mentions);
    }
}

#[test]
fn curly_single_quotes_outside_double_quotes() {
    let t = "Club ‘ready to sell’ its star striker’s contract";
    let i = input(t, true, &[], &[], &[]);
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions);
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
        let qs = find(&t, &i.blocks, &i.sentences, &i.mentions);
        for q in &qs {
            assert!(t.get(q.start..q.end).is_some());
            assert!(q.sentence < i.sentences.len());
        }
        let cs = crate::analyze::claims::find(&t, &i.blocks, &i.sentences, &i.mentions, &qs);
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
    let q = find(t, &i.blocks, &i.sentences, &i.mentions);
    assert_eq!(q[0].speaker.as_deref(), Some("Nia Brook"));
}

#[test]
fn titles_and_terms_are_not_speech() {
    let t = "Lena Ortiz appeared on “Morning Desk Live” and criticised the so-called “quiet \
             clause” in the bill. <a data-id=\"4471\">. “We will fight it,” she said.";
    let i = input(t, false, &["Lena Ortiz"], &[], &[]);
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions);
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
fn how_the_speaker_was_found() {
    use crate::brief::SpeakerFound as F;
    let t = "“We won,” said Tomas Reyes. “It was hard.” Reyes praised the team. \
             “They earned it.” Mia Park thinks the draw was “a fair result” overall. “Next year,” he said.";
    let i = input(t, false, &["Tomas Reyes", "Mia Park"], &[], &[]);
    let found: Vec<F> = find(t, &i.blocks, &i.sentences, &i.mentions)
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
    let qs = find(t, &i.blocks, &i.sentences, &i.mentions);
    assert_eq!((qs[0].found, qs[0].speaker.as_deref()), (F::None, None));
}

#[test]
fn the_role_names_the_person_last_named() {
    let t = "“We are ready,” said Ann Kiro. “It will pass,” the senator said.";
    let q = run(t, &["Ann Kiro"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Ann Kiro"));
    // A role that tells a gender skips a speaker of the other.
    let t = "“We are ready,” said Ann Kiro. Tom Wu agreed. “It will pass,” the chairman said.";
    let q = run(t, &["Ann Kiro", "Tom Wu"], &[]);
    assert_ne!(q[1].speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn a_pronoun_after_a_new_subject_means_that_subject() {
    let t = "“Taxes will fall,” said Omar Haddad. Tom Wu toured the plant on Monday. \
             “We will build here,” he said.";
    let q = run(t, &["Omar Haddad", "Tom Wu"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Tom Wu"));
    // "Wu's been" is "Wu has been": Wu is still the subject, not a possessor.
    let t = "“Taxes will fall,” said Omar Haddad. Wu's been arguing for weeks that Haddad \
             is wrong. “We will build here,” he said.";
    let q = run(t, &["Omar Haddad", "Wu", "Haddad"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Wu"));
    // The speaker named last still wins over a subject named before it.
    let t = "Tom Wu toured the plant on Monday. “Taxes will fall,” said Omar Haddad. \
             “We will build here,” he said.";
    let q = run(t, &["Omar Haddad", "Tom Wu"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Omar Haddad"));
}

#[test]
fn a_speaker_phrase_does_not_run_on_into_the_clause() {
    // A participle after a comma has the clause's subject.
    let t = "In an interview, Tom Wu questioned the budget again, saying the city could not \
             “afford it.”";
    let q = one(t, &["Tom Wu"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Wu"));
    let t = "Mia Park spoke first. She wrote to the voters in an email, saying that “the plan \
             is wrong.”";
    let q = run(t, &["Mia Park"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Mia Park"));
    // A phrase stops at another speech verb, and a pronoun at its edge is the subject.
    let t = "Omar Haddad spoke. The longtime senator said he rarely asks friends for help, \
             “except for people I trust.”";
    let q = run(t, &["Omar Haddad"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Omar Haddad"));
    let t = "Omar Haddad spoke. He promised to fix the “broken” tax code and he, once again, \
             vowed a “fair deal” for all.";
    let q = run(t, &["Omar Haddad"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Omar Haddad"));
}

#[test]
fn party_tags_relative_clauses_and_descriptions_around_a_name() {
    // A party tag in brackets neither breaks the name from its verb nor becomes the speaker.
    let t = "“The bill is dead,” Ann Kiro (D) said on Friday.";
    let q = one(t, &["Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Kiro"));
    let t = "Tom Wu (R-Ohio), who wrote the bill in May, said the vote was “a first step.”";
    let q = one(t, &["Tom Wu"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Wu"));
    // A relative clause holding a place, and a chain of descriptions, are skipped.
    let t = "Nia Brook, who lost her shop in the flood in Dayton, Ohio, in May 2019, said \
             that “nobody came.”";
    let i = input(t, false, &["Nia Brook"], &[], &["Dayton", "Ohio"]);
    let q = find(t, &i.blocks, &i.sentences, &i.mentions);
    assert_eq!(q[0].speaker.as_deref(), Some("Nia Brook"));
    let t = "Eli Stone, the head of Fair Roads, a group that has sued the city, said that \
             “the damage is done.”";
    let q = one(t, &["Eli Stone"], &["Fair Roads"]);
    assert_eq!(q.speaker.as_deref(), Some("Eli Stone"));
}

#[test]
fn the_name_just_before_the_verb_after_a_running_quote() {
    // The quote's sentence goes on past the marks; the name before the verb is the speaker.
    let t = "Omar Haddad “felt a duty to act on” the river, Lena Ortiz said.";
    let q = one(t, &["Omar Haddad", "Lena Ortiz"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Lena Ortiz"));
    let t = "“Seeing this is stunning,” since most of the key votes in the long history of the \
             council were close, said Eli Stone, a historian.";
    let q = one(t, &["Eli Stone"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Eli Stone"));
    // A phrase that only sets the scene is not the speaker.
    let t = "Across Europe, ministers said the plan was “a mistake.”";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("ministers"));
}

#[test]
fn a_sentence_of_attribution_after_a_whole_quote() {
    let t = "“It is offensive!” Tom Wu said.\n“Is it fair?” Ann Lee said on Monday.\n\
             “The plan is dead.” Eli Stone, the mayor, said in a statement.";
    let q = run(t, &["Tom Wu", "Ann Lee", "Eli Stone"], &[]);
    let speakers: Vec<Option<&str>> = q.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Tom Wu"), Some("Ann Lee"), Some("Eli Stone")]
    );
    // A sentence going on into the next quote introduces that one, and a sentence that
    // reports more than who spoke is not attribution.
    let t = "Lena Ortiz spoke first. “Are you ready?” Tom Wu replied, “Not yet.”";
    let q = run(t, &["Tom Wu", "Lena Ortiz"], &[]);
    assert_ne!(q[0].speaker.as_deref(), Some("Tom Wu"));
    assert_eq!(q[1].speaker.as_deref(), Some("Tom Wu"));
    let t = "Lena Ortiz spoke first. “We won.” Tom Wu said that the count was wrong.";
    let q = run(t, &["Tom Wu", "Lena Ortiz"], &[]);
    assert_ne!(q[0].speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn a_role_with_no_speaker_before_it_names_the_last_subject() {
    let t = "In May, Tom Wu toured the plant with Mia Park. “We will hire,” the senator said.";
    let q = run(t, &["Tom Wu", "Mia Park"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn a_second_fragment_of_a_sentence_and_a_mistyped_closing_mark() {
    let t = "In a statement, the club said it was “consolidating” the teams and “merging” the \
             staff.";
    let q = run(t, &[], &[]);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.as_deref(), Some("the club"));
    // An opening mark after a word and before a blank closes the quote.
    let t = "“It's unusual,“ said Ann Lee. “It is rare.”";
    let q = run(t, &["Ann Lee"], &[]);
    assert_eq!(q[0].words, "It's unusual");
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
    let q = one("Fund managers describe the deal as “a bargain.”", &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Fund managers"));
}

#[test]
fn a_name_cut_short_runs_on_to_the_end_of_the_phrase() {
    let q = one("“We are open,” said board chair Nia Small.", &["Nia"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Nia Small"));
}

#[test]
fn scare_quoted_modifiers_and_titles_with_small_words_are_terms() {
    use crate::brief::TermKind::{Term, Title};
    let t = "The plan won among “very cautious” voters and a “bridge” loan was agreed. The \
             film, “12 Days: The Long Road Home,” opens in May. She is the host of “The Late Hour with \
             Nia Park” now.";
    let i = input(t, false, &["Nia Park"], &[], &[]);
    let kinds: Vec<_> = find(t, &i.blocks, &i.sentences, &i.mentions)
        .iter()
        .map(|q| q.term)
        .collect();
    assert_eq!(kinds, [Some(Term), Some(Term), Some(Title), Some(Title)]);
    // A fragment that goes on into the writer's clause stays speech.
    let t = "Lena Ortiz said the deal was “a bargain” for the town.";
    let i = input(t, false, &["Lena Ortiz"], &[], &[]);
    let q = find(t, &i.blocks, &i.sentences, &i.mentions);
    assert_eq!(
        (q[0].term, q[0].speaker.as_deref()),
        (None, Some("Lena Ortiz"))
    );
}

#[test]
fn a_contracted_pronoun_is_the_pronoun() {
    let t = "Tom Hall toured the plant on Friday. He’d told workers the line was “ready for a \
             second shift.”";
    let q = one(t, &["Tom Hall"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Hall"));
}

#[test]
fn a_description_after_the_name_is_skipped_for_the_name() {
    let t = "Ann Lee, Tom Hall's campaign manager, said: “We will win the county.”";
    let q = one(t, &["Ann Lee", "Tom Hall"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn an_organisation_before_a_lowercase_head_only_modifies_it() {
    let t = "“The bridge is safe,” a Transit Authority engineer said.";
    let q = one(t, &[], &["Transit Authority"]);
    assert_eq!(q.speaker.as_deref(), Some("a Transit Authority engineer"));
    assert!(q.anonymous);
}

#[test]
fn a_relative_aside_does_not_hide_the_verb() {
    let t = "“The talks have stalled,” an aide, who was not authorized to speak to the press \
             about the matter, told reporters.";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("an aide"));
    assert!(q.anonymous);
}

#[test]
fn a_description_then_a_name_after_the_verb_gives_the_name() {
    let t = "“Nobody saw the fire start,” said the station's chief, Ann Lee.";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
    let t = "“Nobody saw it” until noon, said the station's chief, Ann Lee.";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_definite_subject_opening_the_sentence_speaks() {
    // A role is the person it stands for.
    let t = "Ann Lee visited the school on Monday. The senator emailed parents, saying: “Every \
             classroom will get new books.”";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
    // A body speaks as itself.
    let t = "Tom Hall lost Ohio. His campaign sent supporters a message saying: “We are closing \
             the gap.”";
    let q = one(t, &["Tom Hall"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("His campaign"));
}

#[test]
fn a_pronoun_with_nobody_near_looks_further_back() {
    let t = "Tom Hall said the mill would reopen.\nThe mill closed in 1990.\nIts roof fell in \
             2001.\nThe town bought it in 2010.\n“We will hire fifty people,” he said.";
    let q = one(t, &["Tom Hall"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Hall"));
}

#[test]
fn a_quote_after_a_colon_belongs_to_the_subject_before_it() {
    let t = "Ann Lee is sure the ban will fail: “Nobody wants it.”";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_fragment_in_the_paragraph_of_a_quote_keeps_its_speaker() {
    let t = "“The rent is too high,” Ann Lee said. It is “a tax on the young.”";
    let q = run(t, &["Ann Lee"], &[]);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_prepositional_phrase_is_no_speaker() {
    let t = "The letter went to her on Monday and warned of “a long winter.”";
    let q = one(t, &[], &[]);
    assert_ne!(q.speaker.as_deref(), Some("to her"));
}

#[test]
fn a_participle_after_a_speech_verb_keeps_its_subject() {
    let t = "Tom Hall left early on Friday, Ann Lee said, adding, “He was tired.”";
    let q = one(t, &["Tom Hall", "Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_time_phrase_after_the_name_is_not_the_speaker() {
    let t = "“Cut the tax,” said the former mayor Ann Lee during the second debate.";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_two_word_speech_verb_attributes() {
    let t = "Ann Lee spoke first. “You were never there,” Tom Wu shot back.";
    let q = one(t, &["Ann Lee", "Tom Wu"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Wu"));
    let t = "Ann Lee spoke first. “The mill is closed,” Tom Wu pointed out.";
    let q = one(t, &["Ann Lee", "Tom Wu"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn a_sentence_run_on_with_no_space_ends_the_speaker() {
    let t = "“The bridge will open in May,” Ann Lee said.Lee added that the cost had doubled.";
    let q = one(t, &["Ann Lee", "Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn an_adverb_before_the_verb_is_skipped() {
    let t = "The club's treasurer, Ann Lee, subsequently testified that “no money was missing.”";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_relative_clause_without_commas_keeps_its_antecedent() {
    let t = "A farmer who grows corn near the river and who asked not to be named said the \
             water was “brown for a week.”";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("A farmer"));
    assert!(q.anonymous);
}

#[test]
fn a_capitalised_role_after_the_names_the_person_before() {
    let t = "Governor Ann Kiro toured the mill.\n“Jobs come first,” the Democrat said.";
    let q = one(t, &["Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn a_role_after_the_quote_is_the_subject_of_its_own_sentence() {
    let t = "“We are ready,” said Omar Haddad.\nTom Wu defends the plan in a radio ad: “It \
             will pay for itself,” the senator says.";
    let q = run(t, &["Omar Haddad", "Tom Wu"], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn a_share_of_people_polled_speaks_for_the_poll() {
    let t = "In a new county poll, 60 percent of parents said the school was “too crowded.”";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("a new county poll"));
    let t = "The survey has bad news for the mayor. Six in 10 voters said he was “out of touch.”";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("The survey"));
    // With no poll named, the share stays the speaker.
    let t = "At the meeting, 60 percent of parents said the school was “too crowded.”";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("60 percent"));
}

#[test]
fn words_going_on_with_the_quote_come_before_the_speaker() {
    let t = "The ruling would deepen “a crisis of trust” felt by farmers, the unions said.";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("the unions"));
}

#[test]
fn the_man_after_an_unnamed_speaker_is_that_speaker() {
    let t = "“The water rose overnight,” said a worker near the river.\n“We lost the whole \
             crop,” the man said.";
    let q = run(t, &[], &[]);
    assert_eq!(q[1].speaker.as_deref(), Some("a worker"));
    assert!(q[1].anonymous);
    // A sentence that keeps the speaker unnamed keeps the role as the speaker.
    let t = "Ann Lee spoke first.\n“We lost the whole crop,” said the man, who asked not to be \
             named.";
    let q = run(t, &["Ann Lee"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("the man"));
}

#[test]
fn a_written_source_reads_and_an_office_speaks() {
    let t = "“The plan is a mistake,” reads an editorial in the county paper.";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("an editorial"));
    let t = "Ann Lee was in Ohio. Her office put out a statement saying the law “will not \
             stand.”";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Her office"));
}

#[test]
fn an_opening_phrase_before_the_subject_is_skipped() {
    let t = "Even before Ann Lee spoke, his campaign sent a message saying: “We are ahead.”";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("his campaign"));
    let t = "After Ann Lee won the vote, Tom Wu called the result “a fluke.”";
    let q = one(t, &["Ann Lee", "Tom Wu"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn as_x_put_it_keeps_its_speaker() {
    let t = "As Ann Lee, the club's treasurer, put it, “We are broke.”";
    let q = one(t, &["Ann Lee"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_name_before_an_age_and_a_description_is_the_speaker() {
    // No mention for the name: the capitalised words before the asides are the name.
    let t = "Kiro Tann, 35, the niece of the late mayor, said on Monday, “We will rebuild.”";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Kiro Tann"));
}

#[test]
fn a_name_before_a_role_gives_the_role_holder_for_a_later_pronoun() {
    let t = "Tom Marsh spoke first. “We will build it,” he said.\nMarsh aide Kevin Doyle took questions after the speech. “Nothing is decided,” he said.";
    let q = run(t, &["Tom Marsh", "Marsh", "Kevin Doyle"], &[]);
    assert_eq!(q[1].words, "Nothing is decided");
    assert_eq!(q[1].speaker.as_deref(), Some("Kevin Doyle"));
}

#[test]
fn an_opening_phrase_is_no_subject_for_a_later_pronoun() {
    let t = "Since naming Kevin Doyle as his deputy, Tom Marsh has climbed in the polls. “It is working,” he said.";
    let q = one(t, &["Kevin Doyle", "Tom Marsh"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Marsh"));
}

#[test]
fn a_pronoun_after_a_quote_means_the_subject_named_before_it() {
    let t =
        "Kevin Doyle said the plan was sound. Tom Marsh saw it otherwise: “It will fail,” he said.";
    let q = one(t, &["Kevin Doyle", "Tom Marsh"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Marsh"));
}

#[test]
fn an_opening_and_leaves_the_pronoun_the_subject() {
    let t = "Maria Lopez spoke at the hall. Tom Marsh left early.\nAnd she was sure of one thing: “We will win.”";
    let q = one(t, &["Maria Lopez", "Tom Marsh"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn nobody_is_no_subject() {
    let t = "Nobody asked Tom Marsh about the budget. He called it “a mess.”";
    let q = one(t, &["Nobody", "Tom Marsh"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Marsh"));
}

#[test]
fn a_titled_name_after_a_preposition_is_no_subject() {
    let t = "“He is one of us,” Mr. Brandt said of Mr. Doyle. He said he wanted them to “come and knock on doors.”";
    let q = run(t, &["Doyle"], &[]);
    assert_eq!(q[1].words, "come and knock on doors.");
    assert_eq!(q[1].speaker.as_deref(), Some("Mr. Brandt"));
}

#[test]
fn a_name_modifying_a_noun_is_no_subject() {
    let t = "Kevin Doyle said the vote was close. The Marsh outlets have stood in the way, he said, by “muddying the facts.”";
    let q = one(t, &["Kevin Doyle", "Marsh"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Kevin Doyle"));
}

#[test]
fn a_pronoun_alone_before_the_verb_after_a_quote_speaks() {
    let t =
        "Tom Marsh won the vote. Voters had “lost patience” long ago with the council, he said.";
    let q = one(t, &["Tom Marsh"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Marsh"));
}
