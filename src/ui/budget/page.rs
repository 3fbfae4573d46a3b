//! The budget page: the totals at a glance, the templates' checks as gentle
//! warnings, the allocation by account, channel, phase or item with each
//! group's share of the total, the burn chart, channel ROI with its advice,
//! the base/flexible split and the editable lines. Reads the plan through
//! memos; edits go through `BudgetCommand`. Must not know the file format.

use super::{money, run};
use crate::i18n::budget::advice_text;
use crate::i18n::budget::fmt_money_short;
use crate::i18n::budget::fmt_share;
use crate::i18n::budget::warning_sentence;
use crate::i18n::budget::{attribution_sentence, explain_return, fmt_roi};
use crate::i18n::{fill, fmt_date_short};
use crate::model::base::money::Money;
use crate::model::budget::commands::BudgetCommand;
use crate::model::budget::data::Account;
use crate::model::budget::rules::attribution_gaps;
use crate::model::budget::rules::burn;
use crate::model::budget::rules::channel_returns;
use crate::model::budget::rules::reserve;
use crate::model::budget::rules::share_base;
use crate::model::budget::rules::share_bp;
use crate::model::budget::rules::totals_by;
use crate::model::budget::rules::BudgetWarning;
use crate::model::budget::rules::GroupBy;
use crate::model::budget::rules::GroupKey;
use crate::model::budget::rules::Sums;
use crate::model::plan::Plan;
use crate::ui::kit::card::{card, TABLE_CARD};
use crate::ui::monitor::charts::cumulative_chart;
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn BudgetPage(warns: Memo<Vec<BudgetWarning>>) -> impl IntoView {
    view! {
        <Stats />
        <Checks warns=warns />
        <div class="budget-grid">
            <Allocation />
            <BurnChart />
        </div>
        <ChannelReturns />
        <super::lines::BudgetLines />
        <Split />
    }
}

/// A stat card: key, label, value, the line below, and whether it alarms.
type Stat = (&'static str, &'static str, String, String, bool);

/// The stat cards, in the plan's currency: the reserve alarms once overdrawn,
/// what remains once spending passes the budget.
fn stats_of(app: crate::ui::state::App, p: &Plan) -> Vec<Stat> {
    let t = app.lang().budget();
    let o = crate::i18n::overview::texts(app.lang());
    let l = app.locale.get_untracked();
    let m = |v: Money| crate::i18n::fmt_money(l, v, &p.currency);
    let (b, x, r) = (p.total_budget, Sums::of(&p.budget.lines), reserve(p));
    let of = |part: Money| share_bp(part, b).map(|s| fill(t.of_total, "p", &fmt_share(s))).unwrap_or_default();
    let base = if b.0 > 0 { b } else { x.planned };
    vec![
        (
            "total",
            t.stat_total,
            if b.0 > 0 { m(b) } else { "—".into() },
            if b.0 > 0 { String::new() } else { t.no_total.into() },
            false,
        ),
        ("planned", t.stat_planned, m(x.planned), of(x.planned), b.0 > 0 && x.planned > b),
        ("committed", t.stat_committed, m(x.committed), of(x.committed), false),
        ("actual", t.stat_actual, m(x.actual), of(x.actual), false),
        ("remaining", t.stat_remaining, m(Money(base.0 - x.actual.0)), String::new(), x.actual > base),
        ("reserve", o.stat_reserve, m(r.left()), fill(t.reserve_planned, "v", &m(r.planned)), r.left().0 < 0),
    ]
}

