//! The rules that read the strategy: the SMART check of a goal (from its data,
//! not a checkbox), the channel mix against 100% and the 70/20/10 rule, the
//! cost per unit of a goal, and the trace from goals through strategies to
//! work items with its gaps. Must not know about the browser or the UI.

use crate::model::base::graph::in_loops;
use crate::model::base::id::Id;
use crate::model::plan::Plan;
use crate::model::strategy::data::ChannelShare;
use crate::model::strategy::data::Goal;
use crate::model::strategy::data::Strategy;
use crate::model::strategy::data::Tier;
use std::collections::{HashMap, HashSet};

/// The SMART letters, each with whether the goal's data satisfies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl Letter {
    pub const ALL: [Letter; 5] =
        [Letter::Specific, Letter::Measurable, Letter::Achievable, Letter::Relevant, Letter::TimeBound];
    pub fn char(self) -> &'static str {
        match self {
            Letter::Specific => "S",
            Letter::Measurable => "M",
            Letter::Achievable => "A",
            Letter::Relevant => "R",
            Letter::TimeBound => "T",
        }
    }
}

/// Why a letter does not hold, so the hint can say what to add.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmartGap {
    NoMetric,
    NoScope,
    NoTarget,
    NoUnit,
    NoBaseline,
    NoFeasibility,
    NoStrategy,
    NoDeadline,
    DeadlineOutsidePlan,
}

impl SmartGap {
    pub fn letter(self) -> Letter {
        match self {
            SmartGap::NoMetric | SmartGap::NoScope => Letter::Specific,
            SmartGap::NoTarget | SmartGap::NoUnit => Letter::Measurable,
            SmartGap::NoBaseline | SmartGap::NoFeasibility => Letter::Achievable,
            SmartGap::NoStrategy => Letter::Relevant,
            SmartGap::NoDeadline | SmartGap::DeadlineOutsidePlan => Letter::TimeBound,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Smart {
    /// Everything missing, in S-M-A-R-T order; empty when the goal is SMART.
    pub gaps: Vec<SmartGap>,
    /// Target ÷ baseline − 1, when both are known and the baseline is not 0.
    pub growth: Option<f64>,
}

impl Smart {
    pub fn holds(&self, l: Letter) -> bool {
        !self.gaps.iter().any(|g| g.letter() == l)
    }
    pub fn score(&self) -> usize {
        Letter::ALL.iter().filter(|l| self.holds(**l)).count()
    }
}

/// Checks a goal against its plan: specific = metric and scope named;
/// measurable = a numeric target and a unit; achievable = a baseline (so the
/// growth is shown) and a feasibility note; relevant = served by a strategy,
/// its own or one of its sub-goals'; time-bound = a deadline inside the plan.
pub fn smart(plan: &Plan, goal: &Goal) -> Smart {
    check(plan, goal, reached(&plan.strategy, goal).is_empty())
}

/// Every goal's SMART check at once, by goal id: one walk of the tree, where
/// a check per goal walked each goal's subtree again (quadratic in a chain).
pub fn smarts(plan: &Plan) -> HashMap<Id, Smart> {
    let reach = reach(&plan.strategy);
    plan.strategy
        .goals
        .iter()
        .map(|g| (g.id.clone(), check(plan, g, reach.get(g.id.as_str()).is_none_or(Vec::is_empty))))
        .collect()
}

fn check(plan: &Plan, goal: &Goal, unserved: bool) -> Smart {
    let blank = |t: &str| t.trim().is_empty();
    let mut gaps = vec![];
    if blank(&goal.metric) {
        gaps.push(SmartGap::NoMetric);
    }
    if blank(&goal.scope) {
        gaps.push(SmartGap::NoScope);
    }
    if goal.target.is_none() {
        gaps.push(SmartGap::NoTarget);
    }
    if blank(&goal.unit) {
        gaps.push(SmartGap::NoUnit);
    }
    if goal.baseline.is_none() {
        gaps.push(SmartGap::NoBaseline);
    }
    if blank(&goal.feasibility) {
        gaps.push(SmartGap::NoFeasibility);
    }
    if unserved {
        gaps.push(SmartGap::NoStrategy);
    }
    match goal.deadline {
        None => gaps.push(SmartGap::NoDeadline),
        Some(d) if d < plan.start || d > plan.end => gaps.push(SmartGap::DeadlineOutsidePlan),
        Some(_) => {}
    }
    Smart { gaps, growth: growth(goal) }
}

/// Target over baseline, as a fraction (0.4 = +40%).
pub fn growth(goal: &Goal) -> Option<f64> {
    match (goal.baseline, goal.target) {
        (Some(b), Some(t)) if b.0 != 0.0 => Some(t.0 / b.0 - 1.0),
        _ => None,
    }
}

/// Budget per unit of improvement (target − baseline, or the target when
/// there is no baseline), in major currency units; `None` without a budget
/// or an improvement.
pub fn cost_per_unit(goal: &Goal) -> Option<f64> {
    if goal.budget.0 <= 0 {
        return None;
    }
    let gain = goal.target?.0 - goal.baseline.map_or(0.0, |b| b.0);
    (gain > 0.0).then(|| goal.budget.0 as f64 / 100.0 / gain)
}

/// A goal's sub-goals, all levels down, in list order.
pub fn descendants(s: &Strategy, id: &str) -> Vec<Id> {
    // Children looked up through a map built once: linear in the goals,
    // where a scan per goal made a 1,000-deep chain cubic.
    let children = children_of(s);
    let mut out: Vec<Id> = vec![];
    let mut seen: HashSet<&str> = HashSet::from([id]);
    let mut frontier = vec![id];
    while let Some(cur) = frontier.pop() {
        for g in children.get(cur).into_iter().flatten() {
            if seen.insert(g.id.as_str()) {
                out.push(g.id.clone());
                frontier.push(g.id.as_str());
            }
        }
    }
    out
}

/// Each goal's sub-goals in ranking order, by the parent's id.
struct Children<'a> {
    index: std::collections::HashMap<&'a str, usize>,
    subs: Vec<Vec<&'a Goal>>,
}

impl<'a> Children<'a> {
    fn get(&self, id: &str) -> Option<&Vec<&'a Goal>> {
        self.index.get(id).map(|&i| &self.subs[i])
    }
}

fn children_of(s: &Strategy) -> Children<'_> {
    let index: std::collections::HashMap<&str, usize> =
        s.goals.iter().enumerate().map(|(i, g)| (g.id.as_str(), i)).collect();
    let mut subs = vec![vec![]; s.goals.len()];
    for g in &s.goals {
        if let Some(&p) = g.parent.as_deref().and_then(|p| index.get(p)) {
            subs[p].push(g);
        }
    }
    Children { index, subs }
}

