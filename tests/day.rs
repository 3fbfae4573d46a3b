//! `Day`'s own calendar arithmetic agrees with chrono's on every day from
//! 1900 to 2200: its text, weekday, parts, reading back and distances; and
//! reading dates accepts and refuses what it should.

use campaign_planner::model::base::day::Day;
use chrono::{Datelike, NaiveDate};

#[test]
fn every_day_from_1900_to_2200_agrees_with_chrono() {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2200, 12, 31).unwrap();
    let (mut c, mut d, mut n) = (first, Day::first(), 0i64);
    loop {
        assert_eq!(d.to_string(), c.format("%Y-%m-%d").to_string());
        assert_eq!((d.year(), d.month(), d.day()), (c.year(), c.month(), c.day()));
        assert_eq!(d.weekday(), c.weekday().num_days_from_monday(), "{c}");
        assert_eq!(Day::parse(&d.to_string()), Some(d));
        assert_eq!(Day::first().days_until(d), n);
        assert_eq!(Day::first().add_days(n), d);
        if c == last {
            break;
        }
        c = c.succ_opt().unwrap();
        d = d.add_days(1);
        n += 1;
    }
    assert_eq!(d, Day::last());
    assert_eq!(n, 109_937);
}

#[test]
fn reading_dates() {
    let ok = [
        ("2026-06-01", (2026, 6, 1)),
        (" 2026-6-1 ", (2026, 6, 1)),
        ("2024-02-29", (2024, 2, 29)),
        ("2000-02-29", (2000, 2, 29)),
    ];
    for (s, (y, m, d)) in ok {
        assert_eq!(Day::parse(s), Some(Day::ymd(y, m, d)), "{s}");
    }
    for s in [
        "2026-02-30",
        "1900-02-29",
        "2100-02-29",
        "1899-12-31",
        "2201-01-01",
        "26-06-01",
        "2026/06/01",
        "2026-06-01-1",
        "2026-13-01",
        "2026-00-10",
        "",
        "+2026-06-01",
        "2026-６-01",
    ] {
        assert_eq!(Day::parse(s), None, "{s}");
    }
    // Arithmetic saturates at the edges.
    assert_eq!(Day::last().add_days(i64::MAX), Day::last());
    assert_eq!(Day::first().add_days(i64::MIN), Day::first());
    assert_eq!(format!("{:?}", Day::ymd(2026, 6, 1)), "Day(2026-06-01)");
}
