//! Where outlets disagree: the same statement with a different place, number, date or party;
//! the same quote worded, cut or attributed differently; the same actor or event framed in
//! different words (a lexicon kept in `data/framing.json`).
//!
//! Precision comes first: a fact conflict is only raised between sentences that clearly tell the
//! same thing (high similarity) where the difference is a short substitution anchored by shared
//! words ("made in Iran" / "made in Iraq"), never for words merely missing on one side.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::align::{FeatureIndex, number_value};
use super::diff::{Change, word_diff};
use super::quote_groups::same_quote_pairs;
use super::significance::Mentions;
use super::words::tokens;
use crate::brief::{Brief, EntityKind};

/// Two sentences must be at least this similar before their differences count as a conflict.
pub const FACT_SIMILARITY: f64 = 0.3;

/// What kind of disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiscrepancyKind {
    Place,
    Number,
    Date,
    Party,
    QuoteWording,
    QuoteCut,
    QuoteAttribution,
    Framing,
}

/// One side of a discrepancy: a span of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    /// Index into `brief.articles`.
    pub article: usize,
    pub start: usize,
    pub end: usize,
    /// The words that differ on this side (empty when nothing is there).
    pub words: String,
}

/// One disagreement between two outlets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    pub kind: DiscrepancyKind,
    /// One line for a person: what differs, with outlet names.
    pub summary: String,
    pub sides: Vec<Side>,
}

#[derive(Deserialize)]
struct Topic {
    topic: String,
    #[serde(default)]
    needs: Option<EntityKind>,
    frames: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct Lexicon {
    topics: Vec<Topic>,
}

fn lexicon() -> &'static [Topic] {
    static L: OnceLock<Vec<Topic>> = OnceLock::new();
    L.get_or_init(|| {
        serde_json::from_str::<Lexicon>(include_str!("../../data/framing.json"))
            .expect("data/framing.json is valid (checked by a unit test)")
            .topics
    })
}

use super::meta::MONTHS;
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Category of the first changed word, for telling a real conflict from a rewording.
#[derive(Debug, PartialEq, Eq, Clone)]
enum Value {
    Entity(usize, EntityKind),
    Number(String),
    Date(String),
}

fn value_of(
    brief: &Brief,
    m: &Mentions,
    article: usize,
    text: &str,
    range: (usize, usize),
) -> Option<Value> {
    let tok = tokens(text, range.0, range.1).into_iter().next()?;
    let w = tok.as_str(text);
    let lower = w.to_lowercase();
    if MONTHS.contains(&lower.as_str()) || WEEKDAYS.contains(&lower.as_str()) {
        return Some(Value::Date(lower));
    }
    if let Some(ei) = m.at(article, tok.start, tok.end) {
        return Some(Value::Entity(ei, brief.entities[ei].kind));
    }
    if let Some(n) = number_value(w) {
        if n.len() == 4 && (n.starts_with("19") || n.starts_with("20")) {
            return Some(Value::Date(n));
        }
        return Some(Value::Number(n));
    }
    None
}

fn outlet(brief: &Brief, a: usize) -> &str {
    &brief.articles[a].outlet
}

fn side(article: usize, span: (usize, usize), words: &[String]) -> Side {
    Side {
        article,
        start: span.0,
        end: span.1,
        words: words.join(" "),
    }
}

/// A substitution in a shared context whose two sides are values of the same kind that differ.
fn fact_conflict(
    brief: &Brief,
    m: &Mentions,
    (a, ta): (usize, &str),
    (b, tb): (usize, &str),
    c: &Change,
) -> Option<DiscrepancyKind> {
    if c.left_words.is_empty() || c.right_words.is_empty() || c.before.is_empty() {
        return None;
    }
    let va = value_of(brief, m, a, ta, c.left)?;
    let vb = value_of(brief, m, b, tb, c.right)?;
    match (va, vb) {
        (Value::Entity(x, EntityKind::Place), Value::Entity(y, EntityKind::Place)) if x != y => {
            Some(DiscrepancyKind::Place)
        }
        (Value::Entity(x, kx), Value::Entity(y, ky))
            if x != y
                && kx == ky
                && matches!(kx, EntityKind::Person | EntityKind::Organization) =>
        {
            Some(DiscrepancyKind::Party)
        }
        // A number only conflicts when the same unit or noun follows it on both sides.
        (Value::Number(x), Value::Number(y)) if x != y && !c.after.is_empty() => {
            Some(DiscrepancyKind::Number)
        }
        (Value::Date(x), Value::Date(y)) if x != y => Some(DiscrepancyKind::Date),
        _ => None,
    }
}

