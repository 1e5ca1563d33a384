//! The app drawn on an off-screen buffer: text, styles, themes and the render command.

mod tui_support;

use newsbrief::tui::Look;
use newsbrief::tui::app::{App, Highlight, View};
use newsbrief::tui::keymap::{self, keys_label};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer, render_to_string};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::{Color, Modifier};
use tui_support::*;

#[test]
fn list_shows_articles_with_counts_and_unknown_dates() {
    let a = app(80, 24);
    let t = text(&a);
    for outlet in ["Alpha News", "Beta 日報", "Gamma Post"] {
        assert!(t.contains(outlet), "{outlet} missing:\n{t}");
    }
    assert!(t.contains("date unknown"));
    let row = t.lines().find(|l| l.contains("Alpha News")).unwrap();
    let nums: Vec<&str> = row.split_whitespace().collect();
    assert!(
        nums.windows(2).any(|w| w == ["1", "1"]),
        "quote/claim counts: {row}"
    );
    assert!(
        t.contains("Test brief") && t.contains("? help"),
        "status line:\n{t}"
    );
}

#[test]
fn person_name_has_the_person_style() {
    let mut a = app(80, 24);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    let buf = render_buffer(&a);
    let theme = Theme::default_theme();
    let hits = find(&buf, "Baghdad");
    assert!(!hits.is_empty());
    for (x, y) in hits {
        assert_eq!(buf[(x, y)].fg, theme.place.fg.unwrap());
    }
    let (x, y) = find(&buf, "Qasem")[0];
    assert_eq!(buf[(x, y)].fg, theme.person.fg.unwrap());
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    let (x, y) = find(&buf, "alarmed")[0];
    assert_eq!(buf[(x, y)].fg, theme.quote.fg.unwrap(), "quote style");
}

#[test]
fn a_name_wrapped_over_two_lines_is_highlighted_on_both() {
    // At 40 columns the reader text is 35 wide: "Officials in the capital said Zoë"
    // fills the first line and "Qasem" starts the next.
    let mut a = app(40, 20);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(a.view, View::Reader);
    let buf = render_buffer(&a);
    let t = buffer_text(&buf);
    let person = Theme::default_theme().person.fg.unwrap();
    let zoe = find(&buf, "said Zoë");
    assert_eq!(zoe.len(), 1, "{t}");
    let (x, y) = zoe[0];
    assert_eq!(buf[(x + 5, y)].fg, person);
    assert_ne!(buf[(x, y)].fg, person);
    let line2 = t.lines().nth(y as usize + 1).unwrap();
    assert!(line2.contains("Qasem arrived"), "{t}");
    let (qx, qy) = find(&buf, "Qasem arrived")[0];
    assert_eq!(qy, y + 1);
    assert_eq!(buf[(qx, qy)].fg, person);
    assert_ne!(buf[(qx + 6, qy)].fg, person);
}

#[test]
fn help_lists_every_key_of_the_view() {
    for (view, enter) in [(View::List, false), (View::Reader, true)] {
        let mut a = app(120, 50);
        if enter {
            key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
        }
        assert_eq!(a.view, view);
        ch(&mut a, '?');
        let t = text(&a);
        assert!(t.contains(&format!("Keys: {}", view.name())), "{t}");
        for b in keymap::view_table(view) {
            assert!(
                t.contains(&keys_label(b)),
                "{} missing:\n{t}",
                keys_label(b)
            );
            assert!(t.contains(b.help), "{} missing", b.help);
        }
        key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
        assert!(a.overlay.is_none());
        assert!(!text(&a).contains("Keys:"));
        assert!(!a.quit);
    }
}

#[test]
fn highlight_cycles_all_entity_off() {
    let mut a = app(80, 24);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    ch(&mut a, 'j'); // the sentence naming Zoë Qasem and Baghdad; Qasem is picked
    let theme = Theme::default_theme();
    let style_of = |a: &App, s: &str, n: usize| {
        let buf = render_buffer(a);
        let (x, y) = find(&buf, s)[n];
        buf[(x, y)].fg
    };
    // "United Nations" (headline) is in another sentence.
    assert_eq!(style_of(&a, "United", 0), theme.organization.fg.unwrap());
    ch(&mut a, 'h');
    assert_eq!(a.highlight, Highlight::Entity);
    assert_ne!(style_of(&a, "United", 0), theme.organization.fg.unwrap());
    assert_eq!(style_of(&a, "United", 1), theme.text.fg.unwrap());
    // Every mention of the picked entity stays lit, in every sentence.
    assert_eq!(style_of(&a, "Qasem", 0), theme.person.fg.unwrap());
    assert_eq!(style_of(&a, "Qasem", 1), theme.person.fg.unwrap());
    // A sentence naming no one keeps the last entity selected: the next sentence names the
    // United Nations, the one after names no one.
    ch(&mut a, 'j');
    ch(&mut a, 'j');
    assert!(a.picked_mention().is_none());
    assert_eq!(style_of(&a, "Qasem", 1), theme.text.fg.unwrap());
    assert_eq!(style_of(&a, "United", 0), theme.organization.fg.unwrap());
    assert!(text(&a).contains("United Nations (organi"), "{}", text(&a));
    ch(&mut a, 'h');
    assert_eq!(a.highlight, Highlight::Off);
    assert_eq!(style_of(&a, "Qasem", 1), theme.text.fg.unwrap());
    assert_eq!(style_of(&a, "alarmed", 0), theme.text.fg.unwrap());
    ch(&mut a, 'h');
    assert_eq!(a.highlight, Highlight::All);
}

