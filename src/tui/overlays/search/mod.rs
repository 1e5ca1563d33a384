//! The search popup's state and how keys change it: the query being typed, the incremental
//! [`Searcher`] behind it, the selected result, and the jump from a result to its sentence.
//!
//! The state outlives the popup, so `n` and `N` keep stepping through the last results after it
//! closes.

use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;

pub mod view;

use crate::brief::Brief;
use crate::search::{Hit, ItemKind, SearchIndex, Searcher};
use crate::tui::Look;
use crate::tui::action::{Action, Focus, Overlay};
use crate::tui::app::App;
use crate::tui::screens::{Nav, View};

/// An edit of the query line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Insert a typed character at the cursor.
    Char(char),
    Backspace,
    Delete,
    /// Ctrl-u: empty the line.
    Clear,
    /// Ctrl-w: delete the word before the cursor.
    DeleteWord,
    Left,
    Right,
    Home,
    End,
}

/// The popup's state.
#[derive(Debug, Clone)]
pub struct SearchState {
    pub query: String,
    /// Byte offset of the cursor in `query`, always on a grapheme boundary.
    pub cursor: usize,
    /// Index into the results of the selected one.
    pub selected: usize,
    /// First result row shown.
    pub scroll: usize,
    pub searcher: Searcher,
    /// The view the popup was opened from: Enter opens the result there when that view can
    /// show a sentence (see [`open_hit`]).
    pub return_to: View,
    /// Opened while the brief's index was still being built: `searcher` searches an empty
    /// brief, the query is kept, and [`poll`] swaps in the real index once it is there.
    pub pending: bool,
}

impl SearchState {
    fn new(index: Arc<SearchIndex>, return_to: View) -> SearchState {
        SearchState {
            query: String::new(),
            cursor: 0,
            selected: 0,
            scroll: 0,
            searcher: Searcher::new(index),
            return_to,
            pending: false,
        }
    }

    /// The current results, best first.
    pub fn hits(&self) -> &[Hit] {
        self.searcher.hits()
    }

