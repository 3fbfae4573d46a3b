//! The rules of KPI monitoring: periods and their targets (spread evenly, by
//! a curve, or typed per period), values to date against pro-rated targets,
//! deviation with its traffic light, the warning rule engine, the alerts'
//! state, derived metrics (CTR, conversion rate, CPA, ROI, ROAS), the funnel
//! and the mid-term checkpoints. Linear in the number of periods × KPIs.
//! Must not know about the browser or the UI.
//!
//! Missing data: a period with no value entered is *missing*, never zero. The
//! rules that compare values with targets skip missing periods: a gap neither
//! counts towards a run of bad periods nor breaks it (so a weekend without
//! entries does not hide a slide that continues on Monday), and values to
//! date compare only the periods that have data with their own targets. The
//! `MissingData` rule is what reports gaps, and every value to date says how
//! many due periods are missing.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::id::Id;
use crate::model::base::num::Num;
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::AlertNote;
use crate::model::monitor::data::AlertStep;
use crate::model::monitor::data::Checkpoint;
use crate::model::monitor::data::Direction;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::Period;
use crate::model::monitor::data::Role;
use crate::model::monitor::data::Rule;
use crate::model::monitor::data::RuleKind;
use crate::model::monitor::data::Severity;
use crate::model::monitor::data::Thresholds;
use crate::model::plan::Plan;

pub(crate) fn finite(v: Option<Num>) -> bool {
    v.is_none_or(|v| v.in_bounds())
}

/// What is wrong with a KPI's own values (its name, its numbers), as the
/// field and the problem; references are `refs`'s.
pub fn kpi_fault(k: &Kpi) -> Option<(&'static str, Fault)> {
    if k.name.trim().is_empty() {
        return Some(("name", Fault::EmptyName));
    }
    if !finite(k.target) {
        return Some(("target", Fault::BadNumber));
    }
    if !finite(k.baseline) {
        return Some(("baseline", Fault::BadNumber));
    }
    if !k.curve.iter().all(|w| w.in_bounds() && w.0 >= 0.0) {
        return Some(("curve", Fault::BadNumber));
    }
    if !k.period_targets.values().chain(k.actuals.values()).all(|v| v.in_bounds()) {
        return Some(("actuals", Fault::BadNumber));
    }
    if k.ratio_of.as_ref() == Some(&k.id) || k.ratio_per.as_ref() == Some(&k.id) {
        return Some(("ratio_of", Fault::BadRatio));
    }
    if k.is_ratio() && !k.actuals.is_empty() {
        return Some(("actuals", Fault::Computed));
    }
    None
}

/// A rate whose part is itself a rate (checked against the plan's KPIs).
pub fn ratio_fault(plan: &Plan, k: &Kpi) -> Option<(&'static str, Fault)> {
    let rate =
        |id: &Option<Id>| id.as_ref().and_then(|id| plan.kpis.iter().find(|x| x.id == *id)).is_some_and(Kpi::is_ratio);
    if rate(&k.ratio_of) {
        return Some(("ratio_of", Fault::BadRatio));
    }
    if rate(&k.ratio_per) {
        return Some(("ratio_per", Fault::BadRatio));
    }
    // A typed KPI that rates already use cannot become a rate itself.
    if k.is_ratio()
        && plan.kpis.iter().any(|x| x.id != k.id && [&x.ratio_of, &x.ratio_per].contains(&&Some(k.id.clone())))
    {
        return Some(("ratio_of", Fault::BadRatio));
    }
    None
}

/// What is wrong with a rule's numbers, as a problem with its range.
pub fn rule_fault(r: &Rule) -> Option<Fault> {
    let out = |v: u32, min: i64, max: i64| {
        let v = v as i64;
        (!(min..=max).contains(&v)).then_some(Fault::OutOfRange { value: v, min, max })
    };
    match r.kind {
        RuleKind::BelowShare { percent, periods } => out(percent, 1, 100).or_else(|| out(periods, 1, 366)),
        RuleKind::BelowTargetWeeks { weeks } => out(weeks, 1, 53),
        RuleKind::MissingData { periods } => out(periods, 1, 366),
        RuleKind::Threshold { value, .. } => (!value.in_bounds()).then_some(Fault::BadNumber),
        RuleKind::BeyondRed => None,
    }
}

/// The periods of a KPI: days, or weeks from the plan's first day (the last
/// week may be short), up to the plan's last day. Arithmetic is on day
/// offsets from the start (plain integers): calendar dates are only made
/// for what is shown, which keeps a year of fifty KPIs within a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Periods {
    pub start: Day,
    pub end: Day,
    pub len: i64,
    pub count: usize,
    /// Days in the plan.
    days: i64,
}

