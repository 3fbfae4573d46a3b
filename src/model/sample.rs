//! The built-in sample: a new product launch taken from the tracking sheet in
//! the domain brief, dated around "today" so that it looks alive on first run.
//! Must not know about the UI; the caller picks the language of its text.

use super::types::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SampleLang {
    Zh,
    En,
}

/// The sample plan; it started two weeks before `today` and runs eight weeks.
pub fn sample_plan(id: Id, today: Day, lang: SampleLang) -> Plan {
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
    let work_items = rows
        .iter()
        .map(|(id, ph, owner, tz, te, a, b, status, progress, nz, ne)| WorkItem {
            id: id.to_string(),
            title: t(tz, te),
            parent: None,
            level: Level::Activity,
            phase: Some(ph.to_string()),
            owner: Some(owner.to_string()),
            start: d(*a),
            end: d(*b),
            status: *status,
            progress: *progress,
            notes: t(nz, ne),
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
        calendar: WorkCalendar::default(),
        dependencies: vec![],
    }
}
