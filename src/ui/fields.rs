//! Table cells that edit one field of a row (a KPI, a budget line, a risk):
//! a text box committed on change, a select of an enum's variants, a select
//! of linked entries. The row is a memo of the entry and the function that
//! stores a changed copy (one command, one undo step); nothing is sent when
//! the value did not change. Also the row's ↑/↓/× buttons and the section
//! card the tables sit in. Must not know which entry it edits.

use super::choice::parse_choice;
use super::state::{use_app, App};
use crate::i18n::Locale;
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use leptos::prelude::*;
use std::fmt::Debug;
use wasm_bindgen::JsCast;

/// An entry shown in a table row and the way to store a changed copy.
pub struct Row<T: Send + Sync + 'static> {
    pub memo: Memo<Option<T>>,
    pub put: fn(App, T) -> bool,
}

impl<T: Send + Sync + 'static> Clone for Row<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Row<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Row<T> {
    /// Applies `f` to a copy and stores it when it changed.
    pub fn edit(self, app: App, f: impl FnOnce(&mut T)) {
        let Some(old) = self.memo.get_untracked() else { return };
        let mut new = old.clone();
        f(&mut new);
        if new != old {
            (self.put)(app, new);
        }
    }
    pub fn read<R: Default>(self, f: impl FnOnce(&T) -> R) -> R {
        self.memo.with(|x| x.as_ref().map(f).unwrap_or_default())
    }
}

/// A text box; a refused value (a bad number) leaves it showing the stored one.
pub fn text_input<T: Clone + PartialEq + Send + Sync + 'static>(
    row: Row<T>,
    label: &'static str,
    key: &'static str,
    get: fn(&T) -> String,
    set: fn(App, &mut T, String),
) -> impl IntoView {
    let app = use_app();
    view! {
        <input
            type="text"
            data-field=key
            aria-label=label
            title=label
            prop:value=move || row.read(get)
            on:change=move |e| {
                let v = event_target_value(&e);
                row.edit(app, |x| set(app, x, v));
                if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                    el.set_value(&row.memo.with_untracked(|x| x.as_ref().map(get).unwrap_or_default()));
                }
            }
        />
    }
}

/// `text_input` in a table cell.
pub fn text_cell<T: Clone + PartialEq + Send + Sync + 'static>(
    row: Row<T>,
    label: &'static str,
    key: &'static str,
    get: fn(&T) -> String,
    set: fn(App, &mut T, String),
) -> impl IntoView {
    view! { <td>{text_input(row, label, key, get, set)}</td> }
}

// The selects below build plain `<option>`s with no reactive parts: a table
// of 500 rows would otherwise carry thousands of closures. The current value
// is marked `selected` when the options are built and kept by `prop:value`.

/// A select of an enum's variants, named in the current language (the page
/// is rebuilt when the language changes).
pub fn choice_cell<
    T: Clone + PartialEq + Send + Sync + 'static,
    C: Copy + Debug + PartialEq + Send + Sync + 'static,
