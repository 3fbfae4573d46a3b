//! Native tests of locale choice and formatting.

use campaign_planner::i18n::*;
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::money::Money;

mod common;

#[test]
fn locale_follows_the_browser_and_defaults_to_chinese() {
    let cases: [(&[&str], Locale); 5] = [
        (&["zh-CN", "en"], Locale::ZhCn),
        (&["en-US", "zh-CN"], Locale::En),
        (&["fr-FR", "zh-TW"], Locale::ZhCn),
        (&["fr-FR", "en-GB"], Locale::En),
        (&[], Locale::ZhCn),
    ];
    for (langs, want) in cases {
        assert_eq!(Locale::from_browser(langs.iter().copied()), want, "{langs:?}");
    }
}

#[test]
fn dates_money_and_numbers_follow_the_locale() {
    let d = Day::ymd(2026, 3, 5);
    assert_eq!(fmt_date(Locale::ZhCn, d), "2026年3月5日");
    assert_eq!(fmt_date(Locale::En, d), "Mar 5, 2026");
    assert_eq!(fmt_date_short(Locale::ZhCn, d), "3月5日");
    assert_eq!(format::fmt_date_compact(Locale::ZhCn, Day::ymd(2027, 1, 4)), "2027/1/4");
    assert_eq!(format::fmt_date_compact(Locale::En, Day::ymd(2027, 1, 4)), "Jan 4 '27");
    assert_eq!(fmt_range(Locale::En, d, d.add_days(30)), "Mar 5, 2026 – Apr 4, 2026");
    let cases = [
        (Locale::ZhCn, 300_000_000, "CNY", "¥3,000,000"),
        (Locale::En, 300_000_000, "CNY", "CN¥3,000,000"),
        (Locale::En, 123_456, "USD", "$1,234.56"),
        (Locale::ZhCn, -5, "EUR", "-€0.05"),
        (Locale::En, 100, "SGD", "SGD 1"),
    ];
    for (l, minor, cur, want) in cases {
        assert_eq!(fmt_money(l, Money(minor), cur), want);
    }
    assert_eq!(fmt_int(1234567), "1,234,567");
    assert_eq!(fmt_int(-999), "-999");
    assert_eq!(days(Locale::En, 1), "1 day");
    assert_eq!(days(Locale::ZhCn, 12), "12 天");
}

#[test]
fn templates_fill_user_text_verbatim() {
    assert_eq!(fill(EN.confirm_delete_plan, "name", "<b>618</b>"), "Delete the plan “<b>618</b>”? You can undo this.");
}

#[test]
fn templates_have_the_same_placeholders_in_both_languages() {
    let pairs = [
        (ZH.confirm_delete_plan, EN.confirm_delete_plan, "{name}"),
        (ZH.recovered_notice, EN.recovered_notice, "{keys}"),
        (ZH.days_total, EN.days_total, "{n}"),
        (ZH.overdue_count, EN.overdue_count, "{n}"),
        (ZH.unassigned_count, EN.unassigned_count, "{n}"),
    ];
    for (zh, en, key) in pairs {
        assert!(zh.contains(key) && en.contains(key), "{zh} / {en} must both use {key}");
    }
    assert_eq!(fill(ZH.days_total, "n", &fmt_int(56)), "共 56 天");
    assert_eq!(fill(EN.overdue_count, "n", "1"), "1 overdue");
}

/// The schedule views' templates take the same placeholders in both
/// languages, and the CSV headers and weekday names are complete.
#[test]
fn gantt_templates_agree_across_languages() {
    use campaign_planner::i18n::gantt::GanttTexts;
    use campaign_planner::i18n::Locale;
    let templates: [fn(&GanttTexts) -> &'static str; 8] = [
        |g| g.shown_of,
        |g| g.baseline_name,
        |g| g.slip_late,
        |g| g.slip_early,
        |g| g.raci_many_a,
        |g| g.raci_flag_count,
        |g| g.workload_cell,
        |g| g.workdays_in_plan,
    ];
    let (zh, en) = (Locale::ZhCn.gantt(), Locale::En.gantt());
    for t in templates {
        assert_eq!(holes(t(zh)), holes(t(en)), "{} / {}", t(zh), t(en));
        assert!(!holes(t(zh)).is_empty(), "{} is a template", t(zh));
    }
    for l in [Locale::ZhCn, Locale::En] {
        use campaign_planner::i18n::gantt::{csv_headers, weekday};
        assert!(csv_headers(l)
            .iter()
            .chain((0..7).map(|d| weekday(l, d)).collect::<Vec<_>>().iter())
            .all(|h| !h.trim().is_empty()));
    }
    assert_eq!(
        campaign_planner::i18n::fill(en.slip_late, "d", &campaign_planner::i18n::days(Locale::En, 1)),
        "1 day behind baseline"
    );
}