impl Periods {
    pub fn of(plan: &Plan, period: Period) -> Periods {
        let len = match period {
            Period::Day => 1,
            Period::Week => 7,
        };
        let days = plan.start.days_until(plan.end).max(0) + 1;
        Periods { start: plan.start, end: plan.end, len, count: ((days + len - 1) / len) as usize, days }
    }
    /// The period a day falls in.
    pub fn index(&self, day: Day) -> Option<usize> {
        self.index_at(self.start.days_until(day))
    }
    /// The period of the day `offset` days after the start.
    pub fn index_at(&self, offset: i64) -> Option<usize> {
        (offset >= 0 && offset < self.days).then(|| (offset / self.len) as usize)
    }
    pub fn first_day(&self, i: usize) -> Day {
        self.start.add_days(i as i64 * self.len)
    }
    pub fn last_day(&self, i: usize) -> Day {
        self.start.add_days(self.last_offset(i))
    }
    /// Offset from the start of the period's last day.
    fn last_offset(&self, i: usize) -> i64 {
        (i as i64 * self.len + self.len - 1).min(self.days - 1)
    }
    /// Days in the period (a short last week has fewer).
    fn days(&self, i: usize) -> f64 {
        (self.last_offset(i) - i as i64 * self.len + 1) as f64
    }
    /// Periods that started on or before the day `today` (all once the plan is over).
    pub fn upto(&self, today: Day) -> usize {
        let t = self.start.days_until(today);
        if t < 0 {
            0
        } else {
            ((t / self.len) as usize + 1).min(self.count)
        }
    }
}

/// A KPI's targets and actuals, one slot per period.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub periods: Periods,
    pub targets: Vec<Option<f64>>,
    pub actuals: Vec<Option<f64>>,
    /// A rate's two parts per period and its scale: its value to date is
    /// the ratio of their totals, not an average of daily rates.
    pub parts: Option<(Vec<Option<f64>>, Vec<Option<f64>>, f64)>,
}

/// Per-period targets: typed ones win; otherwise a sum target is spread by
/// the curve's weights (a short week gets its share of days; a whole total
/// in whole numbers that add up to it exactly), an average
/// target holds in every period, and a last-value target is approached from
/// the baseline along the curve.
pub fn targets(plan: &Plan, kpi: &Kpi) -> Vec<Option<f64>> {
    let p = Periods::of(plan, kpi.period);
    let n = p.count;
    let weight = |i: usize| -> f64 {
        let w = if kpi.curve.is_empty() { 1.0 } else { kpi.curve[i * kpi.curve.len() / n.max(1)].0.max(0.0) };
        w * p.days(i) / p.len as f64
    };
    let weights: Vec<f64> = (0..n).map(weight).collect();
    let total_w: f64 = weights.iter().sum();
    let mut out: Vec<Option<f64>> = match kpi.target {
        None => vec![None; n],
        Some(t) => match kpi.aggregate {
            // A whole total (orders, leads, posts) is spread in whole
            // numbers: each period gets the rounded running total less the
            // one before, so the remainder is spread and the sum is exact.
            Aggregate::Sum if total_w > 0.0 && t.0.fract() == 0.0 => {
                let (mut cum, mut before) = (0.0, 0.0);
                let mut v: Vec<Option<f64>> = weights
                    .iter()
                    .map(|w| {
                        cum += w;
                        let upto = (t.0 * cum / total_w).round();
                        let each = upto - before;
                        before = upto;
                        Some(each)
                    })
                    .collect();
                // Float sums can land a hair off: the last period closes the total.
                let rest: f64 = v[..n - 1].iter().flatten().sum();
                v[n - 1] = Some(t.0 - rest);
                v
            }
            Aggregate::Sum if total_w > 0.0 => weights.iter().map(|w| Some(t.0 * w / total_w)).collect(),
            Aggregate::Sum => vec![None; n],
            Aggregate::Average => vec![Some(t.0); n],
            Aggregate::Last => {
                let b = kpi.baseline.map_or(0.0, |b| b.0);
                let mut cum = 0.0;
                weights
                    .iter()
                    .map(|w| {
                        cum += w;
                        Some(if total_w > 0.0 { b + (t.0 - b) * cum / total_w } else { t.0 })
                    })
                    .collect()
            }
        },
    };
    for (day, v) in &kpi.period_targets {
        if let Some(i) = p.index(*day) {
            out[i] = Some(v.0);
        }
    }
    out
}

impl Series {
    /// The KPI's value over `periods`, from those that have data: their sum,
    /// mean or latest value as the KPI adds up; for a rate, the ratio of its
    /// parts' totals over the same periods (never a mean of the periods'
    /// rates, which reads differently). The one definition of a value over
    /// periods: the dashboard's figure to date, the close-out's result, a
    /// week's value and the rules' running figure all read it.
    pub fn value(&self, agg: Aggregate, periods: impl IntoIterator<Item = usize>) -> Option<f64> {
        let with: Vec<usize> =
            periods.into_iter().filter(|&i| self.actuals.get(i).is_some_and(Option::is_some)).collect();
        let last = *with.last()?;
        if let Some((_, _, scale)) = &self.parts {
            let (x, y) = self.part_totals(with)?;
            return (y != 0.0).then(|| x / y * scale);
        }
        let sum: f64 = with.iter().filter_map(|&i| self.actuals[i]).sum();
        Some(match agg {
            Aggregate::Sum => sum,
            Aggregate::Average => sum / with.len() as f64,
            Aggregate::Last => self.actuals[last].unwrap_or(0.0),
        })
    }
}

