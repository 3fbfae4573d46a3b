//! Picking one value of a small enum (scenario, status, level) from a
//! `<select>`: the options, labelled in the current language, and reading
//! the choice back. Option values are the variants' names.

use crate::i18n::Locale;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::fmt::Debug;

/// The variant whose name is `v`.
pub fn parse_choice<T: Copy + Debug>(all: &[T], v: &str) -> Option<T> {
    all.iter().copied().find(|x| format!("{x:?}") == v)
}

/// One `<option>` per variant; `is_current` marks the selected one.
pub fn choice_options<T: Copy + Debug + Send + Sync + 'static>(
    all: &'static [T],
    is_current: impl Fn(T) -> bool + Copy + Send + Sync + 'static,
    label: fn(Locale, T) -> &'static str,
) -> impl IntoView {
    let app = use_app();
    all.iter()
        .map(|&x| {
            view! {
                <option value=format!("{x:?}") prop:selected=move || is_current(x)>
                    {move || label(app.locale.get(), x)}
                </option>
            }
        })
        .collect::<Vec<_>>()
}

/// Splits a typed list such as "小红书、抖音, B站" into its trimmed parts
/// (Chinese and Western commas, enumeration commas and semicolons).
pub fn split_list(v: &str) -> Vec<String> {
    v.split(['、', ',', '，', ';', '；']).map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect()
}
