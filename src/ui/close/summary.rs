//! The overview's close card: once the plan has ended, the day the
//! evaluation report is due (3 working days after the end, on the plan's
//! calendar) and how many working days are left; at any time, the open
//! action items of the retrospective with their owners and due dates.
//! Read-only; must not edit anything.

use crate::i18n::{fill, fmt_date};
use crate::model::close::rules::due_day;
use crate::model::plan::Plan;
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The card for `plan`, or nothing while the plan runs with no open action.
pub fn close_summary(plan: &Plan) -> Option<AnyView> {
    let app = use_app();
    let l = app.locale.get_untracked();
    let t = crate::i18n::overview::texts(l);
    let nav = l.texts();
    let today = app.today;
    let ended = today > plan.end;
    let open: Vec<_> = plan.retro.open_actions().collect();
    if !ended && open.is_empty() {
        return None;
    }
    let link = |v: View| Route::Plan { id: plan.id.clone(), view: v }.to_hash();
    let due = due_day(plan);
    let overdue = today > due;
    let due_line = ended.then(|| {
        let left = plan.calendar.to_calendar().workdays_between(today, due);
        let text = fill(if overdue { t.due_overdue } else { t.due_by }, "date", &fmt_date(l, due));
        view! {
            <p class="close-due" class:overdue=overdue data-testid="evaluation-due">
                <strong>{text}</strong>
                {(!overdue).then(|| crate::i18n::overview::due_in(l, left as i64))}
                <a href=link(View::Report)>{nav.tab_report}" →"</a>
            </p>
        }
    });
    let n = open.len();
    let actions = (!open.is_empty()).then(|| {
        let items = open
            .iter()
            .take(5)
            .map(|a| {
                let owner = a.owner.as_deref().and_then(|o| plan.person(o)).map(|p| p.name.clone());
                let late = a.due.is_some_and(|d| d < today);
                let meta = [owner, a.due.map(|d| fmt_date(l, d))].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                view! { <li class:warn-text=late>{a.text.clone()} <span class="muted">{meta}</span></li> }
            })
            .collect_view();
        view! {
            <p data-testid="open-actions">
                {crate::i18n::overview::open_actions(l, n)}" " <a href=link(View::Retro)>{t.all_actions}" →"</a>
            </p>
            <ul class="open-actions">{items}</ul>
        }
    });
    Some(
        view! {
            <div class="card" data-testid="close-summary">
                <h2>{nav.nav_close}</h2>
                {due_line}
                {actions}
            </div>
        }
        .into_any(),
    )
}
