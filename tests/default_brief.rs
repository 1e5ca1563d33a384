//! The committed default brief must be exactly what `newsbrief import` builds from the seed
//! texts in `briefs/sources/`, so the analysis and the shipped brief never drift apart.

use std::path::{Path, PathBuf};

const REBUILD: &str = "cargo run --release -- import --manifest briefs/sources/manifest.json -o briefs/iraq-drones.json";

#[test]
fn committed_default_brief_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = root.join("briefs/sources/manifest.json");
    let brief = newsbrief::import::import_brief(&[] as &[PathBuf], Some(&manifest), None).unwrap();
    let built = newsbrief::brief::save::to_json(&brief);
    let committed = std::fs::read_to_string(root.join("briefs/iraq-drones.json")).unwrap();
    assert!(
        built == committed,
        "briefs/iraq-drones.json is stale: rebuild it with `{REBUILD}`"
    );
    assert_eq!(
        committed,
        newsbrief::brief::DEFAULT_BRIEF_JSON,
        "the embedded brief is the committed one"
    );
}

#[test]
fn default_brief_holds_the_five_seed_outlets() {
    let b = newsbrief::brief::default_brief();
    let outlets: Vec<&str> = b.articles.iter().map(|a| a.outlet.as_str()).collect();
    assert_eq!(
        outlets,
        [
            "The Washington Post",
            "Newsmax",
            "Press TV",
            "The Jerusalem Post",
            "Arkansas Democrat-Gazette"
        ]
    );
    assert_eq!(b.articles[4].published.as_deref(), Some("2020-03-29"));
    assert!(b.articles[..4].iter().all(|a| a.published.is_none()));
    for a in &b.articles {
        let src = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("briefs/sources")
                .join(&a.source),
        )
        .unwrap();
        assert_eq!(a.text, src, "{} keeps its original text unmodified", a.id);
    }
}
