//! The knowledge base page (营销知识库), across plans: lessons and cases with
//! search (Chinese and English) and tag filters, the channels' benchmarks,
//! the templates (built-in and saved) to start a plan from; export and import
//! of the team's file. Also the benchmarks memo and the benchmark lines the
//! KPI, budget and new-plan pages show beside their inputs. Every edit is a
//! `KnowledgeCommand` (one undo step). Must not know the file format beyond
//! calling `io::knowledge`.

mod cast_step;
mod festival_pick;
pub mod new_plan;

use crate::i18n::knowledge::benchmark_line;
use crate::i18n::knowledge::festival_name;
use crate::i18n::knowledge::fmt_metric;
use crate::i18n::knowledge::metric_name;
use crate::i18n::knowledge::outcome_name;
use crate::i18n::{fill, fmt_date, fmt_range, scenario_name, Locale};
use crate::io::knowledge::{export_knowledge, import_knowledge, KNOWLEDGE_SUFFIX};
use crate::model::base::id::Id;
use crate::model::command::dispatch::Command;
use crate::model::knowledge::card::counts;
use crate::model::knowledge::card::kept_elsewhere;
use crate::model::knowledge::commands::KnowledgeCommand;
use crate::model::knowledge::commands::{anchor_for, festival_of};
use crate::model::knowledge::data::Knowledge;
use crate::model::knowledge::data::Lesson;
use crate::model::knowledge::data::Observation;
use crate::model::knowledge::data::Outcome;
use crate::model::knowledge::data::Template;
use crate::model::knowledge::rules::group;
use crate::model::knowledge::rules::matches;
use crate::model::knowledge::rules::observations_of;
use crate::model::knowledge::rules::same_channel;
use crate::model::knowledge::rules::Benchmark;
use crate::model::plan::Plan;
use crate::model::plan::Scenario;
use crate::model::sample::templates::builtin_templates;
use crate::ui::file_io::download;
use crate::ui::file_io::read_file_text;
use crate::ui::kit::add_box::add_box;
use crate::ui::kit::choice::{choice_options, parse_choice};
use crate::ui::kit::file_button::file_button;
use crate::ui::kit::sheet::{sheet, Cell, Row};
use crate::ui::route::Route;
use crate::ui::state::metrics::{now_ms, set_metric};
use crate::ui::state::{new_id, use_app, App, Notice};
use leptos::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// Runs a knowledge base command; false when refused (the app says why).
pub fn run(app: App, cmd: KnowledgeCommand) -> bool {
    app.dispatch(Command::Knowledge(cmd)).is_ok()
}

/// Keeps the open plan (or the item `root` and its children, named after
/// it) as a template in the knowledge base, and says so.
pub fn save_as_template(app: App, root: Option<&str>) {
    let Some(pid) = app.current_id() else { return };
    let made = app.with_ws_untracked(|w| {
        let p = w.plan(&pid)?;
        let name = match root {
            Some(id) => p.item(id)?.title.clone(),
            None => p.name.clone(),
        };
        let mut t = crate::model::knowledge::rules::template_of(p, root, new_id(), name);
        // A festival campaign's template keeps its festival: the next one lands on it.
        if root.is_none() {
            t.anchor = festival_of(p).and_then(|f| anchor_for(p, f));
        }
        Some(t)
    });
    if let Some(t) = made {
        let name = t.name.clone();
        let l = app.lang();
        let anchor =
            t.anchor.as_ref().map(|a| fill(l.knowledge().festival_anchor, "name", festival_name(l, a.festival)));
        if run(app, KnowledgeCommand::PutTemplate(Box::new(t))) {
            let text = fill(l.knowledge().template_saved, "name", &name);
            let text = match anchor {
                Some(a) => format!("{text} · {a}"),
                None => text,
            };
            app.notice.set(Some(Notice::Info { text, undo: true }));
        }
    }
}

/// Keeps the open plan's channel figures in the knowledge base as benchmarks.
pub fn record(app: App) {
    let Some(pid) = app.current_id() else { return };
    let obs = app.with_ws_untracked(|w| w.plan(&pid).map(|p| observations_of(p, app.today)).unwrap_or_default());
    let n = obs.len();
    if run(app, KnowledgeCommand::Record { plan: pid, observations: obs }) {
        let text = fill(app.lang().knowledge().recorded, "n", &n.to_string());
        app.notice.set(Some(Notice::Info { text, undo: true }));
    }
}

