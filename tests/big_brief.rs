//! A brief of 10,000 articles opens, lists and scrolls: the list draws only what is visible and
//! start-up work grows with the brief, not with articles times entities.

use newsbrief::brief::{Brief, default_brief};
use newsbrief::tui::app::{Action, App, update};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};

fn big_brief(n: usize) -> Brief {
    let seed = default_brief();
    let mut b = seed.clone();
    b.articles.clear();
    for e in &mut b.entities {
        e.mentions.clear();
    }
    for i in 0..n {
        let src = &seed.articles[i % seed.articles.len()];
        let mut a = src.clone();
        a.id = format!("{}-{i}", src.id);
        a.outlet = format!("{} {i}", src.outlet);
        for (e, se) in b.entities.iter_mut().zip(&seed.entities) {
            e.mentions
                .extend(se.mentions.iter().filter(|m| m.article == src.id).map(|m| {
                    let mut m = m.clone();
                    m.article = a.id.clone();
                    m
                }));
        }
        b.articles.push(a);
    }
    b
}

#[test]
fn ten_thousand_articles_open_list_and_scroll() {
    let mut app = App::new(big_brief(10_000), Theme::default_theme(), 80, 24);
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
