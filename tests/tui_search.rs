//! The search popup driven by keys: typing, highlighting, opening a result in the reader,
//! stepping with n / N, every screen size, and the same results as `newsbrief search`.

mod tui_support;

use std::process::Command;

use newsbrief::brief::default_brief;
use newsbrief::search::{ItemKind, SYNTAX};
use newsbrief::tui::app::{Action, App, Focus, Overlay, View, update};
use newsbrief::tui::overlays::search::render_popup;
use newsbrief::tui::overlays::search::view::match_style;
use newsbrief::tui::render_buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Modifier;
use tui_support::*;

fn typ(a: &mut App, s: &str) {
    for c in s.chars() {
        ch(a, c);
    }
}

fn press(a: &mut App, code: KeyCode) {
    key(a, code, KeyModifiers::NONE);
}

/// (kind, article id, start, end) of the popup's results, in order.
fn popup_items(a: &App) -> Vec<(String, String, usize, usize)> {
    let st = a.search.as_ref().expect("a search");
    let index = st.searcher.index();
    st.hits()
        .iter()
        .map(|h| {
            let it = &index.items()[h.item];
            let art = it
                .article
                .map(|i| a.brief.articles[i].id.clone())
                .unwrap_or_default();
            (it.kind.name().to_string(), art, it.start, it.end)
        })
        .collect()
}

/// The hit the popup has selected: its article and the sentence holding its start.
fn selected_target(a: &App) -> (usize, usize) {
    let st = a.search.as_ref().unwrap();
    let hit = st.hits()[st.selected];
    let it = &st.searcher.index().items()[hit.item];
    let ai = it.article.unwrap();
    (ai, sentence_of(&a.brief.articles[ai], it.start))
}

