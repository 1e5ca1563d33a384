//! The attribution around one quote: the words after its closing mark ("…,” said Ann Lee)
//! or before its opening one (Ann Lee said: “…”), and who they name.

use super::speaker::is_anonymous_head;
use super::*;

/// Whether the words after a quote are a whole sentence of attribution and nothing else
/// ("“… today.” Jane Roe said.", "“… done!” Ann Lee, the mayor, said in a statement."), so a
/// quote ending its own sentence may still take them: a short subject (a name, or a few words
/// before an aside between commas), a speech verb, and at most a few words after it.
pub(super) fn short_attribution(text: &str, t: &[Tok]) -> bool {
    let sp = speech();
    let n = t.len();
    let Some(k) = (1..n.min(16)).find(|&k| is_verb(t, k)) else {
        return false;
    };
    let mut b = k;
    while b > 1 && sp.auxiliaries.contains(t[b - 1].lower.as_str()) {
        b -= 1;
    }
    let first_comma = (1..b)
        .find(|&j| gap_has_comma(text, t[j - 1].end, t[j].start))
        .unwrap_or(b);
    let subject = &t[..first_comma];
    let named = subject.len() <= 6 && subject.iter().all(|w| w.cap);
    let short = subject.len() <= 3 && !subject.iter().any(|w| w.lower == "that");
    let aside_closed = first_comma == b || gap_has_comma(text, t[b - 1].end, t[b].start);
    let after = &t[k + 1..];
    t[0].cap
        && (named || short)
        && aside_closed
        && after.len() <= 8
        && !after.iter().any(|w| w.lower == "that")
}

/// Whether `t[k]` is a speech verb after a comma with its speaker after it (", said Ann Lee",
/// ", said the chief").
pub(super) fn inverted_at(text: &str, t: &[Tok], k: usize) -> bool {
    k > 0
        && is_verb(t, k)
        && gap_has_comma(text, t[k - 1].end, t[k].start)
        && t.get(k + verb_len(t, k))
            .is_some_and(|n| (n.cap || n.lower == "the") && !time_word(n.lower.as_str()))
}

/// Determiners and counts that open a speaker phrase ("the", "one", "two").
pub(super) fn determiner_like(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "one"
            | "some"
            | "many"
            | "several"
            | "another"
            | "both"
            | "all"
            | "most"
    ) || w.starts_with(|c: char| c.is_ascii_digit())
        || speech().respondents.contains(w)
}

/// Whether a lowercase word after a closing mark goes on with the quote's sentence rather
/// than opening the speaker phrase: no determiner, pronoun or speaker noun.
fn continues_sentence(w: &Tok) -> bool {
    let sp = speech();
    !w.cap
        && !determiner_like(w.lower.as_str())
        && !sp.person_pronouns.contains(w.lower.as_str())
        && !sp.thing_pronouns.contains(w.lower.as_str())
        && !matches!(w.lower.as_str(), "we" | "i" | "you")
        && !is_anonymous_head(w.lower.as_str())
        && !sp.role_nouns.contains(w.lower.as_str())
        && !sp.source_nouns.contains(w.lower.as_str())
}

/// Whether a word may open a speaker phrase: a name, a determiner or a speaker noun.
fn opens_subject(w: &Tok) -> bool {
    w.cap || determiner_like(w.lower.as_str()) || is_anonymous_head(w.lower.as_str())
}

/// A word that follows a speech verb as its time, never its speaker ("said Sunday").
fn time_word(w: &str) -> bool {
    crate::analyze::diff::WEEKDAYS.contains(&w) || matches!(w, "today" | "yesterday")
}

/// Whether the speech verb's form at `t[k]` is a plural noun there ("in states that vote",
/// "giving states more power", "any states"): after a preposition, a determiner or a
/// participle, a form in -s names things; so does one after a possessive, or after a word
/// that follows one or "more" ("Lee's remarks", "the mayor's recent comments", "more
/// divisive remarks"). After a determiner and a word it may be a verb: "the letter states".
fn plural_noun_at(t: &[Tok], k: usize) -> bool {
    if !t[k].lower.ends_with('s') {
        return false;
    }
    let before = &t[k - 1].lower;
    let owned = super::terms::is_possessive(before)
        || (k >= 2
            && !t[k - 1].cap
            && (super::terms::is_possessive(&t[k - 2].lower)
                || matches!(t[k - 2].lower.as_str(), "more" | "most")));
    owned
        || !t[k - 1].cap
            && (PREPOSITIONS.contains(&before.as_str())
                || determiner_like(before)
                || matches!(
                    before.as_str(),
                    "any" | "no" | "other" | "such" | "more" | "few" | "each" | "every" | "which"
                )
                || (before.ends_with("ing") && before.len() > 4))
}

