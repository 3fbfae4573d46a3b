//! The scheduling engine: working calendars, the four dependency types with
//! lags, pushing successors forward, cycle detection and the critical path.
//! Pure functions over plain inputs, so it is tested natively and can run on
//! every drag step. `command` uses it to push successors when dates change.
//! Must not know about the UI, storage or the file format.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::id::Id;
use crate::model::plan::Plan;
use crate::model::schedule::data::DepKind;
use crate::model::schedule::data::WorkCalendar;
use crate::model::schedule::data::WorkItem;
use std::collections::{BTreeSet, HashMap};

/// Which days are worked: weekdays off, holidays, and make-up working days
/// (调休) that override a weekend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// `off[0]` is Monday … `off[6]` Sunday.
    pub off: [bool; 7],
    pub holidays: BTreeSet<Day>,
    pub makeup_days: BTreeSet<Day>,
}

impl Default for Calendar {
    /// Monday to Friday.
    fn default() -> Self {
        Calendar {
            off: [false, false, false, false, false, true, true],
            holidays: BTreeSet::new(),
            makeup_days: BTreeSet::new(),
        }
    }
}

impl Calendar {
    pub fn is_workday(&self, d: Day) -> bool {
        if self.makeup_days.contains(&d) {
            return true;
        }
        !self.off[d.weekday() as usize] && !self.holidays.contains(&d)
    }
    /// `d` if it is a working day, else the next one.
    pub fn next_workday(&self, mut d: Day) -> Day {
        for _ in 0..3660 {
            if self.is_workday(d) {
                return d;
            }
            d = d.add_days(1);
        }
        d
    }
    /// `d` if it is a working day, else the previous one.
    pub fn prev_workday(&self, mut d: Day) -> Day {
        for _ in 0..3660 {
            if self.is_workday(d) {
                return d;
            }
            d = d.add_days(-1);
        }
        d
    }
    /// Moves `n` working days from the working day on or after `d`
    /// (backwards for negative `n`).
    pub fn add_workdays(&self, d: Day, n: i64) -> Day {
        let mut d = if n >= 0 { self.next_workday(d) } else { self.prev_workday(d) };
        let step = if n >= 0 { 1 } else { -1 };
        let mut left = n.unsigned_abs();
        // Dates saturate at 1900/2200: stop there rather than spin.
        while left > 0 && d != Day::first() && d != Day::last() {
            d = d.add_days(step);
            if self.is_workday(d) {
                left -= 1;
            }
        }
        d
    }
    /// Working days from `a` to `b`, both included (0 when `b < a`).
    pub fn workdays_between(&self, a: Day, b: Day) -> i64 {
        a.through(b).filter(|&d| self.is_workday(d)).count() as i64
    }
}

/// The rule between an item's own fields that every path keeps: a done item
/// stands at 100%, a milestone is one day. Commands keep it, validation
/// reports it, load mends it.
pub fn item_rule(w: &WorkItem) -> Option<Fault> {
    if w.status == crate::model::schedule::data::Status::Done && w.progress < 100 {
        return Some(Fault::DoneBelow100(w.progress));
    }
    (w.milestone && w.end != w.start).then_some(Fault::MilestoneSpansDays { start: w.start, end: w.end })
}

/// Working-day arithmetic through a precomputed table, so a pass over ten
/// thousand items costs table look-ups, not day-by-day walks.
pub struct Table {
    cal: Calendar,
    from: Day,
    /// `ord[i]`: working days strictly before `from + i`.
    ord: Vec<i64>,
    /// The working days in range, in order.
    days: Vec<Day>,
}

