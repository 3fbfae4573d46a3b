//! `Day`, a calendar day within 1900–2200 that reads and writes `YYYY-MM-DD`;
//! its arithmetic saturates at the edges. Knows no domain.
//!
//! Kept as a count of days since 1970-01-01 with the civil-calendar
//! conversions written out (proleptic Gregorian, as ISO 8601): a date
//! library would be the largest part of it the bundle carries.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day, as days since 1970-01-01. Files carry `YYYY-MM-DD`, and a
/// bad date gets a message that quotes it (`invalid date "2026-02-30"`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i32);

/// Days from 1970-01-01 to `y-m-d` (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The `(year, month, day)` of a day number (`civil_from_days`).
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

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
    /// A date the caller knows is valid (constants, tests).
    pub fn ymd(y: i32, m: u32, d: u32) -> Day {
        assert!((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m), "valid date");
        Day(days_from_civil(y as i64, m, d) as i32)
    }
    /// `YYYY-MM-DD` within 1900–2200 (month and day may have one digit), else `None`.
    pub fn parse(s: &str) -> Option<Day> {
        let mut parts = s.trim().split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits =
            |p: &str, n: std::ops::RangeInclusive<usize>| n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(y, 4..=4) || !digits(m, 1..=2) || !digits(d, 1..=2) {
            return None;
        }
        Day::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
    /// A valid calendar date within 1900–2200.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Day> {
        let ok = (Day::FIRST_YEAR..=Day::LAST_YEAR).contains(&y)
            && (1..=12).contains(&m)
            && d >= 1
            && d <= days_in_month(y, m);
        ok.then(|| Day::ymd(y, m, d))
    }
    pub fn in_range(self) -> bool {
        (Day::FIRST_YEAR..=Day::LAST_YEAR).contains(&self.year())
    }
    /// `n` days later (earlier when negative), held within 1900–2200.
    pub fn add_days(self, n: i64) -> Day {
        let (lo, hi) = (Day::first().0 as i64, Day::last().0 as i64);
        Day((self.0 as i64).saturating_add(n).clamp(lo, hi) as i32)
    }
    /// Every day from `self` to `last`, both included; none when `last` is
    /// earlier. The walk is a range of day numbers, so it ends at the last day
    /// of 2200 too, where a loop of `add_days(1)` would stand still for ever.
    pub fn through(self, last: Day) -> impl DoubleEndedIterator<Item = Day> {
        (self.0..=last.0).map(Day)
    }
    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Day) -> i64 {
        other.0 as i64 - self.0 as i64
    }
    pub fn year(self) -> i32 {
        civil_from_days(self.0 as i64).0
    }
    pub fn month(self) -> u32 {
        civil_from_days(self.0 as i64).1
    }
    pub fn day(self) -> u32 {
        civil_from_days(self.0 as i64).2
    }
    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u32 {
        (self.0 as i64 + 3).rem_euclid(7) as u32
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.0 as i64);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl fmt::Debug for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Day({self})")
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
