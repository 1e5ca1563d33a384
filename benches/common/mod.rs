//! Inputs shared by the benchmarks: the seed texts and a synthetic corpus made from them.

#![allow(dead_code)]

use newsbrief::analyze::pipeline::Source;

/// The seed articles of the built-in brief, as import sources.
pub fn seed_sources() -> Vec<Source> {
    let brief = newsbrief::brief::default_brief();
    brief
        .articles
        .iter()
        .map(|a| Source {
            file_name: a.source.clone(),
            text: a.text.clone(),
            outlet: Some(a.outlet.clone()),
            published: a.published.clone(),
        })
        .collect()
}

/// A small deterministic generator, so runs are comparable without a random-number crate.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const NAMES: [&str; 12] = [
    "Amira Haddad",
    "Lukas Brandt",
    "Col. Ruth Okafor",
    "Gen. Tomas Lind",
    "Mayor Ines Duarte",
    "Rep. Carl Mendes",
    "Sen. Joanna Pike",
    "Dr. Omar Farouk",
    "Minister Hana Sato",
    "Capt. Eli Ward",
    "President Mara Quist",
    "Prime Minister Ivo Stan",
];
const PLACES: [&str; 10] = [
    "Rotterdam",
    "Basra",
    "Mosul",
    "Kirkuk",
    "Tallinn",
    "Porto",
    "Gdansk",
    "Aleppo",
    "Haifa",
    "Lagos",
];

/// `n` articles made from the seed texts, each varied: paragraphs reordered, numbers changed,
/// and names and places swapped in, so no two are alike and nothing is cached by accident.
pub fn synthetic_sources(n: usize) -> Vec<Source> {
    let seeds = seed_sources();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            let seed = &seeds[i % seeds.len()];
            let mut paras: Vec<String> = seed.text.lines().map(str::to_string).collect();
            for _ in 0..paras.len() / 3 {
                let (a, b) = (rng.below(paras.len()), rng.below(paras.len()));
                paras.swap(a, b);
            }
            let mut text = String::with_capacity(seed.text.len() + 256);
            for p in &paras {
                let mut line = p.clone();
                if rng.below(3) == 0 {
                    line.push_str(&format!(
                        " {} said {} people gathered in {} on day {}.",
                        NAMES[rng.below(NAMES.len())],
                        rng.below(5000),
                        PLACES[rng.below(PLACES.len())],
                        i
                    ));
                }
                text.push_str(&line);
                text.push('\n');
            }
            Source {
                file_name: format!("synthetic-{i:05}.txt"),
                text,
                outlet: Some(format!("Outlet {}", i % 97)),
                published: None,
            }
        })
        .collect()
}

/// Words in a set of sources (for throughput figures).
pub fn word_count(sources: &[Source]) -> u64 {
    sources
        .iter()
        .map(|s| s.text.split_whitespace().count() as u64)
        .sum()
}

/// The seed brief's articles repeated to `n`, with unique ids and outlet names and their entity
/// mentions, so a big brief has the seed brief's density of annotations.
pub fn big_brief(n: usize) -> newsbrief::brief::Brief {
    let seed = newsbrief::brief::default_brief();
    let mut b = seed.clone();
    b.articles.clear();
    for e in &mut b.entities {
        e.mentions.clear();
    }
    for i in 0..n {
        let src = &seed.articles[i % seed.articles.len()];
        let mut a = src.clone();
        a.id = format!("{}-{i}", src.id);
        a.outlet = format!("{} {i}", src.outlet);
        for (e, se) in b.entities.iter_mut().zip(&seed.entities) {
            e.mentions
                .extend(se.mentions.iter().filter(|m| m.article == src.id).map(|m| {
                    let mut m = m.clone();
                    m.article = a.id.clone();
                    m
                }));
        }
        b.articles.push(a);
    }
    b
}
