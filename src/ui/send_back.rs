//! 回传更新 (send my update back): on a plan received from a link, the
//! person says who they are, and what they changed since (counted from the
//! copy as received, kept by `storage`) becomes a link — short enough for a
//! chat or a QR code — for the plan's manager to review and merge. "Who I
//! am" is trust within a team, not a login. The changes are
//! `model::team::rules::changes_since`; the text `io::update`.

use crate::i18n::team::texts;
use crate::i18n::{fill, fmt_int};
use crate::io::share::{fragment, link_size, LinkKind, LinkSize};
use crate::io::update::export_update;
use crate::model::base::id::Id;
use crate::model::team::rules::changes_since;
use crate::ui::banners::Modal;
use crate::ui::file_io::copy_text;
use crate::ui::share::{address, cp_deflate, qr};
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

/// Minutes after midnight now, in the browser's time zone.
pub(crate) fn minute_now() -> u16 {
    let d = js_sys::Date::new_0();
    (d.get_hours() * 60 + d.get_minutes()).min(24 * 60 - 1) as u16
}

#[component]
pub fn SendBackPanel(open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    // Who they said they are, shared with 我的工作.
    let me = app.me;
    // The link and how many changes it carries, once made.
    let link = RwSignal::new(None::<(String, usize)>);
    Effect::new(move |_| {
        link.set(None);
        let (true, Some(person)) = (open.get(), me.get()) else { return };
        let Some(id) = app.current_id() else { return };
        let Some(received) = crate::storage::read_received(&id) else { return };
        let Some(now) = app.with_ws_untracked(|w| w.plan(&id).cloned()) else { return };
        let name = now.person(&person).map(|p| p.name.clone()).unwrap_or_default();
        let changes = changes_since(&received, &now, &person);
        let n = changes.len();
        // What this update holds counts as sent when the manager's newer plan arrives.
        crate::storage::save_sent(&now);
        let u = crate::model::team::data::Update {
            plan: id,
            person,
            name,
            sent: app.today,
            minute: minute_now(),
            base: received.updates.len() as u64,
            changes,
        };
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(bytes) = cp_deflate(&export_update(&u)).await {
                let url = address(&fragment(LinkKind::Update, &js_sys::Uint8Array::new(&bytes).to_vec()));
                link.set(Some((url, n)));
            }
        });
    });
    let people = app.people_memo();
    move || {
        open.get().then(|| {
            let l = app.locale.get();
            let t = texts(l);
            let body = move || {
                let (url, n) = link.get()?;
                if n == 0 {
                    return Some(
                        view! {
                            <p class="muted" data-testid="no-changes">
                                {t.no_changes}
                            </p>
                        }
                        .into_any(),
                    );
                }
                let len = url.chars().count();
                let short = link_size(len) == LinkSize::Qr;
                let u1 = url.clone();
                Some(
                    view! {
                        <p data-testid="update-size">
                            {fill(t.n_changes, "n", &n.to_string())} " · "
                            {fill(app.t().link_length, "n", &fmt_int(len as i64))}
                        </p>
                        <div class="share-actions">
                            <button
                                class="btn primary"
                                data-action="copy-update-link"
                                on:click=move |_| copy_text(app, u1.clone(), texts(app.lang()).update_copied)
                            >
                                {t.copy_update_link}
                            </button>
                        </div>
                        {short.then(|| qr(&url))}
                    }
                    .into_any(),
                )
            };
            view! {
                <Modal testid="send-back" on_close=move || open.set(false)>
                    <div class="share">
                        <h2>{t.send_back}</h2>
                        <p class="hint">{t.send_back_help}</p>
                        {me_select(app, l, people.get())}
                        <p class="hint small">{t.review_trust}</p>
                        {body}
                        <div class="modal-actions">
                            <button class="btn" data-action="close-send-back" on:click=move |_| open.set(false)>
                                {app.t().close}
                            </button>
                        </div>
                    </div>
                </Modal>
            }
        })
    }
}

/// "我是 …": who this person says they are (`app.me`, for the session),
/// shared by 我的工作 and "send my update".
pub fn me_select(app: App, l: crate::i18n::Locale, people: Vec<(Id, String)>) -> impl IntoView {
    let t = texts(l);
    let options = people
        .into_iter()
        .map(|(id, name)| {
            let sel = app.me.get_untracked().as_deref() == Some(id.as_str());
            view! {
                <option value=id selected=sel>
                    {name}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="field my-name">
            <span>{t.i_am}</span>
            <select
                data-field="me"
                on:change=move |e| {
                    let v = event_target_value(&e);
                    if let Some(id) = app.current_id() {
                        crate::storage::save_me(&id, (!v.is_empty()).then_some(v.as_str()));
                    }
                    app.me.set((!v.is_empty()).then_some(v));
                }
            >
                <option value="" selected=app.me.get_untracked().is_none()>
                    {t.choose_me}
                </option>
                {options}
            </select>
        </label>
    }
}
