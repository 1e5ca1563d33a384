//! A saved or fetched web page: its text decoded, its article body found by rs-trafilatura
//! (chosen over dom_smoothie by measured body F1, see the README), and what the page says about
//! the article (headline, outlet, date, byline, canonical URL, captions) read from its markup.

use dom_query::Document;
use serde_json::Value;

use super::ImportError;
use super::article::{Extracted, one_line};
use crate::brief::BlockKind;

/// Recorded in each article, so a brief says what found its text.
pub const METHOD: &str = "rs-trafilatura 0.2";

/// Largest page parsed: a page's document tree takes several times its size in memory, and no
/// news page comes near this (the fetch cap is the same).
pub const MAX_PAGE_BYTES: u64 = 20 * 1024 * 1024;

/// Fewer body words than this, counted in sentence-like lines, is a listing, an app shell or an
/// error page, not an article.
const MIN_BODY_WORDS: usize = 25;

/// A line this short is a link, a heading or a list entry, not prose.
const MIN_PROSE_LINE_WORDS: usize = 10;

/// Decodes a page: a byte-order mark first, then the charset a server sent, then the page's own
/// `<meta charset>` (read by rs-trafilatura), else UTF-8; bytes that do not decode become U+FFFD.
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    if let Some(enc) = http_charset.and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes())) {
        return enc.decode_without_bom_handling(bytes).0.into_owned();
    }
    rs_trafilatura::encoding::transcode_to_utf8(bytes)
}

/// The article of a page's bytes, as `newsbrief import` reads one: each form of the page is
/// dropped as soon as the next is made, so the extractor's document trees, the largest part
/// of an import's memory, are never held beside the raw bytes or the whole decoded page.
pub fn read(
    input: &str,
    bytes: Vec<u8>,
    http_charset: Option<&str>,
    url: Option<&str>,
) -> Result<Extracted, ImportError> {
    let html = decode(&bytes, http_charset);
    drop(bytes);
    let lean = super::lean::strip(&html);
    drop(html);
    extract_lean(input, lean, url)
}

/// The article of a decoded page. `input` names the page in errors.
pub fn extract(input: &str, html: &str, url: Option<&str>) -> Result<Extracted, ImportError> {
    extract_lean(input, super::lean::strip(html), url)
}

