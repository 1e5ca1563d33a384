//! Shared by the app tests: a small hand-made brief and helpers to press keys and find text
//! on an off-screen buffer.
#![allow(dead_code)]

use newsbrief::brief::{
    Article, Block, BlockKind, Brief, Claim, ClaimFeature, Entity, EntityKind, Mention, Quote,
    SCHEMA_VERSION, Sentence,
};
use newsbrief::tui::app::{App, update};
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer, to_action};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

pub mod compare;

/// Builds an article from paragraphs (kind, text); each paragraph is one sentence-split block.
pub fn article(id: &str, outlet: &str, paras: &[(BlockKind, &str)]) -> Article {
    let mut text = String::new();
    let mut blocks = Vec::new();
    let mut sentences = Vec::new();
    for (i, (kind, p)) in paras.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(p);
        blocks.push(Block {
            kind: *kind,
            start,
            end: text.len(),
            reason: None,
            duplicate_of: None,
        });
        if matches!(kind, BlockKind::Body | BlockKind::Headline) {
            let mut s = start;
            for (j, _) in p.match_indices(". ") {
                sentences.push(Sentence {
                    start: s,
                    end: start + j + 1,
                    block: i,
                });
                s = start + j + 2;
            }
            sentences.push(Sentence {
                start: s,
                end: text.len(),
                block: i,
            });
        }
    }
    Article {
        id: id.into(),
        outlet: outlet.into(),
        headline: paras.first().map_or("", |p| p.1).into(),
        source: format!("{id}.txt"),
        text,
        blocks,
        sentences,
        ..Article::default()
    }
}

pub fn mentions(arts: &[Article], name: &str) -> Vec<Mention> {
    arts.iter()
        .flat_map(|a| {
            a.text.match_indices(name).map(|(i, _)| Mention {
                article: a.id.clone(),
                start: i,
                end: i + name.len(),
            })
        })
        .collect()
}

pub fn entity(arts: &[Article], id: &str, name: &str, kind: EntityKind) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: Vec::new(),
        mentions: mentions(arts, name),
    }
}

pub fn sentence_of(a: &Article, at: usize) -> usize {
    a.sentences
        .iter()
        .position(|s| s.start <= at && at < s.end)
        .unwrap()
}

/// A small brief: names, a quote, a claim, boilerplate, a name that wraps, wide text, and an
/// escape sequence hidden in the text.
pub fn brief() -> Brief {
    let a = article(
        "alpha",
        "Alpha News",
        &[
            (BlockKind::Headline, "Zoë Qasem meets the United Nations"),
            (
                BlockKind::Body,
                "Officials in the capital said Zoë Qasem arrived in Baghdad on Monday. \
                 She said \"we are alarmed by the drones\" to the United Nations. \
                 Twelve drones struck the base in April.",
            ),
            (
                BlockKind::Boilerplate,
                "Copyright 2024 Alpha News. All rights reserved.",
            ),
        ],
    );
    let b = article(
        "beta",
        "Beta 日報",
        &[
            (BlockKind::Headline, "東京で会議 with Zoë Qasem"),
            (
                BlockKind::Body,
                "Trap\u{1b}[2J\u{1b}]0;pwned\u{7}: Zoë Qasem spoke in 東京都 about e\u{301}lan. \
                 Baghdad was quiet.",
            ),
        ],
    );
    let c = article(
        "gamma",
        "Gamma Post",
        &[(BlockKind::Body, "A short third article about Baghdad.")],
    );
    let mut arts = vec![a, b, c];
    {
        let a = &mut arts[0];
        let q = a.text.find("we are alarmed").unwrap();
        let qe = q + "we are alarmed by the drones".len();
        a.quotes.push(Quote {
            start: q,
            end: qe,
            sentence: sentence_of(a, q),
            speaker: Some("Zoë Qasem".into()),
            speaker_entity: Some("e1".into()),
            ..Quote::default()
        });
        let c = a.text.find("Twelve drones").unwrap();
        let s = sentence_of(a, c);
        a.claims.push(Claim {
            start: a.sentences[s].start,
            end: a.sentences[s].end,
            sentence: s,
            attribution: None,
            features: vec![ClaimFeature::Number],
        });
    }
    let entities = vec![
        entity(&arts, "e1", "Zoë Qasem", EntityKind::Person),
        entity(&arts, "e2", "United Nations", EntityKind::Organization),
        entity(&arts, "e3", "Baghdad", EntityKind::Place),
    ];
    Brief {
        schema: SCHEMA_VERSION,
        title: "Test brief".into(),
        articles: arts,
        entities,
    }
}

pub fn app(w: u16, h: u16) -> App {
    App::new(brief(), Theme::default_theme(), w, h)
}

pub fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    let ev = Event::Key(KeyEvent::new(code, mods));
    if let Some(a) = to_action(app, &ev) {
        update(app, a);
    }
}

pub fn ch(app: &mut App, c: char) {
    key(app, KeyCode::Char(c), KeyModifiers::NONE);
}

/// Screen positions of every occurrence of `needle`, matching grapheme by grapheme on cells.
pub fn find(buf: &Buffer, needle: &str) -> Vec<(u16, u16)> {
    let want: Vec<&str> = needle.graphemes(true).collect();
    let mut hits = Vec::new();
    for y in 0..buf.area.height {
        let mut cells: Vec<(u16, &str)> = Vec::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            let s = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            skip = UnicodeWidthStr::width(s).saturating_sub(1);
            cells.push((x, s));
        }
        for i in 0..cells.len() {
            if cells.len() - i >= want.len()
                && want.iter().enumerate().all(|(j, g)| cells[i + j].1 == *g)
            {
                hits.push((cells[i].0, y));
            }
        }
    }
    hits
}

pub fn text(app: &App) -> String {
    buffer_text(&render_buffer(app))
}

pub fn seed_app(w: u16, h: u16) -> App {
    App::new(
        newsbrief::brief::default_brief(),
        Theme::default_theme(),
        w,
        h,
    )
}

/// Waits for the background comparison the discrepancy list is made from, as a user would.
pub fn settle(a: &mut App) {
    if a.analysis.wait().is_some() {
        a.refresh();
    }
}
