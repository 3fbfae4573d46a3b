//! The work breakdown as an editable outline: one row per work item, edited
//! in place with the keyboard. Each row reads its own memo so an edit
//! re-renders only the rows it changed, and focus stays where the user is.

use crate::i18n::{level_name, status_name, Locale};
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::command::dispatch::PlanCommand;
use crate::model::schedule::commands::ItemField;
use crate::model::schedule::data::Level;
use crate::model::schedule::data::Status;
use crate::model::schedule::data::WorkItem;
use crate::ui::kit::choice::{choice_options, parse_choice};
use crate::ui::kit::date_box::DateBox;
use crate::ui::kit::resize_handle::resize_handle;
use crate::ui::state::{new_id, use_app, App, Notice};
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// Row height in px; `style/main.css` gives task rows exactly this height.
const ROW_H: f64 = 38.0;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 12;

#[derive(Clone, Debug, PartialEq)]
struct TaskLine {
    item: WorkItem,
    depth: usize,
    index: usize,
    overdue: bool,
    /// The predecessors cell, e.g. `3, 5SS+2`.
    preds: String,
    /// A parent: its dates, progress and status shown are rolled up from
    /// its children and are not edited here.
    summary: bool,
}

/// The outline's columns after the title, in their order. The title takes
/// whatever width they leave; each of these has a width the user can drag
/// (remembered in this browser), and any can be hidden or shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Level,
    Phase,
    Owner,
    Start,
    End,
    Status,
    Progress,
    Preds,
    Notes,
    Resources,
    Deliverable,
    Milestone,
    Fixed,
}

impl Col {
    const ALL: [Col; 13] = [
        Col::Level,
        Col::Phase,
        Col::Owner,
        Col::Start,
        Col::End,
        Col::Status,
        Col::Progress,
        Col::Preds,
        Col::Notes,
        Col::Resources,
        Col::Deliverable,
        Col::Milestone,
        Col::Fixed,
    ];
    fn key(self) -> &'static str {
        match self {
            Col::Level => "level",
            Col::Phase => "phase",
            Col::Owner => "owner",
            Col::Start => "start",
            Col::End => "end",
            Col::Status => "status",
            Col::Progress => "progress",
            Col::Preds => "preds",
            Col::Notes => "notes",
            Col::Resources => "resources",
            Col::Deliverable => "deliverable",
            Col::Milestone => "milestone",
            Col::Fixed => "fixed",
        }
    }
    /// Default width in px: enough for its content in the language shown.
    fn width(self, l: Locale) -> u16 {
        crate::i18n::gantt::outline_width(l, self.key())
    }
    /// Shown until the user chooses otherwise (the drawer's fields are not).
    fn default_shown(self) -> bool {
        !matches!(self, Col::Resources | Col::Deliverable | Col::Milestone | Col::Fixed)
    }
    fn label(self, app: App) -> &'static str {
        let (t, g) = (app.t(), app.locale.get().gantt());
        match self {
            Col::Level => t.col_level,
            Col::Phase => t.col_phase,
            Col::Owner => t.col_owner,
            Col::Start => t.col_start,
            Col::End => t.col_end,
            Col::Status => t.col_status,
            Col::Progress => t.col_progress,
            Col::Preds => t.col_preds,
            Col::Notes => t.col_notes,
            Col::Resources => g.f_resources,
            Col::Deliverable => g.deliverable,
            Col::Milestone => g.milestone,
            Col::Fixed => g.fixed_short,
        }
    }
}

/// The outline's remembered layout (storage key `tasks`).
const LAYOUT: &str = "tasks";
const MIN_W: u16 = 44;
const MAX_W: u16 = 640;
/// Fixed widths: the row number and the row's buttons.
const EDGE_W: u16 = 36 + 64;
/// The title never gets less than this; the table scrolls sideways instead.
const TITLE_MIN: u16 = 240;

#[derive(Clone, Copy)]
struct Layout {
    shown: Memo<Vec<Col>>,
    widths: RwSignal<std::collections::BTreeMap<String, u16>>,
    chosen: RwSignal<Option<Vec<String>>>,
}

