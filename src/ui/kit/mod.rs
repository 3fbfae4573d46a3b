//! The widget kit: exactly one of each widget every page uses — table cells
//! (`cells`) and form fields (`fields`) over one kind of editable row
//! (`EditRow`), the row's buttons, the section card, a long table's first
//! rows, the add box, the date box, the file button, the resize handle, the sub-tab nav, a read-only table built from data (`sheet`), the traffic light and the choice helpers. Pages give them
//! their labels; the kit knows no domain.

pub mod add_box;
pub mod buttons;
pub mod card;
pub mod cells;
pub mod choice;
pub mod date_box;
pub mod fields;
pub mod file_button;
pub mod light;
pub mod resize_handle;
pub mod row;
pub mod sheet;
pub mod sub_nav;
pub mod table;
