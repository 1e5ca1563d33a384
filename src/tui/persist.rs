//! Carries the reading state between the app and the state file: which view and article were
//! open, where each reader was, what was read and pinned.

use std::time::{Duration, Instant};

use crate::state::{CompareAt, Position, ReadingState, STATE_VERSION, StateStore};

use super::app::{App, Focus, View};
use super::screens::Nav;

/// Restores a saved state into a fresh app. Anything that no longer fits the brief (an unknown
/// article id, a sentence past the end, a pin off the text) is dropped quietly.
pub fn apply(app: &mut App, st: &ReadingState) {
    let ids = app.brief.article_positions();
    let index = |id: &str| ids.get(id).copied();
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
    let selected = st.article.as_deref().and_then(index);
    let pair = st
        .compare
        .as_ref()
        .and_then(|(l, r)| Some((index(l)?, index(r)?)));
    drop(ids);
    if let Some(i) = selected {
        app.selected = i;
    }
    match st.view.as_deref().and_then(View::from_name) {
        Some(View::Reader) => {
            app.view = View::Reader;
            app.focus = Focus::Reader;
        }
        Some(View::Compare) => {
            if let Some((l, r)) = pair {
                super::screens::compare::open_pair(app, l, r);
                if let Some(at) = st.compare_at {
                    restore_compare(app, at);
                }
            }
        }
        Some(View::List) | None => {}
        // Any other screen opens over the list, as its key opens it.
        Some(v) => app.navigate(Nav::Reset(v)),
    }
    app.refresh();
}

/// Puts the compare view back where it was; positions past the end are brought in range by
/// the view's own refresh.
fn restore_compare(app: &mut App, at: CompareAt) {
    use super::screens::compare::{Mode, Pane};
    let c = &mut app.screens.compare;
    c.mode = if at.free { Mode::Free } else { Mode::Aligned };
    (c.row, c.scroll) = (at.row, at.scroll);
    for (i, pane) in c.free.iter_mut().enumerate() {
        (pane.cursor, pane.scroll, pane.lit) = (at.cursors[i], at.scrolls[i], at.lit[i]);
    }
    c.focus = if at.right_focused {
        Pane::Right
    } else {
        Pane::Left
    };
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
        compare: (app.view == View::Compare).then(|| {
            let c = &app.screens.compare;
            (id(c.left), id(c.right))
        }),
        compare_at: (app.view == View::Compare).then(|| {
            let c = &app.screens.compare;
            CompareAt {
                free: c.mode == super::screens::compare::Mode::Free,
                row: c.row,
                scroll: c.scroll,
                cursors: [c.free[0].cursor, c.free[1].cursor],
                scrolls: [c.free[0].scroll, c.free[1].scroll],
                lit: [c.free[0].lit, c.free[1].lit],
                right_focused: c.focus == super::screens::compare::Pane::Right,
            }
        }),
    }
}

/// Saves the reading state while the app runs, not only when it quits, so that a crash, a
/// lost connection or a SIGKILL costs at most a few seconds of reading. Saves merge with what
/// another instance saved meanwhile ([`StateStore::save_merged`]). A save that fails is said
/// once in the status line; the app keeps working and tries again at the next interval.
#[derive(Debug)]
pub struct Autosave {
    store: StateStore,
    /// The app's state at the last save that worked (or as it opened): the next save writes
    /// the changes made since.
    saved: ReadingState,
    at: Instant,
    /// Why the last save failed, while saving keeps failing; reported when the app ends.
    pub error: Option<String>,
}

impl Autosave {
    /// Shortest time between two saves.
    pub const INTERVAL: Duration = Duration::from_secs(2);

    /// Starts from the state the app opened with, which is already on disk.
    pub fn new(store: StateStore, app: &App) -> Autosave {
        Autosave {
            store,
            saved: capture(app),
            at: Instant::now(),
            error: None,
        }
    }

    /// Saves the state if it changed and the last save is [`Self::INTERVAL`] old, and puts
    /// what [`Self::save`] has to say in the status line. Called when the app is idle.
    pub fn tick(&mut self, app: &mut App) {
        if self.at.elapsed() >= Self::INTERVAL
            && let Some(m) = self.save(app)
        {
            app.message = Some(m);
        }
    }

    /// Saves the state now if it changed. Returns a line for the status line at the first
    /// failure of a run of failures, and when saving works again.
    pub fn save(&mut self, app: &App) -> Option<String> {
        self.save_state(capture(app))
    }

    /// Saves a state captured earlier (by the watchdog, when the terminal went away while the
    /// main thread was stuck reading it), as [`Self::save`] does.
    pub fn save_state(&mut self, now: ReadingState) -> Option<String> {
        self.at = Instant::now();
        if now == self.saved {
            // Nothing is waiting to be saved, so nothing is lost.
            self.error = None;
            return None;
        }
        match self.store.save_merged(&self.saved, &now) {
            Ok(_) => {
                self.saved = now;
                self.error
                    .take()
                    .map(|_| "reading state saved again".to_string())
            }
            Err(e) => {
                let first = self.error.is_none();
                self.error = Some(format!(
                    "{}: cannot save the reading state: {e}",
                    self.store.path.display()
                ));
                first.then(|| format!("reading state not saved ({e}); trying again"))
            }
        }
    }
}
