//! Running commands: the one dispatch to the model through the undo
//! history, undo and redo (buttons and keys), and the notice a refused
//! command leaves. Views call `dispatch_plan`; nothing else changes a plan.

use crate::model::base::fault::Fault;
use crate::model::command::dispatch::Command;
use crate::model::command::edits::Edit;
use crate::model::command::history::touched_plan;
use crate::ui::route::Route;
use crate::ui::state::App;
use crate::ui::state::Notice;
use leptos::prelude::*;

impl App {
    /// Runs a command on the open plan; false when there is none or the
    /// command was refused (the notice says why).
    pub fn dispatch_plan(&self, cmd: crate::model::command::dispatch::PlanCommand) -> bool {
        match self.current_id() {
            Some(plan_id) => self.dispatch(Command::Plan { plan_id, cmd }).is_ok(),
            None => false,
        }
    }

    /// Runs a user command through the history. Errors become a notice in
    /// the user's language and change nothing.
    pub fn dispatch(&self, cmd: Command) -> Result<(), Fault> {
        let structural = matches!(
            cmd,
            Command::CreatePlan { .. }
                | Command::DeletePlan { .. }
                | Command::ReplacePlan { .. }
                | Command::ArchivePlan { .. }
        );
        let mut result = Ok(vec![]);
        self.ws.update(|ws| {
            self.history.update_value(|h| result = h.run(ws, cmd));
        });
        match result {
            Ok(edits) => {
                match touched_plan(&edits) {
                    Some(id) => self.mark_dirty(&id, structural),
                    None if !edits.is_empty() => self.mark_knowledge_dirty(),
                    None => {}
                }
                // A step that changes both (archiving a plan) saves both.
                if touched_plan(&edits).is_some() && edits.iter().any(|e| matches!(e, Edit::Knowledge(_))) {
                    self.mark_knowledge_dirty();
                }
                self.history_tick.update(|t| *t += 1);
                Ok(())
            }
            Err(e) => {
                let text = crate::i18n::errors::fault(self.locale.get_untracked(), &e);
                self.notice.set(Some(Notice::Error(text)));
                Err(e)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history_tick.track();
        self.history.with_value(|h| h.can_undo())
    }

    pub fn can_redo(&self) -> bool {
        self.history_tick.track();
        self.history.with_value(|h| h.can_redo())
    }

    pub fn undo(&self) {
        self.step(true);
    }

    pub fn redo(&self) {
        self.step(false);
    }

    pub(super) fn step(&self, undo: bool) {
        let mut touched = None;
        let plans_before = self.ws.with_untracked(|w| w.plans.len());
        self.ws.update(|ws| {
            self.history.update_value(|h| touched = if undo { h.undo(ws) } else { h.redo(ws) });
        });
        if let Some(None) = touched {
            self.mark_knowledge_dirty();
            self.history_tick.update(|t| *t += 1);
        }
        if let Some(Some(id)) = touched {
            // Structure may have changed (a plan restored or removed): save all,
            // the knowledge base too (an archived plan's figures come and go with it).
            self.mark_dirty(&id, true);
            if self.ws.with_untracked(|w| w.plans.len()) != plans_before {
                self.mark_knowledge_dirty();
            }
            // Follow the change: a restored plan becomes visible again.
            if self.ws.with_untracked(|w| w.plan(&id).is_some())
                && self.current_id().as_deref() != Some(id.as_str())
                && matches!(self.route.get_untracked(), Route::Plan { .. })
            {
                self.navigate(Route::Plan { id, view: self.route.get_untracked().view() });
            }
            self.history_tick.update(|t| *t += 1);
        }
    }

    /// Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y redoes. Returns
    /// whether the key was one of these.
    pub fn undo_keys(&self, e: &web_sys::KeyboardEvent) -> bool {
        if !(e.ctrl_key() || e.meta_key()) {
            return false;
        }
        let k = e.key().to_lowercase();
        let redo = (k == "z" && e.shift_key()) || k == "y";
        if k != "z" && !redo {
            return false;
        }
        e.prevent_default();
        if redo {
            self.redo();
        } else {
            self.undo();
        }
        true
    }

    /// Loading or importing replaces the ground truth, so history restarts.
    pub fn reset_history(&self) {
        self.history.update_value(|h| h.clear());
        self.history_tick.update(|t| *t += 1);
    }
}
