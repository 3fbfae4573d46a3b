//! The rules that read the budget, resources and risks: totals by account,
//! channel, phase and item with their shares; the templates' checks (reserve
//! 10–15%, base/flexible split, overspend, approval before work starts); the
//! burn series; channel ROI advice; resource readiness; risk scores and the
//! reserve. Money stays in integer minor units throughout; only ratios (ROI)
//! are floats. Must not know about the browser or the UI.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::fault::Problem;
use crate::model::base::id::Id;
use crate::model::base::money::Money;
use crate::model::budget::data::Account;
use crate::model::budget::data::Approval;
use crate::model::budget::data::BudgetLine;
use crate::model::budget::data::Resource;
use crate::model::budget::data::ResourceStatus;
use crate::model::budget::data::Risk;
use crate::model::budget::data::RiskStatus;
use crate::model::monitor::data::Role;
use crate::model::monitor::rules::derived_with;
use crate::model::monitor::rules::totals;
use crate::model::monitor::rules::Derived;
use crate::model::monitor::rules::Filter;
use crate::model::plan::Plan;
use crate::model::schedule::data::WorkItem;
use std::collections::HashMap;

/// The faults of one entry, each at its field (the JSON path below the
/// entry): the commands refuse on the first; validation reports them all.
/// The faults of names and amounts every entry shares; its references are
/// `refs`'s, checked by the commands through `refs::refuse`.
struct Faults {
    out: Vec<Problem>,
}

impl Faults {
    fn add(&mut self, field: &str, kind: Fault) {
        self.out.push(Problem { path: field.to_string(), kind });
    }
    fn name(&mut self, field: &str, n: &str) {
        if n.trim().is_empty() {
            self.add(field, Fault::EmptyName);
        }
    }
    fn range(&mut self, field: &str, v: i64, min: i64, max: i64) {
        if v < min || v > max {
            self.add(field, Fault::OutOfRange { value: v, min, max });
        }
    }
    fn not_negative(&mut self, field: &str, m: Money) {
        if !m.is_amount() {
            self.add(field, Fault::BadAmount(m));
        }
    }
}

pub fn line_faults(l: &BudgetLine) -> Vec<Problem> {
    let mut f = Faults { out: vec![] };
    f.name("name", &l.name);
    f.not_negative("planned", l.planned);
    f.not_negative("committed", l.committed);
    for (j, s) in l.spends.iter().enumerate().filter(|(_, s)| s.amount.0 == 0) {
        f.add(&format!("spends[{j}].amount"), Fault::BadAmount(s.amount));
    }
    f.out
}

pub fn resource_faults(r: &Resource) -> Vec<Problem> {
    let mut f = Faults { out: vec![] };
    f.name("name", &r.name);
    f.range("quantity", r.quantity as i64, 1, u32::MAX as i64);
    f.range("lead_days", r.lead_days as i64, 0, 365);
    f.out
}

pub fn risk_faults(r: &Risk) -> Vec<Problem> {
    let mut f = Faults { out: vec![] };
    f.name("title", &r.title);
    f.range("likelihood", r.likelihood as i64, 1, 5);
    f.range("impact", r.impact as i64, 1, 5);
    f.not_negative("cost", r.cost);
    f.out
}

/// The flexible pool's share, when the split is on, is 1–99%.
pub fn split_fault(share: Option<u8>) -> Option<Fault> {
    let s = share? as i64;
    (!(1..=99).contains(&s)).then_some(Fault::OutOfRange { value: s, min: 1, max: 99 })
}

/// The templates' contingency reserve: 10–15% of the budget.
pub const RESERVE_MIN: i64 = 10;

pub const RESERVE_MAX: i64 = 15;

/// How far (in percentage points) the flexible pool may stray from its share.
pub const SPLIT_TOLERANCE: i64 = 5;

/// A line still unapproved this many days before its item starts is flagged.
pub const APPROVAL_NOTICE_DAYS: i64 = 3;

/// A resource not ready this many days before it is due is flagged.
pub const READY_NOTICE_DAYS: i64 = 3;

/// ROI at or above this suggests adding budget; below `ROI_STOP`, stopping the loss.
pub const ROI_ADD: f64 = 3.0;

