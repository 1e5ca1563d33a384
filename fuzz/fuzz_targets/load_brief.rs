//! Any bytes as a brief file: loading never panics, and a brief that loads can be sliced by
//! every one of its annotations and listed.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsbrief::brief::parse_brief;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(brief) = parse_brief(json, std::path::Path::new("fuzz.json")) else {
        return;
    };
    for a in &brief.articles {
        let t = &a.text;
        for b in &a.blocks {
            let _ = &t[b.start..b.end];
        }
        for s in &a.sentences {
            let _ = &t[s.start..s.end];
        }
        for q in &a.quotes {
            let _ = &t[q.start..q.end];
        }
        for c in &a.claims {
            let _ = &t[c.start..c.end];
        }
        let _ = a.word_count();
        let s = newsbrief::text::sanitize(t);
        assert!(newsbrief::text::is_terminal_safe(&s.text));
    }
    for e in &brief.entities {
        for m in &e.mentions {
            let a = brief.article(&m.article).expect("validated reference");
            let _ = &a.text[m.start..m.end];
        }
    }
});
