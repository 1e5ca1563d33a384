//! The entity view: every entity counted per article, the mentions of the selected one, and
//! the keys that move through them. The table is counted the first time the view is shown (a
//! big brief's on a thread, the keys answering meanwhile), so drawing a frame only reads it.

mod keys;
pub mod view;

use std::sync::{Arc, OnceLock};

use crate::brief::{Brief, EntityKind};
use crate::tui::action::{Action, Focus, Highlight};
use crate::tui::app::App;
use crate::tui::keymap::{FOCUS, PAGE_ROWS};

use super::{Nav, Outcome, Screen, View, step, table_page};

pub const SCREEN: Screen = Screen {
    keys: &[PAGE_ROWS, FOCUS, keys::KEYS],
    docs: keys::DOCS,
    handle,
    draw: view::draw,
    refresh,
    status,
    reads: false,
};

pub type State = EntityView;

/// Counts the table the first time the view is shown: a big brief's on a thread, while the
/// view says so and the keys keep answering.
fn refresh(app: &mut App) {
    let v = &mut app.screens.entities;
    if !v.built && !v.counting.is_pending() {
        v.start(&app.brief);
    }
}

/// Briefs with fewer mentions than this have their table counted on the spot: about half a
/// microsecond a mention, so under 10 ms, where a waiting line would only flicker. Bigger briefs
/// are counted on a thread.
pub const INLINE_MENTIONS: usize = 20_000;

/// What the view shows while a big brief's entities are counted.
pub fn counting_line(articles: usize) -> String {
    format!("counting the entities of {articles} articles…")
}

/// Takes the table counted on a thread once it is there (called while the app is idle): true
/// when the screen should be drawn again.
pub fn poll(app: &mut App) -> bool {
    let v = &mut app.screens.entities;
    let Some(done) = v.counting.take() else {
        return false;
    };
    v.rows = done.rows;
    v.shown = done.shown;
    v.cursor = done.cursor;
    v.mention = 0;
    v.mentions_focused = false;
    v.built = true;
    true
}

/// Blocks until the table a thread counts is there (for `render` and tests).
pub fn prepare(app: &mut App) {
    app.refresh();
    if let Some(cell) = app.screens.entities.counting.0.as_ref() {
        cell.wait();
    }
    poll(app);
}

/// A table counted on a thread: the rows and the order of the view that started it.
#[derive(Debug)]
pub struct Counted {
    rows: Arc<Vec<EntityRow>>,
    shown: Vec<usize>,
    cursor: usize,
}

/// The count running on a thread, if one is: its result, set once by the thread.
#[derive(Debug, Clone, Default)]
pub struct Counting(Option<Arc<OnceLock<Counted>>>);

impl Counting {
    /// A thread is counting the table.
    pub fn is_pending(&self) -> bool {
        self.0.is_some()
    }

    /// The finished count, once; None while the thread runs or when none was started.
    fn take(&mut self) -> Option<Counted> {
        let done = self.0.as_ref()?.get()?;
        let out = Counted {
            rows: Arc::clone(&done.rows),
            shown: done.shown.clone(),
            cursor: done.cursor,
        };
        self.0 = None;
        Some(out)
    }
}

/// Two views are alike whatever their threads hold: only whether one is counting matters.
impl PartialEq for Counting {
    fn eq(&self, other: &Counting) -> bool {
        self.is_pending() == other.is_pending()
    }
}

impl Eq for Counting {}

fn status(app: &App) -> String {
    if app.screens.entities.counting.is_pending() {
        return counting_line(app.brief.articles.len());
    }
    let asides = if app.screens.entities.asides {
        " │ captions and bylines counted"
    } else {
        ""
    };
    format!("entities │ highlight {}{asides}", app.highlight.label())
}

/// Order of the entity table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Most mentioned first: the story's main actors on top.
    #[default]
    Total,
    Name,
    /// People, then organisations, places and others; most mentioned first within a kind.
    Kind,
}

impl SortBy {
    /// Name shown in the table's title.
    pub fn label(self) -> &'static str {
        match self {
            SortBy::Total => "total",
            SortBy::Name => "name",
            SortBy::Kind => "kind",
        }
    }
}

/// Short name of an entity kind for narrow columns and titles.
pub fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

/// One mention: article index and byte range in that article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MentionAt {
    pub article: usize,
    pub start: usize,
    pub end: usize,
}

