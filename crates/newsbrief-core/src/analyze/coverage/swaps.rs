//! Whether a substitution the word diff found is one value told instead of another, or two
//! values the diff merely set side by side.
//!
//! Independent reports name several people, dates and numbers in one sentence, and the diff
//! lines up whatever sits between shared words: "from 2006 to 2012" against "from 2000 to 2006"
//! (two presidents' terms), "Paul and Cruz" against "Fiorina and Carson" (two lists), "the
//! election in June" against "his win in a special election in January" (two elections). A
//! value the other side tells too is no disagreement about it.

use std::collections::HashSet;

use crate::analyze::align::number_value;
use crate::analyze::diff::{Change, is_date_word, word_key};
use crate::analyze::discrepancies::DiscrepancyKind;
use crate::analyze::significance::Mentions;
use crate::analyze::words::tokens;
use crate::brief::Brief;

/// What a span names: entity ids and the keys of its numbers and dates.
#[derive(Default)]
struct Values {
    entities: HashSet<usize>,
    words: HashSet<String>,
}

impl Values {
    fn of(brief: &Brief, m: &Mentions, article: usize, (s, e): (usize, usize)) -> Self {
        let text = &brief.articles[article].text;
        let mut v = Values {
            entities: m.within(article, s, e).into_iter().collect(),
            words: HashSet::new(),
        };
        for t in tokens(text, s, e) {
            let w = t.as_str(text);
            if is_date_word(w) {
                v.words.insert(word_key(w));
            } else if let Some(n) = number_value(w) {
                v.words.insert(n);
            }
        }
        v
    }

    /// What the first word of `span` names: the value a substitution swaps (as the weighing
    /// reads it), not every name in a longer run of changed words.
    fn first(brief: &Brief, m: &Mentions, article: usize, span: (usize, usize)) -> Self {
        let text = &brief.articles[article].text;
        match tokens(text, span.0, span.1).first() {
            Some(t) => Values::of(brief, m, article, (t.start, t.end)),
            None => Values::default(),
        }
    }

    fn meets(&self, other: &Values) -> bool {
        !self.entities.is_disjoint(&other.entities) || !self.words.is_disjoint(&other.words)
    }
}

/// The grain of a date word: a year, a month or a weekday. "Elected in 1995" and "re-elected in
/// November" give dates of different grain, which cannot contradict each other.
fn grain(w: &str) -> u8 {
    let k = word_key(w);
    if k.chars().all(|c| c.is_ascii_digit()) {
        0
    } else if crate::analyze::meta::MONTHS.contains(&k.as_str()) {
        1
    } else {
        2
    }
}

fn grains(words: &[String]) -> HashSet<u8> {
    words
        .iter()
        .filter(|w| is_date_word(w))
        .map(|w| grain(w))
        .collect()
}

/// A political party as the press abbreviates it ("GOP", "R-S.C.", "Dems"): the same party
/// under another name is house style, not another party.
fn party(w: &str) -> Option<char> {
    let k = word_key(w);
    let state_tag = |p: &str| {
        k.strip_prefix(p)
            .is_some_and(|s| (1..=4).contains(&s.len()) && s.chars().all(char::is_alphabetic))
    };
    match k.as_str() {
        "gop" | "republican" | "republicans" => Some('r'),
        "democrat" | "democrats" | "democratic" | "dems" => Some('d'),
        _ if state_tag("r-") => Some('r'),
        _ if state_tag("d-") => Some('d'),
        _ => None,
    }
}

