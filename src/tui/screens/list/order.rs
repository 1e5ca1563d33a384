//! The article list's order and filter: `o` sorts by brief order, date, outlet, words or
//! quotes; `f` filters on the outlet or headline as the user types. The list shows
//! [`State::order`], article indices; everything else keeps using article indices.

use crate::brief::Brief;
use crate::search::fold_lower;
use crate::tui::action::{Action, Overlay};
use crate::tui::app::App;
use crate::tui::overlays::search::Edit;

/// How the list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListSort {
    /// As the brief lists them.
    #[default]
    Order,
    /// Newest first, undated last.
    Date,
    Outlet,
    /// Longest first.
    Words,
    /// Most quotes first.
    Quotes,
}

impl ListSort {
    pub fn label(self) -> &'static str {
        match self {
            ListSort::Order => "order",
            ListSort::Date => "date",
            ListSort::Outlet => "outlet",
            ListSort::Words => "words",
            ListSort::Quotes => "quotes",
        }
    }

    fn next(self) -> ListSort {
        match self {
            ListSort::Order => ListSort::Date,
            ListSort::Date => ListSort::Outlet,
            ListSort::Outlet => ListSort::Words,
            ListSort::Words => ListSort::Quotes,
            ListSort::Quotes => ListSort::Order,
        }
    }
}

/// The list's sort, filter and the order they give.
#[derive(Debug, Clone, Default)]
pub struct State {
    pub sort: ListSort,
    /// Kept as typed; matched folded, as the search folds.
    pub filter: String,
    /// Article indices shown, in order.
    pub order: Vec<usize>,
    /// What `order` was computed for: (sort, filter, articles).
    key: Option<(ListSort, String, usize)>,
}

fn fold(s: &str) -> String {
    s.chars().map(fold_lower).collect()
}

/// The articles `filter` keeps (its words each in the outlet or the headline), sorted.
pub fn compute(app: &App, sort: ListSort, filter: &str) -> Vec<usize> {
    let b: &Brief = &app.brief;
    let words: Vec<String> = filter.split_whitespace().map(fold).collect();
    let mut order: Vec<usize> = (0..b.articles.len())
        .filter(|&i| {
            // No filter: no folded copy of every headline.
            if words.is_empty() {
                return true;
            }
            let a = &b.articles[i];
            let hay = fold(&format!("{} {}", a.outlet, a.headline));
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .collect();
    match sort {
        ListSort::Order => {}
        ListSort::Date => order.sort_by(|&x, &y| {
            // Borrowed, not copied at each of the n log n comparisons.
            let d = |i: usize| b.articles[i].published.as_deref().filter(|d| !d.is_empty());
            match (d(x), d(y)) {
                (Some(p), Some(q)) => q.cmp(p),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        }),
        ListSort::Outlet => order.sort_by_cached_key(|&i| fold(&b.articles[i].outlet)),
        ListSort::Words => order.sort_by_cached_key(|&i| std::cmp::Reverse(app.row_words(i))),
        ListSort::Quotes => order.sort_by_key(|&i| std::cmp::Reverse(b.articles[i].quotes.len())),
    }
    order
}

/// Brings the order up to date; the selection moves to the first article shown when the
/// filter hides it.
pub fn refresh(app: &mut App) {
    let s = &app.screens.list;
    let key = (s.sort, s.filter.clone(), app.brief.articles.len());
    if s.key.as_ref() != Some(&key) {
        let order = compute(app, key.0, &key.1);
        let s = &mut app.screens.list;
        s.order = order;
        s.key = Some(key);
    }
    let order = &app.screens.list.order;
    if !order.is_empty() && !order.contains(&app.selected) {
        app.selected = order[0];
    }
}

/// Position of the selection in the order.
pub fn position(app: &App) -> usize {
    app.screens
        .list
        .order
        .iter()
        .position(|&i| i == app.selected)
        .unwrap_or(0)
}

/// Moves the selection by `delta` rows of the list, or to an end.
pub fn move_by(app: &mut App, delta: isize) {
    let order = &app.screens.list.order;
    if order.is_empty() {
        return;
    }
    let p = crate::tui::screens::step(position(app), delta, order.len());
    app.selected = order[p];
}

/// `o`: the next sort.
pub fn cycle_sort(app: &mut App) {
    let s = &mut app.screens.list;
    s.sort = s.sort.next();
    app.message = Some(format!("articles sorted by {}", s.sort.label()));
}

/// `f`: typing filters the list until Enter (keeps it) or Esc (clears it).
pub fn open_filter(app: &mut App) {
    app.overlay = Some(Overlay::Filter);
}

/// A key while the filter is typed.
pub fn update(app: &mut App, action: Action) {
    let s = &mut app.screens.list;
    match action {
        Action::Input(Edit::Char(c)) => s.filter.push(c),
        Action::Input(Edit::Backspace) => {
            s.filter.pop();
        }
        Action::Input(Edit::Clear) => s.filter.clear(),
        Action::Open => app.overlay = None,
        Action::Back => {
            s.filter.clear();
            app.overlay = None;
        }
        _ => {}
    }
    app.refresh();
}
