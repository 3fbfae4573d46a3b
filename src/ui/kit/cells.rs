//! Table cells that edit one field of a row (a KPI, a budget line, a risk):
//! a text box committed on change, a select of an enum's variants, a select
//! of linked entries, a date. The row (`EditRow`) is a memo of the entry and
//! the function that stores a changed copy (one command, one undo step);
//! nothing is sent when the value did not change. Must not know which entry
//! it edits.

use crate::i18n::Locale;
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::ui::kit::choice::parse_choice;
use crate::ui::kit::date_box::DateBox;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{use_app, App};
use leptos::prelude::*;
use std::fmt::Debug;
use wasm_bindgen::JsCast;

/// A text box; a refused value (a bad number) leaves it showing the stored one.
pub fn text_input<T: Clone + PartialEq + Send + Sync + 'static>(
    row: EditRow<T>,
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
            // The whole text on hover, for a value wider than its column.
            title=move || Some(row.read(get)).filter(|v| !v.is_empty()).unwrap_or_else(|| label.to_string())
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
    row: EditRow<T>,
    label: &'static str,
    key: &'static str,
    get: fn(&T) -> String,
    set: fn(App, &mut T, String),
) -> impl IntoView {
    view! { <td data-label=label>{text_input(row, label, key, get, set)}</td> }
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
    row: EditRow<T>,
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
        <td data-label=label>
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

fn value_untracked<T: Send + Sync + 'static>(row: EditRow<T>, f: impl Fn(&T) -> String) -> String {
    row.memo.with_untracked(|x| x.as_ref().map(f)).unwrap_or_default()
}

/// Above this many options a link select starts with only its current one
/// and gets the rest when the pointer enters it or it takes focus: 500
/// budget lines × 300 work items would otherwise be 150,000 `<option>`s.
const LAZY_OVER: usize = 12;

/// A select of (id, name) pairs with a "none" first option.
pub fn link_cell<T: Clone + PartialEq + Send + Sync + 'static>(
    row: EditRow<T>,
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
        <td data-label=label>
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
    row: EditRow<T>,
    label: &'static str,
    key: &'static str,
    get: fn(&T) -> Option<Day>,
    set: fn(&mut T, Option<Day>),
) -> impl IntoView {
    let app = use_app();
    view! {
        <td data-label=label>
            <DateBox
                value=Signal::derive(move || row.memo.with(|x| x.as_ref().and_then(get)))
                label=label.to_string()
                key=key
                optional=true
                commit=Callback::new(move |d: Option<Day>| row.edit(app, |x| set(x, d)))
            />
        </td>
    }
}
