//! An owner's changes found by comparing their copy with the copy they
//! received, and what each change meets in the manager's plan. Pure
//! functions of plans.

use super::data::{Change, Field, Update, Value};
use crate::model::plan::Plan;
use crate::model::schedule::data::WorkItem;

/// The most changes one update may carry: a busy day is tens; a plan's
/// worth of figures is a few thousand.
pub const MAX_CHANGES: usize = 5_000;

fn item_value(w: &WorkItem, f: &Field) -> Option<Value> {
    Some(match f {
        Field::Status { .. } => Value::Status(w.status),
        Field::Progress { .. } => Value::Progress(w.progress),
        Field::ActualStart { .. } => Value::Day(w.actual_start),
        Field::ActualEnd { .. } => Value::Day(w.actual_end),
        Field::Reason { .. } => Value::Text(w.exception_reason.clone()),
        Field::Episodes { .. } => Value::Episodes(w.episodes.clone()),
        _ => return None,
    })
}

/// The field's value in `plan`; None when what it belongs to is not there
/// (an item or KPI deleted, a person gone). A note has no value of its own.
pub fn value_of(plan: &Plan, f: &Field) -> Option<Value> {
    match f {
        Field::Note { item } => plan.item(item).map(|_| Value::Text(String::new())),
        Field::Actual { kpi, day } => {
            Some(Value::Num(plan.kpis.iter().find(|k| k.id == *kpi)?.actuals.get(day).copied()))
        }
        Field::Feedback { person } => {
            plan.person(person)?;
            let text = plan.retro.feedback.iter().find(|x| x.person == *person).map(|x| x.text.clone());
            Some(Value::Text(text.unwrap_or_default()))
        }
        _ => item_value(plan.item(f.item()?)?, f),
    }
}

/// The facts of an item an owner can change, as fields.
fn item_fields(id: &str) -> [Field; 6] {
    let item = id.to_string();
    [
        Field::Status { item: item.clone() },
        Field::Progress { item: item.clone() },
        Field::ActualStart { item: item.clone() },
        Field::ActualEnd { item: item.clone() },
        Field::Reason { item: item.clone() },
        Field::Episodes { item },
    ]
}

/// What `person` changed in `now` since `base` (the copy they received):
/// the facts of items both copies hold, notes added to their logs, KPI
/// figures, and their own feedback — in the order of the plan.
pub fn changes_since(base: &Plan, now: &Plan, person: &str) -> Vec<Change> {
    let mut out = vec![];
    for w in &now.work_items {
        let Some(b) = base.item(&w.id) else { continue };
        for f in item_fields(&w.id) {
            let (before, after) = (item_value(b, &f), item_value(w, &f));
            if before != after {
                if let Some(after) = after {
                    out.push(Change { field: f, before, after });
                }
            }
        }
        // Notes only ever grow: those not in the received copy were added.
        for e in w.log.iter().filter(|e| !b.log.contains(e)) {
            out.push(Change { field: Field::Note { item: w.id.clone() }, before: None, after: Value::Note(e.clone()) });
        }
    }
    for k in &now.kpis {
        let Some(b) = base.kpis.iter().find(|x| x.id == k.id) else { continue };
        let days: std::collections::BTreeSet<_> = k.actuals.keys().chain(b.actuals.keys()).collect();
        for day in days {
            let (before, after) = (b.actuals.get(day).copied(), k.actuals.get(day).copied());
            if before != after {
                out.push(Change {
                    field: Field::Actual { kpi: k.id.clone(), day: *day },
                    before: Some(Value::Num(before)),
                    after: Value::Num(after),
                });
            }
        }
    }
    let said = |p: &Plan| p.retro.feedback.iter().find(|x| x.person == person).map(|x| x.text.clone());
    let (before, after) = (said(base).unwrap_or_default(), said(now).unwrap_or_default());
    if before != after {
        out.push(Change {
            field: Field::Feedback { person: person.to_string() },
            before: Some(Value::Text(before)),
            after: Value::Text(after),
        });
    }
    out
}

/// What a change meets in the manager's plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Fate {
    /// Nobody else changed the field since the sender's copy: it is taken.
    Take,
    /// The plan already has the sender's value (sent twice, or made alike).
    Already,
    /// Both sides changed the field since the sender's copy: the manager
    /// chooses; `mine` is her value now.
    Conflict { mine: Value },
    /// What it belongs to was deleted since.
    Gone,
}

