//! The plan's working calendar in Plan setup: weekly days off, holidays and
//! make-up working days (调休). The whole calendar is one plan field, so each
//! change is one command and one undo step; the schedule follows at once.

use crate::i18n::{fill, fmt_date};
use crate::model::base::day::Day;
use crate::model::command::dispatch::PlanCommand;
use crate::model::plan::PlanField;
use crate::model::schedule::data::WorkCalendar;
use crate::ui::kit::date_box::DateBox;
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

fn set(app: App, cal: WorkCalendar) {
    app.dispatch_plan(PlanCommand::SetField(PlanField::Calendar(cal)));
}

#[component]
pub fn CalendarCard() -> impl IntoView {
    let app = use_app();
    let g = move || app.locale.get().gantt();
    let cal =
        Memo::new(move |_| app.current_id().and_then(|id| app.with_ws(|w| w.plan(&id).map(|p| p.calendar.clone()))));
    let span =
        Memo::new(move |_| app.current_id().and_then(|id| app.with_ws(|w| w.plan(&id).map(|p| (p.start, p.end)))));
    let workdays = move || {
        let (a, b) = span.get()?;
        Some(cal.get()?.to_calendar().workdays_between(a, b))
    };
    let toggle_day = move |d: u8, off: bool| {
        let Some(mut c) = cal.get_untracked() else { return };
        c.days_off.retain(|x| *x != d);
        if off {
            c.days_off.push(d);
            c.days_off.sort();
        }
        set(app, c);
    };
    // One list of dates (holidays or make-up days) with an add box.
    let list = move |label: fn(&crate::i18n::gantt::GanttTexts) -> &'static str,
                     key: &'static str,
                     get: fn(&WorkCalendar) -> &Vec<Day>,
                     get_mut: fn(&mut WorkCalendar) -> &mut Vec<Day>| {
        // A date typed (or picked) is added at once; the box empties for the next.
        let pending = RwSignal::new(None::<Day>);
        let add = move |day: Day| {
            let Some(mut c) = cal.get_untracked() else { return false };
            let v = get_mut(&mut c);
            if !v.contains(&day) {
                v.push(day);
                v.sort();
                set(app, c);
            }
            pending.set(None);
            true
        };
        view! {
            <div class="cal-list" data-list=key>
                <h3>{move || label(g())}</h3>
                <div class="cal-add">
                    <DateBox
                        value=pending
                        label=Signal::derive(move || label(g()).to_string())
                        key=if key == "holiday" { "holiday-date" } else { "makeup-date" }
                        optional=true
                        commit=Callback::new(move |d: Option<Day>| d.is_none_or(add))
                    />
                    // Clicking it takes focus from the box, whose change adds the day.
                    <button class="btn" data-action=format!("add-{key}")>
                        {move || g().add_day}
                    </button>
                </div>
                <ul class="day-chips">
                    {move || {
                        let days = cal.with(|c| c.as_ref().map(|c| get(c).clone()).unwrap_or_default());
                        if days.is_empty() {
                            return view! { <li class="muted">{g().no_days}</li> }.into_any();
                        }
                        days.into_iter()
                            .map(|d| {
                                view! {
                                    <li class="day-chip" data-day=d.to_string()>
                                        <span>{fmt_date(app.locale.get(), d)}</span>
                                        <button
                                            class="icon-btn small"
                                            aria-label=format!("{} {}", g().remove, d)
                                            on:click=move |_| {
                                                let Some(mut c) = cal.get_untracked() else { return };
                                                get_mut(&mut c).retain(|x| *x != d);
                                                set(app, c);
                                            }
                                        >
                                            "×"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }}
                </ul>
            </div>
        }
    };
    view! {
        <div class="card" data-testid="calendar">
            <div class="card-head">
                <h2>{move || g().calendar_title}</h2>
                <span class="muted">{move || workdays().map(|n| fill(g().workdays_in_plan, "n", &n.to_string()))}</span>
            </div>
            <p class="hint">{move || g().calendar_help}</p>
            <fieldset class="weekdays">
                <legend>{move || g().days_off}</legend>
                {(0u8..7)
                    .map(|d| {
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    data-weekday=d
                                    prop:checked=move || {
                                        cal.with(|c| c.as_ref().is_some_and(|c| c.days_off.contains(&d)))
                                    }
                                    on:change=move |e| toggle_day(d, event_target_checked(&e))
                                />
                                {move || crate::i18n::gantt::weekday(app.locale.get(), d as usize)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            {move || holidays(app, span.get(), cal.get())}
            <div class="cal-lists">
                {list(|g| g.holidays, "holiday", |c| &c.holidays, |c| &mut c.holidays)}
                {list(|g| g.makeup_days, "makeup", |c| &c.makeup_days, |c| &mut c.makeup_days)}
            </div>
        </div>
    }
}

/// The official holiday preset: a button per year the plan spans that has
/// been published, and "not yet published" for a year that has not.
fn holidays(app: App, span: Option<(Day, Day)>, cal: Option<WorkCalendar>) -> Option<AnyView> {
    use crate::model::sample::holidays::{official, with_official};
    let (a, b) = span?;
    let cal = cal?;
    let l = app.locale.get();
    let t = l.docs();
    let years = a.year()..=b.year().min(a.year() + 3);
    let items = years
        .map(|y| match official(y) {
            Some(o) => {
                let cal = cal.clone();
                let source = fill(t.holidays_source, "notice", crate::i18n::docs::notice(l, o));
                view! {
                    <button
                        class="btn small"
                        data-action="add-official"
                        data-year=y
                        title=source
                        on:click=move |_| {
                            if let Some(c) = with_official(&cal, y) {
                                let (off, work) = (official(y).map(|o| (o.days_off().len(), o.makeup_days().len())))
                                    .unwrap_or_default();
                                set(app, c);
                                let text = fill(
                                    &fill(&fill(t.holidays_added, "year", &y.to_string()), "off", &off.to_string()),
                                    "work",
                                    &work.to_string(),
                                );
                                app.notice
                                    .set(
                                        Some(crate::ui::state::Notice::Info {
                                            text,
                                            undo: true,
                                        }),
                                    );
                            }
                        }
                    >
                        {fill(t.holidays_apply, "year", &y.to_string())}
                    </button>
                }
                .into_any()
            }
            None => view! {
                <span class="muted" data-unpublished=y>
                    {fill(t.holidays_unpublished, "year", &y.to_string())}
                </span>
            }
            .into_any(),
        })
        .collect_view();
    Some(
        view! {
            <div class="cal-official" data-testid="official-holidays">
                <h3>{t.holidays_title}</h3>
                <p class="hint">{t.holidays_help}</p>
                <div class="cal-official-years">{items}</div>
            </div>
        }
        .into_any(),
    )
}
