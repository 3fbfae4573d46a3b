//! KPIs and their actuals: the definitions (one block of fields per KPI)
//! and the entry grid, one row per day and one column per KPI, a month at a
//! time. The grid is made for the keyboard (Enter and arrows move, Delete
//! clears), takes blocks pasted from a spreadsheet and CSV files (read by
//! `io::table`), and every change is one undoable `SetActuals`. Must not
//! know the file format.

use super::run;
use crate::i18n::fill;
use crate::i18n::monitor::aggregate_name;
use crate::i18n::monitor::direction_name;
use crate::i18n::monitor::kind_name;
use crate::i18n::monitor::period_name;
use crate::i18n::monitor::role_name;
use crate::i18n::monitor::stage_name;
use crate::i18n::monitor::table_error;
use crate::i18n::strategy::fmt_num;
use crate::io::table::{cells, parse, Target};
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::num::Num;
use crate::model::monitor::commands::MonitorCommand;
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::Direction;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::KpiKind;
use crate::model::monitor::data::Period;
use crate::model::monitor::data::Role;
use crate::model::monitor::data::Stage;
use crate::model::monitor::rules::series;
use crate::model::monitor::rules::targets;
use crate::model::monitor::rules::Periods;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::buttons::row_buttons;
use crate::ui::kit::card::{card, TABLE_CARD};
use crate::ui::kit::cells::choice_cell;
use crate::ui::kit::cells::link_cell;
use crate::ui::kit::cells::text_cell;
use crate::ui::state::metrics::{now_ms, set_metric};
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;
use std::fmt::Debug;
use wasm_bindgen::JsCast;

type KpiRow = crate::ui::kit::row::EditRow<Kpi>;

fn put_kpi(app: App, k: Kpi) -> bool {
    run(app, MonitorCommand::PutKpi(Box::new(k)))
}

/// A number typed by a user, or None for an empty field; an error message otherwise.
pub(crate) fn read_num(app: App, s: &str) -> Result<Option<Num>, ()> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    Num::parse(s).map(Some).ok_or_else(|| app.error(fill(app.lang().monitor().bad_number, "text", s.trim())))
}

fn show(v: Option<Num>) -> String {
    v.map(|v| fmt_num(v.0)).unwrap_or_default()
}

