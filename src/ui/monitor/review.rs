//! The mid-term review (中期复盘): at a third and at half of the plan, each
//! KPI to that day against its pro-rated target, the gaps, and the
//! adjustments decided there (owner, done). A checkpoint not yet reached
//! shows the figures to date. Must not know the file format.

use super::run;
use crate::i18n::monitor::fmt_deviation;
use crate::i18n::monitor::fmt_value;
use crate::i18n::monitor::light_name;
use crate::i18n::{fill, fmt_date};
use crate::model::base::id::Id;
use crate::model::monitor::commands::MonitorCommand;
use crate::model::monitor::data::Adjustment;
use crate::model::monitor::data::Checkpoint;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::rules::checkpoint_day;
use crate::model::monitor::rules::series;
use crate::model::monitor::rules::to_date;
use crate::model::monitor::rules::Light;
use crate::model::monitor::rules::ToDate;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::light::light_class;
use crate::ui::state::{new_id, use_app};
use leptos::prelude::*;

#[component]
pub fn MidTermReview() -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    view! {
        <p class="hint page-hint">{t.review_help}</p>
        <CheckpointCard cp=Checkpoint::Third />
        <CheckpointCard cp=Checkpoint::Half />
    }
}

#[component]
fn CheckpointCard(cp: Checkpoint) -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let l = app.locale.get_untracked();
    let today = app.today;
    // (checkpoint day, KPIs with their figures through min(checkpoint, today)).
    let figures = Memo::new(move |_| {
        let id = app.current_id()?;
        app.with_ws(|w| {
            let p = w.plan(&id)?;
            let day = checkpoint_day(p, cp);
            let as_of = day.min(today);
            let rows: Vec<(Kpi, ToDate)> = p
                .kpis
                .iter()
                .filter(|k| k.target.is_some() || !k.period_targets.is_empty())
                .map(|k| (k.definition(), to_date(&series(p, k), k, p.monitor.thresholds, as_of)))
                .collect();
            Some((day, rows))
        })
    });
    let people = app.people_memo();
    let adjustments = app.plan_memo(|p| p.monitor.adjustments.clone());
    let mine = Memo::new(move |_| {
        adjustments.with(|a| a.iter().filter(|a| a.checkpoint == cp).map(|a| a.id.clone()).collect::<Vec<Id>>())
    });
    let title = match cp {
        Checkpoint::Third => t.checkpoint_third,
        Checkpoint::Half => t.checkpoint_half,
    };
    let when = move || {
        let (day, _) = figures.get()?;
        Some(if today > day {
            fill(t.checkpoint_on, "date", &fmt_date(l, day))
        } else {
            format!("{} · {}", fmt_date(l, day), fill(t.checkpoint_ahead, "n", &today.days_until(day).to_string()))
        })
    };
    let table = move || {
        figures.with(|f| {
            let (_, rows) = f.as_ref()?;
            let gaps: Vec<String> =
                rows.iter().filter(|(_, d)| matches!(d.light, Some(Light::Yellow | Light::Red))).map(|(k, _)| k.name.clone()).collect();
            Some(view! {
                <div class="table-wrap">
                    <table class="data-table review-table">
                        <thead>
                            <tr>
                                <th>{t.col_kpi}</th>
                                <th class="num">{t.col_actual}</th>
                                <th class="num">{t.col_prorated}</th>
                                <th class="num">{t.col_deviation}</th>
                                <th>{t.col_status}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .iter()
                                .map(|(k, d)| {
                                    view! {
                                        <tr data-kpi=k.id.clone()>
                                            <td>
                                                {k.name.clone()}
                                                {(!k.channel.is_empty())
                                                    .then(|| view! { <span class="chip">{k.channel.clone()}</span> })}
                                            </td>
                                            <td class="num">
                                                {d
                                                    .actual
                                                    .map(|v| fmt_value(v, &k.unit))
                                                    .unwrap_or_else(|| "—".into())}
                                            </td>
                                            <td class="num">
                                                {d
                                                    .target
                                                    .map(|v| fmt_value(v, &k.unit))
                                                    .unwrap_or_else(|| "—".into())}
                                            </td>
                                            <td class="num">
                                                {d.shortfall.map(|s| fmt_deviation(k.direction, s)).unwrap_or_default()}
                                            </td>
                                            <td>
                                                {d
                                                    .light
                                                    .map(|x| {
                                                        view! {
                                                            <span class=light_class(Some(x))>{light_name(l, x)}</span>
                                                        }
                                                    })}
                                                {(d.missing > 0)
                                                    .then(|| {
                                                        view! {
                                                            <span class="muted">
                                                                " "{fill(t.missing_periods, "n", &d.missing.to_string())}
                                                            </span>
                                                        }
                                                    })}
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                <p class="gaps" data-testid="review-gaps">
                    {if gaps.is_empty() {
                        t.no_gaps.to_string()
                    } else {
                        fill(t.gaps, "list", &crate::i18n::format::join_list(l, &gaps))
                    }}
                </p>
            })
        })
    };
    let row = move |id: Id| {
        let a = Memo::new(move |_| adjustments.with(|x| x.iter().find(|a| a.id == id).cloned()));
        let put = move |f: &dyn Fn(&mut Adjustment)| {
            let Some(mut x) = a.get_untracked() else { return };
            let before = x.clone();
            f(&mut x);
            if x != before {
                run(app, MonitorCommand::PutAdjustment(x));
            }
        };
        view! {
            <li class="adjustment">
                <input
                    type="checkbox"
                    data-field="done"
                    aria-label=t.done
                    prop:checked=move || a.with(|a| a.as_ref().is_some_and(|a| a.done))
                    on:change=move |e| {
                        let v = event_target_checked(&e);
                        put(&|x| x.done = v);
                    }
                />
                <input
                    type="text"
                    class="grow"
                    data-field="text"
                    prop:value=move || a.with(|a| a.as_ref().map(|a| a.text.clone()).unwrap_or_default())
                    on:change=move |e| {
                        let v = event_target_value(&e);
                        put(&|x| x.text = v.trim().to_string());
                    }
                />
                <select
                    data-field="owner"
                    aria-label=t.owner
                    on:change=move |e| {
                        let v = event_target_value(&e);
                        put(&|x| x.owner = (!v.is_empty()).then(|| v.clone()));
                    }
                >
                    <option value="">{t.nobody}</option>
                    {move || {
                        people
                            .get()
                            .into_iter()
                            .map(|(pid, name)| {
                                let p2 = pid.clone();
                                view! {
                                    <option
                                        value=pid
                                        prop:selected=move || {
                                            a.with(|a| {
                                                a.as_ref().and_then(|a| a.owner.clone()).as_deref() == Some(p2.as_str())
                                            })
                                        }
                                    >
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
                <button
                    class="icon-btn small danger"
                    data-action="remove"
                    title=t.remove
                    aria-label=t.remove
                    on:click=move |_| {
                        if let Some(x) = a.get_untracked() {
                            run(app, MonitorCommand::RemoveAdjustment(x.id));
                        }
                    }
                >
                    "×"
                </button>
            </li>
        }
    };
    let key = match cp {
        Checkpoint::Third => "third",
        Checkpoint::Half => "half",
    };
    view! {
        <section class="card mon-card checkpoint" data-section=key data-testid="checkpoint">
            <div class="card-head">
                <h2>{title}</h2>
                <span class="muted">{when}</span>
            </div>
            {table}
            <h3>{t.adjustments_title}</h3>
            <ul class="adjustments">
                <For each=move || mine.get() key=|id| id.clone() let:id>
                    {row(id)}
                </For>
            </ul>
            {add_box(
                format!("adjustment-{key}"),
                t.add_adjustment,
                t.add,
                move |text| run(
                    app,
                    MonitorCommand::PutAdjustment(Adjustment {
                        id: new_id(),
                        checkpoint: cp,
                        text,
                        owner: None,
                        done: false,
                    }),
                ),
            )}
        </section>
    }
}