pub const ROI_STOP: f64 = 1.0;

/// Planned, committed and actually paid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sums {
    pub planned: Money,
    pub committed: Money,
    pub actual: Money,
}

impl Sums {
    fn add(&mut self, l: &BudgetLine) {
        self.planned.0 += l.planned.0;
        self.committed.0 += l.committed.0;
        self.actual.0 += l.actual().0;
    }
    /// What is left of the planned amount once the actual spend is paid.
    pub fn remaining(&self) -> Money {
        Money(self.planned.0 - self.actual.0)
    }
    pub fn of<'a>(lines: impl IntoIterator<Item = &'a BudgetLine>) -> Sums {
        let mut s = Sums::default();
        lines.into_iter().for_each(|l| s.add(l));
        s
    }
}

/// `part` as a share of `whole` in basis points (1% = 100), rounded half up;
/// None when there is no whole to share.
pub fn share_bp(part: Money, whole: Money) -> Option<i64> {
    if whole.0 <= 0 {
        return None;
    }
    let num = part.0 as i128 * 10_000;
    let w = whole.0 as i128;
    Some(((num * 2 + w) / (2 * w)) as i64)
}

/// What shares are taken of: the plan's total budget, or, with none set,
/// the sum of the planned lines.
pub fn share_base(plan: &Plan) -> Money {
    if plan.total_budget.0 > 0 {
        plan.total_budget
    } else {
        Sums::of(&plan.budget.lines).planned
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupBy {
    Account,
    Channel,
    Phase,
    Item,
}

/// Which group a row stands for; `None` gathers the lines without one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupKey {
    Account(Account),
    Channel(String),
    Phase(Id),
    Item(Id),
    None,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupRow {
    pub key: GroupKey,
    pub sums: Sums,
    /// The planned amount's share of the total budget.
    pub share: Option<i64>,
    pub lines: usize,
}

/// Work items by id: lines look their item up once each, not by a scan.
fn items(plan: &Plan) -> HashMap<&str, &WorkItem> {
    plan.work_items.iter().map(|w| (w.id.as_str(), w)).collect()
}

fn key_of(items: &HashMap<&str, &WorkItem>, l: &BudgetLine, by: GroupBy) -> GroupKey {
    let item = l.item.as_deref().and_then(|i| items.get(i).copied());
    match by {
        GroupBy::Account => GroupKey::Account(l.account),
        GroupBy::Channel if l.channel.is_empty() => GroupKey::None,
        GroupBy::Channel => GroupKey::Channel(l.channel.clone()),
        GroupBy::Phase => item.and_then(|w| w.phase.clone()).map(GroupKey::Phase).unwrap_or(GroupKey::None),
        GroupBy::Item => item.map(|w| GroupKey::Item(w.id.clone())).unwrap_or(GroupKey::None),
    }
}

/// Totals per group, in a stable order: accounts in the template's order,
/// phases and items in the plan's, channels as first used; lines without a
/// group last.
pub fn totals_by(plan: &Plan, by: GroupBy) -> Vec<GroupRow> {
    let mut rows: Vec<GroupRow> = vec![];
    let items = items(plan);
    for l in &plan.budget.lines {
        let key = key_of(&items, l, by);
        let row = match rows.iter_mut().position(|r| r.key == key) {
            Some(i) => &mut rows[i],
            None => {
                rows.push(GroupRow { key, sums: Sums::default(), share: None, lines: 0 });
                rows.last_mut().expect("just pushed")
            }
        };
        row.sums.add(l);
        row.lines += 1;
    }
    let rank = |k: &GroupKey| -> usize {
        match k {
            GroupKey::Account(a) => Account::ALL.iter().position(|x| x == a).unwrap_or(0),
            GroupKey::Phase(p) => plan.phases.iter().position(|x| &x.id == p).unwrap_or(0),
            GroupKey::Item(i) => plan.item_index(i).unwrap_or(0),
            GroupKey::Channel(_) => 0,
            GroupKey::None => usize::MAX,
        }
    };
    rows.sort_by_key(|r| rank(&r.key)); // stable: channels keep first use
    let base = share_base(plan);
    for r in &mut rows {
        r.share = share_bp(r.sums.planned, base);
    }
    rows
}

/// One gentle warning from the budget checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BudgetWarning {
    /// The lines plan more than the total budget.
    OverAllocated {
        planned: Money,
        budget: Money,
    },
    /// The contingency reserve's share (basis points) is outside 10–15%.
    Reserve {
        share: i64,
    },
    /// The flexible pool's share (basis points) strays from its target (percent).
    Split {
        share: i64,
        target: u8,
    },
    /// A line has paid out more than planned.
    LineOver {
        line: Id,
        planned: Money,
        actual: Money,
    },
    /// A line has committed more than planned.
    LineOvercommitted {
        line: Id,
        planned: Money,
        committed: Money,
    },
    /// An account's lines together have paid out more than planned.
    AccountOver {
        account: Account,
        planned: Money,
        actual: Money,
    },
    ChannelOver {
        channel: String,
        planned: Money,
        actual: Money,
    },
    /// Money was paid on a line that is not approved (a draft, still in
    /// approval, or rejected): a cost-control checkpoint was skipped.
    PaidUnapproved {
        line: Id,
        paid: Money,
        approval: Approval,
    },
    /// A line is not approved and its item starts in `days` (≤ 0: has started).
    Unapproved {
        line: Id,
        item: Id,
        days: i64,
    },
    /// Triggered risks have drawn more than the reserve holds.
    ReserveOverdrawn {
        drawn: Money,
        reserve: Money,
    },
    /// The open risks' costs exceed what is left of the reserve.
    ReserveShort {
        exposure: Money,
        left: Money,
    },
}

/// Every budget check, in the order a manager would read them: the total,
/// the reserve and split, then lines, accounts and channels, then approvals.
pub fn warnings(plan: &Plan, today: Day) -> Vec<BudgetWarning> {
    let b = &plan.budget;
    let mut out = vec![];
    if b.lines.is_empty() {
        return out;
    }
    let all = Sums::of(&b.lines);
    if plan.total_budget.0 > 0 && all.planned > plan.total_budget {
        out.push(BudgetWarning::OverAllocated { planned: all.planned, budget: plan.total_budget });
    }
    let base = share_base(plan);
    if base.0 > 0 {
        let reserve = Sums::of(b.lines.iter().filter(|l| l.account == Account::Contingency)).planned;
        // Integer comparison, so exactly 10% and exactly 15% pass.
        let c = reserve.0 as i128 * 100;
        let w = base.0 as i128;
        if c < w * RESERVE_MIN as i128 || c > w * RESERVE_MAX as i128 {
            out.push(BudgetWarning::Reserve { share: share_bp(reserve, base).unwrap_or(0) });
        }
        if let Some(target) = b.flexible_share {
            let flex = Sums::of(b.lines.iter().filter(|l| l.flexible)).planned;
            let off = (flex.0 as i128 * 100 - w * target as i128).abs();
            if off > w * SPLIT_TOLERANCE as i128 {
                out.push(BudgetWarning::Split { share: share_bp(flex, base).unwrap_or(0), target });
            }
        }
    }
    for l in &b.lines {
        let actual = l.actual();
        if actual > l.planned {
            out.push(BudgetWarning::LineOver { line: l.id.clone(), planned: l.planned, actual });
        }
        if l.committed > l.planned {
            out.push(BudgetWarning::LineOvercommitted {
                line: l.id.clone(),
                planned: l.planned,
                committed: l.committed,
            });
        }
    }
    for r in totals_by(plan, GroupBy::Account) {
        if let GroupKey::Account(account) = r.key {
            if r.sums.actual > r.sums.planned {
                out.push(BudgetWarning::AccountOver { account, planned: r.sums.planned, actual: r.sums.actual });
            }
        }
    }
    for r in totals_by(plan, GroupBy::Channel) {
        if let GroupKey::Channel(channel) = r.key {
            if r.sums.actual > r.sums.planned {
                out.push(BudgetWarning::ChannelOver { channel, planned: r.sums.planned, actual: r.sums.actual });
            }
        }
    }
    for l in b.lines.iter().filter(|l| l.approval != Approval::Approved && l.actual().0 > 0) {
        out.push(BudgetWarning::PaidUnapproved { line: l.id.clone(), paid: l.actual(), approval: l.approval });
    }
    let items = items(plan);
    for l in b.lines.iter().filter(|l| l.approval != Approval::Approved) {
        let Some(w) = l.item.as_deref().and_then(|i| items.get(i).copied()) else { continue };
        let days = today.days_until(w.start);
        if days <= APPROVAL_NOTICE_DAYS && w.status != crate::model::schedule::data::Status::Done {
            out.push(BudgetWarning::Unapproved { line: l.id.clone(), item: w.id.clone(), days });
        }
    }
    let r = reserve(plan);
    if r.drawn > r.planned {
        out.push(BudgetWarning::ReserveOverdrawn { drawn: r.drawn, reserve: r.planned });
    } else if r.exposure > r.left() {
        out.push(BudgetWarning::ReserveShort { exposure: r.exposure, left: r.left() });
    }
    out
}

/// The contingency reserve and what the risks take from it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reserve {
    /// The contingency lines' planned amount.
    pub planned: Money,
    /// The costs of triggered (and since closed) risks.
    pub drawn: Money,
    /// The costs of risks still open or watched: what may yet be drawn.
    pub exposure: Money,
}

