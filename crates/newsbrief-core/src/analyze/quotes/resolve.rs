//! Who a quote with no named speaker stands for: the speakers seen so far (quotes and speech
//! verbs), a pronoun's look back over them, and the subjects of the sentences before.

use super::gender::{self, Gender, Genders, agrees};
use super::lexicon::speech;
use super::scan::Span;
use super::speaker::{
    Speaker, Tok, Who, gap_breaks, gap_has_comma, is_verb, np_before, speaker_of,
};
use super::tokens::{ArticleWords, within};
use super::{mentions_in, sentence_bounds};
use crate::analyze::entities::RawMention;
use crate::brief::{Block, EntityKind, Sentence};

/// A speaker seen somewhere in the text, for resolving later pronouns.
pub(super) struct Event {
    pub(super) pos: usize,
    pub(super) block: usize,
    pub(super) speaker: Option<String>,
    pub(super) span: Option<(usize, usize)>,
    pub(super) anonymous: bool,
    pub(super) gender: Option<Gender>,
}

/// For "the senator", "the Florida billionaire": the gender the role tells (if any), meaning
/// the phrase names someone introduced before; `None` for any other phrase.
pub(super) fn definite_role(text: &str, s: &Speaker) -> Option<Option<Gender>> {
    let words: Vec<&str> = text.get(s.start..s.end)?.split_whitespace().collect();
    let (first, last) = (words.first()?, words.last()?);
    let head = last.to_lowercase();
    let definite = first.eq_ignore_ascii_case("the") && (2..=4).contains(&words.len());
    (definite && speech().role_nouns.contains(&head)).then(|| gender::of_word(&head))
}

/// The people a role may stand for ("the judge said") because the article gave them that
/// role: those named in `from..at` with the role as a title before the name ("U.S. District
/// Judge Ann Lee", "Sen. Lee") or in a description right after it ("Lee, a former CIA
/// officer,"), latest first.
pub(super) fn titled_as(
    text: &str,
    mentions: &[RawMention],
    role: &str,
    from: usize,
    at: usize,
) -> Vec<Speaker> {
    let ms = mentions_in(mentions, from, at);
    let base = mentions.partition_point(|x| x.start < from);
    (0..ms.len())
        .rev()
        .filter(|&i| {
            let m = &ms[i];
            m.kind == EntityKind::Person
                && m.end <= at
                && (titled(text, m, role) || described(text, m.end, role))
        })
        .map(|i| Speaker {
            start: ms[i].start,
            end: ms[i].end,
            who: Who::Person(base + i),
        })
        .collect()
}

/// Whether the words right before a name, or its own words before the last, give it `role`.
fn titled(text: &str, m: &RawMention, role: &str) -> bool {
    let sp = speech();
    let lo = (m.start.saturating_sub(40)..=m.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(m.start);
    let before = text.get(lo..m.start).unwrap_or("");
    let before = before
        .rsplit([',', ';', ':', '(', '"', '“', '\n'])
        .next()
        .unwrap_or("");
    let own = text.get(m.start..m.end).unwrap_or("");
    let own: Vec<&str> = own.split_whitespace().collect();
    let own = &own[..own.len().saturating_sub(1)];
    let mut words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    words.extend(own);
    words.iter().any(|w| {
        let w = w.trim_end_matches('.').to_lowercase();
        w == role
            || sp
                .role_titles
                .get(&w)
                .is_some_and(|rs| rs.iter().any(|r| r == role))
    })
}

/// Whether a description right after a name gives it `role`: "Lee, a former CIA officer,".
fn described(text: &str, end: usize, role: &str) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    let aside = rest.split([',', ';', '.', '(', '\n']).next().unwrap_or("");
    let words: Vec<&str> = aside.split_whitespace().collect();
    words.len() <= 7
        && words
            .first()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        && words.iter().skip(1).any(|w| w.eq_ignore_ascii_case(role))
}

/// How many paragraphs back a pronoun's speaker is looked for, first near and then, when
/// nobody near fits, far: an article returns to a speaker after a few paragraphs of
/// narrative, and a guess flagged as a pronoun's beats no speaker.
pub(super) const NEAR_PARAGRAPHS: usize = 2;
pub(super) const FAR_PARAGRAPHS: usize = 6;

/// How many earlier speakers a pronoun looks back over for one of its gender.
pub(super) const PRONOUN_LOOKBACK: usize = 16;

