//! The entity and quote views: counts per outlet, sorting and filtering, jumping to a mention,
//! shared quotes with their differences, on the seed brief and on a made-up one.

mod tui_support;

use std::process::Command;

use newsbrief::analyze::pipeline::brief_from_texts;
use newsbrief::brief::{Brief, EntityKind, default_brief};
use newsbrief::tui::app::{Action, App, Highlight, View, update};
use newsbrief::tui::screens::{entities::SortBy, quotes::QuoteEntry};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use tui_support::{ch, find, key};

fn seed(w: u16, h: u16) -> App {
    App::new(default_brief(), Theme::default_theme(), w, h)
}

fn enter(a: &mut App) {
    key(a, KeyCode::Enter, KeyModifiers::NONE);
}

fn screen(a: &App) -> String {
    buffer_text(&render_buffer(a))
}

fn entity_index(b: &Brief, name: &str) -> usize {
    b.entities.iter().position(|e| e.name == name).unwrap()
}

/// Moves the table cursor onto `name`.
fn select_entity(a: &mut App, name: &str) {
    let e = entity_index(&a.brief, name);
    for _ in 0..a.screens.entities.shown.len() {
        if a.screens.entities.selected_row().map(|r| r.entity) == Some(e) {
            return;
        }
        ch(a, 'j');
    }
    panic!("{name} not in the table");
}

