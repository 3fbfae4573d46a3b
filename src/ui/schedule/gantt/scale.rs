//! The time axis of the Gantt chart: where a day sits in pixels at the
//! current zoom, and the tick labels of the two header rows for the part of
//! the axis in view. Pure arithmetic over days; knows nothing of the DOM.

use crate::i18n::format::{fmt_month, fmt_month_day, fmt_month_year, fmt_year};
use crate::i18n::Locale;
use crate::model::base::day::Day;

/// The named zoom levels, by pixels per day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    Day,
    Week,
    Month,
    Quarter,
}

impl Zoom {
    pub const ALL: [Zoom; 4] = [Zoom::Day, Zoom::Week, Zoom::Month, Zoom::Quarter];
    pub fn px_per_day(self) -> f64 {
        match self {
            Zoom::Day => 36.0,
            Zoom::Week => 14.0,
            Zoom::Month => 4.5,
            Zoom::Quarter => 1.6,
        }
    }
    /// The tick style that reads best at a scale ("fit plan" can be anything).
    pub fn for_ppd(ppd: f64) -> Zoom {
        if ppd >= 24.0 {
            Zoom::Day
        } else if ppd >= 8.0 {
            Zoom::Week
        } else if ppd >= 2.5 {
            Zoom::Month
        } else {
            Zoom::Quarter
        }
    }
    pub fn slug(self) -> &'static str {
        match self {
            Zoom::Day => "day",
            Zoom::Week => "week",
            Zoom::Month => "month",
            Zoom::Quarter => "quarter",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// The day at x = 0.
    pub origin: Day,
    pub ppd: f64,
    /// Days on the axis.
    pub days: i64,
}

impl Scale {
    pub fn x(&self, d: Day) -> f64 {
        self.origin.days_until(d) as f64 * self.ppd
    }
    /// The day under `x` (its column), for drops and clicks.
    pub fn day_at(&self, x: f64) -> Day {
        self.origin.add_days((x / self.ppd).floor() as i64)
    }
    pub fn width(&self) -> f64 {
        self.days as f64 * self.ppd
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub w: f64,
    pub label: String,
}

/// Header ticks for the axis between `x0` and `x1`: (upper row, lower row).
pub fn ticks(s: &Scale, l: Locale, x0: f64, x1: f64) -> (Vec<Tick>, Vec<Tick>) {
    let zoom = Zoom::for_ppd(s.ppd);
    let first = s.day_at(x0.max(0.0)).add_days(-1);
    let last = s.day_at(x1).add_days(1).min(s.origin.add_days(s.days));
    let month_label = |d: Day| fmt_month_year(l, d.year(), d.month());
    let year_label = |d: Day| fmt_year(l, d.year());
    let upper = match zoom {
        Zoom::Day | Zoom::Week => spans(s, first, last, month_start, next_month, month_label),
        Zoom::Month | Zoom::Quarter => spans(s, first, last, year_start, next_year, year_label),
    };
    let lower = match zoom {
        Zoom::Day => spans(s, first, last, |d| d, |d| d.add_days(1), |d| d.day().to_string()),
        Zoom::Week => {
            spans(s, first, last, |d| d.add_days(-(d.weekday() as i64)), |d| d.add_days(7), |d| fmt_month_day(l, d))
        }
        Zoom::Month => spans(s, first, last, month_start, next_month, |d| fmt_month(l, d)),
        Zoom::Quarter => spans(
            s,
            first,
            last,
            quarter_start,
            |d| next_month(next_month(next_month(d))),
            |d| format!("Q{}", (d.month() - 1) / 3 + 1),
        ),
    };
    (upper, lower)
}

fn month_start(d: Day) -> Day {
    Day::ymd(d.year(), d.month(), 1)
}
fn next_month(d: Day) -> Day {
    let d = month_start(d);
    if d.month() == 12 {
        Day::ymd(d.year() + 1, 1, 1)
    } else {
        Day::ymd(d.year(), d.month() + 1, 1)
    }
}
fn year_start(d: Day) -> Day {
    Day::ymd(d.year(), 1, 1)
}
fn next_year(d: Day) -> Day {
    Day::ymd(d.year() + 1, 1, 1)
}
fn quarter_start(d: Day) -> Day {
    Day::ymd(d.year(), (d.month() - 1) / 3 * 3 + 1, 1)
}

fn spans(
    s: &Scale,
    first: Day,
    last: Day,
    start_of: impl Fn(Day) -> Day,
    next: impl Fn(Day) -> Day,
    label: impl Fn(Day) -> String,
) -> Vec<Tick> {
    let mut out = vec![];
    let mut d = start_of(first);
    // Bounded: even a 10-year axis of days is a few thousand ticks in view at most.
    for _ in 0..4000 {
        if d > last {
            break;
        }
        let n = next(d);
        out.push(Tick { x: s.x(d), w: s.x(n) - s.x(d), label: label(d) });
        d = n;
    }
    out
}
