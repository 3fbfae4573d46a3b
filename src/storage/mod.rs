//! The only code that touches the browser's storage. Plans, the knowledge
//! base and entries kept aside live in IndexedDB (`idb`), which has room for
//! years of campaigns; localStorage (`local`) keeps what fits it: the small
//! index, preferences, copies kept beside plans, and the journal, written
//! synchronously as the page goes so that closing the tab loses no edit
//! although IndexedDB is asynchronous. Where a browser has no IndexedDB,
//! everything stays in localStorage as before, and the app says so.
//!
//! Each plan is one entry with a revision that lets tabs notice each other:
//! a save refuses to overwrite a newer revision (`Conflict`), and every
//! write is announced on a `BroadcastChannel` (IndexedDB has no storage
//! event). On the first start with IndexedDB, each localStorage entry is
//! copied, read back and compared, and only then removed; one that fails
//! stays where it was and is listed in the recovery area. Entries that
//! cannot be read are moved aside, never overwritten; a plan that opens only
//! after mends has its text as it was copied aside first. It also asks the
//! browser, through the Storage API, to keep the site's data for good.
//! Plan entries are encoded by `io`; this module must not know the plan
//! format, nor anything about the UI.

mod idb;
pub mod local;

use crate::io::knowledge::{export_knowledge, import_knowledge};
use crate::io::{decode_card, decode_stored, encode_card, encode_stored, stored_revision};
use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::check::repair::Repair;
use crate::model::knowledge::card::{card_of, Card};
use crate::model::knowledge::data::Knowledge;
use crate::model::plan::Plan;
use serde::{Deserialize, Serialize};
use std::future::Future;
use wasm_bindgen::JsCast;

pub use local::{
    forget_sent, has_received, is_index_key, persist_asked, read_layout, read_me, read_received, read_sent,
    request_persist, save_index, save_layout, save_me, save_received, save_sent, usage_chars, TableLayout, QUOTA_CHARS,
};

pub const PREFIX: &str = "campaign-planner:";
const PLAN_PREFIX: &str = "campaign-planner:plan:";
const RECOVERY_PREFIX: &str = "campaign-planner:recovery:";
/// The knowledge base, one entry for the whole workspace (its text is `io::knowledge`'s).
pub const KNOWLEDGE_KEY: &str = "campaign-planner:knowledge";
/// A plan's edits not yet known to be saved when the page went: its text at
/// the revision the edits started from.
const JOURNAL_PREFIX: &str = "campaign-planner:journal:";
const KNOWLEDGE_JOURNAL_KEY: &str = "campaign-planner:journal-knowledge";
/// The knowledge base's key in IndexedDB's store of other entries.
const KNOWLEDGE_ENTRY: &str = "knowledge";
/// How long the database may take to open before the app carries on with
/// localStorage (a stuck profile must not leave a blank page).
const OPEN_WAIT_MS: i32 = 4000;

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
    /// No storage at all (disabled, private mode) or another failure.
    Unavailable,
    /// Another tab saved a newer revision of this plan since we loaded it.
    Conflict { plan_id: Id },
}

#[derive(Debug, Default)]
pub struct Loaded {
    /// The plans read now: the one to open and those the journal brings back
    /// (with IndexedDB; the others open when asked for), or all of them
    /// (with localStorage).
    pub plans: Vec<(Plan, u64)>,
    /// Every stored plan's card, in the index's order.
    pub cards: Vec<Card>,
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
    /// IndexedDB could not be opened: plans stay in localStorage (about 5 MB).
    pub idb_missing: bool,
    /// Plans whose last edits came back from the journal: save them now.
    pub journaled: Vec<Id>,
    /// The knowledge base came back from the journal: save it now.
    pub knowledge_journaled: bool,
    /// Entries moved from localStorage into IndexedDB on this start.
    pub moved: usize,
    /// localStorage entries that could not be moved (left where they were).
    pub not_moved: Vec<String>,
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
    /// A plan still in localStorage that could not be moved into IndexedDB.
    pub not_moved: bool,
    /// The text kept, as it is (for download or a repairing import).
    pub text: String,
}