/// The screen down to the table's bottom border.
fn table_part(text: &str) -> String {
    text.lines()
        .take_while(|l| !l.starts_with('└'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The table's counts on the row naming `name`: per article (a dim dot is 0) then the total.
fn row_counts(text: &str, name: &str, articles: usize) -> Vec<usize> {
    let table = table_part(text);
    let rows: Vec<&str> = table
        .lines()
        .filter(|l| l.contains(&format!(" {name}")) && !l.contains("Mentions of"))
        .collect();
    assert_eq!(rows.len(), 1, "{name} on one row:\n{text}");
    let inside = rows[0].trim_matches('│');
    let toks: Vec<&str> = inside.split_whitespace().collect();
    toks[toks.len() - articles - 1..]
        .iter()
        .map(|t| if *t == "·" { 0 } else { t.parse().unwrap() })
        .collect()
}

#[test]
fn seed_table_counts_each_entity_once_per_outlet() {
    let mut a = seed(120, 200);
    ch(&mut a, 'e');
    assert_eq!(a.view, View::Entities);
    let t = screen(&a);
    let b = default_brief();
    for name in [
        "Qasem Soleimani",
        "Frank McKenzie",
        "Popular Mobilization Forces",
    ] {
        let e = &b.entities[entity_index(&b, name)];
        let mut want: Vec<usize> = b
            .articles
            .iter()
            .map(|art| e.mentions.iter().filter(|m| m.article == art.id).count())
            .collect();
        want.push(e.mentions.len());
        assert_eq!(row_counts(&t, name, b.articles.len()), want, "{name}");
    }
    // The outlets that never name the militias show a dot, not a number.
    assert!(
        t.lines()
            .any(|l| l.contains("Popular Mobilization") && l.contains('·'))
    );
}

#[test]
fn sorting_and_kind_filter_change_the_rows() {
    let mut a = seed(120, 200);
    ch(&mut a, 'e');
    let names = |a: &App| -> Vec<String> {
        a.screens
            .entities
            .shown
            .iter()
            .map(|&i| {
                a.brief.entities[a.screens.entities.rows[i].entity]
                    .name
                    .clone()
            })
            .collect()
    };
    let totals: Vec<usize> = a
        .screens
        .entities
        .shown
        .iter()
        .map(|&i| a.screens.entities.rows[i].total)
        .collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "by total");
    ch(&mut a, 's');
    assert_eq!(a.screens.entities.sort, SortBy::Name);
    let n = names(&a);
    let mut sorted = n.clone();
    sorted.sort_by_key(|s| s.to_lowercase());
    assert_eq!(n, sorted);
    let t = screen(&a);
    assert!(t.contains("sort name"));
    let first = t.lines().nth(2).unwrap();
    assert!(first.contains(&n[0]), "first row {first}");
    ch(&mut a, 's');
    let kinds: Vec<EntityKind> = a
        .screens
        .entities
        .shown
        .iter()
        .map(|&i| a.brief.entities[a.screens.entities.rows[i].entity].kind)
        .collect();
    assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "by kind");
    ch(&mut a, 's');
    assert_eq!(a.screens.entities.sort, SortBy::Total);

    ch(&mut a, 'f');
    let t = table_part(&screen(&a));
    assert!(t.contains("kind person"));
    assert!(t.contains("Qasem Soleimani") && t.contains("Frank McKenzie"));
    assert!(!t.contains(" Popular Mobilization Forces"), "{t}");
    let all_people =
        a.screens.entities.shown.iter().all(|&i| {
            a.brief.entities[a.screens.entities.rows[i].entity].kind == EntityKind::Person
        });
    assert!(all_people && !a.screens.entities.shown.is_empty());
    ch(&mut a, 'f');
    let t = table_part(&screen(&a));
    assert!(t.contains("Popular Mobilization Forces") && !t.contains("Frank McKenzie"));
    for _ in 0..3 {
        ch(&mut a, 'f');
    }
    assert_eq!(a.screens.entities.kind, None);
    // Entities named only in captions and bylines are listed once those are shown ('b').
    let story_only = a.screens.entities.shown.len();
    assert!(story_only < a.brief.entities.len());
    ch(&mut a, 'b');
    assert_eq!(a.screens.entities.shown.len(), a.brief.entities.len());
}

#[test]
fn enter_on_a_mention_lands_the_reader_on_its_sentence() {
    let mut a = seed(80, 24);
    ch(&mut a, 'e');
    select_entity(&mut a, "Frank McKenzie");
    let t = screen(&a);
    assert!(t.contains("Mentions of Frank McKenzie (4)"), "{t}");
    assert!(t.contains("McKenzie"));
    enter(&mut a);
    assert!(a.screens.entities.mentions_focused);
    ch(&mut a, 'j');
    ch(&mut a, 'j');
    let row = a.screens.entities.selected_row().unwrap().clone();
    let m = row.mentions[2];
    enter(&mut a);
    assert_eq!(a.view, View::Reader);
    assert_eq!(a.selected, m.article);
    let art = &a.brief.articles[m.article];
    let s = a.reader().cursor.unwrap();
    assert!(art.sentences[s].start <= m.start && m.start < art.sentences[s].end);
    let (top, bottom) = a.layout.as_ref().unwrap().sentence_lines[s].unwrap();
    let (_, h) = a.reader_text_size();
    let scroll = a.reader().scroll;
    assert!(top >= scroll && bottom < scroll + h, "sentence on screen");
    assert_eq!(a.selected_entity(), Some(row.entity));
    assert!(screen(&a).contains("McKenzie"));
    // Esc returns to the entity view, mentions still focused on the same one.
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::Entities);
    assert!(a.screens.entities.mentions_focused && a.screens.entities.mention == 2);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::List);
    enter(&mut a);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(
        a.view,
        View::List,
        "a reader opened from the list returns there"
    );
}

#[test]
fn highlight_key_shows_only_the_entity_and_esc_goes_back() {
    let mut a = seed(80, 24);
    ch(&mut a, 'e');
    select_entity(&mut a, "Qasem Soleimani");
    ch(&mut a, 'h');
    let e = entity_index(&a.brief, "Qasem Soleimani");
    assert_eq!(a.highlight, Highlight::Entity);
    assert_eq!(a.view, View::Reader);
    assert_eq!(a.selected_entity(), Some(e));
    // Only that entity keeps the person style: another person on screen is plain text.
    let buf = render_buffer(&a);
    let theme = Theme::default_theme();
    let hits = find(&buf, "Soleimani");
    assert!(!hits.is_empty());
    for (x, y) in hits {
        assert_eq!(buf[(x, y)].fg, theme.person.fg.unwrap());
    }
    for (x, y) in find(&buf, "Iran") {
        assert_ne!(
            buf[(x, y)].fg,
            theme.place.fg.unwrap(),
            "other entities are not lit"
        );
    }
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::Entities);
    enter(&mut a);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!a.screens.entities.mentions_focused);
    assert_eq!(a.view, View::Entities);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::List);
}

