//! Speaker phrases: who is named next to a speech verb, and what kind of speaker that is.

use super::lexicon::speech;
pub(crate) use super::tokens::{Tok, gap_breaks, gap_has_comma, toks};
use crate::analyze::entities::RawMention;
use crate::brief::EntityKind;

/// Whether a speech verb starts at `i`: a one-word verb, or a two-word one ("shot back").
pub(crate) fn is_verb(t: &[Tok], i: usize) -> bool {
    verb_len(t, i) > 0
}

/// How many words the speech verb at `i` has: 1 ("said"), 2 ("shot back", "pointed out"), or 0
/// when no speech verb starts there.
pub(crate) fn verb_len(t: &[Tok], i: usize) -> usize {
    let sp = speech();
    if t[i].cap {
        return 0;
    }
    // "the reported bomber", "her stated aim": after a determiner the form is an adjective.
    if i > 0 && determiner_word(t[i - 1].lower.as_str()) {
        return 0;
    }
    if sp.verbs.contains(t[i].lower.as_str()) {
        // "his administration continues to carry out raids": going on with a deed, not words.
        let aspect =
            t[i].lower.starts_with("continu") && t.get(i + 1).is_some_and(|n| n.lower == "to");
        return usize::from(!aspect);
    }
    let particle = sp
        .phrasal
        .get(t[i].lower.as_str())
        .zip(t.get(i + 1))
        .is_some_and(|(ps, n)| ps.iter().any(|p| *p == n.lower));
    // "went on, “…”" speaks; "goes on recess", "went on television" do not: a lowercase word
    // right after "on", with only a space between, is where one goes ("to", as in "went on to
    // say", is let through).
    let goes_somewhere = particle
        && t[i + 1].lower == "on"
        && t.get(i + 2)
            .is_some_and(|n| !n.cap && n.start == t[i + 1].end + 1 && n.lower != "to");
    if particle && !goes_somewhere { 2 } else { 0 }
}

pub(crate) fn is_according(t: &[Tok], i: usize) -> bool {
    t[i].lower == "according" && t.get(i + 1).is_some_and(|n| n.lower == "to")
}

/// The run of words that ends at `end` (inclusive), walking back until punctuation or a
/// clause word.
fn run_back(text: &str, t: &[Tok], end: usize, floor: usize) -> Option<(usize, usize)> {
    let sp = speech();
    if sp.np_stop.contains(t[end].lower.as_str()) {
        return None;
    }
    let mut a = end;
    // A phrase never reaches back over another speech verb: "the senator said he rarely asks"
    // is about "he", not "the senator said he rarely".
    while a > floor
        && end - a < 9
        && !gap_breaks(text, t[a - 1].end, t[a].start)
        && !sp.np_stop.contains(t[a - 1].lower.as_str())
        && !is_verb(t, a - 1)
        && !joins_clauses(t, a, floor)
    {
        a -= 1;
    }
    while a < end && matches!(t[a].lower.as_str(), "and" | "or" | "but" | "nor") {
        a += 1;
    }
    Some((a, end + 1))
}

/// Whether the "and" (or "but") before `t[a]` joins a clause to a name rather than names to
/// each other: "a woman asked for a photo and Ann Lee said" is Ann Lee's; in "Ann and Tom Lee
/// said" a name stands on both sides.
fn joins_clauses(t: &[Tok], a: usize, floor: usize) -> bool {
    a >= floor + 2 && matches!(t[a - 1].lower.as_str(), "and" | "but") && t[a].cap && !t[a - 2].cap
}

fn has_leading_person(t: &[Tok], r: (usize, usize), mentions: &[RawMention]) -> bool {
    super::mentions_in(mentions, t[r.0].start, t[r.1 - 1].end)
        .iter()
        .any(|m| {
            m.kind == EntityKind::Person
                && m.start >= t[r.0].start
                && m.end <= t[r.1 - 1].end
                && t[r.0..r.1]
                    .iter()
                    .take_while(|k| k.end <= m.start)
                    .all(|k| k.cap)
        })
}

