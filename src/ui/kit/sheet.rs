//! A read-only table built from data (the evaluation report, the
//! retrospective document, the benchmarks): a header and rows of cells, each
//! cell plain text with an optional badge, a muted second line and an indent.
//! One widget for every such table: it is compiled once, whatever the table
//! shows. Text only, never HTML.

use leptos::prelude::*;

/// One cell. `class` is `num` for figures (right-aligned), or empty.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub class: &'static str,
    /// A coloured tag before the text: (its CSS class, its words).
    pub badge: Option<(&'static str, String)>,
    /// A muted line under the text.
    pub sub: String,
    /// Indent steps (a goal's depth).
    pub indent: usize,
    /// Names the cell for tests (`data-field`).
    pub field: &'static str,
    /// Shown on hover: how the figure was computed.
    pub title: String,
}

impl Cell {
    pub fn text(t: impl Into<String>) -> Cell {
        Cell { text: t.into(), ..Default::default() }
    }
    pub fn num(t: impl Into<String>) -> Cell {
        Cell { text: t.into(), class: "num", ..Default::default() }
    }
    pub fn badge(class: &'static str, words: impl Into<String>) -> Cell {
        Cell { badge: Some((class, words.into())), ..Default::default() }
    }
    pub fn field(self, f: &'static str) -> Cell {
        Cell { field: f, ..self }
    }
}

/// One row: its key (`data-key`), an optional class, its cells.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub key: String,
    pub class: &'static str,
    pub cells: Vec<Cell>,
}

/// A header cell: its words and whether it heads figures.
pub type Head = (&'static str, bool);

fn cell_view(c: Cell) -> AnyView {
    let style = (c.indent > 0).then(|| format!("padding-left:{}px", 8 + c.indent * 16));
    let field = (!c.field.is_empty()).then_some(c.field);
    let title = (!c.title.is_empty()).then_some(c.title);
    view! {
        <td class=c.class style=style data-field=field title=title>
            {c
                .badge
                .map(|(cls, w)| {
                    view! {
                        <span class=cls>{w}</span>
                        " "
                    }
                })}
            {c.text}
            {(!c.sub.is_empty()).then(|| view! { <div class="muted small">{c.sub}</div> })}
        </td>
    }
    .into_any()
}

/// The table; `class` adds to `data-table` (`compact`, `report-table`).
/// Headings are the app's words or a generated document's (`S` is either).
pub fn sheet<S: AsRef<str>>(class: &'static str, head: &[(S, bool)], rows: Vec<Row>) -> AnyView {
    let head = head
        .iter()
        .map(|(h, num)| view! { <th class=if *num { "num" } else { "" }>{h.as_ref().to_string()}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr data-key=r.key class=r.class>
                    {r.cells.into_iter().map(cell_view).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class=format!("data-table {class}")>
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}