impl Reserve {
    pub fn left(&self) -> Money {
        Money(self.planned.0 - self.drawn.0)
    }
}

pub fn reserve(plan: &Plan) -> Reserve {
    let b = &plan.budget;
    let sum = |f: &dyn Fn(&Risk) -> bool| Money(b.risks.iter().filter(|r| f(r)).map(|r| r.cost.0).sum());
    Reserve {
        planned: Sums::of(b.lines.iter().filter(|l| l.account == Account::Contingency)).planned,
        drawn: sum(&|r| r.drawn()),
        exposure: sum(&|r| matches!(r.status, RiskStatus::Open | RiskStatus::Watching)),
    }
}

/// Planned and actual spend, cumulative, day by day over the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Burn {
    pub start: Day,
    /// Planned spend through each day (the reserve is not planned to be spent).
    pub planned: Vec<Money>,
    /// Paid through each day, up to today or the last payment, whichever is later.
    pub actual: Vec<Option<Money>>,
    /// Today's index, when today falls inside the plan.
    pub today: Option<usize>,
}

/// Spreads each line's planned amount evenly over its item's days (the
/// whole plan when it has none) and adds up the dated spend. Integer
/// arithmetic: day `i` of `n` gets `⌊a(i+1)/n⌋ − ⌊ai/n⌋`, so the days add up
/// to the line exactly. Payments outside the plan count on its first or
/// last day.
pub fn burn(plan: &Plan, today: Day) -> Burn {
    let n = (plan.start.days_until(plan.end) + 1).max(1) as usize;
    let clamp = |d: Day| plan.start.days_until(d).clamp(0, n as i64 - 1) as usize;
    let mut planned = vec![0i64; n];
    let mut paid = vec![0i64; n];
    let mut last_paid: Option<usize> = None;
    let items = items(plan);
    for l in &plan.budget.lines {
        if l.account != Account::Contingency {
            let (a, z) = match l.item.as_deref().and_then(|i| items.get(i).copied()) {
                Some(w) => (clamp(w.start), clamp(w.end)),
                None => (0, n - 1),
            };
            let len = (z - a + 1) as i128;
            let amount = l.planned.0 as i128;
            for i in 0..len {
                planned[a + i as usize] += (amount * (i + 1) / len - amount * i / len) as i64;
            }
        }
        for s in &l.spends {
            let i = clamp(s.date);
            paid[i] += s.amount.0;
            last_paid = last_paid.max(Some(i));
        }
    }
    let today_i = (today >= plan.start && today <= plan.end).then(|| clamp(today));
    let through = if today < plan.start { last_paid } else { Some(clamp(today)).max(last_paid) };
    let mut run = 0;
    let planned = planned
        .into_iter()
        .map(|v| {
            run += v;
            Money(run)
        })
        .collect();
    let mut run = 0;
    let actual = paid
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            run += v;
            through.is_some_and(|t| i <= t).then_some(Money(run))
        })
        .collect();
    Burn { start: plan.start, planned, actual, today: today_i }
}

