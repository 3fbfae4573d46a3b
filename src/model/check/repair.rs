//! Repair on load: a plan whose JSON is well formed but breaks the model's
//! rules (a reference to nothing, a duplicate id, a value out of range, a
//! loop) is mended rather than hidden, and every mend is listed with its
//! path so the user can see what changed. What cannot be mended is left for
//! validation to refuse. Must not know about JSON, storage or the UI.

use crate::model::base::fault::Fault;
use crate::model::base::fault::Problem;
use crate::model::base::id::Id;
use crate::model::base::list::HasId;
use crate::model::base::money::Money;
use crate::model::base::num::Num;
use crate::model::check::refs;
use crate::model::check::validate::validate;
use crate::model::plan::Plan;
use crate::model::plan::MAX_PLAN_DAYS;
use crate::model::schedule::data::Level;
use crate::model::schedule::data::WorkCalendar;
use crate::model::schedule::data::WorkItem;
use crate::model::schedule::data::MAX_CALENDAR_DAYS;
use crate::model::schedule::data::MAX_EPISODES;
use crate::model::schedule::data::MAX_LAG;
use crate::model::schedule::rules::item_rule;
use crate::model::strategy::data::MAX_SLOGANS;
use std::collections::{HashMap, HashSet};

/// What was done at a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mend {
    /// A reference to something that is not there was cleared.
    Unlinked(Id),
    /// The entry holding a reference to nothing was removed with it (a link
    /// between items, a rule aimed at one KPI).
    RemovedWith(Id),
    /// A second entry with the same id was given a new one.
    Renamed { from: Id, to: Id },
    /// A value out of range was brought to the nearest allowed one.
    Clamped { from: String, to: String },
    /// An empty name was filled in.
    Named(String),
    /// An entry that cannot stand (a link to itself, a second link between
    /// the same items, a payment of 0, a loop) was removed.
    Removed,
    /// A parent that made a loop or sat at the wrong level was cleared.
    Detached,
    /// Items were put back in outline order (each parent before its children).
    Reordered,
    /// A setting that could not be read sensibly went back to its default.
    Reset,
    /// A value that broke a rule between fields was brought in line with it
    /// (a done item's progress to 100%, a milestone to its one day).
    Aligned { from: String, to: String, rule: Fault },
    /// Entries past a list's limit were moved, whole, into another field.
    MovedTo(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    pub path: String,
    pub mend: Mend,
}

struct Log(Vec<Repair>);

/// Where a value sits: `list[index].field`, or a plain name when `index`
/// is `None`. Built without closures: each helper formats it only when it mends.
#[derive(Clone, Copy)]
struct At(&'static str, Option<usize>, &'static str);

impl At {
    fn path(self) -> String {
        match self {
            At(list, Some(i), "") => format!("{list}[{i}]"),
            At(list, Some(i), field) => format!("{list}[{i}].{field}"),
            At(name, None, _) => name.to_string(),
        }
    }
}

impl Log {
    fn add(&mut self, path: String, mend: Mend) {
        self.0.push(Repair { path, mend });
    }
    fn clamp_i64(&mut self, at: At, v: i64, lo: i64, hi: i64) -> i64 {
        let to = v.clamp(lo, hi);
        if to != v {
            self.add(at.path(), Mend::Clamped { from: v.to_string(), to: to.to_string() });
        }
        to
    }
    fn clamp<T: Copy + Into<i64> + TryFrom<i64>>(&mut self, at: At, v: &mut T, lo: T, hi: T) {
        let to = self.clamp_i64(at, (*v).into(), lo.into(), hi.into());
        if let Ok(t) = T::try_from(to) {
            *v = t;
        }
    }
    fn name(&mut self, at: At, v: &mut String) {
        if v.trim().is_empty() {
            *v = "—".into();
            self.add(at.path(), Mend::Named(v.clone()));
        }
    }
    fn money(&mut self, at: At, m: &mut Money) {
        m.0 = self.clamp_i64(at, m.0, 0, Money::LIMIT);
    }
    fn num(&mut self, at: At, v: &mut Option<Num>) {
        if v.is_some_and(|n| !n.in_bounds()) {
            self.add(at.path(), Mend::Unlinked(format!("{}", v.map(|n| n.0).unwrap_or_default())));
            *v = None;
        }
    }
}

