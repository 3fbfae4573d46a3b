//! The festival calendar (issue 27): the lunar festivals of 2025–2035
//! against an independent calendar (the `chinese-lunisolar-calendar` crate),
//! every festival's window holding its day, and nothing outside the table.

use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::knowledge::commands::{
    anchor_for, festival_of, place_on_festival, plan_from_template, template_fault,
};
use campaign_planner::model::knowledge::data::Template;
use campaign_planner::model::knowledge::rules::{instantiate, template_of};
use campaign_planner::model::monitor::data::{Aggregate, Period};
use campaign_planner::model::monitor::rules::targets;
use campaign_planner::model::plan::{Plan, Scenario};
use campaign_planner::model::sample::templates::builtin_templates;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::analysis::raci_flags;
use campaign_planner::model::schedule::data::{Level, Phase, WorkItem};
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

fn builtin() -> Template {
    builtin_templates(SampleLang::Zh).into_iter().find(|t| t.id == "builtin:festival_promotion").unwrap()
}

#[test]
fn the_festival_template_placed_on_each_festival_lands_its_burst_and_milestones_on_the_days() {
    let t = builtin();
    let cal = t.plan.calendar.to_calendar();
    let days = |p: &Phase| cal.workdays_between(p.start, p.end);
    let (pre_len, encore_len) = (days(&t.plan.phases[0]), days(&t.plan.phases[2]));
    for y in 2026..=2030 {
        for f in Festival::ALL {
            let p = plan_from_template(
                &t,
                "p".into(),
                "大促",
                Day::ymd(2026, 3, 2),
                Money::from_major(1_200_000),
                Some((f, y, "正日")),
            )
            .unwrap_or_else(|| panic!("{f:?} {y}"));
            let (a, b) = f.window(y).unwrap();
            let d = f.day(y).unwrap();
            assert_eq!((p.phases[1].start, p.phases[1].end), (a, b), "{f:?} {y}: the burst is the sale window");
            assert_eq!(p.phases[0].end, a.add_days(-1));
            assert_eq!(days(&p.phases[0]), pre_len, "the pre-heat keeps its working days");
            assert_eq!(p.phases[2].start, b.add_days(1));
            assert_eq!(days(&p.phases[2]), encore_len);
            let milestones: Vec<Day> = p.work_items.iter().filter(|w| w.milestone).map(|w| w.start).collect();
            assert!(milestones.contains(&a), "{f:?} {y}: the sale opens on {a}: {milestones:?}");
            assert!(milestones.contains(&d), "{f:?} {y}: its day {d} is marked");
            // Every item of a phase lies inside it, on the plan's calendar.
            for ph in &p.phases {
                for w in p.work_items.iter().filter(|w| w.phase.as_deref() == Some(ph.id.as_str())) {
                    assert!(ph.start <= w.start && w.end <= ph.end, "{f:?} {y}: {} inside {}", w.title, ph.name);
                }
            }
            assert!(p.start <= p.phases[0].start && p.end >= p.phases[2].end);
            assert_eq!(validate(&p), vec![], "{f:?} {y}");
            assert!(p.work_items.iter().all(|w| raci_flags(w).is_empty()), "{f:?} {y}: nothing for the RACI to flag");
            // The goals came with their KPIs and end inside the plan.
            assert_eq!(p.strategy.goals.len(), 3);
            assert!(p.strategy.goals.iter().all(|g| g.deadline == Some(b)), "{f:?} {y}: due when the sale ends");
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
    // Outside the table: no plan.
    assert_eq!(
        plan_from_template(
            &t,
            "p".into(),
            "大促",
            Day::ymd(2026, 3, 2),
            Money::from_major(1),
            Some((Festival::MidAutumn, 2040, "正日"))
        ),
        None
    );
    // A phase that is not there: nothing changes.
    let mut p = instantiate(&t, "p".into(), "大促", Day::ymd(2026, 3, 2), Money::from_major(1), "CNY");
    let before = p.clone();
    assert!(!place_on_festival(&mut p, "nope", Festival::Double11, 2027, "正日"));
    assert_eq!(p, before);
}

#[test]
fn any_plan_can_be_anchored_and_its_other_phases_keep_their_distance() {
    // Four phases with a gap of three days before the burst and an overlap after it.
    let mut p = Plan::blank("p".into(), "四段", Day::ymd(2027, 8, 2));
    let ph = |id: &str, a: Day, b: Day| Phase { id: id.into(), name: id.into(), start: a, end: b };
    p.phases = vec![
        ph("a", Day::ymd(2027, 8, 2), Day::ymd(2027, 8, 8)),
        ph("b", Day::ymd(2027, 8, 12), Day::ymd(2027, 8, 20)),
        ph("c", Day::ymd(2027, 8, 21), Day::ymd(2027, 8, 23)),
        ph("d", Day::ymd(2027, 8, 25), Day::ymd(2027, 9, 5)),
    ];
    p.end = Day::ymd(2027, 9, 5);
    let mut w = WorkItem::new("w", "会场", Level::Activity, Day::ymd(2027, 8, 21), Day::ymd(2027, 8, 22));
    w.phase = Some("c".into());
    p.work_items.push(w);
    // A child naming no phase goes with its parent's, once.
    let mut child = WorkItem::new("w1", "会场搭建", Level::Action, Day::ymd(2027, 8, 21), Day::ymd(2027, 8, 21));
    child.parent = Some("w".into());
    p.work_items.push(child);
    // Work in no phase at all moves with the anchored one.
    p.work_items.push(WorkItem::new("free", "复盘", Level::Activity, Day::ymd(2027, 8, 24), Day::ymd(2027, 8, 24)));
    let anchor = anchor_for(&p, Festival::Qixi).unwrap();
    assert_eq!(anchor.phase, "a", "七夕 2027 (8/8) falls in the first phase");
    assert_eq!(anchor_for(&p, Festival::Double11), None, "no phase near 双11");
    assert!(place_on_festival(&mut p, "c", Festival::Double11, 2028, "双11"));
    let at = |i: usize| (p.phases[i].start, p.phases[i].end);
    assert_eq!(at(2), (Day::ymd(2028, 11, 1), Day::ymd(2028, 11, 11)));
    assert_eq!(at(1), (Day::ymd(2028, 10, 23), Day::ymd(2028, 10, 31)), "ended a day before: still does");
    assert_eq!(at(0), (Day::ymd(2028, 10, 11), Day::ymd(2028, 10, 17)), "three working days between, kept; five long");
    assert_eq!(at(3), (Day::ymd(2028, 11, 14), Day::ymd(2028, 11, 23)), "one working day between, kept; eight long");
    let w = p.item("w").unwrap();
    assert!(w.start >= Day::ymd(2028, 11, 1) && w.end <= Day::ymd(2028, 11, 11), "its work went with it");
    let child = p.item("w1").unwrap();
    assert_eq!(child.start, w.start, "the child moved with its parent, not twice");
    let shift = Day::ymd(2027, 8, 21).days_until(Day::ymd(2028, 11, 1));
    assert_eq!(p.item("free").unwrap().start, Day::ymd(2027, 8, 24).add_days(shift));
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn a_festival_plan_saved_as_a_template_lands_next_season_and_on_another_festival() {
    let t = builtin();
    let p = plan_from_template(
        &t,
        "p".into(),
        "双11",
        Day::ymd(2027, 1, 4),
        Money::from_major(1_200_000),
        Some((Festival::Double11, 2027, "双11")),
    )
    .unwrap();
    assert_eq!(festival_of(&p), Some(Festival::Double11));
    let mut mine = template_of(&p, None, "t".into(), "我的双11".into());
    mine.anchor = anchor_for(&p, Festival::Double11);
    assert_eq!(mine.anchor.as_ref().map(|a| a.phase.as_str()), Some("ph2"));
    assert_eq!(template_fault(&mine), None);
    // The next 双11, and a 年货节, from her own template.
    for (f, y) in [(Festival::Double11, 2028), (Festival::NewYearGoods, 2028)] {
        let n = plan_from_template(
            &mine,
            "n".into(),
            "下一场",
            Day::ymd(2026, 1, 1),
            Money::from_major(800_000),
            Some((f, y, "正日")),
        )
        .unwrap();
        assert_eq!((n.phases[1].start, n.phases[1].end), f.window(y).unwrap(), "{f:?}");
        assert_eq!(n.strategy.goals.len(), p.strategy.goals.len());
        assert_eq!(n.people.len(), t.plan.people.len(), "one person per role");
        assert_eq!(validate(&n), vec![], "{f:?}");
        // The festival milestone of the last season is not doubled: one per day.
        let mut days: Vec<Day> = n.work_items.iter().filter(|w| w.milestone).map(|w| w.start).collect();
        let all = days.len();
        days.dedup();
        assert_eq!(days.len(), all, "{f:?}: {days:?}");
    }
    // A launch plan is nobody's festival.
    let mut launch = p.clone();
    launch.scenario = Scenario::NewProductLaunch;
    assert_eq!(festival_of(&launch), None);
}