/// Whether the words `t[r]` between commas are an age or a home town ("29", "of Dayton",
/// "Ohio"), the kind of aside that follows a name.
fn is_age_or_home(text: &str, t: &[Tok], r: (usize, usize), mentions: &[RawMention]) -> bool {
    let (a, b) = r;
    if a >= b {
        return false;
    }
    let number = b - a == 1 && t[a].lower.chars().all(|c| c.is_ascii_digit());
    let from = matches!(t[a].lower.as_str(), "of" | "from") && b - a <= 4;
    let place = super::mentions_in(mentions, t[a].start, t[b - 1].end)
        .iter()
        .any(|m| m.kind == EntityKind::Place && m.start <= t[a].start && t[b - 1].end <= m.end);
    // A state abbreviation: "Ala.", "N.Y.".
    let state = b - a == 1
        && t[a].cap
        && t[a].end - t[a].start <= 5
        && text.get(t[a].end..).is_some_and(|r| r.starts_with('.'));
    number || from || place || state
}

/// The subject of the verb at `vi`: the words just before it, skipping auxiliaries and an
/// appositive ("Col. Jane Roe, the spokesperson for the club, said"), as token indices.
pub(crate) fn np_before(
    text: &str,
    t: &[Tok],
    vi: usize,
    floor: usize,
    mentions: &[RawMention],
) -> Option<(usize, usize)> {
    let sp = speech();
    let mut b = vi;
    while b > floor
        && (sp.auxiliaries.contains(t[b - 1].lower.as_str()) || is_adverb(&t[b - 1]))
        && !gap_breaks(text, t[b - 1].end, t[b].start)
    {
        b -= 1;
    }
    if b <= floor
        || gap_breaks(text, t[b - 1].end, t[b].start)
            && !gap_has_comma(text, t[b - 1].end, t[b].start)
    {
        return None;
    }
    let comma = gap_has_comma(text, t[b - 1].end, t[b].start);
    // "the army, which called it": the subject is before the relative word; a person named
    // right before it is the whole subject ("the debate turned to Ann Lee, who said").
    let relative = matches!(t[b - 1].lower.as_str(), "which" | "who") && b - 1 > floor;
    let named_before = |e: usize| {
        mentions.iter().rev().find(|m| {
            m.kind == EntityKind::Person && m.start < t[e - 1].end && t[e - 1].start < m.end
        })
    };
    if relative && gap_has_comma(text, t[b - 2].end, t[b - 1].start) {
        let (a, e) = run_back(text, t, b - 2, floor)?;
        let a = (a..e).rfind(|&j| t[j].lower == "by").map_or(a, |j| j + 1);
        let a = named_before(e).map_or(a, |m| (a..e).find(|&j| t[j].end > m.start).unwrap_or(a));
        return (a < e).then_some((a, e));
    }
    // "a retired general who suggested": with no comma, the noun phrase from its article, or
    // the person named right before.
    if relative && !gap_breaks(text, t[b - 2].end, t[b - 1].start) {
        let e = b - 1;
        let lo = e.saturating_sub(5).max(floor);
        let joined = |j: usize| (j + 1..e).all(|i| !gap_breaks(text, t[i - 1].end, t[i].start));
        let article = (lo..e)
            .rev()
            .find(|&j| matches!(t[j].lower.as_str(), "a" | "an" | "the"))
            .filter(|&j| joined(j) && (j + 1..e).all(|i| !is_verb(t, i)));
        let named = named_before(e).and_then(|m| (lo..e).find(|&j| t[j].end > m.start));
        if let Some(a) = article.or(named).filter(|&a| a < e && joined(a)) {
            return Some((a, e));
        }
    }
    if matches!(t[b - 1].lower.as_str(), "and" | "or" | "but" | "nor") {
        return None;
    }
    if sp.noun_like.contains(t[vi].lower.as_str()) {
        let w = &t[b - 1];
        if !((w.cap && b - 1 > floor)
            || sp.anonymous_heads.contains(w.lower.as_str())
            || sp.source_nouns.contains(w.lower.as_str())
            || sp.person_pronouns.contains(w.lower.as_str())
            || sp.thing_pronouns.contains(w.lower.as_str()))
        {
            return None;
        }
    }
    if !comma {
        let r = run_back(text, t, b - 1, floor)?;
        return Some(relative_antecedent(text, t, r, floor).unwrap_or(r));
    }
    // "X, appositive, said": the name may be either part.
    let mut a = b - 1;
    while a > floor && b - a < 40 && !gap_breaks(text, t[a - 1].end, t[a].start) {
        a -= 1;
    }
    // "Ann Roe, 29, of Dayton, Ohio, said", "Ann Roe, who lost her seat in 2012, said", "Ann
    // Roe, the head of the club, a group that sued, said": an age, a home town, a relative
    // clause or a description between commas is skipped for the name before it.
    let mut seg = (a, b);
    for _ in 0..5 {
        // "Sanders's chief strategist": a phrase ending in a lowercase word is a description
        // even when a name opens it.
        let described = seg.1 - seg.0 > 1 && !t[seg.1 - 1].cap;
        let aside = !t[seg.0].cap || described || is_age_or_home(text, t, seg, mentions);
        // A capitalised phrase reached back over the asides is the name they describe, even
        // one the entity finder did not know.
        if !aside && seg != (a, b) && seg.1 - seg.0 <= 6 && t[seg.0..seg.1].iter().all(|k| k.cap) {
            return Some(seg);
        }
        if !aside || seg.0 <= floor {
            break;
        }
        if !gap_has_comma(text, t[seg.0 - 1].end, t[seg.0].start) {
            break;
        }
        let e = seg.0;
        let mut s0 = e - 1;
        while s0 > floor && e - s0 < 20 && !gap_breaks(text, t[s0 - 1].end, t[s0].start) {
            s0 -= 1;
        }
        seg = (s0, e);
        if has_leading_person(t, seg, mentions) {
            return Some(seg);
        }
    }
    let appositive = (a, b);
    let looks_like_name = b - a <= 6 && a > floor && t[a..b].iter().all(|k| k.cap);
    if looks_like_name || has_leading_person(t, appositive, mentions) {
        return Some(appositive);
    }
    // "Across Asia, policymakers said": a phrase opening with a preposition only sets the
    // scene, so the words before the verb are the subject.
    if a > floor
        && gap_has_comma(text, t[a - 1].end, t[a].start)
        && let Some(r0) = run_back(text, t, a - 1, floor)
        && !super::PREPOSITIONS.contains(&t[r0.0].lower.as_str())
    {
        return Some(r0);
    }
    run_back(text, t, b - 1, floor)
}

