//! The app's live state and its controller: the workspace signal, undo
//! history, autosave, tab sync and notices. The UI changes the plan only by
//! `dispatch`ing model commands through here. Must not know the file format
//! (that is `io`) nor touch localStorage directly (that is `storage`).

use crate::i18n::Locale;
use crate::io::ImportError;
use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::id::Id;
use crate::model::check::repair::Repair;
use crate::model::command::dispatch::Command;
use crate::model::command::history::touched_plan;
use crate::model::command::history::History;
use crate::model::plan::Plan;
use crate::model::plan::Workspace;
use crate::storage::{self, SaveError};
use crate::ui::route::Route;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    NotSaved,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A short message, optionally with an undo button.
    Info {
        text: String,
        undo: bool,
    },
    Error(String),
}

/// Bookkeeping for autosave that no view reads.
#[derive(Default)]
struct SaveBook {
    revisions: HashMap<Id, u64>,
    dirty: HashSet<Id>,
    deleted: HashSet<Id>,
    index_dirty: bool,
    scheduled: bool,
    index_blocked: bool,
}

#[derive(Clone, Copy)]
pub struct App {
    /// Private: views read the workspace through `with_ws` and change it
    /// only through `dispatch`, so there is one path by which a plan changes.
    ws: RwSignal<Workspace>,
    history: StoredValue<History>,
    /// Bumped on every history change so undo/redo buttons update.
    pub history_tick: RwSignal<u64>,
    pub locale: RwSignal<Locale>,
    pub route: RwSignal<Route>,
    /// The plan last opened, so the plan's tabs stay reachable from the library.
    pub last_plan: RwSignal<Option<Id>>,
    pub save_state: RwSignal<SaveState>,
    pub storage_error: RwSignal<Option<SaveError>>,
    pub recovered: RwSignal<Vec<String>>,
    pub conflict: RwSignal<Option<Id>>,
    pub notice: RwSignal<Option<Notice>>,
    pub import_error: RwSignal<Option<ImportError>>,
    /// A file that opens only after mends, waiting for the user's yes.
    pub pending_import: RwSignal<Option<(Plan, Vec<Repair>)>>,
    /// Stored plans that opened after mends: (plan id, name, mends).
    pub repaired: RwSignal<Vec<(Id, String, Vec<Repair>)>>,
    /// A plan waiting for the user's confirmation before deletion.
    pub confirm_delete: RwSignal<Option<Id>>,
    book: StoredValue<SaveBook>,
    pub today: Day,
    /// The open plan's roll-ups, float, criticality and slip, computed once
    /// per change and shared by the outline, the chart and the drawer.
    pub analysis: Memo<Option<crate::model::schedule::analysis::Analysis>>,
}

pub fn use_app() -> App {
    expect_context::<App>()
}

pub fn new_id() -> Id {
    uuid::Uuid::new_v4().to_string()
}

