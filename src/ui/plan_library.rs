//! The plan library: every plan in this browser, to open, create (blank or
//! from the sample), rename, duplicate and delete (confirmed, undoable).
//! It lists the plans' cards, so hundreds of plans list without being read;
//! what needs a whole plan reads it first (`App::with_plan`).

use super::route::{Route, View};
use super::state::{new_id, use_app};
use crate::i18n::{fmt_range, plan_status_name, scenario_name};
use crate::model::command::dispatch::Command;
use crate::model::command::dispatch::PlanCommand;
use crate::model::knowledge::card::Card;
use crate::model::plan::Plan;
use crate::model::plan::PlanField;
use crate::model::plan::PlanStatus;
use crate::model::sample::sample_plan;
use leptos::prelude::*;

#[component]
pub fn PlanLibrary() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    // The plans' cards (`App::catalog`): a card is drawn again only when what
    // it shows changes (its key), not when its figures do.
    let cards = app.catalog;
    let create = move |plan: Plan| {
        let id = plan.id.clone();
        if app.dispatch(Command::CreatePlan { plan: Box::new(plan), index: None }).is_ok() {
            app.navigate(Route::Plan { id, view: View::Overview });
        }
    };
    // A new plan starts on its own page: blank or from a template, with what the knowledge base knows.
    let new_blank = move |_| app.navigate(Route::NewPlan { template: None });
    let new_sample = move |_| create(sample_plan(new_id(), app.today, app.locale.get_untracked().sample_lang()));
    view! {
        <section class="library" data-testid="library">
            <div class="card-head">
                <h1>{move || t().library_title}</h1>
                <div class="toolbar">
                    <button class="btn primary" data-action="new-blank" on:click=new_blank>
                        "+ "
                        {move || t().new_blank}
                    </button>
                    <button class="btn" data-action="new-sample" on:click=new_sample>
                        {move || t().new_from_sample}
                    </button>
                    <a class="btn" href="#/knowledge" data-action="open-knowledge">
                        {move || app.locale.get().knowledge().title}
                    </a>
                </div>
            </div>
            <Show
                when=move || !cards.with(|c| c.is_empty())
                fallback=move || view! { <p class="empty big">{t().no_plans}</p> }
            >
                <div class="plan-grid">
                    <For
                        each=move || cards.get()
                        key=|c| (
                            c.id.clone(),
                            c.name.clone(),
                            c.scenario,
                            c.status,
                            c.start,
                            c.end,
                            c.is_sample,
                            c.items,
                        )
                        let:c
                    >
                        <PlanCard card=c />
                    </For>
                </div>
            </Show>
            <RecoveryArea />
        </section>
    }
}

