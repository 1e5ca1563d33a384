//! Uniting the mentions of all articles into entities: same name under folding, spelling
//! variants and name groups from the data, acronym and expansion, surname alone.
//!
//! Mentions are grouped by a normalised key (hash lookups, no comparison of every pair), and
//! groups are joined with a union-find.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::ArticleMentions;
use super::classify::known_kind;
use super::tables::{Tables, is_acronym, name_key, strip_base, surface_key, tables};
use crate::analyze::quotes::gender::{self, Gender};
use crate::analyze::union_find::UnionFind as Uf;
use crate::brief::{Entity, EntityKind, Mention};
use rustc_hash::FxHashMap as FastMap;

struct Found<'a> {
    art: usize,
    start: usize,
    end: usize,
    kind: EntityKind,
    /// The mention's text with its spaces made single: borrowed from the article unless that
    /// changes it, as it seldom does (a copy a mention is a long article's largest cost here).
    surface: Cow<'a, str>,
    node: usize,
}

/// `raw` with its runs of white space made one space and none at either end.
fn single_spaced(raw: &str) -> Cow<'_, str> {
    let plain = raw.trim() == raw
        && !raw.contains("  ")
        && !raw.contains(|c: char| c.is_whitespace() && c != ' ');
    if plain {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// The key a surface form is grouped under: a name group from the data, an acronym's
/// expansion, or the folded name without a facility word.
fn group_key(surface: &str, t: &Tables) -> String {
    let key = surface_key(surface, t);
    if let Some(g) = t.name_groups.get(&key) {
        return format!("#{g}");
    }
    if let Some((exp, _)) = t.acronyms.get(surface) {
        let k = name_key(exp, t);
        return match t.name_groups.get(&k) {
            Some(g) => format!("#{g}"),
            None => k,
        };
    }
    let stripped = strip_base(&key, t);
    match t.name_groups.get(&stripped) {
        Some(g) => format!("#{g}"),
        None => stripped,
    }
}

/// Whether `acr` spells the initials of `long` ("IRGC" and "Islamic Revolutionary Guard Corps"),
/// in order or, for a name translated from another language, in another order.
fn initials_match(long: &str, acr: &str) -> bool {
    let letters: String = acr.chars().filter(|c| c.is_alphabetic()).collect();
    let words: Vec<&str> = long
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let caps: String = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    let all: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    // Same initials in another order: the acronym of the name in its own language
    // ("Brazilian Democratic Movement (MDB)").
    let sorted = |s: &str| {
        let mut v: Vec<char> = s.chars().collect();
        v.sort_unstable();
        v
    };
    letters.len() >= 2 && (letters == caps || letters == all || sorted(&letters) == sorted(&caps))
}

fn kind_rank(k: EntityKind) -> u8 {
    match k {
        EntityKind::Organization => 3,
        EntityKind::Place => 2,
        EntityKind::Person => 1,
        EntityKind::Other => 0,
    }
}

/// Unites mentions across all articles into entities, ids `e1`, `e2`, ... in order of first
/// appearance (articles in the order given, then text order).
pub fn merge(articles: &[ArticleMentions<'_>]) -> Vec<Entity> {
    let t = tables();
    let mut nodes: FastMap<String, usize> = FastMap::default();
    let mut keys: Vec<String> = Vec::new();
    // A one-word name is a node per article and honorific ("Mr. Clinton" in one story, plain
    // "Clinton" in it or another), so a surname alone can join the person its own story names.
    // Each such node's article, honorific and node of the name in every article.
    let mut lone: FastMap<(usize, usize, Option<Gender>), usize> = FastMap::default();
    let mut lone_at: Vec<Option<(usize, Option<Gender>, usize)>> = Vec::new();
    // Each node's plain name key, for a surname that a name group renamed ("Mohamed").
    let mut plain: Vec<String> = Vec::new();
    let mut found: Vec<Found> = Vec::with_capacity(
        articles
            .iter()
            .map(|a| a.mentions.len() + a.asides.len())
            .sum(),
    );
    for (ai, a) in articles.iter().enumerate() {
        let mut ms: Vec<_> = a.mentions.iter().chain(a.asides).collect();
        ms.sort_by_key(|m| (m.start, m.end));
        for m in ms {
            let Some(raw) = a.text.get(m.start..m.end) else {
                continue;
            };
            let surface = single_spaced(raw);
            if surface.is_empty() {
                continue;
            }
            let key = group_key(&surface, t);
            let node = match nodes.get(&key) {
                Some(&node) => node,
                None => {
                    let node = keys.len();
                    nodes.insert(key.clone(), node);
                    keys.push(key);
                    plain.push(name_key(&surface, t));
                    lone_at.push(None);
                    node
                }
            };
            // A name group's key has no space whatever its names ("Hashd al-Sha'abi"), so the
            // name itself is what must be one word.
            let one_word = !keys[node].contains(' ')
                && (!keys[node].starts_with('#') || !name_key(&surface, t).contains(' '));
            let node = if !one_word {
                node
            } else {
                let g = honorific_before(a.text, m.start);
                *lone.entry((node, ai, g)).or_insert_with(|| {
                    keys.push(keys[node].clone());
                    plain.push(plain[node].clone());
                    lone_at.push(Some((ai, g, node)));
                    keys.len() - 1
                })
            };
            found.push(Found {
                art: ai,
                start: m.start,
                end: m.end,
                kind: m.kind,
                surface,
                node,
            });
        }
    }
    let mut uf = Uf::new(keys.len());

    // "Popular Mobilization Units (PMU)": an acronym in brackets right after its expansion.
    for w in found.windows(2) {
        let (x, y) = (&w[0], &w[1]);
        if x.art != y.art || !is_acronym(&y.surface) || is_acronym(&x.surface) {
            continue;
        }
        let text = articles[x.art].text;
        let between = text.get(x.end..y.start).unwrap_or("");
        let closes = text.get(y.end..).is_some_and(|r| r.starts_with(')'));
        if between.trim() == "(" && closes && initials_match(&x.surface, &y.surface) {
            uf.union(x.node, y.node);
        }
    }

    // "Iraqi Popular Mobilization Units" is "Popular Mobilization Units" when that is seen too.
    for (n, key) in keys.iter().enumerate() {
        let Some((first, rest)) = key.split_once(' ') else {
            continue;
        };
        let demonym = t.demonym_keys.contains(first);
        if demonym
            && rest.contains(' ')
            && let Some(&m) = nodes.get(rest).or_else(|| {
                t.name_groups
                    .get(rest)
                    .and_then(|g| nodes.get(&format!("#{g}")))
            })
        {
            uf.union(n, m);
        }
    }

    // "Bill Clinton" is "William Clinton": a short or familiar form of the given name.
    let mut by_formal: FastMap<String, usize> = FastMap::default();
    for (n, key) in plain.iter().enumerate() {
        let Some((first, rest)) = key.split_once(' ') else {
            continue;
        };
        let Some(formal) = t.given_variants.get(first) else {
            continue;
        };
        let formal_key = format!("{formal} {rest}");
        match by_formal.get(&formal_key) {
            Some(&m) => {
                uf.union(n, m);
            }
            None => {
                by_formal.insert(formal_key, n);
            }
        }
    }

    // Votes per group, to know which groups are people.
    let mut votes: HashMap<usize, [usize; 4]> = HashMap::new();
    for f in &found {
        let r = uf.find(f.node);
        votes.entry(r).or_default()[kind_rank(f.kind) as usize] += 1;
    }
    let is_person = |v: &[usize; 4]| v[1] > 0 && v[1] >= v[2] && v[1] >= v[3];

    // A surname alone joins the person whose full name ends with it, of the honorific's
    // gender: the one its own story names first, as a story names its subject before the
    // people around them ("Ahmed Mohamed ... his father Mohamed Hassan Mohamed ... Mohamed
    // said"); else the only such person in the brief. When several are named elsewhere and
    // none in its story ("Obama" beside other stories' Barack and Michelle Obama), it is left
    // a name of its own.
    let mut first_seen: FastMap<(usize, usize), usize> = FastMap::default();
    for (i, f) in found.iter().enumerate() {
        first_seen.entry((uf.find(f.node), f.art)).or_insert(i);
    }
    // The gender each group's given names tell (keys fold spellings, so the text is read).
    let mut given: FastMap<usize, [usize; 2]> = FastMap::default();
    for f in &found {
        let Some((first, _)) = f.surface.split_once(' ') else {
            continue;
        };
        let slot = match gender::of_word(first) {
            Some(Gender::Male) => 0,
            Some(Gender::Female) => 1,
            None => continue,
        };
        given.entry(uf.find(f.node)).or_default()[slot] += 1;
    }
    let gender_of = |r: usize| match given.get(&r) {
        Some([m, 0]) if *m > 0 => Some(Gender::Male),
        Some([0, f]) if *f > 0 => Some(Gender::Female),
        _ => None,
    };
    let mut by_surname: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    let mut single = Vec::new();
    for (n, key) in keys.iter().enumerate() {
        let key = if key.starts_with('#') { &plain[n] } else { key };
        let r = uf.find(n);
        let words: Vec<&str> = key.split(' ').collect();
        if let Some(at) = lone_at[n] {
            single.push((n, at));
        } else if words.len() >= 2
            && votes.get(&r).is_some_and(is_person)
            && let Some(last) = words.last()
        {
            by_surname.entry(last).or_default().insert(r);
        }
    }
    for (n, (art, want, every)) in single {
        let key = &plain[n];
        let known = t.places.contains(key) || t.known_orgs.contains(key);
        let joined = (!known)
            .then(|| by_surname.get(key.as_str()))
            .flatten()
            .and_then(|roots| {
                let fits: Vec<usize> = roots
                    .iter()
                    .copied()
                    .filter(|&r| want.is_none() || gender_of(r).is_none_or(|g| Some(g) == want))
                    .collect();
                let own = fits
                    .iter()
                    .filter_map(|&r| first_seen.get(&(r, art)).map(|&i| (i, r)))
                    .min()
                    .map(|(_, r)| r);
                own.or_else(|| (fits.len() == 1).then(|| fits[0]))
            });
        // Left alone, the name is one entity again with itself in other stories and with
        // other honorifics.
        uf.union(n, joined.unwrap_or(every));
    }

    // Collect groups in order of first appearance.
    let mut order: Vec<usize> = Vec::new();
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(f.node);
        let list = members.entry(r).or_default();
        if list.is_empty() {
            order.push(r);
        }
        list.push(i);
    }
    let mut entities = Vec::with_capacity(order.len());
    for r in order {
        let list = &members[&r];
        let name = canonical(list.iter().map(|&i| &found[i]), t);
        let kind = group_kind(list.iter().map(|&i| &found[i]), &name, t);
        let mut aliases: Vec<String> = list
            .iter()
            .map(|&i| &found[i].surface)
            .filter(|s| **s != name)
            .map(|s| s.to_string())
            .collect();
        aliases.sort();
        aliases.dedup();
        let mentions = list
            .iter()
            .map(|&i| Mention {
                article: articles[found[i].art].article.to_string(),
                start: found[i].start,
                end: found[i].end,
            })
            .collect();
        entities.push(Entity {
            id: format!("e{}", entities.len() + 1),
            name,
            kind,
            aliases,
            mentions,
        });
    }
    entities
}

/// The gender an honorific right before `at` tells ("Mr. Clinton", "Ms Roe").
fn honorific_before(text: &str, at: usize) -> Option<Gender> {
    let before = text.get(..at)?.trim_end_matches(' ');
    let word = before.rsplit(' ').next()?.trim_end_matches('.');
    if !matches!(word, "Mr" | "Mrs" | "Ms" | "Miss" | "Sir" | "Dame") {
        return None;
    }
    gender::of_word(word)
}

/// The fullest form: a spelled-out name over an acronym, no leading nationality, more words, more often, longer,
/// earlier.
fn canonical<'a>(fs: impl Iterator<Item = &'a Found<'a>>, t: &Tables) -> String {
    let mut stats: Vec<(&str, usize, usize)> = Vec::new();
    for (i, f) in fs.enumerate() {
        match stats.iter_mut().find(|s| s.0 == f.surface) {
            Some(s) => s.1 += 1,
            None => stats.push((&f.surface, 1, i)),
        }
    }
    stats
        .iter()
        .max_by(|a, b| {
            let score = |s: &(&str, usize, usize)| {
                let first = s.0.split_whitespace().next().unwrap_or("");
                (
                    !is_acronym(s.0),
                    !t.demonyms.contains(first),
                    s.0.split_whitespace().count(),
                    s.1,
                    s.0.len(),
                )
            };
            score(a).cmp(&score(b)).then(b.2.cmp(&a.2))
        })
        .map(|s| s.0.to_string())
        .unwrap_or_default()
}

fn group_kind<'a>(fs: impl Iterator<Item = &'a Found<'a>>, name: &str, t: &Tables) -> EntityKind {
    let mut v = [0usize; 4];
    let mut data_kind = None;
    for f in fs {
        v[kind_rank(f.kind) as usize] += 1;
        if data_kind.is_none() {
            data_kind = known_kind(&f.surface, t);
        }
    }
    if let Some(k) = known_kind(name, t).or(data_kind) {
        // A country that mostly acts as a team or a government is that body here.
        if k == EntityKind::Place && 3 * v[3] >= v[2] + v[3] {
            return EntityKind::Organization;
        }
        return k;
    }
    let key = name_key(name, t);
    if strip_base(&key, t) != key {
        return EntityKind::Place;
    }
    let best = (1..4).max_by_key(|&i| (v[i], i)).unwrap_or(0);
    match (v[best], best) {
        (0, _) => EntityKind::Other,
        (_, 3) => EntityKind::Organization,
        (_, 2) => EntityKind::Place,
        _ => EntityKind::Person,
    }
}
