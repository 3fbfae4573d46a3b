//! The new plan page, the one way a plan starts (the first visit lands
//! here, the sample one click away): where it starts from (the scenario's
//! templates drawn with their phases, or a blank plan), its name, a new
//! description, the festival and year or the start date, the budget, and
//! the template's roles cast to colleagues (`cast_step`); beside it, what
//! the knowledge base knows about the scenario. Creating is one command (one
//! undo step). Must not know the file format.

use super::cast_step::Cast;
use super::{all_templates, benchmark_lines, benchmarks_memo, template_card};
use crate::i18n::knowledge::festival_name;
use crate::i18n::knowledge::outcome_name;
use crate::i18n::{fill, scenario_name};
use crate::model::base::day::Day;
use crate::model::base::money::Money;
use crate::model::command::dispatch::Command;
use crate::model::knowledge::commands::plan_from_template;
use crate::model::knowledge::data::Outcome;
use crate::model::knowledge::data::Template;
use crate::model::knowledge::rules::lessons_for;
use crate::model::plan::Plan;
use crate::model::plan::Scenario;
use crate::model::sample::sample_plan;
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
    // The first visit: nothing planned yet, so this page greets.
    let first_visit = app.catalog.with_untracked(Vec::is_empty);
    // The scenario of the plan just worked on: the next campaign is often another of the kind.
    let recent = app.catalog.with_untracked(|cards| {
        let id = app.last_plan.get_untracked().or_else(|| app.current_id())?;
        cards.iter().find(|c| c.id == id).filter(|c| !c.is_sample).map(|c| c.scenario)
    });
    let fallback = if first_visit { Scenario::FestivalPromotion } else { Scenario::Other };
    let scenario = RwSignal::new(first.or(recent).unwrap_or(fallback));
    let choice = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let start = RwSignal::new(app.today);
    let budget = RwSignal::new(Money(0));
    let pick = super::festival_pick::Pick::new(app);
    let cast = Cast::new();
    let chosen = Memo::new(move |_| {
        let c = choice.get()?;
        templates.with(|v| v.iter().find(|(x, _)| x.id == c).cloned())
    });
    // Choosing a template starts its roles over and, when it is anchored,
    // lays it on its festival's next season.
    let choose = move |id: Option<String>| {
        let tpl = id.as_ref().and_then(|c| templates.with_untracked(|v| v.iter().find(|(x, _)| x.id == *c).cloned()));
        cast.reset(tpl.as_ref().map_or(0, |(x, _)| x.plan.people.len()));
        let anchor = tpl.as_ref().and_then(|(x, _)| x.anchor.as_ref().map(|a| a.festival));
        pick.festival.set(anchor);
        if let Some(f) = anchor {
            pick.year.set(super::festival_pick::next_year(f, app));
        }
        choice.set(id);
    };
    choose(picked);
    // A festival can be chosen for a template with phases to lay on it.
    let festival_on = Memo::new(move |_| {
        chosen.with(|c| {
            c.as_ref().is_some_and(|(x, _)| {
                !x.plan.phases.is_empty() && (x.anchor.is_some() || x.plan.scenario == Scenario::FestivalPromotion)
            })
        })
    });
    let festival = move || pick.festival.get().filter(|_| festival_on.get());
    let suggested = Memo::new(move |_| match festival() {
        Some(f) => fill(&fill(t.festival_plan_name, "year", &pick.year.get().to_string()), "name", festival_name(l, f)),
        None => l.texts().untitled_plan.to_string(),
    });
    let create = move |_| {
        let title =
            name.with_untracked(|n| if n.trim().is_empty() { suggested.get_untracked() } else { n.trim().to_string() });
        let text = description.get_untracked().trim().to_string();
        let plan = match chosen.get_untracked() {
            Some((tpl, builtin)) => {
                let f = festival();
                let day = f.map(|f| fill(t.festival_day, "name", festival_name(l, f))).unwrap_or_default();
                let made = plan_from_template(
                    &tpl,
                    new_id(),
                    &title,
                    start.get_untracked(),
                    budget.get_untracked(),
                    f.map(|f| (f, pick.year.get_untracked(), day.as_str())),
                );
                let Some(mut p) = made else {
                    app.error(t.festival_not_placed.into());
                    return;
                };
                p.scenario = scenario.get_untracked();
                cast.names.with_untracked(|n| {
                    cast.extra.with_untracked(|x| crate::model::knowledge::commands::cast(&mut p, n, x))
                });
                // A saved template's description was its last campaign's: a new one is asked for.
                p.description = if text.is_empty() && builtin { tpl.plan.description.clone() } else { text };
                p
            }
            None => {
                let mut p = Plan::blank(new_id(), &title, start.get_untracked());
                p.scenario = scenario.get_untracked();
                p.total_budget = budget.get_untracked();
                p.description = text;
                p
            }
        };
        let id = plan.id.clone();
        if app.dispatch(Command::CreatePlan { plan: Box::new(plan), index: None }).is_ok() {
            crate::ui::state::autosave::ask_to_keep();
            app.navigate(Route::Plan { id, view: View::Overview });
        }
    };
    let on_budget = move |e: leptos::ev::Event| {
        if let Some(m) = crate::ui::budget::read_money(app, &event_target_value(&e)) {
            budget.set(m);
        }
    };
    let open_sample = move |_| {
        let have = app.catalog.with_untracked(|c| c.iter().find(|c| c.is_sample).map(|c| c.id.clone()));
        let id = match have {
            Some(id) => id,
            None => {
                let plan = sample_plan(new_id(), app.today, l.sample_lang());
                let id = plan.id.clone();
                if app.dispatch(Command::CreatePlan { plan: Box::new(plan), index: None }).is_err() {
                    return;
                }
                id
            }
        };
        app.navigate(Route::Plan { id, view: View::Overview });
    };
    let placeholder = move || {
        chosen.with(|c| match c {
            Some((x, false)) if !x.plan.description.is_empty() => fill(t.description_last, "text", &x.plan.description),
            Some((x, true)) => x.plan.description.clone(),
            _ => t.description_help.to_string(),
        })
    };
    view! {
        <section class="new-plan" data-testid="new-plan" data-first=first_visit.then_some("1")>
            <div class="card-head">
                <h1>{if first_visit { t.welcome_title } else { t.new_title }}</h1>
                <button class="btn" data-action="open-sample" on:click=open_sample>
                    {t.open_sample}
                </button>
            </div>
            <p class="hint page-hint">{if first_visit { t.welcome_help } else { t.new_help }}</p>
            <div class="new-plan-grid">
                <div>
                    {start_from(app, scenario, choice, chosen, choose)} <section class="card form-grid">
                        <label>
                            <span>{t.name}</span>
                            <input
                                type="text"
                                data-field="name"
                                maxlength="200"
                                placeholder=move || suggested.get()
                                prop:value=move || name.get()
                                on:change=move |e| name.set(event_target_value(&e))
                            />
                        </label>
                        <label class="wide">
                            <span>{t.description}</span>
                            <textarea
                                data-field="description"
                                rows="2"
                                placeholder=placeholder
                                prop:value=move || description.get()
                                on:change=move |e| description.set(event_target_value(&e))
                            ></textarea>
                        </label>
                        {move || {
                            festival_on.get().then(|| super::festival_pick::festival_field(app, app.locale.get(), pick))
                        }}
                        <label>
                            <span>{t.start}</span>
                            <DateBox
                                value=Signal::derive(move || Some(start.get()))
                                label=t.start.to_string()
                                key="start"
                                // A festival sets the dates instead.
                                disabled=Signal::derive(move || festival().is_some())
                                commit=Callback::new(move |d: Option<Day>| {
                                    d.map(|d| start.set(d));
                                    d.is_some()
                                })
                            />
                        </label>
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
                    </section> {move || chosen.get().map(|(x, _)| super::cast_step::cast_step(app, x, cast))}
                    <button class="btn primary big" data-action="create-plan" on:click=create>
                        {t.create}
                    // Why the browser is about to be asked to keep the data (once).
                    </button>
                    {(!crate::storage::persist_asked())
                        .then(|| {
                            view! {
                                <p class="hint small keep-hint">
                                    {crate::i18n::safety::texts(app.locale.get_untracked()).persist_why}
                                </p>
                            }
                        })}
                </div>
                {offer(app, scenario, chosen)}
            </div>
        </section>
    }
}

