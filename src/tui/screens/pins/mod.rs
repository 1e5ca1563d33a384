//! The pins list (`P`): every pinned quote and claim with its outlet, speaker and text; Enter
//! opens the pin in the reader on its sentence, `d` unpins it.

mod keys;
pub mod view;

use crate::state::PinKind;
use crate::text::sanitize_line;
use crate::tui::action::{Action, Focus};
use crate::tui::app::App;
use crate::tui::keymap::PAGE_ROWS;

use super::{Nav, Outcome, Screen, View, no_refresh, step, table_page};

pub const SCREEN: Screen = Screen {
    keys: &[PAGE_ROWS, keys::KEYS],
    docs: keys::DOCS,
    handle,
    draw: view::draw,
    refresh: no_refresh,
    status,
    reads: false,
};

/// The pin under the cursor (an index into the app's pins).
#[derive(Debug, Clone, Copy, Default)]
pub struct State {
    pub cursor: usize,
}

fn status(app: &App) -> String {
    format!("pins │ {}", app.pins.len())
}

/// One pin as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinRow {
    /// Index into `brief.articles`, when the pin's article is in the brief.
    pub article: Option<usize>,
    pub outlet: String,
    pub kind: &'static str,
    /// Who said it (a quote) or who it is credited to (a claim), when known.
    pub speaker: Option<String>,
    pub text: String,
}

/// The rows of the list, in pin order.
pub fn rows(app: &App) -> Vec<PinRow> {
    app.pins
        .iter()
        .map(|p| {
            let article = app.brief.articles.iter().position(|a| a.id == p.article);
            let a = article.map(|i| &app.brief.articles[i]);
            let speaker = a.and_then(|a| match p.kind {
                PinKind::Quote => a
                    .quotes
                    .iter()
                    .find(|q| (q.start, q.end) == (p.start, p.end))
                    .and_then(|q| q.speaker.clone()),
                PinKind::Claim => a
                    .claims
                    .iter()
                    .find(|c| (c.start, c.end) == (p.start, p.end))
                    .and_then(|c| c.attribution.clone()),
            });
            PinRow {
                article,
                outlet: a.map_or_else(|| sanitize_line(&p.article), |a| sanitize_line(&a.outlet)),
                kind: match p.kind {
                    PinKind::Quote => "quote",
                    PinKind::Claim => "claim",
                },
                speaker: speaker.map(|s| sanitize_line(&s)).filter(|s| !s.is_empty()),
                text: a
                    .and_then(|a| a.text.get(p.start..p.end))
                    .map(sanitize_line)
                    .unwrap_or_default(),
            }
        })
        .collect()
}

fn handle(app: &mut App, action: Action) -> Outcome {
    let pg = table_page(app) / 2;
    let n = app.pins.len();
    let v = &mut app.screens.pins;
    v.cursor = v.cursor.min(n.saturating_sub(1));
    match action {
        Action::Down | Action::Scroll(1..) => v.cursor = step(v.cursor, 1, n),
        Action::Up | Action::Scroll(..=-1) => v.cursor = step(v.cursor, -1, n),
        Action::Top => v.cursor = 0,
        Action::Bottom => v.cursor = n.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => v.cursor = step(v.cursor, pg.max(1), n),
        Action::PageUp | Action::HalfPageUp => v.cursor = step(v.cursor, -pg.max(1), n),
        Action::Open => {
            let at = app.pins.get(v.cursor).and_then(|p| {
                let i = app.brief.articles.iter().position(|a| a.id == p.article)?;
                Some((i, p.start))
            });
            match at {
                Some((i, start)) => crate::tui::screens::reader::open_at(app, i, start, None),
                None if n > 0 => app.message = Some("this pin's article is not in the brief".into()),
                None => {}
            }
        }
        Action::Unpin if v.cursor < n => {
            app.pins.remove(v.cursor);
            app.screens.pins.cursor = step(app.screens.pins.cursor, 0, n - 1);
            app.message = Some("unpinned".into());
        }
        Action::Back => {
            app.focus = Focus::List;
            return Outcome::Nav(Nav::Reset(View::List));
        }
        _ => {}
    }
    Outcome::Consumed
}
