//! IndexedDB, the store with room for years of plans: one database with a
//! store of plan entries, one of other entries (the knowledge base) and one
//! of entries kept aside for recovery, each holding text keyed by a string.
//! Requests are awaited as promises whose handlers are the promise's own
//! resolve and reject (no closures to keep alive); the one check that must
//! run inside a transaction (a plan's revision before it is overwritten)
//! runs in the read's success handler, so no await can let the transaction
//! commit early. Must not know the plan format beyond `io::stored_revision`,
//! nor localStorage, nor the UI.

use super::SaveError;
use js_sys::Promise;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "campaign-planner";
const DB_VERSION: u32 = 1;
pub const PLANS: &str = "plans";
pub const ENTRIES: &str = "entries";
pub const RECOVERY: &str = "recovery";
/// Each plan's card (what the library lists), beside its entry, so that a
/// library of hundreds of plans opens without reading them.
pub const CARDS: &str = "cards";

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// The open database, when this browser has one for us.
fn db() -> Option<IdbDatabase> {
    DB.with(|d| d.borrow().clone())
}

pub fn is_open() -> bool {
    DB.with(|d| d.borrow().is_some())
}

/// A refused request or transaction, by its error's name.
fn failure(e: Option<web_sys::DomException>) -> SaveError {
    e.map_or(SaveError::Unavailable, |e| super::by_name(&e.name()))
}

/// A request refused as it was made (a full disk can refuse a put at once).
fn thrown(e: JsValue) -> SaveError {
    failure(e.dyn_into::<web_sys::DomException>().ok())
}

/// Waits for a request's success (its result) or failure.
async fn settle(req: &IdbRequest) -> Result<JsValue, SaveError> {
    let p = Promise::new(&mut |ok, bad| {
        req.set_onsuccess(Some(&ok));
        req.set_onerror(Some(&bad));
    });
    let out = JsFuture::from(p).await;
    req.set_onsuccess(None);
    req.set_onerror(None);
    match out {
        Ok(_) => req.result().map_err(|_| SaveError::Unavailable),
        Err(_) => Err(failure(req.error().ok().flatten())),
    }
}

/// Waits until a transaction is committed (its writes are on disk as far as
/// the browser promises), or aborted (a full quota, a refused check).
async fn committed(tx: &IdbTransaction) -> Result<(), SaveError> {
    let p = Promise::new(&mut |ok, bad| {
        tx.set_oncomplete(Some(&ok));
        tx.set_onabort(Some(&bad));
    });
    let out = JsFuture::from(p).await;
    tx.set_oncomplete(None);
    tx.set_onabort(None);
    out.map(|_| ()).map_err(|_| failure(tx.error()))
}

/// Opens (and on first use creates) the database. Waits at most `wait_ms`:
/// a browser that neither opens nor refuses (another tab holding an old
/// version, a stuck profile) leaves the app on localStorage, not on a blank page.
pub async fn open(wait_ms: i32) -> Result<(), SaveError> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(SaveError::Unavailable)?;
    let req = factory.open_with_u32(DB_NAME, DB_VERSION).map_err(|_| SaveError::Unavailable)?;
    let upgrading = req.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            let have = db.object_store_names();
            for name in [PLANS, ENTRIES, RECOVERY, CARDS] {
                if !have.contains(name) {
                    let _ = db.create_object_store(name);
                }
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let timeout = Promise::new(&mut |ok, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&ok, wait_ms);
        }
    });
    let opened = Promise::new(&mut |ok, bad| {
        req.set_onsuccess(Some(&ok));
        req.set_onerror(Some(&bad));
    });
    let raced = JsFuture::from(Promise::race(&js_sys::Array::of2(&opened, &timeout))).await;
    req.set_onupgradeneeded(None);
    let db = match raced {
        Ok(_) => req.result().ok().and_then(|r| r.dyn_into::<IdbDatabase>().ok()),
        Err(_) => None,
    }
    .ok_or(SaveError::Unavailable)?;
    // Another tab's newer version asks us to let go: close, so it is not blocked.
    let closing = db.clone();
    let on_change = Closure::<dyn FnMut()>::new(move || closing.close());
    db.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    DB.with(|d| *d.borrow_mut() = Some(db));
    Ok(())
}

/// Forgets the open database (tests reopen it as a new page would).
pub fn close() {
    if let Some(db) = DB.with(|d| d.borrow_mut().take()) {
        db.close();
    }
}

fn tx(stores: &[&str], mode: IdbTransactionMode) -> Result<IdbTransaction, SaveError> {
    let db = db().ok_or(SaveError::Unavailable)?;
    let names = js_sys::Array::new();
    for s in stores {
        names.push(&JsValue::from_str(s));
    }
    db.transaction_with_str_sequence_and_mode(&names, mode).map_err(|_| SaveError::Unavailable)
}

/// The text under `key` in `store` (None when absent).
pub async fn get(store: &str, key: &str) -> Result<Option<String>, SaveError> {
    let t = tx(&[store], IdbTransactionMode::Readonly)?;
    let req = t.object_store(store).and_then(|s| s.get(&key.into())).map_err(|_| SaveError::Unavailable)?;
    Ok(settle(&req).await?.as_string())
}

