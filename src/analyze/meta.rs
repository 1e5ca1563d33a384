//! Facts about an article read from its text: outlet, headline, date.
//! (Owner: boilerplate/sentences work; placeholder bodies until then.)

use crate::brief::Block;

/// The outlet named by a signature in the text (copyright footer, site notice, comment-system
/// notice), if any.
pub fn detect_outlet(_text: &str, _blocks: &[Block]) -> Option<String> {
    None
}

/// The headline: a headline block, a "Print Headline:" line, else the lede's first sentence.
pub fn detect_headline(text: &str, blocks: &[Block]) -> String {
    blocks
        .first()
        .map(|b| text[b.start..b.end].to_string())
        .unwrap_or_default()
}

/// A publication date (`YYYY-MM-DD`) stated in the capture, if any.
pub fn detect_date(_text: &str, _blocks: &[Block]) -> Option<String> {
    None
}

/// One known outlet from `data/outlets.json`.
#[derive(Debug, serde::Deserialize)]
pub struct KnownOutlet {
    pub name: String,
    pub id: String,
    pub names: Vec<String>,
    pub signatures: Vec<String>,
}

#[derive(serde::Deserialize)]
struct OutletTable {
    outlets: Vec<KnownOutlet>,
}

/// The outlets newsbrief knows by name, embedded from `data/outlets.json`.
pub fn known_outlets() -> &'static [KnownOutlet] {
    static TABLE: std::sync::OnceLock<Vec<KnownOutlet>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        serde_json::from_str::<OutletTable>(include_str!("../../data/outlets.json"))
            .expect("data/outlets.json is valid (checked by a unit test)")
            .outlets
    })
}

/// The short id of a known outlet, matched on its name or any other name it goes by.
pub fn known_outlet_id(outlet: &str) -> Option<&'static str> {
    let o = outlet.trim();
    known_outlets()
        .iter()
        .find(|k| {
            k.name.eq_ignore_ascii_case(o) || k.names.iter().any(|n| n.eq_ignore_ascii_case(o))
        })
        .map(|k| k.id.as_str())
}

#[cfg(test)]
mod known_tests {
    use super::*;

    #[test]
    fn outlet_table_loads_and_ids_are_unique() {
        let t = known_outlets();
        assert!(t.len() > 5);
        let mut ids: Vec<_> = t.iter().map(|k| &k.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), t.len());
        assert_eq!(known_outlet_id("the washington post"), Some("wapo"));
        assert_eq!(known_outlet_id("Nobody Weekly"), None);
    }
}
