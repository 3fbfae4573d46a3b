//! The evaluation report page (效果评估报告): headline figures, goals against
//! the KPIs that measure them, channels with the next campaign's verdict,
//! cost accounting, the funnel's biggest leak, execution against the
//! baseline and how the warnings were handled. Read-only: every figure is
//! derived from the plan, nothing here is typed. Prints on A4 with the
//! app's print rules. Must not know the file format.

use crate::i18n::budget::advice_text;
use crate::i18n::budget::group_name;
use crate::i18n::budget::{attribution_sentence, explain_return, fmt_roi, source_words};
use crate::i18n::close::explain_reading;
use crate::i18n::close::fmt_days;
use crate::i18n::close::fmt_rate;
use crate::i18n::close::fmt_reading;
use crate::i18n::close::fmt_times;
use crate::i18n::close::goal_gap;
use crate::i18n::close::milestone_name;
use crate::i18n::close::status_line;
use crate::i18n::fmt_major;
use crate::i18n::monitor::explain_step;
use crate::i18n::monitor::fmt_pct;
use crate::i18n::monitor::fmt_value;
use crate::i18n::monitor::leak_sentence;
use crate::i18n::monitor::light_name;
use crate::i18n::monitor::stage_name;
use crate::i18n::{fill, fmt_date, fmt_money, Locale};
use crate::model::base::money::Money;
use crate::model::budget::rules::attribution_gaps;
use crate::model::budget::rules::Advice;
use crate::model::budget::rules::GroupRow;
use crate::model::close::rules::MilestoneState;
use crate::model::close::rules::Report;
use crate::model::monitor::data::Direction;
use crate::model::plan::Plan;
use crate::ui::kit::light::light_class;
use crate::ui::kit::sheet::{sheet, Cell, Row};
use crate::ui::route::{Route, View};
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

#[component]
pub fn ReportPage(report: Memo<Option<Report>>) -> impl IntoView {
    let app = use_app();
    let l = app.lang();
    move || {
        let id = app.current_id()?;
        report.with(|r| {
            let r = r.as_ref()?;
            app.with_ws(|w| w.plan(&id).map(|p| page(app, l, p, r)))
        })
    }
}

fn page(app: App, l: Locale, p: &Plan, r: &Report) -> AnyView {
    let today = app.today;
    let t = l.close();
    let (status, due, overdue) = status_line(l, p, r, today);
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
                    <button class="btn" data-action="record" on:click=move |_| crate::ui::knowledge::record(app)>
                        {l.knowledge().record}
                    </button>
                    <button
                        class="btn"
                        data-action="save-template"
                        on:click=move |_| crate::ui::knowledge::save_as_template(app, None)
                    >
                        {l.knowledge().save_template}
                    </button>
                    <a class="btn" href=doc data-action="open-doc">
                        {t.open_doc}
                    </a>
                    <button class="btn primary" data-action="print" on:click=|_| crate::ui::file_io::print_page()>
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
    stat_why(key, label, value, sub, String::new())
}

