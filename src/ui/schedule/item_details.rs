//! The details drawer of one work item: the one owner, collaborators and
//! departments, interface person, deliverable and acceptance standard,
//! resource needs, channel, milestone and fixed-date flags, status with the
//! reason of an exception, and the dated log. Every field saves on change as
//! one command. The drawer is its parts — who, what, status, facts (in
//! `facts`), log — each a function of the item. Must not know the file format.

use crate::i18n::{fmt_date, status_name, Locale};
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
        let l = app.locale.get();
        let g = l.gantt();
        let facts_line = facts.get().map(|r| crate::i18n::gantt::schedule_facts(l, &r).join(" · "));
        let id_tpl = w.id.clone();
        Some(view! {
            <aside class="drawer" role="dialog" aria-label=g.details data-testid="item-details">
                <div class="drawer-head">
                    <h2>{w.title.clone()}</h2>
                    <button class="icon-btn" aria-label=g.close data-action="close-details" on:click=close>
                        "×"
                    </button>
                </div>
                {facts_line.filter(|f| !f.is_empty()).map(|f| view! { <p class="facts">{f}</p> })}
                <div class="drawer-body">
                    {who(app, l, &w, &people.get(), strategies.get())} {what(app, l, &w, channels.get())}
                    {status_field(app, l, &w)} {crate::ui::schedule::facts::facts(app, &w)} {log(app, l, &w)}
                    <button
                        class="btn"
                        data-action="save-subtree"
                        on:click=move |_| crate::ui::knowledge::save_as_template(app, Some(&id_tpl))
                    >
                        {l.knowledge().save_subtree}
                    </button>
                </div>
            </aside>
        })
    }
}

/// A one-line or a multi-line text field that saves on change.
fn text_field(
    app: App,
    id: &str,
    label: &'static str,
    key: &'static str,
    value: String,
    f: fn(String) -> ItemField,
    multi: bool,
) -> AnyView {
    let id = id.to_string();
    let on_change = move |v: String| set(app, &id, f(v));
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
}

/// A choice of one person (or none).
fn person_select(
    app: App,
    (id, none): (&str, &'static str),
    (label, key): (&'static str, &'static str),
    current: Option<Id>,
    people: &[(Id, String)],
    f: fn(Option<Id>) -> ItemField,
) -> impl IntoView {
    let id = id.to_string();
    let options = people
        .iter()
        .map(|(pid, name)| {
            let sel = current.as_deref() == Some(pid.as_str());
            view! {
                <option value=pid.clone() selected=sel>
                    {name.clone()}
                </option>
            }
        })
        .collect_view();
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
                    {none}
                </option>
                {options}
            </select>
        </label>
    }
}

/// Who: the one owner, collaborators, the strategies it carries out (for
/// the trace), departments and the interface person.
fn who(app: App, l: Locale, w: &WorkItem, people: &[(Id, String)], strategies: Vec<(Id, String)>) -> impl IntoView {
    let (g, st) = (l.gantt(), l.strategy());
    let id = w.id.clone();
    let collab = check_chips(app, &id, people.to_vec(), &w.collaborators, ItemLink::Collaborator);
    let none_yet = strategies.is_empty();
    let serves = check_chips(app, &id, strategies, &w.serves, ItemLink::Strategy);
    let id_dep = id.clone();
    view! {
        {person_select(app, (&id, g.none), (g.owner_one, "owner"), w.owner.clone(), people, ItemField::Owner)}
        <fieldset class="field" data-field="collaborators">
            <legend>{g.collaborators}</legend>
            <div class="chips">{collab}</div>
        </fieldset>
        <fieldset class="field" data-field="serves">
            <legend title=st.item_serves_hint>{st.item_serves}</legend>
            <div class="chips">{serves}</div>
            {none_yet.then(|| view! { <p class="muted small">{st.no_strategies}</p> })}
        </fieldset>
        <label class="field">
            <span>{g.departments} <small class="muted">" (" {g.departments_hint} ")"</small></span>
            <input
                type="text"
                data-field="departments"
                prop:value=w.departments.join("、")
                on:change=move |e| {
                    set(
                        app,
                        &id_dep,
                        ItemField::Departments(crate::ui::kit::choice::split_list(&event_target_value(&e))),
                    );
                }
            />
        </label>
        {person_select(
            app,
            (&id, g.none),
            (g.interface, "interface"),
            w.interface.clone(),
            people,
            ItemField::Interface,
        )}
    }
}

