//! The app drawn on an off-screen buffer: help, themes, the status line, notices, the render
//! command, copying, pins and opening another brief.

mod tui_support;

use newsbrief::tui::Look;
use newsbrief::tui::app::{App, View};
use newsbrief::tui::keymap::{self, keys_label};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer, render_to_string};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::{Color, Modifier};
use tui_support::*;

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
        ..Look::default()
    };
    assert!(render_to_string(&b, "list", 60, 12, None, &light).is_ok());
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

#[test]
fn the_status_title_keeps_the_status_colours_in_every_theme() {
    // The 16-colour theme once drew it bold white on light grey, unreadable.
    for (name, _) in newsbrief::tui::theme::EMBEDDED {
        let theme = Theme::embedded(name).unwrap();
        let a = App::new(brief(), theme.clone(), 80, 24);
        let buf = render_buffer(&a);
        let cell = &buf[(1, 23)];
        assert_ne!(cell.symbol(), " ", "{name}: no title drawn");
        assert_eq!(
            (cell.fg, cell.bg),
            (
                theme.status.fg.unwrap_or(Color::Reset),
                theme.status.bg.unwrap_or(Color::Reset)
            ),
            "{name}: the title's colours are not the status line's"
        );
    }
}

#[test]
fn the_corrupt_state_notice_stays_whole_until_dismissed() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir
        .path()
        .join("a-rather-long-folder-name-for-state-files")
        .join("and-another-level-below-it");
    std::fs::create_dir_all(&deep).unwrap();
    let store = newsbrief::state::StateStore::in_dir(&deep, b"some brief");
    std::fs::create_dir_all(store.path.parent().unwrap()).unwrap();
    std::fs::write(&store.path, b"{ not json").unwrap();
    let (_, note) = store.load();
    let note = note.expect("the corrupt file is reported");
    let mut a = app(100, 30);
    a.notice = Some(note.clone());
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !"│┌┐└┘─║█".contains(*c))
            .collect()
    };
    let shown = squeeze(&text(&a));
    let want = squeeze(&newsbrief::text::sanitize_line(&note));
    assert!(shown.contains(&want), "notice cut:\n{}", text(&a));
    ch(&mut a, 'j');
    assert!(squeeze(&text(&a)).contains(&want), "gone after a key");
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert!(a.notice.is_none());
    assert!(!squeeze(&text(&a)).contains(&want));
    for (w, h) in [(1, 1), (3, 2), (10, 5), (40, 10)] {
        let mut a = app(w, h);
        a.notice = Some(note.clone());
        render_buffer(&a);
    }
}

#[test]
fn the_loading_line_names_the_brief_at_every_size() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let path = std::path::Path::new("/tmp/big\u{1b}[2Jbrief.json");
    for (w, h) in [(80, 24), (200, 60), (10, 3), (1, 1)] {
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        term.draw(|f| newsbrief::tui::ui::draw_loading(f, Some(path)))
            .unwrap();
        let t = buffer_text(term.backend().buffer());
        if w >= 40 {
            assert!(t.contains("loading /tmp/big"), "{t}");
            assert!(t.contains("brief.json…"), "{t}");
        }
        assert!(!t.contains('\u{1b}'), "{t:?}");
    }
}

/// The text an OSC 52 write puts on the clipboard.
fn clipboard_text(seq: &str) -> String {
    use base64::Engine;
    let b64 = seq
        .strip_prefix("\x1b]52;c;")
        .and_then(|x| x.strip_suffix('\x07'))
        .expect("an OSC 52 sequence");
    String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap(),
    )
    .unwrap()
}

