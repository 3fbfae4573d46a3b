//! Monitoring: KPIs, actuals, alert rules, the funnel stages and
//! adjustments and the reporting rhythm (`data`), the figures and alerts computed from them (`rules`), the reporting periods and pending exceptions (`reporting`)
//! and the commands that change them.

pub mod commands;
pub mod data;
pub mod reporting;
pub mod rules;
