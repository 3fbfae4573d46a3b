//! The small panel that opens on a clicked dependency arrow: its type, its
//! lag in working days (negative = lead), and delete. Each change is one
//! command; the panel closes on Escape, on "close" or after a delete.

use super::Ctx;
use crate::model::command::dispatch::PlanCommand;
use crate::model::schedule::data::DepKind;
use crate::model::schedule::data::Dependency;
use leptos::prelude::*;

const KINDS: [DepKind; 4] =
    [DepKind::FinishToStart, DepKind::StartToStart, DepKind::FinishToFinish, DepKind::StartToFinish];

#[component]
pub fn LinkEditor() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let app = ctx.app;
    let g = move || app.locale.get().gantt();
    let dep = Memo::new(move |_| {
        let (id, _, _) = ctx.link_edit.get()?;
        ctx.with_plan(|p| {
            let d = p.dependencies.iter().find(|d| d.id == id)?.clone();
            let name = |x: &str| p.item(x).map(|w| w.title.clone()).unwrap_or_default();
            Some((d.clone(), name(&d.pred), name(&d.succ)))
        })
        .flatten()
    });
    let update = move |f: &dyn Fn(&mut Dependency)| {
        let Some((mut d, _, _)) = dep.get_untracked() else { return };
        f(&mut d);
        ctx.dispatch(PlanCommand::UpdateDependency { dep: d });
    };
    // Escape closes it wherever focus is.
    crate::ui::close_on_escape(ctx.link_edit);
    let kind_label = move |k: DepKind| match k {
        DepKind::FinishToStart => g().dep_fs,
        DepKind::StartToStart => g().dep_ss,
        DepKind::FinishToFinish => g().dep_ff,
        DepKind::StartToFinish => g().dep_sf,
    };
    move || {
        let (d, from, to) = dep.get()?;
        let (_, x, y) = ctx.link_edit.get_untracked()?;
        let id = d.id.clone();
        Some(view! {
            <div
                class="link-editor"
                role="dialog"
                aria-label=g().link_title
                data-testid="link-editor"
                style=format!("left:{}px;top:{}px", x.min(ctx.view_w.get_untracked() - 280.0).max(8.0), y + 12.0)
            >
                <div class="link-editor-head">
                    <strong>{g().link_title}</strong>
                    <button class="icon-btn" aria-label=g().close on:click=move |_| ctx.link_edit.set(None)>
                        "×"
                    </button>
                </div>
                <p class="link-names">{from} " → " {to}</p>
                <label>
                    <span>{g().link_type}</span>
                    <select
                        data-field="dep-kind"
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            if let Some(k) = KINDS.iter().copied().find(|k| format!("{k:?}") == v) {
                                update(&|d| d.kind = k);
                            }
                        }
                    >
                        {KINDS
                            .into_iter()
                            .map(|k| {
                                view! {
                                    <option value=format!("{k:?}") selected=d.kind == k>
                                        {kind_label(k)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <span>{g().link_lag}</span>
                    <input
                        type="number"
                        data-field="dep-lag"
                        step="1"
                        value=d.lag.to_string()
                        on:change=move |e| {
                            if let Ok(n) = event_target_value(&e).trim().parse::<i64>() {
                                update(&|d| d.lag = n.clamp(-365, 365));
                            }
                        }
                    />
                </label>
                <p class="hint">{g().lag_hint}</p>
                <button
                    class="btn danger-outline"
                    data-action="delete-link"
                    on:click=move |_| {
                        if ctx
                            .dispatch(PlanCommand::RemoveDependency {
                                id: id.clone(),
                            })
                        {
                            ctx.link_edit.set(None);
                        }
                    }
                >
                    {g().delete_link}
                </button>
            </div>
        })
    }
}
