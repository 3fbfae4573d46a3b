//! The editing pieces every strategy section is built from: keyed rows of a
//! strategy list, inputs bound to one field of one entry, the add box, and
//! the card with its help and empty state. Every edit dispatches one
//! `StrategyCommand` (one undo step). Must not know which section uses it.

use crate::i18n::strategy::StrategyTexts;
use crate::i18n::Locale;
use crate::model::command::dispatch::PlanCommand;
use crate::model::strategy::commands::StrategyCommand;
use crate::model::strategy::data::Listed;
use crate::model::strategy::data::Strategy;
use crate::ui::choice::choice_options;
use crate::ui::state::{use_app, App};
use leptos::prelude::*;
use std::fmt::Debug;

pub type Tx = fn(&StrategyTexts) -> &'static str;

/// The strings in the current language. Untracked: the strategy pages are
/// rebuilt as a whole when the language changes (see `StrategyPage`), so their
/// labels are plain text rather than one reactive closure each, which keeps
/// the bundle smaller.
pub fn texts(app: App) -> &'static StrategyTexts {
    app.locale.get_untracked().strategy()
}

/// Runs a strategy command on the open plan; false when it was refused (the
/// app shows why).
pub fn run(app: App, cmd: StrategyCommand) -> bool {
    app.dispatch_plan(PlanCommand::Strategy(cmd))
}

pub fn put<T: Listed>(app: App, e: T) -> bool {
    run(app, StrategyCommand::Put(Box::new(e.entry())))
}

/// The open plan's strategy, recomputed when it changes.
pub fn strategy_memo(app: App) -> Memo<Strategy> {
    app.plan_memo(|p| p.strategy.clone())
}

/// One entry, looked up by id each time the strategy changes, so a row's
/// inputs follow undo without the row being rebuilt (focus stays put).
pub type Row<T> = Memo<Option<T>>;

/// Changes one entry through a command; nothing happens if it is unchanged.
pub fn edit<T: Listed>(app: App, e: Row<T>, f: impl FnOnce(&mut T)) -> bool {
    let Some(old) = e.get_untracked() else { return false };
    let mut new = old.clone();
    f(&mut new);
    new == old || put(app, new)
}

/// The entries of one list that pass `keep`, keyed by id.
pub fn rows<T: Listed, V: IntoView + 'static>(
    s: Memo<Strategy>,
    keep: impl Fn(&T) -> bool + Copy + Send + Sync + 'static,
    row: impl Fn(Row<T>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        s.with(|s| T::list(s).iter().filter(|e| keep(e)).map(|e| e.id().to_string()).collect::<Vec<_>>())
    });
    view! {
        <For each=move || ids.get() key=|id| id.clone() let:id>
            {
                let e = Memo::new(move |_| s.with(|s| T::list(s).iter().find(|x| x.id() == id).cloned()));
                row.clone()(e)
            }
        </For>
    }
}

/// A one-line text field of an entry, committed on change.
pub fn text_in<T: Listed>(
    e: Row<T>,
    get: fn(&T) -> String,
    set: fn(&mut T, String),
    label: Tx,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <input
            type="text"
            data-field=key
            aria-label=label(texts(app))
            placeholder=label(texts(app))
            prop:value=move || e.with(|x| x.as_ref().map(get).unwrap_or_default())
            on:change=move |ev| {
                edit(app, e, |x| set(x, event_target_value(&ev)));
            }
        />
    }
}

/// A multi-line text field of an entry; grows with its text.
pub fn area_in<T: Listed>(
    e: Row<T>,
    get: fn(&T) -> String,
    set: fn(&mut T, String),
    label: Tx,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <textarea
            data-field=key
            rows="2"
            aria-label=label(texts(app))
            placeholder=label(texts(app))
            prop:value=move || e.with(|x| x.as_ref().map(get).unwrap_or_default())
            on:change=move |ev| {
                edit(app, e, |x| set(x, event_target_value(&ev)));
            }
        ></textarea>
    }
}