pub fn today() -> Day {
    let d = js_sys::Date::new_0();
    Day::ymd(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

impl App {
    pub fn new(loaded: storage::Loaded, locale: Locale, route: Route) -> App {
        let today = today();
        let mut book = SaveBook { index_blocked: loaded.index_blocked, ..Default::default() };
        let mut plans = vec![];
        let repaired: Vec<(Id, String, Vec<Repair>)> = loaded
            .repaired
            .into_iter()
            .filter_map(|(id, r)| {
                let name = loaded.plans.iter().find(|(p, _)| p.id == id)?.0.name.clone();
                Some((id, name, r))
            })
            .collect();
        for (id, _, _) in repaired.iter().filter(|(id, _, _)| !loaded.unkept.contains(id)) {
            book.dirty.insert(id.clone());
        }
        for (p, rev) in loaded.plans {
            book.revisions.insert(p.id.clone(), rev);
            plans.push(p);
        }
        let ws = RwSignal::new(Workspace { plans });
        let route = RwSignal::new(route);
        let analysis = Memo::new(move |_| {
            let id = route.with(|r| r.plan_id().map(str::to_string))?;
            let t = now_ms();
            let a = ws.with(|w| w.plan(&id).map(crate::model::schedule::analysis::analyse));
            set_metric("analyseMs", now_ms() - t);
            a
        });
        App {
            ws,
            history: StoredValue::new(History::default()),
            history_tick: RwSignal::new(0),
            locale: RwSignal::new(locale),
            route,
            last_plan: RwSignal::new(None),
            save_state: RwSignal::new(SaveState::Saved),
            storage_error: RwSignal::new(if loaded.available { None } else { Some(SaveError::Unavailable) }),
            recovered: RwSignal::new(loaded.recovered),
            conflict: RwSignal::new(None),
            notice: RwSignal::new(None),
            import_error: RwSignal::new(None),
            pending_import: RwSignal::new(None),
            repaired: RwSignal::new(repaired),
            confirm_delete: RwSignal::new(None),
            book: StoredValue::new(book),
            today,
            analysis,
        }
    }

    /// Reads the workspace, tracking it (memos and effects rerun on change).
    pub fn with_ws<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.ws.with(f)
    }

    /// Reads the workspace without tracking it (event handlers).
    pub fn with_ws_untracked<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.ws.with_untracked(f)
    }

    pub fn t(&self) -> &'static crate::i18n::Texts {
        self.locale.get().texts()
    }

    /// Something derived from the open plan (its people, phases…), empty
    /// when no plan is open; recomputed when the plan changes.
    pub fn plan_memo<T: PartialEq + Default + Send + Sync + 'static>(&self, f: fn(&Plan) -> T) -> Memo<T> {
        let app = *self;
        Memo::new(move |_| app.current_id().and_then(|id| app.ws.with(|w| w.plan(&id).map(f))).unwrap_or_default())
    }

    /// (id, name) of the open plan's people, for pickers.
    pub fn people_memo(&self) -> Memo<Vec<(Id, String)>> {
        self.plan_memo(|p| p.people.iter().map(|x| (x.id.clone(), x.name.clone())).collect())
    }

    /// The plan the route points at, if it exists.
    pub fn current_id(&self) -> Option<Id> {
        self.route.with(|r| r.plan_id().map(str::to_string))
    }

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
        let structural = matches!(cmd, Command::CreatePlan { .. } | Command::DeletePlan { .. });
        let mut result = Ok(vec![]);
        self.ws.update(|ws| {
            self.history.update_value(|h| result = h.run(ws, cmd));
        });
        match result {
            Ok(edits) => {
                if let Some(id) = touched_plan(&edits) {
                    self.mark_dirty(&id, structural);
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

    /// Shows an error message in the notice bar (bad input in a field).
    pub fn error(&self, text: String) {
        self.notice.set(Some(Notice::Error(text)));
    }

    /// A date typed in a field: `Ok(None)` when empty, `Ok(Some)` within
    /// 1900–2200, else `Err` after saying so (the caller keeps the old value).
    #[allow(clippy::result_unit_err)]
    pub fn read_day(&self, text: &str) -> Result<Option<Day>, ()> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        match Day::parse(text) {
            Some(d) => Ok(Some(d)),
            None => {
                let msg = crate::i18n::errors::fault(self.locale.get_untracked(), &Fault::DateOutOfRange);
                self.error(format!("{msg}: “{}”", text.trim()));
                Err(())
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

    fn step(&self, undo: bool) {
        let mut touched = None;
        self.ws.update(|ws| {
            self.history.update_value(|h| touched = if undo { h.undo(ws) } else { h.redo(ws) });
        });
        if let Some(Some(id)) = touched {
            // Structure may have changed (a plan restored or removed): save all.
            self.mark_dirty(&id, true);
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

    pub fn navigate(&self, r: Route) {
        crate::ui::commit_focused_edit();
        let hash = r.to_hash();
        self.route.set(r);
        if let Some(w) = web_sys::window() {
            if w.location().hash().ok().as_deref() != Some(hash.as_str()) {
                let _ = w.location().set_hash(&hash);
            }
        }
        self.mark_index_dirty();
    }

    pub fn set_locale(&self, l: Locale) {
        self.locale.set(l);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(el) = doc.document_element() {
                let _ = el.set_attribute("lang", l.code());
            }
        }
        self.mark_index_dirty();
    }

    fn mark_dirty(&self, plan_id: &str, structural: bool) {
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
    fn schedule_save(&self) {
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

    fn index(&self) -> storage::Index {
        storage::Index {
            plans: self.ws.with_untracked(|w| w.plans.iter().map(|p| p.id.clone()).collect()),
            current: self.current_id(),
            locale: Some(self.locale.get_untracked().code().to_string()),
        }
    }

    /// Another tab wrote `key`. Take its version when we have nothing
    /// unsaved for that plan; otherwise ask the user.
    pub fn on_storage_event(&self, key: Option<String>) {
        let Some(key) = key else { return };
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

    /// Adds a plan from a file. An id already present makes it a copy with a
    /// new id and a marked name, so nothing is overwritten.
    pub fn import(&self, mut plan: Plan) {
        let t = self.locale.get_untracked().texts();
        let exists = self.ws.with_untracked(|w| w.plan(&plan.id).is_some());
        if exists {
            plan.id = new_id();
            plan.name = format!("{}{}", plan.name, t.copy_suffix);
        }
        let id = plan.id.clone();
        if self.dispatch(Command::CreatePlan { plan: Box::new(plan), index: None }).is_ok() {
            self.reset_history();
            self.import_error.set(None);
            self.navigate(Route::Plan { id, view: crate::ui::route::View::Overview });
            let text = if exists { t.imported_as_copy } else { t.imported }.to_string();
            self.notice.set(Some(Notice::Info { text, undo: false }));
        }
    }
}

pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Figures for `make bench`, readable as `window.cpMetrics`.
pub fn set_metric(name: &str, value: f64) {
    let Some(w) = web_sys::window() else { return };
    let key = wasm_bindgen::JsValue::from_str("cpMetrics");
    let obj = js_sys::Reflect::get(&w, &key).ok().filter(|v| v.is_object()).unwrap_or_else(|| {
        let o = js_sys::Object::new().into();
        let _ = js_sys::Reflect::set(&w, &key, &o);
        o
    });
    let _ = js_sys::Reflect::set(&obj, &wasm_bindgen::JsValue::from_str(name), &wasm_bindgen::JsValue::from_f64(value));
}
