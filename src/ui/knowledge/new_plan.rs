//! The new plan page: name, scenario, start date and budget, then where to
//! start from (a blank plan, a saved template or a built-in one); beside it,
//! what the knowledge base knows about the scenario: its lessons and the
//! benchmarks of the channels the chosen template uses. Creating is one
//! command (one undo step). Must not know the file format.

use super::{all_templates, benchmark_lines, benchmarks_memo, template_card};
use crate::i18n::knowledge::festival_name;
use crate::i18n::knowledge::outcome_name;
use crate::i18n::{fill, scenario_name};
use crate::model::base::day::Day;
use crate::model::base::money::Money;
use crate::model::command::dispatch::Command;
use crate::model::knowledge::commands::place_on_festival;
use crate::model::knowledge::data::Outcome;
use crate::model::knowledge::rules::instantiate;
use crate::model::knowledge::rules::lessons_for;
use crate::model::plan::Plan;
use crate::model::plan::Scenario;
use crate::ui::kit::choice::{choice_options, parse_choice};
use crate::ui::kit::date_box::DateBox;
use crate::ui::route::{Route, View};
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

#[component]
pub fn NewPlanPage() -> impl IntoView {
    let app = use_app();
    move || {
        app.locale.track();
        let picked = match app.route.get() {
            Route::NewPlan { template } => template,
            _ => None,
        };
        page(app, picked)
    }
}

