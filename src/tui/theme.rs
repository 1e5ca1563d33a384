//! Themes: named styles read from small JSON files, so colours can be changed without a rebuild
//! and a plain 16-colour or colourless terminal still shows every highlight.
//!
//! A theme file is one JSON object; each key names a style (`"person": {"fg": "cyan", "bold":
//! true}`). Colours are names (`red`, `light-red`, `dark-gray`, `reset`), `#rrggbb` or a 0–255
//! index. A modifier set to `false` removes it when the style is laid over another, which lets a
//! colourless theme un-reverse one word inside a reversed sentence.

use std::path::{Path, PathBuf};

use ratatui::style::{Color, Modifier, Style};
use serde_json::Value;

use super::look::Look;

/// Themes built into the binary, by name, so the app looks right from any folder.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("default", include_str!("../../themes/default.json")),
    ("light", include_str!("../../themes/light.json")),
    ("16color", include_str!("../../themes/16color.json")),
    ("mono", include_str!("../../themes/mono.json")),
];

/// Every style the app draws with; views never pick colours themselves.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Theme {
    pub name: String,
    pub text: Style,
    pub headline: Style,
    pub dim: Style,
    pub person: Style,
    pub organization: Style,
    pub place: Style,
    pub other: Style,
    pub focus: Style,
    pub quote: Style,
    pub claim: Style,
    pub cursor: Style,
    pub cursor_mark: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub selected: Style,
    pub muted: Style,
    pub status: Style,
    pub status_key: Style,
    pub help_key: Style,
    pub scrollbar: Style,
    /// Words that differ between two versions of the same text.
    pub diff: Style,
}

/// Keys a theme file may set, in the order they are documented.
pub const STYLE_KEYS: &[&str] = &[
    "text",
    "headline",
    "dim",
    "person",
    "organization",
    "place",
    "other",
    "focus",
    "quote",
    "claim",
    "cursor",
    "cursor_mark",
    "border",
    "border_focused",
    "title",
    "selected",
    "muted",
    "status",
    "status_key",
    "help_key",
    "scrollbar",
    "diff",
];

const ATTRS: &str = "fg, bg, bold, italic, underline, reverse, dim";

impl Theme {
    fn slot(&mut self, key: &str) -> Option<&mut Style> {
        Some(match key {
            "text" => &mut self.text,
            "headline" => &mut self.headline,
            "dim" => &mut self.dim,
            "person" => &mut self.person,
            "organization" => &mut self.organization,
            "place" => &mut self.place,
            "other" => &mut self.other,
            "focus" => &mut self.focus,
            "quote" => &mut self.quote,
            "claim" => &mut self.claim,
            "cursor" => &mut self.cursor,
            "cursor_mark" => &mut self.cursor_mark,
            "border" => &mut self.border,
            "border_focused" => &mut self.border_focused,
            "title" => &mut self.title,
            "selected" => &mut self.selected,
            "muted" => &mut self.muted,
            "status" => &mut self.status,
            "status_key" => &mut self.status_key,
            "help_key" => &mut self.help_key,
            "scrollbar" => &mut self.scrollbar,
            "diff" => &mut self.diff,
            _ => return None,
        })
    }

    /// All styles, for checks over a whole theme.
    pub fn styles(&self) -> Vec<(&'static str, Style)> {
        let mut t = self.clone();
        STYLE_KEYS
            .iter()
            .map(|k| (*k, t.slot(k).map(|s| *s).unwrap_or_default()))
            .collect()
    }

    /// The built-in theme called `name`.
    pub fn embedded(name: &str) -> Option<Theme> {
        let (_, src) = EMBEDDED.iter().find(|(n, _)| *n == name)?;
        parse_theme(src, &format!("themes/{name}.json"), &Theme::default()).ok()
    }

    /// The dark default theme.
    pub fn default_theme() -> Theme {
        Theme::embedded("default").unwrap_or_default()
    }

    /// The colourless theme used under `NO_COLOR`: every colour stays `Reset`, so the terminal
    /// never receives a colour change (which would also clear bold and reverse there).
    pub fn mono() -> Theme {
        let mut t = Theme::embedded("mono").unwrap_or_default();
        for k in STYLE_KEYS {
            if let Some(s) = t.slot(k) {
                s.fg = None;
                s.bg = None;
                s.underline_color = None;
            }
        }
        t
    }
}

