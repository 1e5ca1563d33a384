//! RSS 2.0, Atom and JSON Feed files (read by feed-rs): each picked item becomes an article.

use dom_query::Document;

use super::ImportError;
use super::article::{Extracted, one_line};
use crate::brief::BlockKind;

/// Which items of a feed to import: `--since` and `--match`.
#[derive(Debug, Clone, Default)]
pub struct Pick {
    /// Only items of this `YYYY-MM-DD` date or later (items without a date are left out).
    pub since: Option<String>,
    /// Only items whose title or text holds every one of these words (any case).
    pub words: Vec<String>,
}

impl Pick {
    /// From `--since` (checked to be a real date) and `--match` (words apart by spaces).
    pub fn new(since: Option<&str>, words: Option<&str>) -> Result<Pick, ImportError> {
        if let Some(d) = since {
            crate::brief::validate::check_date(d)
                .map_err(|m| ImportError::Usage(format!("--since: {m}")))?;
        }
        Ok(Pick {
            since: since.map(str::to_string),
            words: words
                .iter()
                .flat_map(|w| w.split_whitespace())
                .map(str::to_string)
                .collect(),
        })
    }

    fn wants(&self, e: &Extracted) -> bool {
        if let Some(since) = &self.since
            && e.published.as_deref().is_none_or(|d| d < since.as_str())
        {
            return false;
        }
        if self.words.is_empty() {
            return true;
        }
        let mut hay = e.headline.clone().unwrap_or_default().to_lowercase();
        for (_, t) in &e.parts {
            hay.push(' ');
            hay.push_str(&t.to_lowercase());
        }
        self.words.iter().all(|w| hay.contains(&w.to_lowercase()))
    }
}

/// The picked items of a feed, each with the feed's title as outlet, the item's date, title and
/// link, and its full content when it carries one, else its summary (marked so in `method`).
pub fn items(input: &str, bytes: &[u8], pick: &Pick) -> Result<Vec<Extracted>, ImportError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| ImportError::Feed {
        input: input.to_string(),
        message: one_line(&e.to_string()),
    })?;
    let outlet = feed
        .title
        .as_ref()
        .map(|t| one_line(&t.content))
        .filter(|t| !t.is_empty());
    let mut out = Vec::new();
    for entry in feed.entries {
        let content = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .filter(|b| !b.trim().is_empty());
        let (method, body) = match (content, &entry.summary) {
            (Some(c), _) => ("feed content", c.to_string()),
            (None, Some(s)) if !s.content.trim().is_empty() => ("feed summary", s.content.clone()),
            _ => continue,
        };
        let mut parts: Vec<(BlockKind, String)> = paragraphs(&body);
        if parts.is_empty() {
            continue;
        }
        let byline: Vec<String> = entry
            .authors
            .iter()
            .filter_map(|p| p.name.as_deref())
            .map(one_line)
            .filter(|n| !n.is_empty())
            .collect();
        if !byline.is_empty() {
            parts.insert(0, (BlockKind::Byline, byline.join(", ")));
        }
        let item = Extracted {
            headline: entry
                .title
                .as_ref()
                .map(|t| one_line(&strip_tags(&t.content)))
                .filter(|t| !t.is_empty()),
            outlet: outlet.clone(),
            published: entry
                .published
                .or(entry.updated)
                .map(|d| d.date_naive().to_string()),
            byline: (!byline.is_empty()).then(|| byline.join(", ")),
            url: entry.links.first().map(|l| l.href.clone()),
            method: method.to_string(),
            parts,
        };
        if pick.wants(&item) {
            out.push(item);
        }
    }
    if out.is_empty() {
        return Err(ImportError::NoItems {
            input: input.to_string(),
        });
    }
    Ok(out)
}

fn strip_tags(s: &str) -> String {
    if s.contains('<') {
        Document::fragment(s).text().to_string()
    } else {
        s.to_string()
    }
}

/// An item's text as paragraphs: its HTML's paragraph-like elements (captions as captions), or
/// its lines when it is plain text.
fn paragraphs(body: &str) -> Vec<(BlockKind, String)> {
    let lines = |s: &str| -> Vec<(BlockKind, String)> {
        s.split("\n\n")
            .map(one_line)
            .filter(|l| !l.is_empty())
            .map(|l| (BlockKind::Body, l))
            .collect()
    };
    if !body.contains('<') {
        return lines(body);
    }
    let doc = Document::fragment(body);
    let found: Vec<(BlockKind, String)> = doc
        .select("p, li, h2, h3, h4, figcaption")
        .iter()
        .filter_map(|n| {
            let t = one_line(&n.text());
            let kind = if n.is("figcaption") {
                BlockKind::Caption
            } else {
                BlockKind::Body
            };
            (!t.is_empty()).then_some((kind, t))
        })
        .collect();
    if found.is_empty() {
        lines(&doc.text())
    } else {
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Strike ends</title><link>https://h.example/a</link><pubDate>Fri, 16 May 2031 09:30:00 GMT</pubDate>
<description>&lt;p&gt;Dock workers ended a strike.&lt;/p&gt;&lt;p&gt;Ships move again.&lt;/p&gt;</description></item>
<item><title>Tram line opens</title><link>https://h.example/b</link><pubDate>Mon, 12 May 2031 08:00:00 GMT</pubDate>
<description>The new tram line opened.</description></item>
</channel></rss>"#;

    #[test]
    fn items_become_articles_and_are_picked() {
        let all = items("f.xml", RSS.as_bytes(), &Pick::default()).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].outlet.as_deref(), Some("Harbour Gazette"));
        assert_eq!(all[0].published.as_deref(), Some("2031-05-16"));
        assert_eq!(all[0].method, "feed summary");
        assert_eq!(all[0].parts.len(), 2);
        let since = Pick {
            since: Some("2031-05-13".into()),
            ..Pick::default()
        };
        assert_eq!(items("f.xml", RSS.as_bytes(), &since).unwrap().len(), 1);
        let words = Pick {
            words: vec!["TRAM".into()],
            ..Pick::default()
        };
        let got = items("f.xml", RSS.as_bytes(), &words).unwrap();
        assert_eq!(got[0].headline.as_deref(), Some("Tram line opens"));
        let none = Pick {
            words: vec!["volcano".into()],
            ..Pick::default()
        };
        assert_eq!(
            items("f.xml", RSS.as_bytes(), &none)
                .unwrap_err()
                .to_string(),
            "f.xml: no feed item matched"
        );
        assert!(
            items("f.xml", b"not xml at all", &Pick::default())
                .unwrap_err()
                .to_string()
                .starts_with("f.xml: not a feed: ")
        );
    }
}
