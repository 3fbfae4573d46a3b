//! A team's own tracking sheet brought in as work items: CSV or a pasted
//! tab-separated block (`table::parse` reads both), its columns matched by
//! their Chinese or English headings (阶段, 任务, 负责人, 开始, 结束 or 起止时间,
//! 所需资源, 状态, 备注), dates as Chinese spreadsheets write them (2026/6/1,
//! 2026-06-01, 2026年6月1日, 6月1日 and 6/1 in the plan's year), status as a
//! word or the seed's ticked box. A bad row refuses the whole sheet, naming
//! its row and column. Must not know the user's language beyond reading
//! both heading sets.

use super::table::parse_day;
use crate::model::base::day::Day;
use crate::model::schedule::data::Status;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Phase,
    Task,
    Owner,
    Start,
    End,
    /// Start and end in one cell: `6月1日-6月5日`.
    Dates,
    Resources,
    Status,
    Notes,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Phase,
        Field::Task,
        Field::Owner,
        Field::Start,
        Field::End,
        Field::Dates,
        Field::Resources,
        Field::Status,
        Field::Notes,
    ];
}

/// The field a heading names, in Chinese or English; `None` for any other.
pub fn field_of(heading: &str) -> Option<Field> {
    let h: String = heading.trim().to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    Some(match h.as_str() {
        "阶段" | "phase" | "stage" => Field::Phase,
        "任务" | "任务名称" | "工作项" | "事项" | "task" | "tasks" | "taskname" | "workitem" | "title" => {
            Field::Task
        }
        "负责人" | "责任人" | "owner" | "responsible" | "assignee" => Field::Owner,
        "开始" | "开始时间" | "开始日期" | "start" | "startdate" => Field::Start,
        "结束" | "结束时间" | "结束日期" | "截止" | "截止日期" | "end" | "enddate" | "due" | "finish" => {
            Field::End
        }
        "起止时间" | "起止日期" | "时间" | "日期" | "dates" | "period" => Field::Dates,
        "所需资源" | "资源" | "resources" | "resourcesneeded" => Field::Resources,
        "状态" | "status" => Field::Status,
        "备注" | "说明" | "notes" | "note" | "remarks" | "comments" => Field::Notes,
        _ => return None,
    })
}

/// The columns' fields read from the first row; `None` when it is not a
/// heading row with a task column.
pub fn mapping(rows: &[Vec<String>]) -> Option<Vec<Option<Field>>> {
    let head: Vec<Option<Field>> = rows.first()?.iter().map(|h| field_of(h)).collect();
    head.contains(&Some(Field::Task)).then_some(head)
}

/// One row of the sheet, read.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetRow {
    pub phase: String,
    pub title: String,
    pub owner: String,
    pub start: Day,
    pub end: Day,
    pub resources: String,
    pub status: Status,
    pub notes: String,
    /// The end was written without a year and read into the next one
    /// (`12月30日-1月2日`): the preview says so, since the sheet did not.
    pub next_year: bool,
}

/// Why a sheet was refused; rows and columns are 1-based as a spreadsheet
/// shows them (row 1 is the heading).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    Empty,
    NoTaskColumn,
    /// No dates at all: neither start and end nor 起止时间.
    NoDateColumns,
    BadDate {
        row: usize,
        col: usize,
        text: String,
    },
    EndBeforeStart {
        row: usize,
    },
    BadStatus {
        row: usize,
        col: usize,
        text: String,
    },
    TooMany {
        max: usize,
    },
}

/// The most rows one sheet may bring in.
pub const MAX_SHEET_ROWS: usize = 10_000;

/// A date as Chinese spreadsheets write it; one without a year takes `year`.
pub fn sheet_day(s: &str, year: i32) -> Option<Day> {
    let s = s.trim();
    if let Some(d) = parse_day(s) {
        return Some(d);
    }
    let t: String = s.replace(['/', '.', '月'], "-").replace('日', "");
    let (m, d) = t.split_once('-')?;
    Day::from_ymd(year, m.trim().parse().ok()?, d.trim().parse().ok()?)
}

