//! Browser tests (wasm-bindgen-test in headless Chromium): real localStorage
//! saves and loads, quota and corrupt-data handling, and the mounted app.
#![cfg(target_arch = "wasm32")]

use campaign_planner::model::sample::sample_plan;

use campaign_planner::model::base::day::Day;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::storage::{self, SaveError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn ls() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn plan(id: &str) -> campaign_planner::model::plan::Plan {
    sample_plan(id.into(), Day::ymd(2026, 11, 22), SampleLang::Zh)
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
    storage::save_plan(&plan("kept"), 0, false).unwrap();
    let p = plan("b");
    with_blocked_storage(|| {
        assert!(web_sys::window().unwrap().local_storage().is_err());
        let loaded = storage::load();
        assert!(!loaded.available && loaded.plans.is_empty());
        assert_eq!(storage::save_plan(&p, 0, false), Err(SaveError::Unavailable));
        assert_eq!(storage::save_index(&storage::Index::default()), Err(SaveError::Unavailable));
        assert_eq!(storage::remove_plan("kept"), Err(SaveError::Unavailable));
        assert!(storage::read_plan("kept").is_none());
        assert_eq!(storage::stored_rev("kept"), None);
        assert!(storage::recovery_entries().is_empty());
        assert_eq!(storage::usage_chars(), 0);
    });
    // Unblocked again, what was there is still there.
    assert_eq!(storage::load().plans.len(), 1);
    assert_eq!(storage::stored_rev("kept"), Some(1));
}

/// A full quota through gloo-storage is `Quota` for plans and the index, and
/// the stored copies stay as they were.
#[wasm_bindgen_test]
fn a_full_quota_is_reported_for_plans_and_the_index() {
    ls().clear().unwrap();
    storage::save_plan(&plan("f"), 0, false).unwrap();
    let ix = storage::Index { plans: vec!["f".into()], current: Some("f".into()), locale: None };
    storage::save_index(&ix).unwrap();
    let changed = storage::Index { locale: Some("en".into()), ..ix.clone() };
    with_full_storage(|| {
        assert_eq!(storage::save_plan(&plan("f"), 1, false), Err(SaveError::Quota));
        assert_eq!(storage::save_index(&changed), Err(SaveError::Quota));
        // The same index again needs no write, so it does not fail.
        assert_eq!(storage::save_index(&ix), Ok(()));
    });
    let loaded = storage::load();
    assert_eq!((loaded.index, loaded.plans[0].1), (ix, 1));
}

#[wasm_bindgen_test]
fn saves_and_loads_plans_with_revisions() {
    ls().clear().unwrap();
    let p = plan("a");
    assert_eq!(storage::save_plan(&p, 0, false), Ok(1));
    assert_eq!(storage::save_plan(&p, 1, false), Ok(2));
    storage::save_index(&storage::Index {
        plans: vec!["a".into()],
        current: Some("a".into()),
        locale: Some("en".into()),
    })
    .unwrap();
    let loaded = storage::load();
    assert!(loaded.available && loaded.had_index && loaded.recovered.is_empty());
    assert_eq!(loaded.plans, vec![(p.clone(), 2)]);
    assert_eq!(loaded.index.locale.as_deref(), Some("en"));
    // Another tab saved revision 2; a save based on revision 1 is refused.
    assert_eq!(storage::save_plan(&p, 1, false), Err(SaveError::Conflict { plan_id: "a".into() }));
    assert_eq!(storage::save_plan(&p, 1, true), Ok(3));
    storage::remove_plan("a").unwrap();
    assert!(storage::load().plans.is_empty());
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_keeps_the_old_copy() {
    ls().clear().unwrap();
    let mut p = plan("q");
    storage::save_plan(&p, 0, false).unwrap();
    p.name = "改过".into();
    assert_eq!(with_full_storage(|| storage::save_plan(&p, 1, false)), Err(SaveError::Quota));
    assert_eq!(storage::read_plan("q").unwrap().0.name, "新品A上市推广（示例）");
}

#[wasm_bindgen_test]
fn unreadable_entries_are_kept_aside_not_overwritten() {
    ls().clear().unwrap();
    storage::save_plan(&plan("good"), 0, false).unwrap();
    ls().set_item("campaign-planner:plan:bad", "{\"format\":\"campaign-planner\",").unwrap();
    ls().set_item("campaign-planner:index", "not json").unwrap();
    let loaded = storage::load();
    assert_eq!(loaded.plans.len(), 1, "the good plan still loads");
    assert_eq!(loaded.recovered.len(), 2);
    assert!(!loaded.index_blocked);
    assert_eq!(ls().get_item("campaign-planner:plan:bad").unwrap(), None);
    let keys = storage::recovery_keys();
    let bad = keys.iter().find(|k| k.ends_with(":campaign-planner:plan:bad")).expect("recovery key");
    assert_eq!(ls().get_item(bad).unwrap().as_deref(), Some("{\"format\":\"campaign-planner\","));
    // When even the copy cannot be written, the original stays untouched.
    ls().clear().unwrap();
    ls().set_item("campaign-planner:index", "broken").unwrap();
    let loaded = with_full_storage(storage::load);
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
    let loaded = storage::load();
    assert_eq!(loaded.plans.len(), 1, "the plan opens");
    assert_eq!(loaded.plans[0].0.strategy.goals[0].owner, None);
    assert_eq!(loaded.repaired.len(), 1);
    assert_eq!(loaded.repaired[0].1.len(), 2, "{:?}", loaded.repaired);
    // The entry stays where it was until the mended plan is saved over it,
    // and the text as it was is listed in the recovery area.
    assert_eq!(ls().get_item("campaign-planner:plan:mend").unwrap().as_deref(), Some(text.as_str()));
    let entries = storage::recovery_entries();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].name.as_deref(), Some(p.name.as_str()));
    assert_eq!(storage::read_recovery(&entries[0].key).as_deref(), Some(text.as_str()));
    assert!(storage::usage_chars() >= 2 * text.chars().count());
    storage::remove_recovery(&entries[0].key).unwrap();
    assert!(storage::recovery_entries().is_empty());
    // Only recovery keys can be read or removed through these calls.
    assert_eq!(storage::read_recovery("campaign-planner:plan:mend"), None);
    storage::remove_recovery("campaign-planner:plan:mend").unwrap();
    assert!(ls().get_item("campaign-planner:plan:mend").unwrap().is_some());
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

/// The whole app mounted in a fresh element of the test page.
fn mount() -> (web_sys::HtmlElement, impl Drop) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), campaign_planner::ui::AppRoot);
    (host, handle)
}