impl RecoveryEntry {
    fn of(key: String, text: String) -> RecoveryEntry {
        let when_ms = key.strip_prefix(RECOVERY_PREFIX).and_then(|k| k.split(':').next()?.parse::<f64>().ok());
        let not_moved = key.starts_with(PLAN_PREFIX) || key == KNOWLEDGE_KEY;
        let (chars, name) = (text.chars().count(), crate::io::peek_plan_name(&text));
        RecoveryEntry { when_ms, chars, name, key, not_moved, text }
    }
}

/// Where plans are kept in this browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    IndexedDb,
    /// No IndexedDB: localStorage, as before (about 5 MB per site).
    Local,
}

pub fn backend() -> Backend {
    if idb::is_open() {
        Backend::IndexedDb
    } else {
        Backend::Local
    }
}

pub fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// The plan id a storage key belongs to, if it is a plan key.
pub fn plan_id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(PLAN_PREFIX)
}

fn journal_key(id: &str) -> String {
    format!("{JOURNAL_PREFIX}{id}")
}

/// A recovery key for an entry set aside now from `origin`.
fn recovery_key(origin: &str) -> String {
    format!("{RECOVERY_PREFIX}{}:{origin}", js_sys::Date::now() as u64)
}

/// A refused write by the name of its exception: full, or anything else.
pub(crate) fn by_name(name: &str) -> SaveError {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveError::Quota,
        _ => SaveError::Unavailable,
    }
}

/// Reads everything stored: the index, then the plans and the knowledge base
/// from IndexedDB (moving localStorage's in on the first start), or from
/// localStorage where there is no IndexedDB; then what the journal brings
/// back. Writes only to move entries in or aside.
pub async fn load(today: Day) -> Loaded {
    let mut out = local::load_index();
    if !out.available {
        return out;
    }
    if idb::open(OPEN_WAIT_MS).await.is_ok() {
        move_in(&mut out).await;
        load_idb(&mut out, today).await;
    } else {
        out.idb_missing = true;
        local::load_plans(&mut out);
        out.cards = out.plans.iter().map(|(p, _)| card_of(p, today)).collect();
    }
    replay_journal(&mut out, today);
    // Index order first, then any plan the index does not know (e.g. written
    // by another tab just before it closed).
    let order = |id: &str| out.index.plans.iter().position(|x| x == id).unwrap_or(usize::MAX);
    let mut cards = std::mem::take(&mut out.cards);
    cards.sort_by_key(|c| order(&c.id));
    out.cards = cards;
    out
}

/// Moves every localStorage entry of plans, the knowledge base and the
/// recovery area into IndexedDB: copied, read back, compared, and only then
/// removed. One that fails stays where it was (listed in the recovery
/// area); one already moved (an earlier start stopped before the removal)
/// is only removed.
async fn move_in(out: &mut Loaded) {
    let mut keys = local::keys_with(PLAN_PREFIX);
    keys.extend(local::keys_with(KNOWLEDGE_KEY));
    keys.extend(local::keys_with(RECOVERY_PREFIX));
    for key in keys {
        let Some(raw) = local::get(&key) else { continue };
        let (store, at) = if let Some(id) = plan_id_of_key(&key) {
            (idb::PLANS, id.to_string())
        } else if key == KNOWLEDGE_KEY {
            (idb::ENTRIES, KNOWLEDGE_ENTRY.to_string())
        } else {
            (idb::RECOVERY, key.clone())
        };
        out.had_index = true;
        let there = idb::get(store, &at).await;
        let moved = match there {
            Ok(Some(t)) => t == raw,
            Ok(None) => idb::put(store, &at, &raw).await.is_ok() && idb::get(store, &at).await == Ok(Some(raw)),
            Err(_) => false,
        };
        if moved {
            local::delete(&key);
            out.moved += 1;
        } else {
            out.not_moved.push(key);
        }
    }
}

