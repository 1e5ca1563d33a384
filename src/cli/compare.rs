//! `newsbrief compare` and `newsbrief discrepancies`.

use serde_json::{Value, json};

use super::commands::open_brief;
use super::error::CliError;
use super::output::Output;
use super::table;
use crate::analyze::align::FeatureIndex;
use crate::analyze::compare::{Row, RowSide, compare, resolve_article};
use crate::analyze::discrepancies::{self, Discrepancy};
use crate::brief::Brief;
use crate::text::sanitize_line;

/// Output form of the comparison commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Markdown,
}

fn side_json(brief: &Brief, s: &Option<RowSide>) -> Value {
    match s {
        None => Value::Null,
        Some(s) => {
            let a = &brief.articles[s.article];
            json!({"article": a.id, "text": a.slice(s.start, s.end), "start": s.start, "end": s.end})
        }
    }
}

fn row_json(brief: &Brief, r: &Row) -> Value {
    let changes: Vec<Value> = r
        .changes
        .iter()
        .map(|c| json!({"left": c.left_words.join(" "), "right": c.right_words.join(" ")}))
        .collect();
    json!({"left": side_json(brief, &r.left), "right": side_json(brief, &r.right),
           "score": (r.score * 1000.0).round() / 1000.0, "differences": changes})
}

fn side_text(brief: &Brief, s: &Option<RowSide>) -> String {
    s.as_ref()
        .map(|s| sanitize_line(brief.articles[s.article].slice(s.start, s.end)))
        .unwrap_or_default()
}

/// Article text made inert for Markdown (a table cell, a heading, a list item).
fn md(s: &str) -> String {
    crate::text::markdown_inline(s)
}

pub fn compare_cmd(
    a: &str,
    b: &str,
    brief: Option<&std::path::Path>,
    format: Format,
    width: usize,
    out: &mut Output,
) -> Result<(), CliError> {
    let brief = open_brief(brief)?;
    let (ia, ib) = (resolve_article(&brief, a)?, resolve_article(&brief, b)?);
    let index = FeatureIndex::new(&brief);
    let rows = compare(&brief, &index, ia, ib);
    let (oa, ob) = (&brief.articles[ia].outlet, &brief.articles[ib].outlet);
    match format {
        Format::Json => {
            let pairs: Vec<Value> = rows.iter().map(|r| row_json(&brief, r)).collect();
            let v = json!({"left": brief.articles[ia].id, "right": brief.articles[ib].id, "pairs": pairs});
            out.json(&v)
        }
        Format::Markdown => {
            let mut s = format!("# {} and {}\n\n", md(oa), md(ob));
            s.push_str(&format!(
                "Comparing two tellings of *{}*.\n\n",
                md(&brief.title)
            ));
            s.push_str(&format!(
                "| {} | {} | Score | Differences |\n|---|---|---|---|\n",
                md(oa),
                md(ob)
            ));
            for r in &rows {
                let diffs: Vec<String> = r
                    .changes
                    .iter()
                    .filter(|c| !c.left_words.is_empty() && !c.right_words.is_empty())
                    .map(|c| {
                        format!(
                            "~~{}~~ → **{}**",
                            md(&c.left_words.join(" ")),
                            md(&c.right_words.join(" "))
                        )
                    })
                    .collect();
                let cell = |t: String, other: bool| {
                    if t.is_empty() && other {
                        "*(not reported)*".to_string()
                    } else {
                        md(&t)
                    }
                };
                s.push_str(&format!(
                    "| {} | {} | {} | {} |\n",
                    cell(side_text(&brief, &r.left), r.right.is_some()),
                    cell(side_text(&brief, &r.right), r.left.is_some()),
                    if r.left.is_some() && r.right.is_some() {
                        format!("{:.2}", r.score)
                    } else {
                        "–".into()
                    },
                    diffs.join("; ")
                ));
            }
            let ds: Vec<Discrepancy> = discrepancies::find(&brief, &index)
                .into_iter()
                .filter(|d| d.sides.iter().all(|x| x.article == ia || x.article == ib))
                .collect();
            if !ds.is_empty() {
                s.push_str("\n## Discrepancies\n\n");
                for d in ds {
                    s.push_str(&format!("- **{:?}**: {}\n", d.kind, md(&d.summary)));
                }
            }
            out.text(&s)
        }
        Format::Table => {
            let half = (width.saturating_sub(10) / 2).max(20);
            let rows: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let score = if r.left.is_some() && r.right.is_some() {
                        format!("{:.2}", r.score)
                    } else {
                        "only".into()
                    };
                    vec![
                        table::truncate(&side_text(&brief, &r.left), half),
                        score,
                        side_text(&brief, &r.right),
                    ]
                })
                .collect();
            out.table(&[oa.as_str(), "SCORE", ob.as_str()], &rows, width)
        }
    }
}

pub fn discrepancies_cmd(
    brief: Option<&std::path::Path>,
    json_out: bool,
    out: &mut Output,
) -> Result<(), CliError> {
    let brief = open_brief(brief)?;
    let index = FeatureIndex::new(&brief);
    let ds = discrepancies::find(&brief, &index);
    if json_out {
        let v: Vec<Value> = ds
            .iter()
            .map(|d| {
                let sides: Vec<Value> = d
                    .sides
                    .iter()
                    .map(|s| {
                        let a = &brief.articles[s.article];
                        json!({"article": a.id, "outlet": a.outlet, "text": a.slice(s.start, s.end),
                               "start": s.start, "end": s.end, "words": s.words, "marks": s.marks})
                    })
                    .collect();
                json!({"kind": d.kind, "summary": d.summary, "sides": sides})
            })
            .collect();
        return out.json(&v);
    }
    let rows: Vec<Vec<String>> = ds
        .iter()
        .map(|d| {
            vec![
                serde_json::to_value(d.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
                d.summary.clone(),
            ]
        })
        .collect();
    out.table(&["KIND", "SUMMARY"], &rows, usize::MAX / 4)
}