/// Every strategy string exists in both languages with the same placeholders,
/// and the number formats read as people write them.
#[test]
fn strategy_texts_agree_across_languages() {
    use campaign_planner::i18n::strategy::{fmt_growth, fmt_num, PAIRS};
    assert!(PAIRS.len() > 100);
    for (name, zh, en) in PAIRS {
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name}");
        assert_eq!(holes(zh), holes(en), "{name}");
        assert!(zh.chars().any(|c| c as u32 > 0x2E80) || zh == en || zh.contains('/'), "{name} is not Chinese: {zh}");
    }
    for (g, want) in [(0.5, "+50%"), (-0.25, "−25%"), (2.0 / 3.0, "+66.7%"), (0.0, "0%"), (3.1667, "+316.7%")] {
        assert_eq!(fmt_growth(g), want);
    }
    for (v, want) in
        [(5_000_000.0, "5,000,000"), (12.5, "12.5"), (0.25, "0.25"), (-0.5, "-0.5"), (1234.567, "1,234.57")]
    {
        assert_eq!(fmt_num(v), want);
    }
}

/// The `{name}` placeholders of a template, sorted.
fn holes(s: &str) -> Vec<String> {
    let mut v: Vec<String> =
        s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string())).collect();
    v.sort();
    v
}

/// Each pair has both strings, the same placeholders, and Chinese in its
/// Chinese string (unless it is the same in both, such as "ROI").
fn pairs_agree(pairs: &[(&str, &str, &str)], at_least: usize) {
    assert!(pairs.len() >= at_least, "{} strings", pairs.len());
    for (name, zh, en) in pairs {
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name}");
        assert_eq!(holes(zh), holes(en), "{name}");
        assert!(zh.chars().any(|c| c as u32 > 0x2E80) || zh == en, "{name} is not Chinese: {zh}");
    }
}

/// Every monitoring string exists in both languages with the same
/// placeholders, and the sentences built from them read as intended.
#[test]
fn monitor_texts_agree_across_languages() {
    use campaign_planner::i18n::monitor::{fmt_pct, fmt_value, leak_sentence, table_error, PAIRS};
    use campaign_planner::i18n::Locale;
    use campaign_planner::io::table::TableError;
    pairs_agree(PAIRS, 100);
    assert_eq!(
        leak_sentence(Locale::ZhCn, "线索", "转化", 0.3, Some(0.5)),
        "线索 → 转化 流失最多：70% 的线索没有走到转化（计划流失 50%）"
    );
    assert_eq!(
        leak_sentence(Locale::En, "Leads", "Conversions", 0.3, None),
        "Biggest leak, Leads → Conversions: 70% of leads are lost before conversions"
    );
    let e = TableError::BadNumber { row: 2, col: 3, text: "abc".into() };
    assert_eq!(table_error(Locale::ZhCn, &e), "第 2 行第 3 列「abc」不是数字，未写入任何数据");
    assert_eq!(table_error(Locale::En, &e), "Row 2, column 3: “abc” is not a number; nothing was entered");
    assert_eq!(
        (fmt_pct(0.024), fmt_pct(0.7), fmt_value(1234.5, "元"), fmt_value(5.2, "%")),
        ("2.4%".into(), "70%".into(), "1,234.5 元".into(), "5.2%".into())
    );
}

