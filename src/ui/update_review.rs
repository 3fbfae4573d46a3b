//! The manager's review of an owner's update (opened from its link): who
//! sent it and when, each change as before → after with what it meets here
//! (taken, already so, deleted here, or a conflict to decide: keep mine or
//! take theirs), and "apply", one undo step that leaves a line in the plan's
//! update log. Nothing is applied without her click. The rules are
//! `model::team`; the words `i18n::team`.

use crate::i18n::team::{change_text, field_name, review_head, subject, texts, value_text};
use crate::i18n::{fill, Locale};
use crate::model::command::dispatch::{Command, PlanCommand};
use crate::model::plan::Plan;
use crate::model::team::data::UpdateEntry;
use crate::model::team::rules::{review, Fate};
use crate::ui::banners::Modal;
use crate::ui::route::{Route, View};
use crate::ui::state::{new_id, use_app, App, Notice};
use leptos::prelude::*;

#[component]
pub fn UpdateReview() -> impl IntoView {
    let app = use_app();
    move || {
        let u = app.incoming.get()?;
        let l = app.locale.get();
        let t = texts(l);
        let (title, sent) = review_head(l, &u);
        // A sender says who they are; another copy of the plan has no sender.
        let from_someone = !u.person.is_empty();
        let close = move || close_review(app);
        let close_button = move || {
            view! {
                <div class="modal-actions">
                    <button class="btn" data-action="close-update" on:click=move |_| close()>
                        {t.cancel}
                    </button>
                </div>
            }
        };
        let body = match app.with_ws_untracked(|w| w.plan(&u.plan).cloned()) {
            None => view! {
                <p class="warn-line" data-testid="update-not-here">
                    {fill(t.not_here, "plan", &u.plan)}
                </p>
                {close_button()}
            }
            .into_any(),
            // Checked as data from outside before anything of it is shown.
            Some(p) => match crate::model::team::commands::update_fault(&p, &u) {
                Some(f) => view! {
                    <p class="warn-line" data-testid="update-refused">
                        {crate::i18n::errors::fault(l, &f)}
                    </p>
                    {close_button()}
                }
                .into_any(),
                None => view! {
                    {app.incoming_copy.get_untracked().map(|_| view! { <p class="hint">{t.copy_review_help}</p> })}
                    {changes(app, l, p, u)}
                }
                .into_any(),
            },
        };
        Some(view! {
            <Modal testid="update-review" on_close=close>
                <div class="update-review">
                    <h2>{title}</h2>
                    <p class="hint">{sent}</p>
                    {from_someone.then(|| view! { <p class="hint small">{t.review_trust}</p> })}
                    {body}
                </div>
            </Modal>
        })
    }
}

