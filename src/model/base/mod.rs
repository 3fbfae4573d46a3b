//! Building blocks with no domain knowledge: ids and list helpers, days,
//! money, numbers, enum lists, loops in a parent relation and the fault
//! vocabulary. Must not import anything else of the model.

pub mod day;
pub mod enums;
pub mod fault;
pub mod graph;
pub mod id;
pub mod list;
pub mod money;
pub mod num;
pub mod skip;
