//! The article list drawn on an off-screen buffer: outlets, counts, read marks, sorting and
//! filtering.

mod tui_support;

use newsbrief::tui::Look;
use newsbrief::tui::app::App;
use newsbrief::tui::render_to_string;
use newsbrief::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
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
fn the_read_mark_shows_beside_the_selection_and_u_takes_it_off() {
    let mut a = app(120, 30);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert!(a.read.contains(&0));
    let t = text(&a);
    assert!(t.contains("►✓1 Alpha News"), "{t}");
    ch(&mut a, 'j');
    let t = text(&a);
    assert!(
        t.contains(" ✓1 Alpha News") && t.contains("► 2 Beta"),
        "{t}"
    );
    ch(&mut a, 'k');
    ch(&mut a, 'u');
    assert!(!a.read.contains(&0));
    assert!(text(&a).contains("► 1 Alpha News"), "{}", text(&a));
    // Read to the end in the reader, then unread there: it stays unread.
    key(&mut a, KeyCode::Tab, KeyModifiers::NONE);
    ch(&mut a, 'G');
    assert!(a.read.contains(&0));
    ch(&mut a, 'u');
    assert!(!a.read.contains(&0));
    assert!(text(&a).contains("marked unread"));
}

#[test]
fn the_list_sorts_with_o_and_filters_as_f_is_typed() {
    let b = newsbrief::brief::default_brief();
    let mut a = App::new(b.clone(), Theme::default_theme(), 80, 24);
    let outlets_in_order = |a: &App| -> Vec<String> {
        let t = text(a);
        let mut found: Vec<(usize, String)> = b
            .articles
            .iter()
            .filter_map(|x| {
                t.find(&format!(" {}", x.outlet))
                    .map(|p| (p, x.outlet.clone()))
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, o)| o).collect()
    };
    let brief_order: Vec<String> = b.articles.iter().map(|x| x.outlet.clone()).collect();
    assert_eq!(outlets_in_order(&a), brief_order);
    // o: by date (undated last), then by outlet, then by words (longest first).
    ch(&mut a, 'o');
    assert!(text(&a).contains("by date"), "{}", text(&a));
    let dated = b.articles.iter().find(|x| x.published.is_some()).unwrap();
    assert_eq!(outlets_in_order(&a)[0], dated.outlet);
    ch(&mut a, 'o');
    let mut by_outlet = brief_order.clone();
    by_outlet.sort_by_key(|o| o.to_lowercase());
    assert_eq!(outlets_in_order(&a), by_outlet);
    ch(&mut a, 'o');
    let longest = b.articles.iter().max_by_key(|x| x.word_count()).unwrap();
    assert_eq!(outlets_in_order(&a)[0], longest.outlet);
    // j follows the order on screen.
    ch(&mut a, 'g');
    let first = a.selected;
    ch(&mut a, 'j');
    let second = a.selected;
    assert_eq!(b.articles[first].outlet, longest.outlet);
    assert_ne!(first, second);
    ch(&mut a, 'o');
    ch(&mut a, 'o');
    // f: typing filters on the outlet or the headline; q types rather than quits.
    ch(&mut a, 'f');
    for c in "press".chars() {
        ch(&mut a, c);
    }
    let t = text(&a);
    assert!(t.contains("filter: press"), "{t}");
    let keep: Vec<&str> = b
        .articles
        .iter()
        .filter(|x| {
            format!("{} {}", x.outlet, x.headline)
                .to_lowercase()
                .contains("press")
        })
        .map(|x| x.outlet.as_str())
        .collect();
    assert!(!keep.is_empty() && keep.len() < b.articles.len());
    assert_eq!(outlets_in_order(&a), keep);
    assert!(keep.contains(&a.brief.articles[a.selected].outlet.as_str()));
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert!(a.overlay.is_none());
    assert!(text(&a).contains(&format!("Articles ({}/{})", keep.len(), b.articles.len())));
    ch(&mut a, 'f');
    ch(&mut a, 'q');
    assert!(!a.quit);
    assert!(text(&a).contains("no article matches"), "{}", text(&a));
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(outlets_in_order(&a), brief_order);
}
