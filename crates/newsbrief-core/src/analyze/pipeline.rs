//! Runs every analysis stage over a set of texts and assembles a brief.

use std::collections::{BTreeSet, HashMap};

use rayon::prelude::*;

use super::entities::{ArticleMentions, RawMention};
use super::{claims, clean, entities, meta, quotes, sentences};
use crate::brief::{Article, Block, Brief, Quote, SCHEMA_VERSION, Term};
use crate::text::CleanLayer;

/// One article to import: its text and what an editor knows about it.
#[derive(Debug, Clone)]
pub struct Source {
    /// File name the text came from (kept in the brief as `source`).
    pub file_name: String,
    pub text: String,
    /// Outlet from a manifest; detected from the text when absent.
    pub outlet: Option<String>,
    /// Publication date from a manifest; detected from the text when absent.
    pub published: Option<String>,
}

/// What a page's markup already says about a text (its headline and which run is byline,
/// caption or body), which the plain-text rules would only guess at.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub headline: Option<String>,
    /// In text order, not overlapping.
    pub blocks: Vec<Block>,
    pub url: Option<String>,
    pub extraction: Option<String>,
}

/// Name given to an article whose outlet neither the manifest nor the text reveals.
pub const UNKNOWN_OUTLET: &str = "Unknown outlet";

struct Analyzed {
    article: Article,
    mentions: Vec<RawMention>,
    asides: Vec<RawMention>,
    quotes: Vec<quotes::FoundQuote>,
}

fn analyze_one(source: &Source, structure: Option<&Structure>) -> Analyzed {
    // Escape payloads must never become words: the analysis reads the text without them, and
    // [`back_to_raw`] maps what it finds onto the original bytes.
    let clean_text = CleanLayer::new(&source.text).text;
    let identity = clean_text == source.text;
    analyze_text(source, clean_text, identity, structure)
}

/// [`analyze_one`] of the source's clean layer `clean_text` (`identity`: it is the source's
/// text itself, which may then be gone from `source`).
fn analyze_text(
    source: &Source,
    clean_text: String,
    identity: bool,
    structure: Option<&Structure>,
) -> Analyzed {
    let text = &clean_text;
    let blocks = match structure {
        // A page's laid-out text is clean already, so the blocks its structure gives hold.
        Some(s) if identity => s.blocks.clone(),
        _ => clean::blocks(text),
    };
    let sentences = sentences::split(text, &blocks);
    let entities::ArticleFinds {
        story: mut mentions,
        asides,
    } = entities::find_all_mentions(text, &blocks, &sentences);
    // Later stages search mentions by position.
    mentions.sort_by_key(|m| (m.start, m.end));
    let words = quotes::ArticleWords::new(text, &blocks);
    let found_quotes = quotes::find(text, &blocks, &sentences, &mentions, &words);
    let claims = claims::find(text, &blocks, &sentences, &mentions, &found_quotes, &words);
    let outlet = source
        .outlet
        .clone()
        .filter(|o| !o.trim().is_empty())
        .or_else(|| meta::detect_outlet(text, &blocks))
        .unwrap_or_else(|| UNKNOWN_OUTLET.to_string());
    let published = source
        .published
        .clone()
        .or_else(|| meta::detect_date(text, &blocks));
    let headline = structure
        .and_then(|s| s.headline.clone())
        .unwrap_or_else(|| meta::detect_headline(text, &blocks));
    Analyzed {
        article: Article {
            id: String::new(),
            outlet,
            headline,
            published,
            source: source.file_name.clone(),
            text: clean_text,
            blocks,
            sentences,
            quotes: Vec::new(),
            claims,
            terms: found_quotes
                .iter()
                .filter_map(|q| {
                    q.term.map(|kind| Term {
                        start: q.start,
                        end: q.end,
                        sentence: q.sentence,
                        kind,
                    })
                })
                .collect(),
            url: structure.and_then(|s| s.url.clone()),
            extraction: structure.and_then(|s| s.extraction.clone()),
        },
        mentions,
        asides,
        quotes: found_quotes,
    }
}

