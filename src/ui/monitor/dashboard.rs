//! The plan's control room: time and work left, open alerts, a card per KPI
//! (value to date, target to date, deviation badge, sparkline), the
//! cumulative chart of one KPI, and the per-channel table with its ROI
//! advice. Read-only; it reads the shared `Board` and the plan. Must not
//! edit anything.

use super::charts::{cumulative_chart, sparkline};
use super::{Board, Card};
use crate::i18n::budget::{attribution_sentence, explain_return, fmt_roi};
use crate::i18n::close::fmt_times;
use crate::i18n::monitor::{
    alert_sentence, explain_value, fmt_deviation, fmt_pct, fmt_value, light_name, severity_action,
};
use crate::i18n::strategy::fmt_num;
use crate::i18n::{fill, fmt_date_short, fmt_major, Locale};
use crate::model::budget::rules::{advice, apply_cost, attribution_gaps, Advice};
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::Severity;
use crate::model::monitor::rules::channels;
use crate::model::monitor::rules::cumulative;
use crate::model::monitor::rules::derived_with;
use crate::model::monitor::rules::series;
use crate::model::monitor::rules::Derived;
use crate::model::monitor::rules::Filter;
use crate::model::monitor::rules::Light;
use crate::model::monitor::rules::PlanTime;
use crate::model::schedule::data::Status;
use crate::model::schedule::overview::overview;
use crate::ui::kit::light::light_class;
use crate::ui::route::{Route, View};
use crate::ui::state::metrics::{now_ms, set_metric};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// KPI cards shown before "show all".
const GLANCE: usize = 12;

