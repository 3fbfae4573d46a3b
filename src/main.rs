//! Entry point of the browser app; everything lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    campaign_planner::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Campaign Planner runs in the browser: use `make run`.");
}
