//! The trace (策略追溯): for each goal, the strategies that serve it and the
//! work items that carry them out; for each strategy, its work, with linking
//! and unlinking in place; and the gaps: goals without work, strategies
//! without a goal, work without a strategy. Must not know how goals are edited.

use crate::i18n::status_name;
use crate::model::command::dispatch::PlanCommand;
use crate::model::schedule::commands::ItemLink;
use crate::model::strategy::data::Strategy;
use crate::model::strategy::rules::smarts;
use crate::model::strategy::rules::trace;
use crate::model::strategy::rules::Trace;
use crate::ui::route::{Route, View};
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

/// Links an item to a strategy or unlinks it (one undo step).
fn set_link(app: App, item: &str, strategy: &str, on: bool) {
    let to = ItemLink::Strategy(strategy.to_string());
    app.dispatch_plan(PlanCommand::Link { item: item.to_string(), to, on });
}

#[component]
pub fn TraceView(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let tr: Memo<Trace> = app.plan_memo(trace);
    let titles =
        app.plan_memo(|p| p.work_items.iter().map(|w| (w.id.clone(), w.title.clone(), w.status)).collect::<Vec<_>>());
    let title_of = move |id: &str| {
        titles.with(|t| t.iter().find(|x| x.0 == id).map(|x| x.1.clone())).unwrap_or_else(|| id.to_string())
    };
    let strategy_text =
        move |id: &str| s.with(|s| s.strategies().into_iter().find(|x| x.0 == id).map(|x| x.1)).unwrap_or_default();
    let goal_text = move |id: &str| s.with(|s| s.goal(id).map(|g| g.statement.clone())).unwrap_or_default();
    let smart_score = app.plan_memo(|p| {
        smarts(p).into_iter().map(|(id, s)| (id, s.score())).collect::<std::collections::HashMap<_, _>>()
    });
    let goal_rows = move || {
        let st = app.lang().strategy();
        tr.with(|t| t.goals.clone())
            .into_iter()
            .map(|g| {
                let score = smart_score.with(|m| m.get(&g.goal).copied()).unwrap_or(0);
                view! {
                    <tr data-goal=g.goal.clone() class:gap=g.items.is_empty() style=format!("--depth:{}", g.depth)>
                        <td class="goal-name">
                            <span class="smart-score" class:ok=score == 5>
                                {crate::i18n::fill(st.smart_score, "n", &score.to_string())}
                            </span>
                            {goal_text(&g.goal)}
                        </td>
                        <td data-label=st.col_strategies>
                            <ul class="chips">
                                {g
                                    .strategies
                                    .iter()
                                    .map(|x| view! { <li class="chip strategy">{strategy_text(x)}</li> })
                                    .collect_view()}
                            </ul>
                        </td>
                        <td data-label=st
                            .col_items>
                            {if g.items.is_empty() {
                                view! { <span class="gap-mark">{st.no_work_yet}</span> }.into_any()
                            } else {
                                view! {
                                    <ul class="chips">
                                        {g
                                            .items
                                            .iter()
                                            .map(|x| {
                                                view! {
                                                    <li class="chip item" data-item=x.clone()>
                                                        {title_of(x)}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    // Each strategy with its work: unlink with ×, link with the picker.
    let strategy_rows = move || {
        let by = tr.with(|t| t.items_by_strategy.clone());
        s.with(|s| s.strategies())
            .into_iter()
            .map(|(sid, text)| {
                let items = by.get(&sid).cloned().unwrap_or_default();
                let sid2 = sid.clone();
                let linked = items.clone();
                view! {
                    <li class="strategy-work" data-strategy=sid.clone()>
                        <div class="strategy-name">{text}</div>
                        <ul class="chips">
                            {items
                                .into_iter()
                                .map(|it| {
                                    let sid = sid.clone();
                                    let it2 = it.clone();
                                    view! {
                                        <li class="chip item" data-item=it.clone()>
                                            {title_of(&it)}
                                            <button
                                                class="chip-x"
                                                aria-label=app.lang().strategy().remove
                                                on:click=move |_| set_link(app, &it2, &sid, false)
                                            >
                                                "×"
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <select
                            class="link-item"
                            data-action="link-item"
                            aria-label=app.lang().strategy().link_item
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if !v.is_empty() {
                                    set_link(app, &v, &sid2, true);
                                }
                            }
                        >
                            <option value="" selected>
                                {app.lang().strategy().link_item}
                            </option>
                            {titles
                                .get()
                                .into_iter()
                                .filter(|(id, _, _)| !linked.contains(id))
                                .map(|(id, title, st)| {
                                    view! {
                                        <option value=id>
                                            {title}" · "{status_name(app.locale.get_untracked(), st)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </li>
                }
            })
            .collect_view()
    };
    // One gap list; `name` words an id with the look-ups above.
    #[derive(Clone, Copy)]
    enum Named {
        Goal,
        Strategy,
        Item,
    }
    let gap_list = move |title: &'static str, key: &'static str, ids: fn(&Trace) -> Vec<String>, named: Named| {
        let name = move |id: &str| match named {
            Named::Goal => goal_text(id),
            Named::Strategy => strategy_text(id),
            Named::Item => title_of(id),
        };
        view! {
            <div class="gap-list" data-gaps=key class:none=move || tr.with(|t| ids(t).is_empty())>
                <h3>{title}" "<span class="count">{move || tr.with(|t| ids(t).len())}</span></h3>
                <ul>{move || tr.with(ids).into_iter().map(|id| view! { <li>{name(&id)}</li> }).collect_view()}</ul>
            </div>
        }
    };
    let no_gaps = move || tr.with(|t| t.gap_counts() == [0; 3]);
    let o = crate::i18n::overview::texts(app.lang());
    let has_goals = move || s.with(|s| !s.goals.is_empty());
    let gantt = move || app.current_id().map(|id| Route::Plan { id, view: View::Gantt }.to_hash()).unwrap_or_default();
    view! {
        <section class="card st-card" data-section="trace">
            <h2>{app.lang().strategy().trace_title}</h2>
            <p class="hint">{app.lang().strategy().trace_help}" " <a href=gantt>"→ "{app.t().nav_gantt}</a></p>
            <Show
                when=has_goals
                fallback=move || view! { <p class="empty-example">{app.lang().strategy().trace_empty}</p> }
            >
                <div class="table-wrap">
                    <table class="st-table trace-table">
                        <thead>
                            <tr>
                                <th>{app.lang().strategy().col_goal}</th>
                                <th>{app.lang().strategy().col_strategies}</th>
                                <th>{app.lang().strategy().col_items}</th>
                            </tr>
                        </thead>
                        <tbody>{goal_rows}</tbody>
                    </table>
                </div>
            </Show>
        </section>
        <section class="card st-card" data-section="gaps">
            <h2>{app.lang().strategy().gaps_title}</h2>
            <Show
                when=no_gaps
                fallback=move || {
                    view! {
                        <div class="gaps">
                            {gap_list(o.goals_without_work, "goals", |t| t.goals_without_work.clone(), Named::Goal)}
                            {gap_list(
                                o.strategies_without_goal,
                                "strategies",
                                |t| t.strategies_without_goal.clone(),
                                Named::Strategy,
                            )}
                            {gap_list(
                                o.work_without_strategy,
                                "work",
                                |t| t.work_without_strategy.clone(),
                                Named::Item,
                            )}
                        </div>
                    }
                }
            >
                <p class="ok-line">"✓ "{o.no_gaps}</p>
            </Show>
        </section>
        <section class="card st-card" data-section="strategy-work">
            <h2>{app.lang().strategy().col_strategies}" → "{app.lang().strategy().col_items}</h2>
            <ul class="strategy-work-list">{strategy_rows}</ul>
        </section>
    }
}