/// Whether a word is an adverb that may sit between a speaker and the verb ("Ann Lee
/// subsequently testified"): lowercase, ending in "-ly", and no noun a speaker phrase uses.
fn is_adverb(w: &Tok) -> bool {
    let sp = speech();
    !w.cap
        && w.lower.len() > 4
        && w.lower.ends_with("ly")
        && !matches!(
            w.lower.as_str(),
            "family" | "rally" | "daily" | "weekly" | "monthly"
        )
        && !sp.anonymous_heads.contains(w.lower.as_str())
        && !sp.role_nouns.contains(w.lower.as_str())
        && !sp.source_nouns.contains(w.lower.as_str())
}

/// How far back a relative clause between a speaker and the verb may run, in words.
const RELATIVE_WORDS: usize = 20;

/// For a subject phrase `r` cut short by a relative clause with no commas ("the woman who ran
/// the shop and who lost it said"): the phrase before the clause's first "who" (or "that"
/// after a speaker noun), when the words between run on unbroken to the verb.
fn relative_antecedent(
    text: &str,
    t: &[Tok],
    r: (usize, usize),
    floor: usize,
) -> Option<(usize, usize)> {
    let sp = speech();
    // Only a phrase that cannot be a subject itself: "… who did not want to be named said".
    let w0 = &t[r.0];
    let subject_like = w0.cap
        || matches!(
            w0.lower.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "this" | "these"
        )
        || w0.lower.starts_with(|c: char| c.is_ascii_digit())
        || is_anonymous_head(w0.lower.as_str())
        || sp.role_nouns.contains(w0.lower.as_str())
        || sp.source_nouns.contains(w0.lower.as_str())
        || sp.person_pronouns.contains(w0.lower.as_str())
        || sp.thing_pronouns.contains(w0.lower.as_str());
    if subject_like || r.0 <= floor || gap_breaks(text, t[r.0 - 1].end, t[r.0].start) {
        return None;
    }
    let mut first = None;
    let mut j = r.0;
    while j > floor + 1 && r.1 - j < RELATIVE_WORDS {
        j -= 1;
        if gap_breaks(text, t[j].end, t[j + 1].start) {
            break;
        }
        let prev = &t[j - 1];
        let relative = match t[j].lower.as_str() {
            "who" => !sp.np_stop.contains(prev.lower.as_str()) && !is_verb(t, j - 1),
            "that" => {
                !prev.cap
                    && (sp.anonymous_heads.contains(prev.lower.as_str())
                        || sp.source_nouns.contains(prev.lower.as_str())
                        || sp.role_nouns.contains(prev.lower.as_str()))
            }
            _ => false,
        };
        if relative && !gap_breaks(text, prev.end, t[j].start) {
            first = Some(j);
        }
    }
    let w = first?;
    run_back(text, t, w - 1, floor)
}

