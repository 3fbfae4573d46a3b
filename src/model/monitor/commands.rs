//! Compiling a `MonitorCommand` into edits: checks names, links and ranges,
//! then edits KPIs one by one (so a cell typed into the grid records only
//! that KPI in the undo history) and replaces the small `Monitor` settings as
//! one field. Must not know about the browser or the UI.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::id::Id;
use crate::model::base::list::remove_entry;
use crate::model::base::list::upsert;
use crate::model::base::num::Num;
use crate::model::check::refs;
use crate::model::command::edits::ListEdit;
use crate::model::command::edits::PlanEdit;
use crate::model::monitor::data::Adjustment;
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::AlertNote;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::Reported;
use crate::model::monitor::data::Rule;
use crate::model::monitor::data::Stage;
use crate::model::monitor::data::Thresholds;
use crate::model::monitor::reporting::reporting_fault;
use crate::model::monitor::rules::check_thresholds;
use crate::model::monitor::rules::finite;
use crate::model::monitor::rules::kpi_fault;
use crate::model::monitor::rules::rule_fault;
use crate::model::plan::Plan;
use crate::model::plan::PlanField;
use std::collections::BTreeMap;

/// A change to monitoring; each is one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum MonitorCommand {
    /// Adds a KPI, or replaces the definition of the one with its id (its actuals are kept).
    PutKpi(Box<Kpi>),
    /// Also drops rules aimed at it.
    RemoveKpi(Id),
    MoveKpi {
        id: Id,
        up: bool,
    },
    /// Sets (Some) or clears (None) cells of the actuals grid: one keystroke,
    /// a pasted block or an imported CSV, as one step.
    SetActuals(Vec<(Id, Day, Option<Num>)>),
    /// Sets or clears targets typed for single periods (they win over the spread).
    SetPeriodTargets(Vec<(Id, Day, Option<Num>)>),
    Thresholds(Thresholds),
    PutRule(Rule),
    RemoveRule(Id),
    Note(AlertNote),
    PutStage(Stage),
    /// Also unmaps the KPIs that fed it.
    RemoveStage(Id),
    MoveStage {
        id: Id,
        up: bool,
    },
    PutAdjustment(Adjustment),
    RemoveAdjustment(Id),
    /// The reporting rhythm: weekly report day and time, daily sync time.
    Rhythm {
        weekday: u8,
        weekly_at: u16,
        daily_at: u16,
    },
    /// Records an exception as reported upward (`reported: false` takes it back).
    Reported {
        key: String,
        day: Day,
        reported: bool,
    },
}

fn no_entry(id: &str) -> Fault {
    Fault::UnknownEntry(id.to_string())
}

fn range(ok: bool) -> Result<(), Fault> {
    if ok {
        Ok(())
    } else {
        Err(Fault::NotInRange)
    }
}

/// The checks every KPI definition must pass: its values, then its links.
pub fn check_kpi(plan: &Plan, k: &Kpi) -> Result<(), Fault> {
    if let Some((_, kind)) = kpi_fault(k).or_else(|| crate::model::monitor::rules::ratio_fault(plan, k)) {
        return Err(as_error(kind));
    }
    let mut probe = refs::probe();
    probe.kpis.push(k.clone());
    refs::refuse(&refs::Lookup::new(plan), probe)
}

pub fn check_rule(plan: &Plan, r: &Rule) -> Result<(), Fault> {
    if let Some(kind) = rule_fault(r) {
        return Err(as_error(kind));
    }
    let mut probe = refs::probe();
    probe.monitor.rules.push(r.clone());
    refs::refuse(&refs::Lookup::new(plan), probe)
}

fn as_error(kind: Fault) -> Fault {
    match kind {
        Fault::EmptyName => Fault::EmptyName,
        // A rate's faults say what is wrong with it.
        Fault::BadRatio | Fault::Computed => kind,
        _ => Fault::NotInRange,
    }
}

