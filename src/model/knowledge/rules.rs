//! What the knowledge base computes: a plan (or a subtree of its breakdown)
//! made into a template and a template made into a plan on a start date and
//! a budget through the working calendar (exact integer shares, no float
//! drift); the channel figures a campaign leaves and the benchmarks (median
//! and range) they make; a lesson from a retrospective entry; search; and
//! what is offered for a scenario. Pure functions; must not know about the
//! UI or words.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
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
use crate::model::knowledge::data::Lesson;
use crate::model::knowledge::data::Metric;
use crate::model::knowledge::data::Observation;
use crate::model::knowledge::data::Outcome;
use crate::model::knowledge::data::Source;
use crate::model::knowledge::data::TItem;
use crate::model::knowledge::data::TKpi;
use crate::model::knowledge::data::TLine;
use crate::model::knowledge::data::TLink;
use crate::model::knowledge::data::TPhase;
use crate::model::knowledge::data::TRisk;
use crate::model::knowledge::data::TRule;
use crate::model::knowledge::data::Template;
use crate::model::knowledge::data::MAX_TEMPLATE_ITEMS;
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::Rule;
use crate::model::monitor::data::DEFAULT_STAGES;
use crate::model::plan::Plan;
use crate::model::plan::Scenario;
use crate::model::plan::MAX_PLAN_DAYS;
use crate::model::schedule::data::Dependency;
use crate::model::schedule::data::Person;
use crate::model::schedule::data::Phase;
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
fn offset(cal: &Calendar, base: Day, d: Day) -> u32 {
    if d <= base {
        0
    } else {
        cal.workdays_between(base, d.add_days(-1)).clamp(0, MAX_PLAN_DAYS) as u32
    }
}

/// Working days from `a` to `b`, both counted, at least one.
fn span(cal: &Calendar, a: Day, b: Day) -> u32 {
    cal.workdays_between(a, b).clamp(1, MAX_PLAN_DAYS) as u32
}

/// The budget targets and costs are relative to: the plan's total, or what its lines plan.
fn budget_base(plan: &Plan) -> Money {
    if plan.total_budget.0 > 0 {
        plan.total_budget
    } else {
        Money(plan.budget.lines.iter().map(|l| l.planned.0).sum())
    }
}