/// What the budget rules advise for a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// ROI ≥ 3: add budget.
    Add,
    Keep,
    /// ROI < 1: stop the loss.
    Stop,
}

pub fn advice(roi: f64) -> Advice {
    if roi >= ROI_ADD {
        Advice::Add
    } else if roi < ROI_STOP {
        Advice::Stop
    } else {
        Advice::Keep
    }
}

/// One channel's money and return.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelReturn {
    pub channel: String,
    pub sums: Sums,
    /// The cost ROI, ROAS and CPA are taken on (`apply_cost`), and where it comes from.
    pub cost: Option<f64>,
    pub source: Option<CostSource>,
    /// Revenue to date from the channel's revenue KPIs (major units).
    pub revenue: Option<f64>,
    pub roi: Option<f64>,
    pub advice: Option<Advice>,
    /// Every figure of the row on that one cost (ROAS, CPA, conversions…).
    pub derived: Derived,
}

/// Where a channel's cost comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostSource {
    /// What its budget lines paid (payments recorded).
    Payments,
    /// Its spend KPIs, before any payment is recorded.
    SpendKpis,
}

/// The one rule for the cost of a channel (`None`: the whole campaign): what
/// its budget lines paid once payments are recorded, else what its spend
/// KPIs say. Sets `d.spend` to that cost and ROI = (revenue − cost) ÷ cost,
/// ROAS = revenue ÷ cost and CPA = cost ÷ conversions on it, so no row ever
/// mixes two costs; returns where the cost came from. The dashboard's
/// channel table, the budget's ROI, the evaluation and the knowledge base's
/// figures all go through here.
pub fn apply_cost(plan: &Plan, channel: Option<&str>, d: &mut Derived) -> Option<CostSource> {
    let paid = Sums::of(plan.budget.lines.iter().filter(|l| channel.is_none_or(|c| l.channel == c))).actual;
    let (cost, source) = if paid.0 > 0 {
        (Some(paid.0 as f64 / 100.0), Some(CostSource::Payments))
    } else {
        (d.spend, d.spend.map(|_| CostSource::SpendKpis))
    };
    let div = crate::model::monitor::rules::div;
    d.spend = cost;
    d.roi = div(d.revenue.zip(cost).map(|(r, c)| r - c), cost);
    d.roas = div(d.revenue, cost);
    d.cpa = div(cost, d.conversions);
    source
}

