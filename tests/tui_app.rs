//! The app driven by key events, checked on an off-screen buffer: text, styles and sizes.

use newsbrief::brief::{
    Article, Block, BlockKind, Brief, Claim, ClaimFeature, Entity, EntityKind, Mention, Quote,
    SCHEMA_VERSION, Sentence,
};
use newsbrief::cli::LookArgs;
use newsbrief::tui::app::{Action, App, Highlight, View, update};
use newsbrief::tui::keymap::{self, keys_label};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer, render_to_string, to_action};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::style::{Color, Modifier};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Builds an article from paragraphs (kind, text); each paragraph is one sentence-split block.
fn article(id: &str, outlet: &str, paras: &[(BlockKind, &str)]) -> Article {
    let mut text = String::new();
    let mut blocks = Vec::new();
    let mut sentences = Vec::new();
    for (i, (kind, p)) in paras.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(p);
        blocks.push(Block {
            kind: *kind,
            start,
            end: text.len(),
            reason: None,
            duplicate_of: None,
        });
        if matches!(kind, BlockKind::Body | BlockKind::Headline) {
            let mut s = start;
            for (j, _) in p.match_indices(". ") {
                sentences.push(Sentence {
                    start: s,
                    end: start + j + 1,
                    block: i,
                });
                s = start + j + 2;
            }
            sentences.push(Sentence {
                start: s,
                end: text.len(),
                block: i,
            });
        }
    }
    Article {
        id: id.into(),
        outlet: outlet.into(),
        headline: paras.first().map_or("", |p| p.1).into(),
        published: None,
        source: format!("{id}.txt"),
        text,
        blocks,
        sentences,
        quotes: Vec::new(),
        claims: Vec::new(),
    }
}

fn mentions(arts: &[Article], name: &str) -> Vec<Mention> {
    arts.iter()
        .flat_map(|a| {
            a.text.match_indices(name).map(|(i, _)| Mention {
                article: a.id.clone(),
                start: i,
                end: i + name.len(),
            })
        })
        .collect()
}

fn entity(arts: &[Article], id: &str, name: &str, kind: EntityKind) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: Vec::new(),
        mentions: mentions(arts, name),
    }
}

fn sentence_of(a: &Article, at: usize) -> usize {
    a.sentences
        .iter()
        .position(|s| s.start <= at && at < s.end)
        .unwrap()
}

/// A small brief: names, a quote, a claim, boilerplate, a name that wraps, wide text, and an
/// escape sequence hidden in the text.
fn brief() -> Brief {
    let a = article(
        "alpha",
        "Alpha News",
        &[
            (BlockKind::Headline, "Zoë Qasem meets the United Nations"),
            (
                BlockKind::Body,
                "Officials in the capital said Zoë Qasem arrived in Baghdad on Monday. \
                 She said \"we are alarmed by the drones\" to the United Nations. \
                 Twelve drones struck the base in April.",
            ),
            (
                BlockKind::Boilerplate,
                "Copyright 2024 Alpha News. All rights reserved.",
            ),
        ],
    );
    let b = article(
        "beta",
        "Beta 日報",
        &[
            (BlockKind::Headline, "東京で会議 with Zoë Qasem"),
            (
                BlockKind::Body,
                "Trap\u{1b}[2J\u{1b}]0;pwned\u{7}: Zoë Qasem spoke in 東京都 about e\u{301}lan. \
                 Baghdad was quiet.",
            ),
        ],
    );
    let c = article(
        "gamma",
        "Gamma Post",
        &[(BlockKind::Body, "A short third article about Baghdad.")],
    );
    let mut arts = vec![a, b, c];
    {
        let a = &mut arts[0];
        let q = a.text.find("we are alarmed").unwrap();
        let qe = q + "we are alarmed by the drones".len();
        a.quotes.push(Quote {
            start: q,
            end: qe,
            sentence: sentence_of(a, q),
            speaker: Some("Zoë Qasem".into()),
            speaker_entity: Some("e1".into()),
            anonymous: false,
            partial: false,
        });
        let c = a.text.find("Twelve drones").unwrap();
        let s = sentence_of(a, c);
        a.claims.push(Claim {
            start: a.sentences[s].start,
            end: a.sentences[s].end,
            sentence: s,
            attribution: None,
            features: vec![ClaimFeature::Number],
        });
    }
    let entities = vec![
        entity(&arts, "e1", "Zoë Qasem", EntityKind::Person),
        entity(&arts, "e2", "United Nations", EntityKind::Organization),
        entity(&arts, "e3", "Baghdad", EntityKind::Place),
    ];
    Brief {
        schema: SCHEMA_VERSION,
        title: "Test brief".into(),
        articles: arts,
        entities,
    }
}

fn app(w: u16, h: u16) -> App {
    App::new(brief(), Theme::default_theme(), w, h)
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    let ev = Event::Key(KeyEvent::new(code, mods));
    if let Some(a) = to_action(app, &ev) {
        update(app, a);
    }
}

fn ch(app: &mut App, c: char) {
    key(app, KeyCode::Char(c), KeyModifiers::NONE);
}

/// Screen positions of every occurrence of `needle`, matching grapheme by grapheme on cells.
fn find(buf: &Buffer, needle: &str) -> Vec<(u16, u16)> {
    let want: Vec<&str> = needle.graphemes(true).collect();
    let mut hits = Vec::new();
    for y in 0..buf.area.height {
        let mut cells: Vec<(u16, &str)> = Vec::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            let s = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            skip = UnicodeWidthStr::width(s).saturating_sub(1);
            cells.push((x, s));
        }
        for i in 0..cells.len() {
            if cells.len() - i >= want.len()
                && want.iter().enumerate().all(|(j, g)| cells[i + j].1 == *g)
            {
                hits.push((cells[i].0, y));
            }
        }
    }
    hits
}

fn text(app: &App) -> String {
    buffer_text(&render_buffer(app))
}

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
    assert_eq!(buf[(2, y)].symbol(), "•", "claim mark in the gutter");
    assert_eq!(buf[(2, y - 1)].symbol(), " ");
    // Tab back and the list moves again.
    key(&mut a, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert!(!a.reader_focused());
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
    let look = LookArgs::default();
    let t = render_to_string(&b, "reader", 60, 12, Some("gamma"), &look).unwrap();
    assert!(t.contains("Gamma Post") && t.contains("short third article"));
    assert!(t.lines().all(|l| !l.ends_with(' ')));
    let e = render_to_string(&b, "compareX", 60, 12, None, &look).unwrap_err();
    assert!(e.contains("list, reader"), "{e}");
    let e = render_to_string(&b, "list", 60, 12, Some("zzz"), &look).unwrap_err();
    assert!(e.contains("alpha, beta, gamma"), "{e}");
    let light = LookArgs {
        theme: Some("light".into()),
        no_color: false,
    };
    assert!(render_to_string(&b, "list", 60, 12, None, &light).is_ok());
}

#[test]
fn default_brief_lists_every_outlet() {
    let b = newsbrief::brief::default_brief();
    let look = LookArgs::default();
    let t = render_to_string(&b, "list", 80, 24, None, &look).unwrap();
    for a in &b.articles {
        let outlet = newsbrief::text::sanitize_line(&a.outlet);
        let shown: String = outlet.chars().take(20).collect();
        assert!(t.contains(&shown), "{shown} missing:\n{t}");
    }
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
