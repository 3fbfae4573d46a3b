//! The RACI matrix (items × people, a click cycles a cell R → A → C → I →
//! empty) with every item lacking exactly one A or any R flagged, and below
//! it each person's workload per week, overloads in red. Rows are
//! virtualised like the task list. Changes go through `App::dispatch`.

use crate::i18n::{fill, fmt_date_short};
use crate::model::base::id::Id;
use crate::model::command::dispatch::PlanCommand;
use crate::model::schedule::analysis::implied_accountable;
use crate::model::schedule::analysis::next_raci;
use crate::model::schedule::analysis::raci_flags;
use crate::model::schedule::analysis::workload;
use crate::model::schedule::analysis::RaciFlag;
use crate::model::schedule::analysis::CAPACITY;
use crate::model::schedule::commands::ItemField;
use crate::model::schedule::data::Raci;
use crate::ui::state::use_app;
use leptos::prelude::*;

const ROW_H: f64 = 34.0;
const OVERSCAN: usize = 10;

#[component]
pub fn RaciView() -> impl IntoView {
    let app = use_app();
    let g = move || app.locale.get().gantt();
    let people = app.people_memo();
    // (id, title, depth, roles by person, flags) per item.
    let rows = Memo::new(move |_| {
        let Some(pid) = app.current_id() else { return vec![] };
        app.with_ws(|w| {
            let Some(p) = w.plan(&pid) else { return vec![] };
            let depth =
                app.analysis.with(|a| a.as_ref().map(|a| a.rows.iter().map(|r| r.depth as usize).collect::<Vec<_>>()));
            p.work_items
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let d = depth.as_ref().and_then(|d| d.get(i).copied()).unwrap_or(0);
                    let implied = implied_accountable(w).map(str::to_string);
                    (w.id.clone(), w.title.clone(), d, w.raci.clone(), raci_flags(w), implied)
                })
                .collect::<Vec<_>>()
        })
    });
    let flagged = Memo::new(move |_| rows.with(|r| r.iter().filter(|x| !x.4.is_empty()).count()));
    let scroll_top = RwSignal::new(0.0f64);
    let wrap = NodeRef::<leptos::html::Div>::new();
    let window = Memo::new(move |_| {
        let n = rows.with(Vec::len);
        let first = ((scroll_top.get() / ROW_H) as usize).saturating_sub(OVERSCAN).min(n);
        (first, (first + 20 + 2 * OVERSCAN).min(n), n)
    });
    let cycle = move |item: Id, person: Id, current: Option<Raci>| {
        let field = ItemField::Raci(person, next_raci(current));
        app.dispatch_plan(PlanCommand::SetItem { id: item, field });
    };
    let flag_text = move |f: &RaciFlag| match f {
        RaciFlag::NoAccountable => g().raci_no_a.to_string(),
        RaciFlag::ManyAccountable(n) => fill(g().raci_many_a, "n", &n.to_string()),
        RaciFlag::NoResponsible => g().raci_no_r.to_string(),
    };
    let body = move || {
        let (a, b, _) = window.get();
        let ppl = people.get();
        rows.with(|r| {
            r[a..b]
                .iter()
                .enumerate()
                .map(|(k, (id, title, depth, roles, flags, implied))| {
                    let pos = a + k;
                    let cells = ppl
                        .iter()
                        .map(|(pid, name)| {
                            let role = roles.get(pid).copied();
                            let (item, person) = (id.clone(), pid.clone());
                            let label = format!("{title} · {name}");
                            // The owner is the A while no cell says otherwise: shown, muted.
                            let implied_here = implied.as_deref() == Some(pid.as_str());
                            let owner_a = role.is_none() && implied_here;
                            let shown = if owner_a { Some(Raci::A) } else { role };
                            view! {
                                <td class="raci-cell">
                                    <button
                                        class=format!("raci-btn r-{}", shown.map(|r| r.letter()).unwrap_or("none"))
                                        class:implied=owner_a
                                        title=implied_here.then(|| g().raci_implied_a)
                                        data-person=pid.clone()
                                        aria-label=label
                                        on:click=move |_| cycle(item.clone(), person.clone(), role)
                                    >
                                        {shown.map(|r| r.letter()).unwrap_or("")}
                                    </button>
                                </td>
                            }
                        })
                        .collect_view();
                    let flag_view = if flags.is_empty() {
                        view! { <span class="ok">"✓"</span> }.into_any()
                    } else {
                        view! {
                            <span class="flag" role="status">
                                {flags.iter().map(flag_text).collect::<Vec<_>>().join(" · ")}
                            </span>
                        }
                        .into_any()
                    };
                    view! {
                        <tr
                            data-index=pos
                            data-id=id.clone()
                            class:flagged=!flags.is_empty()
                            style=format!("top:{}px", pos as f64 * ROW_H)
                        >
                            <th class="raci-title" style=format!("padding-left:{}px", 10 + depth * 16) scope="row">
                                {title.clone()}
                            </th>
                            <td class="raci-flags">{flag_view}</td>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="raci-page" data-testid="raci">
            <div class="raci-head">
                <h2>{move || g().raci_title}</h2>
                <p class="hint">{move || g().raci_help}</p>
                <p class="raci-summary" class:warn=move || { flagged.get() > 0 } data-testid="raci-flagged">
                    {move || match flagged.get() {
                        0 => g().raci_ok.to_string(),
                        1 => g().raci_flag_one.to_string(),
                        n => fill(g().raci_flag_count, "n", &n.to_string()),
                    }}
                </p>
            </div>
            {move || people.with(Vec::is_empty).then(|| view! { <p class="empty">{g().no_people}</p> })}
            <div
                class="raci-scroll"
                node_ref=wrap
                on:scroll=move |_| {
                    if let Some(el) = wrap.get_untracked() {
                        scroll_top.set(el.scroll_top() as f64)
                    }
                }
            >
                <table class="raci-table">
                    <thead>
                        <tr>
                            <th class="raci-title">{move || g().col_title}</th>
                            <th class="raci-flags"></th>
                            {move || {
                                people
                                    .get()
                                    .into_iter()
                                    .map(|(id, n)| {
                                        let label = format!("{} · {n}", crate::i18n::team::texts(app.lang()).send_to);
                                        view! {
                                            <th class="raci-person">
                                                <span>{n}</span>
                                                <button
                                                    class="icon-btn small send-to"
                                                    data-action="send-to"
                                                    title=label.clone()
                                                    aria-label=label
                                                    on:click=move |_| app.send_to.set(Some(id.clone()))
                                                >
                                                    "↗"
                                                </button>
                                            </th>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody style=move || format!("height:{}px", window.get().2 as f64 * ROW_H)>{body}</tbody>
                </table>
            </div>
            <Workload />
        </section>
    }
}

/// One strip per person: a cell per week with the most items they carry at
/// once that week; more than `CAPACITY` is overload.
#[component]
fn Workload() -> impl IntoView {
    let app = use_app();
    let g = move || app.locale.get().gantt();
    let strips = Memo::new(move |_| {
        let Some(pid) = app.current_id() else { return (vec![], vec![]) };
        app.with_ws(|w| {
            let Some(p) = w.plan(&pid) else { return (vec![], vec![]) };
            let weeks: Vec<_> = workload(p, "", p.start, p.end).into_iter().map(|(d, _)| d).collect();
            let strips =
                p.people.iter().map(|x| (x.name.clone(), workload(p, &x.id, p.start, p.end))).collect::<Vec<_>>();
            (weeks, strips)
        })
    });
    view! {
        <section class="workload" data-testid="workload">
            <h2>{move || g().workload_title}</h2>
            <p class="hint">{move || g().workload_help}</p>
            <div class="workload-scroll">
                <table class="workload-table">
                    <thead>
                        <tr>
                            <th></th>
                            {move || {
                                strips
                                    .get()
                                    .0
                                    .into_iter()
                                    .map(|d| view! { <th class="wk">{fmt_date_short(app.locale.get(), d)}</th> })
                                    .collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            strips
                                .get()
                                .1
                                .into_iter()
                                .map(|(name, weeks)| {
                                    let over = weeks.iter().any(|(_, n)| *n > CAPACITY);
                                    view! {
                                        <tr class:over=over>
                                            <th scope="row">
                                                {name}
                                                {over
                                                    .then(|| {
                                                        view! { <span class="over-badge">{g().overloaded}</span> }
                                                    })}
                                            </th>
                                            {weeks
                                                .into_iter()
                                                .map(|(_, n)| {
                                                    let level = if n == 0 {
                                                        "l0"
                                                    } else if n <= 1 {
                                                        "l1"
                                                    } else if n <= CAPACITY {
                                                        "l2"
                                                    } else {
                                                        "l3"
                                                    };
                                                    view! {
                                                        <td
                                                            class=format!("load {level}")
                                                            title=fill(g().workload_cell, "n", &n.to_string())
                                                        >
                                                            {(n > 0).then(|| n.to_string())}
                                                        </td>
                                                    }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
