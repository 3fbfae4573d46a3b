//! The overview's budget and risks card: spent against allocated, how many
//! budget warnings there are, what is left of the reserve, and the top risks
//! (triggered first, then by score), linking to the budget and the risks.
//! Read-only; must not edit anything.

use crate::i18n::budget::{band_name, risk_status_name};
use crate::i18n::{fill, fmt_money};
use crate::model::budget::rules::band;
use crate::model::budget::rules::reserve;
use crate::model::budget::rules::top_risks;
use crate::model::budget::rules::warnings;
use crate::model::budget::rules::Sums;
use crate::model::plan::Plan;
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The card for `plan` (the overview rebuilds it when the plan changes).
pub fn budget_summary(plan: &Plan) -> impl IntoView {
    let app = use_app();
    let l = app.locale.get_untracked();
    let t = crate::i18n::overview::texts(l);
    let link = |v: View| Route::Plan { id: plan.id.clone(), view: v }.to_hash();
    let m = |v| fmt_money(l, v, &plan.currency);
    let s = Sums::of(&plan.budget.lines);
    let r = reserve(plan);
    let n = warnings(plan, app.today).len();
    let top = top_risks(plan, 3)
        .into_iter()
        .map(|x| {
            let b = band(x.score());
            view! {
                <li class="top-risk" data-testid="top-risk" data-risk=x.id.clone()>
                    <span class=format!("band {}", format!("{b:?}").to_lowercase()) title=band_name(l, b)>
                        {x.score()}
                    </span>
                    <span class="alert-text">{x.title.clone()}</span>
                    <span class=format!(
                        "risk-status {}",
                        format!("{:?}", x.status).to_lowercase(),
                    )>{risk_status_name(l, x.status)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="card" data-testid="budget-summary">
            <div class="card-head">
                <h2>{t.budget_title}</h2>
                <a href=link(View::Budget)>{t.open_budget}" →"</a>
            </div>
            {if plan.budget.lines.is_empty() {
                view! { <p class="empty">{t.lines_empty}</p> }.into_any()
            } else {
                view! {
                    <p class="summary-line">{fill(&fill(t.spent, "actual", &m(s.actual)), "planned", &m(s.planned))}</p>
                    <p class="summary-line" class:alarm=n != 0>
                        {if n > 0 { crate::i18n::overview::budget_warnings(l, n) } else { t.checks_ok.to_string() }}
                        " · "
                        {t.stat_reserve}
                        " "
                        {m(r.left())}
                    </p>
                }
                    .into_any()
            }}
            <div class="card-head sub">
                <h3>{t.top_risks}</h3>
                <a href=link(View::Risks)>{t.open_risks}" →"</a>
            </div>
            {if plan.budget.risks.is_empty() {
                view! { <p class="empty">{t.no_risks}</p> }.into_any()
            } else {
                view! { <ul class="alert-list compact top-risks">{top}</ul> }.into_any()
            }}
        </div>
    }
}
