//! A long table's first rows and the button that shows the rest.

use crate::model::base::id::Id;
use leptos::prelude::*;

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