/// Reads the cards of the plans in IndexedDB (making one for a plan that has
/// none, e.g. one just moved in), the plan to open, and the knowledge base.
async fn load_idb(out: &mut Loaded, today: Day) {
    let mut cards: Vec<Card> =
        idb::all(idb::CARDS).await.unwrap_or_default().iter().filter_map(|(_, t)| decode_card(t)).collect();
    let ids = idb::keys(idb::PLANS).await.unwrap_or_default();
    out.had_index |= !ids.is_empty();
    // A card whose plan is gone (deleted while its card was written) goes too.
    for c in cards.iter().filter(|c| !ids.contains(&c.id)) {
        let _ = idb::delete(idb::CARDS, &c.id).await;
    }
    cards.retain(|c| ids.contains(&c.id));
    let lacking: Vec<&Id> = ids.iter().filter(|id| !cards.iter().any(|c| c.id == **id)).collect();
    for id in lacking {
        if let Opened::Plan { plan, rev } = open_idb(out, id).await {
            let card = card_of(&plan, today);
            let _ = idb::put(idb::CARDS, id, &encode_card(&card)).await;
            cards.push(card);
            // One that needed mends stays read, so its mends are shown and
            // saved now (its text as it was is already kept aside, once).
            if out.repaired.iter().any(|(r, _)| *r == plan.id) {
                out.plans.push((plan, rev));
            }
        }
    }
    out.cards = cards;
    // The plan to open, and those with edits in the journal, are read now.
    let mut wanted: Vec<Id> = out.index.current.iter().cloned().collect();
    wanted.extend(local::keys_with(JOURNAL_PREFIX).iter().map(|k| k[JOURNAL_PREFIX.len()..].to_string()));
    for id in wanted {
        if out.cards.iter().any(|c| c.id == id) && !out.plans.iter().any(|(p, _)| p.id == id) {
            match open_idb(out, &id).await {
                Opened::Plan { plan, rev } => out.plans.push((plan, rev)),
                // Set aside (or gone): no longer listed.
                _ => out.cards.retain(|c| c.id != id),
            }
        }
    }
    if let Ok(Some(raw)) = idb::get(idb::ENTRIES, KNOWLEDGE_ENTRY).await {
        out.had_index = true;
        match import_knowledge(&raw) {
            Ok(k) => out.knowledge = k,
            Err(_) => {
                let rec = recovery_key(KNOWLEDGE_KEY);
                let kept = idb::move_entry(idb::ENTRIES, KNOWLEDGE_ENTRY, idb::RECOVERY, &rec, &raw).await.is_ok();
                out.recovered.push(if kept { rec } else { KNOWLEDGE_KEY.to_string() });
            }
        }
    }
}

/// What opening a stored plan gave. (Rarely moved, and never in bulk: the
/// plan is not boxed.)
#[allow(clippy::large_enum_variant)]
pub enum Opened {
    Plan {
        plan: Plan,
        rev: u64,
    },
    /// Nothing is stored under the id (deleted in another tab).
    Missing,
    /// It could not be read: moved aside (its recovery key is in `recovered`;
    /// its own key when even the move failed).
    SetAside,
}

/// Reads one plan from IndexedDB. A plan that opens only after mends has its
/// text kept in the recovery area first (listed in `out.repaired`; in
/// `out.unkept` when there was no room for the copy); one that cannot be
/// read is moved aside with its card.
async fn open_idb(out: &mut Loaded, id: &str) -> Opened {
    let Ok(Some(raw)) = idb::get(idb::PLANS, id).await else { return Opened::Missing };
    match decode_stored(&raw) {
        Ok((plan, rev, repairs)) if plan.id == id => {
            if !repairs.is_empty() {
                // The text as it was stays readable in the recovery area;
                // the mended plan is saved over the entry on the next save.
                if idb::put(idb::RECOVERY, &recovery_key(&plan_key(id)), &raw).await.is_err() {
                    out.unkept.push(plan.id.clone());
                }
                out.repaired.push((plan.id.clone(), repairs));
            }
            Opened::Plan { plan, rev }
        }
        _ => {
            let rec = recovery_key(&plan_key(id));
            let kept = idb::move_entry(idb::PLANS, id, idb::RECOVERY, &rec, &raw).await.is_ok();
            let _ = idb::delete(idb::CARDS, id).await;
            out.recovered.push(if kept { rec } else { plan_key(id) });
            Opened::SetAside
        }
    }
}