/// Gives every entry after the first with the same id a new id. One
/// function over trait objects for every list (it runs only on repair).
fn dedupe(log: &mut Log, list: &str, v: &mut dyn Iterator<Item = &mut dyn HasId>, seen: &mut HashSet<Id>) {
    for (i, x) in v.enumerate() {
        let id = x.id().to_string();
        if seen.insert(id.clone()) {
            continue;
        }
        let to = (2..).map(|n| format!("{id}~{n}")).find(|c| !seen.contains(c)).unwrap_or_default();
        seen.insert(to.clone());
        log.add(format!("{list}[{i}].id"), Mend::Renamed { from: id, to: to.clone() });
        x.set_id(to);
    }
}

/// Renames duplicates within each bracketed group of lists: ids are unique
/// per group (the strategy's lists share one space, so do the budget's).
macro_rules! dedupe_groups {
    ($log:expr; $([$($path:literal => $list:expr),+ $(,)?])*) => {
        $({
            let mut seen = HashSet::new();
            $( dedupe($log, $path, &mut $list.iter_mut().map(|x| x as &mut dyn HasId), &mut seen); )+
        })*
    };
}

/// Mends `plan` in place and lists what it did, in order. Afterwards
/// `validate` finds nothing unless the plan had a fault no mend covers.
fn mend(plan: &mut Plan) -> Vec<Repair> {
    let mut log = Log(vec![]);
    ids(&mut log, plan);
    values(&mut log, plan);
    for u in refs::unlink_dangling(plan) {
        log.add(u.path, if u.removed { Mend::RemovedWith(u.id) } else { Mend::Unlinked(u.id) });
    }
    outline(&mut log, plan);
    goal_loops(&mut log, plan);
    link_loops(&mut log, plan);
    log.0
}

fn ids(log: &mut Log, p: &mut Plan) {
    let (s, m, b) = (&mut p.strategy, &mut p.monitor, &mut p.budget);
    dedupe_groups!(log;
        ["people" => p.people] ["phases" => p.phases] ["work_items" => p.work_items]
        ["dependencies" => p.dependencies] ["baselines" => p.baselines] ["updates" => p.updates]
        ["strategy.pestel" => s.pestel, "strategy.internal" => s.internal, "strategy.competitors" => s.competitors,
         "strategy.personas" => s.personas, "strategy.swot" => s.swot, "strategy.tows" => s.tows,
         "strategy.goals" => s.goals, "strategy.tactics" => s.tactics, "strategy.incentives" => s.incentives,
         "strategy.journey" => s.journey, "strategy.channels" => s.channels]
        ["kpis" => p.kpis] ["monitor.rules" => m.rules] ["monitor.stages" => m.stages]
        ["monitor.notes" => m.notes] ["monitor.adjustments" => m.adjustments]
        ["budget.lines" => b.lines, "budget.resources" => b.resources, "budget.risks" => b.risks]
        ["retro.entries" => p.retro.entries, "retro.actions" => p.retro.actions, "retro.feedback" => p.retro.feedback]
    );
}

