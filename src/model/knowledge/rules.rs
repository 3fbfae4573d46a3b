//! What the knowledge base computes: a plan (or a subtree of its breakdown)
//! made into a template and a template made into a plan on a start date and
//! a budget through the working calendar (exact integer shares, no float
//! drift); the channel figures a campaign leaves and the benchmarks (median
//! and range) they make; a lesson from a retrospective entry; search; and
//! what is offered for a scenario. Pure functions; must not know about the
//! UI or words.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::money::Money;
use crate::model::base::num::Num;
use crate::model::budget::data::BudgetLine;
use crate::model::budget::data::Risk;
use crate::model::budget::data::RiskStatus;
use crate::model::close::data::CiteKind;
use crate::model::close::data::RetroEntry;
use crate::model::close::data::Verdict;
use crate::model::close::rules::report;
use crate::model::knowledge::data::reference_start;
use crate::model::knowledge::data::Lesson;
use crate::model::knowledge::data::Metric;
use crate::model::knowledge::data::Observation;
use crate::model::knowledge::data::Outcome;
use crate::model::knowledge::data::Source;
use crate::model::knowledge::data::Template;
use crate::model::knowledge::data::REFERENCE_BUDGET;
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::DEFAULT_STAGES;
use crate::model::plan::Plan;
use crate::model::plan::Scenario;
use crate::model::plan::MAX_PLAN_DAYS;
use crate::model::schedule::data::Person;
use crate::model::schedule::data::WorkCalendar;
use crate::model::schedule::data::WorkItem;
use crate::model::schedule::rules::Calendar;
use std::collections::HashMap;

/// Whole shares in basis points of `parts`, adding up to exactly 10,000
/// (largest remainder); all zero when the parts add up to nothing.
pub fn shares_bp(parts: &[i64]) -> Vec<u32> {
    let parts: Vec<i128> = parts.iter().map(|p| (*p).max(0) as i128).collect();
    let total: i128 = parts.iter().sum();
    if total == 0 {
        return vec![0; parts.len()];
    }
    largest_remainder(&parts, total, 10_000).into_iter().map(|x| x as u32).collect()
}

/// `whole` split in the proportions of `weights`: each part rounded down,
/// the units left over given one by one to the largest remainders (ties to
/// the first), so the parts add up to exactly `whole`.
fn largest_remainder(weights: &[i128], sum: i128, whole: i128) -> Vec<i128> {
    let mut parts: Vec<i128> = weights.iter().map(|w| whole * w / sum).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|i| std::cmp::Reverse(whole * weights[*i] % sum));
    let left = whole - parts.iter().sum::<i128>();
    for i in order.into_iter().take(left.max(0) as usize) {
        parts[i] += 1;
    }
    parts
}

/// `total` split by shares in basis points: exact to the cent. With shares
/// adding up to 10,000 the parts add up to `total`; otherwise to the shares'
/// part of it.
pub fn split(total: Money, shares: &[u32]) -> Vec<Money> {
    let sum: i128 = shares.iter().map(|s| *s as i128).sum();
    if sum == 0 || total.0 <= 0 {
        return vec![Money(0); shares.len()];
    }
    let whole = total.0 as i128 * sum.min(10_000) / 10_000;
    let weights: Vec<i128> = shares.iter().map(|s| *s as i128).collect();
    largest_remainder(&weights, sum, whole).into_iter().map(|x| Money(x as i64)).collect()
}

/// Working days in `[base, d)`: how far into the plan `d` starts.
fn offset(cal: &Calendar, base: Day, d: Day) -> i64 {
    if d <= base {
        0
    } else {
        cal.workdays_between(base, d.add_days(-1)).clamp(0, MAX_PLAN_DAYS)
    }
}

/// Working days from `a` to `b`, both counted, at least one.
fn span(cal: &Calendar, a: Day, b: Day) -> i64 {
    cal.workdays_between(a, b).clamp(1, MAX_PLAN_DAYS)
}

/// Whether a goal's figures grow with the budget: it is measured by KPIs
/// and every one of them adds up (orders, revenue; not a rate or an ROI).
fn goal_scales(plan: &Plan, goal: &str) -> bool {
    let mut kpis = plan.kpis.iter().filter(|k| k.goal.as_deref() == Some(goal)).peekable();
    kpis.peek().is_some() && kpis.all(|k| k.aggregate == Aggregate::Sum)
}

