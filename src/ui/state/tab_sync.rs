//! Tab sync: another tab's save reloads the plan here (unless it has
//! unsaved edits, then the user chooses whose copy wins).

use crate::storage::{self};
use crate::ui::state::App;
use crate::ui::state::Notice;
use crate::ui::state::SaveState;
use leptos::prelude::*;

impl App {
    /// Another tab wrote `key`. Take its version when we have nothing
    /// unsaved for that plan; otherwise ask the user.
    pub fn on_storage_event(&self, key: Option<String>) {
        let Some(key) = key else { return };
        if key == storage::KNOWLEDGE_KEY {
            // The knowledge base is small and shared: theirs wins unless ours is unsaved.
            if !self.book.with_value(|b| b.knowledge_dirty) {
                let k = storage::read_knowledge().unwrap_or_default();
                if self.ws.with_untracked(|w| w.knowledge != k) {
                    self.ws.update(|w| w.knowledge = k);
                    self.reset_history();
                }
            }
            return;
        }
        if let Some(id) = storage::plan_id_of_key(&key) {
            let id = id.to_string();
            // A field being typed in commits first (its page may go).
            crate::ui::commit_focused_edit();
            let ours_dirty = self.book.with_value(|b| b.dirty.contains(&id));
            if ours_dirty {
                self.conflict.set(Some(id));
                return;
            }
            match storage::read_plan(&id) {
                Some((plan, rev)) => {
                    self.book.update_value(|b| {
                        b.revisions.insert(id.clone(), rev);
                    });
                    if self.ws.with_untracked(|w| w.plan(&id) == Some(&plan)) {
                        return;
                    }
                    self.ws.update(|w| w.load_plan(plan));
                }
                None => self.ws.update(|w| w.unload_plan(&id)),
            }
            self.reset_history();
            let text = self.locale.get_untracked().texts().updated_from_other_tab.to_string();
            self.notice.set(Some(Notice::Info { text, undo: false }));
        }
    }

    /// The user chose in the conflict banner.
    pub fn resolve_conflict(&self, take_theirs: bool) {
        let Some(id) = self.conflict.get_untracked() else { return };
        self.conflict.set(None);
        if take_theirs {
            // Theirs may be a deletion: then the plan goes here too.
            match storage::read_plan(&id) {
                Some((plan, rev)) => {
                    self.ws.update(|w| w.load_plan(plan));
                    self.book.update_value(|b| {
                        b.revisions.insert(id.clone(), rev);
                    });
                }
                None => self.ws.update(|w| w.unload_plan(&id)),
            }
            self.book.update_value(|b| {
                b.dirty.remove(&id);
            });
            self.reset_history();
            self.save_state.set(SaveState::Saved);
        } else {
            let res = self.ws.with_untracked(|w| w.plan(&id).map(|p| storage::save_plan(p, 0, true)));
            if let Some(Ok(rev)) = res {
                self.book.update_value(|b| {
                    b.revisions.insert(id.clone(), rev);
                    b.dirty.remove(&id);
                });
                self.save_state.set(SaveState::Saved);
            }
        }
    }
}
