//! A brief of 10,000 articles opens, lists and scrolls: the list draws only what is visible and
//! start-up work grows with the brief, not with articles times entities.

#[path = "../benches/common/mod.rs"]
mod common;

use newsbrief::tui::app::{Action, App, update};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};

#[test]
fn ten_thousand_articles_open_list_and_scroll() {
    let mut app = App::new(common::big_brief(10_000), Theme::default_theme(), 80, 24);
    let first = buffer_text(&render_buffer(&app));
    assert!(first.contains("Articles (10000)"), "{first}");
    for _ in 0..400 {
        update(&mut app, Action::PageDown);
    }
    update(&mut app, Action::Bottom);
    assert_eq!(app.selected, 9_999);
    let last = buffer_text(&render_buffer(&app));
    assert!(last.contains("9999"), "the last article is listed: {last}");
    update(&mut app, Action::Open);
    update(&mut app, Action::Down);
    let reader = buffer_text(&render_buffer(&app));
    assert!(
        reader.contains("10000/10000") || reader.contains("Arkansas"),
        "{reader}"
    );
}

fn press(app: &mut App, c: char) {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert!(newsbrief::tui::handle_event(app, &Event::Key(key)));
}

/// The first `c` on a big brief must not wait for the brief's sentence features (seconds on
/// 10,000 articles): the compare view opens at once saying what it waits for, the next key is
/// answered, and the rows appear once the thread is done.
#[test]
fn first_compare_on_a_big_brief_answers_keys_while_its_features_are_built() {
    let mut app = App::new(common::big_brief(1_000), Theme::default_theme(), 120, 30);
    let sentences: usize = app.brief.articles.iter().map(|a| a.sentences.len()).sum();
    assert!(sentences >= newsbrief::tui::screens::coverage::job::INLINE_SENTENCES);
    press(&mut app, 'c');
    let pending = buffer_text(&render_buffer(&app));
    assert!(
        pending.contains("indexing the sentences of 1000 articles"),
        "the view says what it waits for: {pending}"
    );
    assert!(app.screens.compare.layout.is_none());
    press(&mut app, '?');
    let help = buffer_text(&render_buffer(&app));
    assert!(help.contains("Keys: compare"), "{help}");
    press(&mut app, '?');
    assert!(app.overlay.is_none());
    assert!(app.analysis.wait_features().is_some());
    // The idle loop's tick notices the features and lays the pair out.
    assert!(app.analysis.tick());
    app.refresh();
    let ready = buffer_text(&render_buffer(&app));
    assert!(!ready.contains("indexing the sentences"), "{ready}");
    assert!(
        !app.screens.compare.rows().is_empty(),
        "the pair is compared: {ready}"
    );
    app.analysis.cancel();
}

/// `/` pressed while the search index of a big brief is still being built opens the popup at
/// once, takes the query as typed, and shows the results when the index is done.
#[test]
fn search_opened_while_its_index_is_built_takes_the_query_and_answers_later() {
    let mut app = App::new(common::big_brief(1_000), Theme::default_theme(), 120, 30);
    let building = app.index_in_background();
    press(&mut app, '/');
    let pending = buffer_text(&render_buffer(&app));
    assert!(
        pending.contains("Search: indexing 1000 articles"),
        "the popup says what it waits for: {pending}"
    );
    for c in "drone".chars() {
        press(&mut app, c);
    }
    building.join().unwrap();
    assert!(newsbrief::tui::overlays::search::poll(&mut app));
    let st = app.search.as_ref().unwrap();
    assert_eq!((st.query.as_str(), st.pending), ("drone", false));
    assert!(
        !st.hits().is_empty(),
        "the query runs on the finished index"
    );
    let ready = buffer_text(&render_buffer(&app));
    assert!(ready.contains("results"), "{ready}");
}

/// The first `e` on a big brief must not count every entity's mentions on the key thread: the
/// entity view opens at once saying what it waits for, help and Esc are answered, and the table
/// appears once the thread is done, sorted as the view was.
#[test]
fn first_entity_view_on_a_big_brief_answers_keys_while_its_table_is_counted() {
    use newsbrief::tui::app::View;
    use newsbrief::tui::screens::entities;
    let mut app = App::new(common::big_brief(1_000), Theme::default_theme(), 120, 30);
    let mentions: usize = app.brief.entities.iter().map(|e| e.mentions.len()).sum();
    assert!(mentions >= entities::INLINE_MENTIONS);
    press(&mut app, 'e');
    assert_eq!(app.view, View::Entities);
    let pending = buffer_text(&render_buffer(&app));
    assert!(
        pending.contains("counting the entities of 1000 articles"),
        "the view says what it waits for: {pending}"
    );
    press(&mut app, '?');
    let help = buffer_text(&render_buffer(&app));
    assert!(help.contains("Keys: entities"), "{help}");
    press(&mut app, '?');
    assert!(app.overlay.is_none());
    // Esc goes back to the list while the count runs; `e` comes back to the same count.
    update(&mut app, Action::Back);
    assert_eq!(app.view, View::List);
    press(&mut app, 'e');
    assert!(app.screens.entities.counting.is_pending());
    entities::prepare(&mut app);
    assert!(!app.screens.entities.counting.is_pending());
    let ready = buffer_text(&render_buffer(&app));
    assert!(!ready.contains("counting the entities"), "{ready}");
    let v = &app.screens.entities;
    assert_eq!(v.rows.len(), app.brief.entities.len());
    let totals: Vec<usize> = v.shown.iter().map(|&i| v.rows[i].total).collect();
    assert!(
        totals.windows(2).all(|w| w[0] >= w[1]) && totals[0] > 0,
        "most mentioned first: {totals:?}"
    );
    assert!(ready.contains("Entities"), "{ready}");
    // `j` moves through the table now that it is there.
    press(&mut app, 'j');
    assert_eq!(app.screens.entities.cursor, 1);
}
