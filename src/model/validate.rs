//! Consistency rules of a plan as a whole: what an imported or stored plan
//! must satisfy before it is accepted. Each problem names the JSON path it
//! is about. Must not know about JSON parsing or the UI.

use super::types::*;
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    EmptyName,
    EndBeforeStart {
        start: Day,
        end: Day,
    },
    DuplicateId(Id),
    UnknownPerson(Id),
    UnknownPhase(Id),
    UnknownParent(Id),
    /// A parent must come before its children in the list (outline order).
    ParentAfterChild(Id),
    ParentCycle,
    LevelNotBelowParent,
    ProgressOver100(u8),
    BadCurrency(String),
    UnknownItem(Id),
    SelfDependency,
    DependencyCycle(Vec<Id>),
    BadWeekday(u8),
    /// A strategy link (goal, TOWS, work item) to an entry that is not there.
    UnknownEntry(Id),
    OutOfRange {
        value: i64,
        min: i64,
        max: i64,
    },
    /// An amount below zero (planned, committed, a risk's cost) or a payment of zero.
    NegativeAmount(Money),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Dotted JSON path, e.g. `work_items[3].start`.
    pub path: String,
    pub kind: ProblemKind,
}

fn p(path: String, kind: ProblemKind) -> Problem {
    Problem { path, kind }
}

/// Every problem in the plan, in document order. Empty means valid.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut out = vec![];
    if plan.name.trim().is_empty() {
        out.push(p("name".into(), ProblemKind::EmptyName));
    }
    if plan.end < plan.start {
        out.push(p("end".into(), ProblemKind::EndBeforeStart { start: plan.start, end: plan.end }));
    }
    let c = &plan.currency;
    if !(c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase())) {
        out.push(p("currency".into(), ProblemKind::BadCurrency(c.clone())));
    }
    let mut people = HashSet::new();
    for (i, person) in plan.people.iter().enumerate() {
        if !people.insert(person.id.as_str()) {
            out.push(p(format!("people[{i}].id"), ProblemKind::DuplicateId(person.id.clone())));
        }
        if person.name.trim().is_empty() {
            out.push(p(format!("people[{i}].name"), ProblemKind::EmptyName));
        }
    }
    let mut phases = HashSet::new();
    for (i, ph) in plan.phases.iter().enumerate() {
        if !phases.insert(ph.id.as_str()) {
            out.push(p(format!("phases[{i}].id"), ProblemKind::DuplicateId(ph.id.clone())));
        }
        if ph.end < ph.start {
            out.push(p(format!("phases[{i}].end"), ProblemKind::EndBeforeStart { start: ph.start, end: ph.end }));
        }
    }
    let all_items: HashSet<&str> = plan.work_items.iter().map(|w| w.id.as_str()).collect();
    // Parent look-ups by index: a linear search per item made a 10,000-item
    // import take seconds.
    let index: std::collections::HashMap<&str, usize> =
        plan.work_items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i)).collect();
    let mut seen = HashSet::new();
    for (i, w) in plan.work_items.iter().enumerate() {
        let at = |f: &str| format!("work_items[{i}].{f}");
        if !seen.insert(w.id.as_str()) {
            out.push(p(at("id"), ProblemKind::DuplicateId(w.id.clone())));
        }
        if let Some(o) = &w.owner {
            if !people.contains(o.as_str()) {
                out.push(p(at("owner"), ProblemKind::UnknownPerson(o.clone())));
            }
        }
        if let Some(ph) = &w.phase {
            if !phases.contains(ph.as_str()) {
                out.push(p(at("phase"), ProblemKind::UnknownPhase(ph.clone())));
            }
        }
        if let Some(par) = &w.parent {
            if !all_items.contains(par.as_str()) {
                out.push(p(at("parent"), ProblemKind::UnknownParent(par.clone())));
            } else if par == &w.id || has_cycle(plan, &index, &w.id) {
                out.push(p(at("parent"), ProblemKind::ParentCycle));
            } else if !seen.contains(par.as_str()) {
                out.push(p(at("parent"), ProblemKind::ParentAfterChild(par.clone())));
            } else if index.get(par.as_str()).is_some_and(|&j| plan.work_items[j].level >= w.level) {
                out.push(p(at("level"), ProblemKind::LevelNotBelowParent));
            }
        }
        if w.end < w.start {
            out.push(p(at("end"), ProblemKind::EndBeforeStart { start: w.start, end: w.end }));
        }
        if w.progress > 100 {
            out.push(p(at("progress"), ProblemKind::ProgressOver100(w.progress)));
        }
    }
    for (i, d) in plan.calendar.days_off.iter().enumerate() {
        if *d > 6 {
            out.push(p(format!("calendar.days_off[{i}]"), ProblemKind::BadWeekday(*d)));
        }
    }
    let mut dep_ids = HashSet::new();
    let mut deps_ok = true;
    for (i, d) in plan.dependencies.iter().enumerate() {
        if !dep_ids.insert(d.id.as_str()) {
            out.push(p(format!("dependencies[{i}].id"), ProblemKind::DuplicateId(d.id.clone())));
        }
        for (field, id) in [("pred", &d.pred), ("succ", &d.succ)] {
            if !all_items.contains(id.as_str()) {
                out.push(p(format!("dependencies[{i}].{field}"), ProblemKind::UnknownItem(id.clone())));
                deps_ok = false;
            }
        }
        if d.pred == d.succ {
            out.push(p(format!("dependencies[{i}]"), ProblemKind::SelfDependency));
            deps_ok = false;
        }
    }
    strategy_problems(plan, &mut out);
    monitor_problems(plan, &mut out);
    budget_problems(plan, &mut out);
    if deps_ok && !plan.dependencies.is_empty() {
        if let Err(crate::model::CommandError::Cycle(ids)) = crate::model::command::pushed_items(plan) {
            out.push(p("dependencies".into(), ProblemKind::DependencyCycle(ids)));
        }
    }
    out
}

