//! The overview's strategy card: each goal with its SMART letters, and how
//! many gaps the trace finds, linking to the strategy pages. Read-only; must
//! not edit anything.

use crate::i18n::overview::gaps_line;
use crate::model::plan::Plan;
use crate::model::strategy::rules::goal_tree;
use crate::model::strategy::rules::smart;
use crate::model::strategy::rules::smarts;
use crate::model::strategy::rules::trace;
use crate::model::strategy::rules::Letter;
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The card for `plan` (the overview rebuilds it when the plan changes).
pub fn strategy_summary(plan: &Plan) -> impl IntoView {
    let app = use_app();
    let (t, nav) = (crate::i18n::overview::texts(app.lang()), app.t());
    let link = |v: View| Route::Plan { id: plan.id.clone(), view: v }.to_hash();
    let s = &plan.strategy;
    if s.goals.is_empty() {
        return view! {
            <div class="card" data-testid="strategy-summary">
                <h2>{t.strategy_title}</h2>
                <p class="empty">{t.strategy_empty}" "<a href=link(View::Insight)>{nav.tab_insight}" →"</a></p>
            </div>
        }
        .into_any();
    }
    let all = smarts(plan);
    let goals = goal_tree(s)
        .into_iter()
        .map(|(depth, g)| {
            let sm = all.get(&g.id).cloned().unwrap_or_else(|| smart(plan, g));
            let letters = Letter::ALL
                .iter()
                .map(|l| {
                    view! {
                        <span class="smart-letter" class:ok=sm.holds(*l)>
                            {l.char()}
                        </span>
                    }
                })
                .collect_view();
            view! {
                <li class="summary-goal" style=format!("--depth:{depth}")>
                    <span class="smart-badge">{letters}</span>
                    <span>{g.statement.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let counts = trace(plan).gap_counts();
    let gaps: usize = counts.iter().sum();
    let gap_line = gaps_line(app.locale.get_untracked(), counts);
    view! {
        <div class="card" data-testid="strategy-summary">
            <div class="card-head">
                <h2>{t.strategy_title}</h2>
                <a href=link(View::Goals)>{nav.tab_goals}" →"</a>
            </div>
            {(!s.positioning.is_empty()).then(|| view! { <p class="summary-positioning">{s.positioning.clone()}</p> })}
            <ul class="summary-goals">{goals}</ul>
            <p class:gap-text=gaps != 0 class:ok-line=gaps == 0 data-testid="summary-gaps">
                {gap_line}
                " "
                <a href=link(View::Trace)>{nav.tab_trace}" →"</a>
            </p>
        </div>
    }
    .into_any()
}
