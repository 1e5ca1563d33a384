//! Hostile input through the library: annotations of hostile texts stay on character
//! boundaries, line-end styles do not change what is found, and a 10 MB article goes through.

mod hostile;

use newsbrief::analyze::align::FeatureIndex;
use newsbrief::analyze::pipeline::{Source, build_brief};
use newsbrief::analyze::{compare::compare, discrepancies};
use newsbrief::brief::{Brief, validate::validate};
use newsbrief::text::{CleanLayer, is_terminal_safe, markdown_inline, sanitize, sanitize_line};

fn source(name: &str, text: &str) -> Source {
    Source {
        file_name: name.into(),
        text: text.into(),
        outlet: None,
        published: None,
    }
}

/// Every span of the brief, as (what, article index, start, end).
fn spans(b: &Brief) -> Vec<(String, usize, usize, usize)> {
    let mut v = Vec::new();
    for (i, a) in b.articles.iter().enumerate() {
        for x in &a.blocks {
            v.push((
                format!("block {:?} {:?} {:?}", x.kind, x.reason, x.duplicate_of),
                i,
                x.start,
                x.end,
            ));
        }
        for x in &a.sentences {
            v.push((format!("sentence in {}", x.block), i, x.start, x.end));
        }
        for x in &a.quotes {
            v.push((
                format!(
                    "quote {} {:?} {} {}",
                    x.sentence, x.speaker, x.anonymous, x.partial
                ),
                i,
                x.start,
                x.end,
            ));
        }
        for x in &a.claims {
            v.push((
                format!("claim {} {:?} {:?}", x.sentence, x.attribution, x.features),
                i,
                x.start,
                x.end,
            ));
        }
    }
    for e in &b.entities {
        for m in &e.mentions {
            let i = b.articles.iter().position(|a| a.id == m.article).unwrap();
            v.push((
                format!("mention {} {:?}", e.name, e.kind),
                i,
                m.start,
                m.end,
            ));
        }
    }
    v
}

#[test]
fn hostile_articles_give_valid_briefs_on_char_boundaries() {
    let cases = hostile::articles();
    for (name, bytes) in &cases {
        let text = std::str::from_utf8(bytes).unwrap();
        let b = build_brief(
            "t",
            &[source(name, text), source("c.txt", hostile::COMPANION)],
        );
        validate(&b).unwrap_or_else(|p| panic!("{name}: {p}"));
        // The brief keeps the text byte for byte; the analysis read it cleaned.
        assert_eq!(b.articles[0].text, text, "{name}");
        for (what, i, s, e) in spans(&b) {
            let t = &b.articles[i].text;
            assert!(
                t.is_char_boundary(s) && t.is_char_boundary(e) && s <= e,
                "{name}: {what}"
            );
        }
        // What is shown of every annotation is safe, and the map lands inside the shown text.
        let a = &b.articles[0];
        let shown = sanitize(&a.text);
        assert!(is_terminal_safe(&shown.text), "{name}");
        for (_, _, s, e) in spans(&b).into_iter().filter(|x| x.1 == 0) {
            let (ms, me) = (shown.map(s), shown.map(e));
            assert!(ms <= me && shown.text.get(ms..me).is_some(), "{name}");
        }
        assert!(
            is_terminal_safe(&newsbrief::text::sanitize_line(&a.headline)),
            "{name}"
        );
    }
}

#[test]
fn crlf_and_lone_cr_give_the_same_annotations_as_lf() {
    let mut texts: Vec<String> = newsbrief::brief::default_brief()
        .articles
        .iter()
        .map(|a| a.text.replace("\r\n", "\n"))
        .collect();
    texts.push(format!("Berlin adds buses\n\n{}", hostile::STORY));
    for (n, lf) in texts.iter().enumerate() {
        let lf_brief = build_brief("t", &[source("a.txt", lf)]);
        // A lone CR is as long as an LF: same offsets.
        let cr = lf.replace('\n', "\r");
        let cr_brief = build_brief("t", &[source("a.txt", &cr)]);
        assert_eq!(spans(&cr_brief), spans(&lf_brief), "text {n}, lone CR");
        assert_eq!(cr_brief.articles[0].headline, lf_brief.articles[0].headline);
        // CRLF: offsets shift by the CRs before them.
        let crlf = lf.replace('\n', "\r\n");
        let crlf_brief = build_brief("t", &[source("a.txt", &crlf)]);
        let to_lf = |o: usize| o - crlf[..o].matches('\r').count();
        let mapped: Vec<_> = spans(&crlf_brief)
            .into_iter()
            .map(|(w, i, s, e)| (w, i, to_lf(s), to_lf(e)))
            .collect();
        assert_eq!(mapped, spans(&lf_brief), "text {n}, CRLF");
        assert_eq!(
            crlf_brief.articles[0].headline,
            lf_brief.articles[0].headline
        );
        assert!(!lf_brief.articles[0].sentences.is_empty());
    }
}