fn values(log: &mut Log, p: &mut Plan) {
    log.name(At("name", None, ""), &mut p.name);
    if p.end < p.start {
        log.add("end".into(), Mend::Clamped { from: p.end.to_string(), to: p.start.to_string() });
        p.end = p.start;
    }
    if p.start.days_until(p.end) >= MAX_PLAN_DAYS {
        let to = p.start.add_days(MAX_PLAN_DAYS - 1);
        log.add("end".into(), Mend::Clamped { from: p.end.to_string(), to: to.to_string() });
        p.end = to;
    }
    if !(p.currency.len() == 3 && p.currency.chars().all(|c| c.is_ascii_uppercase())) {
        log.add("currency".into(), Mend::Clamped { from: p.currency.clone(), to: "CNY".into() });
        p.currency = "CNY".into();
    }
    log.money(At("total_budget", None, ""), &mut p.total_budget);
    let cal = &mut p.calendar;
    let before = cal.days_off.len();
    cal.days_off.retain(|d| *d <= 6);
    if cal.days_off.len() != before || (0..7u8).all(|d| cal.days_off.contains(&d)) {
        if (0..7u8).all(|d| cal.days_off.contains(&d)) {
            cal.days_off = WorkCalendar::default().days_off;
        }
        log.add("calendar.days_off".into(), Mend::Reset);
    }
    for (name, list) in [("holidays", &mut cal.holidays), ("makeup_days", &mut cal.makeup_days)] {
        if list.len() > MAX_CALENDAR_DAYS {
            list.truncate(MAX_CALENDAR_DAYS);
            log.add(format!("calendar.{name}"), Mend::Removed);
        }
    }
    for (i, x) in p.people.iter_mut().enumerate() {
        log.name(At("people", Some(i), "name"), &mut x.name);
    }
    for (i, x) in p.phases.iter_mut().enumerate() {
        log.name(At("phases", Some(i), "name"), &mut x.name);
        if x.end < x.start {
            log.add(format!("phases[{i}].end"), Mend::Clamped { from: x.end.to_string(), to: x.start.to_string() });
            x.end = x.start;
        }
    }
    for (i, w) in p.work_items.iter_mut().enumerate() {
        log.clamp(At("work_items", Some(i), "progress"), &mut w.progress, 0, 100);
        if w.end < w.start {
            log.add(format!("work_items[{i}].end"), Mend::Clamped { from: w.end.to_string(), to: w.start.to_string() });
            w.end = w.start;
        }
        if let (Some(a), Some(b)) = (w.actual_start, w.actual_end) {
            if b < a {
                log.add(
                    format!("work_items[{i}].actual_end"),
                    Mend::Clamped { from: b.to_string(), to: a.to_string() },
                );
                w.actual_end = Some(a);
            }
        }
        if w.episodes.len() > MAX_EPISODES {
            w.episodes.truncate(MAX_EPISODES);
            log.add(format!("work_items[{i}].episodes"), Mend::Removed);
        }
        for (j, e) in w.episodes.iter_mut().enumerate() {
            if let Some(to) = e.to.filter(|to| *to < e.from) {
                log.add(
                    format!("work_items[{i}].episodes[{j}].to"),
                    Mend::Clamped { from: to.to_string(), to: e.from.to_string() },
                );
                e.to = Some(e.from);
            }
        }
        if let Some(rule) = item_rule(w) {
            let (field, from, to) = match rule {
                // Done is what the user said last; the progress follows it.
                Fault::DoneBelow100(v) => {
                    w.progress = 100;
                    ("progress", format!("{v}%"), "100%".to_string())
                }
                // A milestone marks the day its work is due: its end.
                _ => {
                    let from = w.start.to_string();
                    w.start = w.end;
                    ("start", from, w.start.to_string())
                }
            };
            log.add(format!("work_items[{i}].{field}"), Mend::Aligned { from, to, rule });
        }
    }
    let mut pairs = HashSet::new();
    let mut i = 0;
    p.dependencies.retain_mut(|d| {
        let at = i;
        i += 1;
        d.lag = log.clamp_i64(At("dependencies", Some(at), "lag"), d.lag, -MAX_LAG, MAX_LAG);
        let keep = d.pred != d.succ && pairs.insert(format!("{}\n{}", d.pred, d.succ));
        if !keep {
            log.add(format!("dependencies[{at}]"), Mend::Removed);
        }
        keep
    });
    let s = &mut p.strategy;
    if s.slogans.len() > MAX_SLOGANS {
        // Nothing typed is dropped: the extra lines join the selling points.
        let extra = s.slogans.split_off(MAX_SLOGANS);
        for line in extra {
            if !s.selling_points.is_empty() {
                s.selling_points.push('\n');
            }
            s.selling_points.push_str(&line);
        }
        log.add("strategy.slogans".into(), Mend::MovedTo("strategy.selling_points".into()));
    }
    for (i, e) in s.pestel.iter_mut().enumerate() {
        log.clamp(At("strategy.pestel", Some(i), "weight"), &mut e.weight, 1, 5);
    }
    for (i, f) in s.forces.iter_mut().enumerate() {
        log.clamp(At("strategy.forces", Some(i), "rating"), &mut f.rating, 0, 5);
    }
    for (i, c) in s.channels.iter_mut().enumerate() {
        log.clamp(At("strategy.channels", Some(i), "share"), &mut c.share, 0, 100);
    }
    for (i, x) in s.incentives.iter_mut().enumerate() {
        log.money(At("strategy.incentives", Some(i), "unit_cost"), &mut x.unit_cost);
        if !x.cost_in_bounds() {
            let max = (Money::LIMIT / x.unit_cost.0.max(1)).min(u32::MAX as i64) as u32;
            log.clamp(At("strategy.incentives", Some(i), "quantity"), &mut x.quantity, 0, max);
        }
    }
    for (i, g) in s.goals.iter_mut().enumerate() {
        log.num(At("strategy.goals", Some(i), "baseline"), &mut g.baseline);
        log.num(At("strategy.goals", Some(i), "target"), &mut g.target);
        log.money(At("strategy.goals", Some(i), "budget"), &mut g.budget);
    }
    for (i, k) in p.kpis.iter_mut().enumerate() {
        log.name(At("kpis", Some(i), "name"), &mut k.name);
        log.num(At("kpis", Some(i), "target"), &mut k.target);
        log.num(At("kpis", Some(i), "baseline"), &mut k.baseline);
        if !k.curve.iter().all(|w| w.in_bounds() && w.0 >= 0.0) {
            k.curve.clear();
            log.add(format!("kpis[{i}].curve"), Mend::Reset);
        }
        for (name, map) in [("period_targets", &mut k.period_targets), ("actuals", &mut k.actuals)] {
            let before = map.len();
            map.retain(|_, v| v.in_bounds());
            if map.len() != before {
                log.add(format!("kpis[{i}].{name}"), Mend::Removed);
            }
        }
    }
    // Rates: a part that is itself a rate or the KPI itself is cleared, and
    // typed values of a computed KPI go (they would never be shown).
    let rates: HashSet<Id> = p.kpis.iter().filter(|k| k.is_ratio()).map(|k| k.id.clone()).collect();
    for (i, k) in p.kpis.iter_mut().enumerate() {
        let own = k.id.clone();
        for (name, part) in [("ratio_of", &mut k.ratio_of), ("ratio_per", &mut k.ratio_per)] {
            if part.as_ref().is_some_and(|x| *x == own || rates.contains(x)) {
                *part = None;
                log.add(format!("kpis[{i}].{name}"), Mend::Detached);
            }
        }
        if k.is_ratio() && !k.actuals.is_empty() {
            k.actuals.clear();
            log.add(format!("kpis[{i}].actuals"), Mend::Removed);
        }
    }
    let m = &mut p.monitor;
    for (i, a) in m.adjustments.iter_mut().enumerate() {
        log.name(At("monitor.adjustments", Some(i), "text"), &mut a.text);
    }
    if crate::model::monitor::reporting::reporting_fault(&m.reporting).is_some() {
        m.reporting = Default::default();
        log.add("monitor.reporting".into(), Mend::Reset);
    }
    if crate::model::monitor::rules::check_thresholds(m.thresholds).is_err() {
        m.thresholds = Default::default();
        log.add("monitor.thresholds".into(), Mend::Reset);
    }
    let mut i = 0;
    m.rules.retain(|r| {
        let keep = crate::model::monitor::rules::rule_fault(r).is_none();
        if !keep {
            log.add(format!("monitor.rules[{i}]"), Mend::Removed);
        }
        i += 1;
        keep
    });
    let b = &mut p.budget;
    for (i, l) in b.lines.iter_mut().enumerate() {
        log.name(At("budget.lines", Some(i), "name"), &mut l.name);
        log.money(At("budget.lines", Some(i), "planned"), &mut l.planned);
        log.money(At("budget.lines", Some(i), "committed"), &mut l.committed);
        let before = l.spends.len();
        l.spends.retain(|s| s.amount.0 != 0 && s.amount.0.abs() <= Money::LIMIT);
        if l.spends.len() != before {
            log.add(format!("budget.lines[{i}].spends"), Mend::Removed);
        }
    }
    for (i, r) in b.resources.iter_mut().enumerate() {
        log.name(At("budget.resources", Some(i), "name"), &mut r.name);
        log.clamp(At("budget.resources", Some(i), "quantity"), &mut r.quantity, 1, u32::MAX);
        log.clamp(At("budget.resources", Some(i), "lead_days"), &mut r.lead_days, 0, 365);
    }
    for (i, r) in b.risks.iter_mut().enumerate() {
        log.name(At("budget.risks", Some(i), "title"), &mut r.title);
        log.clamp(At("budget.risks", Some(i), "likelihood"), &mut r.likelihood, 1, 5);
        log.clamp(At("budget.risks", Some(i), "impact"), &mut r.impact, 1, 5);
        log.money(At("budget.risks", Some(i), "cost"), &mut r.cost);
    }
    if let Some(s) = b.flexible_share.as_mut() {
        log.clamp(At("budget.flexible_share", None, ""), s, 1, 99);
    }
    retro(log, &mut p.retro);
}

