//! The document centre (文档中心): the list of the plan's documents by stage,
//! one previewed as A4 (portrait, or landscape for the wide ones), printed or
//! saved as PDF through the browser, copied as text or Markdown for a chat,
//! each table downloaded as CSV, and the plan exported as a calendar. The
//! documents come from `crate::docs`; this page only shows them and never
//! edits the plan. Which document and period is open lives in the address
//! (`#/plan/<id>/docs/weekly/2026-12-04`), so a link or reload reopens it.

pub mod render;
pub mod rhythm;

use crate::docs::build::build;
use crate::docs::gantt::Zoom;
use crate::docs::text::{table_csv, to_text};
use crate::docs::{Doc, DocKind, Request};
use crate::i18n::docs::stage_name;
use crate::i18n::{fill, status_name};
use crate::model::base::day::Day;
use crate::ui::file_io::download;
use crate::ui::kit::date_box::DateBox;
use crate::ui::route::Route;
use crate::ui::route::View;
use crate::ui::state::metrics::{now_ms, set_metric};
use crate::ui::state::{use_app, App};
use leptos::ev;
use leptos::prelude::*;

/// What the page shows: a document, the day its period holds, the Gantt zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sel {
    pub kind: DocKind,
    pub at: Option<Day>,
    pub zoom: Zoom,
}

/// Reads the tail after `docs/`: `<slug>[/<yyyy-mm-dd>][/<zoom>]`.
pub fn parse_sel(hash: &str) -> Sel {
    // `#/plan/<id>/docs/…`: the id is encoded, so the fourth segment on is ours.
    let segs: Vec<&str> = hash.trim_start_matches('#').trim_start_matches('/').split('/').collect();
    let tail = if segs.get(2) == Some(&"docs") { &segs[3..] } else { &[][..] };
    let mut parts = tail.iter().copied().filter(|s| !s.is_empty());
    let kind = parts.next().and_then(DocKind::from_slug).unwrap_or(DocKind::Tracking);
    let mut sel = Sel { kind, at: None, zoom: Zoom::default() };
    for p in parts {
        if let Some(d) = Day::parse(p) {
            sel.at = Some(d);
        } else if let Some(z) = Zoom::from_slug(p) {
            sel.zoom = z;
        }
    }
    sel
}

/// The address of a document of plan `id`.
pub fn docs_hash(id: &str, s: Sel) -> String {
    let mut h = format!("{}/{}", Route::Plan { id: id.to_string(), view: View::Docs }.to_hash(), s.kind.slug());
    if let Some(d) = s.at {
        h.push_str(&format!("/{d}"));
    }
    if s.kind == DocKind::Gantt {
        h.push_str(&format!("/{}", s.zoom.slug()));
    }
    h
}

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

fn go(app: App, s: Sel) {
    if let (Some(id), Some(w)) = (app.current_id(), web_sys::window()) {
        let _ = w.location().set_hash(&docs_hash(&id, s));
    }
}

