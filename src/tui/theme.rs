//! Themes: named styles read from small JSON files, so colours can be changed without a rebuild
//! and a plain 16-colour or colourless terminal still shows every highlight.
//!
//! A theme file is one JSON object; each key names a style (`"person": {"fg": "cyan", "bold":
//! true}`). Colours are names (`red`, `light-red`, `dark-gray`, `reset`), `#rrggbb` or a 0–255
//! index. A modifier set to `false` removes it when the style is laid over another, which lets a
//! colourless theme un-reverse one word inside a reversed sentence.

use std::path::Path;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use thiserror::Error;

use super::look::Look;
use crate::text::sanitize_line;

/// Themes built into the binary, by name, so the app looks right from any folder.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("default", include_str!("../../themes/default.json")),
    ("light", include_str!("../../themes/light.json")),
    ("16color", include_str!("../../themes/16color.json")),
    ("mono", include_str!("../../themes/mono.json")),
];

/// Why a theme could not be used: one line naming the file and, when the content is at fault,
/// the place and the key.
#[derive(Debug, Error)]
pub enum ThemeError {
    #[error("{origin}: cannot read: {source}")]
    Read {
        origin: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{origin}:{line}:{column}: not valid JSON: {message}")]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON is fine but a key or a value is not (an unknown or repeated key, a bad colour).
    #[error("{origin}:{line}:{column}: {}{message}", key_prefix(.key))]
    Content {
        origin: String,
        line: usize,
        column: usize,
        /// Dotted path of the key at fault (`person.fg`); empty for the whole file.
        key: String,
        message: String,
    },
    #[error("unknown theme \"{name}\" (built-in: {builtin}; also looked in {searched})")]
    Unknown {
        name: String,
        builtin: String,
        searched: String,
    },
}

fn key_prefix(key: &str) -> String {
    if key.is_empty() {
        String::new()
    } else {
        format!("key \"{key}\": ")
    }
}

/// The app's front end still reports its own failures as messages; this keeps `?` working there.
impl From<ThemeError> for String {
    fn from(e: ThemeError) -> String {
        e.to_string()
    }
}

/// Declares the theme's styles once: the [`Theme`] fields, [`STYLE_KEYS`], the keys a theme
/// file may set (checked by serde, which also refuses a key given twice) and the walk over all
/// styles all come from this one list.
macro_rules! styles {
    ($($(#[doc = $doc:literal])* $key:ident),* $(,)?) => {
        /// Every style the app draws with; views never pick colours themselves.
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct Theme {
            pub name: String,
            $($(#[doc = $doc])* pub $key: Style,)*
        }

        /// Keys a theme file may set, in the order they are documented.
        pub const STYLE_KEYS: &[&str] = &[$(stringify!($key)),*];

        /// A theme file as written: every key optional (a missing one keeps the base style),
        /// no key unknown or repeated.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct ThemeFile {
            name: Option<String>,
            /// Free text for people reading the file.
            #[allow(dead_code)]
            description: Option<String>,
            $($key: Option<Object<StyleSpec>>,)*
        }

        impl ThemeFile {
            fn over(self, base: &Theme) -> Theme {
                let mut t = base.clone();
                if let Some(n) = self.name {
                    t.name = n;
                }
                $(if let Some(Object(s)) = self.$key {
                    t.$key = s.style();
                })*
                t
            }
        }

        impl Theme {
            /// All styles, for checks over a whole theme.
            pub fn styles(&self) -> Vec<(&'static str, Style)> {
                vec![$((stringify!($key), self.$key)),*]
            }

            fn styles_mut(&mut self) -> Vec<&mut Style> {
                vec![$(&mut self.$key),*]
            }
        }
    };
}

styles! {
    text,
    headline,
    dim,
    person,
    organization,
    place,
    other,
    focus,
    quote,
    claim,
    cursor,
    cursor_mark,
    border,
    border_focused,
    title,
    selected,
    muted,
    status,
    status_key,
    help_key,
    scrollbar,
    /// Words that differ between two versions of the same text.
    diff,
    /// The reader's gutter mark of a sentence holding a discrepancy.
    discrepancy,
}

impl Expected for ThemeFile {
    const EXPECTED: &str =
        "a theme: a JSON object of styles, like {\"person\": {\"fg\": \"cyan\"}}";
}

/// One style as a theme file writes it. A modifier set to `false` is removed where the style
/// is laid over another.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    #[serde(default, deserialize_with = "colour")]
    fg: Option<Color>,
    #[serde(default, deserialize_with = "colour")]
    bg: Option<Color>,
    bold: Option<bool>,
    italic: Option<bool>,
    underline: Option<bool>,
    reverse: Option<bool>,
    dim: Option<bool>,
}

impl Expected for StyleSpec {
    const EXPECTED: &str = "a style: an object like {\"fg\": \"red\", \"bold\": true}";
}

/// What a JSON object stands for, said when something else is found.
trait Expected {
    const EXPECTED: &str;
}

/// A struct read from a JSON object only: serde's derived structs also take an array of
/// values in field order, which would make `[]` a theme and `["red"]` a style.
struct Object<T>(T);

impl<'de, T: Deserialize<'de> + Expected> Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de> + Expected> serde::de::Visitor<'de> for V<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(T::EXPECTED)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Object<T>, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

impl StyleSpec {
    fn style(&self) -> Style {
        let mut style = Style::new();
        if let Some(c) = self.fg {
            style = style.fg(c);
        }
        if let Some(c) = self.bg {
            style = style.bg(c);
        }
        for (set, m) in [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.underline, Modifier::UNDERLINED),
            (self.reverse, Modifier::REVERSED),
            (self.dim, Modifier::DIM),
        ] {
            style = match set {
                Some(true) => style.add_modifier(m),
                Some(false) => style.remove_modifier(m),
                None => style,
            };
        }
        style
    }
}

/// A colour as ratatui reads one (a name such as `light-red`, `#rrggbb`, or a 0–255 index),
/// the index also as a JSON number.
fn colour<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Color>, D::Error> {
    struct V;
    impl serde::de::Visitor<'_> for V {
        type Value = Option<Color>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a colour: a name, \"#rrggbb\" or a 0-255 index")
        }
        fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Self::Value, E> {
            u8::try_from(n)
                .map(|i| Some(Color::Indexed(i)))
                .map_err(|_| E::custom(format_args!("unknown colour {n}")))
        }
        fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Self::Value, E> {
            Err(E::custom(format_args!("unknown colour {n}")))
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Color::from_str(s.trim()).map(Some).map_err(|_| {
                let shown = serde_json::to_string(s).unwrap_or_default();
                E::custom(format_args!("unknown colour {shown}"))
            })
        }
    }
    d.deserialize_any(V)
}