pub fn compile(plan: &Plan, cmd: MonitorCommand) -> Result<Vec<PlanEdit>, Fault> {
    let kpi_index = |id: &str| plan.kpis.iter().position(|k| k.id == id).ok_or_else(|| no_entry(id));
    let mut m = plan.monitor.clone();
    let mut edits = vec![];
    match cmd {
        MonitorCommand::PutKpi(k) => {
            let mut k = *k;
            k.name = k.name.trim().to_string();
            // A rate's values are computed: becoming one drops the typed ones
            // (undo keeps them). A rate holds its level over the plan (a 5%
            // target is 5% every day), so it is never summed.
            if k.is_ratio() {
                k.actuals.clear();
                if k.aggregate == Aggregate::Sum {
                    k.aggregate = Aggregate::Average;
                }
            }
            check_kpi(plan, &k)?;
            match plan.kpis.iter().find(|x| x.id == k.id) {
                Some(old) => {
                    if !k.is_ratio() {
                        k.actuals = old.actuals.clone();
                    }
                    if &k != old {
                        edits.push(PlanEdit::Kpis(ListEdit::Replace(k)));
                    }
                }
                None => edits.push(PlanEdit::Kpis(ListEdit::Insert { index: plan.kpis.len(), value: k })),
            }
        }
        MonitorCommand::RemoveKpi(id) => {
            kpi_index(&id)?;
            // Its rules go with it (`refs`: a rule aimed at one KPI would
            // otherwise widen to all), risks watching it are unlinked.
            edits.push(PlanEdit::Kpis(ListEdit::Remove { id }));
            edits.extend(crate::model::command::cascade::cascade(plan, &edits));
        }
        MonitorCommand::MoveKpi { id, up } => {
            let i = kpi_index(&id)?;
            let to = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < plan.kpis.len()) };
            let to = to.ok_or(Fault::CannotMove)?;
            edits.push(PlanEdit::Kpis(ListEdit::MoveBlock { from: i, len: 1, to }));
        }
        MonitorCommand::SetActuals(cells) | MonitorCommand::SetPeriodTargets(cells) if cells.is_empty() => {}
        MonitorCommand::SetActuals(cells) => set_cells(plan, cells, false, &mut edits)?,
        MonitorCommand::SetPeriodTargets(cells) => set_cells(plan, cells, true, &mut edits)?,
        MonitorCommand::Thresholds(t) => {
            check_thresholds(t)?;
            m.thresholds = t;
        }
        MonitorCommand::PutRule(r) => {
            check_rule(plan, &r)?;
            upsert(&mut m.rules, r);
        }
        MonitorCommand::RemoveRule(id) => remove_entry(&mut m.rules, &id)?,
        MonitorCommand::Note(n) => {
            if n.alert.is_empty() || m.notes.iter().any(|x| x.id == n.id) {
                return Err(Fault::DuplicateId(n.id));
            }
            m.notes.push(n);
        }
        MonitorCommand::PutStage(s) => upsert(&mut m.stages, s),
        MonitorCommand::RemoveStage(id) => {
            remove_entry(&mut m.stages, &id)?;
            edits.extend(crate::model::command::cascade::cascade(
                plan,
                &[PlanEdit::Field(PlanField::Monitor(Box::new(m.clone())))],
            ));
        }
        MonitorCommand::MoveStage { id, up } => {
            let i = m.stages.iter().position(|s| s.id == id).ok_or_else(|| no_entry(&id))?;
            let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < m.stages.len()) };
            m.stages.swap(i, j.ok_or(Fault::CannotMove)?);
        }
        MonitorCommand::PutAdjustment(a) => {
            if a.text.trim().is_empty() {
                return Err(Fault::EmptyName);
            }
            let mut probe = refs::probe();
            probe.monitor.adjustments.push(a.clone());
            refs::refuse(&refs::Lookup::new(plan), probe)?;
            upsert(&mut m.adjustments, a);
        }
        MonitorCommand::RemoveAdjustment(id) => remove_entry(&mut m.adjustments, &id)?,
        MonitorCommand::Rhythm { weekday, weekly_at, daily_at } => {
            m.reporting.weekday = weekday;
            m.reporting.weekly_at = weekly_at;
            m.reporting.daily_at = daily_at;
        }
        MonitorCommand::Reported { key, day, reported } => {
            if key.is_empty() || key.len() > 300 || !day.in_range() {
                return Err(Fault::NotInRange);
            }
            m.reporting.reported.retain(|r| r.key != key);
            if reported {
                m.reporting.reported.push(Reported { key, day });
            }
        }
    }
    if let Some(f) = reporting_fault(&m.reporting) {
        return Err(f);
    }
    if m != plan.monitor {
        edits.insert(0, PlanEdit::Field(PlanField::Monitor(Box::new(m))));
    }
    Ok(edits)
}

/// Sets cells of the actuals (or of the per-period targets): grouped by KPI,
/// one replacement per KPI touched, so a pasted block is one step.
fn set_cells(
    plan: &Plan,
    cells: Vec<(Id, Day, Option<Num>)>,
    targets: bool,
    edits: &mut Vec<PlanEdit>,
) -> Result<(), Fault> {
    let mut changed: BTreeMap<usize, Kpi> = BTreeMap::new();
    for (id, day, v) in cells {
        let i = plan.kpis.iter().position(|k| k.id == id).ok_or_else(|| no_entry(&id))?;
        range(day >= plan.start && day <= plan.end && finite(v))?;
        let k = changed.entry(i).or_insert_with(|| plan.kpis[i].clone());
        if k.is_ratio() && !targets {
            return Err(Fault::Computed);
        }
        // A weekly KPI keeps each value under its week's first day.
        let p = crate::model::monitor::rules::Periods::of(plan, k.period);
        let day = p.index(day).map(|i| p.first_day(i)).unwrap_or(day);
        let map = if targets { &mut k.period_targets } else { &mut k.actuals };
        match v {
            Some(v) => map.insert(day, v),
            None => map.remove(&day),
        };
    }
    for (i, k) in changed {
        if k != plan.kpis[i] {
            edits.push(PlanEdit::Kpis(ListEdit::Replace(k)));
        }
    }
    Ok(())
}
