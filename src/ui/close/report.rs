//! The evaluation report page (效果评估报告): headline figures, goals against
//! the KPIs that measure them, channels with the next campaign's verdict,
//! cost accounting, the funnel's biggest leak, execution against the
//! baseline and how the warnings were handled. Read-only: every figure is
//! derived from the plan, nothing here is typed. Prints on A4 with the
//! app's print rules. Must not know the file format.

use super::major;
use crate::i18n::budget::account_name;
use crate::i18n::budget::advice_text;
use crate::i18n::close::fmt_days;
use crate::i18n::close::fmt_rate;
use crate::i18n::close::fmt_times;
use crate::i18n::close::goal_gap;
use crate::i18n::close::milestone_name;
use crate::i18n::close::CloseTexts;
use crate::i18n::monitor::fmt_pct;
use crate::i18n::monitor::fmt_value;
use crate::i18n::monitor::leak_sentence;
use crate::i18n::monitor::light_name;
use crate::i18n::monitor::stage_name;
use crate::i18n::{fill, fmt_date, fmt_money, Locale};
use crate::model::base::money::Money;
use crate::model::budget::rules::Advice;
use crate::model::budget::rules::GroupKey;
use crate::model::budget::rules::GroupRow;
use crate::model::close::rules::MilestoneState;
use crate::model::close::rules::Report;
use crate::model::monitor::data::Direction;
use crate::model::plan::Plan;
use crate::ui::kit::light::light_class;
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ReportPage(report: Memo<Option<Report>>) -> impl IntoView {
    let app = use_app();
    let l = app.lang();
    move || {
        let id = app.current_id()?;
        report.with(|r| {
            let r = r.as_ref()?;
            app.with_ws(|w| w.plan(&id).map(|p| page(l, p, r, app.today)))
        })
    }
}

/// The status line: final, to date, or not started; and when it is due.
pub fn status_line(l: Locale, p: &Plan, r: &Report, today: crate::model::base::day::Day) -> (String, String, bool) {
    let t = l.close();
    let status = if r.complete {
        fill(t.report_final, "date", &fmt_date(l, p.end))
    } else if today < p.start {
        fill(t.report_not_started, "date", &fmt_date(l, p.start))
    } else {
        fill(t.report_to_date, "date", &fmt_date(l, today))
    };
    let overdue = r.complete && today > r.due;
    let due = fill(if overdue { t.due_overdue } else { t.due_by }, "date", &fmt_date(l, r.due));
    (status, due, overdue)
}

fn page(l: Locale, p: &Plan, r: &Report, today: crate::model::base::day::Day) -> AnyView {
    let t = l.close();
    let (status, due, overdue) = status_line(l, p, r, today);
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let doc = Route::Plan { id: p.id.clone(), view: View::RetroDoc }.to_hash();
    view! {
        <article class="report" data-testid="report" data-complete=r.complete.to_string()>
            <header class="report-head">
                <div>
                    <h1>{t.report_title}" · "{p.name.clone()}</h1>
                    <p data-testid="report-status">{status}</p>
                    <p class="due" class:overdue=overdue data-testid="report-due">
                        {due}
                    </p>
                </div>
                <div class="no-print report-actions">
                    <a class="btn" href=doc data-action="open-doc">
                        {t.open_doc}
                    </a>
                    <button class="btn primary" data-action="print" on:click=print>
                        {t.print}
                    </button>
                </div>
            </header>
            {headline(l, p, r)}
            {goals(l, p, r)}
            {channels(l, p, r)}
            {money(l, p, r)}
            {funnel(l, p, r)}
            {execution(l, p, r)}
            {monitoring(l, p, r)}
        </article>
    }
    .into_any()
}

fn section(key: &'static str, title: &'static str, help: Option<&'static str>, body: AnyView) -> AnyView {
    view! {
        <section class="card mon-card report-sec" data-section=key>
            <h2>{title}</h2>
            {help.map(|h| view! { <p class="hint">{h}</p> })}
            {body}
        </section>
    }
    .into_any()
}

fn stat(key: &'static str, label: &'static str, value: String, sub: String) -> AnyView {
    view! {
        <div class="stat" data-stat=key>
            <span class="stat-label">{label}</span>
            <strong>{value}</strong>
            <span class="sub">{sub}</span>
        </div>
    }
    .into_any()
}

