//! The only code that touches the browser's storage. Each plan is kept under its own
//! key (so a save writes one plan, not all), with a revision number that lets
//! tabs notice each other; a small index keeps the order and the settings.
//! Entries that cannot be read are moved aside under a recovery key, never
//! overwritten; a plan that opens only after mends has its text as it was
//! copied there first. The recovery keys can be listed, read and removed
//! (the plan library's recovery area). It also asks the browser, through
//! the Storage API, to keep the site's data for good, and reads its answer
//! and estimate. Plan entries are encoded by `io`; this module must not know
//! the plan format, nor anything about the UI.
//!
//! Access goes through `gloo-storage`: typed JSON for the index, its `raw()`
//! handle for plan entries (their text is `io`'s, byte for byte), keys and
//! text that may not be JSON. gloo's `raw()` panics when storage is blocked,
//! so every function gets the handle from `storage()`, which first checks
//! that storage can be reached and otherwise reports `Unavailable`.

use crate::io::knowledge::{export_knowledge, import_knowledge};
use crate::io::{decode_stored, encode_stored, stored_revision};
use crate::model::base::id::Id;
use crate::model::check::repair::Repair;
use crate::model::knowledge::data::Knowledge;
use crate::model::plan::Plan;
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

pub const PREFIX: &str = "campaign-planner:";
const INDEX_KEY: &str = "campaign-planner:index";
const PLAN_PREFIX: &str = "campaign-planner:plan:";
const RECOVERY_PREFIX: &str = "campaign-planner:recovery:";
/// The knowledge base, one entry for the whole workspace (its text is `io::knowledge`'s).
pub const KNOWLEDGE_KEY: &str = "campaign-planner:knowledge";

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
    /// Plans that opened only after mends: (plan id, what was mended). The
    /// stored text as it was is kept under a recovery key first.
    pub repaired: Vec<(Id, Vec<Repair>)>,
    /// Mended plans whose text could not be copied aside: not saved on load.
    pub unkept: Vec<Id>,
    pub available: bool,
    /// The index was unreadable and could not be moved aside: never write it.
    pub index_blocked: bool,
    /// The knowledge base (empty when there is none or it was set aside).
    pub knowledge: Knowledge,
}

/// gloo's handle on localStorage, or `None` when the browser blocks it (a
/// disabled or sandboxed storage), where `LocalStorage::raw()` would panic.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()?;
    Some(LocalStorage::raw())
}

/// The text of an entry, JSON or not (a damaged entry is kept as it is).
fn text(s: &web_sys::Storage, key: &str) -> Option<String> {
    s.get_item(key).ok().flatten()
}

/// Writes a plan entry's text as it is, through gloo's handle: its bytes
/// are the file format's (`io` encodes them; gloo's typed `set` would encode
/// the text again, as a JSON string).
fn put_text(s: &web_sys::Storage, key: &str, text: &str) -> Result<(), SaveError> {
    s.set_item(key, text)
        .map_err(|e| by_name(&e.dyn_into::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default()))
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

fn classify(err: StorageError) -> SaveError {
    match err {
        StorageError::JsError(e) => by_name(&e.name),
        _ => SaveError::Unavailable,
    }
}

/// A refused write by the name of its exception: full, or anything else.
fn by_name(name: &str) -> SaveError {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveError::Quota,
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
fn keep_copy(s: &web_sys::Storage, key: &str, raw: &str) -> Option<String> {
    let rec = format!("{RECOVERY_PREFIX}{}:{key}", js_sys::Date::now() as u64);
    s.set_item(&rec, raw).ok().map(|_| rec)
}

/// Reads everything stored. Never writes except to move unreadable entries aside.
pub fn load() -> Loaded {
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
    let keys = all_keys(&s);
    let mut found: Vec<(Plan, u64)> = vec![];
    for key in keys.iter().filter(|k| k.starts_with(PLAN_PREFIX)) {
        out.had_index = true;
        let Some(raw) = text(&s, key) else { continue };
        match decode_stored(&raw) {
            Ok((plan, rev, repairs)) if plan_key(&plan.id) == *key => {
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
                found.push((plan, rev));
            }
            _ => out.recovered.push(set_aside(&s, key, &raw)),
        }
    }
    // Index order first, then any plan the index does not know (e.g. written
    // by another tab just before it closed).
    found.sort_by_key(|(p, _)| out.index.plans.iter().position(|id| *id == p.id).unwrap_or(usize::MAX));
    out.plans = found;
    if let Some(raw) = text(&s, KNOWLEDGE_KEY) {
        out.had_index = true;
        match import_knowledge(&raw) {
            Ok(k) => out.knowledge = k,
            // Kept aside like a plan that cannot be read, never dropped.
            Err(_) => out.recovered.push(set_aside(&s, KNOWLEDGE_KEY, &raw)),
        }
    }
    out
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
    let raw = text(&storage()?, &plan_key(id))?;
    decode_stored(&raw).ok().map(|(plan, rev, _)| (plan, rev))
}

/// The revision stored now for a plan (None when absent or unreadable).
pub fn stored_rev(id: &str) -> Option<u64> {
    let raw = text(&storage()?, &plan_key(id))?;
    stored_revision(&raw)
}

/// Saves a plan as revision `base + 1`, unless another tab has written past
/// `base` (then `Conflict`, and nothing is written). `force` overwrites.
pub fn save_plan(plan: &Plan, base: u64, force: bool) -> Result<u64, SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    let key = plan_key(&plan.id);
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
    LocalStorage::delete(plan_key(id));
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

/// One entry kept aside, as the plan library lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct RecoveryEntry {
    pub key: String,
    /// When it was set aside (ms since 1970), from the key.
    pub when_ms: Option<f64>,
    /// Characters kept.
    pub chars: usize,
    /// The plan's name, when the text still shows one.
    pub name: Option<String>,
}

/// Every recovery entry, newest first.
pub fn recovery_entries() -> Vec<RecoveryEntry> {
    let Some(s) = storage() else { return vec![] };
    let mut out: Vec<RecoveryEntry> = recovery_keys()
        .into_iter()
        .filter_map(|key| {
            let raw = text(&s, &key)?;
            let when_ms = key[RECOVERY_PREFIX.len()..].split(':').next().and_then(|t| t.parse::<f64>().ok());
            Some(RecoveryEntry { when_ms, chars: raw.chars().count(), name: crate::io::peek_plan_name(&raw), key })
        })
        .collect();
    // Newest first. A handful of entries: an insertion sort by hand keeps
    // a general sort's code for this one type out of the bundle.
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && out[j - 1].when_ms < out[j].when_ms {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out
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

/// What the browser says about this site's storage (the Storage API): whether
/// it is kept until the user clears it, and the space used and allowed in
/// bytes. None where the browser has no such API.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Durability {
    pub persisted: Option<bool>,
    pub used: Option<f64>,
    pub quota: Option<f64>,
}

/// Calls `navigator.storage.<method>()` and waits for its answer; None when
/// the API or the method is missing or the promise fails. Reflection, not
/// typed bindings: browsers without the API (an old WebView) must not trap.
async fn storage_manager_call(method: &str) -> Option<wasm_bindgen::JsValue> {
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

pub async fn durability() -> Durability {
    let persisted = storage_manager_call("persisted").await.and_then(|v| v.as_bool());
    let estimate = storage_manager_call("estimate").await;
    let field =
        |k: &str| estimate.as_ref().and_then(|e| js_sys::Reflect::get(e, &k.into()).ok()).and_then(|v| v.as_f64());
    Durability { persisted, used: field("usage"), quota: field("quota") }
}