impl Table {
    pub fn new(cal: &Calendar, from: Day, to: Day) -> Table {
        let (mut ord, mut days) = (Vec::new(), Vec::new());
        for d in from.through(to.max(from)) {
            ord.push(days.len() as i64);
            if cal.is_workday(d) {
                days.push(d);
            }
        }
        Table { cal: cal.clone(), from, ord, days }
    }
    /// The ordinal of the working day on or after `d`, if in range.
    fn ordinal(&self, d: Day) -> Option<i64> {
        let i = self.from.days_until(d);
        (i >= 0 && (i as usize) < self.ord.len()).then(|| self.ord[i as usize])
    }
    /// `d` if it is a working day, else the next one (a table look-up).
    fn next_workday(&self, d: Day) -> Day {
        match self.ordinal(d) {
            Some(o) if (o as usize) < self.days.len() => self.days[o as usize],
            _ => self.cal.next_workday(d),
        }
    }
    /// Working days from `a` to `b`, both included.
    pub fn workdays(&self, a: Day, b: Day) -> i64 {
        match (self.ordinal(a), self.ordinal(b.add_days(1))) {
            (Some(x), Some(y)) => (y - x).max(0),
            _ => self.cal.workdays_between(a, b),
        }
    }
    /// The earliest start a successor of `dur` working days may have, given
    /// its predecessor's dates and the link. One formula for the full pass
    /// and for drag previews, so the two always agree.
    fn need(&self, kind: DepKind, lag: i64, pred_start: Day, pred_end: Day, dur: i64) -> Day {
        match kind {
            DepKind::FinishToStart => self.add(pred_end, lag.saturating_add(1)),
            DepKind::StartToStart => self.add(pred_start, lag),
            DepKind::FinishToFinish => self.add(self.add(pred_end, lag), 1i64.saturating_sub(dur)),
            DepKind::StartToFinish => self.add(self.add(pred_start, lag.saturating_sub(1)), 1i64.saturating_sub(dur)),
        }
    }
    fn add(&self, d: Day, n: i64) -> Day {
        if n >= 0 || self.cal.is_workday(d) {
            if let Some(o) = self.ordinal(d) {
                let t = o.saturating_add(n);
                if t >= 0 && (t as usize) < self.days.len() {
                    return self.days[t as usize];
                }
            }
        }
        self.cal.add_workdays(d, n)
    }
}

/// A link as the engine takes it, by item id (the plan's `Dependency` adds its own id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Precedence {
    pub pred: Id,
    pub succ: Id,
    pub kind: DepKind,
    /// Working days; negative is a lead ("materials ready 3 days before").
    pub lag: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    pub id: Id,
    /// The current start: a lower bound, since scheduling only pushes forward.
    pub start: Day,
    /// Working days, at least 1 (a milestone is one day).
    pub duration: i64,
    /// A fixed date is never moved; if a dependency cannot be met it is flagged.
    pub fixed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub start: Day,
    pub end: Day,
    /// Total float in working days; 0 is on the critical path.
    pub float: i64,
    /// A fixed task whose dependencies would need it later.
    pub conflict: bool,
    /// A dependency (not just calendar snapping) moved it later than its start.
    pub pushed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScheduleError {
    /// The ids on one cycle, in dependency order.
    Cycle(Vec<Id>),
    UnknownTask(Id),
}

/// Places every task as early as its current start and its predecessors
/// allow, then computes float. Returns a slot per task id.
pub fn schedule(tasks: &[Task], deps: &[Precedence], cal: &Calendar) -> Result<HashMap<Id, Slot>, ScheduleError> {
    let index: HashMap<&str, usize> = tasks.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
    let mut links = Vec::with_capacity(deps.len());
    for d in deps {
        let p = *index.get(d.pred.as_str()).ok_or_else(|| ScheduleError::UnknownTask(d.pred.clone()))?;
        let s = *index.get(d.succ.as_str()).ok_or_else(|| ScheduleError::UnknownTask(d.succ.clone()))?;
        links.push(Link { pred: p, succ: s, kind: d.kind, lag: d.lag });
    }
    let jobs: Vec<Job> = tasks.iter().map(|t| Job { start: t.start, duration: t.duration, fixed: t.fixed }).collect();
    match schedule_indexed(&jobs, &links, cal) {
        Ok(slots) => Ok(tasks.iter().zip(slots).map(|(t, s)| (t.id.clone(), s)).collect()),
        Err(cycle) => Err(ScheduleError::Cycle(cycle.into_iter().map(|i| tasks[i].id.clone()).collect())),
    }
}

/// A task by position: what `schedule_indexed` needs, without ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Job {
    pub start: Day,
    pub duration: i64,
    pub fixed: bool,
}

/// A link between jobs by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub pred: usize,
    pub succ: usize,
    pub kind: DepKind,
    pub lag: i64,
}

