//! The timeline half of the chart: header ticks, phase bands, days off, the
//! today line, bars, milestones, summary bars, baseline ghosts, dependency
//! arrows, and the pointer drags on them. Everything is drawn only for the
//! rows and days in view.

use super::scale::{ticks, Zoom};
use super::{build_network, link, Ctx, Drag, DragKind, HEAD_H, ROW_H};
use crate::i18n::{fmt_date_short, status_name};
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::command::gesture::{move_command, moved_dates, progress_command, Handle, Moved};
use crate::model::schedule::data::DepKind;
use crate::model::schedule::data::Status;
use crate::ui::state::metrics::now_ms;
use crate::ui::state::metrics::set_metric;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;

#[component]
pub fn Timeline(window: Memo<Vec<(usize, usize, Id)>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let tw = move || (ctx.view_w.get() - ctx.left_w.get()).max(100.0);
    let body_transform = move || format!("translate({},{})", -ctx.scroll_left.get(), HEAD_H - ctx.scroll_top.get());
    let head_transform = move || format!("translate({},0)", -ctx.scroll_left.get());
    // The visible part of the axis, in timeline x.
    let x_range = Memo::new(move |_| {
        let sl = ctx.scroll_left.get();
        (sl, sl + tw())
    });
    let y_range = Memo::new(move |_| {
        let st = ctx.scroll_top.get();
        (st, st + ctx.view_h.get() - HEAD_H)
    });
    view! {
        <svg
            class="gantt-svg"
            data-testid="gantt-svg"
            width=tw
            height=move || ctx.view_h.get()
            style=move || format!("left:{}px", ctx.left_w.get())
            role="img"
        >
            <defs>
                <marker
                    id="gantt-arrow"
                    viewBox="0 0 8 8"
                    refX="7"
                    refY="4"
                    markerWidth="7"
                    markerHeight="7"
                    orient="auto-start-reverse"
                >
                    <path d="M0,0 L8,4 L0,8 z" class="arrow-head" />
                </marker>
                <marker
                    id="gantt-arrow-crit"
                    viewBox="0 0 8 8"
                    refX="7"
                    refY="4"
                    markerWidth="7"
                    markerHeight="7"
                    orient="auto-start-reverse"
                >
                    <path d="M0,0 L8,4 L0,8 z" class="arrow-head crit" />
                </marker>
            </defs>
            <g transform=body_transform>
                <Background x_range=x_range y_range=y_range />
                <Arrows window=window />
                <For each=move || window.get() key=|k| k.clone() let:k>
                    <Bar pos=k.0 idx=k.1 id=k.2 />
                </For>
                <LinkPreview />
            </g>
            <g transform=head_transform class="gantt-head">
                <Header x_range=x_range />
            </g>
        </svg>
    }
}

/// Phase bands, shaded days off, the selected row and the today line.
#[component]
fn Background(x_range: Memo<(f64, f64)>, y_range: Memo<(f64, f64)>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let app = ctx.app;
    let phases = move || {
        let (y0, y1) = y_range.get();
        phase_spans(ctx)
            .into_iter()
            .map(|(i, x, w, _)| {
                view! { <rect class=format!("phase-band b{}", i % 2) x=x y=y0 width=w height=(y1 - y0).max(0.0) /> }
            })
            .collect_view()
    };
    // Days off as merged runs; only where a day is wide enough to see.
    let off = move || {
        let s = ctx.scale.get();
        if Zoom::for_ppd(s.ppd) != Zoom::Day && Zoom::for_ppd(s.ppd) != Zoom::Week {
            return None;
        }
        let (x0, x1) = x_range.get();
        let (y0, y1) = y_range.get();
        let cal = ctx.with_plan(|p| p.calendar.to_calendar())?;
        let mut runs: Vec<(Day, i64)> = vec![];
        for d in s.day_at(x0).through(s.day_at(x1)) {
            if !cal.is_workday(d) {
                match runs.last_mut() {
                    Some((start, n)) if start.add_days(*n) == d => *n += 1,
                    _ => runs.push((d, 1)),
                }
            }
        }
        Some(
            runs.into_iter()
                .map(|(d, n)| {
                    view! { <rect class="day-off" x=s.x(d) y=y0 width=n as f64 * s.ppd height=(y1 - y0).max(0.0) /> }
                })
                .collect_view(),
        )
    };
    let selected_band = move || {
        let id = ctx.selected.get()?;
        let idx = ctx.analysis.with(|a| a.as_ref()?.index.get(&id).copied())?;
        let pos = ctx.pos_of.with(|p| p.get(idx).copied()).filter(|p| *p != u32::MAX)?;
        let (x0, x1) = x_range.get();
        Some(view! { <rect class="row-selected" x=x0 y=pos as f64 * ROW_H width=x1 - x0 height=ROW_H /> })
    };
    let today = move || {
        let x = ctx.scale.get().x(app.today) + ctx.scale.get().ppd / 2.0;
        let (y0, y1) = y_range.get();
        view! { <line class="today-line" x1=x x2=x y1=y0 y2=y1 /> }
    };
    view! { <g class="gantt-bg">{phases} {off} {selected_band} {today}</g> }
}