/// Stores `p` as the only plan, open, and points the URL at one of its views.
fn store_open(p: &campaign_planner::model::plan::Plan, view: &str) {
    ls().clear().unwrap();
    storage::save_plan(p, 0, false).unwrap();
    let index = storage::Index { plans: vec![p.id.clone()], current: Some(p.id.clone()), locale: Some("zh-CN".into()) };
    storage::save_index(&index).unwrap();
    web_sys::window().unwrap().location().set_hash(&format!("#/plan/{}/{view}", p.id)).unwrap();
}

/// The first run lands where plans start, with nothing stored behind the
/// user's back; the sample is one click away and is saved once opened.
#[wasm_bindgen_test]
async fn the_first_run_opens_the_new_plan_page_and_the_sample_is_one_click_away() {
    ls().clear().unwrap();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let (host, handle) = mount();
    next_frame().await;
    assert!(host.query_selector("[data-testid=\"new-plan\"][data-first=\"1\"]").unwrap().is_some());
    next_frame().await;
    assert_eq!(storage::load().plans.len(), 0, "nothing made behind the user's back");
    let open: web_sys::HtmlElement =
        host.query_selector("[data-action=\"open-sample\"]").unwrap().expect("the sample is offered").unchecked_into();
    open.click();
    next_frame().await;
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("示例") || text.contains("sample"), "{text}");
    assert!(host.query_selector("[data-testid=\"overview\"]").unwrap().is_some());
    // Autosave writes the sample within half a second.
    for _ in 0..20 {
        if storage::load().plans.len() == 1 {
            break;
        }
        next_frame().await;
    }
    assert_eq!(storage::load().plans.len(), 1);
    drop(handle);
    host.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

/// A plan of `n` chained actions, saved as the open plan, shown on the Gantt.
fn seed_gantt(n: usize) {
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
    store_open(&p, "gantt");
}

/// Debug wasm is slow, so 2,000 items here; the end-to-end tests and the
/// bench use 10,000 against the release build.
#[wasm_bindgen_test]
async fn a_large_gantt_renders_only_the_rows_in_view() {
    seed_gantt(2_000);
    let (host, handle) = mount();
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
    store_open(&p, "dashboard");
    let (host, handle) = mount();
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
    store_open(&p, "risks");
    let (host, handle) = mount();
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
    store_open(&p, "setup");
    let (host, handle) = mount();
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
