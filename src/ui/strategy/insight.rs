//! Market insight (市场洞察): the PESTEL board, Porter's five forces with their
//! radar, internal strengths and weaknesses, competitor campaigns and persona
//! cards. Outside factors and internal entries can be promoted into the SWOT
//! with one click. Must not know how SWOT or goals are drawn.

use super::fields::{put, row_tools, rows, run};
use crate::i18n::strategy::{effect_name, force_name, side_name};
use crate::model::strategy::commands::StrategyCommand;
use crate::model::strategy::data::Competitor;
use crate::model::strategy::data::Effect;
use crate::model::strategy::data::Factor;
use crate::model::strategy::data::Force;
use crate::model::strategy::data::ForceRating;
use crate::model::strategy::data::InternalEntry;
use crate::model::strategy::data::Listed;
use crate::model::strategy::data::Persona;
use crate::model::strategy::data::PestelEntry;
use crate::model::strategy::data::Quadrant;
use crate::model::strategy::data::Side;
use crate::model::strategy::data::Strategy;
use crate::model::strategy::data::SwotEntry;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::card::{card, EmptyExample, FORM_CARD};
use crate::ui::kit::fields::area_in;
use crate::ui::kit::fields::choice_in;
use crate::ui::kit::fields::rating_in;
use crate::ui::kit::fields::text_in;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

/// The id a force is known by as a SWOT source (`force:rivalry`).
pub fn force_source(f: Force) -> String {
    let name = serde_json::to_string(&f).unwrap_or_default();
    format!("force:{}", name.trim_matches('"'))
}

/// "Add to SWOT" for a source entry; shows "In SWOT" once it is there.
fn promote_button(
    app: App,
    s: Memo<Strategy>,
    source: Signal<String>,
    make: impl Fn() -> Option<SwotEntry> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let inside = move || {
        let src = source.get();
        s.with(|s| s.swot.iter().any(|e| e.source.as_deref() == Some(src.as_str())))
    };
    view! {
        <button
            class="btn small promote"
            data-action="to-swot"
            disabled=inside
            class:done=inside
            on:click=move |_| {
                if let Some(e) = make() {
                    put(app, e);
                }
            }
        >
            {move || if inside() { app.lang().strategy().in_swot } else { app.lang().strategy().to_swot }}
        </button>
    }
}

/// The promote button of a PESTEL or internal entry: the SWOT entry gets its
/// text, the quadrant `to` picks, and the entry's id as its source.
fn promote_entry<T: Listed>(
    app: App,
    s: Memo<Strategy>,
    e: EditRow<T>,
    to: fn(&T) -> (Quadrant, String),
) -> impl IntoView {
    let source = Signal::derive(move || e.with(|x| x.as_ref().map(|x| x.id().to_string()).unwrap_or_default()));
    let make = move || {
        e.get_untracked().map(|x| {
            let (quadrant, text) = to(&x);
            SwotEntry { id: new_id(), quadrant, text, source: Some(x.id().to_string()) }
        })
    };
    promote_button(app, s, source, make)
}

#[component]
pub fn Pestel(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.pestel.is_empty()));
    let column = move |factor: Factor| {
        let row = move |e: EditRow<PestelEntry>| {
            let threat = move || e.with(|x| x.as_ref().is_some_and(|x| x.effect == Effect::Threat));
            view! {
                <li class="pestel-entry" class:threat=threat>
                    {area_in(
                        e,
                        |x| x.text.clone(),
                        |x, v| x.text = v,
                        app.lang().strategy().factor_placeholder,
                        "text",
                    )}
                    <div class="entry-meta">
                        {choice_in(
                            e,
                            Effect::ALL,
                            |x| x.effect,
                            |x, v| x.effect = v,
                            effect_name,
                            app.lang().strategy().effect_label,
                            "effect",
                        )} <span class="muted small">{app.lang().strategy().weight}</span>
                        {rating_in(e, |x| x.weight, |x, v| x.weight = v, app.lang().strategy().weight, "weight", None)}
                        {promote_entry(
                            app,
                            s,
                            e,
                            |x| {
                                (
                                    if x.effect == Effect::Opportunity { Quadrant::O } else { Quadrant::T },
                                    x.text.clone(),
                                )
                            },
                        )} {row_tools(e, false)}
                    </div>
                </li>
            }
        };
        view! {
            <div class="pestel-col" data-factor=format!("{factor:?}")>
                <h3>{crate::i18n::strategy::factor_name(app.locale.get_untracked(), factor)}</h3>
                <ul class="entry-list">{rows(s, move |x: &PestelEntry| x.factor == factor, row)}</ul>
                {add_box(
                    "pestel".into(),
                    app.lang().strategy().factor_placeholder,
                    app.lang().strategy().add,
                    move |text| {
                        put(
                            app,
                            PestelEntry {
                                id: new_id(),
                                factor,
                                text,
                                effect: Effect::Opportunity,
                                weight: 3,
                            },
                        )
                    },
                )}
            </div>
        }
    };
    card(
        FORM_CARD,
        "pestel",
        app.lang().strategy().pestel_title,
        Some(app.lang().strategy().pestel_help),
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().pestel_empty,
            empty: is_empty,
        }),
        view! { <div class="pestel-board">{Factor::ALL.iter().map(|f| column(*f)).collect_view()}</div> },
    )
}

