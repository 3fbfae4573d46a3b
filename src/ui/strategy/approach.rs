//! The strategy itself (策略方案): positioning and generic strategy, tactics,
//! theme and incentives with their cost, core messages, the user journey,
//! and the channel mix with its live total, the 70/20/10 comparison and a
//! chart. Must not know about goals or the trace.

use super::fields::{put, row_tools, rows, run};
use crate::i18n::strategy::{channel_kind_name, generic_name, incentive_name, tactic_name, tier_name};
use crate::i18n::{fill, fmt_money};
use crate::model::base::money::Money;
use crate::model::strategy::commands::StrategyCommand;
use crate::model::strategy::commands::StrategyText;
use crate::model::strategy::data::ChannelKind;
use crate::model::strategy::data::ChannelShare;
use crate::model::strategy::data::GenericStrategy;
use crate::model::strategy::data::Incentive;
use crate::model::strategy::data::IncentiveKind;
use crate::model::strategy::data::JourneyStep;
use crate::model::strategy::data::Strategy;
use crate::model::strategy::data::Tactic;
use crate::model::strategy::data::TacticKind;
use crate::model::strategy::data::Tier;
use crate::model::strategy::rules::mix;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::card::{card, EmptyExample, FORM_CARD};
use crate::ui::kit::choice::{choice_options, parse_choice};
use crate::ui::kit::fields::check_in;
use crate::ui::kit::fields::choice_in;
use crate::ui::kit::fields::text_in;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

/// A free-text field of the strategy as a whole.
fn strategy_text(
    app: App,
    s: Memo<Strategy>,
    field: StrategyText,
    get: fn(&Strategy) -> String,
    label: &'static str,
    key: &'static str,
    multi: bool,
) -> impl IntoView {
    let value = move || s.with(get);
    let commit = move |v: String| {
        if v != s.with_untracked(get) {
            run(app, StrategyCommand::Text(field, v));
        }
    };
    if multi {
        view! {
            <textarea
                data-field=key
                rows="3"
                aria-label=label
                placeholder=label
                prop:value=value
                on:change=move |ev| commit(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                data-field=key
                aria-label=label
                placeholder=label
                prop:value=value
                on:change=move |ev| commit(event_target_value(&ev))
            />
        }
        .into_any()
    }
}

#[component]
pub fn Positioning(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.positioning.trim().is_empty()));
    card(
        FORM_CARD,
        "positioning",
        app.lang().strategy().positioning_title,
        None,
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().positioning_empty,
            empty: is_empty,
        }),
        view! {
            <label class="wide-field">
                <span>{app.lang().strategy().positioning}</span>
                {strategy_text(
                    app,
                    s,
                    StrategyText::Positioning,
                    |s| s.positioning.clone(),
                    app.lang().strategy().positioning,
                    "positioning",
                    false,
                )}
            </label>
            <fieldset class="generic">
                <legend>{app.lang().strategy().generic}</legend>
                {GenericStrategy::ALL
                    .iter()
                    .map(|g| {
                        let g = *g;
                        view! {
                            <label class="radio">
                                <input
                                    type="radio"
                                    name="generic"
                                    data-generic=format!("{g:?}")
                                    prop:checked=move || s.with(|s| s.generic == Some(g))
                                    on:change=move |_| {
                                        run(app, StrategyCommand::Generic(Some(g)));
                                    }
                                />
                                {generic_name(app.locale.get_untracked(), g)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        },
    )
}

#[component]
pub fn Tactics(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.tactics.is_empty()));
    let kind = RwSignal::new(TacticKind::Content);
    let row = move |e: EditRow<Tactic>| {
        view! {
            <li class="entry-row tactic">
                {choice_in(
                    e,
                    TacticKind::ALL,
                    |x| x.kind,
                    |x, v| x.kind = v,
                    tactic_name,
                    app.lang().strategy().kind,
                    "kind",
                )} {text_in(e, |x| x.text.clone(), |x, v| x.text = v, app.lang().strategy().tactic_placeholder, "text")}
                {row_tools(e, true)}
            </li>
        }
    };
    card(
        FORM_CARD,
        "tactics",
        app.lang().strategy().tactics_title,
        None,
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().tactics_empty,
            empty: is_empty,
        }),
        view! {
            <ul class="entry-list">{rows(s, |_: &Tactic| true, row)}</ul>
            <div class="add-with-kind">
                <select
                    data-field="new-kind"
                    aria-label=app.lang().strategy().kind
                    on:change=move |ev| {
                        if let Some(k) = parse_choice(TacticKind::ALL, &event_target_value(&ev)) {
                            kind.set(k);
                        }
                    }
                >
                    {choice_options(TacticKind::ALL, move |k| kind.get() == k, tactic_name)}
                </select>
                {add_box(
                    "tactic".into(),
                    app.lang().strategy().tactic_placeholder,
                    app.lang().strategy().add,
                    move |text| put(
                        app,
                        Tactic {
                            id: new_id(),
                            kind: kind.get_untracked(),
                            text,
                        },
                    ),
                )}
            </div>
        },
    )
}