/// Whether putting goal `id` under `parent` would make it its own ancestor.
pub fn would_cycle(s: &Strategy, id: &str, parent: &str) -> bool {
    parent == id || descendants(s, id).iter().any(|d| d == parent)
}

/// The strategies that serve a goal: its own links and its sub-goals', each once.
pub fn reached_strategies(s: &Strategy, goal: &str) -> Vec<Id> {
    s.goal(goal).map(|g| reached(s, g)).unwrap_or_default()
}

/// As `reached_strategies`, for a goal that may not be in the list yet (being edited).
pub fn reached(s: &Strategy, goal: &Goal) -> Vec<Id> {
    let reach = reach(s);
    let subs = s.goals.iter().filter(|g| g.parent.as_deref() == Some(goal.id.as_str()) && g.id != goal.id);
    let mut out: Vec<Id> = vec![];
    let own = goal.serves.iter().filter(|st| s.is_strategy(st));
    for st in own.chain(subs.flat_map(|g| reach.get(g.id.as_str()).into_iter().flatten())) {
        if !out.contains(st) {
            out.push(st.clone());
        }
    }
    out
}

/// What `reached` gives, for every goal at once, by goal id: its own
/// strategies, then its sub-goals' in ranking order, each once. One pass
/// from the leaves up; each list holds at most the plan's strategies.
pub fn reach(s: &Strategy) -> HashMap<&str, Vec<Id>> {
    let strategies: HashSet<&str> = s.strategies_ids().collect();
    let children = children_of(s);
    let mut out: HashMap<&str, Vec<Id>> = HashMap::new();
    // The tree's order reversed puts every sub-goal before its parent.
    let tree = goal_tree(s);
    let in_tree: HashSet<&str> = tree.iter().map(|(_, g)| g.id.as_str()).collect();
    // A goal in a loop of parents (a hand-edited file) is not in the tree: its own links only.
    let outside = s.goals.iter().filter(|g| !in_tree.contains(g.id.as_str()));
    for g in tree.iter().rev().map(|(_, g)| *g).chain(outside) {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut list: Vec<Id> = vec![];
        for st in &g.serves {
            if strategies.contains(st.as_str()) && seen.insert(st.as_str()) {
                list.push(st.clone());
            }
        }
        for c in children.get(g.id.as_str()).into_iter().flatten() {
            for st in out.get(c.id.as_str()).into_iter().flatten() {
                if seen.insert(st.as_str()) {
                    list.push(st.clone());
                }
            }
        }
        drop(seen);
        out.insert(g.id.as_str(), list);
    }
    out
}