impl Layout {
    fn load() -> Layout {
        let saved = crate::storage::read_layout(LAYOUT);
        let widths = RwSignal::new(saved.widths);
        let chosen = RwSignal::new(saved.columns);
        let shown = Memo::new(move |_| {
            chosen.with(|c| match c {
                Some(keys) => Col::ALL.into_iter().filter(|x| keys.iter().any(|k| k == x.key())).collect(),
                None => Col::ALL.into_iter().filter(|x| x.default_shown()).collect(),
            })
        });
        Layout { shown, widths, chosen }
    }
    fn width(self, c: Col, l: Locale) -> u16 {
        self.widths.with(|w| w.get(c.key()).copied()).unwrap_or(c.width(l)).clamp(MIN_W, MAX_W)
    }
    fn save(self) {
        let l =
            crate::storage::TableLayout { widths: self.widths.get_untracked(), columns: self.chosen.get_untracked() };
        // A preference that cannot be kept is only lost for the next visit.
        let _ = crate::storage::save_layout(LAYOUT, &l);
    }
    fn toggle(self, c: Col) {
        let now = self.shown.get_untracked();
        let keys = Col::ALL
            .into_iter()
            .filter(|x| if *x == c { !now.contains(x) } else { now.contains(x) })
            .map(|x| x.key().to_string())
            .collect();
        self.chosen.set(Some(keys));
        self.save();
    }
}

fn run(app: &App, cmd: PlanCommand) -> bool {
    app.dispatch_plan(cmd)
}

/// Adds a new item below `after` (or at the end) and asks for focus on it.
fn add_item(app: &App, after: Option<Id>, focus: RwSignal<Option<Id>>, selected: RwSignal<Option<Id>>) {
    let Some(plan_id) = app.current_id() else { return };
    let Some((item, after)) = app.with_ws_untracked(|w| {
        let p = w.plan(&plan_id)?;
        let anchor = after.as_deref().and_then(|a| p.item(a)).or(p.work_items.last());
        // Start no earlier than today (a new item is not born overdue), and
        // keep the neighbour's length, else a week.
        let len = anchor.map(|a| a.start.days_until(a.end)).unwrap_or(6);
        let start = anchor.map(|a| a.start).unwrap_or(p.start).max(app.today.min(p.end));
        let end = start.add_days(len);
        let item = WorkItem {
            phase: anchor.and_then(|a| a.phase.clone()),
            ..WorkItem::new(new_id(), app.locale.get_untracked().texts().new_item_title, Level::Activity, start, end)
        };
        Some((item, anchor.map(|a| a.id.clone())))
    }) else {
        return;
    };
    let id = item.id.clone();
    if run(app, PlanCommand::AddItem { item, after }) {
        selected.set(Some(id.clone()));
        focus.set(Some(id));
    }
}

