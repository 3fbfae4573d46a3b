//! Monitoring: KPIs, actuals, alert rules, the funnel stages and
//! adjustments (`data`), the figures and alerts computed from them (`rules`)
//! and the commands that change them.

pub mod commands;
pub mod data;
pub mod rules;
