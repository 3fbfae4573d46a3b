//! The plan at a glance: dates and days left, budget, overall progress, the
//! phase timeline with today, work by status, and what is overdue.

use super::route::Route;
use super::state::use_app;
use crate::i18n::{
    days, fill, fmt_date, fmt_date_short, fmt_int, fmt_money, fmt_range, level_name, plan_status_name, scenario_name,
    status_name,
};
use crate::model::base::day::Day;
use crate::model::command::dispatch::PlanCommand;
use crate::model::schedule::data::Phase;
use crate::model::schedule::data::Status;
use crate::model::schedule::overview::overview;
use crate::model::schedule::overview::span_fraction;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What part of a phase band is dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grip {
    Move,
    Start,
    End,
}

/// A drag on the overview's phase timeline, in whole days.
#[derive(Clone, Copy, Debug, PartialEq)]
struct PhaseDrag {
    index: usize,
    grip: Grip,
    x0: i32,
    px_per_day: f64,
    days: i64,
}

impl PhaseDrag {
    /// The phase's dates after the drag: an edge never passes the other.
    fn moved(&self, start: Day, end: Day) -> (Day, Day) {
        match self.grip {
            Grip::Move => (start.add_days(self.days), end.add_days(self.days)),
            Grip::Start => (start.add_days(self.days).min(end), end),
            Grip::End => (start, end.add_days(self.days).max(start)),
        }
    }
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let plan = Memo::new(move |_| app.current_id().and_then(|id| app.with_ws(|w| w.plan(&id).cloned())));
    let ov = Memo::new(move |_| plan.with(|p| p.as_ref().map(|p| overview(p, app.today))));
    let sharing = RwSignal::new(false);
    let sending = RwSignal::new(false);
    // Read once per plan opened, not on every edit (the entry is a whole plan's text).
    let received = Memo::new(move |_| app.current_id().is_some_and(|id| crate::storage::has_received(&id)));
    let mark_real = move |_| {
        let real = app.dispatch_plan(crate::model::command::dispatch::PlanCommand::SetField(
            crate::model::plan::PlanField::IsSample(false),
        ));
        if real {
            crate::ui::state::autosave::ask_to_keep();
        }
    };
    // One way to start a plan: the new plan page, from the sample too.
    let new_own = move |_| app.navigate(Route::NewPlan { template: None });
    // A phase band being dragged on the timeline (moved, or an edge resized).
    let drag: RwSignal<Option<PhaseDrag>> = RwSignal::new(None);
    let page = move || {
        let p = plan.get()?;
        let o = ov.get()?;
        let l = app.locale.get();
        let tt = t();
        let cur = p.currency.clone();
        let days_card = if o.days_left >= 0 { (tt.days_left, o.days_left) } else { (tt.days_over, -o.days_left) };
        // The alerts, once: the monitoring card counts them, the reporting card
        // lists the red ones to report.
        let fired = crate::model::monitor::rules::alerts(&p, app.today);
        let total_days = (p.start.days_until(p.end) + 1).max(1) as f64;
        let phases = p
            .phases
            .iter()
            .enumerate()
            .map(|(i, ph)| {
                let (s0, e0) = (ph.start, ph.end);
                // While dragged, the band shows where it would land.
                let shown = move || match drag.get() {
                    Some(d) if d.index == i => d.moved(s0, e0),
                    _ => (s0, e0),
                };
                let plan_span = (p.start, p.end);
                let style = move || {
                    let (a, b) = shown();
                    let (left, width) = crate::model::schedule::overview::fraction_of(plan_span, a, b);
                    format!("left:{:.3}%;width:{:.3}%", left * 100.0, width * 100.0)
                };
                let tip = format!("{} · {} · {}", ph.name, fmt_range(l, ph.start, ph.end), tt.phase_drag_hint);
                let phase = ph.clone();
                // The grips' moves and release bubble to the band, which handles them.
                let start_drag = move |e: web_sys::PointerEvent, grip: Grip| {
                    e.prevent_default();
                    e.stop_propagation();
                    let Some(el) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
                        return;
                    };
                    let band = if grip == Grip::Move { Some(el.clone()) } else { el.parent_element() };
                    let Some(track) = band.and_then(|b| b.parent_element()) else { return };
                    let _ = el.set_pointer_capture(e.pointer_id());
                    let px_per_day = (track.get_bounding_client_rect().width() / total_days).max(0.1);
                    drag.set(Some(PhaseDrag { index: i, grip, x0: e.client_x(), px_per_day, days: 0 }));
                };
                let on_move = move |e: web_sys::PointerEvent| {
                    if let Some(mut d) = drag.get_untracked().filter(|d| d.index == i) {
                        let days = ((e.client_x() - d.x0) as f64 / d.px_per_day).round() as i64;
                        if days != d.days {
                            d.days = days;
                            drag.set(Some(d));
                        }
                    }
                };
                let on_up = move |_| {
                    let Some(d) = drag.get_untracked().filter(|d| d.index == i) else { return };
                    drag.set(None);
                    if d.days != 0 {
                        let (start, end) = d.moved(s0, e0);
                        app.dispatch_plan(PlanCommand::UpdatePhase { phase: Phase { start, end, ..phase.clone() } });
                    }
                };
                view! {
                    <div
                        class=format!("phase-band c{}", i % 6)
                        class:dragging=move || drag.with(|d| d.is_some_and(|d| d.index == i))
                        style=style
                        title=tip
                        data-phase=ph.id.clone()
                        on:pointerdown=move |e| start_drag(e, Grip::Move)
                        on:pointermove=on_move
                        on:pointerup=on_up
                    >
                        <span class="phase-grip start" on:pointerdown=move |e| start_drag(e, Grip::Start)></span>
                        <span class="phase-name">{ph.name.clone()}</span>
                        <span class="phase-dates">
                            {move || {
                                let (a, b) = shown();
                                format!("{} – {}", fmt_date_short(l, a), fmt_date_short(l, b))
                            }}
                        </span>
                        <span class="phase-grip end" on:pointerdown=move |e| start_drag(e, Grip::End)></span>
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
                                <button class="btn" data-action="mark-real" title=tt.mark_real_help on:click=mark_real>
                                    {tt.mark_real}
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
                    <a
                        class="btn"
                        data-action="my-work"
                        href=crate::ui::route::Route::Plan {
                            id: p.id.clone(),
                            view: crate::ui::route::View::Mine,
                        }
                            .to_hash()
                    >
                        {crate::i18n::team::texts(l).my_work}
                    </a>
                    // A plan received from a link: what this person changed goes back the same way.
                    {received
                        .get()
                        .then(|| {
                            view! {
                                <button class="btn" data-action="send-back" on:click=move |_| sending.set(true)>
                                    {crate::i18n::team::texts(l).send_back}
                                </button>
                            }
                        })}
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
                {update_log(l, &p)}
                {super::documents::rhythm::reporting_summary(&p, &fired)}
                {super::close::summary::close_summary(&p)}
                {super::strategy::summary::strategy_summary(&p)}
                {super::monitor::summary::monitor_summary(&p, &fired)}
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
        <crate::ui::send_back::SendBackPanel open=sending />
    }
}

/// The owners' updates taken in, newest first (the last five): who, when
/// they sent it, how many changes were taken and how many conflicts kept.
fn update_log(l: crate::i18n::Locale, p: &crate::model::plan::Plan) -> Option<impl IntoView> {
    let t = crate::i18n::team::texts(l);
    (!p.updates.is_empty()).then(|| {
        let lines = p
            .updates
            .iter()
            .rev()
            .take(5)
            .map(|e| view! { <li>{crate::i18n::team::log_line(l, e)}</li> })
            .collect_view();
        view! {
            <div class="card" data-testid="update-log">
                <h2>{t.log_title}</h2>
                <ul class="plain-list">{lines}</ul>
            </div>
        }
    })
}
