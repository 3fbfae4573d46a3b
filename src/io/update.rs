//! An owner's update as it travels: `{"format": "campaign-planner-update",
//! "version": N, "update": {...}}`, compressed by the browser behind
//! `#/share/u/` like a share link (or as a file's text). Read as strictly as
//! a plan file — size, JSON, format, version, shape with the path of what is
//! wrong — before the model checks it against the plan it is for. Must not
//! know the user's language.

use super::{envelope, shaped, ImportError};
use crate::model::team::data::Update;
use serde::{Deserialize, Serialize};

pub const UPDATE_FORMAT: &str = "campaign-planner-update";
/// Version 1: the first shape of an update (plan, person, name, sent,
/// minute, base, changes).
pub const UPDATE_VERSION: u32 = 1;
/// An update is a day's work, not a plan: a few kilobytes. 2 MB holds the
/// 5,000 changes the model takes at most.
pub const MAX_UPDATE_BYTES: usize = 2 * 1024 * 1024;

#[derive(Serialize)]
struct Out<'a> {
    format: &'a str,
    version: u32,
    update: &'a Update,
}

#[derive(Deserialize)]
struct In {
    update: Update,
}

/// The text of an update (compact).
pub fn export_update(u: &Update) -> String {
    serde_json::to_string(&Out { format: UPDATE_FORMAT, version: UPDATE_VERSION, update: u })
        .expect("an update always serialises")
}

/// Reads an update's text; what it says is checked against the plan later
/// (`model::team::commands::update_fault`).
pub fn import_update(text: &str) -> Result<Update, ImportError> {
    let (_, _) = envelope(text, UPDATE_FORMAT, UPDATE_VERSION, ImportError::NotAnUpdate, MAX_UPDATE_BYTES)?;
    Ok(shaped::<In>(text, None)?.update)
}