#[test]
fn the_entity_highlight_belongs_to_the_reader_it_opened() {
    let mut a = seed(80, 24);
    ch(&mut a, 'e');
    select_entity(&mut a, "Qasem Soleimani");
    ch(&mut a, 'h');
    assert_eq!((a.view, a.highlight), (View::Reader, Highlight::Entity));
    let opened = a.selected;
    // Another article in that reader reads with every highlight again.
    ch(&mut a, if opened == 0 { '2' } else { '1' });
    assert_eq!(a.highlight, Highlight::All, "kept for another article");
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.view, View::Entities);
    ch(&mut a, 'h');
    assert_eq!(a.highlight, Highlight::Entity);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.highlight, Highlight::All, "kept after leaving the reader");
    ch(&mut a, 'Q');
    assert!(screen(&a).contains("highlight all"), "{}", screen(&a));
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!((a.view, a.highlight), (View::Reader, Highlight::All));
    // A mode picked with h in a reader stays the user's.
    ch(&mut a, 'h');
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.highlight, Highlight::Entity);
}

fn select_quote_containing(a: &mut App, words: &str) -> usize {
    let b = a.brief.clone();
    let g = a
        .screens
        .quotes
        .groups
        .iter()
        .position(|g| {
            g.quotes.iter().any(|&(ai, qi)| {
                let art = &b.articles[ai];
                let q = &art.quotes[qi];
                art.slice(q.start, q.end).contains(words)
            })
        })
        .unwrap_or_else(|| panic!("no group with {words}"));
    let at = a
        .screens
        .quotes
        .entries
        .iter()
        .position(|e| *e == QuoteEntry::Group(g))
        .unwrap();
    for _ in 0..at {
        ch(a, 'j');
    }
    g
}

#[test]
fn red_line_quote_is_one_group_in_two_outlets_with_the_attribution_difference() {
    let mut a = seed(100, 40);
    ch(&mut a, 'Q');
    assert_eq!(a.view, View::Quotes);
    let g = select_quote_containing(&mut a, "red line");
    let outlets: Vec<&str> = a.screens.quotes.groups[g]
        .quotes
        .iter()
        .map(|q| a.brief.articles[q.0].outlet.as_str())
        .collect();
    assert_eq!(outlets, ["The Washington Post", "Press TV"]);
    let t = screen(&a);
    assert!(
        t.contains("same quote in 2 outlets: The Washington Post · Press TV"),
        "{t}"
    );
    assert!(t.contains("red line"));
    assert!(t.contains("one Western official"));
    assert!(t.contains("an unnamed Western official"));
    assert!(t.contains("attributed differently"), "{t}");
    // Enter opens the first outlet's quote in the reader.
    enter(&mut a);
    assert_eq!(a.view, View::Reader);
    assert_eq!(a.brief.articles[a.selected].outlet, "The Washington Post");
}

fn made_up() -> Brief {
    let texts = [
        (
            "Valley Courier",
            "Council approves new bridge over the river\n\nThe city council voted on Monday to build a new bridge over the Tamar river. \"This bridge will finally connect the two halves of our town,\" said Mayor Elena Brooks. The work starts in May.\n",
        ),
        (
            "Hill Gazette",
            "Mayor hails river bridge vote\n\nCouncillors backed a plan for a bridge over the Tamar river on Monday. \"This bridge will finally unite the two halves of our town,\" Mayor Elena Brooks told reporters. Critics said the cost was too high.\n",
        ),
    ];
    brief_from_texts("made up", &texts)
}

