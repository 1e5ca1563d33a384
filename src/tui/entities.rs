//! State and keys of the entity and quote views. The tables are counted once when the app
//! starts, so drawing a frame only reads them.

use crate::analyze::quote_groups::{self, QuoteGroup, QuoteRef};
use crate::brief::{Brief, EntityKind};

use super::app::{Action, App, Focus, Highlight, View};

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
    /// Mentions per article, in article order.
    pub counts: Vec<usize>,
    pub total: usize,
    /// Mentions in article then text order.
    pub mentions: Vec<MentionAt>,
}

/// The entity view: every entity counted per article, and where the cursor is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntityView {
    /// The rows are counted (the default view is empty until [`prepare`] runs).
    pub built: bool,
    /// One row per entity of the brief, same order.
    pub rows: Vec<EntityRow>,
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
    /// The view Esc in the reader returns to after Enter opened a mention or a quote there.
    pub back_to: Option<View>,
}

impl EntityView {
    /// Counts every entity's mentions per article.
    pub fn new(brief: &Brief) -> EntityView {
        let ids: std::collections::HashMap<&str, usize> = brief
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let rows = brief
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut counts = vec![0; brief.articles.len()];
                let mut mentions: Vec<MentionAt> = e
                    .mentions
                    .iter()
                    .filter_map(|m| {
                        let a = *ids.get(m.article.as_str())?;
                        counts[a] += 1;
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
                    counts,
                    mentions,
                }
            })
            .collect();
        let mut v = EntityView {
            built: true,
            rows,
            shown: Vec::new(),
            sort: SortBy::Total,
            kind: None,
            cursor: 0,
            mentions_focused: false,
            mention: 0,
            back_to: None,
        };
        v.reorder(brief);
        v
    }

    /// The row under the cursor.
    pub fn selected_row(&self) -> Option<&EntityRow> {
        self.shown.get(self.cursor).and_then(|&i| self.rows.get(i))
    }

    /// Applies the filter and sort, keeping the selected entity under the cursor when it is
    /// still shown.
    pub fn reorder(&mut self, brief: &Brief) {
        let keep = self.selected_row().map(|r| r.entity);
        let ent = |i: usize| &brief.entities[self.rows[i].entity];
        let mut shown: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.kind.is_none_or(|k| ent(i).kind == k))
            .collect();
        let name = |i: usize| ent(i).name.to_lowercase();
        match self.sort {
            SortBy::Total => shown.sort_by(|&a, &b| {
                self.rows[b]
                    .total
                    .cmp(&self.rows[a].total)
                    .then_with(|| name(a).cmp(&name(b)))
            }),
            SortBy::Name => shown.sort_by_key(|&i| name(i)),
            SortBy::Kind => shown.sort_by(|&a, &b| {
                ent(a)
                    .kind
                    .cmp(&ent(b).kind)
                    .then(self.rows[b].total.cmp(&self.rows[a].total))
                    .then_with(|| name(a).cmp(&name(b)))
            }),
        }
        self.shown = shown;
        self.cursor = keep
            .and_then(|e| self.shown.iter().position(|&i| self.rows[i].entity == e))
            .unwrap_or(0);
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

/// `i` moved by `delta`, kept in `0..n`.
fn step(i: usize, delta: isize, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    (i as isize).saturating_add(delta).clamp(0, n as isize - 1) as usize
}

/// One entry of the quote view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteEntry {
    /// A quote carried by several outlets (index into `groups`).
    Group(usize),
    /// A quote only one article carries.
    Single(QuoteRef),
}

/// Most quotes grouped when the app starts: beyond this the view lists them ungrouped, since
/// start-up would wait on a pairwise comparison.
pub const GROUP_LIMIT: usize = 5000;

/// The quote view: shared quotes first, then every other quote in article order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuoteView {
    /// The groups are found (the default view is empty until [`prepare`] runs).
    pub built: bool,
    pub groups: Vec<QuoteGroup>,
    pub entries: Vec<QuoteEntry>,
    /// Position in `entries`.
    pub cursor: usize,
}

