//! Rules that recognise one line of a capture on its own: footers, notices, captions, bylines,
//! navigation bars. The phrase lists live in `data/boilerplate.json` so they can grow without
//! touching the rules.

use std::sync::OnceLock;

use super::phrases::Phrases;
use crate::brief::BlockKind;

#[derive(serde::Deserialize)]
struct PhraseRule {
    kind: String,
    reason: String,
    phrases: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Table {
    contains_max_words: usize,
    short_max_words: usize,
    exact: Vec<PhraseRule>,
    prefix: Vec<PhraseRule>,
    contains: Vec<PhraseRule>,
    short_contains: Vec<PhraseRule>,
    bio_strong: Vec<String>,
    bio_weak: Vec<String>,
    caption_markers: Vec<String>,
    caption_openers: Vec<String>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        serde_json::from_str(include_str!("../../../data/boilerplate.json"))
            .expect("data/boilerplate.json is valid (checked by a unit test)")
    })
}

/// The table's phrase lists that are searched for inside a line, each as one automaton.
struct Compiled {
    contains: Phrases,
    short_contains: Phrases,
    /// Caption position markers with the space before them: " (l)".
    markers: Phrases,
    bio_strong: Phrases,
    bio_weak: Phrases,
}

fn compiled() -> &'static Compiled {
    static C: OnceLock<Compiled> = OnceLock::new();
    C.get_or_init(|| {
        let t = table();
        let rules = |rs: &'static [PhraseRule]| {
            Phrases::new(rs.iter().map(|r| r.phrases.iter().map(String::as_str)))
        };
        let each = |ps: &'static [String]| Phrases::new(ps.iter().map(|p| [p.as_str()]));
        let markers: Vec<String> = t.caption_markers.iter().map(|m| format!(" {m}")).collect();
        Compiled {
            contains: rules(&t.contains),
            short_contains: rules(&t.short_contains),
            markers: Phrases::new(markers.iter().map(|m| [m.as_str()])),
            bio_strong: each(&t.bio_strong),
            bio_weak: each(&t.bio_weak),
        }
    })
}

/// A verdict on a line: its kind and the reason shown to the reader.
pub type Verdict = (BlockKind, String);

fn kind_of(name: &str) -> BlockKind {
    match name {
        "caption" => BlockKind::Caption,
        "byline" => BlockKind::Byline,
        "headline" => BlockKind::Headline,
        "body" => BlockKind::Body,
        _ => BlockKind::Boilerplate,
    }
}

/// Lowercase with curly apostrophes and dashes made plain, so phrase lists need one spelling.
pub fn normalise(line: &str) -> String {
    if line.is_ascii() {
        // Nothing to replace but the backtick, and no case mapping beyond ASCII.
        let mut out = line.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    line.chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// Words of a line, as whitespace-separated pieces.
pub fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// The label that turns a line into the print edition's headline, if the line starts with one.
pub fn headline_label_len(line: &str) -> Option<usize> {
    // The labels are short: the start of the line is enough to know.
    let head: String = line.chars().take(LABEL_CHARS).collect();
    label_len(line, &normalise(&head))
}

const LABEL_CHARS: usize = 16;

/// `headline_label_len` given the line's start (or whole) as `normalise` makes it.
fn label_len(line: &str, lower: &str) -> Option<usize> {
    const LABELS: [&str; 3] = ["print headline:", "headline:", "print title:"];
    LABELS
        .iter()
        .find(|l| lower.starts_with(*l))
        // The labels are ASCII, so their length in the original is the same.
        .map(|l| l.len())
        .filter(|&n| line.is_char_boundary(n))
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '”', '’', '\'', ')', ']', ' ']);
    t.ends_with(['.', '!', '?', '…'])
}

