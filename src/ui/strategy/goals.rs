//! The goal tree (目标): an overall goal and its sub-goals by dimension, each
//! with the SMART check read from its data and a hint per missing letter; and
//! the ranking of goals against resources (budget, growth, cost per unit).
//! Must not know how strategies are edited; it only links to them.

use super::fields::{put, row_tools, run};
use crate::i18n::strategy::{dimension_name, fmt_growth, fmt_num, letter_name, priority_name, smart_hint};
use crate::i18n::{fill, fmt_money};
use crate::model::base::day::Day;
use crate::model::base::money::Money;
use crate::model::base::num::Num;
use crate::model::strategy::commands::StrategyCommand;
use crate::model::strategy::data::Dimension;
use crate::model::strategy::data::Goal;
use crate::model::strategy::data::Priority;
use crate::model::strategy::data::Strategy;
use crate::model::strategy::rules::cost_per_unit;
use crate::model::strategy::rules::goal_tree;
use crate::model::strategy::rules::growth;
use crate::model::strategy::rules::smarts;
use crate::model::strategy::rules::Letter;
use crate::model::strategy::rules::Smart;
use crate::ui::kit::card::{card, EmptyExample, FORM_CARD};
use crate::ui::kit::date_box::DateBox;
use crate::ui::kit::fields::area_in;
use crate::ui::kit::fields::choice_in;
use crate::ui::kit::fields::text_in;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

fn add_goal(app: App, parent: Option<String>) -> bool {
    let dimension = if parent.is_some() { Dimension::Traffic } else { Dimension::Revenue };
    // The overall goal starts from what setup says the plan is for (its
    // first line), so it is not typed twice.
    let described = parent
        .is_none()
        .then(|| {
            let id = app.current_id()?;
            app.with_ws_untracked(|w| {
                w.plan(&id).map(|p| {
                    p.description
                        .lines()
                        .map(str::trim)
                        .find(|l| !l.is_empty())
                        .unwrap_or("")
                        .chars()
                        .take(200)
                        .collect::<String>()
                })
            })
        })
        .flatten()
        .filter(|d| !d.is_empty());
    let statement = described.unwrap_or_else(|| app.lang().strategy().new_goal.to_string());
    let mut g = Goal::new(new_id(), parent, dimension, statement);
    g.deadline = app.current_id().and_then(|id| app.with_ws_untracked(|w| w.plan(&id).map(|p| p.end)));
    put(app, g)
}

/// A number field (baseline, target) that accepts 3万 or 12.5% and refuses
/// anything else with a message, keeping the old value.
fn num_in(
    e: EditRow<Goal>,
    get: fn(&Goal) -> Option<Num>,
    set: fn(&mut Goal, Option<Num>),
    label: &'static str,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    let shown = move || e.with(|x| x.as_ref().and_then(get).map(|n| fmt_num(n.0)).unwrap_or_default());
    view! {
        <input
            type="text"
            inputmode="decimal"
            data-field=key
            aria-label=label
            placeholder=label
            prop:value=shown
            on:change=move |ev| {
                let el: web_sys::HtmlInputElement = event_target(&ev);
                let v = el.value();
                if v.trim().is_empty() {
                    e.edit(app, |x| set(x, None));
                } else if let Some(n) = Num::parse(&v) {
                    e.edit(app, |x| set(x, Some(n)));
                } else {
                    app.error(format!("{}: {}", label, app.lang().strategy().not_a_number));
                    el.set_value(&shown());
                }
            }
        />
    }
}

fn smart_badge(sm: Memo<Option<Smart>>) -> impl IntoView {
    let app = use_app();
    view! {
        <span class="smart-badge" data-testid="smart">
            {Letter::ALL
                .iter()
                .map(|l| {
                    let l = *l;
                    let ok = move || sm.with(|s| s.as_ref().is_some_and(|s| s.holds(l)));
                    view! {
                        <abbr
                            class="smart-letter"
                            class:ok=ok
                            data-letter=l.char()
                            data-ok=move || ok().to_string()
                            title=letter_name(app.locale.get_untracked(), l)
                        >
                            {l.char()}
                        </abbr>
                    }
                })
                .collect_view()}
        </span>
    }
}

