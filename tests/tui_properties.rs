//! The app under random input: any sequence of keys, mouse events and terminal sizes (1x1 up
//! to 300x100) leaves it drawable, without a panic and without a control character in any
//! cell. Keys are drawn from the app's own key tables, so every binding gets pressed, plus
//! keys no table binds (typed into the search popup, or ignored).

mod hostile;
mod tui_support;

use newsbrief::analyze::pipeline::{Source, build_brief};
use newsbrief::brief::Brief;
use newsbrief::text::is_terminal_safe;
use newsbrief::tui::app::{App, View};
use newsbrief::tui::keymap::{self, Binding, Pat};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, handle_event, render_buffer};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// Every key some table binds, once each, and keys none binds.
fn keys() -> Vec<KeyEvent> {
    let tables: Vec<&[Binding]> = keymap::all_tables();
    let mut out: Vec<KeyEvent> = Vec::new();
    let none = KeyModifiers::NONE;
    for b in tables.iter().flat_map(|t| t.iter()) {
        for p in b.keys {
            let k = match *p {
                Pat::Char(c) => KeyEvent::new(KeyCode::Char(c), none),
                Pat::Ctrl(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
                Pat::Key(code) => KeyEvent::new(code, none),
                Pat::Digits => KeyEvent::new(KeyCode::Char('3'), none),
            };
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    for c in [
        'x', 'Z', '9', 'é', '日', '\u{1b}', '\u{7}', '\u{202e}', '@', '#', ':',
    ] {
        out.push(KeyEvent::new(KeyCode::Char(c), none));
    }
    out.push(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::ALT));
    out.push(KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL));
    out.push(KeyEvent::new(KeyCode::F(5), none));
    out.push(KeyEvent::new(KeyCode::Delete, none));
    out
}

/// One input event, by what it does rather than its bytes.
#[derive(Debug, Clone)]
enum Input {
    Key(usize),
    Resize(u16, u16),
    Wheel(bool),
    Click(u16, u16),
}

fn inputs(nkeys: usize, len: usize) -> impl Strategy<Value = Vec<Input>> {
    let one = prop_oneof![
        12 => (0..nkeys).prop_map(Input::Key),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Input::Resize(w, h)),
        1 => any::<bool>().prop_map(Input::Wheel),
        1 => (0u16..300, 0u16..100).prop_map(|(x, y)| Input::Click(x, y)),
    ];
    prop::collection::vec(one, 1..len)
}

fn event(keys: &[KeyEvent], input: &Input) -> Event {
    let mouse = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    match *input {
        Input::Key(i) => Event::Key(keys[i]),
        Input::Resize(w, h) => Event::Resize(w, h),
        Input::Wheel(down) => mouse(
            if down {
                MouseEventKind::ScrollDown
            } else {
                MouseEventKind::ScrollUp
            },
            0,
            0,
        ),
        Input::Click(x, y) => mouse(MouseEventKind::Down(MouseButton::Left), x, y),
    }
}

/// What is left on screen of an escape sequence whose introducer alone was dropped (ratatui
/// skips control characters but draws the rest): every one in the test texts has one of these.
const REMNANTS: [&str; 4] = ["[2J", "]0;", "]52;", "[?1049"];

