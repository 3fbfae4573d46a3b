//! The scheduling engine: working calendars, the four dependency types with
//! lags, pushing successors forward, cycle detection and the critical path.
//! Pure functions over plain inputs, so it is tested natively and can run on
//! every drag step. `command` uses it to push successors when dates change.
//! Must not know about the UI, storage or the file format.

use super::types::{Day, Id};
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
        let mut left = n.abs();
        while left > 0 {
            d = d.add_days(step);
            if self.is_workday(d) {
                left -= 1;
            }
        }
        d
    }
    /// Working days from `a` to `b`, both included (0 when `b < a`).
    pub fn workdays_between(&self, a: Day, b: Day) -> i64 {
        let mut n = 0;
        let mut d = a;
        while d <= b {
            if self.is_workday(d) {
                n += 1;
            }
            d = d.add_days(1);
        }
        n
    }
}

/// Working-day arithmetic through a precomputed table, so a pass over ten
/// thousand items costs table look-ups, not day-by-day walks.
struct Table {
    cal: Calendar,
    from: Day,
    /// `ord[i]`: working days strictly before `from + i`.
    ord: Vec<i64>,
    /// The working days in range, in order.
    days: Vec<Day>,
}

impl Table {
    fn new(cal: &Calendar, from: Day, to: Day) -> Table {
        let len = (from.days_until(to) + 1).max(1) as usize;
        let (mut ord, mut days) = (Vec::with_capacity(len), Vec::new());
        let mut d = from;
        for _ in 0..len {
            ord.push(days.len() as i64);
            if cal.is_workday(d) {
                days.push(d);
            }
            d = d.add_days(1);
        }
        Table { cal: cal.clone(), from, ord, days }
    }
    /// The ordinal of the working day on or after `d`, if in range.
    fn ordinal(&self, d: Day) -> Option<i64> {
        let i = self.from.days_until(d);
        (i >= 0 && (i as usize) < self.ord.len()).then(|| self.ord[i as usize])
    }
    /// The earliest start a successor of `dur` working days may have, given
    /// its predecessor's dates and the link. One formula for the full pass
    /// and for drag previews, so the two always agree.
    fn need(&self, kind: DepKind, lag: i64, pred_start: Day, pred_end: Day, dur: i64) -> Day {
        match kind {
            DepKind::FinishToStart => self.add(pred_end, 1 + lag),
            DepKind::StartToStart => self.add(pred_start, lag),
            DepKind::FinishToFinish => self.add(self.add(pred_end, lag), -(dur - 1)),
            DepKind::StartToFinish => self.add(self.add(pred_start, lag - 1), -(dur - 1)),
        }
    }
    fn add(&self, d: Day, n: i64) -> Day {
        if n >= 0 || self.cal.is_workday(d) {
            if let Some(o) = self.ordinal(d) {
                let t = o + n;
                if t >= 0 && (t as usize) < self.days.len() {
                    return self.days[t as usize];
                }
            }
        }
        self.cal.add_workdays(d, n)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DepKind {
    /// The successor starts after the predecessor finishes.
    FinishToStart,
    /// The successor starts no earlier than the predecessor starts.
    StartToStart,
    /// The successor finishes no earlier than the predecessor finishes.
    FinishToFinish,
    /// The successor finishes no earlier than the day before the predecessor starts.
    StartToFinish,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dependency {
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
pub fn schedule(tasks: &[Task], deps: &[Dependency], cal: &Calendar) -> Result<HashMap<Id, Slot>, ScheduleError> {
    let index: HashMap<&str, usize> = tasks.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
    let n = tasks.len();
    let mut succs: Vec<Vec<usize>> = vec![vec![]; n];
    let mut preds: Vec<Vec<usize>> = vec![vec![]; n];
    for (k, d) in deps.iter().enumerate() {
        let p = *index.get(d.pred.as_str()).ok_or_else(|| ScheduleError::UnknownTask(d.pred.clone()))?;
        let s = *index.get(d.succ.as_str()).ok_or_else(|| ScheduleError::UnknownTask(d.succ.clone()))?;
        succs[p].push(k);
        preds[s].push(k);
    }
    let order = topo_order(tasks, deps, &index, &succs, &preds)?;
    let (lo, hi) = span(tasks, deps);
    let table = Table::new(cal, lo, hi);
    let dur = |i: usize| tasks[i].duration.max(1);
    let mut start = vec![lo; n];
    let mut end = vec![lo; n];
    let mut conflict = vec![false; n];
    let mut pushed = vec![false; n];
    for &i in &order {
        let own = cal.next_workday(tasks[i].start);
        let mut earliest = own;
        let mut needed: Option<Day> = None;
        for &k in &preds[i] {
            let d = &deps[k];
            let p = index[d.pred.as_str()];
            let need = table.need(d.kind, d.lag, start[p], end[p], dur(i));
            earliest = earliest.max(need);
            needed = Some(needed.map_or(need, |n| n.max(need)));
        }
        pushed[i] = needed.is_some_and(|n| n > tasks[i].start) && !tasks[i].fixed;
        if tasks[i].fixed {
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
            let d = &deps[k];
            let s = index[d.succ.as_str()];
            let late_start = table.add(late_end[s], -(dur(s) - 1));
            let limit = match d.kind {
                DepKind::FinishToStart => table.add(late_start, -(1 + d.lag)),
                DepKind::StartToStart => table.add(table.add(late_start, -d.lag), dur(i) - 1),
                DepKind::FinishToFinish => table.add(late_end[s], -d.lag),
                DepKind::StartToFinish => table.add(table.add(late_end[s], 1 - d.lag), dur(i) - 1),
            };
            latest = latest.min(limit);
        }
        late_end[i] = latest;
    }
    let ord = |d: Day| table.ordinal(d).unwrap_or(0);
    Ok(tasks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let float = (ord(late_end[i]) - ord(end[i])).max(0);
            (t.id.clone(), Slot { start: start[i], end: end[i], float, conflict: conflict[i], pushed: pushed[i] })
        })
        .collect())
}

/// Kahn's algorithm; on a cycle, walks predecessors among the leftovers to
/// name one cycle exactly.
fn topo_order(
    tasks: &[Task],
    deps: &[Dependency],
    index: &HashMap<&str, usize>,
    succs: &[Vec<usize>],
    preds: &[Vec<usize>],
) -> Result<Vec<usize>, ScheduleError> {
    let n = tasks.len();
    let mut indeg: Vec<usize> = preds.iter().map(Vec::len).collect();
    let mut queue: Vec<usize> = (0..n).filter(|&i| indeg[i] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(i) = queue.pop() {
        order.push(i);
        for &k in &succs[i] {
            let s = index[deps[k].succ.as_str()];
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
        at = preds[at]
            .iter()
            .map(|&k| index[deps[k].pred.as_str()])
            .find(|&p| indeg[p] > 0)
            .expect("a leftover predecessor");
    }
    let mut cycle: Vec<Id> = path[seen[at]..].iter().map(|&i| tasks[i].id.clone()).collect();
    cycle.reverse();
    Err(ScheduleError::Cycle(cycle))
}

/// A date range wide enough for every placement, with room for lags.
fn span(tasks: &[Task], deps: &[Dependency]) -> (Day, Day) {
    let lo = tasks.iter().map(|t| t.start).min().unwrap_or(Day::ymd(2000, 1, 1));
    let work: i64 =
        tasks.iter().map(|t| t.duration.max(1)).sum::<i64>() + deps.iter().map(|d| d.lag.abs() + 1).sum::<i64>();
    let hi = tasks.iter().map(|t| t.start).max().unwrap_or(lo).add_days(work.min(20_000) * 7 / 5 + 30);
    (lo.add_days(-(deps.iter().map(|d| d.lag.abs()).max().unwrap_or(0) * 2 + 30)), hi)
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
    /// `tasks[i]` and `dates[i]` describe item `i`; links name items by index.
    pub fn new(tasks: &[Task], links: &[(usize, usize, DepKind, i64)], cal: &Calendar) -> Network {
        let mut succs = vec![vec![]; tasks.len()];
        for &(p, s, kind, lag) in links {
            succs[p].push((s, kind, lag));
        }
        let lo = tasks.iter().map(|t| t.start).min().unwrap_or(Day::ymd(2000, 1, 1));
        let hi = tasks.iter().map(|t| t.start).max().unwrap_or(lo);
        let work: i64 = tasks.iter().map(|t| t.duration.max(1)).sum::<i64>().min(20_000);
        let table = Table::new(cal, lo.add_days(-400), hi.add_days(work * 7 / 5 + 400));
        Network {
            succs,
            fixed: tasks.iter().map(|t| t.fixed).collect(),
            dur: tasks.iter().map(|t| t.duration.max(1)).collect(),
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