/// One entity against the articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRow {
    /// Index into the brief's entities.
    pub entity: usize,
    pub total: usize,
    /// Mentions in article then text order.
    pub mentions: Vec<MentionAt>,
}

impl EntityRow {
    /// Mentions in one article, found in the sorted mentions: a dense count per article and
    /// entity would cost entities × articles, which on a brief of 10,000 articles is most of
    /// the memory and the time of opening the view.
    pub fn count_in(&self, article: usize) -> usize {
        let from = self.mentions.partition_point(|m| m.article < article);
        let to = self.mentions.partition_point(|m| m.article <= article);
        to - from
    }
}

/// The entity view: every entity counted per article, and where the cursor is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntityView {
    /// The rows are counted (the default view is empty until the screen is first shown).
    pub built: bool,
    /// One row per entity of the brief, same order (shared with the thread that counted them).
    pub rows: Arc<Vec<EntityRow>>,
    /// Rows shown (indices into `rows`) after the kind filter, in the sort order.
    pub shown: Vec<usize>,
    pub sort: SortBy,
    /// Only this kind is shown; None shows all.
    pub kind: Option<EntityKind>,
    /// Position in `shown`.
    pub cursor: usize,
    /// The keys move through the mentions rather than the table.
    pub mentions_focused: bool,
    /// Position in the selected row's mentions.
    pub mention: usize,
    /// First article column shown: with many articles the columns scroll sideways while the
    /// names keep their width.
    pub column: usize,
    /// Names in captions, photo credits and bylines are counted and listed too: off, a name
    /// only a caption gives is not one the outlet's story tells.
    pub asides: bool,
    /// A big brief's table being counted on a thread.
    pub counting: Counting,
}

impl EntityView {
    /// Counts every entity's mentions per article (on the spot, whatever the brief's size).
    pub fn new(brief: &Brief) -> EntityView {
        let mut v = EntityView {
            built: true,
            ..EntityView::default()
        };
        v.count(brief);
        v
    }

    /// Counts the rows again, with or without the asides, keeping the sort, the filter and the
    /// selected entity: on the spot for a small brief, else on a thread ([`poll`] takes the
    /// result), the view showing [`counting_line`] meanwhile.
    fn start(&mut self, brief: &Arc<Brief>) {
        let mentions: usize = brief.entities.iter().map(|e| e.mentions.len()).sum();
        if mentions < INLINE_MENTIONS {
            self.count(brief);
            self.built = true;
            return;
        }
        let cell = Arc::new(OnceLock::new());
        self.counting = Counting(Some(Arc::clone(&cell)));
        let keep = self.selected_row().map(|r| r.entity);
        let (asides, sort, kind) = (self.asides, self.sort, self.kind);
        let brief = Arc::clone(brief);
        std::thread::spawn(move || {
            let rows = Arc::new(count_rows(&brief, asides));
            let (shown, cursor) = order(&brief, &rows, sort, kind, keep);
            let _ = cell.set(Counted {
                rows,
                shown,
                cursor,
            });
        });
    }

    /// Counts the rows again on the spot, keeping the sort, the filter and the selected
    /// entity.
    fn count(&mut self, brief: &Brief) {
        self.rows = Arc::new(count_rows(brief, self.asides));
        self.reorder(brief);
    }

    /// The row under the cursor.
    pub fn selected_row(&self) -> Option<&EntityRow> {
        self.shown.get(self.cursor).and_then(|&i| self.rows.get(i))
    }

    /// Applies the filter and sort, keeping the selected entity under the cursor when it is
    /// still shown.
    pub fn reorder(&mut self, brief: &Brief) {
        let keep = self.selected_row().map(|r| r.entity);
        (self.shown, self.cursor) = order(brief, &self.rows, self.sort, self.kind, keep);
        self.mention = 0;
        self.mentions_focused = false;
    }

    fn move_by(&mut self, delta: isize) {
        if self.mentions_focused {
            let n = self.selected_row().map_or(0, |r| r.mentions.len());
            self.mention = step(self.mention, delta, n);
        } else {
            let old = self.cursor;
            self.cursor = step(self.cursor, delta, self.shown.len());
            if old != self.cursor {
                self.mention = 0;
            }
        }
    }
}