/// A plan (or the subtree of the item `root`) as a template: structure,
/// working-day offsets and durations, links, RACI by role, budget shares,
/// KPIs with targets per 10,000 of budget and their rules, and risks with
/// their responses. Actuals, payments, statuses, dates and names are left
/// behind; a subtree takes the budget lines, not the plan's KPIs and risks.
pub fn template_of(plan: &Plan, root: Option<&str>, id: Id, name: String) -> Template {
    let cal = plan.calendar.to_calendar();
    let range = match root.and_then(|r| plan.item_index(r)) {
        Some(i) => i..plan.subtree_end(i),
        None => 0..plan.work_items.len(),
    };
    let whole = root.is_none();
    let items = &plan.work_items[range.clone()];
    let first = if whole { plan.start } else { items.iter().map(|w| w.start).min().unwrap_or(plan.start) };
    let base = cal.next_workday(first);
    // Roles in the order people are listed; a person without one is known by department.
    let mut roles: Vec<String> = vec![];
    let mut role_of: HashMap<&str, usize> = HashMap::new();
    for p in &plan.people {
        let r = [&p.role, &p.department].into_iter().map(|s| s.trim()).find(|s| !s.is_empty()).unwrap_or("");
        let r = if r.is_empty() { format!("#{}", roles.len() + 1) } else { r.to_string() };
        let i = roles.iter().position(|x| *x == r).unwrap_or_else(|| {
            roles.push(r);
            roles.len() - 1
        });
        role_of.insert(p.id.as_str(), i);
    }
    let index: HashMap<&str, usize> = items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i)).collect();
    let used_phases: Vec<&Phase> = plan
        .phases
        .iter()
        .filter(|ph| whole || items.iter().any(|w| w.phase.as_deref() == Some(ph.id.as_str())))
        .collect();
    let phase_index: HashMap<&str, usize> = used_phases.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let phases = used_phases
        .iter()
        .map(|ph| TPhase {
            name: ph.name.clone(),
            offset: offset(&cal, base, ph.start),
            days: span(&cal, ph.start, ph.end),
        })
        .collect();
    let t_items: Vec<TItem> = items
        .iter()
        .map(|w| {
            let mut raci: Vec<(usize, crate::model::schedule::data::Raci)> = vec![];
            for (pid, r) in &w.raci {
                if let Some(ri) = role_of.get(pid.as_str()) {
                    if !raci.iter().any(|(x, _)| x == ri) {
                        raci.push((*ri, *r));
                    }
                }
            }
            raci.sort();
            TItem {
                title: w.title.clone(),
                level: w.level,
                parent: w.parent.as_deref().and_then(|p| index.get(p).copied()),
                phase: w.phase.as_deref().and_then(|p| phase_index.get(p).copied()),
                offset: offset(&cal, base, w.start),
                days: span(&cal, w.start, w.end),
                milestone: w.milestone,
                deliverable: w.deliverable.clone(),
                acceptance: w.acceptance.clone(),
                channel: w.channel.clone(),
                resources: w.resources.clone(),
                owner: w.owner.as_deref().and_then(|o| role_of.get(o).copied()),
                raci,
            }
        })
        .collect();
    let links = plan
        .dependencies
        .iter()
        .filter_map(|d| {
            Some(TLink {
                pred: *index.get(d.pred.as_str())?,
                succ: *index.get(d.succ.as_str())?,
                kind: d.kind,
                lag: d.lag,
            })
        })
        .collect();
    let lines: Vec<&BudgetLine> = plan
        .budget
        .lines
        .iter()
        .filter(|l| whole || l.item.as_deref().is_some_and(|i| index.contains_key(i)))
        .collect();
    let shares = shares_bp(&lines.iter().map(|l| l.planned.0).collect::<Vec<_>>());
    let t_lines = lines
        .iter()
        .zip(shares)
        .map(|(l, share)| TLine {
            name: l.name.clone(),
            account: l.account,
            channel: l.channel.clone(),
            share,
            flexible: l.flexible,
            item: l.item.as_deref().and_then(|i| index.get(i).copied()),
        })
        .collect();
    let budget = budget_base(plan);
    let per_10k = |t: f64| Num(t * 1_000_000.0 / budget.0 as f64);
    let kpis: Vec<TKpi> = if whole { plan.kpis.iter().collect() } else { vec![] }
        .into_iter()
        .map(|k| {
            let mut def = k.definition();
            def.id = String::new();
            def.goal = None;
            def.period_targets.clear();
            // A stage of its own does not come along; the default ones exist in every plan.
            def.stage = def.stage.filter(|s| DEFAULT_STAGES.contains(&s.as_str()));
            let relative = k.aggregate == Aggregate::Sum && budget.0 > 0;
            TKpi { per_10k: k.target.filter(|_| relative).map(|t| per_10k(t.0)), kpi: def }
        })
        .collect();
    let kpi_index: HashMap<&str, usize> = plan.kpis.iter().enumerate().map(|(i, k)| (k.id.as_str(), i)).collect();
    let rules = if whole {
        plan.monitor
            .rules
            .iter()
            .filter(|r| r.enabled)
            .filter_map(|r| {
                let kpi = match &r.kpi {
                    Some(k) => Some(*kpi_index.get(k.as_str())?),
                    None => None,
                };
                Some(TRule { kind: r.kind, kpi, severity: r.severity, response: r.response.clone() })
            })
            .collect()
    } else {
        vec![]
    };
    let cost_bp = |c: Money| {
        if budget.0 > 0 {
            (c.0 as i128 * 10_000 / budget.0 as i128).clamp(0, 10_000) as u32
        } else {
            0
        }
    };
    let risks = if whole {
        plan.budget
            .risks
            .iter()
            .map(|r| TRisk {
                title: r.title.clone(),
                category: r.category,
                likelihood: r.likelihood,
                impact: r.impact,
                trigger: r.trigger.clone(),
                response: r.response.clone(),
                backup: r.backup.clone(),
                owner: r.owner.as_deref().and_then(|o| role_of.get(o).copied()),
                cost: cost_bp(r.cost),
            })
            .collect()
    } else {
        vec![]
    };
    let days =
        if whole { span(&cal, base, plan.end) } else { t_items.iter().map(|i| i.offset + i.days).max().unwrap_or(1) };
    Template {
        id,
        name,
        scenario: plan.scenario,
        description: if whole { plan.description.clone() } else { String::new() },
        days,
        roles,
        phases,
        items: t_items,
        links,
        lines: t_lines,
        flexible_share: if whole { plan.budget.flexible_share } else { None },
        kpis,
        rules,
        risks,
        origin: plan.name.clone(),
    }
}

