//! Saved pages and feeds built to break the import: each must import, whole and clean, or
//! fail with its one-line error, never panic.

use newsbrief::brief::BlockKind;
use newsbrief::import::feed::{self, Pick};
use newsbrief::import::page;

/// Prose enough for the page import to take it for an article.
const BODY: &str = "<p>Dock workers in Rotterdam ended their strike on Friday after the port \
authority agreed to a new contract, the union said in a statement.</p><p>Ships that had waited \
at anchor for nine days began to move again in the afternoon, officials said.</p>";

/// A page whose article is more than a megabyte of words made of three-byte characters, with
/// `shift` ASCII letters in front, so that for some shift any given byte of its text falls
/// inside a character. Returns the page and how many `€` it holds.
fn long_page(shift: usize) -> (String, usize) {
    let word = "€€€€€€€€€";
    let para = vec![word; 20].join(" ");
    let mut html = format!(
        "<html><head><title>Long read</title></head><body><article><p>{} {para}</p>\n",
        "a".repeat(shift)
    );
    let mut paras = 1;
    while html.len() < 1_200_000 {
        // Numbered, so no paragraph repeats another.
        html.push_str(&format!("<p>{paras} {para}</p>\n"));
        paras += 1;
    }
    html.push_str("</article></body></html>\n");
    (html, paras * 20 * 9)
}

#[test]
fn an_article_over_a_megabyte_is_kept_whole_and_never_cut_inside_a_character() {
    for shift in 0..3 {
        let (html, euros) = long_page(shift);
        let e = page::extract("long.html", &html, None).expect("an article");
        let (text, _) = e.lay_out();
        assert_eq!(text.matches('€').count(), euros, "shift {shift}: text cut");
    }
}

#[test]
fn an_outlet_taken_from_a_title_is_one_clean_line() {
    let html = format!(
        "<html><head><title>Dockers end strike |\n Harbour\u{1b}[31m\n Gazette</title></head>\
         <body><article>{BODY}</article></body></html>"
    );
    let e = page::extract("t.html", &html, None).expect("an article");
    assert_eq!(e.outlet.as_deref(), Some("Harbour Gazette"));
}

#[test]
fn blank_feed_titles_and_authors_are_left_out_not_kept_empty() {
    let atom = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<id>urn:w</id><updated>2031-05-17T10:00:00Z</updated><entry><title>   </title><id>urn:1</id>
<updated>2031-05-17T10:00:00Z</updated><author><name>  </name></author><author><name>Ann Lee</name></author>
<summary>Dock workers ended their strike on Friday.</summary></entry></feed>"#;
    let items = feed::items("w.xml", atom.as_bytes(), &Pick::default()).expect("an item");
    assert_eq!(items[0].headline, None);
    assert_eq!(items[0].byline.as_deref(), Some("Ann Lee"));
    assert_eq!(
        items[0].parts[0],
        (BlockKind::Byline, "Ann Lee".to_string())
    );
}

#[test]
fn control_characters_in_a_page_or_a_feed_never_reach_the_text() {
    let html = format!(
        "<html><head><title>Dockers\u{1} end strike</title></head><body><article>{BODY}\
         <p>\u{1c}\u{1c} “We kept our custo\u{11}mers,” he said, as the first ships left the \
         harbour on Friday afternoon.</p></article></body></html>"
    );
    let e = page::extract("c.html", &html, None).expect("an article");
    let (text, _) = e.lay_out();
    assert!(text.contains("“We kept our customers,” he said"), "{text}");
    assert!(
        text.chars().all(|c| c == '\n' || !c.is_control()),
        "{text:?}"
    );
    let json = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Wire\u0007",
        "items": [{"id": "1", "title": "Ships\u0001 move",
        "content_text": "Dock\u0002 workers ended their strike."}]}"#;
    let items = feed::items("w.json", json.as_bytes(), &Pick::default()).expect("an item");
    assert_eq!(items[0].outlet.as_deref(), Some("Wire"));
    let (text, _) = items[0].lay_out();
    assert_eq!(text, "Ships move\n\nDock workers ended their strike.\n");
}
