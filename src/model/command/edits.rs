//! The primitive changes a command compiles to: insert, remove, replace or
//! move one list element or set one field. Applying an edit returns its
//! inverse, which is what undo replays.

use crate::model::base::list::HasId;
use crate::model::plan::Workspace;

use crate::model::schedule::data::Baseline;

use crate::model::schedule::data::Dependency;

use crate::model::schedule::data::Phase;

use crate::model::schedule::data::Person;

use crate::model::schedule::data::WorkItem;

use crate::model::plan::PlanField;

use crate::model::base::id::Id;

use crate::model::plan::Plan;

/// A primitive change of one list element or field; the unit of undo.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    InsertPlan {
        index: usize,
        plan: Box<Plan>,
    },
    RemovePlan {
        id: Id,
    },
    Plan {
        plan_id: Id,
        edit: PlanEdit,
    },
    /// The knowledge base replaced as a whole.
    Knowledge(Box<crate::model::knowledge::data::Knowledge>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlanEdit {
    Field(PlanField),
    Items(ListEdit<WorkItem>),
    People(ListEdit<Person>),
    Phases(ListEdit<Phase>),
    Deps(ListEdit<Dependency>),
    Baselines(ListEdit<Baseline>),
    Kpis(ListEdit<crate::model::monitor::data::Kpi>),
    Updates(ListEdit<crate::model::team::data::UpdateEntry>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ListEdit<T> {
    Insert {
        index: usize,
        value: T,
    },
    Remove {
        id: Id,
    },
    Replace(T),
    /// Take `len` elements from `from` and reinsert them at `to` (an index in
    /// the list without them). Used to move a subtree in one step.
    MoveBlock {
        from: usize,
        len: usize,
        to: usize,
    },
}

impl PlanEdit {
    /// Applies the edit to one plan and returns its inverse.
    pub fn apply(self, plan: &mut Plan) -> PlanEdit {
        match self {
            PlanEdit::Field(f) => PlanEdit::Field(f.apply(plan)),
            PlanEdit::Items(e) => PlanEdit::Items(e.apply(&mut plan.work_items)),
            PlanEdit::People(e) => PlanEdit::People(e.apply(&mut plan.people)),
            PlanEdit::Phases(e) => PlanEdit::Phases(e.apply(&mut plan.phases)),
            PlanEdit::Deps(e) => PlanEdit::Deps(e.apply(&mut plan.dependencies)),
            PlanEdit::Baselines(e) => PlanEdit::Baselines(e.apply(&mut plan.baselines)),
            PlanEdit::Kpis(e) => PlanEdit::Kpis(e.apply(&mut plan.kpis)),
            PlanEdit::Updates(e) => PlanEdit::Updates(e.apply(&mut plan.updates)),
        }
    }
}

impl Edit {
    /// Applies a primitive edit to the workspace and returns its inverse.
    pub fn apply(self, ws: &mut Workspace) -> Edit {
        match self {
            Edit::InsertPlan { index, plan } => {
                let id = plan.id.clone();
                ws.plans.insert(index.min(ws.plans.len()), *plan);
                Edit::RemovePlan { id }
            }
            Edit::RemovePlan { id } => match ws.plans.iter().position(|p| p.id == id) {
                Some(index) => Edit::InsertPlan { index, plan: Box::new(ws.plans.remove(index)) },
                None => Edit::RemovePlan { id },
            },
            Edit::Plan { plan_id, edit } => {
                let Some(plan) = ws.plan_mut(&plan_id) else {
                    return Edit::Plan { plan_id, edit };
                };
                Edit::Plan { plan_id, edit: edit.apply(plan) }
            }
            Edit::Knowledge(k) => Edit::Knowledge(Box::new(std::mem::replace(&mut ws.knowledge, *k))),
        }
    }
}

/// Applies a list of edits in order and returns the inverses in the order
/// that undoes them.
pub fn apply_edits(ws: &mut Workspace, edits: Vec<Edit>) -> Vec<Edit> {
    let mut inverse: Vec<Edit> = edits.into_iter().map(|e| e.apply(ws)).collect();
    inverse.reverse();
    inverse
}

impl<T: HasId + Clone> ListEdit<T> {
    /// Applies the edit and returns its inverse. Edits come from `compile`,
    /// which has checked them, so a missing id here is a programming error
    /// and leaves the list unchanged.
    pub(crate) fn apply(self, list: &mut Vec<T>) -> ListEdit<T> {
        match self {
            ListEdit::Insert { index, value } => {
                let id = value.id().to_string();
                list.insert(index.min(list.len()), value);
                ListEdit::Remove { id }
            }
            ListEdit::Remove { id } => match list.iter().position(|v| v.id() == id) {
                Some(index) => ListEdit::Insert { index, value: list.remove(index) },
                None => ListEdit::Remove { id },
            },
            ListEdit::Replace(value) => match list.iter().position(|v| v.id() == value.id()) {
                Some(i) => ListEdit::Replace(std::mem::replace(&mut list[i], value)),
                None => ListEdit::Replace(value),
            },
            ListEdit::MoveBlock { from, len, to } => {
                let block: Vec<T> = list.drain(from..from + len).collect();
                let at = to.min(list.len());
                list.splice(at..at, block);
                ListEdit::MoveBlock { from: at, len, to: from }
            }
        }
    }
}
