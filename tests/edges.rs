//! The edges hostile files, sheets and links reached (issue 25), one test per
//! point with its minimal input: the last day of 2200, integers at their
//! limits, a goal tree thousands deep, messages that name the field, the
//! rules validation shares with the commands, the built-in templates on
//! every weekday, templates at their limits, storage reading back whatever
//! import took, and sheets across the new year or under blank rows.

use campaign_planner::i18n::errors::{import_error, json_kind};
use campaign_planner::i18n::Locale;
use campaign_planner::io::knowledge::{export_knowledge, import_knowledge};
use campaign_planner::io::sheet::{additions, mapping, read, SheetError};
use campaign_planner::io::table::parse;
use campaign_planner::io::{
    decode_stored, encode_stored, export_plan, import_plan, import_repairing, share::summary_plan, ImportError,
    MAX_FILE_BYTES,
};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::check::repair::Mend;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::command::dispatch::{apply, Command, PlanCommand};
use campaign_planner::model::knowledge::data::Knowledge;
use campaign_planner::model::knowledge::rules::{instantiate, template_of};
use campaign_planner::model::plan::{Plan, Workspace, MAX_PLAN_DAYS};
use campaign_planner::model::sample::templates::builtin_templates;
use campaign_planner::model::sample::{sample_plan, SampleLang};
use campaign_planner::model::schedule::data::{Baseline, DepKind, Dependency, Status, WorkItem};
use campaign_planner::model::schedule::rules::{schedule_indexed, Calendar, Job, Link};
use campaign_planner::model::strategy::commands::{StrategyCommand, StrategyText};
use campaign_planner::model::strategy::data::{Dimension, Goal, Tactic};
use campaign_planner::model::strategy::rules::{goal_tree, reach, smarts, trace};
use serde_json::{json, Value};
use std::sync::mpsc;
use std::time::Duration;

fn sample() -> Plan {
    sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh)
}

/// Runs `f` on its own thread and fails if it has not returned in a
/// generous time: a hang (a loop that never ends, a walk that is quadratic
/// in a tree thousands deep) fails the test instead of stalling the suite.
/// Not a speed measure: linear work here takes well under a second.
fn finishes<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(120)).unwrap_or_else(|e| panic!("{what} did not finish: {e}"))
}

/// The plan file as JSON, edited by `f`, written back (keys sorted, as a
/// `Value` writes them: the last field of an object is the last in order).
fn file_with(p: &Plan, f: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(&export_plan(p)).unwrap();
    f(&mut v);
    serde_json::to_string(&v).unwrap()
}

fn shape_path(r: Result<Plan, ImportError>) -> String {
    match r {
        Err(ImportError::Shape { path, .. }) => path,
        other => panic!("expected a shape error, got {other:?}"),
    }
}