#[test]
fn boilerplate_is_dimmed_and_can_be_hidden() {
    let mut a = app(80, 30);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    let buf = render_buffer(&a);
    let (x, y) = find(&buf, "Copyright")[0];
    assert_eq!(buf[(x, y)].fg, Theme::default_theme().dim.fg.unwrap());
    ch(&mut a, 'b');
    let t = text(&a);
    assert!(!t.contains("Copyright"), "{t}");
    assert!(t.contains("boilerplate hidden"));
    ch(&mut a, 'b');
    assert!(text(&a).contains("Copyright"));
}

#[test]
fn escape_sequences_are_not_drawn_and_highlights_still_line_up() {
    let mut a = app(80, 24);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    ch(&mut a, '2');
    let buf = render_buffer(&a);
    let t = buffer_text(&buf);
    assert!(!t.contains('\u{1b}') && !t.contains("pwned"), "{t}");
    assert!(t.contains("2/3 Beta 日報 "), "{t}");
    let hits = find(&buf, "Zoë Qasem");
    assert!(hits.len() >= 2, "{t}");
    let person = Theme::default_theme().person.fg.unwrap();
    for (x, y) in hits.into_iter().filter(|&(_, y)| y < 23) {
        for dx in 0..9 {
            assert_eq!(buf[(x + dx, y)].fg, person, "{dx}");
        }
    }
    let (x, y) = find(&buf, "東京都")[0];
    assert_eq!(buf[(x, y)].symbol(), "東");
    assert_eq!(buf[(x + 2, y)].symbol(), "京");
}

#[test]
fn no_color_theme_has_only_reset_colours_but_modifiers() {
    let mut a = App::new(brief(), Theme::mono(), 100, 30);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    ch(&mut a, 'j');
    let buf = render_buffer(&a);
    let mut bold = false;
    let mut reverse = false;
    for c in buf.content() {
        assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset));
        bold |= c.modifier.contains(Modifier::BOLD);
        reverse |= c.modifier.contains(Modifier::REVERSED);
    }
    assert!(bold && reverse);
    let (x, y) = find(&buf, "Qasem")[1];
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
}

#[test]
fn render_command_draws_views_and_refuses_unknown_names() {
    let b = brief();
    let look = Look::default();
    let t = render_to_string(&b, "reader", 60, 12, Some("gamma"), &look).unwrap();
    assert!(t.contains("Gamma Post") && t.contains("short third article"));
    assert!(t.lines().all(|l| !l.ends_with(' ')));
    let e = render_to_string(&b, "compareX", 60, 12, None, &look).unwrap_err();
    assert!(e.contains("list, reader"), "{e}");
    let e = render_to_string(&b, "list", 60, 12, Some("zzz"), &look).unwrap_err();
    assert!(e.contains("alpha, beta, gamma"), "{e}");
    let light = Look {
        theme: Some("light".into()),
        no_color: false,
    };
    assert!(render_to_string(&b, "list", 60, 12, None, &light).is_ok());
}

#[test]
fn default_brief_lists_every_outlet() {
    let b = newsbrief::brief::default_brief();
    let look = Look::default();
    let t = render_to_string(&b, "list", 80, 24, None, &look).unwrap();
    for a in &b.articles {
        let outlet = newsbrief::text::sanitize_line(&a.outlet);
        let shown: String = outlet.chars().take(20).collect();
        assert!(t.contains(&shown), "{shown} missing:\n{t}");
    }
}

#[test]
fn the_reader_says_who_is_quoted_and_what_is_claimed() {
    let mut a = app(80, 24);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    ch(&mut a, 'j');
    ch(&mut a, 'j');
    assert!(text(&a).contains("quote: Zoë Qasem"), "{}", text(&a));
    ch(&mut a, 'j');
    let t = text(&a);
    assert!(t.contains(" claim ") && !t.contains("quote:"), "{t}");
}

#[test]
fn render_refuses_empty_and_huge_frames() {
    let b = brief();
    let look = Look::default();
    assert!(render_to_string(&b, "list", 0, 10, None, &look).is_err());
    assert!(render_to_string(&b, "list", 10, 0, None, &look).is_err());
    assert!(render_to_string(&b, "list", 60000, 60000, None, &look).is_err());
    let t = render_to_string(&b, "list", 1, 1, None, &look).unwrap();
    assert_eq!(t.lines().count(), 1);
}
