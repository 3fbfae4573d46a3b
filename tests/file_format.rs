//! Native tests of the file format: round trips, every malformed input with
//! its message, and opening the fixture of every version ever released.

use campaign_planner::i18n::{import_error, Locale};
use campaign_planner::io::*;
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;
use serde_json::{json, Value};

fn sample() -> Plan {
    sample_plan("plan-1".into(), Day::ymd(2026, 11, 22), SampleLang::Zh)
}

#[test]
fn export_then_import_is_identity() {
    for lang in [SampleLang::Zh, SampleLang::En] {
        let mut p = sample_plan("x".into(), Day::ymd(2026, 2, 1), lang);
        p.total_budget = Money(123_456_789);
        p.description = "含 \"引号\"、<b>标签</b> 与换行\n第二行".into();
        assert_eq!(import_plan(&export_plan(&p)).unwrap(), p);
        let (back, rev, _) = decode_stored(&encode_stored(&p, 42)).unwrap();
        assert_eq!((back, rev), (p.clone(), 42));
        assert_eq!(stored_revision(&encode_stored(&p, 42)), Some(42));
        // Chinese right where the cheap header read stops must not break it.
        p.id = "计".repeat(70);
        assert_eq!(stored_revision(&encode_stored(&p, 7)), Some(7));
    }
}

/// The file written today must equal the current version's fixture byte for byte: a change
/// of shape shows up here and must come with a new version and migration.
#[test]
fn export_matches_the_current_fixture() {
    // Fixtures are kept indented for review; the export is the same text, compact.
    let text = export_plan(&sample());
    assert!(!text.contains('\n'));
    let path = format!("{}/tests/fixtures/v{FORMAT_VERSION}-sample.campaign.json", env!("CARGO_MANIFEST_DIR"));
    let path = path.as_str();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, export_plan_pretty(&sample())).unwrap();
    }
    // Indenting the compact text gives the fixture exactly, so the two differ
    // only in white space between tokens.
    assert_eq!(indent(&text), std::fs::read_to_string(path).unwrap());
    // Shift+Export's indented file is the same plan.
    assert_eq!(import_plan(&export_plan_pretty(&sample())).unwrap(), sample());
}

#[test]
fn every_released_version_opens() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut seen = 0;
    for v in 1..=FORMAT_VERSION {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with(&format!("v{v}-")) {
                let plan =
                    import_plan(&std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
                assert!(!plan.work_items.is_empty(), "{name}");
                seen += 1;
            }
        }
    }
    assert!(seen >= FORMAT_VERSION as usize, "a fixture per version");
}

fn with(f: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(&export_plan(&sample())).unwrap();
    f(&mut v);
    v.to_string()
}

#[test]
fn malformed_files_name_the_path_and_reason_in_both_languages() {
    let cases: Vec<(String, &str, &str)> = vec![
        (with(|v| v["plan"]["work_items"][3]["start"] = json!("2026-02-30")),
            "plan.work_items[3].start: invalid date \"2026-02-30\" (a YYYY-MM-DD between 1900 and 2200)",
            "plan.work_items[3].start: 无效日期 \"2026-02-30\"（须为 1900–2200 年间的 YYYY-MM-DD）"),
        (with(|v| v["plan"]["work_items"][0]["status"] = json!("finished")),
            "plan.work_items[0].status: unknown value \"finished\", expected one of: not_started, in_progress, done, exception",
            "plan.work_items[0].status: 未知取值 \"finished\"，可选：not_started、in_progress、done、exception"),
        (with(|v| { v["plan"].as_object_mut().unwrap().remove("name"); }),
            "plan: missing field \"name\"", "plan: 缺少字段 \"name\""),
        (with(|v| v["plan"]["total_budget"] = json!("lots")),
            "plan.total_budget: invalid amount \"lots\" (at most two decimals and 10,000,000,000)",
            "plan.total_budget: 无效金额 \"lots\"（最多两位小数，不超过 100 亿）"),
        (with(|v| v["plan"]["work_items"][1]["progress"] = json!("half")),
            "plan.work_items[1].progress: wrong type: found text \"half\", expected a number",
            "plan.work_items[1].progress: 类型错误：得到文本 \"half\"，应为数字"),
        (with(|v| v["plan"]["work_items"][2]["owner"] = json!("p9")),
            "plan.work_items[2].owner: unknown person \"p9\"", "plan.work_items[2].owner: 找不到成员 \"p9\""),
        (with(|v| v["plan"]["work_items"][2]["phase"] = json!("ph9")),
            "plan.work_items[2].phase: unknown phase \"ph9\"", "plan.work_items[2].phase: 找不到阶段 \"ph9\""),
        (with(|v| v["plan"]["work_items"][2]["parent"] = json!("w99")),
            "plan.work_items[2].parent: unknown parent \"w99\"", "plan.work_items[2].parent: 找不到上级任务 \"w99\""),
        (with(|v| v["plan"]["work_items"][4]["end"] = json!("2026-01-01")),
            "plan.work_items[4].end: end 2026-01-01 is before start 2026-11-30",
            "plan.work_items[4].end: 结束日期 2026-01-01 早于开始日期 2026-11-30"),
        (with(|v| v["version"] = json!(99)),
            "The file is version 99, newer than this app; update the app to open it", "文件版本 99 比本应用新，请更新应用后再导入"),
        (with(|v| { v.as_object_mut().unwrap().remove("version"); }),
            "version: missing or invalid version", "version: 缺少或无效的版本号"),
        (with(|v| v["format"] = json!("excel")),
            "This is not a Campaign Planner file (no \"format\": \"campaign-planner\")",
            "这不是营销策划执行台的计划文件（缺少 \"format\": \"campaign-planner\"）"),
        ("{\"format\": \"campaign-planner\",".into(), "Not valid JSON: line 1, column 30", "不是有效的 JSON：第 1 行第 30 列"),
        ("[1,2]".into(), "This is not a Campaign Planner file (no \"format\": \"campaign-planner\")",
            "这不是营销策划执行台的计划文件（缺少 \"format\": \"campaign-planner\"）"),
    ];
    for (text, en, zh) in cases {
        let err = import_plan(&text).expect_err(en);
        assert_eq!(import_error(Locale::En, &err)[0], en);
        assert_eq!(import_error(Locale::ZhCn, &err)[0], zh);
    }
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = with(|v| {
        v["plan"]["work_items"][0]["owner"] = json!("ghost");
        v["plan"]["work_items"][5]["phase"] = json!("nowhere");
    });
    let lines = import_error(Locale::En, &import_plan(&text).unwrap_err());
    assert_eq!(lines.len(), 2, "{lines:?}");
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    let err = import_plan(&big).unwrap_err();
    assert_eq!(err, ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 });
    assert!(import_error(Locale::En, &err)[0].contains("20 MB"));
}

