//! Undo and redo over `Edit`s. Each user action is one entry; the history is
//! bounded so a long session cannot grow memory without end. Must not know
//! about the UI: it only stores inverses and replays them.

use crate::model::base::fault::Fault;
use crate::model::command::dispatch::apply;
use crate::model::command::dispatch::Command;
use crate::model::command::edits::apply_edits;
use crate::model::command::edits::Edit;
use crate::model::plan::Workspace;
use std::collections::VecDeque;

pub const DEFAULT_LIMIT: usize = 200;

/// One user action: the edits that reverse it.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    edits: Vec<Edit>,
}

#[derive(Clone, Debug)]
pub struct History {
    undo: VecDeque<Entry>,
    redo: Vec<Entry>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        History::new(DEFAULT_LIMIT)
    }
}

/// The plan an edit list touches, if a plan is involved (None: the knowledge base).
pub fn touched_plan(edits: &[Edit]) -> Option<String> {
    edits
        .iter()
        .filter_map(|e| match e {
            Edit::Plan { plan_id, .. } => Some(plan_id.clone()),
            Edit::InsertPlan { plan, .. } => Some(plan.id.clone()),
            Edit::RemovePlan { id } => Some(id.clone()),
            Edit::Knowledge(_) => None,
        })
        .next()
}

impl History {
    pub fn new(limit: usize) -> History {
        History { undo: VecDeque::new(), redo: Vec::new(), limit: limit.max(1) }
    }

    /// Applies a user command and records it. A command that changes nothing
    /// leaves the history alone, so undo never has invisible steps.
    pub fn run(&mut self, ws: &mut Workspace, cmd: Command) -> Result<Vec<Edit>, Fault> {
        let inverse = apply(ws, cmd)?;
        if !inverse.is_empty() {
            self.redo.clear();
            self.undo.push_back(Entry { edits: inverse.clone() });
            while self.undo.len() > self.limit {
                self.undo.pop_front();
            }
        }
        Ok(inverse)
    }

    /// Undoes the last entry; returns the plan it touched.
    pub fn undo(&mut self, ws: &mut Workspace) -> Option<Option<String>> {
        let entry = self.undo.pop_back()?;
        let plan = touched_plan(&entry.edits);
        let redo = apply_edits(ws, entry.edits);
        self.redo.push(Entry { edits: redo });
        Some(plan)
    }

    pub fn redo(&mut self, ws: &mut Workspace) -> Option<Option<String>> {
        let entry = self.redo.pop()?;
        let plan = touched_plan(&entry.edits);
        let undo = apply_edits(ws, entry.edits);
        self.undo.push_back(Entry { edits: undo });
        Some(plan)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }
    /// Loading or importing replaces the ground truth: old inverses no longer apply.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
