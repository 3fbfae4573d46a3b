//! The schedule: people, phases, work items, links, baselines and the
//! working calendar (`data`); the scheduling engine (`rules`), the analysis
//! built on it (`analysis`), the predecessors cell syntax (`predecessors`)
//! and the plan overview (`overview`); and the commands that change them.

pub mod analysis;
pub mod commands;
pub mod data;
pub mod festival;
pub mod overview;
pub mod phases;
pub mod predecessors;
pub mod rules;
