//! Parsing the query language (see the module documentation of [`crate::search`]).

use super::prepare::{fold, fold_lower};

/// What an item is, so a query can keep only one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Quote,
    Claim,
    Entity,
}

impl ItemKind {
    /// The word used in tables and JSON.
    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Quote => "quote",
            ItemKind::Claim => "claim",
            ItemKind::Entity => "entity",
        }
    }

    fn bit(self) -> u8 {
        match self {
            ItemKind::Quote => 1,
            ItemKind::Claim => 2,
            ItemKind::Entity => 4,
        }
    }
}

/// One word to look for, kept in the form it is matched in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The word as typed.
    pub typed: String,
    /// Smart case: a capital in the word makes it match case for case.
    pub case_sensitive: bool,
    /// The matching form: folded, and lowercased unless case-sensitive.
    pub(crate) pat: String,
    pub(crate) chars: Vec<char>,
    /// Three letters or more: long enough that a match inside a word ("line" in "Alliance")
    /// is most likely not what was meant, so it ranks below every match at a word start.
    pub(crate) starts_first: bool,
}

impl Term {
    fn new(typed: &str) -> Term {
        let case_sensitive = typed.chars().any(char::is_uppercase);
        let pat: String = if case_sensitive {
            typed.chars().map(fold).collect()
        } else {
            typed.chars().map(fold_lower).collect()
        };
        Term {
            typed: typed.to_string(),
            case_sensitive,
            starts_first: pat.chars().count() >= 3,
            chars: pat.chars().collect(),
            pat,
        }
    }

    /// Longest stretch of text, in chars, a match of this term may cover: a few stray letters
    /// are allowed (typos, abbreviations), letters scattered over a sentence are not. The slack
    /// is the same for every length so that a longer word only ever narrows the matches, and
    /// small, so that the word index can tell from a word alone whether a stretch can start in
    /// it.
    pub(crate) fn max_span(&self) -> usize {
        self.chars.len() + SPAN_SLACK
    }
}

/// Extra chars a term's match may span beyond the term's own length.
pub const SPAN_SLACK: usize = 2;

/// A parsed query: words to match plus filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
    /// Kinds kept, as a bit set; 0 keeps every kind.
    kinds: u8,
    /// `#word` filters, lowercased.
    pub outlets: Vec<String>,
    /// `@word` filters, lowercased.
    pub names: Vec<String>,
    /// The words joined by single spaces and lowercased, when there are two or more: an item
    /// holding this exact run ranks higher.
    pub phrase: Option<String>,
}

impl Query {
    /// Parses a query; never fails (a lone `#` or `@` is ignored while it is being typed).
    pub fn parse(input: &str) -> Query {
        let mut q = Query::default();
        for word in input.split_whitespace() {
            let mut word = word;
            if let Some(kind) = kind_prefix(word) {
                q.kinds |= kind.bit();
                word = &word[2..];
                if word.is_empty() {
                    continue;
                }
            }
            if let Some(rest) = word.strip_prefix('#') {
                if !rest.is_empty() {
                    q.outlets.push(rest.chars().map(fold_lower).collect());
                }
            } else if let Some(rest) = word.strip_prefix('@') {
                if !rest.is_empty() {
                    q.names.push(rest.chars().map(fold_lower).collect());
                }
            } else {
                q.terms.push(Term::new(word));
            }
        }
        if q.terms.len() >= 2 {
            let words: Vec<String> = q
                .terms
                .iter()
                .map(|t| t.typed.chars().map(fold_lower).collect())
                .collect();
            q.phrase = Some(words.join(" "));
        }
        q
    }

    /// True when the query asks for nothing at all (no words, no filters).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.kinds == 0 && self.outlets.is_empty() && self.names.is_empty()
    }

    /// Whether items of this kind can match.
    #[inline]
    pub fn allows(&self, kind: ItemKind) -> bool {
        self.kinds == 0 || self.kinds & kind.bit() != 0
    }
}

/// The kind of a `q:`, `c:` or `e:` prefix.
fn kind_prefix(word: &str) -> Option<ItemKind> {
    let b = word.as_bytes();
    if b.len() < 2 || b[1] != b':' {
        return None;
    }
    match b[0].to_ascii_lowercase() {
        b'q' => Some(ItemKind::Quote),
        b'c' => Some(ItemKind::Claim),
        b'e' => Some(ItemKind::Entity),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(q: &Query) -> Vec<&str> {
        q.terms.iter().map(|t| t.typed.as_str()).collect()
    }

    #[test]
    fn words_and_filters_are_told_apart() {
        let q = Query::parse("  red  q: #WaPo line @McKenzie ");
        assert_eq!(typed(&q), ["red", "line"]);
        assert!(q.allows(ItemKind::Quote));
        assert!(!q.allows(ItemKind::Claim));
        assert!(!q.allows(ItemKind::Entity));
        assert_eq!(q.outlets, ["wapo"]);
        assert_eq!(q.names, ["mckenzie"]);
        assert_eq!(q.phrase.as_deref(), Some("red line"));
    }

    #[test]
    fn kind_prefix_may_be_attached_and_combined() {
        let q = Query::parse("q:drone C:");
        assert_eq!(typed(&q), ["drone"]);
        assert!(q.allows(ItemKind::Quote) && q.allows(ItemKind::Claim));
        assert!(!q.allows(ItemKind::Entity));
        assert!(q.phrase.is_none());
        // A word that merely contains a colon elsewhere is a word.
        assert_eq!(typed(&Query::parse("10:30")), ["10:30"]);
    }

    #[test]
    fn bare_sigils_are_ignored_and_empty_is_empty() {
        assert!(Query::parse("# @").is_empty());
        assert!(Query::parse("   ").is_empty());
        assert!(!Query::parse("e:").is_empty());
    }

    #[test]
    fn smart_case() {
        let q = Query::parse("iran Iran");
        assert!(!q.terms[0].case_sensitive);
        assert!(q.terms[1].case_sensitive);
        assert_eq!(q.terms[0].pat, "iran");
        assert_eq!(q.terms[1].pat, "Iran");
        // Curly apostrophes are folded so "don’t" and "don't" are the same word.
        assert_eq!(Query::parse("don’t").terms[0].pat, "don't");
    }
}