/// Every (key, text) in `store`, in key order, read in one transaction.
pub async fn all(store: &str) -> Result<Vec<(String, String)>, SaveError> {
    let t = tx(&[store], IdbTransactionMode::Readonly)?;
    let s = t.object_store(store).map_err(|_| SaveError::Unavailable)?;
    let keys = s.get_all_keys().map_err(|_| SaveError::Unavailable)?;
    let values = s.get_all().map_err(|_| SaveError::Unavailable)?;
    let keys: js_sys::Array = settle(&keys).await?.unchecked_into();
    let values: js_sys::Array = settle(&values).await?.unchecked_into();
    Ok(keys.iter().zip(values.iter()).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
}

/// The keys of `store`, without reading the entries.
pub async fn keys(store: &str) -> Result<Vec<String>, SaveError> {
    let t = tx(&[store], IdbTransactionMode::Readonly)?;
    let req = t.object_store(store).and_then(|s| s.get_all_keys()).map_err(|_| SaveError::Unavailable)?;
    let keys: js_sys::Array = settle(&req).await?.unchecked_into();
    Ok(keys.iter().filter_map(|k| k.as_string()).collect())
}

/// Writes `text` under `key`, committed when this returns Ok.
pub async fn put(store: &str, key: &str, text: &str) -> Result<(), SaveError> {
    let t = tx(&[store], IdbTransactionMode::Readwrite)?;
    t.object_store(store).and_then(|s| s.put_with_key(&text.into(), &key.into())).map_err(thrown)?;
    committed(&t).await
}

/// Removes `key` from `store` (nothing when absent).
pub async fn delete(store: &str, key: &str) -> Result<(), SaveError> {
    let t = tx(&[store], IdbTransactionMode::Readwrite)?;
    t.object_store(store).and_then(|s| s.delete(&key.into())).map_err(|_| SaveError::Unavailable)?;
    committed(&t).await
}

/// Moves the text under `key` in `from` to `to_key` in `to`, in one
/// transaction: both or neither.
pub async fn move_entry(from: &str, key: &str, to: &str, to_key: &str, text: &str) -> Result<(), SaveError> {
    let t = tx(&[from, to], IdbTransactionMode::Readwrite)?;
    t.object_store(to).and_then(|s| s.put_with_key(&text.into(), &to_key.into())).map_err(thrown)?;
    t.object_store(from).and_then(|s| s.delete(&key.into())).map_err(|_| SaveError::Unavailable)?;
    committed(&t).await
}

/// Removes a plan's entry and its card, in one transaction.
pub async fn delete_plan(id: &str) -> Result<(), SaveError> {
    let t = tx(&[PLANS, CARDS], IdbTransactionMode::Readwrite)?;
    for store in [PLANS, CARDS] {
        t.object_store(store).and_then(|s| s.delete(&id.into())).map_err(|_| SaveError::Unavailable)?;
    }
    committed(&t).await
}

/// Writes a plan entry and its card unless the stored entry's revision is
/// past `base` (then `Conflict`, nothing written): the read and the writes
/// are one transaction, so no other tab can write between them. The check
/// runs in the read's success handler, inside the transaction.
pub async fn put_unless_newer(id: &str, text: String, base: u64, card: String) -> Result<(), SaveError> {
    let t = tx(&[PLANS, CARDS], IdbTransactionMode::Readwrite)?;
    let store = t.object_store(PLANS).map_err(|_| SaveError::Unavailable)?;
    let cards = t.object_store(CARDS).map_err(|_| SaveError::Unavailable)?;
    let read = store.get(&id.into()).map_err(|_| SaveError::Unavailable)?;
    // Why the transaction was aborted here, when it was.
    let verdict: Rc<Cell<Option<SaveError>>> = Rc::new(Cell::new(None));
    let (seen, key, reading) = (verdict.clone(), id.to_string(), read.clone());
    let check = Closure::once_into_js(move || {
        // Only the head of the stored text is copied out of JavaScript.
        let head = reading.result().ok().filter(|v| v.is_string()).map(|v| {
            let s: js_sys::JsString = v.unchecked_into();
            String::from(s.slice(0, 200))
        });
        let stored = head.as_deref().and_then(crate::io::stored_revision).unwrap_or(0);
        let refused = if stored > base {
            Some(SaveError::Conflict { plan_id: key.clone() })
        } else {
            store
                .put_with_key(&text.into(), &key.clone().into())
                .and_then(|_| cards.put_with_key(&card.into(), &key.into()))
                .err()
                .map(thrown)
        };
        if let Some(why) = refused {
            seen.set(Some(why));
            let _ = store.transaction().abort();
        }
    });
    read.set_onsuccess(Some(check.unchecked_ref()));
    let out = committed(&t).await;
    read.set_onsuccess(None);
    match (out, verdict.take()) {
        (Err(_), Some(why)) => Err(why),
        (other, _) => other,
    }
}