#[test]
fn made_up_story_shows_the_shared_quote_and_the_changed_word() {
    let b = made_up();
    let mut a = App::new(b.clone(), Theme::default_theme(), 80, 24);
    ch(&mut a, 'Q');
    let g = select_quote_containing(&mut a, "halves of our town");
    assert_eq!(a.screens.quotes.groups[g].quotes.len(), 2);
    let buf = render_buffer(&a);
    let t = buffer_text(&buf);
    assert!(
        t.contains("same quote in 2 outlets: Valley Courier · Hill Gazette"),
        "{t}"
    );
    assert!(t.contains("connect → unite"), "{t}");
    let theme = Theme::default_theme();
    let (x, y) = find(&buf, "connect → unite")[0];
    assert_eq!(buf[(x, y)].fg, theme.diff.fg.unwrap(), "diff style");
    // The changed word is marked inside each outlet's quote too; the shared words are not.
    for w in ["connect", "unite"] {
        let hits = find(&buf, w);
        assert!(hits.len() >= 2, "{w} in the quote and the wording line");
        for (x, y) in hits {
            assert_eq!(buf[(x, y)].fg, theme.diff.fg.unwrap(), "{w} at {x},{y}");
        }
    }
    for (x, y) in find(&buf, "halves") {
        assert_eq!(buf[(x, y)].fg, theme.quote.fg.unwrap());
    }
    assert!(!t.contains("attributed differently"), "same speaker:\n{t}");

    // The entity table has the mayor once, named in both outlets.
    ch(&mut a, 'e');
    let t = screen(&a);
    let mayor = b
        .entities
        .iter()
        .find(|e| e.name.contains("Elena Brooks"))
        .expect("mayor found");
    let counts = row_counts(&t, &mayor.name, 2);
    assert!(counts[0] >= 1 && counts[1] >= 1, "{counts:?}\n{t}");
}

#[test]
fn list_shows_named_and_anonymous_sources() {
    let a = seed(80, 24);
    let t = screen(&a);
    assert!(t.contains("SRC"));
    let c = newsbrief::analyze::quote_groups::source_counts(&a.brief, 0);
    let row = t
        .lines()
        .find(|l| l.contains("The Washington Post"))
        .unwrap();
    assert!(
        row.contains(&format!("{}/{}", c.named, c.anonymous)),
        "{row}"
    );
    let a = seed(140, 40);
    assert!(screen(&a).contains(&format!("sources {}/{}", c.named, c.anonymous)));
}

#[test]
fn every_size_draws_without_panic() {
    let base = seed(80, 24);
    for (w, h) in [(1, 1), (20, 5), (40, 10), (80, 24), (140, 30), (300, 100)] {
        for k in ['e', 'Q'] {
            let mut a = base.clone();
            update(&mut a, Action::Resize(w, h));
            ch(&mut a, k);
            let _ = screen(&a);
            enter(&mut a);
            ch(&mut a, 'G');
            ch(&mut a, '?');
            let _ = screen(&a);
        }
    }
}

#[test]
fn help_lists_the_new_keys() {
    let mut a = seed(100, 40);
    ch(&mut a, '?');
    let t = screen(&a);
    assert!(t.contains("entities: who is named where") && t.contains("quotes: grouped"));
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    ch(&mut a, 'e');
    ch(&mut a, '?');
    let t = screen(&a);
    assert!(t.contains("sort: total / name / kind"), "{t}");
    assert!(t.contains("kind: all / person"));
    assert!(t.contains("only this entity highlighted"));
}

