//! Frame draw time of each view at 80x24 and 200x60, on the seed brief and on a brief of
//! 10,000 articles.
//!
//! Run with `cargo bench --bench frames`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use newsbrief::brief::default_brief;
use newsbrief::tui::app::{Action, App, update};
use newsbrief::tui::render_buffer;
use newsbrief::tui::theme::Theme;

fn frames(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    for (name, brief) in [
        ("seed", default_brief()),
        ("10k", common::big_brief(10_000)),
    ] {
        for (w, h) in [(80u16, 24u16), (200, 60)] {
            let mut app = App::new(brief.clone(), Theme::default_theme(), w, h);
            g.bench_function(format!("{name}/list/{w}x{h}"), |b| {
                b.iter(|| black_box(render_buffer(&app)))
            });
            update(&mut app, Action::Jump(3));
            update(&mut app, Action::Open);
            g.bench_function(format!("{name}/reader/{w}x{h}"), |b| {
                b.iter(|| black_box(render_buffer(&app)))
            });
            update(&mut app, Action::Back);
            g.bench_function(format!("{name}/scroll-list/{w}x{h}"), |b| {
                b.iter(|| {
                    update(&mut app, Action::PageDown);
                    black_box(render_buffer(&app))
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
