//! Compiling a `MonitorCommand` into edits: checks names, links and ranges,
//! then edits KPIs one by one (so a cell typed into the grid records only
//! that KPI in the undo history) and replaces the small `Monitor` settings as
//! one field. Must not know about the browser or the UI.

use super::command::{remove_entry as remove, upsert, CommandError, ListEdit, PlanEdit, PlanField};
use super::kpi::*;
use super::strategy::Num;
use super::types::*;
use std::collections::BTreeMap;

fn no_entry(id: &str) -> CommandError {
    CommandError::NoSuchEntry(id.to_string())
}

fn range(ok: bool) -> Result<(), CommandError> {
    if ok {
        Ok(())
    } else {
        Err(CommandError::OutOfRange)
    }
}

fn finite(v: Option<Num>) -> bool {
    v.is_none_or(|v| v.0.is_finite())
}

/// The checks every KPI definition must pass (also used on import).
pub fn check_kpi(plan: &Plan, k: &Kpi) -> Result<(), CommandError> {
    if k.name.trim().is_empty() {
        return Err(CommandError::EmptyName);
    }
    if let Some(s) = &k.stage {
        plan.monitor.stage(s).ok_or_else(|| no_entry(s))?;
    }
    if let Some(g) = &k.goal {
        plan.strategy.goal(g).ok_or_else(|| no_entry(g))?;
    }
    range(finite(k.target) && finite(k.baseline) && k.curve.iter().all(|w| w.0.is_finite() && w.0 >= 0.0))
}

pub fn check_rule(plan: &Plan, r: &Rule) -> Result<(), CommandError> {
    if let Some(k) = &r.kpi {
        plan.kpis.iter().find(|x| &x.id == k).ok_or_else(|| no_entry(k))?;
    }
    range(match r.kind {
        RuleKind::BelowShare { percent, periods } => (1..=100).contains(&percent) && (1..=366).contains(&periods),
        RuleKind::BelowTargetWeeks { weeks } => (1..=53).contains(&weeks),
        RuleKind::MissingData { periods } => (1..=366).contains(&periods),
        RuleKind::Threshold { value, .. } => value.0.is_finite(),
        RuleKind::BeyondRed => true,
    })
}

pub fn check_thresholds(t: Thresholds) -> Result<(), CommandError> {
    range(t.yellow >= 1 && t.yellow < t.red && t.red <= 100)
}

pub fn compile(plan: &Plan, cmd: MonitorCommand) -> Result<Vec<PlanEdit>, CommandError> {
    use MonitorCommand as M;
    let kpi_index = |id: &str| plan.kpis.iter().position(|k| k.id == id).ok_or_else(|| no_entry(id));
    let mut m = plan.monitor.clone();
    let mut edits = vec![];
    match cmd {
        M::PutKpi(k) => {
            let mut k = *k;
            k.name = k.name.trim().to_string();
            check_kpi(plan, &k)?;
            match plan.kpis.iter().find(|x| x.id == k.id) {
                Some(old) => {
                    k.actuals = old.actuals.clone();
                    if &k != old {
                        edits.push(PlanEdit::Kpis(ListEdit::Replace(k)));
                    }
                }
                None => edits.push(PlanEdit::Kpis(ListEdit::Insert { index: plan.kpis.len(), value: k })),
            }
        }
        M::RemoveKpi(id) => {
            kpi_index(&id)?;
            m.rules.retain(|r| r.kpi.as_deref() != Some(id.as_str()));
            edits.extend(super::budget::unlink_kpi(plan, &id));
            edits.push(PlanEdit::Kpis(ListEdit::Remove { id }));
        }
        M::MoveKpi { id, up } => {
            let i = kpi_index(&id)?;
            let to = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < plan.kpis.len()) };
            let to = to.ok_or(CommandError::CannotMove)?;
            edits.push(PlanEdit::Kpis(ListEdit::MoveBlock { from: i, len: 1, to }));
        }
        M::SetActuals(cells) | M::SetPeriodTargets(cells) if cells.is_empty() => {}
        M::SetActuals(cells) => set_cells(plan, cells, false, &mut edits)?,
        M::SetPeriodTargets(cells) => set_cells(plan, cells, true, &mut edits)?,
        M::Thresholds(t) => {
            check_thresholds(t)?;
            m.thresholds = t;
        }
        M::PutRule(r) => {
            check_rule(plan, &r)?;
            upsert(&mut m.rules, r);
        }
        M::RemoveRule(id) => remove(&mut m.rules, &id)?,
        M::Note(n) => {
            if n.alert.is_empty() || m.notes.iter().any(|x| x.id == n.id) {
                return Err(CommandError::DuplicateId(n.id));
            }
            m.notes.push(n);
        }
        M::PutStage(s) => upsert(&mut m.stages, s),
        M::RemoveStage(id) => {
            remove(&mut m.stages, &id)?;
            for k in plan.kpis.iter().filter(|k| k.stage.as_deref() == Some(id.as_str())) {
                let mut k = k.clone();
                k.stage = None;
                edits.push(PlanEdit::Kpis(ListEdit::Replace(k)));
            }
        }
        M::MoveStage { id, up } => {
            let i = m.stages.iter().position(|s| s.id == id).ok_or_else(|| no_entry(&id))?;
            let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < m.stages.len()) };
            m.stages.swap(i, j.ok_or(CommandError::CannotMove)?);
        }
        M::PutAdjustment(a) => {
            if a.text.trim().is_empty() {
                return Err(CommandError::EmptyName);
            }
            if let Some(o) = &a.owner {
                plan.person(o).ok_or_else(|| CommandError::NoSuchPerson(o.clone()))?;
            }
            upsert(&mut m.adjustments, a);
        }
        M::RemoveAdjustment(id) => remove(&mut m.adjustments, &id)?,
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
) -> Result<(), CommandError> {
    let mut changed: BTreeMap<usize, Kpi> = BTreeMap::new();
    for (id, day, v) in cells {
        let i = plan.kpis.iter().position(|k| k.id == id).ok_or_else(|| no_entry(&id))?;
        range(day >= plan.start && day <= plan.end && finite(v))?;
        let k = changed.entry(i).or_insert_with(|| plan.kpis[i].clone());
        // A weekly KPI keeps each value under its week's first day.
        let p = super::monitor::Periods::of(plan, k.period);
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