/// The article of a page already stripped by [`super::lean::strip`], given by value so that the
/// extractor drops it once parsed.
fn extract_lean(input: &str, html: String, url: Option<&str>) -> Result<Extracted, ImportError> {
    // Every page given to import is meant as a news article: the article profile skips
    // rs-trafilatura's page-type classifier, which measured 1.7 times slower over the page set
    // and only matters for forums, shops and documentation.
    let options = rs_trafilatura::Options {
        url: url.map(str::to_string),
        page_type: Some(rs_trafilatura::page_type::PageType::Article),
        // The default cuts the text at 1,000,000 bytes, losing the end of a long article
        // without a word, and panics when that byte falls inside a character; the page cap
        // bounds the text instead.
        max_extracted_len: usize::MAX,
        ..rs_trafilatura::Options::default()
    };
    let none = || ImportError::NoArticle {
        input: input.to_string(),
    };
    // The metadata pass's tree is gone before the extractor builds its own.
    let meta = PageMeta::read(&Document::from(html.as_str()));
    let found = rs_trafilatura::extract_owned_with_options(html, &options).map_err(|_| none())?;
    let headline = meta
        .headline
        .or(found.metadata.title.clone())
        .map(|h| one_line(&h))
        .filter(|h| !h.is_empty());
    let byline = meta
        .byline
        .or(found.metadata.author.clone())
        .map(|b| one_line(&b))
        .filter(|b| !b.is_empty());
    let mut parts = Vec::new();
    let mut byline_seen = false;
    let mut body_words = 0;
    for p in paragraphs(&found.content_text) {
        if headline.as_deref() == Some(p.as_str()) {
            continue;
        }
        let words = p.split_whitespace().count();
        // The page's own byline line ("Par Hélène Rivière –") is kept as the byline.
        if !byline_seen && words <= 12 && byline.as_deref().is_some_and(|b| p.contains(b)) {
            byline_seen = true;
            parts.push((BlockKind::Byline, p));
            continue;
        }
        if meta.captions.contains(&p) {
            continue;
        }
        // What the extractor kept of the page's furniture (a menu line, a copyright footer)
        // is told by the rules for plain text, and kept but marked, as in a text file.
        if let Some((BlockKind::Boilerplate, _)) = crate::analyze::clean::classify_line(&p) {
            parts.push((BlockKind::Boilerplate, p));
            continue;
        }
        body_words += p
            .lines()
            .map(|l| l.split_whitespace().count())
            .filter(|&n| n >= MIN_PROSE_LINE_WORDS)
            .sum::<usize>();
        parts.push((BlockKind::Body, p));
    }
    if body_words < MIN_BODY_WORDS {
        return Err(none());
    }
    let mut lead = Vec::new();
    if let (false, Some(b)) = (byline_seen, &byline) {
        lead.push((BlockKind::Byline, b.clone()));
    }
    lead.extend(
        meta.captions
            .iter()
            .map(|c| (BlockKind::Caption, c.clone())),
    );
    let at = parts
        .iter()
        .position(|(k, _)| *k == BlockKind::Byline)
        .map_or(0, |i| i + 1);
    parts.splice(at..at, lead);
    Ok(Extracted {
        headline,
        outlet: meta
            .outlet
            .or(found.metadata.sitename.clone())
            .map(|o| one_line(&o))
            .filter(|o| !o.is_empty()),
        published: meta.published,
        byline,
        url: meta.canonical.or_else(|| url.map(str::to_string)),
        method: METHOD.to_string(),
        parts,
    })
}

/// Paragraphs of extracted text: blank lines part them.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| {
            p.lines()
                .map(one_line)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// What a page's markup says about its article, each field from the first source that has it.
#[derive(Debug, Default)]
struct PageMeta {
    headline: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    byline: Option<String>,
    canonical: Option<String>,
    captions: Vec<String>,
}

impl PageMeta {
    fn read(doc: &Document) -> Self {
        let meta = |attr: &str, name: &str| {
            doc.select(&format!("meta[{attr}=\"{name}\"]"))
                .attr("content")
                .map(|c| one_line(&c))
                .filter(|c| !c.is_empty())
        };
        let ld = LinkedData::read(doc);
        let first_text = |sel: &str| {
            doc.select(sel)
                .iter()
                .map(|s| one_line(&s.text()))
                .find(|t| !t.is_empty())
        };
        let title = first_text("title");
        let headline = meta("property", "og:title")
            .or(ld.headline)
            .or_else(|| first_text("h1"))
            .or_else(|| title.as_deref().map(|t| strip_site_suffix(t).to_string()));
        let outlet = meta("property", "og:site_name").or(ld.publisher);
        let published = meta("property", "article:published_time")
            .or(ld.published)
            .or_else(|| {
                doc.select("time[datetime]")
                    .attr("datetime")
                    .map(|d| d.to_string())
            })
            .and_then(|d| calendar_date(&d));
        let byline = meta("name", "author").or(ld.author);
        let canonical = doc
            .select("link[rel=\"canonical\"]")
            .attr("href")
            .map(|h| h.trim().to_string())
            .or_else(|| meta("property", "og:url"))
            .filter(|h| super::fetch::is_link(h));
        // Captions of the article's own figures: inside <article> or <main> when the page has
        // one, so a gallery of related stories lends none.
        let scope = ["article figcaption", "main figcaption", "figcaption"]
            .into_iter()
            .map(|s| doc.select(s))
            .find(|s| !s.is_empty());
        let mut captions: Vec<String> = Vec::new();
        for c in scope.iter().flat_map(|s| s.iter()) {
            let t = one_line(&c.text());
            if !t.is_empty() && !captions.contains(&t) {
                captions.push(t);
            }
        }
        PageMeta {
            headline,
            outlet,
            published,
            byline,
            canonical,
            captions,
        }
    }
}

