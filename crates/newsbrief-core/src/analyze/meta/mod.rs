//! Facts about an article read from its text: outlet, headline, date.
//!
//! Only what the capture states about itself counts: a footer, a site notice, a print line.
//! Dates inside the story are events, not publication, so the body is never read for a date.

mod date;

pub(crate) use date::MONTHS;

pub use date::find_date;

use super::{clean, sentences};
use crate::brief::{Block, BlockKind};

/// Longest headline kept, in characters; a lede sentence used as headline is clipped to it.
const HEADLINE_MAX_CHARS: usize = 140;

fn block_text<'a>(text: &'a str, b: &Block) -> &'a str {
    text.get(b.start..b.end).unwrap_or("")
}

/// Blocks that may speak about the publication itself (not story, not picture captions).
fn self_blocks(blocks: &[Block]) -> impl Iterator<Item = &Block> {
    blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Boilerplate | BlockKind::Byline))
        .filter(|b| b.duplicate_of.is_none())
}

fn plain(s: &str) -> String {
    s.replace(['’', '‘'], "'").to_lowercase()
}

/// The outlet named by a signature in the text (copyright footer, site notice, comment-system
/// notice), if any. Story text is not read: an article citing another outlet is not that outlet.
pub fn detect_outlet(text: &str, blocks: &[Block]) -> Option<String> {
    for b in self_blocks(blocks) {
        let line = plain(block_text(text, b));
        for k in known_outlets() {
            if k.signatures.iter().any(|sig| line.contains(&plain(sig))) {
                return Some(k.name.clone());
            }
        }
    }
    self_blocks(blocks)
        .filter_map(|b| generic_outlet(block_text(text, b)))
        .map(|name| normalise_outlet(&name))
        .next()
        .or_else(|| wire_dateline(text, blocks))
}

/// A wire service named in the lede's dateline: "RAVENNA, Italy, May 17 (Reuters) - …". Only
/// known outlets count, so a place in brackets is not taken for one.
fn wire_dateline(text: &str, blocks: &[Block]) -> Option<String> {
    let lede = blocks.iter().find(|b| b.kind == BlockKind::Body)?;
    let line = block_text(text, lede);
    let head = line.get(..line.char_indices().nth(80).map_or(line.len(), |(i, _)| i))?;
    let dash = [" - ", " — ", " – ", " -- "]
        .iter()
        .filter_map(|d| head.find(d))
        .min()?;
    let before = &head[..dash];
    let open = before.rfind('(')?;
    let close = before[open..].find(')')? + open;
    known_outlet_name(&before[open + 1..close]).map(str::to_string)
}

/// "© 2024 Name. All rights reserved.", "Copyright 2019 Name", "Name's website",
/// "the Name commenting system".
fn generic_outlet(line: &str) -> Option<String> {
    // ASCII lowercasing keeps byte offsets, so positions found in it index `line` too.
    let lower = line.to_ascii_lowercase();
    let found = copyright_holder(line, &lower)
        .or_else(|| name_before(line, &lower, "'s website"))
        .or_else(|| name_before(line, &lower, "’s website"))
        .or_else(|| name_between_the(line, &lower, " commenting system"))
        .or_else(|| name_between_the(line, &lower, " comment system"))?;
    let name = found
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    let words = name.split_whitespace().count();
    ((1..=6).contains(&words) && name.starts_with(|c: char| c.is_uppercase())).then_some(name)
}

fn copyright_holder(line: &str, lower: &str) -> Option<String> {
    let at = line
        .find('©')
        .map(|i| i + '©'.len_utf8())
        .or_else(|| lower.find("copyright").map(|i| i + "copyright".len()))?;
    let rest = line.get(at..)?;
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || matches!(c, '©' | '-' | '–' | ',')
    });
    let rest = rest
        .strip_prefix("(c)")
        .or_else(|| rest.strip_prefix("(C)"))
        .unwrap_or(rest);
    let rest =
        rest.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '-');
    let lower_rest = rest.to_ascii_lowercase();
    let end = [". ", ",", "|", " all rights", " - ", " – "]
        .iter()
        .filter_map(|m| lower_rest.find(m))
        .min()
        .unwrap_or(rest.len());
    let name = rest.get(..end)?.trim_end_matches('.').trim();
    (!name.is_empty()).then(|| name.to_string())
}

fn name_before(line: &str, lower: &str, marker: &str) -> Option<String> {
    let i = lower.find(marker)?;
    let head = line.get(..i)?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let taken: Vec<&str> = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .take(4)
        .copied()
        .collect();
    (!taken.is_empty()).then(|| taken.into_iter().rev().collect::<Vec<_>>().join(" "))
}

fn name_between_the(line: &str, lower: &str, marker: &str) -> Option<String> {
    let i = lower.find(marker)?;
    let head = lower.get(..i)?;
    let the = head.rfind("the ")? + 4;
    let name = line.get(the..i)?;
    Some(name.to_string())
}

/// Maps a found name onto a known outlet's canonical name when it is one of its names.
fn normalise_outlet(name: &str) -> String {
    const SUFFIXES: [&str; 6] = [" inc", " llc", " ltd", " plc", " media", " company"];
    let mut n = name.trim().to_string();
    loop {
        if let Some(k) = known_outlet_name(&n) {
            return k.to_string();
        }
        let lower = n.to_lowercase();
        match SUFFIXES.iter().find(|s| lower.ends_with(*s)) {
            Some(s) => {
                n = n[..n.len() - s.len()]
                    .trim_end_matches([',', ' '])
                    .to_string()
            }
            None => return name.trim().to_string(),
        }
    }
}