fn has_cycle(plan: &Plan, index: &std::collections::HashMap<&str, usize>, start: &str) -> bool {
    let item = |id: &str| index.get(id).map(|&i| &plan.work_items[i]);
    let mut cur = item(start).and_then(|w| w.parent.as_deref());
    let mut steps = 0;
    while let Some(id) = cur {
        if id == start {
            return true;
        }
        steps += 1;
        if steps > plan.work_items.len() {
            return true;
        }
        cur = item(id).and_then(|w| w.parent.as_deref());
    }
    false
}

/// The strategy's ids are unique, its links point at entries of the right
/// kind, and its ratings, weights and shares are in range.
fn strategy_problems(plan: &Plan, out: &mut Vec<Problem>) {
    let s = &plan.strategy;
    let mut ids = HashSet::new();
    for (list, i, id) in s.ids() {
        if !ids.insert(id) {
            out.push(p(format!("strategy.{list}[{i}].id"), ProblemKind::DuplicateId(id.into())));
        }
    }
    let range = |out: &mut Vec<Problem>, path: String, v: i64, min: i64, max: i64| {
        if v < min || v > max {
            out.push(p(path, ProblemKind::OutOfRange { value: v, min, max }));
        }
    };
    for (i, e) in s.pestel.iter().enumerate() {
        range(out, format!("strategy.pestel[{i}].weight"), e.weight as i64, 1, 5);
    }
    for (i, f) in s.forces.iter().enumerate() {
        range(out, format!("strategy.forces[{i}].rating"), f.rating as i64, 0, 5);
    }
    for (i, c) in s.channels.iter().enumerate() {
        range(out, format!("strategy.channels[{i}].share"), c.share as i64, 0, 100);
    }
    for (i, t) in s.tows.iter().enumerate() {
        for (j, l) in t.links.iter().enumerate() {
            if !s.fits_tows(t.kind, l) {
                out.push(p(format!("strategy.tows[{i}].links[{j}]"), ProblemKind::UnknownEntry(l.clone())));
            }
        }
    }
    for (i, g) in s.goals.iter().enumerate() {
        for (j, x) in g.serves.iter().enumerate() {
            if !s.is_strategy(x) {
                out.push(p(format!("strategy.goals[{i}].serves[{j}]"), ProblemKind::UnknownEntry(x.clone())));
            }
        }
        if let Some(par) = &g.parent {
            if s.goal(par).is_none() {
                out.push(p(format!("strategy.goals[{i}].parent"), ProblemKind::UnknownEntry(par.clone())));
            } else if super::strategy_rules::would_cycle(s, &g.id, par) {
                out.push(p(format!("strategy.goals[{i}].parent"), ProblemKind::ParentCycle));
            }
        }
        if let Some(o) = &g.owner {
            if plan.person(o).is_none() {
                out.push(p(format!("strategy.goals[{i}].owner"), ProblemKind::UnknownPerson(o.clone())));
            }
        }
    }
    for (i, w) in plan.work_items.iter().enumerate() {
        for (j, x) in w.serves.iter().enumerate() {
            if !s.is_strategy(x) {
                out.push(p(format!("work_items[{i}].serves[{j}]"), ProblemKind::UnknownEntry(x.clone())));
            }
        }
    }
}

