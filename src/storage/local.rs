//! localStorage: the small index and preferences, the journal of unsaved
//! changes written as the page goes (synchronous, so closing the tab loses
//! nothing), the copies kept beside plans (received, sent), and, where the
//! browser has no IndexedDB, the plans and the knowledge base themselves,
//! each plan under its own key with its revision. Entries that cannot be
//! read are moved aside under a recovery key, never overwritten.
//!
//! Access goes through `gloo-storage`: typed JSON for the index, its `raw()`
//! handle for plan entries (their text is `io`'s, byte for byte), keys and
//! text that may not be JSON. gloo's `raw()` panics when storage is blocked,
//! so every function gets the handle from `storage()`, which first checks
//! that storage can be reached and otherwise reports `Unavailable`. Must not
//! know the plan format (that is `io`) nor the UI.

use super::{by_name, Index, Loaded, SaveError, KNOWLEDGE_KEY, PLAN_PREFIX, PREFIX, RECOVERY_PREFIX};
use crate::io::knowledge::{export_knowledge, import_knowledge};
use crate::io::{decode_stored, encode_stored, stored_revision};
use crate::model::knowledge::data::Knowledge;
use crate::model::plan::Plan;
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

const INDEX_KEY: &str = "campaign-planner:index";

/// gloo's handle on localStorage, or `None` when the browser blocks it (a
/// disabled or sandboxed storage), where `LocalStorage::raw()` would panic.
pub(super) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()?;
    Some(LocalStorage::raw())
}

/// The text of an entry, JSON or not (a damaged entry is kept as it is).
pub(super) fn text(s: &web_sys::Storage, key: &str) -> Option<String> {
    s.get_item(key).ok().flatten()
}

/// Writes a plan entry's text as it is, through gloo's handle: its bytes
/// are the file format's (`io` encodes them; gloo's typed `set` would encode
/// the text again, as a JSON string).
fn put_text(s: &web_sys::Storage, key: &str, text: &str) -> Result<(), SaveError> {
    s.set_item(key, text)
        .map_err(|e| by_name(&e.dyn_into::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default()))
}

pub fn is_index_key(key: &str) -> bool {
    key == INDEX_KEY
}

/// The text under `key`, when storage can be reached and it is there.
pub fn get(key: &str) -> Option<String> {
    text(&storage()?, key)
}

/// Writes `text` under `key` as it is.
pub fn put(key: &str, value: &str) -> Result<(), SaveError> {
    put_text(&storage().ok_or(SaveError::Unavailable)?, key, value)
}

