//! The plan's header fields, its phases and its team, edited in place. Each
//! committed field is one undo step.

use super::state::{new_id, use_app, App};
use crate::i18n::{fmt_money, plan_status_name, scenario_name};
use crate::model::base::day::Day;
use crate::model::base::money::Money;
use crate::model::command::dispatch::PlanCommand;
use crate::model::plan::Plan;
use crate::model::plan::PlanField;
use crate::model::plan::PlanStatus;
use crate::model::plan::Scenario;
use crate::model::schedule::data::Person;
use crate::model::schedule::data::Phase;
use crate::ui::kit::choice::{choice_options, parse_choice};
use crate::ui::kit::date_box::DateBox;
use leptos::prelude::*;

fn run(app: &App, cmd: PlanCommand) -> bool {
    app.dispatch_plan(cmd)
}

/// A new start date moves the end with it: the campaign keeps its length,
/// and a start after the old end is never refused for the end's sake.
fn move_start(app: &App, start: Day) -> bool {
    let Some(id) = app.current_id() else { return false };
    let Some((old_start, old_end)) = app.with_ws_untracked(|w| w.plan(&id).map(|p| (p.start, p.end))) else {
        return false;
    };
    let end = start.add_days(old_start.days_until(old_end));
    if !run(app, PlanCommand::SetField(PlanField::Span(start, end))) {
        return false;
    }
    if end != old_end {
        let l = app.locale.get_untracked();
        let text = crate::i18n::fill(l.texts().end_moved_with_start, "date", &crate::i18n::fmt_date(l, end));
        app.notice.set(Some(super::state::Notice::Info { text, undo: true }));
    }
    true
}

