//! The coverage view: one row per story point, one column per outlet, each cell saying whether
//! the outlet tells the point, tells it differently or leaves it out; Enter opens the point with
//! every outlet's sentence stacked. The comparison runs on a thread ([`job`]), started the first
//! time a screen needing it is shown, so the keys keep working while it runs.

pub mod job;
mod keys;
pub mod view;

use crate::analyze::coverage::{Filter, PointRow, Sort};
use crate::tui::app::{Action, App};

use super::compare::{set_pair, show_sentence};
use super::{Nav, Outcome, Screen, View, step};

pub const SCREEN: Screen = Screen {
    keys: &[keys::KEYS],
    docs: keys::DOCS,
    handle,
    draw: view::draw,
    refresh,
    status,
    reads: false,
};

/// Sort, filter, cursor and sideways scroll of the table, and the story point open in detail.
#[derive(Debug, Clone, Default)]
pub struct State {
    pub sort: Sort,
    pub filter: Filter,
    /// Position of the cursor in [`State::rows`].
    pub selected: usize,
    /// First table row shown.
    pub scroll: usize,
    /// First outlet column shown.
    pub col: usize,
    /// The story point open in detail: the cursor on the outlets telling it.
    pub detail: Option<usize>,
    rows: Vec<usize>,
    key: Option<(Sort, Filter)>,
}

impl State {
    /// Indices into the coverage rows, filtered and sorted as the table shows them.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }
}

/// Name of a sort in the title and status line.
pub fn sort_label(s: Sort) -> &'static str {
    match s {
        Sort::Outlets => "outlets",
        Sort::FirstAppearance => "first appearance",
        Sort::Disagreement => "disagreement",
    }
}

/// Name of a filter in the title and status line.
pub fn filter_label(f: Filter) -> &'static str {
    match f {
        Filter::All => "all",
        Filter::OnlyOne => "one outlet only",
        Filter::AllButOne => "all but one",
        Filter::Conflicts => "conflicts",
    }
}

fn next_sort(s: Sort) -> Sort {
    match s {
        Sort::Outlets => Sort::FirstAppearance,
        Sort::FirstAppearance => Sort::Disagreement,
        Sort::Disagreement => Sort::Outlets,
    }
}

fn next_filter(f: Filter) -> Filter {
    match f {
        Filter::All => Filter::OnlyOne,
        Filter::OnlyOne => Filter::AllButOne,
        Filter::AllButOne => Filter::Conflicts,
        Filter::Conflicts => Filter::All,
    }
}

/// Table rows the screen has room for (under the border and the header).
pub(crate) fn table_height(app: &App) -> usize {
    (app.height as usize).saturating_sub(4).max(1)
}

/// Starts the comparison, then, once it is done, brings the row order up to date.
fn refresh(app: &mut App) {
    app.analysis.start(&app.brief);
    let h = table_height(app);
    let Some(a) = app.analysis.get() else { return };
    let s = &mut app.screens.coverage;
    if s.key != Some((s.sort, s.filter)) {
        s.rows = a.coverage.view(s.sort, s.filter);
        s.key = Some((s.sort, s.filter));
    }
    s.selected = s.selected.min(s.rows.len().saturating_sub(1));
    if s.selected < s.scroll {
        s.scroll = s.selected;
    } else if s.selected >= s.scroll + h {
        s.scroll = s.selected + 1 - h;
    }
    s.col = s.col.min(app.brief.articles.len().saturating_sub(1));
}

/// Waits for the comparison and brings the screen shown up to date (for `render` and tests,
/// which draw one finished frame).
pub fn prepare(app: &mut App) {
    app.analysis.start(&app.brief);
    app.analysis.wait();
    app.refresh();
}

fn status(app: &App) -> String {
    if let Some(p) = app.analysis.percent() {
        return job::progress_line(app.brief.articles.len(), p);
    }
    let s = &app.screens.coverage;
    match s.detail {
        Some(_) => "coverage │ story point".into(),
        None => format!(
            "coverage │ sort {} │ filter {}",
            sort_label(s.sort),
            filter_label(s.filter)
        ),
    }
}

/// The story point under the cursor.
pub fn current(app: &App) -> Option<&PointRow> {
    let s = &app.screens.coverage;
    let i = *s.rows.get(s.selected)?;
    app.analysis.get()?.coverage.rows.get(i)
}

fn handle(app: &mut App, action: Action) -> Outcome {
    if action == Action::Back {
        if app.screens.coverage.detail.take().is_some() {
            return Outcome::Consumed;
        }
        return Outcome::Nav(Nav::Pop);
    }
    if app.analysis.get().is_none() {
        return Outcome::Consumed;
    }
    if app.screens.coverage.detail.is_some() {
        return detail_handle(app, action);
    }
    let n = app.screens.coverage.rows.len();
    let page = table_height(app) as isize;
    let s = &mut app.screens.coverage;
    let mv = |s: &mut State, d: isize| s.selected = step(s.selected, d, n);
    match action {
        Action::Down | Action::Scroll(1..) => mv(s, 1),
        Action::Up | Action::Scroll(..=-1) => mv(s, -1),
        Action::PageDown | Action::HalfPageDown => mv(s, page),
        Action::PageUp | Action::HalfPageUp => mv(s, -page),
        Action::Top => s.selected = 0,
        Action::Bottom => s.selected = n.saturating_sub(1),
        Action::CycleSort => {
            s.sort = next_sort(s.sort);
            s.selected = 0;
        }
        Action::CycleKind => {
            s.filter = next_filter(s.filter);
            s.selected = 0;
        }
        Action::PaneLeft => s.col = s.col.saturating_sub(1),
        Action::PaneRight => s.col += 1,
        Action::Open if n > 0 => s.detail = Some(0),
        Action::Compare if n > 0 => return detail_handle(app, action),
        _ => return Outcome::Ignored,
    }
    app.refresh();
    Outcome::Consumed
}

