//! The one-page strategy brief (策略简报) for printing: the plan's positioning,
//! goals with their SMART letters, personas, SWOT and TOWS, tactics, theme, messages,
//! journey, channel mix and the trace's gaps, read-only. The print rules in style/strategy.css lay
//! it out on A4 and hide the app around it. Must not edit anything.

use super::fields::strategy_memo;
use crate::i18n::overview::gaps_line;
use crate::i18n::strategy::dimension_name;
use crate::i18n::strategy::fmt_num;
use crate::i18n::strategy::generic_name;
use crate::i18n::strategy::incentive_name;
use crate::i18n::strategy::quadrant_name;
use crate::i18n::strategy::tactic_name;
use crate::i18n::strategy::tier_name;
use crate::i18n::{fill, fmt_money, fmt_range};
use crate::model::strategy::data::Quadrant;

use crate::model::strategy::rules::goal_tree;
use crate::model::strategy::rules::mix;
use crate::model::strategy::rules::smarts;
use crate::model::strategy::rules::trace;
use crate::model::strategy::rules::Letter;
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn StrategyBrief() -> impl IntoView {
    let app = use_app();
    // Built again when the language changes; labels inside are plain text.
    move || {
        app.locale.track();
        brief(app)
    }
}

fn brief(app: crate::ui::state::App) -> impl IntoView {
    let s = strategy_memo(app);
    let head = app.plan_memo(|p| Some((p.name.clone(), p.start, p.end, p.currency.clone())));
    let currency = move || head.with(|h| h.as_ref().map(|h| h.3.clone()).unwrap_or_default());
    let smarts = app.plan_memo(smarts);
    let gaps = app.plan_memo(|p| Some(trace(p).gap_counts()));
    let l = move || app.locale.get_untracked();
    let t = move || app.lang().strategy();
    let none = move || view! { <p class="muted">{t().brief_not_written}</p> };
    let back = move || app.current_id().map(|id| Route::Plan { id, view: View::Insight }.to_hash()).unwrap_or_default();
    let goals = move || {
        s.with(|s| {
            goal_tree(s)
                .into_iter()
                .map(|(depth, g)| {
                    let sm = smarts.with(|m| m.get(&g.id).cloned());
                    let letters = Letter::ALL
                        .iter()
                        .map(|x| {
                            let ok = sm.as_ref().is_some_and(|s| s.holds(*x));
                            view! {
                                <span class="smart-letter" class:ok=ok>
                                    {x.char()}
                                </span>
                            }
                        })
                        .collect_view();
                    let target = match (g.baseline, g.target) {
                        (Some(b), Some(tg)) => format!("{} → {} {}", fmt_num(b.0), fmt_num(tg.0), g.unit),
                        (None, Some(tg)) => format!("{} {}", fmt_num(tg.0), g.unit),
                        _ => String::new(),
                    };
                    view! {
                        <li class="brief-goal" style=format!("--depth:{depth}")>
                            <span class="smart-badge">{letters}</span>
                            <span class="dim">{dimension_name(l(), g.dimension)}</span>
                            <span class="text">{g.statement.clone()}</span>
                            <span class="target">{target}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let swot = move || {
        Quadrant::ALL
            .iter()
            .map(|q| {
                let items =
                    s.with(|s| s.swot.iter().filter(|x| x.quadrant == *q).map(|x| x.text.clone()).collect::<Vec<_>>());
                view! {
                    <div class="brief-q">
                        <h4>{quadrant_name(l(), *q)}</h4>
                        <ul>{items.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                    </div>
                }
            })
            .collect_view()
    };
    // One line per persona: who they are, where they are reached, what hurts.
    let personas = move || {
        s.with(|s| {
            s.personas
                .iter()
                .map(|p| {
                    let facts = [&p.age, &p.gender, &p.city_tier, &p.income]
                        .into_iter()
                        .filter(|x| !x.trim().is_empty())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" · ");
                    let media = crate::i18n::format::join_list(l(), &p.media);
                    view! {
                        <li>
                            <b>{p.name.clone()}</b>
                            " "
                            <span class="muted">{facts}</span>
                            {(!media.is_empty())
                                .then(|| {
                                    view! {
                                        " · "
                                        {t().media}
                                        {t().colon}
                                        {media}
                                    }
                                })}
                            {(!p.pains.trim().is_empty())
                                .then(|| {
                                    view! {
                                        " · "
                                        {t().pains}
                                        {t().colon}
                                        {p.pains.clone()}
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let tows = move || {
        s.with(|s| {
            s.tows
                .iter()
                .map(|x| {
                    view! {
                        <li>
                            <b>{format!("{:?}", x.kind).to_uppercase()}</b>
                            " "
                            {x.text.clone()}
                        </li>
                    }
                })
                .chain(s.tactics.iter().map(|x| {
                    view! {
                        <li>
                            <b>{tactic_name(l(), x.kind).to_string()}</b>
                            " "
                            {x.text.clone()}
                        </li>
                    }
                }))
                .collect_view()
        })
    };
    let incentives = move || {
        let cur = currency();
        s.with(|s| {
            s.incentives
                .iter()
                .map(|x| {
                    let total = x.total().map(|m| fmt_money(l(), m, &cur)).unwrap_or_default();
                    view! {
                        <li>
                            <b>{incentive_name(l(), x.kind)}</b>
                            " "
                            {x.rule.clone()}
                            " · "
                            {total}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let channels = move || {
        s.with(|s| {
            let m = mix(&s.channels);
            let list = s
                .channels
                .iter()
                .map(|c| view! { <li>{c.name.clone()}" "<b>{c.share}"%"</b>" · "{tier_name(l(), c.tier)}</li> })
                .collect_view();
            view! {
                <ul class="inline-list">{list}</ul>
                <p class="muted">{fill(t().mix_total, "n", &m.total.to_string())}</p>
            }
        })
    };
    view! {
        <article class="brief" data-testid="brief">
            <div class="brief-tools no-print">
                <a class="btn" href=back>
                    "← "
                    {t().brief_back}
                </a>
                <button class="btn primary" data-action="print" on:click=|_| crate::ui::file_io::print_page()>
                    {t().print}
                </button>
            </div>
            <header class="brief-head">
                <p class="brief-kicker">{t().print_brief}</p>
                <h1>{move || head.with(|h| h.as_ref().map(|h| h.0.clone()))}</h1>
                <p class="muted">
                    {t().brief_period}{t().colon}{move || head.with(|h| h.as_ref().map(|h| fmt_range(l(), h.1, h.2)))}
                </p>
                <p class="positioning">{move || s.with(|s| s.positioning.clone())}</p>
                <p class="muted">
                    {move || {
                        s.with(|s| s.generic.map(|g| format!("{}{}{}", t().generic, t().colon, generic_name(l(), g))))
                    }}
                </p>
            </header>
            <section class="brief-sec">
                <h2>{t().goals_title}</h2>
                <Show when=move || s.with(|s| !s.goals.is_empty()) fallback=none>
                    <ul class="brief-goals">{goals}</ul>
                </Show>
            </section>
            <section class="brief-sec">
                <h2>{t().swot_title}</h2>
                <div class="brief-swot">{swot}</div>
            </section>
            <Show when=move || s.with(|s| !s.personas.is_empty())>
                <section class="brief-sec">
                    <h2>{t().personas_title}</h2>
                    <ul class="brief-personas">{personas}</ul>
                </section>
            </Show>
            <section class="brief-sec">
                <h2>{t().tows_title}" · "{t().tactics_title}</h2>
                <Show when=move || s.with(|s| !s.tows.is_empty() || !s.tactics.is_empty()) fallback=none>
                    <ul>{tows}</ul>
                </Show>
            </section>
            <div class="brief-cols">
                <section class="brief-sec">
                    <h2>{t().theme_title}</h2>
                    <p>
                        <b>{move || s.with(|s| s.theme.clone())}</b>
                    </p>
                    <ul>{incentives}</ul>
                    <p class="muted">
                        {move || {
                            let cur = currency();
                            fill(
                                t().incentives_total,
                                "amount",
                                &fmt_money(l(), s.with(|s| s.incentives_total()), &cur),
                            )
                        }}
                    </p>
                </section>
                <section class="brief-sec">
                    <h2>{t().messages_title}</h2>
                    <ol>
                        {move || {
                            s.with(|s| {
                                s.slogans
                                    .iter()
                                    .filter(|x| !x.is_empty())
                                    .map(|x| view! { <li>{x.clone()}</li> })
                                    .collect_view()
                            })
                        }}
                    </ol>
                    <ul class="selling">
                        {move || {
                            s.with(|s| {
                                s.selling_points
                                    .lines()
                                    .filter(|x| !x.trim().is_empty())
                                    .map(|x| view! { <li>{x.to_string()}</li> })
                                    .collect_view()
                            })
                        }}
                    </ul>
                </section>
            </div>
            <section class="brief-sec">
                <h2>{t().journey_title}</h2>
                <ol class="brief-journey">
                    {move || {
                        s.with(|s| {
                            s.journey
                                .iter()
                                .map(|j| view! { <li class:conversion=j.conversion>{j.text.clone()}</li> })
                                .collect_view()
                        })
                    }}
                </ol>
            </section>
            <section class="brief-sec">
                <h2>{t().mix_title}</h2>
                {channels}
            </section>
            <section class="brief-sec">
                <h2>{t().gaps_title}</h2>
                <p>{move || gaps.get().map(|g| gaps_line(l(), g))}</p>
            </section>
        </article>
    }
}