impl Series {
    /// A rate's two parts added up over the periods that have its value
    /// (both parts typed, the divisor not 0); None for a typed KPI.
    pub fn part_totals(&self, periods: impl IntoIterator<Item = usize>) -> Option<(f64, f64)> {
        let (a, b, _) = self.parts.as_ref()?;
        let with = periods.into_iter().filter(|&i| self.actuals.get(i).is_some_and(Option::is_some));
        Some(with.fold((0.0, 0.0), |(x, y), i| (x + a[i].unwrap_or(0.0), y + b[i].unwrap_or(0.0))))
    }
}

pub fn series(plan: &Plan, kpi: &Kpi) -> Series {
    let periods = Periods::of(plan, kpi.period);
    if kpi.is_ratio() {
        return ratio_series(plan, kpi, periods);
    }
    let actuals = period_values(&periods, &kpi.actuals);
    Series { periods, targets: targets(plan, kpi), actuals, parts: None }
}

/// A rate's series: each period's value is the sum of its `of` KPI's values
/// in the period over the sum of its `per` KPI's (so a weekly rate of daily
/// counts is the week's totals), where both have data and the divisor is not 0.
fn ratio_series(plan: &Plan, kpi: &Kpi, periods: Periods) -> Series {
    let part = |id: &Option<Id>| -> Option<Vec<Option<f64>>> {
        let k = plan.kpis.iter().find(|k| Some(&k.id) == id.as_ref())?;
        let mut sums = vec![None; periods.count];
        for (day, v) in &k.actuals {
            if let Some(i) = periods.index(*day) {
                *sums[i].get_or_insert(0.0) += v.0;
            }
        }
        Some(sums)
    };
    let parts = part(&kpi.ratio_of).zip(part(&kpi.ratio_per));
    let scale = kpi.ratio_scale();
    let actuals = match &parts {
        Some((a, b)) => a
            .iter()
            .zip(b)
            .map(|(a, b)| match (a, b) {
                (Some(a), Some(b)) if *b != 0.0 => Some(a / b * scale),
                _ => None,
            })
            .collect(),
        None => vec![None; periods.count],
    };
    Series { periods, targets: targets(plan, kpi), actuals, parts: parts.map(|(a, b)| (a, b, scale)) }
}

/// Typed values into their periods (a weekly KPI keeps each under its week).
fn period_values(periods: &Periods, values: &std::collections::BTreeMap<Day, Num>) -> Vec<Option<f64>> {
    let kpi_actuals = values;
    let mut actuals = vec![None; periods.count];
    // Actuals are sorted by day: walk the offsets instead of dating each one.
    if let Some((first, _)) = kpi_actuals.first_key_value() {
        let base = periods.start.days_until(*first);
        let mut prev = *first;
        let mut off = base;
        for (day, v) in kpi_actuals {
            off += prev.days_until(*day);
            prev = *day;
            if let Some(i) = periods.index_at(off) {
                actuals[i] = Some(v.0);
            }
        }
    }
    actuals
}

/// How far `actual` falls short of `target` as a fraction of it, respecting
/// direction: positive is worse (10 sold of 12 planned → 0.1667; a cost per
/// lead of 60 against 50 → 0.2). None when the target is not positive.
pub fn shortfall(dir: Direction, actual: f64, target: f64) -> Option<f64> {
    (target > 0.0).then(|| match dir {
        Direction::Higher => (target - actual) / target,
        Direction::Lower => (actual - target) / target,
    })
}

/// The traffic light of a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Light {
    Green,
    Yellow,
    Red,
}

/// Green below the yellow threshold, yellow from it up to and including the
/// red one, red beyond. Compared as `(t − a)·100` against `threshold·t` so a
/// shortfall of exactly 20% is exactly at the edge, free of rounding.
pub fn light(th: Thresholds, dir: Direction, actual: f64, target: f64) -> Option<Light> {
    if target <= 0.0 {
        return None;
    }
    let gap = match dir {
        Direction::Higher => target - actual,
        Direction::Lower => actual - target,
    } * 100.0;
    Some(if gap > th.red as f64 * target {
        Light::Red
    } else if gap >= th.yellow as f64 * target {
        Light::Yellow
    } else {
        Light::Green
    })
}

/// Performance below `percent`% of target (for lower-is-better KPIs: more
/// than `100 − percent`% above it).
fn below_share(dir: Direction, percent: u32, a: f64, t: f64) -> Option<bool> {
    (t > 0.0).then_some(match dir {
        Direction::Higher => a * 100.0 < percent as f64 * t,
        Direction::Lower => (a - t) * 100.0 > (100.0 - percent as f64) * t,
    })
}

/// A KPI's value to date against its target for the same periods.
#[derive(Clone, Debug, PartialEq)]
pub struct ToDate {
    pub actual: Option<f64>,
    /// For a rate, the totals of its two parts it was divided from (to say how
    /// the figure was computed).
    pub parts: Option<(f64, f64)>,
    pub target: Option<f64>,
    /// Periods compared (with data, from the start up to the day).
    pub compared: usize,
    /// Periods already over with no data.
    pub missing: usize,
    /// The last period with data.
    pub last: Option<Day>,
    pub shortfall: Option<f64>,
    pub light: Option<Light>,
    /// Where the day falls against the plan: the comparison changes with it.
    pub stage: PlanTime,
}