/// What a plan's figures depend on: its dates, KPIs, funnel stages and
/// budget lines. Equal fingerprints give equal observations, so an edit to
/// one plan does not recompute the others'.
fn fingerprint(p: &Plan) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (p.start, p.end, &p.kpis, &p.monitor.stages, &p.budget.lines, &p.name, p.scenario).hash(&mut h);
    h.finish()
}

/// The benchmarks for the open plan (every other ended plan and the kept
/// figures), once per change. A plan that is read has its figures computed
/// (cached by its fingerprint); the others' come from their cards, so the
/// library's plans need not be read. Times itself (`benchmarksMs`).
pub fn benchmarks_memo(app: App) -> Memo<Vec<Benchmark>> {
    let cache: StoredValue<HashMap<Id, (u64, Vec<Observation>)>> = StoredValue::new(HashMap::new());
    Memo::new(move |_| {
        let t0 = now_ms();
        let today = app.today;
        let current = app.current_id();
        let out = app.catalog.with(|cards| {
            app.with_ws(|w| {
                let mut obs: Vec<Observation> = vec![];
                cache.update_value(|c| {
                    c.retain(|id, _| w.plan(id).is_some());
                    for card in cards.iter().filter(|c| counts(c, current.as_deref(), today)) {
                        let Some(p) = w.plan(&card.id) else {
                            obs.extend(card.observations.iter().cloned());
                            continue;
                        };
                        let f = fingerprint(p);
                        let hit = c.get(&p.id).filter(|(g, _)| *g == f).map(|(_, o)| o.clone());
                        let o = hit.unwrap_or_else(|| {
                            let o = observations_of(p, today);
                            c.insert(p.id.clone(), (f, o.clone()));
                            o
                        });
                        obs.extend(o);
                    }
                });
                obs.extend(kept_elsewhere(cards, current.as_deref(), &w.knowledge.observations).cloned());
                group(obs)
            })
        });
        set_metric("benchmarksMs", now_ms() - t0);
        out
    })
}

/// The benchmark lines for `channels` (all of them when empty), or nothing.
pub fn benchmark_lines(l: Locale, all: &[Benchmark], channels: &[String], currency: &str) -> Vec<String> {
    let money = |v: f64| crate::i18n::fmt_major(l, v, currency);
    all.iter()
        .filter(|b| channels.is_empty() || channels.iter().any(|c| same_channel(c, &b.channel)))
        .map(|b| benchmark_line(l, b, &money))
        .collect()
}

