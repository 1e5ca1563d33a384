//! Story points, coverage and the `coverage` command, on the seed brief and on made-up stories
//! written independently (so the rules stay general).

mod cli_support;

use cli_support::{bin, stdout_of};
use newsbrief::analyze::align::{FeatureIndex, story_points};
use newsbrief::analyze::compare::compare;
use newsbrief::analyze::coverage::{Filter, Mark, Sort, compute};
use newsbrief::analyze::discrepancies::DiscrepancyKind;
use newsbrief::analyze::pipeline::brief_from_texts;
use newsbrief::analyze::progress::Progress;
use newsbrief::brief::{Brief, default_brief};
use serde_json::Value;

fn brief(texts: &[(&str, &str)]) -> Brief {
    brief_from_texts("made up", texts)
}

fn run(args: &[&str]) -> String {
    stdout_of(bin().args(args))
}

const MERGED: [(&str, &str); 3] = [
    (
        "Valley Post",
        "The council approved the new bridge over the Arno on Monday.\n\nThe bridge will cost 40 million euros. Work starts in June.\n\nThe mayor called it a historic day.\n",
    ),
    (
        "Hill Herald",
        "The new bridge over the Arno, approved by the council on Monday, will cost 40 million euros.\n\nWork starts in June, officials said.\n\nA local choir sang at the opening of the session.\n",
    ),
    (
        "River News",
        "Councillors on Monday backed a new bridge over the Arno.\n\nWork on the bridge starts in June and it will cost 40 million euros.\n",
    ),
];

#[test]
fn a_sentence_merging_two_joins_both_in_one_story_point_and_one_compare_row() {
    let b = brief(&MERGED);
    let index = FeatureIndex::new(&b);
    let points = story_points(&index);
    let merged = points
        .iter()
        .find(|p| p.sentences.contains(&(1, 0)))
        .expect("the Herald's merged sentence is in a point");
    assert!(
        merged.sentences.contains(&(0, 0)) && merged.sentences.contains(&(0, 1)),
        "both Post sentences it merges: {points:?}"
    );
    let rows = compare(&b, &index, 0, 1);
    let row = rows
        .iter()
        .find(|r| r.right.as_ref().is_some_and(|s| s.sentence == 0))
        .unwrap();
    let left = row.left.as_ref().expect("matched");
    assert_eq!((left.sentence, left.last_sentence), (0, 1), "{rows:?}");
    assert!(
        !rows
            .iter()
            .any(|r| r.right.is_none() && r.left.as_ref().is_some_and(|s| s.sentence == 1)),
        "the second Post sentence is not shown as told by the Post only"
    );
}

