//! The browser UI: Leptos components, one file each, named after what the
//! user sees. Components read the workspace through memos and change it only
//! through `App::dispatch`. Must not know the file format or localStorage.

pub mod banners;
pub mod budget;
pub mod chunk;
pub mod close;
pub mod documents;
pub mod file_io;
pub mod first_look;
pub mod header;
pub mod kit;
pub mod knowledge;
pub mod monitor;
pub mod my_figures;
pub mod my_work;
pub mod offline;
pub mod overview_page;
pub mod plan_library;
pub mod plan_setup;
pub mod route;
pub mod schedule;
pub mod send_back;
pub mod send_to;
pub mod share;
pub mod state;
pub mod strategy;
pub mod update_review;

use crate::i18n::Locale;
use leptos::ev;
use leptos::prelude::*;
use route::{Route, View};
use state::App;

/// Reads what is stored (IndexedDB answers asynchronously), then mounts
/// the app on the page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_page(&info.to_string());
    }));
    wasm_bindgen_futures::spawn_local(async {
        let loaded = crate::storage::load(state::today()).await;
        mount_to_body(move || view! { <AppRoot loaded /> });
    });
}

/// After a panic the app cannot run on: cover it with a calm page that says
/// what happened, that saved work is safe, a reload button and the detail to
/// copy. Built with plain DOM calls and text only (no Leptos, no HTML).
pub fn show_crash_page(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.get_element_by_id("crash-page").is_some() {
        return;
    }
    // The page's language as the app last set it (zh-CN unless it says otherwise).
    let lang = doc.document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    let t = crate::i18n::safety::texts(Locale::from_browser([lang.as_str()]));
    let make = |tag: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let (Some(page), Some(body)) = (doc.create_element("div").ok(), doc.body()) else { return };
    page.set_id("crash-page");
    let _ = page.set_attribute("role", "alertdialog");
    let _ = page.set_attribute("data-testid", "crash-page");
    let boxed = doc.create_element("div").ok();
    if let Some(b) = &boxed {
        b.set_class_name("crash-box");
        for el in [make("h1", t.crash_title), make("p", t.crash_body)].into_iter().flatten() {
            let _ = b.append_child(&el);
        }
        // A link to the page itself reloads it, with no handler to keep alive.
        if let Some(btn) = make("a", t.crash_reload) {
            btn.set_class_name("btn primary");
            let _ = btn.set_attribute("href", "");
            let _ = btn.set_attribute("data-action", "reload");
            let _ = b.append_child(&btn);
        }
        if let (Some(d), Some(s), Some(pre)) =
            (doc.create_element("details").ok(), make("summary", t.crash_detail), make("pre", detail))
        {
            let _ = d.append_child(&s);
            let _ = d.append_child(&pre);
            let _ = b.append_child(&d);
        }
        let _ = page.append_child(b);
    }
    let _ = body.append_child(&page);
}

/// The language the browser asks for first, of the two the app speaks.
pub(crate) fn browser_locale() -> Locale {
    let langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Locale::from_browser(langs.iter().map(String::as_str))
}