impl Theme {
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
        for s in t.styles_mut() {
            s.fg = None;
            s.bg = None;
            s.underline_color = None;
        }
        t
    }
}

/// Parses a theme file; keys it does not set keep `base`'s style. The error names `origin`, the
/// line and column, and the key at fault; text from the file in it is sanitised.
pub fn parse_theme(src: &str, origin: &str, base: &Theme) -> Result<Theme, ThemeError> {
    let mut de = serde_json::Deserializer::from_str(src);
    match serde_path_to_error::deserialize::<_, Object<ThemeFile>>(&mut de) {
        Ok(Object(t)) => match de.end() {
            Ok(()) => Ok(t.over(base)),
            Err(e) => Err(theme_error(origin, String::new(), &e)),
        },
        Err(e) => {
            let key = e.path().to_string();
            let key = if key == "." { String::new() } else { key };
            Err(theme_error(origin, key, e.inner()))
        }
    }
}

fn theme_error(origin: &str, key: String, e: &serde_json::Error) -> ThemeError {
    let (line, column) = (e.line(), e.column());
    // serde_json puts the position at the end of its message; it is shown first here.
    let full = e.to_string();
    let message = sanitize_line(
        full.strip_suffix(&format!(" at line {line} column {column}"))
            .unwrap_or(&full),
    );
    let origin = origin.to_string();
    if e.is_syntax() || e.is_eof() {
        ThemeError::Syntax {
            origin,
            line,
            column,
            message,
        }
    } else {
        ThemeError::Content {
            origin,
            line,
            column,
            key: sanitize_line(&key),
            message,
        }
    }
}

fn read_theme_file(path: &Path) -> Result<Theme, ThemeError> {
    let origin = path.display().to_string();
    let src = std::fs::read_to_string(path).map_err(|source| ThemeError::Read {
        origin: origin.clone(),
        source,
    })?;
    parse_theme(&src, &origin, &Theme::default_theme())
}

