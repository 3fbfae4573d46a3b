//! Browser tests (wasm-bindgen-test in headless Chromium): the store in
//! IndexedDB (write, read, revision conflict, a full disk, unreadable and
//! mended entries, the move in from localStorage with the fixtures of every
//! version, the journal that brings back a write cut short by a closing page,
//! a browser without IndexedDB), the localStorage store it falls back to
//! (quota, blocked and corrupt data), and the mounted app.
#![cfg(target_arch = "wasm32")]

use campaign_planner::model::sample::sample_plan;

use campaign_planner::model::base::day::Day;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::storage::{self, local, SaveError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn ls() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// The day the stored cards are made on (a fixed clock).
fn today() -> Day {
    Day::ymd(2026, 12, 1)
}

/// Saves `p` through the store as autosave does, with its card.
fn save(
    p: &campaign_planner::model::plan::Plan,
    base: u64,
    force: bool,
) -> impl std::future::Future<Output = Result<u64, SaveError>> {
    storage::save_plan(p, &campaign_planner::model::knowledge::card::card_of(p, today()), base, force)
}

/// Opens a stored plan as the library does: the plan and its revision.
async fn open(id: &str) -> Option<(campaign_planner::model::plan::Plan, u64)> {
    match storage::open_plan(id).await.0 {
        storage::Opened::Plan { plan, rev } => Some((plan, rev)),
        _ => None,
    }
}

fn plan(id: &str) -> campaign_planner::model::plan::Plan {
    sample_plan(id.into(), Day::ymd(2026, 11, 22), SampleLang::Zh)
}

/// What the localStorage store holds (where a browser has no IndexedDB).
fn local_load() -> storage::Loaded {
    let mut out = local::load_index();
    local::load_plans(&mut out);
    out
}

/// A browser that has never seen the app: no localStorage, no database.
async fn clean() {
    ls().clear().unwrap();
    storage::reset();
    let req = web_sys::window().unwrap().indexed_db().unwrap().unwrap().delete_database("campaign-planner").unwrap();
    let p = js_sys::Promise::new(&mut |ok, bad| {
        req.set_onsuccess(Some(&ok));
        req.set_onerror(Some(&bad));
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Runs `f` with localStorage.setItem throwing QuotaExceededError.
fn with_full_storage<T>(f: impl FnOnce() -> T) -> T {
    let js = js_sys::Function::new_no_args(
        "window.__setItem = Storage.prototype.setItem;\
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    js.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    let out = f();
    js_sys::Function::new_no_args("Storage.prototype.setItem = window.__setItem;")
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
    out
}

/// Runs `f` with `window.localStorage` throwing SecurityError, as a browser
/// does when a site's storage is blocked.
fn with_blocked_storage<T>(f: impl FnOnce() -> T) -> T {
    let js = js_sys::Function::new_no_args(
        "const d = Object.getOwnPropertyDescriptor(window, 'localStorage')\
             || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');\
         window.__ls = d;\
         Object.defineProperty(window, 'localStorage', { configurable: true,\
           get() { throw new DOMException('blocked', 'SecurityError'); } });",
    );
    js.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    let out = f();
    js_sys::Function::new_no_args(
        "if (Object.getOwnPropertyDescriptor(window, 'localStorage').get.toString().includes('blocked')) {\
           if (Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage')) delete window.localStorage;\
           else Object.defineProperty(window, 'localStorage', window.__ls);\
         }",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
    out
}

/// Blocked storage is reported, never reached: gloo-storage's `raw()` would
/// panic, and no function of `storage` calls it without asking first.
#[wasm_bindgen_test]
fn blocked_storage_is_unavailable_and_nothing_panics() {
    ls().clear().unwrap();
    local::save_plan(&plan("kept"), 0, false).unwrap();
    let p = plan("b");
    with_blocked_storage(|| {
        assert!(web_sys::window().unwrap().local_storage().is_err());
        let loaded = local_load();
        assert!(!loaded.available && loaded.plans.is_empty());
        assert_eq!(local::save_plan(&p, 0, false), Err(SaveError::Unavailable));
        assert_eq!(local::save_index(&storage::Index::default()), Err(SaveError::Unavailable));
        assert_eq!(local::remove_plan("kept"), Err(SaveError::Unavailable));
        assert!(local::read_plan("kept").is_none());
        assert_eq!(local::stored_rev("kept"), None);
        assert!(local::recovery_texts().is_empty());
        assert_eq!(local::usage_chars(), 0);
    });
    // Unblocked again, what was there is still there.
    assert_eq!(local_load().plans.len(), 1);
    assert_eq!(local::stored_rev("kept"), Some(1));
}

/// A full quota through gloo-storage is `Quota` for plans and the index, and
/// the stored copies stay as they were.
#[wasm_bindgen_test]
fn a_full_quota_is_reported_for_plans_and_the_index() {
    ls().clear().unwrap();
    local::save_plan(&plan("f"), 0, false).unwrap();
    let ix = storage::Index { plans: vec!["f".into()], current: Some("f".into()), locale: None };
    local::save_index(&ix).unwrap();
    let changed = storage::Index { locale: Some("en".into()), ..ix.clone() };
    with_full_storage(|| {
        assert_eq!(local::save_plan(&plan("f"), 1, false), Err(SaveError::Quota));
        assert_eq!(local::save_index(&changed), Err(SaveError::Quota));
        // The same index again needs no write, so it does not fail.
        assert_eq!(local::save_index(&ix), Ok(()));
    });
    let loaded = local_load();
    assert_eq!((loaded.index, loaded.plans[0].1), (ix, 1));
}

#[wasm_bindgen_test]
fn saves_and_loads_plans_with_revisions() {
    ls().clear().unwrap();
    let p = plan("a");
    assert_eq!(local::save_plan(&p, 0, false), Ok(1));
    assert_eq!(local::save_plan(&p, 1, false), Ok(2));
    local::save_index(&storage::Index {
        plans: vec!["a".into()],
        current: Some("a".into()),
        locale: Some("en".into()),
    })
    .unwrap();
    let loaded = local_load();
    assert!(loaded.available && loaded.had_index && loaded.recovered.is_empty());
    assert_eq!(loaded.plans, vec![(p.clone(), 2)]);
    assert_eq!(loaded.index.locale.as_deref(), Some("en"));
    // Another tab saved revision 2; a save based on revision 1 is refused.
    assert_eq!(local::save_plan(&p, 1, false), Err(SaveError::Conflict { plan_id: "a".into() }));
    assert_eq!(local::save_plan(&p, 1, true), Ok(3));
    local::remove_plan("a").unwrap();
    assert!(local_load().plans.is_empty());
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_keeps_the_old_copy() {
    ls().clear().unwrap();
    let mut p = plan("q");
    local::save_plan(&p, 0, false).unwrap();
    p.name = "改过".into();
    assert_eq!(with_full_storage(|| local::save_plan(&p, 1, false)), Err(SaveError::Quota));
    assert_eq!(local::read_plan("q").unwrap().0.name, "新品A上市推广（示例）");
}

#[wasm_bindgen_test]
fn unreadable_entries_are_kept_aside_not_overwritten() {
    ls().clear().unwrap();
    local::save_plan(&plan("good"), 0, false).unwrap();
    ls().set_item("campaign-planner:plan:bad", "{\"format\":\"campaign-planner\",").unwrap();
    ls().set_item("campaign-planner:index", "not json").unwrap();
    let loaded = local_load();
    assert_eq!(loaded.plans.len(), 1, "the good plan still loads");
    assert_eq!(loaded.recovered.len(), 2);
    assert!(!loaded.index_blocked);
    assert_eq!(ls().get_item("campaign-planner:plan:bad").unwrap(), None);
    let keys = local::recovery_keys();
    let bad = keys.iter().find(|k| k.ends_with(":campaign-planner:plan:bad")).expect("recovery key");
    assert_eq!(ls().get_item(bad).unwrap().as_deref(), Some("{\"format\":\"campaign-planner\","));
    // When even the copy cannot be written, the original stays untouched.
    ls().clear().unwrap();
    ls().set_item("campaign-planner:index", "broken").unwrap();
    let loaded = with_full_storage(local_load);
    assert!(loaded.index_blocked);
    assert_eq!(ls().get_item("campaign-planner:index").unwrap().as_deref(), Some("broken"));
}

#[wasm_bindgen_test]
fn a_stored_plan_that_breaks_a_rule_opens_mended_and_its_text_is_kept() {
    ls().clear().unwrap();
    let mut p = plan("mend");
    p.strategy.goals[0].owner = Some("gone".into());
    p.work_items[0].raci.insert("ghost".into(), campaign_planner::model::schedule::data::Raci::A);
    let text = campaign_planner::io::encode_stored(&p, 3);
    ls().set_item("campaign-planner:plan:mend", &text).unwrap();
    let loaded = local_load();
    assert_eq!(loaded.plans.len(), 1, "the plan opens");
    assert_eq!(loaded.plans[0].0.strategy.goals[0].owner, None);
    assert_eq!(loaded.repaired.len(), 1);
    assert_eq!(loaded.repaired[0].1.len(), 2, "{:?}", loaded.repaired);
    // The entry stays where it was until the mended plan is saved over it,
    // and the text as it was is listed in the recovery area.
    assert_eq!(ls().get_item("campaign-planner:plan:mend").unwrap().as_deref(), Some(text.as_str()));
    let entries = local::recovery_texts();
    assert_eq!(entries.len(), 1);
    assert_eq!(campaign_planner::io::peek_plan_name(&entries[0].1).as_deref(), Some(p.name.as_str()));
    assert_eq!(local::read_recovery(&entries[0].0).as_deref(), Some(text.as_str()));
    assert!(local::usage_chars() >= 2 * text.chars().count());
    local::remove_recovery(&entries[0].0).unwrap();
    assert!(local::recovery_texts().is_empty());
    // Only recovery keys can be read or removed through these calls.
    assert_eq!(local::read_recovery("campaign-planner:plan:mend"), None);
    local::remove_recovery("campaign-planner:plan:mend").unwrap();
    assert!(ls().get_item("campaign-planner:plan:mend").unwrap().is_some());
}

/// Runs a snippet of JavaScript that returns a promise, and waits for it.
async fn js(args: &str, body: &str, values: &[&str]) {
    let f = js_sys::Function::new_with_args(args, body);
    let a = js_sys::Array::new();
    for v in values {
        a.push(&wasm_bindgen::JsValue::from_str(v));
    }
    let p: js_sys::Promise = f.apply(&wasm_bindgen::JsValue::NULL, &a).unwrap().unchecked_into();
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Writes `text` under `key` in the app's store `store`, behind its back.
async fn put_raw(store: &str, key: &str, text: &str) {
    js(
        "store,key,text",
        "return new Promise((ok, bad) => { const r = indexedDB.open('campaign-planner');\
           r.onsuccess = () => { const t = r.result.transaction(store, 'readwrite');\
             t.objectStore(store).put(text, key); t.oncomplete = () => { r.result.close(); ok(); }; t.onabort = bad; };\
           r.onerror = bad; });",
        &[store, key, text],
    )
    .await;
}

/// Makes IndexedDB writes fail as a full disk does (or work again).
fn fail_writes(on: bool) {
    let body = if on {
        "window.__put = window.__put || IDBObjectStore.prototype.put;\
         IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };"
    } else {
        "if (window.__put) IDBObjectStore.prototype.put = window.__put;"
    };
    js_sys::Function::new_no_args(body).call0(&wasm_bindgen::JsValue::NULL).unwrap();
}

/// Makes `window.indexedDB` missing, as in a browser without it (or back).
fn block_idb(on: bool) {
    let body = if on {
        "window.__idb = Object.getOwnPropertyDescriptor(window, 'indexedDB')\
           || Object.getOwnPropertyDescriptor(Window.prototype, 'indexedDB');\
         Object.defineProperty(window, 'indexedDB', { configurable: true, get() { return null; } });"
    } else {
        "if (Object.getOwnPropertyDescriptor(Window.prototype, 'indexedDB')) delete window.indexedDB;\
         else Object.defineProperty(window, 'indexedDB', window.__idb);"
    };
    js_sys::Function::new_no_args(body).call0(&wasm_bindgen::JsValue::NULL).unwrap();
}

/// Write, read, a revision conflict and a forced save, in IndexedDB; a new
/// page reads the same.
#[wasm_bindgen_test]
async fn the_database_saves_reads_and_refuses_to_overwrite_a_newer_revision() {
    clean().await;
    let loaded = storage::load(today()).await;
    assert!(loaded.available && !loaded.idb_missing && loaded.plans.is_empty() && !loaded.had_index);
    assert_eq!(storage::backend(), storage::Backend::IndexedDb);
    let mut p = plan("a");
    assert_eq!(save(&p, 0, false).await, Ok(1));
    assert_eq!(save(&p, 1, false).await, Ok(2));
    assert!(ls().get_item("campaign-planner:plan:a").unwrap().is_none(), "not in localStorage");
    assert_eq!(storage::read_plan("a").await, Some((p.clone(), 2)));
    // Another tab saved revision 2: a save based on revision 1 is refused and writes nothing.
    p.name = "在旧版本上改的".into();
    assert_eq!(save(&p, 1, false).await, Err(SaveError::Conflict { plan_id: "a".into() }));
    assert_eq!(storage::read_plan("a").await, Some((plan("a"), 2)));
    // "Keep mine" overwrites, past their revision.
    assert_eq!(save(&p, 1, true).await, Ok(3));
    storage::reset();
    let loaded = storage::load(today()).await;
    assert!(loaded.plans.is_empty(), "listed, not read: no plan was open");
    assert_eq!(loaded.cards, vec![campaign_planner::model::knowledge::card::card_of(&p, today())]);
    assert_eq!(open("a").await, Some((p.clone(), 3)));
    storage::remove_plan("a").await.unwrap();
    assert!(storage::read_card("a").await.is_none(), "the card goes with its plan");
    assert!(storage::read_plan("a").await.is_none());
    assert!(storage::plan_ids().await.is_empty());
}

/// A full disk refuses the write: `Quota`, and the stored copy stays as it was.
#[wasm_bindgen_test]
async fn a_full_database_is_reported_and_keeps_the_old_copy() {
    clean().await;
    storage::load(today()).await;
    let mut p = plan("q");
    save(&p, 0, false).await.unwrap();
    p.name = "改过".into();
    fail_writes(true);
    let refused = save(&p, 1, false).await;
    let forced = save(&p, 1, true).await;
    fail_writes(false);
    assert_eq!((refused, forced), (Err(SaveError::Quota), Err(SaveError::Quota)));
    assert_eq!(storage::read_plan("q").await, Some((plan("q"), 1)));
}

/// An entry that cannot be read is moved aside into the recovery store; a
/// plan that opens only after mends has its text kept there first. Both
/// are listed, readable and removable.
#[wasm_bindgen_test]
async fn unreadable_and_mended_entries_in_the_database_are_kept_aside() {
    clean().await;
    storage::load(today()).await;
    save(&plan("good"), 0, false).await.unwrap();
    put_raw("plans", "bad", "{\"format\":\"campaign-planner\",").await;
    let mut m = plan("mend");
    m.strategy.goals[0].owner = Some("gone".into());
    let text = campaign_planner::io::encode_stored(&m, 3);
    put_raw("plans", "mend", &text).await;
    storage::reset();
    let loaded = storage::load(today()).await;
    assert_eq!(loaded.cards.len(), 2, "the good and the mended plan are listed");
    assert_eq!(loaded.plans.len(), 1, "the mended plan is read, to be saved mended");
    assert_eq!(loaded.repaired.len(), 1);
    assert_eq!(loaded.recovered.len(), 1);
    assert!(storage::read_plan("bad").await.is_none(), "moved, not copied");
    let entries = storage::recovery_entries().await;
    assert_eq!(entries.len(), 2);
    let bad = entries.iter().find(|e| e.key.ends_with(":campaign-planner:plan:bad")).expect("kept aside");
    assert_eq!(bad.text, "{\"format\":\"campaign-planner\",");
    let kept = entries.iter().find(|e| e.key.ends_with(":campaign-planner:plan:mend")).expect("text kept");
    assert_eq!(kept.name.as_deref(), Some(m.name.as_str()));
    assert_eq!(storage::read_recovery(&kept.key).await.as_deref(), Some(text.as_str()));
    storage::remove_recovery(&bad.key).await.unwrap();
    assert_eq!(storage::recovery_entries().await.len(), 1);
    // Only the recovery area's entries can be read or removed through these calls.
    assert_eq!(storage::read_recovery("campaign-planner:index").await, None);
}

/// The file of every earlier version, as each app version left it in
/// localStorage, with the knowledge base and a recovery entry: on the first
/// start with IndexedDB each is copied, read back, compared and only then
/// removed. When the copy fails, the entry stays where it was, is listed,
/// and moves on a later start.
#[wasm_bindgen_test]
async fn a_localstorage_profile_of_every_version_moves_in_without_loss() {
    let fixtures = [
        include_str!("fixtures/v1-sample.campaign.json"),
        include_str!("fixtures/v2-sample.campaign.json"),
        include_str!("fixtures/v3-sample.campaign.json"),
        include_str!("fixtures/v4-sample.campaign.json"),
        include_str!("fixtures/v5-sample.campaign.json"),
        include_str!("fixtures/v6-sample.campaign.json"),
        include_str!("fixtures/v7-sample.campaign.json"),
        include_str!("fixtures/v7-closed.campaign.json"),
        include_str!("fixtures/v8-sample.campaign.json"),
        include_str!("fixtures/v8-reporting.campaign.json"),
        include_str!("fixtures/v9-sample.campaign.json"),
        include_str!("fixtures/v9-ratio.campaign.json"),
        include_str!("fixtures/v10-sample.campaign.json"),
        include_str!("fixtures/v11-sample.campaign.json"),
        include_str!("fixtures/v11-updates.campaign.json"),
    ];
    let knowledge = include_str!("fixtures/knowledge-v1.knowledge.json");
    let profile = || {
        ls().clear().unwrap();
        let mut ids = vec![];
        for (i, text) in fixtures.iter().enumerate() {
            // Each under its own id, with the revision the app stored it at.
            let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
            let id = format!("v{i}");
            v["plan"]["id"] = id.clone().into();
            v["revision"] = 4.into();
            ls().set_item(&format!("campaign-planner:plan:{id}"), &v.to_string()).unwrap();
            ids.push(id);
        }
        ls().set_item("campaign-planner:knowledge", knowledge).unwrap();
        ls().set_item("campaign-planner:recovery:1700000000000:campaign-planner:plan:old", "{\"plan\":{").unwrap();
        ls().set_item("campaign-planner:index", &serde_json::json!({ "plans": ids, "current": "v3" }).to_string())
            .unwrap();
        ids
    };
    let local_plans =
        || (0..ls().length().unwrap()).filter_map(|i| ls().key(i).unwrap()).filter(|k| k.contains(":plan:v")).count();
    // The copy fails: nothing moves, nothing is lost, all is listed and opens as before.
    clean().await;
    let ids = profile();
    fail_writes(true);
    let loaded = storage::load(today()).await;
    fail_writes(false);
    assert_eq!(loaded.moved, 0);
    assert_eq!(loaded.not_moved.len(), fixtures.len() + 2);
    assert_eq!(local_plans(), fixtures.len(), "every entry stays where it was");
    let listed = storage::recovery_entries().await;
    assert_eq!(listed.iter().filter(|e| e.not_moved).count(), fixtures.len() + 1, "plans and the knowledge base");
    // The next start moves them all.
    storage::reset();
    let loaded = storage::load(today()).await;
    assert_eq!(loaded.moved, fixtures.len() + 2);
    assert!(loaded.not_moved.is_empty() && loaded.recovered.is_empty());
    assert_eq!(local_plans(), 0, "removed once read back");
    assert!(ls().get_item("campaign-planner:knowledge").unwrap().is_none());
    assert_eq!(loaded.cards.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), ids, "listed in the index's order");
    assert_eq!(loaded.plans.iter().map(|(p, _)| p.id.as_str()).collect::<Vec<_>>(), ["v3"], "the open plan is read");
    for (id, text) in ids.iter().zip(fixtures) {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        v["plan"]["id"] = id.clone().into();
        let (direct, _, _) = campaign_planner::io::decode_stored(&v.to_string()).unwrap();
        assert_eq!(open(id).await, Some((direct, 4)), "{id} reads as its file does");
    }
    assert_eq!(loaded.knowledge, campaign_planner::io::knowledge::import_knowledge(knowledge).unwrap());
    assert!(!loaded.knowledge.is_empty());
    let listed = storage::recovery_entries().await;
    assert_eq!(listed.len(), 1, "the recovery entry moved too");
    assert_eq!(listed[0].text, "{\"plan\":{");
    // A later start finds nothing more to move.
    storage::reset();
    let again = storage::load(today()).await;
    assert_eq!((again.moved, again.cards.len()), (0, fixtures.len()));
}

/// The page closes while a save is on its way: the journal, written
/// synchronously as it went, brings the edit back on the next start, and
/// goes once the plan is saved. A journal another tab has since overtaken is
/// kept in the recovery area, never written over theirs.
#[wasm_bindgen_test]
async fn the_journal_brings_back_an_edit_whose_write_the_closing_page_cut_short() {
    clean().await;
    storage::load(today()).await;
    let mut p = plan("j");
    save(&p, 0, false).await.unwrap();
    p.name = "关页前的修改".into();
    storage::write_journal(&p, 1);
    // The write starts as the page goes, and never lands.
    fail_writes(true);
    assert_eq!(save(&p, 1, false).await, Err(SaveError::Quota));
    fail_writes(false);
    storage::reset();
    let loaded = storage::load(today()).await;
    assert_eq!(loaded.journaled, vec!["j".to_string()]);
    assert_eq!(loaded.plans, vec![(p.clone(), 1)], "the edit is back, on the revision it was made on");
    assert_eq!(save(&p, 1, false).await, Ok(2));
    assert!(ls().get_item("campaign-planner:journal:j").unwrap().is_none(), "saved: the journal goes");
    // A journal whose write did land is simply dropped.
    storage::write_journal(&p, 1);
    storage::reset();
    let loaded = storage::load(today()).await;
    assert!(loaded.journaled.is_empty() && loaded.recovered.is_empty());
    assert!(ls().get_item("campaign-planner:journal:j").unwrap().is_none());
    // Overtaken: another tab saved revision 3 after this edit started from 2.
    let mut theirs = p.clone();
    theirs.name = "另一个标签页的".into();
    save(&theirs, 2, false).await.unwrap();
    let mut mine = p.clone();
    mine.name = "我没保存上的".into();
    storage::write_journal(&mine, 2);
    storage::reset();
    let loaded = storage::load(today()).await;
    assert!(loaded.journaled.is_empty());
    assert_eq!(loaded.plans, vec![(theirs.clone(), 3)]);
    assert_eq!(loaded.recovered.len(), 1);
    let listed = storage::recovery_entries().await;
    assert!(listed.iter().any(|e| e.text.contains("我没保存上的")), "kept aside");
}

/// A browser without IndexedDB keeps plans in localStorage, as before, and
/// says so.
#[wasm_bindgen_test]
async fn without_indexeddb_plans_stay_in_localstorage() {
    clean().await;
    block_idb(true);
    let loaded = storage::load(today()).await;
    let backend = storage::backend();
    let saved = save(&plan("l"), 0, false).await;
    let in_local = ls().get_item("campaign-planner:plan:l").unwrap().is_some();
    let read = storage::read_plan("l").await.map(|(_, rev)| rev);
    block_idb(false);
    assert!(loaded.idb_missing && loaded.available);
    assert_eq!(backend, storage::Backend::Local);
    assert_eq!(saved, Ok(1));
    assert!(in_local);
    assert_eq!(read, Some(1));
}

#[wasm_bindgen_test]
fn the_crash_page_says_work_is_safe_and_shows_the_detail_as_text() {
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.document_element().unwrap().set_attribute("lang", "en").unwrap();
    campaign_planner::ui::show_crash_page("panicked at <b>src/x.rs</b>: boom");
    let page = doc.get_element_by_id("crash-page").expect("crash page");
    let text = page.text_content().unwrap();
    assert!(text.contains("Sorry, the app ran into an error"), "{text}");
    assert!(text.contains("safe up to the last"), "{text}");
    assert!(text.contains("panicked at <b>src/x.rs</b>: boom"), "the detail is text");
    assert!(page.query_selector("b").unwrap().is_none(), "never HTML");
    assert!(page.query_selector("a[data-action=reload][href='']").unwrap().is_some(), "a reload button");
    // A second panic does not stack a second page.
    campaign_planner::ui::show_crash_page("again");
    assert_eq!(doc.query_selector_all("#crash-page").unwrap().length(), 1);
    page.remove();
}

async fn next_frame() {
    let p = js_sys::Promise::new(&mut |ok, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&ok, 50).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// The whole app mounted in a fresh element of the test page, over what is
/// stored (read as a page start reads it).
async fn mount() -> (web_sys::HtmlElement, impl Drop) {
    use leptos::prelude::*;
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    storage::reset();
    let loaded = storage::load(today()).await;
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <campaign_planner::ui::AppRoot loaded /> });
    (host, handle)
}

/// Stores `p` as the only plan, open, and points the URL at one of its views.
async fn store_open(p: &campaign_planner::model::plan::Plan, view: &str) {
    clean().await;
    storage::reset();
    storage::load(today()).await;
    save(p, 0, false).await.unwrap();
    let index = storage::Index { plans: vec![p.id.clone()], current: Some(p.id.clone()), locale: Some("zh-CN".into()) };
    storage::save_index(&index).unwrap();
    web_sys::window().unwrap().location().set_hash(&format!("#/plan/{}/{view}", p.id)).unwrap();
}

/// How many plans are stored.
async fn stored_plans() -> usize {
    storage::plan_ids().await.len()
}

/// The first run lands where plans start, with nothing stored behind the
/// user's back; the sample is one click away and is saved once opened.
#[wasm_bindgen_test]
async fn the_first_run_opens_the_new_plan_page_and_the_sample_is_one_click_away() {
    clean().await;
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let (host, handle) = mount().await;
    next_frame().await;
    assert!(host.query_selector("[data-testid=\"new-plan\"][data-first=\"1\"]").unwrap().is_some());
    next_frame().await;
    assert_eq!(stored_plans().await, 0, "nothing made behind the user's back");
    let open: web_sys::HtmlElement =
        host.query_selector("[data-action=\"open-sample\"]").unwrap().expect("the sample is offered").unchecked_into();
    open.click();
    next_frame().await;
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("示例") || text.contains("sample"), "{text}");
    assert!(host.query_selector("[data-testid=\"overview\"]").unwrap().is_some());
    // Autosave writes the sample within half a second.
    for _ in 0..20 {
        if stored_plans().await == 1 {
            break;
        }
        next_frame().await;
    }
    assert_eq!(stored_plans().await, 1);
    drop(handle);
    host.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

/// A plan of `n` chained actions, saved as the open plan, shown on the Gantt.
async fn seed_gantt(n: usize) {
    use campaign_planner::model::schedule::data::DepKind;
    use campaign_planner::model::schedule::data::Dependency;
    use campaign_planner::model::schedule::data::Level;
    use campaign_planner::model::schedule::data::WorkItem;
    let mut p = campaign_planner::model::plan::Plan::blank("g".into(), "甘特", Day::ymd(2027, 1, 4));
    for i in 0..n {
        let s = Day::ymd(2027, 1, 4).add_days((i / 10) as i64);
        p.work_items.push(WorkItem::new(format!("t{i}"), format!("任务 {i}"), Level::Activity, s, s.add_days(2)));
        if i > 0 {
            p.dependencies.push(Dependency {
                id: format!("l{i}"),
                pred: format!("t{}", i - 1),
                succ: format!("t{i}"),
                kind: DepKind::StartToStart,
                lag: 0,
            });
        }
    }
    store_open(&p, "gantt").await;
}

/// Debug wasm is slow, so 2,000 items here; the end-to-end tests and the
/// bench use 10,000 against the release build.
#[wasm_bindgen_test]
async fn a_large_gantt_renders_only_the_rows_in_view() {
    seed_gantt(2_000).await;
    let (host, handle) = mount().await;
    next_frame().await;
    next_frame().await;
    let chart = host.query_selector(".gantt-scroll").unwrap().expect("the chart is shown");
    let nodes = chart.query_selector_all("*").unwrap().length();
    assert!(nodes <= 3000, "{nodes} nodes");
    let bars = chart.query_selector_all(".bar-g").unwrap().length();
    assert!(bars > 5 && bars < 80, "only the rows in view: {bars}");
    let count = host.query_selector("[data-testid=\"shown-count\"]").unwrap().unwrap().text_content().unwrap();
    assert_eq!(count, "显示 2,000 / 2,000");
    drop(handle);
    host.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

/// The dashboard of the sample, mounted: the open alerts, the red one among
/// them, the twelve cards that need attention first, and "show all".
#[wasm_bindgen_test]
async fn the_dashboard_shows_alerts_and_the_cards_that_need_attention() {
    let today = campaign_planner::ui::state::today();
    let p = campaign_planner::model::sample::sample_plan(
        "s".into(),
        today,
        campaign_planner::model::sample::SampleLang::Zh,
    );
    store_open(&p, "dashboard").await;
    let (host, handle) = mount().await;
    next_frame().await;
    next_frame().await;
    let count = |sel: &str| host.query_selector_all(sel).unwrap().length();
    assert!(count("[data-testid=\"dashboard-alert\"][data-severity=\"red\"]") >= 1);
    let badge = host.query_selector("[data-testid=\"open-alert-count\"]").unwrap().unwrap().text_content().unwrap();
    assert!(badge.parse::<u32>().unwrap() >= 1, "{badge}");
    assert_eq!(count("[data-testid=\"kpi-card\"]"), 12);
    // Worst first: the first card has an open red alert.
    let first = host.query_selector("[data-testid=\"kpi-card\"]").unwrap().unwrap();
    assert!(first.query_selector(".card-alerts.red").unwrap().is_some());
    let more: web_sys::HtmlElement =
        host.query_selector("[data-action=\"all-kpis\"]").unwrap().expect("show all").unchecked_into();
    more.click();
    next_frame().await;
    assert_eq!(count("[data-testid=\"kpi-card\"]"), 17);
    drop(handle);
    host.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn the_risks_page_maps_the_register_and_the_reserve() {
    let today = campaign_planner::ui::state::today();
    let mut p = campaign_planner::model::sample::sample_plan(
        "s".into(),
        today,
        campaign_planner::model::sample::SampleLang::Zh,
    );
    // One risk closed: it leaves the map but stays in the register.
    p.budget.risks[6].status = campaign_planner::model::budget::data::RiskStatus::Closed;
    store_open(&p, "risks").await;
    let (host, handle) = mount().await;
    next_frame().await;
    next_frame().await;
    let count = |sel: &str| host.query_selector_all(sel).unwrap().length();
    let text = |sel: &str| host.query_selector(sel).unwrap().expect(sel).text_content().unwrap();
    assert_eq!(count("[data-testid=\"heat-map\"] [data-cell]"), 25);
    assert_eq!(count(".risk-chip"), 6);
    assert_eq!(count("tr.risk-row"), 7);
    assert_eq!(count(".risk-chip.triggered"), 1);
    // The top-right cells are critical, the bottom-left ones low.
    assert!(host.query_selector("[data-cell=\"5-5\"].critical").unwrap().is_some());
    assert!(host.query_selector("[data-cell=\"1-1\"].low").unwrap().is_some());
    assert_eq!(text("[data-testid=\"reserve-left\"]"), "剩余 ¥80,000");
    // The badge counts the risks not closed (six of the seven), red because one is triggered.
    assert_eq!(count("tr.risk-row[data-status=\"closed\"]"), 1);
    assert_eq!(text("[data-testid=\"risks-count\"]"), "6");
    let badge = host.query_selector("[data-testid=\"risks-count\"]").unwrap().unwrap();
    assert_eq!(badge.class_name(), "count-badge", "red (neither calm nor a warning) because one is triggered");
    drop(handle);
    host.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

/// The document centre's address keeps the document, the period and the
/// zoom, and reads back what it wrote; anything else falls back to the
/// tracking sheet rather than failing.
#[wasm_bindgen_test]
fn a_document_address_round_trips() {
    use campaign_planner::docs::gantt::Zoom;
    use campaign_planner::docs::DocKind;
    use campaign_planner::ui::documents::{docs_hash, parse_sel, Sel};
    for kind in DocKind::ALL {
        for at in [None, Some(Day::ymd(2026, 12, 4))] {
            for zoom in Zoom::ALL {
                let s = Sel { kind, at, zoom: if kind == DocKind::Gantt { zoom } else { Zoom::default() } };
                let h = docs_hash("docs/计划 1", s);
                assert_eq!(parse_sel(&h), s, "{h}");
            }
        }
    }
    let bad = parse_sel("#/plan/x/docs/nonsense/2026-02-30/huge");
    assert_eq!((bad.kind, bad.at, bad.zoom), (DocKind::Tracking, None, Zoom::Week));
}

/// Sets a text box's value and fires `change`, as typing and leaving it does.
fn type_into(host: &web_sys::HtmlElement, sel: &str, text: &str) -> web_sys::HtmlInputElement {
    let el: web_sys::HtmlInputElement = host.query_selector(sel).unwrap().expect(sel).unchecked_into();
    el.set_value(text);
    js_sys::Function::new_with_args("el", "el.dispatchEvent(new Event('change', { bubbles: true }))")
        .call1(&wasm_bindgen::JsValue::NULL, &el)
        .unwrap();
    el
}

#[wasm_bindgen_test]
async fn the_date_box_reads_typed_dates_keeps_bad_text_and_a_new_start_carries_the_end() {
    let p = plan("dates");
    let (start, end) = (p.start, p.end);
    store_open(&p, "setup").await;
    let (host, handle) = mount().await;
    next_frame().await;
    // Shown in the app's format, not the browser's.
    let end_box: web_sys::HtmlInputElement =
        host.query_selector("[data-field=\"end\"]").unwrap().unwrap().unchecked_into();
    assert_eq!(end_box.value(), end.to_string());
    assert_eq!(end_box.type_(), "text");
    // A month and day take the field's year.
    type_into(&host, "[data-field=\"end\"]", "2月1日");
    next_frame().await;
    let want = Day::ymd(end.year(), 2, 1);
    assert_eq!(end_box.value(), want.to_string());
    // Text that is not a date stays, marked, and the plan keeps its date.
    type_into(&host, "[data-field=\"end\"]", "下周五");
    next_frame().await;
    assert_eq!(end_box.value(), "下周五");
    assert_eq!(end_box.get_attribute("aria-invalid").as_deref(), Some("true"));
    // A new start moves the end by as much.
    let len = start.days_until(want);
    let later = start.add_days(100);
    type_into(&host, "[data-field=\"start\"]", &later.to_string());
    next_frame().await;
    assert_eq!(end_box.value(), later.add_days(len).to_string());
    assert_eq!(end_box.get_attribute("aria-invalid"), None);
    drop(handle);
    host.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}
