//! What the schedule views derive from a plan: the outline with summary rows
//! rolled up from their children, float and the critical path, fixed dates
//! that cannot be met, slip against the latest baseline, RACI gaps and each
//! person's workload. Pure functions over a plan, linear in its size, so the
//! chart can recompute them after every edit of a 10,000-item plan.
//! Must not know about the UI.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::plan::Plan;
use crate::model::schedule::data::Raci;
use crate::model::schedule::data::Status;
use crate::model::schedule::data::WorkItem;
use crate::model::schedule::rules::schedule_indexed;
use crate::model::schedule::rules::Calendar;
use crate::model::schedule::rules::Job;
use crate::model::schedule::rules::Link;
use crate::model::schedule::rules::Network;
use crate::model::schedule::rules::Table;
use std::collections::{HashMap, HashSet};

/// One row of the outline, by the item's index in `plan.work_items`.
#[derive(Clone, Debug, PartialEq)]
pub struct OutlineRow {
    pub depth: u8,
    pub parent: Option<usize>,
    pub summary: bool,
    /// Dates, progress and status as shown: a summary row's come from its
    /// descendants, a leaf's are its own.
    pub start: Day,
    pub end: Day,
    pub progress: u8,
    pub status: Status,
    /// Working days of slack before the plan's finish moves; 0 = critical.
    pub float: i64,
    pub critical: bool,
    /// A fixed-date item whose predecessors would need it later.
    pub conflict: bool,
    /// The latest baseline's dates for this item, if it was in it.
    pub baseline: Option<(Day, Day)>,
}