/// A plan's goals with their figures multiplied by `f` where they grow with
/// the budget (`goal_scales`), their set-aside budgets always; `round` for
/// whole units on a real plan.
fn scale_goals(p: &mut Plan, f: f64, round: bool) {
    let scales: Vec<bool> = p.strategy.goals.iter().map(|g| goal_scales(p, &g.id)).collect();
    let by = |v: f64| {
        let v = v * f;
        Num(if round { v.round() } else { v }.clamp(-Num::LIMIT, Num::LIMIT))
    };
    for (g, s) in p.strategy.goals.iter_mut().zip(scales) {
        if s {
            g.target = g.target.map(|v| by(v.0));
            g.baseline = g.baseline.map(|v| by(v.0));
        }
        g.budget = Money::clamped(g.budget.0 as f64 * f);
    }
}

/// The budget targets and costs are relative to: the plan's total, or what its lines plan.
fn budget_base(plan: &Plan) -> Money {
    if plan.total_budget.0 > 0 {
        plan.total_budget
    } else {
        Money(plan.budget.lines.iter().map(|l| l.planned.0).sum())
    }
}

/// Moves every date of `p` from one calendar and first working day to
/// another, keeping each start's working-day offset and each span's working
/// days (the plan's own start and end included).
fn move_dates(p: &mut Plan, from: (&Calendar, Day), to: (&Calendar, Day)) {
    let place = |s: Day, e: Day| {
        let start = to.0.add_workdays(to.1, offset(from.0, from.1, s));
        (start, to.0.add_workdays(start, span(from.0, s, e) - 1))
    };
    for w in &mut p.work_items {
        (w.start, w.end) = place(w.start, w.end);
    }
    for ph in &mut p.phases {
        (ph.start, ph.end) = place(ph.start, ph.end);
    }
    for g in &mut p.strategy.goals {
        g.deadline = g.deadline.map(|d| place(d, d).0);
    }
    let (start, end) = place(from.1, p.end.max(from.1));
    let last = p.work_items.iter().map(|w| w.end).chain(p.phases.iter().map(|x| x.end)).fold(end, Day::max);
    p.start = to.1.min(start);
    p.end = last.min(p.start.add_days(MAX_PLAN_DAYS - 1));
}