/// Classifies a line by itself; `None` means it reads like story text.
pub fn classify_line(line: &str) -> Option<Verdict> {
    let t = table();
    let lower = normalise(line);
    let words = word_count(line);
    let bare = lower
        .trim_end_matches(['.', ':', '!', ' ', '»', '›', '>'])
        .trim();
    let v = |kind: BlockKind, reason: &str| Some((kind, reason.to_string()));

    if label_len(line, &lower).is_some() {
        return v(BlockKind::Headline, "print headline");
    }
    if is_copyright(&lower, words) {
        return v(BlockKind::Boilerplate, "copyright line");
    }
    for r in &t.exact {
        if r.phrases.iter().any(|p| p == bare) {
            return Some((kind_of(&r.kind), r.reason.clone()));
        }
    }
    for r in &t.prefix {
        if words <= 40 && r.phrases.iter().any(|p| lower.starts_with(p.as_str())) {
            return Some((kind_of(&r.kind), r.reason.clone()));
        }
    }
    if is_print_placement(&lower, words) {
        return v(BlockKind::Boilerplate, "print placement");
    }
    if is_date_line(line, &lower, words) {
        return v(BlockKind::Byline, "date line");
    }
    if is_section_path(line) {
        return v(BlockKind::Boilerplate, "section path");
    }
    if is_nav_bar(line) {
        return v(BlockKind::Boilerplate, "navigation bar");
    }
    if words <= t.contains_max_words
        && let Some(g) = compiled().contains.first_group_as_words(&lower)
    {
        let r = &t.contains[g];
        return Some((kind_of(&r.kind), r.reason.clone()));
    }
    if let Some(reason) = caption_reason(line, &lower, words) {
        return v(BlockKind::Caption, reason);
    }
    if let Some(reason) = byline_reason(line, &lower, words) {
        return v(BlockKind::Byline, reason);
    }
    None
}

/// A short notice below the story ("Courier Live on Roku"): only judged there, because the
/// same words make a fine title above it.
pub fn footer_notice(line: &str) -> Option<Verdict> {
    let t = table();
    if word_count(line) > t.short_max_words || ends_sentence(line) {
        return None;
    }
    let lower = normalise(line);
    compiled()
        .short_contains
        .first_group_as_words(&lower)
        .map(|g| &t.short_contains[g])
        .map(|r| (kind_of(&r.kind), r.reason.clone()))
}

/// `needle` occurs in `hay` with no letter or digit glued to either side.
pub fn contains_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn is_copyright(lower: &str, words: usize) -> bool {
    if words > 40 {
        return false;
    }
    let after_word = lower.strip_prefix("copyright").map(str::trim_start);
    let starts = lower.starts_with('©')
        || after_word.is_some_and(|r| {
            r.starts_with(['©', '(']) || r.starts_with(|c: char| c.is_ascii_digit()) || words <= 8
        })
        || (lower.starts_with("(c)")
            && lower[3..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit()));
    let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    starts || bare.ends_with("all rights reserved") && words <= 20
}

fn is_print_placement(lower: &str, words: usize) -> bool {
    words <= 10
        && contains_word(lower, "section")
        && (contains_word(lower, "on") || contains_word(lower, "page"))
        && super::super::meta::find_date(lower).is_some()
}

fn is_date_line(line: &str, lower: &str, words: usize) -> bool {
    const OPENERS: [&str; 7] = [
        "published",
        "updated",
        "posted",
        "last updated",
        "first published",
        "last modified",
        "date:",
    ];
    if words > 16 {
        return false;
    }
    let opener = OPENERS.iter().any(|o| lower.starts_with(o));
    if words <= 6 && has_clock_time(lower) && !ends_sentence(line) {
        // "Today, 5:21 pm", "Sunday 10:42 GMT".
        return true;
    }
    let Some((_, s, e)) = super::super::meta::find_date(line) else {
        // "Updated 2 hours ago": a time note without a date.
        return opener && words <= 10 && !ends_sentence(line) && !line.contains(',');
    };
    if OPENERS.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    // A line that is nothing but a date (and perhaps a time or weekday), or that starts with
    // one and goes on with a time and an update note, not a sentence.
    let rest = format!("{}{}", &line[..s], &line[e..]);
    let head_words = word_count(&line[..s]);
    (word_count(&rest) <= 3 || head_words <= 1) && !ends_sentence(&rest) && !rest.contains(',')
}