/// The phrase that starts at `i`, up to punctuation or a clause word.
pub(crate) fn np_after(text: &str, t: &[Tok], i: usize) -> Option<(usize, usize)> {
    let sp = speech();
    if i >= t.len() || sp.np_stop.contains(t[i].lower.as_str()) {
        return None;
    }
    let mut b = i + 1;
    while b < t.len()
        && b - i < 12
        && !gap_breaks(text, t[b - 1].end, t[b].start)
        && !sp.np_stop.contains(t[b].lower.as_str())
        && !is_verb(t, b)
    {
        b += 1;
    }
    // "said the bureau's director, Ann Lee": a description then the name it belongs to; the
    // name is the speaker.
    if !t[i].cap
        && b < t.len()
        && text
            .get(t[b - 1].end..t[b].start)
            .is_some_and(|g| g.trim() == ",")
    {
        let mut e = b;
        while e < t.len()
            && e - b < 4
            && t[e].cap
            && (e == b || !gap_breaks(text, t[e - 1].end, t[e].start))
        {
            e += 1;
        }
        let closes = e == t.len() || gap_breaks(text, t[e - 1].end, t[e].start);
        if e > b && closes && !sp.anonymous_heads.contains(t[b].lower.as_str()) {
            return Some((b, e));
        }
    }
    Some((i, b))
}

/// End of the head of a phrase: "one soldier stationed at the base" → "one soldier", while
/// "people familiar with the matter" stays whole.
pub(crate) fn head_end(t: &[Tok], r: (usize, usize)) -> usize {
    let sp = speech();
    for j in r.0 + 1..r.1 {
        let w = t[j].lower.as_str();
        if t[j].cap || !sp.head_cut.contains(w) {
            continue;
        }
        if w == "with" && t[j - 1].lower == "familiar" {
            continue;
        }
        return j;
    }
    r.1
}