fn problems(r: Result<Plan, ImportError>) -> Vec<(String, Fault)> {
    match r {
        Err(ImportError::Invalid(ps)) => ps.into_iter().map(|p| (p.path, p.kind)).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

// 1. The last day.

#[test]
fn an_item_ending_on_the_last_day_exports_and_imports_without_a_hang() {
    let last = Day::last();
    assert_eq!(last.through(last).count(), 1);
    assert_eq!(Day::ymd(2200, 12, 25).through(last).count(), 7);
    assert_eq!(last.through(Day::ymd(2200, 12, 30)).count(), 0, "an empty range");
    let cal = Calendar::default();
    // 2200-12-31 is a Wednesday: Mon 29, Tue 30, Wed 31.
    assert_eq!(finishes("workdays_between", move || cal.workdays_between(Day::ymd(2200, 12, 29), last)), 3);
    let mut p = sample();
    let i = p.work_items.iter().position(|w| !w.milestone).unwrap();
    p.work_items[i].end = last;
    let csv = finishes("tasks_csv", move || campaign_planner::i18n::gantt::tasks_csv(Locale::ZhCn, &p));
    assert!(csv.contains("2200-12-31"), "{csv}");
    // The same day from a tracking sheet.
    let rows = parse("任务,开始\nA,2200/12/31\n");
    let read_rows = read(&rows, &mapping(&rows).unwrap(), 2026).unwrap();
    let mut ws = Workspace::of(vec![sample()]);
    let mut n = 0;
    let (people, phases, items) = additions(&ws.plans[0], &read_rows, &mut || {
        n += 1;
        format!("sheet-{n}")
    });
    apply(&mut ws, Command::Plan { plan_id: "s".into(), cmd: PlanCommand::AddItems { people, phases, items } })
        .unwrap();
    let plan = ws.plans[0].clone();
    let csv = finishes("tasks_csv after a sheet", move || campaign_planner::i18n::gantt::tasks_csv(Locale::En, &plan));
    assert!(csv.contains("2200-12-31"));
}

// 2. Integers at their limits.

#[test]
fn lags_at_the_integer_limits_are_refused_by_the_file_and_never_overflow_the_engine() {
    let p = sample();
    assert!(!p.dependencies.is_empty());
    for lag in [i64::MAX, i64::MIN, i64::MIN + 1, 3651, -3651] {
        let text = file_with(&p, |v| v["plan"]["dependencies"][0]["lag"] = json!(lag));
        let found = problems(import_plan(&text));
        assert_eq!(found.len(), 1, "{lag}: {found:?}");
        assert_eq!(found[0].0, "plan.dependencies[0].lag");
        assert!(matches!(found[0].1, Fault::OutOfRange { value, .. } if value == lag));
        let (mended, repairs) = import_repairing(&text).unwrap();
        assert_eq!(mended.dependencies[0].lag, lag.clamp(-3650, 3650));
        assert_eq!(repairs.len(), 1);
    }
    // The engine itself, given what no file can hold, saturates.
    let jobs = [Job { start: Day::ymd(2026, 1, 5), duration: 3, fixed: false }; 2];
    for lag in [i64::MAX, i64::MIN] {
        for kind in [DepKind::FinishToStart, DepKind::StartToStart, DepKind::FinishToFinish, DepKind::StartToFinish] {
            let links = [Link { pred: 0, succ: 1, kind, lag }];
            let slots = schedule_indexed(&jobs, &links, &Calendar::default()).unwrap();
            assert!(slots.iter().all(|s| s.start.in_range() && s.end.in_range()));
        }
    }
    // A template inside a knowledge file is a plan: the same refusal, with its path.
    let mut t = builtin_templates(SampleLang::Zh).remove(0);
    t.plan.dependencies[0].lag = i64::MIN;
    let k = Knowledge { templates: vec![t], ..Default::default() };
    // It is mended as a plan file is (a template saved before a rule existed opens).
    let back = import_knowledge(&export_knowledge(&k)).unwrap();
    assert_eq!(back.templates[0].plan.dependencies[0].lag, -3650);
}

// 3. A goal tree thousands deep.

fn deep_chain(depth: usize) -> Plan {
    let mut p = sample();
    p.strategy.tactics.truncate(1);
    let tactic: &Tactic = &p.strategy.tactics[0];
    let tid = tactic.id.clone();
    p.strategy.goals = (0..depth)
        .map(|i| {
            let mut g = Goal::new(format!("g{i}"), (i > 0).then(|| format!("g{}", i - 1)), Dimension::Traffic, "目标");
            if i + 1 == depth {
                g.serves = vec![tid.clone()];
            }
            g
        })
        .collect();
    p.kpis.iter_mut().for_each(|k| k.goal = None);
    p.work_items.iter_mut().for_each(|w| w.serves.retain(|s| *s == tid));
    p
}

#[test]
fn every_walk_over_a_deep_goal_tree_is_linear() {
    const DEPTH: usize = 20_000;
    let p = deep_chain(DEPTH);
    let (all, tree, tr, doc) = finishes("the goal walks", move || {
        let all = smarts(&p);
        let tree = goal_tree(&p.strategy).len();
        let tr = trace(&p);
        let doc = campaign_planner::docs::build::build(
            Locale::ZhCn,
            &p,
            campaign_planner::docs::Request {
                kind: campaign_planner::docs::DocKind::Goals,
                today: p.start,
                at: p.start,
            },
        );
        let summary = summary_plan(&p);
        assert_eq!(summary.strategy.goals.len(), DEPTH);
        (all, tree, tr, doc.tables().count())
    });
    assert_eq!(all.len(), DEPTH);
    assert_eq!(tree, DEPTH);
    assert!(doc > 0);
    // The leaf serves the tactic, so every goal above it is served through it.
    assert!(all.values().all(|s| !s.gaps.contains(&campaign_planner::model::strategy::rules::SmartGap::NoStrategy)));
    assert!(tr.goals.iter().all(|g| g.strategies.len() == 1));
    let p = deep_chain(50);
    assert_eq!(reach(&p.strategy)["g0"], vec![p.strategy.tactics[0].id.clone()]);
}

#[test]
fn a_file_of_a_thousand_goal_loops_is_mended_in_one_pass() {
    let mut p = deep_chain(4);
    p.strategy.goals = (0..4000)
        .map(|i| {
            let partner = if i % 2 == 0 { i + 1 } else { i - 1 };
            Goal::new(format!("g{i}"), Some(format!("g{partner}")), Dimension::Traffic, "目标")
        })
        .collect();
    let text = export_plan(&p);
    let (mended, repairs) = finishes("mending 2,000 loops", move || import_repairing(&text).unwrap());
    assert_eq!(repairs.iter().filter(|r| matches!(r.mend, Mend::Detached)).count(), 2000);
    assert!(validate(&mended).is_empty());
}

// 4. Messages that say where and what.

#[test]
fn a_bad_value_in_an_objects_last_field_is_reported_at_that_field() {
    let mut p = sample();
    p.baselines.push(Baseline {
        id: "b1".into(),
        name: "基线".into(),
        taken: p.start,
        items: vec![campaign_planner::model::schedule::data::BaselineItem {
            id: p.work_items[0].id.clone(),
            start: p.start,
            end: p.start,
        }],
    });
    let triggered = p.budget.risks.iter().position(|r| r.triggered.is_some()).unwrap();
    let bad = json!("2026-02-30");
    let cases: Vec<(String, Box<dyn Fn(&mut Value)>)> = vec![
        ("plan.phases[0].start".into(), Box::new(|v: &mut Value| v["plan"]["phases"][0]["start"] = bad.clone())),
        ("plan.baselines[0].taken".into(), Box::new(|v: &mut Value| v["plan"]["baselines"][0]["taken"] = bad.clone())),
        (
            "plan.baselines[0].items[0].start".into(),
            Box::new(|v: &mut Value| v["plan"]["baselines"][0]["items"][0]["start"] = bad.clone()),
        ),
        (
            format!("plan.budget.risks[{triggered}].triggered"),
            Box::new(move |v: &mut Value| v["plan"]["budget"]["risks"][triggered]["triggered"] = json!("2026-13-01")),
        ),
    ];
    for (want, edit) in cases {
        let text = file_with(&p, |v| edit(v));
        assert_eq!(shape_path(import_plan(&text)), want);
    }
    // A missing field is still the object's.
    let text = file_with(&p, |v| {
        v["plan"]["phases"][0].as_object_mut().unwrap().remove("start");
    });
    assert_eq!(shape_path(import_plan(&text)), "plan.phases[0]");
    // A knowledge file's lesson: its source's last field.
    let k = r#"{"format":"campaign-planner-knowledge","version":1,"knowledge":{"lessons":[{"id":"l1","text":"x","kind":"success","tags":[],"scenario":"other","source":{"end":"2026-06-01","name":"a","plan":"p","start":"2026-06-31"}}]}}"#;
    match import_knowledge(k) {
        Err(ImportError::Shape { path, .. }) => assert_eq!(path, "knowledge.lessons[0].source.start"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_wrong_type_is_worded_in_the_users_language_and_deep_nesting_says_so() {
    let text = file_with(&sample(), |v| v["plan"]["people"] = json!("张三"));
    let err = import_plan(&text).unwrap_err();
    let zh = import_error(Locale::ZhCn, &err).join(" ");
    assert!(zh.contains("people") && zh.contains("列表") && zh.contains("文本"), "{zh}");
    assert!(!zh.contains("sequence") && !zh.contains("string"), "{zh}");
    let en = import_error(Locale::En, &err).join(" ");
    assert!(en.contains("a list") && en.contains("text"), "{en}");
    for (serde, zh) in [
        ("a sequence", "列表（数组）"),
        ("string \"abc\"", "文本 \"abc\""),
        ("integer `5`", "数字 5"),
        ("floating point `1.5`", "数字 1.5"),
        ("u8", "数字"),
        ("struct Phase", "对象"),
        ("boolean `true`", "true 或 false true"),
        ("null", "空值 null"),
    ] {
        assert_eq!(json_kind(Locale::ZhCn, serde), zh, "{serde}");
    }
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let err = import_plan(&deep).unwrap_err();
    assert!(matches!(err, ImportError::TooDeep { line: 1, .. }), "{err:?}");
    assert!(import_error(Locale::ZhCn, &err)[0].contains("嵌套层级过深"));
    let err = import_knowledge(&deep).unwrap_err();
    assert!(matches!(err, ImportError::TooDeep { .. }), "{err:?}");
}

// 5. What commands refuse, validation finds (and load mends).

#[test]
fn validation_refuses_what_the_commands_refuse() {
    let p = sample();
    let run = |cmd: PlanCommand| {
        let mut ws = Workspace::of(vec![sample()]);
        apply(&mut ws, Command::Plan { plan_id: "s".into(), cmd }).unwrap_err()
    };
    let i = p.work_items.iter().position(|w| !w.milestone && w.start != w.end).unwrap();
    let w = p.work_items[i].clone();
    let mut done_at_7 = WorkItem::new("new", "x", w.level, w.start, w.end);
    done_at_7.status = Status::Done;
    done_at_7.progress = 7;
    let mut long_milestone = WorkItem::new("new", "x", w.level, w.start, w.start.add_days(4));
    long_milestone.milestone = true;
    let existing = Baseline { id: "b-new".into(), name: "一".into(), taken: p.start, items: vec![] };
    let mut with_baseline = p.clone();
    with_baseline.baselines.push(existing.clone());
    // (command refused, its fault; the same state in a file, its path and fault)
    type Case = (PlanCommand, Fault, Box<dyn Fn(&mut Plan)>, &'static str);
    let cases: Vec<Case> = vec![
        (
            PlanCommand::AddItem { item: done_at_7.clone(), after: None },
            Fault::DoneBelow100(7),
            Box::new(move |p: &mut Plan| {
                p.work_items[i].status = Status::Done;
                p.work_items[i].progress = 7;
            }),
            "progress",
        ),
        (
            PlanCommand::AddItem { item: long_milestone.clone(), after: None },
            Fault::MilestoneSpansDays { start: w.start, end: w.start.add_days(4) },
            Box::new(move |p: &mut Plan| {
                p.work_items[i].milestone = true;
                p.work_items[i].end = p.work_items[i].start.add_days(4);
            }),
            "end",
        ),
        (
            PlanCommand::Strategy(StrategyCommand::Text(StrategyText::Slogan(3), "第四句".into())),
            Fault::TooMany { count: 4, max: 3 },
            Box::new(|p: &mut Plan| p.strategy.slogans = vec!["一".into(), "二".into(), "三".into(), "四".into()]),
            "strategy.slogans",
        ),
        (
            PlanCommand::AddDependency {
                dep: Dependency {
                    id: "d-new".into(),
                    pred: p.work_items[0].id.clone(),
                    succ: p.work_items[1].id.clone(),
                    kind: DepKind::FinishToStart,
                    lag: i64::MIN,
                },
            },
            Fault::OutOfRange { value: i64::MIN, min: -3650, max: 3650 },
            Box::new(|p: &mut Plan| p.dependencies[0].lag = i64::MIN),
            "dependencies[0].lag",
        ),
    ];
    for (cmd, fault, state, path) in cases {
        assert_eq!(run(cmd.clone()), fault, "{cmd:?}");
        let mut bad = p.clone();
        state(&mut bad);
        let found = validate(&bad);
        let at = |f: &Fault| std::mem::discriminant(f) == std::mem::discriminant(&fault);
        assert!(found.iter().any(|x| at(&x.kind) && (x.path.ends_with(path) || x.path == path)), "{path}: {found:?}");
        // Such a file opens only after its mend, which leaves it valid.
        let text = export_plan(&bad);
        assert!(import_plan(&text).is_err());
        let (mended, repairs) = import_repairing(&text).unwrap();
        assert!(!repairs.is_empty() && validate(&mended).is_empty(), "{path}");
    }
    // The same baseline id twice.
    let mut ws = Workspace::of(vec![with_baseline.clone()]);
    let again = PlanCommand::CaptureBaseline { baseline: existing.clone() };
    assert_eq!(
        apply(&mut ws, Command::Plan { plan_id: "s".into(), cmd: again }).unwrap_err(),
        Fault::DuplicateId("b-new".into())
    );
    let mut twice = with_baseline;
    twice.baselines.push(existing);
    assert_eq!(
        validate(&twice).into_iter().map(|p| (p.path, p.kind)).collect::<Vec<_>>(),
        vec![(format!("baselines[{}].id", twice.baselines.len() - 1), Fault::DuplicateId("b-new".into()))]
    );
    // Mends keep what was typed: the fourth slogan joins the selling points.
    let mut four = p.clone();
    four.strategy.slogans = vec!["一".into(), "二".into(), "三".into(), "第四句".into()];
    let (mended, _) = import_repairing(&export_plan(&four)).unwrap();
    assert_eq!(mended.strategy.slogans.len(), 3);
    assert!(mended.strategy.selling_points.ends_with("第四句"));
    // Done at 0 %, 7 % and 99 % all read as done, at 100 %.
    for v in [0, 7, 99] {
        let mut d = p.clone();
        d.work_items[i].status = Status::Done;
        d.work_items[i].progress = v;
        let (m, r) = import_repairing(&export_plan(&d)).unwrap();
        assert_eq!((m.work_items[i].status, m.work_items[i].progress), (Status::Done, 100));
        assert!(matches!(&r[0].mend, Mend::Aligned { rule: Fault::DoneBelow100(x), .. } if *x == v));
    }
}

// 6. The built-in templates keep every rule.

#[test]
fn every_built_in_template_makes_a_valid_plan_on_every_weekday_of_2026() {
    let mut made = 0;
    for lang in [SampleLang::Zh, SampleLang::En] {
        for t in builtin_templates(lang) {
            assert_eq!(validate(&t.plan), vec![], "{}", t.name);
            for d in Day::ymd(2026, 1, 1).through(Day::ymd(2026, 12, 31)) {
                let p = instantiate(&t, "n".into(), "新计划", d, Money::from_major(1_200_000), "CNY");
                assert_eq!(validate(&p), vec![], "{} on {d}", t.name);
                made += 1;
            }
        }
    }
    assert!(made >= 2 * 365);
    // The knowledge file of version 1 (its template saved with a five-day
    // milestone) still opens, the milestone mended to its last day.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/knowledge-v1.knowledge.json");
    let k = import_knowledge(&std::fs::read_to_string(path).unwrap()).unwrap();
    for t in &k.templates {
        assert!(t.plan.work_items.iter().filter(|w| w.milestone).all(|w| w.start == w.end), "{}", t.name);
    }
}

// 7. Templates at their limits.

#[test]
fn templates_at_their_limits_make_valid_plans() {
    // The longest template, placed on a Saturday.
    let mut long = sample();
    long.end = long.start.add_days(MAX_PLAN_DAYS - 1);
    let last = long.work_items.len() - 1;
    long.work_items[last].milestone = false;
    long.work_items[last].end = long.end;
    long.work_items[last].start = long.end.add_days(-30);
    let t = template_of(&long, None, "t".into(), "十年".into());
    let saturday = Day::ymd(2026, 6, 6);
    assert_eq!(saturday.weekday(), 5);
    let p = instantiate(&t, "n".into(), "新计划", saturday, Money::from_major(1_000_000), "CNY");
    assert!(p.start.days_until(p.end) < MAX_PLAN_DAYS, "{} to {}", p.start, p.end);
    assert_eq!(validate(&p), vec![]);
    // A ¥100亿 budget: risk costs scale up to the limit, not past it.
    let t = template_of(&sample(), None, "t".into(), "样例".into());
    let p = instantiate(&t, "n".into(), "大预算", saturday, Money(Money::LIMIT), "CNY");
    assert!(p.budget.risks.iter().all(|r| r.cost.is_amount()));
    assert_eq!(validate(&p), vec![]);
    // A plan with a budget of ¥0.10 and a risk makes a template.
    let mut tiny = sample();
    tiny.total_budget = Money(10);
    let t = template_of(&tiny, None, "t".into(), "小预算".into());
    assert_eq!(campaign_planner::model::knowledge::commands::template_fault(&t), None);
}

// 8. Storage reads back what import took.

#[test]
fn a_file_just_under_the_limit_is_stored_and_read_back() {
    let mut p = sample();
    p.work_items[0].notes = String::new();
    let base = export_plan(&p).len();
    p.work_items[0].notes = "x".repeat(MAX_FILE_BYTES - 1 - base);
    let text = export_plan(&p);
    assert_eq!(text.len(), MAX_FILE_BYTES - 1);
    let plan = import_plan(&text).unwrap();
    let stored = encode_stored(&plan, u64::MAX);
    assert!(stored.len() > MAX_FILE_BYTES);
    let (back, rev, _) = decode_stored(&stored).unwrap();
    assert_eq!((back, rev), (plan, u64::MAX));
    // A file that is under the limit only because it writes amounts as bare
    // numbers grows when written back: refused, not stored unreadable.
    let bare = |v: &mut Value| {
        for l in v["plan"]["budget"]["lines"].as_array_mut().unwrap() {
            l["planned"] = json!(1);
        }
    };
    let saved = text.len() - file_with(&p, bare).len();
    p.work_items[0].notes.push_str(&"x".repeat(saved));
    let short = file_with(&p, bare);
    assert!(short.len() <= MAX_FILE_BYTES, "{}", short.len());
    assert!(matches!(import_plan(&short), Err(ImportError::TooLarge { bytes }) if bytes > MAX_FILE_BYTES));
}

// 9. Sheets.

#[test]
fn a_sheet_range_across_the_new_year_reads_into_the_next_year() {
    let rows = parse("任务,起止时间\n年货节预热,12月30日-1月2日\n");
    let r = read(&rows, &mapping(&rows).unwrap(), 2026).unwrap();
    assert_eq!((r[0].start, r[0].end, r[0].next_year), (Day::ymd(2026, 12, 30), Day::ymd(2027, 1, 2), true));
    // Start and end in their own columns, the same.
    let rows = parse("任务,开始,结束\nA,12/28,1/3\n");
    let r = read(&rows, &mapping(&rows).unwrap(), 2026).unwrap();
    assert_eq!((r[0].end, r[0].next_year), (Day::ymd(2027, 1, 3), true));
    // A year written out is taken as written; a slip within a year is still refused.
    let rows = parse("任务,开始,结束\nA,6/5,6/2\n");
    assert_eq!(read(&rows, &mapping(&rows).unwrap(), 2026), Err(SheetError::EndBeforeStart { row: 2 }));
    let rows = parse("任务,开始,结束\nA,2026/12/30,2026/1/2\n");
    assert_eq!(read(&rows, &mapping(&rows).unwrap(), 2026), Err(SheetError::EndBeforeStart { row: 2 }));
    let rows = parse("任务,起止时间\nA,6月1日-6月5日\n");
    assert!(!read(&rows, &mapping(&rows).unwrap(), 2026).unwrap()[0].next_year);
}

#[test]
fn blank_rows_do_not_count_toward_the_sheets_row_limit() {
    let text = format!("任务,开始\nA,6/1\n{}", ",\n".repeat(100_000));
    let rows = parse(&text);
    let r = read(&rows, &mapping(&rows).unwrap(), 2026).unwrap();
    assert_eq!(r.len(), 1);
    let text = format!("任务,开始\n{}", "A,6/1\n".repeat(10_001));
    let rows = parse(&text);
    assert_eq!(read(&rows, &mapping(&rows).unwrap(), 2026), Err(SheetError::TooMany { max: 10_000 }));
}