fn known_outlet_name(name: &str) -> Option<&'static str> {
    let o = name.trim();
    let o = o.strip_prefix("The ").unwrap_or(o);
    known_outlets()
        .iter()
        .find(|k| {
            let same = |n: &str| {
                let n = n.strip_prefix("The ").unwrap_or(n);
                n.eq_ignore_ascii_case(o)
            };
            same(&k.name) || k.names.iter().any(|n| same(n))
        })
        .map(|k| k.name.as_str())
}

/// The headline: a title line, else a "Print Headline:" line, else the lede's first sentence
/// without its dateline, clipped to a readable length.
pub fn detect_headline(text: &str, blocks: &[Block]) -> String {
    let headline = |print: bool| {
        blocks.iter().find(|b| {
            b.kind == BlockKind::Headline
                && (b.reason.as_deref() == Some("print headline")) == print
                && b.duplicate_of.is_none()
        })
    };
    if let Some(b) = headline(false).or_else(|| headline(true)) {
        let (s, e) = clean::headline_span(text, b);
        return clip(text.get(s..e).unwrap_or(""));
    }
    let Some(i) = blocks.iter().position(|b| b.kind == BlockKind::Body) else {
        // Nothing read as story: the first line is still a better name than none.
        return blocks
            .first()
            .map(|b| clip(block_text(text, b)))
            .unwrap_or_default();
    };
    let first = sentences::split(text, &blocks[i..=i])
        .first()
        .map(|s| text.get(s.start..s.end).unwrap_or(""))
        .unwrap_or_else(|| block_text(text, &blocks[i]));
    clip(strip_dateline(first))
}

/// "BAGHDAD — The ..." → "The ...": a place in capitals before a dash is not the headline.
fn strip_dateline(s: &str) -> &str {
    for dash in [" — ", " – ", " -- ", " - "] {
        if let Some(i) = s.find(dash)
            && i <= 60
        {
            let first = s[..i].split([',', ' ']).next().unwrap_or("");
            let letters = first.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 2 && first.chars().all(|c| !c.is_lowercase()) {
                return s[i + dash.len()..].trim_start();
            }
        }
    }
    s
}

fn clip(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= HEADLINE_MAX_CHARS {
        return s;
    }
    let cut: String = s.chars().take(HEADLINE_MAX_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > HEADLINE_MAX_CHARS / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// A publication date (`YYYY-MM-DD`) stated in the capture's own lines (a "Published" line, a
/// print placement line, a byline), if any. Story and caption text is never read.
pub fn detect_date(text: &str, blocks: &[Block]) -> Option<String> {
    let mut best: Option<(u8, String)> = None;
    for b in self_blocks(blocks) {
        let line = block_text(text, b);
        let lower = plain(line);
        let rank = if ["published", "posted", "first published"]
            .iter()
            .any(|p| lower.starts_with(p))
        {
            0
        } else if b.reason.as_deref() == Some("print placement") {
            1
        } else if b.kind == BlockKind::Byline && b.reason.as_deref() != Some("author bio") {
            2
        } else {
            continue;
        };
        if let Some((d, _, _)) = find_date(line)
            && best.as_ref().is_none_or(|(r, _)| rank < *r)
        {
            best = Some((rank, d));
        }
    }
    best.map(|(_, d)| d)
}

/// One known outlet from `data/outlets.json`.
#[derive(Debug, serde::Deserialize)]
pub struct KnownOutlet {
    pub name: String,
    pub id: String,
    pub names: Vec<String>,
    pub signatures: Vec<String>,
}

#[derive(serde::Deserialize)]
struct OutletTable {
    outlets: Vec<KnownOutlet>,
}

/// The outlets newsbrief knows by name, embedded from `data/outlets.json`.
pub fn known_outlets() -> &'static [KnownOutlet] {
    static TABLE: std::sync::OnceLock<Vec<KnownOutlet>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        serde_json::from_str::<OutletTable>(include_str!("../../../data/outlets.json"))
            .expect("data/outlets.json is valid (checked by a unit test)")
            .outlets
    })
}

/// The short id of a known outlet, matched on its name or any other name it goes by.
pub fn known_outlet_id(outlet: &str) -> Option<&'static str> {
    let o = outlet.trim();
    known_outlets()
        .iter()
        .find(|k| {
            k.name.eq_ignore_ascii_case(o) || k.names.iter().any(|n| n.eq_ignore_ascii_case(o))
        })
        .map(|k| k.id.as_str())
}

#[cfg(test)]
mod known_tests {
    use super::*;

    #[test]
    fn outlet_table_loads_and_ids_are_unique() {
        let t = known_outlets();
        assert!(t.len() > 5);
        let mut ids: Vec<_> = t.iter().map(|k| &k.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), t.len());
        assert_eq!(known_outlet_id("the washington post"), Some("wapo"));
        assert_eq!(known_outlet_id("Nobody Weekly"), None);
    }
}

#[cfg(test)]
mod tests;
