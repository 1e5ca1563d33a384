//! Three articles side by side, lined up by the brief's story points (the coverage rows the
//! background comparison found): sentences of one story point share a row, and a sentence no
//! shown outlet shares stands alone. The rows keep every article in its own order; where two
//! articles tell the same facts in a different order, the fact that would break the order is
//! shown apart in each pane rather than reordering a pane.

use std::collections::HashMap;

use crate::analyze::coverage::Coverage;
use crate::brief::Brief;

use super::layout::{CompareLayout, PANES, SentView, layout_of, sent_view};
use crate::analyze::compare::RowSide;

/// One pane's part of a row: consecutive sentences of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrioSide {
    pub first: usize,
    pub last: usize,
}

/// The rows of three articles (`arts`) by story point, each row one entry per pane.
pub fn trio_rows(brief: &Brief, cov: &Coverage, arts: [usize; PANES]) -> Vec<[Option<TrioSide>; PANES]> {
    let lens = arts.map(|a| brief.articles.get(a).map_or(0, |x| x.sentences.len()));
    // The coverage row (story point) of each sentence of each pane, when another shown
    // article tells it too.
    let mut group: [Vec<Option<usize>>; PANES] = lens.map(|n| vec![None; n]);
    for (g, row) in cov.rows.iter().enumerate() {
        let here: Vec<(usize, &Vec<usize>)> = arts
            .iter()
            .enumerate()
            .filter_map(|(p, &a)| row.cell(a).map(|c| (p, &c.sentences)))
            .collect();
        if here.len() < 2 {
            continue;
        }
        for (p, ss) in here {
            for &s in ss {
                if let Some(x) = group[p].get_mut(s) {
                    *x = Some(g);
                }
            }
        }
    }
    let mut at = [0usize; PANES];
    let mut out = Vec::new();
    // Whether pane `q` still has a sentence of `g` ahead of its position.
    let ahead = |at: &[usize; PANES], q: usize, g: usize| group[q][at[q]..].contains(&Some(g));
    loop {
        let fronts: Vec<usize> = (0..PANES).filter(|&p| at[p] < lens[p]).collect();
        let Some(&first) = fronts.first() else { break };
        // A sentence no other pane tells can go now; a story point can when every pane still
        // telling it has it next.
        let ready = fronts.iter().find_map(|&p| match group[p][at[p]] {
            None => Some(Err(p)),
            Some(g) => (0..PANES)
                .all(|q| !ahead(&at, q, g) || group[q][at[q]] == Some(g))
                .then_some(Ok(g)),
        });
        let mut row: [Option<TrioSide>; PANES] = [None, None, None];
        // With nothing ready, the story point next in the most panes goes in those panes; a
        // pane that tells it further on shows its sentence apart, as that order would break.
        let (g, panes): (Option<usize>, Vec<usize>) = match ready {
            Some(Ok(g)) => (Some(g), (0..PANES).collect()),
            Some(Err(p)) => (None, vec![p]),
            None => {
                let next_in = |g: usize| -> Vec<usize> {
                    fronts
                        .iter()
                        .copied()
                        .filter(|&q| group[q][at[q]] == Some(g))
                        .collect()
                };
                let best = fronts
                    .iter()
                    .filter_map(|&p| group[p][at[p]])
                    .max_by_key(|&g| (next_in(g).len(), std::cmp::Reverse(g)));
                match best {
                    Some(g) => (Some(g), next_in(g)),
                    None => (None, vec![first]),
                }
            }
        };
        for q in panes {
            let start = at[q];
            match g {
                Some(g) => {
                    while at[q] < lens[q] && group[q][at[q]] == Some(g) {
                        at[q] += 1;
                    }
                }
                None => at[q] += 1,
            }
            if at[q] > start {
                row[q] = Some(TrioSide {
                    first: start,
                    last: at[q] - 1,
                });
            }
        }
        out.push(row);
    }
    out
}

