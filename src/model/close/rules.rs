//! The evaluation report (效果评估报告), derived from the plan and a day, never
//! typed: goals against the KPIs that measure them, channels' money and
//! return with the next campaign's verdict, cost accounting, the funnel's
//! biggest leak, execution against the baseline and how alerts were handled.
//! Before the plan ends it reads "to date"; after, against the full targets.
//! Also the day the report is due (3 working days after the end). Pure
//! functions of a plan and today; must not know about the UI or words.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::fault::Problem;
use crate::model::base::id::Id;
use crate::model::base::money::Money;
use crate::model::budget::data::RiskStatus;
use crate::model::budget::rules::channel_returns;
use crate::model::budget::rules::reserve;
use crate::model::budget::rules::totals_by;
use crate::model::budget::rules::Advice;
use crate::model::budget::rules::GroupBy;
use crate::model::budget::rules::GroupRow;
use crate::model::budget::rules::Reserve;
use crate::model::budget::rules::Sums;
use crate::model::close::data::ActionItem;
use crate::model::close::data::RetroEntry;
use crate::model::close::data::Section;
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::AlertStep;
use crate::model::monitor::data::Direction;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::Role;
use crate::model::monitor::rules::alerts;
use crate::model::monitor::rules::derived_with;
use crate::model::monitor::rules::funnel_with;
use crate::model::monitor::rules::light;
use crate::model::monitor::rules::series;
use crate::model::monitor::rules::to_date;
use crate::model::monitor::rules::totals;
use crate::model::monitor::rules::Filter;
use crate::model::monitor::rules::Funnel;
use crate::model::monitor::rules::Light;
use crate::model::plan::Plan;
use crate::model::schedule::data::Status;
use crate::model::strategy::rules::goal_tree;
use std::collections::HashSet;

/// What is wrong with an entry, an action or feedback on its own (validation uses the same).
pub fn entry_faults(e: &RetroEntry) -> Vec<Problem> {
    let mut out = vec![];
    if e.text.trim().is_empty() {
        out.push(Problem { path: "text".into(), kind: Fault::EmptyName });
    }
    if e.verdict.is_some() && e.section != Section::Lessons {
        out.push(Problem { path: "verdict".into(), kind: Fault::NotInRange });
    }
    out
}

pub fn action_faults(a: &ActionItem) -> Vec<Problem> {
    if a.text.trim().is_empty() {
        vec![Problem { path: "text".into(), kind: Fault::EmptyName }]
    } else {
        vec![]
    }
}

/// Working days after the plan's end by which the report is due.
pub const DUE_WORKDAYS: i64 = 3;

/// The day the evaluation report is due: the third working day after the
/// plan's last day, on the plan's own calendar (holidays included).
pub fn due_day(plan: &Plan) -> Day {
    let cal = plan.calendar.to_calendar();
    // From the last working day on or before the end, so an end on a
    // Saturday still leaves Monday to Wednesday.
    cal.add_workdays(cal.prev_workday(plan.end), DUE_WORKDAYS)
}

/// The share of a target reached: more is better → actual ÷ target; less is
/// better → target ÷ actual (a cost of nothing has met its target). None
/// without a positive target.
pub fn achievement(dir: Direction, actual: f64, target: f64) -> Option<f64> {
    if !(target > 0.0) || !actual.is_finite() {
        return None;
    }
    Some(match dir {
        Direction::Higher => actual.max(0.0) / target,
        Direction::Lower if actual <= 0.0 => 1.0,
        Direction::Lower => target / actual,
    })
}

/// How a result reads to someone it is forwarded to: for more-is-better the
/// share of the target reached; for a ceiling (less is better, a budget, a
/// cost per lead) the share of the ceiling used — spend at 190% of its
/// ceiling reads "used 190%", over and bad, never "52.6% achieved", which
/// reads as under-spending. The light says good or bad; this says how much.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    Reached(f64),
    Used(f64),
}

