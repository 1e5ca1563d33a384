//! Hostile inputs shared by the hostile-input tests (and by any front end that wants to draw
//! them): article texts that try to reach the terminal, break layout or upset the analysis, and
//! brief files that try to crash or mislead the loader.
//!
//! Every case is a `(name, bytes)` pair, so a test can write it to a file, import it, or render
//! it, and name it in a failure message.

#![allow(dead_code)]

/// A story paragraph that reads like news, so hostile bytes sit inside text the analysis
/// actually works on (names, a quote, a claim with a number and a date).
pub const STORY: &str = "BERLIN — Mayor Anna Weber said on Monday that 40 new buses would run \
from March 3, according to city officials.\n\"We have waited long enough,\" Weber told reporters \
at City Hall.\nThe transport union said the plan would cost 12 million euros.\n";

/// The companion article every hostile article is compared with.
pub const COMPANION: &str = "Berlin adds buses\n\nBERLIN — Mayor Anna Weber said on Tuesday \
that 38 new buses would run from March 3, city officials said.\n\"We have waited long enough,\" \
Weber said at City Hall.\nThe transport union said the plan would cost 15 million euros.\n";

fn story_with(title: &str, inject: &str) -> Vec<u8> {
    format!("{title}\n\n{inject} {STORY}{inject}\nMore from Berlin: {inject} the council met.\n")
        .into_bytes()
}

fn combining_stack(base: char, marks: usize) -> String {
    let mut s = String::from(base);
    for i in 0..marks {
        s.push(char::from_u32(0x300 + (i as u32 % 0x70)).unwrap());
    }
    s
}

/// A line of `chars` characters made of words, punctuation and a few quotes, without a newline.
pub fn long_line(chars: usize) -> String {
    const WORDS: [&str; 12] = [
        "officials",
        "said",
        "the",
        "drone",
        "Berlin",
        "Weber",
        "\"quoted",
        "words\"",
        "on",
        "Monday",
        "12",
        "bases.",
    ];
    let mut s = String::with_capacity(chars + 16);
    let mut i = 0usize;
    while s.chars().count() < chars {
        s.push_str(WORDS[i % WORDS.len()]);
        s.push(' ');
        i += 1;
    }
    s.chars().take(chars).collect()
}

