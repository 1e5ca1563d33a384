//! The app state and the one function that changes it: every key, resize or click becomes an
//! [`Action`], and [`update`] hands it to the open overlay, else to the app's own global keys,
//! else to the screen shown. Drawing only reads the state, so a test can drive the app with
//! actions and look at the buffer.
//!
//! The app keeps what the screens share: the brief, the theme, the overlays, the navigation
//! stack, where the reader is in each article, the search; each screen's own state is in
//! [`Screens`].

use std::sync::Arc;

use crate::brief::Brief;
use crate::search::SearchIndex;

use super::doc::{self, Layout, Mark};
use super::overlays::search::SearchState;
use super::overlays::{help, search};
use super::screens::{Nav, Outcome, Screens};
use super::theme::Theme;
use super::ui::areas;

pub use super::action::{Action, Focus, Highlight, Overlay, View};

/// Where the reader is in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReaderState {
    /// Current sentence (index into the article's sentences).
    pub cursor: Option<usize>,
    /// First line shown.
    pub scroll: usize,
    /// Which mention of the current sentence is picked.
    pub pick: usize,
}

/// The whole app state.
#[derive(Debug, Clone)]
pub struct App {
    /// Shared with the lazily built documents, so the brief is held once.
    pub brief: std::sync::Arc<Brief>,
    pub theme: Theme,
    /// The screen shown: the top of the navigation stack.
    pub view: View,
    /// The screens under it, the one Esc returns to last.
    pub history: Vec<View>,
    pub focus: Focus,
    pub overlay: Option<Overlay>,
    pub selected: usize,
    pub show_boilerplate: bool,
    pub highlight: Highlight,
    /// The entity-only highlight asked for from the entity view belongs to the reader it
    /// opened: the article it was set for and the mode to go back to once that reader is left.
    pub scoped_highlight: Option<(usize, Highlight)>,
    pub readers: Vec<ReaderState>,
    pub docs: doc::Docs,
    /// Layout of the selected article at the reader's current width.
    pub layout: Option<Layout>,
    layout_key: Option<(usize, usize, bool)>,
    pub width: u16,
    pub height: u16,
    pub quit: bool,
    /// Asked to suspend (Ctrl-Z): the event loop stops the process and redraws on `fg`.
    pub suspend: bool,
    /// An OSC 52 clipboard write waiting for the event loop to send it (`y`).
    pub clipboard: Option<String>,
    /// The app takes mouse clicks and the wheel (else the terminal keeps the mouse).
    pub mouse: bool,
    /// A short note for the status line (cleared by the next action).
    pub message: Option<String>,
    /// A notice that must be read (the state file could not be read, where it was kept):
    /// shown whole, wrapped to the width above the status line, until Esc dismisses it.
    pub notice: Option<String>,
    /// The entity last under the cursor: stays selected while the cursor crosses sentences that
    /// name no one, so "highlight entity" keeps showing it.
    pub last_entity: Option<usize>,
    /// Each screen's own state.
    pub screens: Screens,
    /// The brief's whole comparison, run on a thread the first time a screen needs it.
    pub analysis: super::screens::coverage::job::AnalysisJob,
    /// The search index, built once for the brief's lifetime: by [`App::index_in_background`]
    /// when the app starts, else on the first search. Shared so that a search opened while the
    /// background build runs waits for it instead of building a second one.
    pub search_index: Arc<std::sync::OnceLock<Arc<SearchIndex>>>,
    /// [`App::index_in_background`] was called: a search opened before it is done types
    /// into a popup that says so rather than waiting for it.
    pub search_building: bool,
    /// The last search (kept after the popup closes, for `n` and `N`).
    pub search: Option<SearchState>,
    /// Indices of the articles the reader has opened or read to the end.
    pub read: std::collections::BTreeSet<usize>,
    /// Pinned quotes and claims, kept across sessions.
    pub pins: Vec<crate::state::Pin>,
    /// The file the brief was read from (none for the built-in one): `O` starts in its
    /// directory.
    pub brief_path: Option<std::path::PathBuf>,
    /// The path prompt of `O`.
    pub open_prompt: super::overlays::open::OpenPrompt,
    /// A brief asked for with `O`, for the event loop to load once the state is saved.
    pub open_request: Option<std::path::PathBuf>,
    /// Display width of the widest outlet name, measured once so no frame walks every article.
    pub outlet_width: usize,
    /// Display width of the widest article id, measured once for the same reason.
    pub id_width: usize,
    /// Word and source counts of each article, counted the first time its list row is drawn
    /// rather than on every frame.
    row_stats: Vec<std::sync::OnceLock<RowStats>>,
}

