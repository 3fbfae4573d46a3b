//! The retrospective page (复盘), in the order the meeting goes: each
//! owner's feedback, then the board — goals reviewed (with the report's
//! live results, written in with one click), results compared, causes,
//! lessons (keep / stop / start) — each entry seen through a lens and
//! citing evidence from the plan as live links with their figures; then the
//! action items with owner, due date and done. Must not know the file format.

use super::run;
use crate::i18n::close::cite_kind_name;
use crate::i18n::close::fmt_reading;
use crate::i18n::close::lens_name;
use crate::i18n::close::section_help;
use crate::i18n::close::section_name;
use crate::i18n::close::verdict_name;
use crate::i18n::monitor::fmt_pct;
use crate::i18n::monitor::light_name;
use crate::i18n::monitor::severity_name;
use crate::i18n::{fill, fmt_date, fmt_date_short, Locale};
use crate::model::base::id::Id;
use crate::model::close::commands::RetroCommand;
use crate::model::close::data::ActionItem;
use crate::model::close::data::Cite;
use crate::model::close::data::CiteKind;
use crate::model::close::data::Feedback;
use crate::model::close::data::Lens;
use crate::model::close::data::RetroEntry;
use crate::model::close::data::Section;
use crate::model::close::data::Verdict;
use crate::model::close::rules::Report;
use crate::model::monitor::rules::alerts;
use crate::model::plan::Plan;
use crate::ui::kit::buttons::row_buttons;
use crate::ui::kit::cells::{date_cell, link_cell, text_cell};
use crate::ui::kit::choice::parse_choice;
use crate::ui::kit::fields::{area_in, choice_in};
use crate::ui::kit::light::light_class;
use crate::ui::kit::row::EditRow;
use crate::ui::route::{Route, View};
use crate::ui::state::{new_id, use_app, App};
use leptos::prelude::*;

/// What a citation shows (`cite_text`: its label and figure) and where it
/// links; None when what it names is gone.
pub fn cite_view(
    l: Locale,
    p: &Plan,
    r: &Report,
    c: &Cite,
    today: crate::model::base::day::Day,
) -> Option<(String, String, View)> {
    let (label, figure) = crate::i18n::close::cite_text(l, p, r, c, today)?;
    let view = match c.kind {
        CiteKind::Goal => View::Goals,
        CiteKind::Kpi => View::Kpis,
        CiteKind::Channel => View::Report,
        CiteKind::Item => View::Tasks,
        CiteKind::Risk => View::Risks,
        CiteKind::Alert => View::Alerts,
    };
    Some((label, figure, view))
}

/// Everything a citation can point at, as (kind, id, label), for the picker.
fn cite_options(l: Locale, p: &Plan, r: &Report, today: crate::model::base::day::Day) -> Vec<(CiteKind, Id, String)> {
    let mut out: Vec<(CiteKind, Id, String)> = vec![];
    out.extend(p.strategy.goals.iter().map(|g| (CiteKind::Goal, g.id.clone(), g.statement.clone())));
    out.extend(p.kpis.iter().map(|k| (CiteKind::Kpi, k.id.clone(), k.name.clone())));
    out.extend(r.channels.iter().map(|c| (CiteKind::Channel, c.channel.clone(), c.channel.clone())));
    out.extend(p.work_items.iter().map(|w| (CiteKind::Item, w.id.clone(), w.title.clone())));
    out.extend(p.budget.risks.iter().map(|x| (CiteKind::Risk, x.id.clone(), x.title.clone())));
    for a in alerts(p, today) {
        let name = p.kpis.iter().find(|k| k.id == a.kpi).map(|k| k.name.clone()).unwrap_or_default();
        let label = format!("{name} · {} · {}", severity_name(l, a.severity), fmt_date_short(l, a.fired));
        out.push((CiteKind::Alert, a.key, label));
    }
    out
}

fn kind_slug(k: CiteKind) -> String {
    format!("{k:?}").to_lowercase()
}

fn parse_kind(s: &str) -> Option<CiteKind> {
    CiteKind::ALL.iter().copied().find(|k| kind_slug(*k) == s)
}

#[component]
pub fn RetroPage(report: Memo<Option<Report>>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().close();
    view! {
        <p class="hint page-hint">{t.retro_help}</p>
        <FeedbackCard />
        <div class="retro-board" data-testid="retro-board">
            {Section::ALL.iter().map(|s| view! { <SectionCard section=*s report=report /> }).collect_view()}
        </div>
        <ActionsCard />
    }
}

