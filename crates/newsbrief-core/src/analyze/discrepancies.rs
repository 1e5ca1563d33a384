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

use super::align::{FeatureIndex, StoryPoint, story_points};
use super::coverage::{PairConflict, all_point_conflicts, events, quantities};
use super::diff::is_date_word;
use super::progress::Progress;
use super::quote_groups::same_quote_pairs;
use super::significance::Mentions;
use super::words::tokens;
use crate::brief::{Brief, EntityKind};

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
    /// One outlet says something did not happen where another says it did.
    Negation,
}

impl DiscrepancyKind {
    /// The kind as the command line, JSON and the app name it (serde's kebab-case name).
    pub fn name(self) -> &'static str {
        match self {
            DiscrepancyKind::Place => "place",
            DiscrepancyKind::Number => "number",
            DiscrepancyKind::Date => "date",
            DiscrepancyKind::Party => "party",
            DiscrepancyKind::QuoteWording => "quote-wording",
            DiscrepancyKind::QuoteCut => "quote-cut",
            DiscrepancyKind::QuoteAttribution => "quote-attribution",
            DiscrepancyKind::Framing => "framing",
            DiscrepancyKind::Negation => "negation",
        }
    }
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
    /// Byte ranges of the differing words inside `start..end`, for the view to mark.
    #[serde(default)]
    pub marks: Vec<(usize, usize)>,
}