/// Two sentences, as `(article, sentence)` each, and their similarity.
type SentencePair = ((usize, usize), (usize, usize), f64);

/// Sentence pairs across articles similar enough to compare, found through the feature index's
/// candidates (not every pair of sentences in the brief).
fn similar_sentence_pairs(index: &FeatureIndex, min: f64) -> Vec<SentencePair> {
    let mut postings: HashMap<&super::align::Feature, Vec<(usize, usize)>> = HashMap::new();
    let mut total = 0usize;
    for (a, ss) in index.sentences.iter().enumerate() {
        for (s, fs) in ss.iter().enumerate() {
            total += 1;
            for f in fs {
                postings.entry(f).or_default().push((a, s));
            }
        }
    }
    let cap = (total / 10).max(20);
    let mut out = Vec::new();
    for (a, ss) in index.sentences.iter().enumerate() {
        for (s, fs) in ss.iter().enumerate() {
            let mut cands: BTreeSet<(usize, usize)> = BTreeSet::new();
            for f in fs {
                if let Some(p) = postings.get(f).filter(|p| p.len() <= cap) {
                    cands.extend(p.iter().copied().filter(|&(b, _)| b > a));
                }
            }
            for (b, t) in cands {
                let sim = index.sentence_similarity(a, s, b, t);
                if sim >= min {
                    out.push(((a, s), (b, t), sim));
                }
            }
        }
    }
    out
}

fn fact_discrepancies(
    brief: &Brief,
    index: &FeatureIndex,
    m: &Mentions,
    out: &mut Vec<Discrepancy>,
) {
    let mut seen: HashSet<(usize, usize, String, String)> = HashSet::new();
    for ((a, s), (b, t), _) in similar_sentence_pairs(index, FACT_SIMILARITY) {
        let (aa, ab) = (&brief.articles[a], &brief.articles[b]);
        let (sa, sb) = (&aa.sentences[s], &ab.sentences[t]);
        for c in word_diff(&aa.text, (sa.start, sa.end), &ab.text, (sb.start, sb.end)) {
            let Some(kind) = fact_conflict(brief, m, (a, &aa.text), (b, &ab.text), &c) else {
                continue;
            };
            let (lw, rw) = (c.left_words[0].clone(), c.right_words[0].clone());
            if !seen.insert((a, b, lw.to_lowercase(), rw.to_lowercase())) {
                continue;
            }
            let context = c.before.join(" ");
            out.push(Discrepancy {
                kind,
                summary: format!(
                    "{} says \"{context} {lw}\", {} says \"{context} {rw}\"",
                    outlet(brief, a),
                    outlet(brief, b)
                ),
                sides: vec![
                    side(a, (sa.start, sa.end), std::slice::from_ref(&lw)),
                    side(b, (sb.start, sb.end), std::slice::from_ref(&rw)),
                ],
            });
        }
    }
}