/// Whether the change `c` of `kind` between sentence `left` and sentence `right` (as
/// `(article, sentence)`) swaps one value for another rather than setting apart two values both
/// sides tell.
pub fn is_swap(
    brief: &Brief,
    m: &Mentions,
    kind: DiscrepancyKind,
    left: (usize, usize),
    right: (usize, usize),
    c: &Change,
) -> bool {
    if !matches!(
        kind,
        DiscrepancyKind::Place
            | DiscrepancyKind::Party
            | DiscrepancyKind::Number
            | DiscrepancyKind::Date
    ) {
        return true;
    }
    let sentence = |(a, s): (usize, usize)| {
        let r = &brief.articles[a].sentences[s];
        (r.start, r.end)
    };
    let (lv, rv) = (
        Values::first(brief, m, left.0, c.left),
        Values::first(brief, m, right.0, c.right),
    );
    let (ls, rs) = (
        Values::of(brief, m, left.0, sentence(left)),
        Values::of(brief, m, right.0, sentence(right)),
    );
    // The value of each side is also named in the other sentence: the diff paired two values.
    if lv.meets(&rs) || rv.meets(&ls) {
        return false;
    }
    match kind {
        DiscrepancyKind::Party => {
            let (l, r) = (c.left_words.first(), c.right_words.first());
            !matches!((l.and_then(|w| party(w)), r.and_then(|w| party(w))), (Some(x), Some(y)) if x == y)
        }
        DiscrepancyKind::Date => {
            if grains(&c.left_words).is_disjoint(&grains(&c.right_words)) {
                return false;
            }
            // Each article tells both dates: two events, each dated, not one event dated twice.
            let whole = |a: usize| Values::of(brief, m, a, (0, brief.articles[a].text.len()));
            let (la, ra) = (whole(left.0), whole(right.0));
            let dates = |v: &Values| Values {
                entities: HashSet::new(),
                words: v.words.clone(),
            };
            !(dates(&lv).meets(&ra) && dates(&rv).meets(&la))
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::analyze::coverage::sentence_conflicts;
    use crate::analyze::discrepancies::DiscrepancyKind;
    use crate::analyze::pipeline::brief_of_outlets;
    use crate::analyze::significance::Mentions;

    /// The kinds of conflict between the first sentence of each of two made-up articles.
    fn kinds(a: &str, b: &str) -> Vec<DiscrepancyKind> {
        let brief = brief_of_outlets(&[a, b]);
        sentence_conflicts(&brief, &Mentions::new(&brief), (0, 0), (1, 0))
            .into_iter()
            .map(|c| c.kind)
            .collect()
    }

    #[test]
    fn one_value_told_instead_of_another_conflicts() {
        assert_eq!(
            kinds(
                "The harbour of Velmora reopened on Tuesday after the storm, the port authority said.\n",
                "The harbour of Velmora reopened on Thursday after the storm, the port authority said.\n",
            ),
            [DiscrepancyKind::Date]
        );
        assert_eq!(
            kinds(
                "The council named Arvid Solberg chairman of the harbour board on Monday.\n",
                "The council named Petra Lindqvist chairman of the harbour board on Monday.\n",
            ),
            [DiscrepancyKind::Party]
        );
    }

    #[test]
    fn two_terms_in_one_frame_are_no_date_conflict() {
        assert_eq!(
            kinds(
                "Tomas Brell, who was mayor of Velmora from 2006 to 2012, has also dismissed the plan.\n",
                "The former mayor, who led Velmora from 2000 to 2006, has also dismissed the plan.\n",
            ),
            []
        );
    }

    #[test]
    fn a_date_the_other_sentence_also_gives_is_no_conflict() {
        assert_eq!(
            kinds(
                "Governor Ilse Varga picked an aide to hold the seat until a special election in June.\n",
                "The June vote follows his win in a special election in January to hold the seat.\n",
            ),
            []
        );
    }

    #[test]
    fn a_year_and_a_month_do_not_contradict() {
        assert_eq!(
            kinds(
                "Tomas Brell was first elected to the council in 1995 and resigned last year.\n",
                "Tomas Brell was first elected to the council in November and resigned last year.\n",
            ),
            []
        );
    }

    #[test]
    fn events_of_two_months_told_by_both_are_not_one_event_dated_twice() {
        let a = "A similar drone attack in May on the Korvat air base worried the commanders.\n\
                 In April, a drone strike targeted a hangar at the Velmora airport.\n";
        let b = "In a similar drone attack in April on the Korvat air base a hangar was damaged.\n\
                 Fighters staged a drone attack on the Stensby airfield in May.\n";
        assert_eq!(kinds(a, b), []);
        // One outlet alone dates it otherwise: the date stands as a conflict.
        let b = "In a similar drone attack in April on the Korvat air base a hangar was damaged.\n\
                 Fighters staged a drone attack on the Stensby airfield.\n";
        assert_eq!(kinds(a, b), [DiscrepancyKind::Date]);
    }

    #[test]
    fn a_name_the_other_sentence_also_names_is_no_party_conflict() {
        // Two lists of candidates in another order: every name is in both sentences or in one
        // only, none told instead of another.
        assert_eq!(
            kinds(
                "Kessler trails Arvid Oduya and Tomas Brell and Mara Quint in the polls.\n",
                "Kessler follows Ilse Varga and Tomas Brell and Oduya in the polls.\n",
            ),
            []
        );
    }

    #[test]
    fn a_party_under_another_name_is_the_same_party() {
        assert_eq!(
            kinds(
                "All 42 members of the GOP caucus signed the letter to Senator Petra Lindqvist.\n",
                "All 42 members of the Republican caucus signed the letter to Senator Petra Lindqvist.\n",
            ),
            []
        );
        assert_eq!(
            kinds(
                "Chairman Arvid Solberg, R-Vt., sent the letter on Tuesday to the lawyer.\n",
                "Chairman Arvid Solberg, Republican of Vermont, sent the letter on Tuesday to the lawyer.\n",
            ),
            []
        );
    }

    #[test]
    fn a_quoted_word_in_another_form_is_no_quote_conflict() {
        let quoted = |w: &str| {
            format!(
                "\"Your actions are incompatible with your {w} as chairman of the harbour board,\" Velmor Kastan wrote.\n"
            )
        };
        assert_eq!(kinds(&quoted("duty"), &quoted("duties")), []);
        assert_eq!(
            kinds(&quoted("duty"), &quoted("promise")),
            [DiscrepancyKind::QuoteWording]
        );
    }
}