/// A brief from made-up texts, the i-th told by "Outlet i": the setting of the comparison
/// tests, which care about what the outlets say, not who they are.
#[cfg(test)]
pub(crate) fn brief_of_outlets(texts: &[&str]) -> Brief {
    let named: Vec<(String, &str)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("Outlet {i}"), *t))
        .collect();
    brief_from_texts("t", &named)
}

/// A brief from texts in memory, each with its outlet (files named `0.txt`, `1.txt`, ...): for
/// analysing text that never was a file, and for tests of any stage on made-up stories.
pub fn brief_from_texts<O: AsRef<str>, T: AsRef<str>>(title: &str, texts: &[(O, T)]) -> Brief {
    let sources: Vec<Source> = texts
        .iter()
        .enumerate()
        .map(|(i, (outlet, text))| Source {
            file_name: format!("{i}.txt"),
            text: text.as_ref().to_string(),
            outlet: Some(outlet.as_ref().to_string()),
            published: None,
        })
        .collect();
    build_brief(title, &sources)
}

/// Analyses every source and builds the brief. Deterministic: the same sources in the same order
/// give the same brief.
pub fn build_brief(title: &str, sources: &[Source]) -> Brief {
    build_brief_with(title, sources, &[])
}

/// [`build_brief`] where some sources come with their structure (`structures[i]` for
/// `sources[i]`; missing or `None`: the text's own rules decide).
pub fn build_brief_with(
    title: &str,
    sources: &[Source],
    structures: &[Option<Structure>],
) -> Brief {
    let structure = |i: usize| structures.get(i).and_then(Option::as_ref);
    let analyzed = analyze_all(sources.iter().collect(), |i, s: &Source| {
        analyze_one(s, structure(i))
    });
    let raw: Vec<Option<&str>> = sources.iter().map(|s| Some(s.text.as_str())).collect();
    assemble(title, analyzed, &raw)
}

/// [`build_brief_with`] of sources it may drop: each source's text becomes its article's text
/// (or, when it holds escape sequences, is kept only to map spans back), so a page-long article
/// is held once rather than twice while it is analysed.
pub fn build_brief_owned(
    title: &str,
    sources: Vec<Source>,
    structures: &[Option<Structure>],
) -> Brief {
    let structure = |i: usize| structures.get(i).and_then(Option::as_ref);
    let (analyzed, raw): (Vec<Analyzed>, Vec<Option<String>>) =
        analyze_all(sources, |i, mut s: Source| {
            let layer = CleanLayer::new(&s.text);
            let raw = std::mem::take(&mut s.text);
            if layer.is_identity() {
                drop(layer);
                (analyze_text(&s, raw, true, structure(i)), None)
            } else {
                (analyze_text(&s, layer.text, false, structure(i)), Some(raw))
            }
        })
        .into_iter()
        .unzip();
    let raw: Vec<Option<&str>> = raw.iter().map(Option::as_deref).collect();
    assemble(title, analyzed, &raw)
}

/// `analyze(i, sources[i])` for each source, in order. Articles are analysed in parallel
/// (`collect` keeps their order, so output stays deterministic), but a lone article on the
/// calling thread: a worker thread allocates from its own heap arena, which cannot reuse what
/// the import of a large page just freed on this one (measured: 41 MB more resident for a
/// 5 MB article).
fn analyze_all<S: Send, T: Send>(
    sources: Vec<S>,
    analyze: impl Fn(usize, S) -> T + Sync,
) -> Vec<T> {
    if sources.len() == 1 {
        sources
            .into_iter()
            .enumerate()
            .map(|(i, s)| analyze(i, s))
            .collect()
    } else {
        sources
            .into_par_iter()
            .enumerate()
            .map(|(i, s)| analyze(i, s))
            .collect()
    }
}

/// Whether a lowercase word follows a name inside a speaker span `[.., e)` from `me` on: the
/// name then only modifies the speaker's head ("a Gallup poll", "the Lee campaign").
fn common_after(text: &str, me: usize, e: usize) -> bool {
    text.get(me..e).is_some_and(|rest| {
        rest.split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_lowercase()))
    })
}