/// Parses a theme file; keys it does not set keep `base`'s style. Errors are one line naming
/// `origin` and the offending key.
pub fn parse_theme(src: &str, origin: &str, base: &Theme) -> Result<Theme, String> {
    let v: Value =
        serde_json::from_str(src).map_err(|e| format!("{origin}: not valid JSON: {e}"))?;
    let Value::Object(map) = v else {
        return Err(format!(
            "{origin}: a theme is a JSON object of styles, like {{\"person\": {{\"fg\": \"cyan\"}}}}"
        ));
    };
    let mut theme = base.clone();
    for (key, val) in &map {
        if key == "name" || key == "description" {
            match val {
                Value::String(s) if key == "name" => theme.name = s.clone(),
                Value::String(_) => {}
                _ => return Err(format!("{origin}: key {}: expected a string", quoted(key))),
            }
            continue;
        }
        let style = parse_style(val, key).map_err(|e| format!("{origin}: {e}"))?;
        match theme.slot(key) {
            Some(s) => *s = style,
            None => {
                return Err(format!(
                    "{origin}: key {}: unknown style (known: {})",
                    quoted(key),
                    STYLE_KEYS.join(", ")
                ));
            }
        }
    }
    Ok(theme)
}

/// A key as JSON writes it: quoted, with control characters escaped so an error message
/// cannot carry terminal escapes.
fn quoted(key: &str) -> String {
    serde_json::to_string(key).unwrap_or_else(|_| "\"?\"".into())
}

fn parse_style(v: &Value, key: &str) -> Result<Style, String> {
    let Value::Object(attrs) = v else {
        return Err(format!(
            "key {}: expected an object like {{\"fg\": \"red\", \"bold\": true}}",
            quoted(key)
        ));
    };
    let mut style = Style::new();
    for (attr, val) in attrs {
        let path = format!("{key}.{attr}");
        let modifier = match attr.as_str() {
            "fg" | "bg" => {
                let c = parse_color(val)
                    .ok_or_else(|| format!("key {}: unknown colour {val}", quoted(&path)))?;
                style = if attr == "fg" {
                    style.fg(c)
                } else {
                    style.bg(c)
                };
                continue;
            }
            "bold" => Modifier::BOLD,
            "italic" => Modifier::ITALIC,
            "underline" => Modifier::UNDERLINED,
            "reverse" => Modifier::REVERSED,
            "dim" => Modifier::DIM,
            _ => {
                return Err(format!(
                    "key {}: unknown attribute (known: {ATTRS})",
                    quoted(&path)
                ));
            }
        };
        match val {
            Value::Bool(true) => style = style.add_modifier(modifier),
            Value::Bool(false) => style = style.remove_modifier(modifier),
            _ => {
                return Err(format!(
                    "key {}: expected true or false, got {val}",
                    quoted(&path)
                ));
            }
        }
    }
    Ok(style)
}

/// A colour from a theme value: a name, `#rrggbb`, or a 0–255 index (number or string).
pub fn parse_color(v: &Value) -> Option<Color> {
    match v {
        Value::Number(n) => n
            .as_u64()
            .filter(|&i| i <= 255)
            .map(|i| Color::Indexed(i as u8)),
        Value::String(s) => {
            let s = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
            if let Some(hex) = s.strip_prefix('#') {
                if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                let c = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                return Some(Color::Rgb(c(0)?, c(2)?, c(4)?));
            }
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                return s.parse::<u8>().ok().map(Color::Indexed);
            }
            Some(match s.as_str() {
                "reset" | "default" => Color::Reset,
                "black" => Color::Black,
                "red" => Color::Red,
                "green" => Color::Green,
                "yellow" => Color::Yellow,
                "blue" => Color::Blue,
                "magenta" => Color::Magenta,
                "cyan" => Color::Cyan,
                "gray" | "grey" => Color::Gray,
                "dark-gray" | "dark-grey" => Color::DarkGray,
                "light-red" => Color::LightRed,
                "light-green" => Color::LightGreen,
                "light-yellow" => Color::LightYellow,
                "light-blue" => Color::LightBlue,
                "light-magenta" => Color::LightMagenta,
                "light-cyan" => Color::LightCyan,
                "white" => Color::White,
                _ => return None,
            })
        }
        _ => None,
    }
}

/// Folders searched for user themes by name.
fn user_theme_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|x| !x.is_empty()) {
        dirs.push(PathBuf::from(x).join("newsbrief/themes"));
    }
    if let Some(h) = std::env::var_os("HOME").filter(|x| !x.is_empty()) {
        dirs.push(PathBuf::from(h).join(".config/newsbrief/themes"));
    }
    dirs
}

fn read_theme_file(path: &Path) -> Result<Theme, String> {
    let origin = path.display().to_string();
    let src = std::fs::read_to_string(path).map_err(|e| format!("{origin}: cannot read: {e}"))?;
    parse_theme(&src, &origin, &Theme::default_theme())
}

