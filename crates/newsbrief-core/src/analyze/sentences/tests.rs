use super::*;

fn pieces(s: &str) -> Vec<&str> {
    split_str(s).into_iter().map(|(a, z)| &s[a..z]).collect()
}

#[test]
fn abbreviations_and_initials_do_not_end_sentences() {
    let s = "Maj. Gen. Alan Ross met Sen. Ruth Hale and Rep. Dan Cole (D-MN) in St. Paul at 9 a.m. on Jan. 4. They spoke for an hour.";
    assert_eq!(
        pieces(s),
        vec![
            "Maj. Gen. Alan Ross met Sen. Ruth Hale and Rep. Dan Cole (D-MN) in St. Paul at 9 a.m. on Jan. 4.",
            "They spoke for an hour."
        ]
    );
    let s = "A portrait of John F. Kennedy hung in Dr. Lee's office. Mr. and Mrs. Lee bought it.";
    assert_eq!(pieces(s).len(), 2);
    let s = "Acme Inc. and Widget Corp. signed on Tuesday, e.g. for the No. 2 plant, vs. rivals.";
    assert_eq!(pieces(s).len(), 1);
    let s = "Prices rose 2.5 percent. Col. Lt. Ames disagreed.";
    assert_eq!(
        pieces(s),
        vec!["Prices rose 2.5 percent.", "Col. Lt. Ames disagreed."]
    );
}

#[test]
fn abbreviation_at_sentence_end_before_an_opener() {
    let s = "The troops returned to the U.S. The families were waiting. Talks with the U.K. government resumed.";
    assert_eq!(
        pieces(s),
        vec![
            "The troops returned to the U.S.",
            "The families were waiting.",
            "Talks with the U.K. government resumed."
        ]
    );
}

#[test]
fn quotation_with_attribution_stays_whole() {
    let s = "“The damage wasn’t huge. They told our commanders it was major,” said one soldier. Another agreed.";
    assert_eq!(
        pieces(s),
        vec![
            "“The damage wasn’t huge. They told our commanders it was major,” said one soldier.",
            "Another agreed."
        ]
    );
    let s = "\"The bridge is closed. Nobody can cross,\" the mayor said on Monday.";
    assert_eq!(pieces(s).len(), 1);
}

#[test]
fn quote_then_quote_are_two_sentences() {
    let s = "“We’re open to all kinds of things,” he said. “Still, I don’t think we’re there.”";
    assert_eq!(
        pieces(s),
        vec![
            "“We’re open to all kinds of things,” he said.",
            "“Still, I don’t think we’re there.”"
        ]
    );
    let s = "\"Is it over?\" she asked. \"Not yet.\" He left.";
    assert_eq!(
        pieces(s),
        vec!["\"Is it over?\" she asked.", "\"Not yet.\"", "He left."]
    );
}

#[test]
fn question_in_quote_with_lowercase_attribution() {
    let s = "“Hey mayor, are you asleep, or are you awake?” said one.";
    assert_eq!(pieces(s).len(), 1);
}

#[test]
fn unclosed_quote_does_not_swallow_the_block() {
    let s = "He said: “We will rebuild. It will take years. The money is there. The will is there. The people are ready. The plan is ready. We start now.";
    assert_eq!(pieces(s).len(), 7);
    let s = "The union wrote “no deal. Talks ended. Workers went home.";
    assert_eq!(pieces(s).len(), 3);
}

#[test]
fn spans_are_trimmed_and_unpunctuated_lines_count() {
    let s = "  A line without a stop  ";
    assert_eq!(pieces(s), vec!["A line without a stop"]);
    assert!(pieces("   ").is_empty());
    assert!(pieces("").is_empty());
    let s = "Wait... What happened?! Nobody knows…";
    assert_eq!(pieces(s).len(), 3);
}

#[test]
fn only_story_blocks_are_split_and_print_label_is_skipped() {
    let text = "Print Headline: Storm hits coast\nAdvertisement\nRain fell. Roads closed.\n";
    let blocks = crate::analyze::clean::blocks(text);
    let sents = split(text, &blocks);
    let got: Vec<&str> = sents.iter().map(|s| &text[s.start..s.end]).collect();
    assert_eq!(got, vec!["Storm hits coast", "Rain fell.", "Roads closed."]);
    for s in &sents {
        let b = &blocks[s.block];
        assert!(b.start <= s.start && s.end <= b.end);
    }
}

#[test]
fn no_panic_on_odd_input() {
    for s in [
        ".",
        "?!",
        "“",
        "”",
        "\"",
        ". . .",
        "é. É. ü",
        "A. B. C.",
        "U.S.",
        "“a.” “b.",
        "…”",
    ] {
        for (a, z) in split_str(s) {
            assert!(a < z && s.is_char_boundary(a) && s.is_char_boundary(z));
        }
    }
}

#[test]
fn table_loads() {
    assert!(table().never_end.contains("gen"));
}

#[test]
fn standalone_multi_sentence_quote_is_split() {
    let s = "“We will rebuild. It will take years.” The mayor spoke at noon.";
    assert_eq!(
        pieces(s),
        vec![
            "“We will rebuild.",
            "It will take years.”",
            "The mayor spoke at noon."
        ]
    );
    // Woven into a sentence, the quotation holds together.
    let s = "The agency said that “the bridge is shut. No one was hurt.” Repairs begin soon.";
    assert_eq!(pieces(s).len(), 2);
}

#[test]
fn more_abbreviation_cases() {
    let s = "The U.S. Army said the convoy left at 5 p.m. Officials said it arrived in Washington, D.C. The city was quiet.";
    assert_eq!(
        pieces(s),
        vec![
            "The U.S. Army said the convoy left at 5 p.m.",
            "Officials said it arrived in Washington, D.C.",
            "The city was quiet."
        ]
    );
    let s = "Patients took vitamin D. The trial ended. George W. Bush and Franklin D. Roosevelt were named.";
    assert_eq!(pieces(s).len(), 3);
    let s = "The St. Louis plant of Acme Corp. The plant closed in 2020. Shares cost $3.50 each.";
    assert_eq!(pieces(s).len(), 3);
    let s = "It was founded by John Smith Jr. He later sold it.";
    assert_eq!(pieces(s).len(), 2);
    let s = "The war ended. U.S. Army units left. U.S. officials stayed.";
    assert_eq!(pieces(s).len(), 3);
    let s = "What? No. Really!";
    assert_eq!(pieces(s), vec!["What?", "No.", "Really!"]);
}

#[test]
fn wire_dateline_is_not_a_sentence() {
    let s = "FLAGSTAFF, Ariz. (AP) — A wildfire forced hundreds to leave on Tuesday. No injuries were reported.";
    assert_eq!(pieces(s).len(), 2);
}

#[test]
fn common_words_that_look_like_abbreviations_end_sentences() {
    let s =
        "He met them at No. 10 Downing St. The talks began. She studied modern art. Then she left.";
    assert_eq!(pieces(s).len(), 4);
    let s = "See Fig. 3 and art. 5 of the treaty. St. Paul is cold.";
    assert_eq!(pieces(s).len(), 2);
}