/// What an article's list row shows besides its own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowStats {
    pub words: usize,
    pub sources: crate::analyze::quote_groups::SourceCounts,
}

impl App {
    /// The app on `brief` for a `width` x `height` screen, list focused, first article selected.
    pub fn new(brief: Brief, theme: Theme, width: u16, height: u16) -> App {
        let brief = std::sync::Arc::new(brief);
        let docs = doc::Docs::new(brief.clone());
        let outlet_width = brief
            .articles
            .iter()
            .map(|a| {
                unicode_width::UnicodeWidthStr::width(
                    crate::text::sanitize_line(&a.outlet).as_str(),
                )
            })
            .max()
            .unwrap_or(6);
        let id_width = brief
            .articles
            .iter()
            .map(|a| {
                unicode_width::UnicodeWidthStr::width(crate::text::sanitize_line(&a.id).as_str())
            })
            .max()
            .unwrap_or(3);
        let readers = vec![ReaderState::default(); brief.articles.len()];
        let brief_len = brief.articles.len();
        let mut app = App {
            brief,
            theme,
            view: View::List,
            history: Vec::new(),
            focus: Focus::List,
            overlay: None,
            selected: 0,
            show_boilerplate: true,
            highlight: Highlight::All,
            scoped_highlight: None,
            readers,
            docs,
            layout: None,
            layout_key: None,
            width,
            height,
            quit: false,
            suspend: false,
            mouse: true,
            clipboard: None,
            message: None,
            notice: None,
            last_entity: None,
            screens: Screens::default(),
            analysis: Default::default(),
            search_index: Default::default(),
            search_building: false,
            search: None,
            read: Default::default(),
            pins: Vec::new(),
            brief_path: None,
            open_prompt: Default::default(),
            open_request: None,
            outlet_width,
            id_width,
            row_stats: vec![std::sync::OnceLock::new(); brief_len],
        };
        app.refresh();
        app
    }

    /// Builds the search index on another thread, so that the first `/` finds it ready: on a
    /// brief of thousands of articles the build takes seconds, which would otherwise freeze
    /// the popup as it opens.
    pub fn index_in_background(&mut self) -> std::thread::JoinHandle<()> {
        self.search_building = true;
        let cell = Arc::clone(&self.search_index);
        let brief = Arc::clone(&self.brief);
        std::thread::spawn(move || {
            cell.get_or_init(|| Arc::new(SearchIndex::new(brief)));
        })
    }

    /// Word count of article `i`: its row's when drawn, else counted alone, so that sorting
    /// by words does not count the sources of every article on the key thread.
    pub fn row_words(&self, i: usize) -> usize {
        self.row_stats[i]
            .get()
            .map_or_else(|| self.brief.articles[i].word_count(), |s| s.words)
    }

    /// Word and source counts of article `i` for its list row.
    pub fn row_stats(&self, i: usize) -> RowStats {
        *self.row_stats[i].get_or_init(|| RowStats {
            words: self.brief.articles[i].word_count(),
            sources: crate::analyze::quote_groups::source_counts(&self.brief, i),
        })
    }

    /// Height and width of the reader's text area for the current screen size.
    pub fn reader_text_size(&self) -> (usize, usize) {
        let a = areas(
            self.view,
            self.width,
            self.height,
            self.brief.articles.len(),
        );
        a.reader_text
            .map_or((0, 0), |r| (r.width as usize, r.height as usize))
    }