/// The five ratings as a pentagon: grid rings for 1–5 and the ratings' shape.
fn radar(app: App, s: Memo<Strategy>) -> impl IntoView {
    const C: f64 = 130.0;
    const R: f64 = 78.0;
    let point = |i: usize, r: f64| {
        let a = (-90.0 + 72.0 * i as f64).to_radians();
        (C + r * a.cos(), C + r * a.sin())
    };
    let ring = move |level: f64| {
        (0..5).map(|i| point(i, R * level / 5.0)).map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")
    };
    let shape = move || {
        s.with(|s| {
            Force::ALL
                .iter()
                .enumerate()
                .map(|(i, f)| point(i, R * s.force(*f).map_or(0, |x| x.rating) as f64 / 5.0))
                .map(|(x, y)| format!("{x:.1},{y:.1}"))
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    view! {
        <svg
            class="radar"
            viewBox="-60 0 380 260"
            role="img"
            aria-label=app.lang().strategy().forces_title
            data-testid="forces-radar"
        >
            {(1..=5).map(|l| view! { <polygon class="radar-ring" points=ring(l as f64) /> }).collect_view()}
            {(0..5)
                .map(|i| {
                    let (x, y) = point(i, R);
                    view! { <line class="radar-axis" x1=C y1=C x2=x y2=y /> }
                })
                .collect_view()}
            <polygon class="radar-shape" points=shape />
            {Force::ALL
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let f = *f;
                    let (x, y) = point(i, R + 20.0);
                    let anchor = if (x - C).abs() < 4.0 { "middle" } else if x > C { "start" } else { "end" };
                    view! {
                        <text class="radar-label" x=x y=y + 4.0 text-anchor=anchor>
                            {force_name(app.locale.get_untracked(), f)}
                            " "
                            {move || s.with(|s| s.force(f).map_or(0, |x| x.rating)).to_string()}
                        </text>
                    }
                })
                .collect_view()}
        </svg>
    }
}

#[component]
pub fn FiveForces(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let get = move |f: Force| {
        s.with(|s| s.force(f).cloned()).unwrap_or(ForceRating { force: f, rating: 0, notes: String::new() })
    };
    let set = move |r: ForceRating| {
        run(app, StrategyCommand::Force(r));
    };
    let row = move |f: Force| {
        let source = Signal::derive(move || force_source(f));
        let make = move || {
            let r = get(f);
            let name = force_name(app.locale.get_untracked(), f);
            let text =
                if r.notes.trim().is_empty() { name.to_string() } else { format!("{name}：{}", r.notes.trim()) };
            // A strong force presses on the campaign; a weak one leaves room.
            let quadrant = if r.rating >= 3 { Quadrant::T } else { Quadrant::O };
            Some(SwotEntry { id: new_id(), quadrant, text, source: Some(force_source(f)) })
        };
        view! {
            <tr data-force=format!("{f:?}")>
                <th scope="row">{force_name(app.locale.get_untracked(), f)}</th>
                <td>
                    <select
                        class="rating"
                        data-field="rating"
                        aria-label=app.lang().strategy().rating
                        on:change=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                                set(ForceRating { rating: v, ..get(f) });
                            }
                        }
                    >
                        {(0..=5u8)
                            .map(|v| {
                                view! {
                                    <option value=v.to_string() prop:selected=move || get(f).rating == v>
                                        {move || {
                                            if v == 0 {
                                                app.lang().strategy().not_rated.to_string()
                                            } else {
                                                v.to_string()
                                            }
                                        }}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </td>
                <td class="grow">
                    <input
                        type="text"
                        data-field="notes"
                        aria-label=app.lang().strategy().notes
                        placeholder=app.lang().strategy().notes
                        prop:value=move || get(f).notes
                        on:change=move |ev| set(ForceRating {
                            notes: event_target_value(&ev),
                            ..get(f)
                        })
                    />
                </td>
                <td class:unrated=move || get(f).rating == 0>{promote_button(app, s, source, make)}</td>
            </tr>
        }
    };
    card(
        FORM_CARD,
        "forces",
        app.lang().strategy().forces_title,
        Some(app.lang().strategy().forces_help),
        None,
        view! {
            <div class="forces">
                <table class="forces-table">
                    <tbody>{Force::ALL.iter().map(|f| row(*f)).collect_view()}</tbody>
                </table>
                {radar(app, s)}
            </div>
        },
    )
}

#[component]
pub fn Internal(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.internal.is_empty()));
    let column = move |side: Side| {
        let row = move |e: EditRow<InternalEntry>| {
            view! {
                <li class="entry-row">
                    {text_in(e, |x| x.text.clone(), |x, v| x.text = v, app.lang().strategy().swot_placeholder, "text")}
                    {promote_entry(
                        app,
                        s,
                        e,
                        |x| { (if x.side == Side::Strength { Quadrant::S } else { Quadrant::W }, x.text.clone()) },
                    )} {row_tools(e, false)}
                </li>
            }
        };
        view! {
            <div class="side-col" data-side=format!("{side:?}")>
                <h3>{side_name(app.locale.get_untracked(), side)}</h3>
                <ul class="entry-list">{rows(s, move |x: &InternalEntry| x.side == side, row)}</ul>
                {add_box(
                    "internal".into(),
                    app.lang().strategy().swot_placeholder,
                    app.lang().strategy().add,
                    move |text| put(
                        app,
                        InternalEntry {
                            id: new_id(),
                            side,
                            text,
                        },
                    ),
                )}
            </div>
        }
    };
    card(
        FORM_CARD,
        "internal",
        app.lang().strategy().internal_title,
        Some(app.lang().strategy().internal_help),
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().internal_empty,
            empty: is_empty,
        }),
        view! { <div class="two-cols">{column(Side::Strength)}{column(Side::Weakness)}</div> },
    )
}