/// The three panes' layout: the rows by story point, wrapped to the widths, the words of a
/// conflict between two shown outlets marked.
pub fn build_trio(brief: &Brief, cov: &Coverage, arts: [usize; PANES], widths: [usize; PANES]) -> CompareLayout {
    // Conflicting words of each shown article against another shown one, both sides.
    let mut marks: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for row in &cov.rows {
        for (a, cell) in &row.cells {
            if !arts.contains(a) {
                continue;
            }
            for c in cell.conflicts.iter().filter(|c| arts.contains(&c.with)) {
                marks.entry(*a).or_default().push(c.own);
                marks.entry(c.with).or_default().push(c.other);
            }
        }
    }
    let views: Vec<[Option<SentView>; PANES]> = trio_rows(brief, cov, arts)
        .into_iter()
        .map(|row| {
            let mut sides: [Option<SentView>; PANES] = [None, None, None];
            for (p, side) in row.into_iter().enumerate() {
                let Some(t) = side else { continue };
                let art = &brief.articles[arts[p]];
                let rs = RowSide {
                    article: arts[p],
                    sentence: t.first,
                    last_sentence: t.last,
                    start: art.sentences[t.first].start,
                    end: art.sentences[t.last].end,
                };
                let own = marks.get(&arts[p]).map_or(&[][..], |v| v.as_slice());
                sides[p] = Some(sent_view(brief, &rs, own, &[], widths[p]));
            }
            sides
        })
        .collect();
    let mut l = layout_of(views);
    l.key = (arts, widths);
    l
}

/// The rows of a trio layout where a shown outlet's words conflict with another's.
pub fn flagged_rows(l: &CompareLayout) -> Vec<usize> {
    (0..l.rows.len())
        .filter(|&k| l.rows[k].sides.iter().flatten().any(|s| !s.diffs.is_empty()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::coverage::compute;
    use crate::analyze::progress::Progress;

    #[test]
    fn every_sentence_is_shown_once_in_its_order() {
        let b = crate::brief::default_brief();
        let a = compute(&b, &Progress::new());
        let arts = [0, 1, 2];
        let rows = trio_rows(&b, &a.coverage, arts);
        for (p, &art) in arts.iter().enumerate() {
            let seen: Vec<usize> = rows
                .iter()
                .filter_map(|r| r[p].as_ref())
                .flat_map(|s| s.first..=s.last)
                .collect();
            let all: Vec<usize> = (0..b.articles[art].sentences.len()).collect();
            assert_eq!(seen, all, "pane {p}");
        }
        // Where the third article tells the facts in another order, the other two still pair
        // up: nearly every story point two of them share is one row.
        let arts = [0, 1, 3];
        let rows = trio_rows(&b, &a.coverage, arts);
        let shared = |x: usize, y: usize| {
            a.coverage
                .rows
                .iter()
                .filter(|r| r.cell(x).is_some() && r.cell(y).is_some())
                .count()
        };
        let together = rows.iter().filter(|r| r[0].is_some() && r[1].is_some()).count();
        assert!(together * 4 >= shared(0, 1) * 3, "{together} of {}", shared(0, 1));
        // Rows holding two or three outlets are rows of one story point.
        let shared = rows.iter().filter(|r| r.iter().flatten().count() >= 2).count();
        assert!(shared > 0);
        for r in rows.iter().filter(|r| r.iter().flatten().count() >= 2) {
            let pts: Vec<Option<usize>> = r
                .iter()
                .enumerate()
                .filter_map(|(p, s)| s.as_ref().map(|s| (arts[p], s.first)))
                .map(|(art, s)| {
                    a.coverage
                        .rows
                        .iter()
                        .position(|row| row.cell(art).is_some_and(|c| c.sentences.contains(&s)))
                })
                .collect();
            assert!(pts.windows(2).all(|w| w[0] == w[1] && w[0].is_some()), "{pts:?}");
        }
    }
}