/// Holds a clock time such as "5:21" or "18:05".
fn has_clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b':'
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
    })
}

fn is_section_path(line: &str) -> bool {
    let seps = [" / ", " > ", " › ", " » ", " | "];
    let Some(sep) = seps.iter().find(|s| line.contains(*s)) else {
        return false;
    };
    let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
    let min_parts = if *sep == " / " || *sep == " | " { 3 } else { 2 };
    parts.len() >= min_parts
        && word_count(line) <= 20
        && !ends_sentence(line)
        && parts.iter().all(|p| {
            let w = word_count(p);
            (1..=4).contains(&w) && p.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
}

const FUNCTION_WORDS: [&str; 40] = [
    "the", "a", "an", "of", "in", "on", "to", "for", "from", "with", "by", "at", "as", "and", "or",
    "is", "are", "was", "were", "will", "says", "said", "after", "over", "against", "amid", "into",
    "across", "about", "not", "but", "be", "has", "have", "how", "why", "what", "who", "its",
    "their",
];

fn is_nav_bar(line: &str) -> bool {
    // Punctuation first: nearly every line of prose has some, and rules out a bar before its
    // words are listed.
    if line.contains([',', ';', '.', '!', '?', '"', '“', '”', ':']) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 6 {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let function = words
        .iter()
        .filter(|w| FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
        .count();
    let avg = words.iter().map(|w| w.chars().count()).sum::<usize>() / words.len();
    words.len() >= 9 && caps * 10 >= words.len() * 6 && function * 12 <= words.len() && avg <= 9
}

fn caption_reason(line: &str, lower: &str, words: usize) -> Option<&'static str> {
    let t = table();
    let trimmed = line.trim();
    if trimmed.starts_with('(') && trimmed.ends_with(')') && words <= 12 && is_credit(trimmed) {
        return Some("photo credit");
    }
    if words > 90 {
        return None;
    }
    if trimmed.ends_with(')')
        && let Some(open) = trimmed.rfind('(')
        && is_credit(&trimmed[open..])
    {
        return Some("photo caption");
    }
    if trailing_agency_credit(trimmed) {
        return Some("photo caption");
    }
    if t.caption_openers
        .iter()
        .any(|o| lower.starts_with(o.as_str()))
    {
        return Some("photo caption");
    }
    if words <= 60
        && has_position_marker(line, lower)
        && !contains_word(lower, "said")
        && !contains_word(lower, "says")
    {
        return Some("photo caption");
    }
    None
}

/// A caption ending in a credit after its last sentence ("… May 17. REUTERS/Jane Roe",
/// "… on Monday. AP Photo/John Doe"), or a short line that is only such a credit.
fn trailing_agency_credit(line: &str) -> bool {
    let Some(slash) = line.rfind('/') else {
        return false;
    };
    let head = &line[..slash];
    let tail = &line[slash + 1..];
    let caps = |w: &str| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some()
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && letters.all(char::is_uppercase)
    };
    // The credit starts after the last sentence end before the slash.
    let start = head.rfind(". ").map_or(0, |i| i + 2);
    let credit_head = &head[start..];
    let last_word = credit_head.split_whitespace().next_back().unwrap_or("");
    let agency_before = caps(last_word) || last_word.eq_ignore_ascii_case("photo");
    let agency_after = tail.split_whitespace().next().is_some_and(caps);
    let after_caption = start > 0
        && word_count(credit_head) <= 3
        && agency_before
        && (1..=5).contains(&word_count(tail))
        && !ends_sentence(tail);
    let alone = word_count(line) <= 6 && (agency_before || agency_after) && !ends_sentence(line);
    after_caption || alone
}

/// A position marker such as "(L)" right after a name: "Jane Roe (L) meets …". "(R)" after a
/// name with an office before it ("Sen. Jane Roe (R)") is a party tag, not a place in a photo.
fn has_position_marker(line: &str, lower: &str) -> bool {
    compiled().markers.occurrences(lower).any(|(_, _, i, e)| {
        // `lower` may differ in length from `line`; look at the word before in `lower` and
        // decide by the original's word at the same position count.
        let nth = lower[..i].split_whitespace().count();
        let after_name = line
            .split_whitespace()
            .nth(nth.saturating_sub(1))
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) || w.ends_with(')'));
        let party = &lower[i..e] == " (r)" && office_before(&lower[..i]);
        after_name && !party
    })
}