#[test]
fn a_bom_stays_in_the_brief_and_leaves_the_display() {
    let text = format!("\u{feff}Berlin adds buses\n\n{}", hostile::STORY);
    let b = build_brief("t", &[source("a.txt", &text)]);
    validate(&b).unwrap();
    let a = &b.articles[0];
    assert!(a.text.starts_with('\u{feff}'));
    assert!(!a.headline.contains('\u{feff}'), "{:?}", a.headline);
    let shown = sanitize(&a.text);
    assert!(shown.text.starts_with("Berlin"));
    // The same story without the BOM is found 3 bytes later.
    let plain = build_brief("t", &[source("a.txt", &text[3..])]);
    let shifted: Vec<_> = spans(&plain)
        .into_iter()
        .map(|(w, i, s, e)| (w, i, s + 3, e + 3))
        .collect();
    assert_eq!(spans(&b), shifted);
}

#[test]
fn ten_megabyte_article_imports() {
    let text = hostile::big_article(10 * 1024 * 1024);
    assert!(text.len() >= 10 * 1024 * 1024);
    let b = build_brief("big", &[source("big.txt", &text)]);
    validate(&b).unwrap();
    let a = &b.articles[0];
    assert_eq!(a.text, text);
    assert!(
        a.blocks.len() > 50_000 && a.sentences.len() > 10_000,
        "{} blocks",
        a.blocks.len()
    );
    assert!(!a.quotes.is_empty() && !a.claims.is_empty());
}

/// Escape sequences whose payloads look like words, numbers and links: a window title, a
/// clipboard write, a hyperlink and cursor moves.
const PAYLOADS: [(&str, &[&str]); 4] = [
    ("\u{1b}]0;PWNED TITLE\u{7}", &["PWNED", "TITLE"]),
    ("\u{1b}]52;c;ZXZpbA==\u{1b}\\", &["ZXZpbA", "52;c"]),
    (
        "\u{1b}]8;;http://evil.example/\u{1b}\\City Hall\u{1b}]8;;\u{1b}\\",
        &["evil", "8;;"],
    ),
    ("\u{1b}[2J\u{1b}[10;10H", &["10;10H", "2J"]),
];

/// The hostile story: every payload inside a quote, a claim with numbers and a name.
fn payload_story() -> String {
    let (title, clip, link, csi) = (PAYLOADS[0].0, PAYLOADS[1].0, PAYLOADS[2].0, PAYLOADS[3].0);
    format!(
        "Berlin adds buses\n\nBERLIN — Mayor Anna Weber said on Monday that 40 new buses {csi}\
         would run from March 3, according to city officials.\n\"We will respond {title} with \
         force,\" said John {clip}Smith at {link}.\nThe transport union said the plan would \
         cost {csi}12 million euros.\n"
    )
}

#[test]
fn escape_payloads_are_not_words_in_the_analysis_or_any_view() {
    let b = build_brief(
        "t",
        &[
            source("a.txt", &payload_story()),
            source("c.txt", hostile::COMPANION),
        ],
    );
    validate(&b).unwrap();
    let words: Vec<&str> = PAYLOADS
        .iter()
        .flat_map(|(_, w)| w.iter().copied())
        .collect();
    let clean = |what: &str, s: &str| {
        for w in &words {
            assert!(!s.contains(w), "{what} holds {w:?}: {s:?}");
        }
    };
    let a = &b.articles[0];
    for q in &a.quotes {
        clean("a quote", &sanitize_line(a.slice(q.start, q.end)));
        clean("a speaker", q.speaker.as_deref().unwrap_or(""));
    }
    for c in &a.claims {
        clean("a claim", &sanitize_line(a.slice(c.start, c.end)));
    }
    for e in &b.entities {
        clean("an entity", &e.name);
        e.aliases.iter().for_each(|x| clean("an alias", x));
    }
    assert!(
        a.quotes
            .iter()
            .any(|q| a.slice(q.start, q.end).contains("We will respond")),
        "the quote is still found"
    );
    let index = FeatureIndex::new(&b);
    for r in compare(&b, &index, 0, 1) {
        for ch in &r.changes {
            clean("a compare diff", &ch.left_words.join(" "));
            clean("a compare diff", &ch.right_words.join(" "));
        }
    }
    for d in discrepancies::find(&b, &index) {
        clean("a discrepancy", &d.summary);
    }
    // The brief keeps the original bytes, payloads and all, for the reader to drop whole.
    assert_eq!(a.text, payload_story());
    // No span starts or ends inside a sequence: the views drop each one whole.
    for (i, _) in a.text.match_indices('\u{1b}') {
        let inside = i + 1..i + newsbrief::text::escape_len(&a.text[i..]);
        for (what, _, s, e) in spans(&b).into_iter().filter(|x| x.1 == 0) {
            assert!(
                !inside.contains(&s) && !inside.contains(&e),
                "{what}: {s}..{e}"
            );
        }
    }
}

