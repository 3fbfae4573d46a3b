//! Form fields that edit one field of an entry in a card (the strategy
//! pages): a one-line text, a growing text, a select of an enum, a 1–5
//! rating and a checkbox, each committed on change as one command through
//! the row (`EditRow`). Must not know which entry it edits.

use crate::i18n::Locale;
use crate::ui::kit::choice::choice_options;
use crate::ui::kit::row::EditRow;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::fmt::Debug;

/// A one-line text field of an entry, committed on change.
pub fn text_in<T: Clone + PartialEq + Send + Sync + 'static>(
    e: EditRow<T>,
    get: fn(&T) -> String,
    set: fn(&mut T, String),
    label: &'static str,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <input
            type="text"
            data-field=key
            aria-label=label
            placeholder=label
            prop:value=move || e.with(|x| x.as_ref().map(get).unwrap_or_default())
            on:change=move |ev| {
                e.edit(app, |x| set(x, event_target_value(&ev)));
            }
        />
    }
}

/// A multi-line text field of an entry; grows with its text.
pub fn area_in<T: Clone + PartialEq + Send + Sync + 'static>(
    e: EditRow<T>,
    get: fn(&T) -> String,
    set: fn(&mut T, String),
    label: &'static str,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <textarea
            data-field=key
            rows="2"
            aria-label=label
            placeholder=label
            prop:value=move || e.with(|x| x.as_ref().map(get).unwrap_or_default())
            on:change=move |ev| {
                e.edit(app, |x| set(x, event_target_value(&ev)));
            }
        ></textarea>
    }
}

/// A `<select>` over a small enum field of an entry.
pub fn choice_in<T: Clone + PartialEq + Send + Sync + 'static, C: Copy + Debug + PartialEq + Send + Sync + 'static>(
    e: EditRow<T>,
    all: &'static [C],
    get: fn(&T) -> C,
    set: fn(&mut T, C),
    name: fn(Locale, C) -> &'static str,
    label: &'static str,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <select
            data-field=key
            aria-label=label
            on:change=move |ev| {
                if let Some(c) = crate::ui::kit::choice::parse_choice(all, &event_target_value(&ev)) {
                    e.edit(app, |x| set(x, c));
                }
            }
        >
            {choice_options(all, move |c| e.with(|x| x.as_ref().is_some_and(|x| get(x) == c)), name)}
        </select>
    }
}

/// A 1–5 rating as a select (`not_rated` adds 0, with that label).
pub fn rating_in<T: Clone + PartialEq + Send + Sync + 'static>(
    e: EditRow<T>,
    get: fn(&T) -> u8,
    set: fn(&mut T, u8),
    label: &'static str,
    key: &'static str,
    not_rated: Option<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let from = if not_rated.is_some() { 0 } else { 1 };
    view! {
        <select
            class="rating"
            data-field=key
            aria-label=label
            on:change=move |ev| {
                if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                    e.edit(app, |x| set(x, v));
                }
            }
        >
            {(from..=5u8)
                .map(|v| {
                    view! {
                        <option
                            value=v.to_string()
                            prop:selected=move || e.with(|x| x.as_ref().is_some_and(|x| get(x) == v))
                        >
                            {if v == 0 { not_rated.unwrap_or_default().to_string() } else { v.to_string() }}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// A checkbox bound to a flag of an entry.
pub fn check_in<T: Clone + PartialEq + Send + Sync + 'static>(
    e: EditRow<T>,
    get: fn(&T) -> bool,
    set: fn(&mut T, bool),
    label: &'static str,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <label class="check">
            <input
                type="checkbox"
                data-field=key
                prop:checked=move || e.with(|x| x.as_ref().is_some_and(get))
                on:change=move |ev| {
                    e.edit(app, |x| set(x, event_target_checked(&ev)));
                }
            />
            {label}
        </label>
    }
}
