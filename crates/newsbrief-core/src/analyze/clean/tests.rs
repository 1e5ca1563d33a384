use super::*;

fn kinds(text: &str) -> Vec<(BlockKind, String)> {
    blocks(text)
        .iter()
        .map(|b| (b.kind, text[b.start..b.end].to_string()))
        .collect()
}

/// The kind of every block of `text`, in order.
fn kind_list(text: &str) -> Vec<BlockKind> {
    blocks(text).iter().map(|b| b.kind).collect()
}

fn kind_of(text: &str, line_start: &str) -> BlockKind {
    blocks(text)
        .iter()
        .find(|b| text[b.start..b.end].starts_with(line_start))
        .map(|b| b.kind)
        .expect("line present")
}

#[test]
fn one_block_per_line_trimmed_and_in_order() {
    let text = "  First line here.  \n\n\tSecond line.\r\nThird\n";
    let b = blocks(text);
    assert_eq!(b.len(), 3);
    assert_eq!(&text[b[0].start..b[0].end], "First line here.");
    assert_eq!(&text[b[1].start..b[1].end], "Second line.");
    assert!(b.windows(2).all(|w| w[0].end <= w[1].start));
    assert!(blocks("").is_empty());
    assert!(blocks("\n \n").is_empty());
}

#[test]
fn lone_cr_and_crlf_end_lines_like_lf() {
    let lf = "Harbour strike ends\n\nROTTERDAM — Dock workers ended a strike on Friday.\n© 2031 Gazette.\n";
    // A lone CR has the length of an LF, so offsets are the same too.
    let cr = lf.replace('\n', "\r");
    assert_eq!(blocks(&cr), blocks(lf));
    let crlf = lf.replace('\n', "\r\n");
    assert_eq!(kinds(&crlf), kinds(lf));
    assert_eq!(blocks("a\rb").len(), 2);
}

#[test]
fn title_line_and_footer() {
    let text = "City council approves new bus lanes\n\
        LYON — The city council voted on Tuesday to add 12 kilometres of bus lanes.\n\
        The plan will cost 4 million euros, officials said.\n\
        Advertisement\n\
        Marc Petit ✉\n\
        Marc Petit has more than two decades in journalism and serves as city editor for the Lyon Courier.\n\
        © 2022 Lyon Courier. All rights reserved.\n";
    let k = kinds(text);
    use BlockKind::*;
    let got: Vec<BlockKind> = k.iter().map(|x| x.0).collect();
    assert_eq!(
        got,
        vec![
            Headline,
            Body,
            Body,
            Boilerplate,
            Byline,
            Byline,
            Boilerplate
        ]
    );
}

#[test]
fn question_title_and_no_title_when_lede_first() {
    let text = "Will the dam hold?\nEngineers inspected the dam on Sunday.\nThey found cracks.\n";
    assert_eq!(kind_of(text, "Will the dam"), BlockKind::Headline);
    let text = "Engineers inspected the dam on Sunday.\nThey found cracks.\n";
    assert_eq!(kind_of(text, "Engineers"), BlockKind::Body);
    // A lone line is not a title of nothing.
    assert_eq!(kind_of("Storm warning issued", "Storm"), BlockKind::Body);
}

#[test]
fn section_path_captions_and_repeated_caption() {
    let text = "World   /   Europe   /   Politics\n\
        Ministers meet over fishing rights\n\
        Fishing boats moored in Brest harbour, France, May 3, 2022 (photo credit: STEPHANE MAHE/REUTERS)\n\
        Fishing boats moored in Brest harbour, France, May 3, 2022\n\
        (photo credit: STEPHANE MAHE/REUTERS)\n\
        Fisheries ministers met in Brussels on Monday to settle a quarrel over quotas.\n\
        The talks lasted seven hours.\n";
    let b = blocks(text);
    use BlockKind::*;
    let got: Vec<BlockKind> = b.iter().map(|x| x.kind).collect();
    assert_eq!(
        got,
        vec![Boilerplate, Headline, Caption, Caption, Caption, Body, Body]
    );
    assert_eq!(b[3].duplicate_of, Some(2));
}

#[test]
fn repeated_lede_is_marked_once() {
    let text = "Port strike ends after deal\n\
        Dock workers in Antwerp ended a nine-day strike on Friday after a pay deal, the union said.\n\
        Image without a caption\n\
        Dock workers in Antwerp ended a nine-day strike on Friday after a pay deal, the union said.\n\
        Ships began unloading within hours.\n";
    let b = blocks(text);
    assert_eq!(b[1].kind, BlockKind::Body);
    assert_eq!(b[2].kind, BlockKind::Caption);
    assert_eq!(b[3].kind, BlockKind::Boilerplate);
    assert_eq!(b[3].reason.as_deref(), Some("repeated paragraph"));
    assert_eq!(b[3].duplicate_of, Some(1));
    assert_eq!(b[4].kind, BlockKind::Body);
}