#[component]
pub fn Competitors(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.competitors.is_empty()));
    let row = move |e: EditRow<Competitor>| {
        view! {
            <tr class="competitor">
                <td>{text_in(e, |x| x.name.clone(), |x, v| x.name = v, app.lang().strategy().competitor, "name")}</td>
                <td>{text_in(e, |x| x.theme.clone(), |x, v| x.theme = v, app.lang().strategy().theme, "theme")}</td>
                <td>{text_in(e, |x| x.format.clone(), |x, v| x.format = v, app.lang().strategy().format, "format")}</td>
                <td>
                    {text_in(
                        e,
                        |x| x.channels.clone(),
                        |x, v| x.channels = v,
                        app.lang().strategy().channels,
                        "channels",
                    )}
                </td>
                <td>{text_in(e, |x| x.timing.clone(), |x, v| x.timing = v, app.lang().strategy().timing, "timing")}</td>
                <td>
                    {area_in(
                        e,
                        |x| x.feedback.clone(),
                        |x, v| x.feedback = v,
                        app.lang().strategy().feedback,
                        "feedback",
                    )}
                </td>
                <td>{row_tools(e, false)}</td>
            </tr>
        }
    };
    card(
        FORM_CARD,
        "competitors",
        app.lang().strategy().competitors_title,
        None,
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().competitors_empty,
            empty: is_empty,
        }),
        view! {
            <Show when=move || !is_empty.get()>
                <div class="table-wrap">
                    <table class="st-table">
                        <thead>
                            <tr>
                                <th>{app.lang().strategy().competitor}</th>
                                <th>{app.lang().strategy().theme}</th>
                                <th>{app.lang().strategy().format}</th>
                                <th>{app.lang().strategy().channels}</th>
                                <th>{app.lang().strategy().timing}</th>
                                <th>{app.lang().strategy().feedback}</th>
                                <th></th>
                            </tr>
                        </thead>
                        <tbody>{rows(s, |_: &Competitor| true, row)}</tbody>
                    </table>
                </div>
            </Show>
            {add_box(
                "competitor".into(),
                app.lang().strategy().competitor,
                app.lang().strategy().add,
                move |name| put(
                    app,
                    Competitor {
                        id: new_id(),
                        name,
                        ..Default::default()
                    },
                ),
            )}
        },
    )
}

