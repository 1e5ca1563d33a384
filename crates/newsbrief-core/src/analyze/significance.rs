//! Which word changes between two tellings matter: the lexical weight of [`Change`] refined
//! with what the brief knows (entities and their kinds, merged aliases, quote spans), so a
//! different place or party is substance and another name for the same entity is not.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::align::number_value;
use super::diff::{Change, Weight, is_date_word};
use super::words::tokens;
use crate::brief::{Brief, EntityKind};

/// The entity mentions of each article by position, to ask which entity a span names.
pub struct Mentions {
    /// Per article index: `(start, end, entity index)`, sorted.
    pub by_article: Vec<Vec<(usize, usize, usize)>>,
    pub kinds: Vec<EntityKind>,
}

impl Mentions {
    pub fn new(brief: &Brief) -> Self {
        let pos = brief.article_positions();
        let mut by_article = vec![Vec::new(); brief.articles.len()];
        for (ei, e) in brief.entities.iter().enumerate() {
            for m in &e.mentions {
                if let Some(&a) = pos.get(m.article.as_str()) {
                    by_article[a].push((m.start, m.end, ei));
                }
            }
        }
        by_article.iter_mut().for_each(|v| v.sort_unstable());
        Mentions {
            by_article,
            kinds: brief.entities.iter().map(|e| e.kind).collect(),
        }
    }

    /// The entity whose mention contains `[s, e)`.
    pub fn at(&self, article: usize, s: usize, e: usize) -> Option<usize> {
        let v = &self.by_article[article];
        let i = v.partition_point(|m| m.0 <= s);
        v[..i]
            .iter()
            .rev()
            .take(4)
            .find(|m| m.0 <= s && e <= m.1)
            .map(|m| m.2)
    }

    /// Entities mentioned (even in part) inside `[s, e)`.
    pub fn within(&self, article: usize, s: usize, e: usize) -> Vec<usize> {
        let v = &self.by_article[article];
        let i = v.partition_point(|m| m.1 <= s);
        v[i..]
            .iter()
            .take_while(|m| m.0 < e)
            .filter(|m| m.1 > s)
            .map(|m| m.2)
            .collect()
    }

    pub fn any_of_kind(&self, article: usize, s: usize, e: usize, kind: EntityKind) -> bool {
        self.within(article, s, e)
            .iter()
            .any(|&x| self.kinds[x] == kind)
    }
}

const ANONYMOUS_HEADS: [&str; 6] = [
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
];

fn in_quote(brief: &Brief, article: usize, (s, e): (usize, usize)) -> bool {
    brief.articles[article]
        .quotes
        .iter()
        .any(|q| q.start <= s && e <= q.end)
}

/// The weight of `c`, a change between article `a` (left) and article `b` (right).
pub fn weigh(brief: &Brief, m: &Mentions, a: usize, b: usize, c: &Change) -> Weight {
    if c.weight == Weight::Negation {
        return Weight::Negation;
    }
    if c.left_words.is_empty() || c.right_words.is_empty() {
        return Weight::Wording;
    }
    let value = match (
        value_at(brief, m, a, c.left),
        value_at(brief, m, b, c.right),
    ) {
        (Some(Value::Entity(x, kx)), Some(Value::Entity(y, ky))) if x != y && kx == ky => {
            if kx != EntityKind::Place {
                Weight::Entity
            } else if is_country(&brief.entities[x].name) == is_country(&brief.entities[y].name) {
                Weight::Place
            } else {
                // A country against a city ("in Iraq" / "in Baghdad") is detail, not a conflict.
                Weight::Wording
            }
        }
        (Some(Value::Number(x)), Some(Value::Number(y))) if x != y => Weight::Number,
        (Some(Value::Date(x)), Some(Value::Date(y))) if x != y => Weight::Date,
        _ => Weight::Wording,
    };
    if value != Weight::Wording {
        return value;
    }
    if in_quote(brief, a, c.left) && in_quote(brief, b, c.right) {
        return Weight::Quote;
    }
    let (ta, tb) = (&brief.articles[a].text, &brief.articles[b].text);
    let anonymous = |text: &str, r: (usize, usize)| {
        tokens(text, r.0, r.1)
            .iter()
            .any(|t| ANONYMOUS_HEADS.contains(&t.as_str(text).to_lowercase().as_str()))
    };
    let named = |art: usize, r: (usize, usize)| {
        m.within(art, r.0, r.1)
            .iter()
            .any(|&x| matches!(m.kinds[x], EntityKind::Person | EntityKind::Organization))
    };
    // Who said it, when that is all the change is about: a name against "an official".
    let short = c.left_words.len() <= 6 && c.right_words.len() <= 6;
    let (na, nb) = (named(a, c.left), named(b, c.right));
    let (ua, ub) = (anonymous(ta, c.left), anonymous(tb, c.right));
    if short && ((na && !ua && ub && !nb) || (nb && !ub && ua && !na)) {
        return Weight::Attribution;
    }
    Weight::Wording
}

/// Countries: the nations the gazetteer gives a demonym for.
fn is_country(name: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../data/gazetteer.json")).unwrap_or_default();
        v["demonyms"]
            .as_object()
            .map(|o| {
                o.values()
                    .filter_map(|c| c.as_str())
                    .map(str::to_lowercase)
                    .collect()
            })
            .unwrap_or_default()
    })
    .contains(&name.to_lowercase())
}

/// What the first word of a changed run names: the value a substitution swaps.
#[derive(Debug, PartialEq, Eq)]
enum Value {
    Entity(usize, EntityKind),
    Number(String),
    Date(String),
}

fn value_at(brief: &Brief, m: &Mentions, article: usize, range: (usize, usize)) -> Option<Value> {
    let text = &brief.articles[article].text;
    let tok = tokens(text, range.0, range.1).into_iter().next()?;
    let w = tok.as_str(text);
    if is_date_word(w) {
        return Some(Value::Date(w.to_lowercase()));
    }
    if let Some(ei) = m.at(article, tok.start, tok.end) {
        return Some(Value::Entity(ei, m.kinds[ei]));
    }
    number_value(w).map(Value::Number)
}

/// Weighs every change of a compared pair in place.
pub fn weigh_all(brief: &Brief, m: &Mentions, a: usize, b: usize, changes: &mut [Change]) {
    for c in changes {
        c.weight = weigh(brief, m, a, b, c);
    }
}