/// Article texts, one hostile feature each, all valid UTF-8 (import must accept them).
pub fn articles() -> Vec<(&'static str, Vec<u8>)> {
    let c0: String = (0u8..0x20)
        .filter(|b| !matches!(b, b'\n' | b'\r' | b'\t' | 0x1b))
        .map(char::from)
        .collect();
    let stacked = format!(
        "{} {} said {}",
        combining_stack('Z', 60),
        combining_stack('a', 200),
        combining_stack('\u{5d0}', 30)
    );
    let lf = format!("Berlin adds buses\n\n{STORY}");
    vec![
        (
            "csi_clear_screen",
            story_with(
                "Screen \x1b[2J\x1b[3J\x1b[H cleared",
                "\x1b[2J\x1b[H\x1b[?1049h",
            ),
        ),
        (
            "csi_cursor_moves",
            story_with(
                "Cursor \x1b[10A\x1b[5;5H moves",
                "\x1b[10A\x1b[20C\x1b[K\x1b7\x1b8\x1b[6n\x1b[1;999r\x1bM\x1bD",
            ),
        ),
        (
            "csi_sgr",
            story_with(
                "\x1b[31;1;5mRed\x1b[0m headline",
                "\x1b[38;2;255;0;0m\x1b[8mhidden\x1b[0m\x1b[7m",
            ),
        ),
        (
            "osc_window_title",
            story_with(
                "Title \x1b]0;pwned\x07 change",
                "\x1b]2;new title\x1b\\\x1b]1;icon\x07",
            ),
        ),
        (
            "osc52_clipboard",
            story_with(
                "Clipboard \x1b]52;c;cm0gLXJmIH4K\x07 write",
                "\x1b]52;p;ZWNobyBvd25lZA==\x1b\\",
            ),
        ),
        (
            "osc8_hyperlink",
            story_with(
                "Link \x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ here",
                "\x1b]8;id=1;file:///etc/passwd\x07passwords\x1b]8;;\x07",
            ),
        ),
        (
            "dcs_sixel",
            story_with(
                "Device \x1bP1$qm\x1b\\ control",
                "\x1bPq#0;2;0;0;0#1;2;100;100;0#1~~@@vv@@~~$-\x1b\\\x1bP+q544e\x1b\\",
            ),
        ),
        (
            "apc_pm_sos",
            story_with(
                "Strings \x1b_Gf=100;AAAA\x1b\\ everywhere",
                "\x1b^privacy message\x1b\\\x1bXstart of string\x1b\\\x1b_Ga=d\x07",
            ),
        ),
        (
            "c1_8bit_controls",
            story_with(
                "Eight \u{9b}2J bit",
                "\u{9b}31m\u{9d}0;title\u{9c}\u{90}dcs\u{9c}\u{9e}pm\u{9c}\u{9f}apc\u{9c}\u{85}\u{8d}",
            ),
        ),
        (
            "unterminated_sequences",
            format!("Open ends\n\n{STORY}The end \x1b]0;never closed title\nand \x1b[12")
                .into_bytes(),
        ),
        (
            "trailing_escape",
            format!("Lone escape\n\n{STORY}\x1b").into_bytes(),
        ),
        (
            "c0_controls_and_del",
            story_with(
                &format!("Bell\x07 and{c0}del\x7f"),
                &format!("\x08\x08\x08{c0}\x7f"),
            ),
        ),
        (
            "bidi_overrides_and_isolates",
            story_with(
                "Mayor \u{202e}dias\u{202c} \u{2067}isolated\u{2069} text",
                "\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}",
            ),
        ),
        (
            "zero_width",
            story_with(
                "Zero\u{200b}width\u{200c}non\u{200d}joiner",
                "\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}We\u{200b}ber",
            ),
        ),
        (
            "cjk_and_emoji",
            story_with(
                "東京で新しいバス 🚌 👨\u{200d}👩\u{200d}👧\u{200d}👦 🇯🇵🇺🇦 👍🏽",
                "日本の首相は月曜日に「待ちすぎた」と語った。👩🏿\u{200d}🚀 🏳\u{fe0f}\u{200d}🌈",
            ),
        ),
        ("combining_marks", story_with(&stacked, &stacked)),
        (
            "long_line_100k",
            format!("Long line\n\n{}\n{STORY}", long_line(100_000)).into_bytes(),
        ),
        ("crlf_line_ends", lf.replace('\n', "\r\n").into_bytes()),
        ("lone_cr_line_ends", lf.replace('\n', "\r").into_bytes()),
        ("bom", format!("\u{feff}{lf}").into_bytes()),
        (
            "quote_marks_unbalanced",
            story_with(
                "\"Open “quotes ‘everywhere",
                "\"“‘«„ said \" ” ’ » \" \"\"\"",
            ),
        ),
        ("whitespace_only", b" \n\t\r\n  \n".to_vec()),
        ("escapes_only", b"\x1b[2J\x1b]0;t\x07\n\x1b[H\n".to_vec()),
        (
            "nul_and_replacement",
            story_with(
                "Nul \0 byte \u{fffd}",
                "\0\0\u{fffd}\u{fffe}\u{ffff}\u{10ffff}",
            ),
        ),
        (
            "many_short_lines",
            "Said \"x\".\n".repeat(5_000).into_bytes(),
        ),
    ]
}

/// Article files that are not UTF-8: import must refuse them, naming the file and the byte.
/// The third field is the byte offset the message must give.
pub fn invalid_articles() -> Vec<(&'static str, Vec<u8>, usize)> {
    vec![
        ("invalid_utf8_ff", b"Caf\xc3\xa9 \xff\xfe here".to_vec(), 6),
        ("invalid_utf8_overlong", b"ab\xc0\xafcd".to_vec(), 2),
        ("invalid_utf8_surrogate", b"abc\xed\xa0\x80".to_vec(), 3),
        ("invalid_utf8_truncated", b"Euro \xe2\x82".to_vec(), 5),
        ("utf16_le_bom", b"\xff\xfeB\x00e\x00".to_vec(), 0),
        ("latin1", b"Fran\xe7ois said".to_vec(), 4),
    ]
}

