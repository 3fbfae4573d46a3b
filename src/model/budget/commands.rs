//! Compiling a `BudgetCommand` into edits: each put, remove or move of a
//! line, resource or risk, and the state transitions of approval and risks,
//! refused exactly when validation would reject the result. The budget is
//! replaced as one field per edit.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::fault::Problem;
use crate::model::base::id::Id;
use crate::model::base::list::remove_entry;
use crate::model::base::list::upsert;
use crate::model::base::list::HasId;
use crate::model::budget::data::Approval;
use crate::model::budget::data::Budget;
use crate::model::budget::data::BudgetLine;
use crate::model::budget::data::Resource;
use crate::model::budget::data::Risk;
use crate::model::budget::data::RiskStatus;
use crate::model::budget::rules::line_faults;
use crate::model::budget::rules::resource_faults;
use crate::model::budget::rules::risk_faults;
use crate::model::budget::rules::split_fault;
use crate::model::command::edits::PlanEdit;
use crate::model::plan::Plan;
use crate::model::plan::PlanField;

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
    /// Moves a line through approval: submitted, approved or rejected on
    /// `day` (the day is kept only for a decision), or back to draft.
    Decide {
        line: Id,
        approval: Approval,
        day: Day,
    },
    /// Marks a risk triggered on `day`: its cost is drawn from the reserve.
    Trigger {
        risk: Id,
        day: Day,
    },
    /// Moves a line, resource or risk one place up or down in its list.
    Move {
        id: Id,
        up: bool,
    },
    /// Turns the base/flexible split on with the flexible pool's share, or off.
    FlexibleShare(Option<u8>),
}

/// A command is refused for the first fault of the entry, then for the first reference to nothing in `probe`.
fn refuse(faults: Vec<Problem>, plan: &Plan, probe: impl FnOnce(&mut Budget)) -> Result<(), Fault> {
    let Some(first) = faults.into_iter().next() else {
        let mut p = crate::model::check::refs::probe();
        probe(&mut p.budget);
        return crate::model::check::refs::refuse(&crate::model::check::refs::Lookup::new(plan), p);
    };
    Err(first.kind)
}

/// Swaps the entry with its neighbour; false when `id` is not in the list.
fn shift<T: HasId>(list: &mut [T], id: &str, up: bool) -> Result<bool, Fault> {
    let Some(i) = list.iter().position(|x| x.id() == id) else { return Ok(false) };
    let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < list.len()) };
    list.swap(i, j.ok_or(Fault::CannotMove)?);
    Ok(true)
}

/// Checks the command and returns the budget as it will be: the command
/// layer stores it as one field replacement, so every change is one step.
pub fn compile(plan: &Plan, cmd: BudgetCommand) -> Result<Vec<PlanEdit>, Fault> {
    let mut b = plan.budget.clone();
    match cmd {
        BudgetCommand::PutLine(l) => {
            let mut l = *l;
            l.name = l.name.trim().to_string();
            l.channel = l.channel.trim().to_string();
            refuse(line_faults(&l), plan, |b| b.lines.push(l.clone()))?;
            if !matches!(l.approval, Approval::Approved | Approval::Rejected) {
                l.decided = None;
            }
            upsert(&mut b.lines, l);
        }
        BudgetCommand::RemoveLine(id) => remove_entry(&mut b.lines, &id)?,
        BudgetCommand::Decide { line, approval, day } => {
            let l = b.lines.iter_mut().find(|l| l.id == line).ok_or(Fault::UnknownEntry(line))?;
            l.approval = approval;
            l.decided = matches!(approval, Approval::Approved | Approval::Rejected).then_some(day);
        }
        BudgetCommand::Trigger { risk, day } => {
            let r = b.risks.iter_mut().find(|r| r.id == risk).ok_or(Fault::UnknownEntry(risk))?;
            r.status = RiskStatus::Triggered;
            r.triggered = Some(day);
        }
        BudgetCommand::PutResource(r) => {
            let mut r = *r;
            r.name = r.name.trim().to_string();
            refuse(resource_faults(&r), plan, |b| b.resources.push(r.clone()))?;
            upsert(&mut b.resources, r);
        }
        BudgetCommand::RemoveResource(id) => remove_entry(&mut b.resources, &id)?,
        BudgetCommand::PutRisk(r) => {
            let mut r = *r;
            r.title = r.title.trim().to_string();
            refuse(risk_faults(&r), plan, |b| b.risks.push(r.clone()))?;
            // Back to open or watching means it was not triggered after all.
            if matches!(r.status, RiskStatus::Open | RiskStatus::Watching) {
                r.triggered = None;
            }
            upsert(&mut b.risks, r);
        }
        BudgetCommand::RemoveRisk(id) => remove_entry(&mut b.risks, &id)?,
        BudgetCommand::Move { id, up } => {
            let moved =
                shift(&mut b.lines, &id, up)? || shift(&mut b.resources, &id, up)? || shift(&mut b.risks, &id, up)?;
            if !moved {
                return Err(Fault::UnknownEntry(id));
            }
        }
        BudgetCommand::FlexibleShare(s) => {
            refuse(
                split_fault(s).map(|kind| Problem { path: String::new(), kind }).into_iter().collect(),
                plan,
                |_| {},
            )?;
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
