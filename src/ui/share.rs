//! Share links (复制分享链接): the open plan, or its summary, compressed by the
//! browser (`CompressionStream('deflate-raw')`) into the URL fragment, which
//! no server ever sees; the panel says how long the link is and what that
//! means in a chat, shows a QR code for a short one, and offers the file (or
//! the system's share sheet) for a long one. Opening a link reads it with
//! the same checks as a file, shows a preview, and saves a copy only when
//! the user asks — never over a plan they have. The fragment's shape and
//! the summary are in `io::share`.

use crate::docs::preview::{preview, CLOSE_ACTION};
use crate::i18n::{fill, fmt_int};
use crate::io::share::{
    fragment, fragment_for, link_person, link_size, parse_fragment, summary_plan, LinkKind, LinkSize,
};
use crate::io::{export_plan, import_repairing, MAX_FILE_BYTES};
use crate::model::plan::Plan;
use crate::ui::banners::Modal;
use crate::ui::file_io::copy_text;
use crate::ui::state::{use_app, App};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export async function cp_deflate(text) {
  const s = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(s).arrayBuffer());
}
export async function cp_inflate(bytes, max) {
  const r = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts = []; let n = 0;
  for (;;) {
    const { done, value } = await r.read();
    if (done) break;
    n += value.length;
    if (n > max) { await r.cancel(); throw new Error('too large'); }
    parts.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(parts).arrayBuffer());
}
export async function cp_share_file(name, text) {
  const file = new File([text], name, { type: 'application/json' });
  if (!navigator.canShare || !navigator.canShare({ files: [file] })) return false;
  try { await navigator.share({ files: [file] }); } catch (e) {}
  return true;
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    pub(crate) async fn cp_deflate(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    pub(crate) async fn cp_inflate(bytes: &[u8], max: f64) -> Result<JsValue, JsValue>;
    async fn cp_share_file(name: &str, text: &str) -> JsValue;
}

/// The app's address with a fragment.
pub(crate) fn address(fragment: &str) -> String {
    let loc = web_sys::window().map(|w| w.location());
    let base = loc.map(|l| format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default()));
    format!("{}{fragment}", base.unwrap_or_default())
}

/// The link of a plan (its summary for `Summary`), for one person if `person`.
pub(crate) async fn link(kind: LinkKind, plan: &Plan, person: Option<&str>) -> Option<String> {
    let p = if kind == LinkKind::Summary { summary_plan(plan) } else { plan.clone() };
    let bytes = js_sys::Uint8Array::new(&cp_deflate(&export_plan(&p)).await.ok()?).to_vec();
    Some(address(&match person {
        Some(person) => fragment_for(&bytes, person),
        None => fragment(kind, &bytes),
    }))
}

/// A plan opened from a link, waiting in the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub plan: Plan,
    pub kind: LinkKind,
    /// Who it was sent to ("发给负责人"), when the plan knows them.
    pub person: Option<crate::model::base::id::Id>,
}

/// Reads a share fragment if `hash` is one: the address bar loses it at
/// once, the plan is checked like a file and shown in the preview.
/// Returns whether it was one.
pub fn open_fragment(app: App, hash: &str) -> bool {
    let Some((kind, bytes)) = parse_fragment(hash) else {
        return hash.trim_start_matches('#').starts_with("/share/") && {
            app.error(app.t().link_broken.into());
            true
        };
    };
    let person = link_person(hash);
    wasm_bindgen_futures::spawn_local(async move {
        let max = if kind == LinkKind::Update { crate::io::update::MAX_UPDATE_BYTES } else { MAX_FILE_BYTES };
        let text = cp_inflate(&bytes, max as f64).await.ok().and_then(|v| v.as_string());
        // The first look (drawn while the app downloaded) goes; a button
        // tapped on it is done now, as if tapped here.
        let tapped = crate::ui::first_look::hand_over();
        let closed = tapped.as_deref() == Some(CLOSE_ACTION);
        let Some(text) = text else {
            app.error(app.t().link_broken.into());
            return;
        };
        // An owner's update goes to the manager's review, checked like a file.
        if kind == LinkKind::Update {
            match crate::io::update::import_update(&text) {
                // The plan it updates is read first, when it is only listed.
                Ok(u) => app.with_plan(u.plan.clone(), move |_| app.incoming.set(Some(u))),
                Err(e) => app.import_error.set(Some(e)),
            }
            return;
        }
        match import_repairing(&text) {
            Ok((plan, _)) => {
                let person = person.filter(|x| kind == LinkKind::Plan && plan.person(x).is_some());
                let tapped = tapped.filter(|a| a != CLOSE_ACTION).and_then(|a| {
                    let v = preview(app.lang(), &plan, kind, person.as_ref(), received_before(app, &plan.id));
                    v.buttons.into_iter().find(|b| b.action.name() == a)
                });
                match tapped {
                    Some(b) => crate::ui::send_to::act(app, plan, b.action),
                    // Closed on the first look, it stays closed.
                    None if closed => {}
                    None => app.shared.set(Some(Shared { plan, kind, person })),
                }
            }
            Err(e) => app.import_error.set(Some(e)),
        }
    });
    true
}

/// Whether this browser holds plan `id` as received from a link before
/// (saving it from a link then updates that copy).
fn received_before(app: App, id: &str) -> bool {
    app.holds(id) && crate::storage::has_received(id)
}

