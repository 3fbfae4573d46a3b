//! The bar across the top: app name, plan switcher, the plan's views, undo
//! and redo, the save indicator, import/export and the language switch. On a
//! phone the views, import, export and language fold behind a menu button
//! (CSS decides what shows; the menu closes on any navigation).

use super::file_io::ImportButton;
use super::route::{Route, View};
use super::state::{use_app, SaveState};
use leptos::prelude::*;

#[component]
pub fn AppHeader() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let plans =
        Memo::new(move |_| app.catalog.with(|c| c.iter().map(|c| (c.id.clone(), c.name.clone())).collect::<Vec<_>>()));
    let current = move || {
        app.current_id()
            .unwrap_or_else(|| if app.route.get() == Route::Knowledge { "__knowledge" } else { "__library" }.into())
    };
    let nav_label = move |v: View| match v {
        View::Overview | View::Mine => t().nav_overview,
        View::Insight | View::Goals | View::Strategy | View::Trace | View::Brief => t().nav_strategy,
        View::Tasks => t().nav_tasks,
        View::Gantt => t().nav_gantt,
        View::Budget | View::Resources | View::Risks => t().nav_budget,
        View::Dashboard | View::Kpis | View::Alerts | View::Funnel | View::Review => t().nav_monitor,
        View::Raci => t().nav_raci,
        View::Docs => t().nav_docs,
        View::Setup => t().nav_setup,
        View::Report | View::Retro | View::RetroDoc => t().nav_close,
    };
    let tab_plan = Memo::new(move |_| {
        app.current_id().or_else(|| app.last_plan.get()).filter(|id| app.with_ws(|w| w.plan(id).is_some()))
    });
    let tabs = move || {
        let Some(id) = tab_plan.get() else {
            return vec![];
        };
        View::TABS
            .into_iter()
            .map(|v| {
                let href = Route::Plan { id: id.clone(), view: v }.to_hash();
                let active = move || {
                    let cur = app.route.get().view();
                    (cur == v
                        || (v.is_strategy() && cur.is_strategy())
                        || (v.is_budget() && cur.is_budget())
                        || (v.is_monitor() && cur.is_monitor())
                        || (v.is_close() && cur.is_close()))
                        && app.current_id().is_some()
                };
                view! {
                    <a
                        class="tab"
                        href=href
                        class:active=active
                        aria-current=move || active().then_some("page")
                        data-view=v.slug()
                    >
                        {move || nav_label(v)}
                    </a>
                }
            })
            .collect::<Vec<_>>()
    };
    let save_label = move || match app.save_state.get() {
        SaveState::Saved => t().saved,
        SaveState::Saving => t().saving,
        SaveState::NotSaved => t().not_saved,
    };
    let save_class = move || match app.save_state.get() {
        SaveState::Saved => "save-state saved",
        SaveState::Saving => "save-state saving",
        SaveState::NotSaved => "save-state not-saved",
    };
    // The phone's menu: open shows the views and the file and language
    // buttons; choosing a view (any route change) closes it.
    let menu = RwSignal::new(false);
    Effect::new(move |_| {
        app.route.track();
        menu.set(false);
    });
    view! {
        <header class="app-header" class:menu-open=move || menu.get()>
            <a class="brand" href="#/plans" title=move || t().nav_library>
                <span class="brand-mark" aria-hidden="true">
                    "◆"
                </span>
                <span class="brand-name">{move || t().app_name}</span>
            </a>
            <select
                class="plan-switch"
                aria-label=move || t().nav_library
                prop:value=current
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    if id == "__library" {
                        app.navigate(Route::Library);
                    } else if id == "__knowledge" {
                        app.navigate(Route::Knowledge);
                    } else {
                        let view = app.route.get_untracked().view();
                        app.navigate(Route::Plan { id, view });
                    }
                }
            >
                <For each=move || plans.get() key=|p| p.clone() let:p>
                    <option value=p.0.clone() selected=move || current() == p.0>
                        {p.1.clone()}
                    </option>
                </For>
                <option value="__library" selected=move || current() == "__library">
                    {move || format!("☰ {}", t().nav_library)}
                </option>
                // The knowledge base is the workspace's, like the library: it is reached from here and from the library.
                <option value="__knowledge" selected=move || current() == "__knowledge">
                    {move || format!("◇ {}", t().nav_knowledge)}
                </option>
            </select>
            <nav class="tabs">
                {tabs}
                <a class="tab" href="#/plans" class:active=move || app.route.get() == Route::Library data-view="plans">
                    {move || t().nav_library}
                </a>

            </nav>
            <div class="header-actions">
                // Icons with their names as tooltips and labels: the header
                // must fit one line at 1366 px in both languages.
                <button
                    class="icon-btn hist"
                    data-action="undo"
                    title=move || format!("{} (Ctrl+Z)", t().undo)
                    aria-label=move || t().undo
                    disabled=move || !app.can_undo()
                    on:click=move |_| app.undo()
                >
                    "↶"
                </button>
                <button
                    class="icon-btn hist"
                    data-action="redo"
                    title=move || format!("{} (Ctrl+Shift+Z)", t().redo)
                    aria-label=move || t().redo
                    disabled=move || !app.can_redo()
                    on:click=move |_| app.redo()
                >
                    "↷"
                </button>
                <span class=save_class role="status" aria-live="polite" data-testid="save-state" title=save_label>
                    <span class="save-text">{save_label}</span>
                </span>
                <button
                    class="icon-btn menu-btn"
                    data-action="menu"
                    aria-label=move || t().menu
                    title=move || t().menu
                    aria-expanded=move || menu.get().to_string()
                    on:click=move |_| menu.update(|m| *m = !*m)
                >
                    "☰"
                </button>
                <span class="header-more">
                    <ImportButton />
                    <button
                        class="btn"
                        data-action="export"
                        disabled=move || app.current_id().is_none()
                        title=move || crate::i18n::safety::texts(app.locale.get()).export_hint
                        on:click=move |e: web_sys::MouseEvent| crate::ui::file_io::export_current_as(app, e.shift_key())
                    >
                        {move || t().export}
                    </button>
                    <button
                        class="btn lang"
                        data-action="lang"
                        lang=move || app.locale.get().other().code()
                        on:click=move |_| { app.set_locale(app.locale.get_untracked().other()) }
                    >
                        {move || t().language_switch}
                    </button>
                </span>
            </div>
        </header>
    }
}
