//! The plan's data: plain values with no behaviour beyond small helpers.
//! Must not know about the browser, the UI, or the file envelope (see `io`).
//! The serde derives define the JSON shape of a plan; `io` owns versions and
//! migrations, so any change of shape here must bump `io::FORMAT_VERSION`.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Identifiers are opaque strings (UUIDs in the app, short names in tests).
pub type Id = String;

/// A calendar day. Wraps `NaiveDate` so that files carry `YYYY-MM-DD` and a bad
/// date gets a message that quotes it (`invalid date "2026-02-30"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl Day {
    /// The first and last day a plan may name. Dates outside are refused on
    /// input and on import; arithmetic saturates at them, so no lag, push or
    /// drag can overflow the date type.
    pub const FIRST_YEAR: i32 = 1900;
    pub const LAST_YEAR: i32 = 2200;
    pub fn first() -> Day {
        Day::ymd(Day::FIRST_YEAR, 1, 1)
    }
    pub fn last() -> Day {
        Day::ymd(Day::LAST_YEAR, 12, 31)
    }
    pub fn ymd(y: i32, m: u32, d: u32) -> Day {
        Day(NaiveDate::from_ymd_opt(y, m, d).expect("valid date"))
    }
    /// `YYYY-MM-DD` within 1900–2200, else `None`.
    pub fn parse(s: &str) -> Option<Day> {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok().map(Day).filter(|d| d.in_range())
    }
    /// A valid calendar date within 1900–2200.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Day> {
        NaiveDate::from_ymd_opt(y, m, d).map(Day).filter(|d| d.in_range())
    }
    pub fn in_range(self) -> bool {
        (Day::FIRST_YEAR..=Day::LAST_YEAR).contains(&self.year())
    }
    /// `n` days later (earlier when negative), held within 1900–2200.
    pub fn add_days(self, n: i64) -> Day {
        let span = Day::first().0.signed_duration_since(Day::last().0).num_days().abs();
        let moved = self.0.checked_add_signed(Duration::days(n.clamp(-span, span)));
        Day(moved.unwrap_or(self.0).clamp(Day::first().0, Day::last().0))
    }
    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Day) -> i64 {
        (other.0 - self.0).num_days()
    }
    pub fn year(self) -> i32 {
        self.0.year()
    }
    pub fn month(self) -> u32 {
        self.0.month()
    }
    pub fn day(self) -> u32 {
        self.0.day()
    }
    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        self.0.weekday().num_days_from_monday()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Day::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid date \"{s}\"")))
    }
}

/// Money in integer minor units (fen, cents): never floats, so sums are exact.
/// Files carry it as a decimal string such as `"3000000.00"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(pub i64);

impl Money {
    /// The largest amount an entry may hold: ¥10,000,000,000.00 (100 亿) in
    /// fen. A million such amounts still add up inside an `i64`.
    pub const LIMIT: i64 = 1_000_000_000_000;
    /// An amount an entry may hold: from 0 to `LIMIT`.
    pub fn is_amount(self) -> bool {
        (0..=Money::LIMIT).contains(&self.0)
    }
    pub fn from_major(units: i64) -> Money {
        Money(units * 100)
    }
    /// Parses `1234`, `1234.5`, `1,234.56`, `-12.30`; at most two decimals
    /// and at most `LIMIT` either way.
    pub fn parse(s: &str) -> Option<Money> {
        let t: String = s.trim().chars().filter(|c| *c != ',' && *c != '_' && *c != ' ').collect();
        let (neg, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, t),
        };
        let (int, frac) = match t.split_once('.') {
            Some((i, f)) => (i.to_string(), f.to_string()),
            None => (t.clone(), String::new()),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if !int.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) || frac.len() > 2 {
            return None;
        }
        let major: i64 = if int.is_empty() { 0 } else { int.parse().ok()? };
        let minor: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().ok()? * 10,
            _ => frac.parse().ok()?,
        };
        let v = major.checked_mul(100)?.checked_add(minor)?;
        (v <= Money::LIMIT).then_some(Money(if neg { -v } else { v }))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Accept a plain JSON number too: people edit files by hand.
        let v = serde_json::Value::deserialize(d)?;
        let s = match &v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            _ => return Err(serde::de::Error::custom(format!("invalid amount {v}"))),
        };
        Money::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid amount \"{s}\"")))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scenario {
    NewProductLaunch,
    BrandUpgrade,
    FestivalPromotion,
    UserGrowth,
    ChannelExpansion,
    RegionalExpansion,
    Reactivation,
    QuarterlyPlan,
    Other,
}

impl Scenario {
    pub const ALL: [Scenario; 9] = [
        Scenario::NewProductLaunch,
        Scenario::BrandUpgrade,
        Scenario::FestivalPromotion,
        Scenario::UserGrowth,
        Scenario::ChannelExpansion,
        Scenario::RegionalExpansion,
        Scenario::Reactivation,
        Scenario::QuarterlyPlan,
        Scenario::Other,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Draft,
    Active,
    Closed,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 3] = [PlanStatus::Draft, PlanStatus::Active, PlanStatus::Closed];
}

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

/// For `skip_serializing_if`: files leave out what holds its default.
pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}

pub(crate) fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
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
}

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

impl WorkCalendar {
    pub fn to_calendar(&self) -> crate::model::schedule::Calendar {
        let mut off = [false; 7];
        for d in &self.days_off {
            if let Some(slot) = off.get_mut(*d as usize) {
                *slot = true;
            }
        }
        crate::model::schedule::Calendar {
            off,
            holidays: self.holidays.iter().copied().collect(),
            makeup_days: self.makeup_days.iter().copied().collect(),
        }
    }
}

