//! Campaign Planner (营销策划执行台): a browser-only campaign planning app.
//! `model`, `io` and `i18n` are plain Rust and build natively for tests; the
//! browser parts (`storage`, `ui`) only build for wasm32.

pub mod docs;
pub mod i18n;
pub mod io;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