#[test]
fn render_command_draws_the_entity_and_quote_views() {
    for (view, want) in [("entities", "Qasem Soleimani"), ("quotes", "same quote in")] {
        let out = Command::new(env!("CARGO_BIN_EXE_newsbrief"))
            .args(["render", "--view", view, "--width", "80", "--height", "24"])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(out.status.success(), "{view}");
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(s.contains(want), "{view}:\n{s}");
        assert_eq!(s.lines().count(), 24);
    }
}

#[test]
fn offsets_off_the_text_do_not_panic() {
    let mut b = tui_support::brief();
    b.entities[0].mentions[0].start = 9999;
    b.entities[0].mentions[0].end = 10005;
    b.entities[1].mentions[0].end = 2; // inside "ë"
    b.articles[0].quotes[0].start = 9000;
    b.articles[0].quotes[0].sentence = 77;
    for k in ['e', 'Q'] {
        let mut a = App::new(b.clone(), Theme::default_theme(), 80, 24);
        ch(&mut a, k);
        let _ = screen(&a);
        enter(&mut a);
        let _ = screen(&a);
        enter(&mut a);
        let _ = screen(&a);
    }
}

#[test]
fn with_many_articles_names_keep_their_width_and_columns_scroll() {
    use newsbrief::brief::{BlockKind, SCHEMA_VERSION};
    let arts: Vec<_> = (0..500)
        .map(|i| {
            tui_support::article(
                &format!("a{i}"),
                &format!("Outlet {i}"),
                &[(BlockKind::Body, "Ferdinand Quellmalz spoke at noon.")],
            )
        })
        .collect();
    let entities = vec![tui_support::entity(
        &arts,
        "e1",
        "Ferdinand Quellmalz",
        EntityKind::Person,
    )];
    let b = Brief {
        schema: SCHEMA_VERSION,
        title: "Many".into(),
        articles: arts,
        entities,
    };
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let mut a = App::new(b.clone(), Theme::default_theme(), w, h);
        ch(&mut a, 'e');
        let t = screen(&a);
        assert!(
            t.contains("Ferdinand Quellmalz"),
            "{w}x{h} name squeezed:\n{t}"
        );
        assert!(t.contains("articles 1-"), "{w}x{h}:\n{t}");
        let table_head = |t: &str| -> String {
            let l = t.lines().find(|l| l.contains("KIND")).unwrap();
            l[..l.find("TOTAL").unwrap()].to_string()
        };
        let head = table_head(&t);
        assert!(head.contains(" a0 "), "{head}");
        key(&mut a, KeyCode::Right, KeyModifiers::NONE);
        key(&mut a, KeyCode::Right, KeyModifiers::NONE);
        let t = screen(&a);
        let head = table_head(&t);
        assert!(!head.contains(" a0 ") && head.contains(" a2 "), "{head}");
        assert!(t.contains("articles 3-"), "{t}");
        for _ in 0..1000 {
            key(&mut a, KeyCode::Right, KeyModifiers::NONE);
        }
        let t = screen(&a);
        assert!(t.contains("of 500") && t.contains("-500 of 500"), "{t}");
        key(&mut a, KeyCode::Left, KeyModifiers::NONE);
        assert!(t.contains("Ferdinand Quellmalz"));
    }
}

/// Two outlets carrying one quote: `speakers` are how each names the speaker, and each sentence
/// also credits `credited` (a claim's attribution).
fn shared_quote(speakers: [&str; 2], credited: &str) -> Brief {
    use newsbrief::brief::{BlockKind, Claim, Quote, SCHEMA_VERSION};
    let arts: Vec<_> = ["north", "south"]
        .iter()
        .zip(speakers)
        .map(|(id, who)| {
            let body = format!("\"The convoy was hit twice near the river crossing,\" {who} said.");
            let mut a = tui_support::article(
                id,
                &format!("{id} Times"),
                &[
                    (BlockKind::Headline, "Convoy hit"),
                    (BlockKind::Body, &body),
                ],
            );
            let q = a.text.find("The convoy").unwrap();
            let qe = a.text.find(",\"").unwrap();
            let s = tui_support::sentence_of(&a, q);
            a.quotes.push(Quote {
                start: q,
                end: qe,
                sentence: s,
                speaker: Some(who.into()),
                anonymous: true,
                ..Quote::default()
            });
            a.claims.push(Claim {
                start: a.sentences[s].start,
                end: a.sentences[s].end,
                sentence: s,
                attribution: Some(credited.into()),
                ..Claim::default()
            });
            a
        })
        .collect();
    Brief {
        schema: SCHEMA_VERSION,
        title: "Convoy".into(),
        articles: arts,
        entities: Vec::new(),
    }
}