impl QuoteView {
    /// Finds the same quotes across articles.
    pub fn new(brief: &Brief) -> QuoteView {
        // Grouping reads the quoted words, so a brief with a quote off its text (never in a
        // checked brief) is shown without groups rather than risk the analysis; so is a brief
        // too big to group at start-up.
        let quotes: usize = brief.articles.iter().map(|a| a.quotes.len()).sum();
        let sound = quotes <= GROUP_LIMIT
            && brief.articles.iter().all(|a| {
                a.quotes
                    .iter()
                    .all(|q| q.start <= q.end && a.text.get(q.start..q.end).is_some())
            });
        let groups = if sound {
            let pairs = quote_groups::same_quote_pairs(brief);
            quote_groups::group_quotes(brief, &pairs)
        } else {
            Vec::new()
        };
        let grouped: std::collections::BTreeSet<QuoteRef> = groups
            .iter()
            .flat_map(|g| g.quotes.iter().copied())
            .collect();
        let mut entries: Vec<QuoteEntry> = (0..groups.len()).map(QuoteEntry::Group).collect();
        for (a, art) in brief.articles.iter().enumerate() {
            for q in 0..art.quotes.len() {
                if !grouped.contains(&(a, q)) {
                    entries.push(QuoteEntry::Single((a, q)));
                }
            }
        }
        QuoteView {
            built: true,
            groups,
            entries,
            cursor: 0,
        }
    }

    /// The quote Enter opens: the entry's first quote.
    pub fn selected_quote(&self) -> Option<QuoteRef> {
        match self.entries.get(self.cursor)? {
            QuoteEntry::Group(g) => self.groups.get(*g)?.quotes.first().copied(),
            QuoteEntry::Single(q) => Some(*q),
        }
    }
}

/// Counts the entities and groups the quotes the first time one of these views is shown, so
/// opening a brief waits only for what the list needs.
pub fn prepare(app: &mut App) {
    match app.view {
        View::Entities if !app.entity_view.built => {
            app.entity_view = EntityView::new(&app.brief);
        }
        View::Quotes if !app.quote_view.built => {
            app.quote_view = QuoteView::new(&app.brief);
        }
        _ => {}
    }
}

/// Rows a page key moves in these views.
fn page(app: &App) -> isize {
    (app.height as isize / 3).max(1)
}

/// Handles `action` when it concerns the entity or quote view; false leaves it to the rest of
/// `update`.
pub fn update(app: &mut App, action: Action) -> bool {
    match action {
        Action::ShowEntities => {
            app.entity_view.back_to = None;
            app.view = View::Entities;
            prepare(app);
            return true;
        }
        Action::ShowQuotes => {
            app.entity_view.back_to = None;
            app.view = View::Quotes;
            prepare(app);
            return true;
        }
        Action::Back if app.view == View::Reader => {
            let Some(v) = app.entity_view.back_to.take() else {
                return false;
            };
            app.view = v;
            return true;
        }
        Action::Help | Action::Quit | Action::Resize(..) => return false,
        _ => {}
    }
    match app.view {
        View::Entities => entity_key(app, action),
        View::Quotes => quote_key(app, action),
        _ => return false,
    }
    true
}

fn entity_key(app: &mut App, action: Action) {
    let pg = page(app);
    let v = &mut app.entity_view;
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
                jump_to(app, m.article, m.start, Some(e));
            }
        }
        Action::Back if v.mentions_focused => v.mentions_focused = false,
        Action::Back => {
            app.view = View::List;
            app.focus = Focus::List;
        }
        Action::CycleSort => {
            v.sort = match v.sort {
                SortBy::Total => SortBy::Name,
                SortBy::Name => SortBy::Kind,
                SortBy::Kind => SortBy::Total,
            };
            v.reorder(&app.brief);
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
            let Some(row) = v.selected_row() else { return };
            let at = if v.mentions_focused {
                row.mentions.get(v.mention)
            } else {
                row.mentions
                    .iter()
                    .find(|m| m.article == app.selected)
                    .or(row.mentions.first())
            };
            let (e, at) = (row.entity, at.copied());
            app.highlight = Highlight::Entity;
            app.last_entity = Some(e);
            if let Some(m) = at {
                jump_to(app, m.article, m.start, Some(e));
            }
            let name = app
                .brief
                .entities
                .get(e)
                .map_or(String::new(), |x| crate::text::sanitize_line(&x.name));
            app.message = Some(format!("highlighting only {name}"));
        }
        _ => {}
    }
}