/// A QR code of `text` as SVG squares (dark modules on white, with the quiet zone).
pub(crate) fn qr(text: &str) -> Option<AnyView> {
    use qrcodegen::{QrCode, QrCodeEcc};
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let n = code.size();
    let mut d = String::new();
    for y in 0..n {
        for x in 0..n {
            if code.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let vb = format!("0 0 {0} {0}", n + 8);
    Some(
        view! {
            <svg class="qr" viewBox=vb role="img" data-testid="share-qr" shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=d fill="#000"></path>
            </svg>
        }
        .into_any(),
    )
}

/// The share panel for the open plan, opened from the overview.
#[component]
pub fn SharePanel(open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let links = RwSignal::new(None::<(String, String)>);
    Effect::new(move |_| {
        if !open.get() {
            return;
        }
        let Some(id) = app.current_id() else { return };
        let Some(plan) = app.with_ws_untracked(|w| w.plan(&id).cloned()) else { return };
        wasm_bindgen_futures::spawn_local(async move {
            let full = link(LinkKind::Plan, &plan, None).await;
            let summary = link(LinkKind::Summary, &plan, None).await;
            if let (Some(f), Some(s)) = (full, summary) {
                links.set(Some((f, s)));
            }
        });
    });
    let share_file = move |_| {
        let Some(id) = app.current_id() else { return };
        let Some((name, text)) =
            app.with_ws_untracked(|w| w.plan(&id).map(|p| (crate::io::export_file_name(p), export_plan(p))))
        else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            if !cp_share_file(&name, &text).await.is_truthy() {
                crate::ui::file_io::download(app, &name, &text, "application/json");
            }
        });
    };
    move || {
        open.get().then(|| {
            let t = app.t();
            let body = links.get().map(|(full, summary)| {
                let n = full.chars().count();
                let size = link_size(n);
                let note = match size {
                    LinkSize::Qr | LinkSize::Short => t.link_short,
                    LinkSize::Long => t.link_long,
                    LinkSize::TooLong => t.link_too_long,
                };
                let (f1, s1) = (full.clone(), summary.clone());
                view! {
                    <p data-testid="link-length">{fill(t.link_length, "n", &fmt_int(n as i64))} " · " {note}</p>
                    <div class="share-actions">
                        <button
                            class="btn primary"
                            data-action="copy-link"
                            disabled=size == LinkSize::TooLong
                            on:click=move |_| copy_text(app, f1.clone(), app.t().link_copied)
                        >
                            {t.copy_link}
                        </button>
                        <button
                            class="btn"
                            data-action="copy-summary-link"
                            on:click=move |_| copy_text(app, s1.clone(), app.t().link_copied)
                        >
                            {fill(t.copy_summary_link, "n", &fmt_int(summary.chars().count() as i64))}
                        </button>
                        <button class="btn" data-action="share-file" on:click=share_file>
                            {t.share_file}
                        </button>
                    </div>
                    {(size == LinkSize::Qr).then(|| qr(&full))}
                }
            });
            let body = match body {
                Some(b) => b.into_any(),
                None => view! { <p class="muted">{t.share_making}</p> }.into_any(),
            };
            view! {
                <Modal testid="share-panel" on_close=move || open.set(false)>
                    <div class="share">
                        <h2>{t.share}</h2>
                        <p class="hint">{t.share_help}</p>
                        {body}
                        <div class="modal-actions">
                            <button class="btn" on:click=move |_| open.set(false)>
                                {t.close}
                            </button>
                        </div>
                    </div>
                </Modal>
            }
        })
    }
}

/// The preview of a plan opened from a link, with "save a copy". Its lines
/// are `docs::preview`'s, as in the first look (`first_look`).
#[component]
pub fn SharedPreview() -> impl IntoView {
    let app = use_app();
    move || {
        let s = app.shared.get()?;
        let v = preview(app.lang(), &s.plan, s.kind, s.person.as_ref(), received_before(app, &s.plan.id));
        let list = |xs: Vec<String>| xs.into_iter().map(|x| view! { <li>{x}</li> }).collect_view();
        let plan = s.plan.clone();
        Some(view! {
            <Modal testid="shared-preview" on_close=move || app.shared.set(None)>
                <div class="share">
                    <h2>{v.title}</h2>
                    {v.summary_note.map(|n| view! { <p class="hint">{n}</p> })}
                    {v.for_person.map(|n| view! { <p class="hint for-person">{n}</p> })}
                    <h3 data-testid="shared-name">{v.name}</h3>
                    <p>{v.line}</p>
                    <div class="shared-cols">
                        <div>
                            <h4>{v.goals_heading}</h4>
                            <ul>{list(v.goals)}</ul>
                        </div>
                        <div>
                            <h4>{v.phases_heading}</h4>
                            <ul>{list(v.phases)}</ul>
                            <ul>{list(v.milestones)}</ul>
                        </div>
                    </div>
                    <div class="modal-actions">
                        {crate::ui::send_to::receive_buttons(app, plan, v.buttons)}
                        <button class="btn" data-action=CLOSE_ACTION on:click=move |_| app.shared.set(None)>
                            {v.close}
                        </button>
                    </div>
                </div>
            </Modal>
        })
    }
}
