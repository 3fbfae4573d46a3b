//! Offline and updates: registers the release build's service worker (only
//! when `scripts/sw.sh` marked the page, so `trunk serve` stays uncached),
//! raises `App::update_ready` when a new version is installed and waiting,
//! and on the user's click flushes unsaved work and lets the new version take
//! over, reloading into it. The worker itself is `public/sw.template.js`.

use crate::ui::state::App;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function cp_register(url, onUpdate) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(url).then((reg) => {
    if (!reg) return;
    const waiting = () => { if (reg.waiting && navigator.serviceWorker.controller) onUpdate(); };
    waiting();
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      if (w) w.addEventListener('statechange', () => { if (w.state === 'installed') waiting(); });
    });
  }, () => {});
}
export function cp_apply_update() {
  navigator.serviceWorker.getRegistration().then((reg) => {
    if (!reg || !reg.waiting) { location.reload(); return; }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    reg.waiting.postMessage('skip-waiting');
  }, () => location.reload());
}
"#)]
extern "C" {
    fn cp_register(url: &str, on_update: &Closure<dyn Fn()>);
    fn cp_apply_update();
}

/// The worker's address if this build has one (`<meta name="cp-sw">`).
fn worker_url() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let meta = doc.query_selector("meta[name=\"cp-sw\"]").ok()??;
    meta.get_attribute("content").filter(|c| c.ends_with(".js"))
}

/// Registers the worker once, after the first page is on screen: installing
/// it fetches every file of the build (every chunk, so that each page opens
/// offline), which must not compete with the first screen's own download.
/// The callback lives as long as the page.
pub fn register(app: App) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static DONE: AtomicBool = AtomicBool::new(false);
    if DONE.swap(true, Ordering::Relaxed) {
        return;
    }
    let Some(url) = worker_url() else { return };
    let on_update = Closure::<dyn Fn()>::new(move || app.update_ready.set(true));
    cp_register(&url, &on_update);
    on_update.forget();
}

/// Saves what is unsaved, then switches to the waiting version.
pub fn apply_update(app: App) {
    app.flush();
    cp_apply_update();
}
