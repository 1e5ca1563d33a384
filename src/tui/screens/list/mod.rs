//! The list view: the article list beside (or above) a reader pane. Movement keys go to the
//! pane with the focus; the reader pane takes the reader's reading keys.

mod keys;
pub mod order;
pub mod view;

use crate::tui::action::{Action, Focus};
use crate::tui::app::App;
use crate::tui::keymap::FOCUS;
use crate::tui::ui::areas;

use super::{Outcome, Screen, reader};

pub const SCREEN: Screen = Screen {
    keys: &[FOCUS, keys::KEYS, reader::READING],
    docs: keys::DOCS,
    handle,
    draw,
    refresh: order::refresh,
    status,
    reads: true,
};

/// The list's sort and filter; the selected article and the focus are the app's, shared with
/// the reader and the search.
pub type State = order::State;

fn draw(f: &mut ratatui::Frame, app: &App, _main: ratatui::layout::Rect) {
    let a = areas(app.view, app.width, app.height, app.brief.articles.len());
    if let (Some(r), Some(inner)) = (a.list, a.list_inner) {
        view::draw(f, app, r, inner, a.list_side);
    } else if let Some(r) = a.list {
        f.render_widget(ratatui::widgets::Block::bordered(), r);
    }
    if let Some(r) = a.reader {
        reader::view::draw(f, app, r, a.reader_text);
    }
}

fn status(app: &App) -> String {
    match app.focus {
        Focus::List => format!("list │ highlight {}", app.highlight.label()),
        Focus::Reader => reader::status(app),
    }
}

fn handle(app: &mut App, action: Action) -> Outcome {
    let list = !app.reader_focused();
    match action {
        Action::FocusNext | Action::FocusPrev => {
            app.focus = match app.focus {
                Focus::List => Focus::Reader,
                Focus::Reader => Focus::List,
            };
        }
        // Esc has nothing to go back to here.
        Action::Back => return Outcome::Ignored,
        Action::Click(x, y) => click(app, x, y),
        Action::Down if list => order::move_by(app, 1),
        Action::Up if list => order::move_by(app, -1),
        Action::Top if list => order::move_by(app, isize::MIN / 2),
        Action::Bottom if list => order::move_by(app, isize::MAX / 2),
        Action::HalfPageDown | Action::PageDown if list => order::move_by(app, 5),
        Action::HalfPageUp | Action::PageUp if list => order::move_by(app, -5),
        Action::CycleSort => order::cycle_sort(app),
        Action::Filter => {
            order::open_filter(app);
            return Outcome::Consumed;
        }
        _ => {
            reader::reading(app, action);
            return Outcome::Consumed;
        }
    }
    reader::finish(app, action);
    Outcome::Consumed
}

/// A click on an article selects it; a click in the reader pane goes to the reader.
fn click(app: &mut App, x: u16, y: u16) {
    let a = areas(app.view, app.width, app.height, app.brief.articles.len());
    let Some(r) = a
        .list_inner
        .filter(|r| x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height)
    else {
        reader::click(app, x, y);
        return;
    };
    app.focus = Focus::List;
    let per = view::rows_per_item(a.list_side);
    let header = view::header_rows(a.list_side);
    let first = view::first_shown(order::position(app), r, a.list_side);
    if let Some(row) = (y - r.y).checked_sub(header)
        && let Some(&i) = app.screens.list.order.get(first + row as usize / per)
    {
        app.select(i);
    }
}
