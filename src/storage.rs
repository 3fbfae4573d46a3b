//! The only code that touches localStorage. Each plan is kept under its own
//! key (so a save writes one plan, not all), with a revision number that lets
//! tabs notice each other; a small index keeps the order and the settings.
//! Entries that cannot be read are moved aside under a recovery key, never
//! overwritten. Plan entries are encoded by `io`; this module must not know
//! the plan format, nor anything about the UI.

use crate::io::{decode_stored, encode_stored, stored_revision};
use crate::model::{Id, Plan};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

pub const PREFIX: &str = "campaign-planner:";
const INDEX_KEY: &str = "campaign-planner:index";
const PLAN_PREFIX: &str = "campaign-planner:plan:";
const RECOVERY_PREFIX: &str = "campaign-planner:recovery:";

/// The index: plan order and the user's settings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    #[serde(default)]
    pub plans: Vec<Id>,
    #[serde(default)]
    pub current: Option<Id>,
    #[serde(default)]
    pub locale: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The browser refused: storage is full.
    Quota,
    /// No localStorage at all (disabled, private mode) or another failure.
    Unavailable,
    /// Another tab saved a newer revision of this plan since we loaded it.
    Conflict { plan_id: Id },
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub plans: Vec<(Plan, u64)>,
    pub index: Index,
    /// False on a first visit (nothing stored at all).
    pub had_index: bool,
    /// Recovery keys created (or entries that could not even be moved).
    pub recovered: Vec<String>,
    pub available: bool,
    /// The index was unreadable and could not be moved aside: never write it.
    pub index_blocked: bool,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// The plan id a storage key belongs to, if it is a plan key.
pub fn plan_id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(PLAN_PREFIX)
}

pub fn is_index_key(key: &str) -> bool {
    key == INDEX_KEY
}

fn classify(err: wasm_bindgen::JsValue) -> SaveError {
    match err.dyn_into::<web_sys::DomException>() {
        Ok(e) if e.name() == "QuotaExceededError" || e.code() == 22 => SaveError::Quota,
        _ => SaveError::Unavailable,
    }
}

/// Keeps an unreadable entry: copies it under a recovery key and only then
/// removes the original. If the copy fails the original stays untouched.
fn set_aside(s: &web_sys::Storage, key: &str, raw: &str) -> String {
    let rec = format!("{RECOVERY_PREFIX}{}:{key}", js_sys::Date::now() as u64);
    if s.set_item(&rec, raw).is_ok() {
        let _ = s.remove_item(key);
        rec
    } else {
        key.to_string()
    }
}

/// Reads everything stored. Never writes except to move unreadable entries aside.
pub fn load() -> Loaded {
    let Some(s) = storage() else {
        return Loaded::default();
    };
    let mut out = Loaded { available: true, ..Default::default() };
    match s.get_item(INDEX_KEY) {
        Ok(Some(raw)) => match serde_json::from_str::<Index>(&raw) {
            Ok(ix) => {
                out.index = ix;
                out.had_index = true;
            }
            Err(_) => {
                let kept = set_aside(&s, INDEX_KEY, &raw);
                out.index_blocked = kept == INDEX_KEY;
                out.recovered.push(kept);
                out.had_index = true;
            }
        },
        Ok(None) => {}
        Err(_) => out.available = false,
    }
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).collect();
    let mut found: Vec<(Plan, u64)> = vec![];
    for key in keys.iter().filter(|k| k.starts_with(PLAN_PREFIX)) {
        out.had_index = true;
        let Ok(Some(raw)) = s.get_item(key) else { continue };
        match decode_stored(&raw) {
            Ok((plan, rev)) if plan_key(&plan.id) == *key => found.push((plan, rev)),
            _ => out.recovered.push(set_aside(&s, key, &raw)),
        }
    }
    // Index order first, then any plan the index does not know (e.g. written
    // by another tab just before it closed).
    found.sort_by_key(|(p, _)| out.index.plans.iter().position(|id| *id == p.id).unwrap_or(usize::MAX));
    out.plans = found;
    out
}

/// Reads one plan entry, for reloading another tab's save.
pub fn read_plan(id: &str) -> Option<(Plan, u64)> {
    let raw = storage()?.get_item(&plan_key(id)).ok()??;
    decode_stored(&raw).ok()
}

/// The revision stored now for a plan (None when absent or unreadable).
pub fn stored_rev(id: &str) -> Option<u64> {
    let raw = storage()?.get_item(&plan_key(id)).ok()??;
    stored_revision(&raw)
}

/// Saves a plan as revision `base + 1`, unless another tab has written past
/// `base` (then `Conflict`, and nothing is written). `force` overwrites.
pub fn save_plan(plan: &Plan, base: u64, force: bool) -> Result<u64, SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    let key = plan_key(&plan.id);
    let current = s.get_item(&key).map_err(classify)?;
    let stored = current.as_deref().and_then(stored_revision).unwrap_or(0);
    if stored > base && !force {
        return Err(SaveError::Conflict { plan_id: plan.id.clone() });
    }
    let rev = stored.max(base) + 1;
    s.set_item(&key, &encode_stored(plan, rev)).map_err(classify)?;
    Ok(rev)
}

pub fn remove_plan(id: &str) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    s.remove_item(&plan_key(id)).map_err(classify)
}

pub fn save_index(ix: &Index) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    let raw = serde_json::to_string(ix).expect("index serialises");
    if s.get_item(INDEX_KEY).ok().flatten().as_deref() == Some(raw.as_str()) {
        return Ok(());
    }
    s.set_item(INDEX_KEY, &raw).map_err(classify)
}

/// All recovery keys present, for telling the user where their data went.
pub fn recovery_keys() -> Vec<String> {
    let Some(s) = storage() else { return vec![] };
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(RECOVERY_PREFIX)).collect()
}
