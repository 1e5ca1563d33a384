//! Quoted words and who said them.
//!
//! A quote is a run of words inside double quotation marks in a headline or body block. Its
//! speaker comes from the words after it ("…,” said X", "…,” X said", "… according to X") or,
//! failing that, from the words before it in the same sentence ("X said: “…”", "X described
//! the talks as “…”", "X was quoted as saying “…”"). Words inside any quote never count as
//! attribution. "He"/"she" resolve to the most recent person-like speaker of the last two
//! paragraphs, else to the nearest preceding person mention; a quote with no attribution that
//! directly follows another takes that quote's speaker.
//!
//! A quote is *partial* when it is a fragment embedded in the writer's sentence. It is a full
//! statement when it starts its sentence, follows a colon, or starts with a capital letter and
//! either ends with sentence punctuation or is followed by an attribution.

mod attribution;
pub(crate) mod gender;
mod lexicon;
mod persons;
mod resolve;
mod scan;
mod speaker;
mod terms;
mod tokens;

#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod pronoun_tests;
#[cfg(test)]
pub(crate) mod seed_tests;
#[cfg(test)]
mod speaker_tests;
#[cfg(test)]
pub(crate) mod testkit;
#[cfg(test)]
mod tests;

pub(crate) use scan::{clause_end, clause_start, quote_spans};
pub(crate) use speaker::{
    Speaker, Tok, Who, gap_breaks, gap_has_comma, is_according, is_verb, np_after, np_before, toks,
    verb_len,
};
pub use tokens::ArticleWords;
pub(crate) use tokens::within;

use super::entities::RawMention;
use crate::brief::{Block, EntityKind, Sentence, SpeakerFound, TermKind};
use attribution::{lead_speaker, short_attribution, tail_speaker};
use gender::{Genders, agrees};
use lexicon::speech;
use resolve::{
    Event, FAR_PARAGRAPHS, NEAR_PARAGRAPHS, PRONOUN_LOOKBACK, QuoteCover, definite_role,
    last_before, later, previous_subject, resolve_pronoun, sentence_subject, verb_events,
};
use scan::Span;
use speaker::speaker_of;

/// A quote as found in one article, before entity ids are known.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// The quoted words, without the marks.
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// The speaker as written or resolved.
    pub speaker: Option<String>,
    /// Where the speaker is named in the text (for a pronoun, the person mention it resolves
    /// to), so the pipeline can link the speaker to its entity.
    pub speaker_span: Option<(usize, usize)>,
    pub anonymous: bool,
    pub partial: bool,
    /// Where the speaker was found.
    pub found: SpeakerFound,
    /// Set when the quoted words are not speech but a title or a term; such a quote has no
    /// speaker and goes to the article's terms.
    pub term: Option<TermKind>,
}

/// Index of the sentence holding `pos`, else of the last sentence starting before it.
/// Sentences are in text order and never overlap, so both are the last one starting at or
/// before `pos` (found by bisection: a huge article has many quotes and many sentences).
pub(crate) fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let k = sentences.partition_point(|s| s.start <= pos);
    match k {
        0 if sentences.is_empty() => None,
        0 => Some(0),
        k => Some(k - 1),
    }
}

/// Bounds of the sentence holding `pos` according to the splitter, clipped to its block.
/// Between two sentences, the gap between them, so no search ever spans a whole paragraph.
fn sentence_bounds(sentences: &[Sentence], block: &Block, pos: usize) -> (usize, usize) {
    let k = sentences.partition_point(|s| s.start <= pos);
    let before = k.checked_sub(1).map(|i| &sentences[i]);
    if let Some(s) = before.filter(|s| pos < s.end) {
        return (s.start.max(block.start), s.end.min(block.end));
    }
    let lo = before.map_or(block.start, |s| s.end.clamp(block.start, block.end));
    let hi = sentences
        .get(k)
        .map_or(block.end, |s| s.start.clamp(block.start, block.end));
    (lo.min(pos), hi.max(pos).min(block.end.max(pos)))
}