/// What is wrong with a template read from a file or built by hand: an
/// index that points past its lists, an item under a later one, too many
/// items. The same check guards `instantiate`.
pub fn template_fault(t: &Template) -> Option<Fault> {
    if t.name.trim().is_empty() {
        return Some(Fault::EmptyName);
    }
    if t.items.len() > MAX_TEMPLATE_ITEMS {
        return Some(Fault::TooMany { count: t.items.len(), max: MAX_TEMPLATE_ITEMS });
    }
    let (n, roles, phases, kpis) = (t.items.len(), t.roles.len(), t.phases.len(), t.kpis.len());
    let bad = |i: Option<usize>, len: usize| i.is_some_and(|i| i >= len);
    let items_bad = t.items.iter().enumerate().any(|(i, x)| {
        x.parent.is_some_and(|p| p >= i)
            || bad(x.phase, phases)
            || bad(x.owner, roles)
            || x.raci.iter().any(|(r, _)| *r >= roles)
            || x.parent.is_some_and(|p| t.items[p].level >= x.level)
    });
    let too_long = |o: u32, d: u32| o as i64 + d as i64 > MAX_PLAN_DAYS;
    if items_bad
        || t.links.iter().any(|l| l.pred >= n || l.succ >= n || l.pred == l.succ)
        || t.lines.iter().any(|l| bad(l.item, n))
        || t.rules.iter().any(|r| bad(r.kpi, kpis))
        || t.risks
            .iter()
            .any(|r| bad(r.owner, roles) || !(1..=5).contains(&r.likelihood) || !(1..=5).contains(&r.impact))
        || t.items.iter().any(|i| too_long(i.offset, i.days))
        || t.phases.iter().any(|p| too_long(p.offset, p.days))
        || too_long(0, t.days)
    {
        return Some(Fault::NotInRange);
    }
    let shares: u64 = t.lines.iter().map(|l| l.share as u64).sum();
    if shares > 10_000 {
        return Some(Fault::OutOfRange { value: shares as i64, min: 0, max: 10_000 });
    }
    None
}