/// The reading of `actual` against `target` in `dir`; None without a positive target.
pub fn reading(dir: Direction, actual: f64, target: f64) -> Option<Reading> {
    if !(target > 0.0) || !actual.is_finite() {
        return None;
    }
    Some(match dir {
        Direction::Higher => Reading::Reached(actual.max(0.0) / target),
        Direction::Lower => Reading::Used(actual.max(0.0) / target),
    })
}

/// One KPI's result: the value so far against its whole target.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiResult {
    pub id: Id,
    pub actual: Option<f64>,
    /// The whole plan's target, as its periods add up.
    pub target: Option<f64>,
    pub rate: Option<f64>,
    /// What is shown for it: reached, or (a ceiling) used.
    pub reading: Option<Reading>,
    /// Before the end: the pace against the target to date; after: against the whole target.
    pub light: Option<Light>,
    /// How far short of the whole target, in the KPI's unit (positive = short).
    pub gap: Option<f64>,
}

fn fold(agg: Aggregate, values: impl Iterator<Item = f64>) -> Option<f64> {
    let (mut n, mut sum, mut last) = (0usize, 0.0, 0.0);
    for v in values {
        n += 1;
        sum += v;
        last = v;
    }
    match (n, agg) {
        (0, _) => None,
        (_, Aggregate::Sum) => Some(sum),
        (_, Aggregate::Average) => Some(sum / n as f64),
        (_, Aggregate::Last) => Some(last),
    }
}

pub fn kpi_result(plan: &Plan, kpi: &Kpi, today: Day) -> KpiResult {
    let s = series(plan, kpi);
    // The value as the dashboard reads it, over the same periods (a rate:
    // the ratio of its parts' totals).
    let actual = s.value(kpi.aggregate, 0..s.periods.counted(today));
    let target = fold(kpi.aggregate, s.targets.iter().flatten().copied());
    let rate = actual.zip(target).and_then(|(a, t)| achievement(kpi.direction, a, t));
    let th = plan.monitor.thresholds;
    let light = if today > plan.end {
        actual.zip(target).and_then(|(a, t)| light(th, kpi.direction, a, t))
    } else {
        to_date(&s, kpi, th, today).light
    };
    let gap = actual.zip(target).map(|(a, t)| match kpi.direction {
        Direction::Higher => t - a,
        Direction::Lower => a - t,
    });
    let reading = actual.zip(target).and_then(|(a, t)| reading(kpi.direction, a, t));
    KpiResult { id: kpi.id.clone(), actual, target, rate, reading, light, gap }
}

/// A goal (or sub-goal) against the KPIs linked to it.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalResult {
    pub id: Id,
    pub depth: usize,
    pub kpis: Vec<KpiResult>,
    /// The KPIs' values added up, when they measure the same thing (one
    /// KPI, or sums in one unit); None when they cannot be added.
    pub actual: Option<f64>,
    pub target: Option<f64>,
    pub unit: String,
    /// Reached share: of the added-up target, or the mean of the KPIs' rates.
    pub rate: Option<f64>,
    /// What is shown: the added-up figure's reading (a ceiling's use), or the mean rate reached.
    pub reading: Option<Reading>,
    pub light: Option<Light>,
    /// KPIs at or above their target.
    pub met: usize,
}