/// A plan (or the subtree of the item `root`) as a template: its structure
/// moved onto the reference dates, one person per role, budget lines as
/// shares of the reference budget, and, for a whole plan, its KPIs (sum
/// targets per the reference budget), goals (owned by roles, figures that
/// add up per the reference budget, linked to their KPIs), warning rules and
/// risks. Actuals, payments, statuses, notes, logs, baselines, the rest of
/// the strategy and names stay behind.
pub fn template_of(plan: &Plan, root: Option<&str>, id: Id, name: String) -> Template {
    let range = match root.and_then(|r| plan.item_index(r)) {
        Some(i) => i..plan.subtree_end(i),
        None => 0..plan.work_items.len(),
    };
    let whole = root.is_none();
    let mut t = Plan::blank(String::new(), &name, reference_start());
    t.scenario = plan.scenario;
    t.description = if whole { plan.description.clone() } else { String::new() };
    t.currency = plan.currency.clone();
    // Roles in the order people are listed; a person without one is known by department.
    let mut role_of: HashMap<&str, Id> = HashMap::new();
    for p in &plan.people {
        let r = [&p.role, &p.department].into_iter().map(|s| s.trim()).find(|s| !s.is_empty()).unwrap_or("");
        let r = if r.is_empty() { format!("#{}", t.people.len() + 1) } else { r.to_string() };
        let pid = match t.people.iter().find(|x| x.role == r) {
            Some(x) => x.id.clone(),
            None => {
                let pid = format!("role-{}", t.people.len() + 1);
                t.people.push(Person { id: pid.clone(), name: r.clone(), role: r, department: String::new() });
                pid
            }
        };
        role_of.insert(p.id.as_str(), pid);
    }
    let role = |o: &Option<Id>| o.as_deref().and_then(|o| role_of.get(o)).cloned();
    let items = &plan.work_items[range];
    let inside: std::collections::HashSet<&str> = items.iter().map(|w| w.id.as_str()).collect();
    t.work_items = items
        .iter()
        .map(|w| {
            let mut raci = std::collections::BTreeMap::new();
            for (pid, r) in &w.raci {
                if let Some(x) = role_of.get(pid.as_str()) {
                    raci.entry(x.clone()).or_insert(*r);
                }
            }
            let mut n = WorkItem::new(w.id.clone(), w.title.clone(), w.level, w.start, w.end);
            n.parent = w.parent.clone().filter(|p| inside.contains(p.as_str()));
            n.phase = w.phase.clone();
            n.owner = role(&w.owner);
            n.interface = role(&w.interface);
            n.collaborators = w.collaborators.iter().filter_map(|c| role_of.get(c.as_str()).cloned()).collect();
            n.collaborators.dedup();
            n.departments = w.departments.clone();
            n.deliverable = w.deliverable.clone();
            n.acceptance = w.acceptance.clone();
            n.resources = w.resources.clone();
            n.channel = w.channel.clone();
            n.milestone = w.milestone;
            n.raci = raci;
            n
        })
        .collect();
    t.phases = plan
        .phases
        .iter()
        .filter(|ph| whole || items.iter().any(|w| w.phase.as_deref() == Some(ph.id.as_str())))
        .cloned()
        .collect();
    t.dependencies = plan
        .dependencies
        .iter()
        .filter(|d| inside.contains(d.pred.as_str()) && inside.contains(d.succ.as_str()))
        .cloned()
        .collect();
    let lines: Vec<&BudgetLine> =
        plan.budget.lines.iter().filter(|l| whole || l.item.as_deref().is_some_and(|i| inside.contains(i))).collect();
    let shares = shares_bp(&lines.iter().map(|l| l.planned.0).collect::<Vec<_>>());
    t.budget.lines = lines
        .iter()
        .zip(shares)
        .map(|(l, share)| {
            let mut n = BudgetLine::new(l.id.clone(), l.name.clone(), l.account, Money(share as i64 * 10_000));
            n.channel = l.channel.clone();
            n.flexible = l.flexible;
            n.item = l.item.clone().filter(|i| inside.contains(i.as_str()));
            n
        })
        .collect();
    let budget = budget_base(plan);
    let scaled = budget.0 > 0;
    let per_reference = |v: f64| v * REFERENCE_BUDGET.0 as f64 / budget.0 as f64;
    if whole {
        t.budget.flexible_share = plan.budget.flexible_share;
        t.monitor.thresholds = plan.monitor.thresholds;
        t.kpis = plan
            .kpis
            .iter()
            .map(|k| {
                let mut d = k.definition();
                d.period_targets.clear();
                // A stage of its own does not come along; the default ones exist in every plan.
                d.stage = d.stage.filter(|s| DEFAULT_STAGES.contains(&s.as_str()));
                if scaled && d.aggregate == Aggregate::Sum {
                    d.target = d.target.map(|v| Num(per_reference(v.0).clamp(-Num::LIMIT, Num::LIMIT)));
                }
                d
            })
            .collect();
        t.strategy.goals = plan
            .strategy
            .goals
            .iter()
            .map(|g| crate::model::strategy::data::Goal { owner: role(&g.owner), serves: vec![], ..g.clone() })
            .collect();
        if scaled {
            scale_goals(&mut t, REFERENCE_BUDGET.0 as f64 / budget.0 as f64, false);
        }
        t.monitor.rules = plan.monitor.rules.iter().filter(|r| r.enabled).cloned().collect();
        t.budget.risks = plan
            .budget
            .risks
            .iter()
            .map(|r| Risk {
                owner: role(&r.owner),
                status: RiskStatus::Open,
                triggered: None,
                cost: if scaled { Money::clamped(per_reference(r.cost.0 as f64)) } else { r.cost },
                ..r.clone()
            })
            .collect();
    }
    let (from, to) = (plan.calendar.to_calendar(), WorkCalendar::default().to_calendar());
    let first = if whole { plan.start } else { items.iter().map(|w| w.start).min().unwrap_or(plan.start) };
    t.end = if whole { plan.end } else { items.iter().map(|w| w.end).max().unwrap_or(first) };
    t.start = first;
    move_dates(&mut t, (&from, from.next_workday(first)), (&to, reference_start()));
    Template { id, name, scaled, origin: plan.name.clone(), anchor: None, plan: t }
}

/// Working days from the reference start to a template's last day.
pub fn template_days(t: &Template) -> i64 {
    span(&WorkCalendar::default().to_calendar(), reference_start(), t.plan.end)
}