/// A channel whose return cannot be judged: money goes out with no revenue
/// KPI to credit, or revenue comes in with no cost recorded. Named on the
/// dashboard, the budget page and the evaluation instead of a silent "—".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attribution {
    SpendWithoutRevenue(String),
    RevenueWithoutSpend(String),
}

/// The channels whose money and revenue do not meet, in the order they appear.
pub fn attribution_gaps(plan: &Plan) -> Vec<Attribution> {
    let mut names: Vec<&str> = vec![];
    for c in plan.budget.lines.iter().map(|l| l.channel.as_str()).chain(plan.kpis.iter().map(|k| k.channel.as_str())) {
        if !c.trim().is_empty() && !names.contains(&c) {
            names.push(c);
        }
    }
    let kpi = |c: &str, r: Role| plan.kpis.iter().any(|k| k.channel == c && k.role == r);
    let typed = |c: &str, r: Role| plan.kpis.iter().any(|k| k.channel == c && k.role == r && !k.actuals.is_empty());
    names
        .into_iter()
        .filter_map(|c| {
            let paid = Sums::of(plan.budget.lines.iter().filter(|l| l.channel == c)).actual.0 > 0;
            let spends = paid || typed(c, Role::Spend);
            if spends && !kpi(c, Role::Revenue) {
                Some(Attribution::SpendWithoutRevenue(c.to_string()))
            } else if typed(c, Role::Revenue) && !spends && !kpi(c, Role::Spend) {
                Some(Attribution::RevenueWithoutSpend(c.to_string()))
            } else {
                None
            }
        })
        .collect()
}

