//! Consistency rules of a plan as a whole: what an imported or stored plan
//! must satisfy before it is accepted. Each problem names the JSON path it
//! is about. Must not know about JSON parsing or the UI.

use crate::model::base::fault::p;
use crate::model::base::fault::Fault;
use crate::model::base::fault::Problem;
use crate::model::base::graph::in_loops;
use crate::model::plan::Plan;
use crate::model::plan::MAX_PLAN_DAYS;
use crate::model::schedule::data::MAX_CALENDAR_DAYS;
use crate::model::schedule::data::MAX_EPISODES;
use crate::model::schedule::data::MAX_LAG;
use crate::model::strategy::data::MAX_SLOGANS;
use crate::model::strategy::rules::goal_cycles;
use std::collections::HashSet;

/// The plan-wide checks a command can break by changing one header field.
pub fn header_problems(plan: &Plan) -> Vec<Problem> {
    let mut out = vec![];
    if plan.name.trim().is_empty() {
        out.push(p("name".into(), Fault::EmptyName));
    }
    if plan.end < plan.start {
        out.push(p("end".into(), Fault::EndBeforeStart { start: plan.start, end: plan.end }));
    } else if plan.start.days_until(plan.end) >= MAX_PLAN_DAYS {
        let days = plan.start.days_until(plan.end) + 1;
        out.push(p("end".into(), Fault::TooLong { days, max: MAX_PLAN_DAYS }));
    }
    let c = &plan.currency;
    if !(c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase())) {
        out.push(p("currency".into(), Fault::BadCurrency(c.clone())));
    }
    if !plan.total_budget.is_amount() {
        out.push(p("total_budget".into(), Fault::BadAmount(plan.total_budget)));
    }
    let cal = &plan.calendar;
    for (i, d) in cal.days_off.iter().enumerate() {
        if *d > 6 {
            out.push(p(format!("calendar.days_off[{i}]"), Fault::BadWeekday(*d)));
        }
    }
    if (0..7u8).all(|d| cal.days_off.contains(&d)) {
        out.push(p("calendar.days_off".into(), Fault::NoWorkingDay));
    }
    for (list, n) in [("holidays", cal.holidays.len()), ("makeup_days", cal.makeup_days.len())] {
        if n > MAX_CALENDAR_DAYS {
            out.push(p(format!("calendar.{list}"), Fault::TooMany { count: n, max: MAX_CALENDAR_DAYS }));
        }
    }
    out
}

