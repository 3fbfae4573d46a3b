//! Upgrades an older file, as raw JSON, one version at a time up to
//! `FORMAT_VERSION`. Each step is a function from version N to N+1 and has a
//! fixture in `tests/fixtures/` that must keep opening.
//!
//! | from | to | change |
//! |---|---|---|
//! | 1 | 2 | plans gain a working `calendar` and `dependencies` between items |
//! | 2 | 3 | items gain collaborators, departments, interface person, deliverable, acceptance, resources, channel, milestone, fixed date, exception reason, log and RACI (all optional); plans gain `baselines` |
//! | 3 | 4 | plans gain a `strategy` workspace (insight, SWOT/TOWS, goals, strategy, channel mix); items gain `serves` (both optional) |
//! | 4 | 5 | plans gain `kpis` (targets and actuals) and `monitor` (thresholds, warning rules, alert notes, funnel stages, review adjustments), both optional |
//! | 5 | 6 | plans gain `budget`: budget lines (account, channel, item, planned, committed, dated spend, approval), resources and the risk register (optional) |
//! | 6 | 7 | plans gain `retro`: the retrospective's board entries (section, lens, verdict, text, cited evidence), action items and each person's feedback (optional) |
//! | 7 | 8 | `monitor` gains `reporting`: the weekly report's day and time, the daily sync time and the exceptions reported upward (optional; Friday 17:00) |
//! | 8 | 9 | KPIs gain `ratio_of` and `ratio_per`: a rate computed from two other KPIs (optional; absent = typed) |
//! | 9 | 10 | items gain execution facts: `actual_start`, `actual_end` and `episodes` of exception (from, to, reason); all optional, absent in older files (reports then fall back to the planned end) |
//! | 10 | 11 | plans gain `updates`: the log of owners' updates taken in (who, sent when, taken in when, changes taken and conflicts kept); optional, empty before |

use serde_json::Value;

/// Brings `value` (at `from`, already checked ≤ current) up to date.
pub fn migrate(mut value: Value, from: u32) -> Value {
    let steps: &[fn(Value) -> Value] =
        &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7, v7_to_v8, v8_to_v9, v9_to_v10, v10_to_v11];
    for step in steps.iter().skip(from.saturating_sub(1) as usize) {
        value = step(value);
    }
    if let Some(o) = value.as_object_mut() {
        o.insert("version".into(), Value::from(super::FORMAT_VERSION));
    }
    value
}

/// Version 2 added the working calendar (Monday to Friday unless told) and
/// dependencies (none in a version 1 file).
fn v1_to_v2(mut value: Value) -> Value {
    if let Some(plan) = value.get_mut("plan").and_then(Value::as_object_mut) {
        plan.entry("calendar")
            .or_insert_with(|| serde_json::json!({ "days_off": [5, 6], "holidays": [], "makeup_days": [] }));
        plan.entry("dependencies").or_insert_with(|| serde_json::json!([]));
    }
    value
}

/// Version 3's item fields are all optional and absent when empty, so a
/// version 2 item is already a valid version 3 item; plans gain an empty
/// list of baselines.
fn v2_to_v3(mut value: Value) -> Value {
    if let Some(plan) = value.get_mut("plan").and_then(Value::as_object_mut) {
        plan.entry("baselines").or_insert_with(|| serde_json::json!([]));
    }
    value
}

/// Version 4's strategy and item links are optional, so a version 3 plan is
/// a valid version 4 plan with an empty strategy workspace; the step writes
/// it out so the file says so.
fn v3_to_v4(mut value: Value) -> Value {
    if let Some(plan) = value.get_mut("plan").and_then(Value::as_object_mut) {
        plan.entry("strategy").or_insert_with(|| serde_json::json!({}));
    }
    value
}

/// Version 5's KPIs and monitoring are optional: a version 4 plan has no
/// KPIs and the default thresholds, rules and funnel stages. The step writes
/// the empty KPI list so the file says so.
fn v4_to_v5(mut value: Value) -> Value {
    if let Some(plan) = value.get_mut("plan").and_then(Value::as_object_mut) {
        plan.entry("kpis").or_insert_with(|| serde_json::json!([]));
    }
    value
}

/// Version 6's budget, resources and risks are optional: a version 5 plan has
/// none (its total budget stays as it was). The step writes the empty budget
/// so the file says so.
fn v5_to_v6(mut value: Value) -> Value {
    if let Some(plan) = value.get_mut("plan").and_then(Value::as_object_mut) {
        plan.entry("budget").or_insert_with(|| serde_json::json!({}));
    }
    value
}

/// Version 7's retrospective is optional: a version 6 plan has not held one.
/// The step writes the empty retrospective so the file says so.
fn v6_to_v7(mut value: Value) -> Value {
    if let Some(plan) = value.get_mut("plan").and_then(Value::as_object_mut) {
        plan.entry("retro").or_insert_with(|| serde_json::json!({}));
    }
    value
}

/// Version 8's reporting rhythm is optional: a version 7 plan reports on
/// Friday at 17:00 and has reported nothing. The step writes that rhythm so
/// the file says so.
fn v7_to_v8(mut value: Value) -> Value {
    if let Some(plan) = value.get_mut("plan").and_then(Value::as_object_mut) {
        let monitor = plan.entry("monitor").or_insert_with(|| serde_json::json!({}));
        if let Some(m) = monitor.as_object_mut() {
            m.entry("reporting")
                .or_insert_with(|| serde_json::json!({ "weekday": 4, "weekly_at": 1020, "daily_at": 1020 }));
        }
    }
    value
}

/// Version 9's rates are optional: every version 8 KPI is typed, as it was.
/// Nothing to write: a KPI without `ratio_of` and `ratio_per` is typed.
fn v8_to_v9(value: Value) -> Value {
    value
}

/// Version 10's execution facts are optional and were never recorded before:
/// an older item has none (its completion is dated by its planned end, as it
/// was). Nothing is invented: no day an item started or an exception began
/// is guessed from its plan.
fn v9_to_v10(value: Value) -> Value {
    value
}

/// Version 11's update log is optional: an older plan took in no updates.
fn v10_to_v11(value: Value) -> Value {
    value
}
