//! One handler per command.

use std::path::Path;

use serde_json::json;

use super::error::CliError;
use super::output::{self, Output};
use super::{BriefArgs, Cli, Command};
use crate::analyze::quote_groups;
use crate::brief::{self, Brief, load_brief};

/// The brief at `path`, or the built-in one.
pub fn open_brief(path: Option<&Path>) -> Result<Brief, CliError> {
    match path {
        Some(p) => Ok(load_brief(p)?),
        None => Ok(brief::default_brief()),
    }
}

/// Width to fit tables to: `COLUMNS`, else the terminal's width; unlimited into a pipe.
pub fn term_width() -> usize {
    use std::io::IsTerminal;
    if let Some(c) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok())
    {
        return c.max(40);
    }
    if !std::io::stdout().is_terminal() {
        return usize::MAX / 4;
    }
    ratatui::crossterm::terminal::size()
        .map_or(100, |(w, _)| w as usize)
        .max(40)
}

/// The output form the `--json` and `--markdown` flags ask for (clap keeps them apart); a table
/// without either.
fn format(json: bool, markdown: bool) -> super::compare::Format {
    if json {
        super::compare::Format::Json
    } else if markdown {
        super::compare::Format::Markdown
    } else {
        super::compare::Format::Table
    }
}

/// Runs a command line; the error is for `main` to report.
pub fn run(cli: Cli) -> Result<(), CliError> {
    let mut out = Output::stdout();
    dispatch(cli, &mut out)?;
    out.finish()
}

fn dispatch(cli: Cli, out: &mut Output) -> Result<(), CliError> {
    match cli.command {
        None => Ok(crate::tui::run_app(
            cli.brief.as_deref(),
            &(&cli.look).into(),
        )?),
        Some(Command::Import(a)) => super::import::run(&a),
        Some(Command::List(a)) => list(&a, out),
        Some(Command::Entities(a)) => entities(&a, out),
        Some(Command::Quotes(a)) => quotes(&a, out),
        Some(Command::Claims(a)) => claims(&a, out),
        Some(Command::Check { brief }) => check(&brief, out),
        Some(Command::Export {
            pins: _,
            brief,
            json,
            markdown,
        }) => export_pins(brief.as_deref(), json, markdown, out),
        Some(Command::Compare {
            a,
            b,
            brief,
            json,
            markdown,
        }) => super::compare::compare_cmd(
            &a,
            &b,
            brief.as_deref(),
            format(json, markdown),
            term_width(),
            out,
        ),
        Some(Command::Coverage {
            brief,
            json,
            markdown,
            sort,
            filter,
        }) => super::coverage::coverage_cmd(
            brief.as_deref(),
            format(json, markdown),
            sort,
            filter,
            term_width(),
            out,
        ),
        Some(Command::Discrepancies(a)) => {
            super::compare::discrepancies_cmd(a.brief.as_deref(), a.json, out)
        }
        Some(Command::Search {
            query,
            brief,
            json,
            limit,
        }) => {
            let b = open_brief(brief.as_deref())?;
            super::search::run_cli(b, &query, json, limit, term_width(), out)
        }
        Some(Command::Render {
            brief,
            view,
            width,
            height,
            article,
            query,
            left,
            right,
        }) => {
            let b = open_brief(brief.as_deref())?;
            let look = (&cli.look).into();
            if view == crate::tui::RenderTarget::Search {
                let q = query.as_deref().unwrap_or("");
                let s = crate::tui::overlays::search::render_popup(b, width, height, q, &look)?;
                return out.text(&s);
            }
            if query.is_some() {
                return Err(CliError::Usage("--query is only for --view search"));
            }
            let s = crate::tui::render_view(
                b,
                &crate::tui::RenderSpec {
                    view,
                    width,
                    height,
                    article: article.as_deref(),
                    left: left.as_deref(),
                    right: right.as_deref(),
                },
                &look,
            )?;
            out.text(&s)
        }
    }
}

fn list(a: &BriefArgs, out: &mut Output) -> Result<(), CliError> {
    let b = open_brief(a.brief.as_deref())?;
    if a.json {
        let v: Vec<_> = b
            .articles
            .iter()
            .enumerate()
            .map(|(i, x)| {
                {
                let src = quote_groups::source_counts(&b, i);
                json!({"id": x.id, "outlet": x.outlet, "headline": x.headline, "published": x.published,
                       "source": x.source, "words": x.word_count(), "quotes": x.quotes.len(), "claims": x.claims.len(),
                       "sources": {"named": src.named, "anonymous": src.anonymous}})
            }
            })
            .collect();
        return out.json(&v);
    }
    let rows: Vec<Vec<String>> = b
        .articles
        .iter()
        .map(|x| {
            vec![
                x.id.clone(),
                x.outlet.clone(),
                x.published.clone().unwrap_or_else(|| "unknown".into()),
                x.word_count().to_string(),
                x.quotes.len().to_string(),
                x.claims.len().to_string(),
                x.headline.clone(),
            ]
        })
        .collect();
    out.table(
        &[
            "ID", "OUTLET", "DATE", "WORDS", "QUOTES", "CLAIMS", "HEADLINE",
        ],
        &rows,
        term_width(),
    )
}

