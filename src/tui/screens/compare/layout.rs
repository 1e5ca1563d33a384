//! The compared pair wrapped for the panes: each sentence sanitised once, its differing words
//! moved into sanitised offsets, and the line ranges per row (aligned) and per side (free).

use crate::analyze::compare::{Row, RowSide};
use crate::brief::Brief;
use crate::text::sanitize;
use crate::tui::doc::wrap_ranges;

/// One sentence as a pane draws it: sanitised, wrapped, with its differing words.
#[derive(Debug, Clone, PartialEq)]
pub struct SentView {
    /// Index into the article's sentences.
    pub sentence: usize,
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

/// A compared row: a matched pair, or a sentence only one side has.
#[derive(Debug, Clone, PartialEq)]
pub struct RowView {
    pub sides: [Option<SentView>; 2],
    /// First line of the row in aligned mode.
    pub top: usize,
    /// Lines the row takes in aligned mode: the taller of its two sentences.
    pub height: usize,
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
    /// Left, right, left width, right width: what the layout was built for.
    pub key: (usize, usize, usize, usize),
    pub rows: Vec<RowView>,
    /// Lines in aligned mode.
    pub total: usize,
    pub free: [FreeSide; 2],
}

impl CompareLayout {
    /// Row whose lines (in aligned mode) include `line`.
    pub fn row_at(&self, line: usize) -> Option<usize> {
        let i = self.rows.partition_point(|r| r.top + r.height <= line);
        (i < self.rows.len()).then_some(i)
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
        sentence: side.sentence,
        text: shown,
        diffs,
        faint,
        lines,
    }
}

/// Wraps the rows of a pair to the pane widths.
pub fn build_layout(brief: &Brief, rows: &[Row], widths: [usize; 2]) -> CompareLayout {
    let mut out = Vec::with_capacity(rows.len());
    let mut top = 0;
    for r in rows {
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
        let height = [&l, &rt]
            .iter()
            .map(|s| s.as_ref().map_or(1, |s| s.lines.len()))
            .max()
            .unwrap_or(1)
            .max(1);
        out.push(RowView {
            sides: [l, rt],
            top,
            height,
        });
        top += height + 1;
    }
    let total = top.saturating_sub(1);
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
    CompareLayout {
        key: (0, 0, widths[0], widths[1]),
        rows: out,
        total,
        free,
    }
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
            .find(|r| r.sides.iter().all(Option::is_some))
            .expect("a matched pair");
        let [Some(left), Some(right)] = &pair.sides else {
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