/// Beside the form: what the knowledge base knows about the scenario — its
/// lessons and the benchmarks of the channels the chosen template uses.
fn offer(app: App, scenario: RwSignal<Scenario>, chosen: Memo<Option<(Template, bool)>>) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    let bench = benchmarks_memo(app);
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
                .map(|(x, _)| {
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
    view! {
        <aside class="card offer" data-testid="offer">
            <h2>{move || fill(t.offer_title, "scenario", scenario_name(l, scenario.get()))}</h2>
            <h3>{t.offer_lessons}</h3>
            {lessons}
            {bench_lines}
        </aside>
    }
}

/// Where the plan starts from: the scenario's templates (the team's, then
/// the built-in ones, each drawn with its phases) and a blank plan.
fn start_from(
    app: App,
    scenario: RwSignal<Scenario>,
    choice: RwSignal<Option<String>>,
    chosen: Memo<Option<(Template, bool)>>,
    choose: impl Fn(Option<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = app.lang().knowledge();
    let templates = Memo::new(move |_| app.with_ws(|w| all_templates(app, &w.knowledge)));
    let mine = Memo::new(move |_| {
        let s = scenario.get();
        templates.with(|v| v.iter().filter(|(x, _)| x.plan.scenario == s).cloned().collect::<Vec<_>>())
    });
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
                                move |_| choose(Some(id.clone()))
                            }
                        />
                        {template_card(app, &x, builtin, false)}
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card">
            <div class="start-head">
                <h2>{t.start_from}</h2>
                <label class="inline">
                    <span>{t.scenario}</span>
                    <select
                        data-field="scenario"
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            if let Some(s) = parse_choice(&Scenario::ALL, &v) {
                                scenario.set(s);
                                if chosen.with_untracked(|c| { c.as_ref().is_some_and(|(c, _)| c.plan.scenario != s) })
                                {
                                    choose(None);
                                }
                            }
                        }
                    >
                        {choice_options(&Scenario::ALL, move |s| scenario.get() == s, scenario_name)}
                    </select>
                </label>
            </div>
            <div class="templates start-options">
                {options} <label class="start-option" class:on=move || choice.get().is_none()>
                    <input
                        type="radio"
                        name="start-from"
                        data-template="blank"
                        prop:checked=move || choice.get().is_none()
                        on:change=move |_| choose(None)
                    />
                    <div class="template">
                        <b>{t.blank}</b>
                        <p class="muted">{t.blank_help}</p>
                    </div>
                </label>
            </div>
        </section>
    }
}