fn goal_result(plan: &Plan, id: &str, depth: usize, results: &[(&Kpi, KpiResult)], today: Day) -> GoalResult {
    let mine: Vec<&(&Kpi, KpiResult)> = results.iter().filter(|(k, _)| k.goal.as_deref() == Some(id)).collect();
    let kpis: Vec<KpiResult> = mine.iter().map(|(_, r)| r.clone()).collect();
    let met = kpis.iter().filter(|r| r.rate.is_some_and(|x| x >= 1.0)).count();
    let th = plan.monitor.thresholds;
    let first = mine.first().map(|(k, _)| *k);
    let addable = first.is_some_and(|f| {
        mine.len() == 1
            || mine.iter().all(|(k, _)| k.aggregate == Aggregate::Sum && k.unit == f.unit && k.direction == f.direction)
    });
    let sum = |f: &dyn Fn(&KpiResult) -> Option<f64>| kpis.iter().filter_map(f).reduce(|a, b| a + b);
    let (actual, target, rate, reading, light) = match first {
        Some(f) if addable => {
            let (a, t) = (sum(&|r| r.actual), sum(&|r| r.target));
            let rate = a.zip(t).and_then(|(a, t)| achievement(f.direction, a, t));
            let shown = a.zip(t).and_then(|(a, t)| reading(f.direction, a, t));
            // One KPI keeps its own light (pace before the end).
            let light = if mine.len() == 1 {
                kpis[0].light
            } else if today > plan.end {
                a.zip(t).and_then(|(a, t)| light(th, f.direction, a, t))
            } else {
                worst(&kpis)
            };
            (a, t, rate, shown, light)
        }
        _ => {
            let rates: Vec<f64> = kpis.iter().filter_map(|r| r.rate).collect();
            let rate = (!rates.is_empty()).then(|| rates.iter().sum::<f64>() / rates.len() as f64);
            (None, None, rate, rate.map(Reading::Reached), worst(&kpis))
        }
    };
    let unit = first.filter(|_| addable).map(|k| k.unit.clone()).unwrap_or_default();
    GoalResult { id: id.to_string(), depth, kpis, actual, target, unit, rate, reading, light, met }
}

/// The worst light among KPIs (a goal is as healthy as its weakest measure).
fn worst(kpis: &[KpiResult]) -> Option<Light> {
    kpis.iter().filter_map(|r| r.light).max()
}

/// One channel's money and return for the report, against its plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelResult {
    pub channel: String,
    pub sums: Sums,
    pub cost: Option<f64>,
    pub revenue: Option<f64>,
    pub roi: Option<f64>,
    pub roas: Option<f64>,
    pub cpa: Option<f64>,
    pub cvr: Option<f64>,
    /// Click-through rate: clicks ÷ exposure.
    pub ctr: Option<f64>,
    /// What the plan expected: ROI on the planned budget (or spend targets)
    /// from the revenue targets, and the planned cost per conversion.
    pub planned_roi: Option<f64>,
    pub planned_cpa: Option<f64>,
    /// ROI ≥ 3: add budget next time; < 1: stop the loss.
    pub advice: Option<Advice>,
    /// 1 for the best ROI; None without one.
    pub rank: Option<usize>,
    /// Where the cost came from, and the row's figures on it (for "how was this computed").
    pub source: Option<crate::model::budget::rules::CostSource>,
    pub derived: crate::model::monitor::rules::Derived,
}

use crate::model::monitor::rules::div;

