//! `newsbrief coverage`: one row per story point, one column per outlet, as a table, JSON or
//! Markdown.

use clap::ValueEnum;
use serde_json::{Value, json};

use super::commands::open_brief;
use super::compare::Format;
use super::error::CliError;
use super::output::Output;
use super::table;
use crate::analyze::coverage::{self, Coverage, Filter, Mark, Sort};
use crate::analyze::progress::Progress;
use crate::brief::Brief;
use crate::text::{markdown_inline, sanitize_line};

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
            let mut s = format!("# Coverage of {}\n\n", markdown_inline(&brief.title));
            s.push_str(&format!(
                "{} story points, {} outlets. ● tells it · ◆ tells it differently · – leaves it out\n\n",
                rows.len(),
                brief.articles.len()
            ));
            s.push_str("| Story point |");
            for a in &brief.articles {
                s.push_str(&format!(" {} |", markdown_inline(&a.outlet)));
            }
            s.push_str(" Note |\n|---|");
            s.push_str(&"---|".repeat(brief.articles.len() + 1));
            s.push('\n');
            for &i in &rows {
                let r = &cov.rows[i];
                s.push_str(&format!("| {} |", markdown_inline(r.headline(&brief))));
                for a in 0..brief.articles.len() {
                    let m = if r.mark(a) == Mark::LeavesOut {
                        "–"
                    } else {
                        symbol(r.mark(a))
                    };
                    s.push_str(&format!(" {m} |"));
                }
                s.push_str(&format!(" {} |\n", markdown_inline(&r.note(&brief))));
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
                    line.push(r.note(&brief));
                    line
                })
                .collect();
            out.table(&header, &body, width)
        }
    }
}
