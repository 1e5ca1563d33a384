//! The compared pair wrapped for the panes: each sentence sanitised once, its differing words
//! moved into sanitised offsets, and the line ranges per row (aligned) and per side (free).

use crate::analyze::compare::{Row, RowSide};
use crate::brief::Brief;
use crate::text::sanitize;
use crate::tui::doc::wrap_ranges;

/// One sentence as a pane draws it: sanitised, wrapped, with its differing words.
#[derive(Debug, Clone, PartialEq)]
pub struct SentView {
    /// The article (index into the brief) and the index of its first sentence shown here.
    pub article: usize,
    pub sentence: usize,
    /// The last sentence shown (the same as `sentence` but where one side tells in two what
    /// the other tells in one).
    pub last_sentence: usize,
    /// Sanitised text, line breaks shown as spaces.
    pub text: String,
    /// Byte ranges of `text` whose words the other side does not have, where it changes what
    /// is said (names, places, numbers, dates, negation, quote words): marked strongly.
    pub diffs: Vec<(usize, usize)>,
    /// Byte ranges that differ in wording only: marked faintly.
    pub faint: Vec<(usize, usize)>,
    /// Byte ranges of `text`, one per wrapped line.
    pub lines: Vec<(usize, usize)>,
}

/// Panes the compare view can show at once: two, and a third on a wide screen.
pub const PANES: usize = 3;

/// A compared row: matched sentences, or a sentence only one side has.
#[derive(Debug, Clone, PartialEq)]
pub struct RowView {
    /// One entry per pane; the third stays empty while two panes are shown.
    pub sides: [Option<SentView>; PANES],
    /// First line of the row in aligned mode.
    pub top: usize,
    /// Lines the row takes in aligned mode: the tallest of its sentences (0 while it is
    /// folded into the head of its run).
    pub height: usize,
    /// The run of "only in" rows this row belongs to (index into [`CompareLayout::runs`]).
    pub run: Option<usize>,
    pub fold: Fold,
}

/// How a row of a run of "only in" rows is shown in aligned mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fold {
    /// Shown as itself.
    #[default]
    Open,
    /// The one line standing for its folded run: how many sentences, which outlet.
    Head,
    /// Folded away under the head of its run: no lines.
    Hidden,
}

/// Consecutive rows (two or more) told by one and the same pane only: folded by default to
/// one row, so a long stretch one outlet alone tells does not push the matched rows apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// First row and number of rows.
    pub start: usize,
    pub len: usize,
    /// The pane whose article tells the run.
    pub side: usize,
    /// Article and first sentence of the run: what the unfolded set remembers, since row
    /// numbers change with the pair and the number of panes.
    pub anchor: (usize, usize),
}

/// One pane's own sequence of sentences, for free mode.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FreeSide {
    /// Rows holding a sentence of this side, in the article's order.
    pub order: Vec<usize>,
    /// First line of each entry of `order`.
    pub tops: Vec<usize>,
    pub total: usize,
}

/// The pair wrapped to the current pane widths.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompareLayout {
    /// What the layout was built for: the articles of the panes and their widths (the third
    /// article and width are `usize::MAX` and 0 with two panes).
    pub key: LayoutKey,
    pub rows: Vec<RowView>,
    /// Lines in aligned mode.
    pub total: usize,
    pub free: [FreeSide; 2],
    pub runs: Vec<Run>,
    /// The rows shown in aligned mode (every row but those folded away), in order.
    pub shown: Vec<usize>,
}

/// The articles and widths a layout was built for.
pub type LayoutKey = ([usize; PANES], [usize; PANES]);

impl CompareLayout {
    /// Shown row whose lines (in aligned mode) include `line`, else the next shown row.
    pub fn row_at(&self, line: usize) -> Option<usize> {
        let mut i = self.rows.partition_point(|r| r.top + r.height <= line);
        while i < self.rows.len() && self.rows[i].fold == Fold::Hidden {
            i += 1;
        }
        (i < self.rows.len()).then_some(i)
    }

    /// Panes the layout fills: three when it was built with a third article.
    pub fn panes(&self) -> usize {
        if self.key.0[2] == usize::MAX { 2 } else { 3 }
    }

