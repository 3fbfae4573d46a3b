//! The reporting rhythm's rules: which week or month a report covers (a week
//! ends on the plan's reporting day), when the next weekly report is due, and
//! which exceptions still ask to be reported upward within 24 hours. Must not
//! know about the browser or the UI.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::monitor::data::Reporting;
use crate::model::monitor::data::Severity;
use crate::model::monitor::data::MAX_REPORTED;
use crate::model::monitor::rules::alert_state;
use crate::model::monitor::rules::Alert;
use crate::model::monitor::rules::AlertState;
use crate::model::plan::Plan;
use crate::model::schedule::data::Status;

/// Minutes in a day: a time of day is below it.
pub const DAY_MINUTES: u16 = 24 * 60;

/// What a rhythm may not hold: a weekday past Sunday, a time past 23:59,
/// an unbounded list of reported exceptions.
pub fn reporting_fault(r: &Reporting) -> Option<Fault> {
    if r.weekday > 6 {
        return Some(Fault::BadWeekday(r.weekday));
    }
    if r.weekly_at >= DAY_MINUTES || r.daily_at >= DAY_MINUTES {
        return Some(Fault::NotInRange);
    }
    if r.reported.len() > MAX_REPORTED {
        return Some(Fault::TooMany { count: r.reported.len(), max: MAX_REPORTED });
    }
    None
}

/// The reporting week that holds `day`: it ends on the reporting weekday on
/// or after `day` and starts six days before.
pub fn week_of(day: Day, weekday: u8) -> (Day, Day) {
    let ahead = (weekday.min(6) as i64 - day.weekday() as i64).rem_euclid(7);
    let end = day.add_days(ahead);
    (end.add_days(-6), end)
}

/// The calendar month that holds `day`, first to last day.
pub fn month_of(day: Day) -> (Day, Day) {
    let first = Day::ymd(day.year(), day.month(), 1);
    let next =
        if day.month() == 12 { Day::ymd(day.year() + 1, 1, 1) } else { Day::ymd(day.year(), day.month() + 1, 1) };
    (first, next.add_days(-1))
}

/// When the next weekly report is due, seen at `minute` of `today`: today
/// if today is the reporting day and its hour has not passed, else the next
/// reporting day.
pub fn next_weekly(r: &Reporting, today: Day, minute: u16) -> Day {
    let (_, end) = week_of(today, r.weekday);
    if end == today && minute > r.weekly_at {
        end.add_days(7)
    } else {
        end
    }
}

/// An exception that asks to be reported upward within 24 hours.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// A work item in 异常, by id.
    Item(String),
    /// A red alert nobody has acknowledged.
    Alert(Alert),
}

impl Pending {
    /// The key a report records: `item:<id>` or the alert's key.
    pub fn key(&self) -> String {
        match self {
            Pending::Item(id) => format!("item:{id}"),
            Pending::Alert(a) => a.key.clone(),
        }
    }
}

/// Work items in exception and open red alerts (of `alerts`, the plan's
/// alerts as the caller computed them) not yet reported or acknowledged.
pub fn unreported(plan: &Plan, alerts: &[Alert]) -> Vec<Pending> {
    let r = &plan.monitor.reporting;
    let done = |key: &str| r.reported.iter().any(|x| x.key == key);
    let items = plan.work_items.iter().filter(|w| w.status == Status::Exception).map(|w| Pending::Item(w.id.clone()));
    let red = alerts
        .iter()
        .filter(|a| a.severity == Severity::Red && a.ongoing)
        .filter(|a| alert_state(&plan.monitor.notes, &a.key) == AlertState::Open)
        .map(|a| Pending::Alert(a.clone()));
    items.chain(red).filter(|p| !done(&p.key())).collect()
}
