//! Autosave: which plans changed since the last save, a save a moment after
//! the last edit (and at once when the page hides, with the journal written
//! first), revisions, and the index of plans and settings. Saves are
//! asynchronous (IndexedDB): each plan's text is taken when the save starts,
//! and a plan stays unsaved until its write is committed and no edit came
//! since. Writes only through `storage`.

use crate::model::base::id::Id;
use crate::model::knowledge::card::{card_of, head_of};
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
    /// Edits per plan (and to the knowledge base), counted so a save that
    /// lands after a newer edit leaves the plan unsaved.
    pub(super) edits: HashMap<Id, u64>,
    pub(super) knowledge_edits: u64,
    /// A save is on its way; another flush waits for it (`again`).
    pub(super) flushing: bool,
    pub(super) again: bool,
}

impl App {
    pub(super) fn mark_dirty(&self, plan_id: &str, structural: bool) {
        let exists = self.ws.with_untracked(|w| w.plan(plan_id).is_some());
        // The library's card follows at once (its figures at the next save).
        // Its figures are kept (moved, not copied) until the save recomputes them.
        let mut head = self.ws.with_untracked(|w| w.plan(plan_id).map(head_of));
        if let Some(h) = head.as_mut() {
            self.catalog.update_untracked(|cards| {
                if let Some(c) = cards.iter_mut().find(|c| c.id == plan_id) {
                    h.observations = std::mem::take(&mut c.observations);
                }
            });
        }
        self.set_card(plan_id, head);
        self.book.update_value(|b| {
            *b.edits.entry(plan_id.to_string()).or_default() += 1;
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
        self.book.update_value(|b| {
            b.knowledge_dirty = true;
            b.knowledge_edits += 1;
        });
        if self.save_state.get_untracked() != SaveState::NotSaved {
            self.save_state.set(SaveState::Saving);
        }
        self.schedule_save();
    }

    /// Saves the plans that opened after mends, so the stored entry is
    /// whole again (the text as it was is in the recovery area), and what
    /// the journal brought back.
    pub fn save_repaired(&self) {
        if self.book.with_value(|b| !b.dirty.is_empty() || b.knowledge_dirty) {
            self.save_state.set(SaveState::Saving);
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

    /// Saves every unsaved plan now (also when the tab is hidden). Each
    /// plan's text is taken now; the writes land asynchronously, one flush
    /// at a time (a flush asked for meanwhile runs when this one ends).
    pub fn flush(&self) {
        self.book.update_value(|b| b.scheduled = false);
        if self.book.with_value(|b| b.flushing) {
            self.book.update_value(|b| b.again = true);
            return;
        }
        let t0 = now_ms();
        let (dirty, deleted, index_dirty, index_blocked, knowledge_dirty) = self.book.with_value(|b| {
            (
                b.dirty.iter().cloned().collect::<Vec<_>>(),
                b.deleted.iter().cloned().collect::<Vec<_>>(),
                b.index_dirty,
                b.index_blocked,
                b.knowledge_dirty,
            )
        });
        let mut failure: Option<SaveError> = None;
        let mut writes = vec![];
        for id in dirty {
            if self.conflict.get_untracked().as_deref() == Some(id.as_str()) {
                failure.get_or_insert(SaveError::Conflict { plan_id: id.clone() });
                continue;
            }
            let (base, edits) = self
                .book
                .with_value(|b| (b.revisions.get(&id).copied().unwrap_or(0), b.edits.get(&id).copied().unwrap_or(0)));
            let today = self.today;
            let saving = self.ws.with_untracked(|w| {
                w.plan(&id).map(|p| {
                    let card = card_of(p, today);
                    (storage::save_plan(p, &card, base, false), card)
                })
            });
            match saving {
                Some((write, card)) => {
                    self.set_card(&id, Some(card));
                    writes.push((id, edits, write))
                }
                None => self.book.update_value(|b| {
                    b.dirty.remove(&id);
                }),
            }
        }
        let removals: Vec<_> = deleted.into_iter().map(|id| (id.clone(), storage::remove_plan(&id))).collect();
        let knowledge = knowledge_dirty.then(|| {
            let edits = self.book.with_value(|b| b.knowledge_edits);
            (edits, self.ws.with_untracked(|w| storage::save_knowledge(&w.knowledge)))
        });
        if index_dirty && !index_blocked {
            match storage::save_index(&self.index()) {
                Ok(()) => self.book.update_value(|b| b.index_dirty = false),
                Err(e) => failure = failure.or(Some(e)),
            }
        }
        self.book.update_value(|b| b.flushing = true);
        let app = *self;
        wasm_bindgen_futures::spawn_local(async move {
            for (id, edits, write) in writes {
                match write.await {
                    Ok(rev) => app.book.update_value(|b| {
                        b.revisions.insert(id.clone(), rev);
                        if b.edits.get(&id).copied().unwrap_or(0) == edits {
                            b.dirty.remove(&id);
                        }
                    }),
                    Err(SaveError::Conflict { plan_id }) => {
                        app.conflict.set(Some(plan_id.clone()));
                        failure.get_or_insert(SaveError::Conflict { plan_id });
                    }
                    Err(e) => failure = Some(e),
                }
            }
            for (id, removal) in removals {
                if removal.await.is_ok() {
                    app.book.update_value(|b| {
                        b.deleted.remove(&id);
                        b.revisions.remove(&id);
                    });
                }
            }
            if let Some((edits, write)) = knowledge {
                match write.await {
                    Ok(()) => app.book.update_value(|b| b.knowledge_dirty &= b.knowledge_edits != edits),
                    Err(e) => failure = failure.or(Some(e)),
                }
            }
            set_metric("lastSaveMs", now_ms() - t0);
            let again = app.book.with_value(|b| b.again);
            app.book.update_value(|b| {
                b.flushing = false;
                b.again = false;
            });
            let pending = app.book.with_value(|b| !b.dirty.is_empty() || b.knowledge_dirty);
            match failure {
                None if !pending => {
                    app.save_state.set(SaveState::Saved);
                    if matches!(app.storage_error.get_untracked(), Some(SaveError::Quota | SaveError::Unavailable)) {
                        app.storage_error.set(None);
                    }
                }
                // Edits came while this save was on its way: the next one takes them.
                None => {}
                Some(SaveError::Conflict { .. }) => app.save_state.set(SaveState::NotSaved),
                Some(e) => {
                    app.save_state.set(SaveState::NotSaved);
                    app.storage_error.set(Some(e));
                }
            }
            if again {
                app.flush();
            }
        });
    }

    /// As the page goes: writes every plan not yet known to be saved (and
    /// the knowledge base) to the journal, synchronously, then saves. The
    /// next start brings back what the save did not finish.
    pub fn journal_and_flush(&self) {
        let (dirty, knowledge_dirty) =
            self.book.with_value(|b| (b.dirty.iter().cloned().collect::<Vec<_>>(), b.knowledge_dirty));
        self.ws.with_untracked(|w| {
            for id in &dirty {
                if let Some(p) = w.plan(id) {
                    storage::write_journal(p, self.book.with_value(|b| b.revisions.get(id).copied().unwrap_or(0)));
                }
            }
            if knowledge_dirty {
                storage::write_knowledge_journal(&w.knowledge);
            }
        });
        self.flush();
    }

    pub(super) fn index(&self) -> storage::Index {
        storage::Index {
            plans: self.catalog.with_untracked(|c| c.iter().map(|c| c.id.clone()).collect()),
            // The open plan, or the one last worked on while the library or the
            // knowledge base is open, so reopening the app brings it back.
            current: self.current_id().or_else(|| self.last_plan.get_untracked()).filter(|id| self.holds(id)),
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