    /// Position of row `k` among the shown rows (the first shown row at or after it).
    pub fn shown_position(&self, k: usize) -> usize {
        self.shown.partition_point(|&r| r < k)
    }

    /// The shown row `delta` shown rows away from row `k`, kept in range.
    pub fn step_shown(&self, k: usize, delta: isize) -> usize {
        let Some(last) = self.shown.len().checked_sub(1) else {
            return k;
        };
        let at = self.shown_position(k).min(last) as isize;
        self.shown[(at.saturating_add(delta)).clamp(0, last as isize) as usize]
    }

    /// Sentences in run `i`.
    pub fn run_sentences(&self, i: usize) -> usize {
        let run = &self.runs[i];
        self.rows[run.start..run.start + run.len]
            .iter()
            .filter_map(|r| r.sides[run.side].as_ref())
            .map(|s| s.last_sentence.saturating_sub(s.sentence) + 1)
            .sum()
    }

    /// The row standing for row `k` in aligned mode: itself, or the head of its folded run.
    pub fn shown_row(&self, k: usize) -> usize {
        match self.rows.get(k) {
            Some(r) if r.fold == Fold::Hidden => r.run.map_or(k, |i| self.runs[i].start),
            _ => k,
        }
    }

    /// Finds the runs of "only in" rows.
    fn find_runs(&mut self) {
        let one_side = |r: &RowView| {
            let mut it = r.sides.iter().enumerate().filter(|(_, s)| s.is_some());
            match (it.next(), it.next()) {
                (Some((i, s)), None) => s.as_ref().map(|s| (i, (s.article, s.sentence))),
                _ => None,
            }
        };
        let mut k = 0;
        while k < self.rows.len() {
            let Some((side, anchor)) = one_side(&self.rows[k]) else {
                k += 1;
                continue;
            };
            let mut end = k + 1;
            while end < self.rows.len() && one_side(&self.rows[end]).map(|x| x.0) == Some(side)
            {
                end += 1;
            }
            if end - k >= 2 {
                let i = self.runs.len();
                self.runs.push(Run {
                    start: k,
                    len: end - k,
                    side,
                    anchor,
                });
                for r in &mut self.rows[k..end] {
                    r.run = Some(i);
                }
            }
            k = end;
        }
    }

    /// Lays the rows out line by line for aligned mode, folding every run whose anchor is not
    /// in `open`.
    pub fn place(&mut self, open: &std::collections::HashSet<(usize, usize)>) {
        let mut top = 0;
        self.shown.clear();
        for k in 0..self.rows.len() {
            let fold = match self.rows[k].run.map(|i| &self.runs[i]) {
                Some(run) if !open.contains(&run.anchor) => {
                    if run.start == k {
                        Fold::Head
                    } else {
                        Fold::Hidden
                    }
                }
                _ => Fold::Open,
            };
            let r = &mut self.rows[k];
            r.fold = fold;
            r.top = top;
            r.height = match fold {
                Fold::Open => r
                    .sides
                    .iter()
                    .map(|s| s.as_ref().map_or(1, |s| s.lines.len()))
                    .max()
                    .unwrap_or(1)
                    .max(1),
                Fold::Head => 1,
                Fold::Hidden => 0,
            };
            if fold != Fold::Hidden {
                self.shown.push(k);
                top += r.height + 1;
            }
        }
        self.total = top.saturating_sub(1);
    }
}

pub(crate) fn sent_view(
    brief: &Brief,
    side: &RowSide,
    changes: &[(usize, usize)],
    faint: &[(usize, usize)],
    width: usize,
) -> SentView {
    let text = brief.articles[side.article].slice(side.start, side.end);
    let san = sanitize(text);
    // Line breaks become spaces: one byte for one byte, so the offset map still holds.
    let shown = san.text.replace('\n', " ");
    let shown_ranges = |rs: &[(usize, usize)]| -> Vec<(usize, usize)> {
        rs.iter()
            .filter(|(s, e)| s < e)
            .map(|&(s, e)| {
                let rel = |p: usize| san.map(p.clamp(side.start, side.end) - side.start);
                (rel(s), rel(e))
            })
            .filter(|(s, e)| s < e)
            .collect()
    };
    let diffs = shown_ranges(changes);
    let faint = shown_ranges(faint);
    let lines = wrap_ranges(&shown, width);
    SentView {
        article: side.article,
        sentence: side.sentence,
        last_sentence: side.last_sentence,
        text: shown,
        diffs,
        faint,
        lines,
    }
}