/// Before the plan starts, while it runs, after it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanTime {
    Before,
    During,
    After,
}

impl Periods {
    /// How many periods, from the first, a figure as of `today` reads: those
    /// started by then while the plan runs; all of them before it starts
    /// (what is typed early shows) and after it ends.
    pub fn counted(&self, today: Day) -> usize {
        match self.stage(today) {
            PlanTime::During => self.upto(today),
            PlanTime::Before | PlanTime::After => self.count,
        }
    }
    /// Where `today` falls: before the first day, within, or after the last.
    pub fn stage(&self, today: Day) -> PlanTime {
        let t = self.start.days_until(today);
        if t < 0 {
            PlanTime::Before
        } else if t >= self.days {
            PlanTime::After
        } else {
            PlanTime::During
        }
    }
}

/// Adds periods up the way the KPI aggregates: sums, means or the last value.
fn fold(agg: Aggregate, values: impl Iterator<Item = (f64, f64)>) -> Option<(f64, f64)> {
    let mut n = 0usize;
    let (mut sa, mut st) = (0.0, 0.0);
    for (a, t) in values {
        n += 1;
        match agg {
            Aggregate::Sum | Aggregate::Average => {
                sa += a;
                st += t;
            }
            Aggregate::Last => {
                sa = a;
                st = t;
            }
        }
    }
    match (n, agg) {
        (0, _) => None,
        (_, Aggregate::Average) => Some((sa / n as f64, st / n as f64)),
        _ => Some((sa, st)),
    }
}

/// The value to date through `today`: periods that started on or before it
/// and have data, each against its own target (see the module note on
/// missing data). A period counts as missing once it has ended before `today`.
/// Before the plan starts, the actuals already typed are the value, with
/// nothing to compare yet. After it ends, the value is judged against the
/// **full** target (every period's), not only the periods with data.
pub fn to_date(s: &Series, kpi: &Kpi, th: Thresholds, today: Day) -> ToDate {
    let stage = s.periods.stage(today);
    let upto = s.periods.counted(today);
    let t = s.periods.start.days_until(today);
    let mut missing = 0;
    let mut last = None;
    let mut actual_only = vec![];
    let mut pairs = vec![];
    for i in 0..upto {
        match (s.actuals[i], s.targets[i]) {
            (Some(a), Some(t)) if stage != PlanTime::Before => {
                pairs.push((a, t));
                last = Some(i);
            }
            (Some(a), _) => {
                actual_only.push((a, 0.0));
                last = Some(i);
            }
            (None, _) if s.periods.last_offset(i) < t => missing += 1,
            _ => {}
        }
    }
    let last = last.map(|i| s.periods.first_day(i));
    let compared = pairs.len();
    let (actual, target) = match stage {
        PlanTime::Before => (fold(kpi.aggregate, actual_only.into_iter()).map(|x| x.0), None),
        PlanTime::After => {
            let all: Vec<(f64, f64)> = pairs.iter().copied().chain(actual_only).collect();
            let actual = fold(kpi.aggregate, all.into_iter()).map(|x| x.0);
            let target = fold(kpi.aggregate, s.targets.iter().flatten().map(|t| (0.0, *t))).map(|x| x.1);
            (actual, target)
        }
        PlanTime::During => match fold(kpi.aggregate, pairs.iter().copied()) {
            Some((a, t)) => (Some(a), Some(t)),
            // No target anywhere: still show the value.
            None => (fold(kpi.aggregate, actual_only.into_iter()).map(|x| x.0), None),
        },
    };
    // A rate to date is its parts' totals divided, over the periods it has.
    let actual = match &s.parts {
        Some(_) if actual.is_some() => s.value(kpi.aggregate, 0..upto),
        _ => actual,
    };
    let (shortfall, light) = match (actual, target) {
        (Some(a), Some(t)) => (shortfall(kpi.direction, a, t), light(th, kpi.direction, a, t)),
        _ => (None, None),
    };
    let parts = s.part_totals(0..upto).filter(|_| actual.is_some());
    ToDate { actual, parts, target, compared, missing, last, shortfall, light, stage }
}

/// A rule that fired: a run of bad periods long enough to count.
#[derive(Clone, Debug, PartialEq)]
pub struct Alert {
    /// Stable while the run lasts: `rule:kpi:since`.
    pub key: String,
    pub rule: String,
    pub kpi: String,
    pub severity: Severity,
    /// The first bad period of the run.
    pub since: Day,
    /// The period in which the run became long enough: when it fired.
    pub fired: Day,
    /// The last day of the last bad period (or week) so far.
    pub last: Day,
    /// Bad periods in the run, and missing ones skipped inside it.
    pub periods: u32,
    pub skipped: u32,
    /// False once a good period has ended the run.
    pub ongoing: bool,
    /// The value and target of the last bad period (for the sentence).
    pub value: f64,
    pub target: Option<f64>,
}

