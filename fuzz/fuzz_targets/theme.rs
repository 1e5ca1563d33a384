//! Any bytes as a theme file: parsing never panics; an error is one terminal-safe line naming
//! the file; a theme that loads has every style, keeps the base's style for every key the file
//! does not name, reads the same laid over itself, and fits a 256-colour terminal.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsbrief::tui::theme::{STYLE_KEYS, Theme, ThemeError, parse_theme};
use ratatui::style::Color;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    // A base unlike any built-in theme, so a key that falls back to it is seen to.
    let base = Theme::embedded("light").expect("built-in");
    let t = match parse_theme(src, "fuzz.json", &base) {
        Ok(t) => t,
        Err(e) => {
            let m = e.to_string();
            assert!(m.starts_with("fuzz.json:"), "{m}");
            assert!(
                !m.contains('\n') && newsbrief::text::is_terminal_safe(&m),
                "{m:?}"
            );
            if let ThemeError::Syntax { line, .. } | ThemeError::Content { line, .. } = e {
                assert!(line >= 1 && line <= src.split('\n').count(), "line {line}");
            }
            return;
        }
    };
    let styles = t.styles();
    let names: Vec<&str> = styles.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, STYLE_KEYS, "a style missing");
    // A key can hide behind a JSON escape (`"\u0074ext"`); without one, a key not written
    // is a key not set.
    if !src.contains('\\') {
        for ((name, s), (_, b)) in styles.iter().zip(base.styles()) {
            if !src.contains(&format!("\"{name}\"")) {
                assert_eq!(*s, b, "{name} changed though the file does not name it");
            }
        }
        if !src.contains("\"name\"") {
            assert_eq!(t.name, base.name);
        }
    }
    let again = parse_theme(src, "fuzz.json", &t).expect("parses twice");
    assert_eq!(again, t, "laying a theme over itself changed it");
    for (name, s) in t.clone().in_256_colours().styles() {
        for c in [s.fg, s.bg, s.underline_color].into_iter().flatten() {
            assert!(!matches!(c, Color::Rgb(..)), "{name}: {c:?} in 256 colours");
        }
    }
});
