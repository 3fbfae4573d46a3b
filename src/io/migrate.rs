//! Upgrades an older file, as raw JSON, one version at a time up to
//! `FORMAT_VERSION`. Each step is a function from version N to N+1 and has a
//! fixture in `tests/fixtures/` that must keep opening.
//! Version 1 is the first format, so there are no steps yet; the chain and
//! its test are in place so the first change of shape only adds a step.

use serde_json::Value;

/// Brings `value` (at `from`, already checked ≤ current) up to date.
pub fn migrate(mut value: Value, from: u32) -> Value {
    let steps: &[fn(Value) -> Value] = &[];
    for step in steps.iter().skip(from.saturating_sub(1) as usize) {
        value = step(value);
    }
    if let Some(o) = value.as_object_mut() {
        o.insert("version".into(), Value::from(super::FORMAT_VERSION));
    }
    value
}
