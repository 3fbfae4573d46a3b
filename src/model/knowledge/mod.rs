//! The team's knowledge base (营销知识库), across plans: lessons and cases,
//! the figures each closed campaign leaves as benchmarks, and templates
//! (playbooks) to start the next campaign from (`data`); turning a plan into
//! a template and a template into a plan, the benchmarks, search and the
//! scenario's offer (`rules`); the commands that change it.

pub mod card;
pub mod commands;
pub mod data;
pub mod rules;
