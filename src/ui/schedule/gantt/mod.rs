//! The Gantt chart: the outline on the left, an SVG timeline on the right,
//! scrolling together. Only the rows and days in view are in the DOM, so a
//! plan of 10,000 items paints as fast as one of ten. Drags show a preview
//! (successors pushed by `schedule::Network` on every move) and become one
//! command, one undo step, on release. Must not change the plan except
//! through `App::dispatch`, nor know the file format.

mod bars;
mod export;
mod link_editor;
pub mod scale;

use super::item_details::ItemDetails;
use crate::i18n::{fill, fmt_date_short, fmt_int, status_name, Locale};
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::command::dispatch::PlanCommand;
use crate::model::command::gesture::{key_move, move_command};
use crate::model::plan::Plan;
use crate::model::schedule::analysis::network;
use crate::model::schedule::analysis::Analysis;
use crate::model::schedule::analysis::{shown_rows, Filters};
use crate::model::schedule::data::DepKind;
use crate::model::schedule::data::Dependency;
use crate::model::schedule::data::Status;
use crate::model::schedule::rules::Network;
use crate::ui::state::metrics::{now_ms, set_metric};
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;
use scale::{Scale, Zoom};
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;

/// Row height in px; the tree rows in CSS match it.
pub const ROW_H: f64 = 32.0;
/// Header: phase band, then the two tick rows.
pub const HEAD_H: f64 = 62.0;
/// Width of the outline beside the timeline, until the user drags its edge
/// (remembered in this browser), and its bounds.
pub const LEFT_W: f64 = 440.0;
const LEFT_MIN: f64 = 260.0;
const LEFT_MAX: f64 = 900.0;

/// On a phone the outline takes under half the screen (titles only, by
/// CSS), so the bars show beside it; wider screens keep the chosen width.
fn phone_cap(w: f64) -> f64 {
    let screen = window_size().0;
    if screen < 720.0 {
        w.min((screen * 0.45).max(140.0))
    } else {
        w
    }
}
/// The outline's remembered layout (storage key `gantt`, width `outline`).
const LAYOUT: &str = "gantt";
const OVERSCAN: usize = 4;

/// The plan's links and each item's dates, built when a drag starts.
pub type DragNetwork = (Network, Vec<(Day, Day)>);

/// What a drag is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DragKind {
    Move,
    Start,
    End,
    Progress,
    Link,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Drag {
    pub kind: DragKind,
    pub idx: usize,
    pub id: Id,
    /// Pointer and scroll position when it began.
    pub x0: f64,
    pub sl0: f64,
    pub orig: (Day, Day),
    /// Days moved so far (snapped).
    pub days: i64,
    pub progress: u8,
    pub summary: bool,
    pub milestone: bool,
    /// The pointer now, in client coordinates.
    pub client: (f64, f64),
    /// The timeline's top-left corner in client coordinates (it is sticky,
    /// so scrolling does not move it).
    pub origin: (f64, f64),
    pub progress0: u8,
}

/// The chart's shared state, passed to its parts.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub app: App,
    pub analysis: Memo<Option<Analysis>>,
    pub scale: Memo<Scale>,
    /// Dates shown instead of the plan's while a drag is under way.
    pub preview: RwSignal<HashMap<usize, (Day, Day)>>,
    pub drag: RwSignal<Option<Drag>>,
    pub selected: RwSignal<Option<Id>>,
    pub critical_on: RwSignal<bool>,
    pub baseline_on: RwSignal<bool>,
    pub collapsed: RwSignal<HashSet<Id>>,
    pub link_edit: RwSignal<Option<(Id, f64, f64)>>,
    pub details: RwSignal<Option<Id>>,
    pub scroll_left: RwSignal<f64>,
    pub scroll_top: RwSignal<f64>,
    pub view_w: RwSignal<f64>,
    pub view_h: RwSignal<f64>,
    /// Item index → position among the shown rows (u32::MAX if hidden).
    pub pos_of: Memo<Vec<u32>>,
    pub network: StoredValue<Option<DragNetwork>>,
    /// The bar under the pointer and where, for the tooltip.
    pub hover: RwSignal<Option<(usize, f64, f64)>>,
    /// The outline's width (LEFT_W until dragged).
    pub left_w: RwSignal<f64>,
}