/// The latest speaker before `pos` that a pronoun of gender `want` in block `block` may refer
/// to, no more than `reach` paragraphs back. Verb events and quote events are walked together
/// from the latest, a quote's event winning a tie as a chained scan would.
pub(super) fn resolve_pronoun<'a>(
    events: &'a [Event],
    quote_events: &'a [Event],
    pos: usize,
    block: usize,
    want: Option<Gender>,
    reach: usize,
) -> Option<&'a Event> {
    let mut i = events.partition_point(|e| e.pos < pos);
    let mut j = quote_events.partition_point(|e| e.pos < pos);
    for _ in 0..PRONOUN_LOOKBACK {
        let a = i.checked_sub(1).map(|k| &events[k]);
        let b = j.checked_sub(1).map(|k| &quote_events[k]);
        let e = match (a, b) {
            (Some(x), Some(y)) if x.pos > y.pos => {
                i -= 1;
                x
            }
            (_, Some(y)) => {
                j -= 1;
                y
            }
            (Some(x), None) => {
                i -= 1;
                x
            }
            (None, None) => return None,
        };
        if e.block + reach < block {
            return None;
        }
        if agrees(want, e.gender) {
            return Some(e);
        }
    }
    None
}

/// Answers "is `[a, b)` inside some quote?" in logarithmic time: quotes sorted by start, with
/// the furthest end reached so far, so a long article's every word can ask.
pub(super) struct QuoteCover {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl QuoteCover {
    pub(super) fn new(spans: &[Span]) -> Self {
        let mut v: Vec<(usize, usize)> = spans.iter().map(|q| (q.start, q.end)).collect();
        v.sort_unstable();
        let mut reach = 0;
        let max_end = v
            .iter()
            .map(|&(_, e)| {
                reach = reach.max(e);
                reach
            })
            .collect();
        QuoteCover {
            starts: v.into_iter().map(|(s, _)| s).collect(),
            max_end,
        }
    }

    pub(super) fn covers(&self, a: usize, b: usize) -> bool {
        let k = self.starts.partition_point(|&s| s <= a);
        k > 0 && b <= self.max_end[k - 1]
    }
}

/// The last of `v` (in position order) placed before `pos`.
pub(super) fn last_before<T>(v: &[T], pos: usize, at: impl Fn(&T) -> usize) -> Option<&T> {
    v.partition_point(|e| at(e) < pos)
        .checked_sub(1)
        .map(|i| &v[i])
}

/// Of two candidates, the later; `b` (a quote's event) on a tie, as a chained scan would.
pub(super) fn later<'a>(a: Option<&'a Event>, b: Option<&'a Event>) -> Option<&'a Event> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if a.pos > b.pos { a } else { b }),
        (a, b) => b.or(a),
    }
}

/// Words before a name that make it the object of a preposition, not a sentence's subject.
pub(super) const OBJECT_CUES: &[&str] = &[
    "to", "of", "for", "with", "against", "by", "about", "from", "on", "at", "in", "than", "like",
    "toward", "towards", "behind", "beat", "defeated", "and",
];

/// How many words of a sentence are searched for its subject.
pub(super) const SUBJECT_WORDS: usize = 24;