/// One judged unit (a period, or a week for the weekly rule): the index of
/// its first period, whether it breaks the rule (None: not judged, e.g.
/// missing), and the value and target it was judged on.
type Judged = (usize, Option<bool>, f64, Option<f64>);

/// Weeks of a daily series: each week's data days folded together, against
/// the targets of the same days.
fn weeks(s: &Series, kpi: &Kpi, upto: usize) -> Vec<(usize, Option<(f64, f64)>)> {
    let per = (7 / s.periods.len).max(1) as usize;
    (0..upto.div_ceil(per))
        .map(|w| {
            let judged: Vec<usize> = (w * per..((w + 1) * per).min(upto))
                .filter(|&i| s.actuals[i].is_some() && s.targets[i].is_some())
                .collect();
            let t = fold(kpi.aggregate, judged.iter().filter_map(|&i| Some((0.0, s.targets[i]?)))).map(|x| x.1);
            (w * per, s.value(kpi.aggregate, judged).zip(t))
        })
        .collect()
}

fn judge(rule: &Rule, kpi: &Kpi, s: &Series, th: Thresholds, today: Day) -> Vec<Judged> {
    let upto = s.periods.upto(today);
    let dir = kpi.direction;
    let at = |i: usize| (i, s.actuals[i], s.targets[i]);
    match rule.kind {
        RuleKind::BelowShare { percent, .. } => (0..upto)
            .map(|i| {
                let (d, a, t) = at(i);
                match (a, t) {
                    (Some(a), Some(t)) => (d, below_share(dir, percent, a, t), a, Some(t)),
                    _ => (d, None, 0.0, t),
                }
            })
            .collect(),
        RuleKind::BelowTargetWeeks { .. } => weeks(s, kpi, upto)
            .into_iter()
            .map(|(d, v)| match v {
                Some((a, t)) => (d, below_share(dir, 100, a, t), a, Some(t)),
                None => (d, None, 0.0, None),
            })
            .collect(),
        RuleKind::Threshold { below, value } => (0..upto)
            .map(|i| {
                let (d, a, _) = at(i);
                match a {
                    Some(a) => (d, Some(if below { a < value.0 } else { a > value.0 }), a, Some(value.0)),
                    None => (d, None, 0.0, Some(value.0)),
                }
            })
            .collect(),
        RuleKind::BeyondRed => {
            // Running sums (or the latest pair) instead of re-folding every
            // period; a rate runs on its parts' sums, as `Series::value` does.
            let (mut n, mut sa, mut st, mut px, mut py) = (0usize, 0.0, 0.0, 0.0, 0.0);
            (0..upto)
                .map(|i| {
                    let (d, a, t) = at(i);
                    match (a, t) {
                        (Some(a), Some(t)) => {
                            n += 1;
                            let (ca, ct) = match (&s.parts, kpi.aggregate) {
                                (Some((x, y, scale)), agg) => {
                                    px += x[i].unwrap_or(0.0);
                                    py += y[i].unwrap_or(0.0);
                                    st += t;
                                    // The target folds as the card's does.
                                    let ct = match agg {
                                        Aggregate::Average => st / n as f64,
                                        Aggregate::Sum => st,
                                        Aggregate::Last => t,
                                    };
                                    (if py != 0.0 { px / py * scale } else { a }, ct)
                                }
                                (None, Aggregate::Last) => (a, t),
                                (None, agg) => {
                                    sa += a;
                                    st += t;
                                    if agg == Aggregate::Average {
                                        (sa / n as f64, st / n as f64)
                                    } else {
                                        (sa, st)
                                    }
                                }
                            };
                            (d, light(th, dir, ca, ct).map(|l| l == Light::Red), ca, Some(ct))
                        }
                        _ => (d, None, 0.0, t),
                    }
                })
                .collect()
        }
        RuleKind::MissingData { .. } => {
            let t = s.periods.start.days_until(today);
            (0..upto)
                .filter(|i| s.periods.last_offset(*i) < t)
                .map(|i| {
                    let (d, a, t) = at(i);
                    (d, Some(a.is_none()), a.unwrap_or(0.0), t)
                })
                .collect()
        }
    }
}

fn needed(kind: RuleKind) -> u32 {
    match kind {
        RuleKind::BelowShare { periods, .. } => periods,
        RuleKind::BelowTargetWeeks { weeks } => weeks,
        RuleKind::MissingData { periods } => periods,
        RuleKind::Threshold { .. } | RuleKind::BeyondRed => 1,
    }
    .max(1)
}

/// Whether a rule applies to a KPI: its own KPI, or, for a rule on every
/// KPI, each KPI with a target (a threshold needs a KPI of its own).
fn applies(rule: &Rule, kpi: &Kpi) -> bool {
    match &rule.kpi {
        Some(id) => *id == kpi.id,
        None => match rule.kind {
            RuleKind::Threshold { .. } => false,
            RuleKind::MissingData { .. } => true,
            _ => kpi.target.is_some() || !kpi.period_targets.is_empty(),
        },
    }
}

