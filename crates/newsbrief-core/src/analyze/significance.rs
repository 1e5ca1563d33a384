//! Which word changes between two tellings matter: the lexical weight of [`Change`] refined
//! with what the brief knows (entities and their kinds, merged aliases, quote spans), so a
//! different place or party is substance and another name for the same entity is not.

use std::collections::HashMap;

use super::diff::{Change, Weight};
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
        let pos: HashMap<&str, usize> = brief
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
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
    let (ta, tb) = (&brief.articles[a].text, &brief.articles[b].text);
    let both = !c.left_words.is_empty() && !c.right_words.is_empty();
    let ea = m.within(a, c.left.0, c.left.1);
    let eb = m.within(b, c.right.0, c.right.1);
    let anonymous = |text: &str, r: (usize, usize)| {
        tokens(text, r.0, r.1)
            .iter()
            .any(|t| ANONYMOUS_HEADS.contains(&t.as_str(text).to_lowercase().as_str()))
    };
    let named = |es: &[usize]| {
        es.iter()
            .any(|&x| matches!(m.kinds[x], EntityKind::Person | EntityKind::Organization))
    };
    if both && ((named(&ea) && anonymous(tb, c.right)) || (named(&eb) && anonymous(ta, c.left))) {
        return Weight::Attribution;
    }
    if both && in_quote(brief, a, c.left) && in_quote(brief, b, c.right) {
        return Weight::Quote;
    }
    match c.weight {
        Weight::Entity => {
            // Another name for the same entity (an alias merged across the brief) is wording.
            if ea.is_empty() || eb.is_empty() || ea.iter().any(|x| eb.contains(x)) {
                return if ea.is_empty() && eb.is_empty() {
                    Weight::Entity
                } else {
                    Weight::Wording
                };
            }
            let place = |es: &[usize]| es.iter().any(|&x| m.kinds[x] == EntityKind::Place);
            if place(&ea) && place(&eb) {
                Weight::Place
            } else {
                Weight::Entity
            }
        }
        w => w,
    }
}

/// Weighs every change of a compared pair in place.
pub fn weigh_all(brief: &Brief, m: &Mentions, a: usize, b: usize, changes: &mut [Change]) {
    for c in changes {
        c.weight = weigh(brief, m, a, b, c);
    }
}
