//! Word-level differences between two renderings of the same statement, so one changed word in
//! a near-identical sentence stands out.

use serde::{Deserialize, Serialize};

use super::words::{Token, tokens};

/// Whether a change alters what is told, and how, so a view can mark substance strongly and a
/// paraphrase's wording faintly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weight {
    /// Different words for the same thing, or words only one side has.
    Wording,
    /// A different name (person, organisation or unknown kind).
    Entity,
    /// A different place.
    Place,
    /// A different number.
    Number,
    /// A different date or day.
    Date,
    /// "not", "never", "no" on one side only.
    Negation,
    /// Different words inside a quote.
    Quote,
    /// Someone else (or nobody named) said it.
    Attribution,
}

impl Weight {
    pub fn is_substance(self) -> bool {
        self != Weight::Wording
    }
}

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
    /// What the change alters, judged from the words alone ([`super::significance`] refines it
    /// with the brief's entities and quotes).
    pub weight: Weight,
}

/// The key a word is compared under: case, apostrophe and quote style and the periods of an
/// abbreviation do not count ("F.B.I." = "FBI", "U.S." = "US", "’" = "'").
pub fn word_key(w: &str) -> String {
    w.chars()
        .filter(|c| *c != '.')
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Word diff of `left[ls..le]` and `right[rs..re]`, returned as the changed runs in order. The
/// diff is the `similar` crate's Myers diff on word keys, so long texts cost O((n+m)·d) and are
/// never cut.
pub fn word_diff(left: &str, l: (usize, usize), right: &str, r: (usize, usize)) -> Vec<Change> {
    let lt: Vec<Token> = tokens(left, l.0, l.1);
    let rt: Vec<Token> = tokens(right, r.0, r.1);
    let ln: Vec<String> = lt.iter().map(|t| word_key(t.as_str(left))).collect();
    let rn: Vec<String> = rt.iter().map(|t| word_key(t.as_str(right))).collect();
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &ln, &rn);
    // Runs of non-equal ops between equal ones: left and right token ranges, and how many
    // equal words come just before.
    type Run = ((usize, usize), (usize, usize), usize);
    let mut runs: Vec<Run> = Vec::new();
    let mut open: Option<Run> = None;
    let mut equal_len = 0;
    for op in &ops {
        let (_, o, n) = op.as_tag_tuple();
        if let similar::DiffOp::Equal { len, .. } = op {
            runs.extend(open.take());
            equal_len = *len;
            continue;
        }
        let run = open.get_or_insert(((o.start, o.start), (n.start, n.start), equal_len));
        run.0.1 = o.end;
        run.1.1 = n.end;
    }
    runs.extend(open);
    let span = |ts: &[Token], a: usize, b: usize, end: usize| {
        if a < b {
            (ts[a].start, ts[b - 1].end)
        } else {
            let at = ts.get(a).map_or(end, |t| t.start);
            (at, at)
        }
    };
    runs.into_iter()
        .map(|((li, lj), (ri, rj), equal_before)| {
            let left_words: Vec<String> = lt[li..lj]
                .iter()
                .map(|t| t.as_str(left).to_string())
                .collect();
            let right_words: Vec<String> = rt[ri..rj]
                .iter()
                .map(|t| t.as_str(right).to_string())
                .collect();
            let back = equal_before.min(3);
            let before: Vec<String> = ln[li - back..li].to_vec();
            let after: Vec<String> = (0..3)
                .map_while(|k| {
                    (lj + k < ln.len() && rj + k < rn.len() && ln[lj + k] == rn[rj + k])
                        .then(|| ln[lj + k].clone())
                })
                .collect();
            let weight = lexical_weight(&left_words, &right_words);
            Change {
                left: span(&lt, li, lj, l.1),
                right: span(&rt, ri, rj, r.1),
                left_words,
                right_words,
                before,
                after,
                weight,
            }
        })
        .collect()
}

const NEGATIONS: [&str; 8] = [
    "not", "no", "never", "nor", "none", "nothing", "without", "neither",
];
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// "not", "never", "don't": a word that negates what it governs.
pub fn is_negation(w: &str) -> bool {
    let k = word_key(w);
    NEGATIONS.contains(&k.as_str()) || k.ends_with("n't")
}

/// A date word: a month, a weekday or a year.
pub fn is_date_word(w: &str) -> bool {
    let k = word_key(w);
    super::meta::MONTHS.contains(&k.as_str())
        || WEEKDAYS.contains(&k.as_str())
        || (k.len() == 4
            && (k.starts_with("19") || k.starts_with("20"))
            && k.parse::<u32>().is_ok())
}

/// The weight of a change from its words: a substitution of a value for another value of the
/// same kind (number, date, capitalised name) is substance, as is a negation on one side only;
/// everything else, added or dropped words included, is wording.
pub fn lexical_weight(left: &[String], right: &[String]) -> Weight {
    // A negation only counts when it is all that differs ("will attend" / "will not
    // attend"), not when a sentence is rephrased around one ("decided against" / "not to").
    let rest = |ws: &[String]| {
        ws.iter()
            .filter(|w| !is_negation(w))
            .map(|w| word_key(w))
            .collect::<Vec<_>>()
    };
    let neg = |ws: &[String]| ws.iter().filter(|w| is_negation(w)).count();
    if neg(left) != neg(right) && rest(left) == rest(right) {
        return Weight::Negation;
    }
    if left.is_empty() || right.is_empty() {
        return Weight::Wording;
    }
    let has = |ws: &[String], f: &dyn Fn(&str) -> bool| ws.iter().any(|w| f(w));
    if has(left, &is_date_word) && has(right, &is_date_word) {
        return Weight::Date;
    }
    let num = |w: &str| super::align::number_value(w).is_some();
    if has(left, &num) && has(right, &num) {
        return Weight::Number;
    }
    let name = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !is_date_word(w);
    if has(left, &name) && has(right, &name) {
        return Weight::Entity;
    }
    Weight::Wording
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
    fn house_style_is_no_difference() {
        assert!(
            diff(
                "The F.B.I. and the U.S. said “no.”",
                "the FBI and the US said \"no\""
            )
            .is_empty()
        );
        assert!(diff("the council’s vote", "the council's vote").is_empty());
    }

    #[test]
    fn substance_is_told_from_wording() {
        let d = diff(
            "Police arrested at least 40 people in Porto on Monday.",
            "Police detained at least 400 people in Lisbon on Tuesday.",
        );
        let weights: Vec<Weight> = d.iter().map(|c| c.weight).collect();
        assert_eq!(
            weights,
            [
                Weight::Wording,
                Weight::Number,
                Weight::Entity,
                Weight::Date
            ]
        );
        let n = diff("The mayor will attend.", "The mayor will not attend.");
        assert_eq!(n[0].weight, Weight::Negation);
        let added = diff("The mayor spoke.", "The mayor of Porto spoke.");
        assert_eq!(added[0].weight, Weight::Wording);
    }

    #[test]
    fn long_texts_are_diffed_whole() {
        let a: String = (0..3000).map(|i| format!("w{i} ")).collect();
        let b = a.replace("w2999 ", "changed ");
        let d = diff(&a, &b);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].left_words, ["w2999"]);
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