/// Every alert the enabled rules raise over the data through `today`,
/// newest first (red before yellow on the same day).
pub fn alerts(plan: &Plan, today: Day) -> Vec<Alert> {
    let mut out = vec![];
    for kpi in &plan.kpis {
        kpi_alerts(plan, kpi, &series(plan, kpi), today, &mut out);
    }
    sort_alerts(&mut out);
    out
}

/// The alerts of one KPI whose series the caller already has (the
/// dashboard computes each series once for its cards and its alerts).
pub fn kpi_alerts(plan: &Plan, kpi: &Kpi, s: &Series, today: Day, out: &mut Vec<Alert>) {
    for rule in plan.monitor.rules.iter().filter(|r| r.enabled && applies(r, kpi)) {
        runs(rule, kpi, s, &judge(rule, kpi, s, plan.monitor.thresholds, today), out);
    }
}

/// Newest first, red before yellow on the same day.
pub fn sort_alerts(out: &mut [Alert]) {
    out.sort_by(|a, b| b.fired.cmp(&a.fired).then(b.severity.cmp(&a.severity)).then(a.key.cmp(&b.key)));
}

/// Finds the runs of bad units at least as long as the rule needs.
fn runs(rule: &Rule, kpi: &Kpi, s: &Series, judged: &[Judged], out: &mut Vec<Alert>) {
    let n = needed(rule.kind);
    let mut run: Option<Alert> = None;
    // Missing periods after the last bad one count as skipped only once another bad one follows.
    let mut gap = 0;
    for &(i, bad, value, target) in judged {
        match bad {
            Some(true) => {
                let day = s.periods.first_day(i);
                // The run reaches the end of its unit: the period, or the whole week.
                let end = match rule.kind {
                    RuleKind::BelowTargetWeeks { .. } => day.add_days(6).min(s.periods.end),
                    _ => s.periods.last_day(i),
                };
                let a = run.get_or_insert_with(|| Alert {
                    key: format!("{}:{}:{}", rule.id, kpi.id, day),
                    rule: rule.id.clone(),
                    kpi: kpi.id.clone(),
                    severity: rule.severity,
                    since: day,
                    fired: day,
                    last: end,
                    periods: 0,
                    skipped: 0,
                    ongoing: true,
                    value,
                    target,
                });
                a.periods += 1;
                a.skipped += std::mem::take(&mut gap);
                a.last = end;
                a.value = value;
                a.target = target;
                if a.periods == n {
                    a.fired = day;
                }
            }
            Some(false) => {
                gap = 0;
                if let Some(mut a) = run.take() {
                    if a.periods >= n {
                        a.ongoing = false;
                        out.push(a);
                    }
                }
            }
            None => {
                if run.is_some() {
                    gap += 1;
                }
            }
        }
    }
    if let Some(a) = run.filter(|a| a.periods >= n) {
        out.push(a);
    }
}

/// Where an alert stands, from the last thing done about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertState {
    Open,
    Acknowledged,
    Resolved,
}

/// An alert's state as its notes stood at the end of `day`.
pub fn alert_state_on(notes: &[AlertNote], key: &str, day: Day) -> AlertState {
    match notes.iter().rev().find(|n| n.alert == key && n.day <= day).map(|n| n.step) {
        Some(AlertStep::Acknowledge) => AlertState::Acknowledged,
        Some(AlertStep::Resolve) => AlertState::Resolved,
        Some(AlertStep::Reopen) | None => AlertState::Open,
    }
}

/// Whether an alert was open at any time from `from` to `to`: it had fired
/// by `to`, its run had not ended before `from`, and it was not resolved
/// before `from` (unless reopened since). A period report lists these, not
/// only the alerts that fired in the period.
pub fn open_during(a: &Alert, notes: &[AlertNote], from: Day, to: Day) -> bool {
    let resolved_before = alert_state_on(notes, &a.key, from.add_days(-1)) == AlertState::Resolved;
    let reopened =
        notes.iter().any(|n| n.alert == a.key && n.step == AlertStep::Reopen && n.day >= from && n.day <= to);
    a.fired <= to && (a.ongoing || a.last >= from) && (!resolved_before || reopened)
}

pub fn alert_state(notes: &[AlertNote], key: &str) -> AlertState {
    alert_state_on(notes, key, Day::last())
}

/// Which KPIs count for a channel filter: that channel's; with no filter,
/// the whole-campaign KPIs (no channel) when a stage has any, else the sum
/// of every channel's (so totals are never counted twice).
fn pick<'a>(kpis: impl Iterator<Item = &'a Kpi> + Clone, channel: Option<&str>) -> Vec<&'a Kpi> {
    match channel {
        Some(c) => kpis.filter(|k| k.channel == c).collect(),
        None => {
            let totals: Vec<&Kpi> = kpis.clone().filter(|k| k.channel.is_empty()).collect();
            if totals.is_empty() {
                kpis.collect()
            } else {
                totals
            }
        }
    }
}

