//! The quote view: every quote, the same quote carried by several outlets grouped with its
//! differences. The groups are found the first time the view is shown.

mod keys;
pub mod view;

use crate::analyze::quote_groups::{self, QuoteGroup, QuoteRef};
use crate::brief::Brief;
use crate::tui::action::{Action, Focus};
use crate::tui::app::App;
use crate::tui::keymap::PAGE_ROWS;

use super::{Nav, Outcome, Screen, View, step, table_page};

pub const SCREEN: Screen = Screen {
    keys: &[PAGE_ROWS, keys::KEYS],
    docs: keys::DOCS,
    handle,
    draw: view::draw,
    refresh,
    status,
    reads: false,
};

pub type State = QuoteView;

/// Groups the quotes the first time the view is shown.
fn refresh(app: &mut App) {
    if !app.screens.quotes.built {
        app.screens.quotes = QuoteView::new(&app.brief);
    }
}

fn status(app: &App) -> String {
    format!("quotes │ highlight {}", app.highlight.label())
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
    /// The groups are found (the default view is empty until the screen is first shown).
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

fn handle(app: &mut App, action: Action) -> Outcome {
    let pg = table_page(app);
    let v = &mut app.screens.quotes;
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
                crate::tui::screens::reader::open_at(app, a, start, None);
            }
        }
        Action::Back => {
            app.focus = Focus::List;
            return Outcome::Nav(Nav::Reset(View::List));
        }
        _ => {}
    }
    Outcome::Consumed
}
