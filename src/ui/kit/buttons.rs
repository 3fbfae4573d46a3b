//! The ↑/↓/× buttons of a row in a list or table: one set for every page.

use leptos::prelude::*;

/// ↑, ↓ and × for a row, with their (up, down, remove) labels: `mv(up)`
/// moves it, `remove` deletes it. Without `movable`, only ×.
pub fn row_buttons(
    labels: (&'static str, &'static str, &'static str),
    movable: bool,
    mv: impl Fn(bool) + Copy + Send + Sync + 'static,
    remove: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    // The buttons' view is compiled once, not once per kind of row.
    any_row_buttons(labels, movable, Callback::new(mv), Callback::new(move |()| remove()))
}

fn any_row_buttons(
    labels: (&'static str, &'static str, &'static str),
    movable: bool,
    mv: Callback<bool>,
    remove: Callback<()>,
) -> AnyView {
    let (up, down, rm) = labels;
    view! {
        {movable
            .then(|| {
                view! {
                    <button
                        class="icon-btn small"
                        data-action="up"
                        title=up
                        aria-label=up
                        on:click=move |_| mv.run(true)
                    >
                        "↑"
                    </button>
                    <button
                        class="icon-btn small"
                        data-action="down"
                        title=down
                        aria-label=down
                        on:click=move |_| mv.run(false)
                    >
                        "↓"
                    </button>
                }
            })}
        <button
            class="icon-btn small danger"
            data-action="remove"
            title=rm
            aria-label=rm
            on:click=move |_| remove.run(())
        >
            "×"
        </button>
    }
    .into_any()
}
