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

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    /// Bounds of the whole token.
    pub(super) os: usize,
    pub(super) oe: usize,
    /// Bounds of its name part.
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) shape: Shape,
    /// The name part ends a span (possessive, "Iran-backed").
    pub(super) break_after: bool,
    /// The name part cannot join the token before ("anti-ISIS").
    pub(super) break_before: bool,
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
    Tok {
        os,
        oe,
        s,
        e,
        shape,
        break_after,
        break_before,
    }
}
