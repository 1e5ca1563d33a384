//! Carries the reading state between the app and the state file: which view and article were
//! open, where each reader was, what was read and pinned.

use crate::state::{Position, ReadingState, STATE_VERSION};

use super::app::{App, Focus, View};

/// Restores a saved state into a fresh app. Anything that no longer fits the brief (an unknown
/// article id, a sentence past the end, a pin off the text) is dropped quietly.
pub fn apply(app: &mut App, st: &ReadingState) {
    let index = |id: &str| app.brief.articles.iter().position(|a| a.id == id);
    for (id, pos) in &st.positions {
        if let Some(i) = index(id) {
            let n = app.brief.articles[i].sentences.len();
            let r = &mut app.readers[i];
            r.cursor = pos.cursor.filter(|&c| c < n);
            r.scroll = pos.scroll;
        }
    }
    app.read = st.read.iter().filter_map(|id| index(id)).collect();
    app.pins = st
        .pins
        .iter()
        .filter(|p| {
            index(&p.article).is_some_and(|i| {
                let t = &app.brief.articles[i].text;
                p.start <= p.end
                    && p.end <= t.len()
                    && t.is_char_boundary(p.start)
                    && t.is_char_boundary(p.end)
            })
        })
        .cloned()
        .collect();
    if let Some(i) = st.article.as_deref().and_then(index) {
        app.selected = i;
    }
    if st.view.as_deref() == Some(View::Reader.name()) {
        app.view = View::Reader;
        app.focus = Focus::Reader;
    }
    app.refresh();
}

/// The app's state as it should be saved.
pub fn capture(app: &App) -> ReadingState {
    let id = |i: usize| app.brief.articles[i].id.clone();
    ReadingState {
        version: STATE_VERSION,
        view: Some(app.view.name().to_string()),
        article: (app.selected < app.brief.articles.len()).then(|| id(app.selected)),
        positions: app
            .readers
            .iter()
            .enumerate()
            .filter(|(_, r)| r.cursor.is_some() || r.scroll > 0)
            .map(|(i, r)| {
                (
                    id(i),
                    Position {
                        cursor: r.cursor,
                        scroll: r.scroll,
                    },
                )
            })
            .collect(),
        read: app.read.iter().map(|&i| id(i)).collect(),
        pins: app.pins.clone(),
    }
}
