//! "从表格导入": a team's tracking sheet brought into the open plan — a CSV
//! file (UTF-8, or GBK as Chinese Excel saves it, decoded by the browser's
//! `TextDecoder`), an Excel or WPS workbook (`.xlsx`, read in a chunk of
//! its own) or a block pasted from a spreadsheet. The dialog shows which
//! column was read as what and the first rows as read, or the row and
//! column that stops the import; one click brings every row in as one
//! undo step. The reading is `io::sheet`.

use crate::i18n::{fill, fmt_range, status_name};
use crate::io::sheet::{additions, mapping, read, Field, SheetError, SheetRow};
use crate::io::table::parse;
use crate::model::command::dispatch::PlanCommand;
use crate::ui::banners::Modal;
use crate::ui::state::{new_id, use_app, App, Notice};
use leptos::prelude::*;

/// What the text read as: the headings with their fields and the rows, or why not.
type Reading = (Vec<(String, Option<Field>)>, Result<Vec<SheetRow>, SheetError>);

fn reading(app: App, text: &str) -> Reading {
    let rows = parse(text);
    let year =
        app.current_id().and_then(|id| app.with_ws_untracked(|w| w.plan(&id).map(|p| p.start.year()))).unwrap_or(2026);
    match mapping(&rows) {
        Some(map) => {
            let heads = rows[0].iter().cloned().zip(map.iter().copied()).collect();
            (heads, read(&rows, &map, year))
        }
        None => (vec![], Err(if rows.is_empty() { SheetError::Empty } else { SheetError::NoTaskColumn })),
    }
}

crate::ui::chunk::chunk_page!(paper pub fn lazy(open: RwSignal<bool>) {
    view! { <SheetImport open /> }.into_any()
});

#[component]
pub fn SheetImport(open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    // A file that is not a sheet this import reads: what is wrong with it.
    let failed = RwSignal::new(None::<String>);
    let result = Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| reading(app, t))));
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        failed.set(None);
        wasm_bindgen_futures::spawn_local(async move {
            match crate::ui::file_io::sheet_text(app, file).await {
                Ok(s) => text.set(s),
                Err(why) => failed.set(Some(why)),
            }
        });
    };
    let bring_in = move |_| {
        let Some((_, Ok(rows))) = result.get_untracked() else { return };
        let Some(id) = app.current_id() else { return };
        let Some((people, phases, items)) =
            app.with_ws_untracked(|w| w.plan(&id).map(|p| additions(p, &rows, &mut new_id)))
        else {
            return;
        };
        let n = items.len();
        if app.dispatch_plan(PlanCommand::AddItems { people, phases, items }) {
            open.set(false);
            text.set(String::new());
            let msg = fill(app.lang().gantt().sheet_done, "n", &n.to_string());
            app.notice.set(Some(Notice::Info { text: msg, undo: true }));
        }
    };
    move || {
        open.get().then(|| {
            let l = app.lang();
            let t = l.gantt();
            let preview = result.get().map(|(heads, rows)| {
                let cols = heads
                    .into_iter()
                    .map(|(h, f)| {
                        let read_as = f.map(|f| crate::i18n::gantt::sheet_field(l, f)).unwrap_or(t.sheet_ignored);
                        view! {
                            <li class:muted=f.is_none()>
                                <strong>{h}</strong>
                                " → "
                                {read_as}
                            </li>
                        }
                    })
                    .collect_view();
                let body = match rows {
                    Ok(rows) => {
                        let n = rows.len();
                        // A range written without the end's year is read into the next
                        // year: said here, as the sheet did not say it.
                        let crossed = rows.iter().filter(|r| r.next_year).collect::<Vec<_>>();
                        let next_year = crossed.first().map(|r| {
                            let text = fill(
                                &fill(&fill(t.sheet_next_year, "n", &crossed.len().to_string()), "title", &r.title),
                                "range",
                                &fmt_range(l, r.start, r.end),
                            );
                            view! {
                                <p class="hint" data-testid="sheet-next-year">
                                    {text}
                                </p>
                            }
                        });
                        let first = rows
                            .into_iter()
                            .take(5)
                            .map(|r| {
                                view! {
                                    <tr>
                                        <td>{r.phase}</td>
                                        <td>{r.title}</td>
                                        <td>{r.owner}</td>
                                        <td>{fmt_range(l, r.start, r.end)}</td>
                                        <td>{status_name(l, r.status)}</td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            {next_year}
                            // Its own sideways scroll: on a phone the dates and status stay reachable.
                            <div class="sheet-preview-wrap">
                                <table class="data-table compact" data-testid="sheet-preview">
                                    <tbody>{first}</tbody>
                                </table>
                            </div>
                            <div class="modal-actions">
                                <button class="btn primary" data-action="sheet-bring-in" on:click=bring_in>
                                    {fill(t.sheet_bring_in, "n", &n.to_string())}
                                </button>
                            </div>
                        }
                        .into_any()
                    }
                    Err(e) => view! {
                        <p class="error-text" data-testid="sheet-error">
                            {crate::i18n::errors::sheet_error(l, &e)}
                        </p>
                    }
                    .into_any(),
                };
                view! {
                    <ul class="sheet-columns" data-testid="sheet-columns">
                        {cols}
                    </ul>
                    {body}
                }
            });
            view! {
                <Modal testid="sheet-import" on_close=move || open.set(false)>
                    <div class="share">
                        <h2>{t.sheet_title}</h2>
                        <p class="hint">{t.sheet_help}</p>
                        <input
                            type="file"
                            accept=".xlsx,.csv,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            data-field="sheet-file"
                            on:change=on_file
                        />
                        <textarea
                            class="sheet-paste"
                            data-field="sheet-paste"
                            rows="5"
                            placeholder=t.sheet_paste
                            prop:value=move || text.get()
                            on:input=move |e| {
                                failed.set(None);
                                text.set(event_target_value(&e))
                            }
                        ></textarea>
                        {move || {
                            failed
                                .get()
                                .map(|why| {
                                    view! {
                                        <p class="error-text" role="alert" data-testid="sheet-file-error">
                                            {why}
                                        </p>
                                    }
                                })
                        }}
                        {preview}
                        <div class="modal-actions">
                            <button class="btn" on:click=move |_| open.set(false)>
                                {app.t().close}
                            </button>
                        </div>
                    </div>
                </Modal>
            }
        })
    }
}