    /// Rebuilds the layout if the article, width or boilerplate setting changed, then keeps the
    /// cursor and scroll in range.
    pub fn refresh(&mut self) {
        if let Some((article, before)) = self.scoped_highlight
            && (self.view != View::Reader || self.selected != article)
        {
            self.highlight = before;
            self.scoped_highlight = None;
        }
        if self.brief.articles.is_empty() {
            self.layout = None;
            return;
        }
        self.selected = self.selected.min(self.brief.articles.len() - 1);
        let (w, _) = self.reader_text_size();
        let key = (self.selected, w.max(1), self.show_boilerplate);
        if self.layout_key != Some(key) {
            let n = self.brief.articles[self.selected].sentences.len();
            self.layout = Some(doc::layout(
                &self.docs[self.selected],
                n,
                key.1,
                self.show_boilerplate,
            ));
            self.layout_key = Some(key);
        }
        let Some(layout) = &self.layout else { return };
        let rs = &mut self.readers[self.selected];
        let shown = |c: usize| layout.sentence_lines.get(c).is_some_and(|x| x.is_some());
        if !rs.cursor.is_some_and(shown) {
            // The cursor's sentence was hidden: take the nearest shown one after it.
            let from = rs.cursor.unwrap_or(0);
            rs.cursor = layout
                .order
                .iter()
                .copied()
                .find(|&i| i >= from)
                .or_else(|| layout.order.last().copied());
        }
        self.clamp_scroll();
        (self.view.screen().refresh)(self);
    }

    /// Moves between screens on the one navigation stack, then brings the new screen up to
    /// date (the first time a screen is shown, that builds what it needs).
    pub fn navigate(&mut self, nav: Nav) {
        match nav {
            Nav::Push(to) => {
                match self.history.iter().position(|v| *v == to) {
                    Some(p) => self.history.truncate(p),
                    None if self.view != to => self.history.push(self.view),
                    None => {}
                }
                self.view = to;
            }
            Nav::Pop => self.view = self.history.pop().unwrap_or(View::List),
            Nav::Reset(to) => {
                self.history.clear();
                if to != View::List {
                    self.history.push(View::List);
                }
                self.view = to;
            }
            Nav::Open(o) => {
                self.overlay = Some(o);
                return;
            }
        }
        self.refresh();
    }

    fn clamp_scroll(&mut self) {
        let (_, h) = self.reader_text_size();
        let Some(layout) = &self.layout else { return };
        let max = layout.lines.len().saturating_sub(h.max(1));
        let rs = &mut self.readers[self.selected];
        rs.scroll = rs.scroll.min(max);
    }

    /// The reader state of the selected article.
    pub fn reader(&self) -> ReaderState {
        self.readers.get(self.selected).copied().unwrap_or_default()
    }

    /// The mentions inside the current sentence, in text order, with their block.
    pub fn cursor_mentions(&self) -> Vec<(usize, Mark)> {
        let Some(cur) = self.reader().cursor else {
            return Vec::new();
        };
        let Some(doc) = self.docs.get(self.selected) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (bi, b) in doc.blocks.iter().enumerate() {
            for s in b.sentences.iter().filter(|s| s.index == cur) {
                out.extend(
                    b.mentions
                        .iter()
                        .filter(|m| m.start < s.end && s.start < m.end)
                        .map(|m| (bi, *m)),
                );
            }
        }
        out
    }

    /// The mention picked in the current sentence (the entity "under the cursor").
    pub fn picked_mention(&self) -> Option<(usize, Mark)> {
        let ms = self.cursor_mentions();
        if ms.is_empty() {
            return None;
        }
        ms.get(self.reader().pick % ms.len()).copied()
    }

    /// The selected entity: the one under the cursor, else the last one that was.
    pub fn selected_entity(&self) -> Option<usize> {
        self.picked_mention()
            .map(|(_, m)| m.entity)
            .or(self.last_entity)
    }