/// Each phase as (index, x, width, name) on the current scale.
fn phase_spans(ctx: Ctx) -> Vec<(usize, f64, f64, String)> {
    let s = ctx.scale.get();
    ctx.with_plan(|p| {
        p.phases
            .iter()
            .enumerate()
            .map(|(i, ph)| {
                let x = s.x(ph.start);
                (i, x, (s.x(ph.end.add_days(1)) - x).max(0.0), ph.name.clone())
            })
            .collect()
    })
    .unwrap_or_default()
}

#[component]
fn Header(x_range: Memo<(f64, f64)>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let app = ctx.app;
    let ticks = Memo::new(move |_| {
        let (x0, x1) = x_range.get();
        ticks(&ctx.scale.get(), app.locale.get(), x0, x1)
    });
    let phases = move || {
        phase_spans(ctx)
            .into_iter()
            .map(|(i, x, w, name)| {
                // A name wider than its phase would run into the next one.
                let fits = w >= name.chars().map(|c| if c.is_ascii() { 7.5 } else { 12.5 }).sum::<f64>() + 10.0;
                view! {
                    <g class="phase-label">
                        <rect class=format!("phase-head b{}", i % 2) x=x y=0 width=w height=20 />
                        <text x=x + 6.0 y=14 class="phase-text">
                            {fits.then_some(name)}
                        </text>
                    </g>
                }
            })
            .collect_view()
    };
    let upper = move || {
        let (x0, x1) = x_range.get();
        ticks
            .get()
            .0
            .into_iter()
            .map(|t| {
                // Keep the label in view while enough of its span is, so that a
                // month scrolled half away still says which month it is.
                let seen = (t.x + t.w).min(x1) - t.x.max(x0);
                let lx = t.x.max(x0) + 6.0;
                let label = (seen >= 90.0).then_some(t.label);
                view! {
                    <line class="tick" x1=t.x x2=t.x y1=20 y2=HEAD_H />
                    <text class="tick-text upper" x=lx y=35>
                        {label}
                    </text>
                }
            })
            .collect_view()
    };
    let lower = move || {
        let narrow = ctx.scale.get().ppd < 18.0 && Zoom::for_ppd(ctx.scale.get().ppd) == Zoom::Day;
        ticks
            .get()
            .1
            .into_iter()
            .map(|t| {
                let label = if narrow { String::new() } else { t.label };
                view! {
                    <line class="tick minor" x1=t.x x2=t.x y1=41 y2=HEAD_H />
                    <text class="tick-text lower" x=t.x + t.w / 2.0 y=56 text-anchor="middle">
                        {label}
                    </text>
                }
            })
            .collect_view()
    };
    let today = move || {
        let x = ctx.scale.get().x(app.today) + ctx.scale.get().ppd / 2.0;
        view! { <path class="today-mark" d=format!("M{},{} l-5,-7 h10 z", x, HEAD_H) /> }
    };
    view! {
        <rect
            class="head-bg"
            x=move || x_range.get().0 - 2.0
            y=0
            width=move || x_range.get().1 - x_range.get().0 + 4.0
            height=HEAD_H
        />
        {phases}
        <line class="tick" x1=move || x_range.get().0 x2=move || x_range.get().1 y1=20 y2=20 />
        <line class="tick" x1=move || x_range.get().0 x2=move || x_range.get().1 y1=41 y2=41 />
        {upper}
        {lower}
        {today}
        <line class="head-rule" x1=move || x_range.get().0 x2=move || x_range.get().1 y1=HEAD_H - 0.5 y2=HEAD_H - 0.5 />
    }
}

