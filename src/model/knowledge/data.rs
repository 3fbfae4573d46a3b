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
use crate::model::base::money::Money;
use crate::model::base::num::Num;
use crate::model::base::skip::is_default;
use crate::model::close::data::Lens;
use crate::model::close::data::Verdict;
use crate::model::plan::Plan;
use crate::model::plan::Scenario;
use crate::model::schedule::data::Festival;
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

/// The first day of every template's plan: a Monday, on the default
/// calendar (Monday to Friday), so working-day offsets read straight off it.
pub fn reference_start() -> Day {
    Day::ymd(2001, 1, 1)
}

/// The budget a template's amounts are per: ¥1,000,000, so one basis point
/// of it is ¥100 (10,000 cents) and shares stay whole numbers.
pub const REFERENCE_BUDGET: Money = Money(100_000_000);

/// A reusable plan (方法论手册 / 模板): the structure as a plan of its own,
/// starting on `reference_start()` on the default calendar, with people who
/// stand for roles, budget lines planned per `REFERENCE_BUDGET`, and (when
/// `scaled`) sum targets and risk costs per the same budget. Actuals,
/// payments, statuses, notes and names are left behind. Being a plan, it is
/// read, checked and repaired as plans are.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Template {
    pub id: Id,
    pub name: String,
    /// Sum targets and risk costs scale with the budget (false when the plan
    /// it came from had no budget: they are kept as they were).
    #[serde(default, skip_serializing_if = "is_default")]
    pub scaled: bool,
    /// Where it came from (a plan's name), empty for the built-in ones.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub origin: String,
    /// The festival its burst is laid on (none: it counts from the start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
    pub plan: Plan,
}

/// Where a template meets the calendar: its phase `phase` covers the
/// festival's sale window, whatever day the plan starts; the phases before
/// and after keep their distance from it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    pub festival: Festival,
    pub phase: Id,
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

crate::model::base::list::has_id!(Lesson, Template);