#[component]
pub fn KpiDefinitions() -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let defs = app.plan_memo(|p| p.kpis.iter().map(Kpi::definition).collect::<Vec<_>>());
    let ids = Memo::new(move |_| defs.with(|d| d.iter().map(|k| k.id.clone()).collect::<Vec<_>>()));
    let l = app.locale.get_untracked();
    let stages =
        app.plan_memo(|p| p.monitor.stages.iter().map(|s| (s.id.clone(), s.clone())).collect::<Vec<(Id, Stage)>>());
    let stages =
        Memo::new(move |_| stages.get().into_iter().map(|(id, s)| (id, stage_name(l, &s))).collect::<Vec<_>>());
    let goals = app.plan_memo(|p| {
        crate::model::strategy::rules::goal_tree(&p.strategy)
            .into_iter()
            .map(|(d, g)| (g.id.clone(), format!("{}{}", "  ".repeat(d), g.statement)))
            .collect::<Vec<_>>()
    });
    // The KPIs a rate can be computed from: the typed ones.
    let typed = app.plan_memo(|p| {
        p.kpis.iter().filter(|k| !k.is_ratio()).map(|k| (k.id.clone(), k.name.clone())).collect::<Vec<_>>()
    });
    let row = move |id: Id| {
        let k =
            KpiRow { memo: Memo::new(move |_| defs.with(|d| d.iter().find(|x| x.id == id).cloned())), put: put_kpi };
        let kid = move || k.memo.with_untracked(|x| x.as_ref().map(|x| x.id.clone()).unwrap_or_default());
        view! {
            <tr class="kpi-def" data-kpi=kid>
                {text_cell(k, t.kpi_name, "name", |x| x.name.clone(), |_, x, v| x.name = v)}
                {choice_cell(k, KpiKind::ALL, t.kpi_kind, "kind", |x| x.kind, |x, v| x.kind = v, kind_name)}
                {text_cell(k, t.unit, "unit", |x| x.unit.clone(), |_, x, v| x.unit = v.trim().to_string())}
                {choice_cell(
                    k,
                    Direction::ALL,
                    t.direction,
                    "direction",
                    |x| x.direction,
                    |x, v| x.direction = v,
                    direction_name,
                )}
                {choice_cell(
                    k,
                    Aggregate::ALL,
                    t.aggregate,
                    "aggregate",
                    |x| x.aggregate,
                    |x, v| x.aggregate = v,
                    aggregate_name,
                )}
                {choice_cell(k, Period::ALL, t.period, "period", |x| x.period, |x, v| x.period = v, period_name)}
                {text_cell(
                    k,
                    t.target,
                    "target",
                    |x| show(x.target),
                    |app, x, v| {
                        if let Ok(n) = read_num(app, &v) {
                            x.target = n;
                        }
                    },
                )}
                {text_cell(
                    k,
                    t.baseline,
                    "baseline",
                    |x| show(x.baseline),
                    |app, x, v| {
                        if let Ok(n) = read_num(app, &v) {
                            x.baseline = n;
                        }
                    },
                )}
                {text_cell(k, t.channel, "channel", |x| x.channel.clone(), |_, x, v| x.channel = v.trim().to_string())}
                {link_cell(k, t.stage, "stage", t.no_stage, stages, |x| x.stage.clone(), |x, v| x.stage = v)}
                {link_cell(k, t.goal, "goal", t.no_goal, goals, |x| x.goal.clone(), |x, v| x.goal = v)}
                {choice_cell(k, Role::ALL, t.role, "role", |x| x.role, |x, v| x.role = v, role_name)}
                // A rate of two typed KPIs (成交 ÷ 线索).
                {link_cell(k, t.ratio_of, "ratio-of", t.typed, typed, |x| x.ratio_of.clone(), |x, v| x.ratio_of = v)}
                {link_cell(
                    k,
                    t.ratio_per,
                    "ratio-per",
                    t.typed,
                    typed,
                    |x| x.ratio_per.clone(),
                    |x, v| x.ratio_per = v,
                )}
                {text_cell(
                    k,
                    t.curve,
                    "curve",
                    |x| x.curve.iter().map(|w| fmt_num(w.0)).collect::<Vec<_>>().join(", "),
                    |app, x, v| {
                        let parts: Vec<Option<Num>> = v
                            .split([',', '，', '、', ' '])
                            .filter(|s| !s.trim().is_empty())
                            .map(Num::parse)
                            .collect();
                        if parts.iter().all(|p| p.is_some_and(|n| n.0 >= 0.0)) {
                            x.curve = parts.into_iter().flatten().collect();
                        } else {
                            app.error(fill(app.lang().monitor().bad_number, "text", v.trim()));
                        }
                    },
                )}
                <td class="row-tools">
                    {row_buttons(
                        (t.move_up, t.move_down, t.remove),
                        true,
                        move |up| {
                            run(
                                app,
                                MonitorCommand::MoveKpi {
                                    id: kid(),
                                    up,
                                },
                            );
                        },
                        move || {
                            run(app, MonitorCommand::RemoveKpi(kid()));
                        },
                    )}
                </td>
            </tr>
        }
    };
    card(
        TABLE_CARD,
        "kpis",
        t.kpis_title,
        Some(t.kpis_help),
        None,
        view! {
            <p class="hint small">{t.curve}": "{t.curve_hint}</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty-example">
                    <span class="tag">{t.example}</span>
                    {t.kpis_empty}
                </p>
            </Show>
            <div class="table-wrap" class:hidden=move || ids.with(Vec::is_empty)>
                <table class="kpi-table">
                    <thead>
                        <tr>
                            {[
                                t.kpi_name,
                                t.kpi_kind,
                                t.unit,
                                t.direction,
                                t.aggregate,
                                t.period,
                                t.target,
                                t.baseline,
                                t.channel,
                                t.stage,
                                t.goal,
                                t.role,
                                t.ratio_of,
                                t.ratio_per,
                                t.curve,
                            ]
                                .into_iter()
                                .map(|h| view! { <th>{h}</th> })
                                .collect_view()} <th></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || ids.get() key=|id| id.clone() let:id>
                            {row(id)}
                        </For>
                    </tbody>
                </table>
            </div>
            {add_box(
                "kpi".into(),
                t.add_kpi,
                t.add,
                move |name| run(app, MonitorCommand::PutKpi(Box::new(Kpi::new(new_id(), name)))),
            )}
            {crate::ui::knowledge::benchmark_hint(app, kpi_channels(app))}
        },
    )
}