/// "`succ` may not start (or finish) until `pred` …", with a lag in working days.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dependency {
    pub id: Id,
    pub pred: Id,
    pub succ: Id,
    pub kind: crate::model::schedule::DepKind,
    #[serde(default)]
    pub lag: i64,
}

/// One campaign. Work items are kept in display order: depth-first, each
/// parent before its children, so the list *is* the outline.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Plan {
    pub id: Id,
    pub name: String,
    pub scenario: Scenario,
    #[serde(default)]
    pub description: String,
    pub start: Day,
    pub end: Day,
    pub currency: String,
    pub total_budget: Money,
    pub status: PlanStatus,
    /// Marks the built-in sample so the UI can say so.
    #[serde(default)]
    pub is_sample: bool,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub phases: Vec<Phase>,
    #[serde(default)]
    pub work_items: Vec<WorkItem>,
    #[serde(default)]
    pub calendar: WorkCalendar,
    #[serde(default)]
    pub dependencies: Vec<Dependency>,
    /// Captured schedules, oldest first; the last is the one shown.
    #[serde(default)]
    pub baselines: Vec<Baseline>,
    /// Version 4: insight, goals and strategy (empty in a new plan).
    #[serde(default, skip_serializing_if = "crate::model::strategy::Strategy::is_empty")]
    pub strategy: crate::model::strategy::Strategy,
    /// Version 5: the KPIs with their targets and actuals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<crate::model::kpi::Kpi>,
    /// Version 5: thresholds, warning rules, alert notes, funnel stages, review adjustments.
    #[serde(default, skip_serializing_if = "crate::model::kpi::Monitor::is_default")]
    pub monitor: crate::model::kpi::Monitor,
    /// Version 6: budget lines, resources and the risk register.
    #[serde(default, skip_serializing_if = "crate::model::budget::Budget::is_empty")]
    pub budget: crate::model::budget::Budget,
}

impl Plan {
    /// A blank plan of 30 days from `start`, in CNY.
    pub fn blank(id: Id, name: &str, start: Day) -> Plan {
        Plan {
            id,
            name: name.to_string(),
            scenario: Scenario::Other,
            description: String::new(),
            start,
            end: start.add_days(29),
            currency: "CNY".into(),
            total_budget: Money(0),
            status: PlanStatus::Draft,
            is_sample: false,
            people: vec![],
            phases: vec![],
            work_items: vec![],
            calendar: WorkCalendar::default(),
            dependencies: vec![],
            baselines: vec![],
            strategy: Default::default(),
            kpis: vec![],
            monitor: Default::default(),
            budget: Default::default(),
        }
    }
    pub fn item(&self, id: &str) -> Option<&WorkItem> {
        self.work_items.iter().find(|w| w.id == id)
    }
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.work_items.iter().position(|w| w.id == id)
    }
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }
    /// The index one past the last descendant of the item at `index`. Items
    /// are in outline order, so the subtree is the run of items whose parent
    /// is already in it: one pass, no parent look-ups.
    pub fn subtree_end(&self, index: usize) -> usize {
        let mut inside: std::collections::HashSet<&str> = std::collections::HashSet::new();
        inside.insert(self.work_items[index].id.as_str());
        let mut j = index + 1;
        while let Some(w) = self.work_items.get(j) {
            match w.parent.as_deref() {
                Some(p) if inside.contains(p) => {
                    inside.insert(w.id.as_str());
                    j += 1;
                }
                _ => break,
            }
        }
        j
    }
    /// Tree depth (0 for roots) of the item at `index`, following parents.
    pub fn depth_at(&self, index: usize) -> usize {
        let mut d = 0;
        let mut cur = self.work_items[index].parent.clone();
        while let Some(p) = cur {
            d += 1;
            if d > self.work_items.len() {
                break; // a cycle; validation reports it
            }
            cur = self.item(&p).and_then(|w| w.parent.clone());
        }
        d
    }
    /// The distinct channels its items name, sorted (for filters and input hints).
    pub fn channels(&self) -> Vec<String> {
        let set: std::collections::BTreeSet<&str> =
            self.work_items.iter().map(|w| w.channel.as_str()).filter(|c| !c.is_empty()).collect();
        set.into_iter().map(str::to_string).collect()
    }
    pub fn has_children(&self, id: &str) -> bool {
        self.work_items.iter().any(|w| w.parent.as_deref() == Some(id))
    }
}

/// Everything that is undoable: the list of plans. Settings such as the
/// language or the open plan live outside, in the app state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    pub plans: Vec<Plan>,
}

impl Workspace {
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }
    pub fn plan_mut(&mut self, id: &str) -> Option<&mut Plan> {
        self.plans.iter_mut().find(|p| p.id == id)
    }
}

impl Workspace {
    /// Puts a plan read from storage in place of the one with its id (or adds
    /// it). Only for loading another tab's save: user edits go through commands.
    pub fn load_plan(&mut self, plan: Plan) {
        match self.plans.iter_mut().find(|p| p.id == plan.id) {
            Some(slot) => *slot = plan,
            None => self.plans.push(plan),
        }
    }
    /// Drops a plan another tab deleted.
    pub fn unload_plan(&mut self, id: &str) {
        self.plans.retain(|p| p.id != id);
    }
}
