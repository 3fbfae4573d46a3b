//! The conversion funnel (漏斗): stages as bands of an SVG, actual against
//! planned, the rate and loss of each step, the biggest leak named in a
//! sentence; filters by channel and period, a second channel side by side,
//! hover for numbers and click for a stage's KPIs and trend. Below, the
//! stages themselves: renamed, reordered, added, and counts typed for a
//! stage no KPI feeds. Must not know the file format.

use super::charts::sparkline;
use super::{run, Board};
use crate::i18n::monitor::fmt_pct;
use crate::i18n::monitor::fmt_value;
use crate::i18n::monitor::leak_sentence;
use crate::i18n::monitor::stage_name;
use crate::i18n::strategy::fmt_num;
use crate::i18n::{fill, Locale};
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::num::Num;
use crate::model::monitor::commands::MonitorCommand;
use crate::model::monitor::data::Stage;
use crate::model::monitor::rules::channels;
use crate::model::monitor::rules::funnel;
use crate::model::monitor::rules::Filter;
use crate::model::monitor::rules::Funnel;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::buttons::row_buttons;
use crate::ui::kit::card::{card, TABLE_CARD};
use crate::ui::kit::date_box::DateBox;
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Span {
    Whole,
    ToDate,
    Last7,
    Custom,
}

/// A funnel count: whole people and clicks.
fn count(v: f64) -> String {
    fmt_num(v.round())
}

/// The plan's stage names in the user's language.
fn names(app: App) -> Memo<Vec<(Id, String)>> {
    let l = app.locale.get_untracked();
    let stages = app.plan_memo(|p| p.monitor.stages.clone());
    Memo::new(move |_| stages.get().iter().map(|s| (s.id.clone(), stage_name(l, s))).collect())
}

/// The funnel as SVG bands. `hover` and `picked` are stage indexes.
fn draw(
    l: Locale,
    f: &Funnel,
    names: &[(Id, String)],
    title: String,
    hover: RwSignal<Option<usize>>,
    picked: RwSignal<Option<usize>>,
) -> impl IntoView {
    let t = l.monitor();
    let (w, band, gap) = (420.0, 46.0, 30.0);
    let max = f.stages.iter().filter_map(|s| s.actual.or(s.planned)).fold(1.0f64, f64::max);
    // Counts span six orders of magnitude: widths follow their logarithm.
    let width = |v: f64| (((v + 1.0).ln() / (max + 1.0).ln()).clamp(0.0, 1.0) * 0.82 + 0.18) * w;
    let name = |i: usize| names.get(i).map(|x| x.1.clone()).unwrap_or_default();
    let h = f.stages.len() as f64 * (band + gap);
    let bands = f.stages.iter().enumerate().map(|(i, s)| {
        let y = i as f64 * (band + gap);
        let aw = s.actual.map(width);
        let pw = s.planned.map(width);
        let label = format!(
            "{} · {} {} · {} {}",
            name(i),
            t.actual,
            s.actual.map(count).unwrap_or_else(|| "—".into()),
            t.planned,
            s.planned.map(count).unwrap_or_else(|| "—".into())
        );
        let title = label.clone();
        view! {
            <g
                class="stage"
                class:empty=aw.is_none()
                class:picked=move || picked.get() == Some(i)
                data-stage=s.id.clone()
                tabindex="0"
                role="button"
                aria-label=title
                on:mouseenter=move |_| hover.set(Some(i))
                on:mouseleave=move |_| hover.set(None)
                on:click=move |_| picked.update(|p| *p = if *p == Some(i) { None } else { Some(i) })
                on:keydown=move |e| {
                    if e.key() == "Enter" {
                        picked.set(Some(i))
                    }
                }
            >
                <title>{label}</title>
                {pw.map(|pw| view! { <rect class="planned" x=(w - pw) / 2.0 y=y width=pw height=band rx="4" /> })}
                {aw
                    .map(|aw| {
                        view! { <rect class="actual" x=(w - aw) / 2.0 y=y + 4.0 width=aw height=band - 8.0 rx="3" /> }
                    })}
                <text class="stage-name" x=w / 2.0 y=y + 20.0>
                    {name(i)}
                </text>
                <text class="stage-count" x=w / 2.0 y=y + 36.0>
                    {s.actual.map(count).unwrap_or_else(|| t.stage_skipped.to_string())}
                </text>
            </g>
        }
    }).collect_view();
    let steps = f
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let y = i as f64 * (band + gap) + band + gap / 2.0 + 4.0;
            let leak = f.leak == Some(i);
            let rate = s.rate.map(fmt_pct).unwrap_or_else(|| "—".into());
            // Measured past an empty stage: say from which.
            let vs = (s.from != i).then(|| format!(" {}", fill(t.vs_stage, "name", &name(s.from))));
            let planned = s.planned_rate.map(|p| format!("{} {}", t.planned, fmt_pct(p)));
            let lost = s.rate.map(|r| format!("{} {}", t.drop, fmt_pct(1.0 - r)));
            let second = planned.into_iter().chain(lost).collect::<Vec<_>>().join(" · ");
            let why = crate::i18n::monitor::explain_step(l, f, i + 1, [&name(s.from), &name(i + 1)]);
            view! {
                <g class="step" class:leak=leak class:skips=s.from != i data-step=i data-from=s.from>
                    <title>{why}</title>
                    <text class="step-rate" x=w + 12.0 y=y>
                        {format!("↓ {rate}{}", vs.unwrap_or_default())}
                    </text>
                    <text class="step-lost" x=w + 12.0 y=y + 14.0>
                        {second}
                    </text>
                </g>
            }
        })
        .collect_view();
    let hovered = {
        let f = f.clone();
        let names = names.to_vec();
        move || {
            let i = hover.get()?;
            let s = f.stages.get(i)?;
            let cum = f
                .cumulative
                .get(i)
                .copied()
                .flatten()
                .map(|c| format!(" · {} {}", t.cumulative, fmt_pct(c)))
                .unwrap_or_default();
            Some(format!(
                "{}: {} {} · {} {}{}",
                names.get(i).map(|x| x.1.clone()).unwrap_or_default(),
                t.actual,
                s.actual.map(count).unwrap_or_else(|| "—".into()),
                t.planned,
                s.planned.map(count).unwrap_or_else(|| "—".into()),
                cum
            ))
        }
    };
    view! {
        <figure class="funnel-fig">
            <figcaption class="funnel-title">{title}</figcaption>
            <p class="hover-line" data-testid="funnel-hover">
                {hovered}
            </p>
            // Room on the right for the longest step label (English runs longer).
            <svg class="funnel" viewBox=format!("0 0 {} {h}", w + 240.0) role="group">
                {bands}
                {steps}
            </svg>
        </figure>
    }
}