/// Every entity's mentions outside the asides (all of them with `asides`), in article then
/// text order: one row per entity of the brief, same order.
fn count_rows(brief: &Brief, asides: bool) -> Vec<EntityRow> {
    let ids = brief.article_positions();
    brief
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            // An entity's mentions come article by article: one lookup per run of them.
            let mut last: Option<(&str, usize)> = None;
            let mut mentions: Vec<MentionAt> = e
                .mentions
                .iter()
                .filter_map(|m| {
                    let a = match last {
                        Some((id, a)) if id == m.article => a,
                        _ => {
                            let a = *ids.get(m.article.as_str())?;
                            last = Some((m.article.as_str(), a));
                            a
                        }
                    };
                    if !asides && brief.articles[a].is_aside(m.start) {
                        return None;
                    }
                    Some(MentionAt {
                        article: a,
                        start: m.start,
                        end: m.end,
                    })
                })
                .collect();
            mentions.sort_unstable();
            EntityRow {
                entity: i,
                total: mentions.len(),
                mentions,
            }
        })
        .collect()
}

/// The rows shown (indices into `rows`) after the kind filter, in the sort order, and the
/// position of entity `keep` among them (0 when it is not shown).
fn order(
    brief: &Brief,
    rows: &[EntityRow],
    sort: SortBy,
    kind: Option<EntityKind>,
    keep: Option<usize>,
) -> (Vec<usize>, usize) {
    let ent = |i: usize| &brief.entities[rows[i].entity];
    let shown: Vec<usize> = (0..rows.len())
        .filter(|&i| kind.is_none_or(|k| ent(i).kind == k))
        .filter(|&i| rows[i].total > 0)
        .collect();
    // Each name lowercased once, not once per comparison: a big brief names tens of
    // thousands of entities.
    let mut keyed: Vec<(String, usize)> = shown
        .into_iter()
        .map(|i| (ent(i).name.to_lowercase(), i))
        .collect();
    match sort {
        SortBy::Total => keyed.sort_by(|(na, a), (nb, b)| {
            rows[*b].total.cmp(&rows[*a].total).then_with(|| na.cmp(nb))
        }),
        SortBy::Name => keyed.sort_by(|(na, _), (nb, _)| na.cmp(nb)),
        SortBy::Kind => keyed.sort_by(|(na, a), (nb, b)| {
            ent(*a)
                .kind
                .cmp(&ent(*b).kind)
                .then(rows[*b].total.cmp(&rows[*a].total))
                .then_with(|| na.cmp(nb))
        }),
    }
    let shown: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
    let cursor = keep
        .and_then(|e| shown.iter().position(|&i| rows[i].entity == e))
        .unwrap_or(0);
    (shown, cursor)
}