/// Opens a stored plan that is not read yet (one picked in the library):
/// what it gave, with the mends and recovery keys it made in `Loaded`'s
/// fields of the same names.
pub async fn open_plan(id: &str) -> (Opened, Loaded) {
    let mut out = Loaded::default();
    let opened = if idb::is_open() {
        open_idb(&mut out, id).await
    } else {
        match local::read_plan(id) {
            Some((plan, rev)) => Opened::Plan { plan, rev },
            None => Opened::Missing,
        }
    };
    (opened, out)
}

/// The card stored for a plan (another tab's save), None when it has none.
pub async fn read_card(id: &str) -> Option<Card> {
    if idb::is_open() {
        decode_card(&idb::get(idb::CARDS, id).await.ok()??)
    } else {
        None
    }
}

/// Brings back edits the journal holds (the page went before they were
/// saved). An edit made on the revision still stored replaces the stored
/// plan and is saved again; one that another tab has since overtaken is kept
/// in the recovery area, never dropped, never written over theirs.
fn replay_journal(out: &mut Loaded, today: Day) {
    for key in local::keys_with(JOURNAL_PREFIX) {
        let Some(raw) = local::get(&key) else { continue };
        out.had_index = true;
        let Ok((plan, jrev, _)) = decode_stored(&raw) else {
            keep_journal_aside(out, &key, &raw);
            continue;
        };
        match out.plans.iter_mut().find(|(p, _)| p.id == plan.id) {
            // Saved after all (the write finished as the page went).
            Some((stored, _)) if *stored == plan => local::delete(&key),
            Some((stored, rev)) if *rev <= jrev => {
                *stored = plan;
                out.journaled.push(stored.id.clone());
            }
            None if jrev == 0 && !out.cards.iter().any(|c| c.id == plan.id) => {
                out.journaled.push(plan.id.clone());
                out.cards.push(card_of(&plan, today));
                out.plans.push((plan, 0));
            }
            _ => keep_journal_aside(out, &key, &raw),
        }
    }
    if let Some(raw) = local::get(KNOWLEDGE_JOURNAL_KEY) {
        match import_knowledge(&raw) {
            Ok(k) if k == out.knowledge => local::delete(KNOWLEDGE_JOURNAL_KEY),
            Ok(k) => {
                out.knowledge = k;
                out.knowledge_journaled = true;
            }
            Err(_) => keep_journal_aside(out, KNOWLEDGE_JOURNAL_KEY, &raw),
        }
    }
}

fn keep_journal_aside(out: &mut Loaded, key: &str, raw: &str) {
    if let Some(s) = local::storage() {
        if let Some(rec) = local::keep_copy(&s, key, raw) {
            local::delete(key);
            out.recovered.push(rec);
        }
    }
}

/// Writes, synchronously, the edits of a plan not yet known to be saved (as
/// the page goes): `base` is the revision they started from. Removed once
/// the plan is saved.
pub fn write_journal(plan: &Plan, base: u64) {
    let _ = local::put(&journal_key(&plan.id), &encode_stored(plan, base));
}

pub fn write_knowledge_journal(k: &Knowledge) {
    let _ = local::put(KNOWLEDGE_JOURNAL_KEY, &export_knowledge(k));
}

