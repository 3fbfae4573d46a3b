//! Messages to the user: the persistent storage warnings, the conflict with
//! another tab, short notices with undo, the import error dialog and the
//! delete confirmation. All user text is set as text, never as HTML.

use super::file_io::export_current;
use super::route::Route;
use super::state::{use_app, Notice};
use crate::i18n::{fill, import_error};
use crate::model::command::dispatch::Command;
use crate::storage::SaveError;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn Banners() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    view! {
        {move || {
            app.update_ready
                .get()
                .then(|| {
                    view! {
                        <div class="banner info" role="status" data-testid="update-ready">
                            <span>{t().update_ready}</span>
                            <button
                                class="btn primary"
                                data-action="apply-update"
                                on:click=move |_| crate::ui::offline::apply_update(app)
                            >
                                {t().update_now}
                            </button>
                        </div>
                    }
                })
        }}
        {move || {
            app.storage_error
                .get()
                .and_then(|e| {
                    let text = match e {
                        SaveError::Quota => t().storage_full,
                        SaveError::Unavailable => t().storage_unavailable,
                        SaveError::Conflict { .. } => return None,
                    };
                    Some(
                        view! {
                            <div class="banner warn" role="alert" data-testid="storage-warning">
                                <span>{text}</span>
                                <button class="btn primary" on:click=move |_| export_current(app)>
                                    {t().export_now}
                                </button>
                            </div>
                        },
                    )
                })
        }}
        {move || {
            app.conflict
                .get()
                .map(|_| {
                    view! {
                        <div class="banner warn" role="alert" data-testid="conflict">
                            <span>{t().other_tab_changed}</span>
                            <button class="btn primary" on:click=move |_| app.resolve_conflict(true)>
                                {t().reload_theirs}
                            </button>
                            <button class="btn" on:click=move |_| app.resolve_conflict(false)>
                                {t().keep_mine}
                            </button>
                        </div>
                    }
                })
        }}
        {move || {
            let list = app.repaired.get();
            (!list.is_empty())
                .then(|| {
                    let l = app.locale.get();
                    let st = crate::i18n::safety::texts(l);
                    let open = RwSignal::new(false);
                    let items = list.clone();
                    view! {
                        <div class="banner info repaired" role="status" data-testid="repaired">
                            <div class="banner-text">
                                {list
                                    .iter()
                                    .map(|(_, name, r)| {
                                        view! {
                                            <div>
                                                {fill(
                                                    &fill(st.repaired_notice, "name", name),
                                                    "n",
                                                    &r.len().to_string(),
                                                )}
                                            </div>
                                        }
                                    })
                                    .collect::<Vec<_>>()} <Show when=move || open.get()>
                                    <ul class="error-list">
                                        {items
                                            .iter()
                                            .flat_map(|(_, _, r)| r.iter().take(100))
                                            .map(|x| {
                                                view! {
                                                    <li>
                                                        <code>{crate::i18n::safety::repair_line(l, x)}</code>
                                                    </li>
                                                }
                                            })
                                            .collect::<Vec<_>>()}
                                    </ul>
                                </Show>
                            </div>
                            <button class="btn" on:click=move |_| open.update(|o| *o = !*o)>
                                {move || if open.get() { st.hide_details } else { st.show_details }}
                            </button>
                            <button class="btn" on:click=move |_| app.repaired.set(vec![])>
                                {t().dismiss}
                            </button>
                        </div>
                    }
                })
        }}
        {move || {
            let keys = app.recovered.get();
            (!keys.is_empty())
                .then(|| {
                    view! {
                        <div class="banner info" role="status" data-testid="recovered">
                            <span>{fill(t().recovered_notice, "keys", &keys.join(", "))}</span>
                            <button class="btn" on:click=move |_| app.recovered.set(vec![])>
                                {t().dismiss}
                            </button>
                        </div>
                    }
                })
        }}
    }
}

/// The toast sits over the bottom of the page: what was just used (the
/// focused control, or where the last press landed when that control was
/// replaced, as a "promote" button by its chip) is scrolled up above it, so
/// the notice about it never hides it.
fn keep_in_view(pressed: Option<f64>) {
    const TOAST: f64 = 84.0;
    let Some(w) = web_sys::window() else { return };
    let Some(h) = w.inner_height().ok().and_then(|v| v.as_f64()) else { return };
    let focused = w
        .document()
        .and_then(|d| d.active_element())
        .filter(|e| e.tag_name() != "BODY")
        .map(|e| e.get_bounding_client_rect().bottom());
    let lowest = focused.into_iter().chain(pressed.map(|y| y + 24.0)).fold(f64::MIN, f64::max);
    let below = lowest - (h - TOAST);
    if below > 0.0 {
        w.scroll_by_with_x_and_y(0.0, below);
    }
}