#[component]
pub fn TaskList() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let selected: RwSignal<Option<Id>> = RwSignal::new(None);
    let focus: RwSignal<Option<Id>> = RwSignal::new(None);
    let rows = Memo::new(move |_| {
        let id = app.current_id()?;
        app.with_ws(|w| {
            let p = w.plan(&id)?;
            let mut map = HashMap::new();
            let mut order = Vec::with_capacity(p.work_items.len());
            let mut preds = crate::model::schedule::predecessors::format_all(p);
            let fresh;
            let shared = app.analysis.read();
            let rolled = match shared.as_ref() {
                Some(a) if a.rows.len() == p.work_items.len() => a,
                _ => {
                    fresh = crate::model::schedule::analysis::analyse(p);
                    &fresh
                }
            };
            for (index, w) in p.work_items.iter().enumerate() {
                order.push(w.id.clone());
                let r = &rolled.rows[index];
                let shown = if r.summary {
                    WorkItem { start: r.start, end: r.end, progress: r.progress, status: r.status, ..w.clone() }
                } else {
                    w.clone()
                };
                map.insert(
                    w.id.clone(),
                    TaskLine {
                        summary: r.summary,
                        item: shown,
                        depth: r.depth as usize,
                        index,
                        overdue: r.is_overdue(app.today),
                        preds: preds.remove(&w.id).unwrap_or_default(),
                    },
                );
            }
            Some((order, map))
        })
    });
    // Collapsed parents hide their descendants (a view choice, not saved).
    let collapsed: RwSignal<std::collections::HashSet<Id>> = RwSignal::new(Default::default());
    let details: RwSignal<Option<Id>> = RwSignal::new(None);
    let order = Memo::new(move |_| {
        collapsed.with(|c| {
            rows.with(|r| {
                let Some((order, map)) = r.as_ref() else { return vec![] };
                let row = |i: usize| &map[&order[i]];
                crate::model::schedule::analysis::unfolded(
                    order.len(),
                    |i| row(i).depth as u8,
                    |i| row(i).summary && c.contains(&order[i]),
                    |_| true,
                )
                .into_iter()
                .map(|i| order[i].clone())
                .collect()
            })
        })
    });
    // Only the rows in view (plus a margin) are in the DOM, so a plan of
    // thousands of items opens as fast as a small one. Rows have a fixed
    // height (ROW_H, matched in CSS) so positions are arithmetic.
    let wrap = NodeRef::<leptos::html::Div>::new();
    let scroll_top = RwSignal::new(0.0f64);
    let viewport_h = RwSignal::new(900.0f64);
    Effect::new(move |_| {
        if let Some(el) = wrap.get() {
            viewport_h.set(el.client_height().max(200) as f64);
        }
    });
    // Removed with the page: a listener left behind would write to this
    // page's disposed signals on the next resize and panic.
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(el) = wrap.try_get_untracked().flatten() {
            let _ = viewport_h.try_set(el.client_height().max(200) as f64);
        }
    });
    on_cleanup(move || resize.remove());
    let window = Memo::new(move |_| {
        let n = order.with(Vec::len);
        let first = ((scroll_top.get() / ROW_H) as usize).saturating_sub(OVERSCAN).min(n);
        let count = (viewport_h.get() / ROW_H) as usize + 2 * OVERSCAN;
        (first, (first + count).min(n), n)
    });
    let visible = Memo::new(move |_| {
        let (a, b, _) = window.get();
        order.with(|o| o[a..b].to_vec())
    });
    // Moving the window can detach and re-attach the focused row, which
    // drops focus: remember the cell and put focus back if it was lost.
    let last_cell: StoredValue<Option<(String, String)>> = StoredValue::new(None);
    let on_focusin = move |e: web_sys::FocusEvent| {
        let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let col = el.get_attribute("data-col");
        let row = el.closest("tr").ok().flatten().and_then(|tr| tr.get_attribute("data-id"));
        if let (Some(col), Some(row)) = (col, row) {
            last_cell.set_value(Some((row, col)));
        }
    };
    Effect::new(move |_| {
        visible.track();
        request_animation_frame(move || {
            let doc = document();
            let lost = doc.active_element().is_none_or(|a| a.tag_name() == "BODY");
            // The frame may come after the page is gone.
            if let (true, Some((row, col))) = (lost, last_cell.try_get_value().flatten()) {
                let sel = format!("tr[data-id=\"{row}\"] [data-col=\"{col}\"]");
                if let Ok(Some(el)) = doc.query_selector(&sel) {
                    focus_quietly(&el.unchecked_into());
                }
            }
        });
    });
    // A row asked to take focus must exist: scroll it into the window first.
    Effect::new(move |_| {
        let Some(id) = focus.get() else { return };
        let Some(i) = order.with_untracked(|o| o.iter().position(|x| *x == id)) else { return };
        let (a, b, _) = window.get_untracked();
        if i < a + 1 || i + 1 >= b {
            if let Some(el) = wrap.get_untracked() {
                let top = (i as f64 * ROW_H - viewport_h.get_untracked() / 2.0).max(0.0);
                el.set_scroll_top(top as i32);
                scroll_top.set(top);
            }
        }
    });
    // (id, name) of the plan's people or phases, for the owner and phase cells.
    let people = app.people_memo();
    let phases = app.plan_memo(|p| p.phases.iter().map(|x| (x.id.clone(), x.name.clone())).collect::<Vec<_>>());
    let on_selected = move |f: fn(Id) -> PlanCommand| {
        if let Some(id) = selected.get_untracked() {
            run(&app, f(id));
        }
    };
    let delete_selected = move || {
        if let Some(id) = selected.get_untracked() {
            if run(&app, PlanCommand::DeleteItem { id }) {
                selected.set(None);
                app.notice.set(Some(Notice::Info { text: app.t().item_deleted.to_string(), undo: true }));
            }
        }
    };
    // Arrow keys move between rows in the same column; Ctrl+Z in a cell with
    // nothing typed undoes the last change instead of the browser's text undo.
    let on_keydown = move |e: web_sys::KeyboardEvent| {
        let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let committed = el.get_attribute("data-committed");
        if committed.as_deref() == Some(el.value().as_str()) && app.undo_keys(&e) {
            return;
        }
        if el.type_() != "text" || e.alt_key() || e.ctrl_key() || e.shift_key() {
            return;
        }
        let delta: i64 = match e.key().as_str() {
            "ArrowUp" => -1,
            "ArrowDown" => 1,
            _ => return,
        };
        let (Some(col), Some(tr)) = (el.get_attribute("data-col"), el.closest("tr").ok().flatten()) else { return };
        // The neighbouring shown row (collapsed rows are not in the DOM).
        let sibling = if delta < 0 { tr.previous_element_sibling() } else { tr.next_element_sibling() };
        let target = sibling.and_then(|t| t.query_selector(&format!("[data-col=\"{col}\"]")).ok().flatten());
        if let Some(next) = target {
            e.prevent_default();
            let next: web_sys::HtmlElement = next.unchecked_into();
            focus_quietly(&next);
        }
    };
    let importing = RwSignal::new(false);
    let layout = Layout::load();
    view! {
        <section class="task-page" data-testid="task-list">
            <div class="toolbar">
                <button
                    class="btn primary"
                    data-action="add-item"
                    on:click=move |_| add_item(&app, selected.get_untracked(), focus, selected)
                >
                    "+ "
                    {move || t().add_item}
                </button>
                <span class="sep"></span>
                <button
                    class="btn"
                    data-action="outdent"
                    disabled=move || selected.get().is_none()
                    title="Alt+Shift+←"
                    on:click=move |_| on_selected(|id| PlanCommand::Outdent { id })
                >
                    "⇤ "
                    {move || t().outdent}
                </button>
                <button
                    class="btn"
                    data-action="indent"
                    disabled=move || selected.get().is_none()
                    title="Alt+Shift+→"
                    on:click=move |_| on_selected(|id| PlanCommand::Indent { id })
                >
                    "⇥ "
                    {move || t().indent}
                </button>
                <button
                    class="btn"
                    data-action="move-up"
                    disabled=move || selected.get().is_none()
                    title="Alt+↑"
                    on:click=move |_| on_selected(|id| PlanCommand::MoveItem {
                        id,
                        up: true,
                    })
                >
                    "↑ "
                    {move || t().move_up}
                </button>
                <button
                    class="btn"
                    data-action="move-down"
                    disabled=move || selected.get().is_none()
                    title="Alt+↓"
                    on:click=move |_| on_selected(|id| PlanCommand::MoveItem {
                        id,
                        up: false,
                    })
                >
                    "↓ "
                    {move || t().move_down}
                </button>
                <button
                    class="btn danger-outline"
                    data-action="delete-item"
                    disabled=move || selected.get().is_none()
                    on:click=move |_| delete_selected()
                >
                    {move || t().delete}
                </button>
                <button class="btn" data-action="open-sheet-import" on:click=move |_| importing.set(true)>
                    {move || app.locale.get().gantt().sheet_open}
                </button>
                <span class="hint">{move || t().keyboard_hint}</span>
            </div>
            {move || {
                importing
                    .get()
                    .then(|| view! { <crate::ui::chunk::Chunk load=move || super::sheet_import::lazy(importing) /> })
            }}
            <Show
                when=move || !order.with(|o| o.is_empty())
                fallback=move || view! { <p class="empty big">{t().no_items}</p> }
            >
                <div
                    class="table-wrap scroll"
                    node_ref=wrap
                    on:scroll=move |_| {
                        if let Some(el) = wrap.get_untracked() {
                            scroll_top.set(el.scroll_top() as f64);
                        }
                    }
                >
                    <table
                        class="grid tasks"
                        style=move || {
                            let cols: u16 = layout
                                .shown
                                .with(|s| s.iter().map(|c| layout.width(*c, app.locale.get())).sum());
                            format!("min-width:{}px", cols + EDGE_W + TITLE_MIN)
                        }
                        on:keydown=on_keydown
                        on:focusin=on_focusin
                    >
                        <colgroup>
                            <col style="width:36px" />
                            <col />
                            {move || {
                                layout
                                    .shown
                                    .get()
                                    .into_iter()
                                    .map(|c| {
                                        view! {
                                            <col style=move || {
                                                format!("width:{}px", layout.width(c, app.locale.get()))
                                            } />
                                        }
                                    })
                                    .collect_view()
                            }}
                            <col style="width:64px" />
                        </colgroup>
                        <thead>
                            <tr>
                                <th class="c-num">"#"</th>
                                <th class="c-title">{move || t().col_title}</th>
                                {move || {
                                    layout.shown.get().into_iter().map(|c| col_head(app, layout, c)).collect_view()
                                }}
                                <th class="c-act">{column_menu(app, layout)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <tr class="spacer" aria-hidden="true">
                                <td
                                    colspan=move || layout.shown.with(Vec::len) + 3
                                    style=move || format!("height:{}px", window.get().0 as f64 * ROW_H)
                                ></td>
                            </tr>
                            <For each=move || visible.get() key=|id| id.clone() let:id>
                                <TaskRow
                                    layout=layout
                                    id=id
                                    rows=rows
                                    people=people
                                    phases=phases
                                    selected=selected
                                    focus=focus
                                    collapsed=collapsed
                                    details=details
                                />
                            </For>
                            <tr class="spacer" aria-hidden="true">
                                <td
                                    colspan=move || layout.shown.with(Vec::len) + 3
                                    style=move || {
                                        let (_, b, n) = window.get();
                                        format!("height:{}px", (n - b) as f64 * ROW_H)
                                    }
                                ></td>
                            </tr>
                        </tbody>
                    </table>
                </div>
            </Show>
            <super::item_details::ItemDetails open=details />
        </section>
    }
}