fn quote_discrepancies(brief: &Brief, out: &mut Vec<Discrepancy>) {
    for p in same_quote_pairs(brief) {
        let ((a, qa), (b, qb)) = (p.left, p.right);
        let (ta, tb) = (&brief.articles[a], &brief.articles[b]);
        let (q1, q2) = (&ta.quotes[qa], &tb.quotes[qb]);
        let (r1, r2) = ((q1.start, q1.end), (q2.start, q2.end));
        let (n1, n2) = p.words;
        let changes = &p.changes;
        let (oa, ob) = (outlet(brief, a), outlet(brief, b));
        let preview = |t: &str| {
            crate::text::sanitize_line(t)
                .chars()
                .take(48)
                .collect::<String>()
        };
        let first_words = preview(ta.slice(q1.start, q1.end));
        let sides = |w1: &str, w2: &str| {
            vec![
                side(a, r1, &[w1.to_string()]),
                side(b, r2, &[w2.to_string()]),
            ]
        };
        // Cut short: one side is the other with words missing only at the start or end.
        let only_deletions = changes
            .iter()
            .all(|c| c.left_words.is_empty() || c.right_words.is_empty());
        let at_edges = changes
            .iter()
            .all(|c| c.before.is_empty() || c.after.is_empty());
        if !changes.is_empty() && only_deletions && at_edges && n1 != n2 {
            let (long, short) = if n1 > n2 { (oa, ob) } else { (ob, oa) };
            out.push(Discrepancy {
                kind: DiscrepancyKind::QuoteCut,
                summary: format!("{short} quotes less of \"{first_words}…\" than {long}"),
                sides: sides("", ""),
            });
        } else if let Some(c) = changes
            .iter()
            .find(|c| !c.left_words.is_empty() && !c.right_words.is_empty())
        {
            let (lw, rw) = (c.left_words.join(" "), c.right_words.join(" "));
            out.push(Discrepancy {
                kind: DiscrepancyKind::QuoteWording,
                summary: format!("Quote \"{first_words}…\": {oa} has \"{lw}\", {ob} has \"{rw}\""),
                sides: sides(&lw, &rw),
            });
        }
        let named = |q: &crate::brief::Quote| q.speaker_entity.clone();
        let differs = match (named(q1), named(q2)) {
            (Some(x), Some(y)) => x != y,
            (Some(_), None) | (None, Some(_)) => q1.anonymous != q2.anonymous,
            (None, None) => false,
        };
        if differs {
            let who =
                |q: &crate::brief::Quote| q.speaker.clone().unwrap_or_else(|| "nobody".into());
            out.push(Discrepancy {
                kind: DiscrepancyKind::QuoteAttribution,
                summary: format!(
                    "Quote \"{first_words}…\": {oa} attributes it to {}, {ob} to {}",
                    who(q1),
                    who(q2)
                ),
                sides: sides(&who(q1), &who(q2)),
            });
        }
    }
}

