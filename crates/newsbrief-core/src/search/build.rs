//! Building the search index: the items of a brief in reading order, their texts prepared
//! once, the word index, and the groups of items that share a speaker or attribution.

use std::collections::HashMap;
use std::sync::Arc;

use fuzzy_matcher::skim::SkimMatcherV2;
use roaring::RoaringBitmap;
use rustc_hash::FxHashMap;

use super::index::{Item, SearchIndex};
use super::prepare::{FieldStore, fold_lower};
use super::query::ItemKind;
use super::words::WordIndex;
use crate::brief::Brief;
use crate::intern::Interner;

/// What items share besides their text: who said or claimed it (a quote's speaker and its
/// entity's names, a claim's attribution), or an entity's aliases. Thousands of quotes share a
/// speaker, so a search scores each group once, not each item.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Group {
    /// Fields searched after the item's text (a range of [`SearchIndex::pool`]).
    pub(super) fields: (u32, u32),
    /// Lowercased names an `@name` filter looks in (numbers in [`SearchIndex::names`]).
    pub(super) names: (u32, u32),
}

/// What makes a group, while building.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum GroupKey<'a> {
    Quote(Option<&'a str>, Option<usize>),
    Claim(Option<&'a str>),
    Entity(usize),
}

fn lower(s: &str) -> String {
    s.chars().map(fold_lower).collect()
}

pub(super) fn kind_slot(kind: ItemKind) -> usize {
    match kind {
        ItemKind::Quote => 0,
        ItemKind::Claim => 1,
        ItemKind::Entity => 2,
    }
}

/// `v` without spare room: it was collected in place of a larger vector.
fn shrunk<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}

/// Appends `v` to `pool`, returning its range.
fn range_of(pool: &mut Vec<u32>, v: impl IntoIterator<Item = u32>) -> (u32, u32) {
    let a = pool.len() as u32;
    pool.extend(v);
    (a, pool.len() as u32)
}

