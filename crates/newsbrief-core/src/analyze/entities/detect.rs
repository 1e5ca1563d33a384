//! Finding names in one article: capitalised spans, acronyms, title cues and context words,
//! each classified as person, organisation, place or other.
//!
//! Decisions: demonyms and nationality adjectives ("Iraqi", "Americans") are not entities; a
//! title ("Maj. Gen.", "President") is left out of the span and makes the name a person; a
//! possessive "’s" is left out; in "Iran-backed" only "Iran" is a mention. In a title-case or
//! all-caps block only names known from the data or seen in the article's body are kept.

use std::cell::RefCell;

use super::RawMention;
use super::classify::{classify, known_kind};
use super::tables::{Lower, Tables, surface_key, tables};
use super::tokens::{Shape, Tok, fits_u32, is_hyphen, make_tok, starts_lower};
use crate::analyze::words;
use crate::brief::{Block, BlockKind, EntityKind, Sentence};
use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};

/// `w` lowercased, on the stack when short (see [`Lower`]).
fn lowercase(w: &str) -> Lower {
    Lower::of(w)
}

/// [`title_word`](super::tables::title_word) of `w`, held as a [`Lower`].
fn title_key(w: &str) -> Lower {
    Lower::of(w.trim_end_matches('.'))
}

mod lone_word;
mod strict;
mod surnames;

use lone_word::{common_capitalised, not_a_name, ordinary_word, title_tail};
use surnames::type_surnames;

/// Context for one article, built once.
pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) t: &'static Tables,
    /// Words the article also writes in lowercase: such a capitalised word is a common word.
    pub(super) lower_words: FastSet<&'a str>,
    /// Words written capitalised somewhere other than at the start of a sentence: names even
    /// when they are also English words ("Bush", "Stone").
    caps_mid: FastSet<&'a str>,
    starts: FastSet<usize>,
    /// `known_kind` of the surfaces already asked about: the same names and words come up
    /// again and again in one article.
    known: RefCell<FastMap<&'a str, Option<EntityKind>>>,
    /// Starts of one-word mentions that may be a common word capitalised, each with whether
    /// it was left over from a longer run: kept only when the article supports the word
    /// elsewhere ([`drop_unsupported`]).
    doubtful: RefCell<FastMap<usize, bool>>,
}

impl<'a> Ctx<'a> {
    pub(super) fn word(&self, k: &Tok) -> &'a str {
        &self.text[k.s()..k.e()]
    }

    pub(super) fn known_kind(&self, surface: &'a str) -> Option<EntityKind> {
        if let Some(&k) = self.known.borrow().get(surface) {
            return k;
        }
        let k = known_kind(surface, self.t);
        self.known.borrow_mut().insert(surface, k);
        k
    }

    fn gap(&self, a: &Tok, b: &Tok) -> &str {
        self.text.get(a.oe()..b.os()).unwrap_or("\n")
    }

    fn adjacent(&self, a: &Tok, b: &Tok) -> bool {
        !a.break_after() && !b.break_before() && matches!(self.gap(a, b), " " | "\u{a0}")
    }

    /// Adjacent allowing an abbreviation period in between ("Gen. Frank", "J. Smith").
    fn adjacent_loose(&self, a: &Tok, b: &Tok) -> bool {
        self.adjacent(a, b) || (!a.break_after() && matches!(self.gap(a, b), ". " | ".\u{a0}"))
    }

    fn is_initial(&self, k: &Tok) -> bool {
        if self.starts.contains(&k.os()) {
            return true;
        }
        let before = self.text[..k.os()].trim_end();
        before.is_empty()
            || before.ends_with([
                '.', '?', '!', ':', ';', '“', '"', '‘', '(', '[', '—', '–', '•',
            ])
            || before.ends_with(" -")
            || before.ends_with('\n')
            || ends_with_list_marker(before)
            // A quote opened with two apostrophes or a lone one: "''Going negative ...".
            || before.ends_with("''")
            || before.ends_with(" '")
    }

    fn is_never(&self, w: &str) -> bool {
        self.t.never.contains(w) || self.t.never.contains(w.trim_end_matches('.'))
    }

    fn is_common(&self, w: &str) -> bool {
        let lw = w.to_lowercase();
        self.is_never(w)
            || self.lower_words.contains(lw.as_str())
            || self.t.common_nouns.contains(&lw)
            || lw
                .strip_suffix('s')
                .is_some_and(|stem| self.t.common_nouns.contains(stem))
            || ((lw.ends_with("ing") || lw.ends_with("ly")) && lw.chars().count() > 4)
    }

    /// Length of the title phrase starting at token `i`, if any.
    fn title_at(&self, toks: &[Tok], i: usize) -> Option<usize> {
        let first = toks.get(i)?;
        if first.shape == Shape::Lower || first.shape == Shape::Other {
            return None;
        }
        let candidates = self.t.titles.get(title_key(self.word(first)).as_str())?;
        'titles: for title in candidates {
            if i + title.len() > toks.len() {
                continue;
            }
            for (k, tw) in title.iter().enumerate() {
                let tok = &toks[i + k];
                if k > 0 && !self.adjacent_loose(&toks[i + k - 1], tok) {
                    continue 'titles;
                }
                if title_key(self.word(tok)).as_str() != tw {
                    continue 'titles;
                }
            }
            return Some(title.len());
        }
        None
    }
}

