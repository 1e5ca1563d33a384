//! Names in captions, photo credits and bylines: found, and told apart from the story's.

use crate::analyze::pipeline::brief_from_texts;
use crate::brief::{BlockKind, Brief, Entity};

const STORY: &str = "Harbour strike ends\n\nDock workers in Rotterdam went back to work on Monday, Ann Visser said.\n\nPhoto: Pieter Bakker/Reuters. Ann Visser speaks at the gate.\n\nBy Lotte Jansen and Joris Smit\n";

fn entity<'a>(b: &'a Brief, name: &str) -> &'a Entity {
    b.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no {name}: {:?}", b.entities))
}

#[test]
fn names_in_captions_and_bylines_are_found_as_asides() {
    let b = brief_from_texts("t", &[("Outlet", STORY)]);
    let art = &b.articles[0];
    for name in ["Pieter Bakker", "Lotte Jansen", "Joris Smit"] {
        let e = entity(&b, name);
        assert!(e.mentions.iter().all(|m| art.is_aside(m.start)), "{name}");
    }
    let credit = &entity(&b, "Pieter Bakker").mentions[0];
    assert_eq!(art.block_kind_at(credit.start), Some(BlockKind::Caption));
    let byline = &entity(&b, "Joris Smit").mentions[0];
    assert_eq!(art.block_kind_at(byline.start), Some(BlockKind::Byline));
    // The story's person named again in the caption is one entity, named once by the story.
    let visser = entity(&b, "Ann Visser");
    let story = visser.mentions.iter().filter(|m| !art.is_aside(m.start));
    assert_eq!((visser.mentions.len(), story.count()), (2, 1));
    // A lone capitalised word of a caption that nothing else names is not kept.
    assert!(b.entities.iter().all(|e| e.name != "Photo"));
}
