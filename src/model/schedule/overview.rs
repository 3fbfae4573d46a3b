//! Figures derived from a plan for its overview page: time left, where each
//! phase sits on the timeline, counts by status, overdue work. Pure functions
//! of the plan and "today", which the caller supplies.

use crate::model::schedule::data::WorkItem;

use crate::model::schedule::data::Status;

use crate::model::base::day::Day;

use crate::model::plan::Plan;

use crate::model::base::id::Id;

#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    pub total_days: i64,
    /// Days from today to the end, inclusive of the end day; negative once over.
    pub days_left: i64,
    /// Share of the plan's span already elapsed, 0.0–1.0.
    pub elapsed: f64,
    /// Counts of tasks (items with no children: the ones that get done) in
    /// `Status::ALL` order. Summary rows only roll these up, so every page
    /// that says "任务" counts these.
    pub by_status: [usize; 4],
    /// Tasks, and summary rows (items with children).
    pub tasks: usize,
    pub summaries: usize,
    pub overdue: Vec<Id>,
    /// Items with no owner: every item needs exactly one (唯一负责人).
    pub unassigned: Vec<Id>,
    /// Average progress of leaf items weighted by their duration, 0–100.
    pub progress: f64,
}

/// The plan's tasks: items with no children (summary rows only roll them
/// up). Every page that says how many tasks a plan has counts these.
pub fn task_count(plan: &Plan) -> usize {
    let parents: std::collections::HashSet<&str> = plan.work_items.iter().filter_map(|w| w.parent.as_deref()).collect();
    plan.work_items.iter().filter(|w| !parents.contains(w.id.as_str())).count()
}

pub fn overview(plan: &Plan, today: Day) -> Overview {
    let total_days = plan.start.days_until(plan.end) + 1;
    let days_left =
        if today > plan.end { -(plan.end.days_until(today)) } else { today.days_until(plan.end) + 1 }.min(total_days);
    let elapsed = (plan.start.days_until(today) as f64 / total_days as f64).clamp(0.0, 1.0);
    // Summary rows are containers: counts, lateness and progress come from
    // the leaves, so a group of three items is not counted as four.
    let parents: std::collections::HashSet<&str> = plan.work_items.iter().filter_map(|w| w.parent.as_deref()).collect();
    let leaves = || plan.work_items.iter().filter(|w| !parents.contains(w.id.as_str()));
    let mut by_status = [0; 4];
    for w in leaves() {
        by_status[Status::ALL.iter().position(|s| *s == w.status).unwrap_or(0)] += 1;
    }
    let overdue = leaves().filter(|w| is_overdue(w, today)).map(|w| w.id.clone()).collect();
    let unassigned = plan.work_items.iter().filter(|w| w.owner.is_none()).map(|w| w.id.clone()).collect();
    let (mut weighted, mut weight) = (0.0, 0.0);
    for w in leaves() {
        let d = (w.start.days_until(w.end) + 1).max(1) as f64;
        weighted += d * w.progress as f64;
        weight += d;
    }
    let progress = if weight > 0.0 { weighted / weight } else { 0.0 };
    let tasks = task_count(plan);
    let summaries = plan.work_items.len() - tasks;
    Overview { total_days, days_left, elapsed, by_status, tasks, summaries, overdue, unassigned, progress }
}

/// Late: its end has passed and it is not done.
pub fn is_overdue(w: &WorkItem, today: Day) -> bool {
    w.end < today && w.status != Status::Done
}

/// Where a date range sits inside the plan's span, as (left, width) fractions
/// clamped to 0.0–1.0, for drawing phase bands.
pub fn span_fraction(plan: &Plan, start: Day, end: Day) -> (f64, f64) {
    fraction_of((plan.start, plan.end), start, end)
}

/// `span_fraction` within any span (a phase dragged over the plan's).
pub fn fraction_of((from, to): (Day, Day), start: Day, end: Day) -> (f64, f64) {
    let total = (from.days_until(to) + 1).max(1) as f64;
    let left = (from.days_until(start) as f64 / total).clamp(0.0, 1.0);
    let right = ((from.days_until(end) + 1) as f64 / total).clamp(0.0, 1.0);
    (left, (right - left).max(0.0))
}
