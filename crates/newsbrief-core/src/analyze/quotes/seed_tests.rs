//! The seed articles under `briefs/sources`, with hand-listed names standing in for the entity
//! finder.

use super::testkit::{Input, input};
use super::*;

pub(crate) struct Seed {
    pub text: &'static str,
    pub input: Input<'static>,
}

fn load(file: &str, persons: &[&str], orgs: &[&str], places: &[&str]) -> Seed {
    let path = format!("{}/../../briefs/sources/{file}", env!("CARGO_MANIFEST_DIR"));
    // Held for the whole test run, as the words made of it borrow it.
    let text: &'static str = std::fs::read_to_string(path).unwrap_or_default().leak();
    let input = input(text, true, persons, orgs, places);
    Seed { text, input }
}

pub(crate) fn seeds() -> Vec<(&'static str, Seed)> {
    vec![
        (
            "wapo",
            load(
                "000_370571816f905f24.txt",
                &[
                    "Brett McGurk",
                    "Frank McKenzie",
                    "McKenzie",
                    "Qasem Soleimani",
                    "Soleimani",
                    "Biden",
                    "Mustafa al-Kadhimi",
                    "Kadhimi",
                    "Qasem Muhsen",
                    "Abu Mahdi al-Muhandis",
                    "Muhandis",
                ],
                &[
                    "Associated Press",
                    "White House",
                    "Pentagon",
                    "National Security Council",
                    "Popular Mobilization Forces",
                    "CIA",
                ],
                &[
                    "Iraq",
                    "Irbil",
                    "Ain al-Asad",
                    "Syria",
                    "Baghdad",
                    "Iran",
                    "United States",
                    "Washington",
                    "Tehran",
                    "Israel",
                    "Middle East",
                ],
            ),
        ),
        (
            "newsmax",
            load(
                "001_2c83983b99492c92.txt",
                &["Brett McGurk", "Qasem Soleimani", "Sandy Fitzgerald"],
                &[
                    "The Washington Post",
                    "White House",
                    "Pentagon",
                    "CIA",
                    "Newsmax",
                ],
                &["Iraq", "Irbil", "Ain al-Asad", "Iran", "United States"],
            ),
        ),
        (
            "presstv",
            load(
                "002_d954a6e8cac4d3a0.txt",
                &[
                    "Frank McKenzie",
                    "McKenzie",
                    "Qassem Soleimani",
                    "Soleimani",
                    "Abu Mahdi al-Muhandis",
                    "Ilhan Omar",
                    "Nancy Pelosi",
                ],
                &[
                    "The Washington Post",
                    "Associated Press",
                    "White House",
                    "Press TV",
                    "Popular Mobilization Units",
                ],
                &[
                    "Iraq",
                    "Baghdad",
                    "Ain al-Asad",
                    "Anbar",
                    "Iran",
                    "Mosul",
                    "Qayara",
                ],
            ),
        ),
        (
            "jpost",
            load(
                "003_7ce4c831683eba64.txt",
                &[
                    "Wayne Marotto",
                    "Badr al-Ziyadi",
                    "Abu Mahdi al-Muhandis",
                    "Qasem Soleimani",
                ],
                &[
                    "Coalition",
                    "Press TV",
                    "Security Media Cell",
                    "Sabereen News",
                    "Kataib Hezbollah",
                    "Houthis",
                ],
                &[
                    "Iraq",
                    "Baghdad",
                    "Ain al-Asad",
                    "Ain Al-Asad",
                    "Anbar",
                    "Iran",
                    "Erbil",
                    "Yemen",
                    "Saudi Arabia",
                    "Kirkuk",
                    "Balad",
                    "Syria",
                    "Israel",
                    "Semnan",
                ],
            ),
        ),
        (
            "adg",
            load(
                "004_01b176138a076eb4.txt",
                &[
                    "David Schenker",
                    "Donald Trump",
                    "Trump",
                    "Qassem Soleimani",
                    "Soleimani",
                    "Abu Mahdi al-Muhandis",
                    "Muhandis",
                    "Kirsten Fontenrose",
                    "John Hudson",
                ],
                &[
                    "Pentagon",
                    "State Department",
                    "Kataib Hezbollah",
                    "Atlantic Council",
                    "National Security Council",
                    "The Washington Post",
                ],
                &["Iraq", "Baghdad", "Camp Taji", "Iran"],
            ),
        ),
    ]
}