/// Every budget string exists in both languages with the same placeholders,
/// and the warnings and shares read as intended.
#[test]
fn budget_texts_agree_across_languages() {
    use campaign_planner::i18n::budget::{fmt_share, readiness_text, warning_sentence, PAIRS};
    use campaign_planner::i18n::Locale;
    use campaign_planner::model::base::day::Day;
    use campaign_planner::model::base::money::Money;
    use campaign_planner::model::budget::data::Account;
    use campaign_planner::model::budget::data::BudgetLine;
    use campaign_planner::model::budget::rules::BudgetWarning;
    use campaign_planner::model::budget::rules::Readiness;
    use campaign_planner::model::plan::Plan;
    pairs_agree(PAIRS, 100);
    assert_eq!(
        [fmt_share(1500), fmt_share(1250), fmt_share(3333), fmt_share(5), fmt_share(0)],
        ["15%", "12.5%", "33.33%", "0.05%", "0%"]
    );
    let mut p = Plan::blank("p".into(), "P", Day::ymd(2026, 11, 2));
    p.budget.lines.push(BudgetLine::new("a", "抖音投流", Account::Channel, Money::from_major(100_000)));
    let over =
        BudgetWarning::LineOver { line: "a".into(), planned: Money::from_major(100_000), actual: Money(10_000_050) };
    assert_eq!(warning_sentence(Locale::ZhCn, &p, &over), "「抖音投流」已支出 ¥100,000.50，超出计划 ¥100,000");
    assert_eq!(
        warning_sentence(Locale::En, &p, &BudgetWarning::Reserve { share: 625 }),
        "The contingency reserve is 6.25% of the budget; keep 10–15%"
    );
    assert_eq!(readiness_text(Locale::ZhCn, Readiness::Late { days: 2 }), "已逾期 2 天");
    use campaign_planner::i18n::budget::fmt_money_short;
    let short = |l, yuan: i64| fmt_money_short(l, Money::from_major(yuan), "CNY");
    assert_eq!(
        [
            short(Locale::ZhCn, 680_000),
            short(Locale::ZhCn, 1_234),
            short(Locale::ZhCn, 125_000_000),
            short(Locale::ZhCn, 15_000)
        ],
        ["¥68万", "¥1,234", "¥1.3亿", "¥1.5万"]
    );
    assert_eq!(
        [short(Locale::En, 680_000), short(Locale::En, 2_450_000), short(Locale::En, 9_999)],
        ["CN¥680k", "CN¥2.5M", "CN¥9,999"]
    );
    assert_eq!(readiness_text(Locale::En, Readiness::DueSoon { days: 0 }), "Due today");
}

/// The strings about keeping plans safe exist in both languages with the
/// same placeholders; every mend and every new problem reads with its path,
/// and none reads "0 is outside 0–0".
#[test]
fn safety_texts_and_mends_read_in_both_languages() {
    use campaign_planner::i18n::errors::{fault, problem};
    use campaign_planner::i18n::safety::{repair_line, PAIRS};
    use campaign_planner::i18n::Locale;
    use campaign_planner::model::base::fault::Fault;
    use campaign_planner::model::base::fault::Problem;
    use campaign_planner::model::check::repair::Mend;
    use campaign_planner::model::check::repair::Repair;
    assert!(PAIRS.len() >= 20);
    for (name, zh, en) in PAIRS {
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name}");
        assert_eq!(holes(zh), holes(en), "{name}");
        assert!(zh.chars().any(|c| c as u32 > 0x2E80), "{name} is not Chinese: {zh}");
    }
    let r = |mend| Repair { path: "plan.work_items[0].owner".into(), mend };
    assert_eq!(
        repair_line(Locale::ZhCn, &r(Mend::Unlinked("ghost".into()))),
        "plan.work_items[0].owner: 指向不存在的 \"ghost\"，已清除"
    );
    assert_eq!(
        repair_line(Locale::En, &r(Mend::Clamped { from: "100000000".into(), to: "3650".into() })),
        "plan.work_items[0].owner: 100000000 was out of range: set to 3650"
    );
    for mend in [
        Mend::RemovedWith("x".into()),
        Mend::Renamed { from: "a".into(), to: "a~2".into() },
        Mend::Named("—".into()),
        Mend::Removed,
        Mend::Detached,
        Mend::Reordered,
        Mend::Reset,
    ] {
        for l in [Locale::ZhCn, Locale::En] {
            assert!(repair_line(l, &r(mend.clone())).len() > "plan.work_items[0].owner: ".len() + 5);
        }
    }
    for kind in [
        Fault::BadNumber,
        Fault::Thresholds { yellow: 30, red: 20 },
        Fault::DuplicateLink,
        Fault::NoWorkingDay,
        Fault::TooLong { days: 40000, max: 3660 },
        Fault::TooMany { count: 6000, max: 5000 },
    ] {
        for l in [Locale::ZhCn, Locale::En] {
            let text = problem(l, &Problem { path: "plan.x".into(), kind: kind.clone() });
            assert!(text.starts_with("plan.x: ") && !text.contains("0–0"), "{text}");
        }
    }
    // The faults a command refuses read in both languages.
    let cjk = |t: &str| t.chars().any(|c| c as u32 > 0x2E80);
    for e in [
        Fault::OutOfRange { value: 100_000, min: -3650, max: 3650 },
        Fault::DateOutOfRange,
        Fault::NoWorkingDay,
        Fault::BadAmount(Money(-1)),
    ] {
        assert!(cjk(&fault(Locale::ZhCn, &e)));
        assert!(!cjk(&fault(Locale::En, &e)), "{}", fault(Locale::En, &e));
    }
    assert_eq!(fault(Locale::En, &Fault::DuplicateLink), "the two items are already linked");
}

