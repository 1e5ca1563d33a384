//! Any bytes as a feed (the first byte picks `--since` and `--match`): parsing never panics,
//! every item kept honours the pick, has clean metadata and lays out into blocks that index
//! its text, and the items analysed together make a brief that validates and round-trips.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use newsbrief::import::feed::{self, Pick};

/// Items analysed per input: enough for cross-article analysis, few enough to stay fast.
const MAX_ANALYSED: usize = 4;

fuzz_target!(|data: &[u8]| {
    let Some((&how, bytes)) = data.split_first() else {
        return;
    };
    let pick = Pick::new(
        (how & 1 != 0).then_some("2020-06-15"),
        (how & 2 != 0).then_some("the"),
    )
    .expect("a valid pick");
    let Ok(items) = feed::items("fuzz.xml", bytes, &pick) else {
        return;
    };
    assert!(!items.is_empty(), "Ok with no items");
    let mut laid = Vec::new();
    for e in &items {
        common::check_extracted(e);
        assert!(
            e.method == "feed content" || e.method == "feed summary",
            "{}",
            e.method
        );
        if let Some(since) = &pick.since {
            let d = e
                .published
                .as_deref()
                .expect("--since keeps dated items only");
            assert!(d >= since.as_str(), "{d} before {since}");
        }
        for w in &pick.words {
            let mut hay = e.headline.clone().unwrap_or_default();
            for (_, t) in &e.parts {
                hay.push(' ');
                hay.push_str(t);
            }
            assert!(
                hay.to_lowercase().contains(w.as_str()),
                "no {w:?} in {hay:?}"
            );
        }
        let (text, s) = e.lay_out();
        common::check_layout(e, &text, &s);
        if laid.len() < MAX_ANALYSED {
            laid.push((text, s, e));
        }
    }
    common::check_brief(laid);
});
