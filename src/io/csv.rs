//! The task table as CSV for Excel: UTF-8 with a byte-order mark (without it
//! Excel reads Chinese as mojibake), CRLF line ends, RFC 4180 quoting, and
//! cells that a spreadsheet would run as a formula defused with a quote.
//! Must not know the user's language: the caller passes the words.

use crate::model::plan::Plan;
use crate::model::schedule::analysis::analyse;
use crate::model::schedule::data::Level;
use crate::model::schedule::data::Status;
use crate::model::schedule::predecessors::format_all;

/// The words the table is written in.
pub struct CsvLabels<'a> {
    /// Column headings, in the order of `tasks_csv`'s columns (16).
    pub headers: [&'a str; 16],
    pub level: &'a dyn Fn(Level) -> String,
    pub status: &'a dyn Fn(Status) -> String,
    pub yes: &'a str,
}

/// One row per work item in outline order: number, level, title (indented
/// by depth), owner, phase, channel, start, end, working days, status,
/// progress %, predecessors, milestone, deliverable, acceptance, notes.
pub fn tasks_csv(plan: &Plan, l: &CsvLabels) -> String {
    let a = analyse(plan);
    let cal = plan.calendar.to_calendar();
    let mut preds = format_all(plan);
    let mut out = String::from("\u{feff}");
    push_row(&mut out, l.headers.iter().map(|h| h.to_string()));
    for (i, (w, r)) in plan.work_items.iter().zip(&a.rows).enumerate() {
        let name =
            |id: &Option<String>, f: &dyn Fn(&str) -> Option<String>| id.as_deref().and_then(f).unwrap_or_default();
        push_row(
            &mut out,
            [
                (i + 1).to_string(),
                (l.level)(w.level),
                format!("{}{}", "  ".repeat(r.depth as usize), w.title),
                name(&w.owner, &|id| plan.person(id).map(|p| p.name.clone())),
                name(&w.phase, &|id| plan.phase(id).map(|p| p.name.clone())),
                w.channel.clone(),
                r.start.to_string(),
                r.end.to_string(),
                cal.workdays_between(r.start, r.end).to_string(),
                (l.status)(r.status),
                r.progress.to_string(),
                preds.remove(&w.id).unwrap_or_default(),
                if w.milestone { l.yes.to_string() } else { String::new() },
                w.deliverable.clone(),
                w.acceptance.clone(),
                w.notes.clone(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|c| cell(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// Quotes a cell when it needs it; a leading = + - @ would make Excel run
/// the cell as a formula, so such text gets a leading apostrophe.
pub fn cell(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err();
    let s = if risky { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}