/// Keys in the story point: move among its tellers, compare, read.
fn detail_handle(app: &mut App, action: Action) -> Outcome {
    let Some(row) = current(app).cloned() else {
        app.screens.coverage.detail = None;
        return Outcome::Consumed;
    };
    let tellers = row.cells.len();
    let cur = app.screens.coverage.detail.unwrap_or(0).min(tellers.saturating_sub(1));
    let (article, cell) = match row.cells.get(cur) {
        Some((a, c)) => (*a, c),
        None => return Outcome::Consumed,
    };
    let sentence = cell.sentences.first().copied();
    match action {
        Action::Down | Action::Scroll(1..) => {
            app.screens.coverage.detail = Some(step(cur, 1, tellers));
        }
        Action::Up | Action::Scroll(..=-1) => {
            app.screens.coverage.detail = Some(step(cur, -1, tellers));
        }
        Action::Top => app.screens.coverage.detail = Some(0),
        Action::Bottom => app.screens.coverage.detail = Some(tellers.saturating_sub(1)),
        Action::Compare => {
            let n = app.brief.articles.len();
            if n < 2 {
                app.message = Some("comparing needs two articles".into());
                return Outcome::Consumed;
            }
            // The outlet under the cursor beside another teller of the point (the first
            // one), else beside the next article.
            let other = row
                .cells
                .iter()
                .map(|c| c.0)
                .find(|&a| a != article)
                .unwrap_or((article + 1) % n);
            set_pair(app, article, other);
            show_sentence(app, article, sentence);
        }
        Action::Open => {
            app.select(article);
            app.navigate(Nav::Push(View::Reader));
            if let Some(rs) = app.readers.get_mut(article) {
                rs.cursor = sentence;
                rs.pick = 0;
            }
            app.refresh();
            app.keep_cursor_visible();
        }
        _ => return Outcome::Ignored,
    }
    Outcome::Consumed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::update;
    use crate::tui::theme::Theme;
    use crate::tui::{buffer_text, render_buffer};

    #[test]
    fn before_the_comparison_ends_the_screen_shows_progress_and_keys_work() {
        let mut app = App::new(
            crate::brief::default_brief(),
            Theme::default_theme(),
            80,
            24,
        );
        app.analysis = job::AnalysisJob::running_at(40);
        update(&mut app, Action::ShowCoverage);
        for a in [Action::Down, Action::CycleSort, Action::Open, Action::PaneRight] {
            update(&mut app, a);
        }
        assert_eq!(app.view, View::Coverage);
        let text = buffer_text(&render_buffer(&app));
        assert!(text.contains("comparing 5 articles… 40%"), "{text}");
        assert!(app.analysis.tick(), "redrawn while it runs");
        update(&mut app, Action::Back);
        assert_eq!(app.view, View::List);
    }

    #[test]
    fn esc_or_q_on_the_progress_stops_the_comparison_and_reopening_starts_it_again() {
        use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
        let q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
        for (view, open, stop) in [
            (View::Coverage, Action::ShowCoverage, Action::Back),
            (View::Discrepancies, Action::Discrepancies, Action::Back),
            (View::Coverage, Action::ShowCoverage, Action::Quit),
        ] {
            let mut app = App::new(
                crate::brief::default_brief(),
                Theme::default_theme(),
                80,
                24,
            );
            update(&mut app, Action::Compare);
            app.analysis = job::AnalysisJob::running_at(40);
            let work = app.analysis.progress().unwrap();
            update(&mut app, open);
            assert_eq!(app.view, view);
            assert!(crate::tui::app::comparing_shown(&app));
            // `q` is read as Esc while the progress is shown.
            let action = match stop {
                Action::Quit => crate::tui::to_action(&app, &q).unwrap(),
                a => a,
            };
            assert_eq!(action, Action::Back);
            update(&mut app, action);
            assert!(!app.quit);
            assert_eq!(app.view, View::Compare, "back where it was opened from");
            assert!(work.is_cancelled(), "the worker is told to stop");
            assert_eq!(app.analysis.percent(), None);
            assert!(app.analysis.is_stopped());
            // The compare view does not start it again by itself...
            update(&mut app, Action::Down);
            assert_eq!(app.analysis.percent(), None);
            assert!(app.analysis.get().is_none());
            update(&mut app, Action::StepDiscrepancy(1));
            assert!(app.message.as_deref().unwrap_or("").contains("stopped"));
            // ...opening the screen again does, and it finishes.
            update(&mut app, open);
            assert_eq!(app.view, view);
            assert!(app.analysis.wait().is_some(), "started over");
            app.refresh();
            assert!(!crate::tui::app::comparing_shown(&app));
            // Once done, q quits again.
            assert_eq!(crate::tui::to_action(&app, &q), Some(Action::Quit));
        }
    }

    #[test]
    fn short_names_are_initials_or_a_word_start() {
        use view::short_name;
        assert_eq!(short_name("The Washington Post"), "WP");
        assert_eq!(short_name("Press TV"), "PTV");
        assert_eq!(short_name("Arkansas Democrat-Gazette"), "ADG");
        assert_eq!(short_name("Newsmax"), "Newsm");
        assert_eq!(short_name("Le Monde"), "LM");
        assert_eq!(short_name(""), "");
    }
}
