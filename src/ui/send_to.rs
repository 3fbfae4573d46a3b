//! 发给负责人 (send to an owner) and its other end: the manager makes a link
//! of the whole plan that says who it is for; the owner opening it confirms
//! "我是 陈静" and lands on 我的工作. Receiving a plan already held from an
//! earlier link updates that copy in place, keeping what its owner changed
//! and has not sent (`model::team::commands::rebase`). "Who I am" is trust
//! within a team, not a login.

use crate::docs::preview::{PreviewAction, PreviewButton};
use crate::i18n::team::texts;
use crate::i18n::{fill, fmt_int};
use crate::io::share::{link_size, LinkKind, LinkSize};
use crate::model::base::id::Id;
use crate::model::command::dispatch::Command;
use crate::model::plan::Plan;
use crate::model::team::commands::rebase;
use crate::model::team::rules::changes_since;
use crate::ui::banners::Modal;
use crate::ui::file_io::copy_text;
use crate::ui::route::{Route, View};
use crate::ui::share::{link, qr};
use crate::ui::state::{use_app, App, Notice};
use leptos::prelude::*;

/// The panel of a link for the person in `app.send_to`.
#[component]
pub fn SendToOwner() -> impl IntoView {
    let app = use_app();
    let made = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        made.set(None);
        let (Some(person), Some(id)) = (app.send_to.get(), app.current_id()) else { return };
        let Some(plan) = app.with_ws_untracked(|w| w.plan(&id).cloned()) else { return };
        wasm_bindgen_futures::spawn_local(async move {
            made.set(link(LinkKind::Plan, &plan, Some(&person)).await);
        });
    });
    move || {
        let person = app.send_to.get()?;
        let l = app.locale.get();
        let t = texts(l);
        let name = app.with_ws_untracked(|w| w.plan(&app.current_id()?)?.person(&person).map(|p| p.name.clone()))?;
        let body = {
            let name = name.clone();
            move || {
                let url = made.get()?;
                let n = url.chars().count();
                let size = link_size(n);
                let done = fill(texts(app.lang()).send_to_copied, "name", &name);
                let u1 = url.clone();
                Some(view! {
                    <p data-testid="link-length">{fill(app.t().link_length, "n", &fmt_int(n as i64))}</p>
                    <div class="share-actions">
                        <button
                            class="btn primary"
                            data-action="copy-person-link"
                            disabled=size == LinkSize::TooLong
                            on:click=move |_| copy_text(app, u1.clone(), done.clone())
                        >
                            {app.t().copy_link}
                        </button>
                    </div>
                    {(size == LinkSize::TooLong).then(|| view! { <p class="hint">{app.t().link_too_long}</p> })}
                    {(size == LinkSize::Qr).then(|| qr(&url))}
                })
            }
        };
        Some(view! {
            <Modal testid="send-to" on_close=move || app.send_to.set(None)>
                <div class="share">
                    <h2>{fill(t.send_to_title, "name", &name)}</h2>
                    <p class="hint">{fill(t.send_to_help, "name", &name)}</p>
                    <p class="hint small">{t.review_trust}</p>
                    {body}
                    <div class="modal-actions">
                        <button class="btn" on:click=move |_| app.send_to.set(None)>
                            {app.t().close}
                        </button>
                    </div>
                </div>
            </Modal>
        })
    }
}

/// The preview's buttons (`docs::preview`): "我是 陈静" for a plan sent to
/// one person (it opens 我的工作 as them), and saving the plan — "update my
/// copy" when it came before from a link.
pub fn receive_buttons(app: App, plan: Plan, buttons: Vec<PreviewButton>) -> AnyView {
    buttons
        .into_iter()
        .map(|b| {
            let (plan, action) = (plan.clone(), b.action.clone());
            view! {
                <button
                    class=if b.primary { "btn primary" } else { "btn" }
                    data-action=b.action.name()
                    on:click=move |_| act(app, plan.clone(), action.clone())
                >
                    {b.label}
                </button>
            }
        })
        .collect_view()
        .into_any()
}

/// What a preview button does (also when it was tapped in the first look,
/// before the app arrived). A plan this browser lists but has not read is
/// read first: receiving compares with it (a newer copy is taken in place).
pub fn act(app: App, plan: Plan, action: PreviewAction) {
    app.with_plan(plan.id.clone(), move |_| match action {
        PreviewAction::Save => {
            receive(app, plan, None);
        }
        PreviewAction::IAm(id) => {
            let plan_id = plan.id.clone();
            if receive(app, plan, Some(id.clone())) {
                crate::storage::save_me(&plan_id, Some(&id));
                app.me.set(Some(id));
                app.navigate(Route::Plan { id: plan_id, view: View::Mine });
            }
        }
    });
}

/// Takes a plan from a link in. New here: saved, and its copy as received
/// kept (for "send my update"). Received before from a link: replaced in
/// place by the newer one, with what this person changed and has not sent
/// put back on top. Any other plan already here (the manager's own) is
/// offered as a merge of its progress, or a copy: nothing is overwritten
/// unasked. Returns whether it is now the plan with that id.
fn receive(app: App, plan: Plan, person: Option<Id>) -> bool {
    app.shared.set(None);
    let id = plan.id.clone();
    let held = app.with_ws_untracked(|w| w.plan(&id).cloned());
    let received = held.as_ref().and(crate::storage::read_received(&id));
    match (held, received) {
        (None, _) => {
            let _ = crate::storage::save_received(&plan);
            app.import(plan);
            true
        }
        (Some(mine), Some(received)) => {
            let me = person.or_else(|| crate::storage::read_me(&id)).unwrap_or_default();
            let sent = crate::storage::read_sent(&id);
            let next = rebase(&received, sent.as_ref(), &mine, &plan, &me);
            let unsent = changes_since(&plan, &next, &me).len();
            if app.dispatch(Command::ReplacePlan { plan: Box::new(next) }).is_err() {
                return false;
            }
            let _ = crate::storage::save_received(&plan);
            crate::storage::forget_sent(&id);
            // The copy it was counted from changed: earlier steps would undo into the old one.
            app.reset_history();
            app.navigate(Route::Plan { id, view: View::Overview });
            let text = fill(texts(app.lang()).updated_in_place, "n", &unsent.to_string());
            app.notice.set(Some(Notice::Info { text, undo: false }));
            true
        }
        (Some(_), None) => {
            app.import(plan);
            false
        }
    }
}