/// A new plan from a template, starting on `start` with `budget`: the
/// structure lands on working days of the default calendar, the budget is
/// split by its shares to the cent, sum targets scale with the budget (whole
/// numbers), and each role becomes a person named after it, to be replaced
/// by the real people. `ids` gives every new entity its id. The template
/// must pass `template_fault`.
pub fn instantiate(
    t: &Template,
    ids: &mut dyn FnMut() -> Id,
    name: &str,
    start: Day,
    budget: Money,
    currency: &str,
) -> Plan {
    let mut p = Plan::blank(ids(), name, start);
    p.scenario = t.scenario;
    p.description = t.description.clone();
    p.currency = currency.to_string();
    p.total_budget = budget;
    p.calendar = WorkCalendar::default();
    let cal = p.calendar.to_calendar();
    let base = cal.next_workday(start);
    let at = |o: u32| cal.add_workdays(base, o as i64);
    let until = |s: Day, d: u32| cal.add_workdays(s, d.max(1) as i64 - 1);
    p.people = t
        .roles
        .iter()
        .map(|r| Person { id: ids(), name: r.clone(), role: r.clone(), department: String::new() })
        .collect();
    let person = |i: Option<usize>| i.and_then(|i| p.people.get(i)).map(|x| x.id.clone());
    p.phases = t
        .phases
        .iter()
        .map(|ph| {
            let s = at(ph.offset);
            Phase { id: ids(), name: ph.name.clone(), start: s, end: until(s, ph.days) }
        })
        .collect();
    let phase_id = |i: Option<usize>| i.and_then(|i| p.phases.get(i)).map(|x| x.id.clone());
    let item_ids: Vec<Id> = t.items.iter().map(|_| ids()).collect();
    p.work_items = t
        .items
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let s = at(x.offset);
            let mut w = WorkItem::new(item_ids[i].clone(), x.title.clone(), x.level, s, until(s, x.days));
            w.parent = x.parent.and_then(|j| item_ids.get(j)).cloned();
            w.phase = phase_id(x.phase);
            w.owner = person(x.owner);
            w.milestone = x.milestone;
            w.deliverable = x.deliverable.clone();
            w.acceptance = x.acceptance.clone();
            w.channel = x.channel.clone();
            w.resources = x.resources.clone();
            for (r, role) in &x.raci {
                if let Some(pid) = person(Some(*r)) {
                    w.raci.insert(pid, *role);
                }
            }
            w
        })
        .collect();
    p.dependencies = t
        .links
        .iter()
        .map(|l| Dependency {
            id: ids(),
            pred: item_ids[l.pred].clone(),
            succ: item_ids[l.succ].clone(),
            kind: l.kind,
            lag: l.lag,
        })
        .collect();
    let amounts = split(budget, &t.lines.iter().map(|l| l.share).collect::<Vec<_>>());
    p.budget.lines = t
        .lines
        .iter()
        .zip(amounts)
        .map(|(l, amount)| {
            let mut b = BudgetLine::new(ids(), l.name.clone(), l.account, amount);
            b.channel = l.channel.clone();
            b.flexible = l.flexible;
            b.item = l.item.and_then(|i| item_ids.get(i)).cloned();
            b
        })
        .collect();
    p.budget.flexible_share = t.flexible_share;
    let kpi_ids: Vec<Id> = t.kpis.iter().map(|_| ids()).collect();
    p.kpis = t
        .kpis
        .iter()
        .zip(&kpi_ids)
        .map(|(k, id)| {
            let mut kpi = k.kpi.clone();
            kpi.id = id.clone();
            if let Some(r) = k.per_10k {
                // Counts and money to whole units: no "71.43 orders".
                let v = (r.0 * budget.0 as f64 / 1_000_000.0).round();
                kpi.target = Some(Num(v.clamp(0.0, Num::LIMIT)));
            }
            kpi
        })
        .collect();
    p.monitor.rules = t
        .rules
        .iter()
        .map(|r| Rule {
            id: ids(),
            kind: r.kind,
            kpi: r.kpi.and_then(|i| kpi_ids.get(i)).cloned(),
            severity: r.severity,
            response: r.response.clone(),
            enabled: true,
        })
        .collect();
    p.budget.risks = t
        .risks
        .iter()
        .map(|r| Risk {
            likelihood: r.likelihood,
            impact: r.impact,
            trigger: r.trigger.clone(),
            response: r.response.clone(),
            backup: r.backup.clone(),
            owner: person(r.owner),
            status: RiskStatus::Open,
            cost: Money((budget.0.max(0) as i128 * r.cost as i128 / 10_000) as i64),
            ..Risk::new(ids(), r.title.clone(), r.category)
        })
        .collect();
    // The plan covers its template's days and everything placed in it.
    let last = p
        .work_items
        .iter()
        .map(|w| w.end)
        .chain(p.phases.iter().map(|x| x.end))
        .chain(std::iter::once(until(base, t.days)))
        .max()
        .unwrap_or(p.end);
    p.end = last.min(p.start.add_days(MAX_PLAN_DAYS - 1)).max(p.start);
    p
}

/// The channel figures a plan with actuals leaves: CTR, conversion rate,
/// CPA, ROI and ROAS per channel, as of `today` (or its end).
pub fn observations_of(plan: &Plan, today: Day) -> Vec<Observation> {
    if !plan.kpis.iter().any(|k| !k.actuals.is_empty()) {
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

/// Benchmarks from every plan that has ended with actuals (`plans`, not
/// counting `except`) and the figures kept in the knowledge base from
/// plans not here (an imported team file), per channel and metric.
pub fn benchmarks(plans: &[Plan], except: Option<&str>, kept: &[Observation], today: Day) -> Vec<Benchmark> {
    let mut all: Vec<Observation> = plans
        .iter()
        .filter(|p| Some(p.id.as_str()) != except && p.end < today)
        .flat_map(|p| observations_of(p, today))
        .collect();
    let here: std::collections::HashSet<&str> = plans.iter().map(|p| p.id.as_str()).collect();
    all.extend(kept.iter().filter(|o| !here.contains(o.plan.as_str()) && Some(o.plan.as_str()) != except).cloned());
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

/// A lesson from a retrospective entry: its text, the campaign, the
/// channels, tactics and phase its citations name, success unless it says
/// to stop. The figures are the caller's (worded in the user's language).
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
        outcome: if e.verdict == Some(Verdict::Stop) { Outcome::Failure } else { Outcome::Success },
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
