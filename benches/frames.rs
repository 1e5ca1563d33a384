//! Frame draw time of each view at 80x24 and 200x60, on the seed brief and on a brief of
//! 10,000 articles. Each view is opened first (what opening costs once, such as counting
//! entities or finding discrepancies, is not part of a frame); then frames are drawn from the
//! app's state through a ratatui terminal on an off-screen backend, as the event loop draws
//! after every event: the view fills the frame, ratatui diffs it against the previous one and
//! hands the backend what changed.
//!
//! Run with `cargo bench --bench frames`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use newsbrief::brief::default_brief;
use newsbrief::tui::app::{Action, App, update};
use newsbrief::tui::overlays::search::Edit;
use newsbrief::tui::theme::Theme;
use newsbrief::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Each view, and the actions that open it from the list with the third article selected.
fn views() -> Vec<(&'static str, Vec<Action>)> {
    let mut search = vec![Action::Search];
    search.extend("red line".chars().map(|c| Action::Input(Edit::Char(c))));
    vec![
        ("list", vec![]),
        ("reader", vec![Action::Open, Action::PageDown]),
        ("entities", vec![Action::ShowEntities, Action::Down]),
        ("quotes", vec![Action::ShowQuotes, Action::Down]),
        ("compare", vec![Action::Compare, Action::Down]),
        ("discrepancies", vec![Action::Discrepancies, Action::Down]),
        ("search", search),
        ("help", vec![Action::Help]),
    ]
}

fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    match Terminal::new(TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(never) => match never {},
    }
}

/// One frame, as the event loop draws it.
fn draw(term: &mut Terminal<TestBackend>, app: &App) -> usize {
    match term.draw(|f| ui::draw(f, app)) {
        Ok(done) => black_box(done.count),
        Err(never) => match never {},
    }
}

fn frames(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    g.sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(1));
    for (name, brief) in [
        ("seed", default_brief()),
        ("10k", common::big_brief(10_000)),
    ] {
        for (w, h) in [(80u16, 24u16), (200, 60)] {
            let base = App::new(brief.clone(), Theme::default_theme(), w, h);
            for (view, actions) in views() {
                let mut app = base.clone();
                update(&mut app, Action::Jump(3));
                for a in actions {
                    update(&mut app, a);
                }
                let mut term = terminal(w, h);
                g.bench_function(format!("{name}/{view}/{w}x{h}"), |b| {
                    b.iter(|| draw(&mut term, &app))
                });
            }
            let mut app = base.clone();
            let mut term = terminal(w, h);
            g.bench_function(format!("{name}/scroll-list/{w}x{h}"), |b| {
                b.iter(|| {
                    update(&mut app, Action::PageDown);
                    draw(&mut term, &app)
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