/// A range that crosses the new year is shorter than this; a longer one
/// read that way (`6/5-6/2`) is a slip, refused as ending before it starts.
const CROSSING_DAYS: i64 = 183;

/// The end of a range that starts on `a`: a date without a year that would
/// fall before `a`, and lands within half a year of it in the next year
/// (`12月30日-1月2日`), is the next year's, said by the flag.
fn end_after(s: &str, a: Day) -> Option<(Day, bool)> {
    let b = sheet_day(s, a.year())?;
    if b >= a || parse_day(s).is_some() {
        return Some((b, false));
    }
    match sheet_day(s, a.year().checked_add(1)?) {
        Some(next) if a.days_until(next) < CROSSING_DAYS => Some((next, true)),
        _ => Some((b, false)),
    }
}

/// A 起止时间 cell split into its two dates, and whether the end was read into
/// the next year.
fn dates(s: &str, year: i32) -> Option<(Day, Day, bool)> {
    // One date: a one-day item.
    if let Some(d) = sheet_day(s, year) {
        return Some((d, d, false));
    }
    let both = |a: &str, b: &str| {
        let a = sheet_day(a, year)?;
        end_after(b, a).map(|(b, next)| (a, b, next))
    };
    for sep in ["~", "～", "至", "–", "—", " - ", " to "] {
        if let Some((a, b)) = s.split_once(sep) {
            return both(a, b);
        }
    }
    // `2026-06-01-2026-06-05` or `6/1-6/5`: the one dash where both halves are dates.
    s.match_indices('-').find_map(|(i, _)| both(&s[..i], &s[i + 1..]))
}

/// A status word, or the seed's boxes with one ticked (`□未开始 ■进行中 …`).
pub fn status_of(s: &str) -> Option<Status> {
    let s = s.trim();
    let ticked = s.find(['■', '☑', '✔', '√']).map(|i| {
        let rest = &s[i..];
        let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
        rest.split(['□', '☐', '■', '☑']).next().unwrap_or("").trim()
    });
    let word = ticked.unwrap_or(s).to_lowercase();
    Some(match word.as_str() {
        "" | "未开始" | "待开始" | "not started" | "todo" | "to do" | "not_started" => Status::NotStarted,
        "进行中" | "执行中" | "in progress" | "doing" | "in_progress" | "started" => Status::InProgress,
        "已完成" | "完成" | "done" | "complete" | "completed" | "finished" => Status::Done,
        "异常" | "exception" | "blocked" | "issue" => Status::Exception,
        _ => return None,
    })
}

