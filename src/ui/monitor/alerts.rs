//! Alerts and the rules that raise them: the plan's deviation thresholds
//! with the action each level asks for, the warning rules, the alerts that
//! fired (acknowledge, resolve with a note, reopen) and the history of what
//! was done. Alerts are derived from the data by the model; only the notes
//! are stored. Must not know the file format.

use super::{run, Board};
use crate::i18n::budget::risk_status_name;
use crate::i18n::monitor::alert_sentence;
use crate::i18n::monitor::rule_kind_name;
use crate::i18n::monitor::rule_kind_slug;
use crate::i18n::monitor::severity_action;
use crate::i18n::monitor::severity_name;
use crate::i18n::monitor::RULE_KINDS;
use crate::i18n::strategy::fmt_num;
use crate::i18n::{fill, fmt_date_short, Locale};
use crate::model::base::id::Id;
use crate::model::base::num::Num;
use crate::model::budget::data::Risk;
use crate::model::monitor::commands::MonitorCommand;
use crate::model::monitor::data::AlertNote;
use crate::model::monitor::data::AlertStep;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::Monitor;
use crate::model::monitor::data::Rule;
use crate::model::monitor::data::RuleKind;
use crate::model::monitor::rules::Alert;
use crate::model::monitor::rules::AlertState;
use crate::ui::kit::card::{card, TABLE_CARD};
use crate::ui::kit::choice::{choice_options, parse_choice};
use crate::ui::monitor::Severity;
use crate::ui::route::{Route, View};
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

#[component]
pub fn AlertsPage(board: Memo<Board>) -> impl IntoView {
    view! {
        <OpenAlerts board=board />
        <Thresholds />
        <Rules />
        <History board=board />
    }
}

fn monitor_memo(app: App) -> Memo<Monitor> {
    app.plan_memo(|p| p.monitor.clone())
}

#[component]
fn Thresholds() -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let m = monitor_memo(app);
    let th = move || m.with(|m| m.thresholds);
    let set = move |yellow: bool, v: String| {
        let mut x = th();
        match v.trim().trim_end_matches('%').parse::<u32>() {
            Ok(n) if yellow => x.yellow = n,
            Ok(n) => x.red = n,
            Err(_) => {
                app.error(fill(t.bad_number, "text", v.trim()));
                return;
            }
        }
        run(app, MonitorCommand::Thresholds(x));
    };
    card(
        TABLE_CARD,
        "thresholds",
        t.thresholds_title,
        None,
        None,
        view! {
            <div class="threshold-row">
                <label class="field">
                    <span>{t.yellow}</span>
                    <input
                        type="number"
                        min="1"
                        max="99"
                        data-field="yellow"
                        prop:value=move || th().yellow.to_string()
                        on:change=move |e| set(true, event_target_value(&e))
                    />
                </label>
                <label class="field">
                    <span>{t.red}</span>
                    <input
                        type="number"
                        min="2"
                        max="100"
                        data-field="red"
                        prop:value=move || th().red.to_string()
                        on:change=move |e| set(false, event_target_value(&e))
                    />
                </label>
                <p class="threshold-line">
                    {move || fill(&fill(t.thresholds_line, "y", &th().yellow.to_string()), "r", &th().red.to_string())}
                </p>
            </div>
            <ul class="actions-legend">
                <li>
                    <span class="sev yellow"></span>
                    {t.yellow_action}
                </li>
                <li>
                    <span class="sev red"></span>
                    {t.red_action}
                </li>
            </ul>
        },
    )
}

/// The default parameters of a rule kind picked from the list.
fn kind_from_slug(slug: &str) -> RuleKind {
    match slug {
        "below_target_weeks" => RuleKind::BelowTargetWeeks { weeks: 2 },
        "threshold" => RuleKind::Threshold { below: true, value: Num(5.0) },
        "beyond_red" => RuleKind::BeyondRed,
        "missing_data" => RuleKind::MissingData { periods: 2 },
        _ => RuleKind::BelowShare { percent: 80, periods: 3 },
    }
}

