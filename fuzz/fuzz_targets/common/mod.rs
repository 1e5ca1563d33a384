//! Properties every article taken from a page or a feed item must have, whatever the input:
//! shared by the `page` and `feed` targets.

use newsbrief::analyze::pipeline::{Source, Structure, build_brief_with};
use newsbrief::brief::validate::validate;
use newsbrief::brief::{BlockKind, parse_brief, save::to_json};
use newsbrief::import::article::{Extracted, one_line};
use newsbrief::text::CleanLayer;

/// One clean line: what a headline, byline or outlet must be before it reaches a view.
fn assert_one_line(what: &str, s: &str) {
    assert!(!s.is_empty(), "{what} is empty");
    assert_eq!(one_line(s), s, "{what} is not one clean line: {s:?}");
}

/// What a page or an item says about its article is clean and well formed.
pub fn check_extracted(e: &Extracted) {
    if let Some(h) = &e.headline {
        assert_one_line("headline", h);
    }
    if let Some(b) = &e.byline {
        assert_one_line("byline", b);
    }
    if let Some(o) = &e.outlet {
        assert_one_line("outlet", o);
    }
    if let Some(d) = &e.published {
        // The calendar is checked by `validate` on the brief; here the shape.
        let shaped = d.len() == 10
            && d.bytes().enumerate().all(|(i, c)| match i {
                4 | 7 => c == b'-',
                _ => c.is_ascii_digit(),
            });
        assert!(shaped, "published is no date: {d:?}");
    }
    if let Some(u) = &e.url {
        assert!(
            newsbrief::import::fetch::is_link(u) || e.method.starts_with("feed"),
            "page url is no link: {u:?}"
        );
    }
    assert!(!e.method.is_empty());
    assert!(!e.parts.is_empty(), "an article with no parts");
    for (kind, t) in &e.parts {
        assert_ne!(*kind, BlockKind::Headline, "a headline among the parts");
        assert!(!t.trim().is_empty(), "an empty {kind:?} part");
    }
}

/// The laid-out text is its own clean layer and its blocks index it: in order, apart, on
/// character boundaries, each one paragraph.
pub fn check_layout(e: &Extracted, text: &str, s: &Structure) {
    assert!(
        CleanLayer::new(text).is_identity(),
        "laid-out text holds escapes: {text:?}"
    );
    assert!(
        text.chars().all(|c| c == '\n' || !c.is_control()),
        "a control character in {text:?}"
    );
    assert!(text.ends_with('\n'));
    let mut at = 0;
    for b in &s.blocks {
        assert!(
            at <= b.start && b.start < b.end && b.end <= text.len(),
            "{b:?} at {at}"
        );
        assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
        let t = &text[b.start..b.end];
        assert!(!t.contains("\n\n"), "a block spans paragraphs: {t:?}");
        assert_eq!(t.trim(), t, "a block starts or ends with space: {t:?}");
        at = b.end;
    }
    if let Some(h) = &e.headline {
        let first = s.blocks.first().expect("a headline block");
        assert_eq!(first.kind, BlockKind::Headline);
        assert_eq!(&text[first.start..first.end], h);
    }
    // Every part that holds a word is in the text, in its block kind.
    let parts = e
        .parts
        .iter()
        .filter(|(_, t)| !one_line(t).is_empty())
        .count();
    let headline = usize::from(e.headline.is_some());
    assert_eq!(s.blocks.len(), parts + headline, "a part lost in layout");
}

/// The laid-out articles analysed as one brief: it validates, keeps each text as given and
/// survives a save and load unchanged.
pub fn check_brief(laid: Vec<(String, Structure, &Extracted)>) {
    let sources: Vec<Source> = laid
        .iter()
        .enumerate()
        .map(|(i, (text, _, e))| Source {
            file_name: format!("{i}.html"),
            text: text.clone(),
            outlet: e.outlet.clone(),
            published: e.published.clone(),
        })
        .collect();
    let structures: Vec<Option<Structure>> = laid.into_iter().map(|(_, s, _)| Some(s)).collect();
    let brief = build_brief_with("fuzz", &sources, &structures);
    if let Err(p) = validate(&brief) {
        panic!("invalid brief: {p}");
    }
    for (a, s) in brief.articles.iter().zip(&sources) {
        assert_eq!(a.text, s.text);
        assert!(CleanLayer::new(&a.headline).is_identity());
        assert!(!a.outlet.contains('\n'), "outlet {:?}", a.outlet);
    }
    let json = to_json(&brief);
    let back = parse_brief(&json, std::path::Path::new("fuzz.json")).expect("round trip loads");
    assert_eq!(back, brief);
}