/// A `<select>` over a small enum field of an entry.
pub fn choice_in<T: Listed, C: Copy + Debug + PartialEq + Send + Sync + 'static>(
    e: Row<T>,
    all: &'static [C],
    get: fn(&T) -> C,
    set: fn(&mut T, C),
    name: fn(Locale, C) -> &'static str,
    label: Tx,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <select
            data-field=key
            aria-label=label(texts(app))
            on:change=move |ev| {
                if let Some(c) = crate::ui::choice::parse_choice(all, &event_target_value(&ev)) {
                    edit(app, e, |x| set(x, c));
                }
            }
        >
            {choice_options(all, move |c| e.with(|x| x.as_ref().is_some_and(|x| get(x) == c)), name)}
        </select>
    }
}

/// A 1–5 rating as a select (`zero` adds "not rated" as 0).
pub fn rating_in<T: Listed>(
    e: Row<T>,
    get: fn(&T) -> u8,
    set: fn(&mut T, u8),
    label: Tx,
    key: &'static str,
    zero: bool,
) -> impl IntoView {
    let app = use_app();
    let from = if zero { 0 } else { 1 };
    view! {
        <select
            class="rating"
            data-field=key
            aria-label=label(texts(app))
            on:change=move |ev| {
                if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                    edit(app, e, |x| set(x, v));
                }
            }
        >
            {(from..=5u8)
                .map(|v| {
                    view! {
                        <option
                            value=v.to_string()
                            prop:selected=move || e.with(|x| x.as_ref().is_some_and(|x| get(x) == v))
                        >
                            {move || if v == 0 { texts(app).not_rated.to_string() } else { v.to_string() }}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// A checkbox bound to a flag of an entry.
pub fn check_in<T: Listed>(
    e: Row<T>,
    get: fn(&T) -> bool,
    set: fn(&mut T, bool),
    label: Tx,
    key: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <label class="check">
            <input
                type="checkbox"
                data-field=key
                prop:checked=move || e.with(|x| x.as_ref().is_some_and(get))
                on:change=move |ev| {
                    edit(app, e, |x| set(x, event_target_checked(&ev)));
                }
            />
            {label(texts(app))}
        </label>
    }
}

/// The remove button of a row, and optionally ↑/↓ to reorder it.
pub fn row_tools<T: Listed>(e: Row<T>, movable: bool) -> impl IntoView {
    let app = use_app();
    let id = move || e.with_untracked(|x| x.as_ref().map(|x| x.id().to_string()).unwrap_or_default());
    let mv = move |up: bool| {
        run(app, StrategyCommand::Move { id: id(), up });
    };
    view! {
        <span class="row-tools">
            {movable
                .then(|| {
                    view! {
                        <button
                            class="icon-btn small"
                            data-action="up"
                            title=texts(app).move_up
                            aria-label=texts(app).move_up
                            on:click=move |_| mv(true)
                        >
                            "↑"
                        </button>
                        <button
                            class="icon-btn small"
                            data-action="down"
                            title=texts(app).move_down
                            aria-label=texts(app).move_down
                            on:click=move |_| mv(false)
                        >
                            "↓"
                        </button>
                    }
                })}
            <button
                class="icon-btn small danger"
                data-action="remove"
                title=texts(app).remove
                aria-label=texts(app).remove
                on:click=move |_| {
                    run(app, StrategyCommand::Remove(id()));
                }
            >
                "×"
            </button>
        </span>
    }
}

/// The shared add box with this page's labels.
pub fn add_box(
    placeholder: Tx,
    key: &'static str,
    add: impl Fn(String) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = texts(use_app());
    crate::ui::add_box::add_box(key.into(), placeholder(t), t.add, add)
}

/// A section card: title, help, body, and the example shown while empty.
pub fn card(
    key: &'static str,
    title: Tx,
    help: Option<Tx>,
    empty: Option<(Tx, Signal<bool>)>,
    body: impl IntoView + 'static,
) -> impl IntoView {
    let app = use_app();
    view! {
        <section class="card st-card" data-section=key>
            <h2>{title(texts(app))}</h2>
            {help.map(|h| view! { <p class="hint">{h(texts(app))}</p> })}
            {empty
                .map(|(text, is_empty)| {
                    view! {
                        <Show when=move || is_empty.get()>
                            <p class="empty-example">
                                <span class="tag">{texts(app).example}</span>
                                {text(texts(app))}
                            </p>
                        </Show>
                    }
                })}
            {body}
        </section>
    }
}