/// Finds a theme by name (built-in first, then the user theme folders) or reads it as a path
/// when it looks like one.
pub fn load_theme(spec: &str) -> Result<Theme, String> {
    let looks_like_path = spec.contains('/') || spec.contains('\\') || spec.ends_with(".json");
    if looks_like_path {
        return read_theme_file(Path::new(spec));
    }
    if let Some(t) = Theme::embedded(spec) {
        return Ok(t);
    }
    let dirs = user_theme_dirs();
    for d in &dirs {
        let p = d.join(format!("{spec}.json"));
        if p.is_file() {
            return read_theme_file(&p);
        }
    }
    let names: Vec<&str> = EMBEDDED.iter().map(|(n, _)| *n).collect();
    let searched: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    Err(format!(
        "unknown theme \"{spec}\" (built-in: {}; also looked in {})",
        names.join(", "),
        if searched.is_empty() {
            "no user folder".to_string()
        } else {
            searched.join(", ")
        }
    ))
}

/// True when the environment asks for no colour (`NO_COLOR` set to anything non-empty).
pub fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The theme the options ask for; no colour wins over any named theme.
pub fn select(look: &Look, no_color: bool) -> Result<Theme, String> {
    if no_color || look.no_color {
        return Ok(Theme::mono());
    }
    match &look.theme {
        Some(spec) => load_theme(spec),
        None => Ok(Theme::default_theme()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_themes_parse_and_set_every_key() {
        for (name, src) in EMBEDDED {
            let v: Value = serde_json::from_str(src).unwrap();
            for k in STYLE_KEYS {
                assert!(v.get(k).is_some(), "{name} lacks {k}");
            }
            parse_theme(src, name, &Theme::default()).unwrap();
        }
    }

    #[test]
    fn sixteen_colour_theme_uses_only_ansi_colours() {
        let t = Theme::embedded("16color").unwrap();
        for (k, s) in t.styles() {
            for c in [s.fg, s.bg].into_iter().flatten() {
                assert!(
                    !matches!(c, Color::Rgb(..) | Color::Indexed(_)),
                    "{k} uses {c:?}"
                );
            }
        }
    }

    #[test]
    fn mono_has_no_colour_but_modifiers() {
        let t = Theme::mono();
        for (_, s) in t.styles() {
            assert!(s.fg.is_none() && s.bg.is_none());
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(t.person.add_modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn errors_name_file_and_key() {
        let e = parse_theme(
            r#"{"person": {"fg": "purpel"}}"#,
            "mytheme.json",
            &Theme::default(),
        )
        .unwrap_err();
        assert_eq!(
            e,
            r#"mytheme.json: key "person.fg": unknown colour "purpel""#
        );
        let e = parse_theme(r#"{"persn": {}}"#, "t.json", &Theme::default()).unwrap_err();
        assert!(
            e.starts_with(r#"t.json: key "persn": unknown style"#),
            "{e}"
        );
        let e = parse_theme("{", "t.json", &Theme::default()).unwrap_err();
        assert!(e.starts_with("t.json: not valid JSON"), "{e}");
        assert!(!e.contains('\n'));
        let e = parse_theme(r#"{"x\u001b[2J": {}}"#, "t.json", &Theme::default()).unwrap_err();
        assert!(!e.contains('\u{1b}'), "{e:?}");
        let e = parse_theme(r#"{"text": {"bold": 1}}"#, "t.json", &Theme::default()).unwrap_err();
        assert!(e.contains(r#"key "text.bold""#), "{e}");
    }

    #[test]
    fn colours_in_every_notation() {
        let p = |s: &str| parse_color(&serde_json::from_str(s).unwrap());
        assert_eq!(p("\"light-red\""), Some(Color::LightRed));
        assert_eq!(p("\"Dark_Gray\""), Some(Color::DarkGray));
        assert_eq!(p("\"#ff8000\""), Some(Color::Rgb(255, 128, 0)));
        assert_eq!(p("42"), Some(Color::Indexed(42)));
        assert_eq!(p("\"200\""), Some(Color::Indexed(200)));
        assert_eq!(p("256"), None);
        assert_eq!(p("\"#fff\""), None);
        assert_eq!(p("true"), None);
    }

    #[test]
    fn partial_user_theme_inherits_and_false_removes() {
        let base = Theme::default_theme();
        let t = parse_theme(r#"{"person": {"fg": "red", "bold": false}}"#, "x", &base).unwrap();
        assert_eq!(t.person.fg, Some(Color::Red));
        assert!(t.person.sub_modifier.contains(Modifier::BOLD));
        assert_eq!(t.place, base.place);
    }

    #[test]
    fn select_prefers_no_colour_and_refuses_unknown_names() {
        let look = Look {
            theme: Some("light".into()),
            no_color: false,
        };
        assert_eq!(select(&look, true).unwrap(), Theme::mono());
        assert_eq!(select(&look, false).unwrap().name, "light");
        let bad = Look {
            theme: Some("nosuchtheme".into()),
            no_color: false,
        };
        assert!(select(&bad, false).unwrap_err().contains("nosuchtheme"));
    }
}