/// Wraps the rows of a pair to the pane widths.
pub fn build_layout(brief: &Brief, rows: &[Row], widths: [usize; 2]) -> CompareLayout {
    let views = rows
        .iter()
        .map(|r| {
            // Changes of substance are marked strongly, wording changes faintly.
            let split = |pick: fn(&crate::analyze::diff::Change) -> (usize, usize)| {
                let (strong, faint): (Vec<_>, Vec<_>) =
                    r.changes.iter().partition(|c| c.weight.is_substance());
                (
                    strong.into_iter().map(pick).collect::<Vec<_>>(),
                    faint.into_iter().map(pick).collect::<Vec<_>>(),
                )
            };
            let l = r.left.as_ref().map(|s| {
                let (ch, fa) = split(|c| c.left);
                sent_view(brief, s, &ch, &fa, widths[0])
            });
            let rt = r.right.as_ref().map(|s| {
                let (ch, fa) = split(|c| c.right);
                sent_view(brief, s, &ch, &fa, widths[1])
            });
            [l, rt, None]
        })
        .collect();
    layout_of(views)
}

/// The layout of rows already wrapped: runs found, free-mode orders of the first two panes,
/// every run folded.
pub(crate) fn layout_of(views: Vec<[Option<SentView>; PANES]>) -> CompareLayout {
    let out: Vec<RowView> = views
        .into_iter()
        .map(|sides| RowView {
            sides,
            top: 0,
            height: 1,
            run: None,
            fold: Fold::Open,
        })
        .collect();
    let free = [0, 1].map(|i| {
        let mut order: Vec<usize> = (0..out.len())
            .filter(|&r| out[r].sides[i].is_some())
            .collect();
        order.sort_by_key(|&r| out[r].sides[i].as_ref().map(|s| s.sentence));
        let mut tops = Vec::with_capacity(order.len());
        let mut t = 0;
        for &r in &order {
            tops.push(t);
            t += out[r].sides[i].as_ref().map_or(1, |s| s.lines.len()) + 1;
        }
        FreeSide {
            order,
            tops,
            total: t.saturating_sub(1),
        }
    });
    let mut l = CompareLayout {
        key: ([0, 0, usize::MAX], [0; PANES]),
        rows: out,
        total: 0,
        free,
        runs: Vec::new(),
        shown: Vec::new(),
    };
    l.find_runs();
    l.place(&Default::default());
    l
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::align::FeatureIndex;
    use crate::analyze::compare::compare;
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
    fn differing_words_survive_sanitising_and_rows_take_the_taller_side() {
        let b = brief(&[
            "The mayor praised the deal.\nThe harbour \u{1b}[31mdrone\u{1b}[0m was made in Iran, officials said on Friday.\nTrains ran late.\n",
            "A storm closed the airport.\nThe harbour drone was made in Iraq, officials said on Friday in a long statement.\nFerries were cancelled.\n",
        ]);
        let rows = compare(&b, &FeatureIndex::new(&b), 0, 1);
        let l = build_layout(&b, &rows, [12, 12]);
        let pair = l
            .rows
            .iter()
            .find(|r| r.sides[..2].iter().all(Option::is_some))
            .expect("a matched pair");
        let [Some(left), Some(right), None] = &pair.sides else {
            unreachable!()
        };
        assert!(!left.text.contains('\u{1b}'));
        let words = |s: &SentView| -> Vec<String> {
            s.diffs
                .iter()
                .map(|&(a, z)| s.text[a..z].to_string())
                .collect()
        };
        assert!(
            words(left).iter().any(|w| w.starts_with("Iran")),
            "{:?}",
            words(left)
        );
        assert!(words(right).iter().any(|w| w.starts_with("Iraq")));
        assert_eq!(pair.height, left.lines.len().max(right.lines.len()));
        for s in [left, right] {
            for &(a, z) in &s.lines {
                assert!(unicode_width::UnicodeWidthStr::width(&s.text[a..z]) <= 12);
            }
        }
        assert_eq!(
            l.free[0].order.len(),
            l.rows.iter().filter(|r| r.sides[0].is_some()).count()
        );
    }
}