/// The engine proper, on positions: forward pass in topological order,
/// backward pass for float. A cycle comes back as the positions on it.
pub fn schedule_indexed(jobs: &[Job], links: &[Link], cal: &Calendar) -> Result<Vec<Slot>, Vec<usize>> {
    let n = jobs.len();
    let mut succs: Vec<Vec<usize>> = vec![vec![]; n];
    let mut preds: Vec<Vec<usize>> = vec![vec![]; n];
    for (k, l) in links.iter().enumerate() {
        succs[l.pred].push(k);
        preds[l.succ].push(k);
    }
    let order = topo_order(n, links, &succs, &preds)?;
    let (lo, hi) = span(jobs, links);
    let table = Table::new(cal, lo, hi);
    let dur = |i: usize| jobs[i].duration.max(1);
    let mut start = vec![lo; n];
    let mut end = vec![lo; n];
    let mut conflict = vec![false; n];
    let mut pushed = vec![false; n];
    for &i in &order {
        let own = table.next_workday(jobs[i].start);
        let mut earliest = own;
        let mut needed: Option<Day> = None;
        for &k in &preds[i] {
            let l = &links[k];
            let need = table.need(l.kind, l.lag, start[l.pred], end[l.pred], dur(i));
            earliest = earliest.max(need);
            needed = Some(needed.map_or(need, |n| n.max(need)));
        }
        pushed[i] = needed.is_some_and(|n| n > jobs[i].start) && !jobs[i].fixed;
        if jobs[i].fixed {
            conflict[i] = earliest > own;
            earliest = own;
        }
        start[i] = earliest;
        end[i] = table.add(earliest, dur(i) - 1);
    }
    // Backward pass: latest dates that keep the project end.
    let finish = end.iter().copied().max().unwrap_or(lo);
    let mut late_end = vec![finish; n];
    for &i in order.iter().rev() {
        let mut latest = finish;
        for &k in &succs[i] {
            let l = &links[k];
            let s = l.succ;
            let late_start = table.add(late_end[s], -(dur(s) - 1));
            let limit = match l.kind {
                DepKind::FinishToStart => table.add(late_start, (-1i64).saturating_sub(l.lag)),
                DepKind::StartToStart => table.add(table.add(late_start, l.lag.saturating_neg()), dur(i) - 1),
                DepKind::FinishToFinish => table.add(late_end[s], l.lag.saturating_neg()),
                DepKind::StartToFinish => table.add(table.add(late_end[s], 1i64.saturating_sub(l.lag)), dur(i) - 1),
            };
            latest = latest.min(limit);
        }
        late_end[i] = latest;
    }
    let ord = |d: Day| table.ordinal(d).unwrap_or(0);
    Ok((0..n)
        .map(|i| Slot {
            start: start[i],
            end: end[i],
            float: (ord(late_end[i]) - ord(end[i])).max(0),
            conflict: conflict[i],
            pushed: pushed[i],
        })
        .collect())
}

