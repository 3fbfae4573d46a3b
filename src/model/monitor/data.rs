//! KPI monitoring as data: the KPIs with their targets and actuals, the plan's
//! deviation thresholds and warning rules, the record of what was done about
//! alerts, the funnel's stages and the adjustments decided at the mid-term
//! review. Plain values; the rules that read them are in `monitor`. Must not
//! know about the browser or the UI.

use crate::model::base::day::Day;
use crate::model::base::enums::enum_all;
use crate::model::base::id::Id;
use crate::model::base::num::Num;
use crate::model::base::skip::is_default;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

enum_all!(
    /// Process metrics (exposure, clicks) lead; result metrics (sales, ROI) follow.
    KpiKind { Process, Result }
);

enum_all!(
    /// Whether more is better (sales) or less (cost per lead).
    Direction { Higher, Lower }
);

enum_all!(
    /// How periods add up to a value to date: exposures add up, a conversion
    /// rate averages, a follower count is its latest value.
    Aggregate { Sum, Average, Last }
);

enum_all!(
    /// How often the KPI is measured.
    Period { Day, Week }
);

enum_all!(
    /// What a KPI means for the derived money metrics (ROI, ROAS, CPA).
    Role { None, Revenue, Spend }
);

enum_all!(
    /// An alert's colour: yellow asks the project manager to follow up, red to escalate.
    Severity { Yellow, Red }
);

enum_all!(
    /// What was done about an alert.
    AlertStep { Acknowledge, Resolve, Reopen }
);

enum_all!(
    /// The two mid-term checkpoints: a third and half of the plan's duration.
    Checkpoint { Third, Half }
);

// `enum_all!` cannot mark a variant `#[default]`.
#[allow(clippy::derivable_impls)]
impl Default for Role {
    fn default() -> Self {
        Role::None
    }
}

/// One indicator the team watches.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Kpi {
    pub id: Id,
    pub name: String,
    pub kind: KpiKind,
    #[serde(default)]
    pub unit: String,
    pub direction: Direction,
    pub aggregate: Aggregate,
    pub period: Period,
    /// The whole plan's target: a total to spread (sum), the level to hold
    /// (average) or the value to reach by the end (last).
    #[serde(default)]
    pub target: Option<Num>,
    /// Relative weights that shape how a sum target is spread (or a last
    /// target approached) over the periods, stretched over them; empty = even.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub curve: Vec<Num>,
    /// Targets typed for single periods, by the period's first day; they win over the spread.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub period_targets: BTreeMap<Day, Num>,
    #[serde(default)]
    pub baseline: Option<Num>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    /// The funnel stage it feeds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Id>,
    /// The goal of the strategy workspace it measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Id>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub role: Role,
    /// Measured values by the period's first day. A period without an entry
    /// is missing data, which is not the same as zero.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub actuals: BTreeMap<Day, Num>,
    /// Version 9: a rate computed from two other KPIs, `ratio_of` ÷
    /// `ratio_per` (成交 ÷ 线索, 点击 ÷ 曝光, 花费 ÷ 成交), ×100 when its unit
    /// is `%`. Its values are computed, never typed (no actuals); either
    /// field set makes the KPI computed, and it has values once both are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio_of: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio_per: Option<Id>,
}

impl Kpi {
    /// The definition without its actuals: what a definitions table needs,
    /// without copying a year of values on every edit.
    pub fn definition(&self) -> Kpi {
        Kpi {
            id: self.id.clone(),
            name: self.name.clone(),
            unit: self.unit.clone(),
            curve: self.curve.clone(),
            period_targets: self.period_targets.clone(),
            channel: self.channel.clone(),
            stage: self.stage.clone(),
            goal: self.goal.clone(),
            actuals: BTreeMap::new(),
            ratio_of: self.ratio_of.clone(),
            ratio_per: self.ratio_per.clone(),
            ..*self
        }
    }
    pub fn new(id: impl Into<Id>, name: impl Into<String>) -> Kpi {
        Kpi {
            id: id.into(),
            name: name.into(),
            kind: KpiKind::Process,
            unit: String::new(),
            direction: Direction::Higher,
            aggregate: Aggregate::Sum,
            period: Period::Day,
            target: None,
            curve: vec![],
            period_targets: BTreeMap::new(),
            baseline: None,
            channel: String::new(),
            stage: None,
            goal: None,
            role: Role::None,
            actuals: BTreeMap::new(),
            ratio_of: None,
            ratio_per: None,
        }
    }
    /// Computed from two other KPIs rather than typed.
    pub fn is_ratio(&self) -> bool {
        self.ratio_of.is_some() || self.ratio_per.is_some()
    }
    /// The factor a ratio is shown at: ×100 for a `%` unit.
    pub fn ratio_scale(&self) -> f64 {
        if self.unit.trim() == "%" {
            100.0
        } else {
            1.0
        }
    }
}

/// Deviation levels in percent of target: below `yellow` is green, from
/// `yellow` to `red` yellow, beyond `red` red.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Thresholds {
    pub yellow: u32,
    pub red: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { yellow: 10, red: 20 }
    }
}

