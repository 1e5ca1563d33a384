//! Speaker rules: roles, pronouns, opening phrases and the words around a speech verb, each
//! on made-up sentences.

use super::testkit::input;
use super::tests::{one, run};
use super::*;

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
    let q = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
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
    let kinds: Vec<_> = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words)
        .iter()
        .map(|q| q.term)
        .collect();
    assert_eq!(kinds, [Some(Term), Some(Term), Some(Title), Some(Title)]);
    // A fragment that goes on into the writer's clause stays speech.
    let t = "Lena Ortiz said the deal was “a bargain” for the town.";
    let i = input(t, false, &["Lena Ortiz"], &[], &[]);
    let q = find(t, &i.blocks, &i.sentences, &i.mentions, &i.words);
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

#[test]
fn an_attribution_closing_the_sentence_names_the_speaker() {
    // After the sentence's last comma, however long the words before it.
    let t = "Ann Kiro is an “able manager” who has won two hard elections in the state, the \
             editorial board writes.";
    let q = one(t, &["Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("the editorial board"));
    // The quote's subject is not its speaker when another closes the sentence; the "did" is
    // the quote's sentence going on, not the speaker's auxiliary.
    let t = "Ann Kiro “has a right to contest every primary,” just as Tom Wu did in 2008, Omar \
             Haddad added.";
    let q = one(t, &["Ann Kiro", "Tom Wu", "Omar Haddad"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Omar Haddad"));
    // A verb joined on by "and" is the sentence's subject's, not the words before it.
    let t = "Ann Kiro spoke at the door. She blamed it on a “troubled man,” not on his faith, \
             and said it was hard to understand.";
    let q = one(t, &["Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn a_verb_form_that_is_a_plural_noun_is_no_attribution() {
    let t = "Tom Wu said the bill can be “the best of both worlds,” giving states more power.";
    let q = one(t, &["Tom Wu"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Wu"));
    let t = "Tom Wu wrote a memo. “We feel very good about our chances” there and in states \
             that vote in March, the memo stated.";
    let q = one(t, &["Tom Wu"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("the memo"));
}

#[test]
fn going_on_somewhere_is_not_going_on_speaking() {
    let t = "Tom Wu said that once the Senate goes on recess, “I intend to help.”";
    let q = one(t, &["Tom Wu"], &["Senate"]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Wu"));
    let t = "Tom Wu paused. Ann Kiro went on, “It is done.”";
    let q = one(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn a_name_after_and_speaks_for_itself_not_for_the_clause_before() {
    let t = "At one point, a woman asked for a photo and Ann Kiro said, “as long as it is legal.”";
    let q = one(t, &["Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Kiro"));
    let t = "The crowd wanted a speech but Ann Kiro said, “Not tonight.”";
    let q = one(t, &["Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn a_term_quoted_in_an_opening_phrase_does_not_end_it() {
    let t = "At a hearing in which Judge Tom Wu called the remarks “distasteful,” Ann Kiro \
             expressed a desire to “leave the state.”";
    let q = run(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Tom Wu"));
    assert_eq!(q[1].speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn a_quote_after_an_attributed_one_in_its_sentence_keeps_that_speaker() {
    let t = "Tom Wu spoke on Monday. Ann Kiro, Omar Haddad said, had been in the Senate for “a \
             thousand years” and passed “hundreds of bills.”";
    let q = run(t, &["Tom Wu", "Ann Kiro", "Omar Haddad"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Omar Haddad"));
    assert_eq!(q[1].speaker.as_deref(), Some("Omar Haddad"));
}

#[test]
fn a_speech_verb_in_a_relative_aside_speaks_for_the_aside() {
    let t = "Tom Wu spoke. He said that the plan, which some have argued was meant to help Ann \
             Kiro, was an “insult” to the volunteers.";
    let q = one(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn a_document_acting_on_a_name_is_the_subject() {
    let t = "Tom Wu wrote a book. The book accuses Ann Kiro of treating the guards like “store \
             clerks.”";
    let q = one(t, &["Tom Wu", "Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("The book"));
}

#[test]
fn an_attribution_closing_a_long_aside_is_reached() {
    let t = "“We call on the House to reject this resolution,” Ann Kiro, legal director for the \
             rights group at the largest union in the state, said in a statement.";
    let q = one(t, &["Ann Kiro"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn a_voice_that_comes_from_someone_is_theirs() {
    let t = "Tom Wu denied the vote. “Call the roll,” came shouts from the crowd, as it booed.";
    let q = one(t, &["Tom Wu"], &[]);
    assert_eq!(q.speaker.as_deref(), Some("the crowd"));
}

#[test]
fn a_speaker_phrase_stops_before_a_verb_or_adverb_run_on_to_it() {
    let t = "The judge pointed to a case to say that courts must weigh “whether a party is a \
             public entity.”";
    let q = one(t, &[], &[]);
    assert_eq!(q.speaker.as_deref(), Some("The judge"));
    let t = "The employee first said he had an “awful” moment and deleted the archive.";
    let q = one(t, &[], &[]);
    assert_ne!(q.speaker.as_deref(), Some("The employee first"));
}

#[test]
fn an_age_and_a_description_after_a_name_opening_the_sentence_are_skipped() {
    let t = "Roe, 35, the daughter of a former mayor, said on Monday, “We are moving home.”";
    let q = run(t, &["Roe"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Roe"));
}

#[test]
fn a_speech_verb_after_a_determiner_is_an_adjective() {
    // "the reported bomber" says nothing: the speaker is the one who said it.
    let t = "Ann Kiro said the reported bomber, a local man, had “deep roots.”";
    let q = run(t, &["Ann Kiro"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn the_owner_of_a_statement_named_at_the_quote_speaks_through_it() {
    let t = "From Ann Kiro's Facebook post: “We must unite.”";
    let q = run(t, &["Ann Kiro"], &["Facebook"]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Kiro"));
    // The remark's noun may follow the quote.
    let t = "Tom Wu's “47 percent” remark was as dismissive as the others.";
    let q = run(t, &["Tom Wu"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Tom Wu"));
    // A possessive with no statement noun names no speaker by itself.
    let t = "Tom Wu's “big plan” was dropped.";
    let q = run(t, &["Tom Wu"], &[]);
    assert_ne!(q[0].speaker.as_deref(), Some("Tom Wu"));
}

#[test]
fn a_wire_dateline_is_not_the_subject() {
    let t = "LAGOS (AFP) – Ann Kiro has taken a swipe at her rival, saying that “loud comments” do harm.";
    let q = run(t, &["Ann Kiro"], &["AFP"]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ann Kiro"));
}

#[test]
fn the_antecedent_of_who_speaks() {
    let t = "The groups asked about a retired general who suggested the city should “wall off” \
             the port.";
    let q = run(t, &[], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("a retired general"));
    let t = "Later the debate turned to Tom Wu, who proclaimed in July that he would “build a \
             wall.”";
    let q = run(t, &["Tom Wu"], &[]);
    assert_eq!(q[0].speaker.as_deref(), Some("Tom Wu"));
}