fn channel_results(plan: &Plan, as_of: Day) -> Vec<ChannelResult> {
    let to = as_of.min(plan.end);
    let whole = totals(plan, plan.start, plan.end);
    let mut out: Vec<ChannelResult> = channel_returns(plan, as_of)
        .into_iter()
        .map(|r| {
            let f = Filter { channel: Some(r.channel.clone()), from: plan.start, to };
            // The row's figures on its one cost, as the dashboard and the budget read them.
            let d = &r.derived;
            // The plan's own figures: targets over the whole plan.
            let planned_revenue = plan
                .kpis
                .iter()
                .filter(|k| k.channel == r.channel && k.role == Role::Revenue)
                .filter_map(|k| whole.get(&k.id).and_then(|x| x.1))
                .reduce(|a, b| a + b);
            let planned_spend = plan
                .kpis
                .iter()
                .filter(|k| k.channel == r.channel && k.role == Role::Spend)
                .filter_map(|k| whole.get(&k.id).and_then(|x| x.1))
                .reduce(|a, b| a + b);
            let planned_cost = (r.sums.planned.0 > 0).then(|| r.sums.planned.0 as f64 / 100.0).or(planned_spend);
            let planned_roi = div(planned_revenue.zip(planned_cost).map(|(r, c)| r - c), planned_cost);
            let fun = funnel_with(plan, &Filter { to: plan.end, ..f }, &whole);
            let planned_conv = fun.stages.iter().find(|s| s.id == "conversion").and_then(|s| s.planned);
            ChannelResult {
                roas: d.roas,
                cpa: d.cpa,
                cvr: d.cvr,
                ctr: d.ctr,
                planned_roi,
                planned_cpa: div(planned_cost, planned_conv),
                channel: r.channel,
                sums: r.sums,
                cost: r.cost,
                revenue: r.revenue,
                roi: r.roi,
                advice: r.advice,
                rank: None,
                source: r.source,
                derived: r.derived.clone(),
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..out.len()).filter(|i| out[*i].roi.is_some()).collect();
    order.sort_by(|a, b| out[*b].roi.partial_cmp(&out[*a].roi).unwrap_or(std::cmp::Ordering::Equal).then(a.cmp(b)));
    for (rank, i) in order.into_iter().enumerate() {
        out[i].rank = Some(rank + 1);
    }
    out
}

/// Cost accounting: planned, committed and paid by account, channel and
/// phase, and what the contingency reserve paid for.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyReport {
    pub total: Sums,
    pub by_account: Vec<GroupRow>,
    pub by_channel: Vec<GroupRow>,
    pub by_phase: Vec<GroupRow>,
    pub reserve: Reserve,
    /// The risks that drew on the reserve: id, cost, day triggered.
    pub drawn: Vec<(Id, Money, Option<Day>)>,
}

fn money_report(plan: &Plan) -> MoneyReport {
    MoneyReport {
        total: Sums::of(&plan.budget.lines),
        by_account: totals_by(plan, GroupBy::Account),
        by_channel: totals_by(plan, GroupBy::Channel),
        by_phase: totals_by(plan, GroupBy::Phase),
        reserve: reserve(plan),
        drawn: plan.budget.risks.iter().filter(|r| r.drawn()).map(|r| (r.id.clone(), r.cost, r.triggered)).collect(),
    }
}

/// A milestone's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MilestoneState {
    Hit,
    /// Its day has passed and it is not done.
    Missed,
    Pending,
}

/// One phase's slip against the latest baseline (calendar days, positive = later).
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseSlip {
    /// None gathers the items without a phase.
    pub phase: Option<Id>,
    pub items: usize,
    pub slipped: usize,
    pub mean: f64,
    pub max: i64,
}

/// How the work went: actions (leaf items) on time, slip against the
/// baseline by phase, exceptions, milestones.
#[derive(Clone, Debug, PartialEq)]
pub struct Execution {
    pub actions: usize,
    pub done: usize,
    /// Actions whose end has passed.
    pub due: usize,
    /// Due actions done without ending later than their baseline.
    pub on_time: usize,
    pub on_time_rate: Option<f64>,
    /// Due actions not done, or done later than their baseline.
    pub late: Vec<Id>,
    /// Slip per phase, in the plan's phase order; empty without a baseline.
    pub slip: Vec<PhaseSlip>,
    pub has_baseline: bool,
    /// Every stretch an item spent in 异常, also those it has come out of
    /// (an item completed after a week in exception still counts).
    pub exceptions: Vec<ExceptionSpan>,
    /// Milestones with their outcome and slip against the baseline.
    pub milestones: Vec<(Id, MilestoneState, Option<i64>)>,
}

/// One stretch of an item in exception, as the evaluation lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptionSpan {
    pub item: Id,
    /// None for an item in exception in a file that predates the record of episodes.
    pub from: Option<Day>,
    /// None while it lasts.
    pub to: Option<Day>,
    /// Calendar days it lasted (to `cut`'s eve while it lasts).
    pub days: Option<i64>,
    pub reason: String,
}

