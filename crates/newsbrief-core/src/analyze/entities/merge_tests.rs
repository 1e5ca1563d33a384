use super::detect_tests::body;
use super::*;
use crate::brief::Entity;

/// Finds the mentions of each text and merges them, the way the pipeline does; the seed tests
/// run the same path over the seed articles.
pub(super) fn run<T: AsRef<str>>(texts: &[T]) -> Vec<Entity> {
    let texts: Vec<&str> = texts.iter().map(AsRef::as_ref).collect();
    let ms: Vec<Vec<RawMention>> = texts
        .iter()
        .map(|t| {
            let (b, s) = body(t);
            find_mentions(t, &b, &s)
        })
        .collect();
    let ids: Vec<String> = (0..texts.len()).map(|i| format!("a{i}")).collect();
    let inputs: Vec<ArticleMentions<'_>> = texts
        .iter()
        .zip(&ms)
        .zip(&ids)
        .map(|((t, m), id)| ArticleMentions {
            article: id,
            text: t,
            mentions: m,
            asides: &[],
        })
        .collect();
    merge(&inputs)
}

fn find<'a>(es: &'a [Entity], alias: &str) -> Vec<&'a Entity> {
    es.iter()
        .filter(|e| e.name == alias || e.aliases.iter().any(|a| a == alias))
        .collect()
}

#[test]
fn surname_joins_full_name_only_when_unambiguous() {
    let es = run(&[
        "Union leader Henk de Vries said the strike would go on.",
        "De Vries told reporters in Rotterdam that Vries was wrong. Mark Rutte agreed.",
        "Later Rutte spoke.",
    ]);
    let rutte = find(&es, "Rutte");
    assert_eq!(rutte.len(), 1);
    assert_eq!(rutte[0].name, "Mark Rutte");
    assert_eq!(rutte[0].kind, EntityKind::Person);
    assert_eq!(rutte[0].mentions.len(), 2);
}

#[test]
fn first_names_do_not_merge() {
    let es = run(&[
        "Gen. Qasem Soleimani and Gen. Qasem Muhsen met Abu Mahdi al-Muhandis. Soleimani left.",
    ]);
    let s = find(&es, "Qasem Soleimani");
    let m = find(&es, "Qasem Muhsen");
    assert_eq!(s.len(), 1);
    assert_eq!(m.len(), 1);
    assert_ne!(s[0].id, m[0].id);
    assert_eq!(find(&es, "Soleimani")[0].id, s[0].id);
    assert_ne!(find(&es, "Abu Mahdi al-Muhandis")[0].id, s[0].id);
}

#[test]
fn transliterations_exonyms_and_country_forms_merge() {
    let es = run(&[
        "Officials in Erbil blamed Gen. Qassem Soleimani and the United States.",
        "A drone hit Irbil, where Gen. Qasem Soleimani was once seen by U.S. and US troops. Iran and Iraq disagreed.",
    ]);
    assert_eq!(find(&es, "Irbil")[0].id, find(&es, "Erbil")[0].id);
    assert_eq!(
        find(&es, "Qasem Soleimani")[0].id,
        find(&es, "Qassem Soleimani")[0].id
    );
    let us = find(&es, "U.S.");
    assert_eq!(us[0].name, "United States");
    assert_eq!(us[0].id, find(&es, "US")[0].id);
    assert_ne!(find(&es, "Iran")[0].id, find(&es, "Iraq")[0].id);
}

#[test]
fn acronym_in_brackets_and_from_data_merge() {
    let es = run(&[
        "The Brazilian Democratic Movement (MDB) won in Recife.",
        "The MDB lost in Santos. The CIA was silent.",
        "The Central Intelligence Agency denied it.",
    ]);
    assert_eq!(
        find(&es, "MDB")[0].id,
        find(&es, "Brazilian Democratic Movement")[0].id
    );
    assert_eq!(
        find(&es, "CIA")[0].id,
        find(&es, "Central Intelligence Agency")[0].id
    );
}

#[test]
fn ids_are_sequential_and_deterministic() {
    let texts = ["Rotterdam dockers met Mark Rutte.", "Rutte visited Brazil."];
    let a = run(&texts);
    let b = run(&texts);
    assert_eq!(a, b);
    for (i, e) in a.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", i + 1));
    }
}

#[test]
fn familiar_and_formal_given_names_merge() {
    let es = run(&[
        "Bill Harmon met dockers in Rotterdam. William Harmon said later that Harmon was pleased.",
    ]);
    let h = find(&es, "Bill Harmon");
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].id, find(&es, "William Harmon")[0].id);
    assert_eq!(h[0].id, find(&es, "Harmon")[0].id);
}

#[test]
fn a_shared_surname_goes_to_the_person_named_first() {
    let es = run(&[
        "Sami Haddad, 14, built a clock. His father, Omar Haddad, drove him to school. Haddad said he was proud of it.",
    ]);
    let sami = find(&es, "Sami Haddad");
    assert_eq!(sami.len(), 1);
    assert_eq!(find(&es, "Haddad")[0].id, sami[0].id);
    assert_ne!(find(&es, "Omar Haddad")[0].id, sami[0].id);
}

#[test]
fn a_surname_joins_the_person_its_own_story_names() {
    let es = run(&[
        "Lena Marek opened the hospital wing on Monday.",
        "Tomas Marek spoke to farmers in Brno. Marek said prices would rise.",
        "On Tuesday, Marek toured the plant.",
    ]);
    let tomas = find(&es, "Tomas Marek");
    let lena = find(&es, "Lena Marek");
    assert_eq!(tomas.len(), 1);
    assert_eq!(lena.len(), 1);
    // In Tomas's story, "Marek" is Tomas although Lena is named first in the brief.
    assert!(
        tomas[0]
            .mentions
            .iter()
            .any(|m| m.article == "a1" && m.start > 30)
    );
    // A story that names neither leaves the surname a name of its own.
    let alone: Vec<&Entity> = es
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.article == "a2"))
        .collect();
    assert_eq!(alone.len(), 1);
    assert_eq!(alone[0].name, "Marek");
    assert!(alone[0].mentions.iter().all(|m| m.article == "a2"));
}

#[test]
fn an_honorific_picks_the_person_of_its_gender() {
    let es = run(&[
        "Hillary Clinton and Bill Clinton went to Iowa. Mr. Clinton spoke first. \
         Mrs. Clinton spoke last.",
    ]);
    let bill = find(&es, "Bill Clinton");
    let hillary = find(&es, "Hillary Clinton");
    assert_eq!(bill.len(), 1);
    assert_eq!(hillary.len(), 1);
    assert_eq!(bill[0].mentions.len(), 2);
    assert_eq!(hillary[0].mentions.len(), 2);
}

#[test]
fn a_name_group_of_several_words_stays_one_entity_across_stories() {
    // A group key has no space, yet its names are not surnames to be split by story.
    let es = run(&[
        "The Popular Mobilization Forces said the convoy was hit.",
        "Leaders of the Hashd al-Shaabi met in Baghdad. The Hashd al-Sha’abi denied it.",
    ]);
    let pmf = find(&es, "Hashd al-Sha’abi");
    assert_eq!(pmf.len(), 1);
    assert_eq!(pmf[0].mentions.len(), 3, "{pmf:?}");
}
