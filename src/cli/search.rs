//! `newsbrief search`: results as a table or JSON.

use serde_json::{Value, json};

use super::error::CliError;
use super::output::Output;
use crate::brief::Brief;
use crate::search::{Hit, Item, SearchIndex};
use crate::search::{ItemKind, Query};

/// Chars of context kept before the first match when a long text is cut to show the match.
const CONTEXT_CHARS: usize = 24;

/// Runs `newsbrief search`: the hits as a table (nothing when there is none) or as a JSON
/// array (`[]` when there is none, so a script always reads one document).
pub fn run_cli(
    brief: Brief,
    query: &str,
    json: bool,
    limit: usize,
    width: usize,
    out: &mut Output<impl std::io::Write>,
) -> Result<(), CliError> {
    let q = Query::parse(query);
    if q.is_empty() {
        return Err(CliError::EmptyQuery);
    }
    let index = SearchIndex::new(brief);
    let brief = index.brief();
    let hits: Vec<Hit> = index.search_top(&q, limit);
    if json {
        let v: Vec<Value> = hits
            .iter()
            .map(|h| json_hit(brief, &index, &q, h))
            .collect();
        return out.json(&v);
    }
    if hits.is_empty() {
        return Ok(());
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|h| {
            let item = &index.items()[h.item];
            vec![
                item.kind.name().to_string(),
                article_id(brief, item).unwrap_or("-").to_string(),
                index.who(item).unwrap_or("-").to_string(),
                excerpt(index.text(item), &index.positions(h, &q)),
            ]
        })
        .collect();
    out.table(&["KIND", "ARTICLE", "WHO", "TEXT"], &rows, width)
}

fn article_id<'a>(brief: &'a Brief, item: &Item) -> Option<&'a str> {
    item.article
        .and_then(|a| brief.articles.get(a))
        .map(|a| a.id.as_str())
}

/// One result as JSON; offsets are bytes into the article text, `matched` byte ranges into
/// `text`.
fn json_hit(brief: &Brief, index: &SearchIndex, q: &Query, h: &Hit) -> Value {
    let item = &index.items()[h.item];
    let article = item.article.and_then(|a| brief.articles.get(a));
    let matched: Vec<[usize; 2]> = index
        .match_ranges(h, q)
        .into_iter()
        .map(|r| [r.start, r.end])
        .collect();
    let mut v = json!({
        "kind": item.kind.name(),
        "article": article.map(|a| a.id.as_str()),
        "outlet": article.map(|a| a.outlet.as_str()),
        "text": index.text(item),
        "speaker": if item.kind == ItemKind::Quote { index.who(item) } else { None },
        "attribution": if item.kind == ItemKind::Claim { index.who(item) } else { None },
        "score": h.score,
        "start": item.start,
        "end": item.end,
        "matched": matched,
    });
    if item.kind == ItemKind::Entity
        && let Some(e) = brief.entities.get(item.index)
    {
        v["entity"] = json!(e.id);
        v["aliases"] = json!(e.aliases);
    }
    v
}

/// The text with its start cut (marked `…`) when the first match lies far in, so the match
/// shows once the table cuts the end to fit.
fn excerpt(text: &str, positions: &[usize]) -> String {
    let Some(&first) = positions.first() else {
        return text.to_string();
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    if first <= CONTEXT_CHARS + 8 || first >= chars.len() {
        return text.to_string();
    }
    let mut from = first - CONTEXT_CHARS;
    // Start on a word: move forward to just after a space when one is near.
    if let Some(k) = (from..first).find(|&i| chars[i].1.is_whitespace()) {
        from = k + 1;
    }
    match chars.get(from) {
        Some(&(b, _)) => format!("…{}", &text[b..]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::default_brief;

    #[test]
    fn excerpt_starts_near_the_match() {
        let t = "one two three four five six seven eight nine ten eleven twelve red line";
        let p = t.find("red").unwrap();
        let e = excerpt(t, &[p, p + 1, p + 2]);
        assert!(e.starts_with('…'));
        assert!(e.ends_with("red line"));
        assert!(e.chars().count() < t.chars().count());
        assert_eq!(excerpt("short red", &[6]), "short red");
        assert_eq!(excerpt("no match", &[]), "no match");
    }

    /// What `search` prints to standard output.
    fn printed(b: &Brief, query: &str, json: bool, limit: usize) -> Result<String, CliError> {
        let mut out = Output::new(Vec::new());
        run_cli(b.clone(), query, json, limit, 80, &mut out)?;
        Ok(String::from_utf8(out.into_inner()).unwrap())
    }

    #[test]
    fn prints_a_table_or_json_and_errors_on_an_empty_query() {
        let b = default_brief();
        assert_eq!(printed(&b, "zzzqx", false, 20).unwrap(), "");
        assert_eq!(printed(&b, "zzzqx", true, 20).unwrap(), "[]\n");
        assert!(matches!(
            printed(&b, "  ", false, 20),
            Err(CliError::EmptyQuery)
        ));
        let t = printed(&b, "red line", false, 2).unwrap();
        assert_eq!(t.lines().count(), 3, "{t}");
        assert!(t.starts_with("KIND"));
        let j: serde_json::Value =
            serde_json::from_str(&printed(&b, "q: @mckenzie", true, 20).unwrap()).unwrap();
        let first = &j[0];
        assert_eq!(first["kind"], "quote");
        assert_eq!(first["speaker"], "Frank McKenzie");
        assert_eq!(first["article"], "wapo");
        assert_eq!(first["outlet"], "The Washington Post");
        assert!(first["attribution"].is_null());
        let text = first["text"].as_str().unwrap();
        let start = first["start"].as_u64().unwrap() as usize;
        let end = first["end"].as_u64().unwrap() as usize;
        assert_eq!(&b.articles[0].text[start..end], text);
    }
}
