//! Plain-text tables for the terminal or a pipe: cells are sanitised and measured in display
//! columns, so untrusted text can neither break the layout nor reach the terminal raw.

use unicode_truncate::UnicodeTruncateStr;
use unicode_width::UnicodeWidthStr;

use crate::text::sanitize_line;

/// Cuts `s` to at most `width` display columns, ending with `…` when cut (whole grapheme
/// clusters, through `unicode-truncate`, which ratatui already depends on).
pub fn truncate(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    format!("{}…", s.unicode_truncate(width - 1).0)
}

/// Renders rows under a header; the last column takes what is left of `max_width`.
pub fn render(header: &[&str], rows: &[Vec<String>], max_width: usize) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| sanitize_line(c)).collect())
        .collect();
    let n = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| sanitize_line(h).width()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate().take(n) {
            let cap = if i + 1 == n { usize::MAX } else { 40 };
            widths[i] = widths[i].max(c.width().min(cap));
        }
    }
    let fixed: usize = widths[..n.saturating_sub(1)].iter().map(|w| w + 2).sum();
    if let Some(last) = widths.last_mut() {
        *last = (*last).min(max_width.saturating_sub(fixed).max(10));
    }
    let mut out = String::new();
    let line = |cells: Vec<&str>, out: &mut String| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            let t = truncate(c, widths[i]);
            s.push_str(&t);
            if i + 1 < n {
                s.push_str(&" ".repeat(widths[i] - t.width() + 2));
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    };
    // Headers can be article ids or outlet names from the brief: as untrusted as any cell.
    let header: Vec<String> = header.iter().map(|h| sanitize_line(h)).collect();
    line(header.iter().map(String::as_str).collect(), &mut out);
    for r in &rows {
        line(r.iter().map(String::as_str).collect(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_by_display_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
        assert_eq!(truncate("ab", 4), "ab");
        assert_eq!(truncate("ab", 0), "");
        // A flag and a combining accent are cut whole, never split.
        assert_eq!(truncate("🇩🇪🇫🇷x", 3), "🇩🇪…");
        assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
    }

    #[test]
    fn cells_are_sanitised_and_aligned() {
        let t = render(
            &["id", "text"],
            &[
                vec!["a".into(), "x\u{1b}[2Jy".into()],
                vec!["bbb".into(), "日本".into()],
            ],
            80,
        );
        assert_eq!(t, "id   text\na    xy\nbbb  日本\n");
    }
}