/// The app's and the schedule's strings, now declared as zh/en pairs, have
/// the same placeholders in both languages and are never empty.
#[test]
fn app_and_schedule_texts_pair_up() {
    for (name, zh, en) in campaign_planner::i18n::PAIRS.iter().chain(campaign_planner::i18n::gantt::PAIRS) {
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name}");
        assert_eq!(holes(zh), holes(en), "{name}: {zh} / {en}");
    }
    assert!(campaign_planner::i18n::PAIRS.len() > 80 && campaign_planner::i18n::gantt::PAIRS.len() > 80);
}

/// Every string of the close exists in both languages with the same
/// placeholders, and a goal's gap reads as intended in each direction.
#[test]
fn close_texts_agree_across_languages() {
    use campaign_planner::i18n::close::{fmt_times, goal_gap, PAIRS};
    use campaign_planner::i18n::Locale;
    use campaign_planner::model::close::rules::{GoalResult, KpiResult};
    use campaign_planner::model::monitor::data::Direction;
    pairs_agree(PAIRS, 100);
    let kpi =
        KpiResult { id: "k".into(), actual: None, target: None, rate: None, reading: None, light: None, gap: None };
    let goal = |actual: f64, target: f64| GoalResult {
        id: "g".into(),
        depth: 0,
        kpis: vec![kpi.clone()],
        actual: Some(actual),
        target: Some(target),
        unit: "单".into(),
        rate: None,
        reading: None,
        light: None,
        met: 0,
    };
    assert_eq!(goal_gap(Locale::ZhCn, &goal(353.0, 6000.0), Direction::Higher), "还差 5,647 单");
    assert_eq!(goal_gap(Locale::En, &goal(7000.0, 6000.0), Direction::Higher), "1,000 单 ahead");
    assert_eq!(goal_gap(Locale::ZhCn, &goal(60.0, 50.0), Direction::Lower), "高出目标 10 单");
    assert_eq!(goal_gap(Locale::En, &goal(50.0, 50.0), Direction::Lower), "Met");
    let mixed = GoalResult { actual: None, met: 1, kpis: vec![kpi.clone(), kpi.clone()], ..goal(0.0, 0.0) };
    assert_eq!(goal_gap(Locale::ZhCn, &mixed, Direction::Higher), "1 / 2 个 KPI 达标");
    let none = GoalResult { kpis: vec![], ..goal(0.0, 0.0) };
    assert_eq!(goal_gap(Locale::En, &none, Direction::Higher), "No KPI measures it");
    assert_eq!([fmt_times(3.0), fmt_times(4.3333)], ["3×", "4.33×"]);
    // A ceiling reads as its share used, over 100% when over it; the card's sign says the side.
    use campaign_planner::i18n::close::fmt_reading;
    use campaign_planner::i18n::monitor::fmt_deviation;
    use campaign_planner::model::close::rules::reading;
    let spend = reading(Direction::Lower, 190.0, 100.0);
    assert_eq!(fmt_reading(Locale::ZhCn, spend), "上限的 190%");
    assert_eq!(fmt_reading(Locale::En, spend), "190% of ceiling");
    assert_eq!(fmt_reading(Locale::ZhCn, reading(Direction::Higher, 52.5, 100.0)), "52.5%");
    assert_eq!(fmt_deviation(Direction::Lower, 0.905), "+90.5%");
    assert_eq!(fmt_deviation(Direction::Higher, 0.12), "−12%");
}

