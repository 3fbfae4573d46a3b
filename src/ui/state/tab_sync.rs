//! Tab sync: another tab's save (told by the storage event or, for
//! IndexedDB, `storage::listen`) reloads the plan here, unless it has
//! unsaved edits: then the user chooses whose copy wins.

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
            let app = *self;
            wasm_bindgen_futures::spawn_local(async move {
                let k = storage::read_knowledge().await.unwrap_or_default();
                if !app.book.with_value(|b| b.knowledge_dirty) && app.ws.with_untracked(|w| w.knowledge != k) {
                    app.ws.update(|w| w.knowledge = k);
                    app.reset_history();
                }
            });
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
            let app = *self;
            // A plan only listed here: its card is all there is to refresh.
            if self.ws.with_untracked(|w| w.plan(&id).is_none()) {
                wasm_bindgen_futures::spawn_local(async move {
                    app.set_card(&id, storage::read_card(&id).await);
                });
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let theirs = storage::read_plan(&id).await;
                // An edit made here while reading: the user chooses.
                if app.book.with_value(|b| b.dirty.contains(&id)) {
                    app.conflict.set(Some(id));
                    return;
                }
                match theirs {
                    Some((plan, rev)) => {
                        app.book.update_value(|b| {
                            b.revisions.insert(id.clone(), rev);
                        });
                        if app.ws.with_untracked(|w| w.plan(&id) == Some(&plan)) {
                            return;
                        }
                        app.set_card(&id, Some(crate::model::knowledge::card::card_of(&plan, app.today)));
                        app.ws.update(|w| w.load_plan(plan));
                    }
                    None if app.ws.with_untracked(|w| w.plan(&id).is_none()) => return,
                    None => {
                        app.set_card(&id, None);
                        app.ws.update(|w| w.unload_plan(&id));
                    }
                }
                app.reset_history();
                let text = app.locale.get_untracked().texts().updated_from_other_tab.to_string();
                app.notice.set(Some(Notice::Info { text, undo: false }));
            });
        }
    }

    /// The user chose in the conflict banner.
    pub fn resolve_conflict(&self, take_theirs: bool) {
        let Some(id) = self.conflict.get_untracked() else { return };
        self.conflict.set(None);
        let app = *self;
        if take_theirs {
            wasm_bindgen_futures::spawn_local(async move {
                // Theirs may be a deletion: then the plan goes here too.
                match storage::read_plan(&id).await {
                    Some((plan, rev)) => {
                        app.ws.update(|w| w.load_plan(plan));
                        app.book.update_value(|b| {
                            b.revisions.insert(id.clone(), rev);
                        });
                    }
                    None => {
                        app.set_card(&id, None);
                        app.ws.update(|w| w.unload_plan(&id));
                    }
                }
                app.book.update_value(|b| {
                    b.dirty.remove(&id);
                });
                app.reset_history();
                app.save_state.set(SaveState::Saved);
            });
        } else {
            let today = self.today;
            let write = self.ws.with_untracked(|w| {
                w.plan(&id).map(|p| storage::save_plan(p, &crate::model::knowledge::card::card_of(p, today), 0, true))
            });
            let edits = self.book.with_value(|b| b.edits.get(&id).copied().unwrap_or(0));
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(Ok(rev)) = match write {
                    Some(w) => Some(w.await),
                    None => None,
                } {
                    app.book.update_value(|b| {
                        b.revisions.insert(id.clone(), rev);
                        if b.edits.get(&id).copied().unwrap_or(0) == edits {
                            b.dirty.remove(&id);
                        }
                    });
                    app.save_state.set(SaveState::Saved);
                }
            });
        }
    }
}