#[test]
fn an_unterminated_string_sequence_hides_nothing_after_it() {
    // No terminator before the line ends: only the introducer goes, the words stay.
    let t = "Weber said \u{1b}]0;the plan is late\nand the union agreed.";
    let shown = sanitize(t).text;
    assert_eq!(
        shown,
        "Weber said 0;the plan is late\nand the union agreed."
    );
    assert_eq!(
        sanitize_line(t),
        "Weber said 0;the plan is late and the union agreed."
    );
    assert_eq!(
        CleanLayer::new(t).text,
        "Weber said 0;the plan is late\nand the union agreed."
    );
    // The same for DCS, APC, PM and SOS, and for 8-bit introducers, at the end of the text.
    for intro in [
        "\u{1b}P", "\u{1b}_", "\u{1b}^", "\u{1b}X", "\u{9d}", "\u{90}",
    ] {
        let t = format!("a {intro}b c");
        assert_eq!(sanitize(&t).text, "a b c", "{intro:?}");
        assert_eq!(CleanLayer::new(&t).text, "a b c", "{intro:?}");
    }
    // A string ends at an ESC that is not ST; the ESC starts the next sequence.
    assert_eq!(sanitize("a\u{1b}]0;x\u{1b}[31mb").text, "ab");
    assert_eq!(CleanLayer::new("a\u{1b}]0;x\u{1b}[31mb").text, "ab");
    // Terminated ones still go whole.
    assert_eq!(
        sanitize("a\u{1b}]0;x\u{7}b \u{1b}]0;y\u{1b}\\c").text,
        "ab c"
    );
    // In an imported article the claim after a broken sequence keeps its words.
    let text = format!(
        "Berlin adds buses\n\n{}",
        hostile::STORY.replace("40 new", "\u{1b}]0;40 new")
    );
    let b = build_brief("t", &[source("a.txt", &text)]);
    let a = &b.articles[0];
    assert!(
        a.claims
            .iter()
            .any(|c| sanitize_line(a.slice(c.start, c.end)).contains("buses would run")),
        "{:?}",
        a.claims
            .iter()
            .map(|c| a.slice(c.start, c.end))
            .collect::<Vec<_>>()
    );
}

#[test]
fn line_and_paragraph_separators_are_breaks() {
    let t = "One line\u{2028}next line\u{2029}Next paragraph.";
    assert_eq!(sanitize(t).text, "One line\nnext line\n\nNext paragraph.");
    assert!(!is_terminal_safe(t));
    assert!(is_terminal_safe(&sanitize(t).text));
    assert_eq!(sanitize_line(t), "One line next line Next paragraph.");
    // Offsets after a separator (3 bytes) map onto the break that replaced it.
    let s = sanitize(t);
    let n = t.find("Next").unwrap();
    assert_eq!(&s.text[s.map(n)..], "Next paragraph.");
    // Imported, the separators are the breaks they stand for: same blocks as with newlines.
    let story = hostile::STORY.replace('\n', "\u{2029}");
    let with_sep = build_brief(
        "t",
        &[source(
            "a.txt",
            &format!("Berlin adds buses\u{2029}{story}"),
        )],
    );
    let with_nl = build_brief(
        "t",
        &[source(
            "a.txt",
            &format!(
                "Berlin adds buses\n\n{}",
                hostile::STORY.replace('\n', "\n\n")
            ),
        )],
    );
    let a = &with_sep.articles[0];
    let n = &with_nl.articles[0];
    assert_eq!(a.blocks.len(), n.blocks.len());
    assert_eq!(a.sentences.len(), n.sentences.len());
    assert_eq!(a.claims.len(), n.claims.len());
    // Spans cover the same words, in the original bytes.
    for (x, y) in a.sentences.iter().zip(&n.sentences) {
        assert_eq!(
            sanitize_line(a.slice(x.start, x.end)),
            sanitize_line(n.slice(y.start, y.end))
        );
    }
    assert_eq!(a.headline, "Berlin adds buses");
}

#[test]
fn markdown_from_articles_is_inert() {
    let hostile = "[x](javascript:alert(1)) <img src=x onerror=alert(1)> ![](http://e.example/p.png) \
                   **bold** `code` a|b ~~gone~~ &amp;";
    let md = markdown_inline(hostile);
    // Every Markdown metacharacter is escaped, and no HTML is left.
    let chars: Vec<char> = md.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if "`*[]()!~|_".contains(*c) {
            assert!(
                i > 0 && chars[i - 1] == '\\',
                "{c:?} is live at {i} in {md}"
            );
        }
    }
    assert!(!md.contains(['<', '>']), "{md}");
    assert!(md.contains("&amp;amp;"), "{md}");
    assert!(md.contains("&lt;img") && md.contains("a\\|b"), "{md}");
    // Nothing at a line start makes a list, a quote or a heading.
    for (t, want) in [
        ("- item", "\\- item"),
        ("# title", "\\# title"),
        ("> quote", "&gt; quote"),
        ("12. list", "12\\. list"),
        ("+ x", "\\+ x"),
        (
            "U.S.-led coalition, 12.5 million",
            "U.S.-led coalition, 12.5 million",
        ),
    ] {
        assert_eq!(markdown_inline(t), want, "{t:?}");
    }
    // Control characters and escapes are gone first.
    assert_eq!(markdown_inline("a\u{1b}]0;t\u{7}\nb"), "a b");
}
