//! A page without what is never article text, before any document tree is built from it.
//!
//! rs-trafilatura builds two trees of the whole page (one to clean, one kept for its fallback),
//! each about eight bytes per page byte, and only then drops scripts, styles and vector
//! graphics. On large real pages those are most of the bytes (inline script bundles, JSON
//! state, SVG icon sets), so they are removed first in one streaming pass (lol_html, which
//! holds a few kilobytes whatever the page size): the trees are built of what is left.

use lol_html::{HtmlRewriter, Settings, doc_comments, element};

/// Elements whose content is never read as text: code, styling, vector graphics, embedded
/// media and frames. The extractor removes all of them before it looks for the article.
/// `<noscript>` stays (the extractor keeps a long one), and so do `<head>`, `<time>` and
/// `<figure>`, which the metadata pass reads.
const NEVER_TEXT: &str =
    "style, svg, math, template, iframe, object, embed, canvas, video, audio, applet";

/// Page furniture the extractor removes whole both before it looks for the article and before
/// its fallback does (rs-trafilatura's cleaning and its fallback's sanitising lists): site
/// navigation, sidebars, and form controls (a `<form>` itself stays, since the fallback reads
/// the text of pages wrapped in one). Removed here, its markup never becomes tree nodes.
const NEVER_ARTICLE: &str = "nav, aside, button, select, option, input, fieldset, label";

/// The page with every comment, every script but JSON-LD (which names the headline, author,
/// date and sometimes the whole article body) and every [`NEVER_TEXT`] and [`NEVER_ARTICLE`]
/// element removed. A page
/// the rewriter cannot take is returned whole: this pass only saves memory.
pub fn strip(html: &str) -> String {
    let mut out = Vec::with_capacity(html.len() / 2);
    // Rare non-conforming nesting that a streaming parser cannot be sure of is read as best it
    // can rather than refused; the extractor reads the result as a browser would.
    let settings = Settings::new()
        .with_strict(false)
        .append_element_content_handler(element!("script", |el| {
            let linked_data = el
                .get_attribute("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
            if !linked_data {
                el.remove();
            }
            Ok(())
        }))
        .append_element_content_handler(element!(NEVER_TEXT, |el| {
            el.remove();
            Ok(())
        }))
        .append_element_content_handler(element!(NEVER_ARTICLE, |el| {
            el.remove();
            Ok(())
        }))
        .append_document_content_handler(doc_comments!(|c| {
            c.remove();
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |chunk: &[u8]| out.extend_from_slice(chunk));
    let done = rewriter
        .write(html.as_bytes())
        .and_then(|()| rewriter.end());
    if done.is_err() {
        return html.to_string();
    }
    String::from_utf8(out).unwrap_or_else(|_| html.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_styles_and_graphics_go_and_text_and_linked_data_stay() {
        let page = r#"<html><head><title>T</title><style>p{color:red}</style>
<script type="application/ld+json">{"headline":"H"}</script><script>var x = "<p>no</p>";</script>
</head><body><!-- a comment --><p>Kept <b>text</b>.</p><svg><path d="M0 0"/></svg>
<SCRIPT src="a.js"></SCRIPT><noscript>Enable scripts</noscript><p>More.</p></body></html>"#;
        let lean = strip(page);
        for gone in ["color:red", "var x", "a comment", "<svg", "a.js"] {
            assert!(!lean.contains(gone), "{gone} kept in {lean}");
        }
        for kept in [
            "<title>T</title>",
            r#"{"headline":"H"}"#,
            "<p>Kept <b>text</b>.</p>",
            "<noscript>Enable scripts</noscript>",
            "<p>More.</p>",
        ] {
            assert!(lean.contains(kept), "{kept} lost from {lean}");
        }
    }

    #[test]
    fn navigation_sidebars_and_controls_go_and_forms_and_metadata_stay() {
        let page = r#"<html><head><link rel="canonical" href="https://x.example/a"></head><body>
<nav><a href="/">Home</a></nav><aside>Related: other story</aside><form action="/f">
<p>Body in a form.</p><fieldset><label>Email</label><input name="e"><select><option>A
</select></fieldset><button>Subscribe</button></form><figure><figcaption>Cap</figcaption>
</figure><time datetime="2031-05-16">May 16</time></body></html>"#;
        let lean = strip(page);
        for gone in ["Home", "Related", "Email", "<input", "<option", "Subscribe"] {
            assert!(!lean.contains(gone), "{gone} kept in {lean}");
        }
        for kept in [
            "https://x.example/a",
            "<p>Body in a form.</p>",
            "<figcaption>Cap</figcaption>",
            r#"<time datetime="2031-05-16">"#,
        ] {
            assert!(lean.contains(kept), "{kept} lost from {lean}");
        }
    }

    #[test]
    fn broken_markup_still_gives_its_text() {
        for page in [
            "<p>Unclosed <b>bold",
            "<svg><textarea><p>x</p>",
            "<<<>>>",
            "",
        ] {
            let lean = strip(page);
            assert!(lean.len() <= page.len(), "{page:?} grew to {lean:?}");
        }
        assert!(strip("<p>Unclosed <b>bold").contains("Unclosed <b>bold"));
    }
}