/// A candidate name: token range plus what the words around it said.
struct Span {
    a: usize,
    b: usize,
    titled: bool,
}

/// Finds entity mentions in the headline and body blocks of one article, in text order,
/// never overlapping.
pub fn find_mentions(text: &str, blocks: &[Block], sentences: &[Sentence]) -> Vec<RawMention> {
    find_all_mentions(text, blocks, sentences).story
}

/// The mentions of one article: in the story (headline and body), and aside from it.
pub struct ArticleFinds {
    pub story: Vec<RawMention>,
    /// Names in captions, photo credits, bylines and contributor lines: kept apart so that a
    /// name only a caption gives is never taken for one the story tells.
    pub asides: Vec<RawMention>,
}

/// Whether a block's names are asides: the story's furniture, not boilerplate.
fn aside_block(k: BlockKind) -> bool {
    matches!(k, BlockKind::Caption | BlockKind::Byline)
}

/// Finds the story's mentions and the asides' in one pass over the article. An aside is kept
/// when the data knows it, the story names it too, or it has the shape of a person's full
/// name (the reporters of a byline, the people of a caption): a caption's stray capitalised
/// word is not enough.
pub fn find_all_mentions(text: &str, blocks: &[Block], sentences: &[Sentence]) -> ArticleFinds {
    let t = tables();
    let mut lower_words: FastSet<&str> = FastSet::default();
    words::for_each(text, 0, text.len(), |k| {
        let w = k.as_str(text);
        if !starts_lower(w) {
            return;
        }
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        lower_words.insert(w);
        if w.contains(is_hyphen) {
            lower_words.extend(w.split(is_hyphen));
        }
        if let Some(stem) = w.strip_suffix('s') {
            lower_words.insert(stem);
        }
    });
    let starts: FastSet<usize> = sentences
        .iter()
        .map(|s| s.start)
        .chain(blocks.iter().map(|b| b.start))
        .collect();
    let mut ctx = Ctx {
        text,
        t,
        lower_words,
        caps_mid: FastSet::default(),
        starts,
        known: RefCell::new(FastMap::default()),
        doubtful: RefCell::new(FastMap::default()),
    };
    let story = |k: BlockKind| matches!(k, BlockKind::Body | BlockKind::Headline);
    let tokenized: Vec<(&Block, Vec<Tok>)> = blocks
        .iter()
        .filter(|b| story(b.kind) || aside_block(b.kind))
        .filter(|b| b.start <= b.end && b.end <= text.len())
        .filter(|b| text.is_char_boundary(b.start) && text.is_char_boundary(b.end))
        .filter(|b| fits_u32(b.end))
        .map(|b| {
            let words = words::tokens(text, b.start, b.end);
            let mut toks: Vec<Tok> = Vec::with_capacity(words.len());
            toks.extend(
                words
                    .iter()
                    .map(|k| make_tok(text, k.start, k.end, t))
                    .filter(|k| k.s() < k.e()),
            );
            (b, toks)
        })
        .collect();
    let mut caps_mid = FastSet::default();
    for (b, toks) in &tokenized {
        if b.kind != BlockKind::Body {
            continue;
        }
        for k in toks.iter().filter(|k| k.shape == Shape::Cap) {
            if !ctx.is_initial(k) {
                caps_mid.insert(ctx.word(k));
            }
        }
    }
    ctx.caps_mid = caps_mid;
    let mut out = Vec::new();
    let mut deferred = Vec::new();
    let mut asides = Vec::new();
    for (b, toks) in &tokenized {
        let toks = toks.as_slice();
        let strict = b.kind == BlockKind::Headline && strict::looks_title_case(&ctx, toks)
            || strict::looks_all_caps(&ctx, toks);
        let found = scan_block(&ctx, toks);
        if aside_block(b.kind) {
            asides.extend(found);
        } else if strict {
            deferred.push(found);
        } else {
            out.extend(found);
        }
    }
    let body_kinds = strict::story_names(text, &out, t);
    strict::keep_known(text, deferred, &body_kinds, t, &mut out);
    out.sort_by_key(|m| (m.start, m.end));
    out.dedup_by(|b, a| b.start < a.end);
    let doubtful = ctx.doubtful.take();
    drop_unsupported(text, [&mut out, &mut asides], &doubtful);
    type_surnames(text, &mut out, t);
    let story_surnames: FastSet<String> = out
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| text[m.start..m.end].rsplit(' ').next())
        .map(|w| surface_key(w, t))
        .collect();
    asides.retain(|m| {
        let surface = &text[m.start..m.end];
        let key = surface_key(surface, t);
        let words = surface.split(' ').count();
        body_kinds.contains_key(&key)
            || known_kind(surface, t).is_some()
            || (words == 1 && story_surnames.contains(&key))
            || (m.kind == EntityKind::Person && (2..=4).contains(&words))
    });
    type_surnames(text, &mut asides, t);
    ArticleFinds { story: out, asides }
}