/// What one bar needs to draw itself, read once per change.
#[derive(Clone, Debug, PartialEq)]
struct BarInfo {
    title: String,
    milestone: bool,
    fixed: bool,
    summary: bool,
    progress: u8,
    status: Status,
    critical: bool,
    conflict: bool,
    baseline: Option<(Day, Day)>,
    /// Its end has passed and it is not done.
    overdue: bool,
}

#[component]
fn Bar(pos: usize, idx: usize, id: Id) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let y = pos as f64 * ROW_H;
    let info = Memo::new(move |_| {
        let row = ctx.analysis.with(|a| a.as_ref().and_then(|a| a.rows.get(idx).cloned()))?;
        ctx.with_plan(|p| {
            let w = p.work_items.get(idx)?;
            Some(BarInfo {
                title: w.title.clone(),
                milestone: w.milestone,
                fixed: w.fixed,
                summary: row.summary,
                progress: row.progress,
                status: row.status,
                critical: row.critical,
                conflict: row.conflict,
                baseline: row.baseline,
                overdue: row.is_overdue(ctx.app.today),
            })
        })
        .flatten()
    });
    // (x, width) of the bar now, preview included.
    let geo = Memo::new(move |_| {
        let (s, e) = ctx.dates(idx)?;
        let sc = ctx.scale.get();
        let x = sc.x(s);
        Some((x, (sc.x(e.add_days(1)) - x).max(2.0)))
    });
    let progress = move || {
        ctx.drag
            .with(|d| d.as_ref().filter(|d| d.idx == idx && d.kind == DragKind::Progress).map(|d| d.progress))
            .or_else(|| info.with(|i| i.as_ref().map(|i| i.progress)))
            .unwrap_or(0)
    };
    let selected = {
        let id = id.clone();
        Memo::new(move |_| ctx.selected.with(|s| s.as_deref() == Some(id.as_str())))
    };
    let crit = move || ctx.critical_on.get() && info.with(|i| i.as_ref().is_some_and(|i| i.critical));
    let status_class = move || {
        info.with(|i| match i.as_ref().map(|i| i.status) {
            Some(Status::Done) => "st-done",
            Some(Status::InProgress) => "st-prog",
            Some(Status::Exception) => "st-exc",
            _ => "st-not",
        })
    };
    let start_drag = move |kind: DragKind, e: &web_sys::PointerEvent| {
        if e.button() != 0 {
            return;
        }
        e.prevent_default();
        e.stop_propagation();
        let Some(i) = info.get_untracked() else { return };
        let Some(orig) = ctx.dates(idx) else { return };
        let origin = document()
            .query_selector(".gantt-svg")
            .ok()
            .flatten()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (r.left(), r.top())
            })
            .unwrap_or((0.0, 0.0));
        if kind != DragKind::Link && kind != DragKind::Progress {
            build_network(ctx);
        }
        ctx.hover.set(None);
        ctx.link_edit.set(None);
        ctx.drag.set(Some(Drag {
            kind,
            idx,
            id: id_for_drag(ctx, idx),
            x0: e.client_x() as f64,
            sl0: ctx.scroll_left.get_untracked(),
            orig,
            days: 0,
            progress: i.progress,
            progress0: i.progress,
            summary: i.summary,
            milestone: i.milestone,
            client: (e.client_x() as f64, e.client_y() as f64),
            origin,
        }));
    };
    let hover_on = move |e: web_sys::PointerEvent| {
        if ctx.drag.with_untracked(Option::is_none) {
            ctx.hover.set(Some((idx, e.client_x() as f64, e.client_y() as f64)));
        }
    };
    let id_sel = id.clone();
    let id_open = id.clone();
    // Geometry is read by attributes, so a drag step updates a few numbers
    // instead of rebuilding the bar; the structure depends on `info` only.
    let gx = move || geo.get().map(|g| g.0).unwrap_or(-10_000.0);
    let gw = move || geo.get().map(|g| g.1).unwrap_or(0.0);
    let ghost = move || {
        let (bs, be) = info.with(|i| i.as_ref().and_then(|i| i.baseline)).filter(|_| ctx.baseline_on.get())?;
        let sc = ctx.scale.get();
        let bx = sc.x(bs);
        let bw = (sc.x(be.add_days(1)) - bx).max(2.0);
        Some(view! { <rect class="baseline-ghost" x=bx y=y + 26.0 width=bw height=4 rx=1 /> })
    };
    // Narrow bars keep thin handles so the middle can still be grabbed.
    let handle_w = move || if gw() < 10.0 { 3.0 } else { 8.0 };
    let body = move || {
        let Some(i) = info.get() else { return ().into_any() };
        let milestone = i.milestone;
        let label_x = move || if milestone { gx() + gw() / 2.0 + 12.0 } else { gx() + gw() + 8.0 };
        let cy = y + ROW_H / 2.0;
        let shape = if i.milestone {
            view! {
                <path
                    class="milestone"
                    d=move || format!("M{},{} l9,9 l-9,9 l-9,-9 z", gx() + gw() / 2.0, cy - 9.0)
                    on:pointerdown=move |e| start_drag(DragKind::Move, &e)
                />
                {i
                    .fixed
                    .then(|| {
                        view! {
                            <path class="fixed-pin" d=move || format!("M{},{} v-4", gx() + gw() / 2.0, cy - 10.0) />
                        }
                    })}
            }
            .into_any()
        } else if i.summary {
            let p = i.progress as f64 / 100.0;
            view! {
                <path
                    class="summary-bar"
                    d=move || format!("M{},{} h{} v12 l-6,-5 h{} l-6,5 z", gx(), y + 9.0, gw(), -(gw() - 12.0).max(0.0))
                    on:pointerdown=move |e| start_drag(DragKind::Move, &e)
                />
                <rect class="summary-progress" x=gx y=y + 9.0 width=move || gw() * p height=3 />
            }
            .into_any()
        } else {
            view! {
                <rect
                    class="bar"
                    x=gx
                    y=y + 7.0
                    width=gw
                    height=18
                    rx=4
                    on:pointerdown=move |e| start_drag(DragKind::Move, &e)
                />
                <rect
                    class="bar-progress"
                    x=gx
                    y=y + 7.0
                    width=move || gw() * progress() as f64 / 100.0
                    height=18
                    rx=4
                    pointer-events="none"
                />
                <rect
                    class="handle left"
                    x=move || gx() - 2.0
                    y=y + 7.0
                    width=handle_w
                    height=18
                    on:pointerdown=move |e| start_drag(DragKind::Start, &e)
                />
                <rect
                    class="handle right"
                    x=move || gx() + gw() - handle_w() + 2.0
                    y=y + 7.0
                    width=handle_w
                    height=18
                    on:pointerdown=move |e| start_drag(DragKind::End, &e)
                />
                <path
                    class="progress-handle"
                    d=move || format!("M{},{} l5,6 h-10 z", gx() + gw() * progress() as f64 / 100.0, y + 24.0)
                    on:pointerdown=move |e| start_drag(DragKind::Progress, &e)
                />
                <circle
                    class="connector"
                    cx=move || gx() + gw() + 7.0
                    cy=cy
                    r=5
                    on:pointerdown=move |e| start_drag(DragKind::Link, &e)
                />
            }
            .into_any()
        };
        view! {
            {ghost}
            {shape}
            {i
                .conflict
                .then(|| {
                    view! {
                        <text class="conflict-mark" x=move || gx() - 16.0 y=y + 21.0>
                            "⚠"
                        </text>
                    }
                })}
            <text class="bar-label" x=label_x y=y + 21.0 pointer-events="none">
                {i.title.clone()}
            </text>
        }
        .into_any()
    };
    view! {
        <g
            class=move || format!("bar-g {}", status_class())
            class:critical=crit
            class:selected=move || selected.get()
            class:conflict=move || info.with(|i| i.as_ref().is_some_and(|i| i.conflict))
            class:overdue=move || info.with(|i| i.as_ref().is_some_and(|i| i.overdue))
            class:dragging=move || ctx.drag.with(|d| d.as_ref().is_some_and(|d| d.idx == idx))
            data-bar-idx=idx
            data-id=id.clone()
            on:click=move |_| ctx.selected.set(Some(id_sel.clone()))
            on:dblclick=move |_| ctx.details.set(Some(id_open.clone()))
            on:pointermove=hover_on
            on:pointerleave=move |_| ctx.hover.set(None)
        >
            {body}
        </g>
    }
}