impl Ctx {
    pub fn with_plan<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        let id = self.app.current_id()?;
        self.app.with_ws(|w| w.plan(&id).map(f))
    }
    pub fn with_plan_untracked<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        let id = self.app.route.with_untracked(|r| r.plan_id().map(str::to_string))?;
        self.app.with_ws_untracked(|w| w.plan(&id).map(f))
    }
    /// The dates an item shows now: the drag preview's, else the analysis'.
    pub fn dates(&self, idx: usize) -> Option<(Day, Day)> {
        if let Some(d) = self.preview.with(|p| p.get(&idx).copied()) {
            return Some(d);
        }
        self.analysis.with(|a| a.as_ref().and_then(|a| a.rows.get(idx)).map(|r| (r.start, r.end)))
    }
    /// Scrolls the timeline so the item's bar is in view (selection by
    /// keyboard or from the outline should never leave it off screen).
    pub fn reveal(&self, idx: usize) {
        let Some((s, e)) = self.dates(idx) else { return };
        let sc = self.scale.get_untracked();
        let (x0, x1) = (sc.x(s), sc.x(e.add_days(1)));
        let left = self.scroll_left.get_untracked();
        let width = self.view_w.get_untracked() - self.left_w.get_untracked();
        if x1 < left + 20.0 || x0 > left + width - 40.0 {
            if let Some(el) = document().query_selector(".gantt-scroll").ok().flatten() {
                el.set_scroll_left((x0 - 60.0).max(0.0) as i32);
            }
        }
    }
    pub fn locale(&self) -> Locale {
        self.app.locale.get()
    }
    fn dispatch(&self, cmd: PlanCommand) -> bool {
        self.app.dispatch_plan(cmd)
    }
}