/// A column's head with a handle on its right edge: drag to resize (the
/// width is remembered), double-click to go back to the default.
fn col_head(app: App, layout: Layout, c: Col) -> impl IntoView {
    let set = move |w: f64| {
        layout.widths.update(|m| {
            m.insert(c.key().to_string(), w.clamp(f64::from(MIN_W), f64::from(MAX_W)) as u16);
        })
    };
    let reset = move || {
        layout.widths.update(|m| {
            m.remove(c.key());
        });
        layout.save();
    };
    view! {
        <th class=format!("c-{}", c.key()) data-col-head=c.key()>
            <span class="th-label" title=move || c.label(app)>
                {move || c.label(app)}
            </span>
            {resize_handle(
                "col-resize",
                None,
                move || f64::from(layout.width(c, app.lang())),
                set,
                move || layout.save(),
                reset,
            )}
        </th>
    }
}

/// The columns menu: every column but the title, ticked when shown.
fn column_menu(app: App, layout: Layout) -> impl IntoView {
    let g = move || app.locale.get().gantt();
    view! {
        <details class="col-menu">
            <summary data-action="choose-columns" title=move || g().columns aria-label=move || g().columns>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                    <path d="M2 3h12v10H2zM6 3v10M10 3v10" fill="none" stroke="currentColor" />
                </svg>
            </summary>
            <div class="col-menu-list">
                <p class="muted">{move || g().columns}</p>
                {Col::ALL
                    .into_iter()
                    .map(|c| {
                        view! {
                            <label>
                                <input
                                    type="checkbox"
                                    data-column=c.key()
                                    prop:checked=move || layout.shown.with(|s| s.contains(&c))
                                    on:change=move |_| layout.toggle(c)
                                />
                                {move || c.label(app)}
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </details>
    }
}

/// Reads a typed predecessors cell and makes it the item's links (pushing
/// successors). Says what is wrong and changes nothing on bad input.
fn set_predecessors(app: &App, succ: &str, text: &str) -> bool {
    use crate::model::schedule::predecessors::links;
    use crate::model::schedule::predecessors::parse;
    let Some(plan_id) = app.current_id() else { return false };
    let parsed = app.with_ws_untracked(|w| {
        let p = w.plan(&plan_id)?;
        Some(parse(p, text).map(|wanted| links(p, succ, wanted, new_id)))
    });
    match parsed {
        Some(Ok(links)) => run(app, PlanCommand::SetPredecessors { succ: succ.to_string(), links }),
        Some(Err(e)) => {
            app.notice.set(Some(Notice::Error(crate::i18n::errors::pred_error(app.locale.get_untracked(), &e))));
            false
        }
        None => false,
    }
}

/// Focuses without the browser's own scrolling (which centres the element
/// and would jump the virtual window), then scrolls just enough.
fn focus_quietly(el: &web_sys::HtmlElement) {
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

type RowsMemo = Memo<Option<(Vec<Id>, HashMap<Id, TaskLine>)>>;

#[component]
fn TaskRow(
    layout: Layout,
    id: Id,
    rows: RowsMemo,
    people: Memo<Vec<(Id, String)>>,
    phases: Memo<Vec<(Id, String)>>,
    selected: RwSignal<Option<Id>>,
    focus: RwSignal<Option<Id>>,
    collapsed: RwSignal<std::collections::HashSet<Id>>,
    details: RwSignal<Option<Id>>,
) -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let key = id.clone();
    let row = Memo::new(move |_| rows.with(|r| r.as_ref().and_then(|r| r.1.get(&key).cloned())));
    let item = move || row.with(|r| r.as_ref().map(|r| r.item.clone()));
    let field =
        move |f: fn(&WorkItem) -> String| move || row.with(|r| r.as_ref().map(|r| f(&r.item)).unwrap_or_default());
    let id_s = StoredValue::new(id.clone());
    let set = move |f: ItemField| run(&app, PlanCommand::SetItem { id: id_s.get_value(), field: f });
    let title_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = title_ref.get() {
            if focus.get().as_deref() == Some(id_s.get_value().as_str()) {
                focus.set(None);
                let _ = el.focus();
                // The row may not be in the document yet, and its value is
                // set after this runs (which drops a selection): select the
                // title on the next frame so typing replaces it.
                request_animation_frame(move || {
                    let _ = el.focus();
                    el.select();
                });
            }
        }
    });
    let commit_title = move |el: &web_sys::HtmlInputElement| {
        let v = el.value();
        let v = v.trim();
        let old = item().map(|i| i.title).unwrap_or_default();
        if v.is_empty() {
            el.set_value(&old);
        } else if v != old {
            set(ItemField::Title(v.to_string()));
        }
    };
    let on_title_key = move |e: web_sys::KeyboardEvent| {
        let el: web_sys::HtmlInputElement = event_target(&e);
        let id = id_s.get_value();
        let k = e.key();
        let cmd = match (k.as_str(), e.alt_key(), e.shift_key()) {
            ("Enter", false, _) => {
                e.prevent_default();
                commit_title(&el);
                add_item(&app, Some(id), focus, selected);
                return;
            }
            ("Escape", _, _) => {
                el.set_value(&item().map(|i| i.title).unwrap_or_default());
                return;
            }
            ("ArrowRight", true, true) => PlanCommand::Indent { id },
            ("ArrowLeft", true, true) => PlanCommand::Outdent { id },
            ("ArrowUp", true, false) => PlanCommand::MoveItem { id, up: true },
            ("ArrowDown", true, false) => PlanCommand::MoveItem { id, up: false },
            _ => return,
        };
        e.prevent_default();
        commit_title(&el);
        run(&app, cmd);
        // Moving a row re-inserts its DOM node; keep the caret in it.
        let _ = el.focus();
    };
    let date_cell = move |col: &'static str, get: fn(&WorkItem) -> Day, make: fn(Day) -> ItemField| {
        let summary = Signal::derive(move || row.with(|r| r.as_ref().is_some_and(|r| r.summary)));
        view! {
            <DateBox
                value=Signal::derive(move || row.with(|r| r.as_ref().map(|r| get(&r.item))))
                label=Signal::derive(move || if col == "start" { t().col_start } else { t().col_end }.to_string())
                key=col
                col=true
                class="cell"
                disabled=summary
                title=Signal::derive(move || summary.get().then(|| app.locale.get().gantt().rolled_up.to_string()))
                commit=Callback::new(move |d: Option<Day>| d.is_some_and(|d| set(make(d))))
            />
        }
    };
    // A choice among the plan's phases or people, or none ("—").
    let ref_cell = move |col: &'static str,
                         list: Memo<Vec<(Id, String)>>,
                         get: fn(&WorkItem) -> Option<&str>,
                         make: fn(Option<Id>) -> ItemField| {
        let label = move || if col == "owner" { t().col_owner } else { t().col_phase };
        let unset = move || row.with(|r| r.as_ref().is_some_and(|r| get(&r.item).is_none()));
        view! {
            <select
                class="cell"
                data-col=col
                class:missing=move || col == "owner" && unset()
                aria-label=label
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    set(make((!v.is_empty()).then_some(v)));
                }
            >
                <option value="" prop:selected=unset>
                    {move || t().none}
                </option>
                {move || {
                    list.get()
                        .into_iter()
                        .map(|(pid, name)| {
                            let p2 = pid.clone();
                            view! {
                                <option
                                    value=pid
                                    prop:selected=move || {
                                        row.with(|r| r.as_ref().is_some_and(|r| get(&r.item) == Some(p2.as_str())))
                                    }
                                >
                                    {name}
                                </option>
                            }
                        })
                        .collect::<Vec<_>>()
                }}
            </select>
        }
    };
    // Built once; every part that changes reads the row memo, so editing a
    // cell never rebuilds the row and focus stays where the user put it.
    let on = move |f: fn(&TaskLine) -> bool| move || row.with(|r| r.as_ref().is_some_and(f));
    // One cell per shown column, built when the columns change (rarely);
    // every part that changes with the item reads the row memo.
    let text_field = move |c: Col, get: fn(&WorkItem) -> String, make: fn(String) -> ItemField| {
        view! {
            <td class=format!("c-{}", c.key())>
                <input
                    type="text"
                    class="cell"
                    data-col=c.key()
                    aria-label=move || c.label(app)
                    prop:value=field(get)
                    title=field(get)
                    data-committed=field(get)
                    on:change=move |ev| {
                        let el: web_sys::HtmlInputElement = event_target(&ev);
                        set(make(el.value()));
                    }
                />
            </td>
        }
        .into_any()
    };
    let flag_field = move |c: Col, get: fn(&WorkItem) -> bool, make: fn(bool) -> ItemField| {
        view! {
            <td class=format!("c-{} c-flag", c.key())>
                <input
                    type="checkbox"
                    data-col=c.key()
                    aria-label=move || c.label(app)
                    disabled=on(|r| r.summary)
                    prop:checked=move || row.with(|r| r.as_ref().is_some_and(|r| get(&r.item)))
                    on:change=move |ev| {
                        let el: web_sys::HtmlInputElement = event_target(&ev);
                        if !set(make(el.checked())) {
                            el.set_checked(!el.checked());
                        }
                    }
                />
            </td>
        }
        .into_any()
    };
    let cell = move |c: Col| -> AnyView {
        match c {
            Col::Level => view! {
                <td class="c-level">
                    <select
                        class="cell"
                        data-col="level"
                        aria-label=move || t().col_level
                        on:change=move |ev| {
                            if let Some(l) = parse_choice(&Level::ALL, &event_target_value(&ev)) {
                                if !set(ItemField::Level(l)) {
                                    let el: web_sys::HtmlSelectElement = event_target(&ev);
                                    el.set_value(&item().map(|i| format!("{:?}", i.level)).unwrap_or_default());
                                }
                            }
                        }
                    >
                        {choice_options(
                            &Level::ALL,
                            move |l| row.with(|r| r.as_ref().is_some_and(|r| r.item.level == l)),
                            level_name,
                        )}
                    </select>
                </td>
            }
            .into_any(),
            Col::Phase => {
                view! { <td class="c-phase">{ref_cell("phase", phases, |w| w.phase.as_deref(), ItemField::Phase)}</td> }
                    .into_any()
            }
            Col::Owner => {
                view! { <td class="c-owner">{ref_cell("owner", people, |w| w.owner.as_deref(), ItemField::Owner)}</td> }
                    .into_any()
            }
            Col::Start => {
                view! { <td class="c-date">{date_cell("start", |w| w.start, ItemField::Start)}</td> }.into_any()
            }
            Col::End => view! { <td class="c-date">{date_cell("end", |w| w.end, ItemField::End)}</td> }.into_any(),
            Col::Status => view! {
                <td class="c-status">
                    <select
                        class=move || {
                            row.with(|r| {
                                r.as_ref().map(|r| format!("cell status-select st-{:?}", r.item.status).to_lowercase())
                            })
                        }
                        data-col="status"
                        aria-label=move || t().col_status
                        disabled=on(|r| r.summary)
                        title=move || on(|r| r.summary)().then(|| app.locale.get().gantt().rolled_up)
                        on:change=move |ev| {
                            if let Some(st) = parse_choice(&Status::ALL, &event_target_value(&ev)) {
                                set(ItemField::Status(st, app.today));
                            }
                        }
                    >
                        {choice_options(
                            &Status::ALL,
                            move |st| row.with(|r| r.as_ref().is_some_and(|r| r.item.status == st)),
                            status_name,
                        )}
                    </select>
                </td>
            }
            .into_any(),
            Col::Progress => view! {
                <td class="c-progress">
                    <div class="progress-cell">
                        <input
                            type="number"
                            class="cell num"
                            data-col="progress"
                            min="0"
                            max="100"
                            step="5"
                            aria-label=move || t().col_progress
                            disabled=on(|r| r.summary)
                            prop:value=field(|w| w.progress.to_string())
                            data-committed=field(|w| w.progress.to_string())
                            on:change=move |ev| {
                                let el: web_sys::HtmlInputElement = event_target(&ev);
                                let v = el.value().trim().parse::<u8>().unwrap_or(u8::MAX);
                                if !set(ItemField::Progress(v, app.today)) {
                                    el.set_value(&item().map(|i| i.progress.to_string()).unwrap_or_default());
                                }
                            }
                        />
                        <span class="mini-meter">
                            <span style=move || {
                                row.with(|r| format!("width:{}%", r.as_ref().map(|r| r.item.progress).unwrap_or(0)))
                            }></span>
                        </span>
                    </div>
                </td>
            }
            .into_any(),
            Col::Preds => view! {
                <td class="c-preds">
                    <input
                        type="text"
                        class="cell"
                        data-col="preds"
                        aria-label=move || t().col_preds
                        title=move || t().preds_hint
                        prop:value=move || row.with(|r| r.as_ref().map(|r| r.preds.clone()).unwrap_or_default())
                        data-committed=move || row.with(|r| r.as_ref().map(|r| r.preds.clone()).unwrap_or_default())
                        on:change=move |ev| {
                            let el: web_sys::HtmlInputElement = event_target(&ev);
                            let old = row.with_untracked(|r| r.as_ref().map(|r| r.preds.clone()).unwrap_or_default());
                            if !set_predecessors(&app, &id_s.get_value(), &el.value()) {
                                el.set_value(&old);
                            }
                        }
                    />
                </td>
            }
            .into_any(),
            Col::Notes => text_field(c, |w| w.notes.clone(), ItemField::Notes),
            Col::Resources => text_field(c, |w| w.resources.clone(), ItemField::Resources),
            Col::Deliverable => text_field(c, |w| w.deliverable.clone(), ItemField::Deliverable),
            Col::Milestone => flag_field(c, |w| w.milestone, ItemField::Milestone),
            Col::Fixed => flag_field(c, |w| w.fixed, ItemField::Fixed),
        }
    };
    let sel_id = id.clone();
    let is_sel = {
        let row_id = id.clone();
        move || selected.get().as_deref() == Some(row_id.as_str())
    };
    view! {
        <tr
            data-index=move || row.with(|r| r.as_ref().map(|r| r.index))
            data-id=id.clone()
            class:selected=is_sel
            class:overdue=on(|r| r.overdue)
            class:lvl-strategy=on(|r| r.item.level == Level::Strategy)
            class:lvl-activity=on(|r| r.item.level == Level::Activity)
            class:lvl-action=on(|r| r.item.level == Level::Action)
            on:focusin=move |_| selected.set(Some(sel_id.clone()))
        >
            <td class="c-num muted">{move || row.with(|r| r.as_ref().map(|r| r.index + 1))}</td>
            <td class="c-title">
                <div
                    class="title-cell"
                    style=move || {
                        row.with(|r| format!("padding-left:{}px", 6 + r.as_ref().map(|r| r.depth).unwrap_or(0) * 22))
                    }
                >
                    {fold_toggle(app, on(|r| r.summary), collapsed, id_s)}
                    <input
                        type="text"
                        class="cell title-input"
                        data-col="title"
                        node_ref=title_ref
                        aria-label=move || t().col_title
                        title=field(|w| w.title.clone())
                        prop:value=field(|w| w.title.clone())
                        data-committed=field(|w| w.title.clone())
                        on:change=move |ev| commit_title(&event_target(&ev))
                        on:keydown=on_title_key
                    />
                    <Show when=on(|r| r.overdue)>
                        <span class="tag late">{move || t().overdue}</span>
                    </Show>
                </div>
            </td>
            {move || layout.shown.get().into_iter().map(cell).collect_view()}
            <td class="c-act">
                <button
                    class="icon-btn small details-btn"
                    data-action="open-details"
                    title=move || app.locale.get().gantt().open_details
                    aria-label=move || app.locale.get().gantt().open_details
                    on:click=move |_| details.set(Some(id_s.get_value()))
                >
                    "⋯"
                </button>
                <button
                    class="icon-btn small"
                    data-action="delete-row"
                    title=move || t().delete
                    aria-label=move || t().delete
                    on:click=move |_| {
                        if run(
                            &app,
                            PlanCommand::DeleteItem {
                                id: id_s.get_value(),
                            },
                        ) {
                            app.notice
                                .set(
                                    Some(Notice::Info {
                                        text: app.t().item_deleted.to_string(),
                                        undo: true,
                                    }),
                                );
                        }
                    }
                >
                    "×"
                </button>
            </td>
        </tr>
    }
}

/// A summary row's fold toggle (▾ open, ▸ folded); a dot on other rows.
fn fold_toggle(
    app: App,
    summary: impl Fn() -> bool + Send + Sync + 'static,
    collapsed: RwSignal<std::collections::HashSet<Id>>,
    id_s: StoredValue<Id>,
) -> impl IntoView {
    let t = move || app.t();
    view! {
        <Show
            when=summary
            fallback=|| {
                view! {
                    <span class="twisty" aria-hidden="true">
                        "·"
                    </span>
                }
            }
        >
            <button
                class="twisty toggle"
                data-action="toggle"
                aria-expanded=move || (!collapsed.with(|c| c.contains(&id_s.get_value()))).to_string()
                title=move || {
                    if collapsed.with(|c| c.contains(&id_s.get_value())) { t().expand } else { t().collapse }
                }
                on:click=move |_| {
                    collapsed
                        .update(|c| {
                            let id = id_s.get_value();
                            if !c.remove(&id) {
                                c.insert(id);
                            }
                        })
                }
            >
                {move || if collapsed.with(|c| c.contains(&id_s.get_value())) { "▸" } else { "▾" }}
            </button>
        </Show>
    }
}
