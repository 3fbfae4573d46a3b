//! The task table as CSV: what Excel needs to open Chinese correctly, and
//! cells that must not run as formulas.

use campaign_planner::i18n::gantt::tasks_csv;
use campaign_planner::i18n::Locale;
use campaign_planner::io::csv::cell;
use campaign_planner::model::base::day::Day;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;

#[test]
fn cells_are_quoted_and_formulas_defused() {
    let cases = [
        ("小红书", "小红书"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+86 138", "'+86 138"),
        ("@sum", "'@sum"),
        ("-3", "-3"),
        ("  indented", "\"  indented\""),
    ];
    for (input, want) in cases {
        assert_eq!(cell(input), want, "{input}");
    }
}

#[test]
fn the_table_has_a_bom_a_header_and_a_row_per_item() {
    let p = sample_plan("s".into(), Day::ymd(2026, 11, 22), SampleLang::Zh);
    let text = tasks_csv(Locale::ZhCn, &p);
    assert!(text.starts_with('\u{feff}'), "UTF-8 BOM for Excel");
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + p.work_items.len());
    assert!(lines[0].starts_with("序号,层级,任务,负责人,阶段,渠道,开始,结束,工期（工作日）,状态,进度%,前置任务"));
    assert!(lines[4].starts_with("4,活动,小红书笔记种草,张悦,执行期,小红书,2026-11-22,2026-12-26,"), "{}", lines[4]);
    // The milestone group is rolled up and its children indented under it.
    assert!(lines[10].starts_with("10,动作,\"  达人签约\","), "{}", lines[10]);
    assert!(lines[9].contains(",2026-11-23,2026-11-30,"), "{}", lines[9]);
    let en = tasks_csv(Locale::En, &sample_plan("s".into(), Day::ymd(2026, 11, 22), SampleLang::En));
    assert!(en.contains("No.,Level,Task,Owner"));
}
