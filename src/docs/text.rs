//! A document as text for a chat (WeChat, DingTalk, Feishu): plain text
//! with the figures and lights as words, or Markdown; and each table as CSV
//! that Excel opens in Chinese (the CSV writer's quoting and BOM). Must not
//! know about the browser.

use super::{Block, Cell, Doc, Table, Tone};
use crate::i18n::{fmt_range, status_name, Locale};

/// The document as plain text (`markdown` false) or Markdown.
pub fn to_text(l: Locale, d: &Doc, markdown: bool) -> String {
    let t = l.docs();
    let mut out = String::new();
    let push = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    if markdown {
        push(&mut out, &format!("# {}", d.title));
        push(&mut out, &format!("**{}** · {}", md(&d.plan), md(&d.subtitle)));
    } else {
        push(&mut out, &crate::i18n::fill(&crate::i18n::fill(t.text_head, "title", &d.title), "plan", &d.plan));
        push(&mut out, &d.subtitle);
    }
    for b in &d.blocks {
        match b {
            Block::Heading(h) => {
                out.push('\n');
                push(&mut out, &if markdown { format!("## {}", md(h)) } else { format!("■ {h}") });
            }
            Block::Para(s) => push(&mut out, &if markdown { md(s) } else { s.clone() }),
            Block::Facts(f) => {
                for (k, v) in f {
                    push(
                        &mut out,
                        &if markdown {
                            format!("- **{}**{}{}", md(k), t.colon, md(&v.text))
                        } else {
                            format!("{k}{}{}", t.colon, v.text)
                        },
                    );
                }
            }
            Block::List(items) => {
                for i in items {
                    push(
                        &mut out,
                        &if markdown { format!("- {}", md(i.trim_start())) } else { format!("· {}", i.trim_start()) },
                    );
                }
            }
            Block::Table(t) => table_text(&mut out, t, markdown),
            Block::Signatures(_) => {}
            Block::Gantt(c) => {
                for r in &c.rows {
                    let mark = if r.milestone { "◆ " } else { "" };
                    let line = format!(
                        "{} {}{} · {} · {} · {}",
                        r.num,
                        mark,
                        r.title,
                        r.owner,
                        fmt_range(l, r.start, r.end),
                        status_name(l, r.status)
                    );
                    push(&mut out, &if markdown { format!("- {}", md(&line)) } else { line });
                }
            }
        }
    }
    out
}

fn cell_text(c: &Cell) -> String {
    let flag = match c.tone {
        Tone::Red => "🔴",
        Tone::Yellow => "🟡",
        Tone::Green => "🟢",
        _ => "",
    };
    format!("{flag}{}", c.text.trim())
}

fn table_text(out: &mut String, t: &Table, markdown: bool) {
    if t.rows.is_empty() {
        out.push_str(&t.empty);
        out.push('\n');
        return;
    }
    if markdown {
        let row =
            |cells: Vec<String>| format!("| {} |\n", cells.iter().map(|c| md_cell(c)).collect::<Vec<_>>().join(" | "));
        out.push_str(&row(t.head.clone()));
        out.push_str(&row(t.head.iter().map(|_| "---".to_string()).collect()));
        for r in &t.rows {
            out.push_str(&row(r.iter().map(cell_text).collect()));
        }
    } else {
        // A chat has no tables: each row is one line of "heading value" pairs.
        for (i, r) in t.rows.iter().enumerate() {
            let parts: Vec<String> = r
                .iter()
                .zip(&t.head)
                .filter(|(c, _)| !c.text.trim().is_empty())
                .enumerate()
                .map(|(j, (c, h))| if j == 0 { cell_text(c) } else { format!("{h} {}", cell_text(c)) })
                .collect();
            out.push_str(&format!("{}. {}\n", i + 1, parts.join(" | ")));
        }
    }
}

/// Markdown's special characters escaped so user text stays text.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn md_cell(s: &str) -> String {
    md(s).replace(['\n', '\r'], " ")
}

/// One table as CSV for Excel: BOM, CRLF, quoted and formula-safe cells.
pub fn table_csv(t: &Table) -> String {
    let mut out = String::from("\u{feff}");
    let mut row = |cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| crate::io::csv::cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    row(t.head.clone());
    for r in &t.rows {
        row(r.iter().map(|c| c.text.trim().to_string()).collect());
    }
    out
}