/// The subject of the writer's sentence in `[lo, hi)`, the speaker of a quote woven into it
/// with no speech verb ("X called it “…”", "X insists the plan was “…”"): its first person or
/// organisation mention, or "he"/"she", outside quotes and not after a preposition or before a
/// possessive.
pub(super) fn sentence_subject(
    text: &str,
    words: &[Tok],
    lo: usize,
    hi: usize,
    mentions: &[RawMention],
    cover: &QuoteCover,
) -> Option<Speaker> {
    let sp = speech();
    let t = within(words, lo, hi.max(lo));
    let ms = mentions_in(mentions, lo, hi);
    let from = intro_end(text, t, ms, cover);
    if let Some(s) = definite_subject(text, &t[from..]) {
        return Some(s);
    }
    let mut mi = 0;
    for k in from..t.len().min(from + SUBJECT_WORDS) {
        let w = &t[k];
        if cover.covers(w.start, w.end) {
            continue;
        }
        while mi < ms.len() && ms[mi].end <= w.start {
            mi += 1;
        }
        // A title between the preposition and the name keeps the name an object: "worked
        // with Mr. Lee". A sentence's opening "And" joins it to the one before: "And she
        // said …" has "she" for its subject.
        let mut p = k;
        while p > 0 && is_title(text, &t[p - 1]) {
            p -= 1;
        }
        let after_prep = p > 0
            && OBJECT_CUES.contains(&t[p - 1].lower.as_str())
            && !(p == 1 && t[0].lower == "and");
        if sp.person_pronouns.contains(w.lower.as_str()) {
            return (!after_prep).then_some(Speaker {
                start: w.start,
                end: w.end,
                who: Who::PersonPronoun,
            });
        }
        let Some(m) = ms.get(mi).filter(|m| m.start == w.start) else {
            continue;
        };
        if !matches!(m.kind, EntityKind::Person | EntityKind::Organization) {
            continue;
        }
        // "the Lee campaign", "a Trump supporter": a person's name after an article and
        // before a lowercase word only modifies that word ("the Daily Star said" speaks).
        let modifier = m.kind == EntityKind::Person
            && k > 0
            && matches!(t[k - 1].lower.as_str(), "the" | "a" | "an")
            && t[k..]
                .iter()
                .find(|n| n.start >= m.end)
                .is_some_and(|n| !n.cap && !gap_breaks(text, m.end, n.start));
        let possessive = possessive_at(text, m.end);
        let indefinite = text
            .get(m.start..m.end)
            .is_some_and(|n| INDEFINITE.iter().any(|i| n.eq_ignore_ascii_case(i)));
        if after_prep || modifier || possessive || indefinite || cover.covers(m.start, m.end) {
            continue;
        }
        // "Obama adviser Ann Lee said": a name before a role only says whose the role is; the
        // person is the name after it.
        let (mi, m) = (m.kind == EntityKind::Person)
            .then(|| role_holder(text, t, k, ms, mi))
            .flatten()
            .unwrap_or((mi, m));
        return Some(Speaker {
            start: m.start,
            end: m.end,
            who: if m.kind == EntityKind::Person {
                Who::Person(mi)
            } else {
                Who::Org
            },
        });
    }
    None
}

/// Words ending in a full stop that stand before a name as its title ("Mr.", "Sen.", "Dr.").
fn is_title(text: &str, w: &Tok) -> bool {
    w.cap
        && w.end - w.start <= 4
        && text.get(w.end..).is_some_and(|r| r.starts_with('.'))
        && !w.lower.contains('.')
}

/// Words that a capitalised sentence opening may make look like a name but name nobody.
const INDEFINITE: &[&str] = &[
    "nobody",
    "everybody",
    "somebody",
    "anybody",
    "everyone",
    "someone",
    "anyone",
    "none",
];

/// Words that open a phrase setting the scene before the subject: "Since taking office, …",
/// "When asked about the plan, …", "At a rally in Ohio, …"; not "as", whose clause names a
/// speaker ("As Lee put it, …").
const INTRO_WORDS: &[&str] = &[
    "since",
    "after",
    "before",
    "when",
    "while",
    "although",
    "though",
    "because",
    "if",
    "despite",
    "unlike",
    "until",
    "once",
    "following",
    "during",
    "in",
    "on",
    "at",
    "for",
    "with",
    "without",
    "by",
    "from",
    "among",
    "amid",
    "under",
    "over",
    "through",
    "upon",
    "asked",
    "like",
    "whether",
    "whenever",
    "weeks",
    "days",
    "months",
    "years",
];

/// How many words an opening phrase before the subject may have.
const INTRO_WORDS_MAX: usize = 16;

/// Where a sentence's subject may start: after an opening adverbial phrase and its comma
/// ("Since naming Ann Lee his running mate, Tom Roe has risen …": the subject is Tom Roe,
/// not the name inside the opening phrase), else at its first word.
fn intro_end(text: &str, t: &[Tok], ms: &[RawMention], cover: &QuoteCover) -> usize {
    let Some(first) = t.first() else {
        return 0;
    };
    if let Some(d) = dateline_end(text, t) {
        return d;
    }
    // An adverb may stand before the opening word: "Even before Lee spoke, …".
    let lead = usize::from(
        matches!(
            first.lower.as_str(),
            "even" | "just" | "shortly" | "soon" | "long"
        ) && t
            .get(1)
            .is_some_and(|w| INTRO_WORDS.contains(&w.lower.as_str())),
    );
    let name_first = ms.first().is_some_and(|m| m.start == first.start);
    let participle =
        first.cap && !name_first && first.lower.len() > 5 && first.lower.ends_with("ing");
    if !(first.cap && (INTRO_WORDS.contains(&t[lead].lower.as_str()) || participle)) {
        return 0;
    }
    // A term quoted inside the opening phrase does not end it: "At a hearing the judge called
    // “distasteful,” Lee said …" has its comma inside the closing mark.
    (lead + 1..t.len().min(INTRO_WORDS_MAX))
        .find(|&j| {
            !cover.covers(t[j].start, t[j].end) && gap_has_comma(text, t[j - 1].end, t[j].start)
        })
        .unwrap_or(0)
}