/// Goals in tree order (each parent before its sub-goals, siblings in
/// ranking order) with their depth. Goals whose parent is missing are roots.
pub fn goal_tree(s: &Strategy) -> Vec<(usize, &Goal)> {
    let ids: HashSet<&str> = s.goals.iter().map(|g| g.id.as_str()).collect();
    let children = children_of(s);
    let mut out = vec![];
    let mut seen: HashSet<&str> = HashSet::new();
    // Depth first without recursion (a chain may be thousands deep); a
    // goal in a loop of a hand-edited file is shown once.
    fn walk<'a>(
        children: &Children<'a>,
        seen: &mut HashSet<&'a str>,
        root: &'a Goal,
        out: &mut Vec<(usize, &'a Goal)>,
    ) {
        let mut stack = vec![(0, root)];
        while let Some((d, g)) = stack.pop() {
            if !seen.insert(g.id.as_str()) {
                continue;
            }
            out.push((d, g));
            for c in children.get(g.id.as_str()).into_iter().flatten().rev() {
                stack.push((d + 1, *c));
            }
        }
    }
    for g in s.goals.iter().filter(|g| g.parent.is_none()) {
        walk(&children, &mut seen, g, &mut out);
    }
    for g in &s.goals {
        let orphan = g.parent.as_deref().is_some_and(|p| !ids.contains(p));
        if orphan {
            walk(&children, &mut seen, g, &mut out);
        }
    }
    out
}

/// The channel mix added up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mix {
    /// Sum of all shares, percent.
    pub total: u32,
    /// Sum per tier (core, promising, experimental), percent.
    pub tiers: [u32; 3],
}

impl Mix {
    pub fn complete(&self) -> bool {
        self.total == 100
    }
    /// Percentage points each tier is above (+) or below (−) the 70/20/10 rule.
    pub fn rule_deltas(&self) -> [i64; 3] {
        let mut d = [0i64; 3];
        for (i, t) in Tier::ALL.iter().enumerate() {
            d[i] = self.tiers[i] as i64 - t.rule_share() as i64;
        }
        d
    }
    /// Whether every tier is within `tolerance` points of the rule.
    pub fn follows_rule(&self, tolerance: i64) -> bool {
        self.rule_deltas().iter().all(|d| d.abs() <= tolerance)
    }
}

pub fn mix(channels: &[ChannelShare]) -> Mix {
    let mut tiers = [0u32; 3];
    for c in channels {
        let i = Tier::ALL.iter().position(|t| *t == c.tier).unwrap_or(0);
        tiers[i] += c.share as u32;
    }
    Mix { total: tiers.iter().sum(), tiers }
}

/// For one goal: the strategies that serve it and the work items linked to them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalTrace {
    pub goal: Id,
    pub depth: usize,
    pub strategies: Vec<Id>,
    /// Items linked to any of the strategies, in outline order.
    pub items: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Trace {
    pub goals: Vec<GoalTrace>,
    /// Goals no work item serves, through any strategy.
    pub goals_without_work: Vec<Id>,
    /// Strategies no goal names.
    pub strategies_without_goal: Vec<Id>,
    /// The topmost work items that neither link a strategy nor sit under an
    /// item that does, and have no linked item inside them. Milestones are
    /// markers, not work, and are left out.
    pub work_without_strategy: Vec<Id>,
    /// Items per strategy, in outline order.
    pub items_by_strategy: HashMap<Id, Vec<Id>>,
}