#[test]
fn y_copies_what_is_under_the_cursor_through_osc_52() {
    let mut a = app(100, 30);
    // The list has no sentence under a cursor.
    ch(&mut a, 'y');
    assert!(a.clipboard.is_none() && text(&a).contains("nothing to copy"));
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    // Down to the sentence holding the quote.
    let art = a.brief.articles[0].clone();
    let q = art.quotes[0].clone();
    while a.reader().cursor != Some(q.sentence) {
        ch(&mut a, 'j');
    }
    ch(&mut a, 'y');
    let got = clipboard_text(&a.clipboard.take().unwrap());
    assert_eq!(got, art.text[q.start..q.end]);
    assert!(text(&a).contains("copied the quote"), "{}", text(&a));
    // A sentence with neither copies the sentence.
    key(&mut a, KeyCode::Char('g'), KeyModifiers::NONE);
    ch(&mut a, 'y');
    let got = clipboard_text(&a.clipboard.take().unwrap());
    assert_eq!(got, "Zoë Qasem meets the United Nations");
    // The hidden escape sequence of the second article never reaches the clipboard.
    ch(&mut a, '2');
    ch(&mut a, 'j');
    ch(&mut a, 'y');
    let got = clipboard_text(&a.clipboard.take().unwrap());
    assert!(
        got.starts_with("Trap") && !got.contains('\u{1b}') && !got.contains('\u{7}'),
        "{got:?}"
    );
}

#[test]
fn y_in_the_compare_view_copies_both_sides_of_the_row() {
    let mut a = App::new(
        newsbrief::brief::default_brief(),
        Theme::default_theme(),
        120,
        40,
    );
    ch(&mut a, 'c');
    ch(&mut a, 'j');
    ch(&mut a, 'y');
    let got = clipboard_text(&a.clipboard.take().unwrap());
    let (l, r) = (a.screens.compare.left, a.screens.compare.right);
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 2, "{got}");
    assert!(
        lines[0].starts_with(&format!("{}: ", a.brief.articles[l].outlet)),
        "{got}"
    );
    assert!(
        lines[1].starts_with(&format!("{}: ", a.brief.articles[r].outlet)),
        "{got}"
    );
    assert!(text(&a).contains("copied the row"));
}

#[test]
fn the_pins_list_shows_opens_and_unpins() {
    use newsbrief::tui::View;
    let mut a = app(100, 30);
    ch(&mut a, 'P');
    assert_eq!(a.view, View::Pins);
    assert!(text(&a).contains("no pins yet"), "{}", text(&a));
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    let art = a.brief.articles[0].clone();
    let (q, c) = (art.quotes[0].clone(), art.claims[0].clone());
    while a.reader().cursor != Some(q.sentence) {
        ch(&mut a, 'j');
    }
    ch(&mut a, 'p');
    while a.reader().cursor != Some(c.sentence) {
        ch(&mut a, 'j');
    }
    ch(&mut a, 'p');
    assert_eq!(a.pins.len(), 2);
    ch(&mut a, 'P');
    let t = text(&a);
    assert!(t.contains("Pins (2)"), "{t}");
    assert!(t.contains("Alpha News · quote · Zoë Qasem"), "{t}");
    assert!(t.contains("we are alarmed by the drones"), "{t}");
    assert!(t.contains("Alpha News · claim"), "{t}");
    assert!(t.contains("Twelve drones struck the base"), "{t}");
    // Enter opens the second pin on its sentence; Esc comes back to the list of pins.
    ch(&mut a, 'j');
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!((a.view, a.selected), (View::Reader, 0));
    assert_eq!(a.reader().cursor, Some(c.sentence));
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::Pins);
    ch(&mut a, 'd');
    assert_eq!(a.pins.len(), 1);
    let t = text(&a);
    assert!(
        t.contains("Pins (1)") && !t.contains("Twelve drones"),
        "{t}"
    );
    for (w, h) in [(1, 1), (20, 5), (40, 10), (200, 60)] {
        let mut b = a.clone();
        newsbrief::tui::app::update(&mut b, newsbrief::tui::app::Action::Resize(w, h));
        render_buffer(&b);
    }
}