fn scan_block(ctx: &Ctx<'_>, toks: &[Tok]) -> Vec<RawMention> {
    let t = ctx.t;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut titled = false;
        if let Some(len) = ctx.title_at(toks, i) {
            let j = i + len;
            if j < toks.len()
                && ctx.adjacent_loose(&toks[j - 1], &toks[j])
                && toks[j].shape == Shape::Cap
                && !ctx.is_never(ctx.word(&toks[j]))
            {
                titled = true;
                i = j;
            } else {
                i = j;
                continue;
            }
        }
        if matches!(toks[i].shape, Shape::Lower | Shape::Other) {
            i += 1;
            continue;
        }
        let a = i;
        let mut b = i;
        loop {
            let cur = &toks[b];
            let Some(next) = toks.get(b + 1) else { break };
            if cur.break_after() {
                break;
            }
            if matches!(next.shape, Shape::Cap | Shape::Acronym) {
                let loose_ok = ctx.word(cur).chars().count() == 1 && cur.shape == Shape::Cap;
                // "Council on Anglo - Celtic Studies": a spaced hyphen inside a name
                // that a connector already shows to be a body's, not a dash between clauses.
                let spaced = !cur.break_after()
                    && !next.break_before()
                    && matches!(ctx.gap(cur, next), " - " | " ‐ ")
                    && toks[a..b].iter().any(|k| k.shape == Shape::Lower);
                let joined = ctx.adjacent(cur, next)
                    || (loose_ok && ctx.adjacent_loose(cur, next))
                    || spaced;
                // "the U.S. While ...": an abbreviation's period ended the sentence.
                if ctx.text[..cur.oe()].ends_with('.') && ctx.is_never(ctx.word(next)) {
                    break;
                }
                if !joined
                    || ctx
                        .title_at(toks, b + 1)
                        .is_some_and(|l| b + 1 + l < toks.len())
                {
                    break;
                }
                b += 1;
                continue;
            }
            // A particle or connector between capitalised words: "bin Salman", "Bank of England".
            if next.shape == Shape::Lower && ctx.adjacent(cur, next) {
                let lw = lowercase(ctx.word(next));
                let lw = lw.as_str();
                let mut k = b + 1;
                let is_particle = t.particles.contains(lw);
                let cur_lw = lowercase(ctx.word(cur));
                let joinable = t.org_words.contains(cur_lw.as_str())
                    || t.place_words.contains(cur_lw.as_str())
                    || matches!(
                        ctx.word(cur),
                        "Republic" | "Kingdom" | "States" | "Secretary"
                    );
                let is_conn = t.connectors.contains(lw) && joinable;
                if !is_particle && !is_conn {
                    break;
                }
                if is_conn
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| ctx.word(n) == "the" && ctx.adjacent(&toks[k], n))
                {
                    k += 1;
                }
                // Stacked particles: "von der Leyen", "de la Cruz".
                while is_particle
                    && k + 1 < toks.len()
                    && k < b + 3
                    && toks[k + 1].shape == Shape::Lower
                    && ctx.adjacent(&toks[k], &toks[k + 1])
                    && t.particles
                        .contains(lowercase(ctx.word(&toks[k + 1])).as_str())
                {
                    k += 1;
                }
                match toks.get(k + 1) {
                    Some(n) if n.shape == Shape::Cap && ctx.adjacent(&toks[k], n) => b = k + 1,
                    _ => break,
                }
                continue;
            }
            break;
        }
        i = b + 1;
        // "United States Ann Roe", "Acme Corp Ann Roe": a body or a place run into the name
        // of a person after it are two names.
        let split = person_after_body(ctx, toks, a, b);
        let parts = match split {
            // "Democrat Jane Roe": the description before the name is no name.
            Some(k) if k - 1 == a && is_descriptor(ctx, &toks[a]) => [None, Some((k, b, titled))],
            Some(k) => [Some((a, k - 1, false)), Some((k, b, titled))],
            None => [Some((a, b, titled)), None],
        };
        for (a, b, titled) in parts.into_iter().flatten() {
            if let Some(m) = finish(ctx, toks, Span { a, b, titled }) {
                out.push(m);
            }
        }
    }
    out
}