/// The escaped brief with escape sequences in its date too: not a date, so refused by name.
pub fn escaped_date_brief() -> String {
    let mut v: serde_json::Value = serde_json::from_str(&escaped_brief()).unwrap();
    v["articles"][0]["published"] = "2020-01-01\u{1b}[2J\u{1b}]0;pwned\u{7}".into();
    v.to_string()
}

/// A valid one-article brief whose displayed strings (title, outlet, headline, id, entity name
/// and alias, speaker, attribution) and text all carry escape sequences and bidi controls.
pub fn escaped_brief() -> String {
    let nasty = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}]52;c;eA==\u{7}\u{9b}31m\u{202e}\u{2066}";
    let text = format!("{nasty}Weber said \"{nasty}we waited{nasty}\" on Monday.\n{nasty}\n");
    let q = text.find("we waited").unwrap();
    let qe = q + "we waited".len() + nasty.len();
    let w = text.find("Weber").unwrap();
    let line_end = text.find('\n').unwrap();
    serde_json::json!({
        "schema": 1,
        "title": format!("Title {nasty}"),
        "articles": [{
            "id": format!("x{nasty}"),
            "outlet": format!("Outlet {nasty}"),
            "headline": format!("Headline {nasty}"),
            "published": "2020-01-01",
            "source": format!("{nasty}.txt"),
            "text": text,
            "blocks": [{"kind": "body", "start": 0, "end": line_end, "reason": format!("why {nasty}")}],
            "sentences": [{"start": 0, "end": line_end, "block": 0}],
            "quotes": [{"start": q - nasty.len(), "end": qe, "sentence": 0,
                        "speaker": format!("Weber {nasty}"), "speaker_entity": "e1",
                        "anonymous": false, "partial": false}],
            "claims": [{"start": 0, "end": line_end, "sentence": 0,
                        "attribution": format!("officials {nasty}"), "features": ["date"]}],
        }],
        "entities": [{
            "id": "e1", "name": format!("Weber {nasty}"), "kind": "person",
            "aliases": [format!("W {nasty}")],
            "mentions": [{"article": format!("x{nasty}"), "start": w, "end": w + 5}],
        }],
    })
    .to_string()
}

/// A minimal valid brief with one article; `sentence_start` and `sentence_end` are spliced in
/// raw so numbers can be made hostile.
fn brief_with_numbers(sentence_start: &str, sentence_end: &str) -> Vec<u8> {
    format!(
        r#"{{"schema": 1, "title": "t", "entities": [], "articles": [{{"id": "a", "outlet": "O",
        "headline": "h", "published": null, "source": "a.txt", "text": "Hello.\n",
        "blocks": [{{"kind": "body", "start": 0, "end": 6}}],
        "sentences": [{{"start": {sentence_start}, "end": {sentence_end}, "block": 0}}],
        "quotes": [], "claims": []}}]}}"#
    )
    .into_bytes()
}

fn article_json(id: &str) -> String {
    format!(
        r#"{{"id": "{id}", "outlet": "O", "headline": "h", "published": null, "source": "a.txt",
        "text": "Hello.\n", "blocks": [], "sentences": [], "quotes": [], "claims": []}}"#
    )
}

