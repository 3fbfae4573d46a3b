//! The schedule's data: people, phases, work items with their RACI and log,
//! links, baselines and the working calendar. Plain values with no
//! behaviour beyond small helpers.
//! Must not know about the browser, the UI, or the file envelope (see `io`).
//! The serde derives define the JSON shape of a plan; `io` owns versions and
//! migrations, so any change of shape here must bump `io::FORMAT_VERSION`.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::list::has_id;
use crate::model::base::skip::is_false;
use serde::{Deserialize, Serialize};

/// Work item level in the breakdown strategy → activity → action (策略 → 活动 → 动作).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Strategy,
    Activity,
    Action,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Strategy, Level::Activity, Level::Action];
    pub fn depth(self) -> i32 {
        self as i32
    }
    pub fn from_depth(d: i32) -> Option<Level> {
        match d {
            0 => Some(Level::Strategy),
            1 => Some(Level::Activity),
            2 => Some(Level::Action),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
    Exception,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::NotStarted, Status::InProgress, Status::Done, Status::Exception];
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Person {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub department: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Phase {
    pub id: Id,
    pub name: String,
    pub start: Day,
    pub end: Day,
}

/// A RACI role of one person on one item: Responsible (does the work),
/// Accountable (signs it off, exactly one), Consulted, Informed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Raci {
    R,
    A,
    C,
    I,
}

impl Raci {
    pub const ALL: [Raci; 4] = [Raci::R, Raci::A, Raci::C, Raci::I];
    pub fn letter(self) -> &'static str {
        match self {
            Raci::R => "R",
            Raci::A => "A",
            Raci::C => "C",
            Raci::I => "I",
        }
    }
}

/// One dated line in an item's log (进展记录).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LogEntry {
    pub date: Day,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WorkItem {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub parent: Option<Id>,
    pub level: Level,
    #[serde(default)]
    pub phase: Option<Id>,
    /// The one person answerable for the item (唯一负责人).
    #[serde(default)]
    pub owner: Option<Id>,
    pub start: Day,
    pub end: Day,
    pub status: Status,
    #[serde(default)]
    pub progress: u8,
    #[serde(default)]
    pub notes: String,
    // Version 3 fields. Empty ones are left out of files so that a plan of
    // ten thousand bare items stays small.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collaborators: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<String>,
    /// The person other teams talk to (接口人).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interface: Option<Id>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deliverable: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub acceptance: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resources: String,
    /// The marketing channel it serves (小红书, 抖音…), for filtering.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub milestone: bool,
    /// A fixed date is never moved by scheduling; a dependency it cannot
    /// meet is flagged instead (e.g. a launch day booked with a platform).
    #[serde(default, skip_serializing_if = "is_false")]
    pub fixed: bool,
    /// Why the item is in exception (required in the UI when it is).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exception_reason: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<LogEntry>,
    /// RACI roles by person id.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub raci: std::collections::BTreeMap<Id, Raci>,
    /// Version 4: the strategies (TOWS or tactics) this item carries out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves: Vec<Id>,
    /// Version 10: what happened, recorded when it happened (set as the
    /// status changes, editable): the day the work actually started and
    /// finished. Reports of a period date completion by these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_start: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_end: Option<Day>,
    /// Version 10: each time the item went into exception, with its reason
    /// and the days it lasted; kept after the item is completed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub episodes: Vec<Episode>,
}

/// One stretch of an item in exception (异常): from the day it went in to the
/// day it came out (None while it lasts), and why.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Episode {
    pub from: Day,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Day>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The most exception episodes an item keeps (one a day for a year).
pub const MAX_EPISODES: usize = 366;

impl WorkItem {
    /// A not-started item with nothing but its identity and dates.
    pub fn new(id: impl Into<Id>, title: impl Into<String>, level: Level, start: Day, end: Day) -> WorkItem {
        WorkItem {
            id: id.into(),
            title: title.into(),
            parent: None,
            level,
            phase: None,
            owner: None,
            start,
            end,
            status: Status::NotStarted,
            progress: 0,
            notes: String::new(),
            collaborators: vec![],
            departments: vec![],
            interface: None,
            deliverable: String::new(),
            acceptance: String::new(),
            resources: String::new(),
            channel: String::new(),
            milestone: false,
            fixed: false,
            exception_reason: String::new(),
            log: vec![],
            raci: Default::default(),
            serves: vec![],
            actual_start: None,
            actual_end: None,
            episodes: vec![],
        }
    }
}

/// A saved copy of every item's dates, to compare the schedule against later.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Baseline {
    pub id: Id,
    pub name: String,
    pub taken: Day,
    pub items: Vec<BaselineItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BaselineItem {
    pub id: Id,
    pub start: Day,
    pub end: Day,
}

/// Which days the team works, as the file keeps it: weekdays off (0 =
/// Monday … 6 = Sunday), holidays, and make-up working days (调休).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WorkCalendar {
    pub days_off: Vec<u8>,
    #[serde(default)]
    pub holidays: Vec<Day>,
    #[serde(default)]
    pub makeup_days: Vec<Day>,
}

impl Default for WorkCalendar {
    fn default() -> Self {
        WorkCalendar { days_off: vec![5, 6], holidays: vec![], makeup_days: vec![] }
    }
}

/// "`succ` may not start (or finish) until `pred` …", with a lag in working days.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dependency {
    pub id: Id,
    pub pred: Id,
    pub succ: Id,
    pub kind: DepKind,
    #[serde(default)]
    pub lag: i64,
}

has_id!(WorkItem, Person, Dependency, Baseline, Phase);

/// The largest lag or lead of a link, in working days (about 14 years).
pub const MAX_LAG: i64 = 3650;

/// Holidays or make-up days a calendar may list.
pub const MAX_CALENDAR_DAYS: usize = 5000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DepKind {
    /// The successor starts after the predecessor finishes.
    FinishToStart,
    /// The successor starts no earlier than the predecessor starts.
    StartToStart,
    /// The successor finishes no earlier than the predecessor finishes.
    FinishToFinish,
    /// The successor finishes no earlier than the day before the predecessor starts.
    StartToFinish,
}

/// A festival day our users plan around; its day, sale window and peaks
/// are `schedule::festival`'s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Festival {
    /// 618 (京东 anniversary sale): 6/1–6/18.
    Sale618,
    /// 双11: 11/1–11/11.
    Double11,
    /// 双12: 12/10–12/12.
    Double12,
    /// 520: 5/18–5/20.
    Day520,
    /// 38 节 (妇女节 / 女王节): 3/1–3/8.
    WomensDay,
    /// 七夕 (lunar 7/7): the week up to it.
    Qixi,
    /// 中秋 (lunar 8/15): the week up to it.
    MidAutumn,
    /// 国庆: 10/1–10/7.
    NationalDay,
    /// 春节 (lunar 1/1): the holiday week from it.
    SpringFestival,
    /// 年货节: the ten days that end ten days before 春节, when couriers stop.
    NewYearGoods,
    /// 开学季: the ten days up to 9/1.
    BackToSchool,
}