/// Board entries and actions get a text, a verdict stays on lessons only,
/// and each list keeps at most `MAX_RETRO_ENTRIES` (the rest is listed as removed).
fn retro(log: &mut Log, r: &mut crate::model::close::data::Retro) {
    use crate::model::close::data::Section;
    use crate::model::close::data::MAX_RETRO_ENTRIES;
    for (i, e) in r.entries.iter_mut().enumerate() {
        log.name(At("retro.entries", Some(i), "text"), &mut e.text);
        if e.verdict.is_some() && e.section != Section::Lessons {
            e.verdict = None;
            log.add(format!("retro.entries[{i}].verdict"), Mend::Removed);
        }
    }
    for (i, a) in r.actions.iter_mut().enumerate() {
        log.name(At("retro.actions", Some(i), "text"), &mut a.text);
    }
    let n = (r.entries.len(), r.actions.len(), r.feedback.len());
    r.entries.truncate(MAX_RETRO_ENTRIES);
    r.actions.truncate(MAX_RETRO_ENTRIES);
    r.feedback.truncate(MAX_RETRO_ENTRIES);
    for (list, before) in [("entries", n.0), ("actions", n.1), ("feedback", n.2)] {
        if before > MAX_RETRO_ENTRIES {
            log.add(format!("retro.{list}[{MAX_RETRO_ENTRIES}..]"), Mend::Removed);
        }
    }
}

