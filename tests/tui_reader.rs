//! The reader drawn on an off-screen buffer: entity styles and highlights, boilerplate, hidden
//! escape sequences, the header and measure, and the gutter marks.

mod tui_support;

use newsbrief::tui::app::{App, Highlight, View};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::{Color, Modifier};
use tui_support::*;

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
fn the_reader_has_a_header_and_keeps_a_readable_measure() {
    let b = newsbrief::brief::default_brief();
    for (w, h) in [(80, 24), (200, 60)] {
        let mut a = App::new(b.clone(), Theme::default_theme(), w, h);
        key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
        let art = &a.brief.articles[a.selected];
        let words = art.word_count();
        let t = text(&a);
        let header = t.lines().nth(1).unwrap();
        assert!(
            header.contains(&art.outlet) && header.contains(&format!("· {words} words")),
            "{w}x{h}: {header}"
        );
        let (tw, _) = a.reader_text_size();
        assert!(tw <= 90, "{w}x{h}: lines of {tw} columns");
        // No text line reaches past the measure (gutter, border and 90 columns).
        for l in t.lines().skip(2).take(h as usize - 4) {
            let inner = l.trim_matches(['│', '║', '█', ' ']);
            assert!(
                unicode_width::UnicodeWidthStr::width(inner) <= 92,
                "{w}x{h}: {l}"
            );
        }
    }
}

/// The screen rows whose gutter carries `mark`, with the text drawn on them.
fn rows_marked(a: &App, mark: &str) -> Vec<(String, ratatui::style::Style)> {
    let buf = render_buffer(a);
    let area = buf.area;
    (0..area.height)
        .filter_map(|y| {
            let x = (0..area.width).find(|&x| buf[(x, y)].symbol() == mark)?;
            let line: String = (0..area.width).map(|x| buf[(x, y)].symbol()).collect();
            Some((line, buf[(x, y)].style()))
        })
        .collect()
}

#[test]
fn sentences_holding_a_discrepancy_are_marked_in_the_reader_gutter_apart_from_pins() {
    use newsbrief::tui::screens::reader::view::{DISCREPANCY_MARK, PIN_MARK};
    for theme in [Theme::default_theme(), Theme::mono()] {
        let mut a = App::new(newsbrief::brief::default_brief(), theme.clone(), 120, 40);
        a.analysis.start(&a.brief);
        a.analysis.wait();
        key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
        let art = a.brief.articles[0].clone();
        let made_in = art
            .sentences
            .iter()
            .position(|s| art.slice(s.start, s.end).contains("made in Iran"))
            .unwrap();
        while a.reader().cursor != Some(made_in) {
            ch(&mut a, 'j');
        }
        let marked = rows_marked(&a, DISCREPANCY_MARK);
        let row = marked
            .iter()
            .find(|(l, _)| l.contains("remains were partially"))
            .unwrap_or_else(|| panic!("the made-in sentence is marked: {marked:?}\n{}", text(&a)));
        let want = theme.discrepancy;
        assert_eq!(
            (row.1.fg, row.1.add_modifier & want.add_modifier),
            (want.fg.or(Some(Color::Reset)), want.add_modifier),
            "in the theme's discrepancy style"
        );
        // Marked on the sentence's first line only.
        assert_eq!(
            marked
                .iter()
                .filter(|(l, _)| l.contains("analysis suggested"))
                .count(),
            0
        );
        // A pin is marked with its own sign; the discrepancy keeps its mark elsewhere.
        let claim = art
            .claims
            .iter()
            .find(|c| c.sentence != made_in)
            .expect("a claim");
        while a.reader().cursor != Some(claim.sentence) {
            ch(&mut a, if claim.sentence < made_in { 'k' } else { 'j' });
        }
        ch(&mut a, 'p');
        assert_eq!(a.pins.len(), 1);
        assert!(!rows_marked(&a, PIN_MARK).is_empty(), "{}", text(&a));
        assert_ne!(PIN_MARK, DISCREPANCY_MARK);
    }
}