fn quote_key(app: &mut App, action: Action) {
    let pg = page(app);
    let v = &mut app.quote_view;
    let n = v.entries.len();
    match action {
        Action::Down | Action::Scroll(1..) => v.cursor = step(v.cursor, 1, n),
        Action::Up | Action::Scroll(..=-1) => v.cursor = step(v.cursor, -1, n),
        Action::Top => v.cursor = 0,
        Action::Bottom => v.cursor = n.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => v.cursor = step(v.cursor, pg, n),
        Action::PageUp | Action::HalfPageUp => v.cursor = step(v.cursor, -pg, n),
        Action::Open => {
            if let Some((a, q)) = v.selected_quote()
                && let Some(start) = app
                    .brief
                    .articles
                    .get(a)
                    .and_then(|x| x.quotes.get(q))
                    .map(|q| q.start)
            {
                jump_to(app, a, start, None);
            }
        }
        Action::Back => {
            app.view = View::List;
            app.focus = Focus::List;
        }
        _ => {}
    }
}

/// Opens article `article` in the reader with the cursor on the sentence holding byte `at`,
/// scrolled into view; with `entity`, that entity's mention there is the one picked.
pub fn jump_to(app: &mut App, article: usize, at: usize, entity: Option<usize>) {
    let Some(art) = app.brief.articles.get(article) else {
        return;
    };
    let sentence = art
        .sentences
        .iter()
        .position(|s| s.start <= at && at < s.end)
        .or_else(|| art.sentences.iter().rposition(|s| s.start <= at))
        .or_else(|| (!art.sentences.is_empty()).then_some(0));
    // Which mention of the entity inside that sentence this is (a name may occur twice).
    let nth = match (entity, sentence) {
        (Some(e), Some(s)) => {
            let from = art.sentences[s].start;
            app.brief.entities.get(e).map_or(0, |x| {
                x.mentions
                    .iter()
                    .filter(|m| m.article == art.id && m.start >= from && m.start < at)
                    .count()
            })
        }
        _ => 0,
    };
    app.selected = article;
    app.entity_view.back_to = Some(app.view).filter(|v| *v != View::Reader);
    app.view = View::Reader;
    app.focus = Focus::Reader;
    if let Some(rs) = app.readers.get_mut(article) {
        rs.cursor = sentence;
        rs.pick = 0;
    }
    app.refresh();
    if let Some(e) = entity {
        let pick = app
            .cursor_mentions()
            .iter()
            .enumerate()
            .filter(|(_, (_, m))| m.entity == e)
            .map(|(i, _)| i)
            .nth(nth)
            .or_else(|| {
                app.cursor_mentions()
                    .iter()
                    .position(|(_, m)| m.entity == e)
            });
        if let (Some(p), Some(rs)) = (pick, app.readers.get_mut(article)) {
            rs.pick = p;
        }
        app.last_entity = Some(e);
    }
    app.keep_cursor_visible();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_stays_in_range() {
        assert_eq!(step(0, -1, 5), 0);
        assert_eq!(step(3, 10, 5), 4);
        assert_eq!(step(2, isize::MIN / 2, 5), 0);
        assert_eq!(step(2, 1, 0), 0);
    }

    #[test]
    fn counts_per_article_match_the_mentions_and_the_filter_keeps_the_cursor() {
        let b = crate::brief::default_brief();
        let mut v = EntityView::new(&b);
        for row in &v.rows {
            assert_eq!(row.counts.iter().sum::<usize>(), row.total);
            assert_eq!(row.total, b.entities[row.entity].mentions.len());
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
}
