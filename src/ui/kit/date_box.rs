//! The one date field: a text box showing the date in the app's language
//! (`2026-06-01` / `Jun 1, 2026`) that reads what people type (`6/1`,
//! `6月1日`, `2026/6/1`, `June 1`), with a calendar button for the browser's
//! picker. The browser's own `<input type=date>` shows its format, not the
//! app's (`mm/dd/yyyy` under a Chinese page), so it is only the picker.
//! Text that is not a date, or a date the plan refuses, stays in the box,
//! marked, with a message naming the field: nothing typed is lost. Must not
//! know which entity's date it edits.

use crate::i18n::format::{fmt_date_input, parse_date};
use crate::model::base::day::Day;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// `value` is the stored date; `commit` stores a new one (`None` = cleared,
/// only when `optional`) and says whether it was taken.
#[component]
pub fn DateBox(
    #[prop(into)] value: Signal<Option<Day>>,
    /// The field's name, for screen readers and the message.
    #[prop(into)]
    label: Signal<String>,
    /// `data-field` (or `data-col` in the outline), for tests and focus.
    key: &'static str,
    commit: Callback<Option<Day>, bool>,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional, into)] title: Signal<Option<String>>,
    /// Extra classes on the text box (`cell` in tables).
    #[prop(optional)]
    class: &'static str,
    /// The name of the key attribute: `data-field` unless the outline's `data-col`.
    #[prop(optional)]
    col: bool,
    /// What an empty optional field says ("未完成"), instead of an example
    /// date that could be read as a value.
    #[prop(optional)]
    empty: Option<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let shown = move || value.get().map(|d| fmt_date_input(app.locale.get(), d)).unwrap_or_default();
    let bad = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    // A new stored value (undo, another tab, a language switch) replaces
    // whatever was left in the box.
    Effect::new(move |_| {
        shown();
        bad.set(false);
    });
    let take = move |d: Option<Day>| {
        let ok = commit.run(d);
        bad.set(!ok);
        if ok {
            if let Some(el) = input.get_untracked() {
                el.set_value(&shown());
            }
        }
    };
    let on_change = move |_| {
        let Some(el) = input.get_untracked() else { return };
        let text = el.value();
        if text.trim().is_empty() {
            if optional {
                take(None);
            } else {
                el.set_value(&shown());
            }
            return;
        }
        let near = value.get_untracked().unwrap_or(app.today);
        match parse_date(&text, near) {
            Some(d) if value.get_untracked() == Some(d) => {
                bad.set(false);
                el.set_value(&shown());
            }
            Some(d) => take(Some(d)),
            None => {
                bad.set(true);
                let l = app.locale.get_untracked();
                app.error(crate::i18n::fill(
                    &crate::i18n::fill(l.texts().date_unreadable, "field", &label.get_untracked()),
                    "text",
                    text.trim(),
                ));
            }
        }
    };
    // The picker is made when asked for and gone when done: a table of
    // 500 rows carries no hidden inputs.
    let picking = RwSignal::new(false);
    let native = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = native.get() {
            el.set_value(&value.get_untracked().map(|d| d.to_string()).unwrap_or_default());
            // Still within the click's user activation.
            if el.show_picker().is_err() {
                picking.set(false);
            }
        }
    });
    let key_attr = move || if col { None } else { Some(key) };
    let col_attr = move || if col { Some(key) } else { None };
    view! {
        <span class="date-box" class:invalid=bad>
            <input
                type="text"
                node_ref=input
                class=class
                data-field=key_attr
                data-col=col_attr
                autocomplete="off"
                aria-label=move || label.get()
                aria-invalid=move || bad.get().then_some("true")
                title=move || title.get()
                disabled=move || disabled.get()
                placeholder=move || empty.unwrap_or(app.locale.get().texts().date_placeholder)
                prop:value=shown
                on:change=on_change
            />
            <button
                type="button"
                class="date-pick"
                tabindex="-1"
                data-action="pick-date"
                disabled=move || disabled.get()
                aria-label=move || app.locale.get().texts().pick_date
                title=move || app.locale.get().texts().pick_date
                on:click=move |_| picking.set(true)
            >
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                    <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" />
                    <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" />
                </svg>
            </button>
            <Show when=move || picking.get()>
                <input
                    type="date"
                    class="date-native"
                    tabindex="-1"
                    aria-hidden="true"
                    node_ref=native
                    on:change=move |ev| {
                        picking.set(false);
                        if let Some(d) = Day::parse(&event_target_value(&ev)) {
                            if value.get_untracked() != Some(d) {
                                take(Some(d));
                            }
                        }
                    }
                    on:blur=move |_| picking.set(false)
                />
            </Show>
        </span>
    }
}
