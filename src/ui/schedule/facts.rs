//! An item's execution facts in its details drawer: the day its work actually
//! started and finished (recorded as the status changed, corrected here with
//! undo) and each stretch it spent in exception, with its reason and days.
//! Reads the item; changes go through `ItemField` commands.

use crate::i18n::close::exception_when;
use crate::model::base::day::Day;
use crate::model::close::rules::ExceptionSpan;
use crate::model::command::dispatch::PlanCommand;
use crate::model::schedule::commands::ItemField;
use crate::model::schedule::data::WorkItem;
use crate::ui::kit::date_box::DateBox;
use crate::ui::state::App;
use leptos::prelude::*;

/// The facts of `item` (as last drawn; the drawer redraws on every change).
pub fn facts(app: App, item: &WorkItem) -> impl IntoView {
    let l = app.lang();
    let g = l.gantt();
    let id = StoredValue::new(item.id.clone());
    let (start, end) = (item.actual_start, item.actual_end);
    let commit = move |f: fn(Option<Day>) -> ItemField| {
        Callback::new(move |d: Option<Day>| app.dispatch_plan(PlanCommand::SetItem { id: id.get_value(), field: f(d) }))
    };
    let spans = item
        .episodes
        .iter()
        .map(|e| {
            // Counted as the evaluation counts it: one under way lasts to today.
            let x = ExceptionSpan::of(item, e, app.today.add_days(1));
            let reason = if x.reason.trim().is_empty() { g.no_reason_given.to_string() } else { x.reason.clone() };
            view! {
                <li data-testid="episode">
                    <span class="chip status-exception">{exception_when(app.locale.get_untracked(), &x)}</span>
                    " "
                    {reason}
                </li>
            }
        })
        .collect_view();
    let none = item.episodes.is_empty();
    view! {
        <section class="facts" data-testid="facts">
            <h3>{g.facts_title}</h3>
            <div class="field-row">
                {[
                    (g.actual_start, start, "actual-start", g.not_started_yet, ItemField::ActualStart as fn(_) -> _),
                    (g.actual_end, end, "actual-end", g.not_finished_yet, ItemField::ActualEnd),
                ]
                    .into_iter()
                    .map(|(name, day, key, empty, field)| {
                        view! {
                            <label class="field">
                                <span>{name}</span>
                                <DateBox
                                    value=Signal::derive(move || day)
                                    label=Signal::derive(move || name.to_string())
                                    key=key
                                    optional=true
                                    empty=empty
                                    commit=commit(field)
                                />
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="hint">{g.facts_help}</p>
            {(!none)
                .then(|| {
                    view! {
                        <h4>{g.episodes_title}</h4>
                        <ul class="plain-list" data-testid="episodes">
                            {spans}
                        </ul>
                    }
                })}
        </section>
    }
}