fn headline(l: Locale, p: &Plan, r: &Report) -> AnyView {
    let t = l.close();
    let measured = r.goals.iter().filter(|g| g.rate.is_some()).count();
    let met = r.goals.iter().filter(|g| g.rate.is_some_and(|x| x >= 1.0)).count();
    let o = &r.overall;
    let cur = &p.currency;
    let dash = || "—".to_string();
    let spent = fmt_money(l, r.money.total.actual, cur);
    let budget = fmt_money(l, p.total_budget.max(r.money.total.planned), cur);
    let e = &r.execution;
    let m = &r.monitoring;
    view! {
        <div class="stat-row report-stats">
            {stat(
                "goals",
                t.kpi_goals_met,
                fill(&fill(t.kpi_goals_met_value, "met", &met.to_string()), "n", &measured.to_string()),
                String::new(),
            )}
            {stat(
                "roi",
                t.kpi_roi,
                o.roi.map(fmt_pct).unwrap_or_else(dash),
                o.roas.map(fmt_times).map(|x| format!("ROAS {x}")).unwrap_or_default(),
            )}
            {stat(
                "cpa",
                t.kpi_cpa,
                o.cpa.map(|v| major(l, v, cur)).unwrap_or_else(dash),
                o.cvr.map(fmt_pct).map(|x| format!("{} {x}", t.col_cvr)).unwrap_or_default(),
            )} {stat("spent", t.kpi_spent, spent, budget)}
            {stat("on-time", t.kpi_on_time, fmt_rate(e.on_time_rate), format!("{} / {}", e.on_time, e.due))}
            {stat("alerts", t.kpi_alerts, format!("{} ({})", m.fired, m.resolved), String::new())}
        </div>
    }
    .into_any()
}

