//! `newsbrief coverage`: one row per story point, one column per outlet, as a table, JSON or
//! Markdown.

use clap::ValueEnum;
use serde_json::{Value, json};

use super::commands::open_brief;
use super::compare::Format;
use super::error::CliError;
use super::output::Output;
use super::table;
use crate::analyze::coverage::{self, Coverage, Filter, Mark, PointRow, Sort};
use crate::analyze::progress::Progress;
use crate::brief::Brief;
use crate::text::sanitize_line;

/// Row order on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Most outlets first.
    Outlets,
    /// In the order the points first appear.
    First,
    /// Most disagreement first.
    Disagreement,
}

/// Which rows to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FilterArg {
    All,
    /// Told by one outlet only.
    One,
    /// Told by all outlets but one (the omissions).
    AllButOne,
    /// Told differently by at least one outlet.
    Conflicts,
}

impl From<SortArg> for Sort {
    fn from(s: SortArg) -> Self {
        match s {
            SortArg::Outlets => Sort::Outlets,
            SortArg::First => Sort::FirstAppearance,
            SortArg::Disagreement => Sort::Disagreement,
        }
    }
}

impl From<FilterArg> for Filter {
    fn from(f: FilterArg) -> Self {
        match f {
            FilterArg::All => Filter::All,
            FilterArg::One => Filter::OnlyOne,
            FilterArg::AllButOne => Filter::AllButOne,
            FilterArg::Conflicts => Filter::Conflicts,
        }
    }
}

fn symbol(m: Mark) -> &'static str {
    match m {
        Mark::Tells => "●",
        Mark::TellsDifferently => "◆",
        Mark::LeavesOut => "·",
    }
}

fn kind_name<T: serde::Serialize>(k: T) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// What the last column says about a row: its conflicts, or who alone tells it.
pub fn note(brief: &Brief, r: &PointRow) -> String {
    let mut kinds: Vec<String> = r
        .cells
        .iter()
        .flat_map(|c| c.1.conflicts.iter().map(|x| kind_name(x.kind)))
        .collect();
    kinds.sort();
    kinds.dedup();
    if !kinds.is_empty() {
        return format!("conflict: {}", kinds.join(", "));
    }
    if r.tellers() == 1 && brief.articles.len() > 1 {
        return format!("only {}", brief.articles[r.first().0].outlet);
    }
    String::new()
}

/// Escapes text for Markdown so article text stays text: every ASCII punctuation character
/// Markdown or inline HTML could read is backslash-escaped or written as an entity.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in sanitize_line(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' | '"' | '\'' | ':' | '=' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn json_of(brief: &Brief, cov: &Coverage, rows: &[usize]) -> Value {
    let articles: Vec<Value> = brief
        .articles
        .iter()
        .map(|a| json!({"id": a.id, "outlet": a.outlet}))
        .collect();
    let points: Vec<Value> = rows
        .iter()
        .map(|&i| {
            let r = &cov.rows[i];
            let cells: serde_json::Map<String, Value> = r
                .cells
                .iter()
                .map(|(a, c)| {
                    let a = *a;
                    let art = &brief.articles[a];
                    let sentences: Vec<Value> = c
                        .sentences
                        .iter()
                        .map(|&s| {
                            let x = &art.sentences[s];
                            json!({"index": s, "text": art.slice(x.start, x.end)})
                        })
                        .collect();
                    let conflicts: Vec<Value> = c
                        .conflicts
                        .iter()
                        .map(|x| {
                            json!({"kind": x.kind, "with": brief.articles[x.with].id,
                                   "words": x.own_words, "other_words": x.other_words,
                                   "start": x.own.0, "end": x.own.1})
                        })
                        .collect();
                    (
                        art.id.clone(),
                        json!({"mark": c.mark, "sentences": sentences, "conflicts": conflicts}),
                    )
                })
                .collect();
            json!({"text": r.headline(brief), "tellers": r.tellers(),
                   "disagreement": r.disagreement(), "cells": cells})
        })
        .collect();
    json!({"articles": articles, "points": points})
}

pub fn coverage_cmd(
    brief: Option<&std::path::Path>,
    format: Format,
    sort: SortArg,
    filter: FilterArg,
    width: usize,
    out: &mut Output,
) -> Result<(), CliError> {
    let brief = open_brief(brief)?;
    let analysis = coverage::compute(&brief, &Progress::new());
    let cov = &analysis.coverage;
    let rows = cov.view(sort.into(), filter.into());
    match format {
        Format::Json => out.json(&json_of(&brief, cov, &rows)),
        Format::Markdown => {
            let mut s = format!("# Coverage of {}\n\n", md_escape(&brief.title));
            s.push_str(&format!(
                "{} story points, {} outlets. ● tells it · ◆ tells it differently · – leaves it out\n\n",
                rows.len(),
                brief.articles.len()
            ));
            s.push_str("| Story point |");
            for a in &brief.articles {
                s.push_str(&format!(" {} |", md_escape(&a.outlet)));
            }
            s.push_str(" Note |\n|---|");
            s.push_str(&"---|".repeat(brief.articles.len() + 1));
            s.push('\n');
            for &i in &rows {
                let r = &cov.rows[i];
                s.push_str(&format!("| {} |", md_escape(r.headline(&brief))));
                for a in 0..brief.articles.len() {
                    let m = if r.mark(a) == Mark::LeavesOut {
                        "–"
                    } else {
                        symbol(r.mark(a))
                    };
                    s.push_str(&format!(" {m} |"));
                }
                s.push_str(&format!(" {} |\n", md_escape(&note(&brief, r))));
            }
            out.text(&s)
        }
        Format::Table => {
            let ids: Vec<String> = brief.articles.iter().map(|a| a.id.clone()).collect();
            let mut header: Vec<&str> = vec!["STORY POINT"];
            header.extend(ids.iter().map(String::as_str));
            header.push("NOTE");
            let text_width = width
                .saturating_sub(ids.iter().map(|i| i.len() + 2).sum::<usize>() + 30)
                .clamp(20, 40);
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|&i| {
                    let r = &cov.rows[i];
                    let mut line = vec![table::truncate(
                        &sanitize_line(r.headline(&brief)),
                        text_width,
                    )];
                    line.extend((0..brief.articles.len()).map(|a| symbol(r.mark(a)).to_string()));
                    line.push(note(&brief, r));
                    line
                })
                .collect();
            out.table(&header, &body, width)
        }
    }
}