/// Removes `key` (nothing when storage cannot be reached).
pub fn delete(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Every key this app keeps that starts with `prefix`.
pub fn keys_with(prefix: &str) -> Vec<String> {
    storage().map(|s| all_keys(&s).into_iter().filter(|k| k.starts_with(prefix)).collect()).unwrap_or_default()
}

fn classify(err: StorageError) -> SaveError {
    match err {
        StorageError::JsError(e) => by_name(&e.name),
        _ => SaveError::Unavailable,
    }
}

/// Keeps an unreadable entry: copies it under a recovery key and only then
/// removes the original. If the copy fails the original stays untouched.
fn set_aside(s: &web_sys::Storage, key: &str, raw: &str) -> String {
    match keep_copy(s, key, raw) {
        Some(rec) => {
            LocalStorage::delete(key);
            rec
        }
        None => key.to_string(),
    }
}

/// Copies an entry under a recovery key, leaving the original in place.
pub(super) fn keep_copy(s: &web_sys::Storage, key: &str, raw: &str) -> Option<String> {
    let rec = format!("{RECOVERY_PREFIX}{}:{key}", js_sys::Date::now() as u64);
    s.set_item(&rec, raw).ok().map(|_| rec)
}

/// The language the index keeps and whether it lists plan `id`, for the
/// first look (`ui::first_look`): reads only, and an unreadable index reads
/// as none (the app itself moves it aside).
pub fn peek_index(id: &str) -> (Option<String>, bool) {
    match LocalStorage::get::<Index>(INDEX_KEY) {
        Ok(ix) => (ix.locale, ix.plans.iter().any(|p| p == id)),
        Err(_) => (None, false),
    }
}

/// Reads the index. Never writes except to move an unreadable index aside.
pub fn load_index() -> Loaded {
    let Some(s) = storage() else {
        return Loaded::default();
    };
    let mut out = Loaded { available: true, ..Default::default() };
    match LocalStorage::get::<Index>(INDEX_KEY) {
        Ok(ix) => {
            out.index = ix;
            out.had_index = true;
        }
        Err(StorageError::KeyNotFound(_)) => {}
        Err(StorageError::SerdeError(_)) => {
            let raw = text(&s, INDEX_KEY).unwrap_or_default();
            let kept = set_aside(&s, INDEX_KEY, &raw);
            out.index_blocked = kept == INDEX_KEY;
            out.recovered.push(kept);
            out.had_index = true;
        }
        Err(StorageError::JsError(_)) => out.available = false,
    }
    out
}

/// Reads the plans and the knowledge base kept here (where the browser has
/// no IndexedDB). Never writes except to move unreadable entries aside.
pub fn load_plans(out: &mut Loaded) {
    let Some(s) = storage() else { return };
    let keys = all_keys(&s);
    for key in keys.iter().filter(|k| k.starts_with(PLAN_PREFIX)) {
        out.had_index = true;
        let Some(raw) = text(&s, key) else { continue };
        match decode_stored(&raw) {
            Ok((plan, rev, repairs)) if super::plan_key(&plan.id) == *key => {
                if !repairs.is_empty() {
                    // The text as it was stays readable in the recovery area
                    // (the mends banner says so); the mended plan is saved
                    // over the entry on the next save.
                    if keep_copy(&s, key, &raw).is_none() {
                        // No room for the copy: the entry itself stays as it
                        // was until the user's next edit saves over it.
                        out.unkept.push(plan.id.clone());
                    }
                    out.repaired.push((plan.id.clone(), repairs));
                }
                out.plans.push((plan, rev));
            }
            _ => out.recovered.push(set_aside(&s, key, &raw)),
        }
    }
    if let Some(raw) = text(&s, KNOWLEDGE_KEY) {
        out.had_index = true;
        match import_knowledge(&raw) {
            Ok(k) => out.knowledge = k,
            // Kept aside like a plan that cannot be read, never dropped.
            Err(_) => out.recovered.push(set_aside(&s, KNOWLEDGE_KEY, &raw)),
        }
    }
}

/// Column widths (px) and the columns shown, per table: how this browser
/// shows a table, not part of any plan or file.
const LAYOUT_KEY: &str = "campaign-planner:layout";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TableLayout {
    #[serde(default)]
    pub widths: std::collections::BTreeMap<String, u16>,
    /// The optional columns the user chose; `None` until they choose.
    #[serde(default)]
    pub columns: Option<Vec<String>>,
}

/// A table's remembered layout; the default when none or unreadable (a
/// layout is a preference, so an unreadable one is simply replaced).
pub fn read_layout(table: &str) -> TableLayout {
    if storage().is_none() {
        return TableLayout::default();
    }
    let all: std::collections::BTreeMap<String, TableLayout> = LocalStorage::get(LAYOUT_KEY).unwrap_or_default();
    all.get(table).cloned().unwrap_or_default()
}

pub fn save_layout(table: &str, layout: &TableLayout) -> Result<(), SaveError> {
    storage().ok_or(SaveError::Unavailable)?;
    let mut all: std::collections::BTreeMap<String, TableLayout> = LocalStorage::get(LAYOUT_KEY).unwrap_or_default();
    all.insert(table.to_string(), layout.clone());
    LocalStorage::set(LAYOUT_KEY, &all).map_err(classify)
}

/// Reads the knowledge base another tab saved (None when absent or unreadable).
pub fn read_knowledge() -> Option<Knowledge> {
    import_knowledge(&text(&storage()?, KNOWLEDGE_KEY)?).ok()
}

/// Saves the knowledge base (removes the entry when it is empty).
pub fn save_knowledge(k: &Knowledge) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    if k.is_empty() {
        LocalStorage::delete(KNOWLEDGE_KEY);
        return Ok(());
    }
    put_text(&s, KNOWLEDGE_KEY, &export_knowledge(k))
}

