//! Properties of the sanitiser and the analysis over random text full of controls, combining
//! marks, wide characters, quote marks and line ends.

use newsbrief::analyze::pipeline::{Source, build_brief};
use newsbrief::brief::validate::validate;
use newsbrief::text::{is_terminal_safe, sanitize, sanitize_line};
use proptest::prelude::*;

/// Pieces that exercise the sanitiser and the analysis: escape introducers, controls, bidi,
/// combining marks, wide and zero-width characters, quotes, sentence ends and words.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Z][a-z]{0,8}",
        3 => Just(" ".to_string()),
        1 => Just(". ".to_string()),
        1 => prop::sample::select(vec![
            "\u{1b}[", "\u{1b}]0;", "\u{1b}\\", "\u{7}", "\u{9b}", "\u{9c}", "\u{90}", "\u{1b}P",
            "\u{1b}_", "\u{1b}", "\r\n", "\r", "\n", "\n\n", "\t", "\u{7f}", "\u{0}", "\u{feff}",
            "\u{202e}", "\u{2066}", "\u{2069}", "\u{200b}", "\u{200d}", "“", "”", "\"", "‘", "’",
            "said", "told", "according to", "—", "…", "Mr.", "U.S.", "12", "1,000",
            "👨\u{200d}👩\u{200d}👧", "🇯🇵", "日本語", "e\u{301}\u{302}\u{303}",
        ])
        .prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => proptest::char::range('\u{0}', '\u{9f}').prop_map(String::from),
        1 => proptest::char::range('\u{300}', '\u{36f}').prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn sanitised_text_is_safe_and_the_map_is_monotonic(s in text()) {
        let out = sanitize(&s);
        prop_assert!(is_terminal_safe(&out.text));
        prop_assert!(is_terminal_safe(&sanitize_line(&s)));
        prop_assert!(!sanitize_line(&s).contains('\n'));
        let mut last = 0;
        for i in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            let m = out.map(i);
            prop_assert!(m >= last, "map({}) = {} < {}", i, m, last);
            prop_assert!(out.text.is_char_boundary(m));
            last = m;
        }
        prop_assert_eq!(out.map(s.len()), out.text.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_a_valid_brief(a in text(), b in text()) {
        let src = |n: &str, t: &str| Source {
            file_name: n.into(),
            text: t.into(),
            outlet: None,
            published: None,
        };
        let brief = build_brief("t", &[src("a.txt", &a), src("b.txt", &b)]);
        prop_assert_eq!(validate(&brief), Ok(()));
        prop_assert_eq!(&brief.articles[0].text, &a);
        prop_assert_eq!(&brief.articles[1].text, &b);
        let json = newsbrief::brief::save::to_json(&brief);
        let back = newsbrief::brief::parse_brief(&json, std::path::Path::new("p.json"));
        prop_assert_eq!(back.ok(), Some(brief));
    }

    /// The built-in brief with a few bytes overwritten: loading never panics, and whatever
    /// loads can be sliced by every annotation.
    #[test]
    fn damaged_briefs_load_or_are_refused(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)) {
        let mut bytes = newsbrief::brief::DEFAULT_BRIEF_JSON.as_bytes().to_vec();
        for (at, b) in edits {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        let Ok(json) = std::str::from_utf8(&bytes) else { return Ok(()); };
        if let Ok(brief) = newsbrief::brief::parse_brief(json, std::path::Path::new("d.json")) {
            for a in &brief.articles {
                for q in &a.quotes {
                    prop_assert!(a.text.get(q.start..q.end).is_some());
                }
                for c in &a.claims {
                    prop_assert!(a.text.get(c.start..c.end).is_some());
                }
                prop_assert!(is_terminal_safe(&sanitize(&a.text).text));
            }
        }
    }
}
