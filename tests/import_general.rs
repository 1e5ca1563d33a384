//! The whole import pipeline on a made-up article from another outlet on another story: the
//! rules must hold for text nobody tuned them on.

use newsbrief::analyze::pipeline::{Source, build_brief};
use newsbrief::brief::{BlockKind, EntityKind};

const ARTICLE: &str = "Home   /   World   /   Europe

Dockers end Rotterdam strike after 12 days

ROTTERDAM — Dock workers at the Port of Rotterdam ended a 12-day strike on Friday after accepting a pay rise of 4 percent, the FNV union said.

“This is a fair deal for every worker in the port,” said Marieke de Vries, who leads the union’s port section. “We never wanted to stop the ships.”

The port authority said about 300 ships had been delayed. Its chief executive, Allard Castelein, told reporters that traffic would return to normal by Monday.

“We lost time, but we kept our customers,” he said.

Prime Minister Dick Schoof welcomed the agreement, according to a government spokesperson.

Photo: Cranes stand idle at the Maasvlakte terminal. (Reuters)

© 2031 Harbour Gazette. All rights reserved.
";

#[test]
fn a_new_story_from_a_new_outlet_gets_sensible_annotations() {
    let b = build_brief(
        "Port strike",
        &[Source {
            file_name: "dock.txt".into(),
            text: ARTICLE.into(),
            outlet: None,
            published: None,
        }],
    );
    let a = &b.articles[0];
    assert_eq!(a.text, ARTICLE, "text kept unmodified");
    assert_eq!(
        a.outlet, "Harbour Gazette",
        "outlet from the copyright footer"
    );
    assert_eq!(a.headline, "Dockers end Rotterdam strike after 12 days");

    let kind_of = |needle: &str| {
        a.blocks
            .iter()
            .find(|x| a.slice(x.start, x.end).contains(needle))
            .map(|x| x.kind)
            .unwrap()
    };
    assert_ne!(kind_of("Home   /   World"), BlockKind::Body);
    assert_ne!(kind_of("Cranes stand idle"), BlockKind::Body);
    assert_eq!(kind_of("© 2031 Harbour Gazette"), BlockKind::Boilerplate);
    assert_eq!(kind_of("Dock workers at the Port"), BlockKind::Body);

    let entity = |name: &str| {
        b.entities
            .iter()
            .find(|e| e.name == name || e.aliases.iter().any(|x| x == name))
    };
    assert_eq!(
        entity("Marieke de Vries").map(|e| e.kind),
        Some(EntityKind::Person)
    );
    assert_eq!(
        entity("Allard Castelein").map(|e| e.kind),
        Some(EntityKind::Person)
    );
    assert_eq!(
        entity("Dick Schoof").map(|e| e.kind),
        Some(EntityKind::Person),
        "title stays out of the name"
    );
    assert_eq!(entity("Rotterdam").map(|e| e.kind), Some(EntityKind::Place));
    for junk in ["This", "The", "Its", "Photo", "Home"] {
        assert!(entity(junk).is_none(), "{junk} is not an entity");
    }

    let quote = |start: &str| {
        a.quotes
            .iter()
            .find(|q| a.slice(q.start, q.end).starts_with(start))
            .unwrap()
    };
    assert_eq!(
        quote("This is a fair deal").speaker.as_deref(),
        Some("Marieke de Vries")
    );
    assert_eq!(
        quote("We never wanted").speaker.as_deref(),
        Some("Marieke de Vries"),
        "continuation keeps the speaker"
    );
    assert_eq!(
        quote("We lost time").speaker.as_deref(),
        Some("Allard Castelein"),
        "he resolves to the nearest person"
    );
    assert!(a.quotes.iter().all(|q| !q.anonymous));

    let claim = a
        .claims
        .iter()
        .find(|c| a.slice(c.start, c.end).contains("300 ships"))
        .expect("numeric claim");
    assert!(
        claim
            .attribution
            .as_deref()
            .is_some_and(|s| s.contains("port authority")),
        "{claim:?}"
    );
    assert!(
        a.claims
            .iter()
            .all(|c| !a.slice(c.start, c.end).contains("Cranes")),
        "captions are not claims"
    );
}