#[component]
pub fn PlanSetup() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let plan = Memo::new(move |_| app.current_id().and_then(|id| app.with_ws(|w| w.plan(&id).cloned())));
    let get = move |f: fn(&Plan) -> String| move || plan.with(|p| p.as_ref().map(f).unwrap_or_default());
    let set_field = move |f: PlanField| run(&app, PlanCommand::SetField(f));
    // A text field that commits on change and shows the model's value again
    // when the change is refused (e.g. an empty name).
    let text_commit = move |el: web_sys::HtmlInputElement, make: fn(String) -> PlanField, old: String| {
        if !set_field(make(el.value())) {
            el.set_value(&old);
        }
    };
    let phases = Memo::new(move |_| plan.with(|p| p.as_ref().map(|p| p.phases.clone()).unwrap_or_default()));
    let people = Memo::new(move |_| plan.with(|p| p.as_ref().map(|p| p.people.clone()).unwrap_or_default()));
    let budget_text = move || plan.with(|p| p.as_ref().map(|p| p.total_budget.to_string()).unwrap_or_default());
    let budget_pretty = move || {
        plan.with(|p| p.as_ref().map(|p| fmt_money(app.locale.get(), p.total_budget, &p.currency)).unwrap_or_default())
    };
    let add_phase = move || {
        let Some(p) = plan.get_untracked() else { return };
        let start = p.phases.last().map(|x| x.end.add_days(1)).unwrap_or(p.start).min(p.end);
        let end = start.add_days(6).min(p.end).max(start);
        run(
            &app,
            PlanCommand::AddPhase { phase: Phase { id: new_id(), name: app.t().new_phase_name.into(), start, end } },
        );
    };
    let add_person = move || {
        run(
            &app,
            PlanCommand::AddPerson {
                person: Person {
                    id: new_id(),
                    name: app.t().new_person_name.into(),
                    role: String::new(),
                    department: String::new(),
                },
            },
        );
    };
    view! {
        <section class="setup" data-testid="plan-setup">
            <div class="card">
                <h2>{move || t().plan_info}</h2>
                <div class="form-grid">
                    <label>
                        {move || t().plan_name}
                        <input
                            type="text"
                            data-field="name"
                            prop:value=get(|p| p.name.clone())
                            on:change=move |ev| text_commit(
                                event_target(&ev),
                                PlanField::Name,
                                get(|p| p.name.clone())(),
                            )
                        />
                    </label>
                    <label>
                        {move || t().scenario}
                        <select
                            data-field="scenario"
                            on:change=move |ev| {
                                if let Some(s) = parse_choice(&Scenario::ALL, &event_target_value(&ev)) {
                                    set_field(PlanField::Scenario(s));
                                }
                            }
                        >
                            {choice_options(
                                &Scenario::ALL,
                                move |s| plan.with(|p| p.as_ref().is_some_and(|p| p.scenario == s)),
                                scenario_name,
                            )}
                        </select>
                    </label>
                    <label>
                        {move || t().start_date}
                        <DateBox
                            value=Signal::derive(move || plan.with(|p| p.as_ref().map(|p| p.start)))
                            label=Signal::derive(move || t().start_date.to_string())
                            key="start"
                            commit=Callback::new(move |d: Option<Day>| d.is_some_and(|d| move_start(&app, d)))
                        />
                    </label>
                    <label>
                        {move || t().end_date}
                        <DateBox
                            value=Signal::derive(move || plan.with(|p| p.as_ref().map(|p| p.end)))
                            label=Signal::derive(move || t().end_date.to_string())
                            key="end"
                            commit=Callback::new(move |d: Option<Day>| d.is_some_and(|d| set_field(PlanField::End(d))))
                        />
                    </label>
                    <label>
                        {move || t().total_budget}
                        <input
                            type="text"
                            inputmode="decimal"
                            data-field="budget"
                            prop:value=budget_text
                            on:change=move |ev| {
                                let el: web_sys::HtmlInputElement = event_target(&ev);
                                match Money::read(&el.value()) {
                                    Some(m) if m.0 >= 0 => {
                                        set_field(PlanField::TotalBudget(m));
                                    }
                                    _ => {
                                        el.set_value(&budget_text());
                                        app.notice
                                            .set(
                                                Some(
                                                    super::state::Notice::Error(
                                                        format!("{}: {}", app.t().total_budget, app.t().invalid_amount),
                                                    ),
                                                ),
                                            );
                                    }
                                }
                            }
                        /> <span class="field-hint">{budget_pretty}</span>
                    </label>
                    <label>
                        {move || t().currency}
                        <select
                            data-field="currency"
                            on:change=move |ev| {
                                set_field(PlanField::Currency(event_target_value(&ev)));
                            }
                        >
                            {["CNY", "USD", "EUR", "HKD", "JPY", "GBP"]
                                .into_iter()
                                .map(|c| {
                                    view! {
                                        <option
                                            value=c
                                            prop:selected=move || {
                                                plan.with(|p| p.as_ref().is_some_and(|p| p.currency == c))
                                            }
                                        >
                                            {c}
                                        </option>
                                    }
                                })
                                .collect::<Vec<_>>()}
                        </select>
                    </label>
                    <label>
                        {move || t().plan_status}
                        <select
                            data-field="status"
                            on:change=move |ev| {
                                if let Some(s) = parse_choice(&PlanStatus::ALL, &event_target_value(&ev)) {
                                    set_field(PlanField::Status(s));
                                }
                            }
                        >
                            {choice_options(
                                &PlanStatus::ALL,
                                move |s| plan.with(|p| p.as_ref().is_some_and(|p| p.status == s)),
                                plan_status_name,
                            )}
                        </select>
                    </label>
                    <label class="wide">
                        {move || t().description}
                        <textarea
                            data-field="description"
                            rows="3"
                            prop:value=get(|p| p.description.clone())
                            on:change=move |ev| {
                                set_field(PlanField::Description(event_target_value(&ev)));
                            }
                        ></textarea>
                    </label>
                </div>
            </div>
            <div class="two-col">
                <div class="phases-col">
                    <ListCard
                        title=move || t().phases
                        add_label=move || t().add_phase
                        add_action="add-phase"
                        on_add=add_phase
                        empty=move || t().no_phases_setup
                        is_empty=move || phases.with(Vec::is_empty)
                        headers=move || [t().label, t().start_date, t().end_date]
                    >
                        <For each=move || phases.get() key=|p| p.clone() let:ph>
                            <PhaseRow phase=ph />
                        </For>
                    </ListCard>
                    <PhasesByLength />
                </div>
                <ListCard
                    title=move || t().people
                    add_label=move || t().add_person
                    add_action="add-person"
                    on_add=add_person
                    empty=move || t().no_people
                    is_empty=move || people.with(Vec::is_empty)
                    headers=move || [t().name, t().role, t().department]
                >
                    <For each=move || people.get() key=|p| p.clone() let:person>
                        <PersonRow person=person />
                    </For>
                </ListCard>
            </div>
            <crate::ui::schedule::calendar_card::CalendarCard />
            <crate::ui::documents::rhythm::RhythmCard />
        </section>
    }
}