#[component]
fn Rules() -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let l = app.locale.get_untracked();
    let m = monitor_memo(app);
    let ids = Memo::new(move |_| m.with(|m| m.rules.iter().map(|r| r.id.clone()).collect::<Vec<_>>()));
    let kpis = app.plan_memo(|p| p.kpis.iter().map(|k| (k.id.clone(), k.name.clone())).collect::<Vec<(Id, String)>>());
    let row = move |id: Id| {
        let r = Memo::new(move |_| m.with(|m| m.rule(&id).cloned()));
        let put = move |f: &dyn Fn(&mut Rule)| {
            let Some(mut x) = r.get_untracked() else { return };
            f(&mut x);
            if Some(&x) != r.get_untracked().as_ref() {
                run(app, MonitorCommand::PutRule(x));
            }
        };
        let kind = move || r.with(|r| r.as_ref().map(|r| r.kind)).unwrap_or(RuleKind::BeyondRed);
        let num = move |label: &'static str,
                        key: &'static str,
                        get: fn(&RuleKind) -> Option<String>,
                        set: fn(&mut RuleKind, Num)| {
            move || {
                get(&kind()).map(|v| {
                    view! {
                        <label class="field small">
                            <span>{label}</span>
                            <input
                                type="text"
                                inputmode="decimal"
                                data-field=key
                                prop:value=v
                                on:change=move |e| {
                                    let s = event_target_value(&e);
                                    match Num::parse(&s) {
                                        Some(n) => put(&|x| set(&mut x.kind, n)),
                                        None => app.error(fill(app.lang().monitor().bad_number, "text", s.trim())),
                                    }
                                }
                            />
                        </label>
                    }
                })
            }
        };
        view! {
            <div class="rule-row" data-rule=move || r.with(|r| r.as_ref().map(|r| r.id.clone()))>
                <label class="field">
                    <span>{t.rule_kind}</span>
                    <select
                        data-field="kind"
                        on:change=move |e| {
                            let k = kind_from_slug(&event_target_value(&e));
                            put(&|x| x.kind = k);
                        }
                    >
                        {RULE_KINDS
                            .iter()
                            .map(|s| {
                                view! {
                                    <option value=*s prop:selected=move || rule_kind_slug(&kind()) == *s>
                                        {rule_kind_name(l, s)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                {num(
                    t.percent,
                    "percent",
                    |k| match k {
                        RuleKind::BelowShare { percent, .. } => Some(percent.to_string()),
                        _ => None,
                    },
                    |k, n| {
                        if let RuleKind::BelowShare { percent, .. } = k {
                            *percent = n.0.round().clamp(0.0, 1000.0) as u32;
                        }
                    },
                )}
                {num(
                    t.periods,
                    "periods",
                    |k| match k {
                        RuleKind::BelowShare { periods, .. } | RuleKind::MissingData { periods } => {
                            Some(periods.to_string())
                        }
                        _ => None,
                    },
                    |k, n| match k {
                        RuleKind::BelowShare { periods, .. } | RuleKind::MissingData { periods } => {
                            *periods = n.0.round().clamp(0.0, 1000.0) as u32;
                        }
                        _ => {}
                    },
                )}
                {num(
                    t.weeks,
                    "weeks",
                    |k| match k {
                        RuleKind::BelowTargetWeeks { weeks } => Some(weeks.to_string()),
                        _ => None,
                    },
                    |k, n| {
                        if let RuleKind::BelowTargetWeeks { weeks } = k {
                            *weeks = n.0.round().clamp(0.0, 1000.0) as u32;
                        }
                    },
                )}
                {move || {
                    matches!(kind(), RuleKind::Threshold { .. })
                        .then(|| {
                            view! {
                                <label class="field small">
                                    <span>{t.direction}</span>
                                    <select
                                        data-field="below"
                                        on:change=move |e| {
                                            let b = event_target_value(&e) == "below";
                                            put(
                                                &|x| {
                                                    if let RuleKind::Threshold { below, .. } = &mut x.kind {
                                                        *below = b;
                                                    }
                                                },
                                            );
                                        }
                                    >
                                        <option
                                            value="below"
                                            prop:selected=move || {
                                                matches!(kind(), RuleKind::Threshold { below: true, .. })
                                            }
                                        >
                                            {t.below}
                                        </option>
                                        <option
                                            value="above"
                                            prop:selected=move || {
                                                matches!(kind(), RuleKind::Threshold { below: false, .. })
                                            }
                                        >
                                            {t.above}
                                        </option>
                                    </select>
                                </label>
                            }
                        })
                }}
                {num(
                    t.value,
                    "value",
                    |k| match k {
                        RuleKind::Threshold { value, .. } => Some(fmt_num(value.0)),
                        _ => None,
                    },
                    |k, n| {
                        if let RuleKind::Threshold { value, .. } = k {
                            *value = n;
                        }
                    },
                )}
                <label class="field">
                    <span>{t.rule_kpi}</span>
                    <select
                        data-field="kpi"
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            put(&|x| x.kpi = (!v.is_empty()).then(|| v.clone()));
                        }
                    >
                        <option value="" prop:selected=move || r.with(|r| r.as_ref().is_some_and(|r| r.kpi.is_none()))>
                            {t.all_kpis}
                        </option>
                        {move || {
                            kpis.get()
                                .into_iter()
                                .map(|(id, name)| {
                                    let i2 = id.clone();
                                    view! {
                                        <option
                                            value=id
                                            prop:selected=move || {
                                                r.with(|r| {
                                                    r.as_ref().and_then(|r| r.kpi.clone()).as_deref()
                                                        == Some(i2.as_str())
                                                })
                                            }
                                        >
                                            {name}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <label class="field small">
                    <span>{t.severity}</span>
                    <select
                        data-field="severity"
                        on:change=move |e| {
                            if let Some(s) = parse_choice(Severity::ALL, &event_target_value(&e)) {
                                put(&|x| x.severity = s)
                            }
                        }
                    >
                        {choice_options(
                            Severity::ALL,
                            move |s| r.with(|r| r.as_ref().is_some_and(|r| r.severity == s)),
                            severity_name,
                        )}
                    </select>
                </label>
                <label class="field grow">
                    <span>{t.response}</span>
                    <input
                        type="text"
                        data-field="response"
                        prop:value=move || r.with(|r| r.as_ref().map(|r| r.response.clone()).unwrap_or_default())
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            put(&|x| x.response = v.trim().to_string());
                        }
                    />
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        data-field="enabled"
                        prop:checked=move || r.with(|r| r.as_ref().is_some_and(|r| r.enabled))
                        on:change=move |e| {
                            let on = event_target_checked(&e);
                            put(&|x| x.enabled = on);
                        }
                    />
                    {t.enabled}
                </label>
                <button
                    class="icon-btn small danger"
                    data-action="remove"
                    title=t.remove
                    aria-label=t.remove
                    on:click=move |_| {
                        if let Some(x) = r.get_untracked() {
                            run(app, MonitorCommand::RemoveRule(x.id));
                        }
                    }
                >
                    "×"
                </button>
            </div>
        }
    };
    let add = move |_| {
        run(
            app,
            MonitorCommand::PutRule(Rule {
                id: new_id(),
                kind: kind_from_slug(""),
                kpi: None,
                severity: Severity::Yellow,
                response: String::new(),
                enabled: true,
            }),
        );
    };
    card(
        TABLE_CARD,
        "rules",
        t.rules_title,
        Some(t.rules_help),
        None,
        view! {
            <div class="rules">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    {row(id)}
                </For>
            </div>
            <button class="btn" data-action="add-rule" on:click=add>
                {t.add_rule}
            </button>
        },
    )
}

fn state_label(l: Locale, s: AlertState) -> &'static str {
    let t = l.monitor();
    match s {
        AlertState::Open => t.state_open,
        AlertState::Acknowledged => t.state_ack,
        AlertState::Resolved => t.state_resolved,
    }
}

fn note(app: App, key: String, step: AlertStep, text: String) {
    run(
        app,
        MonitorCommand::Note(AlertNote {
            id: new_id(),
            alert: key,
            step,
            day: app.today,
            note: text.trim().to_string(),
        }),
    );
}

/// One alert as a card: what, where, since when, the response, and what to do.
fn alert_card(
    app: App,
    a: &Alert,
    state: AlertState,
    kpi: Option<&Kpi>,
    rule: Option<&Rule>,
    risks: Vec<&Risk>,
) -> impl IntoView {
    let l = app.locale.get_untracked();
    let t = l.monitor();
    let sentence = kpi.map(|k| alert_sentence(l, a, k, rule)).unwrap_or_default();
    let channel = kpi.map(|k| k.channel.clone()).unwrap_or_default();
    let response = rule.map(|r| r.response.clone()).filter(|r| !r.is_empty());
    let key = a.key.clone();
    let note_ref = NodeRef::<leptos::html::Input>::new();
    let act = move |step: AlertStep| {
        let text = note_ref.get_untracked().map(|i| i.value()).unwrap_or_default();
        note(app, key.clone(), step, text);
    };
    let sev = if a.severity == Severity::Red { "red" } else { "yellow" };
    let when = if a.ongoing { t.ongoing } else { t.recovered };
    view! {
        <article
            class=format!("alert-card {sev}")
            data-testid="alert"
            data-severity=sev
            data-state=format!("{state:?}").to_lowercase()
            data-kpi=a.kpi.clone()
        >
            <header>
                <span class=format!("sev {sev}")></span>
                <strong class="alert-text">{sentence}</strong>
                <span class="state-badge">{state_label(l, state)}</span>
            </header>
            <p class="meta">
                {(!channel.is_empty()).then(|| view! { <span class="chip">{channel}</span> })}
                <span>{fill(t.fired_on, "date", &fmt_date_short(l, a.fired))}</span>
                <span>{crate::i18n::fmt_range(l, a.since, a.last)}</span> <span class:ongoing=a.ongoing>{when}</span>
                {(a.skipped > 0)
                    .then(|| view! { <span class="muted">{fill(t.skipped, "n", &a.skipped.to_string())}</span> })}
            </p>
            <p class="response">
                <span class="label">{t.response}": "</span>
                {severity_action(l, a.severity)}
                {response.map(|r| format!(" · {r}"))}
            </p>
            {risks
                .into_iter()
                .map(|r| {
                    let b = l.budget();
                    let href = app
                        .current_id()
                        .map(|id| {
                            Route::Plan {
                                id,
                                view: View::Risks,
                            }
                                .to_hash()
                        })
                        .unwrap_or_default();
                    let text = fill(&fill(b.alert_risk, "title", &r.title), "status", risk_status_name(l, r.status));
                    let plan = [r.response.clone(), r.backup.clone()]
                        .into_iter()
                        .filter(|x| !x.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ");
                    view! {
                        <p class="linked-risk" data-testid="linked-risk" data-risk=r.id.clone()>
                            <a href=href>{text}</a>
                            {(!plan.is_empty()).then(|| view! { <span class="muted">{format!(" {plan}")}</span> })}
                        </p>
                    }
                })
                .collect_view()}
            <div class="alert-actions">
                <input
                    type="text"
                    node_ref=note_ref
                    data-field="note"
                    placeholder=t.note_placeholder
                    aria-label=t.note_placeholder
                />
                {(state == AlertState::Open)
                    .then(|| {
                        let act = act.clone();
                        view! {
                            <button class="btn" data-action="acknowledge" on:click=move |_| act(AlertStep::Acknowledge)>
                                {t.acknowledge}
                            </button>
                        }
                    })}
                {(state != AlertState::Resolved)
                    .then(|| {
                        let act = act.clone();
                        view! {
                            <button class="btn primary" data-action="resolve" on:click=move |_| act(AlertStep::Resolve)>
                                {t.resolve}
                            </button>
                        }
                    })}
                {(state == AlertState::Resolved)
                    .then(|| {
                        let act = act.clone();
                        view! {
                            <button class="btn" data-action="reopen" on:click=move |_| act(AlertStep::Reopen)>
                                {t.reopen}
                            </button>
                        }
                    })}
            </div>
        </article>
    }
}

/// Alert cards, each with its KPI and rule looked up.
fn cards_of<'a>(
    app: App,
    alerts: impl Iterator<Item = &'a (Alert, AlertState)>,
    (kpis, rules, risks): &Lookups,
) -> AnyView {
    alerts
        .map(|(a, s)| {
            let watching = risks.iter().filter(|r| r.kpi.as_deref() == Some(a.kpi.as_str())).collect();
            alert_card(app, a, *s, kpis.iter().find(|k| k.id == a.kpi), rules.iter().find(|r| r.id == a.rule), watching)
        })
        .collect_view()
        .into_any()
}

/// The plan's KPIs (definitions) and rules, for sentences, and the risks
/// that watch a KPI (an alert on it is their early sign).
type Lookups = (Vec<Kpi>, Vec<Rule>, Vec<Risk>);

fn lookups(app: App) -> Memo<Lookups> {
    app.plan_memo(|p| {
        let risks = p.budget.risks.iter().filter(|r| r.kpi.is_some()).cloned().collect();
        (p.kpis.iter().map(Kpi::definition).collect(), p.monitor.rules.clone(), risks)
    })
}

#[component]
fn OpenAlerts(board: Memo<Board>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let look = lookups(app);
    let list = move || {
        look.with(|look| {
            board.with(|b| {
                let open: Vec<_> = b.alerts.iter().filter(|(_, s)| *s != AlertState::Resolved).collect();
                if open.is_empty() {
                    return view! { <p class="all-clear">{t.alerts_empty}</p> }.into_any();
                }
                cards_of(app, open.into_iter(), look)
            })
        })
    };
    card(TABLE_CARD, "alerts", t.alerts_title, None, None, view! { <div class="alert-cards">{list}</div> })
}

#[component]
fn History(board: Memo<Board>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().monitor();
    let l = app.locale.get_untracked();
    let look = lookups(app);
    let notes = app.plan_memo(|p| p.monitor.notes.clone());
    let resolved = move || {
        look.with(|look| {
            board.with(|b| cards_of(app, b.alerts.iter().filter(|(_, s)| *s == AlertState::Resolved), look))
        })
    };
    let log = move || {
        let ns = notes.get();
        if ns.is_empty() {
            return view! { <p class="empty">{t.history_empty}</p> }.into_any();
        }
        look.with(|(kpis, rules, _)| {
            board.with(|b| {
                view! {
                    <ol class="history" data-testid="alert-history">
                        {ns
                            .iter()
                            .rev()
                            .map(|n| {
                                let alert = b.alerts.iter().find(|(a, _)| a.key == n.alert).map(|(a, _)| a);
                                let what = match alert {
                                    Some(a) => {
                                        kpis.iter()
                                            .find(|k| k.id == a.kpi)
                                            .map(|k| alert_sentence(l, a, k, rules.iter().find(|r| r.id == a.rule)))
                                            .unwrap_or_default()
                                    }
                                    None => t.no_longer.to_string(),
                                };
                                let step = match n.step {
                                    AlertStep::Acknowledge => t.step_ack,
                                    AlertStep::Resolve => t.step_resolve,
                                    AlertStep::Reopen => t.step_reopen,
                                };
                                view! {
                                    <li>
                                        <span class="muted">{fmt_date_short(l, n.day)}</span>
                                        <span class="step">{step}</span>
                                        <span>{what}</span>
                                        {(!n.note.is_empty()).then(|| view! { <q>{n.note.clone()}</q> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            })
        })
    };
    card(
        TABLE_CARD,
        "history",
        t.history_title,
        None,
        None,
        view! {
            <div class="alert-cards resolved">{resolved}</div>
            {log}
        },
    )
}