fn page(app: App, picked: Option<String>) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    let templates = Memo::new(move |_| app.with_ws(|w| all_templates(app, &w.knowledge)));
    let first = templates.with_untracked(|v| {
        picked.as_ref().and_then(|p| v.iter().find(|(x, _)| x.id == *p).map(|(x, _)| x.plan.scenario))
    });
    let scenario = RwSignal::new(first.unwrap_or(Scenario::Other));
    let choice = RwSignal::new(picked);
    let name = RwSignal::new(l.texts().untitled_plan.to_string());
    let start = RwSignal::new(app.today);
    let budget = RwSignal::new(Money(0));
    let pick = super::festival_pick::Pick::new(app);
    let bench = benchmarks_memo(app);
    let mine = Memo::new(move |_| {
        let s = scenario.get();
        templates.with(|v| v.iter().filter(|(x, _)| x.plan.scenario == s).cloned().collect::<Vec<_>>())
    });
    let chosen = Memo::new(move |_| {
        let c = choice.get()?;
        templates.with(|v| v.iter().find(|(x, _)| x.id == c).map(|(x, _)| x.clone()))
    });
    let create = move |_| {
        let plan = match chosen.get_untracked() {
            Some(tpl) => {
                let mut p = instantiate(
                    &tpl,
                    new_id(),
                    name.get_untracked().trim(),
                    start.get_untracked(),
                    budget.get_untracked(),
                    "CNY",
                );
                p.scenario = scenario.get_untracked();
                // Laid on a festival when one is chosen for a festival campaign.
                let f = pick.festival.get_untracked().filter(|_| p.scenario == Scenario::FestivalPromotion);
                if let Some(f) = f {
                    let l = app.lang();
                    let title = fill(l.knowledge().festival_day, "name", festival_name(l, f));
                    if !place_on_festival(&mut p, f, pick.year.get_untracked(), &title) {
                        app.error(l.knowledge().festival_not_placed.into());
                    }
                }
                p
            }
            None => {
                let mut p = Plan::blank(new_id(), name.get_untracked().trim(), start.get_untracked());
                p.scenario = scenario.get_untracked();
                p.total_budget = budget.get_untracked();
                p
            }
        };
        let id = plan.id.clone();
        if app.dispatch(Command::CreatePlan { plan: Box::new(plan), index: None }).is_ok() {
            app.navigate(Route::Plan { id, view: View::Overview });
        }
    };
    let on_budget = move |e: leptos::ev::Event| {
        if let Some(m) = crate::ui::budget::read_money(app, &event_target_value(&e)) {
            budget.set(m);
        }
    };
    let lessons = move || {
        let s = scenario.get();
        app.with_ws(|w| {
            let all = lessons_for(&w.knowledge.lessons, s);
            let n = all.len();
            if n == 0 {
                return view! { <p class="muted">{t.offer_none}</p> }.into_any();
            }
            let items = all
                .iter()
                .take(5)
                .map(|x| {
                    let cls = if x.outcome == Outcome::Failure { "outcome failure" } else { "outcome success" };
                    let from = x.source.as_ref().map(|s| format!(" · {}", s.name)).unwrap_or_default();
                    view! {
                        <li data-lesson=x.id.clone()>
                            <span class=cls>{outcome_name(l, x.outcome)}</span>
                            " "
                            {x.text.clone()}
                            <span class="muted">{from}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="plain-list offer-lessons" data-testid="offer-lessons">
                    {items}
                </ul>
                <a href="#/knowledge">{fill(t.offer_more, "n", &n.to_string())}</a>
            }
            .into_any()
        })
    };
    let bench_lines = move || {
        let channels: Vec<String> = chosen.with(|c| {
            c.as_ref()
                .map(|x| {
                    let mut v: Vec<String> = vec![];
                    for ch in
                        x.plan.kpis.iter().map(|k| &k.channel).chain(x.plan.budget.lines.iter().map(|l| &l.channel))
                    {
                        if !ch.is_empty() && !v.contains(ch) {
                            v.push(ch.clone());
                        }
                    }
                    v
                })
                .unwrap_or_default()
        });
        let lines = bench.with(|b| benchmark_lines(l, b, &channels, "CNY"));
        (!lines.is_empty()).then(|| {
            view! {
                <h3>{t.benchmarks_title}</h3>
                <ul class="plain-list" data-testid="offer-benchmarks">
                    {lines.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}
                </ul>
            }
        })
    };
    let options = move || {
        mine.get()
            .into_iter()
            .map(|(x, builtin)| {
                let id = x.id.clone();
                let id2 = x.id.clone();
                view! {
                    <label class="start-option" class:on=move || choice.get().as_deref() == Some(id.as_str())>
                        <input
                            type="radio"
                            name="start-from"
                            data-template=x.id.clone()
                            prop:checked=move || choice.get().as_deref() == Some(id2.as_str())
                            on:change={
                                let id = x.id.clone();
                                move |_| choice.set(Some(id.clone()))
                            }
                        />
                        {template_card(app, &x, builtin, false)}
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <section class="new-plan" data-testid="new-plan">
            <div class="card-head">
                <h1>{t.new_title}</h1>
            </div>
            <p class="hint page-hint">{t.new_help}</p>
            <div class="new-plan-grid">
                <div>
                    <section class="card form-grid">
                        <label>
                            <span>{t.name}</span>
                            <input
                                type="text"
                                data-field="name"
                                prop:value=move || name.get()
                                on:change=move |e| name.set(event_target_value(&e))
                            />
                        </label>
                        <label>
                            <span>{t.scenario}</span>
                            <select
                                data-field="scenario"
                                on:change=move |e| {
                                    let v = event_target_value(&e);
                                    if let Some(s) = parse_choice(&Scenario::ALL, &v) {
                                        scenario.set(s);
                                        if chosen.with_untracked(|c| c.as_ref().is_some_and(|c| c.plan.scenario != s)) {
                                            choice.set(None);
                                        }
                                    }
                                }
                            >
                                {choice_options(&Scenario::ALL, move |s| scenario.get() == s, scenario_name)}
                            </select>
                        </label>
                        <label>
                            <span>{t.start}</span>
                            <DateBox
                                value=Signal::derive(move || Some(start.get()))
                                label=t.start.to_string()
                                key="start"
                                // A festival sets the dates instead.
                                disabled=Signal::derive(move || {
                                    scenario.get() == Scenario::FestivalPromotion && pick.festival.get().is_some()
                                })
                                commit=Callback::new(move |d: Option<Day>| {
                                    d.map(|d| start.set(d));
                                    d.is_some()
                                })
                            />
                        </label>
                        {move || {
                            (scenario.get() == Scenario::FestivalPromotion)
                                .then(|| super::festival_pick::festival_field(app, app.locale.get(), pick))
                        }}
                        <label>
                            <span>{t.budget}</span>
                            <input
                                type="text"
                                inputmode="decimal"
                                data-field="budget"
                                prop:value=move || crate::ui::budget::money_field(budget.get())
                                on:change=on_budget
                            />
                        </label>
                    </section>
                    <h2>{t.start_from}</h2>
                    <div class="templates start-options">
                        <label class="start-option" class:on=move || choice.get().is_none()>
                            <input
                                type="radio"
                                name="start-from"
                                data-template="blank"
                                prop:checked=move || choice.get().is_none()
                                on:change=move |_| choice.set(None)
                            />
                            <div class="template">
                                <b>{t.blank}</b>
                                <p class="muted">{t.blank_help}</p>
                            </div>
                        </label>
                        {options}
                    </div>
                    <button class="btn primary big" data-action="create-plan" on:click=create>
                        {t.create}
                    </button>
                </div>
                <aside class="card offer" data-testid="offer">
                    <h2>{move || fill(t.offer_title, "scenario", scenario_name(l, scenario.get()))}</h2>
                    <h3>{t.offer_lessons}</h3>
                    {lessons}
                    {bench_lines}
                </aside>
            </div>
        </section>
    }
}
