//! Matching what two outlets say: each sentence of one article paired with its most similar
//! counterpart in another, by shared entities (after alias merging), content words and numbers.
//!
//! Features are weighted by how rare they are in the brief (inverse document frequency), so a
//! shared "drone" in a brief about drones counts for less than a shared "hangar" or "10 miles".

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use rayon::prelude::*;

use super::progress::Progress;
use super::union_find::UnionFind;
use super::words::tokens;
use crate::brief::{Article, Brief};
use crate::intern::Interner;

/// Below this similarity a sentence has no counterpart: it is "only in <outlet>".
pub const MATCH_THRESHOLD: f64 = 0.22;

/// One comparable feature of a sentence. Words and numbers are numbered in the brief's
/// vocabulary rather than held as strings: a big brief has millions of features.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    /// Index of an entity in `Brief::entities`.
    Entity(u32),
    /// A stemmed content word (its number in the vocabulary).
    Word(u32),
    /// A number as written without separators ("3000", "10"), by its number in the vocabulary.
    Number(u32),
    /// A month or weekday (lowercased), by its number in the vocabulary.
    Date(u32),
}

impl Feature {
    fn boost(&self) -> f64 {
        match self {
            Feature::Entity(_) => 1.3,
            Feature::Word(_) => 1.0,
            Feature::Number(_) => 1.6,
            Feature::Date(_) => 1.4,
        }
    }

    /// Entities, numbers and dates pin a sentence to one fact; content words only suggest it.
    pub fn is_anchor(&self) -> bool {
        !matches!(self, Feature::Word(_))
    }
}

/// The features of every sentence of every article, with their weights.
#[derive(Debug, Clone)]
pub struct FeatureIndex {
    /// `sentences[article][sentence]`: the sentence's features, sorted and unique.
    pub sentences: Vec<Vec<Vec<Feature>>>,
    weights: HashMap<Feature, f64>,
    /// Squared weight of each feature of each sentence, parallel to `sentences`, and each
    /// sentence's norm: the candidate search scores thousands of pairs per sentence and must
    /// not hash a feature for each.
    squared: Vec<Vec<Vec<f64>>>,
    norms: Vec<Vec<f64>>,
}

fn stopwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../data/stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// A crude stem so "attacks"/"attacked"/"attacking" meet: lowercase, possessive and common
/// inflections stripped.
pub fn stem(word: &str) -> String {
    let mut w = word.to_lowercase().replace('’', "'");
    if let Some(s) = w.strip_suffix("'s") {
        w = s.to_string();
    }
    for suf in ["ing", "ed", "es", "s", "ly"] {
        if w.len() > suf.len() + 3 && w.ends_with(suf) {
            w.truncate(w.len() - suf.len());
            break;
        }
    }
    w
}

/// The number a token spells, if it is one ("3,000" → "3000"; "two" → "2").
pub fn number_value(tok: &str) -> Option<String> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let lower = tok.to_lowercase();
    if let Some(i) = WORDS.iter().position(|w| *w == lower) {
        // "one" is too often a pronoun ("said one") to count as a number.
        return (i != 1).then(|| i.to_string());
    }
    let digits: String = tok.chars().filter(|c| *c != ',').collect();
    let head: String = digits
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    (!head.is_empty() && head.chars().next().is_some_and(|c| c.is_ascii_digit())).then_some(head)
}

/// Entity index of each mention, per article id. Entities whose names differ only in house
/// style ("F.B.I." and "FBI") count as one.
fn mention_index(brief: &Brief) -> HashMap<&str, Vec<(usize, usize, usize)>> {
    let mut by_article: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    let mut canonical: HashMap<String, usize> = HashMap::new();
    for (i, e) in brief.entities.iter().enumerate() {
        let ei = *canonical.entry(super::diff::word_key(&e.name)).or_insert(i);
        for m in &e.mentions {
            by_article
                .entry(m.article.as_str())
                .or_default()
                .push((m.start, m.end, ei));
        }
    }
    for v in by_article.values_mut() {
        v.sort_unstable();
    }
    by_article
}

