//! Phrase lists searched in one pass over a line.
//!
//! The boilerplate rules hold dozens of phrases and every line of every capture is checked
//! against them; one Aho-Corasick automaton per list finds all of them at once instead of one
//! substring search per phrase.

use aho_corasick::AhoCorasick;

/// Phrases in numbered groups (a group is one rule of the table, in table order).
pub(super) struct Phrases {
    automaton: Option<AhoCorasick>,
    /// The group of each phrase, by pattern index.
    group: Vec<usize>,
}

impl Phrases {
    /// Empty phrases are left out: they would match everywhere and name nothing.
    pub fn new<'a, G, P>(groups: G) -> Self
    where
        G: IntoIterator<Item = P>,
        P: IntoIterator<Item = &'a str>,
    {
        let mut patterns = Vec::new();
        let mut group = Vec::new();
        for (g, phrases) in groups.into_iter().enumerate() {
            for p in phrases.into_iter().filter(|p| !p.is_empty()) {
                patterns.push(p);
                group.push(g);
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(AhoCorasick::new(&patterns).expect("phrase lists are small enough to compile"))
        };
        Self { automaton, group }
    }

    /// Every occurrence of every phrase, overlapping ones included: (phrase, group, start, end).
    pub fn occurrences<'h>(
        &'h self,
        hay: &'h str,
    ) -> impl Iterator<Item = (usize, usize, usize, usize)> + 'h {
        self.automaton
            .iter()
            .flat_map(move |ac| ac.find_overlapping_iter(hay))
            .map(|m| {
                let p = m.pattern().as_usize();
                (p, self.group[p], m.start(), m.end())
            })
    }

    /// The first group (in table order) with a phrase that occurs in `hay` as whole words, with
    /// no letter or digit glued to either side.
    pub fn first_group_as_words(&self, hay: &str) -> Option<usize> {
        self.occurrences(hay)
            .filter(|&(_, _, s, e)| {
                let before = hay[..s].chars().next_back();
                let after = hay[e..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .map(|(_, g, _, _)| g)
            .min()
    }

    /// Whether any phrase occurs in `hay`, word boundaries or not.
    pub fn any_in(&self, hay: &str) -> bool {
        self.automaton.as_ref().is_some_and(|ac| ac.is_match(hay))
    }

    /// How many different phrases occur in `hay`.
    pub fn distinct_in(&self, hay: &str) -> usize {
        let mut seen = vec![false; self.group.len()];
        for (p, ..) in self.occurrences(hay) {
            seen[p] = true;
        }
        seen.iter().filter(|&&s| s).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_rule_with_a_whole_word_phrase() {
        let p = Phrases::new([vec!["min read", "app"], vec!["read", ""]]);
        // "app" inside "apply" is no word; "read" is, and it is in the second rule.
        assert_eq!(p.first_group_as_words("apply to read"), Some(1));
        // Overlapping occurrences: "min read" (rule 0) is found although "read" also matches.
        assert_eq!(p.first_group_as_words("a 5 min read"), Some(0));
        assert_eq!(p.first_group_as_words("dreadful"), None);
        assert!(p.any_in("dreadful"));
        assert_eq!(p.distinct_in("read read app"), 2);
        let none = Phrases::new(Vec::<Vec<&str>>::new());
        assert_eq!(none.first_group_as_words("anything"), None);
        assert!(!none.any_in("anything"));
    }
}