/// Phases typed by length ("预热期 3 周, 爆发期 1 周") and laid end to end
/// from the plan's start in one step; a phase of the same name keeps its
/// id, so its work items stay in it.
#[component]
fn PhasesByLength() -> impl IntoView {
    use crate::model::schedule::phases::{lay_out, parse_spans};
    let app = use_app();
    let t = move || app.t();
    let text = NodeRef::<leptos::html::Input>::new();
    let lay = move || {
        let Some(el) = text.get_untracked() else { return };
        let Some(id) = app.current_id() else { return };
        let Some(p) = app.with_ws_untracked(|w| w.plan(&id).cloned()) else { return };
        let l = app.locale.get_untracked();
        let spans = match parse_spans(&el.value()) {
            Ok(s) => s,
            Err(e) => {
                app.error(crate::i18n::errors::span_error(l, &e));
                return;
            }
        };
        let phases: Vec<Phase> = lay_out(p.start, &spans)
            .into_iter()
            .map(|(name, start, end)| {
                let id = p.phases.iter().find(|x| x.name == name).map_or_else(new_id, |x| x.id.clone());
                Phase { id, name, start, end }
            })
            .collect();
        let (first, last) = (phases[0].start, phases[phases.len() - 1].end);
        if run(&app, PlanCommand::LayPhases { phases: phases.clone() }) {
            let tx = l.texts();
            let mut msg = crate::i18n::fill(
                &crate::i18n::fill(tx.phases_laid, "n", &phases.len().to_string()),
                "range",
                &crate::i18n::fmt_range(l, first, last),
            );
            if last > p.end {
                msg.push_str(&crate::i18n::fill(tx.phases_past_end, "n", &p.end.days_until(last).to_string()));
            }
            app.notice.set(Some(super::state::Notice::Info { text: msg, undo: true }));
            el.set_value("");
        }
    };
    view! {
        <div class="card phases-by-length">
            <label>
                <span>{move || t().phases_by_length}</span>
                <div class="add-box">
                    <input
                        type="text"
                        node_ref=text
                        data-field="phases-by-length"
                        placeholder=move || t().phases_by_length_example
                        on:keydown=move |e| {
                            if e.key() == "Enter" {
                                lay()
                            }
                        }
                    />
                    <button class="btn" data-action="lay-phases" on:click=move |_| lay()>
                        {move || t().lay_phases}
                    </button>
                </div>
            </label>
        </div>
    }
}

#[component]
fn PhaseRow(phase: Phase) -> impl IntoView {
    let app = use_app();
    let ph = StoredValue::new(phase.clone());
    let update = move |el: web_sys::HtmlInputElement, f: &dyn Fn(&mut Phase, String) -> bool, old: String| {
        let mut p = ph.get_value();
        if !(f(&mut p, el.value()) && run(&app, PlanCommand::UpdatePhase { phase: p })) {
            el.set_value(&old);
        }
    };
    let set_phase = move |f: &dyn Fn(&mut Phase)| {
        let mut p = ph.get_value();
        f(&mut p);
        run(&app, PlanCommand::UpdatePhase { phase: p })
    };
    let name = phase.name.clone();
    view! {
        <tr>
            <td>
                <input
                    type="text"
                    class="cell"
                    aria-label=move || app.t().label
                    prop:value=name.clone()
                    on:change=move |ev| update(
                        event_target(&ev),
                        &|p, v| {
                            p.name = v;
                            true
                        },
                        name.clone(),
                    )
                />
            </td>
            <td>
                <DateBox
                    value=Signal::derive(move || Some(ph.with_value(|p| p.start)))
                    label=Signal::derive(move || {
                        format!("{} · {}", ph.with_value(|p| p.name.clone()), app.t().start_date)
                    })
                    key="phase-start"
                    class="cell"
                    commit=Callback::new(move |d: Option<Day>| {
                        d.is_some_and(|d| {
                            set_phase(
                                &|p: &mut Phase| {
                                    let len = p.start.days_until(p.end);
                                    p.start = d;
                                    p.end = d.add_days(len);
                                },
                            )
                        })
                    })
                />
            </td>
            <td>
                <DateBox
                    value=Signal::derive(move || Some(ph.with_value(|p| p.end)))
                    label=Signal::derive(move || {
                        format!("{} · {}", ph.with_value(|p| p.name.clone()), app.t().end_date)
                    })
                    key="phase-end"
                    class="cell"
                    commit=Callback::new(move |d: Option<Day>| d.is_some_and(|d| set_phase(&|p: &mut Phase| p.end = d)))
                />
            </td>
            <td>
                <button
                    class="icon-btn small"
                    title=move || app.t().delete
                    aria-label=move || app.t().delete
                    on:click=move |_| {
                        run(
                            &app,
                            PlanCommand::DeletePhase {
                                id: ph.get_value().id,
                            },
                        );
                    }
                >
                    "×"
                </button>
            </td>
        </tr>
    }
}