/// The attribution after a quote's closing mark, within `[q.close, hi)`.
pub(super) fn tail_speaker(
    text: &str,
    words: &[Tok],
    q: &Span,
    hi: usize,
    mentions: &[RawMention],
    clause: &str,
) -> Option<Speaker> {
    let sp = speech();
    let t = within(words, q.close, hi);
    if t.is_empty() {
        return None;
    }
    let inner = text.get(q.start..q.end).unwrap_or("");
    if inner.ends_with('.') && t[0].cap && !short_attribution(text, t) {
        return None;
    }
    let gap = text.get(q.close..t[0].start).unwrap_or("");
    if gap.contains(['.', '?', '!', ';', '“', '"']) {
        return None;
    }
    if is_verb(t, 0) {
        let r = np_after(text, t, verb_len(t, 0))?;
        return speaker_of(t, r, mentions, clause, true);
    }
    if is_according(t, 0) {
        let r = np_after(text, t, 2)?;
        return speaker_of(t, r, mentions, clause, true);
    }
    // "…,” they write.": a plural pronoun, resolved later to whom it stands for.
    if t[0].lower == "they" && t.len() > 1 && is_verb(t, 1) {
        return Some(Speaker {
            start: t[0].start,
            end: t[0].end,
            who: Who::ThingPronoun,
        });
    }
    // "“…,” came shouts from the crowd", "came the reply from the ministry": the voice arrives
    // from its speaker.
    if matches!(t[0].lower.as_str(), "came" | "comes" | "come") {
        let from = (1..t.len().min(5)).find(|&k| t[k].lower == "from")?;
        let r = np_after(text, t, from + 1)?;
        return speaker_of(t, r, mentions, clause, true);
    }
    // "…” an aide, who was not authorised to speak, told reporters": a relative aside
    // between commas puts the verb further away.
    let relative_aside = (1..t.len().min(8)).any(|j| {
        gap_has_comma(text, t[j - 1].end, t[j].start)
            && matches!(t[j].lower.as_str(), "who" | "which" | "whose")
    });
    // "…” who has won two elections in the state, the editorial board writes": a short
    // attribution closing the sentence after its last comma is reached however long the words
    // before it are; so is a verb right after that comma, closing a long aside ("…,” Ann Lee,
    // legal director for the rights group at the state's largest union, said in a statement").
    let closing = (1..t.len())
        .rev()
        .find(|&j| gap_has_comma(text, t[j - 1].end, t[j].start))
        .is_some_and(|j| {
            t.len() - j <= 10 && (j..t.len().min(j + 7)).any(|v| is_verb(t, v) && t.len() - v <= 5)
        });
    let limit = t.len().min(if relative_aside || closing { 24 } else { 12 });
    for k in 1..limit {
        if gap_breaks(text, t[k - 1].end, t[k].start)
            && !text[t[k - 1].end..t[k].start].contains(',')
        {
            break;
        }
        let as_saying = t[k].lower == "saying" && t[k - 1].lower == "as";
        if !(is_verb(t, k) || as_saying) || plural_noun_at(t, k) {
            continue;
        }
        // "…” until noon, said the chief, Ann Lee": a verb right after a comma with a lowercase
        // opening and a speaker after it is inverted, taken below.
        let one_comma = (1..k)
            .filter(|&j| gap_has_comma(text, t[j - 1].end, t[j].start))
            .count()
            == 0;
        let determiner = matches!(t[0].lower.as_str(), "the" | "a" | "an");
        if !t[0].cap && !determiner && one_comma && inverted_at(text, t, k) {
            break;
        }
        // The subject ends before the verb's own auxiliaries ("Ann Lee has said", "Ann Lee was
        // quoted as saying"), not at the first auxiliary after the quote: in "…” just as Lee did
        // in 2008, Roe added" the "did" is the quote's sentence going on.
        let mut end = k;
        if as_saying
            && let Some(j) = (k.saturating_sub(3)..k)
                .rev()
                .find(|&j| sp.quoted_as.contains(t[j].lower.as_str()))
        {
            end = j;
        }
        while end > 0 && sp.auxiliaries.contains(t[end - 1].lower.as_str()) {
            end -= 1;
        }
        // "…,” not on his religion, and said it was …": a verb joined on by "and" is the
        // sentence's own subject's, not the words before it.
        if end > 0 && matches!(t[end - 1].lower.as_str(), "and" | "or" | "but") {
            break;
        }
        let commas: Vec<usize> = (1..end)
            .filter(|&j| text[t[j - 1].end..t[j].start].contains(','))
            .collect();
        // "…” by the river, officials said": the speaker follows the last comma; "…,” Ann
        // Lee, the club's director, said": the speaker comes before the first.
        let (start, end) = match (commas.first(), commas.last()) {
            // "…” yet, in a video, she said": a pronoun alone before the verb is its subject,
            // whatever the words before it.
            (Some(_), Some(&last))
                if end - last == 1 && sp.person_pronouns.contains(t[last].lower.as_str()) =>
            {
                (last, end)
            }
            (Some(_), Some(&last))
                if sp.np_stop.contains(t[0].lower.as_str())
                    || PREPOSITIONS.contains(&t[0].lower.as_str()) =>
            {
                (last, end)
            }
            // "…” about climate change, Ann Lee said": the words before the first comma go
            // on with the quote, and the name is the one before the verb.
            (Some(_), Some(&last))
                if !t[0].cap && end - last <= 6 && t[last..end].iter().all(|k| k.cap) =>
            {
                (last, end)
            }
            // "…” fostered by the war, the groups said": a lowercase word that is no subject
            // goes on with the quote's sentence; the speaker follows the last comma.
            (Some(_), Some(&last))
                if continues_sentence(&t[0]) && end - last <= 6 && opens_subject(&t[last]) =>
            {
                (last, end)
            }
            (Some(&first), _) => (0, first),
            _ => (0, end),
        };
        // "…” compared to only 24 percent who said otherwise": a participle opening the
        // words goes on with the quote's sentence, and a verb in them is not its attribution.
        let participle = |w: &Tok| {
            !w.cap && w.lower.len() > 4 && (w.lower.ends_with("ed") || w.lower.ends_with("ing"))
        };
        if start == 0 && participle(&t[0]) && t[..end].iter().all(|w| !w.cap) {
            break;
        }
        // "…,” as the host Ann Lee said in April": "as" opens the attribution.
        let start = if start == 0 && t[0].lower == "as" && end > 1 {
            1
        } else {
            start
        };
        if start >= end
            || sp.np_stop.contains(t[start].lower.as_str())
            || PREPOSITIONS.contains(&t[start].lower.as_str())
            || matches!(t[start].lower.as_str(), "and" | "or" | "but" | "then")
        {
            break;
        }
        return speaker_of(t, (start, end), mentions, clause, true);
    }
    // "“…” since most votes were close, said Ann Lee": a speech verb just after a comma,
    // then a name.
    let inverted = (1..t.len()).find(|&k| inverted_at(text, t, k));
    if let Some(s) = inverted
        .and_then(|k| np_after(text, t, k + verb_len(t, k)))
        .and_then(|r| speaker_of(t, r, mentions, clause, true))
    {
        return Some(s);
    }
    // "“…” by drone attacks, according to a report": the source closes the sentence.
    (1..t.len())
        .find(|&k| is_according(t, k))
        .and_then(|k| np_after(text, t, k + 2))
        .and_then(|r| speaker_of(t, r, mentions, clause, true))
}