    /// Applies an edit and searches again.
    pub fn edit(&mut self, e: Edit) {
        let q = &mut self.query;
        let prev = q[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i);
        let next = q[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len());
        match e {
            Edit::Char(c) => {
                q.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Edit::Backspace => {
                q.replace_range(prev..self.cursor, "");
                self.cursor = prev;
            }
            Edit::Delete => q.replace_range(self.cursor..next, ""),
            Edit::Clear => {
                q.clear();
                self.cursor = 0;
            }
            Edit::DeleteWord => {
                let before = &q[..self.cursor];
                let trimmed = before.trim_end_matches(' ');
                let start = trimmed.rfind(' ').map_or(0, |i| i + 1);
                q.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Edit::Left => self.cursor = prev,
            Edit::Right => self.cursor = next,
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = q.len(),
        }
        self.run();
    }

    /// Sets the whole query (as `render --query` does).
    pub fn set_query(&mut self, text: &str) {
        self.query = text.to_string();
        self.cursor = self.query.len();
        self.run();
    }

    fn run(&mut self) {
        let before = self.searcher.query().clone();
        self.searcher.set_query(&self.query);
        if *self.searcher.query() != before {
            self.selected = 0;
            self.scroll = 0;
        }
    }

    /// Moves the selection by `delta`, staying on the results.
    pub fn move_selection(&mut self, delta: isize) {
        let n = self.hits().len();
        if n > 0 {
            self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
        }
    }
}

/// The index: the one built in the background when the app started (waiting for it to
/// finish if need be), else built now, once.
fn index(app: &mut App) -> Arc<SearchIndex> {
    app.search_index
        .get_or_init(|| Arc::new(SearchIndex::new(app.brief.clone())))
        .clone()
}

/// Opens the popup, keeping the previous query and results when there were some.
pub fn open(app: &mut App) {
    let view = app.view;
    if app.search.is_none() {
        // A big brief's index takes seconds: the popup opens on an empty one at once, the
        // query can be typed, and the results come when the background build is done.
        let building = app.search_building && app.search_index.get().is_none();
        let st = if building {
            let empty = Brief {
                schema: app.brief.schema,
                title: String::new(),
                articles: Vec::new(),
                entities: Vec::new(),
            };
            let mut st = SearchState::new(Arc::new(SearchIndex::new(Arc::new(empty))), view);
            st.pending = true;
            st
        } else {
            SearchState::new(index(app), view)
        };
        app.search = Some(st);
    }
    poll(app);
    if let Some(st) = app.search.as_mut() {
        st.return_to = view;
    }
    app.overlay = Some(Overlay::Search);
}

/// Gives a search opened while the index was being built the finished index, and runs its
/// query there; true when it did (the popup is drawn again).
pub fn poll(app: &mut App) -> bool {
    let Some(st) = app.search.as_mut().filter(|st| st.pending) else {
        return false;
    };
    let Some(idx) = app.search_index.get() else {
        return false;
    };
    st.searcher = Searcher::new(Arc::clone(idx));
    st.pending = false;
    let query = st.query.clone();
    let cursor = st.cursor;
    st.set_query(&query);
    st.cursor = cursor;
    true
}

/// A printable key typed into the popup: every character without Ctrl or Alt is text, so `j`,
/// `k`, `q` and `?` type rather than act.
pub fn typed(app: &App, k: &KeyEvent) -> Option<Action> {
    if !matches!(
        app.overlay,
        Some(Overlay::Search | Overlay::Filter | Overlay::Open)
    ) || k
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    match k.code {
        KeyCode::Char(c) if !c.is_control() => Some(Action::Input(Edit::Char(c))),
        _ => None,
    }
}

/// Applies an action while the popup is open.
pub fn update(app: &mut App, action: Action) {
    let Some(st) = app.search.as_mut() else {
        app.overlay = None;
        return;
    };
    match action {
        Action::Input(e) => st.edit(e),
        Action::Down | Action::FocusNext | Action::Scroll(1..) => st.move_selection(1),
        Action::Up | Action::FocusPrev | Action::Scroll(..=-1) => st.move_selection(-1),
        Action::PageDown | Action::HalfPageDown => st.move_selection(10),
        Action::PageUp | Action::HalfPageUp => st.move_selection(-10),
        Action::Back => app.overlay = None,
        Action::Open => {
            if st.hits().is_empty() {
                app.message = Some("no result to open".into());
            } else {
                app.overlay = None;
                let i = st.selected;
                open_hit(app, i);
            }
        }
        _ => {}
    }
}

/// `n` / `N`: the next or previous result of the last search, opened like Enter opens it.
pub fn step(app: &mut App, forward: bool) {
    let Some(st) = app.search.as_mut() else {
        app.message = Some("no search yet: press / to search".into());
        return;
    };
    let n = st.hits().len();
    if n == 0 {
        app.message = Some("the last search found nothing".into());
        return;
    }
    // The result opens where the user is now, not where the search was typed.
    st.return_to = app.view;
    st.selected = if forward {
        (st.selected + 1) % n
    } else {
        (st.selected + n - 1) % n
    };
    let i = st.selected;
    open_hit(app, i);
}

/// Where a result leads: its article and the byte offset to put the cursor on. An entity
/// leads to its first mention in an article the query's `#outlet` filters keep (its first
/// mention anywhere when they keep none, or there are no filters).
fn target(
    brief: &Brief,
    index: &SearchIndex,
    hit: &Hit,
    outlets: &[String],
) -> Option<(usize, usize, Option<usize>)> {
    let item = index.items().get(hit.item)?;
    if item.kind == ItemKind::Entity
        && !outlets.is_empty()
        && let Some(found) = filtered_mention(brief, item.index, outlets)
    {
        return Some((found.0, found.1, None));
    }
    let ai = item.article?;
    let a = brief.articles.get(ai)?;
    let known = match item.kind {
        ItemKind::Quote => a.quotes.get(item.index).map(|q| q.sentence),
        ItemKind::Claim => a.claims.get(item.index).map(|c| c.sentence),
        ItemKind::Entity => None,
    };
    Some((ai, item.start, known))
}

/// The first mention of entity `e` (article, byte offset) in an article whose id or outlet
/// holds every `#outlet` filter, folded as the search folds them.
fn filtered_mention(brief: &Brief, e: usize, outlets: &[String]) -> Option<(usize, usize)> {
    let fold = |s: &str| -> String { s.chars().map(crate::search::fold_lower).collect() };
    let keep: Vec<bool> = brief
        .articles
        .iter()
        .map(|a| {
            let (id, outlet) = (fold(&a.id), fold(&a.outlet));
            outlets
                .iter()
                .all(|o| id.contains(o.as_str()) || outlet.contains(o.as_str()))
        })
        .collect();
    let ids = brief.article_positions();
    brief.entities.get(e)?.mentions.iter().find_map(|m| {
        let ai = *ids.get(m.article.as_str())?;
        keep[ai].then_some((ai, m.start))
    })
}

/// Opens result `i` of the last search: selects its article and puts the reader's cursor on
/// the sentence holding the start of the match, scrolled into view. The reader is full screen
/// when the search started there; a search started in the compare view opens the sentence in
/// one of its panes (see [`crate::tui::screens::compare::show_sentence`]); from anywhere else the list
/// view's reader pane takes the focus.
pub fn open_hit(app: &mut App, i: usize) {
    let Some(st) = app.search.as_ref() else {
        return;
    };
    let Some(hit) = st.hits().get(i).copied() else {
        return;
    };
    let total = st.hits().len();
    let return_to = st.return_to;
    let outlets = &st.searcher.query().outlets;
    let Some((ai, at, known)) = target(&app.brief, st.searcher.index(), &hit, outlets) else {
        app.message = Some("this result is not in any article".into());
        return;
    };
    let a = &app.brief.articles[ai];
    let sentence = a
        .sentences
        .iter()
        .position(|s| s.start <= at && at < s.end)
        .or(known.filter(|&k| k < a.sentences.len()))
        .or_else(|| a.sentences.iter().rposition(|s| s.start <= at));
    let kind = st.searcher.index().items()[hit.item].kind.name();
    let outlet = crate::text::sanitize_line(&a.outlet);
    let message = format!("result {}/{total}: {kind} · {outlet}", i + 1);
    app.selected = ai;
    if return_to == View::Compare && crate::tui::screens::compare::show_sentence(app, ai, sentence)
    {
        app.message = Some(message);
        return;
    }
    app.focus = Focus::Reader;
    match return_to {
        View::Reader => {}
        // Esc in the reader then goes back to the table the search started from.
        View::Entities | View::Quotes => app.navigate(Nav::Push(View::Reader)),
        _ => app.navigate(Nav::Reset(View::List)),
    }
    if let Some(rs) = app.readers.get_mut(ai) {
        rs.cursor = sentence;
        rs.pick = 0;
    }
    app.refresh();
    // The sentence goes a third of the way down, with the text before it for context.
    let (_, h) = app.reader_text_size();
    let first_line = app.layout.as_ref().and_then(|l| {
        let c = app.readers.get(ai)?.cursor?;
        l.sentence_lines.get(c).copied().flatten().map(|(a, _)| a)
    });
    if let (Some(line), Some(rs)) = (first_line, app.readers.get_mut(ai)) {
        rs.scroll = line.saturating_sub(h / 3);
    }
    app.keep_cursor_visible();
    app.message = Some(message);
}

/// Draws the list view with the popup open on `query`, as `render --view search` prints it.
/// Takes the brief by value, as [`crate::tui::render_view`] does.
pub fn render_popup(
    brief: Brief,
    width: u16,
    height: u16,
    query: &str,
    look: &Look,
) -> Result<String, String> {
    crate::tui::check_render_size(width, height)?;
    let theme = crate::tui::theme::select(look, crate::tui::theme::no_color_env())?;
    let mut app = crate::tui::app_for(brief, View::List, width, height, None, theme)?;
    open(&mut app);
    if let Some(st) = app.search.as_mut() {
        st.set_query(query);
    }
    Ok(crate::tui::buffer_text(&crate::tui::render_buffer(&app)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> SearchState {
        let b = crate::brief::default_brief();
        SearchState::new(Arc::new(SearchIndex::new(b.clone())), View::List)
    }

    #[test]
    fn edits_move_by_grapheme_and_word() {
        let mut s = state();
        for c in "red line".chars() {
            s.edit(Edit::Char(c));
        }
        assert_eq!((s.query.as_str(), s.cursor), ("red line", 8));
        s.edit(Edit::DeleteWord);
        assert_eq!((s.query.as_str(), s.cursor), ("red ", 4));
        s.edit(Edit::DeleteWord);
        assert_eq!(s.query, "");
        for c in ['e', '\u{301}', 'x'] {
            s.edit(Edit::Char(c));
        }
        s.edit(Edit::Left);
        s.edit(Edit::Left);
        assert_eq!(s.cursor, 0);
        s.edit(Edit::Right);
        s.edit(Edit::Backspace);
        assert_eq!(s.query, "x");
        s.edit(Edit::Home);
        s.edit(Edit::Delete);
        assert_eq!(s.query, "");
        s.edit(Edit::Backspace);
        s.edit(Edit::Delete);
        s.edit(Edit::Char('a'));
        s.edit(Edit::Clear);
        assert_eq!((s.query.as_str(), s.cursor), ("", 0));
    }

    #[test]
    fn selection_stays_on_the_results() {
        let mut s = state();
        s.set_query("red line");
        let n = s.hits().len();
        assert!(n > 1);
        s.move_selection(-3);
        assert_eq!(s.selected, 0);
        s.move_selection(n as isize + 5);
        assert_eq!(s.selected, n - 1);
        s.set_query("zzzzqqq");
        s.move_selection(1);
        assert_eq!(s.selected, 0);
    }
}
