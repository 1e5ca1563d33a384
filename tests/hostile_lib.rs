//! Hostile input through the library: annotations of hostile texts stay on character
//! boundaries, line-end styles do not change what is found, and a 10 MB article goes through.

mod hostile;

use newsbrief::analyze::pipeline::{Source, build_brief};
use newsbrief::brief::{Brief, validate::validate};
use newsbrief::text::{is_terminal_safe, sanitize};

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