/// Each KPI's sum of actuals and of targets over the days `from..=to` (a
/// period counts when its first day is in the range; None when it has no
/// value / no target there). Computed once and shared by every channel of
/// the funnel and the channel table.
pub type Totals = std::collections::HashMap<String, (Option<f64>, Option<f64>)>;

pub fn totals(plan: &Plan, from: Day, to: Day) -> Totals {
    let (lo, hi) = (plan.start.days_until(from), plan.start.days_until(to));
    plan.kpis
        .iter()
        .map(|k| {
            let s = series(plan, k);
            // Periods whose first day is in the range.
            let len = s.periods.len;
            let first = (lo.max(0) + len - 1) / len;
            let end = if hi < 0 { 0 } else { ((hi / len) + 1).min(s.periods.count as i64) };
            (k.id.clone(), sum_periods(&s, first as usize..(end.max(first)) as usize))
        })
        .collect()
}

/// The sums of actuals and of targets over some periods of a series (None
/// where none has a value / a target).
pub fn sum_periods(s: &Series, range: std::ops::Range<usize>) -> (Option<f64>, Option<f64>) {
    let sum = |v: &[Option<f64>]| v.iter().flatten().fold(None, |acc: Option<f64>, x| Some(acc.unwrap_or(0.0) + x));
    (sum(&s.actuals[range.clone()]), sum(&s.targets[range]))
}

/// The totals of several KPIs added up.
fn sums(totals: &Totals, kpis: &[&Kpi]) -> (Option<f64>, Option<f64>) {
    let add = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => Some(x + y),
        (x, y) => x.or(y),
    };
    kpis.iter().filter_map(|k| totals.get(&k.id)).fold((None, None), |(a, t), (x, y)| (add(a, *x), add(t, *y)))
}

/// What the funnel and the channel table look at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub channel: Option<String>,
    pub from: Day,
    pub to: Day,
}

