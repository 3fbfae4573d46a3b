//! The details drawer of one work item: the one owner, collaborators and
//! departments, interface person, deliverable and acceptance standard,
//! resource needs, channel, milestone and fixed-date flags, status with the
//! reason of an exception, and the dated log. Every field saves on change as
//! one command. Must not know the file format.

use crate::i18n::{fmt_date, status_name};
use crate::model::base::id::Id;
use crate::model::command::dispatch::PlanCommand;
use crate::model::schedule::commands::ItemField;
use crate::model::schedule::commands::ItemLink;
use crate::model::schedule::data::LogEntry;
use crate::model::schedule::data::Status;
use crate::model::schedule::data::WorkItem;
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

fn set(app: App, id: &str, field: ItemField) {
    app.dispatch_plan(PlanCommand::SetItem { id: id.to_string(), field });
}

/// A checkbox per option (people, strategies); a tick links the item to
/// that one or unlinks it (the model works out the list).
fn check_chips(
    app: App,
    item: &str,
    options: Vec<(Id, String)>,
    current: &[Id],
    link: fn(Id) -> ItemLink,
) -> impl IntoView {
    options
        .into_iter()
        .map(|(oid, name)| {
            let on = current.contains(&oid);
            let item = item.to_string();
            view! {
                <label class="chip-check">
                    <input
                        type="checkbox"
                        data-option=oid.clone()
                        prop:checked=on
                        on:change=move |e| {
                            let to = link(oid.clone());
                            app.dispatch_plan(PlanCommand::Link {
                                item: item.clone(),
                                to,
                                on: event_target_checked(&e),
                            });
                        }
                    />
                    {name}
                </label>
            }
        })
        .collect_view()
}