/// The app over what `storage::load` read.
#[component]
pub fn AppRoot(loaded: crate::storage::Loaded) -> impl IntoView {
    let locale = loaded.index.locale.as_deref().and_then(Locale::from_code).unwrap_or_else(browser_locale);
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let remembered = loaded.index.current.clone();
    let app = App::new(loaded, locale, Route::Library);
    provide_context(app);
    // The plan last worked on stays remembered while the library is open.
    app.last_plan.set(remembered.clone().filter(|id| app.holds(id)));
    app.save_repaired();
    app.set_locale(locale);
    // Who this person said they are, per plan, remembered across visits.
    let current = Memo::new(move |_| app.current_id());
    Effect::new(move |_| app.me.set(current.get().and_then(|id| crate::storage::read_me(&id))));

    // A share link opens as a preview over the app; its fragment leaves the
    // address bar at once (the plan is not kept in the history).
    let hash = if share::open_fragment(app, &hash) { String::new() } else { hash };
    // A link to a plan this browser does not hold says so, then opens as usual.
    let missing = Route::parse(&hash).and_then(|r| r.plan_id().map(str::to_string)).filter(|id| !app.holds(id));
    if missing.is_some() {
        app.error(app.t().plan_not_here.into());
    }
    let initial = Route::parse(&hash)
        .filter(|r| r.plan_id().is_none_or(|id| app.holds(id)))
        .or_else(|| {
            let id = remembered
                .filter(|id| app.holds(id))
                .or_else(|| app.catalog.with_untracked(|c| c.first().map(|c| c.id.clone())))?;
            Some(Route::Plan { id, view: View::Overview })
        })
        // Nothing planned yet (the first visit): the one page where plans
        // start, with the sample one click away.
        .unwrap_or(Route::NewPlan { template: None });
    app.route.set(initial.clone());
    if let Some(w) = web_sys::window() {
        // Replace, not push: the first place is not a step to go back from.
        // An address that opened as it was keeps its tail (a document's period).
        let kept = if Route::parse(&hash).as_ref() == Some(&initial) { hash.clone() } else { initial.to_hash() };
        let url = format!("{}{}", w.location().pathname().unwrap_or_default(), kept);
        let _ = w.history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }

    // Back/forward and typed URLs.
    let _ = window_event_listener(ev::hashchange, move |_| {
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        // The address goes back to where the app is (the plan stays open).
        let stay = move || {
            if let Some(w) = web_sys::window() {
                let url =
                    format!("{}{}", w.location().pathname().unwrap_or_default(), app.route.get_untracked().to_hash());
                let _ =
                    w.history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
            }
        };
        if share::open_fragment(app, &hash) {
            stay();
            return;
        }
        // A plan this browser does not hold, typed in: said, as on a first load.
        let missing =
            Route::parse(&hash).and_then(|r| r.plan_id().map(str::to_string)).is_some_and(|id| !app.holds(&id));
        if missing {
            app.error(app.t().plan_not_here.into());
            stay();
            return;
        }
        if let Some(r) = Route::parse(&hash) {
            if app.route.get_untracked() != r {
                commit_focused_edit();
                app.route.set(r);
                app.mark_index_dirty();
            }
        }
    });
    // Never lose the last half second: flush when the page goes away.
    let _ = window_event_listener(ev::pagehide, move |_| app.journal_and_flush());
    let _ = window_event_listener(ev::visibilitychange, move |_| {
        let hidden = web_sys::window().and_then(|w| w.document()).map(|d| d.hidden()).unwrap_or(false);
        if hidden {
            app.flush();
        }
    });
    let _ = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().is_none_or(|k| k.starts_with(crate::storage::PREFIX)) {
            app.on_storage_event(e.key());
        }
    });
    // IndexedDB has no storage event: other tabs announce their writes.
    let listening = StoredValue::new_local(Some(crate::storage::listen(move |key| app.on_storage_event(Some(key)))));
    on_cleanup(move || drop(listening.try_update_value(Option::take)));
    let _ = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape"
            && (app.import_error.get_untracked().is_some()
                || app.confirm_delete.get_untracked().is_some()
                || app.pending_import.with_untracked(Option::is_some))
        {
            app.import_error.set(None);
            app.confirm_delete.set(None);
            app.pending_import.set(None);
            return;
        }
        // Text fields keep the browser's own undo of typing; task cells
        // (`data-committed`) pass Ctrl+Z on when there is no typing to undo.
        if !in_text_field(&e) {
            app.undo_keys(&e);
        }
    });
    let dragging = file_io::install_drop_target(app);
    Effect::new(move |_| {
        if let Some(id) = app.current_id() {
            app.last_plan.set(Some(id));
        }
    });
    // A plan the library lists is read when something opens it.
    Effect::new(move |_| {
        if let Route::Plan { id, .. } = app.route.get() {
            app.with_plan(id, |_| {});
        }
    });
    // The tab's title names the open plan, so many tabs stay tellable apart.
    let plan_name =
        Memo::new(move |_| app.current_id().and_then(|id| app.with_ws(|w| w.plan(&id).map(|p| p.name.clone()))));
    Effect::new(move |_| {
        let app_name = app.t().app_name;
        let title = match plan_name.get() {
            Some(n) => format!("{n} · {app_name}"),
            None => app_name.to_string(),
        };
        document().set_title(&title);
    });

    // Which page to show depends on the route and on whether its plan
    // exists, not on the plan's content: edits must not rebuild the page.
    let page = Memo::new(move |_| match app.route.get() {
        Route::Plan { id, view } if app.with_ws(|w| w.plan(&id).is_some()) => Page::Plan(view),
        // Stored but not read yet: read it, saying so meanwhile.
        Route::Plan { id, .. } if app.catalog.with(|c| c.iter().any(|c| c.id == id)) => Page::Opening,
        Route::Knowledge => Page::Knowledge,
        Route::NewPlan { .. } => Page::NewPlan,
        _ => Page::Library,
    });
    let view = move || match page.get() {
        Page::Library => view! { <chunk::Chunk load=pages::library /> }.into_any(),
        Page::Opening => view! {
            <p class="empty big" data-testid="opening">
                {move || app.t().opening}
            </p>
        }
        .into_any(),
        Page::Knowledge => view! { <chunk::Chunk load=pages::knowledge /> }.into_any(),
        Page::NewPlan => view! { <chunk::Chunk load=pages::new_plan /> }.into_any(),
        Page::Plan(v) => view! { <chunk::Chunk load=move || pages::plan_page(v) /> }.into_any(),
    };

    // Tell tests and the benchmark that the first view is interactive (once
    // its page's chunk is here too).
    request_animation_frame(chunk::first_frame);

    view! {
        <header::AppHeader />
        <banners::Banners />
        <main
            class="page"
            class:wide=move || matches!(page.get(), Page::Plan(View::Gantt | View::Raci | View::Tasks | View::Budget))
        >
            {view}
        </main>
        <banners::NoticeBar />
        <banners::ImportErrorDialog />
        <banners::ImportRepairDialog />
        <banners::ConfirmDeleteDialog />
        <share::SharedPreview />
        <file_io::ManualCopy />
        <send_to::SendToOwner />
        <update_review::UpdateReview />
        <file_io::DropOverlay dragging=dragging />
    }
}

