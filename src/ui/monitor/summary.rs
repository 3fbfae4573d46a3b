//! The overview's monitoring card: how many alerts are open (red, yellow)
//! and the newest three in words, linking to the dashboard and the alerts.
//! Read-only; must not edit anything.

use crate::i18n::fill;
use crate::i18n::monitor::alert_sentence;
use crate::model::monitor::data::Severity;
use crate::model::monitor::rules::alert_state;
use crate::model::monitor::rules::Alert;
use crate::model::monitor::rules::AlertState;
use crate::model::plan::Plan;
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The card for `plan` and its alerts (the overview rebuilds it when the plan changes).
pub fn monitor_summary(plan: &Plan, fired: &[Alert]) -> impl IntoView {
    let app = use_app();
    let l = app.locale.get_untracked();
    let (t, nav) = (crate::i18n::overview::texts(l), l.texts());
    let link = |v: View| Route::Plan { id: plan.id.clone(), view: v }.to_hash();
    if plan.kpis.is_empty() {
        return view! {
            <div class="card" data-testid="monitor-summary">
                <h2>{nav.nav_monitor}</h2>
                <p class="empty">{t.monitor_empty}" "<a href=link(View::Kpis)>{nav.tab_data}" →"</a></p>
            </div>
        }
        .into_any();
    }
    let open: Vec<_> =
        fired.iter().filter(|a| alert_state(&plan.monitor.notes, &a.key) != AlertState::Resolved).collect();
    let red = open.iter().filter(|a| a.severity == Severity::Red).count();
    let lines = open
        .iter()
        .take(3)
        .filter_map(|a| {
            let kpi = plan.kpis.iter().find(|k| k.id == a.kpi)?;
            let sev = if a.severity == Severity::Red { "sev red" } else { "sev yellow" };
            Some(view! {
                <li class="alert-line">
                    <span class=sev></span>
                    <span class="alert-text">{alert_sentence(l, a, kpi, plan.monitor.rule(&a.rule))}</span>
                </li>
            })
        })
        .collect_view();
    view! {
        <div class="card" data-testid="monitor-summary">
            <div class="card-head">
                <h2>{nav.nav_monitor}</h2>
                <a href=link(View::Dashboard)>{nav.tab_dashboard}" →"</a>
            </div>
            <p class="summary-line" class:alarm=red != 0>
                {if open.is_empty() {
                    t.no_alerts.to_string()
                } else {
                    format!(
                        "{} {} · {}",
                        t.open_alerts,
                        open.len(),
                        fill(
                            &fill(t.open_alerts_value, "red", &red.to_string()),
                            "yellow",
                            &(open.len() - red).to_string(),
                        ),
                    )
                }}
            </p>
            <ul class="alert-list compact">{lines}</ul>
        </div>
    }
    .into_any()
}
