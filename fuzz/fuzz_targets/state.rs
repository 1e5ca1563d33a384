//! Any bytes as a reading-state file: loading never panics; a state that loads round-trips
//! through its file form, merges as the identity with itself, and restored into the app over
//! the built-in brief keeps only what fits the brief and draws at any size.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsbrief::brief::{Brief, default_brief};
use newsbrief::state::{ReadingState, merged, parse_state};
use newsbrief::tui::app::App;
use newsbrief::tui::persist::{apply, capture};
use newsbrief::tui::theme::Theme;

fn brief() -> &'static Brief {
    static B: OnceLock<Brief> = OnceLock::new();
    B.get_or_init(default_brief)
}

fuzz_target!(|data: &[u8]| {
    let Ok(st) = parse_state(data) else {
        return;
    };
    let json = serde_json::to_vec_pretty(&st).expect("a state serialises");
    assert_eq!(parse_state(&json).expect("round trip loads"), st);
    assert_eq!(
        merged(&st, &st, &st),
        st,
        "merging nothing changed something"
    );
    let fresh = ReadingState {
        version: st.version,
        ..ReadingState::default()
    };
    // Changes made by another instance are kept when this one changed nothing.
    let m = merged(&fresh, &fresh, &st);
    assert_eq!(
        (&m.pins, &m.read, &m.positions),
        (&st.pins, &st.read, &st.positions)
    );

    let b = brief();
    for (w, h) in [(80, 24), (7, 3), (1, 1)] {
        let mut app = App::new(b.clone(), Theme::default_theme(), w, h);
        apply(&mut app, &st);
        let back = capture(&app);
        for p in &back.pins {
            assert!(st.pins.contains(p));
            let a = b.article(&p.article).expect("a pin on a known article");
            assert!(
                a.text.get(p.start..p.end).is_some(),
                "pin off the text: {p:?}"
            );
        }
        for id in back.read.iter().chain(back.positions.keys()) {
            assert!(b.article(id).is_some(), "unknown article {id:?} kept");
        }
        for (id, pos) in &back.positions {
            if let Some(c) = pos.cursor {
                assert!(c < b.article(id).expect("known").sentences.len());
            }
        }
        let _ = newsbrief::tui::render_buffer(&app);
    }
});
