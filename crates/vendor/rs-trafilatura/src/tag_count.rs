//! newsbrief patch: how many `<p>` and `<table>` elements a parse of some HTML holds, counted
//! without building its tree.
//!
//! `extract_content` asked this of the extracted article's HTML by parsing it into a
//! `dom_query::Document` and selecting `p` and `table`: a second tree of the whole article (its
//! text and its nodes) beside the page's, more than four times the article's size on a long one.
//! This runs the same html5ever tree builder with the same options as `Document::from`, over a
//! sink that keeps of each node only its name and parent, and counts the elements named `p` and
//! `table` that end up under the document, as `select` does (elements taken out of the tree and
//! a template's contents are not under it). The HTML is fed in pieces, so no copy of it is made.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, Attribute, LocalName, Namespace, ParseOpts, QualName};

/// The numbers of `p` and `table` elements in the document `html` parses to.
pub(crate) fn p_and_table(html: &str) -> (usize, usize) {
    let opts = ParseOpts {
        tokenizer: Default::default(),
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
    };
    let mut parser = html5ever::parse_document(Counter::default(), opts);
    let mut rest = html;
    while !rest.is_empty() {
        let mut cut = rest.len().min(64 * 1024);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (piece, after) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(piece));
        rest = after;
    }
    parser.finish()
}

const DOCUMENT: usize = 0;

struct Node {
    /// `None` for the document, a template's contents, comments and instructions.
    name: Option<QualName>,
    parent: Option<usize>,
    template_contents: Option<usize>,
    annotation_xml_integration_point: bool,
}

struct Counter {
    nodes: RefCell<Vec<Node>>,
}

impl Default for Counter {
    fn default() -> Self {
        Self {
            nodes: RefCell::new(vec![Node::bare()]),
        }
    }
}

impl Node {
    fn bare() -> Self {
        Self {
            name: None,
            parent: None,
            template_contents: None,
            annotation_xml_integration_point: false,
        }
    }
}

/// An element's name, held by value: the sink's nodes sit in a `RefCell`.
#[derive(Debug)]
pub(crate) struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl Counter {
    fn push(&self, node: Node) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(node);
        nodes.len() - 1
    }

    fn set_parent(&self, child: &NodeOrText<usize>, parent: Option<usize>) {
        if let NodeOrText::AppendNode(id) = child {
            if let Some(node) = self.nodes.borrow_mut().get_mut(*id) {
                node.parent = parent;
            }
        }
    }

    fn parent_of(&self, id: usize) -> Option<usize> {
        self.nodes.borrow().get(id).and_then(|n| n.parent)
    }
}

impl TreeSink for Counter {
    type Handle = usize;
    type Output = (usize, usize);
    type ElemName<'a> = Name;

    fn finish(self) -> (usize, usize) {
        let nodes = self.nodes.into_inner();
        // Whether each node is under the document; parents can come after their children
        // (a node moved under a later one), so this follows each chain once, remembering the
        // answer for every node on it (and a cycle, which the builder never makes, as "no").
        const UNKNOWN: u8 = 0;
        const ON_CHAIN: u8 = 1;
        const UNDER: u8 = 2;
        const OUTSIDE: u8 = 3;
        let mut state = vec![UNKNOWN; nodes.len()];
        state[DOCUMENT] = UNDER;
        let mut counts = (0, 0);
        let mut chain = Vec::new();
        for id in 0..nodes.len() {
            let mut at = id;
            let answer = loop {
                match state[at] {
                    UNDER => break UNDER,
                    OUTSIDE | ON_CHAIN => break OUTSIDE,
                    _ => {}
                }
                state[at] = ON_CHAIN;
                chain.push(at);
                match nodes[at].parent {
                    Some(p) if p < nodes.len() => at = p,
                    _ => break OUTSIDE,
                }
            };
            for c in chain.drain(..) {
                state[c] = answer;
            }
            if answer != UNDER {
                continue;
            }
            if let Some(name) = &nodes[id].name {
                if name.local == local_name!("p") {
                    counts.0 += 1;
                } else if name.local == local_name!("table") {
                    counts.1 += 1;
                }
            }
        }
        counts
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Name {
        let nodes = self.nodes.borrow();
        let name = nodes.get(*target).and_then(|n| n.name.clone());
        Name(name.unwrap_or_else(|| QualName::new(None, Namespace::from(""), LocalName::from(""))))
    }

    fn create_element(&self, name: QualName, _attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        let id = self.push(Node {
            name: Some(name),
            annotation_xml_integration_point: flags.mathml_annotation_xml_integration_point,
            ..Node::bare()
        });
        if flags.template {
            let contents = self.push(Node::bare());
            self.nodes.borrow_mut()[id].template_contents = Some(contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.push(Node::bare())
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.push(Node::bare())
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.set_parent(&child, Some(*parent));
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        match self.parent_of(*element) {
            Some(parent) => self.set_parent(&child, Some(parent)),
            None => self.set_parent(&child, Some(*prev_element)),
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &usize) -> usize {
        let nodes = self.nodes.borrow();
        nodes.get(*target).and_then(|n| n.template_contents).unwrap_or(*target)
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let parent = self.parent_of(*sibling);
        self.set_parent(&new_node, parent);
    }

    fn add_attrs_if_missing(&self, _target: &usize, _attrs: Vec<Attribute>) {}

    fn remove_from_parent(&self, target: &usize) {
        if let Some(node) = self.nodes.borrow_mut().get_mut(*target) {
            node.parent = None;
        }
    }

    /// A scan of every node: the tree builder calls this only in the adoption agency
    /// algorithm, for misnested formatting elements, which the serialised HTML this counts
    /// does not hold.
    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        for n in self.nodes.borrow_mut().iter_mut() {
            if n.parent == Some(*node) {
                n.parent = Some(*new_parent);
            }
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &usize) -> bool {
        let nodes = self.nodes.borrow();
        nodes.get(*handle).is_some_and(|n| n.annotation_xml_integration_point)
    }
}