/// Saves a plan as revision `base + 1`, unless another tab has written past
/// `base` (then `Conflict`, and nothing is written). `force` overwrites.
/// The plan is encoded now, so later edits wait for the next save; with
/// localStorage the write is done now too.
pub fn save_plan(
    plan: &Plan,
    card: &Card,
    base: u64,
    force: bool,
) -> impl Future<Output = Result<u64, SaveError>> + 'static {
    let id = plan.id.clone();
    let local_done = (!idb::is_open()).then(|| local::save_plan(plan, base, force));
    let text = (local_done.is_none() && !force).then(|| encode_stored(plan, base + 1));
    let forced = (local_done.is_none() && force).then(|| plan.clone());
    let card = encode_card(card);
    async move {
        let rev = match (local_done, text, forced) {
            (Some(done), _, _) => done?,
            (None, Some(text), _) => {
                idb::put_unless_newer(&id, text, base, card).await?;
                base + 1
            }
            (None, None, Some(plan)) => {
                let stored = stored_rev(&id).await.unwrap_or(0);
                let rev = stored.max(base) + 1;
                idb::put_unless_newer(&id, encode_stored(&plan, rev), rev - 1, card).await?;
                rev
            }
            (None, None, None) => return Err(SaveError::Unavailable),
        };
        local::delete(&journal_key(&id));
        announce(&plan_key(&id));
        Ok(rev)
    }
}

/// The ids of the plans stored, without reading them.
pub async fn plan_ids() -> Vec<Id> {
    if idb::is_open() {
        idb::keys(idb::PLANS).await.unwrap_or_default()
    } else {
        local::keys_with(PLAN_PREFIX).iter().filter_map(|k| plan_id_of_key(k).map(str::to_string)).collect()
    }
}

/// Reads one plan entry, for reloading another tab's save.
pub async fn read_plan(id: &str) -> Option<(Plan, u64)> {
    let raw = if idb::is_open() { idb::get(idb::PLANS, id).await.ok()?? } else { local::get(&plan_key(id))? };
    decode_stored(&raw).ok().map(|(plan, rev, _)| (plan, rev))
}

/// The revision stored now for a plan (None when absent or unreadable).
pub async fn stored_rev(id: &str) -> Option<u64> {
    if idb::is_open() {
        stored_revision(&idb::get(idb::PLANS, id).await.ok()??)
    } else {
        local::stored_rev(id)
    }
}

/// Removes a plan and what is kept beside it.
pub fn remove_plan(id: &str) -> impl Future<Output = Result<(), SaveError>> + 'static {
    let id = id.to_string();
    let local_done = local::remove_plan(&id);
    async move {
        local_done?;
        if idb::is_open() {
            idb::delete_plan(&id).await?;
        }
        local::delete(&journal_key(&id));
        announce(&plan_key(&id));
        Ok(())
    }
}

/// Reads the knowledge base another tab saved (None when absent or unreadable).
pub async fn read_knowledge() -> Option<Knowledge> {
    let raw =
        if idb::is_open() { idb::get(idb::ENTRIES, KNOWLEDGE_ENTRY).await.ok()?? } else { local::get(KNOWLEDGE_KEY)? };
    import_knowledge(&raw).ok()
}

/// Saves the knowledge base (removes the entry when it is empty), encoded now.
pub fn save_knowledge(k: &Knowledge) -> impl Future<Output = Result<(), SaveError>> + 'static {
    let local_done = (!idb::is_open()).then(|| local::save_knowledge(k));
    let text = (!k.is_empty()).then(|| export_knowledge(k));
    async move {
        match local_done {
            Some(done) => done?,
            None => match text {
                Some(t) => idb::put(idb::ENTRIES, KNOWLEDGE_ENTRY, &t).await?,
                None => idb::delete(idb::ENTRIES, KNOWLEDGE_ENTRY).await?,
            },
        }
        local::delete(KNOWLEDGE_JOURNAL_KEY);
        announce(KNOWLEDGE_KEY);
        Ok(())
    }
}