impl Trace {
    /// How many goals without work, strategies without a goal, and untraced work items.
    pub fn gap_counts(&self) -> [usize; 3] {
        [self.goals_without_work.len(), self.strategies_without_goal.len(), self.work_without_strategy.len()]
    }
}

/// The whole trace: one pass over items, one over goals.
pub fn trace(plan: &Plan) -> Trace {
    let s = &plan.strategy;
    let mut items_by_strategy: HashMap<Id, Vec<Id>> = HashMap::new();
    for w in &plan.work_items {
        for st in &w.serves {
            if s.is_strategy(st) {
                items_by_strategy.entry(st.clone()).or_default().push(w.id.clone());
            }
        }
    }
    let reach = reach(s);
    let position: HashMap<&str, usize> = plan.work_items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i)).collect();
    let goals: Vec<GoalTrace> = goal_tree(s)
        .into_iter()
        .map(|(depth, g)| {
            let strategies = reach.get(g.id.as_str()).cloned().unwrap_or_default();
            // The items of its strategies, each once, in outline order.
            let mut at: Vec<usize> = strategies
                .iter()
                .flat_map(|st| items_by_strategy.get(st).into_iter().flatten())
                .filter_map(|id| position.get(id.as_str()).copied())
                .collect();
            at.sort_unstable();
            at.dedup();
            let items = at.into_iter().map(|i| plan.work_items[i].id.clone()).collect();
            GoalTrace { goal: g.id.clone(), depth, strategies, items }
        })
        .collect();
    let goals_without_work = goals.iter().filter(|t| t.items.is_empty()).map(|t| t.goal.clone()).collect();
    let named: HashSet<&str> = s.goals.iter().flat_map(|g| g.serves.iter().map(|x| x.as_str())).collect();
    let strategies_without_goal =
        s.strategies().into_iter().map(|(id, _)| id).filter(|id| !named.contains(id.as_str())).collect();
    Trace {
        goals,
        goals_without_work,
        strategies_without_goal,
        work_without_strategy: untraced(plan),
        items_by_strategy,
    }
}

/// See `Trace::work_without_strategy`. Items are in outline order (parents
/// first), so a forward pass settles "covered from above" and a backward pass
/// what a subtree holds.
fn untraced(plan: &Plan) -> Vec<Id> {
    let items = &plan.work_items;
    let s = &plan.strategy;
    let index: HashMap<&str, usize> = items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i)).collect();
    let parent = |i: usize| items[i].parent.as_deref().and_then(|p| index.get(p).copied()).filter(|&p| p < i);
    let mut covered = vec![false; items.len()];
    for i in 0..items.len() {
        covered[i] = items[i].serves.iter().any(|x| s.is_strategy(x)) || parent(i).is_some_and(|p| covered[p]);
    }
    // Backward: children are seen before their parent.
    let mut covers_below = covered.clone();
    let mut has_child = vec![false; items.len()];
    let mut real_work = vec![false; items.len()];
    for i in (0..items.len()).rev() {
        if !has_child[i] {
            real_work[i] = !items[i].milestone;
        }
        if let Some(p) = parent(i) {
            has_child[p] = true;
            covers_below[p] |= covers_below[i];
            real_work[p] |= real_work[i];
        }
    }
    (0..items.len())
        .filter(|&i| !covers_below[i] && real_work[i] && parent(i).is_none_or(|p| covers_below[p]))
        .map(|i| items[i].id.clone())
        .collect()
}

/// The goals that sit in a loop of parents, in one pass over the tree
/// (walking up from each goal made a 1,000-deep chain take seconds).
pub(crate) fn goal_cycles(s: &crate::model::strategy::data::Strategy) -> Vec<usize> {
    let index: std::collections::HashMap<&str, usize> =
        s.goals.iter().enumerate().map(|(i, g)| (g.id.as_str(), i)).collect();
    in_loops(s.goals.len(), |i| s.goals[i].parent.as_deref().and_then(|p| index.get(p).copied()))
}