/// ROI per channel: the budget's channels, then any other channel that has
/// revenue KPIs.
pub fn channel_returns(plan: &Plan, today: Day) -> Vec<ChannelReturn> {
    let mut names: Vec<String> = vec![];
    for c in plan.budget.lines.iter().map(|l| &l.channel).chain(plan.kpis.iter().map(|k| &k.channel)) {
        if !c.is_empty() && !names.contains(c) {
            names.push(c.clone());
        }
    }
    let to = today.min(plan.end);
    // Every KPI summed once; each channel's figures are read from these.
    let all = totals(plan, plan.start, to);
    names
        .into_iter()
        .map(|channel| {
            let sums = Sums::of(plan.budget.lines.iter().filter(|l| l.channel == channel));
            let mut d = derived_with(plan, &Filter { channel: Some(channel.clone()), from: plan.start, to }, &all);
            let source = apply_cost(plan, Some(&channel), &mut d);
            ChannelReturn {
                channel,
                sums,
                cost: d.spend,
                source,
                revenue: d.revenue,
                roi: d.roi,
                advice: d.roi.map(advice),
                derived: d,
            }
        })
        // A channel with only reach KPIs has nothing to say about money.
        .filter(|r| r.revenue.is_some() || plan.budget.lines.iter().any(|l| l.channel == r.channel))
        .collect()
}

/// Whether a need will be ready in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    /// Not ready, due in more than a few days (or with no date).
    OnTrack,
    /// Not ready and due within `READY_NOTICE_DAYS`.
    DueSoon {
        days: i64,
    },
    /// Not ready and its date has passed.
    Late {
        days: i64,
    },
    /// Its ready-by date falls after the item's start minus the lead time.
    TooLate {
        needed: Day,
    },
}

/// When a need must be ready: the item's start minus its lead time.
pub fn needed_by(plan: &Plan, r: &Resource) -> Option<Day> {
    let w = plan.item(r.item.as_deref()?)?;
    Some(w.start.add_days(-(r.lead_days as i64)))
}

/// A planned date that is too late is flagged even for a ready need (the
/// plan says it was late); otherwise a need not ready is judged by its date.
pub fn readiness(plan: &Plan, r: &Resource, today: Day) -> Readiness {
    let needed = needed_by(plan, r);
    if let (Some(by), Some(needed)) = (r.ready_by, needed) {
        if by > needed && r.status != ResourceStatus::Ready {
            return Readiness::TooLate { needed };
        }
    }
    if r.status == ResourceStatus::Ready {
        return Readiness::Ready;
    }
    let Some(due) = r.ready_by.or(needed) else { return Readiness::OnTrack };
    let days = today.days_until(due);
    if days < 0 {
        Readiness::Late { days: -days }
    } else if days <= READY_NOTICE_DAYS {
        Readiness::DueSoon { days }
    } else {
        Readiness::OnTrack
    }
}

/// A score's band on the 5×5 map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    Low,
    Medium,
    High,
    Critical,
}

/// 1–4 low, 5–9 medium, 10–16 high, 20–25 critical.
pub fn band(score: u8) -> Band {
    match score {
        0..=4 => Band::Low,
        5..=9 => Band::Medium,
        10..=16 => Band::High,
        _ => Band::Critical,
    }
}

/// The risks that need attention first: not closed, triggered ones first,
/// then by score and impact.
pub fn top_risks(plan: &Plan, n: usize) -> Vec<&Risk> {
    let mut v: Vec<&Risk> = plan.budget.risks.iter().filter(|r| r.status != RiskStatus::Closed).collect();
    v.sort_by_key(|r| (r.status != RiskStatus::Triggered, std::cmp::Reverse((r.score(), r.impact))));
    v.truncate(n);
    v
}

/// How many risks sit in each cell of the map, `[likelihood-1][impact-1]`
/// (closed ones left out).
pub fn heat(plan: &Plan) -> [[usize; 5]; 5] {
    let mut m = [[0; 5]; 5];
    for (l, i) in plan.budget.risks.iter().filter_map(Risk::cell) {
        m[l as usize - 1][i as usize - 1] += 1;
    }
    m
}