/// The channels the open plan's KPIs name: the past benchmarks shown beside their targets.
fn kpi_channels(app: App) -> Memo<Vec<String>> {
    app.plan_memo(crate::model::monitor::rules::channels)
}

/// One column of the grid: a KPI's id, name, unit and period.
#[derive(Clone, Debug, PartialEq)]
struct Col {
    id: Id,
    name: String,
    unit: String,
    weekly: bool,
    /// A rate's two parts by name (its cells show values and take none).
    computed: Option<(String, String)>,
}

/// A campaign of up to three months is shown whole; a longer one a month at a time.
const WHOLE_DAYS: i64 = 92;

/// The months a plan spans, as (year, month, first day shown, last day shown).
fn months(start: Day, end: Day) -> Vec<(i32, u32, Day, Day)> {
    let mut out = vec![];
    let mut d = start;
    while d <= end {
        let next = if d.month() == 12 { Day::ymd(d.year() + 1, 1, 1) } else { Day::ymd(d.year(), d.month() + 1, 1) };
        out.push((d.year(), d.month(), d, next.add_days(-1).min(end)));
        d = next;
    }
    out
}

fn focus_cell(r: usize, c: usize) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(Some(el)) = doc.query_selector(&format!("[data-cell='{r}:{c}']")) {
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            let _ = input.focus();
            input.select();
        }
    }
}

/// The (row, column) of the grid cell an event happened in.
fn cell_of(e: &web_sys::Event) -> Option<(usize, usize)> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let (r, c) = el.get_attribute("data-cell")?.split_once(':').map(|(r, c)| (r.parse().ok(), c.parse().ok()))?;
    Some((r?, c?))
}