impl Side {
    fn marked(mut self, span: (usize, usize)) -> Self {
        if span.0 < span.1 {
            self.marks.push(span);
        }
        self
    }
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

fn outlet(brief: &Brief, a: usize) -> &str {
    &brief.articles[a].outlet
}

fn side(article: usize, span: (usize, usize), words: &[String]) -> Side {
    Side {
        article,
        start: span.0,
        end: span.1,
        words: words.join(" "),
        marks: Vec::new(),
    }
}

/// The date a side's sentence gives (a month, weekday or year in it), else the article's
/// publication date: a number told at different dates may be no conflict at all.
fn date_of(brief: &Brief, article: usize, (s, e): (usize, usize)) -> Option<String> {
    let a = &brief.articles[article];
    let words: Vec<&str> = tokens(&a.text, s, e)
        .iter()
        .map(|t| t.as_str(&a.text))
        .filter(|w| is_date_word(w))
        .collect();
    if words.is_empty() {
        a.published.clone()
    } else {
        Some(words.join(" "))
    }
}

fn fact_discrepancies(brief: &Brief, conflicts: &[Vec<PairConflict>], out: &mut Vec<Discrepancy>) {
    let mut seen: HashSet<(usize, usize, String, String)> = HashSet::new();
    for found in conflicts {
        for pc in found {
            if matches!(
                pc.kind,
                DiscrepancyKind::QuoteWording | DiscrepancyKind::QuoteAttribution
            ) {
                // The quote stage compares whole quotes, however each outlet cuts its sentences.
                continue;
            }
            let c = &pc.change;
            let ((a, s), (b, t)) = (pc.left, pc.right);
            let (lw, rw) = (c.left_words[0].clone(), c.right_words[0].clone());
            if !seen.insert((a, b, lw.to_lowercase(), rw.to_lowercase())) {
                continue;
            }
            let (sa, sb) = (
                &brief.articles[a].sentences[s],
                &brief.articles[b].sentences[t],
            );
            let context = c.before.join(" ");
            let when = |art: usize, r: (usize, usize)| {
                if pc.kind == DiscrepancyKind::Number {
                    date_of(brief, art, r)
                        .map(|d| format!(" ({d})"))
                        .unwrap_or_default()
                } else {
                    String::new()
                }
            };
            let lead = |w: &str| {
                if context.is_empty() {
                    w.to_string()
                } else {
                    format!("{context} {w}")
                }
            };
            out.push(Discrepancy {
                kind: pc.kind,
                summary: format!(
                    "{} says \"{}\"{}, {} says \"{}\"{}",
                    outlet(brief, a),
                    lead(&lw),
                    when(a, (sa.start, sa.end)),
                    outlet(brief, b),
                    lead(&rw),
                    when(b, (sb.start, sb.end)),
                ),
                sides: vec![
                    side(a, (sa.start, sa.end), std::slice::from_ref(&lw)).marked(c.left),
                    side(b, (sb.start, sb.end), std::slice::from_ref(&rw)).marked(c.right),
                ],
            });
        }
    }
}

/// One item per month whose attack the outlets place differently, each place set with the
/// outlets naming it, the sentences as evidence with the places marked.
fn event_discrepancies(brief: &Brief, m: &Mentions, out: &mut Vec<Discrepancy>) {
    for (month, groups) in events::conflicting_targets(brief, m) {
        let mut sides = Vec::new();
        let mut parts = Vec::new();
        for g in &groups {
            let names: Vec<String> = g[0]
                .places
                .iter()
                .map(|&e| brief.entities[e].name.clone())
                .collect();
            let outlets: Vec<&str> = g.iter().map(|t| outlet(brief, t.article)).collect();
            parts.push(format!("\"{}\": {}", names.join(", "), outlets.join(", ")));
            for t in g {
                let art = &brief.articles[t.article];
                for &s in &t.sentences {
                    let r = &art.sentences[s];
                    let mut sd = side(t.article, (r.start, r.end), &names);
                    for &(ms, me, e) in &m.by_article[t.article] {
                        if ms >= r.start && me <= r.end && t.places.contains(&e) {
                            sd = sd.marked((ms, me));
                        }
                    }
                    sides.push(sd);
                }
            }
        }
        let mut month = month;
        if let Some(c) = month.get_mut(..1) {
            c.make_ascii_uppercase();
        }
        out.push(Discrepancy {
            kind: DiscrepancyKind::Place,
            summary: format!("Where the {month} attack hit: {}", parts.join(" / ")),
            sides,
        });
    }
}

/// One item per counted thing given different numbers, each number with its outlet and the
/// date it is given at (the sentence's, else the article's): counts told at different dates
/// may both be right.
fn count_discrepancies(brief: &Brief, m: &Mentions, out: &mut Vec<Discrepancy>) {
    let mut seen: HashSet<Vec<(usize, usize)>> = HashSet::new();
    for (noun, place, counts) in quantities::differing_counts(brief, m) {
        if !seen.insert(counts.iter().map(|c| (c.article, c.sentence)).collect()) {
            continue;
        }
        // Already told as a number changed between two sentences telling the same fact.
        let told = |d: &Discrepancy| {
            d.kind == DiscrepancyKind::Number
                && counts.iter().all(|c| {
                    let r = &brief.articles[c.article].sentences[c.sentence];
                    d.sides
                        .iter()
                        .any(|s| s.article == c.article && s.start == r.start)
                })
        };
        if out.iter().any(told) {
            continue;
        }
        let mut parts = Vec::new();
        let mut sides = Vec::new();
        for c in &counts {
            let r = &brief.articles[c.article].sentences[c.sentence];
            let when = date_of(brief, c.article, (r.start, r.end))
                .unwrap_or_else(|| "undated".to_string());
            parts.push(format!(
                "{} says \"{}\" ({when})",
                outlet(brief, c.article),
                c.said
            ));
            sides.push(
                side(c.article, (r.start, r.end), std::slice::from_ref(&c.said)).marked(c.span),
            );
        }
        out.push(Discrepancy {
            kind: DiscrepancyKind::Number,
            summary: format!(
                "Number of {noun}s in {}: {}",
                brief.entities[place].name,
                parts.join(" / ")
            ),
            sides,
        });
    }
}

fn quote_discrepancies(brief: &Brief, m: &Mentions, out: &mut Vec<Discrepancy>) {
    for p in quote_checks::mutual_best(same_quote_pairs(brief)) {
        if !quote_checks::one_statement(brief, &p) {
            continue;
        }
        let ((a, qa), (b, qb)) = (p.left, p.right);
        let (ta, tb) = (&brief.articles[a], &brief.articles[b]);
        let (q1, q2) = (&ta.quotes[qa], &tb.quotes[qb]);
        let (r1, r2) = ((q1.start, q1.end), (q2.start, q2.end));
        let (n1, n2) = p.words;
        let changes = quote_checks::real_changes(brief, &p);
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
        // Words swapped inside the quote; at its edges the outlets usually only cut it
        // differently, unless both quote as many words and a word was swapped for another
        // ("reject his visit" / "reject his message").
        let swapped = |c: &&&super::diff::Change| {
            let swapped = !c.left_words.is_empty() && !c.right_words.is_empty();
            let inside = !c.before.is_empty() && !c.after.is_empty();
            let same_length_edge = n1 == n2
                && c.left_words.len() == c.right_words.len()
                && (!c.before.is_empty() || !c.after.is_empty());
            swapped && (inside || same_length_edge)
        };
        // A negation one side has and the other lacks says most about the change.
        let negated = |c: &&&super::diff::Change| {
            let neg = |ws: &[String]| ws.iter().filter(|w| super::diff::is_negation(w)).count();
            neg(&c.left_words) != neg(&c.right_words)
        };
        if !changes.is_empty() && only_deletions && at_edges && n1 != n2 {
            // A cut keeps the words in order: a note only when it changes what is kept.
            if quote_checks::cut_changes_meaning(brief, m, &p) {
                let (long, short) = if n1 > n2 { (oa, ob) } else { (ob, oa) };
                out.push(Discrepancy {
                    kind: DiscrepancyKind::QuoteCut,
                    summary: format!("{short} quotes less of \"{first_words}…\" than {long}"),
                    sides: sides("", ""),
                });
            }
        } else if let Some(c) = changes
            .iter()
            .filter(swapped)
            .find(negated)
            .or_else(|| changes.iter().find(swapped))
        {
            let (lw, rw) = (c.left_words.join(" "), c.right_words.join(" "));
            out.push(Discrepancy {
                kind: DiscrepancyKind::QuoteWording,
                summary: format!("Quote \"{first_words}…\": {oa} has \"{lw}\", {ob} has \"{rw}\""),
                sides: sides(&lw, &rw),
            });
        }
        if quote_checks::attributions_differ(brief, m, (a, q1), (b, q2)) {
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

/// `lower[s..e]` stands as whole words: no letter or digit touches it on either side.
fn whole_word(lower: &str, s: usize, e: usize) -> bool {
    lower[..s]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
        && lower[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Finds whole-word, case-insensitive occurrences of `phrase` in `lower` (a lowercased text).
fn find_phrase(lower: &str, phrase: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = lower[from..].find(phrase) {
        let s = from + i;
        let e = s + phrase.len();
        if whole_word(lower, s, e) {
            return Some(s);
        }
        from = s + phrase.len().max(1);
        while !lower.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// Per topic, one automaton over all its wordings (frame by frame, words in lexicon order) and
/// where each frame's words start in its pattern list: one pass over a sentence finds every
/// wording instead of one search per word.
fn matchers() -> &'static [(aho_corasick::AhoCorasick, Vec<usize>)] {
    static M: OnceLock<Vec<(aho_corasick::AhoCorasick, Vec<usize>)>> = OnceLock::new();
    M.get_or_init(|| {
        lexicon()
            .iter()
            .map(|t| {
                let mut offsets = vec![0];
                let mut words: Vec<&str> = Vec::new();
                for ws in t.frames.values() {
                    words.extend(ws.iter().map(String::as_str));
                    offsets.push(words.len());
                }
                let ac = aho_corasick::AhoCorasick::new(&words)
                    .expect("framing wordings build an automaton");
                (ac, offsets)
            })
            .collect()
    })
}

/// For each of `n` patterns, the start of its first whole-word occurrence in `lower`, as
/// [`find_phrase`] would find it.
fn first_uses(ac: &aho_corasick::AhoCorasick, lower: &str, n: usize) -> Vec<Option<usize>> {
    let mut first = vec![None; n];
    for mat in ac.find_overlapping_iter(lower) {
        let (s, e) = (mat.start(), mat.end());
        let k = mat.pattern().as_usize();
        if first[k].is_some() {
            continue;
        }
        if whole_word(lower, s, e) {
            first[k] = Some(s);
        }
    }
    first
}

fn framing_discrepancies(brief: &Brief, m: &Mentions, out: &mut Vec<Discrepancy>) {
    // Each sentence lowercased once for all topics (None when lowercasing moves offsets).
    let lowered: Vec<Vec<Option<String>>> = brief
        .articles
        .iter()
        .map(|a| {
            a.sentences
                .iter()
                .map(|s| {
                    let l = a.slice(s.start, s.end).to_lowercase().replace('’', "'");
                    (l.len() == s.end - s.start).then_some(l)
                })
                .collect()
        })
        .collect();
    for (topic, (ac, offsets)) in lexicon().iter().zip(matchers()) {
        let patterns = offsets.last().copied().unwrap_or(0);
        // For each article: frame → first sentence (outside quotes) that uses it.
        let uses: Vec<BTreeMap<&str, (usize, usize, String)>> = brief
            .articles
            .iter()
            .enumerate()
            .map(|(ai, a)| {
                let mut found = BTreeMap::new();
                for (si, s) in a.sentences.iter().enumerate() {
                    if topic
                        .needs
                        .is_some_and(|k| !m.any_of_kind(ai, s.start, s.end, k))
                    {
                        continue;
                    }
                    let Some(lower) = lowered[ai][si].as_deref() else {
                        continue;
                    };
                    let first = first_uses(ac, lower, patterns);
                    for (fi, (frame, words)) in topic.frames.iter().enumerate() {
                        if found.contains_key(frame.as_str()) {
                            continue;
                        }
                        for (wi, w) in words.iter().enumerate() {
                            let Some(off) = first[offsets[fi] + wi] else {
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
        // Flagged when two articles each use a wording the other does not; then one item for
        // the topic, each wording with every outlet using it.
        // Over the distinct sets of wordings, not every pair of articles: a big brief has
        // thousands of articles and a handful of sets.
        let sets: BTreeSet<Vec<&str>> = uses.iter().map(|u| u.keys().copied().collect()).collect();
        let sets: Vec<Vec<&str>> = sets.into_iter().collect();
        let differs = sets.iter().enumerate().any(|(i, x)| {
            sets[i + 1..]
                .iter()
                .any(|y| x.iter().any(|f| !y.contains(f)) && y.iter().any(|f| !x.contains(f)))
        });
        if !differs {
            continue;
        }
        let mut by_frame: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (a, u) in uses.iter().enumerate() {
            for f in u.keys() {
                by_frame.entry(f).or_default().push(a);
            }
        }
        let mut frames: Vec<(&str, Vec<usize>)> = by_frame.into_iter().collect();
        frames.sort_by_key(|(f, arts)| (usize::MAX - arts.len(), arts[0], *f));
        let groups: Vec<String> = frames
            .iter()
            .map(|(f, arts)| {
                let word = &uses[arts[0]][f].2;
                let names: Vec<&str> = arts.iter().map(|&a| outlet(brief, a)).collect();
                format!("\"{}\": {}", word.to_lowercase(), names.join(", "))
            })
            .collect();
        // The first use of each wording leads, so the first two sides set two wordings apart.
        let mut order: Vec<(&str, usize)> = frames.iter().map(|(f, arts)| (*f, arts[0])).collect();
        for (f, arts) in &frames {
            order.extend(arts[1..].iter().map(|&a| (*f, a)));
        }
        let mut sides = Vec::new();
        for (f, a) in order {
            let (start, end, word) = &uses[a][f];
            let at = brief.articles[a]
                .slice(*start, *end)
                .to_lowercase()
                .replace('’', "'");
            let off = find_phrase(&at, &word.to_lowercase()).unwrap_or(0);
            sides.push(
                side(a, (*start, *end), std::slice::from_ref(word))
                    .marked((start + off, start + off + word.len())),
            );
        }
        out.push(Discrepancy {
            kind: DiscrepancyKind::Framing,
            summary: format!("Framing of {}: {}", topic.topic, groups.join(" / ")),
            sides,
        });
    }
}

/// All discrepancies of the brief: fact conflicts first, then quotes, then framing, then quotes
/// cut shorter (a note, not a conflict).
///
/// Articles carried word for word by several outlets (wire copy) are compared once: each such
/// text stands for all its outlets, named in the summary, so a brief of thousands of reprints
/// yields what its distinct texts say rather than every pair of reprints.
pub fn find(brief: &Brief, index: &FeatureIndex) -> Vec<Discrepancy> {
    find_with(brief, &story_points(index))
}

/// [`find_with`] with the conflicts of each point (parallel to `points`) already found, as
/// `coverage::compute` has them; they are used unless reprints make the brief compare its
/// distinct texts only.
pub fn find_from(
    brief: &Brief,
    points: &[StoryPoint],
    conflicts: &[Vec<PairConflict>],
) -> Vec<Discrepancy> {
    if same_text_groups(brief).len() == brief.articles.len() {
        find_distinct_with(brief, conflicts)
    } else {
        find_with(brief, points)
    }
}

/// [`find`] with the story points already found for `index` (see `coverage::compute`).
pub fn find_with(brief: &Brief, points: &[StoryPoint]) -> Vec<Discrepancy> {
    let copies = same_text_groups(brief);
    if copies.len() == brief.articles.len() {
        return find_distinct(brief, points);
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
    let distinct_index = FeatureIndex::new(&distinct);
    let distinct_points = story_points(&distinct_index);
    let mut ds = find_distinct(&distinct, &distinct_points);
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

fn find_distinct(brief: &Brief, points: &[StoryPoint]) -> Vec<Discrepancy> {
    let m = Mentions::new(brief);
    let conflicts = all_point_conflicts(brief, &m, points, &Progress::new());
    find_distinct_with(brief, &conflicts)
}

fn find_distinct_with(brief: &Brief, conflicts: &[Vec<PairConflict>]) -> Vec<Discrepancy> {
    let m = Mentions::new(brief);
    let mut out = Vec::new();
    fact_discrepancies(brief, conflicts, &mut out);
    event_discrepancies(brief, &m, &mut out);
    count_discrepancies(brief, &m, &mut out);
    quote_discrepancies(brief, &m, &mut out);
    framing_discrepancies(brief, &m, &mut out);
    // A quote cut shorter keeps its words in order: a note for the end of the list, after
    // everything that tells the story differently.
    out.sort_by_key(|d| d.kind == DiscrepancyKind::QuoteCut);
    out
}

mod quote_checks;

pub(crate) use quote_checks::same_words;

#[cfg(test)]
mod tests;
