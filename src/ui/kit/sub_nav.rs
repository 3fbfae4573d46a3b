//! The sub-tab nav of a page with several views (strategy, monitoring,
//! budget): a link per view, the open one marked, each with what the page
//! puts in it (its label, a step number or a count).

use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// `views` in order; `current` is marked active; `tab(i, v)` fills the
/// link; `after` follows the links inside the nav.
pub fn sub_nav<V: IntoView + 'static>(
    label: &'static str,
    views: &'static [View],
    current: View,
    tab: impl Fn(usize, View) -> V,
    after: Option<AnyView>,
) -> impl IntoView {
    let app = use_app();
    let href = move |v: View| app.current_id().map(|id| Route::Plan { id, view: v }.to_hash()).unwrap_or_default();
    view! {
        <nav class="subtabs" aria-label=label>
            {views
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let v = *v;
                    view! {
                        <a
                            class="subtab"
                            class:active=v == current
                            aria-current=(v == current).then_some("page")
                            href=move || href(v)
                            data-subview=v.slug()
                        >
                            {tab(i, v)}
                        </a>
                    }
                })
                .collect_view()}
            {after}
        </nav>
    }
}