fn sentence_features(
    a: &Article,
    (start, end): (usize, usize),
    mentions: &[(usize, usize, usize)],
    vocabulary: &mut Interner,
) -> Vec<Feature> {
    let mut f = Vec::new();
    let first = mentions.partition_point(|m| m.0 < start);
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for &(s, e, ei) in mentions[first..].iter().take_while(|m| m.0 < end) {
        f.push(Feature::Entity(ei as u32));
        covered.push((s, e));
    }
    for t in tokens(&a.text, start, end) {
        if covered.iter().any(|&(s, e)| t.start >= s && t.end <= e) {
            continue;
        }
        let w = t.as_str(&a.text);
        if let Some(n) = number_value(w) {
            f.push(Feature::Number(vocabulary.id(&n)));
            continue;
        }
        let lower = w.to_lowercase();
        if super::diff::is_date_word(&lower) {
            f.push(Feature::Date(vocabulary.id(&lower)));
            continue;
        }
        if lower.chars().count() < 3 || stopwords().contains(lower.as_str()) {
            continue;
        }
        f.push(Feature::Word(vocabulary.id(&stem(w))));
    }
    f.sort();
    f.dedup();
    f
}

impl FeatureIndex {
    /// Computes the features of all sentences of the brief.
    pub fn new(brief: &Brief) -> Self {
        let mentions = mention_index(brief);
        let empty = Vec::new();
        // The distinct stems and numbers of the brief.
        let mut vocabulary = Interner::default();
        let sentences: Vec<Vec<Vec<Feature>>> = brief
            .articles
            .iter()
            .map(|a| {
                let ms = mentions.get(a.id.as_str()).unwrap_or(&empty);
                a.sentences
                    .iter()
                    .map(|s| sentence_features(a, (s.start, s.end), ms, &mut vocabulary))
                    .collect()
            })
            .collect();
        let mut df: HashMap<&Feature, usize> = HashMap::new();
        let mut n = 0usize;
        for art in &sentences {
            for s in art {
                n += 1;
                for f in s {
                    *df.entry(f).or_default() += 1;
                }
            }
        }
        let weights = df
            .into_iter()
            .map(|(f, d)| {
                let idf = ((n as f64 + 1.0) / (d as f64 + 0.5)).ln().max(0.1);
                (*f, idf * f.boost())
            })
            .collect();
        let weights: HashMap<Feature, f64> = weights;
        let squared: Vec<Vec<Vec<f64>>> = sentences
            .iter()
            .map(|art| {
                art.iter()
                    .map(|fs| {
                        fs.iter()
                            .map(|f| weights.get(f).copied().unwrap_or(1.0).powi(2))
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let norms = squared
            .iter()
            .map(|art| art.iter().map(|w| w.iter().sum::<f64>().sqrt()).collect())
            .collect();
        FeatureIndex {
            sentences,
            weights,
            squared,
            norms,
        }
    }

    /// [`Self::similarity_and_anchors`] of two sentences by position, from the precomputed
    /// weights.
    pub fn sentence_match(&self, (a, i): (usize, usize), (b, j): (usize, usize)) -> (f64, usize) {
        let (fa, fb) = (&self.sentences[a][i], &self.sentences[b][j]);
        let (na, nb) = (self.norms[a][i], self.norms[b][j]);
        if na == 0.0 || nb == 0.0 {
            return (0.0, 0);
        }
        let wa = &self.squared[a][i];
        let (mut x, mut y, mut dot, mut anchors) = (0, 0, 0.0, 0);
        while x < fa.len() && y < fb.len() {
            match fa[x].cmp(&fb[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    dot += wa[x];
                    anchors += usize::from(fa[x].is_anchor());
                    x += 1;
                    y += 1;
                }
            }
        }
        (dot / (na * nb), anchors)
    }

    pub fn weight(&self, f: &Feature) -> f64 {
        self.weights.get(f).copied().unwrap_or(1.0)
    }

    /// Cosine similarity of two feature sets under the brief's weights, in `[0, 1]`.
    pub fn similarity(&self, a: &[Feature], b: &[Feature]) -> f64 {
        self.similarity_and_anchors(a, b).0
    }

    /// The similarity and how many shared features are anchors (entities, numbers, dates).
    pub fn similarity_and_anchors(&self, a: &[Feature], b: &[Feature]) -> (f64, usize) {
        let norm = |s: &[Feature]| s.iter().map(|f| self.weight(f).powi(2)).sum::<f64>().sqrt();
        let (na, nb) = (norm(a), norm(b));
        if na == 0.0 || nb == 0.0 {
            return (0.0, 0);
        }
        let (mut i, mut j, mut dot, mut anchors) = (0, 0, 0.0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += self.weight(&a[i]).powi(2);
                    anchors += usize::from(a[i].is_anchor());
                    i += 1;
                    j += 1;
                }
            }
        }
        (dot / (na * nb), anchors)
    }

    /// Similarity of sentence `i` of article `a` with sentence `j` of article `b`.
    pub fn sentence_similarity(&self, a: usize, i: usize, b: usize, j: usize) -> f64 {
        self.similarity(&self.sentences[a][i], &self.sentences[b][j])
    }
}

/// One row of an alignment between two articles: sentence indices, either side may be missing.
/// A side may hold two neighbouring sentences that the other side tells in one (`*_also`).
#[derive(Debug, Clone, PartialEq)]
pub struct AlignedPair {
    pub left: Option<usize>,
    pub right: Option<usize>,
    pub score: f64,
    /// A neighbour of `left` that the right sentence also tells (merged into it).
    pub left_also: Option<usize>,
    /// A neighbour of `right` that the left sentence also tells.
    pub right_also: Option<usize>,
}

impl AlignedPair {
    fn only(left: Option<usize>, right: Option<usize>) -> Self {
        AlignedPair {
            left,
            right,
            score: 0.0,
            left_also: None,
            right_also: None,
        }
    }
}

/// For each unmatched sentence of one side next to a matched one whose counterpart tells it
/// too (the counterpart merges both), the matched neighbour it joins: `joins[matched] = it`.
fn merged_neighbours(
    index: &FeatureIndex,
    (a, b): (usize, usize),
    matched: &[Option<(usize, f64)>],
) -> (Vec<Option<usize>>, Vec<bool>) {
    let n = matched.len();
    let mut joins = vec![None; n];
    let mut absorbed = vec![false; n];
    let fa = &index.sentences[a];
    for i in 0..n {
        if matched[i].is_some() {
            continue;
        }
        for nb in [i.wrapping_sub(1), i + 1] {
            let Some(Some((j, s))) = matched.get(nb) else {
                continue;
            };
            if joins[nb].is_some() {
                continue;
            }
            let fj = &index.sentences[b][*j];
            let (own, anchors) = index.similarity_and_anchors(&fa[i], fj);
            if own < ANCHORED_THRESHOLD && anchors == 0 {
                continue;
            }
            if index.similarity(&union_features(&fa[nb], &fa[i]), fj) >= s + MERGE_GAIN {
                joins[nb] = Some(i);
                absorbed[i] = true;
                break;
            }
        }
    }
    (joins, absorbed)
}

/// Aligns the sentences of articles `a` and `b` (indices into `brief.articles`) one to one,
/// best matches first, and returns rows in reading order of the left article with each
/// unmatched right sentence placed after the row of the right sentence before it. A sentence
/// left unmatched next to a matched one joins its row when the other side's sentence tells both
/// (two sentences merged into one), so it is not shown as told by one outlet only.
pub fn align_articles(index: &FeatureIndex, a: usize, b: usize) -> Vec<AlignedPair> {
    let (la, lb) = (index.sentences[a].len(), index.sentences[b].len());
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..la {
        for j in 0..lb {
            let (s, anchors) =
                index.similarity_and_anchors(&index.sentences[a][i], &index.sentences[b][j]);
            if same_fact(s, anchors) {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut left_to: Vec<Option<(usize, f64)>> = vec![None; la];
    let mut right_to: Vec<Option<(usize, f64)>> = vec![None; lb];
    for (s, i, j) in candidates {
        if left_to[i].is_none() && right_to[j].is_none() {
            left_to[i] = Some((j, s));
            right_to[j] = Some((i, s));
        }
    }
    let (left_join, left_gone) = merged_neighbours(index, (a, b), &left_to);
    let (right_join, right_gone) = merged_neighbours(index, (b, a), &right_to);
    // Unmatched right sentences follow the row holding the nearest earlier right sentence.
    let mut after_left: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    let mut last_row: Option<usize> = None;
    for (j, m) in right_to.iter().enumerate() {
        match *m {
            Some((r, _)) => last_row = Some(r),
            None if right_gone[j] => {}
            None => after_left.entry(last_row).or_default().push(j),
        }
    }
    let unmatched_right = |js: &Vec<usize>| {
        js.iter()
            .map(|&j| AlignedPair::only(None, Some(j)))
            .collect::<Vec<_>>()
    };
    let mut rows = Vec::with_capacity(la + lb);
    if let Some(js) = after_left.get(&None) {
        rows.extend(unmatched_right(js));
    }
    for (i, m) in left_to.iter().enumerate() {
        if left_gone[i] {
            continue;
        }
        rows.push(match m {
            Some((j, s)) => AlignedPair {
                left: Some(i),
                right: Some(*j),
                score: *s,
                left_also: left_join[i],
                right_also: right_join[*j],
            },
            None => AlignedPair::only(Some(i), None),
        });
        if let Some(js) = after_left.get(&Some(i)) {
            rows.extend(unmatched_right(js));
        }
    }
    rows
}

/// Two sentences tell the same fact: similar enough, or a little less similar but pinned by
/// two shared anchors (a name and a date, two numbers), as independent reports of one fact
/// share their facts more than their words.
pub fn same_fact(sim: f64, anchors: usize) -> bool {
    sim >= MATCH_THRESHOLD || (sim >= ANCHORED_THRESHOLD && anchors >= 2)
}

/// The lower bar for sentences sharing two anchors (see [`same_fact`]).
pub const ANCHORED_THRESHOLD: f64 = 0.15;

/// A neighbour joins a match (one sentence told as two, or two as one) when adding its
/// features raises the similarity by this much.
const MERGE_GAIN: f64 = 0.04;

/// A feature in more sentences than this says nothing about which fact a sentence tells, and
/// following it would make the candidate search quadratic in the size of the brief.
const POSTING_CAP: usize = 200;

/// The same fact as several outlets tell it: its sentences, possibly more than one per article
/// where an outlet told it in two sentences that another merged.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryPoint {
    /// `(article index, sentence index)`, sorted.
    pub sentences: Vec<(usize, usize)>,
}

impl StoryPoint {
    /// Articles telling the point, in brief order, each once.
    pub fn articles(&self) -> Vec<usize> {
        let mut a: Vec<usize> = self.sentences.iter().map(|x| x.0).collect();
        a.dedup();
        a
    }

    /// The sentences of `article` in this point.
    pub fn sentences_of(&self, article: usize) -> impl Iterator<Item = usize> + '_ {
        self.sentences
            .iter()
            .filter(move |x| x.0 == article)
            .map(|x| x.1)
    }
}

/// Features of two sentences together, sorted and unique.
fn union_features(a: &[Feature], b: &[Feature]) -> Vec<Feature> {
    let mut v: Vec<Feature> = a.iter().chain(b).copied().collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Per sentence: its best match in each other article that tells the same fact, as
/// `(article, sentence id, similarity)` sorted by article.
type BestMatches = Vec<Vec<(usize, usize, f64)>>;

/// Groups the sentences of all articles that tell the same fact into story points (those told
/// by two articles or more). Candidates come from an inverted index of each sentence's rarest
/// features, so the work grows with the matches, not with the square of the brief's sentences;
/// `progress` advances by one per sentence.
pub fn story_points_with(index: &FeatureIndex, progress: &Progress) -> Vec<StoryPoint> {
    let ids: Vec<(usize, usize)> = index
        .sentences
        .iter()
        .enumerate()
        .flat_map(|(a, ss)| (0..ss.len()).map(move |s| (a, s)))
        .collect();
    progress.plan(ids.len());
    // First sentence id of each article: ids are contiguous per article.
    let mut first = Vec::with_capacity(index.sentences.len() + 1);
    let mut acc = 0;
    for ss in &index.sentences {
        first.push(acc);
        acc += ss.len();
    }
    first.push(acc);
    let feats = |k: usize| &index.sentences[ids[k].0][ids[k].1];
    let mut postings: HashMap<Feature, Vec<u32>> = HashMap::new();
    for k in 0..ids.len() {
        for f in feats(k) {
            postings.entry(*f).or_default().push(k as u32);
        }
    }
    let best: BestMatches = (0..ids.len())
        .into_par_iter()
        .map(|k| {
            // Stopped: the rest is skipped (the caller drops what comes back).
            if progress.is_cancelled() {
                return Vec::new();
            }
            let (a, s) = ids[k];
            // Partial dot products through the postings of the sentence's not-too-common
            // features; only candidates whose partial score could reach a match are scored.
            let mut acc: Vec<(u32, f64)> = Vec::new();
            for (f, w) in feats(k).iter().zip(&index.squared[a][s]) {
                let Some(p) = postings
                    .get(f)
                    .filter(|p| p.len() > 1 && p.len() <= POSTING_CAP)
                else {
                    continue;
                };
                acc.extend(
                    p.iter()
                        .filter(|&&c| ids[c as usize].0 != a)
                        .map(|&c| (c, *w)),
                );
            }
            acc.sort_unstable_by_key(|x| x.0);
            let norm = index.norms[a][s];
            let mut out: Vec<(usize, usize, f64)> = Vec::new();
            let mut i = 0;
            while i < acc.len() {
                let c = acc[i].0 as usize;
                let mut dot = 0.0;
                while i < acc.len() && acc[i].0 as usize == c {
                    dot += acc[i].1;
                    i += 1;
                }
                let (b, t) = ids[c];
                if dot < ANCHORED_THRESHOLD * norm * index.norms[b][t] {
                    continue;
                }
                let (sim, anchors) = index.sentence_match((a, s), (b, t));
                if !same_fact(sim, anchors) {
                    continue;
                }
                match out.last_mut() {
                    Some(last) if last.0 == b => {
                        if sim > last.2 {
                            *last = (b, c, sim);
                        }
                    }
                    _ => out.push((b, c, sim)),
                }
            }
            progress.advance(1);
            out
        })
        .collect();
    let best_in = |k: usize, b: usize| -> Option<(usize, f64)> {
        let v = &best[k];
        v.binary_search_by_key(&b, |x| x.0)
            .ok()
            .map(|i| (v[i].1, v[i].2))
    };
    let mut uf = UnionFind::new(ids.len());
    for k in 0..ids.len() {
        let a = ids[k].0;
        for &(b, c, sim) in &best[k] {
            if best_in(c, a).map(|x| x.0) != Some(k) {
                continue;
            }
            uf.union(k, c);
            // A neighbour of `c` that also points back to `k` and completes it: `k` merges two
            // sentences of `b` (or `b` split what `k` tells in one).
            for n in [c.wrapping_sub(1), c + 1] {
                if n < first[b] || n >= first[b + 1] || best_in(n, a).map(|x| x.0) != Some(k) {
                    continue;
                }
                let joined = union_features(feats(c), feats(n));
                if index.similarity(feats(k), &joined) >= sim + MERGE_GAIN {
                    uf.union(k, n);
                }
            }
        }
    }
    uf.groups(2)
        .into_iter()
        .map(|g| StoryPoint {
            sentences: g.into_iter().map(|k| ids[k]).collect(),
        })
        .filter(|p| p.articles().len() > 1)
        .collect()
}

/// [`story_points_with`] without progress reporting.
pub fn story_points(index: &FeatureIndex) -> Vec<StoryPoint> {
    story_points_with(index, &Progress::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::pipeline::brief_of_outlets as brief;

    #[test]
    fn numbers_and_stems() {
        assert_eq!(number_value("3,000"), Some("3000".into()));
        assert_eq!(number_value("two"), Some("2".into()));
        assert_eq!(number_value("one"), None);
        assert_eq!(number_value("160km"), Some("160".into()));
        assert_eq!(number_value("drone"), None);
        assert_eq!(stem("Attacks"), stem("attacked"));
        assert_eq!(stem("council’s"), "council");
    }

    #[test]
    fn paraphrases_align_and_unrelated_sentences_do_not() {
        let b = brief(&[
            "The harbour strike ended on Friday after 12 days.\nDock workers accepted a pay rise of 4 percent.\nThe mayor praised the deal.\n",
            "Dock workers have accepted a 4 percent pay rise.\nA storm closed the airport.\nThe strike at the harbour ended Friday after 12 days.\n",
        ]);
        let idx = FeatureIndex::new(&b);
        let rows = align_articles(&idx, 0, 1);
        let matched: Vec<(usize, usize)> = rows
            .iter()
            .filter_map(|r| Some((r.left?, r.right?)))
            .collect();
        assert_eq!(matched, vec![(0, 2), (1, 0)]);
        assert!(rows.iter().any(|r| r.left == Some(2) && r.right.is_none()));
        assert!(rows.iter().any(|r| r.left.is_none() && r.right == Some(1)));
        // Every sentence appears exactly once on its side.
        assert_eq!(rows.iter().filter(|r| r.left.is_some()).count(), 3);
        assert_eq!(rows.iter().filter(|r| r.right.is_some()).count(), 3);
    }

    #[test]
    fn a_stopped_search_for_story_points_skips_the_work() {
        let b = brief(&[
            "The harbour strike ended on Friday after 12 days.\n",
            "The strike at the harbour ended Friday after 12 days.\n",
        ]);
        let idx = FeatureIndex::new(&b);
        assert_eq!(story_points(&idx).len(), 1);
        let stopped = Progress::new();
        stopped.cancel();
        assert!(story_points_with(&idx, &stopped).is_empty());
    }

    #[test]
    fn story_points_group_across_articles() {
        let b = brief(&[
            "The harbour strike ended on Friday after 12 days.\nThe mayor praised the deal.\n",
            "The strike at the harbour ended Friday after 12 days.\nTrains ran late.\n",
            "After 12 days the harbour strike ended on Friday.\nFerries were cancelled.\n",
        ]);
        let points = story_points(&FeatureIndex::new(&b));
        assert_eq!(points.len(), 1, "{points:?}");
        assert_eq!(points[0].sentences, vec![(0, 0), (1, 0), (2, 0)]);
    }
}
