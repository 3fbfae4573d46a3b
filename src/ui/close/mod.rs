//! The close of a campaign: two pages under one header tab — the evaluation
//! report (效果评估, read-only, derived from the plan) and the retrospective
//! (复盘: feedback, the board, action items) — and the retrospective's
//! printable document. They share one `Report` memo, recomputed once per
//! change of the plan (the board's citations show its live figures). Every
//! edit dispatches one `RetroCommand` (one undo step). Must not know the
//! file format.

pub mod document;
mod report;
mod retro;
pub mod summary;

use crate::model::close::commands::RetroCommand;
use crate::model::close::rules::report;
use crate::model::close::rules::Report;
use crate::model::command::dispatch::PlanCommand;
use crate::ui::kit::sub_nav::sub_nav;
use crate::ui::route::View;
use crate::ui::state::metrics::{now_ms, set_metric};
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

/// Runs a retrospective command on the open plan; false when refused (the app says why).
pub fn run(app: App, cmd: RetroCommand) -> bool {
    app.dispatch_plan(PlanCommand::Retro(cmd))
}

/// The open plan's evaluation report for today, once per change. Times
/// itself (`reportMs`) for the benchmark.
pub fn report_memo(app: App) -> Memo<Option<Report>> {
    Memo::new(move |_| {
        let t0 = now_ms();
        let id = app.current_id()?;
        let r = app.with_ws(|w| w.plan(&id).map(|p| report(p, app.today)));
        set_metric("reportMs", now_ms() - t0);
        r
    })
}

#[component]
pub fn CloseArea(view: View) -> impl IntoView {
    let app = use_app();
    move || {
        app.locale.track();
        area(app, view)
    }
}

fn area(app: App, view: View) -> impl IntoView {
    let t = app.lang().close();
    let report = report_memo(app);
    let open_actions = app.plan_memo(|p| p.retro.open_actions().count());
    let body = match view {
        View::Retro => view! { <retro::RetroPage report=report /> }.into_any(),
        _ => view! { <report::ReportPage report=report /> }.into_any(),
    };
    view! {
        <section class="monitor close" data-testid="close" data-page=view.slug()>
            {sub_nav(
                app.t().nav_close,
                &View::CLOSE,
                view,
                move |_, v| {
                    match v {
                        View::Retro => {
                            view! {
                                {t.tab_retro}
                                <span
                                    class="count-badge"
                                    data-testid="retro-count"
                                    class:zero=move || open_actions.get() == 0
                                    title=move || crate::i18n::overview::open_actions(
                                        app.locale.get(),
                                        open_actions.get(),
                                    )
                                >
                                    {open_actions}
                                </span>
                            }
                                .into_any()
                        }
                        _ => view! { {app.t().tab_report} }.into_any(),
                    }
                },
                None,
            )}
            {body}
        </section>
    }
}
