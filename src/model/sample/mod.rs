//! The built-in sample: a new product launch taken from the tracking sheet in
//! the domain brief, dated around "today" so that it looks alive on first run.
//! Must not know about the UI; the caller picks the language of its text.

pub mod budget;
pub mod holidays;
pub mod monitor;
pub mod strategy;
pub mod templates;

use crate::model::schedule::data::Baseline;
use crate::model::schedule::data::Person;
use crate::model::schedule::data::Phase;

use crate::model::schedule::data::BaselineItem;

use crate::model::schedule::data::Dependency;

use crate::model::schedule::data::DepKind;

use crate::model::schedule::data::LogEntry;

use crate::model::schedule::data::Raci;

use crate::model::schedule::data::WorkCalendar;

use crate::model::plan::PlanStatus;

use crate::model::base::money::Money;

use crate::model::plan::Scenario;

use crate::model::schedule::data::Level;

use crate::model::schedule::data::WorkItem;

use crate::model::schedule::data::Status;

use crate::model::plan::Plan;

use crate::model::base::day::Day;

use crate::model::base::id::Id;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SampleLang {
    Zh,
    En,
}

/// The sample plan; it started two weeks before `today` and runs eight weeks.
/// The domain brief's eight-row tracking sheet as a plan: items, owners,
/// phases and statuses, nothing more. Rules are tested against it.
pub fn tracking_sheet(id: Id, today: Day, lang: SampleLang) -> Plan {
    let zh = lang == SampleLang::Zh;
    let t = |a: &str, b: &str| if zh { a.to_string() } else { b.to_string() };
    let s = today.add_days(-14);
    let d = |n: i64| s.add_days(n);
    let people = [
        ("p-manager", "王敏", "Wang Min", "市场部经理", "Marketing manager", "市场部", "Marketing"),
        ("p-planner", "李想", "Li Xiang", "营销策划", "Campaign planner", "市场部", "Marketing"),
        ("p-finance", "陈静", "Chen Jing", "财务", "Finance", "财务部", "Finance"),
        ("p-ops", "张悦", "Zhang Yue", "内容运营", "Content operations", "市场部", "Marketing"),
        ("p-host", "刘洋", "Liu Yang", "主播", "Live host", "电商部", "E-commerce"),
        ("p-community", "赵婷", "Zhao Ting", "社群运营", "Community", "用户运营部", "User operations"),
        ("p-data", "孙浩", "Sun Hao", "数据分析", "Data analyst", "数据部", "Data"),
    ]
    .iter()
    .map(|(id, nz, ne, rz, re, dz, de)| Person {
        id: id.to_string(),
        name: t(nz, ne),
        role: t(rz, re),
        department: t(dz, de),
    })
    .collect();
    let phases = vec![
        Phase { id: "ph-prep".into(), name: t("筹备期", "Preparation"), start: d(0), end: d(13) },
        Phase { id: "ph-exec".into(), name: t("执行期", "Execution"), start: d(14), end: d(48) },
        Phase { id: "ph-close".into(), name: t("收尾期", "Closing"), start: d(49), end: d(55) },
    ];
    #[allow(clippy::type_complexity)]
    let rows: [(&str, &str, &str, &str, &str, i64, i64, Status, u8, &str, &str); 8] = [
        (
            "w1",
            "ph-prep",
            "p-manager",
            "目标对齐与SMART拆解",
            "Goal alignment (SMART)",
            0,
            3,
            Status::Done,
            100,
            "目标已对齐，用户画像已确认",
            "Goals agreed, personas confirmed",
        ),
        (
            "w2",
            "ph-prep",
            "p-planner",
            "策略拆解",
            "Strategy breakdown",
            3,
            8,
            Status::Done,
            100,
            "已拆解到最小执行单元",
            "Broken down to the smallest executable units",
        ),
        (
            "w3",
            "ph-prep",
            "p-finance",
            "预算与资源申请",
            "Budget and resources",
            6,
            12,
            Status::InProgress,
            60,
            "等待渠道报价",
            "Waiting for channel quotes",
        ),
        (
            "w4",
            "ph-exec",
            "p-ops",
            "小红书笔记种草",
            "Xiaohongshu seeding notes",
            14,
            48,
            Status::InProgress,
            30,
            "已发布20篇，互动率达标",
            "20 published, engagement on target",
        ),
        (
            "w5",
            "ph-exec",
            "p-host",
            "抖音直播（3场）",
            "Douyin live streams (3)",
            21,
            42,
            Status::NotStarted,
            0,
            "设备测试中，样品已到",
            "Equipment being tested, samples in",
        ),
        (
            "w6",
            "ph-exec",
            "p-community",
            "社群裂变（2轮）",
            "Community fission (2 rounds)",
            28,
            45,
            Status::NotStarted,
            0,
            "话术需优化",
            "Scripts need work",
        ),
        (
            "w7",
            "ph-close",
            "p-data",
            "数据汇总与效果评估",
            "Data summary and evaluation",
            49,
            52,
            Status::NotStarted,
            0,
            "预留3天数据清洗",
            "3 days kept for data cleaning",
        ),
        (
            "w8",
            "ph-close",
            "p-manager",
            "复盘与总结报告",
            "Retrospective and report",
            52,
            55,
            Status::NotStarted,
            0,
            "各负责人提交反馈",
            "Every owner sends feedback",
        ),
    ];
    let work_items: Vec<WorkItem> = rows
        .iter()
        .map(|(id, ph, owner, tz, te, a, b, status, progress, nz, ne)| WorkItem {
            phase: Some(ph.to_string()),
            owner: Some(owner.to_string()),
            status: *status,
            progress: *progress,
            notes: t(nz, ne),
            ..WorkItem::new(*id, t(tz, te), Level::Activity, d(*a), d(*b))
        })
        .collect();
    Plan {
        id,
        name: t("新品A上市推广（示例）", "New product A launch (sample)"),
        scenario: Scenario::NewProductLaunch,
        description: t(
            "30天内，通过小红书种草+抖音直播，实现新品A销售额300万元，新增用户5000人。",
            "Within 30 days, through Xiaohongshu seeding plus Douyin live streams, sell ¥3M of new product A and gain 5,000 new users.",
        ),
        start: d(0),
        end: d(55),
        currency: "CNY".into(),
        total_budget: Money::from_major(800_000),
        status: PlanStatus::Active,
        is_sample: true,
        people,
        phases,
        work_items,
        ..Plan::blank(String::new(), "", d(0))
    }
}