/// The first cell holding a control or bidi character, or the first row showing the remnant of
/// an escape sequence, if any.
fn unsafe_cell(buf: &Buffer) -> Option<(u16, u16, String)> {
    let area = buf.area;
    let text = buffer_text(buf);
    for (y, row) in text.lines().enumerate() {
        if let Some(r) = REMNANTS.iter().find(|r| row.contains(**r)) {
            return Some((0, y as u16, format!("{r} in {row}")));
        }
    }
    (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .find_map(|(x, y)| {
            let s = buf[(x, y)].symbol();
            (!is_terminal_safe(s) || s.contains('\n')).then(|| (x, y, s.escape_debug().to_string()))
        })
}

/// Feeds `script` to `app` as the event loop would, drawing after every event whose screen is
/// small enough to draw quickly in a debug build, and after the last one whatever its size.
fn drive(mut app: App, script: &[Input]) -> Result<(), TestCaseError> {
    let keys = keys();
    for (n, input) in script.iter().enumerate() {
        handle_event(&mut app, &event(&keys, input));
        if app.quit {
            break;
        }
        let last = n + 1 == script.len();
        if u32::from(app.width) * u32::from(app.height) <= 2400 || last {
            let buf = render_buffer(&app);
            prop_assert_eq!((buf.area.width, buf.area.height), (app.width, app.height));
            if let Some((x, y, s)) = unsafe_cell(&buf) {
                return Err(TestCaseError::fail(format!(
                    "unsafe text {s:?} at {x},{y} after {input:?} ({}x{}, {:?})",
                    app.width, app.height, app.view
                )));
            }
        }
    }
    Ok(())
}

/// The hostile corpus (without its 100,000-character line, which the hostile tests cover)
/// analysed into one brief with a plain companion article. Outlet names carry escape
/// sequences too: they come from manifests and are no more trusted than the texts.
fn hostile_brief() -> Brief {
    let mut sources: Vec<Source> = hostile::articles()
        .into_iter()
        .filter(|(name, _)| !name.contains("long_line"))
        .map(|(name, bytes)| Source {
            file_name: format!("{name}.txt"),
            text: String::from_utf8(bytes).expect("hostile articles are UTF-8"),
            outlet: Some(format!("{name}\u{1b}]0;title\u{7}\u{9b}2J\u{202e}")),
            published: None,
        })
        .collect();
    sources.push(Source {
        file_name: "companion.txt".into(),
        text: hostile::COMPANION.into(),
        outlet: Some("Companion".into()),
        published: None,
    });
    build_brief("hostile", &sources)
}

fn sized(brief: Brief, (w, h): (u16, u16)) -> App {
    App::new(brief, Theme::default_theme(), w, h)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_input_on_the_small_brief(
        size in (1u16..=300, 1u16..=100),
        script in inputs(keys().len(), 60),
    ) {
        drive(sized(tui_support::brief(), size), &script)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_input_on_the_seed_brief(
        size in (1u16..=300, 1u16..=100),
        script in inputs(keys().len(), 40),
    ) {
        drive(sized(newsbrief::brief::default_brief(), size), &script)?;
    }

    #[test]
    fn random_input_on_the_hostile_corpus(
        size in (1u16..=300, 1u16..=100),
        script in inputs(keys().len(), 40),
    ) {
        drive(sized(hostile_brief(), size), &script)?;
    }
}

/// Every article of the hostile corpus in every view, at a common and a cramped size: no cell
/// holds a control character.
#[test]
fn hostile_corpus_draws_safely_in_every_view() {
    let brief = hostile_brief();
    let n = brief.articles.len();
    let press = |app: &mut App, code: KeyCode| {
        handle_event(app, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    };
    let check = |app: &App, what: &str| {
        if let Some((x, y, s)) = unsafe_cell(&render_buffer(app)) {
            panic!(
                "{what} ({}x{}): unsafe text {s:?} at {x},{y}",
                app.width, app.height
            );
        }
    };
    for size in [(80, 24), (33, 9)] {
        let mut app = sized(brief.clone(), size);
        for i in 0..n {
            let name = app.brief.articles[i].source.clone();
            app.selected = i;
            app.refresh();
            check(&app, &format!("list at {name}"));
            press(&mut app, KeyCode::Enter);
            check(&app, &format!("reader of {name}"));
            for _ in 0..4 {
                press(&mut app, KeyCode::PageDown);
            }
            check(&app, &format!("reader of {name}, scrolled"));
            press(&mut app, KeyCode::Esc);
            press(&mut app, KeyCode::Char('c'));
            assert_eq!(app.view, View::Compare, "{name}");
            check(&app, &format!("compare from {name}"));
            press(&mut app, KeyCode::Char('m'));
            press(&mut app, KeyCode::PageDown);
            check(&app, &format!("compare from {name}, free, scrolled"));
            press(&mut app, KeyCode::Esc);
        }
        for (key, view) in [('e', View::Entities), ('Q', View::Quotes)] {
            press(&mut app, KeyCode::Char(key));
            assert_eq!(app.view, view);
            for _ in 0..n {
                check(&app, &format!("{view:?}"));
                press(&mut app, KeyCode::Char('j'));
            }
            press(&mut app, KeyCode::Esc);
        }
        press(&mut app, KeyCode::Char('d'));
        check(&app, "discrepancies");
        press(&mut app, KeyCode::Char('/'));
        for c in "said".chars() {
            press(&mut app, KeyCode::Char(c));
        }
        check(&app, "search popup");
        press(&mut app, KeyCode::Enter);
        check(&app, "search result opened");
        press(&mut app, KeyCode::Char('?'));
        check(&app, "help");
    }
}