/// Reads one plan entry, for reloading another tab's save.
pub fn read_plan(id: &str) -> Option<(Plan, u64)> {
    let raw = text(&storage()?, &super::plan_key(id))?;
    decode_stored(&raw).ok().map(|(plan, rev, _)| (plan, rev))
}

/// The revision stored now for a plan (None when absent or unreadable).
pub fn stored_rev(id: &str) -> Option<u64> {
    let raw = text(&storage()?, &super::plan_key(id))?;
    stored_revision(&raw)
}

/// Saves a plan as revision `base + 1`, unless another tab has written past
/// `base` (then `Conflict`, and nothing is written). `force` overwrites.
pub fn save_plan(plan: &Plan, base: u64, force: bool) -> Result<u64, SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    let key = super::plan_key(&plan.id);
    let stored = text(&s, &key).as_deref().and_then(stored_revision).unwrap_or(0);
    if stored > base && !force {
        return Err(SaveError::Conflict { plan_id: plan.id.clone() });
    }
    let rev = stored.max(base) + 1;
    put_text(&s, &key, &encode_stored(plan, rev))?;
    Ok(rev)
}

pub fn remove_plan(id: &str) -> Result<(), SaveError> {
    storage().ok_or(SaveError::Unavailable)?;
    LocalStorage::delete(super::plan_key(id));
    LocalStorage::delete(format!("{RECEIVED_PREFIX}{id}"));
    LocalStorage::delete(format!("{ME_PREFIX}{id}"));
    LocalStorage::delete(format!("{SENT_PREFIX}{id}"));
    Ok(())
}

pub fn save_index(ix: &Index) -> Result<(), SaveError> {
    storage().ok_or(SaveError::Unavailable)?;
    if LocalStorage::get::<Index>(INDEX_KEY).is_ok_and(|stored| stored == *ix) {
        return Ok(());
    }
    LocalStorage::set(INDEX_KEY, ix).map_err(classify)
}

fn all_keys(s: &web_sys::Storage) -> Vec<String> {
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
}

/// All recovery keys present, for telling the user where their data went.
pub fn recovery_keys() -> Vec<String> {
    let Some(s) = storage() else { return vec![] };
    all_keys(&s).into_iter().filter(|k| k.starts_with(RECOVERY_PREFIX)).collect()
}

/// Every recovery entry's key and text.
pub fn recovery_texts() -> Vec<(String, String)> {
    let Some(s) = storage() else { return vec![] };
    recovery_keys().into_iter().filter_map(|key| Some((key.clone(), text(&s, &key)?))).collect()
}

/// The text of a recovery entry (for download or a repairing import).
pub fn read_recovery(key: &str) -> Option<String> {
    if !key.starts_with(RECOVERY_PREFIX) {
        return None;
    }
    text(&storage()?, key)
}

pub fn remove_recovery(key: &str) -> Result<(), SaveError> {
    storage().ok_or(SaveError::Unavailable)?;
    if key.starts_with(RECOVERY_PREFIX) {
        LocalStorage::delete(key);
    }
    Ok(())
}

/// Characters this app keeps in localStorage (keys and values). Browsers
/// allow about 5 million per site.
pub fn usage_chars() -> usize {
    let Some(s) = storage() else { return 0 };
    all_keys(&s)
        .into_iter()
        .filter(|k| k.starts_with(PREFIX))
        .map(|k| k.chars().count() + text(&s, &k).map_or(0, |v| v.chars().count()))
        .sum()
}