/// A headline figure with how it was computed, on hover.
fn stat_why(key: &'static str, label: &'static str, value: String, sub: String, why: String) -> AnyView {
    let why = (!why.is_empty()).then_some(why);
    view! {
        <div class="stat" data-stat=key title=why>
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
            {stat_why(
                "roi",
                t.kpi_roi,
                o.roi.map(fmt_roi).unwrap_or_else(dash),
                o.roas.map(fmt_times).map(|x| format!("ROAS {x}")).unwrap_or_default(),
                explain_return(l, &p.currency, o, r.cost_source)[..2].join("\n"),
            )}
            {stat_why(
                "cpa",
                t.kpi_cpa,
                o.cpa.map(|v| fmt_major(l, v, cur)).unwrap_or_else(dash),
                o.cvr.map(fmt_pct).map(|x| format!("{} {x}", t.col_cvr)).unwrap_or_default(),
                explain_return(l, &p.currency, o, r.cost_source)[2].clone(),
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
            let statement = p.strategy.goal(&g.id).map(|x| x.statement.clone()).unwrap_or_default();
            let dir = g.kpis.first().and_then(|k| kpi(&k.id)).map(|k| k.direction).unwrap_or(Direction::Higher);
            let value = |v: Option<f64>| v.map(|v| fmt_value(v, &g.unit)).unwrap_or_else(|| "—".into());
            let kpis = g
                .kpis
                .iter()
                .filter_map(|k| {
                    let def = kpi(&k.id)?;
                    let v = |x: Option<f64>| x.map(|x| fmt_value(x, &def.unit)).unwrap_or_else(|| "—".into());
                    Some(format!("{} {} / {} ({})", def.name, v(k.actual), v(k.target), fmt_reading(l, k.reading)))
                })
                .collect::<Vec<_>>()
                .join(" · ");
            let light = g.light.map_or_else(Cell::default, |x| Cell::badge(light_class(Some(x)), light_name(l, x)));
            Row {
                key: g.id.clone(),
                class: "",
                cells: vec![
                    Cell { text: statement, sub: kpis, indent: g.depth, class: "goal-name", ..Default::default() },
                    Cell::num(value(g.target)),
                    Cell::num(value(g.actual)),
                    Cell {
                        title: explain_reading(l, p, g.actual, g.target, &g.unit, g.reading, &g.kpis),
                        ..Cell::num(fmt_reading(l, g.reading))
                    }
                    .field("rate"),
                    light,
                    Cell {
                        text: goal_gap(l, g, dir),
                        class: if g.kpis.is_empty() { "muted" } else { "" },
                        ..Default::default()
                    }
                    .field("gap"),
                ],
            }
        })
        .collect();
    let head = [
        (t.col_goal, false),
        (t.col_target, true),
        (t.col_actual, true),
        (t.col_rate, true),
        (t.col_light, false),
        (t.col_gap, false),
    ];
    section("goals", t.goals_title, Some(t.goals_help), sheet("report-table", &head, rows))
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
            let verdict = c.advice.map_or_else(Cell::default, |a| {
                let cls = match a {
                    Advice::Add => "verdict add",
                    Advice::Stop => "verdict stop",
                    Advice::Keep => "verdict keep",
                };
                Cell::badge(cls, advice_text(l, a))
            });
            Row {
                key: c.channel.clone(),
                class: "",
                cells: vec![
                    Cell::text(c.channel.clone()),
                    Cell::num(fmt_money(l, c.sums.planned, cur)),
                    Cell::num(fmt_money(l, c.sums.actual, cur)),
                    Cell {
                        title: c.cost.map(|_| source_words(l, c.source).to_string()).unwrap_or_default(),
                        ..Cell::num(c.cost.map(|v| fmt_major(l, v, cur)).unwrap_or_else(dash))
                    }
                    .field("cost"),
                    Cell::num(c.revenue.map(|v| fmt_major(l, v, cur)).unwrap_or_else(dash)),
                    Cell {
                        title: explain_return(l, cur, &c.derived, c.source)[0].clone(),
                        ..Cell::num(with_plan(c.roi.map(fmt_roi).unwrap_or_else(dash), c.planned_roi.map(fmt_roi)))
                    }
                    .field("roi"),
                    Cell::num(c.roas.map(fmt_times).unwrap_or_else(dash)),
                    Cell::num(with_plan(
                        c.cpa.map(|v| fmt_major(l, v, cur)).unwrap_or_else(dash),
                        c.planned_cpa.map(|v| fmt_major(l, v, cur)),
                    )),
                    Cell::num(c.cvr.map(fmt_pct).unwrap_or_else(dash)),
                    Cell::num(c.rank.map(|x| format!("#{x}")).unwrap_or_else(dash)).field("rank"),
                    verdict.field("verdict"),
                ],
            }
        })
        .collect();
    let head = [
        (t.col_channel, false),
        (t.col_budget, true),
        (t.col_paid, true),
        (t.col_cost, true),
        (t.col_revenue, true),
        (t.col_roi, true),
        (t.col_roas, true),
        (t.col_cpa, true),
        (t.col_cvr, true),
        (t.col_rank, true),
        (t.col_verdict, false),
    ];
    let gaps = attribution_gaps(p)
        .iter()
        .map(|a| view! { <li class="warn-line">{attribution_sentence(l, a)}</li> })
        .collect_view();
    section(
        "channels",
        t.channels_title,
        Some(t.channels_help),
        view! {
            {sheet("report-table", &head, rows)}
            <ul class="attribution" data-testid="attribution">
                {gaps}
            </ul>
        }
        .into_any(),
    )
}

