//! The plan library: every plan in this browser, to open, create (blank or
//! from the sample), rename, duplicate and delete (confirmed, undoable).

use super::route::{Route, View};
use super::sample_lang;
use super::state::{new_id, use_app};
use crate::i18n::{fmt_range, plan_status_name, scenario_name};
use crate::model::sample::sample_plan;
use crate::model::{Command, Day, Plan, PlanCommand, PlanField, PlanStatus, Scenario};
use leptos::prelude::*;

/// What a card shows: the plan's header, not its content.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Card {
    id: String,
    name: String,
    scenario: Scenario,
    status: PlanStatus,
    start: Day,
    end: Day,
    is_sample: bool,
    items: usize,
}

#[component]
pub fn PlanLibrary() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let cards = Memo::new(move |_| {
        app.ws.with(|w| {
            w.plans
                .iter()
                .map(|p| Card {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    scenario: p.scenario,
                    status: p.status,
                    start: p.start,
                    end: p.end,
                    is_sample: p.is_sample,
                    items: p.work_items.len(),
                })
                .collect::<Vec<_>>()
        })
    });
    let create = move |plan: Plan| {
        let id = plan.id.clone();
        if app.dispatch(Command::CreatePlan { plan: Box::new(plan), index: None }).is_ok() {
            app.navigate(Route::Plan { id, view: View::Overview });
        }
    };
    let new_blank = move |_| create(Plan::blank(new_id(), app.t().untitled_plan, app.today));
    let new_sample = move |_| create(sample_plan(new_id(), app.today, sample_lang(app.locale.get_untracked())));
    view! {
        <section class="library" data-testid="library">
            <div class="card-head">
                <h1>{move || t().library_title}</h1>
                <div class="toolbar">
                    <button class="btn primary" data-action="new-blank" on:click=new_blank>"+ " {move || t().new_blank}</button>
                    <button class="btn" data-action="new-sample" on:click=new_sample>{move || t().new_from_sample}</button>
                </div>
            </div>
            <Show when=move || !cards.with(|c| c.is_empty()) fallback=move || view! { <p class="empty big">{t().no_plans}</p> }>
                <div class="plan-grid">
                    <For each=move || cards.get() key=|c| c.clone() let:c>
                        <PlanCard card=c/>
                    </For>
                </div>
            </Show>
        </section>
    }
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
        let Some(mut p) = app.ws.with_untracked(|w| w.plan(&id.get_value()).cloned()) else { return };
        p.id = new_id();
        p.name = format!("{}{}", p.name, app.t().copy_suffix);
        p.is_sample = false;
        let _ = app.dispatch(Command::CreatePlan { plan: Box::new(p), index: None });
    };
    let p = card.clone();
    let items = card.items;
    let name = StoredValue::new(card.name.clone());
    let commit = move |el: web_sys::HtmlInputElement| {
        renaming.set(false);
        let v = el.value();
        if v.trim() != name.get_value().trim() {
            let _ = app.dispatch(Command::Plan {
                plan_id: id.get_value(),
                cmd: PlanCommand::SetField(PlanField::Name(v.trim().to_string())),
            });
        }
    };
    let name2 = card.name.clone();
    view! {
        <article class="plan-card" class:current=is_current data-plan-id=card.id.clone()>
            <div class="plan-card-head">
                <Show when=move || renaming.get() fallback={
                    let name = name2.clone();
                    move || view! { <a class="plan-name" href=Route::Plan { id: id.get_value(), view: View::Overview }.to_hash()>{name.clone()}</a> }
                }>
                    <input type="text" class="rename-input" autofocus prop:value=name.get_value()
                        on:change=move |ev| commit(event_target(&ev))
                        on:keydown=move |e: web_sys::KeyboardEvent| if e.key() == "Escape" { renaming.set(false) }/>
                </Show>
                {p.is_sample.then(|| view! { <span class="badge">{move || t().sample_badge}</span> })}
                <Show when=is_current><span class="badge current">{move || t().current}</span></Show>
            </div>
            <p class="muted">{move || scenario_name(app.locale.get(), p.scenario)} " · " {move || plan_status_name(app.locale.get(), p.status)}</p>
            <p class="muted">{move || fmt_range(app.locale.get(), p.start, p.end)}</p>
            <p class="muted">{items} " " {move || t().items_word}</p>
            <div class="plan-card-actions">
                <button class="btn primary" data-action="open" on:click=open>{move || t().open}</button>
                <button class="btn" data-action="rename" on:click=move |_| renaming.set(true)>{move || t().rename}</button>
                <button class="btn" data-action="duplicate" on:click=duplicate>{move || t().duplicate}</button>
                <button class="btn danger-outline" data-action="delete-plan" on:click=move |_| app.confirm_delete.set(Some(id.get_value()))>
                    {move || t().delete}
                </button>
            </div>
        </article>
    }
}