/// What: deliverable, acceptance standard, resources, channel, and the
/// milestone and fixed-date flags.
fn what(app: App, l: Locale, w: &WorkItem, channels: Vec<String>) -> impl IntoView {
    let g = l.gantt();
    let id = w.id.clone();
    let (id_ch, id_ms, id_fx) = (id.clone(), id.clone(), id.clone());
    view! {
        {text_field(app, &id, g.deliverable, "deliverable", w.deliverable.clone(), ItemField::Deliverable, false)}
        {text_field(app, &id, g.acceptance, "acceptance", w.acceptance.clone(), ItemField::Acceptance, true)}
        {text_field(app, &id, g.resources, "resources", w.resources.clone(), ItemField::Resources, true)}
        <label class="field">
            <span>{g.channel}</span>
            <input
                type="text"
                data-field="channel"
                list="channel-list"
                prop:value=w.channel.clone()
                on:change=move |e| set(app, &id_ch, ItemField::Channel(event_target_value(&e)))
            />
            <datalist id="channel-list">
                {channels.into_iter().map(|c| view! { <option value=c /> }).collect_view()}
            </datalist>
        </label>
        <div class="field row">
            <label class="check">
                <input
                    type="checkbox"
                    data-field="milestone"
                    prop:checked=w.milestone
                    on:change=move |e| set(app, &id_ms, ItemField::Milestone(event_target_checked(&e)))
                />
                {g.milestone_flag}
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    data-field="fixed"
                    prop:checked=w.fixed
                    on:change=move |e| set(app, &id_fx, ItemField::Fixed(event_target_checked(&e)))
                />
                {g.fixed_flag}
            </label>
        </div>
    }
}

/// The status (a change records its day) and, in exception, its reason.
fn status_field(app: App, l: Locale, w: &WorkItem) -> impl IntoView {
    let id_st = w.id.clone();
    let current = w.status;
    view! {
        <label class="field">
            <span>{l.texts().col_status}</span>
            <select
                data-field="status"
                on:change=move |e| {
                    if let Some(s) = crate::ui::kit::choice::parse_choice(&Status::ALL, &event_target_value(&e)) {
                        set(app, &id_st, ItemField::Status(s, app.today));
                    }
                }
            >
                {Status::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <option value=format!("{s:?}") selected=current == s>
                                {status_name(l, s)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
        {reason_box(app, l, w)}
    }
}

/// An exception's reason, required (said when empty); nothing for an item
/// not in exception. The drawer's and 我的工作's one field.
pub fn reason_box(app: App, l: Locale, w: &WorkItem) -> Option<impl IntoView> {
    if w.status != Status::Exception {
        return None;
    }
    let g = l.gantt();
    let id = w.id.clone();
    let missing = w.exception_reason.trim().is_empty();
    Some(view! {
        <label class="field" class:invalid=missing>
            <span>{g.exception_reason}</span>
            <textarea
                data-field="exception-reason"
                rows="2"
                prop:value=w.exception_reason.clone()
                on:change=move |e| set(app, &id, ItemField::ExceptionReason(event_target_value(&e)))
            ></textarea>
            {missing
                .then(|| {
                    view! {
                        <small class="error-text" role="alert">
                            {g.exception_reason_missing}
                        </small>
                    }
                })}
        </label>
    })
}

/// The dated log, newest first, and a line to add to it (dated today).
fn log(app: App, l: Locale, w: &WorkItem) -> impl IntoView {
    let g = l.gantt();
    let entries = (!w.log.is_empty()).then(|| {
        w.log
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
            .collect_view()
    });
    view! {
        <section class="log">
            <h3>{g.log}</h3>
            {match entries {
                None => view! { <p class="muted">{g.log_empty}</p> }.into_any(),
                Some(list) => {
                    view! {
                        <ul class="log-list" data-testid="log">
                            {list}
                        </ul>
                    }
                        .into_any()
                }
            }}
            {note_box(app, w, g.log_placeholder, g.log_add)}
        </section>
    }
}

/// A line added to an item's log, dated today (Enter or the button): the
/// one note field, in the drawer and on 我的工作.
pub fn note_box(app: App, w: &WorkItem, placeholder: &'static str, label: &'static str) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let add = {
        let id = w.id.clone();
        let log = w.log.clone();
        move || {
            let line = text.get_untracked().trim().to_string();
            if line.is_empty() {
                return;
            }
            let mut all = log.clone();
            all.push(LogEntry { date: app.today, text: line });
            set(app, &id, ItemField::Log(all));
            text.set(String::new());
        }
    };
    let add2 = add.clone();
    view! {
        <div class="log-add">
            <input
                type="text"
                data-field="log-text"
                placeholder=placeholder
                prop:value=move || text.get()
                on:input=move |e| text.set(event_target_value(&e))
                on:keydown=move |e| {
                    if e.key() == "Enter" {
                        add2()
                    }
                }
            />
            <button class="btn" data-action="add-log" on:click=move |_| add()>
                {label}
            </button>
        </div>
    }
}
