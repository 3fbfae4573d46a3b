//! Budget, resources and risks as plan data: budget lines with their dated
//! spend and approval, the resources the work needs by a date, and the risk
//! register whose triggered risks draw on the contingency reserve. Plain
//! values and the commands that change them; the rules that read them are in
//! `budget_rules`. Must not know about the browser or the UI.

use super::command::{remove_entry as remove, upsert, CommandError, HasId, PlanEdit, PlanField};
use super::strategy::enum_all;
use super::types::{is_default, is_false, Day, Id, Money, Plan};
use super::validate::ProblemKind;
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
        self.likelihood * self.impact
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

super::command::has_id!(BudgetLine, Resource, Risk);

/// A change to the budget, resources or risks; each is one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum BudgetCommand {
    /// Adds a line, or replaces the one with its id (an approval, a spend entry).
    PutLine(Box<BudgetLine>),
    RemoveLine(Id),
    PutResource(Box<Resource>),
    RemoveResource(Id),
    /// Adds or replaces a risk. Moving it on the heat map sets its
    /// likelihood and impact; triggering sets its status and day.
    PutRisk(Box<Risk>),
    RemoveRisk(Id),
    /// Moves a line, resource or risk one place up or down in its list.
    Move {
        id: Id,
        up: bool,
    },
    /// Turns the base/flexible split on with the flexible pool's share, or off.
    FlexibleShare(Option<u8>),
}

/// What is wrong with one field of an entry: the field (as its JSON path
/// below the entry) and the problem. The commands refuse on the first;
/// validation on import reports them all with their paths.
pub type Fault = (String, ProblemKind);

/// The faults of names and amounts every entry shares; its references are
/// `refs`'s, checked by the commands through `refs::refuse`.
struct Faults {
    out: Vec<Fault>,
}

impl Faults {
    fn add(&mut self, field: &str, kind: ProblemKind) {
        self.out.push((field.to_string(), kind));
    }
    fn name(&mut self, field: &str, n: &str) {
        if n.trim().is_empty() {
            self.add(field, ProblemKind::EmptyName);
        }
    }
    fn range(&mut self, field: &str, v: i64, min: i64, max: i64) {
        if v < min || v > max {
            self.add(field, ProblemKind::OutOfRange { value: v, min, max });
        }
    }
    fn not_negative(&mut self, field: &str, m: Money) {
        if !m.is_amount() {
            self.add(field, ProblemKind::NegativeAmount(m));
        }
    }
}

pub fn line_faults(l: &BudgetLine) -> Vec<Fault> {
    let mut f = Faults { out: vec![] };
    f.name("name", &l.name);
    f.not_negative("planned", l.planned);
    f.not_negative("committed", l.committed);
    for (j, s) in l.spends.iter().enumerate().filter(|(_, s)| s.amount.0 == 0) {
        f.add(&format!("spends[{j}].amount"), ProblemKind::NegativeAmount(s.amount));
    }
    f.out
}

pub fn resource_faults(r: &Resource) -> Vec<Fault> {
    let mut f = Faults { out: vec![] };
    f.name("name", &r.name);
    f.range("quantity", r.quantity as i64, 1, u32::MAX as i64);
    f.range("lead_days", r.lead_days as i64, 0, 365);
    f.out
}

pub fn risk_faults(r: &Risk) -> Vec<Fault> {
    let mut f = Faults { out: vec![] };
    f.name("title", &r.title);
    f.range("likelihood", r.likelihood as i64, 1, 5);
    f.range("impact", r.impact as i64, 1, 5);
    f.not_negative("cost", r.cost);
    f.out
}

/// The flexible pool's share, when the split is on, is 1–99%.
pub fn split_fault(share: Option<u8>) -> Option<ProblemKind> {
    let s = share? as i64;
    (!(1..=99).contains(&s)).then_some(ProblemKind::OutOfRange { value: s, min: 1, max: 99 })
}

/// A command is refused for the first fault of the entry, worded as a
/// command error, then for the first reference to nothing in `probe`.
fn refuse(faults: Vec<Fault>, plan: &Plan, probe: impl FnOnce(&mut Budget)) -> Result<(), CommandError> {
    let Some((_, kind)) = faults.into_iter().next() else {
        let mut p = super::refs::probe();
        probe(&mut p.budget);
        return super::refs::refuse(&super::refs::Lookup::new(plan), p);
    };
    Err(match kind {
        ProblemKind::EmptyName => CommandError::EmptyName,
        ProblemKind::UnknownItem(i) => CommandError::NoSuchItem(i),
        ProblemKind::UnknownPerson(i) => CommandError::NoSuchPerson(i),
        ProblemKind::UnknownEntry(i) => CommandError::NoSuchEntry(i),
        _ => CommandError::OutOfRange,
    })
}

/// Swaps the entry with its neighbour; false when `id` is not in the list.
fn shift<T: HasId>(list: &mut [T], id: &str, up: bool) -> Result<bool, CommandError> {
    let Some(i) = list.iter().position(|x| x.id() == id) else { return Ok(false) };
    let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < list.len()) };
    list.swap(i, j.ok_or(CommandError::CannotMove)?);
    Ok(true)
}

/// Checks the command and returns the budget as it will be: the command
/// layer stores it as one field replacement, so every change is one step.
pub fn compile(plan: &Plan, cmd: BudgetCommand) -> Result<Vec<PlanEdit>, CommandError> {
    use BudgetCommand as B;
    let mut b = plan.budget.clone();
    match cmd {
        B::PutLine(l) => {
            let mut l = *l;
            l.name = l.name.trim().to_string();
            l.channel = l.channel.trim().to_string();
            refuse(line_faults(&l), plan, |b| b.lines.push(l.clone()))?;
            if !matches!(l.approval, Approval::Approved | Approval::Rejected) {
                l.decided = None;
            }
            upsert(&mut b.lines, l);
        }
        B::RemoveLine(id) => remove(&mut b.lines, &id)?,
        B::PutResource(r) => {
            let mut r = *r;
            r.name = r.name.trim().to_string();
            refuse(resource_faults(&r), plan, |b| b.resources.push(r.clone()))?;
            upsert(&mut b.resources, r);
        }
        B::RemoveResource(id) => remove(&mut b.resources, &id)?,
        B::PutRisk(r) => {
            let mut r = *r;
            r.title = r.title.trim().to_string();
            refuse(risk_faults(&r), plan, |b| b.risks.push(r.clone()))?;
            // Back to open or watching means it was not triggered after all.
            if matches!(r.status, RiskStatus::Open | RiskStatus::Watching) {
                r.triggered = None;
            }
            upsert(&mut b.risks, r);
        }
        B::RemoveRisk(id) => remove(&mut b.risks, &id)?,
        B::Move { id, up } => {
            let moved =
                shift(&mut b.lines, &id, up)? || shift(&mut b.resources, &id, up)? || shift(&mut b.risks, &id, up)?;
            if !moved {
                return Err(CommandError::NoSuchEntry(id));
            }
        }
        B::FlexibleShare(s) => {
            refuse(split_fault(s).map(|k| (String::new(), k)).into_iter().collect(), plan, |_| {})?;
            b.flexible_share = s;
        }
    }
    Ok(budget_edit(plan, b))
}

fn budget_edit(plan: &Plan, b: Budget) -> Vec<PlanEdit> {
    if b == plan.budget {
        vec![]
    } else {
        vec![PlanEdit::Field(PlanField::Budget(Box::new(b)))]
    }
}
