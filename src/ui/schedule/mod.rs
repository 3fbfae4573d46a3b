//! The schedule's pages (the model's `schedule` domain): the task breakdown,
//! the Gantt chart, RACI and workload, an item's details and the working
//! calendar.

pub mod calendar_card;
pub mod facts;
pub mod gantt;
pub mod item_details;
pub mod raci_view;
pub mod sheet_import;
pub mod task_list;
