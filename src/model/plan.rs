//! A plan as a whole (its header, the lists of every domain, the working
//! calendar) and the workspace of plans. The serde derives define the JSON
//! shape; `io` owns versions and migrations, so any change of shape here
//! must bump `io::FORMAT_VERSION`.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::money::Money;
use crate::model::schedule::data::Baseline;
use crate::model::schedule::data::Dependency;
use crate::model::schedule::data::Person;
use crate::model::schedule::data::Phase;
use crate::model::schedule::data::WorkCalendar;
use crate::model::schedule::data::WorkItem;
use crate::model::strategy::data::Strategy;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scenario {
    NewProductLaunch,
    BrandUpgrade,
    FestivalPromotion,
    UserGrowth,
    ChannelExpansion,
    RegionalExpansion,
    Reactivation,
    QuarterlyPlan,
    Other,
}

impl Scenario {
    pub const ALL: [Scenario; 9] = [
        Scenario::NewProductLaunch,
        Scenario::BrandUpgrade,
        Scenario::FestivalPromotion,
        Scenario::UserGrowth,
        Scenario::ChannelExpansion,
        Scenario::RegionalExpansion,
        Scenario::Reactivation,
        Scenario::QuarterlyPlan,
        Scenario::Other,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Draft,
    Active,
    Closed,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 3] = [PlanStatus::Draft, PlanStatus::Active, PlanStatus::Closed];
}

/// One campaign. Work items are kept in display order: depth-first, each
/// parent before its children, so the list *is* the outline.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Plan {
    pub id: Id,
    pub name: String,
    pub scenario: Scenario,
    #[serde(default)]
    pub description: String,
    pub start: Day,
    pub end: Day,
    pub currency: String,
    pub total_budget: Money,
    pub status: PlanStatus,
    /// Marks the built-in sample so the UI can say so.
    #[serde(default)]
    pub is_sample: bool,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub phases: Vec<Phase>,
    #[serde(default)]
    pub work_items: Vec<WorkItem>,
    #[serde(default)]
    pub calendar: WorkCalendar,
    #[serde(default)]
    pub dependencies: Vec<Dependency>,
    /// Captured schedules, oldest first; the last is the one shown.
    #[serde(default)]
    pub baselines: Vec<Baseline>,
    /// Version 4: insight, goals and strategy (empty in a new plan).
    #[serde(default, skip_serializing_if = "crate::model::strategy::data::Strategy::is_empty")]
    pub strategy: crate::model::strategy::data::Strategy,
    /// Version 5: the KPIs with their targets and actuals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<crate::model::monitor::data::Kpi>,
    /// Version 5: thresholds, warning rules, alert notes, funnel stages, review adjustments.
    #[serde(default, skip_serializing_if = "crate::model::monitor::data::Monitor::is_default")]
    pub monitor: crate::model::monitor::data::Monitor,
    /// Version 6: budget lines, resources and the risk register.
    #[serde(default, skip_serializing_if = "crate::model::budget::data::Budget::is_empty")]
    pub budget: crate::model::budget::data::Budget,
    /// Version 7: the retrospective (entries, action items, feedback).
    #[serde(default, skip_serializing_if = "crate::model::close::data::Retro::is_empty")]
    pub retro: crate::model::close::data::Retro,
    /// Version 11: the owners' updates taken in, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<crate::model::team::data::UpdateEntry>,
}

impl Plan {
    /// A blank plan of 30 days from `start`, in CNY.
    pub fn blank(id: Id, name: &str, start: Day) -> Plan {
        Plan {
            id,
            name: name.to_string(),
            scenario: Scenario::Other,
            description: String::new(),
            start,
            end: start.add_days(29),
            currency: "CNY".into(),
            total_budget: Money(0),
            status: PlanStatus::Draft,
            is_sample: false,
            people: vec![],
            phases: vec![],
            work_items: vec![],
            calendar: WorkCalendar::default(),
            dependencies: vec![],
            baselines: vec![],
            strategy: Default::default(),
            kpis: vec![],
            monitor: Default::default(),
            budget: Default::default(),
            retro: Default::default(),
            updates: vec![],
        }
    }
    pub fn item(&self, id: &str) -> Option<&WorkItem> {
        self.work_items.iter().find(|w| w.id == id)
    }
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.work_items.iter().position(|w| w.id == id)
    }
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }
    /// The index one past the last descendant of the item at `index`. Items
    /// are in outline order, so the subtree is the run of items whose parent
    /// is already in it: one pass, no parent look-ups.
    pub fn subtree_end(&self, index: usize) -> usize {
        let mut inside: std::collections::HashSet<&str> = std::collections::HashSet::new();
        inside.insert(self.work_items[index].id.as_str());
        let mut j = index + 1;
        while let Some(w) = self.work_items.get(j) {
            match w.parent.as_deref() {
                Some(p) if inside.contains(p) => {
                    inside.insert(w.id.as_str());
                    j += 1;
                }
                _ => break,
            }
        }
        j
    }
    /// Tree depth (0 for roots) of the item at `index`, following parents.
    pub fn depth_at(&self, index: usize) -> usize {
        let mut d = 0;
        let mut cur = self.work_items[index].parent.clone();
        while let Some(p) = cur {
            d += 1;
            if d > self.work_items.len() {
                break; // a cycle; validation reports it
            }
            cur = self.item(&p).and_then(|w| w.parent.clone());
        }
        d
    }
    /// The distinct channels its items name, sorted (for filters and input hints).
    pub fn channels(&self) -> Vec<String> {
        let set: std::collections::BTreeSet<&str> =
            self.work_items.iter().map(|w| w.channel.as_str()).filter(|c| !c.is_empty()).collect();
        set.into_iter().map(str::to_string).collect()
    }
    pub fn has_children(&self, id: &str) -> bool {
        self.work_items.iter().any(|w| w.parent.as_deref() == Some(id))
    }
}

