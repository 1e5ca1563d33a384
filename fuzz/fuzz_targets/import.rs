//! Any bytes as one or two article texts: the analysis never panics, its brief validates, and
//! the brief survives a round trip through its file form.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsbrief::analyze::pipeline::{Source, build_brief};
use newsbrief::brief::{parse_brief, save::to_json, validate::validate};

fuzz_target!(|data: &[u8]| {
    // A 0xFF byte (never in UTF-8) splits the input into two articles.
    let texts: Vec<String> = data
        .splitn(2, |&b| b == 0xff)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let sources: Vec<Source> = texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| Source {
            file_name: format!("{i}.txt"),
            text,
            outlet: None,
            published: None,
        })
        .collect();
    let brief = build_brief("fuzz", &sources);
    if let Err(p) = validate(&brief) {
        panic!("invalid brief: {p}");
    }
    for (a, s) in brief.articles.iter().zip(&sources) {
        assert_eq!(a.text, s.text);
    }
    let json = to_json(&brief);
    let back = parse_brief(&json, std::path::Path::new("fuzz.json")).expect("round trip loads");
    assert_eq!(back, brief);
});