/// Where a wire dateline that opens a paragraph ends ("WASHINGTON (AP) —", "Baghdad (AFP) –",
/// "BEIRUT —"): the place and the agency are not the sentence's subject.
fn dateline_end(text: &str, t: &[Tok]) -> Option<usize> {
    (1..t.len().min(6)).find(|&j| {
        let Some(gap) = text.get(t[j - 1].end..t[j].start) else {
            return false;
        };
        let dash = gap.contains(['—', '–']) || gap.contains(" - ");
        let head = &t[..j];
        let agency = text
            .get(t[0].start..t[j].start)
            .is_some_and(|h| h.contains('(') && gap.contains(')'));
        let capitals = head.iter().all(|k| {
            let w = text.get(k.start..k.end).unwrap_or("");
            w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
        });
        dash && head.iter().all(|k| k.cap) && (agency || capitals)
    })
}

/// Role words a name may be the owner of before the holder's name ("Obama consultant Ann
/// Lee"), beside the lexicon's roles and unnamed-source heads.
const OWNED_ROLES: &[&str] = &[
    "consultant",
    "adviser",
    "advisor",
    "supporter",
    "ally",
    "director",
    "manager",
    "deputy",
    "counsel",
    "pollster",
    "surrogate",
    "donor",
    "friend",
    "lawyer",
    "attorney",
];

/// For the person mention `ms[mi]` opening at `t[k]`: when one to three lowercase words
/// ending in a role follow it and a person's name follows them, that name's mention.
fn role_holder<'m>(
    text: &str,
    t: &[Tok],
    k: usize,
    ms: &'m [RawMention],
    mi: usize,
) -> Option<(usize, &'m RawMention)> {
    let sp = speech();
    let m = &ms[mi];
    let mut j = (k..t.len()).find(|&j| t[j].start >= m.end)?;
    let from = j;
    while j < t.len()
        && j - from < 3
        && !t[j].cap
        && !gap_breaks(text, t[j - 1].end, t[j].start)
        && !sp.np_stop.contains(t[j].lower.as_str())
        && !is_verb(t, j)
    {
        j += 1;
    }
    let role = j > from && {
        let w = t[j - 1].lower.as_str();
        sp.role_nouns.contains(w) || sp.anonymous_heads.contains(w) || OWNED_ROLES.contains(&w)
    };
    if !role || j >= t.len() || gap_breaks(text, t[j - 1].end, t[j].start) {
        return None;
    }
    let n = ms[mi + 1..]
        .iter()
        .position(|n| n.start == t[j].start && n.kind == EntityKind::Person)?;
    Some((mi + 1 + n, &ms[mi + 1 + n]))
}

/// A definite phrase opening a sentence whose head is a role or a body that speaks: "The
/// Vermont senator emailed supporters…", "His campaign sent a text…". A role is resolved
/// later to the person it stands for; a body speaks as itself.
fn definite_subject(text: &str, t: &[Tok]) -> Option<Speaker> {
    let sp = speech();
    let first = t.first()?;
    if !matches!(
        first.lower.as_str(),
        "the" | "his" | "her" | "its" | "their"
    ) {
        return None;
    }
    for j in 1..t.len().min(5) {
        let w = &t[j];
        if gap_breaks(text, t[j - 1].end, w.start)
            || sp.np_stop.contains(w.lower.as_str())
            || is_verb(t, j)
        {
            return None;
        }
        let role = sp.role_nouns.contains(w.lower.as_str());
        // A document or body is a speaker only where the sentence has a word of speech: "The
        // report ended with “…”" quotes the report, it does not make it speak.
        // "The book accuses Lee of treating them like “…”": a verb in the present right after
        // the document makes it the subject too, whatever name follows ("The report ended
        // with “…”" tells what it holds, in the past).
        let acts = t.get(j + 1).is_some_and(|k| {
            !k.cap
                && k.lower.len() > 3
                && k.lower.ends_with('s')
                && !k.lower.ends_with("ss")
                && !gap_breaks(text, w.end, k.start)
        });
        let body = sp.source_nouns.contains(w.lower.as_str())
            && (acts
                || t[j + 1..].iter().any(|k| {
                    !k.cap
                        && (sp.verbs.contains(k.lower.as_str())
                            || sp.lead_only.contains(k.lower.as_str()))
                }));
        if !w.cap && (role || body) {
            // "the senator Ann Roe": the name that follows is the subject, found as a mention.
            if t.get(j + 1)
                .is_some_and(|n| n.cap || n.lower.ends_with("'s") || n.lower.ends_with("’s"))
            {
                return None;
            }
            return Some(Speaker {
                start: first.start,
                end: w.end,
                who: Who::Common { anonymous: false },
            });
        }
    }
    None
}