/// About what a browser allows one site (5 MB of characters).
pub const QUOTA_CHARS: usize = 5 * 1024 * 1024;

/// The copy of a plan as it was received from a link: what an owner's
/// update is counted from (`model::team::rules::changes_since`). Kept beside
/// the plan, not in it, so the plan file stays the plan.
const RECEIVED_PREFIX: &str = "campaign-planner:received:";

pub fn save_received(plan: &Plan) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    put_text(&s, &format!("{RECEIVED_PREFIX}{}", plan.id), &encode_stored(plan, 0))
}

/// Whether plan `id` came from a link (has a received copy), without reading it.
pub fn has_received(id: &str) -> bool {
    storage().is_some_and(|s| text(&s, &format!("{RECEIVED_PREFIX}{id}")).is_some())
}

/// The received copy of plan `id`; None when it came from no link (or the
/// entry cannot be read: then there is nothing to count changes from).
pub fn read_received(id: &str) -> Option<Plan> {
    read_copy(RECEIVED_PREFIX, id)
}

fn read_copy(prefix: &str, id: &str) -> Option<Plan> {
    let s = storage()?;
    decode_stored(&text(&s, &format!("{prefix}{id}"))?).ok().map(|(p, _, _)| p)
}

/// The owner's copy as it was when they last made their update: what they
/// changed after it is still unsent when the manager's newer plan arrives
/// (`model::team::commands::rebase`).
const SENT_PREFIX: &str = "campaign-planner:sent:";

pub fn save_sent(plan: &Plan) {
    if let Some(s) = storage() {
        let _ = put_text(&s, &format!("{SENT_PREFIX}{}", plan.id), &encode_stored(plan, 0));
    }
}

pub fn read_sent(id: &str) -> Option<Plan> {
    read_copy(SENT_PREFIX, id)
}

pub fn forget_sent(id: &str) {
    LocalStorage::delete(format!("{SENT_PREFIX}{id}"));
}

/// Who this browser's person said they are in plan `id` ("我是 陈静"), so a
/// return visit opens 我的工作 as them. Trust within a team, not a login.
const ME_PREFIX: &str = "campaign-planner:me:";

pub fn save_me(id: &str, person: Option<&str>) {
    let Some(s) = storage() else { return };
    let key = format!("{ME_PREFIX}{id}");
    let _ = match person {
        Some(p) => s.set_item(&key, p),
        None => s.remove_item(&key),
    };
}

pub fn read_me(id: &str) -> Option<String> {
    text(&storage()?, &format!("{ME_PREFIX}{id}")).filter(|p| !p.is_empty() && p.len() <= 64)
}

/// Asked once per browser whether its data may be kept for good.
const PERSIST_ASKED_KEY: &str = "campaign-planner:persist-asked";

/// Calls `navigator.storage.<method>()` and waits for its answer; None when
/// the API or the method is missing or the promise fails. Reflection, not
/// typed bindings: browsers without the API (an old WebView) must not trap.
pub(super) async fn storage_manager_call(method: &str) -> Option<wasm_bindgen::JsValue> {
    let nav = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&nav, &"storage".into()).ok().filter(|v| v.is_object())?;
    let f: js_sys::Function = js_sys::Reflect::get(&manager, &method.into()).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = f.call0(&manager).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Asks the browser to keep this site's data until the user clears it
/// (`navigator.storage.persist()`; Chromium answers from how the site is
/// used, Firefox asks the user). Remembered as asked, whatever the answer.
pub async fn request_persist() -> Option<bool> {
    let s = storage()?;
    let _ = s.set_item(PERSIST_ASKED_KEY, "true");
    storage_manager_call("persist").await?.as_bool()
}

/// Whether persistence was asked for already in this browser; true where
/// storage cannot be reached (nothing is kept to be kept for good).
pub fn persist_asked() -> bool {
    storage().is_none_or(|s| text(&s, PERSIST_ASKED_KEY).is_some())
}
