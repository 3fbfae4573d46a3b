//! Table cells that edit one field of a row (a KPI, a budget line, a risk):
//! a text box committed on change, a select of an enum's variants, a select
//! of linked entries. The row is a memo of the entry and the function that
//! stores a changed copy (one command, one undo step); nothing is sent when
//! the value did not change. Also the row's ↑/↓/× buttons and the section
//! card the tables sit in. Must not know which entry it edits.

use super::choice::{choice_options, parse_choice};
use super::state::{use_app, App};
use crate::i18n::Locale;
use crate::model::{Day, Id};
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
pub fn text_cell<T: Clone + PartialEq + Send + Sync + 'static>(
    row: Row<T>,
    label: &'static str,
    key: &'static str,
    get: fn(&T) -> String,
    set: fn(App, &mut T, String),
) -> impl IntoView {
    let app = use_app();
    view! {
        <td>
            <input type="text" data-field=key aria-label=label title=label prop:value=move || row.read(get)
                on:change=move |e| {
                    let v = event_target_value(&e);
                    row.edit(app, |x| set(app, x, v));
                    if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        el.set_value(&row.memo.with_untracked(|x| x.as_ref().map(get).unwrap_or_default()));
                    }
                }/>
        </td>
    }
}

/// A select of an enum's variants, named in the current language.
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
    view! {
        <td>
            <select data-field=key aria-label=label title=label on:change=move |e| {
                if let Some(c) = parse_choice(all, &event_target_value(&e)) { row.edit(app, |x| set(x, c)); }
            }>
                {choice_options(all, move |c| row.memo.with(|x| x.as_ref().is_some_and(|x| get(x) == c)), name)}
            </select>
        </td>
    }
}

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
    view! {
        <td>
            <select data-field=key aria-label=label title=label on:change=move |e| {
                let v = event_target_value(&e);
                row.edit(app, |x| set(x, (!v.is_empty()).then_some(v)));
            }>
                <option value="" prop:selected=move || row.memo.with(|x| x.as_ref().is_some_and(|x| get(x).is_none()))>{none}</option>
                {move || options.get().into_iter().map(|(id, name)| {
                    let i2 = id.clone();
                    view! { <option value=id prop:selected=move || row.memo.with(|x| x.as_ref().and_then(get).as_deref() == Some(i2.as_str()))>{name}</option> }
                }).collect_view()}
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
            <input type="date" data-field=key aria-label=label title=label
                prop:value=move || row.read(|x| get(x).map(|d| d.to_string()).unwrap_or_default())
                on:change=move |e| {
                    let v = event_target_value(&e);
                    row.edit(app, |x| set(x, Day::parse(&v)));
                }/>
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
        <button class="icon-btn small" data-action="up" title=up aria-label=up on:click=move |_| mv(true)>"↑"</button>
        <button class="icon-btn small" data-action="down" title=down aria-label=down on:click=move |_| mv(false)>"↓"</button>
        <button class="icon-btn small danger" data-action="remove" title=rm aria-label=rm on:click=move |_| remove()>"×"</button>
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