#[test]
fn coverage_marks_tellers_omissions_and_one_outlet_facts() {
    let b = brief(&MERGED);
    let a = compute(&b, &Progress::new());
    let cov = &a.coverage;
    assert_eq!(cov.articles, 3);
    // The choir and the mayor are each told by one outlet only.
    let only: Vec<&str> = cov
        .view(Sort::FirstAppearance, Filter::OnlyOne)
        .into_iter()
        .map(|i| cov.rows[i].headline(&b))
        .collect();
    assert!(only.iter().any(|t| t.contains("choir")), "{only:?}");
    assert!(only.iter().any(|t| t.contains("mayor")), "{only:?}");
    assert!(!only.iter().any(|t| t.contains("approved")), "{only:?}");
    for i in cov.view(Sort::Outlets, Filter::All) {
        let r = &cov.rows[i];
        assert!(r.cells.iter().all(|c| !c.1.sentences.is_empty()));
        let told: Vec<usize> = r.sentences.iter().map(|x| x.0).collect();
        for a in 0..3 {
            assert_eq!(r.mark(a) == Mark::LeavesOut, !told.contains(&a));
        }
    }
    let by_outlets = cov.view(Sort::Outlets, Filter::All);
    let counts: Vec<usize> = by_outlets.iter().map(|&i| cov.rows[i].tellers()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let all_but_one = cov.view(Sort::Outlets, Filter::AllButOne);
    assert!(all_but_one.iter().all(|&i| cov.rows[i].tellers() == 2));
}

#[test]
fn a_conflicting_number_is_told_differently_and_a_rewording_is_not() {
    let b = brief(&[
        (
            "Valley Post",
            "The wildfire destroyed 40 homes near Ashford on Sunday, fire officials said.\n\nCrews from three counties fought the blaze overnight.\n",
        ),
        (
            "Mountain Herald",
            "Fire officials said the wildfire destroyed 400 homes near Ashford on Sunday.\n\nFirefighters from three counties battled the flames through the night.\n",
        ),
    ]);
    let a = compute(&b, &Progress::new());
    let conflicts = a.coverage.view(Sort::Disagreement, Filter::Conflicts);
    assert_eq!(conflicts.len(), 1, "{:?}", a.coverage.rows);
    let row = &a.coverage.rows[conflicts[0]];
    assert_eq!(row.mark(0), Mark::Tells);
    assert_eq!(row.mark(1), Mark::TellsDifferently);
    let c = &row.cell(1).unwrap().conflicts[0];
    assert_eq!(c.kind, DiscrepancyKind::Number);
    assert_eq!(
        (c.own_words.as_str(), c.other_words.as_str()),
        ("400", "40")
    );
}

#[test]
fn house_style_and_case_are_no_difference_in_compare() {
    let b = brief(&[
        (
            "A",
            "The F.B.I. said the U.S. embassy in Porto would reopen on Friday.\n",
        ),
        (
            "B",
            "The FBI said the US embassy in Porto would reopen on Friday.\n",
        ),
    ]);
    let rows = compare(&b, &FeatureIndex::new(&b), 0, 1);
    assert_eq!(rows.len(), 1);
    assert!(rows[0].changes.is_empty(), "{:?}", rows[0].changes);
}

#[test]
fn progress_reaches_the_end() {
    let b = default_brief();
    let p = Progress::new();
    let a = compute(&b, &p);
    assert_eq!(p.percent(), 100);
    assert!(!a.points.is_empty());
    assert!(a.discrepancies.len() <= 20, "{}", a.discrepancies.len());
}

#[test]
fn seed_coverage_json_has_five_outlets_the_made_in_conflict_and_one_outlet_rows() {
    let v: Value = serde_json::from_str(&run(&["coverage", "--json"])).unwrap();
    let ids: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["wapo", "newsmax", "presstv", "jpost", "adg"]);
    let points = v["points"].as_array().unwrap();
    let made_in = points
        .iter()
        .find(|p| {
            p["cells"]["newsmax"]["conflicts"]
                .as_array()
                .is_some_and(|cs| {
                    cs.iter()
                        .any(|c| c["words"].as_str().unwrap().starts_with("Iraq"))
                })
        })
        .expect("made in Iraq is told differently");
    assert_eq!(made_in["cells"]["newsmax"]["mark"], "tells-differently");
    assert_eq!(made_in["cells"]["wapo"]["mark"], "tells");
    for only in ["presstv", "adg"] {
        assert!(
            points
                .iter()
                .any(|p| p["tellers"] == 1 && p["cells"][only]["mark"] == "tells"),
            "a row only {only} tells"
        );
    }
}

#[test]
fn coverage_markdown_keeps_article_text_inert() {
    let b = brief(&[
        (
            "A",
            "The <b>mayor</b> said **all** [buses](http://x.test) run | today.\n",
        ),
        ("B", "The mayor said all buses run today.\n"),
    ]);
    let dir = std::env::temp_dir().join(format!("nb-cov-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("b.json");
    std::fs::write(&path, newsbrief::brief::save::to_json(&b)).unwrap();
    let md = run(&["coverage", path.to_str().unwrap(), "--markdown"]);
    assert!(!md.contains("<b>"), "{md}");
    assert!(!md.contains("**all**"), "{md}");
    assert!(!md.contains("[buses]("), "{md}");
    assert!(md.contains("&lt;b&gt;"), "{md}");
    let table = run(&["coverage", path.to_str().unwrap()]);
    assert!(table.contains("STORY POINT"), "{table}");
    std::fs::remove_dir_all(&dir).ok();
}