/// Finds a theme by name (built-in first, then the user theme folders) or reads it as a path
/// when it looks like one.
pub fn load_theme(spec: &str) -> Result<Theme, ThemeError> {
    let looks_like_path = spec.contains('/') || spec.contains('\\') || spec.ends_with(".json");
    if looks_like_path {
        return read_theme_file(Path::new(spec));
    }
    if let Some(t) = Theme::embedded(spec) {
        return Ok(t);
    }
    let dir = crate::paths::theme_dir();
    if let Some(p) = dir.as_ref().map(|d| d.join(format!("{spec}.json")))
        && p.is_file()
    {
        return read_theme_file(&p);
    }
    let names: Vec<&str> = EMBEDDED.iter().map(|(n, _)| *n).collect();
    Err(ThemeError::Unknown {
        name: spec.to_string(),
        builtin: names.join(", "),
        searched: dir.map_or_else(|| "no user folder".to_string(), |d| d.display().to_string()),
    })
}

/// True when the environment asks for no colour (`NO_COLOR` set to anything non-empty).
pub fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// How many colours the terminal shows, as its environment says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// 24-bit colour: `COLORTERM=truecolor` or `24bit`, or a `*-direct` TERM.
    True,
    /// The xterm 256-colour palette: a `*-256color` TERM.
    Ansi256,
    /// The 16 ANSI colours: any other TERM (linux, xterm, vt100, screen).
    Ansi16,
    /// No colour at all: `TERM=dumb` or no TERM.
    None,
}

impl Depth {
    /// The depth for these `COLORTERM` and `TERM` values. A terminal that cannot show colour
    /// says so through TERM whatever COLORTERM claims, so `dumb` is looked at first.
    pub fn from_env(colorterm: Option<&str>, term: Option<&str>) -> Depth {
        let term = term.unwrap_or("").trim();
        if term.is_empty() || term == "dumb" {
            return Depth::None;
        }
        let colorterm = colorterm.unwrap_or("").trim().to_ascii_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" || term.ends_with("-direct") {
            Depth::True
        } else if term.contains("256color") {
            Depth::Ansi256
        } else {
            Depth::Ansi16
        }
    }

    /// The depth of the terminal the app runs in.
    pub fn of_env() -> Depth {
        let var = |k| std::env::var(k).ok();
        Depth::from_env(var("COLORTERM").as_deref(), var("TERM").as_deref())
    }
}

/// The theme made to fit the terminal's colour depth: 24-bit colours are brought to the
/// nearest of the 256-colour palette, a 16-colour terminal gets the `16color` theme, a dumb one
/// no colour. A theme the user named (`--theme`) is taken as it is, and so is no colour.
pub fn fit_depth(theme: Theme, look: &Look, no_color: bool, depth: Depth) -> Theme {
    if look.theme.is_some() || no_color || look.no_color {
        return theme;
    }
    match depth {
        Depth::True => theme,
        Depth::Ansi256 => theme.in_256_colours(),
        Depth::Ansi16 => Theme::embedded("16color").unwrap_or(theme),
        Depth::None => Theme::mono(),
    }
}

impl Theme {
    /// Every 24-bit colour replaced by the nearest colour of the xterm 256-colour palette.
    pub fn in_256_colours(mut self) -> Theme {
        let near = |c: &mut Option<Color>| {
            if let Some(Color::Rgb(r, g, b)) = *c {
                *c = Some(Color::Indexed(ansi_colours::ansi256_from_rgb((r, g, b))));
            }
        };
        for s in self.styles_mut() {
            near(&mut s.fg);
            near(&mut s.bg);
            near(&mut s.underline_color);
        }
        self
    }
}

