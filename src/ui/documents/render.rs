//! A generated document as an A4 page on screen and on paper: a running
//! header (repeated on every printed page by the frame's table head), the
//! title block, then each block — facts, tables that never split a row,
//! lists, signature lines, and the Gantt chart cut into landscape pages.
//! Text only, never HTML. Must not edit anything.

use crate::docs::gantt::{bar, pages, ticks, Chart, Zoom, AXIS_PX};
use crate::docs::{Block, Cell, Doc, Tone};
use crate::i18n::format::fmt_month;
use crate::i18n::{fill, fmt_date_short, fmt_range, status_name, Locale};
use crate::model::schedule::data::Status;
use crate::ui::kit::sheet;
use leptos::prelude::*;

fn class(c: &Cell) -> &'static str {
    match (c.tone, c.num) {
        (Tone::Plain, false) => "",
        (Tone::Plain, true) => "num",
        (Tone::Green, false) => "tone-green",
        (Tone::Green, true) => "num tone-green",
        (Tone::Yellow, false) => "tone-yellow",
        (Tone::Yellow, true) => "num tone-yellow",
        (Tone::Red, false) => "tone-red",
        (Tone::Red, true) => "num tone-red",
        (Tone::Muted, false) => "muted",
        (Tone::Muted, true) => "num muted",
    }
}