/// Words that open a phrase continuing the writer's sentence rather than naming a speaker.
const PREPOSITIONS: &[&str] = &[
    "by",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "to",
    "of",
    "over",
    "after",
    "before",
    "during",
    "into",
    "about",
    "against",
    "among",
    "amid",
    "across",
    "throughout",
    "under",
    "within",
];

/// Whether the quote is a fragment embedded in the writer's sentence.
fn is_partial(text: &str, q: &Span, clause_lo: usize, has_tail: bool) -> bool {
    let lead = text.get(clause_lo..q.open).unwrap_or("");
    if !lead.chars().any(char::is_alphanumeric) || lead.trim_end().ends_with(':') {
        return false;
    }
    let inner = text.get(q.start..q.end).unwrap_or("");
    let capital = inner.chars().next().is_some_and(char::is_uppercase);
    let ends = inner
        .trim_end_matches(['’', '\'', ')'])
        .ends_with(['.', '?', '!']);
    !(capital && (ends || has_tail))
}

/// Finds the quotes of one article's story blocks and attributes them.
pub fn find(
    text: &str,
    blocks: &[Block],
    sentences: &[Sentence],
    mentions: &[RawMention],
    words: &ArticleWords,
) -> Vec<FoundQuote> {
    let mentions: &[RawMention] = &persons::with_person_evidence(text, mentions);
    let spans = quote_spans(text, blocks);
    let cover = QuoteCover::new(&spans);
    let genders = Genders::new(text, mentions);
    let mut events = verb_events(text, blocks, sentences, &cover, mentions, &genders, words);
    // Events are kept in position order so the latest one before a pronoun is found by
    // bisection; anonymous ones are also listed apart for "they".
    events.sort_by_key(|e| e.pos);
    let anon_events: Vec<&Event> = events.iter().filter(|e| e.anonymous).collect();
    let mut quote_events: Vec<Event> = Vec::new();
    let mut anon_quote_events: Vec<usize> = Vec::new();
    let mut out: Vec<FoundQuote> = Vec::new();
    // Whether each found quote's speaker may be the referent of a later "he" or "she".
    let mut likes: Vec<bool> = Vec::new();
    let mut from_span: Vec<usize> = Vec::new();
    let mut prev: Option<(usize, usize)> = None; // (index into out, span index)
    for (qi, q) in spans.iter().enumerate() {
        let Some(sentence) = sentence_at(sentences, q.start) else {
            continue;
        };
        let block = &blocks[q.block];
        let held = words.block(q.block);
        let bw: &[Tok] = &held;
        let (s_lo, _) = sentence_bounds(sentences, block, q.open);
        let (_, s_hi) = sentence_bounds(sentences, block, q.close.saturating_sub(1).max(q.start));
        let c_lo = clause_start(text, s_lo, q.open);
        let prev_close = qi
            .checked_sub(1)
            .map(|p| spans[p])
            .filter(|p| p.block == q.block)
            .map_or(block.start, |p| p.close);
        let next_open = spans
            .get(qi + 1)
            .filter(|n| n.block == q.block)
            .map_or(block.end, |n| n.open);
        let mut tail_hi = clause_end(text, q.close, s_hi.max(q.close))
            .min(next_open)
            .max(q.close);
        // A quote that ends its own sentence may be attributed by the next one alone:
        // "“… done!” Jane Roe said."
        if q.closed && within(bw, q.close, tail_hi).is_empty() {
            let next = sentences
                .get(sentences.partition_point(|s| s.start < q.close))
                .filter(|s| {
                    s.block == q.block
                        && text
                            .get(q.close..s.start)
                            .is_some_and(|g| g.chars().all(char::is_whitespace))
                });
            // A sentence that goes on into the next quote introduces that one instead:
            // "“…?” Ann Lee replied, “…”".
            if let Some(n) = next.filter(|n| next_open >= n.end.min(block.end)) {
                let hi = n.end.min(block.end).max(q.close);
                if short_attribution(text, within(bw, q.close, hi)) {
                    tail_hi = hi;
                }
            }
        }
        let clause = text.get(c_lo.min(q.open)..tail_hi).unwrap_or("");
        let tail = if q.closed {
            tail_speaker(text, bw, q, tail_hi, mentions, clause)
        } else {
            None
        };
        let lead = if tail.is_none() {
            // "Lee called for a pause, while Roe proposed we “…”": a clause with a subject of
            // its own keeps the verbs before it from the quote.
            let lo = c_lo.max(prev_close).min(q.open);
            let lo = subclause_start(text, bw, lo, q.open)
                .filter(|&s| {
                    within(bw, s, q.open)
                        .first()
                        .is_some_and(|w| w.cap || attribution::determiner_like(&w.lower))
                })
                .unwrap_or(lo);
            lead_speaker(text, bw, q, lo, mentions, clause, &cover)
        } else {
            None
        };
        let partial = is_partial(text, q, c_lo.min(q.open), tail.is_some());
        let starts_clause = !text
            .get(c_lo.min(q.open)..q.open)
            .unwrap_or("")
            .chars()
            .any(char::is_alphanumeric);
        // A cue makes the words a title or a term whatever verb is near, and so does title
        // case after a possessive; without either, title case woven into a sentence with no
        // speech verb is a title.
        let headline = block.kind == crate::brief::BlockKind::Headline;
        let unattributed = tail.is_none() && lead.is_none() && !starts_clause;
        let term = terms::cued(text, q)
            .or_else(|| (!headline && terms::possessed_title(text, q)).then_some(TermKind::Title))
            .or_else(|| {
                (unattributed && !headline && terms::looks_like_title(text, q))
                    .then_some(TermKind::Title)
            })
            .or_else(|| (unattributed && terms::modifier(text, q)).then_some(TermKind::Term));
        let mut fq = FoundQuote {
            start: q.start,
            end: q.end,
            sentence,
            speaker: None,
            speaker_span: None,
            anonymous: false,
            partial,
            found: SpeakerFound::None,
            term,
        };
        if term.is_some() {
            likes.push(false);
            from_span.push(qi);
            out.push(fq);
            continue;
        }
        // "Lee, Roe said, had served for “a thousand years” and passed “hundreds of bills”": a
        // quote with no attribution of its own after an attributed quote of its sentence is
        // that speaker's, not the sentence's subject's.
        // Not across a name, which may open a clause of its own ("At a hearing Wu called
        // “distasteful,” Kiro asked to “leave”").
        let named_between = |p: &Span| {
            mentions_in(mentions, p.close, q.open).iter().any(|m| {
                matches!(m.kind, EntityKind::Person | EntityKind::Organization)
                    && m.start >= p.close
                    && m.end <= q.open
            })
        };
        if let Some((po, ps)) = prev.filter(|_| tail.is_none() && lead.is_none())
            && out[po].sentence == sentence
            && !named_between(&spans[ps])
            && out[po].found == SpeakerFound::SameSentence
            && out[po].speaker.is_some()
        {
            fq.speaker = out[po].speaker.clone();
            fq.speaker_span = out[po].speaker_span;
            fq.anonymous = out[po].anonymous;
            fq.found = SpeakerFound::SameSentence;
            likes.push(likes[po]);
            prev = Some((out.len(), qi));
            from_span.push(qi);
            out.push(fq);
            continue;
        }
        let mut how = if tail.is_some() || lead.is_some() {
            SpeakerFound::SameSentence
        } else {
            SpeakerFound::Subject
        };
        // "Lee is sure the ban will fail: “…”": a quote after a colon is the words of the
        // subject of the sentence before the colon.
        let after_colon = text
            .get(s_lo.min(q.open)..q.open)
            .is_some_and(|l| l.trim_end().ends_with(':'));
        let found = tail.or(lead).or_else(|| {
            let from = if after_colon { s_lo } else { c_lo }.min(q.open);
            // "Lee called for a pause, while Roe proposed we “…”": the subject of the clause
            // the quote is in, else of the sentence.
            (!starts_clause || after_colon)
                .then(|| {
                    subclause_start(text, bw, from, q.open)
                        .and_then(|s| sentence_subject(text, bw, s, q.open, mentions, &cover))
                        .or_else(|| sentence_subject(text, bw, from, q.open, mentions, &cover))
                })
                .flatten()
        });
        if found.is_none() {
            how = SpeakerFound::PreviousSentence;
        }
        // A quote standing alone after a sentence about someone, with no quote before it to
        // continue: the subject of that sentence.
        let prev_sentence = sentence.checked_sub(1).map(|i| &sentences[i]);
        let prev_subject = || {
            let p = prev_sentence.filter(|p| p.block + 1 >= q.block)?;
            sentence_subject(
                text,
                &words.block(p.block),
                p.start,
                p.end,
                mentions,
                &cover,
            )
        };
        // "“…,” Lee said. Roe disagreed. “…”": a sentence after the quote before, with a
        // person named as its subject, brings in a new speaker.
        let mut new_subject = None;
        let continues = prev.is_some_and(|(po, ps): (usize, usize)| {
            let p = spans[ps];
            let near = out[po].speaker.is_some() && (p.block == q.block || p.block + 1 == q.block);
            if near && starts_clause && prev_sentence.is_some_and(|s| s.start >= p.close) {
                // The name opens the sentence, so it is its subject and not an object.
                let opens = |s: &Speaker| {
                    prev_sentence
                        .is_some_and(|p| within(&words.block(p.block), p.start, s.start).len() <= 2)
                };
                new_subject = prev_subject().filter(|s| {
                    matches!(s.who, Who::Person(_))
                        && opens(s)
                        && Some((s.start, s.end)) != out[po].speaker_span
                });
            }
            near && new_subject.is_none()
        });
        let found = found.or_else(|| {
            new_subject
                .take()
                .or_else(|| (starts_clause && !continues).then(prev_subject).flatten())
        });
        // "In a May poll, 60 percent said “…”": the poll speaks for the share it counts.
        let poll_lo = sentence
            .checked_sub(1)
            .map(|i| &sentences[i])
            .filter(|p| p.block == q.block)
            .map_or(s_lo, |p| p.start);
        let found = found.map(|s| {
            attribution::poll_for_respondents(text, bw, &s, poll_lo, s.start.min(q.open), &cover)
                .unwrap_or(s)
        });
        fq.found = how;
        if matches!(
            found.as_ref().map(|s| &s.who),
            Some(Who::PersonPronoun | Who::ThingPronoun)
        ) {
            fq.found = SpeakerFound::Pronoun;
        }
        let mut like = false;
        let mut gender = None;
        // Who a pronoun or a role at `at` stands for: the latest speaker of its gender, unless
        // a person was made the subject of a sentence after that speaker ("Ann spoke. Tom
        // toured the plant. “…,” he said" is Tom's).
        let referent = |want: Option<gender::Gender>, at: usize| {
            let recent =
                resolve_pronoun(&events, &quote_events, at, q.block, want, NEAR_PARAGRAPHS);
            let subject = sentence_at(sentences, at).and_then(|si| {
                previous_subject(
                    text, words, sentences, si, q.block, mentions, &cover, &genders, want, at,
                )
            });
            let recent = recent.filter(|e| {
                subject
                    .as_ref()
                    .is_none_or(|m| m.start < e.pos.max(e.span.map_or(0, |s| s.1)))
            });
            (recent, subject)
        };
        match found {
            Some(s) => match s.who {
                Who::PersonPronoun => {
                    let want = text.get(s.start..s.end).and_then(gender::of_pronoun);
                    gender = want;
                    like = true;
                    let (recent, subject) = referent(want, s.start);
                    if let Some(e) = recent {
                        fq.speaker = e.speaker.clone();
                        fq.speaker_span = e.span;
                        fq.anonymous = e.anonymous;
                    } else if let Some(m) = subject {
                        fq.speaker = text.get(m.start..m.end).map(str::to_string);
                        fq.speaker_span = Some((m.start, m.end));
                    } else if let Some(m) = mentions_in(mentions, 0, s.start)
                        .iter()
                        .rev()
                        .take(PRONOUN_LOOKBACK)
                        .filter(|m| m.kind == EntityKind::Person && m.end <= s.start)
                        .filter(|m| m.start >= blocks[q.block.saturating_sub(2)].start)
                        .filter(|m| agrees(want, genders.of(text, m.start, m.end)))
                        .find(|m| !cover.covers(m.start, m.end))
                    {
                        fq.speaker = text.get(m.start..m.end).map(str::to_string);
                        fq.speaker_span = Some((m.start, m.end));
                    } else if let Some(e) = resolve_pronoun(
                        &events,
                        &quote_events,
                        s.start,
                        q.block,
                        want,
                        FAR_PARAGRAPHS,
                    ) {
                        fq.speaker = e.speaker.clone();
                        fq.speaker_span = e.span;
                        fq.anonymous = e.anonymous;
                    }
                }
                Who::ThingPronoun => {
                    // "they" after unnamed officials means those officials; "it" an organisation.
                    let plural = text
                        .get(s.start..s.end)
                        .is_some_and(|w| w.eq_ignore_ascii_case("they"));
                    let recent = later(
                        last_before(&anon_events, s.start, |e| e.pos).copied(),
                        last_before(&anon_quote_events, s.start, |&i| quote_events[i].pos)
                            .map(|&i| &quote_events[i]),
                    )
                    .filter(|e| e.block + 2 >= q.block)
                    .filter(|_| plural);
                    // "Ann Foner and Tom Alba studied … In Europe, they write, “…”": the two
                    // people last named together.
                    let pair = plural
                        .then(|| {
                            let from = blocks[q.block.saturating_sub(1)].start;
                            named_pair(text, mentions_in(mentions, from, s.start), &cover)
                        })
                        .flatten();
                    if let Some(e) = recent {
                        like = true;
                        fq.speaker = e.speaker.clone();
                        fq.speaker_span = e.span;
                        fq.anonymous = true;
                    } else if let Some((a, b)) = pair {
                        like = true;
                        fq.speaker = text.get(a..b).map(str::to_string);
                        fq.speaker_span = Some((a, b));
                    } else if let Some((a, b)) = plural
                        .then(|| {
                            let p = prev_sentence.filter(|p| p.block + 1 >= q.block)?;
                            plural_opening(within(&words.block(p.block), p.start, p.end))
                        })
                        .flatten()
                    {
                        // "Officials at the ministry met on Monday. “…,” they said."
                        like = true;
                        fq.speaker = text.get(a..b).map(str::to_string);
                        fq.speaker_span = Some((a, b));
                        fq.anonymous = true;
                    } else if let Some(m) = mentions_in(mentions, block.start, s.start)
                        .iter()
                        .rev()
                        .filter(|m| m.kind == EntityKind::Organization && m.end <= s.start)
                        .find(|m| m.start >= block.start && !cover.covers(m.start, m.end))
                    {
                        fq.speaker = text.get(m.start..m.end).map(str::to_string);
                        fq.speaker_span = Some((m.start, m.end));
                    }
                }
                // "the man said", "the officer said": an unnamed person's role after "the" is
                // someone met before, unless the sentence says they go unnamed.
                Who::Common { anonymous }
                    if let Some(want) = definite_role(text, &s)
                        && (!anonymous || !speaker::has_anonymity_cue(clause)) =>
                {
                    // "the senator said": the person last named, of the role's gender; a
                    // person made the subject of the quote's own sentence before the quote
                    // ("Lee defends the plan in an ad: “…,” the senator says") is named later.
                    let (recent, subject) = referent(want, s.start);
                    let own = (s.start > q.close)
                        .then(|| {
                            sentence_subject(text, bw, s_lo.min(q.open), q.open, mentions, &cover)
                        })
                        .flatten()
                        .filter(|m| matches!(m.who, Who::Person(_)))
                        .filter(|m| agrees(want, genders.of(text, m.start, m.end)))
                        .filter(|m| recent.as_ref().is_none_or(|e| e.pos < m.start));
                    // "U.S. District Judge Ann Lee … the judge said": a person the article
                    // gave the role, over whoever spoke last unless that is one of them. Only
                    // a bare role: "the Florida senator" is not any senator.
                    let surname =
                        |a: usize, b: usize| text.get(a..b).and_then(|n| n.rsplit(' ').next());
                    let titled = || {
                        let phrase = text.get(s.start..s.end)?;
                        let (_, role) = phrase.split_once(' ').filter(|(_, r)| !r.contains(' '))?;
                        let holders = resolve::titled_as(
                            text,
                            mentions,
                            &role.to_lowercase(),
                            blocks[0].start,
                            s.start,
                        );
                        let last = recent
                            .as_ref()
                            .and_then(|e| e.span)
                            .or(subject.as_ref().map(|m| (m.start, m.end)))
                            .and_then(|(a, b)| surname(a, b));
                        let is_holder = |h: &Speaker| surname(h.start, h.end) == last;
                        match holders.first() {
                            Some(_) if last.is_some() && holders.iter().any(is_holder) => None,
                            first => first.cloned(),
                        }
                    };
                    let (recent, subject) = match own.or_else(titled) {
                        Some(m) => (None, Some(m)),
                        None => (recent, subject),
                    };
                    match (recent, subject) {
                        (Some(e), _) => {
                            like = true;
                            gender = want.or(e.gender);
                            fq.speaker = e.speaker.clone();
                            fq.speaker_span = e.span;
                            fq.anonymous = e.anonymous;
                            fq.found = SpeakerFound::Pronoun;
                        }
                        (None, Some(m)) => {
                            like = true;
                            gender = want.or_else(|| genders.of(text, m.start, m.end));
                            fq.speaker = text.get(m.start..m.end).map(str::to_string);
                            fq.speaker_span = Some((m.start, m.end));
                            fq.found = SpeakerFound::Pronoun;
                        }
                        (None, None) => {
                            fq.speaker = text.get(s.start..s.end).map(str::to_string);
                            fq.speaker_span = Some((s.start, s.end));
                            fq.anonymous = anonymous;
                            like = anonymous;
                        }
                    }
                }
                Who::Person(_) | Who::Org | Who::Name | Who::Common { .. } => {
                    like = s.person_like();
                    fq.speaker = text.get(s.start..s.end).map(str::to_string);
                    fq.speaker_span = Some((s.start, s.end));
                    fq.anonymous = matches!(s.who, Who::Common { anonymous: true });
                }
            },
            None => {
                // A continuation: the next sentence or paragraph after a quote.
                // A quote woven into the same sentence as the one before ("called them “…” and
                // “…”") is the same speaker's.
                if let Some((po, ps)) = prev {
                    let p = spans[ps];
                    // A fragment with no attribution of its own in the paragraph of a quote
                    // before it is that quote's speaker's.
                    let same_block = p.block == q.block;
                    if same_block || starts_clause && p.block + 1 == q.block {
                        let pq: &FoundQuote = &out[po];
                        fq.speaker = pq.speaker.clone();
                        fq.speaker_span = pq.speaker_span;
                        fq.anonymous = pq.anonymous;
                        fq.found = SpeakerFound::PreviousSentence;
                        like = likes[po];
                    }
                }
            }
        }
        if fq.speaker.is_none() {
            fq.found = SpeakerFound::None;
        }
        let like = like && fq.speaker.is_some();
        likes.push(like);
        if like {
            if fq.anonymous {
                anon_quote_events.push(quote_events.len());
            }
            let gender =
                gender.or_else(|| fq.speaker_span.and_then(|(a, b)| genders.of(text, a, b)));
            quote_events.push(Event {
                pos: q.open,
                block: q.block,
                speaker: fq.speaker.clone(),
                span: fq.speaker_span,
                anonymous: fq.anonymous,
                gender,
            });
        }
        prev = Some((out.len(), qi));
        from_span.push(qi);
        out.push(fq);
    }
    // A paragraph that opens a quote without closing it, continued by a quote opening the next
    // paragraph, is one statement spread over paragraphs: the later attribution covers both.
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (a, b) = (spans[from_span[i]], spans[from_span[i + 1]]);
        let opens_block = !text
            .get(blocks[b.block].start..b.open)
            .unwrap_or("x")
            .chars()
            .any(char::is_alphanumeric);
        let speech = out[i].term.is_none() && out[i + 1].term.is_none();
        if speech && !a.closed && out[i].speaker.is_none() && b.block == a.block + 1 && opens_block
        {
            let (speaker, span, anonymous, found) = (
                out[i + 1].speaker.clone(),
                out[i + 1].speaker_span,
                out[i + 1].anonymous,
                out[i + 1].found,
            );
            out[i].speaker = speaker;
            out[i].speaker_span = span;
            out[i].anonymous = anonymous;
            out[i].found = found;
        }
    }
    out
}