#[test]
fn a_byte_order_mark_and_plain_number_amounts_are_accepted() {
    let text = format!("\u{feff}{}", with(|v| v["plan"]["total_budget"] = json!(800000)));
    assert_eq!(import_plan(&text).unwrap().total_budget, Money::from_major(800_000));
}

#[test]
fn file_names_keep_chinese_and_drop_forbidden_characters() {
    let mut p = sample();
    assert_eq!(export_file_name(&p), "新品A上市推广（示例）.campaign.json");
    p.name = "a/b:c?".into();
    assert_eq!(export_file_name(&p), "a_b_c_.campaign.json");
    p.name = "  ".into();
    assert_eq!(export_file_name(&p), "plan.campaign.json");
}

#[test]
fn an_older_file_migrates_to_the_same_plan() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let open =
        |v: u32| import_plan(&std::fs::read_to_string(format!("{dir}/v{v}-sample.campaign.json")).unwrap()).unwrap();
    let (v1, v2) = (open(1), open(2));
    assert_eq!(v1, v2, "version 1 gains the default calendar and no dependencies");
    assert_eq!(v1.calendar.days_off, vec![5, 6]);
    assert!(v2.baselines.is_empty() && v2.work_items.iter().all(|w| w.raci.is_empty() && !w.milestone));
    // Version 2's items are version 3's, field for field.
    let v3 = open(3);
    for (a, b) in v2.work_items.iter().zip(&v3.work_items) {
        assert_eq!((&a.id, &a.title, a.level), (&b.id, &b.title, b.level));
    }
}

#[test]
fn dependency_problems_name_their_path() {
    let link = |pred: &str, succ: &str| json!({ "id": format!("{pred}-{succ}"), "pred": pred, "succ": succ, "kind": "finish_to_start", "lag": 0 });
    let cases: Vec<(Value, &str)> = vec![
        (json!([link("w1", "w9")]), "plan.dependencies[0].succ: unknown work item \"w9\""),
        (json!([link("w2", "w2")]), "plan.dependencies[0]: an item depends on itself"),
        (json!([link("w1", "w2"), link("w2", "w3"), link("w3", "w1")]), "plan.dependencies: dependencies form a cycle: "),
        (json!([{ "id": "x", "pred": "w1", "succ": "w2", "kind": "soon" }]),
            "plan.dependencies[0].kind: unknown value \"soon\", expected one of: finish_to_start, start_to_start, finish_to_finish, start_to_finish"),
    ];
    for (deps, want) in cases {
        let text = with(|v| v["plan"]["dependencies"] = deps.clone());
        let lines = import_error(Locale::En, &import_plan(&text).unwrap_err());
        assert!(lines.iter().any(|l| l.starts_with(want)), "{want} in {lines:?}");
    }
    let text = with(|v| v["plan"]["calendar"]["days_off"] = json!([5, 9]));
    assert_eq!(
        import_error(Locale::En, &import_plan(&text).unwrap_err()),
        ["plan.calendar.days_off[1]: weekday must be 0 (Monday) to 6 (Sunday), not 9"]
    );
}
