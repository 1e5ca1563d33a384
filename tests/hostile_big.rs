//! The largest inputs: a 10 MB article goes through the whole analysis.

mod hostile;

use newsbrief::analyze::pipeline::{Source, build_brief};

#[test]
fn ten_megabyte_article_imports() {
    let text = hostile::big_article(10 * 1024 * 1024);
    let t0 = std::time::Instant::now();
    let b = build_brief(
        "big",
        &[Source {
            file_name: "big.txt".into(),
            text: text.clone(),
            outlet: None,
            published: None,
        }],
    );
    eprintln!("build: {:?}", t0.elapsed());
    newsbrief::brief::validate::validate(&b).unwrap();
    assert_eq!(b.articles[0].text, text);
}
