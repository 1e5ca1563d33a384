//! One made-up sentence per rule of the finder: each failed before its rule existed.

use super::detect_tests::found;
use crate::brief::EntityKind::{self, *};

fn kind_of(f: &[(String, EntityKind)], name: &str) -> Option<EntityKind> {
    f.iter().find(|(n, _)| n == name).map(|(_, k)| *k)
}

fn has(f: &[(String, EntityKind)], name: &str) -> bool {
    f.iter().any(|(n, _)| n.contains(name))
}

#[test]
fn a_country_in_a_list_or_a_score_or_as_an_object_is_its_team() {
    let f = found("Norway, Chile and Peru win their groups.");
    for c in ["Norway", "Chile", "Peru"] {
        assert_eq!(kind_of(&f, c), Some(Organization), "{c}: {f:?}");
    }
    let f = found("Brazil had the ball. Ghana defeated Peru 2 – 0 and Chile lost 1 – 3 to Norway.");
    assert_eq!(kind_of(&f, "Peru"), Some(Organization), "{f:?}");
    assert_eq!(kind_of(&f, "Norway"), Some(Organization), "{f:?}");
    let f = found("In the second game, Group C — Norway 2 – 1 Chile, was played in the rain.");
    assert_eq!(kind_of(&f, "Chile"), Some(Organization), "{f:?}");
    let f = found("After the match, Lars Berg, Chile coach, said the team was tired.");
    assert_eq!(kind_of(&f, "Chile"), Some(Organization), "{f:?}");
    // A place with no team around it stays a place.
    let f = found("She grew up in Chile and moved to Norway in 1990.");
    assert_eq!(kind_of(&f, "Chile"), Some(Place), "{f:?}");
}

#[test]
fn a_modifier_word_opens_a_name_that_ends_in_a_body_word() {
    let f = found("Officials at the Home Office denied it, and the New Harbour Party agreed.");
    assert_eq!(kind_of(&f, "Home Office"), Some(Organization), "{f:?}");
    assert_eq!(
        kind_of(&f, "New Harbour Party"),
        Some(Organization),
        "{f:?}"
    );
    let f = found("New York City Council members met on Monday.");
    assert!(!f.iter().any(|(n, _)| n.starts_with("York")), "{f:?}");
}

#[test]
fn a_person_after_a_body_word_is_split_off() {
    let f = found("The head of the Dockers Council Enver Kaplan told reporters it was over.");
    assert_eq!(kind_of(&f, "Dockers Council"), Some(Organization), "{f:?}");
    assert_eq!(kind_of(&f, "Enver Kaplan"), Some(Person), "{f:?}");
    // Ordinary words after a known body are part of its name.
    let f = found("He was a guest at the Google Science Fair last week.");
    assert!(has(&f, "Google Science Fair"), "{f:?}");
}

#[test]
fn descriptions_before_a_name_are_dropped() {
    let f = found("On Monday the Democrat Jane Roe met Scientologist Tom Hall in the port.");
    assert_eq!(kind_of(&f, "Jane Roe"), Some(Person), "{f:?}");
    assert_eq!(kind_of(&f, "Tom Hall"), Some(Person), "{f:?}");
    assert!(!has(&f, "Democrat") && !has(&f, "Scientologist"), "{f:?}");
}

#[test]
fn titles_with_a_body_or_shadow_in_front_are_left_out() {
    let f = found("Yesterday Senate Majority Leader Ann Smith spoke.");
    assert_eq!(kind_of(&f, "Ann Smith"), Some(Person), "{f:?}");
    let f = found("The Labour leader and the Shadow Home Secretary Ann Roe said no.");
    assert_eq!(kind_of(&f, "Ann Roe"), Some(Person), "{f:?}");
    assert!(!has(&f, "Shadow"), "{f:?}");
}