/// A name safe for a file: the characters systems refuse become `_`.
fn safe(s: &str) -> String {
    s.chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '_' } else { c }).collect()
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let app = use_app();
    let sel = RwSignal::new(parse_sel(&current_hash()));
    // Other pages link here with a document and period in the address.
    let handle = window_event_listener(ev::hashchange, move |_| {
        let h = current_hash();
        if Route::parse(&h).is_some_and(|r| r.view() == View::Docs) {
            sel.set(parse_sel(&h));
        }
    });
    on_cleanup(move || handle.remove());
    // Built once per change of plan, language or selection; times itself
    // (`docMs`) for the benchmark.
    let doc: Memo<Option<Doc>> = Memo::new(move |_| {
        let t0 = now_ms();
        let l = app.locale.get();
        let s = sel.get();
        let id = app.current_id()?;
        let today = app.today;
        let d = app
            .with_ws(|w| w.plan(&id).map(|p| build(l, p, Request { kind: s.kind, today, at: s.at.unwrap_or(today) })));
        set_metric("docMs", now_ms() - t0);
        d
    });
    let t = move || app.locale.get().docs();
    let list = move || {
        let l = app.locale.get();
        let mut out = vec![];
        let mut stage = None;
        for k in DocKind::ALL {
            if stage != Some(k.stage()) {
                stage = Some(k.stage());
                out.push(view! { <h3>{stage_name(l, k.stage())}</h3> }.into_any());
            }
            out.push(
                view! {
                    <button
                        class="doc-link"
                        class:active=move || sel.with(|s| s.kind == k)
                        data-doc=k.slug()
                        on:click=move |_| go(
                            app,
                            Sel {
                                kind: k,
                                at: None,
                                zoom: sel.get_untracked().zoom,
                            },
                        )
                    >
                        {crate::i18n::docs::doc_title(l, k)}
                    </button>
                }
                .into_any(),
            );
        }
        out
    };
    let shift = move |dir: i64| {
        let s = sel.get_untracked();
        let at = s.at.unwrap_or(app.today);
        let at = match s.kind {
            DocKind::Daily => at.add_days(dir),
            DocKind::Monthly => {
                let (a, b) = crate::model::monitor::reporting::month_of(at);
                if dir < 0 {
                    a.add_days(-1)
                } else {
                    b.add_days(1)
                }
            }
            _ => at.add_days(7 * dir),
        };
        go(app, Sel { at: Some(at), ..s });
    };
    let period = move || {
        let s = sel.get();
        s.kind.periodic().then(|| {
            let label = match s.kind {
                DocKind::Daily => t().day_of,
                DocKind::Monthly => t().month_of,
                _ => t().week_of,
            };
            view! {
                <div class="doc-period">
                    <button class="btn" data-action="prev-period" on:click=move |_| shift(-1)>
                        "‹ "
                        {t().prev}
                    </button>
                    <label>
                        {label}
                        <DateBox
                            value=Signal::derive(move || Some(sel.with(|s| s.at.unwrap_or(app.today))))
                            label=label.to_string()
                            key="doc-date"
                            commit=Callback::new(move |d: Option<Day>| {
                                let Some(d) = d else { return false };
                                go(
                                    app,
                                    Sel {
                                        at: Some(d),
                                        ..sel.get_untracked()
                                    },
                                );
                                true
                            })
                        />
                    </label>
                    <button class="btn" data-action="next-period" on:click=move |_| shift(1)>
                        {t().next}
                        " ›"
                    </button>
                </div>
            }
        })
    };
    let zoom = move || {
        (sel.with(|s| s.kind) == DocKind::Gantt).then(|| {
            let name = move |z: Zoom| match z {
                Zoom::Day => t().zoom_day,
                Zoom::Week => t().zoom_week,
                Zoom::Month => t().zoom_month,
            };
            view! {
                <label class="doc-zoom">
                    {t().zoom}
                    <select
                        data-field="doc-zoom"
                        on:change=move |e| {
                            if let Some(z) = Zoom::from_slug(&event_target_value(&e)) {
                                go(
                                    app,
                                    Sel {
                                        zoom: z,
                                        ..sel.get_untracked()
                                    },
                                );
                            }
                        }
                    >
                        {Zoom::ALL
                            .into_iter()
                            .map(|z| {
                                view! {
                                    <option value=z.slug() selected=move || sel.with(|s| s.zoom == z)>
                                        {move || name(z)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            }
        })
    };
    let copy_as = move |markdown: bool| {
        let l = app.locale.get_untracked();
        if let Some(text) = doc.with_untracked(|d| d.as_ref().map(|d| to_text(l, d, markdown))) {
            crate::ui::file_io::copy_text(app, text, app.lang().docs().copied);
        }
    };
    // One picker for the document's tables (a weekly report has ten), as CSV
    // and as an Excel workbook: the workbook holds the CSV's rows.
    let table_picker = move |xlsx: bool| {
        doc.with(|d| {
            let d = d.as_ref()?;
            (d.tables().next().is_some()).then(|| {
                let names: Vec<String> = d.tables().map(|tb| tb.name.clone()).collect();
                view! {
                    <select
                        class="doc-csv"
                        data-action=if xlsx { "download-xlsx" } else { "download-csv" }
                        prop:value=""
                        on:change=move |e| {
                            let el = event_target::<web_sys::HtmlSelectElement>(&e);
                            let Ok(i) = el.value().parse::<usize>() else { return };
                            el.set_value("");
                            let out = doc
                                .with_untracked(|d| {
                                    let d = d.as_ref()?;
                                    let tb = d.tables().nth(i)?;
                                    Some((format!("{}-{}", d.title, tb.name), tb.name.clone(), table_csv(tb)))
                                });
                            let Some((stem, sheet, text)) = out else { return };
                            if xlsx {
                                let rows = crate::io::table::parse_csv(&text);
                                crate::ui::file_io::download_xlsx(app, &safe(&format!("{stem}.xlsx")), &sheet, &rows);
                            } else {
                                download(app, &safe(&format!("{stem}.csv")), &text, "text/csv;charset=utf-8");
                            }
                        }
                    >
                        <option value="">{if xlsx { t().xlsx_pick } else { t().csv_pick }}</option>
                        {names
                            .into_iter()
                            .enumerate()
                            .map(|(i, n)| {
                                let label = if xlsx { t().download_xlsx } else { t().download_csv };
                                view! { <option value=i>{fill(label, "name", &n)}</option> }
                            })
                            .collect_view()}
                    </select>
                }
            })
        })
    };
    let ics = move |_| {
        let l = app.locale.get_untracked();
        let t = l.docs();
        let Some(id) = app.current_id() else { return };
        let out = app.with_ws_untracked(|w| {
            w.plan(&id).map(|p| {
                let status = |s| status_name(l, s).to_string();
                let labels = crate::io::ics::IcsLabels {
                    owner: t.ics_owner,
                    status: t.ics_status,
                    channel: t.ics_channel,
                    phase: t.ics_phase,
                    milestone: t.ics_milestone,
                    status_name: &status,
                };
                (crate::io::ics::ics_file_name(p), crate::io::ics::plan_ics(p, &labels, app.today))
            })
        });
        if let Some((name, text)) = out {
            download(app, &name, &text, "text/calendar;charset=utf-8");
        }
    };
    view! {
        <div class="docs" data-testid="documents">
            <nav class="docs-list no-print" aria-label=move || app.t().nav_docs>
                {list}
                <p class="hint">{move || t().help}</p>
            </nav>
            <div class="docs-main">
                <div class="docs-toolbar no-print">
                    {period} {zoom}
                    <button class="btn primary" data-action="print-doc" on:click=|_| crate::ui::file_io::print_page()>
                        {move || t().print}
                    </button> <button class="btn" data-action="copy-text" on:click=move |_| copy_as(false)>
                        {move || t().copy_text}
                    </button> <button class="btn" data-action="copy-markdown" on:click=move |_| copy_as(true)>
                        {move || t().copy_markdown}
                    </button> <button class="btn" data-action="export-ics" title=move || t().ics_help on:click=ics>
                        {move || t().export_ics}
                    </button> {move || table_picker(false)} {move || table_picker(true)}
                </div>
                <div class="docs-preview">
                    {move || {
                        let z = sel.with(|s| s.zoom);
                        doc.with(|d| d.as_ref().map(|d| render::document(app.locale.get(), d, z)))
                    }}
                </div>
            </div>
        </div>
    }
}