fn block(l: Locale, b: &Block, zoom: Zoom) -> AnyView {
    match b {
        Block::Heading(h) => view! { <h2>{h.clone()}</h2> }.into_any(),
        Block::Para(p) => view! { <p>{p.clone()}</p> }.into_any(),
        Block::Facts(f) => view! {
            <dl class="doc-facts">
                {f
                    .iter()
                    .map(|(k, v)| {
                        view! {
                            <div>
                                <dt>{k.clone()}</dt>
                                <dd class=class(v)>{v.text.clone()}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        }
        .into_any(),
        Block::Table(t) if t.rows.is_empty() => view! { <p class="muted">{t.empty.clone()}</p> }.into_any(),
        Block::Table(t) => {
            let nums: Vec<bool> =
                (0..t.head.len()).map(|i| t.rows.iter().any(|r| r.get(i).is_some_and(|c| c.num))).collect();
            let head: Vec<(String, bool)> = t.head.iter().cloned().zip(nums).collect();
            let rows = t
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| sheet::Row {
                    key: i.to_string(),
                    class: "",
                    cells: r
                        .iter()
                        .map(|c| sheet::Cell { text: c.text.clone(), class: class(c), ..Default::default() })
                        .collect(),
                })
                .collect();
            sheet::sheet("doc-table", &head, rows)
        }
        Block::List(items) => {
            view! { <ul class="doc-list">{items.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul> }
                .into_any()
        }
        Block::Signatures(names) => {
            let t = l.docs();
            view! {
                <div class="doc-signs">
                    {names
                        .iter()
                        .map(|n| {
                            view! {
                                <div class="doc-sign">
                                    <span>{n.clone()}</span>
                                    <span class="sign-line"></span>
                                    <span>{t.sign_date}</span>
                                    <span class="sign-line short"></span>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            }
            .into_any()
        }
        Block::Gantt(c) => gantt(l, c, zoom),
    }
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::NotStarted => "gs-bar st-not",
        Status::InProgress => "gs-bar st-progress",
        Status::Done => "gs-bar st-done",
        Status::Exception => "gs-bar st-exc",
    }
}

fn gantt(l: Locale, c: &Chart, zoom: Zoom) -> AnyView {
    let t = l.docs();
    let (list, cut) = pages(c, zoom);
    let total = list.len();
    let legend = move || {
        Status::ALL
            .iter()
            .map(|s| {
                view! {
                    <span class="gs-key">
                        <span class=status_class(*s)></span>
                        {status_name(l, *s)}
                    </span>
                }
            })
            .collect_view()
    };
    let sheets = list
        .into_iter()
        .enumerate()
        .map(|(n, page)| {
            let axis = ticks(&page, zoom)
                .into_iter()
                .map(|(d, month)| {
                    let left = page.from.days_until(d) as f64 * zoom.day_px();
                    // Short enough for the spacing of each zoom's ticks.
                    let label = match zoom {
                        Zoom::Day if !month => d.day().to_string(),
                        Zoom::Day => fmt_date_short(l, d),
                        Zoom::Week => format!("{}/{}", d.month(), d.day()),
                        _ => fmt_month(l, d),
                    };
                    view! {
                        <span class="gs-tick" class:major=month style=format!("left:{left:.1}px")>
                            {label}
                        </span>
                    }
                })
                .collect_view();
            let rows = c.rows[page.rows.clone()]
                .iter()
                .map(|r| {
                    let mark = bar(&page, zoom, r.start, r.end).map(|(x, w)| {
                        if r.milestone {
                            view! {
                                <span class="gs-ms" style=format!("left:{x:.1}px")>
                                    "◆"
                                </span>
                            }
                            .into_any()
                        } else if r.summary {
                            view! { <span class="gs-sum" style=format!("left:{x:.1}px;width:{w:.1}px")></span> }
                                .into_any()
                        } else {
                            let fill = w * r.progress.min(100) as f64 / 100.0;
                            view! {
                                <span class=status_class(r.status) style=format!("left:{x:.1}px;width:{w:.1}px")>
                                    <span class="gs-fill" style=format!("width:{fill:.1}px")></span>
                                </span>
                            }
                            .into_any()
                        }
                    });
                    view! {
                        <tr>
                            <td class="gs-num">{r.num.clone()}</td>
                            <td class="gs-title" style=format!("padding-left:{}px", 4 + r.depth as usize * 10)>
                                {r.title.clone()}
                            </td>
                            <td class="gs-owner">{r.owner.clone()}</td>
                            <td class="gs-dates">
                                {format!("{}–{}", fmt_date_short(l, r.start), fmt_date_short(l, r.end))}
                            </td>
                            <td class="gs-line" style=format!("width:{AXIS_PX}px")>
                                {mark}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section class="gantt-sheet" data-page=n + 1>
                    <div class="gs-head">
                        <span>{fmt_range(l, page.from, page.to)}</span>
                        <span class="gs-legend">{legend()}</span>
                        <span>{fill(t.page_of, "n", &format!("{} / {total}", n + 1))}</span>
                    </div>
                    <table class="gs">
                        <thead>
                            <tr>
                                <th class="gs-num">{t.col_no}</th>
                                <th class="gs-title">{t.col_task}</th>
                                <th class="gs-owner">{t.col_owner}</th>
                                <th class="gs-dates">{t.col_dates}</th>
                                <th class="gs-line gs-axis" style=format!("width:{AXIS_PX}px")>
                                    {axis}
                                </th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="muted no-print" data-testid="gantt-pages">
            {fill(t.pages, "n", &total.to_string())}
        </p>
        {cut.then(|| view! { <p class="tone-red no-print">{fill(t.too_many_pages, "n", &total.to_string())}</p> })}
        {sheets}
    }
    .into_any()
}

/// The document as an A4 page (landscape for the wide documents).
pub fn document(l: Locale, d: &Doc, zoom: Zoom) -> AnyView {
    let blocks = d.blocks.iter().map(|b| block(l, b, zoom)).collect_view();
    view! {
        <article class="doc-page" class:landscape=d.kind.landscape() data-doc=d.kind.slug()>
            <table class="doc-frame">
                <thead>
                    <tr>
                        <td>
                            <div class="doc-running">{format!("{} · {}", d.plan, d.title)}</div>
                        </td>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <td>
                            <header class="doc-head">
                                <h1>{d.title.clone()}</h1>
                                <p class="doc-plan">{d.plan.clone()}</p>
                                <p class="muted">{d.subtitle.clone()}</p>
                            </header>
                            {blocks}
                        </td>
                    </tr>
                </tbody>
            </table>
        </article>
    }
    .into_any()
}