/// Every string of the knowledge base exists in both languages with the same
/// placeholders, and a benchmark reads as a line beside a target.
#[test]
fn knowledge_texts_agree_across_languages() {
    use campaign_planner::i18n::knowledge::{benchmark_line, PAIRS};
    use campaign_planner::i18n::Locale;
    use campaign_planner::model::knowledge::data::Metric;
    use campaign_planner::model::knowledge::rules::Benchmark;
    assert!(PAIRS.len() > 60);
    for (name, zh, en) in PAIRS {
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name}");
        assert_eq!(holes(zh), holes(en), "{name}");
        assert!(zh.chars().any(|c| c as u32 > 0x2E80) || zh == en, "{name} is not Chinese: {zh}");
    }
    let b = Benchmark {
        channel: "小红书".into(),
        metric: Metric::Ctr,
        values: vec![("A".into(), 0.021), ("B".into(), 0.028), ("C".into(), 0.034)],
        median: 0.028,
        min: 0.021,
        max: 0.034,
    };
    let money = |v: f64| format!("¥{v}");
    // Each figure says which campaigns it comes from, the latest first.
    assert_eq!(benchmark_line(Locale::ZhCn, &b, &money), "小红书 CTR：过去 3 次活动 2.1%–3.4%，中位数 2.8%（C、B、A）");
    assert_eq!(benchmark_line(Locale::En, &b, &money), "小红书 CTR: past 3 campaigns 2.1%–3.4%, median 2.8% (C, B, A)");
    let one = Benchmark { values: vec![("A".into(), 2.5)], metric: Metric::Roas, median: 2.5, min: 2.5, max: 2.5, ..b };
    assert_eq!(benchmark_line(Locale::En, &one, &money), "小红书 ROAS: last campaign “A” 2.5×");
    assert_eq!(benchmark_line(Locale::ZhCn, &one, &money), "小红书 ROAS：上次活动「A」2.5×");
}

/// The document centre's strings agree across languages, and every
/// document has its own title in each.
#[test]
fn docs_texts_agree_across_languages() {
    use campaign_planner::docs::DocKind;
    use campaign_planner::i18n::docs::{doc_title, PAIRS};
    use campaign_planner::i18n::Locale;
    pairs_agree(PAIRS, 100);
    for l in [Locale::ZhCn, Locale::En] {
        let titles: std::collections::BTreeSet<_> = DocKind::ALL.iter().map(|k| doc_title(l, *k)).collect();
        assert_eq!(titles.len(), DocKind::ALL.len());
    }
    assert_eq!(doc_title(Locale::ZhCn, DocKind::Tracking), "执行跟踪表");
}

/// One of a thing is singular in English ("1 KPI", not "1 KPIs").
#[test]
fn one_kpi_is_singular() {
    use campaign_planner::i18n::monitor::mapped_kpis;
    use campaign_planner::i18n::Locale;
    assert_eq!(mapped_kpis(Locale::En, 1), "1 KPI");
    assert_eq!(mapped_kpis(Locale::En, 3), "3 KPIs");
    assert_eq!(mapped_kpis(Locale::ZhCn, 1), "1 个 KPI");
}

#[test]
fn dates_are_read_as_people_type_them_in_either_language() {
    let near = Day::ymd(2026, 3, 10);
    let june1 = Some(Day::ymd(2026, 6, 1));
    let cases: &[(&str, Option<Day>)] = &[
        ("2026-06-01", june1),
        ("2026-6-1", june1),
        ("2026/6/1", june1),
        ("2026.6.1", june1),
        ("20260601", june1),
        ("6/1", june1),
        ("6-1", june1),
        ("6/1/2026", june1),
        ("6月1日", june1),
        ("6月1号", june1),
        ("2026年6月1日", june1),
        ("2026 年 6 月 1 日", june1),
        ("２０２６／６／１", june1),
        ("Jun 1, 2026", june1),
        ("June 1 2026", june1),
        ("1 June 2026", june1),
        ("june 1st", june1),
        ("  Jun 1  ", june1),
        ("2027年2月28日", Some(Day::ymd(2027, 2, 28))),
        ("Sept 30, 2026", Some(Day::ymd(2026, 9, 30))),
        // Not dates.
        ("", None),
        ("2026-02-30", None),
        ("13/1", None),
        ("6月", None),
        ("Ju 1", None),
        ("Jun Jul 1", None),
        ("1 2 3", None),
        ("99999-1-1", None),
        ("1899-12-31", None),
        ("2201-01-01", None),
        ("明天", None),
        ("-1/-1", None),
    ];
    for (text, want) in cases {
        assert_eq!(format::parse_date(text, near), *want, "{text:?}");
    }
}