/// Whether `w` is a past-tense verb run on to the noun `before` ("judge pointed", "Lee
/// declined"), not an adjective: adjectives stand before their noun ("the retired judge",
/// "the newly elected").
fn ran_on_verb(before: &Tok, w: &Tok) -> bool {
    let sp = speech();
    !w.cap
        && w.lower.len() > 4
        && w.lower.ends_with("ed")
        && !before.lower.ends_with("ly")
        && !determiner_word(before.lower.as_str())
        && !sp.head_cut.contains(w.lower.as_str())
        && !sp.anonymous_heads.contains(w.lower.as_str())
}

fn determiner_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "this" | "these" | "those"
    )
}

/// Whether a word names an unnamed kind of speaker ("official", "engineers").
pub(crate) fn is_anonymous_head(w: &str) -> bool {
    let heads = &speech().anonymous_heads;
    heads.contains(w) || w.strip_suffix('s').is_some_and(|s| heads.contains(s))
}

/// Whether a sentence says its speaker is unnamed on purpose ("asked not to be named").
pub(crate) fn has_anonymity_cue(clause: &str) -> bool {
    speech()
        .anonymity_cues
        .iter()
        .any(|c| contains_ignoring_case(clause, c))
}

/// Whether `hay` holds the lowercase ASCII `needle` in any case, without lowercasing `hay`
/// (a copy per speaker phrase would make a long paragraph quadratic).
fn contains_ignoring_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    !n.is_empty() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// The last mention of the kind of `mentions[first]` that starts before `he`, from `first` on.
fn last_of_kind(mentions: &[RawMention], first: usize, he: usize) -> usize {
    let kind = mentions[first].kind;
    let mut i = first;
    while let Some(j) = (i + 1..mentions.len())
        .take_while(|&j| mentions[j].start < he)
        .find(|&j| mentions[j].kind == kind)
    {
        i = j;
    }
    i
}

/// How a speaker was named.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Who {
    /// A person mention.
    Person(usize),
    /// A phrase holding an organisation mention.
    Org,
    /// A capitalised name the entity finder did not know: a person as often as not.
    Name,
    /// A common noun ("a U.S. official", "the council").
    Common { anonymous: bool },
    /// "he", "she".
    PersonPronoun,
    /// "it", "they".
    ThingPronoun,
}

/// A speaker phrase found next to a speech verb.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Speaker {
    pub start: usize,
    pub end: usize,
    pub who: Who,
}

impl Speaker {
    /// Whether a later "he" or "she" may refer to this speaker.
    pub fn person_like(&self) -> bool {
        matches!(
            self.who,
            Who::Person(_) | Who::Name | Who::Common { anonymous: true }
        )
    }
}