/// KPI ids are unique and their links (stage, goal) exist; rules aim at
/// KPIs that exist and have sensible numbers; thresholds are ordered;
/// adjustments name people of the plan. Reuses the commands' checks so an
/// imported file and an edit obey the same rules.
fn monitor_problems(plan: &Plan, out: &mut Vec<Problem>) {
    use super::kpi_command::{check_kpi, check_rule, check_thresholds};
    use crate::model::CommandError as E;
    let kind = |e: E| match e {
        E::NoSuchEntry(id) => ProblemKind::UnknownEntry(id),
        E::EmptyName => ProblemKind::EmptyName,
        _ => ProblemKind::OutOfRange { value: 0, min: 0, max: 0 },
    };
    let mut ids = HashSet::new();
    for (i, k) in plan.kpis.iter().enumerate() {
        if !ids.insert(k.id.as_str()) {
            out.push(p(format!("kpis[{i}].id"), ProblemKind::DuplicateId(k.id.clone())));
        }
        if let Err(e) = check_kpi(plan, k) {
            let field = match &e {
                E::EmptyName => "name",
                E::NoSuchEntry(x) if k.stage.as_deref() == Some(x.as_str()) => "stage",
                E::NoSuchEntry(_) => "goal",
                _ => "target",
            };
            out.push(p(format!("kpis[{i}].{field}"), kind(e)));
        }
    }
    let m = &plan.monitor;
    if let Err(e) = check_thresholds(m.thresholds) {
        out.push(p("monitor.thresholds".into(), kind(e)));
    }
    for (i, r) in m.rules.iter().enumerate() {
        if let Err(e) = check_rule(plan, r) {
            let field = if matches!(e, E::NoSuchEntry(_)) { "kpi" } else { "kind" };
            out.push(p(format!("monitor.rules[{i}].{field}"), kind(e)));
        }
    }
    let mut stages = HashSet::new();
    for (i, s) in m.stages.iter().enumerate() {
        if !stages.insert(s.id.as_str()) {
            out.push(p(format!("monitor.stages[{i}].id"), ProblemKind::DuplicateId(s.id.clone())));
        }
    }
    for (i, a) in m.adjustments.iter().enumerate() {
        if let Some(o) = a.owner.as_ref().filter(|o| plan.person(o).is_none()) {
            out.push(p(format!("monitor.adjustments[{i}].owner"), ProblemKind::UnknownPerson(o.clone())));
        }
    }
}

/// Budget lines, resources and risks have unique ids, link to items, people
/// and KPIs of the plan, and keep their numbers in range: the faults the
/// budget commands refuse (`budget::*_faults`), each with its path.
fn budget_problems(plan: &Plan, out: &mut Vec<Problem>) {
    use super::budget::{line_faults, resource_faults, risk_faults, split_fault, Fault};
    let b = &plan.budget;
    let mut ids = HashSet::new();
    let mut report = |out: &mut Vec<Problem>, at: String, id: &str, faults: Vec<Fault>| {
        if !ids.insert(id.to_string()) {
            out.push(p(format!("{at}.id"), ProblemKind::DuplicateId(id.into())));
        }
        out.extend(faults.into_iter().map(|(field, kind)| p(format!("{at}.{field}"), kind)));
    };
    for (i, l) in b.lines.iter().enumerate() {
        report(out, format!("budget.lines[{i}]"), &l.id, line_faults(plan, l));
    }
    for (i, r) in b.resources.iter().enumerate() {
        report(out, format!("budget.resources[{i}]"), &r.id, resource_faults(plan, r));
    }
    for (i, r) in b.risks.iter().enumerate() {
        report(out, format!("budget.risks[{i}]"), &r.id, risk_faults(plan, r));
    }
    if let Some(kind) = split_fault(b.flexible_share) {
        out.push(p("budget.flexible_share".into(), kind));
    }
}