#[component]
pub fn Dashboard(board: Memo<Board>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    // The words the overview's card says too.
    let ov = crate::i18n::overview::texts(app.lang());
    let l = app.locale.get_untracked();
    let t0 = now_ms();
    request_animation_frame(move || set_metric("dashboardMs", now_ms() - t0));
    let stats = Memo::new(move |_| {
        let id = app.current_id()?;
        app.with_ws(|w| w.plan(&id).map(|p| overview(p, app.today)))
    });
    let alerts_href = app.current_id().map(|id| Route::Plan { id, view: View::Alerts }.to_hash()).unwrap_or_default();
    let href2 = alerts_href.clone();
    // Counts as memos: an edit that leaves them alone redraws nothing here.
    let counts = Memo::new(move |_| {
        board.with(|b| {
            let red = b.open().filter(|a| a.severity == Severity::Red).count();
            (red, b.open().count() - red)
        })
    });
    // Before the start and after the end the figures mean something else:
    // say so above them.
    let span = app.plan_memo(|p| Some((p.start, p.end)));
    let stage_note = move || {
        let (start, end) = span.get()?;
        let l = app.locale.get();
        let t = l.monitor();
        let (cls, text) = if app.today < start {
            ("stage-note before", fill(t.stage_before, "date", &crate::i18n::fmt_date(l, start)))
        } else if app.today > end {
            ("stage-note after", fill(t.stage_after, "date", &crate::i18n::fmt_date(l, end)))
        } else {
            return None;
        };
        Some(view! {
            <p class=cls data-testid="plan-stage" role="note">
                {text}
            </p>
        })
    };
    let top = move || {
        let o = stats.get()?;
        let done = o.by_status[Status::ALL.iter().position(|s| *s == Status::Done).unwrap_or(2)];
        let total: usize = o.by_status.iter().sum();
        let (red, yellow) = counts.get();
        let days = if o.days_left < 0 {
            t.plan_over.to_string()
        } else {
            fill(&fill(t.days_left_value, "n", &o.days_left.to_string()), "total", &o.total_days.to_string())
        };
        Some(view! {
            <div class="stat-row">
                <div class="stat" data-testid="days-left">
                    <span class="stat-label">{t.days_left}</span>
                    <strong>{days}</strong>
                    <span class="bar">
                        <span style=format!("width:{:.0}%", o.elapsed * 100.0)></span>
                    </span>
                </div>
                <div class="stat" data-testid="work-progress">
                    <span class="stat-label">{t.work_progress}</span>
                    <strong>{format!("{:.0}%", o.progress)}</strong>
                    <span class="sub">
                        {fill(&fill(t.work_progress_value, "done", &done.to_string()), "total", &total.to_string())}
                    </span>
                </div>
                <a class="stat" class:alarm=red != 0 href=href2.clone() data-testid="alert-stat">
                    <span class="stat-label">{ov.open_alerts}</span>
                    <strong>{red + yellow}</strong>
                    <span class="sub">
                        {fill(&fill(ov.open_alerts_value, "red", &red.to_string()), "yellow", &yellow.to_string())}
                    </span>
                </a>
            </div>
        })
    };
    let rules = Memo::new(move |_| {
        let id = app.current_id()?;
        app.with_ws(|w| w.plan(&id).map(|p| p.monitor.rules.clone()))
    });
    // The five newest open alerts as plain lines (sentence, channel, day).
    let lines = Memo::new(move |_| {
        let rules = rules.get().unwrap_or_default();
        board.with(|b| {
            b.open()
                .take(5)
                .map(|a| {
                    let card = b.card(&a.kpi);
                    let rule = rules.iter().find(|r| r.id == a.rule);
                    let sentence = card.map(|c| alert_sentence(l, a, &c.kpi, rule)).unwrap_or_default();
                    (a.severity, sentence, card.map(|c| c.kpi.channel.clone()).unwrap_or_default(), a.fired)
                })
                .collect::<Vec<_>>()
        })
    });
    let alerts_box = move || {
        lines.with(|lines| {
            if lines.is_empty() {
                return view! { <p class="all-clear">{ov.no_alerts}</p> }.into_any();
            }
            view! {
                <ul class="alert-list compact">
                    {lines
                        .iter()
                        .map(|(sev, sentence, channel, fired)| alert_line(
                            l,
                            *sev,
                            sentence.clone(),
                            channel.clone(),
                            *fired,
                        ))
                        .collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    // Worst first: red, then yellow, then the rest in the plan's order. A
    // glance needs the dozen that matter; the rest are one click away.
    let show_all = RwSignal::new(false);
    // The KPI the cumulative chart shows; a click on a card picks it.
    let picked = RwSignal::new(None::<String>);
    let order = Memo::new(move |_| {
        board.with(|b| {
            // A red light or an open red alert first, then yellow of either.
            let rank = |c: &Card| match (c.now.light, c.open) {
                (Some(Light::Red), _) | (_, (1.., _)) => 0,
                (Some(Light::Yellow), _) | (_, (_, 1..)) => 1,
                _ => 2,
            };
            let mut v: Vec<(u8, usize, String)> =
                b.cards.iter().enumerate().map(|(i, c)| (rank(c), i, c.kpi.id.clone())).collect();
            v.sort();
            v.into_iter().map(|x| x.2).collect::<Vec<_>>()
        })
    });
    let shown = Memo::new(move |_| {
        let all = show_all.get();
        order.with(|o| o.iter().take(if all { usize::MAX } else { GLANCE }).cloned().collect::<Vec<_>>())
    });
    let more = move || order.with(|o| o.len()).saturating_sub(GLANCE);
    let cards = move || {
        if board.with(|b| b.cards.is_empty()) {
            return view! {
                <p class="empty-example">
                    <span class="tag">{t.example}</span>
                    {t.dashboard_empty}
                </p>
            }
            .into_any();
        }
        view! {
            <div class="kpi-grid">
                <For each=move || shown.get() key=|id| id.clone() let:id>
                    {
                        let card = Memo::new(move |_| {
                            board
                                .with(|b| {
                                    let c = b.card(&id)?;
                                    let part = |p: &Option<String>| {
                                        p.as_deref().and_then(|p| b.card(p)).map(|x| x.kpi.clone())
                                    };
                                    let parts = part(&c.kpi.ratio_of).zip(part(&c.kpi.ratio_per));
                                    let why = explain_value(l, &c.kpi, &c.now, parts.as_ref().map(|(a, b)| (a, b)));
                                    Some((c.clone(), why))
                                })
                        });
                        move || card.with(|c| c.as_ref().map(|(c, why)| kpi_card(l, c, picked, why.clone())))
                    }
                </For>
            </div>
            {move || {
                (more() > 0)
                    .then(|| {
                        view! {
                            <button
                                class="btn more"
                                data-action="all-kpis"
                                on:click=move |_| show_all.update(|x| *x = !*x)
                            >
                                {if show_all.get() {
                                    t.fewer_kpis.to_string()
                                } else {
                                    fill(t.all_kpis_n, "n", &order.with(|o| o.len()).to_string())
                                }}
                            </button>
                        }
                    })
            }}
        }
        .into_any()
    };
    view! {
        <div class="dashboard" data-testid="dashboard">
            {stage_note}
            {top}
            <section class="card mon-card" data-section="open-alerts">
                <div class="card-head">
                    <h2>{ov.open_alerts}</h2>
                    <a href=alerts_href.clone()>{t.all_alerts}" →"</a>
                </div>
                {alerts_box}
            </section>
            <section class="card mon-card" data-section="kpi-cards">
                <h2>{t.kpi_cards}</h2>
                {cards}
            </section>
            <CumulativeCard board=board picked=picked />
            <ChannelTable board=board />
        </div>
    }
}

fn alert_line(
    l: Locale,
    severity: Severity,
    sentence: String,
    channel: String,
    fired: crate::model::base::day::Day,
) -> impl IntoView {
    let t = l.monitor();
    let sev = if severity == Severity::Red { "sev red" } else { "sev yellow" };
    view! {
        <li class="alert-line" data-testid="dashboard-alert" data-severity=format!("{severity:?}").to_lowercase()>
            <span class=sev title=severity_action(l, severity)></span>
            <span class="alert-text">{sentence}</span>
            {(!channel.is_empty()).then(|| view! { <span class="chip">{channel}</span> })}
            <span class="muted">{fill(t.fired_on, "date", &fmt_date_short(l, fired))}</span>
        </li>
    }
}

/// Whether the cumulative chart can show a KPI: a sum with a target.
fn chartable(k: &crate::model::monitor::data::Kpi) -> bool {
    k.aggregate == Aggregate::Sum && k.target.is_some()
}

fn kpi_card(l: Locale, c: &Card, picked: RwSignal<Option<String>>, why: String) -> impl IntoView {
    let t = l.monitor();
    let k = &c.kpi;
    let value = c.now.actual.map(|v| fmt_value(v, &k.unit)).unwrap_or_else(|| t.no_data.to_string());
    let target = match c.now.target {
        Some(v) if c.now.stage == PlanTime::After => fill(t.target_full, "v", &fmt_value(v, &k.unit)),
        Some(v) => fill(t.target_to_date, "v", &fmt_value(v, &k.unit)),
        None if c.now.stage == PlanTime::Before && k.target.is_some() => t.not_started_yet.to_string(),
        None if k.target.is_none() => t.no_target.to_string(),
        None => String::new(),
    };
    let badge = c.now.shortfall.map(|s| fmt_deviation(k.direction, s));
    let light = c.now.light;
    let chart = chartable(k);
    let id = k.id.clone();
    view! {
        <article
            class="kpi-card"
            class:chartable=chart
            data-testid="kpi-card"
            data-kpi=k.id.clone()
            data-light=light.map(|x| format!("{x:?}").to_lowercase())
            title=chart.then_some(t.see_cumulative)
            on:click=move |_| {
                if chart {
                    show_in_chart(picked, id.clone())
                }
            }
        >
            <header>
                <span class="kpi-name">{k.name.clone()}</span>
                {(!k.channel.is_empty()).then(|| view! { <span class="chip">{k.channel.clone()}</span> })}
            </header>
            <div class="kpi-value" title=why>
                {value}
            </div>
            <div class="kpi-target">
                <span>{target}</span>
                {badge
                    .map(|b| {
                        view! {
                            <span class=light_class(light) title=light.map(|x| light_name(l, x)).unwrap_or_default()>
                                {b}
                            </span>
                        }
                    })}
            </div>
            {sparkline(&c.actuals, &c.targets)}
            {(c.open != (0, 0))
                .then(|| {
                    let cls = if c.open.0 > 0 { "card-alerts red" } else { "card-alerts yellow" };
                    view! {
                        <div class=cls data-testid="card-alerts">
                            {fill(t.card_alerts, "n", &(c.open.0 + c.open.1).to_string())}
                        </div>
                    }
                })}
            {(c.now.missing > 0)
                .then(|| {
                    view! { <div class="missing">{fill(t.missing_periods, "n", &c.now.missing.to_string())}</div> }
                })}
        </article>
    }
}

/// Shows a KPI in the cumulative chart and brings the chart into view.
fn show_in_chart(picked: RwSignal<Option<String>>, id: String) {
    picked.set(Some(id));
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-section=\"cumulative\"]").ok().flatten());
    if let Some(el) = el {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// The cumulative chart of one sum KPI, picked from a select or a card.
#[component]
fn CumulativeCard(board: Memo<Board>, picked: RwSignal<Option<String>>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let l = app.locale.get_untracked();
    let sums = Memo::new(move |_| {
        board.with(|b| {
            let mut v: Vec<(String, String, bool)> = b
                .cards
                .iter()
                .filter(|c| chartable(&c.kpi))
                .map(|c| {
                    (c.kpi.id.clone(), c.kpi.name.clone(), c.kpi.kind == crate::model::monitor::data::KpiKind::Result)
                })
                .collect();
            // Result KPIs first: revenue and orders are what the chart is for.
            v.sort_by_key(|x| !x.2);
            v
        })
    });
    let current = move || picked.get().or_else(|| sums.with(|s| s.first().map(|x| x.0.clone())));
    // The chosen KPI's running totals over the whole plan, from the plan itself.
    let data = Memo::new(move |_| {
        let id = current()?;
        app.with_ws(|w| {
            let p = w.plan(&app.current_id()?)?;
            let k = p.kpis.iter().find(|k| k.id == id)?;
            let s = series(p, k);
            let (a, tg) = cumulative(&s);
            Some((a, tg, s.periods.upto(app.today).checked_sub(1), k.unit.clone(), p.start, p.end))
        })
    });
    let chart = move || {
        let (a, tg, today, unit, start, end) = data.get()?;
        let (first, last) = (fmt_date_short(l, start), fmt_date_short(l, end));
        Some(cumulative_chart(
            &a,
            &tg,
            today,
            move |v| fmt_value(v, &unit),
            (t.actual, t.target, t.today),
            (first, last),
        ))
    };
    view! {
        <Show when=move || sums.with(|s| !s.is_empty())>
            <section class="card mon-card" data-section="cumulative">
                <div class="card-head">
                    <h2>{t.cumulative_title}</h2>
                    <select
                        data-field="cumulative-kpi"
                        aria-label=t.cumulative_pick
                        on:change=move |e| picked.set(Some(event_target_value(&e)))
                    >
                        {move || {
                            sums.get()
                                .into_iter()
                                .map(|(id, name, _)| {
                                    let sel = current().as_deref() == Some(id.as_str());
                                    view! {
                                        <option value=id selected=sel>
                                            {name}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                {chart}
            </section>
        </Show>
    }
}

fn cell(v: Option<f64>, f: impl Fn(f64) -> String) -> String {
    v.map(f).unwrap_or_else(|| "—".into())
}

/// A row of the channel table: the channel (None: the total), its figures,
/// and how ROI, ROAS and CPA were computed (for the hover).
type Row = (Option<String>, Derived, [String; 3]);

/// Each channel's funnel and money to date, with the ROI advice.
#[component]
fn ChannelTable(board: Memo<Board>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let rows = Memo::new(move |_| {
        let id = app.current_id()?;
        let today = app.today;
        app.with_ws(|w| {
            let p = w.plan(&id)?;
            let f = |channel: Option<String>| Filter { channel, from: p.start, to: today.min(p.end) };
            let chans = channels(p);
            if chans.is_empty() {
                return None;
            }
            // The board's sums to date serve every row.
            board.with(|b| {
                // One cost per row for ROI, ROAS and CPA alike: what the budget
                // lines paid once payments are entered, else the spend KPIs
                // (the budget page and the evaluation use the same rule).
                let l = app.locale.get_untracked();
                let with_cost = |c: Option<String>| {
                    let mut d = derived_with(p, &f(c.clone()), &b.totals);
                    let source = apply_cost(p, c.as_deref(), &mut d);
                    let why = explain_return(l, &p.currency, &d, source);
                    (c, d, why)
                };
                let mut rows: Vec<Row> = chans.into_iter().map(|c| with_cost(Some(c))).collect();
                rows.push(with_cost(None));
                let gaps: Vec<String> = attribution_gaps(p).iter().map(|a| attribution_sentence(l, a)).collect();
                Some((rows, gaps))
            })
        })
    });
    let open_by =
        move |c: &str| board.with(|b| b.open().filter(|a| b.card(&a.kpi).is_some_and(|k| k.kpi.channel == c)).count());
    // Money as every other page shows it: the plan's currency, to the cent.
    let l = app.locale.get_untracked();
    let currency = app.plan_memo(|p| p.currency.clone());
    let money = move |v: f64| currency.with(|c| fmt_major(l, v, c));
    view! {
        {move || {
            rows.get()
                .map(|(rows, gaps)| {
                    let gaps = (!gaps.is_empty())
                        .then(|| {
                            view! {
                                <ul class="attribution" data-testid="attribution">
                                    {gaps.into_iter().map(|g| view! { <li class="warn-line">{g}</li> }).collect_view()}
                                </ul>
                            }
                        });
                    view! {
                        <section class="card mon-card" data-section="channels">
                            <h2>{t.channels_title}</h2>
                            <p class="hint">{t.channels_help}</p>
                            <div class="table-wrap">
                                <table class="data-table channel-table" data-testid="channel-table">
                                    <thead>
                                        <tr>
                                            <th>{t.col_channel}</th>
                                            <th class="num">{t.col_exposure}</th>
                                            <th class="num">{t.col_ctr}</th>
                                            <th class="num">{t.col_conversions}</th>
                                            <th class="num">{t.col_cvr}</th>
                                            <th class="num">{t.col_spend}</th>
                                            <th class="num">{t.col_revenue}</th>
                                            <th class="num">{t.col_cpa}</th>
                                            <th class="num">{t.col_roi}</th>
                                            <th class="num">{t.col_roas}</th>
                                            <th class="num">{t.col_alerts}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {rows
                                            .into_iter()
                                            .map(|(c, d, why)| {
                                                let [why_roi, why_roas, why_cpa] = why;
                                                let advice = d
                                                    .roi
                                                    .and_then(|r| match advice(r) {
                                                        Advice::Add => Some(("advice add", t.roi_add)),
                                                        Advice::Stop => Some(("advice stop", t.roi_stop)),
                                                        Advice::Keep => None,
                                                    });
                                                let alerts = c.as_deref().map(open_by);
                                                view! {
                                                    <tr
                                                        class:total-row=c.is_none()
                                                        data-channel=c.clone().unwrap_or_default()
                                                    >
                                                        <td>{c.clone().unwrap_or_else(|| t.total_row.to_string())}</td>
                                                        <td class="num">{cell(d.exposure, fmt_num)}</td>
                                                        <td class="num">{cell(d.ctr, fmt_pct)}</td>
                                                        <td class="num">{cell(d.conversions, fmt_num)}</td>
                                                        <td class="num">{cell(d.cvr, fmt_pct)}</td>
                                                        <td class="num">{cell(d.spend, money)}</td>
                                                        <td class="num">{cell(d.revenue, money)}</td>
                                                        <td class="num" title=why_cpa>
                                                            {cell(d.cpa, money)}
                                                        </td>
                                                        <td class="num" title=why_roi data-field="roi">
                                                            {cell(d.roi, fmt_roi)}
                                                            {advice
                                                                .map(|(cls, txt)| view! { <span class=cls>{txt}</span> })}
                                                        </td>
                                                        <td class="num" title=why_roas data-field="roas">
                                                            {cell(d.roas, fmt_times)}
                                                        </td>
                                                        <td class="num">
                                                            {alerts.map(|n| n.to_string()).unwrap_or_default()}
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {gaps}
                        </section>
                    }
                })
        }}
    }
}
