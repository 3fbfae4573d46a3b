//! SWOT 2×2 and the TOWS matrix built from it: each strategy is written by the
//! user and linked, by toggling chips, to the S/W/O/T entries it combines
//! (only the two quadrants its kind allows). Must not know about goals.

use super::fields::{put, row_tools, rows};
use crate::i18n::fill;
use crate::i18n::strategy::{quadrant_name, tows_name};
use crate::model::strategy::data::Quadrant;
use crate::model::strategy::data::Strategy;
use crate::model::strategy::data::SwotEntry;
use crate::model::strategy::data::TowsKind;
use crate::model::strategy::data::TowsStrategy;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::card::{card, EmptyExample, FORM_CARD};
use crate::ui::kit::fields::area_in;
use crate::ui::kit::fields::text_in;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{new_id, use_app};
use leptos::prelude::*;

#[component]
pub fn Swot(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let quadrant = move |q: Quadrant| {
        let row = move |e: EditRow<SwotEntry>| {
            view! {
                <li class="entry-row">
                    {text_in(e, |x| x.text.clone(), |x, v| x.text = v, app.lang().strategy().swot_placeholder, "text")}
                    {row_tools(e, true)}
                </li>
            }
        };
        let empty = move || s.with(|s| !s.swot.iter().any(|x| x.quadrant == q));
        view! {
            <div class="swot-q" data-quadrant=format!("{q:?}")>
                <h3>{quadrant_name(app.locale.get_untracked(), q)}</h3>
                <Show when=empty>
                    <p class="muted small">{app.lang().strategy().swot_empty}</p>
                </Show>
                <ul class="entry-list">{rows(s, move |x: &SwotEntry| x.quadrant == q, row)}</ul>
                {add_box(
                    "swot".into(),
                    app.lang().strategy().swot_placeholder,
                    app.lang().strategy().add,
                    move |text| put(
                        app,
                        SwotEntry {
                            id: new_id(),
                            quadrant: q,
                            text,
                            source: None,
                        },
                    ),
                )}
            </div>
        }
    };
    card(
        FORM_CARD,
        "swot",
        app.lang().strategy().swot_title,
        Some(app.lang().strategy().swot_help),
        None,
        view! { <div class="swot-grid">{Quadrant::ALL.iter().map(|q| quadrant(*q)).collect_view()}</div> },
    )
}

#[component]
pub fn Tows(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.tows.is_empty()));
    let cell = move |kind: TowsKind| {
        let [a, b] = kind.quadrants();
        let row = move |e: EditRow<TowsStrategy>| {
            let chips = move || {
                let linked = e.with(|x| x.as_ref().map(|x| x.links.clone()).unwrap_or_default());
                let entries: Vec<SwotEntry> =
                    s.with(|s| s.swot.iter().filter(|x| x.quadrant == a || x.quadrant == b).cloned().collect());
                if entries.is_empty() {
                    let l = app.locale.get_untracked();
                    let msg = fill(
                        &fill(app.lang().strategy().no_swot_for, "a", quadrant_name(l, a)),
                        "b",
                        quadrant_name(l, b),
                    );
                    return view! { <p class="muted small">{msg}</p> }.into_any();
                }
                entries
                    .into_iter()
                    .map(|x| {
                        let on = linked.contains(&x.id);
                        let id = x.id.clone();
                        view! {
                            <button
                                class="chip toggle"
                                class:on=on
                                aria-pressed=on.to_string()
                                data-swot=x.id.clone()
                                data-quadrant=format!("{:?}", x.quadrant)
                                on:click=move |_| {
                                    e.edit(
                                        app,
                                        |t| if on { t.links.retain(|l| l != &id) } else { t.links.push(id.clone()) },
                                    );
                                }
                            >
                                <b>{format!("{:?}", x.quadrant)}</b>
                                " "
                                {x.text.clone()}
                            </button>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            view! {
                <li class="tows-strategy">
                    <div class="tows-head">
                        {area_in(
                            e,
                            |x| x.text.clone(),
                            |x, v| x.text = v,
                            app.lang().strategy().tows_placeholder,
                            "text",
                        )} {row_tools(e, true)}
                    </div>
                    <div class="builds-on">
                        <span class="muted small">{app.lang().strategy().builds_on}</span>
                        {chips}
                    </div>
                </li>
            }
        };
        view! {
            <div class="tows-cell" data-tows=format!("{kind:?}")>
                <h3>{tows_name(app.locale.get_untracked(), kind)}</h3>
                <ul class="entry-list">{rows(s, move |x: &TowsStrategy| x.kind == kind, row)}</ul>
                {add_box(
                    "tows".into(),
                    app.lang().strategy().tows_placeholder,
                    app.lang().strategy().add,
                    move |text| put(
                        app,
                        TowsStrategy {
                            id: new_id(),
                            kind,
                            text,
                            links: vec![],
                        },
                    ),
                )}
            </div>
        }
    };
    card(
        FORM_CARD,
        "tows",
        app.lang().strategy().tows_title,
        Some(app.lang().strategy().tows_help),
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().tows_empty,
            empty: is_empty,
        }),
        view! { <div class="tows-grid">{TowsKind::ALL.iter().map(|k| cell(*k)).collect_view()}</div> },
    )
}