fn entities(a: &BriefArgs, out: &mut Output) -> Result<(), CliError> {
    let b = open_brief(a.brief.as_deref())?;
    let pos = b.article_positions();
    // A caption's or a byline's name is listed with its block, not counted as the story's.
    let block = |m: &brief::Mention| {
        let art = &b.articles[*pos.get(m.article.as_str())?];
        art.is_aside(m.start)
            .then(|| art.block_kind_at(m.start))
            .flatten()
    };
    let count = |e: &brief::Entity, art: &str| {
        e.mentions
            .iter()
            .filter(|m| m.article == art && block(m).is_none())
            .count()
    };
    if a.json {
        let v: Vec<_> = b
            .entities
            .iter()
            .map(|e| {
                let per: serde_json::Map<String, serde_json::Value> = b
                    .articles
                    .iter()
                    .map(|x| (x.id.clone(), json!(count(e, &x.id))))
                    .collect();
                let mentions: Vec<_> = e
                    .mentions
                    .iter()
                    .map(|m| match block(m) {
                        Some(k) => json!({"article": m.article, "start": m.start,
                                          "end": m.end, "block": k}),
                        None => json!(m),
                    })
                    .collect();
                json!({"id": e.id, "name": e.name, "kind": e.kind, "aliases": e.aliases,
                       "mentions": mentions, "counts": per})
            })
            .collect();
        return out.json(&v);
    }
    let mut header = vec!["KIND", "NAME"];
    let ids: Vec<&str> = b.articles.iter().map(|x| x.id.as_str()).collect();
    header.extend(ids.iter());
    header.push("ALIASES");
    let rows: Vec<Vec<String>> = b
        .entities
        .iter()
        .map(|e| {
            let mut r = vec![format!("{:?}", e.kind).to_lowercase(), e.name.clone()];
            r.extend(ids.iter().map(|id| count(e, id).to_string()));
            r.push(e.aliases.join(", "));
            r
        })
        .collect();
    out.table(&header, &rows, term_width())
}

fn quotes(a: &BriefArgs, out: &mut Output) -> Result<(), CliError> {
    let b = open_brief(a.brief.as_deref())?;
    let all: Vec<(&brief::Article, &brief::Quote)> = b
        .articles
        .iter()
        .flat_map(|x| x.quotes.iter().map(move |q| (x, q)))
        .collect();
    if a.json {
        let v: Vec<_> = all
            .iter()
            .map(|(x, q)| {
                json!({"article": x.id, "outlet": x.outlet, "text": x.slice(q.start, q.end), "speaker": q.speaker,
                       "speaker_entity": q.speaker_entity, "anonymous": q.anonymous, "partial": q.partial,
                       "speaker_found": q.speaker_found, "start": q.start, "end": q.end})
            })
            .collect();
        let pairs = quote_groups::same_quote_pairs(&b);
        let groups: Vec<_> = quote_groups::group_quotes(&b, &pairs)
            .iter()
            .map(|g| {
                let member = |&(ai, qi): &(usize, usize)| {
                    let x = &b.articles[ai];
                    let q = &x.quotes[qi];
                    json!({"article": x.id, "outlet": x.outlet, "text": x.slice(q.start, q.end), "speaker": q.speaker,
                           "anonymous": q.anonymous, "start": q.start, "end": q.end})
                };
                let diffs: Vec<_> = g
                    .pairs
                    .iter()
                    .map(|p| {
                        let (l, r) = (&b.articles[p.left.0], &b.articles[p.right.0]);
                        let (ql, qr) = (&l.quotes[p.left.1], &r.quotes[p.right.1]);
                        let words: Vec<_> = p
                            .changes
                            .iter()
                            .map(|c| json!({"left": c.left_words.join(" "), "right": c.right_words.join(" ")}))
                            .collect();
                        json!({"left": l.id, "right": r.id, "words": words,
                               "speakers": [ql.speaker, qr.speaker],
                               "attribution_differs": ql.speaker != qr.speaker || ql.anonymous != qr.anonymous})
                    })
                    .collect();
                json!({"quotes": g.quotes.iter().map(member).collect::<Vec<_>>(),
                       "outlets": g.quotes.iter().map(|q| b.articles[q.0].outlet.clone()).collect::<Vec<_>>(),
                       "differences": diffs})
            })
            .collect();
        return out.json(&json!({"quotes": v, "groups": groups}));
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|(x, q)| {
            let who = q.speaker.clone().unwrap_or_else(|| "(unattributed)".into());
            vec![x.id.clone(), who, x.slice(q.start, q.end).to_string()]
        })
        .collect();
    out.table(&["ARTICLE", "SPEAKER", "QUOTE"], &rows, term_width())
}