#[test]
fn the_status_line_keeps_its_slots_and_the_focused_title_stands_out() {
    let mut b = brief();
    b.title = "A long brief title that would take whatever room the status line has left".into();
    let mut a = App::new(b, Theme::default_theme(), 100, 30);
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    let status = |a: &App| {
        let buf = render_buffer(a);
        let y = buf.area.height - 1;
        let row: String = (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        row
    };
    let col = |s: &str, pat: &str| s.find(pat).map(|b| s[..b].chars().count());
    let mut seen = std::collections::BTreeSet::new();
    let mut at = std::collections::BTreeSet::new();
    for _ in 0..6 {
        let s = status(&a);
        seen.insert(s.clone());
        at.insert((col(&s, "reader │"), col(&s, "? help")));
        ch(&mut a, 'j');
    }
    assert!(seen.len() > 1, "the entity never changed: {seen:?}");
    assert_eq!(at.len(), 1, "slots moved: {seen:#?}");
    // The focused pane's title is reversed; the other's is not.
    let buf = render_buffer(&a);
    let reversed = |needle: &str| {
        let (x, y) = find(&buf, needle)[0];
        buf[(x, y)].modifier.contains(Modifier::REVERSED)
    };
    assert!(reversed("1/3 Alpha News") && !reversed("Articles (3)"));
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    let buf = render_buffer(&a);
    let (x, y) = find(&buf, "Articles (3)")[0];
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn o_opens_another_brief_from_a_path_prompt_with_tab_completion() {
    use newsbrief::tui::app::Overlay;
    use newsbrief::tui::overlays::open::take_request;
    let dir = tempfile::tempdir().unwrap();
    let mut other = newsbrief::brief::default_brief();
    other.title = "Harbour strike follow-up".into();
    other.articles[0].outlet = "The Harbour Gazette".into();
    std::fs::write(
        dir.path().join("harbour-strike.json"),
        newsbrief::brief::save::to_json(&other),
    )
    .unwrap();
    std::fs::write(dir.path().join("harbour-broken.json"), "{\"schema\": 1,").unwrap();
    let mut a = App::new(
        newsbrief::brief::default_brief(),
        Theme::default_theme(),
        100,
        30,
    );
    a.brief_path = Some(dir.path().join("first.json"));
    ch(&mut a, 'O');
    assert_eq!(a.overlay, Some(Overlay::Open));
    // The prompt starts in the directory of the brief shown.
    let base = format!("{}/", dir.path().display());
    assert_eq!(a.open_prompt.input, base);
    let t = text(&a);
    assert!(
        t.contains("Open brief") && t.contains("Tab complete"),
        "{t}"
    );
    // Typed keys go into the path, even those bound elsewhere (q, j, ?).
    for c in "harbour-".chars() {
        ch(&mut a, c);
    }
    assert_eq!(a.open_prompt.input, format!("{base}harbour-"));
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    // Two fit and share no more: the first is picked, both are listed.
    assert_eq!(a.open_prompt.input, format!("{base}harbour-broken.json"));
    let t = text(&a);
    assert!(
        t.contains("harbour-broken.json") && t.contains("harbour-strike.json"),
        "{t}"
    );
    // Enter on the broken one: the error in the status line, the brief shown kept.
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(a.overlay, None);
    assert!(take_request(&mut a).is_none());
    let msg = a.message.clone().unwrap_or_default();
    assert!(
        msg.contains("harbour-broken.json") && !msg.contains('\n'),
        "{msg}"
    );
    assert!(text(&a).contains("harbour-broken.json"), "{}", text(&a));
    assert_eq!(a.brief.articles.len(), 5);
    // Again, Tab twice reaches the other one; Enter loads it.
    ch(&mut a, 'O');
    for c in "harbour-".chars() {
        ch(&mut a, c);
    }
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(a.open_prompt.input, format!("{base}harbour-strike.json"));
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    let (b, bytes) =
        take_request(&mut a).unwrap_or_else(|| panic!("the brief loads: {:?}", a.message));
    assert_eq!(b.brief.title, "Harbour strike follow-up");
    assert!(text(&b).contains("The Harbour Gazette"), "{}", text(&b));
    assert!(!bytes.is_empty());
    assert_eq!(b.brief_path, Some(dir.path().join("harbour-strike.json")));
    assert!(text(&b).contains("opened"), "{}", text(&b));
    // Esc leaves the prompt without opening anything; every size draws it.
    ch(&mut a, 'O');
    for (w, h) in [(1, 1), (8, 3), (20, 5), (80, 24), (300, 80)] {
        let mut c = a.clone();
        newsbrief::tui::app::update(&mut c, newsbrief::tui::app::Action::Resize(w, h));
        let _ = text(&c);
    }
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!((a.overlay, a.open_request.clone()), (None, None));
}
