//! The new plan page's festival choice: a festival template can be laid on
//! a festival and year instead of a start date — its burst on the sale
//! window (`model::knowledge::rules::place_on_festival`); the window is said
//! before the plan is made.

use crate::i18n::knowledge::festival_name;
use crate::i18n::{fill, fmt_date_short, Locale};
use crate::model::schedule::festival::{Festival, FIRST_YEAR, LAST_YEAR};
use crate::ui::state::App;
use leptos::prelude::*;

/// The festival and year chosen (None: from the start date).
#[derive(Clone, Copy)]
pub struct Pick {
    pub festival: RwSignal<Option<Festival>>,
    pub year: RwSignal<i32>,
}

impl Pick {
    pub fn new(app: App) -> Pick {
        Pick { festival: RwSignal::new(None), year: RwSignal::new(app.today.year().clamp(FIRST_YEAR, LAST_YEAR)) }
    }
}

/// The next year `f`'s window has not begun, from `today`'s.
pub fn next_year(f: Festival, app: App) -> i32 {
    let y = app.today.year();
    if f.window(y).is_some_and(|(a, _)| a >= app.today) {
        y
    } else {
        y + 1
    }
}

pub fn festival_field(app: App, l: Locale, pick: Pick) -> impl IntoView {
    let t = l.knowledge();
    let options = Festival::ALL
        .iter()
        .enumerate()
        .map(|(i, f)| {
            view! {
                <option value=i.to_string() selected=move || pick.festival.get() == Some(*f)>
                    {festival_name(l, *f)}
                </option>
            }
        })
        .collect_view();
    let window = move || {
        let f = pick.festival.get()?;
        let (a, b) = f.window(pick.year.get())?;
        Some(fill(&fill(t.festival_window, "from", &fmt_date_short(l, a)), "to", &fmt_date_short(l, b)))
    };
    view! {
        <label>
            <span>{t.festival}</span>
            <select
                data-field="festival"
                on:change=move |e| {
                    let f = event_target_value(&e).parse::<usize>().ok().and_then(|i| Festival::ALL.get(i).copied());
                    pick.festival.set(f);
                    if let Some(f) = f {
                        pick.year.set(next_year(f, app));
                    }
                }
            >
                <option value="" selected=move || pick.festival.get().is_none()>
                    {t.festival_none}
                </option>
                {options}
            </select>
        </label>
        {move || {
            pick.festival
                .get()
                .map(|_| {
                    view! {
                        <label>
                            <span>{t.festival_year}</span>
                            <input
                                type="number"
                                data-field="festival-year"
                                min=FIRST_YEAR
                                max=LAST_YEAR
                                prop:value=move || pick.year.get().to_string()
                                on:change=move |e| {
                                    if let Ok(y) = event_target_value(&e).trim().parse::<i32>() {
                                        pick.year.set(y.clamp(FIRST_YEAR, LAST_YEAR));
                                    }
                                }
                            />
                        </label>
                        <p class="hint small" data-testid="festival-window">
                            {window}
                        </p>
                    }
                })
        }}
    }
}