fn handle(app: &mut App, action: Action) -> Outcome {
    let pg = table_page(app);
    let v = &mut app.screens.entities;
    if v.counting.is_pending() {
        // Until the table is counted only going back means anything here; the app's own keys
        // (help, search, quit) are answered before this.
        if action == Action::Back {
            app.focus = Focus::List;
            return Outcome::Nav(Nav::Reset(View::List));
        }
        return Outcome::Consumed;
    }
    match action {
        Action::Down | Action::Scroll(1..) => v.move_by(1),
        Action::Up | Action::Scroll(..=-1) => v.move_by(-1),
        Action::Top => v.move_by(isize::MIN / 2),
        Action::Bottom => v.move_by(isize::MAX / 2),
        Action::PageDown | Action::HalfPageDown => v.move_by(pg),
        Action::PageUp | Action::HalfPageUp => v.move_by(-pg),
        Action::FocusNext | Action::FocusPrev => {
            let has = v.selected_row().is_some_and(|r| !r.mentions.is_empty());
            v.mentions_focused = !v.mentions_focused && has;
        }
        Action::Open if !v.mentions_focused => {
            v.mentions_focused = v.selected_row().is_some_and(|r| !r.mentions.is_empty());
        }
        Action::Open => {
            let at = v
                .selected_row()
                .and_then(|r| r.mentions.get(v.mention).map(|m| (r.entity, *m)));
            if let Some((e, m)) = at {
                crate::tui::screens::reader::open_at(app, m.article, m.start, Some(e));
            }
        }
        Action::PaneLeft => v.column = v.column.saturating_sub(1),
        Action::PaneRight => {
            v.column = (v.column + 1).min(app.brief.articles.len().saturating_sub(1));
        }
        Action::Back if v.mentions_focused => v.mentions_focused = false,
        Action::Back => {
            app.focus = Focus::List;
            return Outcome::Nav(Nav::Reset(View::List));
        }
        Action::CycleSort => {
            v.sort = match v.sort {
                SortBy::Total => SortBy::Name,
                SortBy::Name => SortBy::Kind,
                SortBy::Kind => SortBy::Total,
            };
            v.reorder(&app.brief);
        }
        Action::ToggleBoilerplate => {
            v.asides = !v.asides;
            v.start(&app.brief);
        }
        Action::CycleKind => {
            v.kind = match v.kind {
                None => Some(EntityKind::Person),
                Some(EntityKind::Person) => Some(EntityKind::Organization),
                Some(EntityKind::Organization) => Some(EntityKind::Place),
                Some(EntityKind::Place) => Some(EntityKind::Other),
                Some(EntityKind::Other) => None,
            };
            v.reorder(&app.brief);
        }
        Action::HighlightEntity => {
            // The reader opens on a mention of the entity (the one under the cursor, else its
            // first in the article being read), so the entity is also the one the reader's
            // cursor is on and stays lit until the cursor picks another.
            let Some(row) = v.selected_row() else {
                return Outcome::Consumed;
            };
            let at = if v.mentions_focused {
                row.mentions.get(v.mention)
            } else {
                row.mentions
                    .iter()
                    .find(|m| m.article == app.selected)
                    .or(row.mentions.first())
            };
            let (e, at) = (row.entity, at.copied());
            let Some(m) = at else {
                return Outcome::Consumed;
            };
            let before = app.scoped_highlight.map_or(app.highlight, |(_, h)| h);
            app.last_entity = Some(e);
            crate::tui::screens::reader::open_at(app, m.article, m.start, Some(e));
            app.highlight = Highlight::Entity;
            app.scoped_highlight = Some((m.article, before));
            let name = app
                .brief
                .entities
                .get(e)
                .map_or(String::new(), |x| crate::text::sanitize_line(&x.name));
            app.message = Some(format!("highlighting only {name}"));
        }
        _ => {}
    }
    Outcome::Consumed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_article_match_the_mentions_and_the_filter_keeps_the_cursor() {
        let b = crate::brief::default_brief();
        let mut v = EntityView::new(&b);
        for row in v.rows.iter() {
            let per_article: usize = (0..b.articles.len()).map(|a| row.count_in(a)).sum();
            assert_eq!(per_article, row.total);
            let pos = b.article_positions();
            let story = b.entities[row.entity]
                .mentions
                .iter()
                .filter(|m| !b.articles[pos[m.article.as_str()]].is_aside(m.start))
                .count();
            assert_eq!(row.total, story);
        }
        let soleimani = b.entities.iter().position(|e| e.name == "Qasem Soleimani");
        v.cursor = v
            .shown
            .iter()
            .position(|&i| Some(v.rows[i].entity) == soleimani)
            .unwrap();
        v.kind = Some(EntityKind::Person);
        v.reorder(&b);
        assert_eq!(v.selected_row().map(|r| r.entity), soleimani);
        v.kind = Some(EntityKind::Place);
        v.reorder(&b);
        assert_eq!(v.cursor, 0);
    }

    #[test]
    fn names_in_captions_count_only_when_shown() {
        let text = "Harbour strike ends\n\nDock workers in Rotterdam went back to work, Ann Visser said.\n\nPhoto: Pieter Bakker/Reuters. Ann Visser at the gate.\n";
        let b = crate::analyze::pipeline::brief_from_texts("t", &[("Outlet", text)]);
        let at = |name: &str| b.entities.iter().position(|e| e.name == name).unwrap();
        let (visser, bakker) = (at("Ann Visser"), at("Pieter Bakker"));
        let mut v = EntityView::new(&b);
        let shown = |v: &EntityView, e: usize| {
            v.shown
                .iter()
                .map(|&i| &v.rows[i])
                .find(|r| r.entity == e)
                .map(|r| r.total)
        };
        assert_eq!(shown(&v, visser), Some(1));
        assert_eq!(shown(&v, bakker), None);
        v.asides = true;
        v.count(&b);
        assert_eq!(shown(&v, visser), Some(2));
        assert_eq!(shown(&v, bakker), Some(1));
    }
}
