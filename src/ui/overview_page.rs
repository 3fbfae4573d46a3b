//! The plan at a glance: dates and days left, budget, overall progress, the
//! phase timeline with today, work by status, and what is overdue.

use super::route::{Route, View};
use super::state::{new_id, use_app};
use crate::i18n::{
    days, fill, fmt_date, fmt_date_short, fmt_int, fmt_money, fmt_range, level_name, plan_status_name, scenario_name,
    status_name,
};
use crate::model::command::dispatch::Command;
use crate::model::plan::Plan;
use crate::model::schedule::data::Status;
use crate::model::schedule::overview::overview;
use crate::model::schedule::overview::span_fraction;
use leptos::prelude::*;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let plan = Memo::new(move |_| app.current_id().and_then(|id| app.with_ws(|w| w.plan(&id).cloned())));
    let ov = Memo::new(move |_| plan.with(|p| p.as_ref().map(|p| overview(p, app.today))));
    let sharing = RwSignal::new(false);
    let new_own = move |_| {
        let l = app.locale.get_untracked();
        let p = Plan::blank(new_id(), l.texts().untitled_plan, app.today);
        let id = p.id.clone();
        if app.dispatch(Command::CreatePlan { plan: Box::new(p), index: None }).is_ok() {
            app.navigate(Route::Plan { id, view: View::Setup });
        }
    };
    let page = move || {
        let p = plan.get()?;
        let o = ov.get()?;
        let l = app.locale.get();
        let tt = t();
        let cur = p.currency.clone();
        let days_card = if o.days_left >= 0 { (tt.days_left, o.days_left) } else { (tt.days_over, -o.days_left) };
        let phases = p
            .phases
            .iter()
            .enumerate()
            .map(|(i, ph)| {
                let (left, width) = span_fraction(&p, ph.start, ph.end);
                let style = format!("left:{:.3}%;width:{:.3}%", left * 100.0, width * 100.0);
                let tip = format!("{} · {}", ph.name, fmt_range(l, ph.start, ph.end));
                view! {
                    <div class=format!("phase-band c{}", i % 6) style=style title=tip>
                        <span class="phase-name">{ph.name.clone()}</span>
                        <span class="phase-dates">
                            {format!("{} – {}", fmt_date_short(l, ph.start), fmt_date_short(l, ph.end))}
                        </span>
                    </div>
                }
            })
            .collect::<Vec<_>>();
        let today_in = app.today >= p.start && app.today <= p.end;
        let today_left = span_fraction(&p, app.today, app.today).0 * 100.0;
        let total_items = o.tasks.max(1);
        let status_tiles = Status::ALL
            .iter()
            .zip(o.by_status)
            .map(|(s, n)| {
                let cls = format!("status-tile st-{s:?}{}", if n == 0 { " zero" } else { "" }).to_lowercase();
                view! {
                    <div class=cls>
                        <span class="status-count">{n}</span>
                        <span class="status-label">{status_name(l, *s)}</span>
                    </div>
                }
            })
            .collect::<Vec<_>>();
        let status_bar = Status::ALL
            .iter()
            .zip(o.by_status)
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| {
                let cls = format!("seg st-{s:?}").to_lowercase();
                view! { <span class=cls style=format!("width:{:.2}%", n as f64 * 100.0 / total_items as f64)></span> }
            })
            .collect::<Vec<_>>();
        let overdue = o
            .overdue
            .iter()
            .filter_map(|id| p.item(id))
            .map(|w| {
                let owner = w
                    .owner
                    .as_deref()
                    .and_then(|o| p.person(o))
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| tt.none.to_string());
                let late = w.end.days_until(app.today);
                view! {
                    <li class="overdue-row">
                        <span class="level-tag">{level_name(l, w.level)}</span>
                        <span class="title">{w.title.clone()}</span>
                        <span class="muted">{owner}</span>
                        <span class="muted">{fmt_date_short(l, w.end)}</span>
                        <span class="late">{format!("+{}", days(l, late))}</span>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        let has_overdue = !overdue.is_empty();
        Some(view! {
            <section class="overview" data-testid="overview">
                {p
                    .is_sample
                    .then(|| {
                        view! {
                            <div class="banner sample" data-testid="sample-banner">
                                <span class="badge">{tt.sample_badge}</span>
                                <span>{tt.sample_hint}</span>
                                <button class="btn primary" on:click=new_own>
                                    {tt.start_own_plan}
                                </button>
                            </div>
                        }
                    })}
                <div class="plan-title-row">
                    <h1 class="plan-title">{p.name.clone()}</h1>
                    <span class="pill">{scenario_name(l, p.scenario)}</span>
                    <span class=format!("pill plan-{:?}", p.status)
                        .to_lowercase()>{plan_status_name(l, p.status)}</span>
                    <button class="btn share-btn" data-action="share" on:click=move |_| sharing.set(true)>
                        {tt.share}
                    </button>
                </div>
                <p class="muted">{fmt_range(l, p.start, p.end)}</p>
                <div class="cards">
                    <div class="card kpi" data-testid="days-left">
                        <span class="kpi-label">{days_card.0}</span>
                        <span class="kpi-value">{days(l, days_card.1)}</span>
                        <span class="kpi-sub">{fill(tt.days_total, "n", &fmt_int(o.total_days))}</span>
                    </div>
                    <div class="card kpi">
                        <span class="kpi-label">{tt.budget}</span>
                        <span class="kpi-value" data-testid="budget">
                            {fmt_money(l, p.total_budget, &cur)}
                        </span>
                        <span class="kpi-sub">{p.currency.clone()}</span>
                    </div>
                    <div class="card kpi">
                        <span class="kpi-label">{tt.progress}</span>
                        <span class="kpi-value">{format!("{:.0}%", o.progress)}</span>
                        <div class="meter">
                            <span style=format!("width:{:.1}%", o.progress)></span>
                        </div>
                    </div>
                    <div class="card kpi">
                        <span class="kpi-label">{tt.items_count}</span>
                        <span class="kpi-value" data-testid="item-count" data-total=p.work_items.len()>
                            {o.tasks}
                        </span>
                        {(o.summaries > 0)
                            .then(|| {
                                view! {
                                    <span class="kpi-sub" data-testid="summary-count">
                                        {fill(tt.summaries_count, "n", &o.summaries.to_string())}
                                    </span>
                                }
                            })}
                        <span class="kpi-sub">
                            <span class:warn-text=!o
                                .overdue
                                .is_empty()>{fill(tt.overdue_count, "n", &o.overdue.len().to_string())}</span>
                            " · "
                            <span class:warn-text=!o.unassigned.is_empty() data-testid="unassigned">
                                {fill(tt.unassigned_count, "n", &o.unassigned.len().to_string())}
                            </span>
                        </span>
                    </div>
                </div>
                <div class="card">
                    <h2>{tt.phase_timeline}</h2>
                    {if p.phases.is_empty() {
                        view! { <p class="empty">{tt.no_phases}</p> }.into_any()
                    } else {
                        view! {
                            <div class="timeline">
                                <div class="timeline-track">
                                    {phases}
                                    {today_in
                                        .then(|| {
                                            view! {
                                                <div class="today-line" style=format!("left:{today_left:.3}%")>
                                                    <span>
                                                        {format!("{} {}", tt.today, fmt_date_short(l, app.today))}
                                                    </span>
                                                </div>
                                            }
                                        })}
                                </div>
                                <div class="timeline-scale">
                                    <span>{fmt_date(l, p.start)}</span>
                                    <span>{fmt_date(l, p.end)}</span>
                                </div>
                            </div>
                        }
                            .into_any()
                    }}
                </div>
                {super::documents::rhythm::reporting_summary(&p)}
                {super::close::summary::close_summary(&p)}
                {super::strategy::summary::strategy_summary(&p)}
                {super::monitor::summary::monitor_summary(&p)}
                {super::budget::summary::budget_summary(&p)}
                <div class="two-col">
                    <div class="card">
                        <h2>{tt.work_by_status}</h2>
                        <div class="status-bar">{status_bar}</div>
                        <div class="status-tiles">{status_tiles}</div>
                    </div>
                    <div class="card">
                        <h2>{tt.overdue_items}</h2>
                        {if has_overdue {
                            view! {
                                <ul class="overdue-list" data-testid="overdue">
                                    {overdue}
                                </ul>
                            }
                                .into_any()
                        } else {
                            view! { <p class="empty">{tt.no_overdue}</p> }.into_any()
                        }}
                    </div>
                </div>
                {(!p.description.is_empty())
                    .then(|| {
                        view! {
                            <div class="card">
                                <h2>{tt.goal_description}</h2>
                                <p class="description">{p.description.clone()}</p>
                            </div>
                        }
                    })}
            </section>
        })
    };
    view! {
        {page}
        <crate::ui::share::SharePanel open=sharing />
    }
}
