//! The sample plan's budget, resources and risks, after the templates: of
//! ¥800,000, KOL 40%, content 25%, channel 20% and a 15% contingency reserve;
//! the domain brief's needs ("samples bought 10 days before") and its risk
//! register (a KOL cancelling, negative posts, an algorithm change…).
//! Dated around "today" like the rest of the sample. Must not know about the UI.

use crate::model::budget::data::Risk;

use crate::model::budget::data::RiskStatus;

use crate::model::budget::data::RiskCategory;

use crate::model::budget::data::Resource;

use crate::model::budget::data::ResourceStatus;

use crate::model::budget::data::ResourceKind;

use crate::model::budget::data::BudgetLine;

use crate::model::budget::data::Spend;

use crate::model::budget::data::Approval;

use crate::model::budget::data::Account;

use crate::model::sample::Money;

use crate::model::sample::SampleLang;

use crate::model::sample::Day;

use crate::model::sample::Plan;

pub fn add(plan: &mut Plan, today: Day, lang: SampleLang) {
    let zh = lang == SampleLang::Zh;
    let t = |a: &str, b: &str| if zh { a.to_string() } else { b.to_string() };
    let s = plan.start;
    let d = |n: i64| s.add_days(n);
    let xhs = t("小红书", "Xiaohongshu");
    let dy = t("抖音", "Douyin");
    let yuan = Money::from_major;
    let pay = |n: i64, amount: i64, zh: &str, en: &str| Spend { date: d(n), amount: yuan(amount), note: t(zh, en) };
    // (id, zh, en, account, channel, item, planned, committed, approval, spends)
    type Row<'a> = (&'a str, &'a str, &'a str, Account, &'a str, Option<&'a str>, i64, i64, Approval, Vec<Spend>);
    let rows: Vec<Row> = vec![
        (
            "b-dy-kol",
            "头部达人直播合作（3场）",
            "Top KOL live streams (3)",
            Account::Kol,
            &dy,
            Some("w5"),
            180_000,
            180_000,
            Approval::Approved,
            vec![pay(10, 54_000, "30% 定金", "30% deposit")],
        ),
        (
            "b-xhs-kol",
            "小红书腰部达人（5位）",
            "Mid-tier Xiaohongshu KOLs (5)",
            Account::Kol,
            &xhs,
            Some("w4"),
            100_000,
            100_000,
            Approval::Approved,
            vec![pay(13, 30_000, "首批笔记", "First notes")],
        ),
        (
            "b-xhs-kos",
            "素人笔记（20位）",
            "Amateur notes (20)",
            Account::Kol,
            &xhs,
            Some("w4"),
            40_000,
            16_000,
            Approval::Approved,
            vec![pay(14, 8_000, "", "")],
        ),
        (
            "b-content",
            "笔记与短视频制作",
            "Notes and short videos",
            Account::Content,
            "",
            Some("w4"),
            120_000,
            90_000,
            Approval::Approved,
            vec![pay(8, 40_000, "设计外包首款", "Design agency, first payment")],
        ),
        (
            "b-live-kit",
            "直播脚本与物料设计",
            "Live scripts and materials",
            Account::Content,
            &dy,
            Some("w5"),
            50_000,
            0,
            Approval::Submitted,
            vec![],
        ),
        (
            "b-fission",
            "社群裂变海报与话术",
            "Community fission posters and scripts",
            Account::Content,
            "",
            Some("w6"),
            30_000,
            0,
            Approval::Draft,
            vec![],
        ),
        (
            "b-dy-ads",
            "抖音投流（DOU+/千川）",
            "Douyin ads (DOU+ / Qianchuan)",
            Account::Channel,
            &dy,
            Some("w5"),
            100_000,
            40_000,
            Approval::Approved,
            vec![pay(12, 40_000, "预充值", "Prepaid")],
        ),
        (
            "b-xhs-ads",
            "小红书薯条加热",
            "Xiaohongshu note boosting",
            Account::Channel,
            &xhs,
            Some("w4"),
            60_000,
            12_000,
            Approval::Submitted,
            vec![pay(14, 12_000, "", "")],
        ),
        (
            "b-reserve",
            "备用金",
            "Contingency reserve",
            Account::Contingency,
            "",
            None,
            120_000,
            0,
            Approval::Approved,
            vec![],
        ),
    ];
    plan.budget.lines = rows
        .into_iter()
        .map(|(id, name_zh, name_en, account, channel, item, planned, committed, approval, spends)| {
            let decided = (approval == Approval::Approved).then(|| d(11));
            BudgetLine {
                channel: channel.to_string(),
                item: item.map(str::to_string),
                committed: yuan(committed),
                spends,
                approval,
                approver: decided.map(|_| "p-manager".to_string()),
                decided,
                flexible: id == "b-dy-ads",
                ..BudgetLine::new(id, t(name_zh, name_en), account, yuan(planned))
            }
        })
        .collect();

    let start_of = |id: &str| plan.item(id).map(|w| w.start).unwrap_or(today);
    // (id, zh, en, kind, quantity, item, lead days, ready by, status, owner)
    type Need<'a> = (&'a str, &'a str, &'a str, ResourceKind, u32, &'a str, u16, Option<Day>, ResourceStatus, &'a str);
    let needs: Vec<Need> = vec![
        (
            "r-kols",
            "腰部达人+素人",
            "Mid-tier KOLs and amateurs",
            ResourceKind::People,
            25,
            "w4",
            3,
            None,
            ResourceStatus::Ready,
            "p-ops",
        ),
        ("r-design", "设计师", "Designers", ResourceKind::People, 2, "w4", 0, None, ResourceStatus::Ready, "p-planner"),
        (
            "r-samples",
            "直播样品",
            "Live-stream samples",
            ResourceKind::Materials,
            30,
            "w5",
            10,
            None,
            ResourceStatus::Arranging,
            "p-host",
        ),
        (
            "r-kit",
            "直播间设备调试",
            "Live-room equipment tested",
            ResourceKind::Tool,
            1,
            "w5",
            3,
            None,
            ResourceStatus::Needed,
            "p-host",
        ),
        (
            "r-room",
            "抖音直播间与投流账户",
            "Douyin live room and ad account",
            ResourceKind::Channel,
            1,
            "w5",
            7,
            None,
            ResourceStatus::Ready,
            "p-ops",
        ),
        (
            "r-gifts",
            "裂变礼品",
            "Fission gifts",
            ResourceKind::Materials,
            200,
            "w6",
            5,
            Some(start_of("w6").add_days(-2)),
            ResourceStatus::Arranging,
            "p-community",
        ),
        (
            "r-bi",
            "数据分析看板",
            "Analytics dashboard",
            ResourceKind::Tool,
            1,
            "w7",
            3,
            None,
            ResourceStatus::Needed,
            "p-data",
        ),
    ];
    plan.budget.resources = needs
        .into_iter()
        .map(|(id, zh, en, kind, quantity, item, lead_days, ready_by, status, owner)| Resource {
            id: id.into(),
            name: t(zh, en),
            kind,
            quantity,
            item: Some(item.into()),
            lead_days,
            // Most needs are planned for exactly when they are due.
            ready_by: ready_by.or_else(|| Some(start_of(item).add_days(-(lead_days as i64)))),
            status,
            owner: Some(owner.into()),
        })
        .collect();

    // (id, zh, en, category, likelihood, impact, trigger, response, backup, owner, status, cost, kpi)
    type R<'a> = (
        &'a str,
        [&'a str; 2],
        RiskCategory,
        u8,
        u8,
        [&'a str; 2],
        [&'a str; 2],
        [&'a str; 2],
        &'a str,
        RiskStatus,
        i64,
        Option<&'a str>,
    );
    let risks: Vec<R> = vec![
        (
            "risk-kol",
            ["头部达人临时取消合作", "Top KOL cancels"],
            RiskCategory::Talent,
            3,
            5,
            ["达人档期冲突或出现负面", "Schedule clash or bad press for the KOL"],
            ["48 小时内启用备选达人，调整直播排期", "Switch to a backup KOL within 48 h and move the streams"],
            ["2 位备选达人已询档", "2 backup KOLs on hold"],
            "p-ops",
            RiskStatus::Watching,
            30_000,
            None,
        ),
        (
            "risk-dy-roi",
            ["抖音投流转化不达预期", "Douyin ads convert below plan"],
            RiskCategory::Budget,
            4,
            3,
            ["订单连续 3 天低于目标 80%", "Orders below 80% of target 3 days running"],
            ["优化落地页与素材，追加预算测试新人群", "Fix the landing page and creative; test new audiences"],
            ["转投小红书薯条", "Move spend to Xiaohongshu boosting"],
            "p-ops",
            RiskStatus::Triggered,
            40_000,
            Some("k-dy-conv"),
        ),
        (
            "risk-opinion",
            ["负面笔记或评论发酵", "Negative posts spread"],
            RiskCategory::PublicOpinion,
            2,
            4,
            ["单条负面互动超过 500", "A negative post passes 500 interactions"],
            ["1 小时内回应，客服与法务联动", "Respond within 1 hour with customer service and legal"],
            ["", ""],
            "p-manager",
            RiskStatus::Open,
            10_000,
            None,
        ),
        (
            "risk-algo",
            ["平台算法调整，笔记流量下滑", "Platform algorithm change cuts reach"],
            RiskCategory::Algorithm,
            3,
            3,
            ["笔记曝光周环比下降 30%", "Note exposure down 30% week on week"],
            ["加大薯条加热，调整发布时段", "Boost more notes and move posting times"],
            ["", ""],
            "p-ops",
            RiskStatus::Open,
            20_000,
            Some("k-xhs-exp"),
        ),
        (
            "risk-price",
            ["竞品同期降价", "Competitor cuts prices"],
            RiskCategory::Competitor,
            3,
            4,
            ["主要竞品降价超过 10%", "A main rival cuts prices by more than 10%"],
            ["加赠礼品，不跟进价格战", "Add gifts; do not follow the price war"],
            ["", ""],
            "p-manager",
            RiskStatus::Open,
            25_000,
            None,
        ),
        (
            "risk-samples",
            ["样品到货延迟", "Samples arrive late"],
            RiskCategory::Supplier,
            2,
            3,
            ["直播前 10 天未到货", "Not in 10 days before the stream"],
            ["催单并启用备用供应商", "Chase the order and use the backup supplier"],
            ["备用供应商已报价", "Backup supplier has quoted"],
            "p-host",
            RiskStatus::Open,
            8_000,
            None,
        ),
        (
            "risk-kit",
            ["直播设备故障", "Live-stream equipment fails"],
            RiskCategory::Technical,
            1,
            4,
            ["调试时推流中断", "The stream drops during the test"],
            ["提前 3 天调试，备用机位与网络", "Test 3 days before; spare camera and network"],
            ["", ""],
            "p-host",
            RiskStatus::Open,
            0,
            None,
        ),
    ];
    plan.budget.risks = risks
        .into_iter()
        .map(|(id, title, category, likelihood, impact, trigger, response, backup, owner, status, cost, kpi)| Risk {
            id: id.into(),
            title: t(title[0], title[1]),
            category,
            likelihood,
            impact,
            trigger: t(trigger[0], trigger[1]),
            response: t(response[0], response[1]),
            backup: t(backup[0], backup[1]),
            owner: Some(owner.into()),
            status,
            cost: yuan(cost),
            triggered: (status == RiskStatus::Triggered).then(|| today.add_days(-1)),
            kpi: kpi.map(str::to_string),
        })
        .collect();
}
