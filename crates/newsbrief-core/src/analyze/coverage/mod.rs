//! Coverage: what each outlet tells, tells differently or leaves out. One row per story point
//! (a fact told by several outlets, or a sentence only one tells), one cell per article.
//!
//! [`compute`] runs the whole comparison of a brief (features, story points, coverage,
//! discrepancies) with [`Progress`], so a front end can run it on a thread and show how far it
//! got.

mod conflicts;
pub mod events;
pub mod quantities;
mod swaps;

pub use conflicts::{PairConflict, conflict_of, sentence_conflicts};

use rayon::prelude::*;

use super::align::{FeatureIndex, StoryPoint, story_points_with};
use super::discrepancies::{self, Discrepancy, DiscrepancyKind};
use super::progress::Progress;
use super::significance::Mentions;
use crate::brief::Brief;

/// Above this many sentences a story point compares each sentence with the first teller's first
/// sentence only, not every pair, so one fact told by thousands of articles stays linear.
const ALL_PAIRS_UP_TO: usize = 6;

/// How an article covers a story point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    Tells,
    /// Tells it with a conflicting number, date, place, party, quote wording or attribution.
    TellsDifferently,
    LeavesOut,
}

/// Where an article tells a point differently: its words and the other article's.
#[derive(Debug, Clone, PartialEq)]
pub struct CellConflict {
    pub kind: DiscrepancyKind,
    /// The article it disagrees with.
    pub with: usize,
    /// Byte ranges of the differing words here and in the other article.
    pub own: (usize, usize),
    pub other: (usize, usize),
    pub own_words: String,
    pub other_words: String,
}

/// One article's cell of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub mark: Mark,
    /// The article's sentences telling the point (none when it leaves it out).
    pub sentences: Vec<usize>,
    pub conflicts: Vec<CellConflict>,
}

/// One story point as a row of the coverage table.
#[derive(Debug, Clone, PartialEq)]
pub struct PointRow {
    /// `(article, sentence)`, sorted.
    pub sentences: Vec<(usize, usize)>,
    /// The cells of the articles telling the point, as `(article, cell)` in brief order; every
    /// other article leaves it out (kept sparse: a big brief has thousands of articles).
    pub cells: Vec<(usize, Cell)>,
}

impl PointRow {
    /// What a coverage table's last column says about the row: its kinds of conflict, or the
    /// one outlet that alone tells it (empty otherwise). The app and the command line word it
    /// the same way.
    pub fn note(&self, brief: &Brief) -> String {
        let mut kinds: Vec<String> = self
            .cells
            .iter()
            .flat_map(|c| c.1.conflicts.iter().map(|x| x.kind.name().to_string()))
            .collect();
        kinds.sort();
        kinds.dedup();
        if !kinds.is_empty() {
            return format!("conflict: {}", kinds.join(", "));
        }
        if self.tellers() == 1 && brief.articles.len() > 1 {
            return format!("only {}", brief.articles[self.first().0].outlet);
        }
        String::new()
    }

    /// Articles telling the point (differently or not).
    pub fn tellers(&self) -> usize {
        self.cells.len()
    }

    /// Article `article`'s cell, `None` when it leaves the point out.
    pub fn cell(&self, article: usize) -> Option<&Cell> {
        self.cells
            .binary_search_by_key(&article, |c| c.0)
            .ok()
            .map(|i| &self.cells[i].1)
    }

    pub fn mark(&self, article: usize) -> Mark {
        self.cell(article).map_or(Mark::LeavesOut, |c| c.mark)
    }

    /// Articles telling it differently.
    pub fn disagreement(&self) -> usize {
        self.cells
            .iter()
            .filter(|c| c.1.mark == Mark::TellsDifferently)
            .count()
    }

    /// Where the point first appears: the first telling article and its sentence.
    pub fn first(&self) -> (usize, usize) {
        self.sentences[0]
    }

    /// The sentence to show for the row: the first teller's first sentence.
    pub fn headline<'a>(&self, brief: &'a Brief) -> &'a str {
        let (a, s) = self.first();
        let art = &brief.articles[a];
        art.slice(art.sentences[s].start, art.sentences[s].end)
    }
}