#[component]
fn FeedbackCard() -> impl IntoView {
    let app = use_app();
    let t = app.lang().close();
    let people = app.people_memo();
    let feedback = app.plan_memo(|p| p.retro.feedback.clone());
    let person = move |(pid, name): (Id, String)| {
        let p2 = pid.clone();
        let mine = Memo::new(move |_| feedback.with(|f| f.iter().find(|x| x.person == p2).cloned()));
        let pid2 = pid.clone();
        let on_change = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev).trim().to_string();
            match (mine.get_untracked(), text.is_empty()) {
                (Some(f), true) => {
                    run(app, RetroCommand::RemoveFeedback(f.id));
                }
                (Some(f), false) if f.text != text => {
                    run(app, RetroCommand::PutFeedback(Box::new(Feedback { text, ..f })));
                }
                (None, false) => {
                    run(
                        app,
                        RetroCommand::PutFeedback(Box::new(Feedback { id: new_id(), person: pid2.clone(), text })),
                    );
                }
                _ => {}
            }
        };
        let placeholder = fill(t.feedback_placeholder, "name", &name);
        view! {
            <div class="feedback" data-person=pid.clone()>
                <label>
                    <span class="who">{name}</span>
                    <textarea
                        rows="2"
                        data-field="feedback"
                        placeholder=placeholder
                        prop:value=move || mine.with(|f| f.as_ref().map(|f| f.text.clone()).unwrap_or_default())
                        on:change=on_change
                    ></textarea>
                </label>
            </div>
        }
    };
    view! {
        <section class="card mon-card" data-section="feedback">
            <h2>{t.feedback_title}</h2>
            <p class="hint">{t.feedback_help}</p>
            {move || people.with(|p| p.is_empty()).then(|| view! { <p class="muted">{t.no_people}</p> })}
            <div class="feedback-grid">
                {move || {
                    let people = people.get();
                    untrack(|| people.into_iter().map(person).collect_view())
                }}
            </div>
        </section>
    }
}

fn entry_row(app: App, id: Id) -> EditRow<RetroEntry> {
    EditRow {
        memo: Memo::new(move |_| {
            let pid = app.current_id()?;
            app.with_ws(|w| w.plan(&pid)?.retro.entries.iter().find(|e| e.id == id).cloned())
        }),
        put: |app, e| run(app, RetroCommand::PutEntry(Box::new(e))),
    }
}