/// Every problem in the plan: the header, people, phases and the outline in
/// document order, then every reference to nothing (`refs`), then each
/// domain's own rules. Empty means valid. Linear in the plan's size.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut out = header_problems(plan);
    let mut people = HashSet::new();
    for (i, person) in plan.people.iter().enumerate() {
        if !people.insert(person.id.as_str()) {
            out.push(p(format!("people[{i}].id"), Fault::DuplicateId(person.id.clone())));
        }
        if person.name.trim().is_empty() {
            out.push(p(format!("people[{i}].name"), Fault::EmptyName));
        }
    }
    let mut phases = HashSet::new();
    for (i, ph) in plan.phases.iter().enumerate() {
        if !phases.insert(ph.id.as_str()) {
            out.push(p(format!("phases[{i}].id"), Fault::DuplicateId(ph.id.clone())));
        }
        if ph.name.trim().is_empty() {
            out.push(p(format!("phases[{i}].name"), Fault::EmptyName));
        }
        if ph.end < ph.start {
            out.push(p(format!("phases[{i}].end"), Fault::EndBeforeStart { start: ph.start, end: ph.end }));
        }
    }
    let all_items: HashSet<&str> = plan.work_items.iter().map(|w| w.id.as_str()).collect();
    // Parent look-ups by index: a linear search per item made a 10,000-item
    // import take seconds.
    let index: std::collections::HashMap<&str, usize> =
        plan.work_items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i)).collect();
    // Parents in a loop, found in one pass (walking up from every item was
    // quadratic in a long chain).
    let mut looped = vec![false; plan.work_items.len()];
    for i in
        in_loops(plan.work_items.len(), |i| plan.work_items[i].parent.as_deref().and_then(|p| index.get(p).copied()))
    {
        looped[i] = true;
    }
    let mut seen = HashSet::new();
    for (i, w) in plan.work_items.iter().enumerate() {
        let at = |f: &str| format!("work_items[{i}].{f}");
        if !seen.insert(w.id.as_str()) {
            out.push(p(at("id"), Fault::DuplicateId(w.id.clone())));
        }
        // Whether the parent exists is a reference (`refs`); where it sits is the outline's rule.
        if let Some(par) = w.parent.as_ref().filter(|par| all_items.contains(par.as_str())) {
            if looped[i] {
                out.push(p(at("parent"), Fault::ParentCycle));
            } else if !seen.contains(par.as_str()) {
                out.push(p(at("parent"), Fault::ParentAfterChild(par.clone())));
            } else if index.get(par.as_str()).is_some_and(|&j| plan.work_items[j].level >= w.level) {
                out.push(p(at("level"), Fault::LevelNotBelowParent));
            }
        }
        if w.end < w.start {
            out.push(p(at("end"), Fault::EndBeforeStart { start: w.start, end: w.end }));
        }
        if w.progress > 100 {
            out.push(p(at("progress"), Fault::ProgressOver100(w.progress)));
        }
        if let (Some(a), Some(b)) = (w.actual_start, w.actual_end) {
            if b < a {
                out.push(p(at("actual_end"), Fault::EndBeforeStart { start: a, end: b }));
            }
        }
        if w.episodes.len() > MAX_EPISODES {
            out.push(p(at("episodes"), Fault::TooMany { count: w.episodes.len(), max: MAX_EPISODES }));
        }
        for (j, e) in w.episodes.iter().enumerate() {
            if let Some(to) = e.to.filter(|to| *to < e.from) {
                out.push(p(
                    format!("work_items[{i}].episodes[{j}].to"),
                    Fault::EndBeforeStart { start: e.from, end: to },
                ));
            }
        }
        match crate::model::schedule::rules::item_rule(w) {
            Some(f @ Fault::DoneBelow100(_)) => out.push(p(at("progress"), f)),
            Some(f) => out.push(p(at("end"), f)),
            None => {}
        }
    }
    let mut baselines = HashSet::new();
    for (i, b) in plan.baselines.iter().enumerate() {
        if !baselines.insert(b.id.as_str()) {
            out.push(p(format!("baselines[{i}].id"), Fault::DuplicateId(b.id.clone())));
        }
    }
    let mut updates = HashSet::new();
    for (i, u) in plan.updates.iter().enumerate() {
        if !updates.insert(u.id.as_str()) {
            out.push(p(format!("updates[{i}].id"), Fault::DuplicateId(u.id.clone())));
        }
    }
    let mut dep_ids = HashSet::new();
    let mut deps_ok = true;
    let mut pairs = HashSet::new();
    for (i, d) in plan.dependencies.iter().enumerate() {
        if !dep_ids.insert(d.id.as_str()) {
            out.push(p(format!("dependencies[{i}].id"), Fault::DuplicateId(d.id.clone())));
        }
        if !all_items.contains(d.pred.as_str()) || !all_items.contains(d.succ.as_str()) {
            deps_ok = false; // `refs` reports which end
        }
        if d.pred == d.succ {
            out.push(p(format!("dependencies[{i}]"), Fault::SelfDependency));
            deps_ok = false;
        } else if !pairs.insert(format!("{}\n{}", d.pred, d.succ)) {
            out.push(p(format!("dependencies[{i}]"), Fault::DuplicateLink));
        }
        if !(-MAX_LAG..=MAX_LAG).contains(&d.lag) {
            out.push(p(
                format!("dependencies[{i}].lag"),
                Fault::OutOfRange { value: d.lag, min: -MAX_LAG, max: MAX_LAG },
            ));
        }
    }
    out.extend(crate::model::check::refs::dangling(plan));
    strategy_problems(plan, &mut out);
    monitor_problems(plan, &mut out);
    budget_problems(plan, &mut out);
    retro_problems(plan, &mut out);
    if deps_ok && !plan.dependencies.is_empty() {
        if let Err(Fault::DependencyCycle(ids)) = crate::model::schedule::rules::pushed_items(plan) {
            out.push(p("dependencies".into(), Fault::DependencyCycle(ids)));
        }
    }
    out
}