fn goals(l: Locale, p: &Plan, r: &Report) -> AnyView {
    let t = l.close();
    if r.goals.is_empty() {
        return section("goals", t.goals_title, None, view! { <p class="muted">{t.no_goals}</p> }.into_any());
    }
    let kpi = |id: &str| p.kpis.iter().find(|k| k.id == id);
    let rows = r
        .goals
        .iter()
        .map(|g| {
            let goal = p.strategy.goal(&g.id);
            let statement = goal.map(|x| x.statement.clone()).unwrap_or_default();
            let dir = g.kpis.first().and_then(|k| kpi(&k.id)).map(|k| k.direction).unwrap_or(Direction::Higher);
            let value = |v: Option<f64>| v.map(|v| fmt_value(v, &g.unit)).unwrap_or_else(|| "—".into());
            let kpis = g
                .kpis
                .iter()
                .filter_map(|k| {
                    let def = kpi(&k.id)?;
                    let v = |x: Option<f64>| x.map(|x| fmt_value(x, &def.unit)).unwrap_or_else(|| "—".into());
                    Some(format!("{} {} / {} ({})", def.name, v(k.actual), v(k.target), fmt_rate(k.rate)))
                })
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <tr data-goal=g.id.clone()>
                    <td style=format!("padding-left:{}px", 8 + g.depth * 16)>
                        <div class="goal-name">{statement}</div>
                        {(!kpis.is_empty()).then(|| view! { <div class="muted small">{kpis}</div> })}
                    </td>
                    <td class="num">{value(g.target)}</td>
                    <td class="num">{value(g.actual)}</td>
                    <td class="num" data-field="rate">
                        {fmt_rate(g.rate)}
                    </td>
                    <td>{g.light.map(|x| view! { <span class=light_class(Some(x))>{light_name(l, x)}</span> })}</td>
                    <td data-field="gap" class:muted=g.kpis.is_empty()>
                        {goal_gap(l, g, dir)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    section(
        "goals",
        t.goals_title,
        Some(t.goals_help),
        view! {
            <div class="table-wrap">
                <table class="data-table report-table">
                    <thead>
                        <tr>
                            <th>{t.col_goal}</th>
                            <th class="num">{t.col_target}</th>
                            <th class="num">{t.col_actual}</th>
                            <th class="num">{t.col_rate}</th>
                            <th>{t.col_light}</th>
                            <th>{t.col_gap}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any(),
    )
}

fn channels(l: Locale, p: &Plan, r: &Report) -> AnyView {
    let t = l.close();
    if r.channels.is_empty() {
        return section("channels", t.channels_title, None, view! { <p class="muted">{t.no_channels}</p> }.into_any());
    }
    let cur = &p.currency;
    let with_plan = |a: String, b: Option<String>| match b {
        Some(b) => format!("{a} ({b})"),
        None => a,
    };
    let dash = || "—".to_string();
    let rows = r
        .channels
        .iter()
        .map(|c| {
            let verdict_class = match c.advice {
                Some(Advice::Add) => "verdict add",
                Some(Advice::Stop) => "verdict stop",
                _ => "verdict keep",
            };
            view! {
                <tr data-channel=c.channel.clone()>
                    <td>{c.channel.clone()}</td>
                    <td class="num">{fmt_money(l, c.sums.planned, cur)}</td>
                    <td class="num">{fmt_money(l, c.sums.actual, cur)}</td>
                    <td class="num">{c.revenue.map(|v| major(l, v, cur)).unwrap_or_else(dash)}</td>
                    <td class="num" data-field="roi">
                        {with_plan(c.roi.map(fmt_pct).unwrap_or_else(dash), c.planned_roi.map(fmt_pct))}
                    </td>
                    <td class="num">{c.roas.map(fmt_times).unwrap_or_else(dash)}</td>
                    <td class="num">
                        {with_plan(
                            c.cpa.map(|v| major(l, v, cur)).unwrap_or_else(dash),
                            c.planned_cpa.map(|v| major(l, v, cur)),
                        )}
                    </td>
                    <td class="num">{c.cvr.map(fmt_pct).unwrap_or_else(dash)}</td>
                    <td class="num" data-field="rank">
                        {c.rank.map(|x| format!("#{x}")).unwrap_or_else(dash)}
                    </td>
                    <td data-field="verdict">
                        {c.advice.map(|a| view! { <span class=verdict_class>{advice_text(l, a)}</span> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    section(
        "channels",
        t.channels_title,
        Some(t.channels_help),
        view! {
            <div class="table-wrap">
                <table class="data-table report-table">
                    <thead>
                        <tr>
                            <th>{t.col_channel}</th>
                            <th class="num">{t.col_budget}</th>
                            <th class="num">{t.col_paid}</th>
                            <th class="num">{t.col_revenue}</th>
                            <th class="num">{t.col_roi}</th>
                            <th class="num">{t.col_roas}</th>
                            <th class="num">{t.col_cpa}</th>
                            <th class="num">{t.col_cvr}</th>
                            <th class="num">{t.col_rank}</th>
                            <th>{t.col_verdict}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any(),
    )
}

fn group_name(l: Locale, p: &Plan, t: &CloseTexts, k: &GroupKey) -> String {
    match k {
        GroupKey::Account(a) => account_name(l, *a).to_string(),
        GroupKey::Channel(c) => c.clone(),
        GroupKey::Phase(id) => p.phase(id).map(|x| x.name.clone()).unwrap_or_default(),
        GroupKey::Item(id) => p.item(id).map(|x| x.title.clone()).unwrap_or_default(),
        GroupKey::None => t.no_group.to_string(),
    }
}

fn group_table(l: Locale, p: &Plan, key: &'static str, title: &'static str, rows: &[GroupRow]) -> AnyView {
    let t = l.close();
    let cur = &p.currency;
    let m = |x: Money| fmt_money(l, x, cur);
    let body = rows
        .iter()
        .map(|g| {
            let variance = Money(g.sums.planned.0 - g.sums.actual.0);
            let over = variance.0 < 0;
            view! {
                <tr>
                    <td>{group_name(l, p, t, &g.key)}</td>
                    <td class="num">{m(g.sums.planned)}</td>
                    <td class="num">{m(g.sums.committed)}</td>
                    <td class="num">{m(g.sums.actual)}</td>
                    <td class="num" class:over=over>
                        {m(variance)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="money-group" data-group=key>
            <h3>{title}</h3>
            <table class="data-table report-table compact">
                <thead>
                    <tr>
                        <th></th>
                        <th class="num">{t.col_planned}</th>
                        <th class="num">{t.col_committed}</th>
                        <th class="num">{t.col_spent}</th>
                        <th class="num">{t.col_variance}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn money(l: Locale, p: &Plan, r: &Report) -> AnyView {
    let t = l.close();
    let m = &r.money;
    if p.budget.lines.is_empty() {
        return section("money", t.money_title, None, view! { <p class="muted">{t.no_money}</p> }.into_any());
    }
    let cur = &p.currency;
    let reserve = fill(
        &fill(
            &fill(t.reserve_line, "planned", &fmt_money(l, m.reserve.planned, cur)),
            "drawn",
            &fmt_money(l, m.reserve.drawn, cur),
        ),
        "left",
        &fmt_money(l, m.reserve.left(), cur),
    );
    let drawn = if m.drawn.is_empty() {
        view! { <p class="muted">{t.reserve_none}</p> }.into_any()
    } else {
        let items = m
            .drawn
            .iter()
            .map(|(id, cost, day)| {
                let title = p.budget.risk(id).map(|x| x.title.clone()).unwrap_or_default();
                let when =
                    day.map(|d| format!(" · {}", fill(t.triggered_on, "date", &fmt_date(l, d)))).unwrap_or_default();
                view! { <li data-risk=id.clone()>{title}": "{fmt_money(l, *cost, cur)}{when}</li> }
            })
            .collect_view();
        view! {
            <p class="small">{t.reserve_drawn_for}</p>
            <ul class="plain-list">{items}</ul>
        }
        .into_any()
    };
    section(
        "money",
        t.money_title,
        None,
        view! {
            <div class="money-groups">
                {group_table(l, p, "account", t.by_account, &m.by_account)}
                {group_table(l, p, "channel", t.by_channel, &m.by_channel)}
                {group_table(l, p, "phase", t.by_phase, &m.by_phase)}
            </div>
            <p data-testid="reserve-line">{reserve}</p>
            {drawn}
        }
        .into_any(),
    )
}

fn funnel(l: Locale, p: &Plan, r: &Report) -> AnyView {
    let t = l.close();
    let f = &r.funnel;
    let name = |id: &str| p.monitor.stage(id).map(|s| stage_name(l, s)).unwrap_or_default();
    let dash = || "—".to_string();
    let rows = f
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let step = i.checked_sub(1).and_then(|j| f.steps.get(j));
            let rate = step
                .map(|st| {
                    let a = st.rate.map(fmt_pct).unwrap_or_else(dash);
                    match st.planned_rate {
                        Some(pr) => format!("{a} ({})", fmt_pct(pr)),
                        None => a,
                    }
                })
                .unwrap_or_default();
            let leak = f.leak.is_some_and(|k| k + 1 == i);
            view! {
                <tr class:leak=leak data-stage=s.id.clone()>
                    <td>{name(&s.id)}</td>
                    <td class="num">{s.planned.map(|v| fmt_value(v.round(), "")).unwrap_or_else(dash)}</td>
                    <td class="num">{s.actual.map(|v| fmt_value(v, "")).unwrap_or_else(dash)}</td>
                    <td class="num">{rate}</td>
                </tr>
            }
        })
        .collect_view();
    let sentence = match f.leak {
        Some(k) => {
            let st = &f.steps[k];
            let (a, b) = (&f.stages[k].id, &f.stages[k + 1].id);
            st.rate.map(|rate| leak_sentence(l, &name(a), &name(b), rate, st.planned_rate)).unwrap_or_default()
        }
        None => t.no_leak.to_string(),
    };
    section(
        "funnel",
        t.funnel_title,
        None,
        view! {
            <p class="leak-line" data-testid="report-leak">
                {sentence}
            </p>
            <div class="table-wrap">
                <table class="data-table report-table compact">
                    <thead>
                        <tr>
                            <th>{t.col_stage}</th>
                            <th class="num">{t.col_planned}</th>
                            <th class="num">{t.col_actual}</th>
                            <th class="num">{t.col_step_rate}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any(),
    )
}

fn execution(l: Locale, p: &Plan, r: &Report) -> AnyView {
    let t = l.close();
    let e = &r.execution;
    let title = |id: &str| p.item(id).map(|w| w.title.clone()).unwrap_or_default();
    let line = fill(
        &fill(
            &fill(&fill(t.exec_line, "n", &e.actions.to_string()), "done", &e.done.to_string()),
            "due",
            &e.due.to_string(),
        ),
        "on_time",
        &format!("{} ({})", e.on_time, fmt_rate(e.on_time_rate)),
    );
    let late = if e.late.is_empty() {
        view! { <p class="muted">{t.none_late}</p> }.into_any()
    } else {
        let names: Vec<String> = e.late.iter().map(|id| title(id)).collect();
        view! {
            <p data-testid="late-items">
                <b>{t.late_items}": "</b>
                {crate::i18n::format::join_list(l, &names)}
            </p>
        }
        .into_any()
    };
    let slip_days = |d: i64| {
        if d > 0 {
            fill(t.slip_days, "n", &d.to_string())
        } else if d < 0 {
            fill(t.early_days, "n", &(-d).to_string())
        } else {
            "0".into()
        }
    };
    let slip = if !e.has_baseline {
        view! { <p class="muted">{t.no_baseline}</p> }.into_any()
    } else {
        let rows = e
            .slip
            .iter()
            .map(|s| {
                let name = s
                    .phase
                    .as_deref()
                    .and_then(|id| p.phase(id))
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| t.no_group.to_string());
                view! {
                    <tr>
                        <td>{name}</td>
                        <td class="num">{s.items}</td>
                        <td class="num">{s.slipped}</td>
                        <td class="num">{fmt_days(l, s.mean)}</td>
                        <td class="num">{slip_days(s.max)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data-table report-table compact">
                <thead>
                    <tr>
                        <th>{t.col_phase}</th>
                        <th class="num">{t.col_items}</th>
                        <th class="num">{t.col_slipped}</th>
                        <th class="num">{t.col_mean_slip}</th>
                        <th class="num">{t.col_max_slip}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let exceptions = if e.exceptions.is_empty() {
        view! { <p class="muted">{t.no_exceptions}</p> }.into_any()
    } else {
        e.exceptions
            .iter()
            .filter_map(|id| p.item(id))
            .map(|w| {
                let reason = if w.exception_reason.trim().is_empty() {
                    t.no_reason.to_string()
                } else {
                    w.exception_reason.clone()
                };
                view! {
                    <li data-item=w.id.clone()>
                        <b>{w.title.clone()}</b>
                        " — "
                        {reason}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let milestones = if e.milestones.is_empty() {
        view! { <p class="muted">{t.no_milestones}</p> }.into_any()
    } else {
        e.milestones
            .iter()
            .filter_map(|(id, state, slip)| {
                let w = p.item(id)?;
                let cls = match state {
                    MilestoneState::Hit => "light green",
                    MilestoneState::Missed => "light red",
                    MilestoneState::Pending => "light none",
                };
                Some(view! {
                    <li data-item=id.clone()>
                        <span class=cls>{milestone_name(l, *state)}</span>
                        " "
                        {w.title.clone()}
                        " · "
                        {fmt_date(l, w.end)}
                        {slip.filter(|d| *d != 0).map(|d| format!(" · {}", slip_days(d)))}
                    </li>
                })
            })
            .collect_view()
            .into_any()
    };
    section(
        "execution",
        t.execution_title,
        Some(t.exec_help),
        view! {
            <p data-testid="exec-line">{line}</p>
            {late}
            <h3>{t.slip_title}</h3>
            {slip}
            <div class="report-cols">
                <div>
                    <h3>{t.exceptions_title}</h3>
                    <ul class="plain-list">{exceptions}</ul>
                </div>
                <div>
                    <h3>{t.milestones_title}</h3>
                    <ul class="plain-list">{milestones}</ul>
                </div>
            </div>
        }
        .into_any(),
    )
}

fn monitoring(l: Locale, p: &Plan, r: &Report) -> AnyView {
    let t = l.close();
    let m = &r.monitoring;
    let line = [("n", m.fired), ("red", m.red), ("ack", m.acknowledged), ("res", m.resolved), ("none", m.unanswered)]
        .into_iter()
        .fold(t.mon_line.to_string(), |s, (k, v)| fill(&s, k, &v.to_string()));
    let speed = match (m.mean_ack_days, m.mean_resolve_days) {
        (None, None) => String::new(),
        (a, b) => {
            let d = |x: Option<f64>| x.map(|x| fmt_days(l, x)).unwrap_or_else(|| "—".into());
            fill(&fill(t.mon_speed, "ack", &d(a)), "res", &d(b))
        }
    };
    let adj = &p.monitor.adjustments;
    let adjustments = if adj.is_empty() {
        view! { <p class="muted">{t.no_adjustments}</p> }.into_any()
    } else {
        let items = adj
            .iter()
            .map(|a| {
                let (cls, word) = if a.done { ("light green", t.done) } else { ("light yellow", t.not_done) };
                let owner =
                    a.owner.as_deref().and_then(|o| p.person(o)).map(|x| format!(" · {}", x.name)).unwrap_or_default();
                view! {
                    <li>
                        <span class=cls>{word}</span>
                        " "
                        {a.text.clone()}
                        {owner}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>
                {fill(
                    &fill(t.adjustments_line, "done", &m.adjustments_done.to_string()),
                    "n",
                    &m.adjustments.to_string(),
                )}
            </p>
            <ul class="plain-list">{items}</ul>
        }
        .into_any()
    };
    section(
        "monitoring",
        t.monitoring_title,
        None,
        view! {
            <p data-testid="mon-line">{line}" "{speed}</p>
            {adjustments}
        }
        .into_any(),
    )
}