/// Row orders the coverage screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Most outlets first, then first appearance.
    #[default]
    Outlets,
    FirstAppearance,
    /// Most disagreeing outlets first, then most outlets.
    Disagreement,
}

/// Row filters the coverage screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    /// Told by one outlet only.
    OnlyOne,
    /// Told by every outlet but one: the omissions.
    AllButOne,
    /// Told differently by at least one outlet.
    Conflicts,
}

/// The coverage table of a brief.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Coverage {
    pub articles: usize,
    /// In first-appearance order.
    pub rows: Vec<PointRow>,
}

impl Coverage {
    /// Indices into `rows` that pass `filter`, in `sort` order.
    pub fn view(&self, sort: Sort, filter: Filter) -> Vec<usize> {
        let n = self.articles;
        let mut idx: Vec<usize> = (0..self.rows.len())
            .filter(|&i| {
                let r = &self.rows[i];
                match filter {
                    Filter::All => true,
                    Filter::OnlyOne => r.tellers() == 1,
                    Filter::AllButOne => n > 2 && r.tellers() + 1 == n,
                    Filter::Conflicts => r.disagreement() > 0,
                }
            })
            .collect();
        let key = |i: &usize| {
            let r = &self.rows[*i];
            match sort {
                Sort::Outlets => (usize::MAX - r.tellers(), 0, r.first()),
                Sort::FirstAppearance => (0, 0, r.first()),
                Sort::Disagreement => (
                    usize::MAX - r.disagreement(),
                    usize::MAX - r.tellers(),
                    r.first(),
                ),
            }
        };
        idx.sort_by_key(key);
        idx
    }
}

/// Story points, coverage and discrepancies of one brief, computed together.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Shared: the app's compare view uses the same index rather than building its own.
    pub index: std::sync::Arc<FeatureIndex>,
    pub points: Vec<StoryPoint>,
    pub coverage: Coverage,
    pub discrepancies: Vec<Discrepancy>,
}

/// Compares every article of the brief with every other through their story points. Meant to
/// run off the drawing thread: `progress` reports how far it is, and a cancelled progress makes
/// it return early with what it has (to be dropped).
pub fn compute(brief: &Brief, progress: &Progress) -> Analysis {
    compute_with(
        brief,
        || std::sync::Arc::new(FeatureIndex::new(brief)),
        progress,
    )
}

/// [`compute`] with the sentence features from `index`, which may hand out an index another
/// thread built or is building, so a big brief's features (hundreds of megabytes) are held once.
pub fn compute_with(
    brief: &Brief,
    index: impl FnOnce() -> std::sync::Arc<FeatureIndex>,
    progress: &Progress,
) -> Analysis {
    progress.plan(brief.articles.len());
    let index = index();
    progress.advance(brief.articles.len());
    let points = if progress.is_cancelled() {
        Vec::new()
    } else {
        story_points_with(&index, progress)
    };
    // The word diffs of the points' sentences are most of the work: done once, for the coverage
    // cells and the fact discrepancies both.
    let m = Mentions::new(brief);
    let conflicts = all_point_conflicts(brief, &m, &points, progress);
    let coverage = coverage_from(brief, &points, &conflicts);
    let discrepancies = if progress.is_cancelled() {
        Vec::new()
    } else {
        discrepancies::find_from(brief, &points, &conflicts)
    };
    Analysis {
        index,
        points,
        coverage,
        discrepancies,
    }
}

/// [`point_conflicts`] of every point, in parallel; `progress` advances by one per point and a
/// cancelled progress leaves the rest empty.
pub fn all_point_conflicts(
    brief: &Brief,
    m: &Mentions,
    points: &[StoryPoint],
    progress: &Progress,
) -> Vec<Vec<PairConflict>> {
    progress.plan(points.len());
    points
        .par_iter()
        .map(|p| {
            let c = if progress.is_cancelled() {
                Vec::new()
            } else {
                point_conflicts(brief, m, p)
            };
            progress.advance(1);
            c
        })
        .collect()
}

