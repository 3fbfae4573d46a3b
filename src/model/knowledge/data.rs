//! The knowledge base as data. It lives in the workspace, beside the plans,
//! and travels as its own file (`io::knowledge`). A lesson keeps where it
//! came from and its evidence frozen as text at the time; an observation is
//! one figure of one channel of one finished campaign; a template keeps a
//! plan's structure in relative terms (working-day offsets and durations,
//! roles instead of people, budget shares in basis points, KPI targets per
//! unit of budget) with every actual, payment and name stripped. Plain
//! values; must not know about the browser or the UI.

use crate::model::base::day::Day;
use crate::model::base::enums::enum_all;
use crate::model::base::id::Id;
use crate::model::base::num::Num;
use crate::model::base::skip::is_default;
use crate::model::budget::data::Account;
use crate::model::budget::data::RiskCategory;
use crate::model::close::data::Lens;
use crate::model::close::data::Verdict;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::RuleKind;
use crate::model::monitor::data::Severity;
use crate::model::plan::Scenario;
use crate::model::schedule::data::DepKind;
use crate::model::schedule::data::Level;
use crate::model::schedule::data::Raci;
use crate::model::strategy::data::TacticKind;
use serde::{Deserialize, Serialize};

enum_all!(
    /// Whether a case is one to repeat or one to avoid.
    Outcome { Success, Failure }
);

enum_all!(
    /// The channel figures kept as benchmarks.
    Metric { Ctr, Cvr, Cpa, Roi, Roas }
);

/// One piece of evidence, frozen as it read when the lesson was filed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Figure {
    pub label: String,
    pub value: String,
}

/// The campaign a lesson came from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    pub plan: Id,
    pub name: String,
    pub start: Day,
    pub end: Day,
}

/// A lesson or case (经验 / 案例).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Lesson {
    pub id: Id,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    pub scenario: Scenario,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tactics: Vec<TacticKind>,
    /// The phase it is about (a name: phases do not outlive their plan).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phase: String,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lens: Option<Lens>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The day it was filed.
    pub filed: Day,
}

/// One figure of one channel of one campaign with actuals.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Observation {
    pub plan: Id,
    pub plan_name: String,
    pub scenario: Scenario,
    /// The last day the figure covers.
    pub day: Day,
    pub channel: String,
    pub metric: Metric,
    pub value: Num,
}

/// A phase of a template, in working days from the plan's first working day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TPhase {
    pub name: String,
    pub offset: u32,
    pub days: u32,
}

/// A work item of a template; `parent`, `phase` and roles are indexes into
/// the template's own lists.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TItem {
    pub title: String,
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<usize>,
    /// Working days from the plan's first working day to the item's start.
    pub offset: u32,
    /// Working days it lasts (at least 1).
    pub days: u32,
    #[serde(default, skip_serializing_if = "is_default")]
    pub milestone: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deliverable: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub acceptance: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resources: String,
    /// The role accountable for it (its one owner once people are assigned).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raci: Vec<(usize, Raci)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TLink {
    pub pred: usize,
    pub succ: usize,
    pub kind: DepKind,
    #[serde(default, skip_serializing_if = "is_default")]
    pub lag: i64,
}

/// A budget line as a share of the whole, in basis points (the shares add up to 10,000).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TLine {
    pub name: String,
    pub account: Account,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    pub share: u32,
    #[serde(default, skip_serializing_if = "is_default")]
    pub flexible: bool,
    /// The item it pays for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<usize>,
}

/// A KPI without its actuals; a sum target is kept per 10,000 of budget
/// (`per_10k`) so it scales with the next campaign's budget.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TKpi {
    pub kpi: Kpi,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_10k: Option<Num>,
}

/// A warning rule, aimed at a KPI of the template by index.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TRule {
    pub kind: RuleKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<usize>,
    pub severity: Severity,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub response: String,
}

/// A risk with its response; its cost as a share of the budget in basis points.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TRisk {
    pub title: String,
    pub category: RiskCategory,
    pub likelihood: u8,
    pub impact: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub trigger: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub response: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub backup: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<usize>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub cost: u32,
}

/// A reusable plan (方法论手册 / 模板).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Template {
    pub id: Id,
    pub name: String,
    pub scenario: Scenario,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Working days from the first to the last day.
    pub days: u32,
    /// Roles (策划, 运营…) that stand in for people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<TPhase>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<TItem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<TLink>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<TLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flexible_share: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<TKpi>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<TRule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<TRisk>,
    /// Where it came from (a plan's name), empty for the built-in ones.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub origin: String,
}

/// The whole knowledge base.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Knowledge {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<Lesson>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub templates: Vec<Template>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<Observation>,
}

impl Knowledge {
    pub fn is_empty(&self) -> bool {
        self.lessons.is_empty() && self.templates.is_empty() && self.observations.is_empty()
    }
}

/// The most lessons or templates a knowledge base holds.
pub const MAX_ENTRIES: usize = 2000;
/// The most work items a template holds.
pub const MAX_TEMPLATE_ITEMS: usize = 5000;

crate::model::base::list::has_id!(Lesson, Template);