#[test]
fn an_article_or_a_pronoun_is_no_attribution_difference() {
    let b = shared_quote(["one Iraqi soldier", "an Iraqi soldier"], "he");
    let mut a = App::new(b, Theme::default_theme(), 100, 30);
    ch(&mut a, 'Q');
    let g = select_quote_containing(&mut a, "convoy was hit");
    assert_eq!(a.screens.quotes.groups[g].quotes.len(), 2);
    let t = screen(&a);
    assert!(
        t.contains("one Iraqi soldier") && t.contains("an Iraqi soldier"),
        "{t}"
    );
    assert!(!t.contains("attributed differently"), "{t}");
    assert!(!t.contains("source: he"), "{t}");
    // A real difference still shows.
    let b = shared_quote(["one Iraqi soldier", "an Iraqi officer"], "Reuters");
    let mut a = App::new(b, Theme::default_theme(), 100, 30);
    ch(&mut a, 'Q');
    select_quote_containing(&mut a, "convoy was hit");
    let t = screen(&a);
    assert!(t.contains("attributed differently"), "{t}");
    assert!(t.contains("source: Reuters"), "{t}");
}

/// The seed brief with its first entity mentioned 123,456 times in one article, drawn at
/// `width` × `height`: the entity's name, its table row's counts (one per article, then the
/// total), that article's column, and the whole screen.
fn six_digit_entity(width: u16, height: u16) -> (String, Vec<String>, usize, String) {
    let mut b = default_brief();
    let e = &mut b.entities[0];
    let name = e.name.clone();
    let first = e.mentions[0].clone();
    e.mentions = vec![first.clone(); 123_456];
    let articles = b.articles.len();
    let col = b
        .articles
        .iter()
        .position(|x| x.id == first.article)
        .unwrap();
    let mut a = App::new(b, Theme::default_theme(), width, height);
    ch(&mut a, 'e');
    newsbrief::tui::screens::entities::prepare(&mut a);
    let t = screen(&a);
    // The most mentioned entity comes first, selected.
    let row = table_part(&t)
        .lines()
        .find(|l| l.contains('►'))
        .unwrap()
        .to_string();
    assert!(row.contains(&format!(" {name} ")), "{row}");
    let words: Vec<&str> = row.trim_matches('│').split_whitespace().collect();
    assert!(words.len() > articles, "{row}");
    let counts = words[words.len() - articles - 1..]
        .iter()
        .map(|s| s.to_string())
        .collect();
    (row, counts, col, t)
}

#[test]
fn a_total_of_six_digits_is_shown_whole() {
    let (row, counts, col, t) = six_digit_entity(120, 200);
    assert_eq!(counts.last().unwrap(), "123456", "the total, whole: {row}");
    assert_eq!(counts[col], "123456", "{row}");
    let head = t.lines().find(|l| l.contains("KIND")).unwrap();
    assert!(
        head.contains("  TOTAL"),
        "the heading stands over the wider column: {head}"
    );
}

#[test]
fn a_count_wider_than_its_column_is_cut_and_the_total_stays_on_the_row() {
    // Narrow enough that the count columns shrink below six digits.
    let (row, counts, col, _) = six_digit_entity(70, 40);
    assert_eq!(counts.last().unwrap(), "123456", "the total, whole: {row}");
    assert_eq!(counts[col], "123k", "{row}");
}
