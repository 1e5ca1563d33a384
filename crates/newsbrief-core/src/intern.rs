//! Numbers for repeated strings, so big indexes hold a `u32` per occurrence rather than a copy.

use std::collections::HashMap;

/// Each distinct string once, numbered in the order first seen (deterministic for the same
/// input order).
#[derive(Debug, Default)]
pub(crate) struct Interner {
    ids: HashMap<String, u32>,
    all: Vec<String>,
}

impl Interner {
    /// The number of `s`, given a new one the first time it is seen.
    pub fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.all.len() as u32;
        self.all.push(s.to_string());
        self.ids.insert(s.to_string(), id);
        id
    }

    /// The strings by number.
    pub fn into_strings(self) -> Vec<String> {
        self.all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_each_string_once_in_first_seen_order() {
        let mut i = Interner::default();
        assert_eq!(i.id("b"), 0);
        assert_eq!(i.id("a"), 1);
        assert_eq!(i.id("b"), 0);
        assert_eq!(i.into_strings(), ["b", "a"]);
    }
}
