use super::merge_tests::run;
use crate::brief::Entity;

fn seeds() -> Vec<Entity> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../briefs/sources");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    run(&texts)
}

fn one(es: &[Entity], forms: &[&str]) -> String {
    let hits: Vec<&Entity> = es
        .iter()
        .filter(|e| {
            forms
                .iter()
                .any(|f| e.name == *f || e.aliases.iter().any(|a| a == f))
        })
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "{forms:?} → {:?}",
        hits.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    hits[0].id.clone()
}

#[test]
fn seed_entities_merge_and_have_little_junk() {
    let es = seeds();
    if std::env::var("SHOW_ENTITIES").is_ok() {
        for e in &es {
            eprintln!(
                "{:?}\t{}\t{:?}\t{}",
                e.kind,
                e.name,
                e.aliases,
                e.mentions.len()
            );
        }
    }
    one(&es, &["Qasem Soleimani", "Qassem Soleimani", "Soleimani"]);
    one(&es, &["Frank McKenzie", "McKenzie"]);
    one(
        &es,
        &[
            "Popular Mobilization Units",
            "PMU",
            "Popular Mobilization Forces",
            "PMF",
        ],
    );
    one(&es, &["Irbil", "Erbil"]);
    one(&es, &["Ain al-Asad", "Ain Al-Asad", "Ain al-Asad Air Base"]);
    one(&es, &["United States", "U.S.", "US"]);
    for bad in [
        "Image",
        "Meanwhile",
        "Although",
        "Instead",
        "Last",
        "The",
        "In",
        "After",
        "Each",
        "Some",
        "Another",
    ] {
        assert!(!es.iter().any(|e| e.name == bad), "junk entity {bad}");
    }
}