fn id_for_drag(ctx: Ctx, idx: usize) -> Id {
    ctx.with_plan_untracked(|p| p.work_items[idx].id.clone()).unwrap_or_default()
}

/// For each item index, the links that touch it (by index in the plan's list).
fn links_by_item(ctx: Ctx) -> Memo<Vec<Vec<usize>>> {
    Memo::new(move |_| {
        let n = ctx.analysis.with(|a| a.as_ref().map(|a| a.rows.len()).unwrap_or(0));
        ctx.analysis.with(|a| {
            let Some(a) = a.as_ref() else { return vec![] };
            ctx.with_plan(|p| {
                let mut by = vec![vec![]; n];
                for (k, d) in p.dependencies.iter().enumerate() {
                    if let (Some(&x), Some(&y)) = (a.index.get(&d.pred), a.index.get(&d.succ)) {
                        by[x].push(k);
                        if y != x {
                            by[y].push(k);
                        }
                    }
                }
                by
            })
            .unwrap_or_default()
        })
    })
}

/// One arrow as drawn.
#[derive(Clone, Debug, PartialEq)]
struct ArrowData {
    path: String,
    critical: bool,
}

/// Dependency arrows with at least one end in view. Each has a wide
/// invisible twin that takes the click, so a thin line is easy to hit. The
/// set of arrows is keyed by link id and each path is an attribute, so a
/// drag step only rewrites the paths that moved.
#[component]
fn Arrows(window: Memo<Vec<(usize, usize, Id)>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let by_item = links_by_item(ctx);
    let arrows = Memo::new(move |_| {
        let sc = ctx.scale.get();
        let crit_on = ctx.critical_on.get();
        let mut seen = HashSet::new();
        let mut out: Vec<(Id, ArrowData)> = vec![];
        let rows = window.get();
        ctx.with_plan(|p| {
            by_item.with(|by| {
                for (_, idx, _) in &rows {
                    for &k in by.get(*idx).map(Vec::as_slice).unwrap_or(&[]) {
                        if !seen.insert(k) {
                            continue;
                        }
                        let d = &p.dependencies[k];
                        let Some((pi, si)) = ctx.analysis.with(|a| {
                            let a = a.as_ref()?;
                            Some((*a.index.get(&d.pred)?, *a.index.get(&d.succ)?))
                        }) else {
                            continue;
                        };
                        let (Some(pp), Some(sp)) = ctx.pos_of.with(|v| {
                            (
                                v.get(pi).copied().filter(|x| *x != u32::MAX),
                                v.get(si).copied().filter(|x| *x != u32::MAX),
                            )
                        }) else {
                            continue;
                        };
                        let (Some(pd), Some(sd)) = (ctx.dates(pi), ctx.dates(si)) else { continue };
                        let ends = |i: usize, (s, e): (Day, Day)| {
                            let x0 = sc.x(s);
                            let x1 = sc.x(e.add_days(1));
                            if p.work_items[i].milestone {
                                let c = (x0 + x1) / 2.0;
                                (c - 9.0, c + 9.0)
                            } else {
                                (x0, x1)
                            }
                        };
                        let (ps, pe) = ends(pi, pd);
                        let (ss, se) = ends(si, sd);
                        let py = pp as f64 * ROW_H + ROW_H / 2.0;
                        let sy = sp as f64 * ROW_H + ROW_H / 2.0;
                        let path = arrow_path(d.kind, (ps, pe, py), (ss, se, sy));
                        let critical = crit_on
                            && ctx
                                .analysis
                                .with(|a| a.as_ref().is_some_and(|a| a.rows[pi].critical && a.rows[si].critical));
                        out.push((d.id.clone(), ArrowData { path, critical }));
                    }
                }
            })
        });
        out
    });
    let ids = Memo::new(move |_| arrows.with(|a| a.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>()));
    let lookup: Memo<HashMap<Id, ArrowData>> = Memo::new(move |_| arrows.get().into_iter().collect());
    view! {
        <g class="arrows">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                {
                    let data = {
                        let id = id.clone();
                        Memo::new(move |_| lookup.with(|m| m.get(&id).cloned()))
                    };
                    let path = move || data.with(|d| d.as_ref().map(|d| d.path.clone()).unwrap_or_default());
                    let critical = move || data.with(|d| d.as_ref().is_some_and(|d| d.critical));
                    let click_id = id.clone();
                    view! {
                        <g class="arrow" class:critical=critical data-dep=id.clone()>
                            <path
                                class="arrow-line"
                                d=path
                                marker-end=move || {
                                    if critical() { "url(#gantt-arrow-crit)" } else { "url(#gantt-arrow)" }
                                }
                            />
                            <path
                                class="arrow-hit"
                                d=path
                                on:click=move |e| {
                                    ctx.link_edit
                                        .set(Some((click_id.clone(), e.client_x() as f64, e.client_y() as f64)))
                                }
                            />
                        </g>
                    }
                }
            </For>
        </g>
    }
}

