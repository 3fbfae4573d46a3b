//! The strategy: insight, SWOT/TOWS, goals, tactics, incentives, journey and
//! channel mix (`data`), their rules (`rules`: SMART, goal tree, mix, trace)
//! and the commands that change them.

pub mod commands;
pub mod data;
pub mod rules;