/// The strategy's ids are unique, its links point at entries of the right
/// kind, and its ratings, weights and shares are in range.
fn strategy_problems(plan: &Plan, out: &mut Vec<Problem>) {
    let s = &plan.strategy;
    let mut ids = HashSet::new();
    for (list, i, id) in s.ids() {
        if !ids.insert(id) {
            out.push(p(format!("strategy.{list}[{i}].id"), Fault::DuplicateId(id.into())));
        }
    }
    if s.slogans.len() > MAX_SLOGANS {
        out.push(p("strategy.slogans".into(), Fault::TooMany { count: s.slogans.len(), max: MAX_SLOGANS }));
    }
    let range = |out: &mut Vec<Problem>, path: String, v: i64, min: i64, max: i64| {
        if v < min || v > max {
            out.push(p(path, Fault::OutOfRange { value: v, min, max }));
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
    for (i, x) in s.incentives.iter().enumerate() {
        if !x.cost_in_bounds() {
            out.push(p(format!("strategy.incentives[{i}].unit_cost"), Fault::BadAmount(x.unit_cost)));
        }
    }
    for (i, g) in s.goals.iter().enumerate() {
        for (field, v) in [("baseline", g.baseline), ("target", g.target)] {
            if v.is_some_and(|v| !v.in_bounds()) {
                out.push(p(format!("strategy.goals[{i}].{field}"), Fault::BadNumber));
            }
        }
        if !g.budget.is_amount() {
            out.push(p(format!("strategy.goals[{i}].budget"), Fault::BadAmount(g.budget)));
        }
    }
    for i in goal_cycles(s) {
        out.push(p(format!("strategy.goals[{i}].parent"), Fault::ParentCycle));
    }
}

/// KPI ids are unique and their links (stage, goal) exist; rules aim at
/// KPIs that exist and have sensible numbers; thresholds are ordered;
/// adjustments name people of the plan. Reuses the commands' checks so an
/// imported file and an edit obey the same rules.
fn monitor_problems(plan: &Plan, out: &mut Vec<Problem>) {
    use crate::model::monitor::rules::check_thresholds;
    use crate::model::monitor::rules::kpi_fault;
    use crate::model::monitor::rules::rule_fault;
    let mut ids = HashSet::new();
    for (i, k) in plan.kpis.iter().enumerate() {
        if !ids.insert(k.id.as_str()) {
            out.push(p(format!("kpis[{i}].id"), Fault::DuplicateId(k.id.clone())));
        }
        if let Some((field, kind)) = kpi_fault(k).or_else(|| crate::model::monitor::rules::ratio_fault(plan, k)) {
            out.push(p(format!("kpis[{i}].{field}"), kind));
        }
    }
    let m = &plan.monitor;
    if let Some(f) = crate::model::monitor::reporting::reporting_fault(&m.reporting) {
        out.push(p("monitor.reporting".into(), f));
    }
    if check_thresholds(m.thresholds).is_err() {
        let t = m.thresholds;
        out.push(p("monitor.thresholds".into(), Fault::Thresholds { yellow: t.yellow, red: t.red }));
    }
    let mut rules = HashSet::new();
    for (i, r) in m.rules.iter().enumerate() {
        if !rules.insert(r.id.as_str()) {
            out.push(p(format!("monitor.rules[{i}].id"), Fault::DuplicateId(r.id.clone())));
        }
        if let Some(kind) = rule_fault(r) {
            out.push(p(format!("monitor.rules[{i}].kind"), kind));
        }
    }
    let mut stages = HashSet::new();
    for (i, s) in m.stages.iter().enumerate() {
        if !stages.insert(s.id.as_str()) {
            out.push(p(format!("monitor.stages[{i}].id"), Fault::DuplicateId(s.id.clone())));
        }
    }
    let mut notes = HashSet::new();
    for (i, n) in m.notes.iter().enumerate() {
        if !notes.insert(n.id.as_str()) {
            out.push(p(format!("monitor.notes[{i}].id"), Fault::DuplicateId(n.id.clone())));
        }
    }
    let mut adjustments = HashSet::new();
    for (i, a) in m.adjustments.iter().enumerate() {
        if !adjustments.insert(a.id.as_str()) {
            out.push(p(format!("monitor.adjustments[{i}].id"), Fault::DuplicateId(a.id.clone())));
        }
        if a.text.trim().is_empty() {
            out.push(p(format!("monitor.adjustments[{i}].text"), Fault::EmptyName));
        }
    }
}

/// Budget lines, resources and risks have unique ids, link to items, people
/// and KPIs of the plan, and keep their numbers in range: the faults the
/// budget commands refuse (`budget::*_faults`), each with its path.
fn budget_problems(plan: &Plan, out: &mut Vec<Problem>) {
    use crate::model::budget::rules::line_faults;
    use crate::model::budget::rules::resource_faults;
    use crate::model::budget::rules::risk_faults;
    use crate::model::budget::rules::split_fault;
    let b = &plan.budget;
    let mut ids = HashSet::new();
    let mut report = |out: &mut Vec<Problem>, at: String, id: &str, faults: Vec<Problem>| {
        if !ids.insert(id.to_string()) {
            out.push(p(format!("{at}.id"), Fault::DuplicateId(id.into())));
        }
        out.extend(faults.into_iter().map(|f| p(format!("{at}.{}", f.path), f.kind)));
    };
    for (i, l) in b.lines.iter().enumerate() {
        report(out, format!("budget.lines[{i}]"), &l.id, line_faults(l));
    }
    for (i, r) in b.resources.iter().enumerate() {
        report(out, format!("budget.resources[{i}]"), &r.id, resource_faults(r));
    }
    for (i, r) in b.risks.iter().enumerate() {
        report(out, format!("budget.risks[{i}]"), &r.id, risk_faults(r));
    }
    if let Some(kind) = split_fault(b.flexible_share) {
        out.push(p("budget.flexible_share".into(), kind));
    }
}

/// The retrospective's entries, actions and feedback have unique ids (one
/// space), text where it is needed and at most `MAX_RETRO_ENTRIES` each.
fn retro_problems(plan: &Plan, out: &mut Vec<Problem>) {
    use crate::model::base::list::HasId;
    use crate::model::close::data::MAX_RETRO_ENTRIES;
    use crate::model::close::rules::action_faults;
    use crate::model::close::rules::entry_faults;
    let r = &plan.retro;
    let mut ids = HashSet::new();
    let mut report = |out: &mut Vec<Problem>, at: String, id: &str, faults: Vec<Problem>| {
        if !ids.insert(id.to_string()) {
            out.push(p(format!("{at}.id"), Fault::DuplicateId(id.into())));
        }
        out.extend(faults.into_iter().map(|f| p(format!("{at}.{}", f.path), f.kind)));
    };
    for (i, e) in r.entries.iter().enumerate() {
        report(out, format!("retro.entries[{i}]"), e.id(), entry_faults(e));
    }
    for (i, a) in r.actions.iter().enumerate() {
        report(out, format!("retro.actions[{i}]"), a.id(), action_faults(a));
    }
    for (i, f) in r.feedback.iter().enumerate() {
        report(out, format!("retro.feedback[{i}]"), f.id(), vec![]);
    }
    for (list, n) in [("entries", r.entries.len()), ("actions", r.actions.len()), ("feedback", r.feedback.len())] {
        if n > MAX_RETRO_ENTRIES {
            out.push(p(format!("retro.{list}"), Fault::TooMany { count: n, max: MAX_RETRO_ENTRIES }));
        }
    }
}