/// The sample a newcomer sees: the tracking sheet plus RACI, the brief's
/// milestones, links between the steps, a baseline that shows a slip, and
/// the strategy workspace the work is traced to.
pub fn sample_plan(id: Id, today: Day, lang: SampleLang) -> Plan {
    let zh = lang == SampleLang::Zh;
    let t = |a: &str, b: &str| if zh { a.to_string() } else { b.to_string() };
    let s = today.add_days(-14);
    let d = |n: i64| s.add_days(n);
    let mut plan = tracking_sheet(id, today, lang);
    let work_items = &mut plan.work_items;
    // Who does, signs off, is asked and is told (R/A/C/I). The community
    // round has nobody accountable yet, which the RACI view flags.
    let raci: [(&str, &[(&str, Raci)]); 8] = [
        ("w1", &[("p-planner", Raci::R), ("p-manager", Raci::A), ("p-data", Raci::C)]),
        ("w2", &[("p-planner", Raci::R), ("p-manager", Raci::A), ("p-ops", Raci::C)]),
        ("w3", &[("p-finance", Raci::R), ("p-manager", Raci::A), ("p-planner", Raci::I)]),
        ("w4", &[("p-ops", Raci::R), ("p-manager", Raci::A), ("p-data", Raci::I)]),
        ("w5", &[("p-host", Raci::R), ("p-manager", Raci::A), ("p-ops", Raci::C)]),
        ("w6", &[("p-community", Raci::R), ("p-ops", Raci::C)]),
        ("w7", &[("p-data", Raci::R), ("p-manager", Raci::A), ("p-finance", Raci::I)]),
        ("w8", &[("p-planner", Raci::R), ("p-manager", Raci::A), ("p-data", Raci::C)]),
    ];
    for (w, (id, roles)) in work_items.iter_mut().zip(raci) {
        debug_assert_eq!(w.id, id);
        w.raci = roles.iter().map(|(p, r)| (p.to_string(), *r)).collect();
    }
    {
        let w4 = &mut work_items[3];
        w4.channel = t("小红书", "Xiaohongshu");
        w4.collaborators = vec!["p-planner".into()];
        w4.departments = vec![t("市场部", "Marketing"), t("设计部", "Design")];
        w4.interface = Some("p-ops".into());
        w4.deliverable = t("每周20篇笔记，共5周", "20 notes a week for 5 weeks");
        w4.acceptance = t("每篇含3个卖点，互动率≥5%", "Each note carries 3 selling points; engagement ≥ 5%");
        w4.resources = t("5位腰部达人+20位素人，样品30份", "5 mid-tier KOLs + 20 amateurs, 30 samples");
        w4.log = vec![
            LogEntry { date: d(14), text: t("首批10篇已发布", "First 10 notes published") },
            LogEntry { date: d(17), text: t("已发布20篇，互动率5.6%", "20 published, engagement 5.6%") },
        ];
        work_items[4].channel = t("抖音", "Douyin");
        work_items[4].resources = t("直播间设备提前3天调试", "Live-room equipment tested 3 days before");
        work_items[5].channel = t("私域社群", "Private community");
    }
    // The milestones the brief names, grouped under one summary row, each
    // on a working day whatever weekday "today" is.
    let cal = WorkCalendar::default().to_calendar();
    let on_workday = |n: i64| cal.next_workday(d(n));
    let milestone = |id: &str, zh: &str, en: &str, day: i64, done: bool| WorkItem {
        parent: Some("ms".into()),
        milestone: true,
        owner: Some("p-manager".into()),
        status: if done { Status::Done } else { Status::NotStarted },
        progress: if done { 100 } else { 0 },
        raci: [("p-manager".to_string(), Raci::A), ("p-planner".to_string(), Raci::R)].into_iter().collect(),
        ..WorkItem::new(id, t(zh, en), Level::Action, on_workday(day), on_workday(day))
    };
    work_items.push(WorkItem {
        phase: Some("ph-exec".into()),
        owner: Some("p-manager".into()),
        raci: [("p-manager".to_string(), Raci::A), ("p-planner".to_string(), Raci::R)].into_iter().collect(),
        ..WorkItem::new("ms", t("关键里程碑", "Key milestones"), Level::Activity, on_workday(13), on_workday(21))
    });
    work_items.push(milestone("m1", "达人签约", "Talent signed", 13, true));
    work_items.push(milestone("m2", "内容定稿", "Content final", 18, false));
    work_items.push(WorkItem { fixed: true, ..milestone("m3", "上市日", "Launch day", 21, false) });
    let link = |id: &str, pred: &str, succ: &str, kind: DepKind| Dependency {
        id: id.into(),
        pred: pred.into(),
        succ: succ.into(),
        kind,
        lag: 0,
    };
    let dependencies = vec![
        link("d1", "w1", "w3", DepKind::FinishToStart),
        link("d2", "w2", "w4", DepKind::FinishToStart),
        link("d3", "w3", "w5", DepKind::FinishToStart),
        link("d4", "m1", "w5", DepKind::FinishToStart),
        link("d5", "m2", "m3", DepKind::FinishToStart),
        link("d6", "m3", "w5", DepKind::StartToStart),
        link("d7", "w5", "w7", DepKind::FinishToStart),
        link("d8", "w6", "w7", DepKind::FinishToStart),
        link("d9", "w7", "w8", DepKind::StartToStart),
    ];
    plan.dependencies = dependencies;
    plan.strategy = crate::model::sample::strategy::sample_strategy(lang, plan.end);
    for (item, strategy) in crate::model::sample::strategy::SAMPLE_LINKS {
        if let Some(w) = plan.work_items.iter_mut().find(|w| w.id == item) {
            w.serves.push(strategy.into());
        }
    }
    // Whatever weekday "today" is, the links hold: apply any push they need.
    if let Ok(pushed) = crate::model::schedule::rules::pushed_items(&plan) {
        for w in pushed {
            if let Some(slot) = plan.work_items.iter_mut().find(|x| x.id == w.id) {
                *slot = w;
            }
        }
    }
    // What happened so far, as the status changes recorded it: work started
    // on its first day (not later than today), done work finished on its
    // last, and the budget request spent two days in exception while the
    // channel quotes were late.
    for w in &mut plan.work_items {
        if w.status != Status::NotStarted {
            w.actual_start = Some(w.start.min(today));
        }
        if w.status == Status::Done {
            w.actual_end = Some(w.end.min(today).max(w.start.min(today)));
        }
        if w.id == "w3" {
            let from = w.start.add_days(1).min(today);
            w.episodes.push(crate::model::schedule::data::Episode {
                from,
                to: Some(from.add_days(2).min(today)),
                reason: t("渠道报价迟迟未回", "Channel quotes came back late"),
            });
        }
    }
    // The first plan, before the budget approval slipped two days.
    let a = crate::model::schedule::analysis::analyse(&plan);
    let items = plan
        .work_items
        .iter()
        .zip(&a.rows)
        .map(|(w, r)| {
            let slip = if w.id == "w3" { 2 } else { 0 };
            BaselineItem { id: w.id.clone(), start: r.start, end: r.end.add_days(-slip) }
        })
        .collect();
    plan.baselines = vec![Baseline { id: "b1".into(), name: t("初始计划", "Initial plan"), taken: d(0), items }];
    crate::model::sample::monitor::add(&mut plan, today, lang);
    crate::model::sample::budget::add(&mut plan, today, lang);
    plan
}