/// Parents form no loop, sit a level above their children and come before
/// them: loops are broken, levels raised (or the parent let go at the third
/// level), and the list put back in outline order.
fn outline(log: &mut Log, p: &mut Plan) {
    let n = p.work_items.len();
    // Each item's parent as an index, worked out once; detaching clears it.
    let mut parents: Vec<Option<usize>> = {
        let index: HashMap<&str, usize> = p.work_items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i)).collect();
        p.work_items.iter().map(|w| w.parent.as_deref().and_then(|x| index.get(x)).copied()).collect()
    };
    // Break each loop of parents at one item: the loops are found in one
    // pass, then each is walked round once from its first member.
    let looped = crate::model::base::graph::in_loops(n, |i| parents[i]);
    let mut done = vec![false; n];
    for &i in &looped {
        if done[i] {
            continue;
        }
        let mut j = i;
        while !done[j] {
            done[j] = true;
            j = parents[j].unwrap_or(i);
        }
        p.work_items[i].parent = None;
        parents[i] = None;
        log.add(format!("work_items[{i}].parent"), Mend::Detached);
    }
    // Children in list order under each parent, then a walk from the roots.
    let mut children: Vec<Vec<usize>> = vec![vec![]; n];
    let mut roots = vec![];
    for i in 0..n {
        match parents[i] {
            Some(par) => children[par].push(i),
            None => roots.push(i),
        }
    }
    let mut order = Vec::with_capacity(n);
    let mut k = 0;
    while k < roots.len() {
        let mut stack = vec![roots[k]];
        k += 1;
        while let Some(i) = stack.pop() {
            if let Some(par) = parents[i] {
                let pl = p.work_items[par].level;
                if p.work_items[i].level <= pl {
                    match Level::from_depth(pl.depth() + 1) {
                        Some(l) => {
                            log.add(
                                format!("work_items[{i}].level"),
                                Mend::Clamped { from: format!("{:?}", p.work_items[i].level), to: format!("{l:?}") },
                            );
                            p.work_items[i].level = l;
                        }
                        None => {
                            // Below the third level there is no room: it becomes a top item.
                            p.work_items[i].parent = None;
                            parents[i] = None;
                            log.add(format!("work_items[{i}].parent"), Mend::Detached);
                            roots.push(i);
                            continue;
                        }
                    }
                }
            }
            order.push(i);
            stack.extend(children[i].iter().rev());
        }
    }
    if order.iter().enumerate().any(|(a, &b)| a != b) {
        let mut old: Vec<Option<WorkItem>> = std::mem::take(&mut p.work_items).into_iter().map(Some).collect();
        p.work_items = order.into_iter().filter_map(|i| old[i].take()).collect();
        log.add("work_items".into(), Mend::Reordered);
    }
}