#[test]
fn print_lines_comments_and_contributors() {
    let text = "Home Sports Business Opinion Obituaries Weather Puzzles Newsletters Events\n\
        The county will open two new clinics next month, health officials said Thursday.\n\
        Information for this article was contributed by Ann Lowe of The Boston Globe.\n\
        B Section on 11/04/2019\n\
        Print Headline: County to open clinics\n\
        Sponsor Content\n\
        COMMENTS - It looks like you're using Internet Explorer, which isn't compatible with the Gazette commenting system.\n";
    use BlockKind::*;
    let got = kind_list(text);
    assert_eq!(
        got,
        vec![
            Boilerplate,
            Body,
            Byline,
            Boilerplate,
            Headline,
            Boilerplate,
            Boilerplate
        ]
    );
    let b = blocks(text);
    let (s, e) = headline_span(text, &b[4]);
    assert_eq!(&text[s..e], "County to open clinics");
}

#[test]
fn body_paragraphs_that_mention_photos_or_outlets_stay_body() {
    let text = "Museum reopens after flood\n\
        The museum released a photo showing water damage to the east wing, The Washington Post reported.\n\
        Curators said the copyright on the damaged prints belonged to the artist's estate.\n\
        By Tuesday, about 40 volunteers had signed up to help clean the galleries.\n\
        Read the museum's statement, the director said, and you will see how bad it was.\n";
    let b = blocks(text);
    for blk in &b[1..] {
        assert_eq!(blk.kind, BlockKind::Body, "{}", &text[blk.start..blk.end]);
    }
}

/// Every seed capture keeps the block invariants, and the boilerplate lines visible in them are
/// not story.
#[test]
fn seed_captures_keep_invariants() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../briefs/sources");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("seed directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let boiler = [
        "© 20",
        "Image without a caption",
        "Sponsor Content",
        "COMMENTS - ",
        "It looks like you're using Microsoft Edge",
        "website can also be accessed",
        "News Roku",
        "Information for this article was contributed by",
        "Section on ",
        "(photo credit:",
        "has more than three decades in journalism",
        "News   /   ",
        "Today's Paper Search",
    ];
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable seed");
        let b = blocks(&text);
        let mut prev_end = 0;
        let mut story = 0;
        for blk in &b {
            assert!(blk.start >= prev_end && blk.start < blk.end && blk.end <= text.len());
            assert!(text.is_char_boundary(blk.start) && text.is_char_boundary(blk.end));
            let s = &text[blk.start..blk.end];
            assert_eq!(s, s.trim());
            assert!(text[prev_end..blk.start].trim().is_empty());
            prev_end = blk.end;
            if matches!(blk.kind, BlockKind::Body | BlockKind::Headline) {
                story += 1;
                for m in boiler {
                    assert!(!s.contains(m), "{f:?}: story block holds boilerplate: {s}");
                }
            }
            if let Some(d) = blk.duplicate_of {
                assert!(d < b.iter().position(|x| std::ptr::eq(x, blk)).unwrap_or(0));
            }
        }
        assert!(story >= 5, "{f:?}: too little story");
        let sents = crate::analyze::sentences::split(&text, &b);
        let mut last = 0;
        for s in &sents {
            let blk = &b[s.block];
            assert!(blk.start <= s.start && s.end <= blk.end && s.start < s.end);
            assert!(s.start >= last);
            last = s.end;
            let t = &text[s.start..s.end];
            assert_eq!(t, t.trim());
            assert!(matches!(blk.kind, BlockKind::Body | BlockKind::Headline));
        }
        if std::env::var_os("NEWSBRIEF_SHOW").is_some() {
            println!("== {f:?}");
            for (i, blk) in b.iter().enumerate() {
                let s: String = text[blk.start..blk.end].chars().take(70).collect();
                println!(
                    "{i:2} {:?} {:?} {:?} | {s}",
                    blk.kind, blk.reason, blk.duplicate_of
                );
            }
            for s in &sents {
                println!("  [{}] {}", s.block, &text[s.start..s.end]);
            }
            println!(
                "headline={:?} outlet={:?} date={:?}",
                crate::analyze::meta::detect_headline(&text, &b),
                crate::analyze::meta::detect_outlet(&text, &b),
                crate::analyze::meta::detect_date(&text, &b)
            );
        }
    }
}