    /// The keys go to the reader (rather than the list).
    pub fn reader_focused(&self) -> bool {
        self.view == View::Reader || self.focus == Focus::Reader
    }

    pub(crate) fn keep_cursor_visible(&mut self) {
        let (_, h) = self.reader_text_size();
        let h = h.max(1);
        let Some(layout) = &self.layout else { return };
        let rs = &mut self.readers[self.selected];
        if let Some((a, z)) = rs.cursor.and_then(|c| layout.sentence_lines[c]) {
            if a < rs.scroll {
                rs.scroll = a;
            } else if z >= rs.scroll + h {
                rs.scroll = (z + 1 - h).min(a);
            }
        }
        self.clamp_scroll();
    }

    /// After scrolling, moves the cursor onto the screen if it left it.
    pub(crate) fn cursor_follow_scroll(&mut self) {
        self.clamp_scroll();
        let (_, h) = self.reader_text_size();
        let Some(layout) = &self.layout else { return };
        let rs = &mut self.readers[self.selected];
        let top = rs.scroll;
        let bottom = top + h.max(1);
        let on_screen = |c: usize| {
            layout.sentence_lines[c].is_some_and(|(a, z)| a < bottom && z >= top && a >= top)
        };
        if rs.cursor.is_some_and(on_screen) {
            return;
        }
        let first = layout.order.iter().copied().find(|&c| on_screen(c));
        let overlapping = layout
            .order
            .iter()
            .copied()
            .find(|&c| layout.sentence_lines[c].is_some_and(|(_, z)| z >= top));
        if let Some(c) = first.or(overlapping) {
            rs.cursor = Some(c);
            rs.pick = 0;
        }
    }

    pub(crate) fn move_cursor(&mut self, delta: isize) {
        let Some(layout) = &self.layout else { return };
        if layout.order.is_empty() {
            self.scroll_by(delta);
            return;
        }
        let rs = &mut self.readers[self.selected];
        let pos = rs
            .cursor
            .and_then(|c| layout.order.iter().position(|&x| x == c))
            .unwrap_or(0);
        let new = (pos as isize + delta).clamp(0, layout.order.len() as isize - 1) as usize;
        rs.cursor = Some(layout.order[new]);
        rs.pick = 0;
        self.keep_cursor_visible();
    }

    pub(crate) fn scroll_by(&mut self, delta: isize) {
        if let Some(rs) = self.readers.get_mut(self.selected) {
            rs.scroll = rs.scroll.saturating_add_signed(delta);
        }
        self.cursor_follow_scroll();
    }

    pub(crate) fn cursor_to_end(&mut self, last: bool) {
        let Some(layout) = &self.layout else { return };
        let rs = &mut self.readers[self.selected];
        rs.cursor = if last {
            layout.order.last().copied()
        } else {
            layout.order.first().copied()
        };
        rs.pick = 0;
        rs.scroll = if last { usize::MAX } else { 0 };
        self.clamp_scroll();
    }

    pub(crate) fn select(&mut self, i: usize) {
        if i < self.brief.articles.len() {
            self.selected = i;
        }
    }
}

/// The screen shown is the background comparison's progress (the coverage view or the
/// discrepancy list before their result is there).
pub fn comparing_shown(app: &App) -> bool {
    app.overlay.is_none()
        && app.analysis.percent().is_some()
        && match app.view {
            View::Coverage => true,
            View::Discrepancies => app.screens.discrepancies.found.is_none(),
            _ => false,
        }
}