#[test]
fn every_date_the_app_shows_reads_back_and_no_text_panics() {
    let mut r = common::Rng(7);
    for _ in 0..3000 {
        let d = Day::ymd(1900 + r.below(300) as i32, 1 + r.below(12) as u32, 1 + r.below(28) as u32);
        if !d.in_range() {
            continue;
        }
        for l in [Locale::ZhCn, Locale::En] {
            for shown in [format::fmt_date_input(l, d), fmt_date(l, d)] {
                assert_eq!(format::parse_date(&shown, Day::ymd(2026, 1, 1)), Some(d), "{shown}");
            }
            // Without a year, the year is the one near.
            assert_eq!(format::parse_date(&fmt_date_short(l, d), d), Some(d));
        }
        // Random text never panics.
        let alphabet = ['1', '0', '9', '-', '/', '.', '年', '月', '日', ' ', ',', 'J', 'u', 'n', '０', '—'];
        let junk: String = (0..r.below(30)).map(|_| alphabet[r.below(alphabet.len())]).collect();
        let _ = format::parse_date(&junk, d);
    }
}

#[test]
fn one_is_singular_in_english() {
    use campaign_planner::i18n::overview::{budget_warnings, due_in, open_actions};
    use campaign_planner::i18n::Locale;
    assert_eq!(open_actions(Locale::En, 1), "1 open action item");
    assert_eq!(open_actions(Locale::En, 3), "3 open action items");
    assert_eq!(open_actions(Locale::En, 0), "0 open action items");
    assert_eq!(due_in(Locale::En, 1), "1 working day left");
    assert_eq!(due_in(Locale::En, 2), "2 working days left");
    assert_eq!(open_actions(Locale::ZhCn, 1), "未完成的行动项 1 项");
    assert_eq!(due_in(Locale::ZhCn, 1), "还有 1 个工作日");
    assert_eq!(budget_warnings(Locale::En, 1), "1 budget warning");
    assert_eq!(budget_warnings(Locale::En, 2), "2 budget warnings");
    assert_eq!(budget_warnings(Locale::ZhCn, 1), "1 条预算提醒");
}

/// The overview's cards' strings exist in both languages with the same
/// placeholders, and the trace's gaps read as one line or as "no gaps".
#[test]
fn overview_texts_agree_across_languages() {
    use campaign_planner::i18n::overview::{gaps_line, PAIRS};
    use campaign_planner::i18n::Locale;
    pairs_agree(PAIRS, 30);
    assert_eq!(gaps_line(Locale::En, [0, 0, 0]), "No gaps: every goal has strategies and work behind it.");
    assert_eq!(
        gaps_line(Locale::En, [1, 0, 2]),
        "Goals no work serves 1 · Strategies no goal names 0 · Work not linked to a strategy 2"
    );
    assert_eq!(
        gaps_line(Locale::ZhCn, [0, 3, 0]),
        "没有任务支撑的目标 0 · 没有对应目标的策略 3 · 没有对应策略的任务 0"
    );
}

/// Every string a table declares is read by some code: a string no page
/// shows is translated and shipped for nothing, and usually means a page
/// says the same thing in words of its own. A read is a field access,
/// `.name` not followed by more of an identifier.
#[test]
fn every_string_is_read() {
    use campaign_planner::i18n;
    let tables: [(&str, &[(&str, &str, &str)]); 11] = [
        ("i18n", i18n::PAIRS),
        ("budget", i18n::budget::PAIRS),
        ("close", i18n::close::PAIRS),
        ("docs", i18n::docs::PAIRS),
        ("gantt", i18n::gantt::PAIRS),
        ("knowledge", i18n::knowledge::PAIRS),
        ("monitor", i18n::monitor::PAIRS),
        ("overview", i18n::overview::PAIRS),
        ("safety", i18n::safety::PAIRS),
        ("strategy", i18n::strategy::PAIRS),
        ("team", i18n::team::PAIRS),
    ];
    let mut source = String::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                source.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    assert_eq!(source.matches("\ntexts! {").count(), tables.len(), "a string table this test does not list");
    let read = |name: &str| {
        let needle = format!(".{name}");
        source.match_indices(&needle).any(|(at, _)| {
            let next = source[at + needle.len()..].chars().next();
            !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    };
    let unread: Vec<String> = tables
        .iter()
        .flat_map(|(table, pairs)| {
            pairs.iter().filter(|(name, _, _)| !read(name)).map(move |(name, _, _)| format!("{table}::{name}"))
        })
        .collect();
    assert!(unread.is_empty(), "strings nothing reads: {unread:?}");
}