fn quotes_of(s: &Seed) -> Vec<FoundQuote> {
    find(
        s.text,
        &s.input.blocks,
        &s.input.sentences,
        &s.input.mentions,
        &s.input.words,
    )
}

fn by_words<'a>(s: &'a Seed, qs: &'a [FoundQuote], first: &str) -> &'a FoundQuote {
    qs.iter()
        .find(|q| s.text[q.start..q.end].starts_with(first))
        .unwrap_or_else(|| panic!("no quote starting {first:?}"))
}

#[test]
fn seed_quotes() {
    let all = seeds();
    for (name, s) in &all {
        for q in quotes_of(s) {
            let w: String = s.text[q.start..q.end].chars().take(40).collect();
            eprintln!(
                "{name}: {:?} anon={} partial={} <- {w}",
                q.speaker, q.anonymous, q.partial
            );
        }
    }
    let (_, wapo) = &all[0];
    let qs = quotes_of(wapo);
    let damage = by_words(wapo, &qs, "The damage");
    assert!(wapo.text[damage.start..damage.end].contains("They told our commanders"));
    assert!(damage.anonymous);
    assert_eq!(damage.speaker.as_deref(), Some("one Iraqi soldier"));
    let red = by_words(wapo, &qs, "The death of an American");
    assert!(red.anonymous && !red.partial);
    assert_eq!(red.speaker.as_deref(), Some("one Western official"));
    let next = by_words(wapo, &qs, "The first question");
    assert_eq!(next.speaker.as_deref(), Some("one Western official"));
    let open = by_words(wapo, &qs, "We’re open");
    assert_eq!(open.speaker.as_deref(), Some("McKenzie"));
    assert!(!open.anonymous);
    let unacceptable = by_words(wapo, &qs, "totally and completely unacceptable");
    assert!(unacceptable.partial);

    let (_, adg) = &all[4];
    let qs = quotes_of(adg);
    let red = by_words(adg, &qs, "Where's the red line?");
    assert!(red.anonymous && !red.partial);
    assert!(adg.text[red.start..red.end].ends_with("fundamental discussion"));
    let fontenrose = by_words(adg, &qs, "My assumption");
    assert_eq!(fontenrose.speaker.as_deref(), Some("Kirsten Fontenrose"));
    assert!(adg.text[fontenrose.start..fontenrose.end].contains("'I'm not willing"));
    let blood = by_words(adg, &qs, "if they feel");
    assert_eq!(blood.speaker.as_deref(), Some("a defense official"));

    let (_, jpost) = &all[3];
    let qs = quotes_of(jpost);
    let base = by_words(jpost, &qs, "Ain al-Asad Air Base was attacked");
    assert!(jpost.text[base.start..base.end].ends_with("A hangar was damaged."));
    assert!(!base.anonymous && !base.partial);
    assert_eq!(
        base.speaker.as_deref(),
        Some("The US-led anti-ISIS Coalition")
    );
    let marotto = by_words(jpost, &qs, "undermines");
    assert_eq!(marotto.speaker.as_deref(), Some("Wayne Marotto"));

    let (_, ptv) = &all[2];
    let qs = quotes_of(ptv);
    let drones = by_words(ptv, &qs, "small, fixed-wing drones");
    let block = ptv
        .input
        .blocks
        .iter()
        .find(|b| b.start <= drones.start && drones.start < b.end)
        .unwrap();
    assert!(drones.end <= block.end);
    assert!(drones.partial);
    let red = by_words(ptv, &qs, "The death of an American");
    assert!(red.anonymous);
    let open = by_words(ptv, &qs, "We're open");
    assert_eq!(open.speaker.as_deref(), Some("McKenzie"));
}
