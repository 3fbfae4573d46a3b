//! The app's live state and its controller: the workspace signal (private:
//! read through `with_ws`), the route, language and notices. The controller's
//! parts are modules: `history` (dispatch, undo, redo), `autosave`,
//! `tab_sync` and `metrics`. The UI changes the plan only by
//! `dispatch`ing model commands through here. Must not know the file format
//! (that is `io`) nor touch localStorage directly (that is `storage`).

pub mod autosave;
mod history;
pub mod metrics;
mod tab_sync;

use crate::i18n::Locale;
use crate::ui::state::autosave::SaveBook;
use crate::ui::state::metrics::now_ms;
use crate::ui::state::metrics::set_metric;

use crate::io::ImportError;

use crate::model::base::day::Day;

use crate::model::base::id::Id;

use crate::model::check::repair::Repair;

use crate::model::command::dispatch::Command;

use crate::model::command::history::History;

use crate::model::plan::Plan;

use crate::model::plan::Workspace;

use crate::model::knowledge::card::Card;

use crate::storage::{self, SaveError};

use crate::ui::route::Route;

use leptos::prelude::*;

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

#[derive(Clone, Copy)]
pub struct App {
    /// Private: views read the workspace through `with_ws` and change it
    /// only through `dispatch`, so there is one path by which a plan changes.
    /// It holds the plans read so far; `catalog` lists every stored plan.
    ws: RwSignal<Workspace>,
    /// Every plan's card, in the library's order: what lists, casts and
    /// benchmarks use, so that hundreds of plans need not be read. Kept in
    /// step with the workspace by `mark_dirty` (made, deleted, edited).
    pub catalog: RwSignal<Vec<Card>>,
    /// A stored plan being read (opened from the library or a link).
    opening: RwSignal<Option<Id>>,
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
    /// The plan itself when the update under review came from a file or
    /// link of a plan already here (for "save as a copy").
    pub incoming_copy: RwSignal<Option<Plan>>,
    /// The person a "发给负责人" link is being made for.
    pub send_to: RwSignal<Option<Id>>,
    /// Text the browser refused to copy, shown for copying by hand.
    pub manual_copy: RwSignal<Option<String>>,
    /// A file that opens only after mends, waiting for the user's yes.
    pub pending_import: RwSignal<Option<(Plan, Vec<Repair>)>>,
    /// Stored plans that opened after mends: (plan id, name, mends).
    pub repaired: RwSignal<Vec<(Id, String, Vec<Repair>)>>,
    /// A plan waiting for the user's confirmation before deletion.
    pub confirm_delete: RwSignal<Option<Id>>,
    /// A new version of the app is installed and waits for the user's click.
    pub update_ready: RwSignal<bool>,
    /// A plan opened from a share link, shown in the preview until saved or closed.
    pub shared: RwSignal<Option<crate::ui::share::Shared>>,
    /// Who this person said they are (我的工作, send my update), for this session.
    pub me: RwSignal<Option<Id>>,
    /// An owner's update opened from its link, in review until applied or closed.
    pub incoming: RwSignal<Option<crate::model::team::data::Update>>,
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
        // Edits the journal brought back are saved at once.
        for id in &loaded.journaled {
            book.dirty.insert(id.clone());
        }
        book.knowledge_dirty = loaded.knowledge_journaled;
        let safety = crate::i18n::safety::texts(locale);
        let first_notice = if !loaded.journaled.is_empty() {
            let n = loaded.journaled.len().to_string();
            Some(Notice::Info { text: crate::i18n::fill(safety.journal_restored, "n", &n), undo: false })
        } else if loaded.idb_missing {
            Some(Notice::Info { text: safety.idb_missing.to_string(), undo: false })
        } else {
            None
        };
        for (p, rev) in loaded.plans {
            book.revisions.insert(p.id.clone(), rev);
            plans.push(p);
        }
        let ws = RwSignal::new(Workspace { plans, knowledge: loaded.knowledge });
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
            catalog: RwSignal::new(loaded.cards),
            opening: RwSignal::new(None),
            history: StoredValue::new(History::default()),
            history_tick: RwSignal::new(0),
            locale: RwSignal::new(locale),
            route,
            last_plan: RwSignal::new(None),
            save_state: RwSignal::new(SaveState::Saved),
            storage_error: RwSignal::new(if loaded.available { None } else { Some(SaveError::Unavailable) }),
            recovered: RwSignal::new(loaded.recovered),
            conflict: RwSignal::new(None),
            notice: RwSignal::new(first_notice),
            import_error: RwSignal::new(None),
            pending_import: RwSignal::new(None),
            repaired: RwSignal::new(repaired),
            confirm_delete: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            shared: RwSignal::new(None),
            incoming: RwSignal::new(None),
            manual_copy: RwSignal::new(None),
            send_to: RwSignal::new(None),
            incoming_copy: RwSignal::new(None),
            me: RwSignal::new(None),
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