/// Each change of `u` against `plan`, in order.
pub fn review(plan: &Plan, u: &Update) -> Vec<Fate> {
    u.changes
        .iter()
        .map(|c| {
            let Some(now) = value_of(plan, &c.field) else { return Fate::Gone };
            match (&c.field, &c.after) {
                (Field::Note { item }, Value::Note(e)) => {
                    if plan.item(item).is_some_and(|w| w.log.contains(e)) {
                        Fate::Already
                    } else {
                        Fate::Take
                    }
                }
                _ if now == c.after => Fate::Already,
                _ if c.before.as_ref() == Some(&now) => Fate::Take,
                _ => Fate::Conflict { mine: now },
            }
        })
        .collect()
}

/// Whether a value is of the field's kind (a hostile update may pair them
/// wrongly).
pub fn fits(f: &Field, v: &Value) -> bool {
    matches!(
        (f, v),
        (Field::Status { .. }, Value::Status(_))
            | (Field::Progress { .. }, Value::Progress(_))
            | (Field::ActualStart { .. } | Field::ActualEnd { .. }, Value::Day(_))
            | (Field::Reason { .. } | Field::Feedback { .. }, Value::Text(_))
            | (Field::Episodes { .. }, Value::Episodes(_))
            | (Field::Note { .. }, Value::Note(_))
            | (Field::Actual { .. }, Value::Num(_))
    )
}

/// A group of one person's work, in the order 我的工作 shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// In exception: first, it needs a reason and help.
    Exceptions,
    /// Past its end and not done.
    Late,
    /// Running today.
    Today,
    /// Starting or ending in the next seven days.
    ThisWeek,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Exceptions, Group::Late, Group::Today, Group::ThisWeek];
}

/// The work items `person` owns or does (R), not done, each in its first
/// group (an item late and in exception is an exception); summary rows are
/// left out (their status rolls up). Indexes into the plan's items, in
/// outline order within a group.
pub fn my_work(plan: &Plan, person: &str, today: crate::model::base::day::Day) -> Vec<(Group, Vec<usize>)> {
    use crate::model::schedule::data::{Raci, Status};
    let parents: std::collections::HashSet<&str> = plan.work_items.iter().filter_map(|w| w.parent.as_deref()).collect();
    let week = today.add_days(6);
    let mut out: Vec<(Group, Vec<usize>)> = Group::ALL.iter().map(|g| (*g, vec![])).collect();
    for (i, w) in plan.work_items.iter().enumerate() {
        let mine = w.owner.as_deref() == Some(person) || w.raci.get(person) == Some(&Raci::R);
        if !mine || w.status == Status::Done || parents.contains(w.id.as_str()) {
            continue;
        }
        let group = if w.status == Status::Exception {
            Group::Exceptions
        } else if w.end < today {
            Group::Late
        } else if w.start <= today {
            Group::Today
        } else if w.start <= week {
            Group::ThisWeek
        } else {
            continue;
        };
        if let Some((_, v)) = out.iter_mut().find(|(g, _)| *g == group) {
            v.push(i);
        }
    }
    out
}

/// A figure a person enters on their work page: the KPI, the day that keys
/// the period today falls in (its first day), the target for that period and
/// the figure entered so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub kpi: usize,
    pub day: crate::model::base::day::Day,
    /// The period's last day (the same day for a daily KPI).
    pub last: crate::model::base::day::Day,
    pub target: Option<f64>,
    pub value: Option<crate::model::base::num::Num>,
}

/// The figures `person` owns today: each typed KPI (a rate is computed from
/// its parts) whose goal they own, while the plan runs.
pub fn my_figures(plan: &Plan, person: &str, today: crate::model::base::day::Day) -> Vec<Figure> {
    use crate::model::monitor::rules::{targets, Periods};
    let owns = |goal: &Option<String>| {
        goal.as_ref()
            .and_then(|g| plan.strategy.goals.iter().find(|x| x.id == *g))
            .is_some_and(|g| g.owner.as_deref() == Some(person))
    };
    plan.kpis
        .iter()
        .enumerate()
        .filter(|(_, k)| !k.is_ratio() && owns(&k.goal))
        .filter_map(|(i, k)| {
            let periods = Periods::of(plan, k.period);
            let at = periods.index(today)?;
            let day = periods.first_day(at);
            Some(Figure {
                kpi: i,
                day,
                last: periods.last_day(at),
                target: targets(plan, k).get(at).copied().flatten(),
                value: k.actuals.get(&day).copied(),
            })
        })
        .collect()
}
