//! `Day`, a calendar day within 1900–2200 that reads and writes `YYYY-MM-DD`;
//! its arithmetic saturates at the edges. Knows no domain.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day. Wraps `NaiveDate` so that files carry `YYYY-MM-DD` and a bad
/// date gets a message that quotes it (`invalid date "2026-02-30"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl Day {
    /// The first and last day a plan may name. Dates outside are refused on
    /// input and on import; arithmetic saturates at them, so no lag, push or
    /// drag can overflow the date type.
    pub const FIRST_YEAR: i32 = 1900;
    pub const LAST_YEAR: i32 = 2200;
    pub fn first() -> Day {
        Day::ymd(Day::FIRST_YEAR, 1, 1)
    }
    pub fn last() -> Day {
        Day::ymd(Day::LAST_YEAR, 12, 31)
    }
    pub fn ymd(y: i32, m: u32, d: u32) -> Day {
        Day(NaiveDate::from_ymd_opt(y, m, d).expect("valid date"))
    }
    /// `YYYY-MM-DD` within 1900–2200, else `None`.
    pub fn parse(s: &str) -> Option<Day> {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok().map(Day).filter(|d| d.in_range())
    }
    /// A valid calendar date within 1900–2200.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Day> {
        NaiveDate::from_ymd_opt(y, m, d).map(Day).filter(|d| d.in_range())
    }
    pub fn in_range(self) -> bool {
        (Day::FIRST_YEAR..=Day::LAST_YEAR).contains(&self.year())
    }
    /// `n` days later (earlier when negative), held within 1900–2200.
    pub fn add_days(self, n: i64) -> Day {
        let span = Day::first().0.signed_duration_since(Day::last().0).num_days().abs();
        let moved = self.0.checked_add_signed(Duration::days(n.clamp(-span, span)));
        Day(moved.unwrap_or(self.0).clamp(Day::first().0, Day::last().0))
    }
    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Day) -> i64 {
        (other.0 - self.0).num_days()
    }
    pub fn year(self) -> i32 {
        self.0.year()
    }
    pub fn month(self) -> u32 {
        self.0.month()
    }
    pub fn day(self) -> u32 {
        self.0.day()
    }
    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        self.0.weekday().num_days_from_monday()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Day::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid date \"{s}\"")))
    }
}
