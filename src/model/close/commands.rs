//! Compiling a `RetroCommand` into edits: each put, remove or move of a
//! board entry, an action item or a person's feedback, refused exactly when
//! validation would reject the result. The retrospective is replaced as one
//! field per edit, so each change is one undo step.

use crate::model::base::fault::Fault;
use crate::model::base::fault::Problem;
use crate::model::base::id::Id;
use crate::model::base::list::remove_entry;
use crate::model::base::list::upsert;
use crate::model::base::list::HasId;
use crate::model::check::refs;
use crate::model::close::data::ActionItem;
use crate::model::close::data::Feedback;
use crate::model::close::data::Retro;
use crate::model::close::data::RetroEntry;
use crate::model::close::data::MAX_RETRO_ENTRIES;
use crate::model::close::rules::action_faults;
use crate::model::close::rules::entry_faults;
use crate::model::command::edits::PlanEdit;
use crate::model::plan::Plan;
use crate::model::plan::PlanField;

/// A change to the retrospective; each is one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum RetroCommand {
    /// Adds an entry, or replaces the one with its id.
    PutEntry(Box<RetroEntry>),
    RemoveEntry(Id),
    /// Adds several entries as one step (the goals written in from the report).
    AddEntries(Vec<RetroEntry>),
    /// Moves an entry one place up or down within its section.
    MoveEntry {
        id: Id,
        up: bool,
    },
    PutAction(Box<ActionItem>),
    RemoveAction(Id),
    /// A person's feedback: added, or replaced by id.
    PutFeedback(Box<Feedback>),
    RemoveFeedback(Id),
}

/// The most a list may hold: refused as `TooMany` beyond it.
fn room<T>(list: &[T], adding: bool) -> Result<(), Fault> {
    if adding && list.len() >= MAX_RETRO_ENTRIES {
        Err(Fault::TooMany { count: list.len() + 1, max: MAX_RETRO_ENTRIES })
    } else {
        Ok(())
    }
}

/// Refused for the first fault of the entry, then for the first reference to nothing.
fn refuse(faults: Vec<Problem>, plan: &Plan, probe: impl FnOnce(&mut Retro)) -> Result<(), Fault> {
    if let Some(first) = faults.into_iter().next() {
        return Err(first.kind);
    }
    let mut p = refs::probe();
    probe(&mut p.retro);
    refs::refuse(&refs::Lookup::new(plan), p)
}

fn is_new<T: HasId>(list: &[T], id: &str) -> bool {
    !list.iter().any(|x| x.id() == id)
}

pub fn compile(plan: &Plan, cmd: RetroCommand) -> Result<Vec<PlanEdit>, Fault> {
    let mut r = plan.retro.clone();
    match cmd {
        RetroCommand::PutEntry(e) => {
            let mut e = *e;
            e.text = e.text.trim().to_string();
            refuse(entry_faults(&e), plan, |r| r.entries.push(e.clone()))?;
            room(&r.entries, is_new(&r.entries, &e.id))?;
            upsert(&mut r.entries, e);
        }
        RetroCommand::RemoveEntry(id) => remove_entry(&mut r.entries, &id)?,
        RetroCommand::AddEntries(list) => {
            for mut e in list {
                e.text = e.text.trim().to_string();
                refuse(entry_faults(&e), plan, |r| r.entries.push(e.clone()))?;
                if !is_new(&r.entries, &e.id) {
                    return Err(Fault::DuplicateId(e.id));
                }
                room(&r.entries, true)?;
                r.entries.push(e);
            }
        }
        RetroCommand::MoveEntry { id, up } => {
            let i = r.entries.iter().position(|e| e.id == id).ok_or_else(|| Fault::UnknownEntry(id.clone()))?;
            let section = r.entries[i].section;
            // The neighbour in the same section, wherever it sits in the list.
            let j = if up {
                r.entries[..i].iter().rposition(|e| e.section == section)
            } else {
                r.entries[i + 1..].iter().position(|e| e.section == section).map(|j| i + 1 + j)
            };
            r.entries.swap(i, j.ok_or(Fault::CannotMove)?);
        }
        RetroCommand::PutAction(a) => {
            let mut a = *a;
            a.text = a.text.trim().to_string();
            refuse(action_faults(&a), plan, |r| r.actions.push(a.clone()))?;
            room(&r.actions, is_new(&r.actions, &a.id))?;
            upsert(&mut r.actions, a);
        }
        RetroCommand::RemoveAction(id) => remove_entry(&mut r.actions, &id)?,
        RetroCommand::PutFeedback(f) => {
            let f = *f;
            refuse(vec![], plan, |r| r.feedback.push(f.clone()))?;
            room(&r.feedback, is_new(&r.feedback, &f.id))?;
            upsert(&mut r.feedback, f);
        }
        RetroCommand::RemoveFeedback(id) => remove_entry(&mut r.feedback, &id)?,
    }
    Ok(if r == plan.retro { vec![] } else { vec![PlanEdit::Field(PlanField::Retro(Box::new(r)))] })
}