fn group_table(l: Locale, p: &Plan, key: &'static str, title: &'static str, rows: &[GroupRow]) -> AnyView {
    let t = l.close();
    let cur = &p.currency;
    let m = |x: Money| fmt_money(l, x, cur);
    let body = rows
        .iter()
        .map(|g| {
            let variance = Money(g.sums.planned.0 - g.sums.actual.0);
            let over = Cell { class: if variance.0 < 0 { "num over" } else { "num" }, ..Cell::text(m(variance)) };
            Row {
                key: String::new(),
                class: "",
                cells: vec![
                    Cell::text(group_name(l, p, &g.key)),
                    Cell::num(m(g.sums.planned)),
                    Cell::num(m(g.sums.committed)),
                    Cell::num(m(g.sums.actual)),
                    over,
                ],
            }
        })
        .collect();
    let head =
        [(title, false), (t.col_planned, true), (t.col_committed, true), (t.col_spent, true), (t.col_variance, true)];
    view! {
        <div class="money-group" data-group=key>
            {sheet("report-table compact", &head, body)}
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
        .map(|(i, st)| {
            let step = i.checked_sub(1).and_then(|j| f.steps.get(j));
            let rate = step
                .map(|x| {
                    let a = x.rate.map(fmt_pct).unwrap_or_else(dash);
                    match x.planned_rate {
                        Some(pr) => format!("{a} ({})", fmt_pct(pr)),
                        None => a,
                    }
                })
                .unwrap_or_default();
            Row {
                key: st.id.clone(),
                class: if f.leak.is_some_and(|k| k + 1 == i) { "leak" } else { "" },
                cells: vec![
                    Cell::text(name(&st.id)),
                    Cell::num(st.planned.map(|v| fmt_value(v.round(), "")).unwrap_or_else(dash)),
                    Cell::num(st.actual.map(|v| fmt_value(v, "")).unwrap_or_else(dash)),
                    Cell {
                        title: step.map_or_else(String::new, |x| {
                            explain_step(l, f, i, [&name(&f.stages[x.from].id), &name(&st.id)])
                        }),
                        ..Cell::num(rate)
                    },
                ],
            }
        })
        .collect();
    let sentence = match f.leak_between() {
        Some((from, to, st)) => {
            let (a, b) = (&f.stages[from].id, &f.stages[to].id);
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
            {sheet(
                "report-table compact",
                &[(t.col_stage, false), (t.col_planned, true), (t.col_actual, true), (t.col_step_rate, true)],
                rows,
            )}
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
            .map(|x| Row {
                key: x.phase.clone().unwrap_or_default(),
                class: "",
                cells: vec![
                    Cell::text(
                        x.phase
                            .as_deref()
                            .and_then(|id| p.phase(id))
                            .map(|x| x.name.clone())
                            .unwrap_or_else(|| t.no_group.to_string()),
                    ),
                    Cell::num(x.items.to_string()),
                    Cell::num(x.slipped.to_string()),
                    Cell::num(fmt_days(l, x.mean)),
                    Cell::num(slip_days(x.max)),
                ],
            })
            .collect();
        let head = [
            (t.col_phase, false),
            (t.col_items, true),
            (t.col_slipped, true),
            (t.col_mean_slip, true),
            (t.col_max_slip, true),
        ];
        sheet("report-table compact", &head, rows)
    };
    let exceptions = if e.exceptions.is_empty() {
        view! { <p class="muted">{t.no_exceptions}</p> }.into_any()
    } else {
        e.exceptions
            .iter()
            .filter_map(|x| p.item(&x.item).map(|w| (w, x)))
            .map(|(w, x)| {
                let reason = if x.reason.trim().is_empty() { t.no_reason.to_string() } else { x.reason.clone() };
                let when = crate::i18n::close::exception_when(l, x);
                view! {
                    <li data-item=w.id.clone() data-testid="exception-span">
                        <b>{w.title.clone()}</b>
                        " — "
                        {reason}
                        {(!when.is_empty()).then(|| view! { <span class="muted">" · " {when}</span> })}
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