/// An orthogonal route from the predecessor's start or end to the
/// successor's start or end, entering from the side the link type names.
pub fn arrow_path(kind: DepKind, pred: (f64, f64, f64), succ: (f64, f64, f64)) -> String {
    let (ps, pe, py) = pred;
    let (ss, se, sy) = succ;
    let (sx, out) = match kind {
        DepKind::FinishToStart | DepKind::FinishToFinish => (pe, 1.0),
        DepKind::StartToStart | DepKind::StartToFinish => (ps, -1.0),
    };
    let (tx, into) = match kind {
        DepKind::FinishToStart | DepKind::StartToStart => (ss, 1.0),
        DepKind::FinishToFinish | DepKind::StartToFinish => (se, -1.0),
    };
    let a = sx + 8.0 * out;
    let b = tx - 8.0 * into;
    let direct = (into > 0.0 && a <= b && out > 0.0) || (out < 0.0 && into < 0.0 && a >= b);
    if direct || (out < 0.0 && into > 0.0 && b >= a) {
        let vx = if out > 0.0 {
            a
        } else if into > 0.0 {
            a.min(b)
        } else {
            a.max(b)
        };
        format!("M{sx},{py} H{vx} V{sy} H{tx}")
    } else {
        let mid = sy - (sy - py).signum() * ROW_H / 2.0;
        format!("M{sx},{py} H{a} V{mid} H{b} V{sy} H{tx}")
    }
}