#[component]
pub fn Personas(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.personas.is_empty()));
    let sep = move || crate::i18n::format::list_sep(app.locale.get_untracked());
    let card_of = move |e: EditRow<Persona>| {
        let field = move |label: &'static str, el: AnyView| {
            view! {
                <label class="persona-field">
                    <span>{label}</span>
                    {el}
                </label>
            }
        };
        view! {
            <article class="persona-card">
                <header>
                    <span class="persona-avatar" aria-hidden="true">
                        {move || {
                            e.with(|x| {
                                x.as_ref().and_then(|x| x.name.chars().next()).map(String::from).unwrap_or_default()
                            })
                        }}
                    </span>
                    {text_in(e, |x| x.name.clone(), |x, v| x.name = v, app.lang().strategy().persona_name, "name")}
                    {row_tools(e, false)}
                </header>
                <div class="persona-grid">
                    {field(
                        app.lang().strategy().age,
                        text_in(e, |x| x.age.clone(), |x, v| x.age = v, app.lang().strategy().age, "age").into_any(),
                    )}
                    {field(
                        app.lang().strategy().gender,
                        text_in(e, |x| x.gender.clone(), |x, v| x.gender = v, app.lang().strategy().gender, "gender")
                            .into_any(),
                    )}
                    {field(
                        app.lang().strategy().city_tier,
                        text_in(
                                e,
                                |x| x.city_tier.clone(),
                                |x, v| x.city_tier = v,
                                app.lang().strategy().city_tier,
                                "city",
                            )
                            .into_any(),
                    )}
                    {field(
                        app.lang().strategy().income,
                        text_in(e, |x| x.income.clone(), |x, v| x.income = v, app.lang().strategy().income, "income")
                            .into_any(),
                    )}
                </div>
                {field(
                    app.lang().strategy().habits,
                    area_in(e, |x| x.habits.clone(), |x, v| x.habits = v, app.lang().strategy().habits, "habits")
                        .into_any(),
                )}
                <label class="persona-field">
                    <span>{app.lang().strategy().media}</span>
                    <input
                        type="text"
                        data-field="media"
                        title=app.lang().strategy().media_hint
                        placeholder=app.lang().strategy().media_hint
                        prop:value=move || e.with(|x| x.as_ref().map(|x| x.media.join(sep())).unwrap_or_default())
                        on:change=move |ev| {
                            e.edit(app, |x| x.media = crate::ui::kit::choice::split_list(&event_target_value(&ev)));
                        }
                    />
                </label>
                <ul class="chips">
                    {move || {
                        e.with(|x| x.as_ref().map(|x| x.media.clone()).unwrap_or_default())
                            .into_iter()
                            .map(|m| view! { <li class="chip">{m}</li> })
                            .collect_view()
                    }}
                </ul>
                {field(
                    app.lang().strategy().pains,
                    area_in(e, |x| x.pains.clone(), |x, v| x.pains = v, app.lang().strategy().pains, "pains").into_any(),
                )}
                {field(
                    app.lang().strategy().needs,
                    area_in(e, |x| x.needs.clone(), |x, v| x.needs = v, app.lang().strategy().needs, "needs").into_any(),
                )}
                {field(
                    app.lang().strategy().quote,
                    area_in(e, |x| x.quote.clone(), |x, v| x.quote = v, app.lang().strategy().quote, "quote").into_any(),
                )}
            </article>
        }
    };
    card(
        FORM_CARD,
        "personas",
        app.lang().strategy().personas_title,
        None,
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().personas_empty,
            empty: is_empty,
        }),
        view! {
            <div class="persona-cards">{rows(s, |_: &Persona| true, card_of)}</div>
            {add_box(
                "persona".into(),
                app.lang().strategy().persona_name,
                app.lang().strategy().add,
                move |name| put(
                    app,
                    Persona {
                        id: new_id(),
                        name,
                        ..Default::default()
                    },
                ),
            )}
        },
    )
}