>(
    row: Row<T>,
    all: &'static [C],
    label: &'static str,
    key: &'static str,
    get: fn(&T) -> C,
    set: fn(&mut T, C),
    name: fn(Locale, C) -> &'static str,
) -> impl IntoView {
    let app = use_app();
    let l = app.locale.get_untracked();
    let value = move || row.memo.with(|x| x.as_ref().map(|x| format!("{:?}", get(x)))).unwrap_or_default();
    let now = value_untracked(row, move |x| format!("{:?}", get(x)));
    view! {
        <td>
            <select
                data-field=key
                aria-label=label
                title=label
                prop:value=value
                on:change=move |e| {
                    if let Some(c) = parse_choice(all, &event_target_value(&e)) {
                        row.edit(app, |x| set(x, c));
                    }
                }
            >
                {all
                    .iter()
                    .map(|c| {
                        let v = format!("{c:?}");
                        view! {
                            <option selected=v == now value=v>
                                {name(l, *c)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </td>
    }
}

fn value_untracked<T: Send + Sync + 'static>(row: Row<T>, f: impl Fn(&T) -> String) -> String {
    row.memo.with_untracked(|x| x.as_ref().map(f)).unwrap_or_default()
}

/// Above this many options a link select starts with only its current one
/// and gets the rest when the pointer enters it or it takes focus: 500
/// budget lines × 300 work items would otherwise be 150,000 `<option>`s.
const LAZY_OVER: usize = 12;

/// A select of (id, name) pairs with a "none" first option.
pub fn link_cell<T: Clone + PartialEq + Send + Sync + 'static>(
    row: Row<T>,
    label: &'static str,
    key: &'static str,
    none: &'static str,
    options: Memo<Vec<(Id, String)>>,
    get: fn(&T) -> Option<Id>,
    set: fn(&mut T, Option<Id>),
) -> impl IntoView {
    let app = use_app();
    let full = RwSignal::new(false);
    let value = move || row.memo.with(|x| x.as_ref().and_then(get)).unwrap_or_default();
    // Rebuilt when the options change or the select fills up (and, while it
    // holds only the current option, when the value changes); each build
    // marks the value of that moment.
    let opts = move || {
        let lazy = !full.get() && options.with(|o| o.len() > LAZY_OVER);
        let now =
            if lazy { value() } else { row.memo.with_untracked(|x| x.as_ref().and_then(get)).unwrap_or_default() };
        options.with(|o| {
            o.iter()
                .filter(|(id, _)| !lazy || *id == now)
                .map(|(id, name)| {
                    view! {
                        <option selected=*id == now value=id.clone()>
                            {name.clone()}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <td>
            <select
                data-field=key
                aria-label=label
                title=label
                prop:value=value
                on:pointerenter=move |_| full.set(true)
                on:focus=move |_| full.set(true)
                on:change=move |e| {
                    let v = event_target_value(&e);
                    row.edit(app, |x| set(x, (!v.is_empty()).then_some(v)));
                }
            >
                <option value="">{none}</option>
                {opts}
            </select>
        </td>
    }
}

/// A date box (empty for none).
pub fn date_cell<T: Clone + PartialEq + Send + Sync + 'static>(
    row: Row<T>,
    label: &'static str,
    key: &'static str,
    get: fn(&T) -> Option<Day>,
    set: fn(&mut T, Option<Day>),
) -> impl IntoView {
    let app = use_app();
    view! {
        <td>
            <input
                type="date"
                data-field=key
                aria-label=label
                title=label
                prop:value=move || row.read(|x| get(x).map(|d| d.to_string()).unwrap_or_default())
                on:change=move |e| {
                    if let Ok(d) = app.read_day(&event_target_value(&e)) {
                        row.edit(app, |x| set(x, d));
                    }
                }
            />
        </td>
    }
}

/// ↑, ↓ and × for a row, with their (up, down, remove) labels: `mv(up)`
/// moves it, `remove` deletes it.
pub fn row_buttons(
    labels: (&'static str, &'static str, &'static str),
    mv: impl Fn(bool) + Copy + Send + Sync + 'static,
    remove: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (up, down, rm) = labels;
    view! {
        <button class="icon-btn small" data-action="up" title=up aria-label=up on:click=move |_| mv(true)>
            "↑"
        </button>
        <button class="icon-btn small" data-action="down" title=down aria-label=down on:click=move |_| mv(false)>
            "↓"
        </button>
        <button class="icon-btn small danger" data-action="remove" title=rm aria-label=rm on:click=move |_| remove()>
            "×"
        </button>
    }
}

/// A section card with its title and an optional help line.
pub fn section_card(
    key: &'static str,
    title: &'static str,
    help: Option<&'static str>,
    body: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <section class="card mon-card" data-section=key>
            <h2>{title}</h2>
            {help.map(|h| view! { <p class="hint">{h}</p> })}
            {body}
        </section>
    }
}

/// A long table shows its first `FIRST_ROWS` rows and a button for the rest:
/// a few hundred rows of inputs take seconds to lay out, and the checks and
/// totals above already speak for every row.
pub const FIRST_ROWS: usize = 100;

/// The ids to show (`all` or the first `FIRST_ROWS`) and the button that
/// shows the rest, labelled `more` with `{n}` for the total.
pub fn first_rows(ids: Memo<Vec<Id>>, all: RwSignal<bool>, more: &'static str) -> (Memo<Vec<Id>>, impl IntoView) {
    let shown = Memo::new(move |_| {
        let all = all.get();
        ids.with(|v| v.iter().take(if all { usize::MAX } else { FIRST_ROWS }).cloned().collect::<Vec<_>>())
    });
    let n = move || ids.with(Vec::len);
    let button = view! {
        <Show when=move || !all.get() && FIRST_ROWS < n()>
            <button class="btn small show-all" data-action="show-all-rows" on:click=move |_| all.set(true)>
                {move || crate::i18n::fill(more, "n", &n().to_string())}
            </button>
        </Show>
    };
    (shown, button)
}