/// The pickers' lists, shared by every goal card rather than derived per card.
#[derive(Clone, Copy)]
struct Lists {
    people: Memo<Vec<(String, String)>>,
    currency: Memo<String>,
    /// Every goal's SMART check, computed once for all the cards.
    smarts: Memo<std::collections::HashMap<crate::model::base::id::Id, Smart>>,
}

fn goal_card(app: App, s: Memo<Strategy>, lists: Lists, e: EditRow<Goal>, depth: usize) -> impl IntoView {
    let Lists { people, currency, smarts } = lists;
    let id = e.with_untracked(|x| x.as_ref().map(|x| x.id.clone()).unwrap_or_default());
    let sm = {
        let id = id.clone();
        Memo::new(move |_| smarts.with(|m| m.get(&id).cloned()))
    };
    let label = move |t: &'static str, el: AnyView| {
        view! {
            <label class="goal-field">
                <span>{t}</span>
                {el}
            </label>
        }
    };
    let serves_chips = move || {
        let linked = e.with(|x| x.as_ref().map(|x| x.serves.clone()).unwrap_or_default());
        let all = s.with(|s| s.strategies());
        if all.is_empty() {
            return view! { <p class="muted small">{app.lang().strategy().no_strategies}</p> }.into_any();
        }
        all.into_iter()
            .map(|(sid, text)| {
                let on = linked.contains(&sid);
                let sid2 = sid.clone();
                view! {
                    <button
                        class="chip toggle"
                        class:on=on
                        aria-pressed=on.to_string()
                        data-strategy=sid
                        on:click=move |_| {
                            e.edit(
                                app,
                                |g| if on { g.serves.retain(|x| x != &sid2) } else { g.serves.push(sid2.clone()) },
                            );
                        }
                    >
                        {text}
                    </button>
                }
            })
            .collect_view()
            .into_any()
    };
    let growth_text = move || {
        sm.with(|s| s.as_ref().and_then(|s| s.growth))
            .map(|g| fill(app.lang().strategy().growth, "pct", &fmt_growth(g)))
    };
    let pid = id.clone();
    view! {
        <article class="goal-card" class:sub=depth != 0 style=format!("--depth:{depth}") data-goal=id.clone()>
            <header class="goal-head">
                {choice_in(
                    e,
                    Dimension::ALL,
                    |g| g.dimension,
                    |g, v| g.dimension = v,
                    dimension_name,
                    app.lang().strategy().dimension,
                    "dimension",
                )}
                {area_in(
                    e,
                    |g| g.statement.clone(),
                    |g, v| g.statement = v,
                    app.lang().strategy().statement,
                    "statement",
                )} {smart_badge(sm)} {row_tools(e, true)}
            </header>
            <div class="goal-grid">
                {label(
                    app.lang().strategy().metric,
                    text_in(e, |g| g.metric.clone(), |g, v| g.metric = v, app.lang().strategy().metric, "metric")
                        .into_any(),
                )}
                {label(
                    app.lang().strategy().scope,
                    text_in(e, |g| g.scope.clone(), |g, v| g.scope = v, app.lang().strategy().scope, "scope").into_any(),
                )}
                {label(
                    app.lang().strategy().unit,
                    text_in(e, |g| g.unit.clone(), |g, v| g.unit = v, app.lang().strategy().unit, "unit").into_any(),
                )}
                {label(
                    app.lang().strategy().baseline,
                    num_in(e, |g| g.baseline, |g, v| g.baseline = v, app.lang().strategy().baseline, "baseline")
                        .into_any(),
                )}
                {label(
                    app.lang().strategy().target,
                    num_in(e, |g| g.target, |g, v| g.target = v, app.lang().strategy().target, "target").into_any(),
                )} <label class="goal-field">
                    <span>{app.lang().strategy().deadline}</span>
                    <DateBox
                        value=Signal::derive(move || e.with(|g| g.as_ref().and_then(|g| g.deadline)))
                        label=app.lang().strategy().deadline.to_string()
                        key="deadline"
                        optional=true
                        commit=Callback::new(move |d: Option<Day>| e.edit(app, |g| g.deadline = d))
                    />
                </label> <label class="goal-field">
                    <span>{app.lang().strategy().owner}</span>
                    <select
                        data-field="owner"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            e.edit(app, |g| g.owner = (!v.is_empty()).then_some(v));
                        }
                    >
                        <option
                            value=""
                            prop:selected=move || e.with(|g| g.as_ref().is_some_and(|g| g.owner.is_none()))
                        >
                            {move || app.t().none}
                        </option>
                        {move || {
                            people
                                .get()
                                .into_iter()
                                .map(|(pid, name)| {
                                    let p2 = pid.clone();
                                    view! {
                                        <option
                                            value=pid
                                            prop:selected=move || {
                                                e.with(|g| {
                                                    g.as_ref().is_some_and(|g| g.owner.as_deref() == Some(p2.as_str()))
                                                })
                                            }
                                        >
                                            {name}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                {label(
                    app.lang().strategy().priority,
                    choice_in(
                            e,
                            Priority::ALL,
                            |g| g.priority,
                            |g, v| g.priority = v,
                            priority_name,
                            app.lang().strategy().priority,
                            "priority",
                        )
                        .into_any(),
                )} <label class="goal-field">
                    <span>{app.lang().strategy().budget}</span>
                    <input
                        type="text"
                        inputmode="decimal"
                        data-field="budget"
                        prop:value=move || {
                            e.with(|g| {
                                g.as_ref().filter(|g| g.budget.0 != 0).map(|g| g.budget.to_string()).unwrap_or_default()
                            })
                        }
                        title=move || {
                            e.with(|g| {
                                g.as_ref().map(|g| fmt_money(app.locale.get_untracked(), g.budget, &currency.get()))
                            })
                        }
                        on:change=move |ev| {
                            let el: web_sys::HtmlInputElement = event_target(&ev);
                            let v = el.value();
                            match if v.trim().is_empty() {
                                Some(Money(0))
                            } else {
                                Money::read(&v).filter(|m| m.0 >= 0)
                            } {
                                Some(m) => {
                                    e.edit(app, |g| g.budget = m);
                                }
                                None => {
                                    app.error(
                                        format!(
                                            "{}: {}",
                                            app.lang().strategy().budget,
                                            app.lang().strategy().not_a_number,
                                        ),
                                    );
                                    el.set_value(
                                        &e
                                            .with_untracked(|g| {
                                                g.as_ref().map(|g| g.budget.to_string()).unwrap_or_default()
                                            }),
                                    );
                                }
                            }
                        }
                    />
                </label> <p class="growth" data-testid="growth">
                    {growth_text}
                </p>
            </div>
            {label(
                app.lang().strategy().feasibility,
                area_in(
                        e,
                        |g| g.feasibility.clone(),
                        |g, v| g.feasibility = v,
                        app.lang().strategy().feasibility,
                        "feasibility",
                    )
                    .into_any(),
            )}
            <div class="goal-serves">
                <span class="muted small">{app.lang().strategy().serves}</span>
                {serves_chips}
            </div>
            <ul class="smart-hints">
                {move || {
                    sm.get()
                        .map(|s| s.gaps)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|g| {
                            let l = g.letter();
                            view! {
                                <li data-gap=format!("{g:?}")>
                                    <b>{l.char()}" "{letter_name(app.locale.get_untracked(), l)}</b>
                                    {smart_hint(app.locale.get_untracked(), g)}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || sm.with(|s| s.as_ref().is_some_and(|s| s.gaps.is_empty()))>
                <p class="smart-ok">"✓ "{app.lang().strategy().smart_ok}</p>
            </Show>
            <button
                class="btn small"
                data-action="add-sub"
                on:click=move |_| {
                    add_goal(app, Some(pid.clone()));
                }
            >
                "+ "
                {app.lang().strategy().add_sub}
            </button>
        </article>
    }
}

#[component]
pub fn GoalTree(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.goals.is_empty()));
    let lists = Lists {
        people: app.people_memo(),
        currency: app.plan_memo(|p| p.currency.clone()),
        smarts: app.plan_memo(smarts),
    };
    let order =
        Memo::new(move |_| s.with(|s| goal_tree(s).into_iter().map(|(d, g)| (g.id.clone(), d)).collect::<Vec<_>>()));
    card(
        FORM_CARD,
        "goals",
        app.lang().strategy().goals_title,
        Some(app.lang().strategy().goals_help),
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().goals_empty,
            empty: is_empty,
        }),
        view! {
            <div class="goal-tree">
                <For each=move || order.get() key=|x| x.clone() let:((id, depth))>
                    {
                        let memo = Memo::new(move |_| s.with(|s| s.goal(&id).cloned()));
                        goal_card(app, s, lists, EditRow { memo, put: put::<Goal> }, depth)
                    }
                </For>
            </div>
            <button class="btn" data-action="add-goal" on:click=move |_| { add_goal(app, None); }>"+ "{app.lang().strategy().add_overall}</button>
        },
    )
}

#[component]
pub fn GoalRanking(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let currency = app.plan_memo(|p| p.currency.clone());
    let rows = move || {
        let l = app.locale.get_untracked();
        let cur = currency.get();
        s.with(|s| {
            let tree = goal_tree(s);
            // Rank among siblings: 1, 2 … under each parent, as ranked by ↑↓.
            let mut counters: std::collections::HashMap<Option<String>, usize> = Default::default();
            tree.into_iter()
                .map(|(depth, g)| {
                    let n = counters.entry(g.parent.clone()).or_default();
                    *n += 1;
                    let rank = *n;
                    let cpu = cost_per_unit(g).map(|v| {
                        let per = fill(
                            app.lang().strategy().per_unit,
                            "unit",
                            if g.unit.is_empty() { "1" } else { g.unit.as_str() },
                        );
                        format!("{} {per}", crate::i18n::fmt_major(l, v, &cur))
                    });
                    let id = g.id.clone();
                    view! {
                        <tr data-goal=g.id.clone() style=format!("--depth:{depth}")>
                            <td class="num">{rank}</td>
                            <td class="goal-name">{g.statement.clone()}</td>
                            <td>{dimension_name(l, g.dimension)}</td>
                            <td>
                                <span class=format!("prio prio-{:?}", g.priority)>{priority_name(l, g.priority)}</span>
                            </td>
                            <td class="num">
                                {if g.budget.0 > 0 {
                                    fmt_money(l, g.budget, &cur)
                                } else {
                                    app.lang().strategy().no_budget.to_string()
                                }}
                            </td>
                            <td class="num">{growth(g).map(fmt_growth).unwrap_or_else(|| "—".into())}</td>
                            <td class="num" data-testid="cost-per-unit">
                                {cpu.unwrap_or_else(|| "—".into())}
                            </td>
                            <td class="row-tools">
                                <button
                                    class="icon-btn small"
                                    data-action="up"
                                    aria-label=app.lang().strategy().move_up
                                    title=app.lang().strategy().move_up
                                    on:click={
                                        let id = id.clone();
                                        move |_| {
                                            run(
                                                app,
                                                StrategyCommand::Move {
                                                    id: id.clone(),
                                                    up: true,
                                                },
                                            );
                                        }
                                    }
                                >
                                    "↑"
                                </button>
                                <button
                                    class="icon-btn small"
                                    data-action="down"
                                    aria-label=app.lang().strategy().move_down
                                    title=app.lang().strategy().move_down
                                    on:click=move |_| {
                                        run(
                                            app,
                                            StrategyCommand::Move {
                                                id: id.clone(),
                                                up: false,
                                            },
                                        );
                                    }
                                >
                                    "↓"
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let t = move || app.lang().strategy();
    card(
        FORM_CARD,
        "ranking",
        app.lang().strategy().ranking_title,
        Some(app.lang().strategy().ranking_help),
        None,
        view! {
            <Show when=move || s.with(|s| !s.goals.is_empty())>
                <div class="table-wrap">
                    <table class="st-table ranking">
                        <thead>
                            <tr>
                                <th>{t().rank}</th>
                                <th>{t().statement}</th>
                                <th>{t().dimension}</th>
                                <th>{t().priority}</th>
                                <th class="num">{t().budget}</th>
                                <th class="num">{t().baseline}" → "{t().target}</th>
                                <th class="num">{t().cost_per_unit}</th>
                                <th></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
        },
    )
}