/// The "past benchmarks" box beside a page's inputs: the lines for the
/// channels `channels` gives, hidden when there are none.
pub fn benchmark_hint(app: App, channels: Memo<Vec<String>>) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    let all = benchmarks_memo(app);
    let currency = app.plan_memo(|p| p.currency.clone());
    let lines = Memo::new(move |_| {
        let ch = channels.get();
        if ch.is_empty() {
            return vec![];
        }
        all.with(|a| benchmark_lines(l, a, &ch, &currency.get()))
    });
    move || {
        let v = lines.get();
        (!v.is_empty()).then(|| {
            view! {
                <div class="benchmark-hint" data-testid="benchmark-hint">
                    <b>{t.benchmarks_title}</b>
                    <ul>{v.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Lessons,
    Benchmarks,
    Templates,
}

#[component]
pub fn KnowledgePage() -> impl IntoView {
    let app = use_app();
    move || {
        app.locale.track();
        page(app)
    }
}

fn page(app: App) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    let tab = RwSignal::new(Tab::Lessons);
    let counts = Memo::new(move |_| app.with_ws(|w| (w.knowledge.lessons.len(), w.knowledge.templates.len())));
    let bench = benchmarks_memo(app);
    let export = move |_| {
        let text = app.with_ws_untracked(|w| export_knowledge(&w.knowledge));
        download(app, &format!("knowledge{KNOWLEDGE_SUFFIX}"), &text, "application/json");
    };
    let tab_button = move |which: Tab, label: &'static str, key: &'static str, n: Signal<usize>| {
        view! {
            <button
                class="subtab"
                class:active=move || tab.get() == which
                data-tab=key
                on:click=move |_| tab.set(which)
            >
                {label}
                <span class="count-badge zero">{n}</span>
            </button>
        }
    };
    let body = move || match tab.get() {
        Tab::Lessons => lessons_tab(app).into_any(),
        Tab::Benchmarks => benchmarks_tab(app, bench).into_any(),
        Tab::Templates => templates_tab(app).into_any(),
    };
    view! {
        <section class="knowledge monitor" data-testid="knowledge">
            <div class="card-head">
                <h1>{t.title}</h1>
                <div class="toolbar">
                    <a class="btn" href="#/plans">
                        {t.back}
                    </a>
                    <button class="btn" data-action="export-knowledge" on:click=export>
                        {t.export}
                    </button>
                    {file_button(
                        t.import,
                        "import-knowledge",
                        "import-knowledge-input",
                        ".json,application/json",
                        move |f| read_file_text(app, f, move |text| import_text(app, &text)),
                    )}
                </div>
            </div>
            <p class="hint page-hint">{t.help}</p>
            <nav class="subtabs">
                {tab_button(Tab::Lessons, t.tab_lessons, "lessons", Signal::derive(move || counts.get().0))}
                {tab_button(
                    Tab::Benchmarks,
                    t.tab_benchmarks,
                    "benchmarks",
                    Signal::derive(move || bench.with(Vec::len)),
                )}
                {tab_button(
                    Tab::Templates,
                    t.tab_templates,
                    "templates",
                    Signal::derive(move || counts.get().1 + builtin_templates(l.sample_lang()).len()),
                )}
            </nav>
            {body}
        </section>
    }
}

/// Imports a shared knowledge base: whatever is new comes in; anything whose
/// id is taken comes in as a copy with a new id. One undo step.
pub fn import_text(app: App, text: &str) {
    let t = app.lang().knowledge();
    match import_knowledge(text) {
        Ok(mut k) => {
            let taken: std::collections::HashSet<String> = app.with_ws_untracked(|w| {
                w.knowledge
                    .lessons
                    .iter()
                    .map(|x| x.id.clone())
                    .chain(w.knowledge.templates.iter().map(|x| x.id.clone()))
                    .collect()
            });
            for l in &mut k.lessons {
                if taken.contains(&l.id) {
                    l.id = new_id();
                }
            }
            for x in &mut k.templates {
                if taken.contains(&x.id) {
                    x.id = new_id();
                }
            }
            let (a, b, c) = (k.lessons.len(), k.templates.len(), k.observations.len());
            if run(app, KnowledgeCommand::Merge(Box::new(k))) {
                app.import_error.set(None);
                let text = [("lessons", a), ("templates", b), ("obs", c)]
                    .into_iter()
                    .fold(t.imported.to_string(), |s, (k, v)| fill(&s, k, &v.to_string()));
                app.notice.set(Some(Notice::Info { text, undo: true }));
            }
        }
        Err(e) => app.import_error.set(Some(e)),
    }
}

fn lessons_tab(app: App) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    let query = RwSignal::new(String::new());
    let scenario = RwSignal::new(None::<Scenario>);
    let outcome = RwSignal::new(None::<Outcome>);
    let tags = RwSignal::new(Vec::<String>::new());
    let all_tags = Memo::new(move |_| {
        app.with_ws(|w| {
            let mut v: Vec<String> = vec![];
            for x in w.knowledge.lessons.iter().flat_map(|l| l.tags.iter().chain(&l.channels)) {
                if !v.iter().any(|y| same_channel(y, x)) {
                    v.push(x.clone());
                }
            }
            v
        })
    });
    let shown = Memo::new(move |_| {
        let (q, s, o, tg) = (query.get(), scenario.get(), outcome.get(), tags.get());
        app.with_ws(|w| {
            let mut v: Vec<Id> = w
                .knowledge
                .lessons
                .iter()
                .filter(|x| {
                    s.is_none_or(|s| x.scenario == s) && o.is_none_or(|o| x.outcome == o) && matches(x, &q, &tg)
                })
                .map(|x| x.id.clone())
                .collect();
            v.reverse(); // newest first
            v
        })
    });
    let empty = Memo::new(move |_| app.with_ws(|w| w.knowledge.lessons.is_empty()));
    let add = move |text: String| {
        let lesson = Lesson {
            id: new_id(),
            text,
            source: None,
            scenario: scenario.get_untracked().unwrap_or(Scenario::Other),
            channels: vec![],
            tactics: vec![],
            phase: String::new(),
            outcome: outcome.get_untracked().unwrap_or(Outcome::Success),
            verdict: None,
            lens: None,
            figures: vec![],
            tags: tags.get_untracked(),
            filed: app.today,
        };
        run(app, KnowledgeCommand::PutLesson(Box::new(lesson)))
    };
    let tag_chips = move || {
        all_tags
            .get()
            .into_iter()
            .map(|x| {
                let x2 = x.clone();
                let x3 = x.clone();
                let key = x.clone();
                let on = move || tags.with(|v| v.contains(&x2));
                view! {
                    <button
                        class="chip tag-chip"
                        class:on=on
                        data-tag=key
                        on:click=move |_| {
                            let x = x3.clone();
                            tags.update(|v| {
                                if let Some(i) = v.iter().position(|y| *y == x) {
                                    v.remove(i);
                                } else {
                                    v.push(x);
                                }
                            })
                        }
                    >
                        {x}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card mon-card" data-section="lessons">
            <div class="lesson-filters">
                <input
                    type="search"
                    class="grow"
                    data-field="search"
                    placeholder=t.search
                    aria-label=t.search
                    on:input=move |e| query.set(event_target_value(&e))
                />
                <select
                    data-field="scenario"
                    aria-label=t.scenario
                    on:change=move |e| {
                        let v = event_target_value(&e);
                        scenario.set(parse_choice(&Scenario::ALL, &v));
                    }
                >
                    <option value="">{t.all_scenarios}</option>
                    {choice_options(&Scenario::ALL, |_| false, scenario_name)}
                </select>
                <select
                    data-field="outcome"
                    aria-label=t.all_outcomes
                    on:change=move |e| {
                        let v = event_target_value(&e);
                        outcome.set(parse_choice(Outcome::ALL, &v));
                    }
                >
                    <option value="">{t.all_outcomes}</option>
                    {choice_options(Outcome::ALL, |_| false, outcome_name)}
                </select>
            </div>
            <div class="tag-chips">{tag_chips}</div>
            {add_box("lesson".into(), t.add_lesson, t.add, add)}
            {move || {
                let text = if empty.get() {
                    t.no_lessons
                } else if shown.with(Vec::is_empty) {
                    t.no_match
                } else {
                    return None;
                };
                Some(view! { <p class="muted">{text}</p> })
            }}
            <ul class="lessons">
                // Rebuilt when the search or the list changes; each card follows its own memo.
                {move || {
                    let ids = shown.get();
                    untrack(|| ids.into_iter().map(|id| lesson_card(app, id)).collect_view())
                }}
            </ul>
        </section>
    }
}

fn lesson_card(app: App, id: Id) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    let id2 = id.clone();
    let lesson = Memo::new(move |_| app.with_ws(|w| w.knowledge.lessons.iter().find(|x| x.id == id2).cloned()));
    let put = move |f: &dyn Fn(&mut Lesson)| {
        if let Some(mut x) = lesson.get_untracked() {
            let before = x.clone();
            f(&mut x);
            if x != before {
                run(app, KnowledgeCommand::PutLesson(Box::new(x)));
            }
        }
    };
    let meta = move || {
        lesson.with(|x| {
            let x = x.as_ref()?;
            let from = match &x.source {
                Some(s) => fill(&fill(t.from_plan, "name", &s.name), "range", &fmt_range(l, s.start, s.end)),
                None => t.written_here.to_string(),
            };
            let mut parts = vec![scenario_name(l, x.scenario).to_string(), from];
            if !x.phase.is_empty() {
                parts.push(format!("{}：{}", t.phase, x.phase));
            }
            parts.push(fill(t.filed_on, "date", &fmt_date(l, x.filed)));
            Some(parts.join(" · "))
        })
    };
    let figures = move || {
        lesson.with(|x| {
            let x = x.as_ref()?;
            (!x.figures.is_empty()).then(|| {
                let items = x
                    .figures
                    .iter()
                    .map(|f| {
                        view! {
                            <span class="cite">
                                <span class="cite-label">{f.label.clone()}</span>
                                <b class="cite-figure">{f.value.clone()}</b>
                            </span>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="cites">
                        <span class="muted">{t.evidence}</span>
                        {items}
                    </div>
                }
            })
        })
    };
    let channels = move || lesson.with(|x| x.as_ref().map(|x| x.channels.join(" · ")).unwrap_or_default());
    view! {
        <li class="lesson" data-lesson=id.clone()>
            <div class="lesson-head">
                <select
                    data-field="outcome"
                    aria-label=t.all_outcomes
                    class=move || {
                        if lesson.with(|x| x.as_ref().is_some_and(|x| x.outcome == Outcome::Failure)) {
                            "outcome failure"
                        } else {
                            "outcome success"
                        }
                    }
                    on:change=move |e| {
                        let v = event_target_value(&e);
                        if let Some(o) = parse_choice(Outcome::ALL, &v) {
                            put(&|x| x.outcome = o);
                        }
                    }
                >
                    {choice_options(
                        Outcome::ALL,
                        move |o| lesson.with(|x| x.as_ref().is_some_and(|x| x.outcome == o)),
                        outcome_name,
                    )}
                </select>
                <span class="muted grow">{meta}</span>
                {crate::ui::kit::buttons::row_buttons(
                    (t.remove, t.remove, t.remove),
                    false,
                    |_| {},
                    move || {
                        if let Some(x) = lesson.get_untracked() {
                            run(app, KnowledgeCommand::RemoveLesson(x.id));
                        }
                    },
                )}
            </div>
            <textarea
                rows="2"
                data-field="text"
                prop:value=move || lesson.with(|x| x.as_ref().map(|x| x.text.clone()).unwrap_or_default())
                on:change=move |e| {
                    let v = event_target_value(&e);
                    put(&|x| x.text = v.trim().to_string());
                }
            ></textarea>
            {figures}
            <div class="lesson-tags">
                <span class="muted">{channels}</span>
                <input
                    type="text"
                    data-field="tags"
                    placeholder=t.tags_placeholder
                    aria-label=t.tags
                    prop:value=move || lesson.with(|x| x.as_ref().map(|x| x.tags.join(", ")).unwrap_or_default())
                    on:change=move |e| {
                        let v = crate::ui::kit::choice::split_list(&event_target_value(&e));
                        put(&|x| x.tags = v.clone());
                    }
                />
            </div>
        </li>
    }
}

fn benchmarks_tab(app: App, bench: Memo<Vec<Benchmark>>) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    move || {
        let all = bench.get();
        if all.is_empty() {
            return view! {
                <section class="card mon-card" data-section="benchmarks">
                    <p class="hint">{t.benchmarks_help}</p>
                    <p class="muted">{t.no_benchmarks}</p>
                </section>
            }
            .into_any();
        }
        let money = |v: f64| crate::i18n::fmt_major(l, v, "CNY");
        let rows = all
            .iter()
            .map(|b| {
                let f = |v: f64| fmt_metric(b.metric, v, &money);
                let plans = b.values.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>().join("、");
                Row {
                    key: format!("{}:{:?}", b.channel, b.metric).to_lowercase(),
                    class: "",
                    cells: vec![
                        Cell::text(b.channel.clone()),
                        Cell::text(metric_name(l, b.metric)),
                        Cell::num(format!("{}–{}", f(b.min), f(b.max))),
                        Cell::num(f(b.median)),
                        Cell::num(b.values.len().to_string()),
                        Cell { class: "muted", ..Cell::text(plans) },
                    ],
                }
            })
            .collect();
        let head = [
            (t.col_channel, false),
            (t.col_metric, false),
            (t.col_range, true),
            (t.col_median, true),
            (t.col_count, true),
            (t.col_plans, false),
        ];
        view! {
            <section class="card mon-card" data-section="benchmarks">
                <p class="hint">{t.benchmarks_help}</p>
                {sheet("report-table", &head, rows)}
            </section>
        }
        .into_any()
    }
}

/// One template as a card: its facts and, with `actions`, what can be done
/// with it (a list item then; a plain block inside the new plan's choices).
pub fn template_card(app: App, tpl: &Template, builtin: bool, actions: bool) -> AnyView {
    let l = app.lang();
    let t = l.knowledge();
    let facts = [
        ("days", crate::model::knowledge::rules::template_days(tpl) as usize),
        ("phases", tpl.plan.phases.len()),
        ("items", tpl.plan.work_items.len()),
        ("kpis", tpl.plan.kpis.len()),
        ("risks", tpl.plan.budget.risks.len()),
    ]
    .into_iter()
    .fold(t.template_facts.to_string(), |s, (k, v)| fill(&s, k, &v.to_string()));
    let href = Route::NewPlan { template: Some(tpl.id.clone()) }.to_hash();
    let id = tpl.id.clone();
    let about = view! {
        <div class="lesson-head">
            <span class="chip">{if builtin { t.builtin } else { t.saved }}</span>
            <b class="grow">{tpl.name.clone()}</b>
            <span class="muted">{scenario_name(l, tpl.plan.scenario)}</span>
        </div>
        <p>{tpl.plan.description.clone()}</p>
        <p class="muted small">{facts}</p>
        {timeline(l, tpl)}
        {(!tpl.origin.is_empty())
            .then(|| view! { <p class="muted small">{fill(t.from_origin, "name", &tpl.origin)}</p> })}
    };
    if !actions {
        return view! { <div class="template">{about}</div> }.into_any();
    }
    view! {
        <li class="template" data-template=tpl.id.clone()>
            {about}
            <div class="toolbar">
                <a class="btn primary" href=href data-action="use-template">
                    {t.use_template}
                </a>
                {(!builtin)
                    .then(|| {
                        view! {
                            <button
                                class="btn danger"
                                data-action="remove"
                                on:click=move |_| {
                                    run(app, KnowledgeCommand::RemoveTemplate(id.clone()));
                                }
                            >
                                {t.remove}
                            </button>
                        }
                    })}
            </div>
        </li>
    }
    .into_any()
}

/// A template's phases drawn to scale on one line (the anchored one marked
/// with its festival), so templates compare at a glance.
fn timeline(l: crate::i18n::Locale, tpl: &Template) -> Option<impl IntoView> {
    let p = &tpl.plan;
    // In working days, as a template counts them: weekends draw no gaps.
    let cal = p.calendar.to_calendar();
    let at =
        |d: crate::model::base::day::Day| if d <= p.start { 0 } else { cal.workdays_between(p.start, d.add_days(-1)) };
    let total = crate::model::knowledge::rules::template_days(tpl).max(1) as f64;
    let anchored = tpl.anchor.as_ref();
    let bands = p
        .phases
        .iter()
        .map(|ph| {
            let left = (at(ph.start) as f64 * 100.0 / total).min(100.0);
            let width = (cal.workdays_between(ph.start, ph.end).max(1) as f64 * 100.0 / total).min(100.0 - left);
            let on = anchored.is_some_and(|a| a.phase == ph.id);
            let title = match anchored.filter(|_| on) {
                Some(a) => format!("{} · {}", ph.name, festival_name(l, a.festival)),
                None => ph.name.clone(),
            };
            view! {
                <span
                    class="tpl-phase"
                    class:anchored=on
                    title=title
                    style=format!("left:{left:.1}%;width:{width:.1}%")
                >
                    {ph.name.clone()}
                </span>
            }
        })
        .collect_view();
    let chip = anchored.map(|a| {
        view! { <span class="chip festival">{fill(l.knowledge().festival_anchor, "name", festival_name(l, a.festival))}</span> }
    });
    (!p.phases.is_empty()).then(|| {
        view! {
            <div class="tpl-timeline-row">
                <div class="tpl-timeline" aria-hidden="true">
                    {bands}
                </div>
                {chip}
            </div>
        }
    })
}

fn templates_tab(app: App) -> impl IntoView {
    let l = app.lang();
    let t = l.knowledge();
    let saved = Memo::new(move |_| app.with_ws(|w| w.knowledge.templates.clone()));
    let builtins = builtin_templates(l.sample_lang());
    view! {
        <section class="card mon-card" data-section="templates">
            <p class="hint">{t.templates_help}</p>
            <ul class="templates">
                {move || saved.get().iter().map(|x| template_card(app, x, false, true)).collect_view()}
                {builtins.iter().map(|x| template_card(app, x, true, true)).collect_view()}
            </ul>
        </section>
    }
}

/// Every template a new plan can start from: the saved ones, then the built-in ones.
pub fn all_templates(app: App, k: &Knowledge) -> Vec<(Template, bool)> {
    k.templates
        .iter()
        .cloned()
        .map(|x| (x, false))
        .chain(builtin_templates(app.lang().sample_lang()).into_iter().map(|x| (x, true)))
        .collect()
}