#[test]
fn odd_input_never_panics() {
    let samples = [
        "",
        "\n",
        "©",
        "Copyright",
        "(",
        ")",
        "( )",
        "“",
        "By ",
        "Print Headline:",
        "Print Headline:   ",
        "é ü ✉ ©\n© é\nCopyright ©",
        " / / / ",
        "Section on 99/99/9999",
        "The the the the the the\nThe the the the the the\n",
        "\u{a0}\u{2028}x\r\n\r\ny",
        "A\u{301}. B\u{301}. “C”",
    ];
    for s in samples {
        let b = blocks(s);
        for blk in &b {
            assert!(s.is_char_boundary(blk.start) && s.is_char_boundary(blk.end));
            let (hs, he) = headline_span(s, blk);
            assert!(blk.start <= hs && he <= blk.end);
        }
        let _ = crate::analyze::meta::detect_outlet(s, &b);
        let _ = crate::analyze::meta::detect_headline(s, &b);
        let _ = crate::analyze::meta::detect_date(s, &b);
        let _ = crate::analyze::sentences::split(s, &b);
    }
}

#[test]
fn precision_cases_stay_story() {
    let text = "ANALYSIS\n\
        Drone Strikes Rise Across Middle East Region\n\
        By Lena Ortiz\n\
        Jane Doe, who serves as mayor and has covered city politics for years, opened the session.\n\
        Omar Reyes, a reporter for the Tribune who has covered the war since 2014, was detained.\n\
        The law's Section 230(c) shields platforms, and (l) was added in 1998.\n\
        The court will rule in June.\n";
    let b = blocks(text);
    use BlockKind::*;
    let got: Vec<BlockKind> = b.iter().map(|x| x.kind).collect();
    assert_eq!(
        got,
        vec![Boilerplate, Headline, Byline, Body, Body, Body, Body]
    );
}

#[test]
fn copyright_word_in_story_is_story() {
    let text = "Court backs photographer\n\
        Copyright lawyers said the ruling would change how newspapers license pictures.\n\
        Copyright © 2020 Harbor Daily\n";
    let got = kind_list(text);
    assert_eq!(
        got,
        vec![BlockKind::Headline, BlockKind::Body, BlockKind::Boilerplate]
    );
}

#[test]
fn long_single_line_is_fast_enough_and_sound() {
    let mut text = String::new();
    for i in 0..1000 {
        text.push_str(&format!("“Point {i}. Next,” he said. "));
    }
    text.push('\n');
    for i in 0..500 {
        text.push_str(&format!(
            "Paragraph number {i} says the same thing about the port again.\n"
        ));
    }
    let b = blocks(&text);
    let s = crate::analyze::sentences::split(&text, &b);
    assert!(s.len() >= 1000);
}

#[test]
fn wire_capture_with_menus_and_credits() {
    let text = "Skip to main content\n\
        Home | World | Business | Markets | Legal\n\
        World\n\
        Floods force thousands from homes in northern Italy\n\
        By Giulia Rossi and Mark Bell\n\
        May 17, 2023 10:42 AM GMT+2 Updated 2 hours ago\n\
        Residents wade through a flooded street in Faenza, Italy, May 17, 2023. REUTERS/Ciro De Luca\n\
        RAVENNA, Italy, May 17 (Reuters) - Torrential rain caused rivers to burst their banks on Wednesday, officials said.\n\
        \"We are facing an unprecedented event,\" the regional president told reporters.\n\
        Advertisement · Scroll to continue\n\
        The race at Imola was called off.\n\
        Reporting by Giulia Rossi; Editing by Mark Bell\n\
        Our Standards: The Thomson Reuters Trust Principles.\n";
    use BlockKind::*;
    let b = blocks(text);
    let got: Vec<BlockKind> = b.iter().map(|x| x.kind).collect();
    assert_eq!(
        got,
        vec![
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Headline,
            Byline,
            Byline,
            Caption,
            Body,
            Body,
            Boilerplate,
            Body,
            Byline,
            Boilerplate
        ]
    );
    let m = crate::analyze::meta::detect_outlet(text, &b);
    assert_eq!(m.as_deref(), Some("Reuters"));
    assert_eq!(
        crate::analyze::meta::detect_date(text, &b).as_deref(),
        Some("2023-05-17")
    );
}

#[test]
fn standfirst_author_and_topic_links() {
    let text = "Politics\n\
        Minister quits over housing row\n\
        Housing minister resigns after leaked memo reveals plans to scrap homes target\n\
        Anna Clarke\n\
        Wed 3 Jan 2024 18.05 GMT\n\
        The housing minister has resigned after a leaked memo suggested the target would go.\n\
        The memo was dated Dec. 12 and was written by a senior official.\n\
        Explore more on these topics\n\
        Housing\n\
        news\n\
        Reuse this content\n";
    use BlockKind::*;
    let got = kind_list(text);
    assert_eq!(
        got,
        vec![
            Boilerplate,
            Headline,
            Headline,
            Byline,
            Byline,
            Body,
            Body,
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Boilerplate
        ]
    );
}