#[component]
pub fn NoticeBar() -> impl IntoView {
    let app = use_app();
    // Each new notice hides itself after a while unless replaced.
    let generation = StoredValue::new(0u64);
    let pressed = StoredValue::new(None::<f64>);
    let press = window_event_listener(leptos::ev::pointerdown, move |e| pressed.set_value(Some(e.client_y() as f64)));
    on_cleanup(move || press.remove());
    Effect::new(move |_| {
        if app.notice.get().is_some() {
            // A press is used once: a later notice (an autosave) owes it nothing.
            keep_in_view(pressed.get_value());
            pressed.set_value(None);
            generation.update_value(|g| *g += 1);
            let mine = generation.get_value();
            set_timeout(
                move || {
                    if generation.get_value() == mine {
                        app.notice.set(None);
                    }
                },
                Duration::from_millis(6000),
            );
        }
    });
    move || {
        app.notice.get().map(|n| {
            let (text, undo, class) = match n {
                Notice::Info { text, undo } => (text, undo, "notice"),
                Notice::Error(text) => (text, false, "notice error"),
            };
            view! {
                <div class=class role="status" aria-live="polite" data-testid="notice">
                    <span>{text}</span>
                    {undo
                        .then(|| {
                            view! {
                                <button
                                    class="btn link"
                                    on:click=move |_| {
                                        app.undo();
                                        app.notice.set(None);
                                    }
                                >
                                    {app.t().undo}
                                </button>
                            }
                        })}
                    <button class="btn link" aria-label=app.t().close on:click=move |_| app.notice.set(None)>
                        "×"
                    </button>
                </div>
            }
        })
    }
}

#[component]
pub fn ImportErrorDialog() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    move || {
        app.import_error.get().map(|e| {
            let lines = import_error(app.locale.get(), &e);
            view! {
                <Modal testid="import-error" on_close=move || app.import_error.set(None)>
                    <h2>{t().import_failed}</h2>
                    <ul class="error-list">
                        {lines
                            .into_iter()
                            .take(50)
                            .map(|l| {
                                view! {
                                    <li>
                                        <code>{l}</code>
                                    </li>
                                }
                            })
                            .collect::<Vec<_>>()}
                    </ul>
                    <p class="muted">{t().import_nothing_changed}</p>
                    <div class="modal-actions">
                        <button class="btn primary" autofocus on:click=move |_| app.import_error.set(None)>
                            {t().close}
                        </button>
                    </div>
                </Modal>
            }
        })
    }
}

/// Asks before importing a file that opens only after mends, listing them.
#[component]
pub fn ImportRepairDialog() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    move || {
        let (_, repairs) = app.pending_import.get()?;
        let l = app.locale.get();
        let st = crate::i18n::safety::texts(l);
        let more = repairs.len().saturating_sub(50);
        let accept = move |_| {
            if let Some((plan, _)) = app.pending_import.get_untracked() {
                app.pending_import.set(None);
                // A mended file (or a recovered original) is kept whole, never merged.
                app.import_copy(plan);
            }
        };
        Some(view! {
            <Modal testid="import-repair" on_close=move || app.pending_import.set(None)>
                <h2>{st.import_repair_title}</h2>
                <p>{fill(st.import_repair_body, "n", &repairs.len().to_string())}</p>
                <ul class="error-list">
                    {repairs
                        .iter()
                        .take(50)
                        .map(|r| {
                            view! {
                                <li>
                                    <code>{crate::i18n::safety::repair_line(l, r)}</code>
                                </li>
                            }
                        })
                        .collect::<Vec<_>>()}
                </ul>
                {(more > 0)
                    .then(|| view! { <p class="muted">{fill(st.import_repair_more, "n", &more.to_string())}</p> })}
                <div class="modal-actions">
                    <button class="btn" data-action="cancel-import" on:click=move |_| app.pending_import.set(None)>
                        {t().cancel}
                    </button>
                    <button class="btn primary" data-action="accept-import" autofocus on:click=accept>
                        {st.import_repair_accept}
                    </button>
                </div>
            </Modal>
        })
    }
}

#[component]
pub fn ConfirmDeleteDialog() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    move || {
        let id = app.confirm_delete.get()?;
        let name = app.with_ws(|w| w.plan(&id).map(|p| p.name.clone()))?;
        let id2 = id.clone();
        let confirm = move |_| {
            app.confirm_delete.set(None);
            let was_current = app.current_id().as_deref() == Some(id2.as_str());
            if app.dispatch(Command::DeletePlan { plan_id: id2.clone() }).is_ok() {
                if was_current {
                    app.navigate(Route::Library);
                }
                app.notice.set(Some(Notice::Info { text: t().plan_deleted.to_string(), undo: true }));
            }
        };
        Some(view! {
            <Modal testid="confirm-delete" on_close=move || app.confirm_delete.set(None)>
                <p>{fill(t().confirm_delete_plan, "name", &name)}</p>
                <div class="modal-actions">
                    <button class="btn" on:click=move |_| app.confirm_delete.set(None)>
                        {t().cancel}
                    </button>
                    <button class="btn danger" data-action="confirm-delete" on:click=confirm>
                        {t().delete}
                    </button>
                </div>
            </Modal>
        })
    }
}

/// A dialog over a dimmed page; a click outside (or Escape, see `AppRoot`) closes it.
#[component]
pub fn Modal(testid: &'static str, on_close: impl Fn() + Send + Sync + 'static, children: Children) -> impl IntoView {
    view! {
        <div class="modal-backdrop" on:click=move |_| on_close()>
            <div
                class="modal"
                role="alertdialog"
                aria-modal="true"
                data-testid=testid
                on:click=|ev| ev.stop_propagation()
            >
                {children()}
            </div>
        </div>
    }
}