/// The mentions overlapping `[lo, hi)`. Mentions come in text order and never overlap, so both
/// their starts and their ends are sorted and two binary searches find the run.
pub(crate) fn mentions_in(mentions: &[RawMention], lo: usize, hi: usize) -> &[RawMention] {
    let a = mentions.partition_point(|m| m.end <= lo);
    let b = mentions.partition_point(|m| m.start < hi).max(a);
    &mentions[a..b]
}

/// Where the last clause joined on after a comma by "while", "whereas" or "but" starts, among
/// the words in `lo..hi`.
fn subclause_start(text: &str, words: &[Tok], lo: usize, hi: usize) -> Option<usize> {
    let t = within(words, lo, hi);
    (1..t.len())
        .rev()
        .find(|&k| {
            matches!(t[k].lower.as_str(), "while" | "whereas" | "but")
                && gap_has_comma(text, t[k - 1].end, t[k].start)
        })
        .map(|k| t[k].end)
}

/// The span of the last two people named together, "Ann Foner and Tom Alba", among `ms`.
fn named_pair(text: &str, ms: &[RawMention], cover: &QuoteCover) -> Option<(usize, usize)> {
    ms.windows(2).rev().find_map(|w| {
        let (a, b) = (&w[0], &w[1]);
        let people = a.kind == EntityKind::Person && b.kind == EntityKind::Person;
        let joined = text.get(a.end..b.start).is_some_and(|g| g.trim() == "and");
        (people && joined && !cover.covers(a.start, b.end)).then_some((a.start, b.end))
    })
}

/// The unnamed people a sentence opens on ("Officials at the ministry", "Some senior aides"):
/// a plural source noun among its first three words, with no name before it.
fn plural_opening(t: &[Tok]) -> Option<(usize, usize)> {
    let j = (0..t.len().min(3))
        .find(|&j| t[j].lower.ends_with('s') && speaker::is_anonymous_head(&t[j].lower))?;
    let named = t[..j].iter().skip(1).any(|w| w.cap);
    (!named).then(|| (t[0].start, t[j].end))
}