/// The line that follows the pointer while a link is being drawn.
#[component]
fn LinkPreview() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        let d = ctx.drag.get().filter(|d| d.kind == DragKind::Link)?;
        let pos = ctx.pos_of.with(|v| v.get(d.idx).copied())?;
        let (_, e) = ctx.dates(d.idx)?;
        let sc = ctx.scale.get();
        let x1 = sc.x(e.add_days(1)) + 7.0;
        let y1 = pos as f64 * ROW_H + ROW_H / 2.0;
        let x2 = d.client.0 - d.origin.0 + ctx.scroll_left.get();
        let y2 = d.client.1 - d.origin.1 - HEAD_H + ctx.scroll_top.get();
        Some(view! { <line class="link-preview" x1=x1 y1=y1 x2=x2 y2=y2 /> })
    }
}

/// The dates (or progress) next to the pointer while dragging, and the
/// item's details while hovering a bar.
#[component]
pub fn DragTip() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let app = ctx.app;
    let tip = move || {
        let l = app.locale.get();
        let g = l.gantt();
        if let Some(d) = ctx.drag.get() {
            let text = match d.kind {
                DragKind::Progress => format!("{}%", d.progress),
                DragKind::Link => g.link_title.to_string(),
                _ => {
                    let (s, e) = ctx.dates(d.idx)?;
                    format!("{} – {} · {}", fmt_date_short(l, s), fmt_date_short(l, e), work_len(ctx, s, e))
                }
            };
            return Some((d.client.0, d.client.1, vec![text]));
        }
        let (idx, x, y) = ctx.hover.get()?;
        let row = ctx.analysis.with(|a| a.as_ref().and_then(|a| a.rows.get(idx).cloned()))?;
        let (title, kind) = ctx.with_plan(|p| {
            let w = &p.work_items[idx];
            (
                w.title.clone(),
                if w.milestone {
                    Some(g.milestone)
                } else if row.summary {
                    Some(g.summary)
                } else {
                    None
                },
            )
        })?;
        let mut lines = vec![match kind {
            Some(k) => format!("{title} · {k}"),
            None => title,
        }];
        lines.push(format!(
            "{} – {} · {}",
            fmt_date_short(l, row.start),
            fmt_date_short(l, row.end),
            work_len(ctx, row.start, row.end)
        ));
        lines.push(format!("{} · {}%", status_name(l, row.status), row.progress));
        lines.extend(crate::i18n::gantt::schedule_facts(l, &row));
        if row.is_overdue(app.today) {
            lines.push(l.texts().overdue.to_string());
        }
        Some((x, y, lines))
    };
    move || {
        tip().map(|(x, y, lines)| {
            view! {
                <div
                    class="gantt-tip"
                    role="tooltip"
                    data-testid="gantt-tip"
                    style=format!("left:{}px;top:{}px", x + 14.0, y + 16.0)
                >
                    {lines.into_iter().map(|l| view! { <div>{l}</div> }).collect_view()}
                </div>
            }
        })
    }
}