/// Applies one action to the state.
pub fn update(app: &mut App, action: Action) {
    app.message = None;
    match action {
        Action::Quit => {
            app.quit = true;
            return;
        }
        Action::Resize(w, h) => {
            app.width = w;
            app.height = h;
            app.refresh();
            app.keep_cursor_visible();
            return;
        }
        _ => {}
    }
    if app.overlay.is_none() && app.notice.is_some() && action == Action::Back {
        app.notice = None;
        return;
    }
    if action == Action::Back && comparing_shown(app) {
        // Going back from "comparing… 40%" stops the work; opening the screen again
        // starts it over.
        app.analysis.stop();
        app.message = Some("comparison stopped (v or d starts it again)".into());
        app.navigate(Nav::Pop);
        return;
    }
    if app.overlay.is_none() && matches!(action, Action::ShowCoverage | Action::Discrepancies) {
        app.analysis.resume();
    }
    match app.overlay {
        Some(Overlay::Search) => return search::update(app, action),
        Some(Overlay::Filter) => return super::screens::list::order::update(app, action),
        Some(Overlay::Open) => return super::overlays::open::update(app, action),
        Some(Overlay::Help { .. }) => return help::update(app, action),
        None => {}
    }
    // The same from every screen, so no screen's own handling can swallow them.
    let nav = match action {
        Action::Search => return search::open(app),
        Action::SearchNext | Action::SearchPrev => {
            return search::step(app, action == Action::SearchNext);
        }
        Action::Help => Nav::Open(Overlay::Help { scroll: 0 }),
        Action::OpenBrief => return super::overlays::open::open(app),
        Action::Suspend => {
            app.suspend = true;
            return;
        }
        Action::Copy => {
            super::clipboard::copy(app);
            return;
        }
        Action::ToggleMouse => {
            app.mouse = !app.mouse;
            app.message = Some(if app.mouse {
                "mouse: the app's (M: the terminal's)".into()
            } else {
                "mouse: the terminal's (M: the app's)".into()
            });
            return;
        }
        Action::ShowEntities => Nav::Reset(View::Entities),
        Action::ShowQuotes => Nav::Reset(View::Quotes),
        Action::ShowPins => Nav::Reset(View::Pins),
        Action::ShowCoverage => Nav::Push(View::Coverage),
        _ => match (app.view.screen().handle)(app, action) {
            Outcome::Nav(nav) => nav,
            Outcome::Consumed | Outcome::Ignored => return,
        },
    };
    app.navigate(nav);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> App {
        App::new(
            crate::brief::default_brief(),
            Theme::default_theme(),
            80,
            24,
        )
    }

    #[test]
    fn one_stack_takes_every_screen_back_the_way_it_came() {
        let mut a = app();
        a.navigate(Nav::Push(View::Reader));
        a.navigate(Nav::Push(View::Compare));
        a.navigate(Nav::Push(View::Discrepancies));
        assert_eq!(a.history, [View::List, View::Reader, View::Compare]);
        // Back to a screen already in the history: no second copy of it.
        a.navigate(Nav::Push(View::Compare));
        assert_eq!(
            (a.view, a.history.as_slice()),
            (View::Compare, &[View::List, View::Reader][..])
        );
        a.navigate(Nav::Pop);
        assert_eq!(a.view, View::Reader);
        a.navigate(Nav::Pop);
        a.navigate(Nav::Pop);
        assert_eq!(
            (a.view, a.history.len()),
            (View::List, 0),
            "the list is the bottom"
        );
        a.navigate(Nav::Push(View::Reader));
        a.navigate(Nav::Reset(View::Entities));
        assert_eq!(
            (a.view, a.history.as_slice()),
            (View::Entities, &[View::List][..])
        );
        a.navigate(Nav::Open(Overlay::Help { scroll: 0 }));
        assert_eq!(
            (a.view, a.overlay),
            (View::Entities, Some(Overlay::Help { scroll: 0 }))
        );
    }

    #[test]
    fn esc_returns_from_the_reader_to_the_table_it_was_opened_from() {
        let mut a = app();
        update(&mut a, Action::ShowQuotes);
        update(&mut a, Action::Open);
        assert_eq!(a.view, View::Reader);
        update(&mut a, Action::Back);
        assert_eq!(a.view, View::Quotes);
        update(&mut a, Action::Back);
        assert_eq!((a.view, a.focus), (View::List, Focus::List));
    }
}
