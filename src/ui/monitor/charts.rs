//! Small SVG charts of monitoring: a card's sparkline and the cumulative
//! actual-vs-target chart. Paths are built as strings (one element per
//! line, however long the series) so a year of days stays cheap to draw.
//! Must not know about KPIs beyond their numbers (the budget's burn chart
//! draws money with the same cumulative chart).

use leptos::prelude::*;

/// An SVG path through the points that exist; a gap (None) lifts the pen.
/// At most `w` points are drawn (one per unit of width): a year of days on a
/// 600-unit chart keeps every point, on a sparkline the caller passes fewer.
pub fn path(values: &[Option<f64>], n: usize, w: f64, h: f64, lo: f64, hi: f64) -> String {
    use std::fmt::Write;
    let span = (hi - lo).max(f64::EPSILON);
    let step = if n > 1 { w / (n - 1) as f64 } else { 0.0 };
    let mut d = String::with_capacity(values.len() * 12);
    let mut pen = false;
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                // Whole tenths: short strings, invisible rounding.
                let x = (i as f64 * step * 10.0).round() as i64;
                let y = ((h - (v - lo) / span * h) * 10.0).round() as i64;
                let _ =
                    write!(d, "{}{}.{} {}.{}", if pen { " L" } else { " M" }, x / 10, x % 10, y / 10, (y % 10).abs());
                pen = true;
            }
            None => pen = false,
        }
    }
    d
}

fn bounds<'a>(series: impl Iterator<Item = &'a Option<f64>>) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in series.flatten() {
        lo = lo.min(*v);
        hi = hi.max(*v);
    }
    if lo > hi {
        (0.0, 1.0)
    } else {
        (lo.min(0.0), hi)
    }
}

/// Actuals (solid) over targets (dashed) per period, on a card.
pub fn sparkline(actuals: &[Option<f64>], targets: &[Option<f64>]) -> impl IntoView {
    let (w, h) = (120.0, 32.0);
    let n = actuals.len().max(2);
    let (lo, hi) = bounds(actuals.iter().chain(targets.iter()));
    let a = path(actuals, n, w, h - 2.0, lo, hi);
    let t = path(targets, n, w, h - 2.0, lo, hi);
    view! {
        <svg class="sparkline" viewBox="0 -1 120 32" preserveAspectRatio="none" aria-hidden="true">
            <path class="spark-target" d=t />
            <path class="spark-actual" d=a />
        </svg>
    }
}

/// Running totals against the planned path over the whole plan, with today.
pub fn cumulative_chart(
    actual: &[Option<f64>],
    target: &[Option<f64>],
    today: Option<usize>,
    top_label: impl Fn(f64) -> String,
    labels: (&'static str, &'static str, &'static str),
    first_last: (String, String),
) -> impl IntoView {
    let (w, h) = (600.0, 180.0);
    let n = target.len().max(actual.len()).max(2);
    let (lo, hi) = bounds(actual.iter().chain(target.iter()));
    let a = path(actual, n, w, h, lo, hi);
    let t = path(target, n, w, h, lo, hi);
    let x_today = today.map(|i| i as f64 * w / (n - 1) as f64);
    let top = top_label(hi);
    view! {
        <figure class="cum-chart" data-testid="cumulative-chart">
            <svg viewBox="-4 -22 672 224" role="img" aria-label=format!("{} / {}", labels.0, labels.1)>
                <line class="axis" x1="0" y1="180" x2="600" y2="180" />
                <text class="axis-label" x="604" y="4">
                    {top}
                </text>
                <text class="axis-label" x="604" y="180">
                    "0"
                </text>
                <text class="axis-label" x="0" y="198">
                    {first_last.0}
                </text>
                <text class="axis-label end" x="600" y="198">
                    {first_last.1}
                </text>
                {x_today
                    .map(|x| {
                        view! {
                            <line class="today-line" x1=x y1="-6" x2=x y2="180" />
                            <text class="today-label" x=x y="-10">
                                {labels.2}
                            </text>
                        }
                    })}
                <path class="cum-target" d=t />
                <path class="cum-actual" d=a />
            </svg>
            <figcaption class="legend">
                <span class="key actual">{labels.0}</span>
                <span class="key target">{labels.1}</span>
            </figcaption>
        </figure>
    }
}
