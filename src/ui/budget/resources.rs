//! The resources page: people, materials, channels and tools the work needs,
//! each with a quantity, linked item, lead time, ready-by date, status and
//! owner, and its readiness in words (late, due soon, planned after the
//! item's start minus the lead time). One `PutResource` per edit. Must not
//! know the file format.

use super::{items_memo, run};
use crate::i18n::budget::readiness_text;
use crate::i18n::budget::resource_kind_name;
use crate::i18n::budget::resource_status_name;
use crate::i18n::{fill, fmt_date_short};
use crate::model::base::id::Id;
use crate::model::budget::commands::BudgetCommand;
use crate::model::budget::data::Resource;
use crate::model::budget::data::ResourceKind;
use crate::model::budget::data::ResourceStatus;
use crate::model::budget::rules::Readiness;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::buttons::row_buttons;
use crate::ui::kit::card::{card, TABLE_CARD};
use crate::ui::kit::cells::choice_cell;
use crate::ui::kit::cells::date_cell;
use crate::ui::kit::cells::link_cell;
use crate::ui::kit::cells::text_cell;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

fn put(app: App, r: Resource) -> bool {
    run(app, BudgetCommand::PutResource(Box::new(r)))
}

fn level(r: Readiness) -> &'static str {
    match r {
        Readiness::Ready => "ready",
        Readiness::OnTrack => "ok",
        Readiness::DueSoon { .. } => "soon",
        Readiness::Late { .. } | Readiness::TooLate { .. } => "late",
    }
}

#[component]
pub fn ResourcesPage(judged: super::Judged) -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let l = app.locale.get_untracked();
    let needs = app.plan_memo(|p| p.budget.resources.clone());
    let all_rows = RwSignal::new(false);
    let ids = Memo::new(move |_| needs.with(|v| v.iter().map(|r| r.id.clone()).collect::<Vec<_>>()));
    let (shown, more) = crate::ui::kit::table::first_rows(ids, all_rows, t.show_all_rows);
    let attention = Memo::new(move |_| super::at_risk(judged));
    let items = items_memo(app);
    let people = app.people_memo();
    let row = move |id: Id| {
        let rid = id.clone();
        let r = EditRow { memo: Memo::new(move |_| needs.with(|v| v.iter().find(|x| x.id == rid).cloned())), put };
        let id2 = id.clone();
        let judge = Memo::new(move |_| judged.with(|v| v.iter().find(|(x, _, _)| *x == id2).map(|(_, r, n)| (*r, *n))));
        let judge = move || judge.get();
        let id3 = move || r.memo.with_untracked(|x| x.as_ref().map(|x| x.id.clone()).unwrap_or_default());
        view! {
            <tr
                class="resource"
                data-resource=id.clone()
                data-readiness=move || judge().map(|(r, _)| level(r)).unwrap_or("ok")
            >
                {text_cell(r, t.col_need, "name", |x| x.name.clone(), |_, x, v| x.name = v)}
                {choice_cell(
                    r,
                    ResourceKind::ALL,
                    t.col_kind,
                    "kind",
                    |x| x.kind,
                    |x, v| x.kind = v,
                    resource_kind_name,
                )}
                {text_cell(
                    r,
                    t.col_qty,
                    "quantity",
                    |x| x.quantity.to_string(),
                    |app, x, v| match v.trim().parse::<u32>() {
                        Ok(n) if n >= 1 => x.quantity = n,
                        _ => app.error(fill(app.lang().budget().bad_number, "text", v.trim())),
                    },
                )}
                {link_cell(r, t.col_item, "item", t.none, items, |x| x.item.clone(), |x, v| x.item = v)}
                {text_cell(
                    r,
                    t.col_lead,
                    "lead",
                    |x| x.lead_days.to_string(),
                    |app, x, v| match v.trim().parse::<u16>() {
                        Ok(n) if n <= 365 => x.lead_days = n,
                        _ => app.error(fill(app.lang().budget().bad_number, "text", v.trim())),
                    },
                )}
                {date_cell(r, t.col_ready_by, "ready-by", |x| x.ready_by, |x, v| x.ready_by = v)}
                <td class="muted nowrap" data-field="needed-by">
                    {move || judge().and_then(|(_, n)| n).map(|d| fmt_date_short(l, d)).unwrap_or_else(|| "—".into())}
                </td>
                {choice_cell(
                    r,
                    ResourceStatus::ALL,
                    t.col_status,
                    "status",
                    |x| x.status,
                    |x, v| x.status = v,
                    resource_status_name,
                )}
                {link_cell(r, t.col_owner, "owner", t.nobody, people, |x| x.owner.clone(), |x, v| x.owner = v)}
                <td>
                    {move || {
                        judge()
                            .map(|(r, _)| {
                                view! {
                                    <span class=format!("readiness {}", level(r)) data-testid="readiness">
                                        {readiness_text(l, r)}
                                    </span>
                                }
                            })
                    }}
                </td>
                <td class="row-tools">
                    {row_buttons(
                        (t.move_up, t.move_down, t.remove),
                        true,
                        move |up| {
                            run(
                                app,
                                BudgetCommand::Move {
                                    id: id3(),
                                    up,
                                },
                            );
                        },
                        move || {
                            run(app, BudgetCommand::RemoveResource(id3()));
                        },
                    )}
                </td>
            </tr>
        }
    };
    let heads = [
        t.col_need,
        t.col_kind,
        t.col_qty,
        t.col_item,
        t.col_lead,
        t.col_ready_by,
        t.col_needed_by,
        t.col_status,
        t.col_owner,
        t.col_readiness,
    ];
    card(
        TABLE_CARD,
        "resources",
        t.res_title,
        Some(t.res_help),
        None,
        view! {
            <Show when=move || !ids.with(Vec::is_empty)>
                <p class="res-summary" class:warn=move || attention.get() != 0 data-testid="resource-summary">
                    {move || {
                        if attention.get() > 0 {
                            fill(t.res_attention, "n", &attention.get().to_string())
                        } else {
                            t.res_all_ready.to_string()
                        }
                    }}
                </p>
            </Show>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty-example">
                    <span class="tag">{t.example}</span>
                    {t.res_empty}
                </p>
            </Show>
            <div class="table-wrap" class:hidden=move || ids.with(Vec::is_empty)>
                <table class="kpi-table resources-table" data-testid="resources">
                    <thead>
                        <tr>{heads.into_iter().map(|h| view! { <th>{h}</th> }).collect_view()}<th></th></tr>
                    </thead>
                    <tbody>
                        <For each=move || shown.get() key=|id| id.clone() let:id>
                            {row(id)}
                        </For>
                    </tbody>
                </table>
            </div>
            {more}
            {add_box(
                "resource".into(),
                t.add_resource,
                t.add,
                move |name| {
                    run(
                        app,
                        BudgetCommand::PutResource(Box::new(Resource::new(new_id(), name, ResourceKind::Materials))),
                    )
                },
            )}
        },
    )
}