/// The changes, what each meets, the choices for conflicts, and the actions.
fn changes(app: App, l: Locale, p: Plan, u: crate::model::team::data::Update) -> impl IntoView {
    let t = texts(l);
    let fates = review(&p, &u);
    // Per conflict: take theirs? Mine by default — nothing of hers changes unasked.
    let theirs: RwSignal<Vec<bool>> = RwSignal::new(vec![false; u.changes.len()]);
    let to_apply = {
        let fates = fates.clone();
        Memo::new(move |_| {
            let th = theirs.get();
            fates
                .iter()
                .enumerate()
                .filter(|(i, f)| **f == Fate::Take || (matches!(f, Fate::Conflict { .. }) && th[*i]))
                .count()
        })
    };
    let anything = fates.iter().any(|f| matches!(f, Fate::Take | Fate::Conflict { .. }));
    let rows = u
        .changes
        .iter()
        .zip(fates.iter().cloned())
        .enumerate()
        .map(|(i, (c, fate))| {
            let outcome = match &fate {
                Fate::Take => view! { <span class="chip ok">{t.fate_take}</span> }.into_any(),
                Fate::Already => view! { <span class="chip">{t.fate_already}</span> }.into_any(),
                Fate::Gone => view! { <span class="chip muted">{t.fate_gone}</span> }.into_any(),
                Fate::Conflict { mine } => {
                    let name = format!("conflict-{i}");
                    let mine = fill(t.keep_mine, "value", &value_text(l, &p, &c.field, mine));
                    let yours = fill(t.take_theirs, "value", &value_text(l, &p, &c.field, &c.after));
                    view! {
                        <div class="conflict" data-conflict=i>
                            <span class="chip warn">{t.fate_conflict}</span>
                            <label class="check">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    data-choice="mine"
                                    prop:checked=move || !theirs.get()[i]
                                    on:change=move |_| theirs.update(|v| v[i] = false)
                                />
                                {mine}
                            </label>
                            <label class="check">
                                <input
                                    type="radio"
                                    name=name
                                    data-choice="theirs"
                                    prop:checked=move || theirs.get()[i]
                                    on:change=move |_| theirs.update(|v| v[i] = true)
                                />
                                {yours}
                            </label>
                        </div>
                    }
                    .into_any()
                }
            };
            let fate_slug = match fate {
                Fate::Take => "take",
                Fate::Already => "already",
                Fate::Gone => "gone",
                Fate::Conflict { .. } => "conflict",
            };
            view! {
                <tr data-fate=fate_slug>
                    <td>{subject(&p, &c.field)}</td>
                    <td>{field_name(l, &c.field)}</td>
                    <td class="change">{change_text(l, &p, c)}</td>
                    <td>{outcome}</td>
                </tr>
            }
        })
        .collect_view();
    let apply = {
        let u = u.clone();
        move |_| {
            let entry = UpdateEntry {
                id: new_id(),
                name: if u.name.trim().is_empty() { u.person.clone() } else { u.name.clone() },
                sent: u.sent,
                minute: u.minute,
                applied: app.today,
                taken: 0,
                kept: 0,
            };
            let n = to_apply.get_untracked();
            let cmd = PlanCommand::ApplyUpdate { update: Box::new(u.clone()), theirs: theirs.get_untracked(), entry };
            if app.dispatch(Command::Plan { plan_id: u.plan.clone(), cmd }).is_ok() {
                close_review(app);
                app.navigate(Route::Plan { id: u.plan.clone(), view: View::Overview });
                let text = fill(&fill(texts(l).applied_notice, "name", &u.name), "n", &n.to_string());
                app.notice.set(Some(Notice::Info { text, undo: true }));
            }
        }
    };
    view! {
        <div class="table-wrap">
            <table class="data-table update-changes" data-testid="update-changes">
                <thead>
                    <tr>
                        <th>{t.col_what}</th>
                        <th>{t.col_field}</th>
                        <th>{t.col_change}</th>
                        <th>{t.col_fate}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {(!anything)
            .then(|| {
                view! {
                    <p class="hint" data-testid="nothing-new">
                        {t.nothing_new}
                    </p>
                }
            })}
        <div class="modal-actions">
            {anything
                .then(|| {
                    view! {
                        <button class="btn primary" data-action="apply-update" on:click=apply>
                            {move || fill(t.apply, "n", &to_apply.get().to_string())}
                        </button>
                    }
                })}
            {app
                .incoming_copy
                .get_untracked()
                .map(|plan| {
                    view! {
                        <button
                            class="btn"
                            data-action="import-as-copy"
                            on:click=move |_| {
                                close_review(app);
                                app.import_copy(plan.clone());
                            }
                        >
                            {t.save_as_copy}
                        </button>
                    }
                })}
            <button
                class="btn"
                data-action="close-update"
                on:click=move |_| {
                    close_review(app);
                }
            >
                {t.cancel}
            </button>
        </div>
    }
}

/// A plan from a file or a link whose plan is already here: its progress
/// that differs from this copy, offered for review as an update from
/// "another copy" (there is no sender to name), with "save as a copy".
pub fn offer_merge(app: App, plan: Plan) {
    let Some(here) = app.with_ws_untracked(|w| w.plan(&plan.id).cloned()) else { return };
    let changes = crate::model::team::rules::changes_since(&here, &plan, "");
    app.incoming.set(Some(crate::model::team::data::Update {
        plan: plan.id.clone(),
        person: String::new(),
        name: texts(app.lang()).other_copy.into(),
        sent: app.today,
        minute: crate::ui::send_back::minute_now(),
        base: 0,
        changes,
    }));
    app.incoming_copy.set(Some(plan));
}

/// Closes the review, and forgets the plan it came with.
fn close_review(app: App) {
    app.incoming.set(None);
    app.incoming_copy.set(None);
}