/// The theme the options ask for; no colour wins over any named theme.
pub fn select(look: &Look, no_color: bool) -> Result<Theme, ThemeError> {
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
            let v: serde_json::Value = serde_json::from_str(src).unwrap();
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

    fn err(src: &str) -> String {
        parse_theme(src, "t.json", &Theme::default())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn errors_name_file_place_and_key() {
        assert_eq!(
            err(r#"{"person": {"fg": "purpel"}}"#),
            r#"t.json:1:26: key "person.fg": unknown colour "purpel""#
        );
        let e = err(r#"{"persn": {}}"#);
        assert!(
            e.starts_with(r#"t.json:1:8: key "persn": unknown field `persn`, expected one of"#),
            "{e}"
        );
        let e = err("{");
        assert!(e.starts_with("t.json:1:1: not valid JSON"), "{e}");
        assert!(!e.contains('\n'));
        let e = err(r#"{"x\u001b[2J": {}}"#);
        assert!(!e.contains('\u{1b}'), "{e:?}");
        let e = err(r#"{"text": {"bold": 1}}"#);
        assert!(
            e.contains(r#"key "text.bold": invalid type: integer `1`"#),
            "{e}"
        );
        for not_object in ["[1]", "[]", "3"] {
            let e = err(not_object);
            assert!(
                e.contains("expected a theme: a JSON object of styles"),
                "{e}"
            );
        }
        let e = err(r#"{"person": ["red"]}"#);
        assert!(
            e.contains(r#"key "person": invalid type: sequence, expected a style"#),
            "{e}"
        );
        let e = err(r#"{"text": {}} {}"#);
        assert!(e.contains("trailing characters"), "{e}");
    }

    #[test]
    fn a_key_given_twice_is_refused_by_name() {
        let e = err("{\"person\": {\"fg\": \"red\"},\n \"person\": {\"fg\": \"blue\"}}");
        assert_eq!(e, "t.json:2:9: duplicate field `person`");
        let e = err(r#"{"quote": {"bold": true, "bold": false}}"#);
        assert!(e.contains(r#"key "quote": duplicate field `bold`"#), "{e}");
        let e = err(r#"{"name": "a", "name": "b"}"#);
        assert!(e.contains("duplicate field `name`"), "{e}");
    }

    #[test]
    fn colours_in_every_notation() {
        let p = |v: &str| {
            parse_theme(
                &format!(r#"{{"text": {{"fg": {v}}}}}"#),
                "t",
                &Theme::default(),
            )
            .map(|t| t.text.fg)
            .ok()
            .flatten()
        };
        assert_eq!(p("\"light-red\""), Some(Color::LightRed));
        assert_eq!(p("\"Dark_Gray\""), Some(Color::DarkGray));
        assert_eq!(p("\"#ff8000\""), Some(Color::Rgb(255, 128, 0)));
        assert_eq!(p("42"), Some(Color::Indexed(42)));
        assert_eq!(p("\"200\""), Some(Color::Indexed(200)));
        assert_eq!(p("256"), None);
        assert_eq!(p("-1"), None);
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
    fn colour_depth_follows_colorterm_then_term() {
        let d = |c, t| Depth::from_env(c, t);
        assert_eq!(d(Some("truecolor"), Some("xterm-256color")), Depth::True);
        assert_eq!(d(Some("24bit"), Some("xterm")), Depth::True);
        assert_eq!(d(None, Some("xterm-direct")), Depth::True);
        assert_eq!(d(None, Some("xterm-256color")), Depth::Ansi256);
        assert_eq!(d(Some(""), Some("tmux-256color")), Depth::Ansi256);
        for t in ["linux", "xterm", "vt100", "screen"] {
            assert_eq!(d(None, Some(t)), Depth::Ansi16, "{t}");
        }
        assert_eq!(d(Some("truecolor"), Some("dumb")), Depth::None);
        assert_eq!(d(None, None), Depth::None);
    }

    #[test]
    fn the_theme_fits_the_depth_unless_one_is_named() {
        let base = Theme::default_theme();
        let plain = Look::default();
        let colours = |t: &Theme| -> Vec<Color> {
            t.styles()
                .into_iter()
                .flat_map(|(_, s)| [s.fg, s.bg])
                .flatten()
                .collect()
        };
        let t = fit_depth(base.clone(), &plain, false, Depth::Ansi256);
        assert!(colours(&base).iter().any(|c| matches!(c, Color::Rgb(..))));
        assert!(!colours(&t).iter().any(|c| matches!(c, Color::Rgb(..))));
        assert!(colours(&t).iter().any(|c| matches!(c, Color::Indexed(_))));
        let t = fit_depth(base.clone(), &plain, false, Depth::Ansi16);
        assert_eq!(t.name, "16color");
        assert_eq!(
            fit_depth(base.clone(), &plain, false, Depth::None),
            Theme::mono()
        );
        assert_eq!(fit_depth(base.clone(), &plain, false, Depth::True), base);
        let named = Look {
            theme: Some("default".into()),
            ..Look::default()
        };
        assert_eq!(fit_depth(base.clone(), &named, false, Depth::None), base);
        let mono = Theme::mono();
        assert_eq!(fit_depth(mono.clone(), &plain, true, Depth::Ansi16), mono);
    }

    #[test]
    fn select_prefers_no_colour_and_refuses_unknown_names() {
        let look = Look {
            theme: Some("light".into()),
            no_color: false,
            ..Look::default()
        };
        assert_eq!(select(&look, true).unwrap(), Theme::mono());
        assert_eq!(select(&look, false).unwrap().name, "light");
        let bad = Look {
            theme: Some("nosuchtheme".into()),
            no_color: false,
            ..Look::default()
        };
        assert!(
            select(&bad, false)
                .unwrap_err()
                .to_string()
                .contains("nosuchtheme")
        );
    }
}
