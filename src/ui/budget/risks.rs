//! The risks page: the contingency reserve with what triggered risks have
//! drawn and what open ones may still cost; the 5×5 heat map (click a risk,
//! then a cell, to move it; click a cell to list only its risks); and the
//! register, where "Trigger" marks a risk triggered today and draws its cost
//! from the reserve. One `PutRisk` per edit. Must not know the file format.

use super::{money, money_field, read_money, run};
use crate::i18n::budget::band_name;
use crate::i18n::budget::category_name;
use crate::i18n::budget::risk_status_name;
use crate::i18n::{fill, fmt_date_short, Locale};
use crate::model::base::id::Id;
use crate::model::base::money::Money;
use crate::model::budget::commands::BudgetCommand;
use crate::model::budget::data::Risk;
use crate::model::budget::data::RiskCategory;
use crate::model::budget::data::RiskStatus;
use crate::model::budget::rules::band;
use crate::model::budget::rules::reserve;
use crate::model::budget::rules::Reserve;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::buttons::row_buttons;
use crate::ui::kit::card::{card, TABLE_CARD};
use crate::ui::kit::cells::choice_cell;
use crate::ui::kit::cells::link_cell;
use crate::ui::kit::cells::text_cell;
use crate::ui::kit::cells::text_input;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

fn put(app: App, r: Risk) -> bool {
    run(app, BudgetCommand::PutRisk(Box::new(r)))
}

const LEVELS: &[u8] = &[1, 2, 3, 4, 5];

/// The register's selects say what a level means ("3 · 可能"), not just its number.
fn likelihood_name(l: Locale, v: u8) -> &'static str {
    crate::i18n::budget::likelihood_level(l, v)
}

fn impact_name(l: Locale, v: u8) -> &'static str {
    crate::i18n::budget::impact_level(l, v)
}

fn band_class(score: u8) -> String {
    format!("band {}", format!("{:?}", band(score)).to_lowercase())
}

#[component]
pub fn RisksPage() -> impl IntoView {
    let picked: RwSignal<Option<Id>> = RwSignal::new(None);
    let cell: RwSignal<Option<(u8, u8)>> = RwSignal::new(None);
    crate::ui::close_on_escape(picked);
    view! {
        <div class="risk-grid">
            <HeatMap picked=picked cell=cell />
            <ReserveCard />
        </div>
        <Register picked=picked cell=cell />
    }
}

#[component]
fn ReserveCard() -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let r = app.plan_memo(reserve);
    let counts = app.plan_memo(|p| {
        let n = |s: RiskStatus| p.budget.risks.iter().filter(|r| r.status == s).count().to_string();
        [n(RiskStatus::Open), n(RiskStatus::Watching), n(RiskStatus::Triggered), n(RiskStatus::Closed)]
    });
    let pct =
        move |v: Money, of: Money| if of.0 > 0 { (v.0 as f64 / of.0 as f64 * 100.0).clamp(0.0, 100.0) } else { 0.0 };
    card(
        TABLE_CARD,
        "reserve",
        t.reserve_title,
        Some(t.reserve_help),
        None,
        view! {
            {move || {
                let Reserve { planned, drawn, exposure } = r.get();
                if planned.0 == 0 && drawn.0 == 0 {
                    return view! {
                        <p class="empty-example" data-testid="no-reserve">
                            {t.no_reserve}
                        </p>
                    }
                        .into_any();
                }
                let left = Money(planned.0 - drawn.0);
                let whole = Money(planned.0.max(drawn.0));
                view! {
                    <div
                        class="reserve-bar"
                        role="img"
                        aria-label=format!(
                            "{} / {}",
                            fill(t.reserve_drawn, "v", &money(app, drawn)),
                            fill(t.reserve_planned, "v", &money(app, planned)),
                        )
                    >
                        <span class="drawn" style=format!("width:{}%", pct(drawn, whole))></span>
                        <span
                            class="exposure"
                            style=format!("width:{}%", pct(Money(exposure.0.min(left.0.max(0))), whole))
                        ></span>
                    </div>
                    <p class="reserve-figures">
                        <span data-testid="reserve-planned">{fill(t.reserve_planned, "v", &money(app, planned))}</span>
                        <span class="drawn-key" data-testid="reserve-drawn">
                            {fill(t.reserve_drawn, "v", &money(app, drawn))}
                        </span>
                        <strong class:over=left.0 < 0 data-testid="reserve-left">
                            {fill(t.reserve_left, "v", &money(app, left))}
                        </strong>
                        <span class="exposure-key" data-testid="reserve-exposure">
                            {fill(t.reserve_exposure, "v", &money(app, exposure))}
                        </span>
                    </p>
                    <p class="risk-counts muted">
                        {move || {
                            let [o, w, tr, c] = counts.get();
                            [("open", o), ("watching", w), ("triggered", tr), ("closed", c)]
                                .iter()
                                .fold(t.risk_counts.to_string(), |s, (k, v)| fill(&s, k, v))
                        }}
                    </p>
                }
                    .into_any()
            }}
        },
    )
}

