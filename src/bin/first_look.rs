//! The first look at a share link (`campaign_planner::ui::first_look`): a
//! second, small program from the same crate, which index.html runs before
//! the app on a first visit from a link. Its size is what a colleague's phone
//! waits for before seeing the plan.

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn first_look() {
    campaign_planner::ui::first_look::show().await;
}

fn main() {}
