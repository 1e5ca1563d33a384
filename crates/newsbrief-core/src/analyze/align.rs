//! Matching what two outlets say: each sentence of one article paired with its most similar
//! counterpart in another, by shared entities (after alias merging), content words and numbers.
//!
//! Features are weighted by how rare they are in the brief (inverse document frequency), so a
//! shared "drone" in a brief about drones counts for less than a shared "hangar" or "10 miles".

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

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
}

impl Feature {
    fn boost(&self) -> f64 {
        match self {
            Feature::Entity(_) => 1.3,
            Feature::Word(_) => 1.0,
            Feature::Number(_) => 1.6,
        }
    }
}

/// The features of every sentence of every article, with their weights.
#[derive(Debug, Clone)]
pub struct FeatureIndex {
    /// `sentences[article][sentence]`: the sentence's features, sorted and unique.
    pub sentences: Vec<Vec<Vec<Feature>>>,
    weights: HashMap<Feature, f64>,
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

/// Entity index of each mention, per article id.
fn mention_index(brief: &Brief) -> HashMap<&str, Vec<(usize, usize, usize)>> {
    let mut by_article: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    for (ei, e) in brief.entities.iter().enumerate() {
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
        FeatureIndex { sentences, weights }
    }

    fn weight(&self, f: &Feature) -> f64 {
        self.weights.get(f).copied().unwrap_or(1.0)
    }

    /// Cosine similarity of two feature sets under the brief's weights, in `[0, 1]`.
    pub fn similarity(&self, a: &[Feature], b: &[Feature]) -> f64 {
        let norm = |s: &[Feature]| s.iter().map(|f| self.weight(f).powi(2)).sum::<f64>().sqrt();
        let (na, nb) = (norm(a), norm(b));
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += self.weight(&a[i]).powi(2);
                    i += 1;
                    j += 1;
                }
            }
        }
        dot / (na * nb)
    }

    /// Similarity of sentence `i` of article `a` with sentence `j` of article `b`.
    pub fn sentence_similarity(&self, a: usize, i: usize, b: usize, j: usize) -> f64 {
        self.similarity(&self.sentences[a][i], &self.sentences[b][j])
    }
}

/// One row of an alignment between two articles: sentence indices, either side may be missing.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignedPair {
    pub left: Option<usize>,
    pub right: Option<usize>,
    pub score: f64,
}

/// Aligns the sentences of articles `a` and `b` (indices into `brief.articles`) one to one,
/// best matches first, and returns rows in reading order of the left article with each
/// unmatched right sentence placed after the row of the right sentence before it.
pub fn align_articles(index: &FeatureIndex, a: usize, b: usize) -> Vec<AlignedPair> {
    let (la, lb) = (index.sentences[a].len(), index.sentences[b].len());
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..la {
        for j in 0..lb {
            let s = index.sentence_similarity(a, i, b, j);
            if s >= MATCH_THRESHOLD {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut left_to: Vec<Option<(usize, f64)>> = vec![None; la];
    let mut right_taken = vec![false; lb];
    for (s, i, j) in candidates {
        if left_to[i].is_none() && !right_taken[j] {
            left_to[i] = Some((j, s));
            right_taken[j] = true;
        }
    }
    // Unmatched right sentences follow the row holding the nearest earlier right sentence.
    let mut after_left: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    let mut right_row: Vec<Option<usize>> = vec![None; lb];
    for (i, m) in left_to.iter().enumerate() {
        if let Some((j, _)) = m {
            right_row[*j] = Some(i);
        }
    }
    let mut last_row: Option<usize> = None;
    for (j, row) in right_row.iter().enumerate() {
        match *row {
            Some(r) => last_row = Some(r),
            None => after_left.entry(last_row).or_default().push(j),
        }
    }
    let mut rows = Vec::with_capacity(la + lb);
    if let Some(js) = after_left.get(&None) {
        rows.extend(js.iter().map(|&j| AlignedPair {
            left: None,
            right: Some(j),
            score: 0.0,
        }));
    }
    for (i, m) in left_to.iter().enumerate() {
        rows.push(match m {
            Some((j, s)) => AlignedPair {
                left: Some(i),
                right: Some(*j),
                score: *s,
            },
            None => AlignedPair {
                left: Some(i),
                right: None,
                score: 0.0,
            },
        });
        if let Some(js) = after_left.get(&Some(i)) {
            rows.extend(js.iter().map(|&j| AlignedPair {
                left: None,
                right: Some(j),
                score: 0.0,
            }));
        }
    }
    rows
}

/// The same fact as several outlets tell it: one sentence per article at most.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryPoint {
    /// `(article index, sentence index)`, in article order.
    pub sentences: Vec<(usize, usize)>,
}

/// Groups matching sentences across all articles into story points. Candidates come from an
/// inverted index of rare features, so the work grows with the matches, not with the square of
/// the brief's sentences.
pub fn story_points(index: &FeatureIndex) -> Vec<StoryPoint> {
    let ids: Vec<(usize, usize)> = index
        .sentences
        .iter()
        .enumerate()
        .flat_map(|(a, ss)| (0..ss.len()).map(move |s| (a, s)))
        .collect();
    let mut postings: HashMap<&Feature, Vec<usize>> = HashMap::new();
    for (k, &(a, s)) in ids.iter().enumerate() {
        for f in &index.sentences[a][s] {
            postings.entry(f).or_default().push(k);
        }
    }
    // Very common features say little and would make candidate lists quadratic.
    let cap = (ids.len() / 10).max(20);
    let mut best: HashMap<(usize, usize), (f64, usize)> = HashMap::new();
    for (k, &(a, s)) in ids.iter().enumerate() {
        let mut cands: HashSet<usize> = HashSet::new();
        for f in &index.sentences[a][s] {
            if let Some(p) = postings.get(f).filter(|p| p.len() <= cap) {
                cands.extend(p.iter().copied().filter(|&c| ids[c].0 != a));
            }
        }
        for c in cands {
            let (b, t) = ids[c];
            let sim = index.sentence_similarity(a, s, b, t);
            if sim >= MATCH_THRESHOLD {
                let e = best.entry((k, b)).or_insert((0.0, usize::MAX));
                if sim > e.0 || (sim == e.0 && c < e.1) {
                    *e = (sim, c);
                }
            }
        }
    }
    // Union sentences that are each other's best match in the other article.
    let mut parent: Vec<usize> = (0..ids.len()).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let n = p[y];
            p[y] = r;
            y = n;
        }
        r
    }
    let mut keys: Vec<_> = best.keys().copied().collect();
    keys.sort_unstable();
    for (k, b) in keys {
        let (_, c) = best[&(k, b)];
        let back = best.get(&(c, ids[k].0)).map(|x| x.1);
        if back == Some(k) {
            let (rk, rc) = (find(&mut parent, k), find(&mut parent, c));
            if rk != rc {
                parent[rk.max(rc)] = rk.min(rc);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for (k, id) in ids.iter().enumerate() {
        let r = find(&mut parent, k);
        groups.entry(r).or_default().push(*id);
    }
    groups
        .into_values()
        .filter(|g| {
            let arts: HashSet<usize> = g.iter().map(|x| x.0).collect();
            arts.len() > 1
        })
        .map(|mut g| {
            g.sort_unstable();
            g.dedup_by_key(|x| x.0);
            StoryPoint { sentences: g }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::pipeline::brief_from_texts;

    fn brief(texts: &[&str]) -> Brief {
        let named: Vec<(String, &str)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("Outlet {i}"), *t))
            .collect();
        brief_from_texts("t", &named)
    }

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