#[component]
pub fn ItemDetails(open: RwSignal<Option<Id>>) -> impl IntoView {
    let app = use_app();
    let g = move || app.locale.get().gantt();
    let item = Memo::new(move |_| {
        let id = open.get()?;
        let pid = app.current_id()?;
        app.with_ws(|w| w.plan(&pid).and_then(|p| p.item(&id).cloned()))
    });
    let people = app.people_memo();
    let channels = app.plan_memo(crate::model::plan::Plan::channels);
    let strategies = app.plan_memo(|p| p.strategy.strategies());
    // Float, criticality and slip of this item, from the schedule.
    let facts = Memo::new(move |_| {
        let id = open.get()?;
        app.analysis.with(|a| {
            let a = a.as_ref()?;
            a.rows.get(*a.index.get(&id)?).cloned()
        })
    });
    let close = move |_| open.set(None);
    // Escape closes the drawer wherever focus is; opening it moves focus in.
    crate::ui::close_on_escape(open);
    Effect::new(move |prev: Option<Option<Id>>| {
        let now = open.get();
        if now.is_some() && prev.flatten() != now {
            request_animation_frame(|| {
                if let Some(el) = document()
                    .query_selector("[data-testid=\"item-details\"] [data-action=\"close-details\"]")
                    .ok()
                    .flatten()
                {
                    use wasm_bindgen::JsCast;
                    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
        now
    });
    move || {
        let w = item.get()?;
        let id = w.id.clone();
        let l = app.locale.get();
        let t = app.t();
        let id_text = id.clone();
        let text_field =
            move |label: &'static str, key: &'static str, value: String, f: fn(String) -> ItemField, multi: bool| {
                let id = id_text.clone();
                let on_change = move |v: String| {
                    set(app, &id, f(v));
                };
                if multi {
                    view! {
                        <label class="field">
                            <span>{label}</span>
                            <textarea
                                data-field=key
                                rows="2"
                                prop:value=value
                                on:change=move |e| on_change(event_target_value(&e))
                            ></textarea>
                        </label>
                    }
                    .into_any()
                } else {
                    view! {
                        <label class="field">
                            <span>{label}</span>
                            <input
                                type="text"
                                data-field=key
                                prop:value=value
                                on:change=move |e| on_change(event_target_value(&e))
                            />
                        </label>
                    }
                    .into_any()
                }
            };
        let person_select = {
            let id = id.clone();
            move |label: &'static str, key: &'static str, current: Option<Id>, f: fn(Option<Id>) -> ItemField| {
                let id = id.clone();
                view! {
                    <label class="field">
                        <span>{label}</span>
                        <select
                            data-field=key
                            on:change=move |e| {
                                let v = event_target_value(&e);
                                set(app, &id, f(if v.is_empty() { None } else { Some(v) }));
                            }
                        >
                            <option value="" selected=current.is_none()>
                                {g().none}
                            </option>
                            {people
                                .get()
                                .into_iter()
                                .map(|(pid, name)| {
                                    let sel = current.as_deref() == Some(pid.as_str());
                                    view! {
                                        <option value=pid selected=sel>
                                            {name}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                }
            }
        };
        let collab = check_chips(app, &id, people.get(), &w.collaborators, ItemLink::Collaborator);
        // The strategies (TOWS or tactics) this item carries out, for the trace.
        let serves = check_chips(app, &id, strategies.get(), &w.serves, ItemLink::Strategy);
        let st = l.strategy();
        let log_text = RwSignal::new(String::new());
        let add_log = {
            let id = id.clone();
            let log = w.log.clone();
            move || {
                let text = log_text.get_untracked().trim().to_string();
                if text.is_empty() {
                    return;
                }
                let mut l = log.clone();
                l.push(LogEntry { date: app.today, text });
                set(app, &id, ItemField::Log(l));
                log_text.set(String::new());
            }
        };
        let add_log2 = add_log.clone();
        let exception = w.status == Status::Exception;
        let reason_missing = exception && w.exception_reason.trim().is_empty();
        let facts_line = facts.get().map(|r| crate::i18n::gantt::schedule_facts(l, &r).join(" · "));
        let WorkItem {
            owner,
            interface,
            deliverable,
            acceptance,
            resources,
            channel,
            departments,
            milestone,
            fixed,
            ..
        } = w.clone();
        let id_ms = id.clone();
        let id_fx = id.clone();
        let id_st = id.clone();
        let id_ch = id.clone();
        let id_dep = id.clone();
        let id_reason = id.clone();
        let id_tpl = id.clone();
        Some(view! {
            <aside class="drawer" role="dialog" aria-label=g().details data-testid="item-details">
                <div class="drawer-head">
                    <h2>{w.title.clone()}</h2>
                    <button class="icon-btn" aria-label=g().close data-action="close-details" on:click=close>
                        "×"
                    </button>
                </div>
                {facts_line.filter(|f| !f.is_empty()).map(|f| view! { <p class="facts">{f}</p> })}
                <div class="drawer-body">
                    {person_select(g().owner_one, "owner", owner, ItemField::Owner)}
                    <fieldset class="field" data-field="collaborators">
                        <legend>{g().collaborators}</legend>
                        <div class="chips">{collab}</div>
                    </fieldset> <fieldset class="field" data-field="serves">
                        <legend title=st.item_serves_hint>{st.item_serves}</legend>
                        <div class="chips">{serves}</div>
                        {strategies
                            .with(|s| s.is_empty())
                            .then(|| view! { <p class="muted small">{st.no_strategies}</p> })}
                    </fieldset> <label class="field">
                        <span>{g().departments} <small class="muted">" (" {g().departments_hint} ")"</small></span>
                        <input
                            type="text"
                            data-field="departments"
                            prop:value=departments.join("、")
                            on:change=move |e| {
                                set(
                                    app,
                                    &id_dep,
                                    ItemField::Departments(crate::ui::kit::choice::split_list(&event_target_value(&e))),
                                );
                            }
                        />
                    </label> {person_select(g().interface, "interface", interface, ItemField::Interface)}
                    {text_field(g().deliverable, "deliverable", deliverable, ItemField::Deliverable, false)}
                    {text_field(g().acceptance, "acceptance", acceptance, ItemField::Acceptance, true)}
                    {text_field(g().resources, "resources", resources, ItemField::Resources, true)}
                    <label class="field">
                        <span>{g().channel}</span>
                        <input
                            type="text"
                            data-field="channel"
                            list="channel-list"
                            prop:value=channel
                            on:change=move |e| set(app, &id_ch, ItemField::Channel(event_target_value(&e)))
                        />
                        <datalist id="channel-list">
                            {channels.get().into_iter().map(|c| view! { <option value=c /> }).collect_view()}
                        </datalist>
                    </label> <div class="field row">
                        <label class="check">
                            <input
                                type="checkbox"
                                data-field="milestone"
                                prop:checked=milestone
                                on:change=move |e| set(app, &id_ms, ItemField::Milestone(event_target_checked(&e)))
                            />
                            {g().milestone_flag}
                        </label>
                        <label class="check">
                            <input
                                type="checkbox"
                                data-field="fixed"
                                prop:checked=fixed
                                on:change=move |e| set(app, &id_fx, ItemField::Fixed(event_target_checked(&e)))
                            />
                            {g().fixed_flag}
                        </label>
                    </div> <label class="field">
                        <span>{t.col_status}</span>
                        <select
                            data-field="status"
                            on:change=move |e| {
                                if let Some(s) = crate::ui::kit::choice::parse_choice(
                                    &Status::ALL,
                                    &event_target_value(&e),
                                ) {
                                    set(app, &id_st, ItemField::Status(s, app.today));
                                }
                            }
                        >
                            {Status::ALL
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <option value=format!("{s:?}") selected=w.status == s>
                                            {status_name(l, s)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    {exception
                        .then(|| {
                            view! {
                                <label class="field" class:invalid=reason_missing>
                                    <span>{g().exception_reason}</span>
                                    <textarea
                                        data-field="exception-reason"
                                        rows="2"
                                        prop:value=w.exception_reason.clone()
                                        on:change=move |e| set(
                                            app,
                                            &id_reason,
                                            ItemField::ExceptionReason(event_target_value(&e)),
                                        )
                                    ></textarea>
                                    {reason_missing
                                        .then(|| {
                                            view! {
                                                <small class="error-text" role="alert">
                                                    {g().exception_reason_missing}
                                                </small>
                                            }
                                        })}
                                </label>
                            }
                        })} {crate::ui::schedule::facts::facts(app, &w)} <section class="log">
                        <h3>{g().log}</h3>
                        {if w.log.is_empty() {
                            view! { <p class="muted">{g().log_empty}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="log-list" data-testid="log">
                                    {w
                                        .log
                                        .iter()
                                        .rev()
                                        .map(|e| {
                                            view! {
                                                <li>
                                                    <time>{fmt_date(l, e.date)}</time>
                                                    <span>{e.text.clone()}</span>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                        <div class="log-add">
                            <input
                                type="text"
                                data-field="log-text"
                                placeholder=g().log_placeholder
                                prop:value=move || log_text.get()
                                on:input=move |e| log_text.set(event_target_value(&e))
                                on:keydown=move |e| {
                                    if e.key() == "Enter" {
                                        add_log2()
                                    }
                                }
                            />
                            <button class="btn" data-action="add-log" on:click=move |_| add_log()>
                                {g().log_add}
                            </button>
                        </div>
                    </section>
                    <button
                        class="btn"
                        data-action="save-subtree"
                        on:click=move |_| crate::ui::knowledge::save_as_template(app, Some(&id_tpl))
                    >
                        {app.lang().knowledge().save_subtree}
                    </button>
                </div>
            </aside>
        })
    }
}