/// Classifies the phrase `t[r]`; `clause` is the text around it, searched for anonymity cues.
pub(crate) fn speaker_of(
    t: &[Tok],
    r: (usize, usize),
    mentions: &[RawMention],
    clause: &str,
    trim: bool,
) -> Option<Speaker> {
    let sp = speech();
    if r.0 >= r.1 || r.1 > t.len() {
        return None;
    }
    // "he" or "she" at either edge of a longer phrase is its subject, the rest a clause run
    // on to it: "He also issued a statement", "the budget and she".
    let pronoun = |k: &Tok| sp.person_pronouns.contains(k.lower.as_str());
    let r = if r.1 - r.0 > 1 && pronoun(&t[r.1 - 1]) {
        (r.1 - 1, r.1)
    } else if r.1 - r.0 > 1 && pronoun(&t[r.0]) {
        (r.0, r.0 + 1)
    } else {
        r
    };
    // "to her", "with them": a phrase opening with a preposition or made of object pronouns
    // is what the verb acts on, never who speaks.
    let object_pronoun = |k: &Tok| matches!(k.lower.as_str(), "her" | "him" | "them" | "us" | "me");
    if !t[r.0].cap
        && (super::PREPOSITIONS.contains(&t[r.0].lower.as_str())
            || t[r.0..r.1].iter().all(object_pronoun))
    {
        return None;
    }
    let (s, e) = (t[r.0].start, t[r.1 - 1].end);
    if r.1 - r.0 == 1 {
        let w = t[r.0].lower.as_str();
        if sp.person_pronouns.contains(w) {
            return Some(Speaker {
                start: s,
                end: e,
                who: Who::PersonPronoun,
            });
        }
        if sp.thing_pronouns.contains(w) {
            return Some(Speaker {
                start: s,
                end: e,
                who: Who::ThingPronoun,
            });
        }
    }
    let mut hb = if trim { head_end(t, r) } else { r.1 };
    // "The judge pointed (to a case to say)": a lowercase "-ed" word after a noun ends no noun
    // phrase (adjectives come before the noun), so it is the verb the phrase ran on into.
    if trim && hb - r.0 >= 2 && ran_on_verb(&t[hb - 2], &t[hb - 1]) {
        hb -= 1;
    }
    let he = t[hb - 1].end;
    // "the Republican", "the Vermont Democrat": a capitalised role after "the" names someone
    // introduced before, even where the entity finder took the word for a name.
    if t[r.0].lower == "the"
        && (2..=4).contains(&(hb - r.0))
        && t[hb - 1].cap
        && sp.role_nouns.contains(t[hb - 1].lower.as_str())
    {
        return Some(Speaker {
            start: s,
            end: he,
            who: Who::Common { anonymous: false },
        });
    }
    let inside = |k: EntityKind| {
        let from = mentions.partition_point(|m| m.end <= s);
        mentions[from..]
            .iter()
            .take_while(|m| m.start < he)
            .position(|m| m.kind == k && s < m.end)
            .map(|i| from + i)
    };
    // The last person named is the head: "Clinton's aide Jake Sullivan", "Cruz spokesman Rick
    // Tyler". A person named before a lowercase head only modifies it: "a Trump supporter".
    let last_person = inside(EntityKind::Person).map(|first| {
        let mut i = first;
        while mentions
            .get(i + 1)
            .is_some_and(|m| m.start < he && m.kind == EntityKind::Person)
        {
            i += 1;
        }
        i
    });
    let head_word = &t[hb - 1];
    if let Some(i) = last_person {
        let modifier = head_word.start >= mentions[i].end
            && !head_word.cap
            && !matches!(
                head_word.lower.as_str(),
                "himself" | "herself" | "jr" | "sr"
            );
        if !modifier {
            // A name the entity finder cut short ("Amy" of "Amy Pope said") runs on to the
            // capitalised words that close the phrase.
            let from = t[r.0..hb].partition_point(|k| k.end <= mentions[i].end) + r.0;
            let end = if from < hb && t[from..hb].iter().all(|k| k.cap) && hb - from <= 2 {
                t[hb - 1].end
            } else {
                mentions[i].end
            };
            return Some(Speaker {
                start: mentions[i].start,
                end,
                who: Who::Person(i),
            });
        }
    }
    // An organisation before a lowercase head only says whose the speaker is: "a State
    // Department official", "the company's spokeswoman".
    let org_modifier = |i: usize| head_word.start >= mentions[i].end && !head_word.cap;
    if inside(EntityKind::Organization)
        .is_some_and(|i| !org_modifier(last_of_kind(mentions, i, he)))
    {
        return Some(Speaker {
            start: s,
            end: he,
            who: Who::Org,
        });
    }
    let head = &t[hb - 1];
    if head.cap && !sp.anonymous_heads.contains(head.lower.as_str()) {
        return Some(Speaker {
            start: s,
            end: he,
            who: Who::Name,
        });
    }
    let anonymous = t[r.0..hb]
        .iter()
        .any(|k| !k.cap && is_anonymous_head(k.lower.as_str()))
        || has_anonymity_cue(clause);
    Some(Speaker {
        start: s,
        end: he,
        who: Who::Common { anonymous },
    })
}
