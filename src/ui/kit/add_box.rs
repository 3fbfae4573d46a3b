//! The text box that adds an entry to a list on Enter or with its button,
//! then clears (and keeps the text when the entry is refused, so nothing
//! typed is lost). Shared by the strategy and monitoring pages; it knows
//! nothing of what it adds.

use leptos::prelude::*;

/// `key` names it for tests (`data-add`, `data-action="add-<key>"`).
pub fn add_box(
    key: String,
    placeholder: &'static str,
    add_label: &'static str,
    add: impl Fn(String) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move || {
        let Some(el) = input.get_untracked() else { return };
        let v = el.value();
        if !v.trim().is_empty() && add(v.trim().to_string()) {
            el.set_value("");
        }
    };
    view! {
        <div class="add-box">
            <input
                type="text"
                node_ref=input
                data-add=key.clone()
                placeholder=placeholder
                aria-label=placeholder
                on:keydown=move |e| {
                    if e.key() == "Enter" {
                        submit()
                    }
                }
            />
            <button class="btn" data-action=format!("add-{key}") on:click=move |_| submit()>
                {add_label}
            </button>
        </div>
    }
}
