//! The one handle that resizes something sideways (an outline column, the
//! Gantt's outline): dragging sets a width from the one the drag began at,
//! releasing keeps it, a double-click goes back to the default. The pointer
//! is captured, so a fast drag that leaves the handle still resizes. Must not
//! know what it sizes or where the width is kept.

use crate::ui::state::use_app;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `width` reads the current width, `set` takes a new one (the caller
/// clamps it), `done` keeps it after a drag, `reset` restores the default.
pub fn resize_handle(
    class: &'static str,
    testid: Option<&'static str>,
    width: impl Fn() -> f64 + Copy + Send + Sync + 'static,
    set: impl Fn(f64) + Copy + Send + Sync + 'static,
    done: impl Fn() + Copy + Send + Sync + 'static,
    reset: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    // (pointer x, width) when the drag began.
    let drag: StoredValue<Option<(i32, f64)>> = StoredValue::new(None);
    view! {
        <span
            class=class
            data-testid=testid
            role="separator"
            aria-orientation="vertical"
            title=move || app.locale.get().gantt().resize_column
            on:pointerdown=move |e: web_sys::PointerEvent| {
                e.prevent_default();
                e.stop_propagation();
                if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
                drag.set_value(Some((e.client_x(), width())));
            }
            on:pointermove=move |e: web_sys::PointerEvent| {
                if let Some((x0, w0)) = drag.get_value() {
                    set(w0 + f64::from(e.client_x() - x0));
                }
            }
            on:pointerup=move |_| {
                if drag.get_value().is_some() {
                    drag.set_value(None);
                    done();
                }
            }
            on:dblclick=move |_| reset()
        ></span>
    }
}
