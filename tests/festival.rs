//! The festival calendar (issue 27): the lunar festivals of 2025–2035
//! against an independent calendar (the `chinese-lunisolar-calendar` crate),
//! every festival's window holding its day, and nothing outside the table.

use campaign_planner::model::base::day::Day;
use campaign_planner::model::schedule::festival::{Festival, FIRST_YEAR, LAST_YEAR};
use chinese_lunisolar_calendar::LunisolarDate;

fn lunar(year: i32, month: u8, day: u8) -> Day {
    let s = LunisolarDate::from_ymd(year as u16, month, false, day).unwrap().to_solar_date();
    Day::ymd(
        i32::from(s.to_solar_year().to_u16()),
        u32::from(s.to_solar_month().to_u8()),
        u32::from(s.to_solar_day().to_u8()),
    )
}

#[test]
fn lunar_festivals_agree_with_an_independent_calendar_for_every_year_of_the_table() {
    for y in FIRST_YEAR..=LAST_YEAR {
        assert_eq!(Festival::SpringFestival.day(y), Some(lunar(y, 1, 1)), "春节 {y}");
        assert_eq!(Festival::Qixi.day(y), Some(lunar(y, 7, 7)), "七夕 {y}");
        assert_eq!(Festival::MidAutumn.day(y), Some(lunar(y, 8, 15)), "中秋 {y}");
        assert_eq!(Festival::NewYearGoods.day(y), Some(lunar(y, 1, 1).add_days(-10)), "年货节 {y}");
    }
    for f in [Festival::SpringFestival, Festival::Qixi, Festival::MidAutumn, Festival::NewYearGoods] {
        assert_eq!(f.day(FIRST_YEAR - 1), None, "{f:?} before the table");
        assert_eq!(f.day(LAST_YEAR + 1), None, "{f:?} after it");
        assert_eq!(f.window(LAST_YEAR + 1), None);
    }
    assert_eq!(Festival::Double11.day(-5), None, "a year far out is nobody's plan");
}

#[test]
fn every_window_holds_its_festival_and_the_sales_peak_on_their_first_and_last_day() {
    for y in FIRST_YEAR..=LAST_YEAR {
        for f in Festival::ALL {
            let (a, b) = f.window(y).unwrap();
            let d = f.day(y).unwrap();
            assert!(a <= d && d <= b, "{f:?} {y}: {a}–{b} holds {d}");
            assert!((1..=18).contains(&(a.days_until(b) + 1)), "{f:?} {y}: a window of days");
            assert!(f.peaks(y).iter().all(|p| (a..=b).contains(p)));
        }
        assert_eq!(Festival::Double11.window(y), Some((Day::ymd(y, 11, 1), Day::ymd(y, 11, 11))));
        assert_eq!(Festival::Double11.peaks(y), vec![Day::ymd(y, 11, 1), Day::ymd(y, 11, 11)]);
        assert_eq!(Festival::Sale618.window(y), Some((Day::ymd(y, 6, 1), Day::ymd(y, 6, 18))));
        let (_, goods_end) = Festival::NewYearGoods.window(y).unwrap();
        assert!(goods_end < Festival::SpringFestival.day(y).unwrap(), "年货节 ends before 春节 {y}");
    }
}

#[test]
fn the_festival_template_placed_on_each_festival_lands_its_burst_and_milestones_on_the_days() {
    use campaign_planner::model::base::money::Money;
    use campaign_planner::model::check::validate::validate;
    use campaign_planner::model::knowledge::commands::place_on_festival;
    use campaign_planner::model::knowledge::rules::instantiate;
    use campaign_planner::model::monitor::data::{Aggregate, Period};
    use campaign_planner::model::monitor::rules::targets;
    use campaign_planner::model::sample::templates::builtin_templates;
    use campaign_planner::model::sample::SampleLang;
    let t = builtin_templates(SampleLang::Zh).into_iter().find(|t| t.id == "builtin:festival_promotion").unwrap();
    for y in 2026..=2030 {
        for f in Festival::ALL {
            // Whatever day the plan was started on.
            let mut p = instantiate(&t, "p".into(), "大促", Day::ymd(y, 3, 2), Money::from_major(1_200_000), "CNY");
            let (pre_len, encore_len) =
                (p.phases[0].start.days_until(p.phases[0].end), p.phases[2].start.days_until(p.phases[2].end));
            assert!(place_on_festival(&mut p, f, y, "正日"), "{f:?} {y}");
            let (a, b) = f.window(y).unwrap();
            let d = f.day(y).unwrap();
            assert_eq!((p.phases[1].start, p.phases[1].end), (a, b), "{f:?} {y}: the burst is the sale window");
            assert_eq!(p.phases[0].end, a.add_days(-1));
            assert_eq!(p.phases[0].start.days_until(p.phases[0].end), pre_len, "the pre-heat keeps its length");
            assert_eq!(p.phases[2].start, b.add_days(1));
            assert_eq!(p.phases[2].start.days_until(p.phases[2].end), encore_len);
            let milestones: Vec<Day> = p.work_items.iter().filter(|w| w.milestone).map(|w| w.start).collect();
            assert!(milestones.contains(&a), "{f:?} {y}: the sale opens on {a}: {milestones:?}");
            assert!(milestones.contains(&d), "{f:?} {y}: its day {d} is marked");
            for w in p.work_items.iter().filter(|w| w.phase.as_deref() == Some(p.phases[1].id.as_str())) {
                assert!(a <= w.start && w.end <= b, "{f:?} {y}: {} inside the burst", w.title);
            }
            assert!(p.start <= p.phases[0].start && p.end >= p.phases[2].end);
            assert_eq!(validate(&p), vec![], "{f:?} {y}");
            // Daily totals peak on the peak days; the whole stays the target.
            for k in
                p.kpis.iter().filter(|k| k.aggregate == Aggregate::Sum && k.period == Period::Day && k.target.is_some())
            {
                let t = targets(&p, k);
                let on = |d: Day| t[p.start.days_until(d) as usize].unwrap();
                let pre = on(p.phases[0].start);
                assert!(on(d) > pre && on(a) >= pre, "{f:?} {y} {}: {} on the day vs {pre} in pre-heat", k.name, on(d));
                assert_eq!(t.iter().flatten().sum::<f64>().round(), k.target.unwrap().0.round(), "{}", k.name);
            }
        }
    }
    // Outside the table, or a plan not of three phases: nothing changes.
    let mut p = instantiate(&t, "p".into(), "大促", Day::ymd(2026, 3, 2), Money::from_major(1), "CNY");
    let before = p.clone();
    assert!(!place_on_festival(&mut p, Festival::MidAutumn, 2040, "正日"));
    p.phases.pop();
    let two = p.clone();
    assert!(!place_on_festival(&mut p, Festival::Double11, 2027, "正日"));
    assert_eq!(p, two);
    assert_ne!(before, two);
}
