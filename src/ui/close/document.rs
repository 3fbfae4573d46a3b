//! The retrospective document (营销执行复盘文档) for printing: the campaign's
//! results in brief from the evaluation report, each owner's feedback, the
//! board in the meeting's order with its evidence as text, the action items
//! and signature lines. Read-only; the print rules in style/ lay it out on A4
//! and hide the app around it. Must not edit anything.

use super::report_memo;
use super::retro::{cite_view, due_text};
use crate::i18n::close::fmt_reading;
use crate::i18n::close::goal_gap;
use crate::i18n::close::lens_name;
use crate::i18n::close::section_name;
use crate::i18n::close::status_line;
use crate::i18n::close::verdict_name;
use crate::i18n::monitor::fmt_pct;
use crate::i18n::monitor::light_name;
use crate::i18n::{fill, fmt_money, fmt_range, Locale};
use crate::model::base::day::Day;
use crate::model::close::data::Section;
use crate::model::close::rules::Report;
use crate::model::monitor::data::Direction;
use crate::model::plan::Plan;
use crate::ui::kit::sheet::{sheet, Cell, Row};
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn RetroDocument() -> impl IntoView {
    let app = use_app();
    move || {
        let l = app.locale.get();
        let report = report_memo(app);
        let today = app.today;
        move || {
            let id = app.current_id()?;
            report.with(|r| {
                let r = r.as_ref()?;
                app.with_ws(|w| w.plan(&id).map(|p| document(l, p, r, today)))
            })
        }
    }
}

fn document(l: Locale, p: &Plan, r: &Report, today: Day) -> AnyView {
    let t = l.close();
    let back = Route::Plan { id: p.id.clone(), view: View::Retro }.to_hash();
    let (status, due, _) = status_line(l, p, r, today);
    let goals = r
        .goals
        .iter()
        .map(|g| {
            let name = p.strategy.goal(&g.id).map(|x| x.statement.clone()).unwrap_or_default();
            let dir = g
                .kpis
                .first()
                .and_then(|k| p.kpis.iter().find(|x| x.id == k.id))
                .map(|k| k.direction)
                .unwrap_or(Direction::Higher);
            Row {
                key: g.id.clone(),
                class: "",
                cells: vec![
                    Cell { indent: g.depth, ..Cell::text(name) },
                    Cell::num(fmt_reading(l, g.reading)),
                    Cell::text(g.light.map(|x| light_name(l, x)).unwrap_or_default()),
                    Cell::text(goal_gap(l, g, dir)),
                ],
            }
        })
        .collect();
    let o = &r.overall;
    let figures = [
        o.roi.map(|x| format!("ROI {}", crate::i18n::budget::fmt_roi(x))),
        o.roas.map(|x| format!("ROAS {}", crate::i18n::close::fmt_times(x))),
        Some(format!("{} {}", t.kpi_spent, fmt_money(l, r.money.total.actual, &p.currency))),
        r.execution.on_time_rate.map(|x| format!("{} {}", t.kpi_on_time, fmt_pct(x))),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let feedback = p
        .retro
        .feedback
        .iter()
        .filter_map(|f| {
            let who = p.person(&f.person)?;
            Some(view! {
                <li>
                    <b>{who.name.clone()}": "</b>
                    {f.text.clone()}
                </li>
            })
        })
        .collect_view();
    let sections = Section::ALL
        .iter()
        .map(|s| {
            let entries = p
                .retro
                .entries
                .iter()
                .filter(|e| e.section == *s)
                .map(|e| {
                    let cites = e
                        .cites
                        .iter()
                        .filter_map(|c| cite_view(l, p, r, c, today))
                        .map(|(label, figure, _)| format!("{label} {figure}"))
                        .collect::<Vec<_>>()
                        .join("；");
                    let tag = match e.verdict {
                        Some(v) => format!("[{} · {}] ", lens_name(l, e.lens), verdict_name(l, v)),
                        None => format!("[{}] ", lens_name(l, e.lens)),
                    };
                    view! {
                        <li>
                            <span class="muted">{tag}</span>
                            {e.text.clone()}
                            {(!cites.is_empty()).then(|| view! { <div class="doc-cites">{cites}</div> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="brief-sec">
                    <h2>{section_name(l, *s)}</h2>
                    <ul>{entries}</ul>
                </section>
            }
        })
        .collect_view();
    let actions = p
        .retro
        .actions
        .iter()
        .map(|a| {
            let owner = a.owner.as_deref().and_then(|o| p.person(o)).map(|x| x.name.clone()).unwrap_or_default();
            Row {
                key: a.id.clone(),
                class: "",
                cells: vec![
                    Cell::text(if a.done { "☑" } else { "☐" }),
                    Cell::text(a.text.clone()),
                    Cell::text(owner),
                    Cell::text(due_text(l, a)),
                ],
            }
        })
        .collect();
    view! {
        <div class="brief-bar no-print">
            <a class="btn" href=back>
                {t.doc_back}
            </a>
            <button class="btn primary" data-action="print" on:click=|_| crate::ui::file_io::print_page()>
                {t.print}
            </button>
        </div>
        <article class="brief retro-doc" data-testid="retro-doc">
            <header class="brief-head">
                <h1>{t.doc_title}" · "{p.name.clone()}</h1>
                <p>{fill(t.doc_period, "range", &fmt_range(l, p.start, p.end))}</p>
                <p class="muted">{status}" "{due}</p>
            </header>
            <section class="brief-sec">
                <h2>{t.doc_results}</h2>
                <p>{figures}</p>
                {sheet(
                    "compact",
                    &[(t.col_goal, false), (t.col_rate, true), (t.col_light, false), (t.col_gap, false)],
                    goals,
                )}
            </section>
            <section class="brief-sec">
                <h2>{t.feedback_title}</h2>
                <ul>{feedback}</ul>
            </section>
            {sections}
            <section class="brief-sec">
                <h2>{t.actions_title}</h2>
                {sheet(
                    "compact",
                    &[(t.done, false), (t.actions_title, false), (t.owner, false), (t.due, false)],
                    actions,
                )}
            </section>
            <p class="signoff">{t.doc_signoff}</p>
        </article>
    }
    .into_any()
}