fn leak_line(l: Locale, f: &Funnel, names: &[(Id, String)]) -> String {
    let t = l.monitor();
    if f.stages.iter().all(|s| s.actual.is_none()) {
        return t.no_funnel_data.to_string();
    }
    match f.leak_between().and_then(|(from, to, st)| Some((from, to, st.rate?, st.planned_rate))) {
        Some((from, to, rate, planned)) => {
            let name = |j: usize| names.get(j).map(|x| x.1.clone()).unwrap_or_default();
            leak_sentence(l, &name(from), &name(to), rate, planned)
        }
        None => t.no_leak.to_string(),
    }
}

#[component]
pub fn FunnelView(board: Memo<Board>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let l = app.locale.get_untracked();
    let names = names(app);
    let chans = app.plan_memo(channels);
    let span = app.plan_memo(|p| Some((p.start, p.end)));
    let channel = RwSignal::new(None::<String>);
    let other = RwSignal::new(None::<String>);
    let period = RwSignal::new(Span::ToDate);
    let custom = RwSignal::new(None::<(Day, Day)>);
    let hover = RwSignal::new(None::<usize>);
    let hover2 = RwSignal::new(None::<usize>);
    let picked = RwSignal::new(None::<usize>);
    let range = Memo::new(move |_| {
        let (s, e) = span.get()?;
        let today = app.today.clamp(s, e);
        Some(match period.get() {
            Span::Whole => (s, e),
            Span::ToDate => (s, today),
            Span::Last7 => (today.add_days(-6).max(s), today),
            Span::Custom => custom.get().unwrap_or((s, today)),
        })
    });
    let compute = move |ch: Option<String>| -> Option<Funnel> {
        let (from, to) = range.get()?;
        let id = app.current_id()?;
        app.with_ws(|w| w.plan(&id).map(|p| funnel(p, &Filter { channel: ch, from, to })))
    };
    let main = Memo::new(move |_| compute(channel.get()));
    let second = Memo::new(move |_| other.get().and_then(|c| compute(Some(c))));
    let label = move |c: &Option<String>| c.clone().unwrap_or_else(|| t.all_channels.to_string());
    let figures = move || {
        let f = main.get()?;
        let n = names.get();
        let a = view! {
            <div class="funnel-col">
                <p class="leak-line" data-testid="leak" class:ok=f.leak.is_none()>
                    {leak_line(l, &f, &n)}
                </p>
                {draw(l, &f, &n, label(&channel.get()), hover, picked)}
            </div>
        };
        let b = second.get().map(|g| {
            view! {
                <div class="funnel-col" data-testid="compare">
                    <p class="leak-line" class:ok=g.leak.is_none()>
                        {leak_line(l, &g, &n)}
                    </p>
                    {draw(l, &g, &n, label(&other.get()), hover2, picked)}
                </div>
            }
        });
        Some(view! { <div class="funnel-row">{a}{b}</div> })
    };
    let detail = move || {
        let i = picked.get()?;
        let f = main.get()?;
        let s = f.stages.get(i)?.clone();
        let name = names.with(|n| n.get(i).map(|x| x.1.clone()))?;
        let body = if s.kpis.is_empty() {
            view! { <p class="muted">{t.stage_typed}</p> }.into_any()
        } else {
            board.with(|b| {
                view! {
                    <ul class="stage-kpis">
                        {s
                            .kpis
                            .iter()
                            .filter_map(|id| b.card(id))
                            .map(|c| {
                                view! {
                                    <li data-kpi=c.kpi.id.clone()>
                                        <span class="kpi-name">{c.kpi.name.clone()}</span>
                                        {(!c.kpi.channel.is_empty())
                                            .then(|| view! { <span class="chip">{c.kpi.channel.clone()}</span> })}
                                        <span class="num">
                                            {c.now.actual.map(|v| fmt_value(v, &c.kpi.unit)).unwrap_or_default()}
                                        </span>
                                        {sparkline(&c.actuals, &c.targets)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            })
        };
        Some(view! {
            <div class="stage-detail" data-testid="stage-detail">
                <h3>{name}" · "{t.stage_kpis}</h3>
                {body}
            </div>
        })
    };
    let chan_select = move |sig: RwSignal<Option<String>>, none: &'static str, key: &'static str| {
        view! {
            <select
                data-field=key
                on:change=move |e| {
                    let v = event_target_value(&e);
                    sig.set((!v.is_empty()).then_some(v));
                    picked.set(None);
                }
            >
                <option value="" prop:selected=move || sig.get().is_none()>
                    {none}
                </option>
                {move || {
                    chans
                        .get()
                        .into_iter()
                        .map(|c| {
                            let (c2, v) = (c.clone(), c.clone());
                            view! {
                                <option value=v prop:selected=move || sig.get().as_deref() == Some(c2.as_str())>
                                    {c}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        }
    };
    let all = t.all_channels;
    let date_in = move |first: bool| {
        view! {
            <DateBox
                value=Signal::derive(move || range.get().map(|r| if first { r.0 } else { r.1 }))
                label=if first { t.range_from } else { t.range_to }.to_string()
                key=if first { "from" } else { "to" }
                commit=Callback::new(move |d: Option<Day>| {
                    let (Some(d), Some((a, b))) = (d, range.get_untracked()) else { return false };
                    let (a, b) = if first { (d, b.max(d)) } else { (a.min(d), d) };
                    custom.set(Some((a, b)));
                    period.set(Span::Custom);
                    true
                })
            />
        }
    };
    let periods = [
        (Span::Whole, t.period_whole),
        (Span::ToDate, t.period_to_date),
        (Span::Last7, t.period_last7),
        (Span::Custom, t.period_custom),
    ];
    view! {
        {card(
            TABLE_CARD,
            "funnel",
            t.funnel_title,
            Some(t.funnel_help),
            None,
            view! {
                <div class="funnel-filters">
                    <label class="field">
                        <span>{t.filter_channel}</span>
                        {chan_select(channel, all, "channel")}
                    </label>
                    <div class="field">
                        <span>{t.filter_period}</span>
                        <div class="seg" role="group">
                            {periods
                                .into_iter()
                                .map(|(p, name)| {
                                    view! {
                                        <button
                                            class="chip-btn"
                                            class:active=move || period.get() == p
                                            data-period=format!("{p:?}").to_lowercase()
                                            on:click=move |_| period.set(p)
                                        >
                                            {name}
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </div>
                    <label class="field">
                        <span>{t.period_custom}</span>
                        <span class="dates">{date_in(true)}"–"{date_in(false)}</span>
                    </label>
                    <label class="field">
                        <span>{t.compare}</span>
                        {chan_select(other, t.no_compare, "compare")}
                    </label>
                </div>
                {figures}
                {detail}
            },
        )}
        <StageList />
    }
}

#[component]
fn StageList() -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let l = app.locale.get_untracked();
    let stages = app.plan_memo(|p| {
        p.monitor
            .stages
            .iter()
            .map(|s| (s.clone(), p.kpis.iter().filter(|k| k.stage.as_deref() == Some(s.id.as_str())).count()))
            .collect::<Vec<_>>()
    });
    let ids = Memo::new(move |_| stages.with(|s| s.iter().map(|(s, _)| s.id.clone()).collect::<Vec<_>>()));
    let row = move |id: Id| {
        let st = Memo::new(move |_| stages.with(|s| s.iter().find(|(s, _)| s.id == id).cloned()));
        let put = move |f: &dyn Fn(&mut Stage)| {
            let Some((mut s, _)) = st.get_untracked() else { return };
            let before = s.clone();
            f(&mut s);
            if s != before {
                run(app, MonitorCommand::PutStage(s));
            }
        };
        let sid = move || st.with_untracked(|s| s.as_ref().map(|s| s.0.id.clone()).unwrap_or_default());
        let num_in = move |label: &'static str,
                           key: &'static str,
                           get: fn(&Stage) -> Option<Num>,
                           set: fn(&mut Stage, Option<Num>)| {
            view! {
                <label class="field small">
                    <span>{label}</span>
                    <input
                        type="text"
                        inputmode="decimal"
                        data-field=key
                        prop:value=move || {
                            st.with(|s| s.as_ref().and_then(|s| get(&s.0)).map(|v| fmt_num(v.0)).unwrap_or_default())
                        }
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            if v.trim().is_empty() {
                                put(&|s| set(s, None));
                                return;
                            }
                            match Num::parse(&v) {
                                Some(n) => put(&|s| set(s, Some(n))),
                                None => app.error(fill(app.lang().monitor().bad_number, "text", v.trim())),
                            }
                        }
                    />
                </label>
            }
        };
        view! {
            <div class="stage-row" data-stage=sid>
                <label class="field">
                    <span>{t.stage_name}</span>
                    <input
                        type="text"
                        data-field="name"
                        placeholder=move || {
                            st.with(|s| {
                                s.as_ref()
                                    .map(|s| stage_name(
                                        l,
                                        &Stage {
                                            name: String::new(),
                                            ..s.0.clone()
                                        },
                                    ))
                                    .unwrap_or_default()
                            })
                        }
                        prop:value=move || st.with(|s| s.as_ref().map(|s| s.0.name.clone()).unwrap_or_default())
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            put(&|s| s.name = v.trim().to_string());
                        }
                    />
                </label>
                {move || match st.with(|s| s.as_ref().map(|s| s.1)).unwrap_or(0) {
                    0 => {
                        view! {
                            {num_in(t.typed_planned, "planned", |s| s.planned, |s, v| s.planned = v)}
                            {num_in(t.typed_actual, "actual", |s| s.actual, |s, v| s.actual = v)}
                        }
                            .into_any()
                    }
                    n => {
                        view! {
                            <span class="chip" data-testid="stage-kpis">
                                {crate::i18n::monitor::mapped_kpis(app.lang(), n)}
                            </span>
                        }
                            .into_any()
                    }
                }}
                <span class="row-tools">
                    {row_buttons(
                        (t.move_up, t.move_down, t.remove),
                        true,
                        move |up| {
                            run(
                                app,
                                MonitorCommand::MoveStage {
                                    id: sid(),
                                    up,
                                },
                            );
                        },
                        move || {
                            run(app, MonitorCommand::RemoveStage(sid()));
                        },
                    )}
                </span>
            </div>
        }
    };
    card(
        TABLE_CARD,
        "stages",
        t.stages_title,
        None,
        None,
        view! {
            <div class="stages">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    {row(id)}
                </For>
            </div>
            {add_box(
                "stage".into(),
                t.add_stage,
                t.add,
                move |name| run(
                    app,
                    MonitorCommand::PutStage(Stage {
                        id: new_id(),
                        name,
                        planned: None,
                        actual: None,
                    }),
                ),
            )}
        },
    )
}