#[component]
pub fn ThemeIncentives(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.incentives.is_empty()));
    let currency = app.plan_memo(|p| p.currency.clone());
    let money = move |m: Money| fmt_money(app.locale.get_untracked(), m, &currency.get());
    let row = move |e: EditRow<Incentive>| {
        let cost_text = move || e.with(|x| x.as_ref().map(|x| x.unit_cost.to_string()).unwrap_or_default());
        view! {
            <tr class="incentive">
                <td>
                    {choice_in(
                        e,
                        IncentiveKind::ALL,
                        |x| x.kind,
                        |x, v| x.kind = v,
                        incentive_name,
                        app.lang().strategy().kind,
                        "kind",
                    )}
                </td>
                <td class="grow">
                    {text_in(e, |x| x.rule.clone(), |x, v| x.rule = v, app.lang().strategy().rule, "rule")}
                </td>
                <td>
                    <input
                        type="text"
                        class="num"
                        inputmode="decimal"
                        data-field="unit-cost"
                        aria-label=app.lang().strategy().unit_cost
                        prop:value=cost_text
                        on:change=move |ev| {
                            let el: web_sys::HtmlInputElement = event_target(&ev);
                            match Money::read(&el.value()).filter(|m| m.0 >= 0) {
                                Some(m) => {
                                    e.edit(app, |x| x.unit_cost = m);
                                }
                                None => {
                                    app.error(
                                        format!(
                                            "{}: {}",
                                            app.lang().strategy().unit_cost,
                                            app.lang().strategy().not_a_number,
                                        ),
                                    );
                                    el.set_value(&cost_text());
                                }
                            }
                        }
                    />
                </td>
                <td>
                    <input
                        type="number"
                        class="num"
                        min="0"
                        step="1"
                        data-field="quantity"
                        aria-label=app.lang().strategy().quantity
                        prop:value=move || e.with(|x| x.as_ref().map(|x| x.quantity.to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            if let Ok(q) = event_target_value(&ev).trim().parse::<u32>() {
                                e.edit(app, |x| x.quantity = q);
                            }
                        }
                    />
                </td>
                <td class="num total" data-testid="incentive-total">
                    {move || e.with(|x| x.as_ref().and_then(|x| x.total())).map(money)}
                </td>
                <td>{row_tools(e, false)}</td>
            </tr>
        }
    };
    let total =
        move || fill(app.lang().strategy().incentives_total, "amount", &money(s.with(|s| s.incentives_total())));
    card(
        FORM_CARD,
        "theme",
        app.lang().strategy().theme_title,
        None,
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().incentives_empty,
            empty: is_empty,
        }),
        view! {
            <label class="wide-field">
                <span>{app.lang().strategy().theme}</span>
                {strategy_text(
                    app,
                    s,
                    StrategyText::Theme,
                    |s| s.theme.clone(),
                    app.lang().strategy().theme_placeholder,
                    "theme",
                    false,
                )}
            </label>
            <Show when=move || !is_empty.get()>
                <div class="table-wrap">
                    <table class="st-table">
                        <thead>
                            <tr>
                                <th>{app.lang().strategy().kind}</th>
                                <th>{app.lang().strategy().rule}</th>
                                <th class="num">{app.lang().strategy().unit_cost}</th>
                                <th class="num">{app.lang().strategy().quantity}</th>
                                <th class="num">{app.lang().strategy().total}</th>
                                <th></th>
                            </tr>
                        </thead>
                        <tbody>{rows(s, |_: &Incentive| true, row)}</tbody>
                    </table>
                </div>
            </Show>
            {add_box(
                "incentive".into(),
                app.lang().strategy().rule,
                app.lang().strategy().add,
                move |rule| put(
                    app,
                    Incentive {
                        id: new_id(),
                        kind: IncentiveKind::Coupon,
                        rule,
                        unit_cost: Money(0),
                        quantity: 0,
                    },
                ),
            )}
            <p class="sum-line" data-testid="incentives-total">
                {total}
            </p>
        },
    )
}