#[test]
fn typing_shows_ranked_results_with_matches_highlighted() {
    let mut a = seed_app(100, 30);
    typ(&mut a, "/red line");
    assert_eq!(a.overlay, Some(Overlay::Search));
    assert_eq!(a.search.as_ref().unwrap().query, "red line");
    let buf = render_buffer(&a);
    let t = newsbrief::tui::buffer_text(&buf);
    assert!(t.contains("/ red line"), "{t}");
    assert!(t.contains("Enter open · Esc close"), "{t}");
    let spots = find(&buf, "red line");
    // The query line and at least the three red-line quotes.
    assert!(spots.len() >= 4, "{t}");
    let want = match_style(&a.theme).add_modifier;
    let lit = spots.iter().skip(1).any(|&(x, y)| {
        (0..3).all(|i| buf[(x + i, y)].modifier.contains(want))
            && !buf[(x + 3, y)].modifier.contains(want)
    });
    assert!(lit, "matched letters drawn in the match style\n{t}");
    // The query line shows a cursor after the text.
    let (qx, qy) = spots[0];
    assert!(buf[(qx + 8, qy)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn enter_opens_the_sentence_and_esc_closes() {
    let mut a = seed_app(100, 30);
    typ(&mut a, "/red line");
    press(&mut a, KeyCode::Down);
    assert_eq!(a.search.as_ref().unwrap().selected, 1);
    let (ai, sentence) = selected_target(&a);
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.overlay, None);
    assert_eq!(a.selected, ai);
    assert_eq!(a.focus, Focus::Reader);
    assert_eq!(a.reader().cursor, Some(sentence));
    let t = text(&a);
    assert!(t.contains("result 2/"), "{t}");
    assert!(
        t.contains("red line"),
        "the sentence is scrolled into view\n{t}"
    );

    let mut b = seed_app(80, 24);
    typ(&mut b, "/mck");
    press(&mut b, KeyCode::Esc);
    assert_eq!(b.overlay, None);
    assert_eq!(b.view, View::List);
    assert_eq!(b.selected, 0);
}

#[test]
fn n_and_n_step_through_results_after_closing() {
    let mut a = seed_app(80, 24);
    ch(&mut a, 'n');
    assert!(text(&a).contains("no search yet"));
    typ(&mut a, "/red line");
    press(&mut a, KeyCode::Esc);
    let total = a.search.as_ref().unwrap().hits().len();
    assert!(total >= 3);
    ch(&mut a, 'n');
    assert_eq!(a.search.as_ref().unwrap().selected, 1);
    let (ai, s) = selected_target(&a);
    assert_eq!((a.selected, a.reader().cursor), (ai, Some(s)));
    ch(&mut a, 'n');
    assert_eq!(a.search.as_ref().unwrap().selected, 2);
    ch(&mut a, 'N');
    ch(&mut a, 'N');
    assert_eq!(a.search.as_ref().unwrap().selected, 0);
    let (ai, s) = selected_target(&a);
    assert_eq!((a.selected, a.reader().cursor), (ai, Some(s)));
    ch(&mut a, 'N');
    assert_eq!(a.search.as_ref().unwrap().selected, total - 1);
    // Reopening keeps the query.
    ch(&mut a, '/');
    assert_eq!(a.search.as_ref().unwrap().query, "red line");
}

#[test]
fn letters_type_into_the_query_and_editing_keys_work() {
    let mut a = seed_app(80, 24);
    ch(&mut a, '/');
    typ(&mut a, "jkq?nG");
    assert_eq!(a.search.as_ref().unwrap().query, "jkq?nG");
    assert_eq!(a.overlay, Some(Overlay::Search));
    assert!(!a.quit);
    assert_eq!(a.selected, 0);
    press(&mut a, KeyCode::Backspace);
    assert_eq!(a.search.as_ref().unwrap().query, "jkq?n");
    key(&mut a, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(a.search.as_ref().unwrap().query, "");
    typ(&mut a, "made in");
    key(&mut a, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(a.search.as_ref().unwrap().query, "made ");
    typ(&mut a, "in");
    key(&mut a, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(a.search.as_ref().unwrap().selected, 1);
    key(&mut a, KeyCode::Char('p'), KeyModifiers::CONTROL);
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::BackTab);
    press(&mut a, KeyCode::Up);
    assert_eq!(a.search.as_ref().unwrap().selected, 0);
    press(&mut a, KeyCode::Left);
    press(&mut a, KeyCode::Left);
    ch(&mut a, 'X');
    assert_eq!(a.search.as_ref().unwrap().query, "made Xin");
    key(&mut a, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(a.quit);
}

#[test]
fn every_size_draws_without_panic() {
    let mut a = seed_app(80, 24);
    typ(&mut a, "/red line");
    for w in [
        1u16, 2, 5, 19, 20, 21, 39, 40, 41, 60, 80, 99, 100, 160, 300,
    ] {
        for h in [1u16, 2, 3, 5, 9, 10, 11, 24, 50, 100] {
            update(&mut a, Action::Resize(w, h));
            let _ = render_buffer(&a);
        }
    }
    // A query that finds nothing, and one long enough to scroll the query line.
    let mut b = app(40, 10);
    typ(
        &mut b,
        "/東京 e\u{301}lan zzzz zzzz zzzz zzzz zzzz zzzz zzzz zzzz zzzz",
    );
    for w in [1u16, 40, 41, 80] {
        update(&mut b, Action::Resize(w, 10));
        let _ = render_buffer(&b);
    }
}

#[test]
fn help_lists_search_keys_and_syntax() {
    let mut a = seed_app(100, 100);
    ch(&mut a, '?');
    let t = text(&a);
    for want in [
        "next search result",
        "previous search result",
        "search quotes, claims and entities",
        "In the search popup",
        "Query syntax",
        "@speaker",
    ] {
        assert!(t.contains(want), "{want}\n{t}");
    }
    let lines: Vec<&str> = t.lines().collect();
    assert!(lines.iter().any(|l| l.contains(" /  ")), "{t}");
    assert!(lines.iter().any(|l| l.contains(" n  ")), "{t}");
    assert!(lines.iter().any(|l| l.contains(" N  ")), "{t}");
}

#[test]
fn readme_shows_the_query_syntax_of_the_help() {
    let readme = include_str!("../README.md");
    for (k, d) in SYNTAX {
        let row = format!("| `{k}` | {d} |");
        assert!(readme.contains(&row), "README lacks {row}");
    }
}

fn cli_items(query: &str) -> Vec<(String, String, usize, usize)> {
    let out = Command::new(env!("CARGO_BIN_EXE_newsbrief"))
        .args(["search", query, "--json", "--limit", "100000"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["kind"].as_str().unwrap().to_string(),
                h["article"].as_str().unwrap_or("").to_string(),
                h["start"].as_u64().unwrap() as usize,
                h["end"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

#[test]
fn popup_and_command_give_the_same_results() {
    for q in ["red line", "mckenzie", "made in"] {
        let mut a = seed_app(80, 24);
        ch(&mut a, '/');
        typ(&mut a, q);
        let popup = popup_items(&a);
        assert!(!popup.is_empty(), "{q}");
        assert_eq!(popup, cli_items(q), "{q}");
    }
}

#[test]
fn seed_queries_find_what_they_should() {
    let brief = default_brief();
    let run = |q: &str| {
        let mut a = seed_app(80, 24);
        ch(&mut a, '/');
        typ(&mut a, q);
        let st = a.search.clone().unwrap();
        st.hits()
            .iter()
            .map(|h| {
                let index = st.searcher.index();
                let it = &index.items()[h.item];
                let outlet = it
                    .article
                    .map(|i| brief.articles[i].outlet.clone())
                    .unwrap_or_default();
                (
                    it.kind,
                    outlet,
                    index.text(it).to_string(),
                    index.who(it).map(str::to_string),
                )
            })
            .collect::<Vec<_>>()
    };
    let red = run("red line");
    for outlet in ["The Washington Post", "Press TV"] {
        assert!(
            red.iter()
                .any(|(k, o, t, _)| *k == ItemKind::Quote && o == outlet && t.contains("red line")),
            "{outlet}: {red:?}"
        );
    }
    assert!(
        red.iter().any(|(k, o, t, _)| *k == ItemKind::Quote
            && o.contains("Democrat-Gazette")
            && t.contains("Where's the red line?")),
        "{red:?}"
    );
    let mck = run("mckenzie");
    let quotes = mck
        .iter()
        .filter(|(k, _, _, w)| {
            *k == ItemKind::Quote && w.as_deref().is_some_and(|w| w.contains("McKenzie"))
        })
        .count();
    assert!(quotes >= 2, "{mck:?}");
    let made = run("made in");
    assert!(
        made.iter()
            .any(|(_, o, t, _)| o == "The Washington Post" && t.contains("made in Iran")),
        "{made:?}"
    );
    assert!(
        made.iter()
            .any(|(_, o, t, _)| o == "Newsmax" && t.contains("made in Iraq")),
        "{made:?}"
    );
}

#[test]
fn render_draws_the_popup_with_the_query() {
    let b = default_brief();
    let look = Default::default();
    let t = render_popup(b.clone(), 80, 24, "red line", &look).unwrap();
    assert!(t.contains("/ red line"), "{t}");
    assert!(t.contains("Search: "), "{t}");
    assert!(t.contains("red line"), "{t}");
    assert!(render_popup(b.clone(), 0, 5, "x", &look).is_err());
    let small = render_popup(b.clone(), 1, 1, "x", &look).unwrap();
    assert_eq!(small.lines().count(), 1);
}

#[test]
fn the_index_built_at_start_is_the_one_search_uses() {
    let mut a = seed_app(100, 30);
    a.index_in_background().join().unwrap();
    let built = std::sync::Arc::clone(a.search_index.get().expect("built in the background"));
    ch(&mut a, '/');
    typ(&mut a, "red line");
    let st = a.search.as_ref().unwrap();
    assert!(
        std::ptr::eq(st.searcher.index(), &*built),
        "the popup searches the index built at start, not a second one"
    );
    assert!(!st.hits().is_empty());
    // Without the background build, the first search builds it.
    let mut b = seed_app(100, 30);
    assert!(b.search_index.get().is_none());
    ch(&mut b, '/');
    assert!(b.search_index.get().is_some());
}

/// The sentence index under the compare view's cursor, in the focused pane.
fn compare_cursor(a: &App) -> (usize, Option<usize>) {
    let c = &a.screens.compare;
    let l = c.layout.as_ref().expect("a layout");
    let pane = c.focus.index();
    let side = c
        .current_row()
        .and_then(|k| l.rows.get(k))
        .and_then(|r| r.sides[pane].as_ref());
    (l.key.0[pane], side.map(|s| s.sentence))
}

#[test]
fn a_search_from_the_compare_view_opens_its_result_there() {
    let mut a = seed_app(120, 40);
    ch(&mut a, 'c');
    assert_eq!(a.view, View::Compare);
    let (l, r) = (a.screens.compare.left, a.screens.compare.right);
    // Every result opens in the compare view, on its sentence: in the pane already showing
    // its article, else in the focused pane instead of that pane's article.
    typ(&mut a, "/red line");
    let total = a.search.as_ref().unwrap().hits().len();
    assert!(total >= 3);
    let mut outside = 0;
    for i in 0..total.min(6) {
        if i == 0 {
            press(&mut a, KeyCode::Enter);
        } else {
            ch(&mut a, 'n');
        }
        assert_eq!(a.overlay, None);
        assert_eq!(
            a.view,
            View::Compare,
            "result {i} stays in the compare view"
        );
        let (ai, sentence) = selected_target(&a);
        assert!(
            a.screens.compare.left == ai || a.screens.compare.right == ai,
            "result {i}"
        );
        assert_ne!(a.screens.compare.left, a.screens.compare.right);
        assert_eq!(compare_cursor(&a), (ai, Some(sentence)), "result {i}");
        outside += usize::from(ai != l && ai != r);
        let t = text(&a);
        assert!(t.contains(&format!("result {}/", i + 1)), "{t}");
    }
    assert!(outside > 0, "some result came from a third outlet");
    // Free mode puts the focused pane's cursor on the sentence too.
    ch(&mut a, 'm');
    ch(&mut a, 'N');
    let (ai, sentence) = selected_target(&a);
    assert_eq!(compare_cursor(&a), (ai, Some(sentence)));
    // Esc still leaves the compare view for where it was opened from.
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.view, View::List);
}

#[test]
fn slash_opens_the_search_from_every_view() {
    // (keys that reach the view, the view)
    let views: [(&str, View); 6] = [
        ("", View::List),
        ("\n", View::Reader),
        ("e", View::Entities),
        ("Q", View::Quotes),
        ("c", View::Compare),
        ("d", View::Discrepancies),
    ];
    for (keys, view) in views {
        let mut a = seed_app(100, 30);
        for c in keys.chars() {
            if c == '\n' {
                press(&mut a, KeyCode::Enter);
            } else {
                ch(&mut a, c);
            }
        }
        assert_eq!(a.view, view);
        ch(&mut a, '/');
        assert_eq!(a.overlay, Some(Overlay::Search), "{view:?}");
        let help = newsbrief::tui::keymap::view_table(view);
        assert!(
            help.iter().any(|b| b.action == Action::Search),
            "the help of {view:?} lists /"
        );
        typ(&mut a, "mckenzie");
        press(&mut a, KeyCode::Esc);
        assert_eq!(a.view, view, "closing the popup stays in {view:?}");
        ch(&mut a, 'n');
        let (ai, _) = selected_target(&a);
        assert!(
            a.selected == ai || a.screens.compare.left == ai || a.screens.compare.right == ai,
            "n opens the next result from {view:?}"
        );
        // From the entity and quote views, Esc in the reader goes back to them.
        if matches!(view, View::Entities | View::Quotes) {
            assert_eq!(a.view, View::Reader);
            press(&mut a, KeyCode::Esc);
            assert_eq!(a.view, view);
        }
    }
}

#[test]
fn an_outlet_filter_opens_an_entity_in_that_outlet() {
    let b = default_brief();
    // An entity whose first mention is in one article and which another article names too.
    let (e, other) = b
        .entities
        .iter()
        .enumerate()
        .find_map(|(i, e)| {
            let first = e.mentions.first()?.article.clone();
            let other = e.mentions.iter().find(|m| m.article != first)?;
            let ai = b.articles.iter().position(|a| a.id == other.article)?;
            // The filter word must pick that article alone: its id.
            let id = b.articles[ai].id.to_lowercase();
            let alone = b
                .articles
                .iter()
                .filter(|a| {
                    a.id.to_lowercase().contains(&id) || a.outlet.to_lowercase().contains(&id)
                })
                .count()
                == 1;
            (alone && !e.name.contains(' ')).then_some((i, ai))
        })
        .expect("an entity named in two articles");
    let mut a = seed_app(120, 40);
    let name = b.entities[e].name.clone();
    typ(&mut a, &format!("/e:{name} #{}", b.articles[other].id));
    let st = a.search.as_ref().unwrap();
    let pos = st
        .hits()
        .iter()
        .position(|h| st.searcher.index().items()[h.item].index == e)
        .expect("the entity is found");
    for _ in 0..pos {
        press(&mut a, KeyCode::Down);
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.selected, other,
        "opened in {} rather than the filtered outlet",
        a.brief.articles[a.selected].id
    );
    let cur = a.reader().cursor.unwrap();
    let s = &a.brief.articles[other].sentences[cur];
    assert!(a.brief.articles[other].text[s.start..s.end].contains(&name));
}

#[test]
fn n_opens_the_next_result_where_the_user_is_now() {
    let mut a = seed_app(120, 40);
    ch(&mut a, 'c');
    assert_eq!(a.view, View::Compare);
    typ(&mut a, "/red line");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.view, View::Compare);
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.view, View::List);
    ch(&mut a, 'n');
    assert_eq!(a.view, View::List, "n went back into the compare view");
    assert_eq!(a.focus, Focus::Reader);
    let (ai, sentence) = selected_target(&a);
    assert_eq!((a.selected, a.reader().cursor), (ai, Some(sentence)));
}

#[test]
fn a_wide_popup_widens_its_columns_and_previews_the_selected_result() {
    let mut a = seed_app(200, 60);
    typ(&mut a, "/drone");
    let t = text(&a);
    // Outlet names fit whole on a wide popup.
    assert!(t.contains("The Washington Post "), "{t}");
    let st = a.search.as_ref().unwrap();
    let item = st.searcher.index().items()[st.hits()[1].item].clone();
    let art = a.brief.articles[item.article.unwrap()].clone();
    press(&mut a, KeyCode::Down);
    let t = text(&a);
    let rule = format!("─ {} · {}", art.outlet, item.kind.name());
    assert!(t.contains(&rule), "no preview rule {rule:?}:\n{t}");
    // The preview holds the selected result's sentence, wrapped whole.
    let s = &art.sentences[sentence_of(&art, item.start)];
    let words: Vec<&str> = art.text[s.start..s.end].split_whitespace().collect();
    let below = &t[t.find(&rule).unwrap()..];
    for w in words.iter().take(8) {
        assert!(below.contains(w), "{w} not in the preview:\n{below}");
    }
    // Small popups keep the list alone.
    let mut a = seed_app(60, 12);
    typ(&mut a, "/drone");
    assert!(!text(&a).contains("─ The"), "{}", text(&a));
}
