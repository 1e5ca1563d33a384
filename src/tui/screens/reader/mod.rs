//! The reader: one article full screen, the cursor on a sentence. Its reading keys (moving the
//! cursor, picking entities, pins) also drive the list view's reader pane; where the reader is
//! in each article is kept in the app, since the list, the search and the state file share it.

mod keys;
pub mod view;

use crate::tui::action::{Action, Focus, Highlight};
use crate::tui::app::App;
use crate::tui::ui::areas;

use super::{Nav, Outcome, Screen, View, no_refresh};

pub use keys::READING;

pub const SCREEN: Screen = Screen {
    keys: &[keys::READING, keys::KEYS],
    docs: keys::DOCS,
    handle,
    draw,
    refresh: no_refresh,
    status,
    reads: true,
};

/// Where the reader is lives in [`App::readers`], shared with the list view.
pub type State = ();

fn draw(f: &mut ratatui::Frame, app: &App, _main: ratatui::layout::Rect) {
    let a = areas(app.view, app.width, app.height, app.brief.articles.len());
    if let Some(r) = a.reader {
        view::draw(f, app, r, a.reader_text);
    }
}

/// The status line's name for the reader, and the highlight setting it reads with.
pub(crate) fn status(app: &App) -> String {
    format!("reader │ highlight {}", app.highlight.label())
}

fn handle(app: &mut App, action: Action) -> Outcome {
    if action == Action::Back {
        app.focus = Focus::List;
        return Outcome::Nav(Nav::Pop);
    }
    reading(app, action);
    Outcome::Consumed
}

/// A reading key, in the reader or the list view's reader pane.
pub(crate) fn reading(app: &mut App, action: Action) {
    let (_, h) = app.reader_text_size();
    let half = (h / 2).max(1) as isize;
    let page = h.saturating_sub(1).max(1) as isize;
    match action {
        Action::Open => {
            app.focus = Focus::Reader;
            app.read.insert(app.selected);
            app.navigate(Nav::Push(View::Reader));
        }
        Action::TogglePin => toggle_pin(app),
        Action::MarkUnread => {
            app.read.remove(&app.selected);
            app.message = Some("marked unread".into());
        }
        Action::Jump(n) => {
            let i = (n as usize).saturating_sub(1);
            if i < app.brief.articles.len() {
                app.select(i);
            } else {
                app.message = Some(format!("no article {n}"));
            }
        }
        Action::Down => app.move_cursor(1),
        Action::Up => app.move_cursor(-1),
        Action::Top => app.cursor_to_end(false),
        Action::Bottom => app.cursor_to_end(true),
        Action::HalfPageDown => app.scroll_by(half),
        Action::HalfPageUp => app.scroll_by(-half),
        Action::PageDown => app.scroll_by(page),
        Action::PageUp => app.scroll_by(-page),
        Action::ToggleBoilerplate => {
            app.show_boilerplate = !app.show_boilerplate;
        }
        Action::CycleHighlight => {
            // A mode the user picks is theirs, in every reader.
            app.scoped_highlight = None;
            app.highlight = match app.highlight {
                Highlight::All => Highlight::Entity,
                Highlight::Entity => Highlight::Off,
                Highlight::Off => Highlight::All,
            };
        }
        Action::NextEntity | Action::PrevEntity => {
            let n = app.cursor_mentions().len();
            if n == 0 {
                app.message = Some("no entity in this sentence".into());
            } else if let Some(rs) = app.readers.get_mut(app.selected) {
                rs.pick = if action == Action::NextEntity {
                    (rs.pick + 1) % n
                } else {
                    (rs.pick + n - 1) % n
                };
            }
        }
        Action::Scroll(d) => app.scroll_by(d as isize),
        Action::Click(x, y) => click(app, x, y),
        Action::Compare => super::compare::open(app),
        Action::Discrepancies => app.navigate(Nav::Push(View::Discrepancies)),
        _ => {}
    }
    finish(app, action);
}

/// What follows every reading key: the article counts as read once its last sentence is
/// reached, the layout follows, and the entity under the cursor is remembered.
pub(crate) fn finish(app: &mut App, action: Action) {
    if let Some(layout) = &app.layout
        && action != Action::MarkUnread
        && app.reader_focused()
        && app.readers[app.selected].cursor.is_some()
        && app.readers[app.selected].cursor == layout.order.last().copied()
    {
        app.read.insert(app.selected);
    }
    app.refresh();
    if matches!(action, Action::Jump(_) | Action::ToggleBoilerplate) {
        app.keep_cursor_visible();
    }
    if let Some((_, m)) = app.picked_mention() {
        app.last_entity = Some(m.entity);
    }
}

/// A click in the reader's text puts the cursor on the sentence under it.
pub(crate) fn click(app: &mut App, x: u16, y: u16) {
    let a = areas(app.view, app.width, app.height, app.brief.articles.len());
    let Some(r) = a
        .reader_text
        .filter(|r| x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height)
    else {
        return;
    };
    app.focus = Focus::Reader;
    app.refresh();
    let line = app.reader().scroll + (y - r.y) as usize;
    if let Some(layout) = &app.layout
        && let Some(c) = layout
            .order
            .iter()
            .copied()
            .find(|&c| layout.sentence_lines[c].is_some_and(|(s, e)| s <= line && line <= e))
    {
        let rs = &mut app.readers[app.selected];
        rs.cursor = Some(c);
        rs.pick = 0;
    }
}

/// Pins the quote of the current sentence (else its claim), or unpins it if pinned.
fn toggle_pin(app: &mut App) {
    use crate::state::{Pin, PinKind};
    let Some(cur) = app.reader().cursor else {
        app.message = Some("no sentence under the cursor".into());
        return;
    };
    let Some(a) = app.brief.articles.get(app.selected) else {
        return;
    };
    let pin = a
        .quotes
        .iter()
        .find(|q| q.sentence == cur)
        .map(|q| Pin {
            article: a.id.clone(),
            kind: PinKind::Quote,
            start: q.start,
            end: q.end,
        })
        .or_else(|| {
            a.claims.iter().find(|c| c.sentence == cur).map(|c| Pin {
                article: a.id.clone(),
                kind: PinKind::Claim,
                start: c.start,
                end: c.end,
            })
        });
    let Some(pin) = pin else {
        app.message = Some("no quote or claim in this sentence to pin".into());
        return;
    };
    let what = match pin.kind {
        PinKind::Quote => "quote",
        PinKind::Claim => "claim",
    };
    if let Some(i) = app.pins.iter().position(|p| *p == pin) {
        app.pins.remove(i);
        app.message = Some(format!("unpinned the {what}"));
    } else {
        app.pins.push(pin);
        app.message = Some(format!("pinned the {what}"));
    }
}

/// Opens article `article` in the reader with the cursor on the sentence holding byte `at`,
/// scrolled into view; with `entity`, that entity's mention there is the one picked.
pub fn open_at(app: &mut App, article: usize, at: usize, entity: Option<usize>) {
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
    app.focus = Focus::Reader;
    if let Some(rs) = app.readers.get_mut(article) {
        rs.cursor = sentence;
        rs.pick = 0;
    }
    // Esc in the reader then goes back to the table the jump was made from.
    app.navigate(Nav::Push(View::Reader));
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