impl OutlineRow {
    /// Calendar days the end moved since the baseline (positive = later).
    pub fn slip(&self) -> Option<i64> {
        self.baseline.map(|(_, e)| e.days_until(self.end))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub rows: Vec<OutlineRow>,
    pub index: HashMap<Id, usize>,
    /// The items on a dependency cycle, if the links have one (then float and
    /// criticality are not computed).
    pub cycle: Option<Vec<Id>>,
    /// First and last day of any item (the plan's own dates when empty).
    pub span: (Day, Day),
}

/// Rolls up the outline and runs the schedule's forward and backward passes.
pub fn analyse(plan: &Plan) -> Analysis {
    let n = plan.work_items.len();
    let index: HashMap<Id, usize> = plan.work_items.iter().enumerate().map(|(i, w)| (w.id.clone(), i)).collect();
    let mut rows: Vec<OutlineRow> = Vec::with_capacity(n);
    for w in &plan.work_items {
        let parent = w.parent.as_ref().and_then(|p| index.get(p)).copied();
        let depth = parent.map(|p| rows[p].depth + 1).unwrap_or(0);
        rows.push(OutlineRow {
            depth,
            parent,
            summary: false,
            start: w.start,
            end: w.end,
            progress: w.progress,
            status: w.status,
            float: 0,
            critical: false,
            conflict: false,
            baseline: None,
        });
    }
    roll_up(plan, &mut rows);
    let cal = plan.calendar.to_calendar();
    let cycle = critical_path(plan, &index, &cal, &mut rows);
    if let Some(b) = plan.baselines.last() {
        for bi in &b.items {
            if let Some(&i) = index.get(&bi.id) {
                rows[i].baseline = Some((bi.start, bi.end));
            }
        }
    }
    let span = match (rows.iter().map(|r| r.start).min(), rows.iter().map(|r| r.end).max()) {
        (Some(a), Some(b)) => (a, b),
        _ => (plan.start, plan.end),
    };
    Analysis { rows, index, cycle, span }
}

/// Children come after their parents, so one backward sweep folds every
/// subtree into its root: earliest start, latest end, progress weighted by
/// each leaf's length in days, and a status that says what the parts say.
fn roll_up(plan: &Plan, rows: &mut [OutlineRow]) {
    let n = rows.len();
    // (weighted progress, weight, done, exception, started, leaves) per item.
    let mut acc = vec![(0u64, 0u64, 0usize, 0usize, 0usize, 0usize); n];
    for i in (0..n).rev() {
        let is_summary = acc[i].5 > 0;
        if !is_summary {
            let w = &plan.work_items[i];
            let len = (w.start.days_until(w.end) + 1).max(1) as u64;
            acc[i] = (
                len * w.progress as u64,
                len,
                (w.status == Status::Done) as usize,
                (w.status == Status::Exception) as usize,
                (w.status != Status::NotStarted) as usize,
                1,
            );
        } else {
            let (wp, wt, done, exc, started, leaves) = acc[i];
            let r = &mut rows[i];
            r.summary = true;
            r.progress = (wp + wt / 2).checked_div(wt).unwrap_or(0) as u8;
            r.status = if exc > 0 {
                Status::Exception
            } else if done == leaves {
                Status::Done
            } else if started > 0 {
                Status::InProgress
            } else {
                Status::NotStarted
            };
        }
        if let Some(p) = rows[i].parent {
            let (s, e) = (rows[i].start, rows[i].end);
            let child = acc[i];
            let first = acc[p].5 == 0;
            let pr = &mut rows[p];
            if first {
                pr.start = s;
                pr.end = e;
            } else {
                pr.start = pr.start.min(s);
                pr.end = pr.end.max(e);
            }
            let a = &mut acc[p];
            a.0 += child.0;
            a.1 += child.1;
            a.2 += child.2;
            a.3 += child.3;
            a.4 += child.4;
            a.5 += child.5;
        }
    }
}

/// The plan's items as scheduling jobs (summary rows with their rolled-up
/// dates) and its links by position.
pub fn jobs_of(plan: &Plan, rows: &[OutlineRow], index: &HashMap<Id, usize>, cal: &Calendar) -> (Vec<Job>, Vec<Link>) {
    let lo = rows.iter().map(|r| r.start).min().unwrap_or(plan.start);
    let hi = rows.iter().map(|r| r.end).max().unwrap_or(plan.end);
    let table = Table::new(cal, lo, hi.add_days(1));
    let jobs = plan
        .work_items
        .iter()
        .zip(rows)
        .map(|(w, r)| Job { start: r.start, duration: table.workdays(r.start, r.end).max(1), fixed: w.fixed })
        .collect();
    let links = plan
        .dependencies
        .iter()
        .filter_map(|d| Some(Link { pred: *index.get(&d.pred)?, succ: *index.get(&d.succ)?, kind: d.kind, lag: d.lag }))
        .collect();
    (jobs, links)
}

fn critical_path(plan: &Plan, index: &HashMap<Id, usize>, cal: &Calendar, rows: &mut [OutlineRow]) -> Option<Vec<Id>> {
    let (jobs, links) = jobs_of(plan, rows, index, cal);
    match schedule_indexed(&jobs, &links, cal) {
        Ok(slots) => {
            for (r, s) in rows.iter_mut().zip(slots) {
                r.float = s.float;
                r.conflict = s.conflict;
                // A summary row is critical through its children, not itself.
                r.critical = s.float == 0 && !r.summary;
            }
            None
        }
        Err(cycle) => Some(cycle.into_iter().map(|i| plan.work_items[i].id.clone()).collect()),
    }
}

/// The plan's links as a `Network` for drag previews, plus each item's
/// current dates by index.
pub fn network(plan: &Plan, a: &Analysis) -> (Network, Vec<(Day, Day)>) {
    let cal = plan.calendar.to_calendar();
    let (jobs, links) = jobs_of(plan, &a.rows, &a.index, &cal);
    let dates = plan.work_items.iter().map(|w| (w.start, w.end)).collect();
    (Network::new(&jobs, &links, &cal), dates)
}

/// The outline positions left to show when the rows for which `folded` is
/// true hide their descendants and only rows passing `keep` are shown.
/// `depth(i)` is row i's tree depth; rows are in outline order.
pub fn unfolded(
    n: usize,
    depth: impl Fn(usize) -> u8,
    folded: impl Fn(usize) -> bool,
    keep: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut out = Vec::with_capacity(n);
    let mut hide_below: Option<u8> = None;
    for i in 0..n {
        let d = depth(i);
        if let Some(h) = hide_below {
            if d > h {
                continue;
            }
            hide_below = None;
        }
        if !keep(i) {
            continue;
        }
        out.push(i);
        if folded(i) {
            hide_below = Some(d);
        }
    }
    out
}

impl OutlineRow {
    /// Late: its end has passed and it is not done (summary rows are late
    /// through their children, not themselves).
    pub fn is_overdue(&self, today: Day) -> bool {
        !self.summary && self.end < today && self.status != Status::Done
    }
}

/// What is wrong with an item's RACI cells, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaciFlag {
    NoAccountable,
    ManyAccountable(usize),
    NoResponsible,
}

/// The person who is A without a RACI cell saying so: the item's owner
/// (唯一负责人), while nobody holds A and the owner's own cell is empty or R
/// — in a small team the owner usually also does the work, and A and R are
/// one person. An owner marked C or I has been said not to be the A.
pub fn implied_accountable(w: &WorkItem) -> Option<&str> {
    let owner = w.owner.as_deref()?;
    let explicit = w.raci.values().any(|r| *r == Raci::A) || w.raci.get(owner).is_some_and(|r| *r != Raci::R);
    (!explicit).then_some(owner)
}

/// Every item needs exactly one A (its owner unless the RACI says
/// otherwise) and at least one R.
pub fn raci_flags(w: &WorkItem) -> Vec<RaciFlag> {
    let a = w.raci.values().filter(|r| **r == Raci::A).count() + usize::from(implied_accountable(w).is_some());
    let r = w.raci.values().filter(|r| **r == Raci::R).count();
    let mut out = vec![];
    match a {
        0 => out.push(RaciFlag::NoAccountable),
        1 => {}
        n => out.push(RaciFlag::ManyAccountable(n)),
    }
    if r == 0 {
        out.push(RaciFlag::NoResponsible);
    }
    out
}

