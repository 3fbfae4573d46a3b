//! Removals and what they take with them: a removal is applied to a copy,
//! every reference the walk in `check::refs` then finds dangling is unlinked,
//! in the same undo step.

use crate::model::check::refs::unlink_dangling;
use crate::model::command::edits::ListEdit;
use crate::model::command::edits::PlanEdit;
use crate::model::plan::Plan;
use crate::model::plan::PlanField;
use crate::model::schedule::data::WorkItem;
use std::collections::{HashMap, HashSet};

/// The edits that unlink whatever `edits` (a removal) leaves dangling, to be
/// applied after them in the same undo step. The removal is tried on a copy,
/// then every entity whose references changed is replaced (or removed).
pub fn cascade(plan: &Plan, edits: &[PlanEdit]) -> Vec<PlanEdit> {
    let mut after = plan.clone();
    for e in edits.iter().cloned() {
        e.apply(&mut after);
    }
    let before = after.clone();
    if unlink_dangling(&mut after).is_empty() {
        return vec![];
    }
    let mut out = vec![];
    // Work items and KPIs are edited one by one (the undo record stays
    // small); links removed by id; the strategy, monitor, budget and
    // retrospective are each one field.
    let by_id: HashMap<&str, &WorkItem> = after.work_items.iter().map(|w| (w.id.as_str(), w)).collect();
    for w in &before.work_items {
        if let Some(n) = by_id.get(w.id.as_str()).filter(|n| **n != w) {
            out.push(PlanEdit::Items(ListEdit::Replace((*n).clone())));
        }
    }
    let kept: HashSet<&str> = after.dependencies.iter().map(|d| d.id.as_str()).collect();
    for d in before.dependencies.iter().filter(|d| !kept.contains(d.id.as_str())) {
        out.push(PlanEdit::Deps(ListEdit::Remove { id: d.id.clone() }));
    }
    for (k, n) in before.kpis.iter().zip(&after.kpis).filter(|(k, n)| k != n) {
        debug_assert_eq!(k.id, n.id);
        out.push(PlanEdit::Kpis(ListEdit::Replace(n.clone())));
    }
    if after.strategy != before.strategy {
        out.push(PlanEdit::Field(PlanField::Strategy(Box::new(after.strategy))));
    }
    if after.monitor != before.monitor {
        out.push(PlanEdit::Field(PlanField::Monitor(Box::new(after.monitor))));
    }
    if after.budget != before.budget {
        out.push(PlanEdit::Field(PlanField::Budget(Box::new(after.budget))));
    }
    if after.retro != before.retro {
        out.push(PlanEdit::Field(PlanField::Retro(Box::new(after.retro))));
    }
    out
}