/// Whether one of the three words before the end of `before` is an elected office's title.
fn office_before(before: &str) -> bool {
    const OFFICES: [&str; 12] = [
        "sen.",
        "sen",
        "senator",
        "rep.",
        "rep",
        "representative",
        "gov.",
        "governor",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
    ];
    before
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| OFFICES.contains(&w.trim_matches(',')))
}

/// A parenthesised group that credits a picture: names a photo or credit, or is an agency list
/// in capitals ("IRANIAN ARMY/WANA/REUTERS").
fn is_credit(group: &str) -> bool {
    let inner = group.trim_matches(['(', ')', ' ']);
    let lower = normalise(inner);
    const STRONG: [&str; 10] = [
        "photo",
        "photos",
        "picture",
        "image",
        "credit",
        "courtesy",
        "getty",
        "handout",
        "illustration",
        "photograph",
    ];
    if STRONG.iter().any(|w| contains_word(&lower, w)) {
        return true;
    }
    let letters: Vec<char> = inner.chars().filter(|c| c.is_alphabetic()).collect();
    inner.contains('/')
        && letters.len() >= 4
        && letters.iter().all(|c| c.is_uppercase())
        && word_count(inner) <= 6
}

fn byline_reason(line: &str, lower: &str, words: usize) -> Option<&'static str> {
    let trimmed = line.trim();
    if words <= 8 && trimmed.contains(['✉', '✉']) {
        return Some("author line");
    }
    if let Some(rest) = trimmed
        .strip_prefix("By ")
        .or_else(|| trimmed.strip_prefix("BY "))
        && words <= 12
        && rest.starts_with(|c: char| c.is_uppercase())
        && !ends_sentence(rest)
    {
        return Some("byline");
    }
    if words > 70
        || has_quote_mark(line)
        || !trimmed.starts_with(|c: char| c.is_uppercase())
        || contains_word(lower, "said")
        || contains_word(lower, "told")
    {
        return None;
    }
    if compiled().bio_strong.any_in(lower) {
        Some("author bio")
    } else {
        (compiled().bio_weak.distinct_in(lower) >= 2).then_some(POSSIBLE_BIO)
    }
}

/// Whether the line holds a straight or curly double quote mark, each looked for with
/// `memchr`: a set of chars is matched one decoded char at a time, several times slower on
/// the long lines of prose that every line rule reads.
fn has_quote_mark(line: &str) -> bool {
    line.contains('"') || line.contains('“') || line.contains('”')
}

/// Reason given to a line with only weak bio signs; settled by its place in the capture.
pub const POSSIBLE_BIO: &str = "possible author bio";