/// A risk as the map places it: id, title, cell (none when closed), status.
type Placed = (Id, String, Option<(u8, u8)>, RiskStatus);

/// The risks in register order (R1, R2…), for the map's chips.
fn numbers(app: App) -> Memo<Vec<Placed>> {
    app.plan_memo(|p| p.budget.risks.iter().map(|r| (r.id.clone(), r.title.clone(), r.cell(), r.status)).collect())
}

#[component]
fn HeatMap(picked: RwSignal<Option<Id>>, cell: RwSignal<Option<(u8, u8)>>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let risks = numbers(app);
    let click = move |l: u8, i: u8| {
        if let Some(id) = picked.get_untracked() {
            let r = app
                .current_id()
                .and_then(|pid| app.with_ws_untracked(|w| w.plan(&pid).and_then(|p| p.budget.risk(&id).cloned())));
            if let Some(r) = r {
                put(app, Risk { likelihood: l, impact: i, ..r });
            }
            picked.set(None);
        } else {
            cell.update(|c| *c = if *c == Some((l, i)) { None } else { Some((l, i)) });
        }
    };
    let picked_name = move || {
        let id = picked.get()?;
        risks.with(|v| v.iter().find(|x| x.0 == id).map(|x| fill(t.picked, "name", &x.1)))
    };
    view! {
        <section class="card mon-card heat" data-section="heat-map">
            <h2>{t.heat_title}</h2>
            <p class="hint">{t.heat_help}</p>
            <div class="heat-map" data-testid="heat-map" class:picking=move || picked.get().is_some()>
                <span class="heat-axis y">{t.likelihood}" ↑"</span>
                {(1..=5u8)
                    .rev()
                    .map(|lk| {
                        view! {
                            <span class="heat-tick">{lk}</span>
                            {(1..=5u8)
                                .map(|im| {
                                    let here = Memo::new(move |_| {
                                        risks
                                            .with(|v| {
                                                v.iter()
                                                    .enumerate()
                                                    .filter(|(_, r)| r.2 == Some((lk, im)))
                                                    .map(|(n, r)| (n + 1, r.0.clone(), r.1.clone(), r.3))
                                                    .collect::<Vec<_>>()
                                            })
                                    });
                                    let here = move || here.get();
                                    let label = move || fill(
                                        &fill(&fill(t.cell_label, "l", &lk.to_string()), "i", &im.to_string()),
                                        "n",
                                        &here().len().to_string(),
                                    );
                                    // A memo per cell: moving a risk redraws the two cells it leaves and enters.
                                    view! {
                                        <div
                                            class=band_class(lk * im)
                                            class:filtered=move || cell.get() == Some((lk, im))
                                            role="button"
                                            tabindex="0"
                                            data-cell=format!("{lk}-{im}")
                                            aria-label=label
                                            title=label
                                            on:click=move |_| click(lk, im)
                                            on:keydown=move |e| {
                                                if e.key() == "Enter" || e.key() == " " {
                                                    e.prevent_default();
                                                    click(lk, im)
                                                }
                                            }
                                        >
                                            {move || {
                                                here()
                                                    .into_iter()
                                                    .map(|(n, id, title, status)| {
                                                        let id2 = id.clone();
                                                        view! {
                                                            <button
                                                                class="risk-chip"
                                                                class:triggered=status == RiskStatus::Triggered
                                                                class:picked=move || {
                                                                    picked.get().as_deref() == Some(id.as_str())
                                                                }
                                                                data-risk=id2.clone()
                                                                title=title.clone()
                                                                aria-label=title
                                                                on:click=move |e| {
                                                                    e.stop_propagation();
                                                                    picked
                                                                        .update(|p| {
                                                                            *p = if p.as_deref() == Some(id2.as_str()) {
                                                                                None
                                                                            } else {
                                                                                Some(id2.clone())
                                                                            };
                                                                        });
                                                                }
                                                            >
                                                                {format!("R{n}")}
                                                            </button>
                                                        }
                                                    })
                                                    .collect_view()
                                            }}
                                        </div>
                                    }
                                })
                                .collect_view()}
                        }
                    })
                    .collect_view()}
                <span></span>
                {(1..=5u8).map(|im| view! { <span class="heat-tick x">{im}</span> }).collect_view()}
                <span class="heat-axis x">{t.impact}" →"</span>
            </div>
            <p class="heat-status" data-testid="heat-status">
                {picked_name}
            </p>
        </section>
    }
}

