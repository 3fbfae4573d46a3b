//! Moving plans in and out as files: export downloads `<name>.campaign.json`;
//! import takes a file from the picker or dropped anywhere on the page.
//! Parsing and checking belong to `io`; a failed import changes nothing.

use super::kit::file_button::file_button;
use super::state::{use_app, App};
use crate::io::{export_file_name, export_plan, export_plan_pretty, import_repairing, ImportError, MAX_FILE_BYTES};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Downloads the current plan as a JSON file (indented when `pretty`).
pub fn export_current(app: App) {
    export_current_as(app, false)
}

pub fn export_current_as(app: App, pretty: bool) {
    let Some(id) = app.current_id() else { return };
    let encode = if pretty { export_plan_pretty } else { export_plan };
    let Some((text, name)) = app.with_ws_untracked(|w| w.plan(&id).map(|p| (encode(p), export_file_name(p)))) else {
        return;
    };
    download(app, &name, &text, "application/json");
}

/// Whether the page runs inside WeChat's browser, which blocks downloads.
pub fn in_wechat() -> bool {
    web_sys::window().and_then(|w| w.navigator().user_agent().ok()).is_some_and(|ua| ua.contains("MicroMessenger"))
}

/// Saves `text` as a file; inside WeChat, which blocks downloads, says how
/// to open the page in a browser instead (the link is the way there).
pub fn download(app: App, name: &str, text: &str, mime: &str) {
    save_blob(app, name, &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text)), mime);
}

/// Downloads `bytes` as a file named `name`.
pub fn download_bytes(app: App, name: &str, bytes: &[u8], mime: &str) {
    save_blob(app, name, &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)), mime);
}

fn save_blob(app: App, name: &str, parts: &js_sys::Array, mime: &str) {
    if in_wechat() {
        app.error(crate::i18n::team::texts(app.lang()).open_in_browser.into());
        return;
    }
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let doc = document();
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Opens the browser's print dialog (print or save as PDF); the print
/// stylesheets lay the page out on A4 and hide the app around it.
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Reads a user's file as text for `then`; a file over the import limit is
/// refused by its size before anything is read (the import dialog says so).
pub fn read_file_text(app: App, file: web_sys::File, then: impl FnOnce(String) + 'static) {
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        app.import_error.set(Some(ImportError::TooLarge { bytes: size }));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
        then(text.unwrap_or_default());
    });
}

/// Reads a user's file and imports it, or shows why not.
pub fn import_file(app: App, file: web_sys::File) {
    read_file_text(app, file, move |text| import_text(app, &text));
}

/// Imports a plan from text: at once when it needs no mends, after the
/// user's yes when it does (nothing changes until then), or shows why not.
pub fn import_text(app: App, text: &str) {
    match import_repairing(text) {
        Ok((plan, repairs)) if repairs.is_empty() => app.import(plan),
        Ok((plan, repairs)) => {
            app.import_error.set(None);
            app.pending_import.set(Some((plan, repairs)));
        }
        Err(e) => app.import_error.set(Some(e)),
    }
}

#[component]
pub fn ImportButton() -> impl IntoView {
    let app = use_app();
    file_button(
        move || app.t().import,
        "import",
        "import-input",
        ".json,application/json",
        move |f| import_file(app, f),
    )
}

fn has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().map(|d| d.types().iter().any(|t| t.as_string().as_deref() == Some("Files"))).unwrap_or(false)
}

/// Lets a plan file be dropped anywhere on the window; the signal says
/// whether a file is being dragged over it (for `DropOverlay`).
pub fn install_drop_target(app: App) -> RwSignal<bool> {
    let dragging = RwSignal::new(false);
    let _ = window_event_listener(ev::dragover, move |e: web_sys::DragEvent| {
        if has_files(&e) {
            e.prevent_default();
            dragging.set(true);
        }
    });
    let _ = window_event_listener(ev::dragleave, move |e: web_sys::DragEvent| {
        // Leaving the window (no related target) ends the hover.
        if e.related_target().is_none() {
            dragging.set(false);
        }
    });
    let _ = window_event_listener(ev::drop, move |e: web_sys::DragEvent| {
        dragging.set(false);
        let Some(f) = e.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) else { return };
        e.prevent_default();
        import_file(app, f);
    });
    dragging
}

#[component]
pub fn DropOverlay(dragging: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || dragging.get()>
            <div class="drop-overlay">
                <div class="drop-box">{move || app.t().drop_to_import}</div>
            </div>
        </Show>
    }
}

