//! Any bytes as a saved web page: decoding and extraction never panic, and an article found
//! is clean one-line metadata and sanitised paragraphs whose laid-out blocks index the text,
//! analysed into a brief that validates and round-trips.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use newsbrief::import::page;

fuzz_target!(|data: &[u8]| {
    let html = page::decode(data, None);
    let Ok(e) = page::extract("fuzz.html", &html, None) else {
        return;
    };
    common::check_extracted(&e);
    assert_eq!(e.method, page::METHOD);
    let (text, s) = e.lay_out();
    common::check_layout(&e, &text, &s);
    common::check_brief(vec![(text, s, &e)]);
});