#[test]
fn notice_words_in_a_title_keep_it_a_title() {
    let text = "Games maker wins App Store case\n\
        A federal judge ruled on Friday that the store rules broke the law.\n\
        The company plans to appeal, a spokesman said.\n\
        Watch the channel on Roku\n";
    let got = kind_list(text);
    use BlockKind::*;
    assert_eq!(got, vec![Headline, Body, Body, Boilerplate]);
}

/// Deterministic pseudo-random captures from awkward pieces: nothing panics and every span
/// stays on char boundaries, in order.
#[test]
fn scrambled_captures_keep_invariants() {
    const PIECES: [&str; 24] = [
        "“",
        "”",
        "\"",
        "‘",
        "’",
        ". ",
        "? ",
        "! ",
        "…",
        "\n",
        "\n\n",
        "U.S.",
        " Gen. ",
        "©",
        "(photo credit: X/Y)",
        " / ",
        "By ",
        "Print Headline: ",
        "é",
        "✉",
        "03/29/2020",
        " The ",
        "word",
        "Section on ",
    ];
    let mut seed: u64 = 0x5eed;
    for _ in 0..150 {
        let mut text = String::new();
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
        }
        let b = blocks(&text);
        let mut prev = 0;
        for blk in &b {
            assert!(prev <= blk.start && blk.start < blk.end && blk.end <= text.len());
            assert!(text.is_char_boundary(blk.start) && text.is_char_boundary(blk.end));
            prev = blk.end;
        }
        let sents = crate::analyze::sentences::split(&text, &b);
        let mut last = 0;
        for s in &sents {
            assert!(last <= s.start && s.start < s.end);
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(b[s.block].start <= s.start && s.end <= b[s.block].end);
            last = s.end;
        }
        let _ = crate::analyze::meta::detect_outlet(&text, &b);
        let _ = crate::analyze::meta::detect_headline(&text, &b);
        let _ = crate::analyze::meta::detect_date(&text, &b);
    }
}

#[test]
fn section_label_over_title_and_summary() {
    let text = "Israel and the Region\n\
        Drone strikes hit militia depot in eastern Syria, monitor says\n\
        War monitor says explosions heard near the border; no immediate claim\n\
        Today, 5:21 pm\n\
        Drone strikes hit a depot used by militias near the border on Sunday, a monitor said.\n\
        Israel rarely comments on individual strikes.\n\
        Follow The Daily Courier on Telegram\n";
    use BlockKind::*;
    let got = kind_list(text);
    assert_eq!(
        got,
        vec![
            Boilerplate,
            Headline,
            Headline,
            Byline,
            Body,
            Body,
            Boilerplate
        ]
    );
}

#[test]
fn a_title_with_a_full_stop_is_the_headline() {
    let text = "Dockers end Rotterdam strike after 12 days.\n\nROTTERDAM — Dock workers at the port ended a 12-day strike on Friday after accepting a pay rise of 4 percent, the union said.\n\nShips moved again by evening.\n";
    assert_eq!(kind_of(text, "Dockers end"), BlockKind::Headline);
    // A short opening sentence over a short one is the story, not its title.
    let text =
        "The dam held on Sunday.\n\nEngineers found two cracks.\n\nRepairs start next week.\n";
    assert_eq!(kind_of(text, "The dam held"), BlockKind::Body);
    // In title case a speech verb is the headline's, and a headline may end on its quote.
    let text = "Fact Check: If the Mayor Says It, It’s True.\n\nThe mayor told the council on Monday that the port had never been busier, and the figures say otherwise.\n\nShips moved again by evening.\n";
    assert_eq!(kind_of(text, "Fact Check"), BlockKind::Headline);
    let text = "Mayor Addresses Port Strike: “This Cannot Continue.”\n\nThe mayor told the council on Monday that the strike had cost the port two million euros a day.\n\nShips moved again by evening.\n";
    assert_eq!(kind_of(text, "Mayor Addresses"), BlockKind::Headline);
    // In sentence case "says" still makes it a sentence.
    let text = "The mayor says it is true.\n\nThe mayor told the council on Monday that the port had never been busier, and the figures say otherwise.\n\nShips moved again by evening.\n";
    assert_eq!(kind_of(text, "The mayor says"), BlockKind::Body);
}

#[test]
fn party_tags_are_not_photo_positions() {
    let text = "Senate passes the budget\n\nSen. Jane Roe (R) and Sen. John Doe (D) wrote the bill that passed on Tuesday by 60 votes to 40.\n\nThe House votes on it next week.\n";
    assert_eq!(kind_of(text, "Sen. Jane Roe"), BlockKind::Body);
    let text = "Storm hits the coast\n\nJane Roe (R) meets John Doe at the harbour on Monday.\n\nThe storm closed the port for two days and cut power to 4,000 homes.\n";
    assert_eq!(kind_of(text, "Jane Roe (R)"), BlockKind::Caption);
}