/// Everything kept aside (unreadable entries, stored text as it was before a
/// mend), with storage use: download, try to open, delete. Rebuilt as a
/// whole when the language, a save or an action here changes it: it holds a
/// handful of entries, and plain text keeps it small.
#[component]
fn RecoveryArea() -> impl IntoView {
    use crate::i18n::fill;
    use crate::storage::{backend, recovery_entries, remove_recovery, usage_chars, Backend, QUOTA_CHARS};
    let app = use_app();
    let tick = RwSignal::new(0u32);
    // Storage is read again when a save lands (a count that only moves
    // then), not on every saving/saved flip.
    let saves = Memo::new(move |prev: Option<&u32>| {
        prev.copied().unwrap_or(0) + u32::from(app.save_state.get() == super::state::SaveState::Saved)
    });
    let confirm: RwSignal<Option<String>> = RwSignal::new(None);
    // What the browser says of the site's storage, read when the area opens.
    // (A signal filled once, not a resource: the async resource machinery costs kilobytes.)
    let durable = RwSignal::new(None::<crate::storage::Durability>);
    wasm_bindgen_futures::spawn_local(async move {
        let d = crate::storage::durability().await;
        durable.try_set(Some(d));
    });
    // The entries of both stores, read again when a save lands or an action here changes them.
    let list = RwSignal::new(Vec::<crate::storage::RecoveryEntry>::new());
    Effect::new(move |_| {
        tick.track();
        saves.track();
        wasm_bindgen_futures::spawn_local(async move {
            let entries = recovery_entries().await;
            list.try_set(entries);
        });
    });
    // Characters as the browser counts its quota; small amounts in KB.
    let mb = |chars: usize| match chars {
        c if c < 100 * 1024 => format!("{} KB", c.div_ceil(1024)),
        c => format!("{:.1} MB", c as f64 / 1024.0 / 1024.0),
    };
    move || {
        tick.track();
        saves.track();
        let st = crate::i18n::safety::texts(app.locale.get());
        // Where plans live in localStorage, its use against its 5 MB; in
        // IndexedDB, the browser's estimate says it all.
        let local = backend() == Backend::Local;
        let used = usage_chars();
        let share = if local { used as f64 / QUOTA_CHARS as f64 } else { 0.0 };
        let asking = confirm.get();
        let entries = list.get().into_iter().map(|e| {
            let key = e.key.clone();
            let when = e.when_ms.map(|ms| {
                let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
                format!("{:04}-{:02}-{:02} {:02}:{:02}", d.get_full_year(), d.get_month() + 1, d.get_date(), d.get_hours(), d.get_minutes())
            });
            let file = format!("recovered-{}.campaign.json", e.when_ms.unwrap_or(0.0) as u64);
            let (k3, k4) = (key.clone(), key.clone());
            let text = StoredValue::new(e.text.clone());
            let delete = move |_| {
                confirm.set(None);
                let k4 = k4.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if remove_recovery(&k4).await.is_ok() {
                        app.recovered.update(|r| r.retain(|k| *k != k4));
                        tick.update(|t| *t += 1);
                        app.notice.set(Some(super::state::Notice::Info { text: st.recovery_deleted.to_string(), undo: false }));
                    }
                });
            };
            view! {
                <li data-testid="recovery-entry">
                    <span class="recovery-name">
                        <strong>{e.name.clone().unwrap_or_else(|| st.recovery_unnamed.to_string())}</strong>
                        " · "
                        {if e.not_moved { st.recovery_not_moved.to_string() } else { when.unwrap_or_default() }}
                        " · "
                        {fill(st.recovery_chars, "n", &e.chars.to_string())}
                    </span>
                    <span class="recovery-actions">
                        <button
                            class="btn"
                            data-action="recovery-download"
                            on:click=move |_| {
                                text.with_value(|t| super::file_io::download(app, &file, t, "application/json"));
                            }
                        >
                            {st.recovery_download}
                        </button>
                        <button
                            class="btn"
                            data-action="recovery-open"
                            on:click=move |_| {
                                text.with_value(|t| super::file_io::import_text(app, t));
                            }
                        >
                            {st.recovery_open}
                        </button>
                        <button
                            class="btn danger-outline"
                            data-action="recovery-delete"
                            on:click=move |_| confirm.set(Some(k3.clone()))
                        >
                            {st.recovery_delete}
                        </button>
                    </span>
                    {(asking.as_deref() == Some(key.as_str()))
                        .then(|| {
                            view! {
                                <span class="recovery-confirm" role="alert">
                                    {st.recovery_confirm_delete}
                                    " "
                                    <button class="btn" on:click=move |_| confirm.set(None)>
                                        {app.t().cancel}
                                    </button>
                                    <button class="btn danger" data-action="recovery-confirm-delete" on:click=delete>
                                        {st.recovery_delete}
                                    </button>
                                </span>
                            }
                        })}
                </li>
            }
        }).collect::<Vec<_>>();
        view! {
            <section class="recovery" data-testid="recovery">
                <h2>{st.recovery_title}</h2>
                {local
                    .then(|| {
                        view! {
                            <p class="storage-use muted" data-testid="storage-use">
                                {fill(&fill(st.storage_use, "used", &mb(used)), "quota", &mb(QUOTA_CHARS))}
                            </p>
                            <p class="storage-use high" data-testid="no-idb">
                                {st.idb_missing}
                            </p>
                        }
                    })}
                {move || durable.get().map(|d| durability_lines(st, d, local))}
                {(share >= 0.8)
                    .then(|| {
                        view! {
                            <p class="storage-use high" role="alert">
                                {fill(st.storage_high, "p", &format!("{:.0}%", share * 100.0))}
                            </p>
                        }
                    })}
                <p class="muted">{if entries.is_empty() { st.recovery_empty } else { st.recovery_help }}</p>
                <ul class="recovery-list">{entries}</ul>
            </section>
        }
    }
}

/// Whether the browser keeps the data for good, and the space it reports.
fn durability_lines(
    st: &'static crate::i18n::safety::SafetyTexts,
    d: crate::storage::Durability,
    local: bool,
) -> impl IntoView {
    let bytes = |b: f64| match b {
        b if b < 1e6 => format!("{:.0} KB", (b / 1e3).ceil()),
        b if b < 1e9 => format!("{:.1} MB", b / 1e6),
        b => format!("{:.1} GB", b / 1e9),
    };
    let kept = d.persisted.map(|on| {
        view! {
            <p class="storage-use muted" data-testid="persisted" data-on=on.to_string()>
                {if on { st.persist_on } else { st.persist_off }}
            </p>
        }
    });
    let space = d.used.zip(d.quota).map(|(u, q)| {
        let line = if local { st.storage_estimate } else { st.storage_estimate_all };
        let text = crate::i18n::fill(&crate::i18n::fill(line, "used", &bytes(u)), "quota", &bytes(q));
        view! {
            <p class="storage-use muted" data-testid="storage-estimate">
                {text}
            </p>
        }
    });
    (kept, space)
}

