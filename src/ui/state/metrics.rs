//! Timings the benchmark reads (`window.__metrics`): no view depends on them.

pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Figures for `make bench`, readable as `window.cpMetrics`.
pub fn set_metric(name: &str, value: f64) {
    let Some(w) = web_sys::window() else { return };
    let key = wasm_bindgen::JsValue::from_str("cpMetrics");
    let obj = js_sys::Reflect::get(&w, &key).ok().filter(|v| v.is_object()).unwrap_or_else(|| {
        let o = js_sys::Object::new().into();
        let _ = js_sys::Reflect::set(&w, &key, &o);
        o
    });
    let _ = js_sys::Reflect::set(&obj, &wasm_bindgen::JsValue::from_str(name), &wasm_bindgen::JsValue::from_f64(value));
}