impl Filter {
    pub fn whole(plan: &Plan) -> Filter {
        Filter { channel: None, from: plan.start, to: plan.end }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct StageCount {
    pub id: String,
    pub planned: Option<f64>,
    pub actual: Option<f64>,
    /// The KPIs it was summed from (empty: typed on the stage).
    pub kpis: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Share of the previous stage that reached this one, actual and planned.
    pub rate: Option<f64>,
    pub planned_rate: Option<f64>,
    /// The stage it is measured from: the previous one, or the last before
    /// it with data when stages in between have none (they are skipped, so
    /// the rates around an empty stage still show).
    pub from: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Funnel {
    pub stages: Vec<StageCount>,
    /// `steps[i]` goes from stage i to stage i + 1.
    pub steps: Vec<Step>,
    /// Each stage against the first, actual.
    pub cumulative: Vec<Option<f64>>,
    /// The step that loses most: against plan when plans exist, else the largest drop.
    pub leak: Option<usize>,
}

/// The funnel over a filter. A stage's counts are the sums of the KPIs
/// mapped to it (sum KPIs: counts add up); a stage with no KPI uses the
/// counts typed on it, but only for the whole campaign (they have no
/// channel); its typed plan is pro-rated to the filtered days, its typed
/// actual is taken as it is (the count so far).
pub fn funnel(plan: &Plan, f: &Filter) -> Funnel {
    funnel_with(plan, f, &totals(plan, f.from, f.to))
}

/// The funnel from totals already computed for the filter's days.
pub fn funnel_with(plan: &Plan, f: &Filter, totals: &Totals) -> Funnel {
    // A typed plan is for the whole campaign: pro-rated to the days filtered.
    let days = (plan.start.days_until(plan.end) + 1).max(1) as f64;
    let inside = (f.from.max(plan.start).days_until(f.to.min(plan.end)) + 1).max(0) as f64;
    let share = inside / days;
    let stages: Vec<StageCount> = plan
        .monitor
        .stages
        .iter()
        .map(|st| {
            let mapped = plan.kpis.iter().filter(|k| k.stage.as_deref() == Some(st.id.as_str()));
            let kpis = pick(mapped.clone(), f.channel.as_deref());
            if mapped.clone().next().is_none() {
                let typed = f.channel.is_none();
                StageCount {
                    id: st.id.clone(),
                    planned: st.planned.filter(|_| typed).map(|v| v.0 * share),
                    actual: st.actual.filter(|_| typed).map(|v| v.0),
                    kpis: vec![],
                }
            } else {
                let (actual, planned) = sums(totals, &kpis);
                StageCount { id: st.id.clone(), planned, actual, kpis: kpis.iter().map(|k| k.id.clone()).collect() }
            }
        })
        .collect();
    let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    };
    let mut from = 0;
    let steps: Vec<Step> = (1..stages.len())
        .map(|i| {
            if stages[i - 1].actual.is_some() || stages[from].actual.is_none() {
                from = i - 1;
            }
            let (a, b) = (&stages[i], &stages[from]);
            Step { rate: ratio(a.actual, b.actual), planned_rate: ratio(a.planned, b.planned), from }
        })
        .collect();
    let first = stages.first().and_then(|s| s.actual);
    let cumulative = stages.iter().map(|s| ratio(s.actual, first)).collect();
    Funnel { leak: leak(&steps), stages, steps, cumulative }
}

impl Funnel {
    /// The biggest leak as the stages it runs between and its step: from the
    /// last stage before it with data (a stage with none is skipped, never
    /// named as where people were lost), to the stage after the step.
    pub fn leak_between(&self) -> Option<(usize, usize, &Step)> {
        let i = self.leak?;
        let step = self.steps.get(i)?;
        Some((step.from, i + 1, step))
    }
}

/// The step whose actual rate falls furthest short of its planned rate;
/// without any planned rate, the step that drops the largest share.
pub fn leak(steps: &[Step]) -> Option<usize> {
    let best = |score: &dyn Fn(&Step) -> Option<f64>| {
        steps.iter().enumerate().filter_map(|(i, s)| score(s).map(|v| (i, v))).fold(
            None::<(usize, f64)>,
            |m, (i, v)| match m {
                Some((_, mv)) if mv >= v => m,
                _ => Some((i, v)),
            },
        )
    };
    let vs_plan = best(&|s| match (s.rate, s.planned_rate) {
        (Some(r), Some(p)) if p > 0.0 => Some((p - r) / p),
        _ => None,
    });
    match vs_plan {
        Some((i, v)) if v > 0.0 => Some(i),
        Some(_) => None,
        None => best(&|s| s.rate.map(|r| 1.0 - r)).map(|(i, _)| i),
    }
}

/// Money and rate metrics derived where the data exists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Derived {
    pub exposure: Option<f64>,
    pub clicks: Option<f64>,
    pub conversions: Option<f64>,
    pub spend: Option<f64>,
    pub revenue: Option<f64>,
    /// Click-through rate: clicks ÷ exposure.
    pub ctr: Option<f64>,
    /// Conversion rate: conversions ÷ visits (or clicks without a visit stage).
    pub cvr: Option<f64>,
    /// Cost per acquisition: spend ÷ conversions.
    pub cpa: Option<f64>,
    /// (revenue − cost) ÷ cost.
    pub roi: Option<f64>,
    /// Revenue ÷ ad spend.
    pub roas: Option<f64>,
}

/// `a ÷ b` where both exist and the divisor is positive: every derived
/// ratio (CTR, conversion rate, CPA, ROI, ROAS) is taken through here.
pub fn div(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

pub fn derived(plan: &Plan, f: &Filter) -> Derived {
    derived_with(plan, f, &totals(plan, f.from, f.to))
}

/// Derived metrics from totals already computed for the filter's days.
pub fn derived_with(plan: &Plan, f: &Filter, totals: &Totals) -> Derived {
    let fun = funnel_with(plan, f, totals);
    let count = |id: &str| fun.stages.iter().find(|s| s.id == id).and_then(|s| s.actual);
    let role = |r: Role| sums(totals, &pick(plan.kpis.iter().filter(|k| k.role == r), f.channel.as_deref())).0;
    let (exposure, clicks, conversions) = (count("exposure"), count("click"), count("conversion"));
    let (spend, revenue) = (role(Role::Spend), role(Role::Revenue));
    Derived {
        exposure,
        clicks,
        conversions,
        spend,
        revenue,
        ctr: div(clicks, exposure),
        cvr: div(conversions, count("visit").or(clicks)),
        cpa: div(spend, conversions),
        roi: div(revenue.zip(spend).map(|(r, s)| r - s), spend),
        roas: div(revenue, spend),
    }
}

/// The channels the KPIs name, in the order they first appear.
pub fn channels(plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for k in &plan.kpis {
        if !k.channel.is_empty() && !out.contains(&k.channel) {
            out.push(k.channel.clone());
        }
    }
    out
}

/// The last day of the first third (or half) of the plan: the checkpoint's
/// KPIs are compared through that day.
pub fn checkpoint_day(plan: &Plan, cp: Checkpoint) -> Day {
    let days = plan.start.days_until(plan.end) + 1;
    let part = match cp {
        Checkpoint::Third => days / 3,
        Checkpoint::Half => days / 2,
    };
    plan.start.add_days((part - 1).max(0))
}

/// Running totals of a sum KPI: actual through each period that has data
/// (None after the last one), and the planned path.
pub fn cumulative(s: &Series) -> (Vec<Option<f64>>, Vec<Option<f64>>) {
    let last = s.actuals.iter().rposition(Option::is_some);
    let (mut a, mut t) = (0.0, 0.0);
    let mut actual = Vec::with_capacity(s.actuals.len());
    let mut target = Vec::with_capacity(s.actuals.len());
    for i in 0..s.actuals.len() {
        a += s.actuals[i].unwrap_or(0.0);
        actual.push(last.filter(|l| i <= *l).map(|_| a));
        t += s.targets[i].unwrap_or(0.0);
        target.push(s.targets[i].map(|_| t));
    }
    (actual, target)
}

/// Yellow at least 1 and below red, red at most 100.
pub fn check_thresholds(t: Thresholds) -> Result<(), Fault> {
    if t.yellow >= 1 && t.yellow < t.red && t.red <= 100 {
        Ok(())
    } else {
        Err(Fault::NotInRange)
    }
}
