//! Native tests of validation, the overview figures, money and the sample.

use campaign_planner::model::schedule::overview::overview;

mod common;
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::tracking_sheet;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::overview::span_fraction;

fn today() -> Day {
    Day::ymd(2026, 11, 22)
}

#[test]
fn sample_is_valid_and_alive_in_both_languages() {
    for lang in [SampleLang::Zh, SampleLang::En] {
        let p = sample_plan("s".into(), today(), lang);
        assert!(validate(&p).is_empty(), "{:?}", validate(&p));
        assert_eq!(p.work_items.len(), 12, "the sheet's eight rows and a group of three milestones");
        assert_eq!(tracking_sheet("s".into(), today(), lang).work_items.len(), 8);
        assert_eq!(p.phases.len(), 3);
        assert!(p.is_sample);
        assert!(p.start < today() && today() < p.end, "the sample is running today");
    }
    assert_eq!(sample_plan("s".into(), today(), SampleLang::Zh).phases[0].name, "筹备期");
}

#[test]
fn overview_figures() {
    let full = overview(&sample_plan("s".into(), today(), SampleLang::Zh), today());
    assert_eq!(full.by_status, [6, 2, 3, 0], "leaves only: the milestone group is not counted");
    assert_eq!(full.overdue, vec!["w3".to_string()]);
    let p = tracking_sheet("s".into(), today(), SampleLang::Zh);
    let o = overview(&p, today());
    assert_eq!(o.total_days, 56);
    assert_eq!(o.days_left, 42);
    assert_eq!(o.by_status, [4, 2, 2, 0]);
    assert_eq!(o.overdue, vec!["w3".to_string()], "budget approval is late in the sample");
    assert!(o.unassigned.is_empty());
    let mut q = p.clone();
    q.work_items[4].owner = None;
    assert_eq!(overview(&q, today()).unassigned, vec!["w5".to_string()]);
    assert!((o.elapsed - 14.0 / 56.0).abs() < 1e-9);
    // Duration-weighted: (4*100 + 6*100 + 7*60 + 35*30) / (4+6+7+35+22+18+4+4)
    let want = (400.0 + 600.0 + 420.0 + 1050.0) / 100.0;
    assert!((o.progress - want).abs() < 1e-9, "{}", o.progress);
    let after = overview(&p, p.end.add_days(3));
    assert_eq!(after.days_left, -3);
    assert_eq!(after.elapsed, 1.0);
    let (l, w) = span_fraction(&p, p.phases[1].start, p.phases[1].end);
    assert!((l - 14.0 / 56.0).abs() < 1e-9 && (w - 35.0 / 56.0).abs() < 1e-9);
}

#[test]
fn validation_finds_each_problem_with_its_path() {
    type Breaker = fn(&mut Plan);
    let cases: Vec<(Breaker, &str, Fault)> = vec![
        (|p| p.name = " ".into(), "name", Fault::EmptyName),
        (|p| p.work_items[2].owner = Some("p9".into()), "work_items[2].owner", Fault::UnknownPerson("p9".into())),
        (|p| p.work_items[0].phase = Some("x".into()), "work_items[0].phase", Fault::UnknownPhase("x".into())),
        (|p| p.work_items[1].parent = Some("q".into()), "work_items[1].parent", Fault::UnknownParent("q".into())),
        (|p| p.work_items[1].parent = Some("w3".into()), "work_items[1].parent", Fault::ParentAfterChild("w3".into())),
        (|p| p.work_items[1].parent = Some("w2".into()), "work_items[1].parent", Fault::ParentCycle),
        (|p| p.work_items[1].parent = Some("w1".into()), "work_items[1].level", Fault::LevelNotBelowParent),
        (|p| p.work_items[3].id = "w1".into(), "work_items[3].id", Fault::DuplicateId("w1".into())),
        (|p| p.people[1].id = "p-manager".into(), "people[1].id", Fault::DuplicateId("p-manager".into())),
        (|p| p.work_items[4].progress = 120, "work_items[4].progress", Fault::ProgressOver100(120)),
        (|p| p.currency = "rmb".into(), "currency", Fault::BadCurrency("rmb".into())),
        (
            |p| p.work_items[5].end = p.work_items[5].start.add_days(-1),
            "work_items[5].end",
            Fault::EndBeforeStart { start: Day::ymd(2026, 12, 6), end: Day::ymd(2026, 12, 5) },
        ),
    ];
    for (brk, path, kind) in cases {
        let mut p = sample_plan("s".into(), today(), SampleLang::Zh);
        brk(&mut p);
        let problems = validate(&p);
        assert!(
            problems.iter().any(|x| x.path == path && x.kind == kind),
            "expected {path}: {kind:?}, got {problems:?}"
        );
    }
}

#[test]
fn money_parses_exactly() {
    let cases = [
        ("3000000", Some(300_000_000)),
        ("1,234.5", Some(123_450)),
        ("0.07", Some(7)),
        ("-12.30", Some(-1230)),
        (".5", Some(50)),
        ("12.345", None),
        ("abc", None),
        ("", None),
        ("1e5", None),
    ];
    for (s, want) in cases {
        assert_eq!(Money::parse(s).map(|m| m.0), want, "{s}");
    }
    assert_eq!(Money(-5).to_string(), "-0.05");
    assert_eq!(Money(300_000_000).to_string(), "3000000.00");
}

#[test]
fn money_as_typed_reads_wan_and_yi_exactly_and_refuses_the_rest() {
    let cases = [
        ("120万", Some(1_200_000_00)),
        ("1.2亿", Some(120_000_000_00)),
        ("0.5万", Some(5_000_00)),
        ("1.23456万", Some(12_345_60)),
        ("1.234567万", Some(12_345_67)),
        ("1.2345678万", None),
        ("¥1,200,000", Some(1_200_000_00)),
        ("￥1，200", Some(1_200_00)),
        ("$ 99.5", Some(99_50)),
        ("-3万", Some(-3_000_000)),
        ("万", None),
        ("亿", None),
        ("1.2.3万", None),
        ("3千", None),
        ("1万万", None),
        ("99999999999亿", None),
        ("1000", Some(1000_00)),
        ("", None),
    ];
    for (s, want) in cases {
        assert_eq!(Money::read(s).map(|m| m.0), want, "{s}");
    }
    // What the file reads is unchanged: 万 is for people, not for files.
    assert_eq!(Money::parse("120万"), None);
    // Never panics, and within bounds, whatever is typed.
    let mut r = common::Rng(7);
    let alphabet = ['1', '0', '9', '.', '万', '亿', '¥', ',', '-', 'é', ' '];
    for _ in 0..20_000 {
        let s: String = (0..r.below(14)).map(|_| alphabet[r.below(alphabet.len())]).collect();
        if let Some(m) = Money::read(&s) {
            assert!(m.0.abs() <= Money::LIMIT, "{s}");
        }
    }
}
