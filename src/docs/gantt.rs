//! The Gantt chart for paper (营销执行甘特图): rows of the outline with their
//! dates, cut into landscape A4 pages at the zoom the user picks. Every page
//! carries its rows' task table and one slice of the time axis, so a page
//! read alone still says what each bar is. Must not know about the browser.

use crate::model::base::day::Day;
use crate::model::schedule::data::Status;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Outline number (1, 1.2 …).
    pub num: String,
    pub title: String,
    pub depth: u8,
    pub owner: String,
    pub start: Day,
    pub end: Day,
    pub status: Status,
    pub progress: u8,
    pub milestone: bool,
    pub summary: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub rows: Vec<Row>,
    pub from: Day,
    pub to: Day,
}

/// How much time a printed page spans.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Zoom {
    /// A day is wide enough for its date: about four weeks a page.
    Day,
    /// About three months a page.
    #[default]
    Week,
    /// About twenty months a page.
    Month,
}

impl Zoom {
    pub const ALL: [Zoom; 3] = [Zoom::Day, Zoom::Week, Zoom::Month];
    /// Width of a day in CSS pixels.
    pub fn day_px(self) -> f64 {
        match self {
            Zoom::Day => 20.0,
            Zoom::Week => 6.0,
            Zoom::Month => 1.0,
        }
    }
    pub fn slug(self) -> &'static str {
        match self {
            Zoom::Day => "day",
            Zoom::Week => "week",
            Zoom::Month => "month",
        }
    }
    pub fn from_slug(s: &str) -> Option<Zoom> {
        Zoom::ALL.into_iter().find(|z| z.slug() == s)
    }
}

/// Width of a page's time axis in CSS pixels (landscape A4 less the task table).
pub const AXIS_PX: f64 = 600.0;
/// Rows on a landscape A4 page below the header and the axis.
pub const ROWS_PER_PAGE: usize = 26;
/// At most this many pages are made; a larger chart asks for a coarser zoom.
pub const MAX_PAGES: usize = 400;

/// One printed page: which rows and which days.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub rows: Range<usize>,
    pub from: Day,
    pub to: Day,
}

/// Days a page spans at a zoom.
pub fn days_per_page(zoom: Zoom) -> i64 {
    (AXIS_PX / zoom.day_px()).floor() as i64
}

/// The pages, rows first (each block of rows across all its time slices),
/// and whether the chart was cut short at `MAX_PAGES`.
pub fn pages(chart: &Chart, zoom: Zoom) -> (Vec<Page>, bool) {
    let span = chart.from.days_until(chart.to).max(0) + 1;
    let per = days_per_page(zoom).max(1);
    let slices = ((span + per - 1) / per).max(1) as usize;
    let blocks = chart.rows.len().div_ceil(ROWS_PER_PAGE).max(1);
    let mut out = Vec::with_capacity((slices * blocks).min(MAX_PAGES));
    for b in 0..blocks {
        let rows = b * ROWS_PER_PAGE..((b + 1) * ROWS_PER_PAGE).min(chart.rows.len());
        for s in 0..slices {
            if out.len() == MAX_PAGES {
                return (out, true);
            }
            let from = chart.from.add_days(s as i64 * per);
            let to = from.add_days(per - 1).min(chart.to.max(chart.from));
            out.push(Page { rows: rows.clone(), from, to });
        }
    }
    (out, false)
}

/// Where a bar sits on a page's axis, in CSS pixels: left and width, or
/// `None` when the row's dates fall outside the page's days.
pub fn bar(page: &Page, zoom: Zoom, start: Day, end: Day) -> Option<(f64, f64)> {
    if end < page.from || start > page.to {
        return None;
    }
    let a = start.max(page.from);
    let b = end.min(page.to);
    let px = zoom.day_px();
    Some((page.from.days_until(a) as f64 * px, (a.days_until(b) + 1) as f64 * px))
}

/// The labelled days of a page's axis: every day (day zoom), every Monday
/// (week zoom) or every first of a month (month zoom); `true` marks the
/// first of a month and the page's first tick, labelled with their month.
pub fn ticks(page: &Page, zoom: Zoom) -> Vec<(Day, bool)> {
    let n = page.from.days_until(page.to).max(0);
    (0..=n)
        .map(|i| page.from.add_days(i))
        .filter(|d| match zoom {
            Zoom::Day => true,
            Zoom::Week => d.weekday() == 0,
            Zoom::Month => d.day() == 1,
        })
        .enumerate()
        .map(|(i, d)| (d, i == 0 || d.day() == 1))
        .collect()
}