/// Where a person's name starts inside the run `toks[a..=b]` after a place or a body: a given
/// name followed by at least one more word, whose words before are a known place or
/// organisation, end in an organisation word, or are one "-ist" descriptor.
fn person_after_body(ctx: &Ctx<'_>, toks: &[Tok], a: usize, b: usize) -> Option<usize> {
    let given = |k: &Tok| {
        k.shape == Shape::Cap && crate::analyze::quotes::gender::is_given_name(ctx.word(k))
    };
    // A known place or body followed by two or more plain capitalised words: "United States
    // Hamdullah Karimi".
    let plain = |k: &Tok| {
        let w = ctx.word(k);
        let lw = lowercase(w);
        k.shape == Shape::Cap
            && !ctx.t.org_words.contains(lw.as_str())
            && !ctx.t.place_words.contains(lw.as_str())
            && (!ctx.t.dictionary.contains(lw.as_str())
                || crate::analyze::quotes::gender::is_given_name(w))
    };
    // ... or a name ending in an organisation word: "Refugee Council Enver Solomon", or a body's
    // name made with a connector that ends in a common word: "Council on Foreign Relations
    // Enver Solomon".
    let connected = toks[a..b].iter().any(|k| k.shape == Shape::Lower);
    if let Some(k) = (a + 1..b).find(|&k| {
        let prev = &toks[k - 1];
        let lp = lowercase(ctx.word(prev));
        b - k < 3
            && toks[k..=b].iter().all(plain)
            && (ctx.known_kind(&ctx.text[toks[a].s()..prev.e()]).is_some()
                || ctx.t.org_words.contains(lp.as_str())
                || (connected
                    && prev.shape == Shape::Cap
                    && ctx.t.dictionary.contains(lp.as_str())))
    }) {
        return Some(k);
    }
    let k = (a + 1..b).find(|&k| given(&toks[k]))?;
    let before = &ctx.text[toks[a].s()..toks[k - 1].e()];
    let last = lowercase(ctx.word(&toks[k - 1]));
    let body = ctx.known_kind(before).is_some()
        || ctx.t.org_words.contains(last.as_str())
        // "Council on Foreign Relations Ann Roe": a connector made the words before a body's.
        || (b - k < 3 && toks[a..k].iter().any(|k| k.shape == Shape::Lower))
        || (k - 1 == a && is_descriptor(ctx, &toks[a]));
    body.then_some(k)
}