/// The RACI role a click moves to: none → R → A → C → I → none.
pub fn next_raci(r: Option<Raci>) -> Option<Raci> {
    match r {
        None => Some(Raci::R),
        Some(Raci::R) => Some(Raci::A),
        Some(Raci::A) => Some(Raci::C),
        Some(Raci::C) => Some(Raci::I),
        Some(Raci::I) => None,
    }
}

/// More items than this at once is overload.
pub const CAPACITY: usize = 3;

/// One person's load per week: for each Monday from `from`'s week through
/// `to`, the largest number of leaf items they own or are R on that run on
/// any one day of that week.
pub fn workload(plan: &Plan, person: &str, from: Day, to: Day) -> Vec<(Day, usize)> {
    let monday = from.add_days(-(from.weekday() as i64));
    let days = (monday.days_until(to) + 1).max(0) as usize;
    let parents: std::collections::HashSet<&str> = plan.work_items.iter().filter_map(|w| w.parent.as_deref()).collect();
    // A difference array over days: +1 on the start, -1 after the end.
    let mut diff = vec![0i64; days + 1];
    for w in &plan.work_items {
        if parents.contains(w.id.as_str()) || w.status == Status::Done {
            continue;
        }
        let mine = w.owner.as_deref() == Some(person) || w.raci.get(person) == Some(&Raci::R);
        if !mine {
            continue;
        }
        let a = monday.days_until(w.start).clamp(0, days as i64) as usize;
        let b = (monday.days_until(w.end) + 1).clamp(0, days as i64) as usize;
        if a < b {
            diff[a] += 1;
            diff[b] -= 1;
        }
    }
    let mut out = vec![];
    let mut running = 0i64;
    let mut week_max = 0i64;
    for (i, d) in diff.iter().take(days).enumerate() {
        running += d;
        week_max = week_max.max(running);
        if i % 7 == 6 || i + 1 == days {
            out.push((monday.add_days((i / 7 * 7) as i64), week_max as usize));
            week_max = 0;
        }
    }
    out
}

/// The outline's filters (Gantt and task list): items of a phase, an owner,
/// a status, a channel, or only the critical path.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub phase: Option<Id>,
    pub owner: Option<Id>,
    pub status: Option<Status>,
    pub channel: Option<String>,
    pub only_critical: bool,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        self.phase.is_some()
            || self.owner.is_some()
            || self.status.is_some()
            || self.channel.is_some()
            || self.only_critical
    }

    /// Whether item `i` (not a summary: those show through their children)
    /// passes every filter.
    pub fn matches(&self, p: &Plan, a: &Analysis, i: usize) -> bool {
        let w = &p.work_items[i];
        let r = &a.rows[i];
        self.phase.as_ref().is_none_or(|x| w.phase.as_ref() == Some(x))
            && self.owner.as_ref().is_none_or(|x| w.owner.as_ref() == Some(x))
            && self.status.is_none_or(|s| r.status == s)
            && self.channel.as_ref().is_none_or(|c| &w.channel == c)
            && (!self.only_critical || r.critical)
    }
}

/// Which item indices to show, in outline order: with filters, the items
/// that match and every ancestor of one (so each shows where it belongs);
/// below a folded summary, nothing. Linear in the plan's size.
pub fn shown_rows(p: &Plan, a: &Analysis, folded: &HashSet<Id>, f: &Filters) -> Vec<usize> {
    let n = p.work_items.len();
    let keep: Option<Vec<bool>> = f.is_active().then(|| {
        let mut keep = vec![false; n];
        // Children come after their parent, so one pass from the end marks
        // each kept item's parent before the parent is reached.
        for i in (0..n).rev() {
            if !a.rows[i].summary && f.matches(p, a, i) {
                keep[i] = true;
            }
            if keep[i] {
                if let Some(par) = a.rows[i].parent {
                    keep[par] = true;
                }
            }
        }
        keep
    });
    unfolded(
        n,
        |i| a.rows[i].depth,
        |i| a.rows[i].summary && folded.contains(&p.work_items[i].id),
        |i| keep.as_ref().is_none_or(|k| k[i]),
    )
}

/// The first day the chart shows when it opens, where a planner looks
/// first: a plan that began in the last three weeks (or has not begun) from
/// its start; an ended one from its start too, not an empty today; a long
/// running one from a week before today.
pub fn opening_day(span: (Day, Day), today: Day) -> Day {
    if span.0.days_until(today) <= 21 || today > span.1 {
        span.0.add_days(-2)
    } else {
        today.add_days(-7)
    }
}