#[component]
fn Stats() -> impl IntoView {
    let app = use_app();
    let id = app.current_id();
    let stats = Memo::new(move |_| {
        let Some(id) = app.current_id() else { return vec![] };
        app.with_ws(|w| w.plan(&id).map(|p| stats_of(app, p)).unwrap_or_default())
    });
    let setup = id.map(|id| Route::Plan { id, view: View::Setup }.to_hash()).unwrap_or_default();
    view! {
        <div class="stat-row budget-stats">
            {move || {
                stats
                    .get()
                    .into_iter()
                    .map(|(key, label, value, sub, alarm)| {
                        let body = view! {
                            <span class="stat-label">{label}</span>
                            <strong>{value}</strong>
                            <span class="stat-sub">{sub}</span>
                        };
                        if key == "total" {
                            view! {
                                <a class="stat" href=setup.clone() data-testid="stat-total">
                                    {body}
                                </a>
                            }
                                .into_any()
                        } else {
                            view! {
                                <div class="stat" class:alarm=alarm data-testid=format!("stat-{key}")>
                                    {body}
                                </div>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// Each warning's kind (for tests and styling) and sentence.
fn checks_of(app: crate::ui::state::App, warns: Memo<Vec<BudgetWarning>>) -> Memo<Vec<(&'static str, String)>> {
    Memo::new(move |_| {
        let l = app.locale.get_untracked();
        let Some(id) = app.current_id() else { return vec![] };
        warns.with(|ws| {
            app.with_ws(|w| {
                let Some(p) = w.plan(&id) else { return vec![] };
                ws.iter().map(|x| (kind(x), warning_sentence(l, p, x))).collect()
            })
        })
    })
}

fn kind(w: &BudgetWarning) -> &'static str {
    match w {
        BudgetWarning::OverAllocated { .. } => "over-allocated",
        BudgetWarning::Reserve { .. } => "reserve",
        BudgetWarning::Split { .. } => "split",
        BudgetWarning::LineOver { .. } => "line-over",
        BudgetWarning::LineOvercommitted { .. } => "line-overcommitted",
        BudgetWarning::AccountOver { .. } => "account-over",
        BudgetWarning::ChannelOver { .. } => "channel-over",
        BudgetWarning::PaidUnapproved { .. } => "paid-unapproved",
        BudgetWarning::Unapproved { .. } => "unapproved",
        BudgetWarning::ReserveOverdrawn { .. } => "reserve-overdrawn",
        BudgetWarning::ReserveShort { .. } => "reserve-short",
    }
}

#[component]
fn Checks(warns: Memo<Vec<BudgetWarning>>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let o = crate::i18n::overview::texts(app.lang());
    let checks = checks_of(app, warns);
    let has_lines = app.plan_memo(|p| !p.budget.lines.is_empty());
    card(
        TABLE_CARD,
        "checks",
        t.checks_title,
        Some(t.checks_help),
        None,
        view! {
            <Show when=move || has_lines.get()>
                <Show when=move || checks.with(Vec::is_empty)>
                    <p class="check-ok" data-testid="checks-ok">
                        "✓ "
                        {o.checks_ok}
                    </p>
                </Show>
                <ul class="budget-warnings">
                    <For each=move || checks.get() key=|w| w.clone() let:w>
                        <li class="budget-warning" data-testid="budget-warning" data-kind=w.0>
                            {w.1}
                        </li>
                    </For>
                </ul>
            </Show>
            <Show when=move || !has_lines.get()>
                <p class="empty-example">
                    <span class="tag">{t.example}</span>
                    {o.lines_empty}
                </p>
            </Show>
        },
    )
}

#[component]
fn Allocation() -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let l = app.locale.get_untracked();
    let by = RwSignal::new(GroupBy::Account);
    let rows = Memo::new(move |_| {
        let by = by.get();
        let Some(id) = app.current_id() else { return vec![] };
        app.with_ws(|w| {
            let Some(p) = w.plan(&id) else { return vec![] };
            totals_by(p, by)
                .into_iter()
                .map(|r| {
                    let name = crate::i18n::budget::group_name(l, p, &r.key);
                    let contingency = r.key == GroupKey::Account(Account::Contingency);
                    (name, r.sums, r.share, contingency)
                })
                .collect::<Vec<_>>()
        })
    });
    let total = app.plan_memo(|p| {
        let s = Sums::of(&p.budget.lines);
        Some((s, share_bp(s.planned, share_base(p))))
    });
    let m = move |v: Money| money(app, v);
    let head = move || match by.get() {
        GroupBy::Account => t.col_account,
        GroupBy::Channel => t.col_channel,
        GroupBy::Phase => t.col_phase,
        GroupBy::Item => t.col_item,
    };
    let switch = [
        (GroupBy::Account, t.by_account, "account"),
        (GroupBy::Channel, t.by_channel, "channel"),
        (GroupBy::Phase, t.by_phase, "phase"),
        (GroupBy::Item, t.by_item, "item"),
    ];
    let amounts = move |s: Sums| {
        let over = s.actual > s.planned;
        view! {
            <td class="num">{m(s.planned)}</td>
            <td class="num">{m(s.committed)}</td>
            <td class="num" class:over=over>
                {m(s.actual)}
            </td>
            <td class="num" class:over=over>
                {m(s.remaining())}
            </td>
        }
    };
    view! {
        <section class="card mon-card allocation" data-section="allocation">
            <div class="card-head">
                <h2>{t.by_title}</h2>
                <div class="seg" role="group" aria-label=t.by_title>
                    {switch
                        .into_iter()
                        .map(|(g, label, key)| {
                            view! {
                                <button
                                    class="seg-btn"
                                    class:on=move || by.get() == g
                                    aria-pressed=move || (by.get() == g).to_string()
                                    data-group=key
                                    on:click=move |_| by.set(g)
                                >
                                    {label}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </div>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="muted">{t.no_lines}</p>
            </Show>
            <div class="table-wrap" class:hidden=move || rows.with(Vec::is_empty)>
                <table class="budget-table" data-testid="allocation">
                    <thead>
                        <tr>
                            <th>{head}</th>
                            <th class="share-col">{t.col_share}</th>
                            <th class="num">{t.col_planned}</th>
                            <th class="num">{t.col_committed}</th>
                            <th class="num">{t.col_actual}</th>
                            <th class="num">{t.col_remaining}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|(name, s, share, contingency)| {
                                    let key = name.clone();
                                    view! {
                                        <tr data-group-row=key class:reserve-row=contingency>
                                            <td class="group-name">{name}</td>
                                            <td class="share-col">
                                                <span class="share-bar">
                                                    <span
                                                        class="share-fill"
                                                        style=format!(
                                                            "width:{}%",
                                                            share.unwrap_or(0).clamp(0, 10_000) as f64 / 100.0,
                                                        )
                                                    ></span>
                                                </span>
                                                <span class="share-text">
                                                    {share.map(fmt_share).unwrap_or_default()}
                                                </span>
                                            </td>
                                            {amounts(s)}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                    <tfoot>
                        {move || {
                            total
                                .get()
                                .map(|(s, share)| {
                                    view! {
                                        <tr>
                                            <th>{t.total_row}</th>
                                            <td class="share-col">
                                                <span class="share-text">
                                                    {share.map(fmt_share).unwrap_or_default()}
                                                </span>
                                            </td>
                                            {amounts(s)}
                                        </tr>
                                    }
                                })
                        }}
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

#[component]
fn BurnChart() -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let l = app.locale.get_untracked();
    let today = app.today;
    let data = Memo::new(move |_| {
        let id = app.current_id()?;
        app.with_ws(|w| {
            let p = w.plan(&id)?;
            if p.budget.lines.is_empty() {
                return None;
            }
            let b = burn(p, today);
            let major = |m: Money| m.0 as f64 / 100.0;
            let planned: Vec<Option<f64>> = b.planned.iter().map(|m| Some(major(*m))).collect();
            let actual: Vec<Option<f64>> = b.actual.iter().map(|m| m.map(major)).collect();
            let to_date = b.today.map(|i| (b.actual[i].unwrap_or_default(), b.planned[i]));
            Some((planned, actual, b.today, p.start, p.end, to_date))
        })
    });
    let chart = move || {
        let (planned, actual, today_i, start, end, _) = data.get()?;
        Some(
            cumulative_chart(
                &actual,
                &planned,
                today_i,
                move |v| fmt_money_short(l, Money((v * 100.0).round() as i64), &super::currency(app)),
                (t.burn_actual, t.burn_planned, t.burn_today),
                (fmt_date_short(l, start), fmt_date_short(l, end)),
            )
            .into_any(),
        )
    };
    let line = move || {
        data.get()
            .and_then(|d| d.5)
            .map(|(a, p)| fill(&fill(t.burn_ahead, "actual", &money(app, a)), "planned", &money(app, p)))
    };
    view! {
        <section class="card mon-card burn" data-section="burn" data-testid="burn-chart">
            <h2>{t.burn_title}</h2>
            <p class="hint">{t.burn_help}</p>
            <p class="burn-to-date" data-testid="burn-to-date">
                {line}
            </p>
            {move || chart().unwrap_or_else(|| view! { <p class="muted">{t.no_lines}</p> }.into_any())}
        </section>
    }
}

#[component]
fn ChannelReturns() -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let l = app.locale.get_untracked();
    let today = app.today;
    // Each row with how its ROI was computed, and the channels whose money
    // and revenue do not meet.
    let all = Memo::new(move |_| {
        let Some(id) = app.current_id() else { return (vec![], vec![]) };
        app.with_ws(|w| {
            let Some(p) = w.plan(&id) else { return (vec![], vec![]) };
            let rows = channel_returns(p, today)
                .into_iter()
                .map(|r| {
                    let [why, ..] = explain_return(l, &p.currency, &r.derived, r.source);
                    (r, why)
                })
                .collect::<Vec<_>>();
            (rows, attribution_gaps(p).iter().map(|a| attribution_sentence(l, a)).collect::<Vec<_>>())
        })
    });
    let rows = Memo::new(move |_| all.with(|a| a.0.iter().map(|x| x.0.clone()).collect::<Vec<_>>()));
    let why =
        move |c: &str| all.with(|a| a.0.iter().find(|x| x.0.channel == c).map(|x| x.1.clone()).unwrap_or_default());
    let gaps =
        move || all.with(|a| a.1.clone()).into_iter().map(|g| view! { <li class="warn-line">{g}</li> }).collect_view();
    let m = move |v: Money| money(app, v);
    let major = move |v: f64| money(app, Money((v * 100.0).round() as i64));
    card(
        TABLE_CARD,
        "roi",
        t.roi_title,
        Some(t.roi_help),
        None,
        view! {
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="empty-example">
                    <span class="tag">{t.example}</span>
                    {t.roi_empty}
                </p>
            </Show>
            <Show when=move || !rows.with(Vec::is_empty)>
                <div class="table-wrap">
                    <table class="budget-table" data-testid="channel-roi">
                        <thead>
                            <tr>
                                <th>{t.col_channel}</th>
                                <th class="num">{t.col_planned}</th>
                                <th class="num">{t.col_actual}</th>
                                <th class="num">{t.col_revenue}</th>
                                <th class="num">{t.col_cost}</th>
                                <th class="num">{t.col_roi}</th>
                                <th>{t.col_advice}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                rows.get()
                                    .into_iter()
                                    .map(|r| {
                                        let advice = r.advice.map(|a| (a, advice_text(l, a)));
                                        view! {
                                            <tr data-channel=r.channel.clone()>
                                                <td>{r.channel.clone()}</td>
                                                <td class="num">{m(r.sums.planned)}</td>
                                                <td class="num">{m(r.sums.actual)}</td>
                                                <td class="num">
                                                    {r.revenue.map(major).unwrap_or_else(|| "—".into())}
                                                </td>
                                                <td class="num">{r.cost.map(major).unwrap_or_else(|| "—".into())}</td>
                                                <td class="num" data-field="roi" title=why(&r.channel)>
                                                    {r.roi.map(fmt_roi).unwrap_or_else(|| "—".into())}
                                                </td>
                                                <td>
                                                    {match advice {
                                                        Some((a, text)) => {
                                                            view! {
                                                                <span
                                                                    class=format!("advice {}", format!("{a:?}").to_lowercase())
                                                                    data-testid="roi-advice"
                                                                >
                                                                    {text}
                                                                </span>
                                                            }
                                                                .into_any()
                                                        }
                                                        None => {
                                                            view! { <span class="muted">{t.no_revenue}</span> }
                                                                .into_any()
                                                        }
                                                    }}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
                <ul class="attribution" data-testid="attribution">
                    {gaps}
                </ul>
            </Show>
            {crate::ui::knowledge::benchmark_hint(app, app.plan_memo(budget_channels))}
        },
    )
}

/// The channels the open plan's budget lines name: the past benchmarks shown beside their amounts.
fn budget_channels(p: &Plan) -> Vec<String> {
    let mut v: Vec<String> = vec![];
    for c in p.budget.lines.iter().map(|l| &l.channel).filter(|c| !c.is_empty()) {
        if !v.contains(c) {
            v.push(c.clone());
        }
    }
    v
}

#[component]
fn Split() -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let share = app.plan_memo(|p| p.budget.flexible_share);
    let now = app.plan_memo(|p| {
        let flex = Sums::of(p.budget.lines.iter().filter(|l| l.flexible)).planned;
        share_bp(flex, share_base(p))
    });
    card(
        TABLE_CARD,
        "split",
        t.split_title,
        Some(t.split_help),
        None,
        view! {
            <div class="split-row">
                <label class="chip-check">
                    <input
                        type="checkbox"
                        data-field="split-on"
                        prop:checked=move || share.get().is_some()
                        on:change=move |e| {
                            run(app, BudgetCommand::FlexibleShare(event_target_checked(&e).then_some(20)));
                        }
                    />
                    {t.split_on}
                </label>
                <Show when=move || share.get().is_some()>
                    <label class="inline-field">
                        {t.split_share}
                        <input
                            type="number"
                            min="1"
                            max="99"
                            data-field="split-share"
                            prop:value=move || share.get().map(|s| s.to_string()).unwrap_or_default()
                            on:change=move |e| {
                                match event_target_value(&e).trim().parse::<u8>() {
                                    Ok(v) => {
                                        run(app, BudgetCommand::FlexibleShare(Some(v)));
                                    }
                                    Err(_) => app.error(fill(t.bad_number, "text", &event_target_value(&e))),
                                }
                            }
                        />
                    </label>
                    <span class="muted">{move || fill(t.split_now, "p", &fmt_share(now.get().unwrap_or(0)))}</span>
                </Show>
            </div>
        },
    )
}