/// The leading `YYYY-MM-DD` of an ISO date or date-time, if it is a real date. The date is the
/// page's own (its time zone), as a reader of the page saw it.
fn calendar_date(s: &str) -> Option<String> {
    let d = s.trim().get(..10)?;
    crate::brief::validate::check_date(d).ok()?;
    Some(d.to_string())
}

/// "Dockers end strike | Harbour Gazette" → "Dockers end strike": the part after the last
/// separator is the site's name when it is short and the rest is longer.
fn strip_site_suffix(title: &str) -> &str {
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · "] {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            if tail.split_whitespace().count() <= 4
                && head.split_whitespace().count() > tail.split_whitespace().count()
            {
                return head.trim();
            }
        }
    }
    title.trim()
}

/// The article's schema.org description, from any JSON-LD block (a list, an `@graph`, or one
/// object) whose type is an article.
#[derive(Debug, Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
}

impl LinkedData {
    fn read(doc: &Document) -> Self {
        for script in doc.select("script[type=\"application/ld+json\"]").iter() {
            let Ok(v) = serde_json::from_str::<Value>(script.text().trim()) else {
                continue;
            };
            if let Some(a) = find_article(&v, 0) {
                let s = |k: &str| a.get(k).and_then(Value::as_str).map(one_line);
                return LinkedData {
                    headline: s("headline").or_else(|| s("name")),
                    published: s("datePublished"),
                    author: names(a.get("author")),
                    publisher: names(a.get("publisher")),
                };
            }
        }
        LinkedData::default()
    }
}

fn find_article(v: &Value, depth: usize) -> Option<&Value> {
    if depth > 8 {
        return None;
    }
    match v {
        Value::Array(items) => items.iter().find_map(|i| find_article(i, depth + 1)),
        Value::Object(o) => {
            let is_article = |t: &Value| {
                t.as_str()
                    .is_some_and(|t| t.ends_with("Article") || t == "BlogPosting" || t == "Report")
            };
            let typed = match o.get("@type") {
                Some(Value::Array(ts)) => ts.iter().any(is_article),
                Some(t) => is_article(t),
                None => false,
            };
            if typed {
                return Some(v);
            }
            o.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

/// `"A"`, `{"name": "A"}` or a list of those, as "A, B".
fn names(v: Option<&Value>) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) => Some(one_line(s)),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(one_line),
        _ => None,
    };
    let all: Vec<String> = match v? {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    };
    let all: Vec<String> = all.into_iter().filter(|n| !n.is_empty()).collect();
    (!all.is_empty()).then(|| all.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffixes_are_dropped_only_when_they_look_like_one() {
        assert_eq!(
            strip_site_suffix("Dockers end strike | Harbour Gazette"),
            "Dockers end strike"
        );
        assert_eq!(
            strip_site_suffix("Lyon – La grève continue – Le Rhône Matin"),
            "Lyon – La grève continue"
        );
        assert_eq!(
            strip_site_suffix("Q&A - the vote explained"),
            "Q&A - the vote explained"
        );
    }

    #[test]
    fn dates_keep_the_page_s_own_day() {
        assert_eq!(
            calendar_date("2031-05-16T00:30:00+02:00").as_deref(),
            Some("2031-05-16")
        );
        assert_eq!(calendar_date("2031-02-30"), None);
        assert_eq!(calendar_date("May 16"), None);
    }

    #[test]
    fn a_bom_wins_over_the_declared_charset() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "<html>é".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, Some("iso-8859-1")), "<html>é");
        assert_eq!(
            decode(b"<meta charset=\"windows-1252\">\x93", None),
            "<meta charset=\"windows-1252\">\u{201c}"
        );
        assert_eq!(decode(b"caf\xe9", Some("latin1")), "café");
    }
}
