//! The close of a campaign: the retrospective's entries, action items and
//! feedback (`data`), the evaluation report derived from the whole plan
//! (`rules`) and the commands that change the retrospective.

pub mod commands;
pub mod data;
pub mod rules;
