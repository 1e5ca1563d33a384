//! Word tokens seen as name material: the name part of each token (without a possessive or an
//! adjective suffix such as "-backed") and its shape.

use super::tables::Tables;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    Cap,
    Acronym,
    Lower,
    Other,
}

/// A token in 12 bytes: an article's tokens are all held while its entities are found, and a
/// 5 MB article has about 900,000 (36 MB at 40 bytes a token with `usize` bounds, 11 MB so).
/// Offsets are `u32` (blocks that end past `u32::MAX` bytes are not tokenised, `fits_u32`);
/// the name part is held as what it leaves off each end of the token, at most 255 bytes each
/// (a token whose name part would leave more is not name material: `Shape::Other`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    /// Bounds of the whole token.
    os: u32,
    oe: u32,
    /// Bytes of the token before and after its name part.
    lead: u8,
    tail: u8,
    pub(super) shape: Shape,
    flags: u8,
}

const _: () = assert!(std::mem::size_of::<Tok>() == 12);

/// The name part ends a span (possessive, "Iran-backed").
const BREAK_AFTER: u8 = 1;
/// The name part cannot join the token before ("anti-ISIS").
const BREAK_BEFORE: u8 = 2;

impl Tok {
    pub(super) fn os(&self) -> usize {
        self.os as usize
    }
    pub(super) fn oe(&self) -> usize {
        self.oe as usize
    }
    /// Bounds of the name part.
    pub(super) fn s(&self) -> usize {
        self.os as usize + self.lead as usize
    }
    pub(super) fn e(&self) -> usize {
        self.oe as usize - self.tail as usize
    }
    pub(super) fn break_after(&self) -> bool {
        self.flags & BREAK_AFTER != 0
    }
    pub(super) fn break_before(&self) -> bool {
        self.flags & BREAK_BEFORE != 0
    }
}

/// Whether offsets up to `end` fit a `Tok`.
pub(super) fn fits_u32(end: usize) -> bool {
    u32::try_from(end).is_ok()
}

pub(super) fn is_hyphen(c: char) -> bool {
    c == '-' || c == '‐'
}

pub(super) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// How many letters `w` has, and how many of them are capitals; ASCII (most words) counted by
/// byte, without the Unicode tables.
fn letters_and_capitals(w: &str) -> (usize, usize) {
    if w.is_ascii() {
        w.bytes().fold((0, 0), |(l, u), b| {
            (
                l + usize::from(b.is_ascii_alphabetic()),
                u + usize::from(b.is_ascii_uppercase()),
            )
        })
    } else {
        (
            w.chars().filter(|c| c.is_alphabetic()).count(),
            w.chars().filter(|c| c.is_uppercase()).count(),
        )
    }
}

pub(super) fn make_tok(text: &str, os: usize, oe: usize, t: &Tables) -> Tok {
    let mut s = os;
    let mut e = oe;
    let mut break_after = false;
    let mut break_before = false;
    // "T-shirt", "X-ray": a capital letter prefixed to a common word names nothing.
    let mut letter_prefix = false;
    let w = &text[s..e];
    for suffix in ["'s", "’s"] {
        if w.len() > suffix.len() + 1 && w.ends_with(suffix) {
            e -= suffix.len();
            break_after = true;
            break;
        }
    }
    let w = &text[s..e];
    if w.contains(is_hyphen) {
        let mut offs: Vec<(usize, &str)> = Vec::new();
        let mut st = 0;
        for (i, c) in w.char_indices() {
            if is_hyphen(c) {
                offs.push((st, &w[st..i]));
                st = i + c.len_utf8();
            }
        }
        offs.push((st, &w[st..]));
        let first = offs[0].1;
        let particle_lead = t.particles.contains(&first.to_lowercase())
            && offs.get(1).is_some_and(|(_, p)| starts_upper(p));
        if !particle_lead {
            if starts_lower(first) {
                if let Some(&(at, _)) = offs.iter().skip(1).find(|(_, p)| starts_upper(p)) {
                    s += at;
                    break_before = true;
                }
            } else if starts_upper(first)
                && let Some(k) = offs.iter().position(|(_, p)| starts_lower(p))
                // "Mar-a-Lago", "Stratford-upon-Avon": short links between capitalised parts.
                && !(offs.last().is_some_and(|(_, p)| starts_upper(p))
                    && offs
                        .iter()
                        .filter(|(_, p)| starts_lower(p))
                        .all(|(_, p)| p.chars().count() <= 4))
            {
                let (at, p) = offs[k.saturating_sub(1)];
                e = s + at + p.len();
                break_after = true;
                letter_prefix = k == 1
                    && (p.chars().count() == 1 || t.hyphen_prefixes.contains(&p.to_lowercase()));
            }
        }
    }
    let w = &text[s..e];
    let (letters, uppers) = letters_and_capitals(w);
    let mut shape =
        if w.chars().next().is_some_and(|c| !c.is_alphabetic()) || letters == 0 || letter_prefix {
            Shape::Other
        } else if letters >= 2 && uppers == letters {
            Shape::Acronym
        } else if starts_upper(w)
            || (w.split(is_hyphen).nth(1).is_some_and(starts_upper)
                && t.particles
                    .contains(&w.split(is_hyphen).next().unwrap_or("").to_lowercase()))
        {
            Shape::Cap
        } else {
            Shape::Lower
        };
    // Plural acronym: "UAVs" → "UAV".
    if shape == Shape::Cap && w.len() >= 3 && w.ends_with('s') && uppers + 1 == letters {
        let stem = &w[..w.len() - 1];
        if stem.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            e -= 1;
            shape = Shape::Acronym;
        }
    }
    // The caller only tokenises blocks that end within `u32` (`fits_u32`).
    let narrow = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
    let flags = (u8::from(break_after) * BREAK_AFTER) | (u8::from(break_before) * BREAK_BEFORE);
    match (u8::try_from(s - os), u8::try_from(oe - e)) {
        (Ok(lead), Ok(tail)) => Tok {
            os: narrow(os),
            oe: narrow(oe),
            lead,
            tail,
            shape,
            flags,
        },
        _ => Tok {
            os: narrow(os),
            oe: narrow(oe),
            lead: 0,
            tail: 0,
            shape: Shape::Other,
            flags,
        },
    }
}