/// An item's length in working days, worded ("5 个工作日").
fn work_len(ctx: Ctx, s: Day, e: Day) -> String {
    let n = ctx.with_plan_untracked(|p| p.calendar.to_calendar().workdays_between(s, e)).unwrap_or(0);
    crate::i18n::workdays(ctx.app.locale.get_untracked(), n)
}

/// Window-wide pointer listeners for drags (the pointer may leave the bar),
/// removed with the chart.
pub fn install_drag_listeners(ctx: Ctx) {
    let mv = window_event_listener(leptos::ev::pointermove, move |e| on_move(ctx, &e));
    let up = window_event_listener(leptos::ev::pointerup, move |e| on_up(ctx, &e));
    on_cleanup(move || {
        mv.remove();
        up.remove();
    });
}

fn on_move(ctx: Ctx, e: &web_sys::PointerEvent) {
    let Some(mut d) = ctx.drag.get_untracked() else { return };
    let t0 = now_ms();
    d.client = (e.client_x() as f64, e.client_y() as f64);
    let sc = ctx.scale.get_untracked();
    match d.kind {
        DragKind::Progress => {
            let (x, w) = (sc.x(d.orig.0), sc.x(d.orig.1.add_days(1)) - sc.x(d.orig.0));
            let px = d.client.0 - d.origin.0 + ctx.scroll_left.get_untracked();
            d.progress = (((px - x) / w.max(1.0)) * 100.0).round().clamp(0.0, 100.0) as u8;
            ctx.drag.set(Some(d));
        }
        DragKind::Link => ctx.drag.set(Some(d)),
        _ => {
            let dx = d.client.0 - d.x0 + (ctx.scroll_left.get_untracked() - d.sl0);
            let days = (dx / sc.ppd).round() as i64;
            let changed = days != d.days;
            d.days = days;
            ctx.drag.set(Some(d.clone()));
            if changed {
                ctx.preview.set(preview_for(ctx, &d));
                // For `make bench`: a step that moves the bar, from the
                // pointer event to the next frame (successors rescheduled).
                request_animation_frame(move || push_metric("dragSteps", now_ms() - t0));
            }
        }
    }
}

