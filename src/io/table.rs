//! Reading actuals from a spreadsheet block (pasted, tab-separated) or a CSV
//! file: with or without a header row of KPI names and a first column of
//! dates. What is not given by headers or dates is placed from the grid cell
//! the block lands on. Any bad cell refuses the whole block with its row and
//! column, so nothing is half-imported. Must not know about the browser.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::num::Num;
use crate::model::monitor::data::Kpi;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    Empty,
    /// Row and column are 1-based, as a spreadsheet shows them.
    BadNumber {
        row: usize,
        col: usize,
        text: String,
    },
    UnknownColumn {
        col: usize,
        text: String,
    },
    BadDate {
        row: usize,
        text: String,
    },
    OutsidePlan {
        row: usize,
        day: Day,
    },
    /// The block has more columns (rows) than there are KPIs (days) from where it lands.
    TooWide {
        cols: usize,
        room: usize,
    },
    TooLong {
        rows: usize,
        room: usize,
    },
}

/// Splits text into rows of cells: tabs when there are any (a spreadsheet
/// paste), else commas with CSV quoting ("a ""b""", embedded commas and line
/// breaks). Blank trailing rows are dropped.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    parse_with(text, if text.contains('\t') { '\t' } else { ',' })
}

/// Splits CSV text (ours: commas, whatever the cells hold) into rows.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    parse_with(text, ',')
}

fn parse_with(text: &str, sep: char) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if cell.is_empty() => quoted = true,
            c if c == sep && !quoted => row.push(std::mem::take(&mut cell)),
            '\r' if !quoted => {}
            '\n' if !quoted => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            c => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    while rows.last().is_some_and(|r: &Vec<String>| r.iter().all(|c| c.trim().is_empty())) {
        rows.pop();
    }
    rows
}

/// Dates as spreadsheets write them: 2026-11-02, 2026/11/2, 2026.11.2, 2026年11月2日.
pub fn parse_day(s: &str) -> Option<Day> {
    let t: String = s.trim().replace(['/', '.', '年', '月'], "-").replace('日', "");
    let mut parts = t.split('-').map(|p| p.trim().parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    Day::from_ymd(y as i32, m, d)
}

/// A cell that says "no figure": a dash as spreadsheets show one, or N/A.
pub fn no_data(s: &str) -> bool {
    matches!(s.trim(), "-" | "—" | "–" | "--" | "——" | "/" | "N/A" | "n/a" | "NA" | "#N/A")
}

/// A number as people paste it: `1,234`, `¥3,000`, `12.5%`, `3万`.
fn number(s: &str) -> Option<Num> {
    Num::parse(s.trim().trim_start_matches(['¥', '$', '€', '￥']))
}

/// Where a block lands: the grid's KPI columns and day rows, and the cell
/// (row, column) it was pasted on.
pub struct Target<'a> {
    pub kpis: &'a [Kpi],
    pub days: &'a [Day],
    pub plan: (Day, Day),
    pub at: (usize, usize),
}

/// The cells a block sets. Empty cells leave a value alone (clearing is
/// done with Delete in the grid), so a ragged block loses nothing; a dash
/// (`-`, `—`) or N/A clears its cell: no data that day, not an error.
pub fn cells(rows: &[Vec<String>], t: &Target) -> Result<Vec<(Id, Day, Option<Num>)>, TableError> {
    if rows.is_empty() {
        return Err(TableError::Empty);
    }
    // Any date in the first column makes it the date column (a bad one is then reported).
    let first_col_dates = rows.iter().any(|r| r.first().is_some_and(|c| parse_day(c).is_some()));
    let data_from = usize::from(first_col_dates);
    // A header row is text: no cell of it reads as a number or a date.
    let labels: Vec<&String> = rows[0].iter().skip(data_from).filter(|c| !c.trim().is_empty() && !no_data(c)).collect();
    let header = !labels.is_empty() && labels.iter().all(|c| number(c).is_none() && parse_day(c).is_none())
        || (first_col_dates && rows[0].first().is_some_and(|c| parse_day(c).is_none() && !c.trim().is_empty()));
    let columns: Vec<Option<&Kpi>> = if header {
        rows[0]
            .iter()
            .enumerate()
            .skip(data_from)
            .map(|(j, name)| {
                let n = name.trim();
                if n.is_empty() {
                    return Ok(None);
                }
                t.kpis
                    .iter()
                    .find(|k| k.name.trim().eq_ignore_ascii_case(n) || k.id == n)
                    .map(Some)
                    .ok_or(TableError::UnknownColumn { col: j + 1, text: n.to_string() })
            })
            .collect::<Result<_, _>>()?
    } else {
        let width = rows.iter().map(|r| r.len().saturating_sub(data_from)).max().unwrap_or(0);
        let room = t.kpis.len().saturating_sub(t.at.1);
        if width > room {
            return Err(TableError::TooWide { cols: width, room });
        }
        t.kpis.get(t.at.1..t.at.1 + width).unwrap_or_default().iter().map(Some).collect()
    };
    let body = &rows[usize::from(header)..];
    if !first_col_dates && t.at.0 + body.len() > t.days.len() {
        return Err(TableError::TooLong { rows: body.len(), room: t.days.len().saturating_sub(t.at.0) });
    }
    let mut out = vec![];
    for (i, r) in body.iter().enumerate() {
        let row_no = i + 1 + usize::from(header);
        let day = if first_col_dates {
            let text = r.first().map(|c| c.trim()).unwrap_or_default();
            if text.is_empty() {
                continue;
            }
            let d = parse_day(text).ok_or_else(|| TableError::BadDate { row: row_no, text: text.to_string() })?;
            if d < t.plan.0 || d > t.plan.1 {
                return Err(TableError::OutsidePlan { row: row_no, day: d });
            }
            d
        } else {
            t.days[t.at.0 + i]
        };
        for (j, kpi) in columns.iter().enumerate() {
            let (Some(kpi), Some(text)) = (kpi, r.get(j + data_from)) else { continue };
            if text.trim().is_empty() {
                continue;
            }
            // A dash or "N/A" says there is no figure for that day: the cell is cleared.
            if no_data(text) {
                out.push((kpi.id.clone(), day, None));
                continue;
            }
            let v = number(text).ok_or_else(|| TableError::BadNumber {
                row: row_no,
                col: j + data_from + 1,
                text: text.trim().to_string(),
            })?;
            out.push((kpi.id.clone(), day, Some(v)));
        }
    }
    Ok(out)
}