/// Every data row read with the mapping; the first bad cell refuses all.
/// Rows with an empty task are skipped (a spreadsheet's blank lines).
pub fn read(rows: &[Vec<String>], map: &[Option<Field>], year: i32) -> Result<Vec<SheetRow>, SheetError> {
    if rows.len() < 2 {
        return Err(SheetError::Empty);
    }
    // Blank rows (a sheet saved with its empty grid) are not rows of work.
    let blank = |r: &Vec<String>| r.iter().all(|c| c.trim().is_empty());
    if rows.iter().skip(1).filter(|r| !blank(r)).count() > MAX_SHEET_ROWS {
        return Err(SheetError::TooMany { max: MAX_SHEET_ROWS });
    }
    let col = |f: Field| map.iter().position(|x| *x == Some(f));
    let task = col(Field::Task).ok_or(SheetError::NoTaskColumn)?;
    let (start, end, span) = (col(Field::Start), col(Field::End), col(Field::Dates));
    if start.is_none() && end.is_none() && span.is_none() {
        return Err(SheetError::NoDateColumns);
    }
    let mut out = vec![];
    for (i, r) in rows.iter().enumerate().skip(1) {
        let row = i + 1;
        let cell = |c: Option<usize>| c.and_then(|c| r.get(c)).map(|s| s.trim().to_string()).unwrap_or_default();
        let title = cell(Some(task));
        if title.is_empty() {
            continue;
        }
        let bad = |c: usize| SheetError::BadDate { row, col: c + 1, text: r.get(c).cloned().unwrap_or_default() };
        let day = |c: Option<usize>| -> Result<Option<Day>, SheetError> {
            match c {
                Some(c) if !cell(Some(c)).is_empty() => sheet_day(&cell(Some(c)), year).map(Some).ok_or_else(|| bad(c)),
                _ => Ok(None),
            }
        };
        let (mut a, mut b) = (day(start)?, day(end)?);
        let mut next_year = false;
        // An end column written without a year, before its start: the next year's.
        if let (Some(x), Some(y), Some(c)) = (a, b, end) {
            if let Some((y2, true)) = (y < x).then(|| end_after(&cell(Some(c)), x)).flatten() {
                (b, next_year) = (Some(y2), true);
            }
        }
        if let Some(c) = span.filter(|c| !cell(Some(*c)).is_empty()) {
            let (x, y, next) = dates(&cell(Some(c)), year).ok_or_else(|| bad(c))?;
            next_year = next && b.is_none();
            a = a.or(Some(x));
            b = b.or(Some(y));
        }
        let (a, b) = match (a, b) {
            (Some(a), Some(b)) => (a, b),
            (Some(a), None) => (a, a),
            (None, Some(b)) => (b, b),
            (None, None) => return Err(bad(start.or(span).or(end).unwrap_or(task))),
        };
        if b < a {
            return Err(SheetError::EndBeforeStart { row });
        }
        let status = match col(Field::Status) {
            Some(c) => status_of(&cell(Some(c))).ok_or_else(|| SheetError::BadStatus {
                row,
                col: c + 1,
                text: cell(Some(c)),
            })?,
            None => Status::NotStarted,
        };
        out.push(SheetRow {
            phase: cell(col(Field::Phase)),
            title,
            owner: cell(col(Field::Owner)),
            start: a,
            end: b,
            resources: cell(col(Field::Resources)),
            status,
            notes: cell(col(Field::Notes)),
            next_year,
        });
    }
    if out.is_empty() {
        return Err(SheetError::Empty);
    }
    Ok(out)
}

/// What a sheet adds to `plan`: the people and phases it names that the
/// plan lacks (matched by name; a new phase spans its rows), and one
/// activity per row at the outline's end, with `new_id` for every new id.
pub fn additions(
    plan: &crate::model::plan::Plan,
    rows: &[SheetRow],
    new_id: &mut dyn FnMut() -> String,
) -> (
    Vec<crate::model::schedule::data::Person>,
    Vec<crate::model::schedule::data::Phase>,
    Vec<crate::model::schedule::data::WorkItem>,
) {
    use crate::model::schedule::data::{Level, Person, Phase, WorkItem};
    let (mut people, mut phases): (Vec<Person>, Vec<Phase>) = (vec![], vec![]);
    let mut items = vec![];
    for r in rows {
        let owner = (!r.owner.is_empty()).then(|| {
            let known = plan.people.iter().chain(&people).find(|p| p.name == r.owner).map(|p| p.id.clone());
            known.unwrap_or_else(|| {
                let id = new_id();
                people.push(Person {
                    id: id.clone(),
                    name: r.owner.clone(),
                    role: String::new(),
                    department: String::new(),
                });
                id
            })
        });
        let phase = (!r.phase.is_empty()).then(|| {
            if let Some(p) = plan.phases.iter().find(|p| p.name == r.phase) {
                return p.id.clone();
            }
            match phases.iter_mut().find(|p| p.name == r.phase) {
                Some(p) => {
                    p.start = p.start.min(r.start);
                    p.end = p.end.max(r.end);
                    p.id.clone()
                }
                None => {
                    let id = new_id();
                    phases.push(Phase { id: id.clone(), name: r.phase.clone(), start: r.start, end: r.end });
                    id
                }
            }
        });
        let mut w = WorkItem::new(new_id(), r.title.clone(), Level::Activity, r.start, r.end);
        w.owner = owner;
        w.phase = phase;
        w.status = r.status;
        w.progress = if r.status == crate::model::schedule::data::Status::Done { 100 } else { 0 };
        w.resources = r.resources.clone();
        w.notes = r.notes.clone();
        items.push(w);
    }
    (people, phases, items)
}
