//! The one path by which a plan changes: a `Command` is compiled (by its
//! domain's `commands`) into edits, references to what it removes are
//! unlinked in the same step (`cascade`), edits carry their inverses, and
//! `history` keeps them for undo and redo.

pub mod cascade;
pub mod dispatch;
pub mod edits;
pub mod gesture;
pub mod history;