/// Finds whole-word, case-insensitive occurrences of `phrase` in `lower` (a lowercased text).
fn find_phrase(lower: &str, phrase: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = lower[from..].find(phrase) {
        let s = from + i;
        let e = s + phrase.len();
        let before_ok = lower[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = lower[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(s);
        }
        from = s + phrase.len().max(1);
        while !lower.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

fn framing_discrepancies(brief: &Brief, m: &Mentions, out: &mut Vec<Discrepancy>) {
    for topic in lexicon() {
        // For each article: frame → first sentence (outside quotes) that uses it.
        let uses: Vec<BTreeMap<&str, (usize, usize, String)>> = brief
            .articles
            .iter()
            .enumerate()
            .map(|(ai, a)| {
                let mut found = BTreeMap::new();
                for s in &a.sentences {
                    if topic
                        .needs
                        .is_some_and(|k| !m.any_of_kind(ai, s.start, s.end, k))
                    {
                        continue;
                    }
                    let lower = a.slice(s.start, s.end).to_lowercase().replace('’', "'");
                    if lower.len() != s.end - s.start {
                        continue;
                    }
                    for (frame, words) in &topic.frames {
                        if found.contains_key(frame.as_str()) {
                            continue;
                        }
                        for w in words {
                            let Some(off) = find_phrase(&lower, w) else {
                                continue;
                            };
                            let at = s.start + off;
                            if a.quotes.iter().any(|q| q.start <= at && at < q.end) {
                                continue;
                            }
                            found.insert(
                                frame.as_str(),
                                (s.start, s.end, a.slice(at, at + w.len()).to_string()),
                            );
                            break;
                        }
                    }
                }
                found
            })
            .collect();
        for a in 0..uses.len() {
            for b in a + 1..uses.len() {
                let only_a = uses[a].keys().find(|f| !uses[b].contains_key(*f));
                let only_b = uses[b].keys().find(|f| !uses[a].contains_key(*f));
                if let (Some(fa), Some(fb)) = (only_a, only_b) {
                    let (sa, sb) = (&uses[a][fa], &uses[b][fb]);
                    out.push(Discrepancy {
                        kind: DiscrepancyKind::Framing,
                        summary: format!(
                            "Framing of {}: {} says \"{}\", {} says \"{}\"",
                            topic.topic,
                            outlet(brief, a),
                            sa.2,
                            outlet(brief, b),
                            sb.2
                        ),
                        sides: vec![
                            side(a, (sa.0, sa.1), std::slice::from_ref(&sa.2)),
                            side(b, (sb.0, sb.1), std::slice::from_ref(&sb.2)),
                        ],
                    });
                }
            }
        }
    }
}

/// All discrepancies of the brief: fact conflicts first, then quotes, then framing.
///
/// Articles carried word for word by several outlets (wire copy) are compared once: each such
/// text stands for all its outlets, named in the summary, so a brief of thousands of reprints
/// yields what its distinct texts say rather than every pair of reprints.
pub fn find(brief: &Brief, index: &FeatureIndex) -> Vec<Discrepancy> {
    let copies = same_text_groups(brief);
    if copies.len() == brief.articles.len() {
        return find_distinct(brief, index);
    }
    let reps: HashSet<&str> = copies
        .iter()
        .map(|g| brief.articles[g[0]].id.as_str())
        .collect();
    let distinct = Brief {
        schema: brief.schema,
        title: brief.title.clone(),
        articles: copies
            .iter()
            .map(|g| {
                let mut a = brief.articles[g[0]].clone();
                if g.len() > 1 {
                    a.outlet = format!("{} (+{} with the same text)", a.outlet, g.len() - 1);
                }
                a
            })
            .collect(),
        entities: brief
            .entities
            .iter()
            .map(|e| {
                let mut e = e.clone();
                e.mentions.retain(|m| reps.contains(m.article.as_str()));
                e
            })
            .collect(),
    };
    let mut ds = find_distinct(&distinct, &FeatureIndex::new(&distinct));
    for d in &mut ds {
        for side in &mut d.sides {
            side.article = copies[side.article][0];
        }
    }
    ds
}

/// Articles grouped by identical text and annotations, each group in brief order, groups in
/// order of their first article.
fn same_text_groups(brief: &Brief) -> Vec<Vec<usize>> {
    let same = |a: &crate::brief::Article, b: &crate::brief::Article| {
        a.text == b.text
            && a.blocks == b.blocks
            && a.sentences == b.sentences
            && a.quotes == b.quotes
            && a.claims == b.claims
    };
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, a) in brief.articles.iter().enumerate() {
        let slot = by_text.entry(a.text.as_str()).or_default();
        match slot
            .iter()
            .find(|&&g| same(&brief.articles[groups[g][0]], a))
        {
            Some(&g) => groups[g].push(i),
            None => {
                slot.push(groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
}

fn find_distinct(brief: &Brief, index: &FeatureIndex) -> Vec<Discrepancy> {
    let m = Mentions::new(brief);
    let mut out = Vec::new();
    fact_discrepancies(brief, index, &m, &mut out);
    quote_discrepancies(brief, &mut out);
    framing_discrepancies(brief, &m, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprints_are_compared_once_and_named() {
        let b = crate::brief::default_brief();
        let once = find(&b, &FeatureIndex::new(&b));
        assert!(!once.is_empty());
        // Every article three times over, under other outlets.
        let mut tripled = b.clone();
        for copy in 1..3 {
            for a in &b.articles {
                let mut a = a.clone();
                a.id = format!("{}-{copy}", a.id);
                a.outlet = format!("{} {copy}", a.outlet);
                for e in &mut tripled.entities {
                    let extra: Vec<_> = e
                        .mentions
                        .iter()
                        .filter(|m| {
                            m.article == b.articles.iter().find(|x| x.text == a.text).unwrap().id
                        })
                        .map(|m| crate::brief::Mention {
                            article: a.id.clone(),
                            ..m.clone()
                        })
                        .collect();
                    e.mentions.extend(extra);
                }
                tripled.articles.push(a);
            }
        }
        let ds = find(&tripled, &FeatureIndex::new(&tripled));
        assert_eq!(ds.len(), once.len());
        for (d, o) in ds.iter().zip(&once) {
            assert_eq!(d.kind, o.kind);
            assert_eq!(d.sides, o.sides, "sides point at the first of each text");
            assert!(
                d.summary.contains("(+2 with the same text)"),
                "{}",
                d.summary
            );
        }
    }

    #[test]
    fn framing_lexicon_loads() {
        assert!(lexicon().len() >= 3);
        assert!(lexicon().iter().all(|t| t.frames.len() >= 2));
    }

    #[test]
    fn phrases_match_whole_words_only() {
        assert_eq!(find_phrase("the militias said", "militia"), None);
        assert_eq!(find_phrase("the militias said", "militias"), Some(4));
        assert_eq!(find_phrase("anti-terror units", "anti-terror"), Some(0));
    }
}
