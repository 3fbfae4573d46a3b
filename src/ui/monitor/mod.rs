//! KPI monitoring: five pages under one header tab (dashboard, KPIs and
//! actuals, alerts, funnel, mid-term review). They share one `Board` memo:
//! every KPI's value to date and every alert, recomputed once per change of
//! the plan, so the alert count in the sub-tabs stays live while the user
//! types actuals. Every edit dispatches one `MonitorCommand` (one undo step).
//! Must not know the file format.

mod alerts;
pub mod charts;
mod dashboard;
pub(crate) mod data;
mod funnel;
mod review;
pub mod summary;

use crate::model::command::dispatch::PlanCommand;
use crate::model::monitor::commands::MonitorCommand;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::Severity;
use crate::model::monitor::data::Thresholds;
use crate::model::monitor::rules::alert_state;
use crate::model::monitor::rules::kpi_alerts;
use crate::model::monitor::rules::series;
use crate::model::monitor::rules::sort_alerts;
use crate::model::monitor::rules::sum_periods;
use crate::model::monitor::rules::to_date;
use crate::model::monitor::rules::Alert;
use crate::model::monitor::rules::AlertState;
use crate::model::monitor::rules::ToDate;
use crate::model::monitor::rules::Totals;
use crate::ui::kit::sub_nav::sub_nav;
use crate::ui::route::{Route, View};
use crate::ui::state::metrics::{now_ms, set_metric};
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

/// Runs a monitoring command on the open plan; false when refused (the app says why).
pub fn run(app: App, cmd: MonitorCommand) -> bool {
    app.dispatch_plan(PlanCommand::Monitor(cmd))
}

/// Periods a card's sparkline shows: the most recent ones (a 120-pixel
/// line cannot show a year of days anyway).
pub const SPARK: usize = 60;

/// One KPI as the dashboard shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub kpi: Kpi,
    pub now: ToDate,
    /// The last `SPARK` periods up to today: actuals and targets.
    pub actuals: Vec<Option<f64>>,
    pub targets: Vec<Option<f64>>,
    /// Its open alerts, red and yellow.
    pub open: (usize, usize),
}

/// Everything monitoring derives from the plan for today.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Board {
    pub cards: Vec<Card>,
    pub alerts: Vec<(Alert, AlertState)>,
    pub thresholds: Thresholds,
    /// Each KPI's sums of actuals and targets from the start through today,
    /// for the channel table (the same series, no second pass).
    pub totals: Totals,
}

impl Board {
    pub fn open(&self) -> impl Iterator<Item = &Alert> {
        self.alerts.iter().filter(|(_, s)| *s != AlertState::Resolved).map(|(a, _)| a)
    }
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.kpi.id == id)
    }
}

/// The open plan's board: each KPI's series is computed once, for its card
/// and its alerts. Times itself (`alertsMs`) for the benchmark.
pub fn board_memo(app: App) -> Memo<Board> {
    Memo::new(move |_| {
        let t0 = now_ms();
        let today = app.today;
        let Some(id) = app.current_id() else { return Board::default() };
        let b = app.with_ws(|w| {
            let Some(p) = w.plan(&id) else { return Board::default() };
            let th = p.monitor.thresholds;
            let mut alerts = vec![];
            let mut totals = Totals::new();
            let cards = p
                .kpis
                .iter()
                .map(|k| {
                    let s = series(p, k);
                    kpi_alerts(p, k, &s, today, &mut alerts);
                    let end = s.periods.upto(today);
                    let from = end.saturating_sub(SPARK);
                    totals.insert(k.id.clone(), sum_periods(&s, 0..end));
                    Card {
                        kpi: k.definition(),
                        now: to_date(&s, k, th, today),
                        actuals: s.actuals[from..end].to_vec(),
                        targets: s.targets[from..end].to_vec(),
                        open: (0, 0),
                    }
                })
                .collect::<Vec<_>>();
            sort_alerts(&mut alerts);
            let alerts: Vec<(Alert, AlertState)> = alerts
                .into_iter()
                .map(|a| {
                    let st = alert_state(&p.monitor.notes, &a.key);
                    (a, st)
                })
                .collect();
            let mut cards = cards;
            for (a, st) in &alerts {
                if let Some(c) = cards.iter_mut().filter(|_| *st != AlertState::Resolved).find(|c| c.kpi.id == a.kpi) {
                    match a.severity {
                        Severity::Red => c.open.0 += 1,
                        Severity::Yellow => c.open.1 += 1,
                    }
                }
            }
            Board { cards, alerts, thresholds: th, totals }
        });
        set_metric("alertsMs", now_ms() - t0);
        b
    })
}

fn tab_label(l: crate::i18n::Locale, v: View) -> &'static str {
    let t = l.monitor();
    match v {
        View::Kpis => l.texts().tab_data,
        View::Alerts => t.tab_alerts,
        View::Funnel => t.tab_funnel,
        View::Review => t.tab_review,
        _ => l.texts().tab_dashboard,
    }
}

#[component]
pub fn MonitorPage(view: View) -> impl IntoView {
    let app = use_app();
    let board = board_memo(app);
    move || {
        app.locale.track();
        page(app, view, board)
    }
}

fn page(app: App, view: View, board: Memo<Board>) -> impl IntoView {
    let _href = move |v: View| app.current_id().map(|id| Route::Plan { id, view: v }.to_hash()).unwrap_or_default();
    let body = match view {
        View::Kpis => view! {
            <data::ActualsGrid />
            <data::KpiDefinitions />
        }
        .into_any(),
        View::Alerts => view! { <alerts::AlertsPage board=board /> }.into_any(),
        View::Funnel => view! { <funnel::FunnelView board=board /> }.into_any(),
        View::Review => view! { <review::MidTermReview /> }.into_any(),
        _ => view! { <dashboard::Dashboard board=board /> }.into_any(),
    };
    let open = move || board.with(|b| b.open().count());
    view! {
        <section class="monitor" data-testid="monitor" data-page=view.slug()>
            {sub_nav(
                app.t().nav_monitor,
                &View::MONITOR,
                view,
                move |_, v| {
                    view! {
                        {tab_label(app.lang(), v)}
                        {(v == View::Alerts)
                            .then(|| {
                                view! {
                                    <span
                                        class="count-badge"
                                        data-testid="open-alert-count"
                                        class:zero=move || open() == 0
                                    >
                                        {open}
                                    </span>
                                }
                            })}
                    }
                },
                None,
            )}
            {body}
        </section>
    }
}