/// The brief of analysed articles: ids, the entities merged across articles, speakers linked
/// to them, and spans mapped back onto each article's original text (`raw[i]`; `None`: the
/// article's text is it).
fn assemble(title: &str, mut analyzed: Vec<Analyzed>, raw: &[Option<&str>]) -> Brief {
    let mut taken = BTreeSet::new();
    for a in &mut analyzed {
        a.article.id = unique_id(&outlet_id(&a.article.outlet), &mut taken);
    }

    let inputs: Vec<ArticleMentions<'_>> = analyzed
        .iter()
        .map(|a| ArticleMentions {
            article: &a.article.id,
            text: &a.article.text,
            mentions: &a.mentions,
            asides: &a.asides,
        })
        .collect();
    let merged = entities::merge(&inputs);

    // Link each speaker span to the entity one of whose mentions is it or covers it: each
    // article's mentions with their entity, sorted (one list serves both lookups; a map by span
    // beside it took a long article's largest block of memory here).
    let mut by_article: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    for (i, e) in merged.iter().enumerate() {
        for m in &e.mentions {
            by_article
                .entry(m.article.as_str())
                .or_default()
                .push((m.start, m.end, i));
        }
    }
    // Mentions of one article never overlap, so sorted by start they are sorted by end too and
    // the ones overlapping a span are one run found by bisection.
    for v in by_article.values_mut() {
        v.sort_unstable();
    }
    let mut linked: Vec<Vec<Quote>> = Vec::with_capacity(analyzed.len());
    for a in &analyzed {
        let id = a.article.id.as_str();
        let in_article = by_article.get(id).map(Vec::as_slice).unwrap_or(&[]);
        let text = a.article.text.as_str();
        let qs = a
            .quotes
            .iter()
            .filter(|q| q.term.is_none())
            .map(|q| {
                let entity = q.speaker_span.and_then(|(s, e)| {
                    let at = in_article.partition_point(|&(ms, _, _)| ms < s);
                    let exact = in_article
                        .get(at)
                        .filter(|&&(ms, me, _)| (ms, me) == (s, e))
                        .map(|&(_, _, i)| i);
                    exact.or_else(|| {
                        // A speaker span may hold a title around the name ("Marine Gen. Frank
                        // McKenzie" against the mention "Frank McKenzie"); the name must be most
                        // of it, so "the US-led Coalition" is not "US", and no lowercase word
                        // may follow it, so "a Gallup poll" is not Gallup. The first entity wins.
                        let a = in_article.partition_point(|&(_, me, _)| me <= s);
                        let b = in_article.partition_point(|&(ms, _, _)| ms < e).max(a);
                        in_article[a..b]
                            .iter()
                            .filter(|&&(ms, me, _)| {
                                (s <= ms
                                    && me <= e
                                    && 2 * (me - ms) >= e - s
                                    && !common_after(text, me, e))
                                    || (ms <= s && e <= me)
                            })
                            .map(|&(_, _, i)| i)
                            .min()
                    })
                });
                let (speaker, speaker_entity) = match entity {
                    Some(i) if !q.anonymous => {
                        (Some(merged[i].name.clone()), Some(merged[i].id.clone()))
                    }
                    _ => (q.speaker.clone(), None),
                };
                Quote {
                    start: q.start,
                    end: q.end,
                    sentence: q.sentence,
                    speaker,
                    speaker_entity,
                    anonymous: q.anonymous,
                    partial: q.partial,
                    speaker_found: Some(q.found),
                }
            })
            .collect();
        linked.push(qs);
    }
    let articles = analyzed
        .into_iter()
        .zip(linked)
        .map(|(mut a, qs)| {
            a.article.quotes = qs;
            a.article
        })
        .collect();

    let mut brief = Brief {
        schema: SCHEMA_VERSION,
        title: title.to_string(),
        articles,
        entities: merged,
    };
    back_to_raw(&mut brief, raw);
    brief.schema = brief.needed_schema();
    brief
}