impl ExceptionSpan {
    /// An episode of `w` as a span; one still under way lasts to `cut`'s eve.
    pub fn of(
        w: &crate::model::schedule::data::WorkItem,
        e: &crate::model::schedule::data::Episode,
        cut: Day,
    ) -> ExceptionSpan {
        let last = e.to.unwrap_or(cut.add_days(-1)).max(e.from);
        ExceptionSpan {
            item: w.id.clone(),
            from: Some(e.from),
            to: e.to,
            days: Some(e.from.days_until(last) + 1),
            reason: if e.reason.trim().is_empty() { w.exception_reason.clone() } else { e.reason.clone() },
        }
    }
}

/// Every exception episode of every item, in outline order; an item in
/// exception with no episode recorded (an older file) counts once, undated.
pub fn exception_spans(plan: &Plan, cut: Day) -> Vec<ExceptionSpan> {
    let mut out = vec![];
    for w in &plan.work_items {
        out.extend(w.episodes.iter().map(|e| ExceptionSpan::of(w, e, cut)));
        if w.status == Status::Exception && !w.episodes.iter().any(|e| e.to.is_none()) {
            out.push(ExceptionSpan {
                item: w.id.clone(),
                from: None,
                to: None,
                days: None,
                reason: w.exception_reason.clone(),
            });
        }
    }
    out
}

/// `cut`: the first day not yet judged (today, or the day after the end).
fn execution(plan: &Plan, cut: Day) -> Execution {
    let parents: HashSet<&str> = plan.work_items.iter().filter_map(|w| w.parent.as_deref()).collect();
    let base: std::collections::HashMap<&str, Day> =
        plan.baselines.last().map(|b| b.items.iter().map(|i| (i.id.as_str(), i.end)).collect()).unwrap_or_default();
    let slip_of = |id: &str, end: Day| base.get(id).map(|b| b.days_until(end));
    let leaves: Vec<_> = plan.work_items.iter().filter(|w| !parents.contains(w.id.as_str())).collect();
    let (mut due, mut on_time, mut late) = (0, 0, vec![]);
    for w in &leaves {
        // Done counts whenever it happened; otherwise an action is due once its last day is behind `cut`.
        if w.status == Status::Done {
            due += 1;
            if slip_of(&w.id, w.end).is_none_or(|s| s <= 0) {
                on_time += 1;
            } else {
                late.push(w.id.clone());
            }
        } else if w.end < cut {
            due += 1;
            late.push(w.id.clone());
        }
    }
    let mut slip: Vec<PhaseSlip> = vec![];
    if !base.is_empty() {
        let keys: Vec<Option<Id>> =
            plan.phases.iter().map(|p| Some(p.id.clone())).chain(std::iter::once(None)).collect();
        for key in keys {
            let mine: Vec<i64> =
                leaves.iter().filter(|w| w.phase == key).filter_map(|w| slip_of(&w.id, w.end)).collect();
            if mine.is_empty() {
                continue;
            }
            slip.push(PhaseSlip {
                phase: key,
                items: mine.len(),
                slipped: mine.iter().filter(|s| **s > 0).count(),
                mean: mine.iter().sum::<i64>() as f64 / mine.len() as f64,
                max: mine.iter().copied().max().unwrap_or(0),
            });
        }
    }
    let milestones = plan
        .work_items
        .iter()
        .filter(|w| w.milestone)
        .map(|w| {
            let state = if w.status == Status::Done {
                MilestoneState::Hit
            } else if w.end < cut {
                MilestoneState::Missed
            } else {
                MilestoneState::Pending
            };
            (w.id.clone(), state, slip_of(&w.id, w.end))
        })
        .collect();
    Execution {
        actions: leaves.len(),
        done: leaves.iter().filter(|w| w.status == Status::Done).count(),
        due,
        on_time,
        on_time_rate: (due > 0).then(|| on_time as f64 / due as f64),
        late,
        slip,
        has_baseline: !base.is_empty(),
        exceptions: exception_spans(plan, cut),
        milestones,
    }
}