/// A new plan from a template, starting on `start` with `budget`: the
/// structure lands on working days of the default calendar, the budget is
/// split by its shares to the cent, sum targets scale with the budget (whole
/// numbers) and risk costs too. Ids are the template's (ids are per plan);
/// the plan's is `id`.
pub fn instantiate(t: &Template, id: Id, name: &str, start: Day, budget: Money, currency: &str) -> Plan {
    let mut p = t.plan.clone();
    p.id = id;
    p.name = name.to_string();
    p.currency = currency.to_string();
    p.total_budget = budget;
    let cal = WorkCalendar::default().to_calendar();
    move_dates(&mut p, (&cal, reference_start()), (&cal, cal.next_workday(start)));
    // A start on a day off comes before the first working day: the plan's
    // length is counted from it, so the longest template still fits.
    p.start = start.min(p.start);
    p.end = p.end.min(p.start.add_days(MAX_PLAN_DAYS - 1));
    let shares: Vec<u32> = p.budget.lines.iter().map(|l| (l.planned.0 / 10_000).clamp(0, 10_000) as u32).collect();
    for (l, amount) in p.budget.lines.iter_mut().zip(split(budget, &shares)) {
        l.planned = amount;
    }
    let scale = |v: f64| v * budget.0.max(0) as f64 / REFERENCE_BUDGET.0 as f64;
    if t.scaled {
        for k in p.kpis.iter_mut().filter(|k| k.aggregate == Aggregate::Sum) {
            // Counts and money to whole units: no "71.43 orders".
            k.target = k.target.map(|v| Num(scale(v.0).round().clamp(0.0, Num::LIMIT)));
        }
        for r in &mut p.budget.risks {
            r.cost = Money::clamped(scale(r.cost.0 as f64));
        }
        scale_goals(&mut p, budget.0.max(0) as f64 / REFERENCE_BUDGET.0 as f64, true);
    }
    p
}

/// The channel figures a plan with actuals leaves: CTR, conversion rate,
/// CPA, ROI and ROAS per channel, as of `today` (or its end). A sample's
/// figures are invented: it leaves none, so no benchmark or knowledge base
/// ever takes them for the team's history.
pub fn observations_of(plan: &Plan, today: Day) -> Vec<Observation> {
    if plan.is_sample || !plan.kpis.iter().any(|k| !k.actuals.is_empty()) {
        return vec![];
    }
    let r = report(plan, today);
    let mut out = vec![];
    for c in &r.channels {
        for (metric, v) in [
            (Metric::Ctr, c.ctr),
            (Metric::Cvr, c.cvr),
            (Metric::Cpa, c.cpa),
            (Metric::Roi, c.roi),
            (Metric::Roas, c.roas),
        ] {
            if let Some(v) = v.filter(|v| v.is_finite()) {
                out.push(Observation {
                    plan: plan.id.clone(),
                    plan_name: plan.name.clone(),
                    scenario: plan.scenario,
                    day: r.as_of,
                    channel: c.channel.clone(),
                    metric,
                    value: Num(v),
                });
            }
        }
    }
    out
}

/// Past campaigns' values of one metric on one channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Benchmark {
    pub channel: String,
    pub metric: Metric,
    /// (plan name, value), oldest first.
    pub values: Vec<(String, f64)>,
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

pub fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