/// Puts `text` on the clipboard and says so with `done` (or that the
/// browser refused, so the user copies by hand).
///
/// Where the clipboard API is missing or refused (an http page, some
/// in-app browsers such as WeChat's), the older copy command is tried, and
/// failing that the text is shown selected for a long press.
pub fn copy_text(app: App, text: String, done: impl Into<String>) {
    let done = done.into();
    wasm_bindgen_futures::spawn_local(async move {
        if cp_copy(&text).await.is_truthy() {
            app.notice.set(Some(crate::ui::state::Notice::Info { text: done, undo: false }));
        } else {
            app.manual_copy.set(Some(text));
        }
    });
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export async function cp_read_sheet(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) return bytes;
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); }
  catch (e) { return new TextDecoder('gbk').decode(bytes); }
}
"#)]
extern "C" {
    async fn cp_read_sheet(file: web_sys::File) -> wasm_bindgen::JsValue;
}

// Reading a workbook needs calamine: its own chunk, fetched on the first one.
crate::ui::chunk::in_chunk!(sheets fn read_xlsx(bytes: Vec<u8>) -> Result<String, crate::io::xlsx::XlsxError> {
    crate::io::xlsx::read(&bytes)
});

/// A spreadsheet file as text for the sheet import and the KPI import: a
/// workbook (`.xlsx`) by its first sheet as CSV, any other file as text
/// (UTF-8, or GBK as Chinese Excel saves a CSV). The error is the sentence to
/// show: what is wrong with the file.
pub async fn sheet_text(app: App, file: web_sys::File) -> Result<String, String> {
    let size = file.size() as usize;
    if size > crate::io::MAX_FILE_BYTES {
        let too_large = crate::io::ImportError::TooLarge { bytes: size };
        return Err(crate::i18n::errors::import_error(app.lang(), &too_large).join(" "));
    }
    let read = cp_read_sheet(file).await;
    if let Some(text) = read.as_string() {
        return Ok(text);
    }
    let bytes = js_sys::Uint8Array::new(&read).to_vec();
    let t = crate::i18n::team::texts(app.lang());
    match read_xlsx(bytes).await {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(crate::io::xlsx::XlsxError::TooLarge)) => Err(t.xlsx_too_large.into()),
        Ok(Err(crate::io::xlsx::XlsxError::NoSheet)) => Err(t.xlsx_no_sheet.into()),
        Ok(Err(crate::io::xlsx::XlsxError::NotXlsx(why))) => Err(crate::i18n::fill(t.xlsx_unreadable, "why", &why)),
        Err(crate::ui::chunk::Failed) => Err(app.t().chunk_failed.into()),
    }
}

/// Downloads `rows` (the first the heading) as an Excel workbook.
pub fn download_xlsx(app: App, name: &str, sheet: &str, rows: &[Vec<String>]) {
    let bytes = crate::io::xlsx::write(sheet, rows);
    download_bytes(app, name, &bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export async function cp_copy(text) {
  try { await navigator.clipboard.writeText(text); return true; } catch (e) {}
  const t = document.createElement('textarea');
  t.value = text; t.setAttribute('readonly', ''); t.style.position = 'fixed'; t.style.opacity = '0';
  document.body.appendChild(t); t.select();
  let ok = false; try { ok = document.execCommand('copy'); } catch (e) {}
  t.remove(); return ok;
}
"#)]
extern "C" {
    async fn cp_copy(text: &str) -> wasm_bindgen::JsValue;
}

/// The text the browser refused to copy, shown selected so a long press
/// copies it.
#[component]
pub fn ManualCopy() -> impl IntoView {
    let app = use_app();
    let area = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(el) = area.get() {
            el.select();
        }
    });
    move || {
        let text = app.manual_copy.get()?;
        let t = crate::i18n::team::texts(app.locale.get());
        Some(view! {
            <crate::ui::banners::Modal testid="manual-copy" on_close=move || app.manual_copy.set(None)>
                <p role="alert">{t.copy_failed}</p>
                <textarea class="manual-copy" readonly rows="5" node_ref=area prop:value=text></textarea>
                <div class="modal-actions">
                    <button class="btn" on:click=move |_| app.manual_copy.set(None)>
                        {app.t().close}
                    </button>
                </div>
            </crate::ui::banners::Modal>
        })
    }
}
