//! Budget, resources and risks: three pages under one header tab. The budget
//! page shows the totals, the templates' checks, the allocation, the burn
//! chart, channel ROI and the editable lines; the resources page the needs
//! and their readiness; the risks page the reserve, the 5×5 heat map and the
//! register. Every edit dispatches one `BudgetCommand` (one undo step).
//! Must not know the file format.

mod lines;
mod page;
mod resources;
mod risks;
pub mod summary;

use crate::i18n::budget::BudgetTexts;
use crate::i18n::{fill, fmt_int, Locale};
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::money::Money;
use crate::model::budget::commands::BudgetCommand;
use crate::model::budget::rules::needed_by;
use crate::model::budget::rules::readiness;
use crate::model::budget::rules::warnings;
use crate::model::budget::rules::Readiness;
use crate::model::command::dispatch::PlanCommand;
use crate::ui::kit::sub_nav::sub_nav;
use crate::ui::route::{Route, View};
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

/// Runs a budget command on the open plan; false when refused (the app says why).
pub fn run(app: App, cmd: BudgetCommand) -> bool {
    app.dispatch_plan(PlanCommand::Budget(cmd))
}

/// An amount as typed into a field: grouped, cents only when there are any.
pub fn money_field(m: Money) -> String {
    let s = fmt_int(m.0 / 100);
    let minor = (m.0 % 100).abs();
    if minor == 0 {
        s
    } else {
        format!("{s}.{minor:02}")
    }
}

/// An amount a user typed; an error notice (and None) for anything else.
pub fn read_money(app: App, s: &str) -> Option<Money> {
    if s.trim().is_empty() {
        return Some(Money(0));
    }
    match Money::read(s) {
        Some(m) if m.0 >= 0 => Some(m),
        _ => {
            app.error(fill(app.lang().budget().bad_amount, "text", s.trim()));
            None
        }
    }
}

/// (id, title) of the open plan's work items, for the "linked item" pickers.
pub fn items_memo(app: App) -> Memo<Vec<(Id, String)>> {
    app.plan_memo(|p| p.work_items.iter().map(|w| (w.id.clone(), w.title.clone())).collect())
}

fn tab_label(t: &BudgetTexts, v: View) -> &'static str {
    match v {
        View::Resources => t.tab_resources,
        View::Risks => t.tab_risks,
        _ => t.tab_budget,
    }
}

#[component]
pub fn BudgetArea(view: View) -> impl IntoView {
    let app = use_app();
    move || {
        app.locale.track();
        area(app, view)
    }
}

fn area(app: App, view: View) -> impl IntoView {
    let t = app.lang().budget();
    let _href = move |v: View| app.current_id().map(|id| Route::Plan { id, view: v }.to_hash()).unwrap_or_default();
    // What each sub-tab has waiting: budget warnings, needs at risk, triggered risks.
    let today = app.today;
    // The checks, once per change: the badge counts them, the budget page words them.
    let warns = Memo::new(move |_| {
        let Some(id) = app.current_id() else { return vec![] };
        app.with_ws(|w| w.plan(&id).map(|p| warnings(p, today)).unwrap_or_default())
    });
    // Each need's readiness and latest day, once per change: the badge
    // counts those at risk, the resources page shows them.
    let judged = Memo::new(move |_| {
        let Some(id) = app.current_id() else { return vec![] };
        app.with_ws(|w| {
            let Some(p) = w.plan(&id) else { return vec![] };
            p.budget.resources.iter().map(|r| (r.id.clone(), readiness(p, r, today), needed_by(p, r))).collect()
        })
    });
    // (open, triggered): the risks tab counts the risks still open, like the
    // register below it, calm while none has happened and red once one has.
    let risks = app.plan_memo(|p| {
        use crate::model::budget::data::RiskStatus;
        let open = p.budget.risks.iter().filter(|r| r.status != RiskStatus::Closed).count();
        (open, p.budget.risks.iter().filter(|r| r.status == RiskStatus::Triggered).count())
    });
    let counts = Memo::new(move |_| [warns.with(Vec::len), at_risk(judged), risks.get().0]);
    // What each badge counts, said on hover.
    let what = move |i: usize, n: usize| {
        let l = app.locale.get();
        let b = l.budget();
        match i {
            0 => fill(b.badge_warnings, "n", &n.to_string()),
            1 => fill(b.badge_needs, "n", &n.to_string()),
            _ => fill(&fill(b.badge_risks, "n", &n.to_string()), "k", &risks.get().1.to_string()),
        }
    };
    let body = match view {
        View::Resources => view! { <resources::ResourcesPage judged=judged /> }.into_any(),
        View::Risks => view! { <risks::RisksPage /> }.into_any(),
        _ => view! { <page::BudgetPage warns=warns /> }.into_any(),
    };
    view! {
        <section class="monitor budget" data-testid="budget" data-page=view.slug()>
            {sub_nav(
                app.t().nav_budget,
                &View::BUDGET,
                view,
                move |i, v| {
                    let n = move || counts.with(|c| c[i]);
                    view! {
                        {tab_label(t, v)}
                        <span
                            class="count-badge"
                            class:warn=move || { i != 2 && n() != 0 }
                            class:calm=move || { i == 2 && risks.get().1 == 0 }
                            data-testid=format!("{}-count", v.slug())
                            class:zero=move || n() == 0
                            title=move || what(i, n())
                        >
                            {n}
                        </span>
                    }
                },
                None,
            )}
            {body}
        </section>
    }
}

/// Each need's id, readiness and the latest day it can be ready.
pub type Judged = Memo<Vec<(Id, Readiness, Option<Day>)>>;

/// How many needs are late, due soon or planned too late.
pub fn at_risk(judged: Judged) -> usize {
    judged.with(|v| v.iter().filter(|(_, r, _)| !matches!(r, Readiness::Ready | Readiness::OnTrack)).count())
}

/// The open plan's currency code.
pub fn currency(app: App) -> String {
    app.current_id()
        .and_then(|id| app.with_ws_untracked(|w| w.plan(&id).map(|p| p.currency.clone())))
        .unwrap_or_else(|| "CNY".into())
}

/// Money in the open plan's currency and the current language.
pub fn money(app: App, m: Money) -> String {
    let l: Locale = app.locale.get_untracked();
    crate::i18n::fmt_money(l, m, &currency(app))
}