/// The pairs of a point's sentences to compare, each from different articles.
fn pairs(p: &StoryPoint) -> Vec<((usize, usize), (usize, usize))> {
    let s = &p.sentences;
    let mut out = Vec::new();
    if s.len() <= ALL_PAIRS_UP_TO {
        for (i, x) in s.iter().enumerate() {
            for y in &s[i + 1..] {
                if x.0 != y.0 {
                    out.push((*x, *y));
                }
            }
        }
    } else {
        // The first teller's first sentence is the reference: one pair per other sentence.
        let first = s[0];
        out.extend(s.iter().filter(|y| y.0 != first.0).map(|y| (first, *y)));
    }
    out
}

/// The conflicts inside a story point, between sentences of different articles.
pub fn point_conflicts(brief: &Brief, m: &Mentions, p: &StoryPoint) -> Vec<PairConflict> {
    pairs(p)
        .into_iter()
        .flat_map(|(x, y)| sentence_conflicts(brief, m, x, y))
        .collect()
}

/// The coverage table from the story points: every point a row, and every story sentence no
/// point holds a row of its own (told by one outlet only). In a conflicting pair the later
/// article is the one marked as telling it differently, so the first teller stands as the
/// reference.
pub fn coverage_with(brief: &Brief, points: &[StoryPoint], progress: &Progress) -> Coverage {
    let conflicts = all_point_conflicts(brief, &Mentions::new(brief), points, progress);
    coverage_from(brief, points, &conflicts)
}

/// [`coverage_with`] from the conflicts already found for each point (parallel to `points`).
pub fn coverage_from(
    brief: &Brief,
    points: &[StoryPoint],
    conflicts: &[Vec<PairConflict>],
) -> Coverage {
    let n = brief.articles.len();
    let mut held: Vec<Vec<bool>> = brief
        .articles
        .iter()
        .map(|a| vec![false; a.sentences.len()])
        .collect();
    for p in points {
        for &(a, s) in &p.sentences {
            held[a][s] = true;
        }
    }
    let new_cell = || Cell {
        mark: Mark::Tells,
        sentences: Vec::new(),
        conflicts: Vec::new(),
    };
    let mut rows: Vec<PointRow> = points
        .iter()
        .zip(conflicts)
        .map(|(p, found)| {
            let mut cells: Vec<(usize, Cell)> = Vec::new();
            for &(a, s) in &p.sentences {
                match cells.last_mut() {
                    Some(c) if c.0 == a => c.1.sentences.push(s),
                    _ => {
                        let mut c = new_cell();
                        c.sentences.push(s);
                        cells.push((a, c));
                    }
                }
            }
            {
                for c in found {
                    let (later, earlier, own, other, ow, tw) = if c.right.0 > c.left.0 {
                        (
                            c.right.0,
                            c.left.0,
                            c.change.right,
                            c.change.left,
                            &c.change.right_words,
                            &c.change.left_words,
                        )
                    } else {
                        (
                            c.left.0,
                            c.right.0,
                            c.change.left,
                            c.change.right,
                            &c.change.left_words,
                            &c.change.right_words,
                        )
                    };
                    let Ok(at) = cells.binary_search_by_key(&later, |c| c.0) else {
                        continue;
                    };
                    let cell = &mut cells[at].1;
                    cell.mark = Mark::TellsDifferently;
                    cell.conflicts.push(CellConflict {
                        kind: c.kind,
                        with: earlier,
                        own,
                        other,
                        own_words: ow.join(" "),
                        other_words: tw.join(" "),
                    });
                }
            }
            PointRow {
                sentences: p.sentences.clone(),
                cells,
            }
        })
        .collect();
    for (a, art) in brief.articles.iter().enumerate() {
        for (s, _) in art
            .sentences
            .iter()
            .enumerate()
            .filter(|(s, _)| !held[a][*s])
        {
            let mut cell = new_cell();
            cell.sentences.push(s);
            rows.push(PointRow {
                sentences: vec![(a, s)],
                cells: vec![(a, cell)],
            });
        }
    }
    rows.sort_by_key(PointRow::first);
    Coverage { articles: n, rows }
}
