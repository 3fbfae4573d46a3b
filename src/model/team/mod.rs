//! The team's updates, with no server: what an owner changed since the copy
//! of the plan they received, as changes (entity, field, before → after) in
//! `data`; how they are found and how each meets the manager's plan (taken,
//! already there, in conflict, or about something deleted) in `rules`; and
//! the one command that takes an update in, in `commands`. Must not know the
//! file format, the link or the browser.

pub mod commands;
pub mod data;
pub mod rules;
