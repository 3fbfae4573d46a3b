//! Exports from the chart: the task table as CSV and as an Excel workbook
//! (the words come from `i18n`, the format from `io::csv`; the workbook holds
//! the CSV's rows) and a PNG of the chart as it is on
//! screen, the outline's titles included.

use super::{Ctx, HEAD_H, ROW_H};
use crate::i18n::gantt::tasks_csv;
use crate::model::base::id::Id;
use crate::ui::file_io::download;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn export_csv(ctx: Ctx) {
    let l = ctx.app.locale.get_untracked();
    let Some((text, name)) = ctx.with_plan_untracked(|p| (tasks_csv(l, p), format!("{}.csv", file_stem(&p.name))))
    else {
        return;
    };
    download(ctx.app, &name, &text, "text/csv;charset=utf-8");
}

/// The same table as an Excel workbook (its rows are the CSV's).
pub fn export_xlsx(ctx: Ctx) {
    let l = ctx.app.locale.get_untracked();
    let Some((text, name, sheet)) =
        ctx.with_plan_untracked(|p| (tasks_csv(l, p), format!("{}.xlsx", file_stem(&p.name)), file_stem(&p.name)))
    else {
        return;
    };
    crate::ui::file_io::download_xlsx(ctx.app, &name, &sheet, &crate::io::table::parse_csv(&text));
}

fn file_stem(name: &str) -> String {
    let s: String = name.chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '_' } else { c }).collect();
    if s.trim().is_empty() {
        "plan".into()
    } else {
        s.trim().to_string()
    }
}

/// Style properties that SVG drawing depends on; an SVG drawn as an image
/// cannot see the page's style sheet, so they are copied onto each element.
const PROPS: [&str; 12] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-opacity",
    "opacity",
    "font-size",
    "font-family",
    "font-weight",
    "display",
    "visibility",
];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Draws the visible chart into a PNG and downloads it.
pub fn export_png(ctx: Ctx, window: Vec<(usize, usize, Id)>) {
    let doc = document();
    let Some(live) = doc.query_selector(".gantt-svg").ok().flatten() else { return };
    let Ok(copy) = live.clone_node_with_deep(true) else { return };
    let copy: web_sys::Element = copy.unchecked_into();
    // Copy computed styles from each live element to its twin.
    let (Ok(src), Ok(dst)) = (live.query_selector_all("*"), copy.query_selector_all("*")) else { return };
    let win = web_sys::window().expect("window");
    for i in 0..src.length().min(dst.length()) {
        let (Some(a), Some(b)) = (src.item(i), dst.item(i)) else { continue };
        let a: web_sys::Element = a.unchecked_into();
        let b: web_sys::Element = b.unchecked_into();
        if let Ok(Some(cs)) = win.get_computed_style(&a) {
            let style: String = PROPS
                .iter()
                .filter_map(|p| cs.get_property_value(p).ok().filter(|v| !v.is_empty()).map(|v| format!("{p}:{v};")))
                .collect();
            let _ = b.set_attribute("style", &style);
        }
    }
    let body = web_sys::XmlSerializer::new().and_then(|s| s.serialize_to_string(&copy)).unwrap_or_default();
    let w = ctx.view_w.get_untracked();
    let h = ctx.view_h.get_untracked();
    let cs = win.get_computed_style(&doc.document_element().expect("root")).ok().flatten();
    let var = |name: &str, dflt: &str| {
        cs.as_ref()
            .and_then(|c| c.get_property_value(name).ok())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or(dflt.into())
    };
    let (bg, text, muted, border) =
        (var("--surface", "#fff"), var("--text", "#1d2330"), var("--muted", "#5d6678"), var("--border", "#dde1e7"));
    let font = "font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;font-size:13px";
    let st = ctx.scroll_top.get_untracked();
    let left_w = ctx.left_w.get_untracked();
    let mut left = format!(r#"<rect x="0" y="0" width="{left_w}" height="{h}" fill="{bg}"/>"#);
    let g = ctx.app.locale.get_untracked().gantt();
    left.push_str(&format!(
        r#"<text x="10" y="{}" fill="{muted}" style="{font};font-weight:600">{}</text>"#,
        HEAD_H - 10.0,
        escape(g.col_title)
    ));
    ctx.with_plan_untracked(|p| {
        ctx.analysis.with_untracked(|a| {
            let Some(a) = a.as_ref() else { return };
            for (pos, idx, _) in &window {
                let y = HEAD_H + *pos as f64 * ROW_H - st + 21.0;
                if y < HEAD_H || y > h {
                    continue;
                }
                let r = &a.rows[*idx];
                let weight = if r.summary { "font-weight:600" } else { "" };
                left.push_str(&format!(
                    r#"<text x="{}" y="{y}" fill="{text}" style="{font};{weight}">{}</text>"#,
                    10 + r.depth as usize * 16,
                    escape(&truncate(&p.work_items[*idx].title, (left_w / 15.0) as usize))
                ));
            }
        })
    });
    left.push_str(&format!(r#"<line x1="{left_w}" y1="0" x2="{left_w}" y2="{h}" stroke="{border}"/>"#));
    let body = body.replacen("<svg", &format!(r#"<svg x="{left_w}" y="0""#), 1);
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}"><rect width="100%" height="100%" fill="{bg}"/>{body}{left}</svg>"#
    );
    let name = ctx.with_plan_untracked(|p| format!("{}.png", file_stem(&p.name))).unwrap_or("gantt.png".into());
    render_png(&svg, w, h, name);
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() > n {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    } else {
        s.to_string()
    }
}

/// SVG text → image → canvas (at twice the size, for sharp text) → PNG download.
fn render_png(svg: &str, w: f64, h: f64, name: String) {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let Ok(img) = web_sys::HtmlImageElement::new() else { return };
    let img2 = img.clone();
    let url2 = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url2);
        let doc = document();
        let Ok(canvas) = doc.create_element("canvas") else { return };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        let scale = 2.0;
        canvas.set_width((w * scale) as u32);
        canvas.set_height((h * scale) as u32);
        let Some(cx) = canvas.get_context("2d").ok().flatten() else { return };
        let cx: web_sys::CanvasRenderingContext2d = cx.unchecked_into();
        let _ = cx.scale(scale, scale);
        let _ = cx.draw_image_with_html_image_element(&img2, 0.0, 0.0);
        let Ok(data) = canvas.to_data_url_with_type("image/png") else { return };
        if let Ok(a) = doc.create_element("a") {
            let a: web_sys::HtmlAnchorElement = a.unchecked_into();
            a.set_href(&data);
            a.set_download(&name);
            a.click();
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
}