/// What a rule looks for in a KPI's periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RuleKind {
    /// Performance below `percent`% of the period's target for `periods`
    /// periods in a row (periods without data are skipped, not counted).
    BelowShare { percent: u32, periods: u32 },
    /// Each week's performance below its target for `weeks` weeks in a row:
    /// the signal to move budget to another channel.
    BelowTargetWeeks { weeks: u32 },
    /// The measured value below (or above) a fixed value, e.g. a conversion rate under 5%.
    Threshold { below: bool, value: Num },
    /// The value to date short of its target to date by more than the red threshold.
    BeyondRed,
    /// No value entered for `periods` past periods in a row.
    MissingData { periods: u32 },
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rule {
    pub id: Id,
    pub kind: RuleKind,
    /// One KPI, or every KPI with a target when empty.
    #[serde(default)]
    pub kpi: Option<Id>,
    pub severity: Severity,
    /// The response plan (应对方案) shown with the alert.
    #[serde(default)]
    pub response: String,
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

/// One thing done about an alert (acknowledged, resolved with a note…);
/// kept in order so the history shows who did what when.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AlertNote {
    pub id: Id,
    /// The alert's key (`rule:kpi:first day of the run`).
    pub alert: String,
    pub step: AlertStep,
    pub day: Day,
    #[serde(default)]
    pub note: String,
}

/// A funnel stage. Its counts come from the KPIs mapped to it; when none is,
/// the planned and actual counts typed here are used.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stage {
    pub id: Id,
    /// Empty for the default stages: the app names them in the user's language.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub planned: Option<Num>,
    #[serde(default)]
    pub actual: Option<Num>,
}

/// The default stages' ids: 曝光 → 点击 → 访问 → 线索 → 转化 → 复购.
pub const DEFAULT_STAGES: [&str; 6] = ["exposure", "click", "visit", "lead", "conversion", "repeat"];

/// An adjustment decided at a mid-term checkpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Adjustment {
    pub id: Id,
    pub checkpoint: Checkpoint,
    pub text: String,
    #[serde(default)]
    pub owner: Option<Id>,
    #[serde(default)]
    pub done: bool,
}

/// Everything about monitoring except the KPIs themselves (kept apart so
/// that a change here does not copy every KPI's actuals into the undo history).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Monitor {
    #[serde(default)]
    pub thresholds: Thresholds,
    #[serde(default = "default_rules")]
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub notes: Vec<AlertNote>,
    #[serde(default = "default_stages")]
    pub stages: Vec<Stage>,
    #[serde(default)]
    pub adjustments: Vec<Adjustment>,
    /// Version 8: when the team reports, and which exceptions were reported.
    #[serde(default, skip_serializing_if = "is_default")]
    pub reporting: Reporting,
}

/// The reporting rhythm (汇报节奏): the weekly report is due on `weekday`
/// (0 = Monday … 6 = Sunday) at `weekly_at` minutes after midnight, Friday
/// 17:00 as the templates ask; the daily sync at `daily_at` (17:00).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reporting {
    pub weekday: u8,
    pub weekly_at: u16,
    pub daily_at: u16,
    /// Exceptions already reported upward, which no longer ask to be
    /// reported within 24 h.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reported: Vec<Reported>,
}

impl Default for Reporting {
    fn default() -> Self {
        Reporting { weekday: 4, weekly_at: 17 * 60, daily_at: 17 * 60, reported: vec![] }
    }
}

/// An exception (a work item in 异常, a red alert) reported on `day`; `key`
/// is `item:<id>` or the alert's key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reported {
    pub key: String,
    pub day: Day,
}

/// How many reported exceptions a plan keeps.
pub const MAX_REPORTED: usize = 5000;

impl Default for Monitor {
    fn default() -> Self {
        Monitor {
            thresholds: Thresholds::default(),
            rules: default_rules(),
            notes: vec![],
            stages: default_stages(),
            adjustments: vec![],
            reporting: Reporting::default(),
        }
    }
}

impl Monitor {
    pub fn is_default(&self) -> bool {
        *self == Monitor::default()
    }
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }
}

/// The rules a new plan starts with: the domain's "below 80% for 3 days",
/// "below target for 2 weeks" and "beyond red".
pub fn default_rules() -> Vec<Rule> {
    let r = |id: &str, kind, severity| Rule {
        id: id.into(),
        kind,
        kpi: None,
        severity,
        response: String::new(),
        enabled: true,
    };
    vec![
        r("r-share", RuleKind::BelowShare { percent: 80, periods: 3 }, Severity::Red),
        r("r-weeks", RuleKind::BelowTargetWeeks { weeks: 2 }, Severity::Yellow),
        r("r-red", RuleKind::BeyondRed, Severity::Red),
    ]
}

pub fn default_stages() -> Vec<Stage> {
    DEFAULT_STAGES
        .iter()
        .map(|id| Stage { id: id.to_string(), name: String::new(), planned: None, actual: None })
        .collect()
}

crate::model::base::list::has_id!(Kpi, Rule, AlertNote, Stage, Adjustment);