fn goal_loops(log: &mut Log, p: &mut Plan) {
    // One pass: each loop is walked once and let go at its first goal (a
    // pass per loop made a file of a thousand small loops quadratic).
    let looped = crate::model::strategy::rules::goal_cycles(&p.strategy);
    let goals = &mut p.strategy.goals;
    let index: HashMap<String, usize> = goals.iter().enumerate().map(|(i, g)| (g.id.clone(), i)).collect();
    let parent = |goals: &[crate::model::strategy::data::Goal], i: usize| {
        goals[i].parent.as_deref().and_then(|x| index.get(x).copied())
    };
    let mut walked = vec![false; goals.len()];
    for i in looped {
        if walked[i] {
            continue;
        }
        let mut j = Some(i);
        while let Some(k) = j.filter(|&k| !walked[k]) {
            walked[k] = true;
            j = parent(goals, k);
        }
        goals[i].parent = None;
        log.add(format!("strategy.goals[{i}].parent"), Mend::Detached);
    }
}

/// Removes one link of each loop of links until none is left.
fn link_loops(log: &mut Log, p: &mut Plan) {
    for _ in 0..p.dependencies.len() {
        let Err(Fault::DependencyCycle(ids)) = crate::model::schedule::rules::pushed_items(p) else { return };
        let set: HashSet<&str> = ids.iter().map(String::as_str).collect();
        let Some(i) =
            p.dependencies.iter().position(|d| set.contains(d.pred.as_str()) && set.contains(d.succ.as_str()))
        else {
            return;
        };
        p.dependencies.remove(i);
        log.add(format!("dependencies[{i}]"), Mend::Removed);
    }
}

/// Repairs and then validates: the mended plan and what was mended, or the
/// problems no mend covers.
pub fn repaired(mut plan: Plan) -> Result<(Plan, Vec<Repair>), Vec<Problem>> {
    // A valid plan (nearly every load) is validated once, not twice.
    if validate(&plan).is_empty() {
        return Ok((plan, vec![]));
    }
    let done = mend(&mut plan);
    let left = validate(&plan);
    if left.is_empty() {
        Ok((plan, done))
    } else {
        Err(left)
    }
}