#[component]
fn PlanCard(card: Card) -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let renaming = RwSignal::new(false);
    let id = StoredValue::new(card.id.clone());
    let is_current = move || app.current_id().as_deref() == Some(id.get_value().as_str());
    let open = move |_| app.navigate(Route::Plan { id: id.get_value(), view: View::Overview });
    let duplicate = move |_| {
        app.with_plan(id.get_value(), move |_| {
            let Some(mut p) = app.with_ws_untracked(|w| w.plan(&id.get_value()).cloned()) else { return };
            p.id = new_id();
            // A copy of the sample is still a sample (its figures are invented)
            // until the user says it is real, on its banner.
            p.name = format!("{}{}", p.name, app.t().copy_suffix);
            let _ = app.dispatch(Command::CreatePlan { plan: Box::new(p), index: None });
        });
    };
    // An ended plan can leave for its file, its figures kept as benchmarks.
    let ended = card.end < app.today || card.status == PlanStatus::Closed;
    let archive = move |_| {
        app.with_plan(id.get_value(), move |here| {
            if !here {
                return;
            }
            let made = app.with_ws_untracked(|w| {
                w.plan(&id.get_value())
                    .map(|p| (crate::io::export_plan(p), crate::io::export_file_name(p), p.name.clone()))
            });
            let Some((text, file, name)) = made else { return };
            // The file first: the plan leaves only once it is on its way to the disk.
            super::file_io::download(app, &file, &text, "application/json");
            if app.dispatch(Command::ArchivePlan { plan_id: id.get_value(), today: app.today }).is_ok() {
                let text = crate::i18n::fill(app.t().archived, "name", &name);
                app.notice.set(Some(super::state::Notice::Info { text, undo: true }));
            }
        });
    };
    let p = card.clone();
    let items = card.items;
    let name = StoredValue::new(card.name.clone());
    let commit = move |el: web_sys::HtmlInputElement| {
        renaming.set(false);
        let v = el.value();
        if v.trim() != name.get_value().trim() {
            app.with_plan(id.get_value(), move |_| {
                let _ = app.dispatch(Command::Plan {
                    plan_id: id.get_value(),
                    cmd: PlanCommand::SetField(PlanField::Name(v.trim().to_string())),
                });
            });
        }
    };
    let name2 = card.name.clone();
    view! {
        <article class="plan-card" class:current=is_current data-plan-id=card.id.clone()>
            <div class="plan-card-head">
                <Show
                    when=move || renaming.get()
                    fallback={
                        let name = name2.clone();
                        move || {
                            view! {
                                <a
                                    class="plan-name"
                                    href=Route::Plan {
                                        id: id.get_value(),
                                        view: View::Overview,
                                    }
                                        .to_hash()
                                >
                                    {name.clone()}
                                </a>
                            }
                        }
                    }
                >
                    <input
                        type="text"
                        class="rename-input"
                        autofocus
                        prop:value=name.get_value()
                        on:change=move |ev| commit(event_target(&ev))
                        on:keydown=move |e: web_sys::KeyboardEvent| {
                            if e.key() == "Escape" {
                                renaming.set(false)
                            }
                        }
                    />
                </Show>
                {p.is_sample.then(|| view! { <span class="badge">{move || t().sample_badge}</span> })}
                <Show when=is_current>
                    <span class="badge current">{move || t().current}</span>
                </Show>
            </div>
            <p class="muted">
                {move || scenario_name(app.locale.get(), p.scenario)} " · "
                {move || plan_status_name(app.locale.get(), p.status)}
            </p>
            <p class="muted">{move || fmt_range(app.locale.get(), p.start, p.end)}</p>
            <p class="muted">{items} " " {move || t().items_word}</p>
            <div class="plan-card-actions">
                <button class="btn primary" data-action="open" on:click=open>
                    {move || t().open}
                </button>
                <button class="btn" data-action="rename" on:click=move |_| renaming.set(true)>
                    {move || t().rename}
                </button>
                <button class="btn" data-action="duplicate" on:click=duplicate>
                    {move || t().duplicate}
                </button>
                {ended
                    .then(|| {
                        view! {
                            <button
                                class="btn"
                                data-action="archive-plan"
                                title=move || t().archive_hint
                                on:click=archive
                            >
                                {move || t().archive}
                            </button>
                        }
                    })}
                <button
                    class="btn danger-outline"
                    data-action="delete-plan"
                    on:click=move |_| {
                        app.with_plan(id.get_value(), move |_| app.confirm_delete.set(Some(id.get_value())))
                    }
                >
                    {move || t().delete}
                </button>
            </div>
        </article>
    }
}
