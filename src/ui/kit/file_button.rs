//! The one "choose a file" button: a button that opens the browser's file
//! picker, whose input stays hidden (and out of the tab order), and hands
//! over the file chosen. The picker is emptied after each choice, so the
//! same file can be chosen again. Knows nothing of what the file holds.

use leptos::prelude::*;

pub fn file_button<L: IntoView + 'static>(
    label: L,
    action: &'static str,
    testid: &'static str,
    accept: &'static str,
    on_file: impl Fn(web_sys::File) + 'static,
) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    view! {
        <button
            class="btn"
            data-action=action
            on:click=move |_| {
                if let Some(i) = input.get() {
                    i.click();
                }
            }
        >
            {label}
        </button>
        <input
            type="file"
            accept=accept
            class="visually-hidden"
            node_ref=input
            data-testid=testid
            tabindex="-1"
            aria-hidden="true"
            on:change=move |ev| {
                let el: web_sys::HtmlInputElement = event_target(&ev);
                if let Some(f) = el.files().and_then(|l| l.get(0)) {
                    on_file(f);
                }
                el.set_value("");
            }
        />
    }
}
