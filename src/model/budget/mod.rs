//! The budget: lines, payments, resources and risks (`data`), totals,
//! checks, burn and ROI (`rules`) and the commands that change them.

pub mod commands;
pub mod data;
pub mod rules;
