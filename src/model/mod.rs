//! The plan model: types, commands, undo history and every rule. Plain Rust,
//! tested natively; it must not know about the browser, Leptos or storage.

pub mod analysis;
pub mod budget;
pub mod budget_rules;
pub mod command;
pub mod history;
pub mod kpi;
pub mod kpi_command;
pub mod monitor;
pub mod overview;
pub mod predecessors;
pub mod refs;
pub mod repair;
pub mod sample;
pub mod sample_budget;
pub mod sample_kpi;
pub mod sample_strategy;
pub mod schedule;
pub mod strategy;
pub mod strategy_command;
pub mod strategy_rules;
pub mod types;
pub mod validate;

pub use command::{apply, Command, CommandError, ItemField, PlanCommand, PlanField};
pub use history::History;
pub use types::*;
