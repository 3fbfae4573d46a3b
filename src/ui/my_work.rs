//! 我的工作 (my work), made for a phone first and usable on a laptop: the
//! person says who they are, and sees the unfinished work they own or do (R)
//! grouped as exceptions, late, running today and starting this week; one
//! tap sets a status (an exception asks for its reason), a progress, or adds
//! a note or the actual finish day — each a command with undo, saved like
//! any edit, and sent back with "send my update". Below: today's figures and,
//! after the plan, their feedback (`my_figures`). The groups are
//! `model::team::rules::my_work`.

use crate::i18n::team::{group_name, texts};
use crate::i18n::{fill, fmt_range, status_name, Locale};
use crate::model::schedule::commands::ItemField;
use crate::model::schedule::data::{Status, WorkItem};
use crate::model::team::rules::my_work;
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

#[component]
pub fn MyWorkPage() -> impl IntoView {
    let app = use_app();
    let people = app.people_memo();
    let groups = Memo::new(move |_| {
        let person = app.me.get()?;
        let id = app.current_id()?;
        app.with_ws(|w| {
            let p = w.plan(&id)?;
            Some(
                my_work(p, &person, app.today)
                    .into_iter()
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(g, v)| (g, v.into_iter().map(|i| p.work_items[i].clone()).collect::<Vec<_>>()))
                    .collect::<Vec<_>>(),
            )
        })
    });
    move || {
        let l = app.locale.get();
        let t = texts(l);
        // Figures and feedback, redrawn when the plan changes (their
        // fields show what is saved).
        let extras = move || {
            let person = app.me.get()?;
            let id = app.current_id()?;
            app.with_ws(|w| {
                let p = w.plan(&id)?;
                Some(view! {
                    {crate::ui::my_figures::figures_card(app, l, p, &person)}
                    {crate::ui::my_figures::feedback_card(app, l, p, &person)}
                })
            })
        };
        let body = move || match groups.get() {
            None => view! { <p class="muted">{t.choose_first}</p> }.into_any(),
            Some(g) if g.is_empty() => view! {
                <p class="muted" data-testid="no-work">
                    {t.no_work}
                </p>
            }
            .into_any(),
            Some(g) => g
                .into_iter()
                .map(|(group, items)| {
                    view! {
                        <section class="my-group" data-group=format!("{group:?}").to_lowercase()>
                            <h2>{format!("{} · {}", group_name(l, group), items.len())}</h2>
                            {more(l, items.len())}
                            {items.into_iter().take(CAP).map(|w| item_card(app, l, w)).collect_view()}
                        </section>
                    }
                })
                .collect_view()
                .into_any(),
        };
        view! {
            <section class="page my-work" data-testid="my-work">
                <h1>{t.my_work}</h1>
                <p class="hint">{t.my_work_help}</p>
                {crate::ui::send_back::me_select(app, l, people.get())}
                {body}
                {extras}
            </section>
        }
    }
}

/// Cards drawn per group: a phone scrolls a few dozen; the rest are counted.
const CAP: usize = 30;

fn more(l: Locale, n: usize) -> Option<impl IntoView> {
    (n > CAP).then(|| view! { <p class="hint small">{fill(texts(l).more_items, "n", &(n - CAP).to_string())}</p> })
}

fn set(app: App, id: &str, field: ItemField) -> bool {
    app.dispatch_plan(crate::model::command::dispatch::PlanCommand::SetItem { id: id.to_string(), field })
}

/// One item: its dates, a tap per status, the progress, the reason of an
/// exception (required), and a note.
fn item_card(app: App, l: Locale, w: WorkItem) -> impl IntoView {
    let t = texts(l);
    let id = w.id.clone();
    let statuses = Status::ALL
        .into_iter()
        .map(|s| {
            let id = id.clone();
            view! {
                <button
                    class="chip-btn"
                    class:active=w.status == s
                    data-status=format!("{s:?}")
                    aria-pressed=(w.status == s).to_string()
                    on:click=move |_| {
                        set(app, &id, ItemField::Status(s, app.today));
                    }
                >
                    {status_name(l, s)}
                </button>
            }
        })
        .collect_view();
    let (id_p, id_e) = (id.clone(), id.clone());
    let progress = (0..=100u8)
        .step_by(10)
        .chain((w.progress % 10 != 0).then_some(w.progress))
        .map(|v| {
            view! {
                <option value=v.to_string() selected=v == w.progress>
                    {format!("{v}%")}
                </option>
            }
        })
        .collect_view();
    let actual_end = w.actual_end;
    view! {
        <article class="card my-item" data-item=w.id.clone()>
            <h3>{w.title.clone()}</h3>
            <p class="muted small">
                {if w.start == w.end { crate::i18n::fmt_date(l, w.start) } else { fmt_range(l, w.start, w.end) }}
            </p>
            <div class="chips my-status">{statuses}</div>
            <label class="field">
                <span>{t.progress}</span>
                <select
                    data-field="progress"
                    on:change=move |e| {
                        if let Ok(v) = event_target_value(&e).parse::<u8>() {
                            set(app, &id_p, ItemField::Progress(v, app.today));
                        }
                    }
                >
                    {progress}
                </select>
            </label>
            <div class="field">
                <span>{t.field_actual_end}</span>
                <crate::ui::kit::date_box::DateBox
                    value=Signal::derive(move || actual_end)
                    label=Signal::derive(move || t.field_actual_end.to_string())
                    key="actual-end"
                    optional=true
                    commit=Callback::new(move |d| set(app, &id_e, ItemField::ActualEnd(d)))
                />
            </div>
            {crate::ui::schedule::item_details::reason_box(app, l, &w)}
            {crate::ui::schedule::item_details::note_box(app, &w, t.note_placeholder, t.add_note)}
        </article>
    }
}
