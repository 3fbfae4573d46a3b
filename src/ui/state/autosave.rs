//! Autosave: which plans changed since the last save, a save a moment after
//! the last edit (and at once when the page hides), revisions, and the
//! index of plans and settings. Writes only through `storage`.

use crate::model::base::id::Id;
use crate::storage::{self, SaveError};
use crate::ui::state::metrics::now_ms;
use crate::ui::state::metrics::set_metric;
use crate::ui::state::App;
use crate::ui::state::SaveState;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

/// Bookkeeping for autosave that no view reads.
#[derive(Default)]
pub(super) struct SaveBook {
    pub(super) revisions: HashMap<Id, u64>,
    pub(super) dirty: HashSet<Id>,
    pub(super) deleted: HashSet<Id>,
    pub(super) index_dirty: bool,
    pub(super) scheduled: bool,
    pub(super) index_blocked: bool,
    /// The knowledge base changed since it was last written.
    pub(super) knowledge_dirty: bool,
}

impl App {
    pub(super) fn mark_dirty(&self, plan_id: &str, structural: bool) {
        let exists = self.ws.with_untracked(|w| w.plan(plan_id).is_some());
        self.book.update_value(|b| {
            if exists {
                b.dirty.insert(plan_id.to_string());
                b.deleted.remove(plan_id);
            } else {
                b.dirty.remove(plan_id);
                b.deleted.insert(plan_id.to_string());
            }
            b.index_dirty |= structural;
        });
        if self.save_state.get_untracked() != SaveState::NotSaved {
            self.save_state.set(SaveState::Saving);
        }
        self.schedule_save();
    }

    /// The knowledge base changed (an edit, an undo): save it with the next flush.
    pub(super) fn mark_knowledge_dirty(&self) {
        self.book.update_value(|b| b.knowledge_dirty = true);
        if self.save_state.get_untracked() != SaveState::NotSaved {
            self.save_state.set(SaveState::Saving);
        }
        self.schedule_save();
    }

    /// Saves the plans that opened after mends, so the stored entry is
    /// whole again (the text as it was is in the recovery area).
    pub fn save_repaired(&self) {
        if self.repaired.with_untracked(|r| !r.is_empty()) {
            self.schedule_save();
        }
    }

    pub fn mark_index_dirty(&self) {
        self.book.update_value(|b| b.index_dirty = true);
        self.schedule_save();
    }

    /// Saves within 300 ms of the first unsaved change, so bursts of edits
    /// make one write and no change waits longer than that.
    pub(super) fn schedule_save(&self) {
        // Only plan changes show "saving"; the index (order, language,
        // place) is bookkeeping the user did not ask to save.
        let already = self.book.with_value(|b| b.scheduled);
        if !already {
            self.book.update_value(|b| b.scheduled = true);
            let app = *self;
            set_timeout(move || app.flush(), Duration::from_millis(300));
        }
    }

    /// Writes every unsaved plan now (also on pagehide / tab hidden).
    pub fn flush(&self) {
        self.book.update_value(|b| b.scheduled = false);
        let t0 = now_ms();
        let (dirty, deleted, index_dirty, index_blocked) = self.book.with_value(|b| {
            (
                b.dirty.iter().cloned().collect::<Vec<_>>(),
                b.deleted.iter().cloned().collect::<Vec<_>>(),
                b.index_dirty,
                b.index_blocked,
            )
        });
        let mut failure: Option<SaveError> = None;
        for id in dirty {
            if self.conflict.get_untracked().as_deref() == Some(id.as_str()) {
                failure.get_or_insert(SaveError::Conflict { plan_id: id.clone() });
                continue;
            }
            let base = self.book.with_value(|b| b.revisions.get(&id).copied().unwrap_or(0));
            let res = self.ws.with_untracked(|w| w.plan(&id).map(|p| storage::save_plan(p, base, false)));
            match res {
                Some(Ok(rev)) => self.book.update_value(|b| {
                    b.revisions.insert(id.clone(), rev);
                    b.dirty.remove(&id);
                }),
                Some(Err(SaveError::Conflict { plan_id })) => {
                    self.conflict.set(Some(plan_id.clone()));
                    failure.get_or_insert(SaveError::Conflict { plan_id });
                }
                Some(Err(e)) => {
                    failure = Some(e);
                }
                None => self.book.update_value(|b| {
                    b.dirty.remove(&id);
                }),
            }
        }
        for id in deleted {
            if storage::remove_plan(&id).is_ok() {
                self.book.update_value(|b| {
                    b.deleted.remove(&id);
                    b.revisions.remove(&id);
                });
            }
        }
        if self.book.with_value(|b| b.knowledge_dirty) {
            match self.ws.with_untracked(|w| storage::save_knowledge(&w.knowledge)) {
                Ok(()) => self.book.update_value(|b| b.knowledge_dirty = false),
                Err(e) => failure = failure.or(Some(e)),
            }
        }
        if index_dirty && !index_blocked {
            match storage::save_index(&self.index()) {
                Ok(()) => self.book.update_value(|b| b.index_dirty = false),
                Err(e) => failure = failure.or(Some(e)),
            }
        }
        set_metric("lastSaveMs", now_ms() - t0);
        match failure {
            None => {
                self.save_state.set(SaveState::Saved);
                if matches!(self.storage_error.get_untracked(), Some(SaveError::Quota | SaveError::Unavailable)) {
                    self.storage_error.set(None);
                }
            }
            Some(SaveError::Conflict { .. }) => self.save_state.set(SaveState::NotSaved),
            Some(e) => {
                self.save_state.set(SaveState::NotSaved);
                self.storage_error.set(Some(e));
            }
        }
    }

    pub(super) fn index(&self) -> storage::Index {
        storage::Index {
            plans: self.ws.with_untracked(|w| w.plans.iter().map(|p| p.id.clone()).collect()),
            // The open plan, or the one last worked on while the library or the
            // knowledge base is open, so reopening the app brings it back.
            current: self
                .current_id()
                .or_else(|| self.last_plan.get_untracked())
                .filter(|id| self.ws.with_untracked(|w| w.plan(id).is_some())),
            locale: Some(self.locale.get_untracked().code().to_string()),
        }
    }
}

/// Once a real plan is kept (made on the new plan page, or the sample
/// marked real), the browser is asked to keep this site's data for good,
/// once per browser; the answer shows in the recovery area. Called from
/// the click that makes the plan, so a browser that asks its user (Firefox)
/// asks in answer to what they did.
pub fn ask_to_keep() {
    if !storage::persist_asked() {
        wasm_bindgen_futures::spawn_local(async {
            let _ = storage::request_persist().await;
        });
    }
}
