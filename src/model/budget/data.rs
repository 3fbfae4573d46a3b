//! Budget, resources and risks as plan data: budget lines with their dated
//! spend and approval, the resources the work needs by a date, and the risk
//! register whose triggered risks draw on the contingency reserve. Plain
//! values and the commands that change them; the rules that read them are in
//! `budget_rules`. Must not know about the browser or the UI.

use crate::model::base::day::Day;
use crate::model::base::enums::enum_all;
use crate::model::base::id::Id;
use crate::model::base::money::Money;
use crate::model::base::skip::is_default;
use crate::model::base::skip::is_false;
use serde::{Deserialize, Serialize};

enum_all!(
    /// What the money is for (科目), in the templates' words.
    Account { Kol, Content, Channel, Materials, Gifts, People, Tools, Venue, Contingency, Other }
);

enum_all!(
    /// A line's way through approval: drafted, sent to finance, decided.
    Approval { Draft, Submitted, Approved, Rejected }
);

enum_all!(
    /// The four kinds of need the templates list.
    ResourceKind { People, Materials, Channel, Tool }
);

enum_all!(
    /// Needed, being arranged (ordered, booked), ready.
    ResourceStatus { Needed, Arranging, Ready }
);

enum_all!(
    /// The risk register's categories.
    RiskCategory { Policy, PublicOpinion, Execution, Technical, Budget, Supplier, Talent, Algorithm, Competitor, Other }
);

enum_all!(
    /// Open (known), watching (its trigger is near), triggered (the response
    /// plan runs and its cost is drawn from the reserve), closed.
    RiskStatus { Open, Watching, Triggered, Closed }
);

// `enum_all!` cannot mark a variant `#[default]`.
#[allow(clippy::derivable_impls)]
impl Default for Approval {
    fn default() -> Self {
        Approval::Draft
    }
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// Money paid out on a day (an invoice, a transfer).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Spend {
    pub date: Day,
    pub amount: Money,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One line of the budget allocation table.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BudgetLine {
    pub id: Id,
    pub name: String,
    pub account: Account,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    /// The work item the money pays for: its dates shape the burn plan and
    /// its start is when approval is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
    pub planned: Money,
    /// Signed contracts and orders not yet paid in full (已承诺).
    #[serde(default, skip_serializing_if = "is_default")]
    pub committed: Money,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spends: Vec<Spend>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub approval: Approval,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver: Option<Id>,
    /// When it was approved or rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<Day>,
    /// Part of the flexible pool rather than the base budget (80/20 split).
    #[serde(default, skip_serializing_if = "is_false")]
    pub flexible: bool,
}

impl BudgetLine {
    pub fn new(id: impl Into<Id>, name: impl Into<String>, account: Account, planned: Money) -> BudgetLine {
        BudgetLine {
            id: id.into(),
            name: name.into(),
            account,
            channel: String::new(),
            item: None,
            planned,
            committed: Money(0),
            spends: vec![],
            approval: Approval::Draft,
            approver: None,
            decided: None,
            flexible: false,
        }
    }
    /// Everything paid so far (all dated entries).
    pub fn actual(&self) -> Money {
        Money(self.spends.iter().map(|s| s.amount.0).sum())
    }
}

/// Something the work needs by a date ("samples bought 10 days before").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Resource {
    pub id: Id,
    pub name: String,
    pub kind: ResourceKind,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub quantity: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
    /// How many days before the item starts it must be ready.
    #[serde(default, skip_serializing_if = "is_default")]
    pub lead_days: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_by: Option<Day>,
    pub status: ResourceStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
}

impl Resource {
    /// One of something, needed, with no item, date or owner yet.
    pub fn new(id: impl Into<Id>, name: impl Into<String>, kind: ResourceKind) -> Resource {
        Resource {
            id: id.into(),
            name: name.into(),
            kind,
            quantity: 1,
            item: None,
            lead_days: 0,
            ready_by: None,
            status: ResourceStatus::Needed,
            owner: None,
        }
    }
}

/// One entry of the risk register.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Risk {
    pub id: Id,
    pub title: String,
    pub category: RiskCategory,
    /// 1 (rare) … 5 (almost certain).
    pub likelihood: u8,
    /// 1 (minor) … 5 (severe).
    pub impact: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub trigger: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub response: String,
    /// The fallback ready to use (two backup KOLs, a second supplier).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub backup: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    pub status: RiskStatus,
    /// What the response costs, drawn from the contingency reserve once triggered.
    #[serde(default, skip_serializing_if = "is_default")]
    pub cost: Money,
    /// The day it was triggered; kept when it is closed, since the money is spent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggered: Option<Day>,
    /// The KPI whose alerts are this risk's early sign (its alerts point here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<Id>,
}

impl Risk {
    pub fn new(id: impl Into<Id>, title: impl Into<String>, category: RiskCategory) -> Risk {
        Risk {
            id: id.into(),
            title: title.into(),
            category,
            likelihood: 3,
            impact: 3,
            trigger: String::new(),
            response: String::new(),
            backup: String::new(),
            owner: None,
            status: RiskStatus::Open,
            cost: Money(0),
            triggered: None,
            kpi: None,
        }
    }
    pub fn score(&self) -> u8 {
        // 1–5 each in a valid plan; a risk being edited may hold anything.
        self.likelihood.saturating_mul(self.impact)
    }
    /// Its cell on the 5×5 map, (likelihood, impact); closed risks leave the
    /// map (they stay in the register).
    pub fn cell(&self) -> Option<(u8, u8)> {
        let on =
            self.status != RiskStatus::Closed && (1..=5).contains(&self.likelihood) && (1..=5).contains(&self.impact);
        on.then_some((self.likelihood, self.impact))
    }
    /// Whether its cost has been drawn from the reserve.
    pub fn drawn(&self) -> bool {
        self.triggered.is_some() && matches!(self.status, RiskStatus::Triggered | RiskStatus::Closed)
    }
}

/// The plan's budget lines, resources and risks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Budget {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<BudgetLine>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    /// The flexible pool's share in percent when the base/flexible split is
    /// used (the quarterly template's 20); None when it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flexible_share: Option<u8>,
}

impl Budget {
    pub fn is_empty(&self) -> bool {
        *self == Budget::default()
    }
    pub fn line(&self, id: &str) -> Option<&BudgetLine> {
        self.lines.iter().find(|l| l.id == id)
    }
    pub fn risk(&self, id: &str) -> Option<&Risk> {
        self.risks.iter().find(|r| r.id == id)
    }
}

crate::model::base::list::has_id!(BudgetLine, Resource, Risk);