/// Puts each article's original text back in the brief (it keeps the bytes it was given) and
/// maps every span the analysis found in the cleaned layer onto them.
fn back_to_raw(brief: &mut Brief, raw: &[Option<&str>]) {
    let mut layers = HashMap::new();
    for (a, src) in brief.articles.iter_mut().zip(raw) {
        let Some(src) = *src else { continue };
        let layer = CleanLayer::new(src);
        if layer.is_identity() {
            continue;
        }
        let map = |s: &mut usize, e: &mut usize| (*s, *e) = layer.span(*s, *e);
        a.blocks
            .iter_mut()
            .for_each(|x| map(&mut x.start, &mut x.end));
        a.sentences
            .iter_mut()
            .for_each(|x| map(&mut x.start, &mut x.end));
        a.quotes
            .iter_mut()
            .for_each(|x| map(&mut x.start, &mut x.end));
        a.claims
            .iter_mut()
            .for_each(|x| map(&mut x.start, &mut x.end));
        a.terms
            .iter_mut()
            .for_each(|x| map(&mut x.start, &mut x.end));
        a.text = src.to_string();
        layers.insert(a.id.clone(), layer);
    }
    for m in brief.entities.iter_mut().flat_map(|e| &mut e.mentions) {
        if let Some(layer) = layers.get(&m.article) {
            (m.start, m.end) = layer.span(m.start, m.end);
        }
    }
}

/// A short id for an outlet: a known short form, else the initials of a several-word name or
/// the lowercased single word ("Newsmax" → `newsmax`, "Press TV" → `presstv`).
pub fn outlet_id(outlet: &str) -> String {
    let known = meta::known_outlet_id(outlet);
    if let Some(id) = known {
        return id.to_string();
    }
    let words: Vec<&str> = outlet
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .collect();
    let id: String = match words.as_slice() {
        [] => "article".to_string(),
        [one] => one.to_lowercase(),
        [a, b] if a.len() + b.len() <= 10 => format!("{a}{b}").to_lowercase(),
        many => many
            .iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
            .to_lowercase(),
    };
    let id: String = id.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    if id.is_empty() { "article".into() } else { id }
}

fn unique_id(base: &str, taken: &mut BTreeSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_ids_are_short_and_unique() {
        assert_eq!(outlet_id("Newsmax"), "newsmax");
        assert_eq!(outlet_id("Press TV"), "presstv");
        assert_eq!(outlet_id("The Daily Planet Evening Edition"), "dpee");
        assert_eq!(outlet_id(""), "article");
        let mut taken = BTreeSet::new();
        assert_eq!(unique_id("x", &mut taken), "x");
        assert_eq!(unique_id("x", &mut taken), "x2");
    }

    #[test]
    fn build_is_deterministic_and_keeps_text() {
        let src = vec![Source {
            file_name: "a.txt".into(),
            text: "BERLIN — The mayor said on Monday that 40 buses would run.\n".into(),
            outlet: None,
            published: None,
        }];
        let a = build_brief("t", &src);
        let b = build_brief("t", &src);
        assert_eq!(a, b);
        assert_eq!(a.articles[0].text, src[0].text);
        assert_eq!(a.articles[0].outlet, UNKNOWN_OUTLET);
    }

    #[test]
    fn a_name_before_a_lowercase_head_is_not_the_speaker_entity() {
        let src = vec![Source {
            file_name: "a.txt".into(),
            text: "The school board met on Monday.

In a new Pew Research Center poll, 60 \
                   percent of parents said the school was \"too crowded.\"\n"
                .into(),
            outlet: None,
            published: None,
        }];
        let b = build_brief("t", &src);
        let q = &b.articles[0].quotes[0];
        assert!(b.entities.iter().any(|e| e.name == "Pew Research Center"));
        assert_eq!(q.speaker.as_deref(), Some("a new Pew Research Center poll"));
        assert_eq!(q.speaker_entity, None);
    }
}