/// The line reads like an author bio by its weaker signs alone (one bio phrase): enough when it
/// follows an author line.
pub fn weak_bio(line: &str) -> bool {
    let lower = normalise(line);
    word_count(line) <= 70 && !has_quote_mark(line) && compiled().bio_weak.any_in(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> Option<BlockKind> {
        classify_line(line).map(|v| v.0)
    }

    #[test]
    fn ascii_lines_normalise_as_any_other() {
        let slow = |l: &str| {
            l.chars()
                .map(|c| if c == '`' { '\'' } else { c })
                .collect::<String>()
                .to_lowercase()
        };
        for line in [
            "Min READ",
            "It`s Sign-Up time: 5 MIN",
            "",
            "ALL CAPS 123 ~!",
        ] {
            assert_eq!(normalise(line), slow(line));
        }
        assert_eq!(normalise("It’s “İ” – ok"), "it's \"i\u{307}\" - ok");
    }

    #[test]
    fn table_loads() {
        assert!(!table().exact.is_empty());
    }

    #[test]
    fn footers_and_notices() {
        use BlockKind::*;
        assert_eq!(
            kind("© 2023 Daily Planet Media. All rights reserved."),
            Some(Boilerplate)
        );
        assert_eq!(kind("Copyright 2019 The Herald Tribune"), Some(Boilerplate));
        assert_eq!(kind("Advertisement"), Some(Boilerplate));
        assert_eq!(kind("Share this article"), Some(Boilerplate));
        assert_eq!(kind("READ MORE:"), Some(Boilerplate));
        assert_eq!(
            kind("Sign up for our morning newsletter"),
            Some(Boilerplate)
        );
        assert_eq!(
            kind(
                "The Courier’s website can also be accessed at the following alternate addresses:"
            ),
            Some(Boilerplate)
        );
        assert_eq!(kind("Courier Live on Roku"), None);
        assert!(footer_notice("Courier Live on Roku").is_some());
        assert_eq!(kind("B Section on 11/02/2018"), Some(Boilerplate));
        assert_eq!(kind("Sport  /  Football  /  Europe"), Some(Boilerplate));
        assert_eq!(
            kind("Home News Sport Weather Business Culture Travel Obituaries Podcasts Games"),
            Some(Boilerplate)
        );
        assert_eq!(kind("Updated: 2021-05-08 14:02"), Some(Byline));
        assert_eq!(kind("Published March 29, 2020"), Some(Byline));
        assert_eq!(kind("Updated 2 hours ago"), Some(Byline));
        assert_eq!(kind("Today, 5:21 pm"), Some(Byline));
        assert_eq!(kind("6 min read"), Some(Boilerplate));
        assert_eq!(kind("The admin reading room was closed."), None);
    }

    #[test]
    fn captions_and_bylines() {
        use BlockKind::*;
        assert_eq!(kind("(Reuters photo)"), Some(Caption));
        assert_eq!(
            kind("Firefighters work near the harbour on Friday. (Photo by Jane Roe/Getty Images)"),
            Some(Caption)
        );
        assert_eq!(
            kind("(photo credit: MARC ISRAEL SELLEM/POOL)"),
            Some(Caption)
        );
        assert_eq!(kind("Image without a caption"), Some(Caption));
        assert_eq!(kind("Getty Images"), Some(Caption));
        assert_eq!(kind("Ross D. Franklin/AP"), Some(Caption));
        assert_eq!(
            kind("Crowds gather in the square on Sunday. AFP/Jean Dupont"),
            Some(Caption)
        );
        assert_eq!(kind("By Maria Gomez and Tom Lee"), Some(Byline));
        assert_eq!(kind("Anna Berg ✉"), Some(Byline));
        assert_eq!(
            kind(
                "Anna Berg has covered city hall for 12 years and serves as a senior reporter for the Gazette."
            ),
            Some(Byline)
        );
        assert_eq!(
            kind("Reporting by Ali Khan; editing by Sam Poe"),
            Some(Byline)
        );
    }

    #[test]
    fn story_lines_stay_story() {
        for line in [
            "The mayor said the photo of the flooded tunnel was taken on Tuesday, according to The Washington Post.",
            "By Tuesday evening, the last buses had left the depot and the strike was over.",
            "Police released a photo of the suspect (pictured above) and asked for help.",
            "Iran Drone Attacks Rise Across the Region",
            "The council voted 7-2 to approve the budget, which includes new money for the fire department.",
            "Comments from residents were mixed, with some saying the plan came too late.",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }
}