#[test]
fn tags_dates_contractions_addresses_and_currencies_are_not_names() {
    let f =
        found("Sen. Rand Dole (R-Ky.) and Rep. Mel Watt (D-N.Y.) met on Sept 5 and again in Feb.");
    for bad in ["R-Ky", "D-N.Y", "Sept", "Feb"] {
        assert!(!has(&f, bad), "{bad}: {f:?}");
    }
    assert_eq!(kind_of(&f, "Rand Dole"), Some(Person), "{f:?}");
    // A given name that is also a month abbreviation is still a name.
    let f = found("Later Jan Kowalski said the port was shut.");
    assert!(has(&f, "Jan Kowalski"), "{f:?}");
    let f = found(
        "We're ready, said Ann Roe. Theres no time. He paid US$ 500 at Harbourwatch.org to fight Europhobia.",
    );
    for bad in ["We're", "Theres", "US", "Harbourwatch", "Europhobia"] {
        assert!(!has(&f, bad), "{bad}: {f:?}");
    }
}

#[test]
fn list_items_and_hyphenated_letters_are_not_names() {
    let f = found("The list read: a) Leaving the port. b) Refusing orders.");
    assert!(f.is_empty(), "{f:?}");
    let f = found("He wore a NASA T-shirt and an X-ray badge.");
    assert_eq!(f, [("NASA".to_string(), Organization)]);
}

#[test]
fn known_bodies_and_places_with_a_word_in_front() {
    let f = found(
        "The British Red Cross and the United Nations sent aid to East Los Angeles and Washington D.C. on Monday, the LA sheriff said.",
    );
    assert_eq!(
        kind_of(&f, "British Red Cross"),
        Some(Organization),
        "{f:?}"
    );
    assert_eq!(kind_of(&f, "United Nations"), Some(Organization), "{f:?}");
    assert_eq!(kind_of(&f, "East Los Angeles"), Some(Place), "{f:?}");
    assert_eq!(kind_of(&f, "Washington D.C."), Some(Place), "{f:?}");
    assert_eq!(kind_of(&f, "LA"), Some(Place), "{f:?}");
}

#[test]
fn towns_with_their_state_districts_firms_and_korean_names() {
    let f = found(
        "A boy from Lakeview, Texas, met the Lakeview Police Department and the Lakeview Unified School District.",
    );
    assert_eq!(kind_of(&f, "Lakeview"), Some(Place), "{f:?}");
    assert_eq!(
        kind_of(&f, "Lakeview Unified School District"),
        Some(Organization),
        "{f:?}"
    );
    let f =
        found("Sales rose at the company Brightwave UK last year, and Korea replaced Kim Min-Jun.");
    assert_eq!(kind_of(&f, "Brightwave UK"), Some(Organization), "{f:?}");
    assert_eq!(kind_of(&f, "Kim Min-Jun"), Some(Person), "{f:?}");
}

#[test]
fn handles_prefixes_linked_names_and_abbreviation_ends() {
    let f = found(
        "Follow Ann Roe on the wire @AnnRoeNews. Co-authored by Tom Hall, it was read at Mar-a-Lago.",
    );
    assert!(
        !has(&f, "AnnRoeNews") && !f.iter().any(|(n, _)| n == "Co"),
        "{f:?}"
    );
    assert!(has(&f, "Mar-a-Lago"), "{f:?}");
    let f = found(
        "Muslims were barred from entering the U.S. While Ann Roe objected, Sec. Tom Hall agreed.",
    );
    assert!(!has(&f, "While"), "{f:?}");
    assert_eq!(kind_of(&f, "Tom Hall"), Some(Person), "{f:?}");
    let f = found(
        "He said: ''Going negative is not his way,'' in Exeter, N.H., and spoke of Nazi and Soviet rule.",
    );
    for bad in ["Going", "Nazi", "Soviet"] {
        assert!(!has(&f, bad), "{bad}: {f:?}");
    }
    assert_eq!(kind_of(&f, "Exeter"), Some(Place), "{f:?}");
}

#[test]
fn a_common_word_left_after_its_run_is_trimmed_is_no_name() {
    // "Last" and "Sunday" are dropped from the runs; what is left is an ordinary word.
    let f = found("Rain fell on Sunday Evening in the valley. Last Month the river rose twice.");
    assert!(!has(&f, "Evening") && !has(&f, "Month"), "{f:?}");
    // The same word kept when the article names it by itself elsewhere.
    let f = found("Later Stone said no. Reporters asked Stone again.");
    assert_eq!(f.iter().filter(|(n, _)| n == "Stone").count(), 2, "{f:?}");
}