/// The relative asides closed between commas in `t` (", which some have argued was meant to
/// help Cruz,"), as token ranges from the relative word to the closing comma: a speech verb in
/// one speaks for the aside, not for the quote after it.
fn relative_asides(text: &str, t: &[Tok]) -> Vec<(usize, usize)> {
    (1..t.len())
        .filter(|&j| {
            gap_has_comma(text, t[j - 1].end, t[j].start)
                && matches!(t[j].lower.as_str(), "which" | "who" | "whom" | "whose")
        })
        .filter_map(|j| {
            (j + 1..t.len())
                .find(|&e| gap_has_comma(text, t[e - 1].end, t[e].start))
                .map(|e| (j, e))
        })
        .collect()
}

/// The attribution before a quote's opening mark, within `[lo, q.open)`.
pub(super) fn lead_speaker(
    text: &str,
    words: &[Tok],
    q: &Span,
    lo: usize,
    mentions: &[RawMention],
    clause: &str,
    cover: &QuoteCover,
) -> Option<Speaker> {
    let sp = speech();
    let t = within(words, lo, q.open);
    let after = words.get(words.partition_point(|k| k.start < q.close));
    if let Some(s) = possessed_utterance(text, t, after, mentions, clause) {
        return Some(s);
    }
    let aside = relative_asides(text, t);
    let verbs = (0..t.len()).rev().filter(|&k| {
        !aside.iter().any(|&(a, b)| a < k && k < b)
            && (is_verb(t, k) && !(k > 0 && plural_noun_at(t, k)))
            || (!t[k].cap && sp.lead_only.contains(t[k].lower.as_str()))
            || is_according(t, k)
            || t[k].lower == "citing"
    });
    for k in verbs {
        let found = if is_according(t, k) || t[k].lower == "citing" {
            let from = if t[k].lower == "citing" { k + 1 } else { k + 2 };
            np_after(text, t, from).and_then(|r| speaker_of(t, r, mentions, clause, true))
        } else if t[k].lower == "saying" && k > 0 && t[k - 1].lower == "as" {
            // "X was quoted as saying" / "X was cited by the Post as saying".
            (0..k)
                .rev()
                .find(|&j| sp.quoted_as.contains(t[j].lower.as_str()))
                .and_then(|q_at| np_before(text, t, q_at, 0, mentions))
                .and_then(|r| speaker_of(t, r, mentions, clause, true))
        } else if t[k].lower.ends_with("ing") && k > 0 {
            // "Ann Lee said, adding, “…”": the participle goes on from the speech verb before
            // it, whose subject speaks. "X addressed the crowd in an email, saying “…”": else
            // the participle's subject is the clause's, however far back it is named. "Lee
            // said, when Roe ended the debate with a joke, remarking “…”": a clause between
            // them with a subject of its own has the participle.
            let verb = (0..k).rev().find(|&j| is_verb(t, j));
            let between = verb.map_or(k, |j| j + 1);
            let clause_between = (between..k).rev().find(|&i| {
                matches!(
                    t[i].lower.as_str(),
                    "when" | "as" | "after" | "while" | "before" | "because" | "since"
                ) && t.get(i + 1).is_some_and(|n| n.cap)
            });
            clause_between
                .and_then(|i| sentence_subject(text, words, t[i].end, t[k].start, mentions, cover))
                .filter(|s| s.person_like())
                .or_else(|| {
                    verb.and_then(|j| np_before(text, t, j, 0, mentions))
                        .and_then(|r| speaker_of(t, r, mentions, clause, true))
                        .filter(|s| s.person_like() || s.who == Who::PersonPronoun)
                })
                .or_else(|| sentence_subject(text, words, lo, t[k].end, mentions, cover))
                .or_else(|| {
                    np_before(text, t, k, 0, mentions)
                        .and_then(|r| speaker_of(t, r, mentions, clause, true))
                })
        } else {
            np_before(text, t, k, 0, mentions)
                .and_then(|r| speaker_of(t, r, mentions, clause, true))
                .or_else(|| {
                    // "In Europe, they write, “…”": a plural pronoun right before the verb,
                    // resolved later to whom it stands for.
                    (k > 0 && t[k - 1].lower == "they").then(|| Speaker {
                        start: t[k - 1].start,
                        end: t[k - 1].end,
                        who: Who::ThingPronoun,
                    })
                })
                .or_else(|| {
                    // "A spokesman declined to comment but said in a statement that “…”": a
                    // verb joined on by "and" or "but" has the clause's subject.
                    joined_verb(t, k)
                        .then(|| {
                            sentence_subject(text, words, lo, t[k].start, mentions, cover)
                                .or_else(|| role_opening(t, mentions, clause))
                        })
                        .flatten()
                })
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// "A spokesman for the firm declined to comment but said …": a role or source noun after an
/// article opening the words is their subject.
fn role_opening(t: &[Tok], mentions: &[RawMention], clause: &str) -> Option<Speaker> {
    let sp = speech();
    if !matches!(t.first()?.lower.as_str(), "a" | "an" | "the") {
        return None;
    }
    let j = (1..t.len().min(4))
        .take_while(|&j| !t[j].cap)
        .find(|&j| sp.role_nouns.contains(t[j].lower.as_str()) || is_anonymous_head(&t[j].lower))?;
    speaker_of(t, (0, j + 1), mentions, clause, true)
}

/// Whether the verb at `k` is joined to the one before by "and" or "but", perhaps with an
/// adverb between ("but later said", "and also told").
fn joined_verb(t: &[Tok], k: usize) -> bool {
    let conj = |w: &Tok| matches!(w.lower.as_str(), "and" | "but");
    let adverb = |w: &Tok| {
        !w.cap && (w.lower.ends_with("ly") || matches!(w.lower.as_str(), "also" | "later" | "then"))
    };
    (k >= 1 && conj(&t[k - 1])) || (k >= 2 && adverb(&t[k - 1]) && conj(&t[k - 2]))
}

/// "From Lee's Facebook post: “…”", "Lee's statement read: “…”", "Lee's “47 percent”
/// remark": the owner of a statement, post or remark named right at the quote speaks through
/// it. `t` are the words before the quote, `after` the first word after it.
fn possessed_utterance(
    text: &str,
    t: &[Tok],
    after: Option<&Tok>,
    mentions: &[RawMention],
    clause: &str,
) -> Option<Speaker> {
    let sp = speech();
    let last = t.len().checked_sub(1)?;
    let p = if super::terms::is_possessive(&t[last].lower) {
        // The noun right after the quote: "Lee's “…” remark".
        let n = after?;
        let adjacent = text
            .get(t[last].end..n.start)
            .is_some_and(|g| !g.contains(['\n', ',', '.', ';', ':', '(']));
        (adjacent && sp.utterance_nouns.contains(n.lower.as_str())).then_some(last)?
    } else {
        let k = if matches!(
            t[last].lower.as_str(),
            "that" | "read" | "reads" | "said" | "says" | "stated" | "states"
        ) {
            last.checked_sub(1)?
        } else {
            last
        };
        if !sp.utterance_nouns.contains(t[k].lower.as_str()) {
            return None;
        }
        // At most two words between the owner and the noun ("Bush's Facebook post").
        let p = (k.saturating_sub(3)..k)
            .rev()
            .find(|&j| super::terms::is_possessive(&t[j].lower))?;
        if (p + 1..=k).any(|j| gap_breaks(text, t[j - 1].end, t[j].start)) {
            return None;
        }
        p
    };
    if !t[p].cap {
        return None;
    }
    // The owner's name: the capitalised words up to the possessive, not a capitalised
    // preposition opening the sentence ("From Bush's post").
    let mut a = p;
    while a > 0
        && t[a - 1].cap
        && !super::PREPOSITIONS.contains(&t[a - 1].lower.as_str())
        && !gap_breaks(text, t[a - 1].end, t[a].start)
    {
        a -= 1;
    }
    let mut s = speaker_of(t, (a, p + 1), mentions, clause, false)?;
    let name = text.get(s.start..s.end)?;
    let cut = ["'s", "’s", "'"].iter().find(|x| name.ends_with(*x))?;
    s.end -= cut.len();
    Some(s)
}

/// For a share of people polled speaking ("25 percent of voters said", "Six in 10 said"): the
/// poll named before it in `[lo, hi)` ("In a May poll, …", "The poll also finds that …"),
/// which is the source of their words; `None` when `s` is no such share or no poll is named.
pub(super) fn poll_for_respondents(
    text: &str,
    words: &[Tok],
    s: &Speaker,
    lo: usize,
    hi: usize,
    cover: &QuoteCover,
) -> Option<Speaker> {
    let sp = speech();
    if !matches!(s.who, Who::Common { .. } | Who::Name) {
        return None;
    }
    let st = toks(text, s.start, s.end);
    let head = st.last()?;
    let share = head.lower.starts_with(|c: char| c.is_ascii_digit())
        || sp.respondents.contains(head.lower.as_str());
    if !share {
        return None;
    }
    let t = within(words, lo, hi.min(s.start.max(lo)).max(lo));
    let p = (0..t.len()).rev().find(|&k| {
        sp.poll_nouns.contains(t[k].lower.as_str()) && !cover.covers(t[k].start, t[k].end)
    })?;
    let mut a = p;
    while a > 0
        && p - a < 8
        && !gap_breaks(text, t[a - 1].end, t[a].start)
        && !sp.np_stop.contains(t[a - 1].lower.as_str())
        && !PREPOSITIONS.contains(&t[a - 1].lower.as_str())
        && !is_verb(t, a - 1)
    {
        a -= 1;
    }
    Some(Speaker {
        start: t[a].start,
        end: t[p].end,
        who: Who::Common { anonymous: false },
    })
}