fn claims(a: &BriefArgs, out: &mut Output) -> Result<(), CliError> {
    let b = open_brief(a.brief.as_deref())?;
    let all: Vec<(&brief::Article, &brief::Claim)> = b
        .articles
        .iter()
        .flat_map(|x| x.claims.iter().map(move |c| (x, c)))
        .collect();
    if a.json {
        let v: Vec<_> = all
            .iter()
            .map(|(x, c)| {
                json!({"article": x.id, "outlet": x.outlet, "text": x.slice(c.start, c.end), "attribution": c.attribution,
                       "features": c.features, "start": c.start, "end": c.end})
            })
            .collect();
        return out.json(&v);
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|(x, c)| {
            vec![
                x.id.clone(),
                c.attribution.clone().unwrap_or_else(|| "-".into()),
                x.slice(c.start, c.end).to_string(),
            ]
        })
        .collect();
    out.table(&["ARTICLE", "ATTRIBUTION", "CLAIM"], &rows, term_width())
}

fn check(path: &Path, out: &mut Output) -> Result<(), CliError> {
    let b = load_brief(path)?;
    out.text(&format!(
        "{}: ok (schema {}, {} articles, {} entities)\n",
        crate::text::sanitize_line(&path.display().to_string()),
        b.schema,
        b.articles.len(),
        b.entities.len()
    ))
}

fn export_pins(
    path: Option<&Path>,
    json_out: bool,
    markdown: bool,
    out: &mut Output,
) -> Result<(), CliError> {
    let (b, bytes) = brief::load_with_bytes(path)?;
    let store = crate::state::StateStore::for_brief(&bytes).ok_or(CliError::NoStateDir)?;
    let (state, note) = store.load();
    if let Some(n) = note {
        output::note(&n);
    }
    let items: Vec<_> = state
        .pins
        .iter()
        .filter_map(|p| {
            let a = b.article(&p.article)?;
            let text = a.text.get(p.start..p.end)?;
            let speaker = match p.kind {
                crate::state::PinKind::Quote => a
                    .quotes
                    .iter()
                    .find(|q| q.start == p.start)
                    .and_then(|q| q.speaker.clone()),
                crate::state::PinKind::Claim => a
                    .claims
                    .iter()
                    .find(|c| c.start == p.start)
                    .and_then(|c| c.attribution.clone()),
            };
            Some((a, p, text, speaker))
        })
        .collect();
    if json_out {
        let v: Vec<_> = items
            .iter()
            .map(|(a, p, text, speaker)| {
                json!({"kind": p.kind, "article": a.id, "outlet": a.outlet, "speaker": speaker, "text": text,
                       "start": p.start, "end": p.end})
            })
            .collect();
        return out.json(&v);
    }
    if markdown {
        let mut s = format!(
            "# Pinned from {}\n\n",
            crate::text::markdown_inline(&b.title)
        );
        for (a, p, text, speaker) in &items {
            let who = speaker
                .as_deref()
                .map(|w| format!(" ({})", crate::text::markdown_inline(w)))
                .unwrap_or_default();
            let text = crate::text::markdown_inline(text);
            match p.kind {
                crate::state::PinKind::Quote => s.push_str(&format!(
                    "> “{text}”\n>\n> — {}{who}\n\n",
                    crate::text::markdown_inline(&a.outlet)
                )),
                crate::state::PinKind::Claim => s.push_str(&format!(
                    "- {text} — *{}*{who}\n",
                    crate::text::markdown_inline(&a.outlet)
                )),
            }
        }
        return out.text(&s);
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|(a, p, text, speaker)| {
            vec![
                format!("{:?}", p.kind).to_lowercase(),
                a.outlet.clone(),
                speaker.clone().unwrap_or_else(|| "-".into()),
                text.to_string(),
            ]
        })
        .collect();
    out.table(&["KIND", "OUTLET", "SPEAKER", "TEXT"], &rows, term_width())
}