#[test]
fn a_word_the_article_also_writes_in_lowercase_needs_support() {
    let f =
        found("Most children eat too much salt, doctors say. Experts say Salt intake harms them.");
    assert!(!has(&f, "Salt"), "{f:?}");
    // A body's short name stays: "Liberty" after "Liberty Institute".
    let f = found(
        "He read a paper by the Liberty Institute. He wanted liberty, and the Liberty paper angered him.",
    );
    assert_eq!(f.iter().filter(|(n, _)| n == "Liberty").count(), 1, "{f:?}");
    // A person's surname stays even when it is also a common word.
    let f = found("Anna Stone spoke first. The stone walls were old, and Stone said so.");
    assert_eq!(f.iter().filter(|(n, _)| n == "Stone").count(), 1, "{f:?}");
}

#[test]
fn a_misspelt_demonym_is_no_name() {
    let f = found("The Itallian side won, and the fans left early.");
    assert!(!has(&f, "Itallian"), "{f:?}");
}

#[test]
fn a_capitalised_function_word_closing_a_run_mid_sentence_is_part_of_a_title() {
    let f = found("She sang a song by Guess Who at the fair.");
    assert!(f.iter().any(|(n, _)| n == "Guess Who"), "{f:?}");
    // At the start of a sentence it is still the function word.
    let f = found("They met Anna Berg. Who she was, nobody knew.");
    assert!(f.iter().any(|(n, _)| n == "Anna Berg"), "{f:?}");
    assert!(!has(&f, "Who"), "{f:?}");
}

#[test]
fn a_company_suffix_without_its_period_makes_a_body() {
    let f = found("The search giant Globex Inc said it would respond.");
    assert_eq!(kind_of(&f, "Globex Inc"), Some(Organization), "{f:?}");
}

#[test]
fn a_titled_given_name_is_a_person_even_ending_in_a_place_word() {
    let f = found("The plan was backed by Mayor John Park on Monday.");
    assert_eq!(kind_of(&f, "John Park"), Some(Person), "{f:?}");
}

#[test]
fn a_name_ending_in_an_event_word_is_an_event() {
    let f = found("Teams came to the Harbour Cup, and Globex sponsors the Valley Science Fair.");
    assert_eq!(kind_of(&f, "Harbour Cup"), Some(Other), "{f:?}");
    assert_eq!(kind_of(&f, "Valley Science Fair"), Some(Other), "{f:?}");
}

#[test]
fn a_spaced_hyphen_joins_a_body_name_and_a_person_after_it_is_split_off() {
    let f = found("A spokeswoman for the Council on Anglo - Celtic Studies Mara Quist said so.");
    assert_eq!(
        kind_of(&f, "Council on Anglo - Celtic Studies"),
        Some(Organization),
        "{f:?}"
    );
    assert_eq!(kind_of(&f, "Mara Quist"), Some(Person), "{f:?}");
    let f = found("The Institute of Marine Studies Ilvra Quenton said so.");
    assert_eq!(
        kind_of(&f, "Institute of Marine Studies"),
        Some(Organization),
        "{f:?}"
    );
    assert!(has(&f, "Ilvra Quenton"), "{f:?}");
    // A dash between clauses still parts two names.
    let f = found("Shares fell in Hong Kong - Ann Roe said traders were calm.");
    assert!(has(&f, "Ann Roe") && !has(&f, "Kong - Ann"), "{f:?}");
}

#[test]
fn a_name_with_of_has_its_head_before_of() {
    let f = found("The Port Authority of Dover said the berths would reopen.");
    assert_eq!(
        kind_of(&f, "Port Authority of Dover"),
        Some(Organization),
        "{f:?}"
    );
    let f = found("Ships waited off Port of Spain on Monday.");
    assert_eq!(kind_of(&f, "Port of Spain"), Some(Place), "{f:?}");
}