#[component]
pub fn Messages(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    card(
        FORM_CARD,
        "messages",
        app.lang().strategy().messages_title,
        None,
        None,
        view! {
            <div class="slogans">
                {(0..3usize)
                    .map(|i| {
                        view! {
                            <label class="wide-field">
                                <span>{move || fill(app.lang().strategy().slogan, "n", &(i + 1).to_string())}</span>
                                <input
                                    type="text"
                                    data-field=format!("slogan-{i}")
                                    placeholder=app.lang().strategy().slogan_placeholder
                                    prop:value=move || s.with(|s| s.slogans.get(i).cloned().unwrap_or_default())
                                    on:change=move |ev| {
                                        run(
                                            app,
                                            StrategyCommand::Text(StrategyText::Slogan(i), event_target_value(&ev)),
                                        );
                                    }
                                />
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <label class="wide-field">
                <span>{app.lang().strategy().selling_points}</span>
                {strategy_text(
                    app,
                    s,
                    StrategyText::SellingPoints,
                    |s| s.selling_points.clone(),
                    app.lang().strategy().selling_points,
                    "selling-points",
                    true,
                )}
            </label>
        },
    )
}

#[component]
pub fn Journey(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.journey.is_empty()));
    let order = Memo::new(move |_| s.with(|s| s.journey.iter().map(|x| x.id.clone()).collect::<Vec<_>>()));
    let row = move |e: EditRow<JourneyStep>| {
        let n = move || {
            e.with(|x| x.as_ref().and_then(|x| order.with(|o| o.iter().position(|i| i == &x.id)))).map(|i| i + 1)
        };
        let conv = move || e.with(|x| x.as_ref().is_some_and(|x| x.conversion));
        view! {
            <li class="journey-step" class:conversion=conv>
                <span class="step-no">{n}</span>
                <div class="step-body">
                    {text_in(e, |x| x.text.clone(), |x, v| x.text = v, app.lang().strategy().step_placeholder, "text")}
                    {check_in(
                        e,
                        |x| x.conversion,
                        |x, v| x.conversion = v,
                        app.lang().strategy().conversion_node,
                        "conversion",
                    )} {text_in(e, |x| x.risk.clone(), |x, v| x.risk = v, app.lang().strategy().risk, "risk")}
                </div>
                {row_tools(e, true)}
            </li>
        }
    };
    card(
        FORM_CARD,
        "journey",
        app.lang().strategy().journey_title,
        Some(app.lang().strategy().journey_help),
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().journey_empty,
            empty: is_empty,
        }),
        view! {
            <ol class="journey">{rows(s, |_: &JourneyStep| true, row)}</ol>
            {add_box(
                "step".into(),
                app.lang().strategy().step_placeholder,
                app.lang().strategy().add,
                move |text| put(
                    app,
                    JourneyStep {
                        id: new_id(),
                        text,
                        conversion: false,
                        risk: String::new(),
                    },
                ),
            )}
        },
    )
}

/// Colours of the mix chart, by position (CSS variables in style/strategy.css).
const SLICES: usize = 8;