/// Every entry kept aside, in both stores, and the localStorage entries that
/// could not be moved into IndexedDB, newest first.
pub async fn recovery_entries() -> Vec<RecoveryEntry> {
    let mut texts = local::recovery_texts();
    if idb::is_open() {
        texts.extend(idb::all(idb::RECOVERY).await.unwrap_or_default());
        for key in local::keys_with(PLAN_PREFIX).into_iter().chain(local::keys_with(KNOWLEDGE_KEY)) {
            if let Some(raw) = local::get(&key) {
                texts.push((key, raw));
            }
        }
    }
    let mut out: Vec<RecoveryEntry> = texts.into_iter().map(|(k, text)| RecoveryEntry::of(k, text)).collect();
    // Newest first (entries not moved, which have no time, last). A handful
    // of entries: an insertion sort by hand keeps a general sort's code for
    // this one type out of the bundle.
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && out[j - 1].when_ms < out[j].when_ms {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// Whether `key` names something the recovery area may read or delete.
fn in_recovery_area(key: &str) -> bool {
    key.starts_with(RECOVERY_PREFIX) || (idb::is_open() && (key.starts_with(PLAN_PREFIX) || key == KNOWLEDGE_KEY))
}

/// The text of a recovery entry (for download or a repairing import).
pub async fn read_recovery(key: &str) -> Option<String> {
    if !in_recovery_area(key) {
        return None;
    }
    match local::get(key) {
        Some(t) => Some(t),
        None if idb::is_open() => idb::get(idb::RECOVERY, key).await.ok()?,
        None => None,
    }
}

pub async fn remove_recovery(key: &str) -> Result<(), SaveError> {
    local::storage().ok_or(SaveError::Unavailable)?;
    if in_recovery_area(key) {
        local::delete(key);
        if idb::is_open() {
            idb::delete(idb::RECOVERY, key).await?;
        }
    }
    Ok(())
}

/// What the browser says about this site's storage (the Storage API): whether
/// it is kept until the user clears it, and the space used and allowed in
/// bytes. None where the browser has no such API.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Durability {
    pub persisted: Option<bool>,
    pub used: Option<f64>,
    pub quota: Option<f64>,
}

pub async fn durability() -> Durability {
    let persisted = local::storage_manager_call("persisted").await.and_then(|v| v.as_bool());
    let estimate = local::storage_manager_call("estimate").await;
    let field =
        |k: &str| estimate.as_ref().and_then(|e| js_sys::Reflect::get(e, &k.into()).ok()).and_then(|v| v.as_f64());
    Durability { persisted, used: field("usage"), quota: field("quota") }
}

/// Other tabs hear of every write to IndexedDB here (localStorage has its
/// storage event; IndexedDB has none).
const CHANNEL: &str = "campaign-planner";

thread_local! {
    /// One channel for sending and hearing: a channel hears every other
    /// channel of its name, in this page too, but never itself.
    static CHANNEL_HERE: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new(CHANNEL).ok();
}

/// Tells other tabs that the entry under `key` (its localStorage name) changed.
fn announce(key: &str) {
    if idb::is_open() {
        CHANNEL_HERE.with(|c| c.as_ref().map(|c| c.post_message(&key.into())));
    }
}

/// Listens for other tabs' writes: `f` gets the changed entry's key, as the
/// storage event gives it. Stops when the returned value is dropped.
pub fn listen(f: impl Fn(String) + 'static) -> Listening {
    let channel = CHANNEL_HERE.with(Clone::clone);
    let handler =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(key) = e.data().as_string().filter(|k| k.starts_with(PREFIX)) {
                f(key);
            }
        });
    if let Some(c) = &channel {
        c.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    }
    Listening { channel, _handler: handler }
}

pub struct Listening {
    channel: Option<web_sys::BroadcastChannel>,
    _handler: wasm_bindgen::closure::Closure<dyn Fn(web_sys::MessageEvent)>,
}

impl Drop for Listening {
    fn drop(&mut self) {
        if let Some(c) = &self.channel {
            c.set_onmessage(None);
        }
    }
}

/// Forgets the open database, so the next `load` opens it again (the browser
/// tests, which play a new page).
pub fn reset() {
    idb::close();
}