/// Kahn's algorithm; on a cycle, walks predecessors among the leftovers to
/// name one cycle exactly.
fn topo_order(n: usize, links: &[Link], succs: &[Vec<usize>], preds: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let mut indeg: Vec<usize> = preds.iter().map(Vec::len).collect();
    let mut queue: Vec<usize> = (0..n).filter(|&i| indeg[i] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(i) = queue.pop() {
        order.push(i);
        for &k in &succs[i] {
            let s = links[k].succ;
            indeg[s] -= 1;
            if indeg[s] == 0 {
                queue.push(s);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // Every leftover has a leftover predecessor: walking back must repeat.
    let mut at = (0..n).find(|&i| indeg[i] > 0).expect("a leftover node");
    let mut seen = vec![usize::MAX; n];
    let mut path = vec![];
    while seen[at] == usize::MAX {
        seen[at] = path.len();
        path.push(at);
        at = preds[at].iter().map(|&k| links[k].pred).find(|&p| indeg[p] > 0).expect("a leftover predecessor");
    }
    let mut cycle: Vec<usize> = path[seen[at]..].to_vec();
    cycle.reverse();
    Err(cycle)
}

/// The date range the look-up table covers: every placement a year past
/// the last start, with room for lags. A push beyond it still computes
/// correctly through the calendar, only more slowly.
fn span(jobs: &[Job], links: &[Link]) -> (Day, Day) {
    let lo = jobs.iter().map(|t| t.start).min().unwrap_or(Day::ymd(2000, 1, 1));
    // Lags and lengths past the calendar's 300 years only saturate: the
    // table then reaches the last day, never past it.
    let lag = links.iter().map(|d| d.lag.saturating_abs()).max().unwrap_or(0).saturating_mul(2);
    let longest = jobs.iter().map(|t| t.duration.max(1)).max().unwrap_or(1).saturating_mul(7) / 5;
    let hi = jobs.iter().map(|t| t.start).max().unwrap_or(lo).add_days(longest.saturating_add(lag).saturating_add(400));
    (lo.add_days(-lag.saturating_add(30)), hi)
}

/// The links of a plan as integer adjacency, built once (e.g. when a drag
/// starts) so that each pointer move only walks the successors it reaches.
pub struct Network {
    succs: Vec<Vec<(usize, DepKind, i64)>>,
    fixed: Vec<bool>,
    /// Working-day length of each task as it was when built.
    dur: Vec<i64>,
    table: Table,
}

impl Network {
    /// `jobs[i]` describes item `i`; links name items by position.
    pub fn new(jobs: &[Job], links: &[Link], cal: &Calendar) -> Network {
        let mut succs = vec![vec![]; jobs.len()];
        for l in links {
            succs[l.pred].push((l.succ, l.kind, l.lag));
        }
        let (lo, hi) = span(jobs, links);
        let table = Table::new(cal, lo, hi);
        Network {
            succs,
            fixed: jobs.iter().map(|t| t.fixed).collect(),
            dur: jobs.iter().map(|t| t.duration.max(1)).collect(),
            table,
        }
    }

    /// Item `moved` now runs `start..=end`; returns every other item its
    /// successors' links push later, with new dates that keep each one's
    /// working-day length. `dates` are the current dates by index. Fixed
    /// items are never moved (the full pass flags them).
    pub fn propagate(&self, dates: &[(Day, Day)], moved: usize, start: Day, end: Day) -> Vec<(usize, Day, Day)> {
        let mut now: HashMap<usize, (Day, Day)> = HashMap::new();
        // Successors see the moved item as the full pass would: its start on
        // a working day and its length in working days.
        let len = match (self.table.ordinal(start), self.table.ordinal(end.add_days(1))) {
            (Some(a), Some(b)) => (b - a).max(1),
            _ => self.table.cal.workdays_between(start, end).max(1),
        };
        let s0 = self.table.cal.next_workday(start);
        now.insert(moved, (s0, self.table.add(s0, len - 1)));
        let mut work = vec![moved];
        let mut order = vec![];
        let mut steps = 0usize;
        while let Some(u) = work.pop() {
            steps += 1;
            if steps > 64 * (dates.len() + 1) {
                break; // only a cycle could get here; the full pass refuses it
            }
            let (us, ue) = now[&u];
            for &(s, kind, lag) in &self.succs[u] {
                if s == moved || self.fixed[s] {
                    continue;
                }
                let need = self.table.need(kind, lag, us, ue, self.dur[s]);
                let cur = now.get(&s).copied().unwrap_or(dates[s]);
                if need > cur.0 {
                    let new_end = self.table.add(need, self.dur[s] - 1);
                    if !now.contains_key(&s) {
                        order.push(s);
                    }
                    now.insert(s, (need, new_end));
                    work.push(s);
                }
            }
        }
        order.into_iter().filter(|&i| i != moved).map(|i| (i, now[&i].0, now[&i].1)).collect()
    }
}

/// Items whose dependencies need them later than they are, moved (keeping
/// their working-day length).
pub fn pushed_items(plan: &Plan) -> Result<Vec<WorkItem>, Fault> {
    use crate::model::schedule::rules::schedule_indexed;
    use crate::model::schedule::rules::Job;
    use crate::model::schedule::rules::Link;
    use crate::model::schedule::rules::Table;
    if plan.dependencies.is_empty() {
        return Ok(vec![]);
    }
    let cal = plan.calendar.to_calendar();
    let index: std::collections::HashMap<&str, usize> =
        plan.work_items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i)).collect();
    let lo = plan.work_items.iter().map(|w| w.start).min().unwrap_or(plan.start);
    let hi = plan.work_items.iter().map(|w| w.end).max().unwrap_or(plan.end);
    let table = Table::new(&cal, lo, hi.add_days(1));
    let jobs: Vec<Job> = plan
        .work_items
        .iter()
        .map(|w| Job { start: w.start, duration: table.workdays(w.start, w.end).max(1), fixed: w.fixed })
        .collect();
    let mut links = Vec::with_capacity(plan.dependencies.len());
    for d in &plan.dependencies {
        let p = *index.get(d.pred.as_str()).ok_or_else(|| Fault::UnknownItem(d.pred.clone()))?;
        let s = *index.get(d.succ.as_str()).ok_or_else(|| Fault::UnknownItem(d.succ.clone()))?;
        links.push(Link { pred: p, succ: s, kind: d.kind, lag: d.lag });
    }
    let slots = schedule_indexed(&jobs, &links, &cal)
        .map_err(|c| Fault::DependencyCycle(c.into_iter().map(|i| plan.work_items[i].id.clone()).collect()))?;
    Ok(plan
        .work_items
        .iter()
        .zip(slots)
        // Only a dependency moves an item; a weekend start is left alone.
        .filter(|(_, slot)| slot.pushed)
        .map(|(w, slot)| WorkItem { start: slot.start, end: slot.end, ..w.clone() })
        .collect())
}

impl WorkCalendar {
    pub fn to_calendar(&self) -> Calendar {
        let mut off = [false; 7];
        for d in &self.days_off {
            if let Some(slot) = off.get_mut(*d as usize) {
                *slot = true;
            }
        }
        Calendar {
            off,
            holidays: self.holidays.iter().copied().collect(),
            makeup_days: self.makeup_days.iter().copied().collect(),
        }
    }
}