#[component]
fn PersonRow(person: Person) -> impl IntoView {
    let app = use_app();
    let pv = StoredValue::new(person.clone());
    let update = move |el: web_sys::HtmlInputElement, f: fn(&mut Person, String), old: String| {
        let mut p = pv.get_value();
        f(&mut p, el.value());
        if p.name.trim().is_empty() || !run(&app, PlanCommand::UpdatePerson { person: p }) {
            el.set_value(&old);
        }
    };
    let (name, role, dept) = (person.name.clone(), person.role.clone(), person.department.clone());
    view! {
        <tr>
            <td>
                <input
                    type="text"
                    class="cell"
                    aria-label=move || app.t().name
                    prop:value=name.clone()
                    on:change=move |ev| update(event_target(&ev), |p, v| p.name = v, name.clone())
                />
            </td>
            <td>
                <input
                    type="text"
                    class="cell"
                    aria-label=move || app.t().role
                    prop:value=role.clone()
                    on:change=move |ev| update(event_target(&ev), |p, v| p.role = v, role.clone())
                />
            </td>
            <td>
                <input
                    type="text"
                    class="cell"
                    aria-label=move || app.t().department
                    prop:value=dept.clone()
                    on:change=move |ev| update(event_target(&ev), |p, v| p.department = v, dept.clone())
                />
            </td>
            <td class="row-actions">
                <button
                    class="icon-btn small"
                    data-action="send-to"
                    title=move || crate::i18n::team::texts(app.locale.get()).send_to
                    aria-label=move || crate::i18n::team::texts(app.locale.get()).send_to
                    on:click=move |_| app.send_to.set(Some(pv.get_value().id))
                >
                    "↗"
                </button>
                <button
                    class="icon-btn small"
                    title=move || app.t().delete
                    aria-label=move || app.t().delete
                    on:click=move |_| {
                        run(
                            &app,
                            PlanCommand::DeletePerson {
                                id: pv.get_value().id,
                            },
                        );
                    }
                >
                    "×"
                </button>
            </td>
        </tr>
    }
}

/// A card holding a small editable table (phases, people) with its add
/// button and an empty state that says what to do.
#[component]
fn ListCard(
    title: impl Fn() -> &'static str + Send + Sync + 'static,
    add_label: impl Fn() -> &'static str + Send + Sync + 'static,
    add_action: &'static str,
    on_add: impl Fn() + Send + Sync + 'static,
    empty: impl Fn() -> &'static str + Send + Sync + Copy + 'static,
    is_empty: impl Fn() -> bool + Send + Sync + 'static,
    headers: impl Fn() -> [&'static str; 3] + Send + Sync + Copy + 'static,
    children: ChildrenFn,
) -> impl IntoView {
    let head = move |i: usize| move || headers()[i];
    view! {
        <div class="card">
            <div class="card-head">
                <h2>{title}</h2>
                <button class="btn" data-action=add_action on:click=move |_| on_add()>
                    "+ "
                    {add_label}
                </button>
            </div>
            <Show when=move || !is_empty() fallback=move || view! { <p class="empty">{empty()}</p> }>
                <table class="grid compact">
                    <thead>
                        <tr>
                            <th>{head(0)}</th>
                            <th>{head(1)}</th>
                            <th>{head(2)}</th>
                            <th></th>
                        </tr>
                    </thead>
                    <tbody>{children()}</tbody>
                </table>
            </Show>
        </div>
    }
}