#[component]
fn Register(picked: RwSignal<Option<Id>>, cell: RwSignal<Option<(u8, u8)>>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().budget();
    let l = app.locale.get_untracked();
    let today = app.today;
    let risks = app.plan_memo(|p| p.budget.risks.clone());
    let shown = Memo::new(move |_| {
        let c = cell.get();
        risks.with(|v| {
            v.iter()
                .enumerate()
                .filter(|(_, r)| c.is_none_or(|c| r.cell() == Some(c)))
                .map(|(n, r)| (n + 1, r.id.clone()))
                .collect::<Vec<_>>()
        })
    });
    let people = app.people_memo();
    let kpis = app.plan_memo(|p| p.kpis.iter().map(|k| (k.id.clone(), k.name.clone())).collect::<Vec<_>>());
    let row = move |(n, id): (usize, Id)| {
        let rid = id.clone();
        let r = EditRow { memo: Memo::new(move |_| risks.with(|v| v.iter().find(|x| x.id == rid).cloned())), put };
        let id2 = id.clone();
        let score = move || r.read(|x| x.score());
        let status = move || r.memo.with(|x| x.as_ref().map(|x| x.status)).unwrap_or(RiskStatus::Open);
        let rid = move || r.memo.with_untracked(|x| x.as_ref().map(|x| x.id.clone()).unwrap_or_default());
        let trigger = move |_| {
            crate::ui::budget::run(app, BudgetCommand::Trigger { risk: rid(), day: today });
        };
        view! {
            <tr
                class="risk-row"
                data-risk=id.clone()
                data-status=move || format!("{:?}", status()).to_lowercase()
                class:picked=move || picked.get().as_deref() == Some(id2.as_str())
            >
                <td class="risk-no">{format!("R{n}")}</td>
                {text_cell(r, t.col_title, "title", |x| x.title.clone(), |_, x, v| x.title = v)}
                {choice_cell(
                    r,
                    RiskCategory::ALL,
                    t.col_category,
                    "category",
                    |x| x.category,
                    |x, v| x.category = v,
                    category_name,
                )}
                {choice_cell(
                    r,
                    LEVELS,
                    t.likelihood,
                    "likelihood",
                    |x| x.likelihood,
                    |x, v| x.likelihood = v,
                    likelihood_name,
                )}
                {choice_cell(r, LEVELS, t.impact, "impact", |x| x.impact, |x, v| x.impact = v, impact_name)}
                <td>
                    <span
                        class=move || band_class(score())
                        data-testid="risk-score"
                        title=move || band_name(l, band(score()))
                    >
                        {score}
                    </span>
                </td>
                {link_cell(r, t.col_owner, "owner", t.nobody, people, |x| x.owner.clone(), |x, v| x.owner = v)}
                {choice_cell(
                    r,
                    RiskStatus::ALL,
                    t.col_status,
                    "status",
                    |x| x.status,
                    |x, v| x.status = v,
                    risk_status_name,
                )}
                {text_cell(
                    r,
                    t.col_risk_cost,
                    "cost",
                    |x| money_field(x.cost),
                    |app, x, v| {
                        if let Some(m) = read_money(app, &v) {
                            x.cost = m;
                        }
                    },
                )}
                {link_cell(r, t.col_kpi, "kpi", t.none, kpis, |x| x.kpi.clone(), |x, v| x.kpi = v)}
                <td class="nowrap">
                    {move || match (status(), r.read(|x| x.triggered)) {
                        (RiskStatus::Open | RiskStatus::Watching, _) => {
                            view! {
                                <button class="btn small danger-outline" data-action="trigger" on:click=trigger>
                                    {t.act_trigger}
                                </button>
                            }
                                .into_any()
                        }
                        (_, Some(d)) => {
                            view! {
                                <span class="muted small">{fill(t.triggered_on, "date", &fmt_date_short(l, d))}</span>
                            }
                                .into_any()
                        }
                        _ => ().into_any(),
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
                                    id: rid(),
                                    up,
                                },
                            );
                        },
                        move || {
                            run(app, BudgetCommand::RemoveRisk(rid()));
                        },
                    )}
                </td>
            </tr>
            // The plan in words gets a line of its own: trigger, response, backup.
            <tr class="risk-detail" data-risk-detail=id.clone()>
                <td></td>
                <td colspan="11">
                    <div class="risk-plan">
                        <label>
                            <span>{t.col_trigger}</span>
                            {text_input(r, t.col_trigger, "trigger", |x| x.trigger.clone(), |_, x, v| x.trigger = v)}
                        </label>
                        <label>
                            <span>{t.col_response}</span>
                            {text_input(
                                r,
                                t.col_response,
                                "response",
                                |x| x.response.clone(),
                                |_, x, v| x.response = v,
                            )}
                        </label>
                        <label>
                            <span>{t.col_backup}</span>
                            {text_input(r, t.col_backup, "backup", |x| x.backup.clone(), |_, x, v| x.backup = v)}
                        </label>
                    </div>
                </td>
            </tr>
        }
    };
    let heads = [
        "#",
        t.col_title,
        t.col_category,
        t.likelihood,
        t.impact,
        t.col_score,
        t.col_owner,
        t.col_status,
        t.col_risk_cost,
        t.col_kpi,
    ];
    card(
        TABLE_CARD,
        "register",
        t.register_title,
        Some(t.register_help),
        None,
        view! {
            <Show when=move || cell.get().is_some()>
                <p class="filter-line" data-testid="risk-filter">
                    {move || {
                        cell.get().map(|(lk, im)| fill(&fill(t.filtered, "l", &lk.to_string()), "i", &im.to_string()))
                    }}
                    <button class="btn small" on:click=move |_| cell.set(None)>
                        {t.show_all}
                    </button>
                </p>
                <Show when=move || shown.with(Vec::is_empty)>
                    <p class="muted">{t.risks_none_here}</p>
                </Show>
            </Show>
            <Show when=move || risks.with(Vec::is_empty)>
                <p class="empty-example">
                    <span class="tag">{t.example}</span>
                    {t.risks_empty}
                </p>
            </Show>
            <div class="table-wrap" class:hidden=move || shown.with(Vec::is_empty)>
                <table class="kpi-table risk-table" data-testid="risk-register">
                    <thead>
                        <tr>{heads.into_iter().map(|h| view! { <th>{h}</th> }).collect_view()}<th></th><th></th></tr>
                    </thead>
                    <tbody>
                        <For each=move || shown.get() key=|x| x.clone() let:x>
                            {row(x)}
                        </For>
                    </tbody>
                </table>
            </div>
            {add_box(
                "risk".into(),
                t.add_risk,
                t.add,
                move |title| {
                    run(app, BudgetCommand::PutRisk(Box::new(Risk::new(new_id(), title, RiskCategory::Execution))))
                },
            )}
        },
    )
}