/// A one-word description put before a person's name, which is not a name itself: a follower
/// ("Scientologist", "Marxist") or a party word ("Democrat", "Republican").
fn is_descriptor(ctx: &Ctx<'_>, k: &Tok) -> bool {
    let lw = lowercase(ctx.word(k));
    lw.as_str().ends_with("ist") || ctx.t.descriptors.contains(lw.as_str())
}

/// Whether `before` ends in a list marker such as "a)", "(2)" or "iv)", after which a word is
/// capitalised as at the start of a sentence.
fn ends_with_list_marker(before: &str) -> bool {
    let Some(r) = before.strip_suffix(')') else {
        return false;
    };
    let marker = r.len() - r.trim_end_matches(char::is_alphanumeric).len();
    let lead = r[..r.len() - marker].trim_end_matches('(');
    (1..=3).contains(&marker) && (lead.is_empty() || lead.ends_with(char::is_whitespace))
}

/// Trims a candidate span and classifies it; `None` when nothing name-like is left.
fn finish(ctx: &Ctx<'_>, toks: &[Tok], span: Span) -> Option<RawMention> {
    let t = ctx.t;
    let Span {
        mut a,
        mut b,
        titled,
    } = span;
    let initial = !titled && ctx.is_initial(&toks[a]);
    let first_tok = a;
    // A name ending in an organisation or place word keeps a common first word ("Press TV").
    let headed = b > a && {
        let last = ctx.word(&toks[b]).to_lowercase();
        t.org_words.contains(&last) || t.place_words.contains(&last)
    };
    // Leading function words, and a sentence-initial common word.
    let mut first = true;
    while a <= b {
        // A known name keeps its words, but never a leading article: the key of "The Pentagon"
        // is the key of "Pentagon".
        let article = matches!(ctx.word(&toks[a]), "The" | "the")
            && a < b
            && !t
                .with_article
                .contains(&ctx.text[toks[a].s()..toks[b].e()].to_lowercase());
        if !article
            && ctx
                .known_kind(&ctx.text[toks[a].s()..toks[b].e()])
                .is_some()
        {
            break;
        }
        let w = ctx.word(&toks[a]);
        let known = ctx.known_kind(w).is_some() && toks[a].shape != Shape::Lower;
        // "Home Office", "New Democratic Party": a modifier that heads no name alone.
        let modifier = headed && t.head_modifiers.contains(w);
        // "Bill Harmon said": a given name opening a longer name is no common word.
        let given = a < b
            && toks[a].shape == Shape::Cap
            && crate::analyze::quotes::gender::is_given_name(w);
        let drop = (ctx.is_never(w) && !modifier)
            || (first && initial && !known && !headed && !given && ctx.is_common(w));
        if !drop || (known && !ctx.is_never(w)) {
            break;
        }
        // "New York City Council": the word starts a known name.
        if !article
            && (a + 1..b).any(|k| {
                ctx.known_kind(&ctx.text[toks[a].s()..toks[k].e()])
                    .is_some()
            })
        {
            break;
        }
        a += 1;
        first = false;
    }
    while b >= a && ctx.is_never(ctx.word(&toks[b])) && !title_tail(ctx, toks, a, b) {
        if b == 0 {
            return None;
        }
        b -= 1;
    }
    if a > b {
        return None;
    }
    // Trailing lowercase connectors never end a name.
    while b > a && toks[b].shape == Shape::Lower {
        b -= 1;
    }
    let n = b - a + 1;
    if n == 1 && t.demonyms.contains(ctx.word(&toks[a])) {
        return None;
    }
    let headed = toks[a..=b].iter().any(|k| {
        let lw = ctx.word(k).to_lowercase();
        t.org_words.contains(&lw) || t.place_words.contains(&lw) || k.shape == Shape::Lower
    });
    // A long run of capitalised words with no organisation or place word is a menu or a
    // headline fragment, not a name.
    if n > 7 || (n >= 5 && !headed) {
        return None;
    }
    let first_word = ctx.word(&toks[a]);
    if n == 1
        && (first_word.chars().count() == 1
            || first_word.split(is_hyphen).all(|p| t.demonyms.contains(p))
            // A misspelt demonym ("Itallian") folds like the right one.
            || t.demonym_keys.contains(&super::tables::fold_word(first_word)))
    {
        return None;
    }
    if n == 1 && ctx.known_kind(first_word).is_none() && ordinary_word(ctx, &toks[a], initial) {
        return None;
    }
    if n == 1 && not_a_name(ctx, &toks[a]) {
        return None;
    }
    let (start, end) = (toks[a].s(), toks[b].e());
    let surface = ctx.text.get(start..end)?;
    if surface.is_empty() || ctx.is_never(surface) {
        return None;
    }
    let lw0 = first_word.to_lowercase();
    // A lone generic word ("the Coalition", "the Army") names nothing by itself.
    if n == 1 && t.org_words.contains(&lw0) && ctx.known_kind(first_word).is_none() {
        return None;
    }
    // Shouted multi-word runs (photo credits, banners) unless the data knows them.
    if n > 1
        && toks[a..=b].iter().all(|k| k.shape == Shape::Acronym)
        && ctx.known_kind(surface).is_none()
    {
        return None;
    }
    if n == 1 && toks[a].shape == Shape::Acronym {
        let w = ctx.word(&toks[a]);
        if t.not_acronyms.contains(w) && ctx.known_kind(w).is_none() {
            return None;
        }
        if w.chars().count() > 6 && ctx.known_kind(w).is_none() {
            return None;
        }
        // Party-and-state tags such as "(D-MN)".
        let mut parts = w.split(is_hyphen);
        if let (Some(p), Some(s), None) = (parts.next(), parts.next(), parts.next())
            && p.len() == 1
            && s.len() == 2
            && ctx.text[..start].ends_with('(')
        {
            return None;
        }
    }
    if n == 1 && !titled && common_capitalised(ctx, &toks[a], a > first_tok) {
        ctx.doubtful.borrow_mut().insert(start, a > first_tok);
    }
    let kind = classify(ctx, &toks[a..=b], titled, start, end);
    Some(RawMention { start, end, kind })
}

