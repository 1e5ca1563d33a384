//! The app driven by keys, mouse and resizes: movement, jumps, paging and every screen size.

mod tui_support;

use newsbrief::tui::app::{Action, App, View, update};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{render_buffer, to_action};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_support::*;
use unicode_width::UnicodeWidthStr;

#[test]
fn digits_jump_to_articles() {
    let mut a = app(80, 24);
    ch(&mut a, '3');
    assert_eq!(a.selected, 2);
    assert!(text(&a).contains("3/3 Gamma Post"));
    ch(&mut a, '9');
    assert_eq!(a.selected, 2);
    assert!(text(&a).contains("no article 9"));
    ch(&mut a, '1');
    assert_eq!(a.selected, 0);
    ch(&mut a, 'j');
    assert_eq!(
        a.selected, 1,
        "j moves the list selection while the list has focus"
    );
    ch(&mut a, 'G');
    assert_eq!(a.selected, 2);
    ch(&mut a, 'g');
    assert_eq!(a.selected, 0);
}

#[test]
fn reader_cursor_moves_by_sentence_and_picks_entities() {
    let mut a = app(80, 24);
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    assert!(a.reader_focused());
    assert_eq!(a.reader().cursor, Some(0));
    ch(&mut a, 'j');
    assert_eq!(a.reader().cursor, Some(1));
    key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(a.reader().cursor, Some(2));
    ch(&mut a, 'k');
    assert_eq!(a.reader().cursor, Some(1));
    // Sentence 1 names Zoë Qasem then Baghdad.
    let name = |a: &App| {
        a.picked_mention()
            .map(|(_, m)| a.brief.entities[m.entity].name.clone())
    };
    assert_eq!(name(&a).as_deref(), Some("Zoë Qasem"));
    ch(&mut a, ']');
    assert_eq!(name(&a).as_deref(), Some("Baghdad"));
    ch(&mut a, ']');
    assert_eq!(name(&a).as_deref(), Some("Zoë Qasem"));
    ch(&mut a, '[');
    assert_eq!(name(&a).as_deref(), Some("Baghdad"));
    let t = text(&a);
    assert!(
        t.contains("Baghdad (place)"),
        "status names the entity:\n{t}"
    );
    // The current sentence has the cursor background and a gutter mark.
    let buf = render_buffer(&a);
    let theme = Theme::default_theme();
    let (x, y) = find(&buf, "Officials")[0];
    assert_eq!(buf[(x, y)].bg, theme.cursor.bg.unwrap());
    assert_eq!(buf[(x - 2, y)].symbol(), "▌");
    let (x, y) = find(&buf, "Twelve")[0];
    assert_ne!(buf[(x, y)].bg, theme.cursor.bg.unwrap());
    // Reader text starts at column 3: border, cursor mark, claim mark.
    assert_eq!(buf[(2, y)].symbol(), "·", "claim mark in the gutter");
    assert_eq!(
        buf[(2, y)].fg,
        theme.dim.fg.unwrap(),
        "the claim mark is dim"
    );
    assert_eq!(buf[(2, y - 1)].symbol(), " ");
    // A pinned claim is marked as pinned instead.
    while a.reader().cursor != Some(a.brief.articles[0].claims[0].sentence) {
        ch(&mut a, 'j');
    }
    ch(&mut a, 'p');
    let buf = render_buffer(&a);
    let (_, y) = find(&buf, "Twelve")[0];
    assert_eq!(buf[(2, y)].symbol(), "◆", "pin mark in the gutter");
    assert_eq!(buf[(2, y)].fg, theme.quote.fg.unwrap());
    ch(&mut a, 'p');

    // Tab back and the list moves again.
    key(&mut a, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert!(!a.reader_focused());
}

#[test]
fn any_size_draws_without_panic_and_small_sizes_say_so() {
    let sizes = [
        (1, 1),
        (2, 1),
        (1, 2),
        (10, 3),
        (39, 9),
        (39, 24),
        (80, 9),
        (40, 10),
        (41, 11),
        (60, 15),
        (80, 24),
        (99, 30),
        (100, 30),
        (150, 40),
        (300, 100),
    ];
    for (w, h) in sizes {
        let mut a = app(80, 24);
        for step in 0..4 {
            update(&mut a, Action::Resize(w, h));
            match step {
                1 => ch(&mut a, '?'),
                2 => {
                    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
                    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
                    ch(&mut a, 'G');
                }
                3 => ch(&mut a, '2'),
                _ => {}
            }
            let t = text(&a);
            assert_eq!(t.lines().count(), h as usize);
            for l in t.lines() {
                assert!(UnicodeWidthStr::width(l) <= w as usize, "{w}x{h}: {l:?}");
            }
            if w >= 20 && h < 10 {
                assert!(t.contains("too small"), "{w}x{h}");
            }
        }
    }
}

#[test]
fn paging_keeps_the_cursor_on_screen() {
    let mut a = app(40, 10);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    key(&mut a, KeyCode::Char('d'), KeyModifiers::CONTROL);
    key(&mut a, KeyCode::PageDown, KeyModifiers::NONE);
    let rs = a.reader();
    assert!(rs.scroll > 0);
    let lay = a.layout.as_ref().unwrap();
    let (first, _) = lay.sentence_lines[rs.cursor.unwrap()].unwrap();
    assert!(
        first >= rs.scroll,
        "cursor line {first} above scroll {}",
        rs.scroll
    );
    ch(&mut a, 'G');
    assert!(text(&a).contains("100%"));
    ch(&mut a, 'g');
    assert!(text(&a).contains(" 0% "));
    key(&mut a, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(a.reader().scroll, 0);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::List);
}

#[test]
fn only_key_presses_count_and_ctrl_c_quits() {
    let mut a = app(80, 24);
    let mut release = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(to_action(&a, &Event::Key(release)), None);
    ch(&mut a, '?');
    key(&mut a, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(a.quit, "Ctrl-c quits even from the help");
    let mut b = app(80, 24);
    ch(&mut b, 'q');
    assert!(b.quit);
}

#[test]
fn mouse_clicks_select_and_the_wheel_scrolls() {
    let mut a = app(80, 24);
    // Stacked layout: border, heading row, then one row per article.
    update(&mut a, Action::Click(10, 4));
    assert_eq!(a.selected, 2);
    update(&mut a, Action::Click(10, 2));
    assert_eq!(a.selected, 0);
    let mut small = app(40, 10);
    key(&mut small, KeyCode::Enter, KeyModifiers::NONE);
    update(&mut small, Action::Scroll(3));
    assert_eq!(small.reader().scroll, 3);
    update(&mut small, Action::Scroll(-30));
    assert_eq!(small.reader().scroll, 0);
    // Clicking a line of text makes its sentence current.
    let buf = render_buffer(&small);
    let (x, y) = find(&buf, "Officials")[0];
    update(&mut small, Action::Click(x, y));
    assert_eq!(small.reader().cursor, Some(1));
    // Clicks outside any pane do nothing.
    update(&mut small, Action::Click(0, 9));
    assert_eq!(small.reader().cursor, Some(1));
}

#[test]
fn nonsense_offsets_in_an_unchecked_brief_do_not_panic() {
    let mut b = brief();
    {
        let a = &mut b.articles[0];
        a.blocks.push(newsbrief::brief::Block {
            kind: newsbrief::brief::BlockKind::Body,
            start: 5000,
            end: 10,
            reason: None,
            duplicate_of: None,
        });
        a.sentences.push(newsbrief::brief::Sentence {
            start: 40,
            end: 3,
            block: 99,
        });
        a.quotes[0].start = 9999;
        a.claims[0].end = 0;
    }
    b.entities[0].mentions.push(newsbrief::brief::Mention {
        article: "alpha".into(),
        start: 30,
        end: 2,
    });
    b.entities[1].mentions.push(newsbrief::brief::Mention {
        article: "alpha".into(),
        start: 1,
        end: 100_000,
    });
    let mut a = App::new(b, Theme::default_theme(), 80, 24);
    for c in ['\t', 'j', 'j', 'j', 'j', 'j', ']', 'h', 'b', 'G', 'b', 'g'] {
        if c == '\t' {
            key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
        } else {
            ch(&mut a, c);
        }
        let _ = render_buffer(&a);
    }
}

#[test]
fn esc_typed_just_before_a_key_counts_as_both() {
    let mut a = app(80, 24);
    ch(&mut a, '?');
    assert!(a.overlay.is_some());
    let alt4 = Event::Key(KeyEvent::new(KeyCode::Char('4'), KeyModifiers::ALT));
    assert!(newsbrief::tui::handle_event(&mut a, &alt4));
    assert!(a.overlay.is_none());
    assert_eq!(
        a.selected, 0,
        "only three articles: 4 is refused, selection stays"
    );
    let alt2 = Event::Key(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::ALT));
    assert!(newsbrief::tui::handle_event(&mut a, &alt2));
    assert_eq!(a.selected, 1);
}

#[test]
fn the_help_scrolls_by_page_and_to_its_ends_and_wraps_at_words() {
    use newsbrief::tui::app::Focus;
    use newsbrief::tui::overlays::help::view::rows;
    let mut a = app(80, 24);
    update(&mut a, Action::Help);
    let all = rows(&a);
    let last_words = |d: &str| d.split_whitespace().last().unwrap_or("").to_string();
    let end = all.iter().rev().find(|(_, d)| !d.is_empty()).unwrap();
    assert!(
        !text(&a).contains(&end.1),
        "the help fits: nothing to scroll"
    );
    ch(&mut a, 'G');
    let t = text(&a);
    assert!(
        t.contains(&last_words(&end.1)) && !t.contains("↓ more"),
        "{t}"
    );
    ch(&mut a, 'g');
    assert!(text(&a).contains(&all[0].1), "{}", text(&a));
    key(&mut a, KeyCode::PageDown, KeyModifiers::NONE);
    let t = text(&a);
    assert!(!t.contains(&all[0].1), "PgDn did not scroll:\n{t}");
    // Narrow: every word of every row is shown whole somewhere as the help scrolls.
    let mut a = app(44, 16);
    update(&mut a, Action::Help);
    let mut seen = String::new();
    for _ in 0..all.len() * 2 {
        seen.push_str(&text(&a));
        ch(&mut a, 'j');
    }
    let words: std::collections::HashSet<&str> = seen
        .split(|c: char| c.is_whitespace() || "│┌┐└┘─".contains(c))
        .collect();
    for (_, d) in rows(&a) {
        for w in d.split_whitespace() {
            assert!(words.contains(w), "{w:?} (of {d:?}) never shown whole");
        }
    }
    // The list view's reader pane says whose keys these are.
    let mut a = app(80, 24);
    a.focus = Focus::Reader;
    update(&mut a, Action::Help);
    assert!(text(&a).contains("Keys: list, reader pane"), "{}", text(&a));
}

#[test]
fn the_readme_keys_table_lists_every_key_of_the_list_and_reader() {
    use newsbrief::tui::keymap::view_table;
    let readme = include_str!("../README.md");
    let table = &readme[readme.find("### Keys").unwrap()..];
    let table = &table[..table.find("\n### ").unwrap()];
    for view in [View::List, View::Reader] {
        for b in view_table(view) {
            for p in b.keys {
                let label = p.label();
                assert!(
                    table.contains(&format!("`{label}`")),
                    "README's keys table lacks `{label}` ({})",
                    b.help
                );
            }
        }
    }
}

#[test]
fn the_readme_compare_table_lists_every_key_of_the_compare_view() {
    use newsbrief::tui::keymap::view_table;
    let readme = include_str!("../README.md");
    let section = &readme[readme.find("### Comparing outlets").unwrap()..];
    let table = &section[section.find("| key | in the compare view |").unwrap()..];
    let table = &table[..table.find("\n\n").unwrap()];
    // The compare view's own rows (the base keys are in the main table).
    let own = newsbrief::tui::View::Compare.screen().keys;
    for b in view_table(View::Compare) {
        if !own.iter().any(|g| g.iter().any(|o| o.action == b.action)) {
            continue;
        }
        for p in b.keys {
            let label = match p.label().as_str() {
                "1-9" => "1`–`9".to_string(),
                l => l.to_string(),
            };
            assert!(
                table.contains(&format!("`{label}`")),
                "README's compare table lacks `{label}` ({})",
                b.help
            );
        }
    }
}