#[component]
pub fn ActualsGrid() -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let l = app.locale.get_untracked();
    let span = app.plan_memo(|p| Some((p.start, p.end)));
    let cols = app.plan_memo(|p| {
        p.kpis
            .iter()
            .map(|k| Col {
                id: k.id.clone(),
                name: k.name.clone(),
                unit: k.unit.clone(),
                weekly: k.period == Period::Week,
                computed: k.is_ratio().then(|| {
                    let name = |id: &Option<Id>| {
                        id.as_ref().and_then(|id| p.kpis.iter().find(|x| x.id == *id)).map_or("?", |x| x.name.as_str())
                    };
                    (name(&k.ratio_of).to_string(), name(&k.ratio_per).to_string())
                }),
            })
            .collect::<Vec<_>>()
    });
    let month = RwSignal::new({
        let today = app.today;
        span.get_untracked().map(|(s, e)| {
            let d = today.clamp(s, e);
            (d.year(), d.month())
        })
    });
    // The days shown: the chosen month, inside the plan.
    let shown = Memo::new(move |_| {
        let (s, e) = span.get()?;
        if s.days_until(e) < WHOLE_DAYS {
            return Some((0, s.days_until(e) as usize));
        }
        let (y, m) = month.get()?;
        let (_, _, a, b) =
            months(s, e).into_iter().find(|x| x.0 == y && x.1 == m).or_else(|| months(s, e).into_iter().next())?;
        Some((s.days_until(a) as usize, s.days_until(b) as usize))
    });
    // Typing actuals, or the targets of single periods (they win over the spread).
    let target_mode = RwSignal::new(false);
    // The shown rows, [row][col]: the value typed (an actual, or a period's
    // own target) and the period's target, shown greyed in an empty cell.
    let values = Memo::new(move |_| {
        let (r0, r1) = shown.get()?;
        let id = app.current_id()?;
        let targets_mode = target_mode.get();
        app.with_ws(|w| {
            let p = w.plan(&id)?;
            // A rate's cells show its computed values (actuals mode only).
            let cols: Vec<(Periods, Vec<Option<f64>>, &Kpi, Option<Vec<Option<f64>>>)> = p
                .kpis
                .iter()
                .map(|k| {
                    if k.is_ratio() && !targets_mode {
                        // The series carries the targets too: computed once.
                        let s = series(p, k);
                        (s.periods, s.targets, k, Some(s.actuals))
                    } else {
                        (Periods::of(p, k.period), targets(p, k), k, None)
                    }
                })
                .collect();
            Some(
                (r0..=r1)
                    .map(|r| {
                        let d = p.start.add_days(r as i64);
                        cols.iter()
                            .map(|(per, t, k, rates)| {
                                let map = if targets_mode { &k.period_targets } else { &k.actuals };
                                let i = per.index(d);
                                let typed = match rates {
                                    Some(v) => i.filter(|i| per.first_day(*i) == d).and_then(|i| v[i]),
                                    None => map.get(&d).map(|v| v.0),
                                };
                                (typed, i.and_then(|i| t[i]))
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>(),
            )
        })
    });
    let msg = RwSignal::new(None::<(bool, String)>);
    let set_cells = move |list: Vec<(Id, Day, Option<Num>)>| -> bool {
        let n = list.len();
        let t0 = now_ms();
        let ok = run(
            app,
            if target_mode.get_untracked() {
                MonitorCommand::SetPeriodTargets(list)
            } else {
                MonitorCommand::SetActuals(list)
            },
        );
        request_animation_frame(move || set_metric("actualEditMs", now_ms() - t0));
        if ok && n > 1 {
            msg.set(Some((true, fill(app.lang().monitor().pasted, "n", &n.to_string()))));
        }
        ok
    };
    let day_of = move |r: usize| span.get_untracked().map(|(s, _)| s.add_days(r as i64));
    let commit = move |r: usize, c: usize, text: String| {
        let (Some(d), Some(col)) = (day_of(r), cols.with_untracked(|cs| cs.get(c).cloned())) else { return };
        if let Ok(v) = read_num(app, &text) {
            set_cells(vec![(col.id, d, v)]);
        }
    };
    let block = move |text: &str, at: (usize, usize)| {
        let Some((s, e)) = span.get_untracked() else { return };
        let kpis = app
            .current_id()
            .and_then(|id| {
                app.with_ws_untracked(|w| w.plan(&id).map(|p| p.kpis.iter().map(Kpi::definition).collect::<Vec<_>>()))
            })
            .unwrap_or_default();
        let days: Vec<Day> = (0..=s.days_until(e)).map(|i| s.add_days(i)).collect();
        match cells(&parse(text), &Target { kpis: &kpis, days: &days, plan: (s, e), at }) {
            Ok(list) => {
                set_cells(list);
            }
            Err(err) => msg.set(Some((false, table_error(app.locale.get_untracked(), &err)))),
        }
    };
    let on_key = move |e: web_sys::KeyboardEvent| {
        let Some((r, c)) = cell_of(&e) else { return };
        let value = || {
            e.target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default()
        };
        match e.key().as_str() {
            "Enter" | "ArrowDown" => {
                e.prevent_default();
                commit(r, c, value());
                focus_cell(r + 1, c);
            }
            "ArrowUp" => {
                e.prevent_default();
                commit(r, c, value());
                if r > 0 {
                    focus_cell(r - 1, c);
                }
            }
            "Delete" => {
                e.prevent_default();
                commit(r, c, String::new());
            }
            _ => {}
        }
    };
    let on_paste = move |e: web_sys::ClipboardEvent| {
        let Some(at) = cell_of(&e) else { return };
        let text = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
        // A single value is typed into the cell as usual; a block is spread.
        if text.trim_end().contains(['\t', '\n']) {
            e.prevent_default();
            block(&text, at);
        }
    };
    let file = NodeRef::<leptos::html::Input>::new();
    let on_file = move |_| {
        let Some(f) = file.get_untracked().and_then(|i| i.files()).and_then(|fs| fs.get(0)) else { return };
        if let Some(i) = file.get_untracked() {
            i.set_value("");
        }
        wasm_bindgen_futures::spawn_local(async move {
            match crate::ui::file_io::sheet_text(app, f).await {
                Ok(text) => block(&text, (0, 0)),
                Err(why) => msg.set(Some((false, why))),
            }
        });
    };
    let month_tabs = move || {
        let (s, e) = span.get()?;
        if s.days_until(e) < WHOLE_DAYS {
            return None;
        }
        let cur = month.get();
        Some(
            months(s, e)
                .into_iter()
                .map(|(y, m, _, _)| {
                    let label = crate::i18n::format::fmt_month_year(l, y, m);
                    view! {
                        <button
                            class="chip-btn"
                            class:active=cur == Some((y, m))
                            data-month=format!("{y}-{m}")
                            on:click=move |_| month.set(Some((y, m)))
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view(),
        )
    };
    let grid = move || {
        let (r0, r1) = shown.get()?;
        let cs = cols.get();
        if cs.is_empty() {
            return Some(view! { <p class="empty">{t.actuals_empty}</p> }.into_any());
        }
        let (s, _) = span.get()?;
        let head = cs
            .iter()
            .map(|c| {
                view! {
                    <th
                        class="num"
                        class:computed=c.computed.is_some()
                        title=c
                            .computed
                            .as_ref()
                            .map(|(of, per)| fill(&fill(t.computed_cell, "of", of), "per", per))
                            .unwrap_or_else(|| c.unit.clone())
                    >
                        {c.name.clone()}
                        {(!c.unit.is_empty()).then(|| view! { <small>{c.unit.clone()}</small> })}
                    </th>
                }
            })
            .collect_view();
        let body = (r0..=r1)
            .map(|r| {
                let d = s.add_days(r as i64);
                let weekend = d.weekday() >= 5;
                // A weekly KPI takes its value on each week's first day only.
                let week_start = s.days_until(d) % 7 == 0;
                let cells = cs
                    .iter()
                    .enumerate()
                    .map(|(c, col)| {
                        if col.weekly && !week_start {
                            return view! {
                                <td class="num">
                                    <span class="off" title=t.week_only>
                                        "·"
                                    </span>
                                </td>
                            }
                            .into_any();
                        }
                        // Only the text is reactive: an edit updates values, never rebuilds inputs (focus stays).
                        let at = move || {
                            values.with(|v| v.as_ref().and_then(|v| v.get(r - r0)).and_then(|row| row.get(c).copied()))
                        };
                        let text = move || at().and_then(|x| x.0).map(fmt_num).unwrap_or_default();
                        let hint = move || at().and_then(|x| x.1).map(fmt_num).unwrap_or_default();
                        let formula =
                            col.computed.as_ref().map(|(of, per)| fill(&fill(t.computed_cell, "of", of), "per", per));
                        let computed = formula.is_some();
                        let locked = move || computed && !target_mode.get();
                        view! {
                            <td class="num">
                                <input
                                    type="text"
                                    inputmode="decimal"
                                    class="cell"
                                    class:computed=locked
                                    data-cell=format!("{r}:{c}")
                                    prop:value=text
                                    prop:readOnly=locked
                                    title=move || locked().then(|| formula.clone()).flatten()
                                    placeholder=hint
                                    on:change=move |e| commit(r, c, event_target_value(&e))
                                />
                            </td>
                        }
                        .into_any()
                    })
                    .collect_view();
                view! {
                    <tr class:weekend=weekend class:today=d == app.today>
                        <th class="date">
                            {crate::i18n::fmt_date_short(l, d)}
                            <small>{crate::i18n::gantt::weekday(l, d.weekday() as usize)}</small>
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        Some(
            view! {
                <div class="grid-wrap" on:keydown=on_key on:paste=on_paste>
                    <table class="actuals-grid" class:target-mode=move || target_mode.get() data-testid="actuals-grid">
                        <thead>
                            <tr>
                                <th class="date">{t.date}</th>
                                {head}
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
            .into_any(),
        )
    };
    card(
        TABLE_CARD,
        "actuals",
        t.actuals_title,
        Some(t.actuals_help),
        None,
        view! {
            <div class="grid-tools">
                <div class="seg" role="group" aria-label=t.grid_mode>
                    <button
                        class="chip-btn"
                        class:active=move || !target_mode.get()
                        data-mode="actuals"
                        on:click=move |_| target_mode.set(false)
                    >
                        {t.mode_actuals}
                    </button>
                    <button
                        class="chip-btn"
                        class:active=move || target_mode.get()
                        data-mode="targets"
                        on:click=move |_| target_mode.set(true)
                    >
                        {t.mode_targets}
                    </button>
                </div>
                <div class="months" role="group" aria-label=t.month>
                    {month_tabs}
                </div>
                <label class="btn file-btn">
                    {t.import_csv}
                    <input
                        type="file"
                        accept=".xlsx,.csv,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        node_ref=file
                        data-testid="csv-input"
                        on:change=on_file
                    />
                </label>
            </div>
            {move || {
                msg.get()
                    .map(|(ok, m)| {
                        view! {
                            <p class="grid-msg" class:error=!ok data-testid="grid-msg" role="status">
                                {m}
                            </p>
                        }
                    })
            }}
            {grid}
        },
    )
}
