//! The sample plan's KPIs: a Xiaohongshu and a Douyin funnel with spend and
//! revenue, a conversion rate, a cost per lead and the community's size,
//! with two weeks of actuals up to yesterday. Douyin's conversions slump for
//! the last three days, so the sample opens with a red alert; an earlier dip
//! of the conversion rate shows a resolved alert in the history; one missing
//! day shows how gaps are reported. Must not know about the UI.

use crate::model::monitor::data::Checkpoint;

use crate::model::monitor::data::Adjustment;

use crate::model::monitor::data::AlertStep;

use crate::model::monitor::data::AlertNote;

use crate::model::monitor::rules::alerts;

use crate::model::monitor::data::Severity;

use crate::model::monitor::data::RuleKind;

use crate::model::monitor::data::Rule;

use crate::model::monitor::rules::Periods;

use crate::model::monitor::data::Period;

use crate::model::monitor::data::Aggregate;

use crate::model::monitor::data::Direction;

use crate::model::base::num::Num;

use crate::model::monitor::data::KpiKind;

use crate::model::monitor::data::Kpi;

use crate::model::monitor::data::Role;

use crate::model::sample::SampleLang;

use crate::model::sample::Day;

use crate::model::sample::Plan;

/// Noise in [-1, 1) from a KPI index and a day: the same sample every time.
fn noise(k: usize, i: i64) -> f64 {
    let x = (k as u64 * 7919 + i as u64 * 104_729 + 17).wrapping_mul(2_654_435_761) % 10_007;
    x as f64 / 5_003.5 - 1.0
}

