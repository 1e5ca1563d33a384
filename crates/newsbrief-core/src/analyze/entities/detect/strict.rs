//! Blocks whose capitals do not mark names: a headline in title case, a line in capitals.
//! Their runs of capitals are kept only as far as the story's own names or the data name them.

use super::{Ctx, Shape, Tok};
use crate::analyze::entities::RawMention;
use crate::analyze::entities::classify::known_kind;
use crate::analyze::entities::tables::{Tables, surface_key};
use crate::brief::EntityKind;
use rustc_hash::FxHashMap as FastMap;

/// The story's names by key, and the surnames of its people named in full: what a strict
/// block may keep ("Lee Wins in Dover" over a story about Ann Lee).
pub(super) fn story_names(
    text: &str,
    story: &[RawMention],
    t: &Tables,
) -> FastMap<String, EntityKind> {
    let mut names: FastMap<String, EntityKind> = story
        .iter()
        .map(|m| (surface_key(&text[m.start..m.end], t), m.kind))
        .collect();
    for m in story.iter().filter(|m| m.kind == EntityKind::Person) {
        let surface = &text[m.start..m.end];
        if let Some((_, last)) = surface.rsplit_once(' ') {
            names
                .entry(surface_key(last, t))
                .or_insert(EntityKind::Person);
        }
    }
    names
}

/// The mentions of the strict blocks the story or the data know, whole or in part.
pub(super) fn keep_known(
    text: &str,
    deferred: Vec<Vec<RawMention>>,
    names: &FastMap<String, EntityKind>,
    t: &Tables,
    out: &mut Vec<RawMention>,
) {
    for m in deferred.into_iter().flatten() {
        let surface = &text[m.start..m.end];
        if names.contains_key(&surface_key(surface, t)) || known_kind(surface, t).is_some() {
            out.push(m);
        } else {
            // "Lee Addresses Flood in Dover": title case runs a name into the words around it.
            known_runs(text, &m, names, t, out);
        }
    }
}

/// The longest runs of whole words inside mention `m` that the story's other mentions or the
/// data name, each as a mention of its own kind.
fn known_runs(
    text: &str,
    m: &RawMention,
    body_kinds: &FastMap<String, EntityKind>,
    t: &Tables,
    out: &mut Vec<RawMention>,
) {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut at = m.start;
    for w in text[m.start..m.end].split(' ') {
        if !w.is_empty() {
            words.push((at, at + w.len()));
        }
        at += w.len() + 1;
    }
    let mut i = 0;
    while i < words.len() {
        let found = (i + 1..=words.len()).rev().find_map(|j| {
            let (start, end) = (words[i].0, words[j - 1].1);
            let surface = &text[start..end];
            let kind = body_kinds
                .get(&surface_key(surface, t))
                .copied()
                .or_else(|| known_kind(surface, t))?;
            Some((j, RawMention { start, end, kind }))
        });
        match found {
            Some((j, run)) => {
                out.push(run);
                i = j;
            }
            None => i += 1,
        }
    }
}

pub(super) fn looks_title_case(ctx: &Ctx<'_>, toks: &[Tok]) -> bool {
    let long: Vec<&Tok> = toks
        .iter()
        .filter(|k| ctx.word(k).chars().count() >= 4)
        .collect();
    let caps = long.iter().filter(|k| k.shape != Shape::Lower).count();
    long.len() >= 3 && caps * 10 >= long.len() * 7
}

pub(super) fn looks_all_caps(ctx: &Ctx<'_>, toks: &[Tok]) -> bool {
    let long: Vec<&Tok> = toks
        .iter()
        .filter(|k| ctx.word(k).chars().count() >= 3)
        .collect();
    let caps = long.iter().filter(|k| k.shape == Shape::Acronym).count();
    long.len() >= 3 && caps * 10 >= long.len() * 6
}