fn entity_json(id: &str) -> String {
    format!(r#"{{"id": "{id}", "name": "N", "kind": "person", "aliases": [], "mentions": []}}"#)
}

/// What loading a hostile brief must do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// Loads, and every listing of it is safe.
    Ok,
    /// Refused, with a one-line message that names the file and contains this text.
    Refused(&'static str),
}

/// Brief files: nesting, numbers, ids and shapes meant to crash or fool the loader.
pub fn briefs() -> Vec<(&'static str, Vec<u8>, Expect)> {
    use Expect::*;
    let deep_array = format!(
        r#"{{"schema": 1, "title": {}{}}}"#,
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let deep_object = format!(
        r#"{{"schema": 1, "title": "t", "entities": [], "articles": [{}1{}]}}"#,
        r#"{"x": "#.repeat(5_000),
        "}".repeat(5_000)
    );
    let deep_first = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let two = |a: &str, b: &str| {
        format!(r#"{{"schema": 1, "title": "t", "articles": [{a}, {b}], "entities": []}}"#)
    };
    vec![
        // Deep nesting must be refused without exhausting the stack; serde_json stops at the
        // first value of the wrong shape or at its recursion limit.
        ("deep_array", deep_array.into_bytes(), Refused(".json:1:")),
        ("deep_object", deep_object.into_bytes(), Refused(".json:1:")),
        (
            "deep_before_schema",
            deep_first.into_bytes(),
            Refused(".json:1:"),
        ),
        (
            "deep_in_ignored_field",
            format!(
                r#"{{"x": {}{}, "schema": 1}}"#,
                "[".repeat(5_000),
                "]".repeat(5_000)
            )
            .into_bytes(),
            Refused(".json:1:"),
        ),
        (
            "offset_1e30",
            brief_with_numbers("0", "1e30"),
            Refused("invalid type"),
        ),
        (
            "offset_negative",
            brief_with_numbers("-1", "6"),
            Refused("invalid value"),
        ),
        (
            "offset_2_pow_64",
            brief_with_numbers("0", "18446744073709551616"),
            Refused(":"),
        ),
        (
            "offset_u64_max",
            brief_with_numbers("0", "18446744073709551615"),
            Refused("out of range"),
        ),
        (
            "offset_reversed",
            brief_with_numbers("6", "0"),
            Refused("is after end"),
        ),
        (
            "offset_fraction",
            brief_with_numbers("0.5", "6"),
            Refused("invalid type"),
        ),
        (
            "schema_1e30",
            br#"{"schema": 1e30}"#.to_vec(),
            Refused("whole number"),
        ),
        (
            "schema_negative",
            br#"{"schema": -1}"#.to_vec(),
            Refused("whole number"),
        ),
        (
            "schema_2_pow_64",
            br#"{"schema": 18446744073709551616}"#.to_vec(),
            Refused("whole number"),
        ),
        (
            "duplicate_article_ids",
            two(&article_json("a"), &article_json("a")).into_bytes(),
            Refused("duplicate article id \"a\""),
        ),
        (
            "duplicate_entity_ids",
            format!(
                r#"{{"schema": 1, "title": "t", "articles": [], "entities": [{}, {}]}}"#,
                entity_json("e1"),
                entity_json("e1")
            )
            .into_bytes(),
            Refused("duplicate entity id \"e1\""),
        ),
        (
            "duplicate_key",
            br#"{"schema": 1, "schema": 1, "title": "t", "articles": [], "entities": []}"#.to_vec(),
            Refused("duplicate field"),
        ),
        (
            "empty_articles",
            br#"{"schema": 1, "title": "t", "articles": [], "entities": []}"#.to_vec(),
            Ok,
        ),
        (
            "empty_ids",
            two(&article_json("a"), &article_json("")).into_bytes(),
            Refused("empty article id"),
        ),
        (
            "lone_surrogate",
            br#"{"schema": 1, "title": "\ud800", "articles": [], "entities": []}"#.to_vec(),
            Refused("surrogate"),
        ),
        (
            "escaped_variant_name",
            String::from_utf8(brief_with_numbers("0", "6"))
                .unwrap()
                .replace("\"body\"", "\"\\u001b]0;pwned\\u0007\\u001b[2J\"")
                .into_bytes(),
            Refused("unknown variant"),
        ),
        ("escaped_text", escaped_brief().into_bytes(), Ok),
        (
            "escaped_date",
            escaped_date_brief().into_bytes(),
            Refused("articles[0].published"),
        ),
        (
            "bom_before_json",
            [
                "\u{feff}".as_bytes(),
                br#"{"schema": 1, "title": "t", "articles": [], "entities": []}"#,
            ]
            .concat(),
            Ok,
        ),
        (
            "nan",
            br#"{"schema": NaN}"#.to_vec(),
            Refused("expected value"),
        ),
        (
            "not_utf8",
            b"{\"schema\": 1, \"title\": \"\xff\"}".to_vec(),
            Refused("not valid UTF-8"),
        ),
        ("whitespace", b"  \n\t ".to_vec(), Refused("empty")),
    ]
}

/// The benchmarks' generator: a 10 MB article is the same on every run.
#[path = "../../benches/common/mod.rs"]
mod common;
pub use common::XorShift;

/// An article of about `bytes` bytes made of varied news paragraphs (names, places, numbers,
/// quotes, captions and repeats), one per line.
pub fn big_article(bytes: usize) -> String {
    const NAMES: [&str; 10] = [
        "Amira Haddad",
        "Lukas Brandt",
        "Col. Ruth Okafor",
        "Gen. Tomas Lind",
        "Mayor Ines Duarte",
        "Rep. Carl Mendes",
        "Dr. Omar Farouk",
        "Hana Sato",
        "Eli Ward",
        "Mara Quist",
    ];
    const PLACES: [&str; 8] = [
        "Rotterdam",
        "Basra",
        "Mosul",
        "Tallinn",
        "Porto",
        "Gdansk",
        "Haifa",
        "Lagos",
    ];
    const TEMPLATES: [&str; 8] = [
        "{P} — {N} said on Monday that {D} drones had struck near the base since {M}, according to officials familiar with the matter.",
        "\"We will not accept attacks on our forces,\" {N} told reporters in {P} on Tuesday.",
        "The strike in {P} caused no injuries, but {D} people were evacuated, {N} said.",
        "{N}, who has led the inquiry since {M}, said the damage would cost {D} million dollars to repair.",
        "Officials in {P} said the attack was the {D}th this year, a sharp rise from last year.",
        "A drone flies over {P} on May {D}. (Photo by {N}/Getty Images)",
        "\"It was a major escalation,\" one Western official said, asking not to be named because {N} had not approved the statement.",
        "Residents of {P} said they heard {D} explosions before dawn, and {N} ordered an investigation.",
    ];
    const MONTHS: [&str; 4] = ["March", "April", "May 2021", "January 3, 2020"];
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let mut s = String::with_capacity(bytes + 512);
    s.push_str("Drone attacks rise across the region\n\n");
    while s.len() < bytes {
        let t = TEMPLATES[rng.below(TEMPLATES.len())];
        let para = t
            .replace("{N}", NAMES[rng.below(NAMES.len())])
            .replace("{P}", PLACES[rng.below(PLACES.len())])
            .replace("{D}", &(rng.below(900) + 2).to_string())
            .replace("{M}", MONTHS[rng.below(MONTHS.len())]);
        s.push_str(&para);
        // Mostly one paragraph per line, sometimes two sentences together or a blank line.
        match rng.below(6) {
            0 => s.push(' '),
            1 => s.push_str("\n\n"),
            _ => s.push('\n'),
        }
    }
    s
}

/// A reading state pinning every quote and claim of `b`: what the export tests export.
pub fn pin_everything(b: &newsbrief::brief::Brief) -> newsbrief::state::ReadingState {
    use newsbrief::state::{Pin, PinKind, ReadingState, STATE_VERSION};
    let mut st = ReadingState {
        version: STATE_VERSION,
        ..ReadingState::default()
    };
    for a in &b.articles {
        let pin = |kind, start, end| Pin {
            article: a.id.clone(),
            kind,
            start,
            end,
        };
        st.pins
            .extend(a.quotes.iter().map(|q| pin(PinKind::Quote, q.start, q.end)));
        st.pins
            .extend(a.claims.iter().map(|c| pin(PinKind::Claim, c.start, c.end)));
    }
    st
}