/// Channel names compare without case or surrounding spaces.
pub fn same_channel(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Observations grouped by channel and metric, oldest first within each,
/// with their median and range.
pub fn group(mut all: Vec<Observation>) -> Vec<Benchmark> {
    all.sort_by(|a, b| a.day.cmp(&b.day));
    let mut out: Vec<Benchmark> = vec![];
    for o in all {
        let slot = out.iter().position(|b| b.metric == o.metric && same_channel(&b.channel, &o.channel));
        let b = match slot {
            Some(i) => &mut out[i],
            None => {
                out.push(Benchmark {
                    channel: o.channel.trim().to_string(),
                    metric: o.metric,
                    values: vec![],
                    median: 0.0,
                    min: 0.0,
                    max: 0.0,
                });
                out.last_mut().expect("just pushed")
            }
        };
        b.values.push((o.plan_name, o.value.0));
    }
    for b in &mut out {
        let mut v: Vec<f64> = b.values.iter().map(|x| x.1).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        b.median = median(&v);
        b.min = v.first().copied().unwrap_or(0.0);
        b.max = v.last().copied().unwrap_or(0.0);
    }
    out.sort_by(|a, b| a.channel.cmp(&b.channel).then(a.metric.cmp(&b.metric)));
    out
}

/// Whether a lesson is a success or a failure to learn from: "keep" is a
/// success and "stop" a failure; "start" (something to do next time) is a
/// success only when every goal and KPI it cites met its target, and a
/// failure when one missed or it cites none — it names what was missing.
/// An entry with no verdict is a success unless a cited target missed.
pub fn lesson_outcome(plan: &Plan, e: &RetroEntry, day: Day) -> Outcome {
    let cited: Vec<&crate::model::close::data::Cite> =
        e.cites.iter().filter(|c| matches!(c.kind, CiteKind::Goal | CiteKind::Kpi)).collect();
    let missed = !cited.is_empty() && {
        let r = crate::model::close::rules::report(plan, day);
        let rate = |c: &crate::model::close::data::Cite| match c.kind {
            CiteKind::Goal => r.goals.iter().find(|g| g.id == c.id).and_then(|g| g.rate),
            _ => r.goals.iter().flat_map(|g| &g.kpis).find(|k| k.id == c.id).and_then(|k| k.rate),
        };
        cited.iter().any(|c| rate(c).is_some_and(|x| x < 1.0))
    };
    match e.verdict {
        Some(Verdict::Keep) => Outcome::Success,
        Some(Verdict::Stop) => Outcome::Failure,
        Some(Verdict::Start) if missed || cited.is_empty() => Outcome::Failure,
        None if missed => Outcome::Failure,
        _ => Outcome::Success,
    }
}

/// A lesson from a retrospective entry: its text, the campaign, the
/// channels, tactics and phase its citations name, and whether it is a
/// success or a failure (`lesson_outcome`). The figures are the caller's
/// (worded in the user's language).
pub fn lesson_from_entry(plan: &Plan, e: &RetroEntry, id: Id, filed: Day) -> Lesson {
    let mut channels: Vec<String> = vec![];
    let mut phase = String::new();
    let mut tactics = vec![];
    let mut add = |c: &str| {
        if !c.trim().is_empty() && !channels.iter().any(|x| same_channel(x, c)) {
            channels.push(c.trim().to_string());
        }
    };
    for c in &e.cites {
        match c.kind {
            CiteKind::Channel => add(&c.id),
            CiteKind::Kpi => {
                if let Some(k) = plan.kpis.iter().find(|k| k.id == c.id) {
                    add(&k.channel);
                }
            }
            CiteKind::Item => {
                if let Some(w) = plan.item(&c.id) {
                    add(&w.channel);
                    if phase.is_empty() {
                        phase = w
                            .phase
                            .as_deref()
                            .and_then(|ph| plan.phase(ph))
                            .map(|x| x.name.clone())
                            .unwrap_or_default();
                    }
                    for s in &w.serves {
                        if let Some(t) = plan.strategy.tactics.iter().find(|t| t.id == *s) {
                            if !tactics.contains(&t.kind) {
                                tactics.push(t.kind);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Lesson {
        id,
        text: e.text.clone(),
        source: Some(Source { plan: plan.id.clone(), name: plan.name.clone(), start: plan.start, end: plan.end }),
        scenario: plan.scenario,
        channels,
        tactics,
        phase,
        outcome: lesson_outcome(plan, e, filed),
        verdict: e.verdict,
        lens: Some(e.lens),
        figures: vec![],
        tags: vec![],
        filed,
    }
}

/// Whether a lesson matches a search: every word of `query` appears in its
/// text, tags, channels, phase or source (any case), and it has every tag asked.
pub fn matches(l: &Lesson, query: &str, tags: &[String]) -> bool {
    let hay = [l.text.as_str(), l.phase.as_str(), l.source.as_ref().map(|s| s.name.as_str()).unwrap_or("")]
        .into_iter()
        .map(str::to_string)
        .chain(l.tags.iter().cloned())
        .chain(l.channels.iter().cloned())
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    query.split_whitespace().all(|w| hay.contains(&w.to_lowercase()))
        && tags.iter().all(|t| l.tags.iter().chain(&l.channels).any(|x| same_channel(x, t)))
}

/// The lessons kept for a scenario, successes first, newest first within each.
pub fn lessons_for(lessons: &[Lesson], scenario: Scenario) -> Vec<&Lesson> {
    let mut v: Vec<&Lesson> = lessons.iter().filter(|l| l.scenario == scenario).collect();
    v.sort_by(|a, b| a.outcome.cmp(&b.outcome).then(b.filed.cmp(&a.filed)));
    v
}