#[component]
fn SectionCard(section: Section, report: Memo<Option<Report>>) -> impl IntoView {
    let app = use_app();
    let t = app.lang().close();
    let l = app.lang();
    let today = app.today;
    let ids = Memo::new(move |_| {
        let Some(pid) = app.current_id() else { return vec![] };
        app.with_ws(|w| {
            w.plan(&pid)
                .map(|p| {
                    p.retro.entries.iter().filter(|e| e.section == section).map(|e| e.id.clone()).collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // What citations can point at, once per change (the picker fills from it on focus).
    let options = Memo::new(move |_| {
        let pid = app.current_id()?;
        report.with(|r| {
            let r = r.as_ref()?;
            app.with_ws(|w| w.plan(&pid).map(|p| cite_options(l, p, r, today)))
        })
    });
    let slug = format!("{section:?}").to_lowercase();
    let goals_prefill = (section == Section::Goals).then(|| {
        let results = move || {
            let pid = app.current_id()?;
            report.with(|r| {
                let r = r.as_ref()?;
                app.with_ws(|w| {
                    let p = w.plan(&pid)?;
                    Some(
                        r.goals
                            .iter()
                            .map(|g| {
                                let name = p.strategy.goal(&g.id).map(|x| x.statement.clone()).unwrap_or_default();
                                view! {
                                    <li data-goal=g.id.clone()>
                                        <span class="grow">{name}</span>
                                        <b>{fmt_reading(l, g.reading)}</b>
                                        {g
                                            .light
                                            .map(|x| {
                                                view! { <span class=light_class(Some(x))>{light_name(l, x)}</span> }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view(),
                    )
                })
            })
        };
        let prefill = move |_| {
            let Some(pid) = app.current_id() else { return };
            let entries = report.with_untracked(|r| {
                let r = r.as_ref()?;
                app.with_ws_untracked(|w| {
                    let p = w.plan(&pid)?;
                    // Goals already cited on this column are not written twice.
                    let cited: Vec<&str> = p
                        .retro
                        .entries
                        .iter()
                        .filter(|e| e.section == Section::Goals)
                        .flat_map(|e| e.cites.iter().filter(|c| c.kind == CiteKind::Goal).map(|c| c.id.as_str()))
                        .collect();
                    Some(
                        r.goals
                            .iter()
                            .filter(|g| !cited.contains(&g.id.as_str()))
                            .filter_map(|g| {
                                let goal = p.strategy.goal(&g.id)?;
                                let text = match g.rate {
                                    Some(rate) => {
                                        fill(&fill(t.prefill_line, "goal", &goal.statement), "rate", &fmt_pct(rate))
                                    }
                                    None => fill(t.prefill_no_kpi, "goal", &goal.statement),
                                };
                                Some(RetroEntry {
                                    id: new_id(),
                                    section: Section::Goals,
                                    lens: Lens::Data,
                                    verdict: None,
                                    text,
                                    cites: vec![Cite { kind: CiteKind::Goal, id: g.id.clone() }],
                                })
                            })
                            .collect::<Vec<_>>(),
                    )
                })
            });
            if let Some(list) = entries.filter(|v| !v.is_empty()) {
                let n = list.len();
                if run(app, RetroCommand::AddEntries(list)) {
                    app.notice.set(Some(crate::ui::state::Notice::Info {
                        text: fill(t.prefill_done, "n", &n.to_string()),
                        undo: true,
                    }));
                }
            }
        };
        view! {
            <ul class="plain-list goal-results" data-testid="goal-results">
                {results}
            </ul>
            <button class="btn no-print" data-action="prefill" on:click=prefill>
                {t.prefill}
            </button>
        }
    });
    let add = move |text: String| {
        run(
            app,
            RetroCommand::PutEntry(Box::new(RetroEntry {
                id: new_id(),
                section,
                lens: Lens::Data,
                verdict: (section == Section::Lessons).then_some(Verdict::Keep),
                text,
                cites: vec![],
            })),
        )
    };
    view! {
        <section class="card mon-card retro-sec" data-section=slug.clone()>
            <h2>{section_name(l, section)}</h2>
            <p class="hint">{section_help(l, section)}</p>
            {goals_prefill}
            <ul class="retro-entries">
                // Rebuilt only when entries come, go or move: each row follows its own memo.
                {move || {
                    let ids = ids.get();
                    untrack(|| {
                        ids.into_iter()
                            .map(|id| entry_view(app, section, entry_row(app, id), report, options))
                            .collect_view()
                    })
                }}
            </ul>
            {move || ids.with(Vec::is_empty).then(|| view! { <p class="muted">{t.empty_section}</p> })}
            {crate::ui::kit::add_box::add_box(format!("entry-{slug}"), t.add_entry, t.add, add)}
        </section>
    }
}

type Options = Memo<Option<Vec<(CiteKind, Id, String)>>>;

fn entry_view(
    app: App,
    section: Section,
    e: EditRow<RetroEntry>,
    report: Memo<Option<Report>>,
    options: Options,
) -> impl IntoView {
    let t = app.lang().close();
    let l = app.lang();
    let today = app.today;
    let verdict = (section == Section::Lessons).then(|| {
        view! {
            <select
                data-field="verdict"
                aria-label=t.verdict
                title=t.verdict
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    e.edit(app, |x| x.verdict = parse_choice(Verdict::ALL, &v));
                }
            >
                <option value="" prop:selected=move || e.read(|x| x.verdict.is_none())>
                    {t.verdict_none}
                </option>
                {Verdict::ALL
                    .iter()
                    .map(|v| {
                        let v = *v;
                        view! {
                            <option value=format!("{v:?}") prop:selected=move || e.read(|x| x.verdict == Some(v))>
                                {verdict_name(l, v)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        }
    });
    // The picker holds only its prompt until it is used: a plan of 500 items would
    // otherwise put 500 options in every entry.
    let full = RwSignal::new(false);
    // The prompt and the groups are one child, rebuilt together: a select's
    // options must not be mounted piecemeal.
    let picker_opts = move || {
        let prompt = view! { <option value="">{t.cite}</option> };
        if !full.get() {
            return (prompt, None);
        }
        options.with(|o| {
            let Some(o) = o.as_ref() else { return (prompt, None) };
            (
                prompt,
                Some(
                    CiteKind::ALL
                        .iter()
                        .map(|k| {
                            let k = *k;
                            let opts = o
                                .iter()
                                .filter(|(kind, _, _)| *kind == k)
                                .map(|(_, id, label)| {
                                    view! { <option value=format!("{}:{}", kind_slug(k), id)>{label.clone()}</option> }
                                })
                                .collect_view();
                            view! { <optgroup label=cite_kind_name(l, k)>{opts}</optgroup> }
                        })
                        .collect_view(),
                ),
            )
        })
    };
    let on_cite = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some((k, cid)) = v.split_once(':').and_then(|(k, id)| Some((parse_kind(k)?, id.to_string()))) {
            e.edit(app, |x| {
                let c = Cite { kind: k, id: cid };
                if !x.cites.contains(&c) {
                    x.cites.push(c);
                }
            });
        }
        if let Some(el) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
        {
            el.set_value("");
        }
    };
    let chips = move || {
        let pid = app.current_id()?;
        let cites = e.read(|x| x.cites.clone());
        report.with(|r| {
            let r = r.as_ref()?;
            app.with_ws(|w| {
                let p = w.plan(&pid)?;
                Some(
                    cites
                        .into_iter()
                        .map(|c| {
                            let shown = cite_view(l, p, r, &c, today);
                            let gone = shown.is_none();
                            let (label, figure, view) =
                                shown.unwrap_or_else(|| (c.id.clone(), t.cite_gone.to_string(), View::Report));
                            let href = Route::Plan { id: pid.clone(), view }.to_hash();
                            let c2 = c.clone();
                            view! {
                                <span class="cite" class:gone=gone data-cite=kind_slug(c.kind)>
                                    <a href=href>
                                        <span class="cite-kind">{cite_kind_name(l, c.kind)}</span>
                                        <span class="cite-label">{label}</span>
                                        <b class="cite-figure">{figure}</b>
                                    </a>
                                    <button
                                        class="icon-btn small no-print"
                                        title=t.cite_remove
                                        aria-label=t.cite_remove
                                        data-action="uncite"
                                        on:click=move |_| {
                                            let c3 = c2.clone();
                                            e.edit(app, |x| x.cites.retain(|y| *y != c3));
                                        }
                                    >
                                        "×"
                                    </button>
                                </span>
                            }
                        })
                        .collect_view(),
                )
            })
        })
    };
    let mv = move |up: bool| {
        run(app, RetroCommand::MoveEntry { id: e.read(|x| x.id.clone()), up });
    };
    let rm = move || {
        run(app, RetroCommand::RemoveEntry(e.read(|x| x.id.clone())));
    };
    view! {
        <li class="retro-entry" data-entry=e.read(|x| x.id.clone())>
            {area_in(e, |x| x.text.clone(), |x, v| x.text = v, t.add_entry, "text")}
            <div class="entry-tools no-print">
                {choice_in(e, Lens::ALL, |x| x.lens, |x, v| x.lens = v, lens_name, t.lens, "lens")} {verdict}
                <select
                    class="cite-picker"
                    data-field="cite"
                    aria-label=t.cite
                    on:focus=move |_| full.set(true)
                    on:pointerenter=move |_| full.set(true)
                    on:change=on_cite
                >
                    {picker_opts}
                </select> <span class="grow"></span>
                {(section == Section::Lessons).then(|| promote_button(app, e, report))}
                {row_buttons((t.move_up, t.move_down, t.remove), true, mv, rm)}
            </div>
            <div class="cites">{chips}</div>
        </li>
    }
}

fn action_row(app: App, id: Id) -> EditRow<ActionItem> {
    EditRow {
        memo: Memo::new(move |_| {
            let pid = app.current_id()?;
            app.with_ws(|w| w.plan(&pid)?.retro.actions.iter().find(|a| a.id == id).cloned())
        }),
        put: |app, a| run(app, RetroCommand::PutAction(Box::new(a))),
    }
}

#[component]
fn ActionsCard() -> impl IntoView {
    let app = use_app();
    let t = app.lang().close();
    let ids = app.plan_memo(|p| p.retro.actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    let people = app.people_memo();
    let row = move |id: Id| {
        let a = action_row(app, id.clone());
        view! {
            <tr data-action-item=id.clone()>
                <td>
                    <input
                        type="checkbox"
                        data-field="done"
                        aria-label=t.done
                        prop:checked=move || a.read(|x| x.done)
                        on:change=move |ev| {
                            let v = event_target_checked(&ev);
                            a.edit(app, |x| x.done = v);
                        }
                    />
                </td>
                {text_cell(a, t.actions_title, "text", |x| x.text.clone(), |_, x, v| x.text = v)}
                {link_cell(a, t.owner, "owner", t.nobody, people, |x| x.owner.clone(), |x, v| x.owner = v)}
                {date_cell(a, t.due, "due", |x| x.due, |x, v| x.due = v)}
                <td class="row-tools">
                    {row_buttons(
                        (t.move_up, t.move_down, t.remove),
                        false,
                        |_| {},
                        move || {
                            run(app, RetroCommand::RemoveAction(a.read(|x| x.id.clone())));
                        },
                    )}
                </td>
            </tr>
        }
    };
    let add = move |text: String| {
        run(
            app,
            RetroCommand::PutAction(Box::new(ActionItem { id: new_id(), text, owner: None, due: None, done: false })),
        )
    };
    view! {
        <section class="card mon-card" data-section="actions">
            <h2>{t.actions_title}</h2>
            <p class="hint">{t.actions_help}</p>
            {move || ids.with(Vec::is_empty).then(|| view! { <p class="muted">{t.no_actions}</p> })}
            <div class:hidden=move || ids.with(Vec::is_empty)>
                <div class="table-wrap">
                    <table class="data-table actions-table">
                        <thead>
                            <tr>
                                <th>{t.done}</th>
                                <th>{t.actions_title}</th>
                                <th>{t.owner}</th>
                                <th>{t.due}</th>
                                <th></th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let ids = ids.get();
                                untrack(|| ids.into_iter().map(row).collect_view())
                            }}
                        </tbody>
                    </table>
                </div>
            </div>
            {crate::ui::kit::add_box::add_box("action".into(), t.add_action, t.add, add)}
        </section>
    }
}

/// The date shown for an action's due day in lists outside the table.
pub fn due_text(l: Locale, a: &ActionItem) -> String {
    a.due.map(|d| fmt_date(l, d)).unwrap_or_default()
}

/// "Add to the knowledge base" on a lesson: files it with its source, the
/// channels, tactics and phase it cites, and its evidence frozen as it reads
/// now; once filed, says so.
fn promote_button(app: App, e: EditRow<RetroEntry>, report: Memo<Option<Report>>) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    let today = app.today;
    let filed = Memo::new(move |_| {
        let pid = app.current_id()?;
        let text = e.read(|x| x.text.clone());
        Some(app.with_ws(|w| {
            w.knowledge.lessons.iter().any(|x| x.text == text && x.source.as_ref().is_some_and(|s| s.plan == pid))
        }))
    });
    let promote = move |_| {
        let Some(pid) = app.current_id() else { return };
        let Some(entry) = e.get_untracked() else { return };
        let lesson = report.with_untracked(|r| {
            let r = r.as_ref()?;
            app.with_ws_untracked(|w| {
                let p = w.plan(&pid)?;
                let mut lesson = crate::model::knowledge::rules::lesson_from_entry(p, &entry, new_id(), today);
                lesson.figures = entry
                    .cites
                    .iter()
                    .filter_map(|c| cite_view(l, p, r, c, today))
                    .map(|(label, value, _)| crate::model::knowledge::data::Figure { label, value })
                    .collect();
                Some(lesson)
            })
        });
        let cmd = lesson.map(|x| crate::model::knowledge::commands::KnowledgeCommand::PutLesson(Box::new(x)));
        if cmd.is_some_and(|c| crate::ui::knowledge::run(app, c)) {
            app.notice.set(Some(crate::ui::state::Notice::Info { text: t.promoted_notice.to_string(), undo: true }));
        }
    };
    view! {
        {move || {
            if filed.get() == Some(true) {
                view! {
                    <span class="chip ok" data-testid="promoted">
                        {t.promoted}
                    </span>
                }
                    .into_any()
            } else {
                view! {
                    <button class="btn small" data-action="promote" on:click=promote>
                        {t.promote}
                    </button>
                }
                    .into_any()
            }
        }}
    }
}