/// Everything that is undoable: the list of plans and the knowledge base. Settings such as the
/// language or the open plan live outside, in the app state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    pub plans: Vec<Plan>,
    /// The team's lessons, templates and benchmarks, across plans.
    pub knowledge: crate::model::knowledge::data::Knowledge,
}

impl Workspace {
    /// A workspace of these plans and an empty knowledge base.
    pub fn of(plans: Vec<Plan>) -> Workspace {
        Workspace { plans, knowledge: Default::default() }
    }
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }
    pub fn plan_mut(&mut self, id: &str) -> Option<&mut Plan> {
        self.plans.iter_mut().find(|p| p.id == id)
    }
}

impl Workspace {
    /// Puts a plan read from storage in place of the one with its id (or adds
    /// it). Only for loading another tab's save: user edits go through commands.
    pub fn load_plan(&mut self, plan: Plan) {
        match self.plans.iter_mut().find(|p| p.id == plan.id) {
            Some(slot) => *slot = plan,
            None => self.plans.push(plan),
        }
    }
    /// Drops a plan another tab deleted.
    pub fn unload_plan(&mut self, id: &str) {
        self.plans.retain(|p| p.id != id);
    }
}

/// One field of a plan's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanField {
    Name(String),
    Scenario(Scenario),
    Description(String),
    Start(Day),
    End(Day),
    /// Start and end together: moving the start keeps the plan's length.
    Span(Day, Day),
    Currency(String),
    TotalBudget(Money),
    Status(PlanStatus),
    IsSample(bool),
    Calendar(WorkCalendar),
    Strategy(Box<Strategy>),
    Monitor(Box<crate::model::monitor::data::Monitor>),
    Budget(Box<crate::model::budget::data::Budget>),
    Retro(Box<crate::model::close::data::Retro>),
}

impl PlanField {
    /// Sets the field and returns the previous value.
    pub(crate) fn apply(self, p: &mut Plan) -> PlanField {
        use std::mem::replace;
        match self {
            PlanField::Name(v) => PlanField::Name(replace(&mut p.name, v)),
            PlanField::Scenario(v) => PlanField::Scenario(replace(&mut p.scenario, v)),
            PlanField::Description(v) => PlanField::Description(replace(&mut p.description, v)),
            PlanField::Start(v) => PlanField::Start(replace(&mut p.start, v)),
            PlanField::End(v) => PlanField::End(replace(&mut p.end, v)),
            PlanField::Span(a, b) => PlanField::Span(replace(&mut p.start, a), replace(&mut p.end, b)),
            PlanField::Currency(v) => PlanField::Currency(replace(&mut p.currency, v)),
            PlanField::TotalBudget(v) => PlanField::TotalBudget(replace(&mut p.total_budget, v)),
            PlanField::Status(v) => PlanField::Status(replace(&mut p.status, v)),
            PlanField::IsSample(v) => PlanField::IsSample(replace(&mut p.is_sample, v)),
            PlanField::Calendar(v) => PlanField::Calendar(replace(&mut p.calendar, v)),
            PlanField::Strategy(v) => PlanField::Strategy(Box::new(replace(&mut p.strategy, *v))),
            PlanField::Monitor(v) => PlanField::Monitor(Box::new(replace(&mut p.monitor, *v))),
            PlanField::Budget(v) => PlanField::Budget(Box::new(replace(&mut p.budget, *v))),
            PlanField::Retro(v) => PlanField::Retro(Box::new(replace(&mut p.retro, *v))),
        }
    }
}

/// The longest plan, in days (ten years): monitoring keeps a period per day.
pub const MAX_PLAN_DAYS: i64 = 3660;