/// How the warnings were handled.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Monitoring {
    pub fired: usize,
    pub red: usize,
    pub acknowledged: usize,
    pub resolved: usize,
    /// Fired and never acknowledged or resolved.
    pub unanswered: usize,
    /// Mean days from firing to the first acknowledgement (or resolution), and to resolution.
    pub mean_ack_days: Option<f64>,
    pub mean_resolve_days: Option<f64>,
    pub adjustments: usize,
    pub adjustments_done: usize,
}

fn monitoring(plan: &Plan, as_of: Day) -> Monitoring {
    let all = alerts(plan, as_of);
    let notes = &plan.monitor.notes;
    let mut m = Monitoring { fired: all.len(), ..Default::default() };
    let (mut ack, mut res) = (vec![], vec![]);
    for a in &all {
        if a.severity == crate::model::monitor::data::Severity::Red {
            m.red += 1;
        }
        let mine = || notes.iter().filter(|n| n.alert == a.key);
        let first = |steps: &[AlertStep]| mine().filter(|n| steps.contains(&n.step)).map(|n| n.day).min();
        match first(&[AlertStep::Acknowledge, AlertStep::Resolve]) {
            Some(d) => {
                m.acknowledged += 1;
                ack.push(a.fired.days_until(d).max(0) as f64);
            }
            None => m.unanswered += 1,
        }
        if let Some(d) = first(&[AlertStep::Resolve]) {
            m.resolved += 1;
            res.push(a.fired.days_until(d).max(0) as f64);
        }
    }
    let mean = |v: &[f64]| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
    m.mean_ack_days = mean(&ack);
    m.mean_resolve_days = mean(&res);
    m.adjustments = plan.monitor.adjustments.len();
    m.adjustments_done = plan.monitor.adjustments.iter().filter(|a| a.done).count();
    m
}

/// The whole report.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The last day the figures cover: today, or the plan's end once it is over.
    pub as_of: Day,
    /// The plan has ended: figures are final, against the whole targets.
    pub complete: bool,
    pub due: Day,
    pub goals: Vec<GoalResult>,
    pub channels: Vec<ChannelResult>,
    pub money: MoneyReport,
    pub funnel: Funnel,
    pub execution: Execution,
    pub monitoring: Monitoring,
    /// The whole campaign's derived figures (ROI, ROAS, CPA, conversion rate),
    /// on the one cost (`apply_cost`), and where that cost comes from.
    pub overall: crate::model::monitor::rules::Derived,
    pub cost_source: Option<crate::model::budget::rules::CostSource>,
    /// Triggered risks still open (not closed) at the end.
    pub open_risks: usize,
}

pub fn report(plan: &Plan, today: Day) -> Report {
    let complete = today > plan.end;
    let as_of = today.min(plan.end).max(plan.start);
    // Each KPI once; goals pick theirs from this list.
    let results: Vec<(&Kpi, KpiResult)> = plan.kpis.iter().map(|k| (k, kpi_result(plan, k, today))).collect();
    let goals = goal_tree(&plan.strategy)
        .into_iter()
        .map(|(depth, g)| goal_result(plan, &g.id, depth, &results, today))
        .collect();
    let so_far = totals(plan, plan.start, as_of);
    let whole = Filter { channel: None, from: plan.start, to: as_of };
    let mut overall = derived_with(plan, &whole, &so_far);
    let cost_source = crate::model::budget::rules::apply_cost(plan, None, &mut overall);
    Report {
        as_of,
        complete,
        due: due_day(plan),
        goals,
        channels: channel_results(plan, today),
        money: money_report(plan),
        funnel: funnel_with(plan, &whole, &so_far),
        execution: execution(plan, if complete { plan.end.add_days(1) } else { today }),
        monitoring: monitoring(plan, today.min(plan.end.add_days(1))),
        overall,
        cost_source,
        open_risks: plan.budget.risks.iter().filter(|r| r.status == RiskStatus::Triggered).count(),
    }
}