/// Every page but the overview arrives in a chunk, so that a first visit
/// downloads the app's frame and its first screen only. The overview is part
/// of the frame: a manager's first view; measured on a phone's connection it
/// came 0.4 s sooner so (one file instead of twenty-four, nothing to
/// instantiate after the frame), for 43 KB more before the other pages. Where
/// the other visits start has a chunk each (`entry`: the library and a new
/// plan; `tasks`, the work breakdown; `mine`, 我的工作: measured, one chunk
/// for the first screens made the overview's first view 180 KB heavier);
/// `work` holds the pages of the plan's daily work (strategy, Gantt, RACI,
/// budget, monitoring, setup) and `paper` what few visits need (the document
/// centre, the close-out, the knowledge base, the sheet import). A share
/// link's preview is part of the frame. `sheets` holds the workbook reader
/// (`file_io::sheet_text`), fetched with the first `.xlsx`.
/// `scripts/first_screen.mjs` compiles the address's chunks as they download
/// with the frame and must know the same grouping.
mod pages {
    use super::chunk::chunk_page;
    use super::route::View;
    use super::{
        budget, chunk, close, documents, knowledge, monitor, my_work, overview_page, plan_library, plan_setup,
        schedule, strategy,
    };
    use leptos::prelude::*;

    chunk_page!(entry pub fn library() { view! { <plan_library::PlanLibrary /> }.into_any() });
    chunk_page!(entry pub fn new_plan() { view! { <knowledge::new_plan::NewPlanPage /> }.into_any() });
    /// In the frame, not a chunk (see above).
    fn overview() -> chunk::Loading {
        Box::pin(async { Ok(view! { <overview_page::OverviewPage /> }.into_any()) })
    }
    chunk_page!(tasks fn tasks() { view! { <schedule::task_list::TaskList /> }.into_any() });
    chunk_page!(mine fn mine() { view! { <my_work::MyWorkPage /> }.into_any() });
    chunk_page!(work fn strategy(v: View) {
        match v {
            View::Brief => view! { <strategy::brief::StrategyBrief /> }.into_any(),
            v => view! { <strategy::StrategyPage view=v /> }.into_any(),
        }
    });
    chunk_page!(work fn gantt() { view! { <schedule::gantt::GanttChart /> }.into_any() });
    chunk_page!(work fn raci() { view! { <schedule::raci_view::RaciView /> }.into_any() });
    chunk_page!(work fn budget(v: View) { view! { <budget::BudgetArea view=v /> }.into_any() });
    chunk_page!(work fn monitor(v: View) { view! { <monitor::MonitorPage view=v /> }.into_any() });
    chunk_page!(work fn setup() { view! { <plan_setup::PlanSetup /> }.into_any() });
    chunk_page!(paper pub fn knowledge() { view! { <knowledge::KnowledgePage /> }.into_any() });
    chunk_page!(paper fn documents() { view! { <documents::DocumentsPage /> }.into_any() });
    chunk_page!(paper fn close(v: View) {
        match v {
            View::RetroDoc => view! { <close::document::RetroDocument /> }.into_any(),
            v => view! { <close::CloseArea view=v /> }.into_any(),
        }
    });

    /// A plan's page, from its chunk.
    pub fn plan_page(v: View) -> chunk::Loading {
        match v {
            View::Overview => overview(),
            View::Tasks => tasks(),
            View::Mine => mine(),
            View::Brief | View::Insight | View::Goals | View::Strategy | View::Trace => strategy(v),
            View::Gantt => gantt(),
            View::Raci => raci(),
            View::Budget | View::Resources | View::Risks => budget(v),
            View::Dashboard | View::Kpis | View::Alerts | View::Funnel | View::Review => monitor(v),
            View::Setup => setup(),
            View::Docs => documents(),
            View::Report | View::Retro | View::RetroDoc => close(v),
        }
    }
}

/// Which page fills the window: it depends on the route and on whether its
/// plan exists, not on the plan's content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Page {
    Library,
    Opening,
    Knowledge,
    NewPlan,
    Plan(View),
}

/// Blurs the focused field so its change handler commits the edit while its
/// page is still alive (Back, Forward or a typed URL would otherwise remove
/// the page first, and the late handler would find its state gone).
pub fn commit_focused_edit() {
    use wasm_bindgen::JsCast;
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    if let Some(el) = active.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.blur();
    }
}

/// Clears `open` (a panel or popover showing something) on Escape, wherever
/// focus is, for as long as the calling component lives.
pub fn close_on_escape<T: Send + Sync + 'static>(open: RwSignal<Option<T>>) {
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" && open.with_untracked(Option::is_some) {
            open.set(None);
        }
    });
    on_cleanup(move || handle.remove());
}

fn in_text_field(e: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    match t.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => {
            let ty = t.get_attribute("type").unwrap_or_default();
            matches!(ty.as_str(), "" | "text" | "number" | "search")
        }
        _ => false,
    }
}