#[component]
pub fn GanttChart() -> impl IntoView {
    let app = use_app();
    let g = move || app.locale.get().gantt();
    let t0 = now_ms();
    let analysis = app.analysis;
    let ppd = RwSignal::new(Zoom::Week.px_per_day());
    let scale = Memo::new(move |_| {
        let (lo, hi) = analysis.with(|a| a.as_ref().map(|a| a.span)).unwrap_or((app.today, app.today));
        let (ps, pe) =
            app.with_ws(|w| app.current_id().and_then(|id| w.plan(&id).map(|p| (p.start, p.end)))).unwrap_or((lo, hi));
        let origin = lo.min(ps).min(app.today).add_days(-14);
        let end = hi.max(pe).max(app.today).add_days(45);
        Scale { origin, ppd: ppd.get(), days: origin.days_until(end) + 1 }
    });
    let ctx = Ctx {
        app,
        analysis,
        scale,
        preview: RwSignal::new(HashMap::new()),
        drag: RwSignal::new(None),
        selected: RwSignal::new(None),
        critical_on: RwSignal::new(true),
        baseline_on: RwSignal::new(true),
        collapsed: RwSignal::new(HashSet::new()),
        link_edit: RwSignal::new(None),
        details: RwSignal::new(None),
        scroll_left: RwSignal::new(0.0),
        scroll_top: RwSignal::new(0.0),
        // A close first guess (the CSS sizes the scroller from the window),
        // so the first render already fills the view; measured on mount.
        view_w: RwSignal::new(window_size().0 - 50.0),
        view_h: RwSignal::new((window_size().1 - 250.0).max(380.0)),
        pos_of: Memo::new(|_| vec![]),
        network: StoredValue::new(None),
        hover: RwSignal::new(None),
        left_w: RwSignal::new(phone_cap(
            crate::storage::read_layout(LAYOUT)
                .widths
                .get("outline")
                .map_or(LEFT_W, |w| f64::from(*w).clamp(LEFT_MIN, LEFT_MAX)),
        )),
    };
    let filters = RwSignal::new(Filters::default());
    // The shown rows: collapsed subtrees hidden; with filters, the matching
    // items and the summary rows above them, so each keeps its context.
    let order = Memo::new(move |_| {
        let f = filters.get();
        ctx.collapsed.with(|c| {
            analysis.with(|a| {
                let Some(a) = a.as_ref() else { return vec![] };
                ctx.with_plan(|p| shown_rows(p, a, c, &f)).unwrap_or_default()
            })
        })
    });
    let pos_of = Memo::new(move |_| {
        let n = analysis.with(|a| a.as_ref().map(|a| a.rows.len()).unwrap_or(0));
        let mut v = vec![u32::MAX; n];
        order.with(|o| {
            for (p, &i) in o.iter().enumerate() {
                v[i] = p as u32;
            }
        });
        v
    });
    let ctx = Ctx { pos_of, ..ctx };
    provide_context(ctx);

    let scroller = NodeRef::<leptos::html::Div>::new();
    let measure = move || {
        if let Some(el) = scroller.get_untracked() {
            // Never more than the window: without its style sheet the
            // scroller would grow to the whole chart and render every row.
            let (ww, wh) = window_size();
            ctx.view_w.set((el.client_width() as f64).min(ww).max(320.0));
            ctx.view_h.set((el.client_height() as f64).min(wh).max(200.0));
        }
    };
    Effect::new(move |_| {
        if scroller.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let on_scroll = move |_| {
        if let Some(el) = scroller.get_untracked() {
            ctx.scroll_left.set(el.scroll_left() as f64);
            ctx.scroll_top.set(el.scroll_top() as f64);
        }
    };
    // Rows in view, as (position, item index, id).
    let window = Memo::new(move |_| {
        let n = order.with(Vec::len);
        let first = ((ctx.scroll_top.get() / ROW_H) as usize).saturating_sub(OVERSCAN).min(n);
        let count = ((ctx.view_h.get() - HEAD_H) / ROW_H).ceil() as usize + 2 * OVERSCAN;
        let last = (first + count).min(n);
        order.with(|o| {
            analysis.with(|a| {
                let Some(a) = a.as_ref() else { return vec![] };
                ctx.with_plan(|p| {
                    (first..last).map(|pos| (pos, o[pos], p.work_items[o[pos]].id.clone())).collect::<Vec<_>>()
                })
                .unwrap_or_default()
                .into_iter()
                .filter(|(_, i, _): &(usize, usize, Id)| *i < a.rows.len())
                .collect::<Vec<_>>()
            })
        })
    });

    // Scroll so that `day` is near the left edge. Runs on the next frame,
    // which may come after the chart is gone: every read is a `try_`.
    let scroll_to_day = move |day: Day| {
        if let (Some(el), Some(scale)) = (scroller.try_get_untracked().flatten(), scale.try_get_untracked()) {
            let x = (scale.x(day) - 40.0).max(0.0);
            el.set_scroll_left(x as i32);
            let _ = ctx.scroll_left.try_set(el.scroll_left() as f64);
        }
    };
    let set_zoom = move |new_ppd: f64| {
        // Keep the day at the left edge where it is.
        let left_day = scale.get_untracked().day_at(ctx.scroll_left.get_untracked() + 40.0);
        ppd.set(new_ppd);
        request_animation_frame(move || scroll_to_day(left_day));
    };
    let fit = move || {
        let (lo, hi) = analysis.with_untracked(|a| a.as_ref().map(|a| a.span)).unwrap_or((app.today, app.today));
        let avail = ctx.view_w.get_untracked() - ctx.left_w.get_untracked() - 60.0;
        let days = (lo.days_until(hi) + 1).max(1) as f64;
        ppd.set((avail / days).clamp(0.6, 60.0));
        request_animation_frame(move || scroll_to_day(lo));
    };
    // Open where a planner looks first (`opening_day`). The first render
    // already uses that scroll position; mounting applies it.
    let span = analysis.with_untracked(|a| a.as_ref().map(|a| a.span)).unwrap_or((app.today, app.today));
    let first_day = crate::model::schedule::analysis::opening_day(span, app.today);
    let first_left = (scale.get_untracked().x(first_day) - 40.0).max(0.0);
    ctx.scroll_left.set(first_left);
    // Once, when the scroller is in the page: a page from a chunk is built
    // before it is mounted, so the first run may not find it yet.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(el) = scroller.get() else { return false };
        el.set_scroll_left(first_left as i32);
        request_animation_frame(move || set_metric("ganttPaintMs", now_ms() - t0));
        true
    });

    bars::install_drag_listeners(ctx);

    let shown = move || order.with(Vec::len);
    let total = move || analysis.with(|a| a.as_ref().map(|a| a.rows.len()).unwrap_or(0));
    let canvas_style = move || {
        format!(
            "width:{}px;height:{}px",
            ctx.left_w.get() + scale.with(Scale::width),
            HEAD_H + shown() as f64 * ROW_H + ROW_H
        )
    };
    let view_style = move || format!("width:{}px;height:{}px", ctx.view_w.get(), ctx.view_h.get());

    let on_keydown = move |e: web_sys::KeyboardEvent| on_key(ctx, order, pos_of, scroller, e);

    let cycle = move || {
        analysis.with(|a| a.as_ref().and_then(|a| a.cycle.clone())).map(|ids| {
            ctx.with_plan(|p| {
                ids.iter()
                    .map(|id| p.item(id).map(|w| w.title.clone()).unwrap_or_else(|| id.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
            .join(" → ")
        })
    };
    view! {
        <section class="gantt-page" data-testid="gantt">
            {toolbar(ctx, ppd, set_zoom, fit, scroll_to_day, window)}
            <FilterBar filters=filters shown=Signal::derive(shown) total=Signal::derive(total) />
            {move || {
                cycle()
                    .map(|c| {
                        view! {
                            <div class="banner error" role="alert">
                                {g().cycle_warning}
                                " "
                                {c}
                            </div>
                        }
                    })
            }}
            <p class="hint">{move || g().drag_hint}</p>
            <div
                class="gantt-scroll"
                node_ref=scroller
                tabindex="0"
                on:scroll=on_scroll
                on:keydown=on_keydown
                data-testid="gantt-scroll"
            >
                <div class="gantt-canvas" style=canvas_style>
                    <div class="gantt-view" style=view_style>
                        <bars::Timeline window=window />
                        <Tree window=window />
                    </div>
                </div>
                {move || (total() == 0).then(|| view! { <div class="gantt-empty">{g().empty_chart}</div> })}
                {move || (total() > 0 && shown() == 0).then(|| view! { <div class="gantt-empty">{g().no_match}</div> })}
            </div>
            <bars::DragTip />
            <link_editor::LinkEditor />
            <ItemDetails open=ctx.details />
        </section>
    }
}

// Keyboard: arrows select, Alt+←/→ moves a day, Alt+Shift+←/→ resizes,
// Enter opens the details, ←/→ alone collapse and expand a summary row.
fn on_key(
    ctx: Ctx,
    order: Memo<Vec<usize>>,
    pos_of: Memo<Vec<u32>>,
    scroller: NodeRef<leptos::html::Div>,
    e: web_sys::KeyboardEvent,
) {
    let analysis = ctx.analysis;
    if e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON"))
    {
        return;
    }
    let key = e.key();
    let sel = ctx.selected.get_untracked();
    let sel_idx = sel.as_ref().and_then(|id| analysis.with_untracked(|a| a.as_ref()?.index.get(id).copied()));
    let sel_pos = sel_idx.and_then(|i| pos_of.with_untracked(|p| p.get(i).copied())).filter(|p| *p != u32::MAX);
    let select_pos = |pos: usize| {
        let Some(i) = order.with_untracked(|o| o.get(pos).copied()) else { return };
        let id = ctx.with_plan_untracked(|p| p.work_items[i].id.clone());
        ctx.selected.set(id);
        ctx.reveal(i);
        if let Some(el) = scroller.get_untracked() {
            let top = pos as f64 * ROW_H;
            let st = el.scroll_top() as f64;
            let body_h = ctx.view_h.get_untracked() - HEAD_H;
            if top < st {
                el.set_scroll_top(top as i32);
            } else if top + ROW_H > st + body_h {
                el.set_scroll_top((top + ROW_H - body_h) as i32);
            }
        }
    };
    match key.as_str() {
        "ArrowDown" | "ArrowUp" if !e.alt_key() => {
            e.prevent_default();
            let n = order.with_untracked(Vec::len);
            if n == 0 {
                return;
            }
            let next = match (sel_pos, key.as_str()) {
                (None, _) => 0,
                (Some(p), "ArrowDown") => (p as usize + 1).min(n - 1),
                (Some(p), _) => (p as usize).saturating_sub(1),
            };
            select_pos(next);
        }
        "ArrowLeft" | "ArrowRight" if e.alt_key() => {
            e.prevent_default();
            let (Some(id), Some(i)) = (sel, sel_idx) else { return };
            let step = if key == "ArrowRight" { 1 } else { -1 };
            let Some((s, en, summary, milestone)) = ctx.with_plan_untracked(|p| {
                let w = &p.work_items[i];
                (
                    w.start,
                    w.end,
                    analysis.with_untracked(|a| a.as_ref().is_some_and(|a| a.rows[i].summary)),
                    w.milestone,
                )
            }) else {
                return;
            };
            let moved = key_move(id, (s, en), step > 0, e.shift_key(), summary, milestone);
            if let Some(cmd) = move_command(&moved) {
                ctx.dispatch(cmd);
            }
        }
        "ArrowLeft" | "ArrowRight" => {
            let Some(id) = sel else { return };
            let is_summary =
                sel_idx.is_some_and(|i| analysis.with_untracked(|a| a.as_ref().is_some_and(|a| a.rows[i].summary)));
            if is_summary {
                e.prevent_default();
                ctx.collapsed.update(|c| {
                    if key == "ArrowLeft" {
                        c.insert(id);
                    } else {
                        c.remove(&id);
                    }
                });
            }
        }
        "Enter" => {
            if let Some(id) = sel {
                e.prevent_default();
                ctx.details.set(Some(id));
            }
        }
        "Escape" => {
            ctx.link_edit.set(None);
        }
        _ => {}
    }
}

/// The chart's toolbar: zoom and fit, today, the critical path, the
/// baseline (shown, captured), expand and collapse all, PNG and CSV export.
fn toolbar(
    ctx: Ctx,
    ppd: RwSignal<f64>,
    set_zoom: impl Fn(f64) + Copy + Send + Sync + 'static,
    fit: impl Fn() + Copy + Send + Sync + 'static,
    scroll_to_day: impl Fn(Day) + Copy + Send + Sync + 'static,
    window: Memo<Vec<(usize, usize, Id)>>,
) -> impl IntoView {
    let app = ctx.app;
    let analysis = ctx.analysis;
    let g = move || app.locale.get().gantt();
    let capture_baseline = move |_| {
        let l = app.locale.get_untracked();
        let name = fill(l.gantt().baseline_name, "date", &fmt_date_short(l, app.today));
        let baseline = crate::model::schedule::data::Baseline { id: new_id(), name, taken: app.today, items: vec![] };
        if ctx.dispatch(PlanCommand::CaptureBaseline { baseline }) {
            ctx.baseline_on.set(true);
        }
    };
    let has_baseline = move || ctx.with_plan(|p| !p.baselines.is_empty()).unwrap_or(false);
    let baseline_label = move || ctx.with_plan(|p| p.baselines.last().map(|b| b.name.clone())).flatten();
    let zoom_now = move || Zoom::for_ppd(ppd.get());
    let collapse_all = move |collapse: bool| {
        if collapse {
            let ids = ctx
                .with_plan_untracked(|p| {
                    analysis.with_untracked(|a| {
                        a.as_ref()
                            .map(|a| {
                                p.work_items
                                    .iter()
                                    .zip(&a.rows)
                                    .filter(|(_, r)| r.summary)
                                    .map(|(w, _)| w.id.clone())
                                    .collect::<HashSet<_>>()
                            })
                            .unwrap_or_default()
                    })
                })
                .unwrap_or_default();
            ctx.collapsed.set(ids);
        } else {
            ctx.collapsed.set(HashSet::new());
        }
    };

    view! {
        <div class="toolbar gantt-toolbar">
            <div class="seg" role="group" aria-label=move || g().zoom>
                {Zoom::ALL
                    .into_iter()
                    .map(|z| {
                        let label = move || match z {
                            Zoom::Day => g().zoom_day,
                            Zoom::Week => g().zoom_week,
                            Zoom::Month => g().zoom_month,
                            Zoom::Quarter => g().zoom_quarter,
                        };
                        view! {
                            <button
                                class="seg-btn"
                                data-zoom=z.slug()
                                class:on=move || zoom_now() == z
                                aria-pressed=move || (zoom_now() == z).to_string()
                                on:click=move |_| set_zoom(z.px_per_day())
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
                <button class="seg-btn" data-action="fit" on:click=move |_| fit()>
                    {move || g().fit_plan}
                </button>
            </div>
            <button class="btn" data-action="today" on:click=move |_| scroll_to_day(app.today.add_days(-7))>
                {move || g().today}
            </button>
            <span class="sep"></span>
            <label class="check">
                <input
                    type="checkbox"
                    data-action="critical"
                    prop:checked=move || ctx.critical_on.get()
                    on:change=move |e| ctx.critical_on.set(event_target_checked(&e))
                />
                {move || g().critical_path}
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    data-action="baseline"
                    prop:checked=move || ctx.baseline_on.get()
                    disabled=move || !has_baseline()
                    on:change=move |e| ctx.baseline_on.set(event_target_checked(&e))
                />
                {move || g().show_baseline}
                {move || baseline_label().map(|n| view! { <span class="muted">" · " {n}</span> })}
            </label>
            <button class="btn" data-action="capture-baseline" on:click=capture_baseline>
                {move || g().capture_baseline}
            </button>
            <span class="sep"></span>
            <button class="btn" data-action="expand-all" on:click=move |_| collapse_all(false)>
                {move || g().expand_all}
            </button>
            <button class="btn" data-action="collapse-all" on:click=move |_| collapse_all(true)>
                {move || g().collapse_all}
            </button>
            <span class="grow"></span>
            <button
                class="btn"
                data-action="export-png"
                on:click=move |_| export::export_png(ctx, window.get_untracked())
            >
                {move || g().export_png}
            </button>
            <button class="btn" data-action="export-csv" on:click=move |_| export::export_csv(ctx)>
                {move || g().export_csv}
            </button>
            <button class="btn" data-action="export-xlsx" on:click=move |_| export::export_xlsx(ctx)>
                {move || g().export_xlsx}
            </button>
        </div>
    }
}

#[component]
fn FilterBar(filters: RwSignal<Filters>, shown: Signal<usize>, total: Signal<usize>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let app = ctx.app;
    let g = move || app.locale.get().gantt();
    let phases = app.plan_memo(|p| p.phases.iter().map(|x| (x.id.clone(), x.name.clone())).collect::<Vec<_>>());
    let people = app.people_memo();
    let channels = app.plan_memo(Plan::channels);
    let opt = |v: String| if v.is_empty() { None } else { Some(v) };
    let select = move |label: fn(&crate::i18n::gantt::GanttTexts) -> &'static str,
                       key: &'static str,
                       options: Memo<Vec<(String, String)>>,
                       current: fn(&Filters) -> Option<String>,
                       set: fn(&mut Filters, Option<String>)| {
        view! {
            <label class="filter">
                <span>{move || label(g())}</span>
                <select
                    data-filter=key
                    prop:value=move || filters.with(current).unwrap_or_default()
                    on:change=move |e| {
                        let v = opt(event_target_value(&e));
                        filters.update(|f| set(f, v));
                    }
                >
                    <option value="">{move || g().all}</option>
                    <For each=move || options.get() key=|o| o.clone() let:o>
                        <option value=o.0.clone()>{o.1.clone()}</option>
                    </For>
                </select>
            </label>
        }
    };
    let statuses = Memo::new(move |_| {
        let l = app.locale.get();
        Status::ALL.iter().map(|s| (format!("{s:?}"), status_name(l, *s).to_string())).collect::<Vec<_>>()
    });
    let channel_opts = Memo::new(move |_| channels.get().into_iter().map(|c| (c.clone(), c)).collect::<Vec<_>>());
    view! {
        <div class="filter-bar" data-testid="filters">
            {select(|g| g.filter_phase, "phase", phases, |f| f.phase.clone(), |f, v| f.phase = v)}
            {select(|g| g.filter_owner, "owner", people, |f| f.owner.clone(), |f, v| f.owner = v)}
            {select(
                |g| g.filter_status,
                "status",
                statuses,
                |f| f.status.map(|s| format!("{s:?}")),
                |f, v| f.status = v.and_then(|s| crate::ui::kit::choice::parse_choice(&Status::ALL, &s)),
            )}
            {select(|g| g.filter_channel, "channel", channel_opts, |f| f.channel.clone(), |f, v| f.channel = v)}
            <label class="check">
                <input
                    type="checkbox"
                    data-filter="critical"
                    prop:checked=move || filters.with(|f| f.only_critical)
                    on:change=move |e| {
                        let on = event_target_checked(&e);
                        filters.update(|f| f.only_critical = on);
                    }
                />
                {move || g().only_critical}
            </label>
            {move || {
                filters
                    .with(Filters::is_active)
                    .then(|| {
                        view! {
                            <button
                                class="btn small"
                                data-action="clear-filters"
                                on:click=move |_| filters.set(Filters::default())
                            >
                                {g().clear_filters}
                            </button>
                        }
                    })
            }}
            <span class="muted shown-count" data-testid="shown-count">
                {move || fill(
                    &fill(g().shown_of, "n", &fmt_int(shown.get() as i64)),
                    "total",
                    &fmt_int(total.get() as i64),
                )}
            </span>
        </div>
    }
}

/// The outline's right edge: drag to widen the titles (remembered),
/// double-click for the default width.
fn outline_edge(ctx: Ctx) -> impl IntoView {
    let save = move || {
        let mut l = crate::storage::read_layout(LAYOUT);
        l.widths.insert("outline".into(), ctx.left_w.get_untracked().round() as u16);
        // A preference that cannot be kept is only lost for the next visit.
        let _ = crate::storage::save_layout(LAYOUT, &l);
    };
    crate::ui::kit::resize_handle::resize_handle(
        "gantt-split",
        Some("gantt-split"),
        move || ctx.left_w.get_untracked(),
        move |w| ctx.left_w.set(w.clamp(LEFT_MIN, LEFT_MAX)),
        save,
        move || {
            ctx.left_w.set(LEFT_W);
            save();
        },
    )
}

/// The outline beside the timeline: title with its tree caret, owner, dates.
#[component]
fn Tree(window: Memo<Vec<(usize, usize, Id)>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let app = ctx.app;
    let g = move || app.locale.get().gantt();
    let body_style = move || format!("transform:translateY({}px)", -ctx.scroll_top.get());
    view! {
        <div class="gantt-tree" style=move || format!("width:{}px", ctx.left_w.get())>
            {outline_edge(ctx)}
            <div class="gantt-tree-head" style=format!("height:{HEAD_H}px")>
                <span class="c-title">{move || g().col_title}</span>
                <span class="c-owner">{move || g().col_owner}</span>
                <span class="c-date">{move || g().col_start}</span>
                <span class="c-date">{move || g().col_end}</span>
            </div>
            <div class="gantt-tree-clip" style=format!("top:{HEAD_H}px")>
                <div class="gantt-tree-body" style=body_style>
                    <For each=move || window.get() key=|k| k.clone() let:k>
                        <TreeRow pos=k.0 idx=k.1 id=k.2 />
                    </For>
                </div>
            </div>
        </div>
    }
}

#[component]
fn TreeRow(pos: usize, idx: usize, id: Id) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let app = ctx.app;
    let info = Memo::new(move |_| {
        ctx.with_plan(|p| {
            let w = p.work_items.get(idx)?;
            let owner = w.owner.as_deref().and_then(|o| p.person(o)).map(|x| x.name.clone()).unwrap_or_default();
            Some((w.title.clone(), owner, w.milestone))
        })
        .flatten()
    });
    let row = Memo::new(move |_| analysis_row(ctx, idx));
    let dates = move || ctx.dates(idx);
    let id2 = id.clone();
    let selected = Memo::new(move |_| ctx.selected.with(|s| s.as_deref() == Some(id2.as_str())));
    let id3 = id.clone();
    let collapsed = Memo::new(move |_| ctx.collapsed.with(|c| c.contains(&id3)));
    let id4 = id.clone();
    let toggle = move |e: web_sys::MouseEvent| {
        e.stop_propagation();
        let id = id4.clone();
        ctx.collapsed.update(|c| {
            if !c.remove(&id) {
                c.insert(id);
            }
        });
    };
    let id5 = id.clone();
    let id6 = id.clone();
    let style = format!("top:{}px;height:{ROW_H}px", pos as f64 * ROW_H);
    view! {
        <div
            class="gantt-row"
            class:selected=move || selected.get()
            class:summary=move || row.get().is_some_and(|r| r.0)
            class:critical=move || ctx.critical_on.get() && row.get().is_some_and(|r| r.2)
            style=style
            data-id=id.clone()
            data-pos=pos
            data-start=move || dates().map(|d| d.0.to_string())
            data-end=move || dates().map(|d| d.1.to_string())
            on:click=move |_| {
                ctx.selected.set(Some(id5.clone()));
                ctx.reveal(idx);
            }
            on:dblclick=move |_| ctx.details.set(Some(id6.clone()))
        >
            <span
                class="c-title"
                style=move || format!("padding-left:{}px", 6 + row.get().map(|r| r.1 as usize).unwrap_or(0) * 16)
            >
                {move || {
                    if row.get().is_some_and(|r| r.0) {
                        view! {
                            <button
                                class="caret"
                                aria-expanded=move || (!collapsed.get()).to_string()
                                on:click=toggle.clone()
                            >
                                {move || if collapsed.get() { "▸" } else { "▾" }}
                            </button>
                        }
                            .into_any()
                    } else {
                        view! {
                            <span class="caret-space">
                                {move || if info.get().is_some_and(|i| i.2) { "◆" } else { "" }}
                            </span>
                        }
                            .into_any()
                    }
                }}
                <span class="title-text">{move || info.get().map(|i| i.0).unwrap_or_default()}</span>
            </span>
            <span class="c-owner">{move || info.get().map(|i| i.1).unwrap_or_default()}</span>
            <span class="c-date">
                {move || dates().map(|d| tree_date(app.locale.get(), app.today, d.0)).unwrap_or_default()}
            </span>
            <span class="c-date">
                {move || dates().map(|d| tree_date(app.locale.get(), app.today, d.1)).unwrap_or_default()}
            </span>
        </div>
    }
}

/// A date in the outline: short within this year, with the year otherwise
/// (a long plan spans several).
fn tree_date(l: Locale, today: Day, d: Day) -> String {
    if d.year() == today.year() {
        fmt_date_short(l, d)
    } else {
        crate::i18n::format::fmt_date_compact(l, d)
    }
}

/// (summary, depth, critical) of a row.
fn analysis_row(ctx: Ctx, idx: usize) -> Option<(bool, u8, bool)> {
    ctx.analysis.with(|a| a.as_ref().and_then(|a| a.rows.get(idx)).map(|r| (r.summary, r.depth, r.critical)))
}

/// Makes a new finish-to-start link from `pred` to `succ` (a connector drag).
pub fn link(ctx: Ctx, pred: Id, succ: Id) -> bool {
    let dep = Dependency { id: new_id(), pred, succ, kind: DepKind::FinishToStart, lag: 0 };
    ctx.dispatch(PlanCommand::AddDependency { dep })
}

/// Builds the drag-preview network for the current plan.
pub fn build_network(ctx: Ctx) {
    let net = ctx.with_plan_untracked(|p| ctx.analysis.with_untracked(|a| a.as_ref().map(|a| network(p, a)))).flatten();
    ctx.network.set_value(net);
}

fn window_size() -> (f64, f64) {
    let w = web_sys::window();
    let get = |v: Option<Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>>| {
        v.and_then(|r| r.ok()).and_then(|v| v.as_f64())
    };
    (
        get(w.as_ref().map(|w| w.inner_width())).unwrap_or(1280.0),
        get(w.as_ref().map(|w| w.inner_height())).unwrap_or(800.0),
    )
}