pub fn add(plan: &mut Plan, today: Day, lang: SampleLang) {
    let zh = lang == SampleLang::Zh;
    let t = |a: &str, b: &str| if zh { a.to_string() } else { b.to_string() };
    let days = plan.start.days_until(today).clamp(0, plan.start.days_until(plan.end) + 1);
    let xhs = t("小红书", "Xiaohongshu");
    let dy = t("抖音", "Douyin");
    // (id, zh, en, channel, stage, role, target over the plan, actual ÷ plan, unit, goal)
    type Row<'a> = (&'a str, &'a str, &'a str, &'a str, Option<&'a str>, Role, f64, f64, &'a str, Option<&'a str>);
    let rows: [Row; 14] = [
        (
            "k-xhs-exp",
            "小红书曝光",
            "XHS exposure",
            &xhs,
            Some("exposure"),
            Role::None,
            1_680_000.0,
            1.02,
            "",
            Some("g-traffic"),
        ),
        ("k-xhs-clk", "小红书点击", "XHS clicks", &xhs, Some("click"), Role::None, 50_400.0, 1.01, "", None),
        ("k-xhs-uv", "小红书访问", "XHS visits", &xhs, Some("visit"), Role::None, 30_240.0, 1.02, "", None),
        ("k-xhs-lead", "小红书线索", "XHS leads", &xhs, Some("lead"), Role::None, 6_048.0, 1.03, "", None),
        (
            "k-xhs-conv",
            "小红书成交",
            "XHS orders",
            &xhs,
            Some("conversion"),
            Role::None,
            1_512.0,
            0.95,
            "",
            Some("g-conv"),
        ),
        (
            "k-dy-exp",
            "抖音曝光",
            "Douyin exposure",
            &dy,
            Some("exposure"),
            Role::None,
            2_800_000.0,
            1.05,
            "",
            Some("g-traffic"),
        ),
        ("k-dy-clk", "抖音点击", "Douyin clicks", &dy, Some("click"), Role::None, 70_000.0, 1.02, "", None),
        ("k-dy-uv", "抖音访问", "Douyin visits", &dy, Some("visit"), Role::None, 42_000.0, 1.03, "", None),
        ("k-dy-lead", "抖音线索", "Douyin leads", &dy, Some("lead"), Role::None, 8_400.0, 1.04, "", None),
        (
            "k-dy-conv",
            "抖音成交",
            "Douyin orders",
            &dy,
            Some("conversion"),
            Role::None,
            2_100.0,
            1.04,
            "",
            Some("g-conv"),
        ),
        ("k-xhs-rev", "小红书销售额", "XHS revenue", &xhs, None, Role::Revenue, 907_200.0, 0.95, "元", Some("g-all")),
        ("k-dy-rev", "抖音销售额", "Douyin revenue", &dy, None, Role::Revenue, 1_260_000.0, 1.04, "元", Some("g-all")),
        ("k-xhs-spend", "小红书投放花费", "XHS ad spend", &xhs, None, Role::Spend, 300_000.0, 0.98, "元", None),
        ("k-dy-spend", "抖音投放花费", "Douyin ad spend", &dy, None, Role::Spend, 400_000.0, 0.99, "元", None),
    ];
    let n = plan.start.days_until(plan.end) + 1;
    for (k, (id, z, e, ch, stage, role, total, pace, unit, goal)) in rows.iter().enumerate() {
        let mut kpi = Kpi::new(*id, t(z, e));
        kpi.kind = if stage.is_some() && *stage != Some("conversion") { KpiKind::Process } else { KpiKind::Result };
        kpi.unit = if unit.is_empty() { t("次", "") } else { t(unit, "CNY") };
        kpi.target = Some(Num(*total));
        kpi.channel = ch.to_string();
        kpi.stage = stage.map(str::to_string);
        kpi.role = *role;
        // Spending less than planned is not a problem; more is.
        if *role == Role::Spend {
            kpi.direction = Direction::Lower;
        }
        kpi.goal = goal.map(str::to_string);
        let per_day = total / n as f64;
        for i in 0..days {
            if *id == "k-xhs-uv" && i == 9 {
                continue; // the day nobody entered
            }
            let slump = matches!(*id, "k-dy-conv" | "k-dy-rev") && i >= days - 3;
            let f = if slump { 0.62 + 0.04 * noise(k, i) } else { pace + 0.06 * noise(k, i) };
            let v = (per_day * f).round();
            kpi.actuals.insert(plan.start.add_days(i), Num(v));
        }
        plan.kpis.push(kpi);
    }
    // The conversion rate (orders ÷ visits, %) and the cost per lead.
    let mut cvr = Kpi::new("k-cvr", t("转化率", "Conversion rate"));
    cvr.kind = KpiKind::Result;
    cvr.unit = "%".into();
    cvr.aggregate = Aggregate::Average;
    cvr.target = Some(Num(5.0));
    cvr.goal = Some("g-conv".into());
    let mut cpl = Kpi::new("k-cpl", t("线索成本", "Cost per lead"));
    cpl.unit = t("元", "CNY");
    cpl.direction = Direction::Lower;
    cpl.aggregate = Aggregate::Average;
    cpl.target = Some(Num(50.0));
    for i in 0..days {
        let dip = i == 4;
        let rate = if dip { 4.3 } else { ((5.15 + 0.25 * noise(20, i)) * 10.0).round() / 10.0 };
        cvr.actuals.insert(plan.start.add_days(i), Num(rate));
        cpl.actuals.insert(plan.start.add_days(i), Num((47.0 + 3.0 * noise(21, i)).round()));
    }
    // The community grows weekly towards 5,000 members from 1,200.
    let mut members = Kpi::new("k-members", t("社群成员数", "Community members"));
    members.kind = KpiKind::Result;
    members.unit = t("人", "");
    members.aggregate = Aggregate::Last;
    members.period = Period::Week;
    members.baseline = Some(Num(1_200.0));
    members.target = Some(Num(5_000.0));
    members.channel = t("私域社群", "Private community");
    members.goal = Some("g-users".into());
    let weeks = Periods::of(plan, Period::Week);
    for (w, v) in [1_520.0, 1_860.0].into_iter().enumerate() {
        if weeks.last_day(w) < today {
            members.actuals.insert(weeks.first_day(w), Num(v));
        }
    }
    plan.kpis.extend([cvr, cpl, members]);

    // Stages: repeat purchases are typed on the stage (no KPI feeds it).
    if let Some(s) = plan.monitor.stages.iter_mut().find(|s| s.id == "repeat") {
        s.planned = Some(Num(600.0));
        s.actual = Some(Num(150.0));
    }
    let m = &mut plan.monitor;
    if let Some(r) = m.rules.iter_mut().find(|r| r.id == "r-share") {
        r.response = t(
            "当天复盘素材与出价；连续不达标则把预算切到表现更好的渠道",
            "Review creatives and bids the same day; if it persists, move budget to the better channel",
        );
    }
    m.rules.push(Rule {
        id: "r-cvr".into(),
        kind: RuleKind::Threshold { below: true, value: Num(4.5) },
        kpi: Some("k-cvr".into()),
        severity: Severity::Yellow,
        response: t("检查落地页加载与优惠力度", "Check landing page speed and the offer"),
        enabled: true,
    });
    m.rules.push(Rule {
        id: "r-missing".into(),
        kind: RuleKind::MissingData { periods: 2 },
        kpi: None,
        severity: Severity::Yellow,
        response: t("数据分析当天补录", "Data analyst fills the gap the same day"),
        enabled: true,
    });
    // The conversion-rate dip was handled: acknowledged, then resolved.
    let dip = plan.start.add_days(4);
    if let Some(a) = alerts(plan, today).into_iter().find(|a| a.rule == "r-cvr") {
        plan.monitor.notes = vec![
            AlertNote {
                id: "n1".into(),
                alert: a.key.clone(),
                step: AlertStep::Acknowledge,
                day: dip,
                note: String::new(),
            },
            AlertNote {
                id: "n2".into(),
                alert: a.key,
                step: AlertStep::Resolve,
                day: dip.add_days(1),
                note: t(
                    "落地页首屏加载慢，已压缩图片，次日恢复",
                    "Landing page was slow; images compressed, back the next day",
                ),
            },
        ];
    }
    plan.monitor.adjustments.push(Adjustment {
        id: "adj1".into(),
        checkpoint: Checkpoint::Third,
        text: t(
            "抖音直播间增加限时优惠，提升线索转化",
            "Add a time-limited offer in Douyin live streams to lift lead conversion",
        ),
        owner: Some("p-host".into()),
        done: false,
    });
}