/// Drops the doubtful one-word mentions ([`common_capitalised`]) that nothing else in the
/// article supports: a name is named again by itself or is the last word of a person's full
/// name, and a word the article also writes in lowercase may be the short form of a body's
/// name it opens ("Liberty" after "Liberty Institute"); a capitalised common word is none of
/// these. A word left over from a longer run gets no support from the run's kind of name:
/// "The Harbour security office" next to "Harbour Bridge" is still the common word.
fn drop_unsupported(text: &str, lists: [&mut Vec<RawMention>; 2], doubtful: &FastMap<usize, bool>) {
    if doubtful.is_empty() {
        return;
    }
    let mut alone: FastSet<&str> = FastSet::default();
    let mut opening: FastSet<&str> = FastSet::default();
    for m in lists.iter().flat_map(|l| l.iter()) {
        if doubtful.contains_key(&m.start) {
            continue;
        }
        let s = &text[m.start..m.end];
        match s.rsplit_once(' ') {
            None => {
                alone.insert(s);
            }
            Some((_, last)) if m.kind == EntityKind::Person => {
                alone.insert(last);
            }
            Some(_) if m.kind == EntityKind::Organization => {
                opening.extend(s.split(' ').next());
            }
            Some(_) => {}
        }
    }
    for l in lists {
        l.retain(|m| {
            let s = &text[m.start..m.end];
            match doubtful.get(&m.start) {
                None => true,
                Some(&trimmed) => alone.contains(s) || (!trimmed && opening.contains(s)),
            }
        });
    }
}