/// The new dates of the dragged item for `d.days`.
/// The drag as the model's gesture (the same mapping the keyboard uses).
fn moved(d: &Drag) -> Moved {
    let handle = match d.kind {
        DragKind::Start => Handle::Start,
        DragKind::End => Handle::End,
        _ => Handle::Bar,
    };
    Moved { id: d.id.clone(), handle, from: d.orig, days: d.days, summary: d.summary, milestone: d.milestone }
}

fn dragged_dates(d: &Drag) -> (Day, Day) {
    moved_dates(&moved(d))
}

fn preview_for(ctx: Ctx, d: &Drag) -> HashMap<usize, (Day, Day)> {
    let mut map = HashMap::new();
    if d.days == 0 {
        return map;
    }
    if d.summary {
        let end = ctx.with_plan_untracked(|p| p.subtree_end(d.idx)).unwrap_or(d.idx + 1);
        ctx.analysis.with_untracked(|a| {
            if let Some(a) = a.as_ref() {
                for i in d.idx..end {
                    let r = &a.rows[i];
                    map.insert(i, (r.start.add_days(d.days), r.end.add_days(d.days)));
                }
            }
        });
        return map;
    }
    let (s, e) = dragged_dates(d);
    map.insert(d.idx, (s, e));
    ctx.network.with_value(|n| {
        if let Some((net, dates)) = n {
            for (i, a, b) in net.propagate(dates, d.idx, s, e) {
                map.insert(i, (a, b));
            }
        }
    });
    map
}

fn on_up(ctx: Ctx, e: &web_sys::PointerEvent) {
    let Some(d) = ctx.drag.get_untracked() else { return };
    let t0 = now_ms();
    request_animation_frame(move || set_metric("dropMs", now_ms() - t0));
    ctx.drag.set(None);
    let id = d.id.clone();
    match d.kind {
        DragKind::Link => {
            let target = document()
                .element_from_point(e.client_x() as f32, e.client_y() as f32)
                .and_then(|el| el.closest("[data-bar-idx]").ok().flatten())
                .and_then(|el| el.get_attribute("data-id"));
            if let Some(t) = target.filter(|t| *t != id) {
                link(ctx, id, t);
            }
        }
        DragKind::Progress => {
            if let Some(cmd) = progress_command(id, d.progress0, d.progress, ctx.app.today) {
                ctx.dispatch(cmd);
            }
        }
        _ => {
            if let Some(cmd) = move_command(&moved(&d)) {
                ctx.dispatch(cmd);
            }
        }
    }
    ctx.preview.set(HashMap::new());
    ctx.network.set_value(None);
    if let Some(el) = document().query_selector(".gantt-scroll").ok().flatten() {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Appends a figure to `window.cpMetrics[name]` (an array), for the bench.
fn push_metric(name: &str, value: f64) {
    let Some(w) = web_sys::window() else { return };
    let metrics = js_sys::Reflect::get(&w, &"cpMetrics".into()).ok().filter(|v| v.is_object()).unwrap_or_else(|| {
        let o: wasm_bindgen::JsValue = js_sys::Object::new().into();
        let _ = js_sys::Reflect::set(&w, &"cpMetrics".into(), &o);
        o
    });
    let arr = js_sys::Reflect::get(&metrics, &name.into()).ok().filter(|v| v.is_object()).unwrap_or_else(|| {
        let a: wasm_bindgen::JsValue = js_sys::Array::new().into();
        let _ = js_sys::Reflect::set(&metrics, &name.into(), &a);
        a
    });
    if let Some(a) = arr.dyn_ref::<js_sys::Array>() {
        if a.length() < 10_000 {
            a.push(&value.into());
        }
    }
}