    /// The language, untracked: pages that rebuild as a whole when it
    /// changes (strategy, monitoring, budget) read their strings through it.
    pub fn lang(&self) -> Locale {
        self.locale.get_untracked()
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

    /// Shows an error message in the notice bar (bad input in a field).
    pub fn error(&self, text: String) {
        self.notice.set(Some(Notice::Error(text)));
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

    /// Takes a plan in from a file or a link. One already here is offered
    /// as a merge of its progress (`update_review::offer_merge`), with
    /// "save as a copy" beside it; nothing is overwritten unasked. A stored
    /// plan not read yet is read first.
    pub fn import(&self, plan: Plan) {
        let app = *self;
        self.with_plan(plan.id.clone(), move |here| {
            if here {
                crate::ui::update_review::offer_merge(app, plan);
            } else {
                app.import_copy(plan);
            }
        });
    }

    /// Puts plan `id`'s card in the catalog, in its place (a new plan last),
    /// or takes it out (`None`: the plan is gone).
    pub(super) fn set_card(&self, id: &str, card: Option<Card>) {
        self.catalog.update(|cards| match (card, cards.iter().position(|c| c.id == id)) {
            (Some(c), Some(i)) => cards[i] = c,
            (Some(c), None) => cards.push(c),
            (None, Some(i)) => {
                cards.remove(i);
            }
            (None, None) => {}
        });
    }

    /// Whether this browser holds plan `id` (read or not).
    pub fn holds(&self, id: &str) -> bool {
        self.ws.with_untracked(|w| w.plan(id).is_some())
            || self.catalog.with_untracked(|c| c.iter().any(|c| c.id == id))
    }

    /// Runs `f` once plan `id` is read (at once when it is): `f(true)`, or
    /// `f(false)` when no such plan is stored. For what needs the whole
    /// plan (rename, copy, delete, merge) of a plan the library only lists.
    pub fn with_plan(&self, id: Id, f: impl FnOnce(bool) + 'static) {
        self.with_plan_boxed(id, Box::new(f));
    }

    /// One body for every caller: the reading future is not copied per closure.
    fn with_plan_boxed(&self, id: Id, f: Box<dyn FnOnce(bool)>) {
        if self.ws.with_untracked(|w| w.plan(&id).is_some()) {
            return f(true);
        }
        if !self.catalog.with_untracked(|c| c.iter().any(|c| c.id == id)) {
            return f(false);
        }
        let app = *self;
        wasm_bindgen_futures::spawn_local(async move {
            app.read_stored(&id).await;
            f(app.ws.with_untracked(|w| w.plan(&id).is_some()));
        });
    }

    /// Reads a stored plan into the workspace: mends are listed as on load
    /// (and saved), an unreadable one leaves the library with a note of
    /// where it was kept. One read at a time per plan.
    async fn read_stored(&self, id: &str) {
        use crate::storage::Opened;
        if self.opening.get_untracked().as_deref() == Some(id) || self.ws.with_untracked(|w| w.plan(id).is_some()) {
            return;
        }
        self.opening.set(Some(id.to_string()));
        let t0 = now_ms();
        let (opened, notes) = storage::open_plan(id).await;
        self.opening.set(None);
        match opened {
            Opened::Plan { plan, rev } => {
                let name = plan.name.clone();
                self.book.update_value(|b| {
                    b.revisions.insert(id.to_string(), rev);
                });
                self.ws.update(|w| w.load_plan(plan));
                set_metric("openMs", now_ms() - t0);
                for (pid, mends) in notes.repaired {
                    if !notes.unkept.contains(&pid) {
                        self.book.update_value(|b| {
                            b.dirty.insert(pid.clone());
                        });
                        self.save_repaired();
                    }
                    self.repaired.update(|r| r.push((pid, name.clone(), mends)));
                }
            }
            Opened::Missing | Opened::SetAside => {
                self.set_card(id, None);
                self.recovered.update(|r| r.extend(notes.recovered));
                self.mark_index_dirty();
            }
        }
    }

    /// Adds a plan from a file. An id already present makes it a copy with a
    /// new id and a marked name, so nothing is overwritten.
    pub fn import_copy(&self, mut plan: Plan) {
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