/// Words after which a name's "'s" is "has" or "is" ("Lee's been saying", "Lee's not
/// running"), so the name is still the subject.
const CONTRACTED_AFTER: &[&str] = &[
    "been", "got", "gotten", "going", "not", "never", "also", "already", "still", "just", "now",
    "a", "an", "the", "made", "said", "told", "done", "had", "become", "always", "clearly",
];

/// Whether the name ending at `end` is a possessor ("Lee's plan"), not "Lee's been".
fn possessive_at(text: &str, end: usize) -> bool {
    let Some(rest) = text
        .get(end..)
        .and_then(|r| r.strip_prefix("'s").or_else(|| r.strip_prefix("’s")))
    else {
        return false;
    };
    let next: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    !(rest.starts_with(' ') && CONTRACTED_AFTER.contains(&next.as_str()))
}

/// The person a pronoun at `at` in sentence `si` most likely stands for: the named subject of
/// its own sentence before it, else of one of the sentences before, of the pronoun's gender,
/// at most two paragraphs back.
#[allow(clippy::too_many_arguments)]
pub(super) fn previous_subject(
    text: &str,
    words: &ArticleWords,
    sentences: &[Sentence],
    si: usize,
    block: usize,
    mentions: &[RawMention],
    cover: &QuoteCover,
    genders: &Genders,
    want: Option<Gender>,
    at: usize,
) -> Option<Speaker> {
    let fits = |s: &Speaker| {
        matches!(s.who, Who::Person(_)) && agrees(want, genders.of(text, s.start, s.end))
    };
    // The subject named earlier in the pronoun's own sentence comes first: "Lee saw it
    // otherwise: “…,” he said."
    let own = sentences
        .get(si)
        .filter(|p| p.start < at && p.block == block)
        .and_then(|p| sentence_subject(text, &words.block(p.block), p.start, at, mentions, cover))
        .filter(fits);
    own.or_else(|| {
        (si.saturating_sub(SUBJECT_SENTENCES)..si)
            .rev()
            .map(|i| &sentences[i])
            .take_while(|p| p.block + 2 >= block)
            .filter_map(|p| {
                sentence_subject(text, &words.block(p.block), p.start, p.end, mentions, cover)
            })
            .find(fits)
    })
}

/// How many sentences back a pronoun looks for a named subject.
pub(super) const SUBJECT_SENTENCES: usize = 4;

/// Speech verbs outside quotes whose subject is a person ("Jane Roe said on Monday that …").
pub(super) fn verb_events(
    text: &str,
    blocks: &[Block],
    sentences: &[Sentence],
    cover: &QuoteCover,
    mentions: &[RawMention],
    genders: &Genders,
    words: &ArticleWords,
) -> Vec<Event> {
    let mut out = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if !matches!(
            b.kind,
            crate::brief::BlockKind::Body | crate::brief::BlockKind::Headline
        ) {
            continue;
        }
        let held = words.block(bi);
        let t: &[Tok] = &held;
        let mut floor = 0;
        for k in 0..t.len() {
            if cover.covers(t[k].start, t[k].end) {
                floor = k + 1;
                continue;
            }
            if !is_verb(t, k) {
                continue;
            }
            let Some(r) = np_before(text, t, k, floor, mentions) else {
                continue;
            };
            // The verb's sentence is searched for anonymity cues, never the whole paragraph.
            let (c_lo, c_hi) = sentence_bounds(sentences, b, t[k].start);
            let clause = text.get(c_lo..c_hi).unwrap_or("");
            let Some(s) = speaker_of(t, r, mentions, clause, true) else {
                continue;
            };
            if !matches!(s.who, Who::Person(_) | Who::Name) {
                continue;
            }
            out.push(Event {
                pos: t[k].start,
                block: bi,
                speaker: text.get(s.start..s.end).map(str::to_string),
                span: Some((s.start, s.end)),
                anonymous: matches!(s.who, Who::Common { anonymous: true }),
                gender: genders.of(text, s.start, s.end),
            });
        }
    }
    out
}