impl SearchIndex {
    /// Shares the brief rather than copying what it shows: on a brief of thousands of articles
    /// the copies would weigh as much as the brief's own text.
    pub fn new(brief: impl Into<Arc<Brief>>) -> SearchIndex {
        let shared: Arc<Brief> = brief.into();
        let brief: &Brief = &shared;
        let art_index = brief.article_positions();
        let ent_index: HashMap<&str, usize> = brief
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut pool = Vec::new();
        let mut entity_articles = Vec::with_capacity(brief.entities.len());
        let n: usize = brief
            .articles
            .iter()
            .map(|a| a.quotes.len() + a.claims.len())
            .sum::<usize>()
            + brief.entities.len();
        let mut items: Vec<(Item, GroupKey<'_>)> = Vec::with_capacity(n);
        for (ai, a) in brief.articles.iter().enumerate() {
            for (qi, q) in a.quotes.iter().enumerate() {
                let entity = q.speaker_entity.as_deref().and_then(|id| ent_index.get(id));
                let item = Item {
                    kind: ItemKind::Quote,
                    article: Some(ai),
                    index: qi,
                    start: q.start,
                    end: q.end,
                };
                items.push((item, GroupKey::Quote(q.speaker.as_deref(), entity.copied())));
            }
            for (ci, c) in a.claims.iter().enumerate() {
                let item = Item {
                    kind: ItemKind::Claim,
                    article: Some(ai),
                    index: ci,
                    start: c.start,
                    end: c.end,
                };
                items.push((item, GroupKey::Claim(c.attribution.as_deref())));
            }
        }
        for (ei, e) in brief.entities.iter().enumerate() {
            let mut mentions: Vec<(usize, usize, usize)> = e
                .mentions
                .iter()
                .filter_map(|m| Some((*art_index.get(m.article.as_str())?, m.start, m.end)))
                .collect();
            mentions.sort_unstable();
            let mut articles: Vec<u32> = mentions.iter().map(|m| m.0 as u32).collect();
            articles.dedup();
            entity_articles.push(range_of(&mut pool, articles));
            let first = mentions.first().copied();
            let item = Item {
                kind: ItemKind::Entity,
                article: first.map(|m| m.0),
                index: ei,
                start: first.map_or(0, |m| m.1),
                end: first.map_or(0, |m| m.2),
            };
            items.push((item, GroupKey::Entity(ei)));
        }
        // Keys are unique, so the unstable sort is the stable one.
        items.sort_unstable_by_key(|(it, _)| {
            (
                it.article.unwrap_or(usize::MAX),
                it.start,
                it.kind,
                it.index,
            )
        });
        let mut store = FieldStore::for_brief(shared.clone());
        let mut words = WordIndex::default();
        let mut kinds: [RoaringBitmap; 3] = Default::default();
        let mut group_ids: FxHashMap<GroupKey<'_>, u32> = FxHashMap::default();
        let mut group_keys = Vec::new();
        let mut group_items: Vec<RoaringBitmap> = Vec::new();
        let mut group_of = Vec::with_capacity(items.len());
        for (i, (it, key)) in items.iter().enumerate() {
            let i = i as u32;
            let (text, at) = match it.kind {
                ItemKind::Entity => (brief.entities[it.index].name.as_str(), None),
                _ => {
                    let a = it.article.map_or(0, |a| a);
                    let text = brief
                        .articles
                        .get(a)
                        .map_or("", |x| x.slice(it.start, it.end));
                    (text, Some((a, it.start)))
                }
            };
            let f = store.push_at(text, at);
            debug_assert_eq!(f, i as usize);
            words.add(i, store.lower(f).s, store.regular(f));
            let _ = kinds[kind_slot(it.kind)].try_push(i);
            let g = *group_ids.entry(*key).or_insert_with(|| {
                group_keys.push(*key);
                group_items.push(RoaringBitmap::new());
                (group_keys.len() - 1) as u32
            });
            let _ = group_items[g as usize].try_push(i);
            group_of.push(g);
        }
        words.finish(items.len() as u32);
        let mut all_names = Interner::default();
        let groups = group_keys
            .iter()
            .map(|key| {
                let mut fields: Vec<&str> = Vec::new();
                let mut names: Vec<String> = Vec::new();
                match *key {
                    GroupKey::Quote(speaker, entity) => {
                        if let Some(s) = speaker {
                            fields.push(s);
                            names.push(lower(s));
                        }
                        if let Some(e) = entity.map(|i| &brief.entities[i]) {
                            if speaker != Some(e.name.as_str()) {
                                fields.push(&e.name);
                            }
                            names.push(lower(&e.name));
                            names.extend(e.aliases.iter().map(|s| lower(s)));
                        }
                    }
                    GroupKey::Claim(attribution) => {
                        if let Some(s) = attribution {
                            fields.push(s);
                            names.push(lower(s));
                        }
                    }
                    GroupKey::Entity(ei) => {
                        let e = &brief.entities[ei];
                        fields.extend(e.aliases.iter().map(String::as_str));
                        names.push(lower(&e.name));
                        names.extend(e.aliases.iter().map(|s| lower(s)));
                    }
                }
                let fields: Vec<u32> = fields
                    .into_iter()
                    .map(|f| store.push_shared(f) as u32)
                    .collect();
                let names: Vec<u32> = names.iter().map(|s| all_names.id(s)).collect();
                Group {
                    fields: range_of(&mut pool, fields),
                    names: range_of(&mut pool, names),
                }
            })
            .collect();
        store.finish();
        for g in &mut group_items {
            g.optimize();
        }
        for k in &mut kinds {
            k.optimize();
        }
        pool.shrink_to_fit();
        let article_keys = brief
            .articles
            .iter()
            .map(|a| (lower(&a.id), lower(&a.outlet)))
            .collect();
        SearchIndex {
            brief: shared.clone(),
            items: shrunk(items.into_iter().map(|(it, _)| it).collect()),
            store,
            words,
            group_of,
            groups,
            group_items,
            kinds,
            article_keys,
            names: all_names.into_strings(),
            pool,
            entity_articles,
            skim: SkimMatcherV2::default().respect_case(),
        }
    }
}