#[component]
pub fn ChannelMix(s: Memo<Strategy>) -> impl IntoView {
    let app = use_app();
    let is_empty = Signal::derive(move || s.with(|s| s.channels.is_empty()));
    let m = Memo::new(move |_| s.with(|s| mix(&s.channels)));
    let row = move |e: EditRow<ChannelShare>| {
        view! {
            <tr class="channel-row">
                <td>
                    {text_in(
                        e,
                        |x| x.name.clone(),
                        |x, v| x.name = v,
                        app.lang().strategy().channel_placeholder,
                        "name",
                    )}
                </td>
                <td>
                    {choice_in(
                        e,
                        ChannelKind::ALL,
                        |x| x.kind,
                        |x, v| x.kind = v,
                        channel_kind_name,
                        app.lang().strategy().kind,
                        "kind",
                    )}
                </td>
                <td>
                    <select
                        data-field="online"
                        aria-label=app.lang().strategy().online
                        on:change=move |ev| {
                            let on = event_target_value(&ev) == "online";
                            e.edit(app, |x| x.online = on);
                        }
                    >
                        <option value="online" prop:selected=move || e.with(|x| x.as_ref().is_some_and(|x| x.online))>
                            {app.lang().strategy().online}
                        </option>
                        <option value="offline" prop:selected=move || e.with(|x| x.as_ref().is_some_and(|x| !x.online))>
                            {app.lang().strategy().offline}
                        </option>
                    </select>
                </td>
                <td>
                    {choice_in(
                        e,
                        Tier::ALL,
                        |x| x.tier,
                        |x, v| x.tier = v,
                        tier_name,
                        app.lang().strategy().tier,
                        "tier",
                    )}
                </td>
                <td>
                    <input
                        type="number"
                        class="num share"
                        min="0"
                        max="100"
                        step="1"
                        data-field="share"
                        aria-label=app.lang().strategy().share
                        prop:value=move || e.with(|x| x.as_ref().map(|x| x.share.to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let el: web_sys::HtmlInputElement = event_target(&ev);
                            match el.value().trim().parse::<u8>().ok().filter(|v| *v <= 100) {
                                Some(v) => {
                                    e.edit(app, |x| x.share = v);
                                }
                                None => {
                                    app.error(format!("{}: 0–100", app.lang().strategy().share));
                                    el.set_value(
                                        &e
                                            .with_untracked(|x| {
                                                x.as_ref().map(|x| x.share.to_string()).unwrap_or_default()
                                            }),
                                    );
                                }
                            }
                        }
                    />
                </td>
                <td>{row_tools(e, true)}</td>
            </tr>
        }
    };
    let status = move || {
        let m = m.get();
        let t = app.lang().strategy();
        let (class, text) = if m.complete() {
            ("ok", t.mix_complete.to_string())
        } else if m.total < 100 {
            ("warn", fill(t.mix_under, "n", &(100 - m.total).to_string()))
        } else {
            ("bad", fill(t.mix_over, "n", &(m.total - 100).to_string()))
        };
        view! {
            <p class=format!("mix-total {class}") data-testid="mix-total" data-total=m.total.to_string()>
                <b>{fill(t.mix_total, "n", &m.total.to_string())}</b>
                " · "
                {text}
            </p>
        }
    };
    // One stacked bar of the shares, each channel a slice with its name.
    let bar = move || {
        let list = s.with(|s| s.channels.clone());
        let total = m.with(|m| m.total).max(100) as f64;
        let mut x = 0.0;
        list.into_iter()
            .enumerate()
            .filter(|(_, c)| c.share > 0)
            .map(|(i, c)| {
                let w = c.share as f64 / total * 100.0;
                let at = x;
                x += w;
                view! {
                    <div
                        class=format!("mix-slice s{}", i % SLICES)
                        style=format!("left:{at:.2}%;width:{w:.2}%")
                        title=format!("{} {}%", c.name, c.share)
                    >
                        <span>{c.name.clone()}" "{c.share}"%"</span>
                    </div>
                }
            })
            .collect_view()
    };
    let tiers = move || {
        let m = m.get();
        Tier::ALL
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let actual = m.tiers[i];
                let rule = t.rule_share();
                view! {
                    <div class="tier-row" data-tier=format!("{t:?}")>
                        <span class="tier-name">{tier_name(app.locale.get_untracked(), *t)}</span>
                        <div class="tier-bars">
                            <div class="tier-bar actual" style=format!("width:{}%", actual.min(100))></div>
                            <div class="tier-bar rule" style=format!("width:{rule}%")></div>
                        </div>
                        <span class="tier-val">
                            {fill(
                                &fill(app.lang().strategy().tier_vs_rule, "actual", &actual.to_string()),
                                "rule",
                                &rule.to_string(),
                            )}
                        </span>
                    </div>
                }
            })
            .collect_view()
    };
    card(
        FORM_CARD,
        "mix",
        app.lang().strategy().mix_title,
        Some(app.lang().strategy().mix_help),
        Some(EmptyExample {
            tag: app.lang().strategy().example,
            text: app.lang().strategy().mix_empty,
            empty: is_empty,
        }),
        view! {
            <Show when=move || !is_empty.get()>
                <div class="table-wrap">
                    <table class="st-table">
                        <thead>
                            <tr>
                                <th>{app.lang().strategy().channel}</th>
                                <th>{app.lang().strategy().kind}</th>
                                <th>{app.lang().strategy().online}" / "{app.lang().strategy().offline}</th>
                                <th>{app.lang().strategy().tier}</th>
                                <th class="num">{app.lang().strategy().share}</th>
                                <th></th>
                            </tr>
                        </thead>
                        <tbody>{rows(s, |_: &ChannelShare| true, row)}</tbody>
                    </table>
                </div>
            </Show>
            {add_box(
                "channel".into(),
                app.lang().strategy().channel_placeholder,
                app.lang().strategy().add,
                move |name| {
                    let left = 100u32.saturating_sub(m.get_untracked().total).min(100) as u8;
                    put(
                        app,
                        ChannelShare {
                            id: new_id(),
                            name,
                            kind: ChannelKind::Paid,
                            online: true,
                            tier: Tier::Core,
                            share: left,
                        },
                    )
                },
            )}
            {status}
            <div class="mix-bar" aria-hidden="true">
                {bar}
            </div>
            <h3>{app.lang().strategy().rule_title}</h3>
            <div class="tiers">{tiers}</div>
            <p class="muted small" data-testid="rule-verdict">
                {move || {
                    if m.get().follows_rule(5) { app.lang().strategy().rule_ok } else { app.lang().strategy().rule_off }
                }}
            </p>
        },
    )
}
