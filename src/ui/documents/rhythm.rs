//! The reporting rhythm: in Plan setup, the weekly report's day and time
//! and the daily sync time; on the overview, when the next weekly report is
//! due (with a link that opens it prefilled) and each exception — a work
//! item in 异常, an unacknowledged red alert — that asks to be reported
//! within 24 hours until someone marks it reported. Changes are monitor
//! commands; the rules are in `model::monitor::reporting`.

use super::{docs_hash, Sel};
use crate::docs::gantt::Zoom;
use crate::docs::DocKind;
use crate::i18n::format::hhmm;
use crate::i18n::{fill, fmt_date};
use crate::model::command::dispatch::PlanCommand;
use crate::model::monitor::commands::MonitorCommand;
use crate::model::monitor::reporting::{next_weekly, unreported, Pending, DAY_MINUTES};
use crate::model::monitor::rules::Alert;
use crate::model::plan::Plan;
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

/// Minutes since midnight now, on the user's clock.
fn now_minute() -> u16 {
    let d = js_sys::Date::new_0();
    (d.get_hours() * 60 + d.get_minutes()).min(DAY_MINUTES as u32 - 1) as u16
}

/// "17:30" as minutes, or `None` for anything else.
fn read_time(s: &str) -> Option<u16> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn set(app: App, f: impl FnOnce(&mut (u8, u16, u16))) {
    let Some(id) = app.current_id() else { return };
    let Some(mut r) = app
        .with_ws_untracked(|w| w.plan(&id).map(|p| p.monitor.reporting.clone()))
        .map(|r| (r.weekday, r.weekly_at, r.daily_at))
    else {
        return;
    };
    f(&mut r);
    app.dispatch_plan(PlanCommand::Monitor(MonitorCommand::Rhythm { weekday: r.0, weekly_at: r.1, daily_at: r.2 }));
}

/// The overview's card: the next weekly report and the exceptions to report.
pub fn reporting_summary(plan: &Plan, fired: &[Alert]) -> AnyView {
    let app = use_app();
    let l = app.locale.get_untracked();
    let t = crate::i18n::overview::texts(l);
    let today = app.today;
    let r = &plan.monitor.reporting;
    let due = next_weekly(r, today, now_minute());
    let open = docs_hash(&plan.id, Sel { kind: DocKind::Weekly, at: Some(due), zoom: Zoom::default() });
    let next = fill(&fill(t.next_report, "date", &fmt_date(l, due)), "time", &hhmm(r.weekly_at));
    let pending = unreported(plan, fired);
    let rows = pending
        .into_iter()
        .map(|x| {
            let what = match &x {
                Pending::Item(id) => {
                    fill(t.pending_item, "task", &plan.item(id).map(|w| w.title.clone()).unwrap_or_default())
                }
                Pending::Alert(a) => fill(
                    t.pending_alert,
                    "kpi",
                    &plan.kpis.iter().find(|k| k.id == a.kpi).map(|k| k.name.clone()).unwrap_or_default(),
                ),
            };
            let key = x.key();
            let shown = key.clone();
            view! {
                <li data-key=shown>
                    <span class="tone-red">{t.report_within}</span>
                    " "
                    {what}
                    <button
                        class="btn small"
                        data-action="mark-reported"
                        on:click=move |_| {
                            app.dispatch_plan(
                                PlanCommand::Monitor(MonitorCommand::Reported {
                                    key: key.clone(),
                                    day: today,
                                    reported: true,
                                }),
                            );
                        }
                    >
                        {t.mark_reported}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="card reporting" data-testid="reporting">
            <h2>{t.rhythm_title}</h2>
            <p data-testid="next-report">
                <strong>{next}</strong>
                " "
                <a href=open data-action="open-weekly">
                    {t.open_report}
                    " →"
                </a>
            </p>
            <ul class="pending-reports" data-testid="pending-reports">
                {rows}
            </ul>
        </div>
    }
    .into_any()
}

/// Plan setup's card: the weekly report day and time, the daily sync time.
#[component]
pub fn RhythmCard() -> impl IntoView {
    let app = use_app();
    let t = move || app.locale.get().docs();
    let r =
        app.plan_memo(|p| (p.monitor.reporting.weekday, p.monitor.reporting.weekly_at, p.monitor.reporting.daily_at));
    let time_in = move |field: &'static str, get: fn(&(u8, u16, u16)) -> u16, put: fn(&mut (u8, u16, u16), u16)| {
        view! {
            <input
                type="time"
                data-field=field
                prop:value=move || hhmm(get(&r.get()))
                on:change=move |e| match read_time(&event_target_value(&e)) {
                    Some(m) => set(app, |x| put(x, m)),
                    None => {
                        app.error(crate::i18n::errors::fault(app.lang(), &crate::model::base::fault::Fault::NotInRange))
                    }
                }
            />
        }
    };
    view! {
        <div class="card" data-testid="rhythm">
            <h2>{move || crate::i18n::overview::texts(app.locale.get()).rhythm_title}</h2>
            <p class="hint">{move || t().rhythm_help}</p>
            <div class="rhythm-fields">
                <label>
                    {move || t().weekly_day}
                    <select
                        data-field="report-weekday"
                        on:change=move |e| {
                            if let Ok(d) = event_target_value(&e).parse::<u8>() {
                                set(app, |x| x.0 = d);
                            }
                        }
                    >
                        {(0u8..7)
                            .map(|d| {
                                view! {
                                    <option value=d selected=move || r.get().0 == d>
                                        {move || crate::i18n::gantt::weekday(app.locale.get(), d as usize)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>{move || t().weekly_time} {time_in("report-time", |x| x.1, |x, m| x.1 = m)}</label>
                <label>{move || t().daily_time} {time_in("sync-time", |x| x.2, |x, m| x.2 = m)}</label>
            </div>
        </div>
    }
}
