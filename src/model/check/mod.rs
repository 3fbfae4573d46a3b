//! What a plan must satisfy and how a stored one is mended: validation, the
//! one declaration of every reference, and load repair. Must not know about
//! commands or history.

pub mod refs;
pub mod repair;
pub mod validate;
