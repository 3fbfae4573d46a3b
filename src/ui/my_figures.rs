//! The parts of 我的工作 beyond work items: today's figures for the KPIs of
//! the goals a person owns (each with its KPI, its date and its target),
//! and, once the plan is over, their retrospective feedback. Each entry is
//! the same command as on the KPI and retrospective pages, so it is undone,
//! saved and sent back like any. Which figures are theirs is
//! `model::team::rules::my_figures`.

use crate::i18n::monitor::fmt_value;
use crate::i18n::strategy::fmt_num;
use crate::i18n::team::texts;
use crate::i18n::{fill, fmt_date_short, fmt_range, Locale};
use crate::model::close::commands::RetroCommand;
use crate::model::close::data::Feedback;
use crate::model::command::dispatch::PlanCommand;
use crate::model::monitor::commands::MonitorCommand;
use crate::model::plan::Plan;
use crate::model::team::rules::my_figures;
use crate::ui::state::App;
use leptos::prelude::*;

/// Today's figures for `person`, or nothing when they own none.
pub fn figures_card(app: App, l: Locale, p: &Plan, person: &str) -> Option<AnyView> {
    let figs = my_figures(p, person, app.today);
    if figs.is_empty() {
        return None;
    }
    let t = texts(l);
    let rows = figs
        .into_iter()
        .map(|f| {
            let k = &p.kpis[f.kpi];
            let (id, unit, day) = (k.id.clone(), k.unit.clone(), f.day);
            let key = id.clone();
            let when = if f.day == f.last { fmt_date_short(l, f.day) } else { fmt_range(l, f.day, f.last) };
            // The target carries the unit; without one, the unit is said alone.
            let target = match f.target {
                Some(v) => fill(t.target_is, "value", &fmt_value(v, &unit)),
                None if unit.trim().is_empty() => t.no_target.to_string(),
                None => format!("{} · {unit}", t.no_target),
            };
            let shown = f.value.map(|v| fmt_num(v.0)).unwrap_or_default();
            view! {
                <label class="field my-figure" data-kpi=key>
                    <span>{format!("{} · {when}", k.name)}</span>
                    <input
                        type="text"
                        inputmode="decimal"
                        prop:value=shown.clone()
                        on:change=move |e| {
                            let text = event_target_value(&e);
                            let ok = crate::ui::monitor::data::read_num(app, &text)
                                .is_ok_and(|v| {
                                    app.dispatch_plan(
                                        PlanCommand::Monitor(MonitorCommand::SetActuals(vec![(id.clone(), day, v)])),
                                    )
                                });
                            if !ok {
                                event_target::<web_sys::HtmlInputElement>(&e).set_value(&shown);
                            }
                        }
                    />
                    <small class="muted">{target}</small>
                </label>
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="card my-figures" data-testid="my-figures">
                <h2>{t.figures_title}</h2>
                <p class="hint small">{t.figures_help}</p>
                {rows}
            </section>
        }
        .into_any(),
    )
}

/// Their retrospective feedback, once the plan is over.
pub fn feedback_card(app: App, l: Locale, p: &Plan, person: &str) -> Option<AnyView> {
    if app.today <= p.end {
        return None;
    }
    let t = texts(l);
    let existing = p.retro.feedback.iter().find(|x| x.person == person).cloned();
    let text = existing.as_ref().map(|f| f.text.clone()).unwrap_or_default();
    let id = existing.map_or_else(crate::ui::state::new_id, |f| f.id);
    let person = person.to_string();
    Some(
        view! {
            <section class="card my-feedback" data-testid="my-feedback">
                <h2>{t.feedback_title}</h2>
                <p class="hint small">{t.feedback_help}</p>
                <textarea
                    data-field="feedback"
                    rows="4"
                    prop:value=text
                    on:change=move |e| {
                        let f = Feedback {
                            id: id.clone(),
                            person: person.clone(),
                            text: event_target_value(&e),
                        };
                        app.dispatch_plan(PlanCommand::Retro(RetroCommand::PutFeedback(Box::new(f))));
                    }
                ></textarea>
            </section>
        }
        .into_any(),
    )
}
