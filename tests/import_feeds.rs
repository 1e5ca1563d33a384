//! Feeds through `newsbrief import`: items become articles, picked by date and words; a file
//! that is not a feed fails by name.

mod import_support;

use import_support::import;
use newsbrief::brief::{BlockKind, load_brief};

const RSS: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Gazette</title><link>https://h.example/</link>
<item><title>Dockers end Rotterdam strike</title><link>https://h.example/strike</link>
<pubDate>Fri, 16 May 2031 09:30:00 GMT</pubDate>
<description>Dock workers ended a strike.</description>
<content:encoded><![CDATA[<p>ROTTERDAM — Dock workers at the port ended a 12-day strike on Friday, the union said.</p>
<figure><img src="x.jpg"><figcaption>Cranes stand idle.</figcaption></figure>
<p>“This is a fair deal,” said Marieke de Vries, who leads the union.</p>]]></content:encoded></item>
<item><title>Tram line opens in the old town</title><link>https://h.example/tram</link>
<pubDate>Mon, 12 May 2031 08:00:00 GMT</pubDate><description>The new tram line opened on Monday.</description></item>
</channel></rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Northern Wire</title><id>urn:nw</id><updated>2031-05-17T10:00:00Z</updated>
<entry><title>Port strike over after pay deal</title><id>urn:nw:1</id><link href="https://nw.example/strike"/>
<published>2031-05-17T08:00:00Z</published><updated>2031-05-17T08:00:00Z</updated><author><name>Sofia Lindqvist</name></author>
<summary>Rotterdam dock workers accepted a 4 percent pay rise and ended their strike, their union said.</summary></entry>
</feed>"#;

const JSON_FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Valley Courier",
 "items": [{"id": "1", "url": "https://vc.example/strike", "title": "Strike ends at the port",
            "content_text": "The strike at the port ended on Friday.\n\nShips are moving again.",
            "date_published": "2031-05-16T12:00:00Z"}]}"#;

#[test]
fn feeds_of_three_formats_give_one_brief_on_one_story() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("hg.xml"), RSS).unwrap();
    std::fs::write(d.join("nw.atom"), ATOM).unwrap();
    std::fs::write(d.join("vc.json"), JSON_FEED).unwrap();
    std::fs::write(d.join("broken.xml"), "<rss><channel><item>").unwrap();
    let out = import(
        &[
            "hg.xml",
            "nw.atom",
            "vc.json",
            "broken.xml",
            "--match",
            "strike",
            "--since",
            "2031-05-13",
            "-o",
            "s.json",
        ],
        d,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("broken.xml: not a feed: "), "{err}");
    let b = load_brief(&d.join("s.json")).unwrap();
    let outlets: Vec<&str> = b.articles.iter().map(|a| a.outlet.as_str()).collect();
    assert_eq!(
        outlets,
        ["Harbour Gazette", "Northern Wire", "Valley Courier"]
    );
    let hg = &b.articles[0];
    assert_eq!(hg.headline, "Dockers end Rotterdam strike");
    assert_eq!(hg.published.as_deref(), Some("2031-05-16"));
    assert_eq!(hg.url.as_deref(), Some("https://h.example/strike"));
    assert_eq!(hg.extraction.as_deref(), Some("feed content"));
    assert!(
        hg.blocks
            .iter()
            .any(|x| x.kind == BlockKind::Caption
                && hg.slice(x.start, x.end) == "Cranes stand idle.")
    );
    assert!(
        hg.quotes
            .iter()
            .any(|q| hg.slice(q.start, q.end).contains("fair deal"))
    );
    assert_eq!(b.articles[1].extraction.as_deref(), Some("feed summary"));
    assert!(
        b.articles[1].text.contains("Sofia Lindqvist"),
        "author as byline"
    );
    assert!(
        !b.articles.iter().any(|a| a.headline.contains("Tram")),
        "--match and --since pick"
    );
}

#[test]
fn a_bad_since_date_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hg.xml"), RSS).unwrap();
    let out = import(
        &["hg.xml", "--since", "2031-02-30", "-o", "s.json"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--since: \"2031-02-30\" is not a date on the calendar")
    );
    assert!(!dir.path().join("s.json").exists());
}
