//! Word-level differences between two renderings of the same statement, so one changed word in
//! a near-identical sentence stands out.

use super::words::{Token, tokens};

/// A run of words on one side that the other side does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Byte range in the left text (empty when words were only added on the right).
    pub left: (usize, usize),
    /// Byte range in the right text.
    pub right: (usize, usize),
    /// Word tokens of the change on each side.
    pub left_words: Vec<String>,
    pub right_words: Vec<String>,
    /// Words shared just before the change (lowercased), for context such as "made in".
    pub before: Vec<String>,
    /// Words shared just after the change.
    pub after: Vec<String>,
}

/// Normalises a word for comparison: case and apostrophe style do not count as a difference.
fn norm(w: &str) -> String {
    w.to_lowercase().replace('’', "'")
}

/// Longest-common-subsequence word diff of `left[ls..le]` and `right[rs..re]`, returned as the
/// changed runs in order. Sentences are short, so the quadratic table is small; very long inputs
/// are capped to keep the cost bounded.
pub fn word_diff(left: &str, l: (usize, usize), right: &str, r: (usize, usize)) -> Vec<Change> {
    const CAP: usize = 400;
    let lt: Vec<Token> = tokens(left, l.0, l.1).into_iter().take(CAP).collect();
    let rt: Vec<Token> = tokens(right, r.0, r.1).into_iter().take(CAP).collect();
    let ln: Vec<String> = lt.iter().map(|t| norm(t.as_str(left))).collect();
    let rn: Vec<String> = rt.iter().map(|t| norm(t.as_str(right))).collect();
    let (n, m) = (ln.len(), rn.len());
    let mut table = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if ln[i] == rn[j] {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    // Walk the table: equal words advance both; otherwise collect a change run.
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut equal_before: Vec<String> = Vec::new();
    while i < n || j < m {
        if i < n && j < m && ln[i] == rn[j] {
            equal_before.push(ln[i].clone());
            i += 1;
            j += 1;
            continue;
        }
        let (si, sj) = (i, j);
        while (i < n || j < m) && !(i < n && j < m && ln[i] == rn[j]) {
            if j >= m || (i < n && table[at(i + 1, j)] >= table[at(i, j + 1)]) {
                i += 1;
            } else {
                j += 1;
            }
        }
        let span = |ts: &[Token], a: usize, b: usize, fallback: usize| {
            if a < b {
                (ts[a].start, ts[b - 1].end)
            } else {
                (fallback, fallback)
            }
        };
        let lpos = lt.get(si).map_or(l.1, |t| t.start);
        let rpos = rt.get(sj).map_or(r.1, |t| t.start);
        let after: Vec<String> = (0..3)
            .map_while(|k| {
                (i + k < n && j + k < m && ln[i + k] == rn[j + k]).then(|| ln[i + k].clone())
            })
            .collect();
        out.push(Change {
            left: span(&lt, si, i, lpos),
            right: span(&rt, sj, j, rpos),
            left_words: lt[si..i]
                .iter()
                .map(|t| t.as_str(left).to_string())
                .collect(),
            right_words: rt[sj..j]
                .iter()
                .map(|t| t.as_str(right).to_string())
                .collect(),
            before: equal_before.iter().rev().take(3).rev().cloned().collect(),
            after,
        });
        equal_before.clear();
    }
    out
}

/// Share of words the two sides have in common (2·LCS / total), in `[0, 1]`.
pub fn word_overlap(left: &str, l: (usize, usize), right: &str, r: (usize, usize)) -> f64 {
    let nl = tokens(left, l.0, l.1).len();
    let nr = tokens(right, r.0, r.1).len();
    if nl + nr == 0 {
        return 1.0;
    }
    let changed: usize = word_diff(left, l, right, r)
        .iter()
        .map(|c| c.left_words.len() + c.right_words.len())
        .sum();
    1.0 - changed as f64 / (nl + nr) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(a: &str, b: &str) -> Vec<Change> {
        word_diff(a, (0, a.len()), b, (0, b.len()))
    }

    #[test]
    fn one_changed_word_stands_out() {
        let a = "Analysis suggested it was made in Iran, an official said.";
        let b = "Analysis suggested it had been made in Iraq.";
        let d = diff(a, b);
        let swap = d
            .iter()
            .find(|c| c.left_words.first().is_some_and(|w| w == "Iran"))
            .expect("Iran changed");
        assert_eq!(swap.right_words, ["Iraq"]);
        assert_eq!(swap.before, ["made", "in"]);
        assert_eq!(&a[swap.left.0..swap.left.1], "Iran, an official said");
        assert_eq!(&b[swap.right.0..swap.right.1], "Iraq");
        let tense = d.iter().find(|c| c.left_words == ["was"]).unwrap();
        assert_eq!(tense.right_words, ["had", "been"]);
    }

    #[test]
    fn identical_text_has_no_changes_and_case_is_ignored() {
        assert!(diff("The Port reopened.", "the port reopened").is_empty());
        assert_eq!(word_overlap("a b c d", (0, 7), "a b c d", (0, 7)), 1.0);
    }

    #[test]
    fn cut_short_shows_as_a_deletion_at_the_end() {
        let a = "We are ready to talk, and we will talk tomorrow.";
        let b = "We are ready to talk";
        let d = diff(a, b);
        assert_eq!(d.len(), 1);
        assert!(d[0].right_words.is_empty());
        assert_eq!(&a[d[0].left.0..d[0].left.1], "and we will talk tomorrow");
    }
}
