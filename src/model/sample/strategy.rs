//! The sample plan's strategy workspace: insight, SWOT/TOWS, goals with their
//! SMART data, positioning, incentives, messages, journey and channel mix,
//! from the domain brief's examples. Filled in so a newcomer sees what good
//! looks like, with one goal still missing work and a feasibility note, so the
//! trace and the SMART check have something to point at.
//! Must not know about the UI.

use crate::model::strategy::data::Competitor;
use crate::model::strategy::data::Incentive;
use crate::model::strategy::data::Persona;
use crate::model::strategy::data::Tactic;
use crate::model::strategy::data::Tier;

use crate::model::strategy::data::ChannelKind;

use crate::model::strategy::data::ChannelShare;

use crate::model::strategy::data::JourneyStep;

use crate::model::strategy::data::IncentiveKind;

use crate::model::strategy::data::TacticKind;

use crate::model::strategy::data::GenericStrategy;

use crate::model::strategy::data::TowsKind;

use crate::model::strategy::data::Quadrant;

use crate::model::strategy::data::Side;

use crate::model::strategy::data::Force;

use crate::model::strategy::data::Effect;

use crate::model::strategy::data::Factor;

use crate::model::strategy::data::Dimension;

use crate::model::strategy::data::Goal;

use crate::model::sample::Money;

use crate::model::strategy::data::Priority;

use crate::model::base::num::Num;

use crate::model::strategy::data::TowsStrategy;

use crate::model::strategy::data::SwotEntry;

use crate::model::strategy::data::InternalEntry;

use crate::model::strategy::data::ForceRating;

use crate::model::strategy::data::PestelEntry;

use crate::model::strategy::data::Strategy;

use crate::model::sample::Day;

use crate::model::sample::SampleLang;

/// Goal deadlines fall on the plan's `end`.
pub fn sample_strategy(lang: SampleLang, end: Day) -> Strategy {
    let zh = lang == SampleLang::Zh;
    let t = |a: &str, b: &str| if zh { a.to_string() } else { b.to_string() };
    let pestel = |id: &str, factor, zh: &str, en: &str, effect, weight| PestelEntry {
        id: id.into(),
        factor,
        text: t(zh, en),
        effect,
        weight,
    };
    let force = |force, rating, zh: &str, en: &str| ForceRating { force, rating, notes: t(zh, en) };
    let internal = |id: &str, side, zh: &str, en: &str| InternalEntry { id: id.into(), side, text: t(zh, en) };
    let swot = |id: &str, quadrant, source: &str, zh: &str, en: &str| SwotEntry {
        id: id.into(),
        quadrant,
        text: t(zh, en),
        source: Some(source.into()),
    };
    let tows = |id: &str, kind, zh: &str, en: &str, links: &[&str]| TowsStrategy {
        id: id.into(),
        kind,
        text: t(zh, en),
        links: links.iter().map(|x| x.to_string()).collect(),
    };
    let tactic = |id: &str, kind, zh: &str, en: &str| Tactic { id: id.into(), kind, text: t(zh, en) };
    #[allow(clippy::too_many_arguments)]
    let goal = |id: &str,
                parent: Option<&str>,
                dimension,
                statement: (&str, &str),
                metric: (&str, &str),
                scope: (&str, &str),
                unit: (&str, &str),
                (baseline, target): (f64, f64),
                owner: &str,
                serves: &[&str],
                feasibility: (&str, &str),
                budget: i64| Goal {
        parent: parent.map(str::to_string),
        metric: t(metric.0, metric.1),
        scope: t(scope.0, scope.1),
        unit: t(unit.0, unit.1),
        baseline: Some(Num(baseline)),
        target: Some(Num(target)),
        deadline: Some(end),
        owner: Some(owner.into()),
        priority: if parent.is_none() { Priority::High } else { Priority::Medium },
        serves: serves.iter().map(|x| x.to_string()).collect(),
        feasibility: t(feasibility.0, feasibility.1),
        budget: Money::from_major(budget),
        ..Goal::new(id, None, dimension, t(statement.0, statement.1))
    };
    let mut goals = vec![
        goal(
            "g-all",
            None,
            Dimension::Revenue,
            (
                "30天内，通过小红书种草+抖音直播，实现新品A销售额300万元，新增用户5000人",
                "Within 30 days, through Xiaohongshu seeding plus Douyin live streams, sell ¥3M of new product A and gain 5,000 new users",
            ),
            ("销售额", "Sales"),
            ("新品A，全渠道", "New product A, all channels"),
            ("万元", "¥10k"),
            (180.0, 300.0),
            "p-manager",
            &["st-so"],
            (
                "上一代产品首月销售180万元；本次预算增加60%，并新增直播渠道",
                "The previous model sold ¥1.8M in its first month; the budget is 60% higher and live streams are new",
            ),
            800_000,
        ),
        goal(
            "g-traffic",
            Some("g-all"),
            Dimension::Traffic,
            ("小红书曝光达到500万次", "5M exposures on Xiaohongshu"),
            ("曝光量", "Exposures"),
            ("小红书种草笔记", "Xiaohongshu seeding notes"),
            ("次", "views"),
            (1_200_000.0, 5_000_000.0),
            "p-ops",
            &["t-kol"],
            (
                "25位达人×每篇平均20万曝光，另有品牌号自然流量",
                "25 creators × about 200k views a note, plus the brand account's organic reach",
            ),
            320_000,
        ),
        goal(
            "g-conv",
            Some("g-all"),
            Dimension::Conversion,
            ("线索转化率提升到25%", "Lead conversion up to 25%"),
            ("线索转化率", "Lead conversion rate"),
            ("抖音直播间与私域社群", "Douyin live room and private community"),
            ("%", "%"),
            (18.0, 25.0),
            "p-host",
            &["t-live", "st-wo"],
            ("直播间专属券+主播讲解，行业同类直播转化率22–28%", "Live-only coupons and demos; similar streams convert 22–28%"),
            200_000,
        ),
        goal(
            "g-users",
            Some("g-all"),
            Dimension::Users,
            ("新增注册用户5000人", "5,000 new registered users"),
            ("新增注册用户", "New registered users"),
            ("私域社群", "Private community"),
            ("人", "users"),
            (2_000.0, 5_000.0),
            "p-community",
            &["t-fission", "st-st"],
            ("12万社群成员，2轮裂变每轮预计带来1500人", "120k members; each of 2 fission rounds should bring 1,500"),
            120_000,
        ),
        goal(
            "g-brand",
            Some("g-all"),
            Dimension::Brand,
            ("媒体报道量提升50%", "Media coverage +50%"),
            ("媒体报道篇数", "Media articles"),
            ("行业与科技媒体", "Trade and tech media"),
            ("篇", "articles"),
            (20.0, 30.0),
            "p-manager",
            &["t-pr"],
            ("", ""),
            0,
        ),
    ];
    goals[4].priority = Priority::Low;
    Strategy {
        pestel: vec![
            pestel(
                "pe-p",
                Factor::Political,
                "地方发放数字消费券，鼓励数码消费",
                "Local digital-consumption vouchers encourage electronics spending",
                Effect::Opportunity,
                3,
            ),
            pestel(
                "pe-e",
                Factor::Economic,
                "消费趋于理性，用户更看重性价比",
                "Consumers are more careful and weigh value for money",
                Effect::Threat,
                4,
            ),
            pestel(
                "pe-s",
                Factor::Social,
                "年轻职场人追求效率，愿为便利付费",
                "Young professionals value efficiency and pay for convenience",
                Effect::Opportunity,
                5,
            ),
            pestel(
                "pe-t",
                Factor::Technological,
                "直播电商与AI内容工具成熟，内容生产成本下降",
                "Live commerce and AI content tools are mature; content costs less to make",
                Effect::Opportunity,
                4,
            ),
            pestel(
                "pe-en",
                Factor::Environmental,
                "环保包装受到关注",
                "Sustainable packaging gets attention",
                Effect::Opportunity,
                2,
            ),
            pestel(
                "pe-l",
                Factor::Legal,
                "《广告法》对功效宣称审查趋严",
                "Stricter review of performance claims under the Advertising Law",
                Effect::Threat,
                4,
            ),
        ],
        forces: vec![
            force(
                Force::Rivalry,
                5,
                "3个头部品牌同期上新，价格战明显",
                "Three leading brands launch at the same time; price war",
            ),
            force(Force::NewEntrants, 3, "白牌通过直播低价切入", "White-label brands enter through cheap live streams"),
            force(Force::Substitutes, 3, "手机自带功能可部分替代", "Built-in phone features can partly replace it"),
            force(Force::Buyers, 4, "比价方便，议价能力强", "Price comparison is easy; buyers have power"),
            force(Force::Suppliers, 2, "核心部件有两家以上供应商", "Two or more suppliers for key parts"),
        ],
        internal: vec![
            internal("in-s1", Side::Strength, "自有私域社群12万人", "Own private community of 120k members"),
            internal("in-s2", Side::Strength, "续航比同类产品长30%", "Battery lasts 30% longer than rivals"),
            internal("in-w1", Side::Weakness, "品牌知名度低于头部品牌", "Less known than the leading brands"),
            internal("in-w2", Side::Weakness, "直播团队经验不足", "Little live-streaming experience in the team"),
        ],
        competitors: vec![
            Competitor {
                id: "cp-b".into(),
                name: t("品牌B", "Brand B"),
                theme: t("职场效率季", "Work smarter season"),
                format: t("达人测评+品牌直播", "Creator reviews + brand live streams"),
                channels: t("抖音、小红书", "Douyin, Xiaohongshu"),
                timing: t("上月中旬起，为期3周", "From mid last month, 3 weeks"),
                feedback: t("优惠力度大，但测评内容同质化", "Big discounts, but reviews all look alike"),
            },
            Competitor {
                id: "cp-c".into(),
                name: t("品牌C", "Brand C"),
                theme: t("开学焕新", "Back to school"),
                format: t("社群团购+拼团", "Community group buying"),
                channels: t("微信社群、视频号", "WeChat groups, Channels"),
                timing: t("开学前2周", "2 weeks before term"),
                feedback: t("学生群体反响好，复购低", "Students liked it; few repeat purchases"),
            },
        ],
        personas: vec![
            Persona {
                id: "ps-1".into(),
                name: t("效率职场人 小林", "Lin, efficiency-minded professional"),
                age: "25–30".into(),
                gender: t("女", "Female"),
                city_tier: t("一线/新一线", "Tier 1 / new tier 1"),
                income: t("月入1–2万元", "¥10–20k a month"),
                habits: t(
                    "通勤刷小红书，晚间看直播",
                    "Reads Xiaohongshu on the commute, watches live streams at night",
                ),
                media: vec![t("小红书", "Xiaohongshu"), t("抖音", "Douyin"), t("微信公众号", "WeChat account")],
                pains: t("工具多而杂，学习成本高", "Too many tools, each takes time to learn"),
                needs: t("开箱即用，省时间", "Works out of the box, saves time"),
                quote: t("能帮我每天省半小时，我就愿意付费。", "If it saves me half an hour a day, I'll pay for it."),
            },
            Persona {
                id: "ps-2".into(),
                name: t("精打细算的学生 阿杰", "Jie, budget-minded student"),
                age: "18–22".into(),
                gender: t("男", "Male"),
                city_tier: t("二线", "Tier 2"),
                income: t("生活费每月2000元", "¥2,000 a month allowance"),
                habits: t("B站学习区，喜欢拼团", "Studies on Bilibili, likes group buying"),
                media: vec![t("B站", "Bilibili"), t("微信社群", "WeChat groups")],
                pains: t("预算有限", "Tight budget"),
                needs: t("学生优惠，分期", "Student prices, instalments"),
                quote: t("有学生价我就入手。", "With a student price, I'm in."),
            },
        ],
        swot: vec![
            swot("sw-s1", Quadrant::S, "in-s1", "自有私域社群12万人", "Own private community of 120k members"),
            swot("sw-s2", Quadrant::S, "in-s2", "续航比同类产品长30%", "Battery lasts 30% longer than rivals"),
            swot("sw-w1", Quadrant::W, "in-w1", "品牌知名度低于头部品牌", "Less known than the leading brands"),
            swot("sw-w2", Quadrant::W, "in-w2", "直播团队经验不足", "Little live-streaming experience in the team"),
            swot("sw-o1", Quadrant::O, "pe-s", "年轻职场人愿为效率付费", "Young professionals pay for efficiency"),
            swot(
                "sw-o2",
                Quadrant::O,
                "pe-t",
                "直播电商与AI内容工具成熟",
                "Live commerce and AI content tools are mature",
            ),
            swot("sw-t1", Quadrant::T, "pe-e", "用户更看重性价比", "Buyers weigh value for money"),
            swot(
                "sw-t2",
                Quadrant::T,
                "force:rivalry",
                "头部品牌同期上新，价格战",
                "Leading brands launch at once; price war",
            ),
        ],
        tows: vec![
            tows(
                "st-so",
                TowsKind::So,
                "以小红书达人种草放大“续航长30%”，引流到抖音直播转化",
                "Seed “30% longer battery” with Xiaohongshu creators and convert in Douyin live streams",
                &["sw-s2", "sw-o1", "sw-o2"],
            ),
            tows(
                "st-wo",
                TowsKind::Wo,
                "与成熟直播服务商合作，补齐直播能力",
                "Partner with an experienced live-streaming agency to close the skills gap",
                &["sw-w2", "sw-o2"],
            ),
            tows(
                "st-st",
                TowsKind::St,
                "私域社群专享价，对冲竞品价格战",
                "Community-only prices to blunt the rivals' price war",
                &["sw-s1", "sw-t2"],
            ),
            tows(
                "st-wt",
                TowsKind::Wt,
                "避开头部品牌上新高峰，错峰投放",
                "Avoid the leading brands' launch peak; place ads off-peak",
                &["sw-w1", "sw-t2"],
            ),
        ],
        goals,
        positioning: t("为职场人打造的效率工具", "The efficiency tool for professionals"),
        generic: Some(GenericStrategy::Differentiation),
        tactics: vec![
            tactic(
                "t-kol",
                TacticKind::Kol,
                "5位腰部达人+20位素人种草",
                "5 mid-tier KOLs + 20 amateurs seed the product",
            ),
            tactic("t-live", TacticKind::LiveCommerce, "抖音品牌自播3场", "3 brand live streams on Douyin"),
            tactic(
                "t-fission",
                TacticKind::CommunityFission,
                "社群2轮裂变：分享海报，好友助力得券",
                "2 community fission rounds: share a poster, friends help unlock a coupon",
            ),
            tactic("t-pr", TacticKind::Pr, "行业媒体首发测评", "Launch reviews in trade media"),
        ],
        theme: t("效率焕新季", "Efficiency Refresh Season"),
        incentives: vec![
            Incentive {
                id: "ic-1".into(),
                kind: IncentiveKind::Coupon,
                rule: t("新客满300减50", "New customers: ¥50 off ¥300"),
                unit_cost: Money::from_major(50),
                quantity: 2000,
            },
            Incentive {
                id: "ic-2".into(),
                kind: IncentiveKind::Gift,
                rule: t("前500名下单送定制鼠标垫", "First 500 orders get a custom mouse pad"),
                unit_cost: Money::from_major(15),
                quantity: 500,
            },
            Incentive {
                id: "ic-3".into(),
                kind: IncentiveKind::Lottery,
                rule: t("分享海报抽10人免单", "Share the poster: 10 winners get it free"),
                unit_cost: Money::from_major(599),
                quantity: 10,
            },
        ],
        slogans: vec![
            t("每天省下半小时", "Half an hour back, every day"),
            t("续航多30%，专注不断电", "30% more battery, focus without breaks"),
            t("效率，从A开始", "Efficiency starts with A"),
        ],
        selling_points: t(
            "续航比同类长30%\n一键同步多设备\n新客首单立减50元",
            "30% longer battery than rivals\nOne-tap sync across devices\n¥50 off the first order",
        ),
        journey: vec![
            JourneyStep {
                id: "j1".into(),
                text: t("扫码", "Scan the code"),
                conversion: false,
                risk: t("线下物料二维码位置不醒目", "The code on posters is hard to spot"),
            },
            JourneyStep {
                id: "j2".into(),
                text: t("关注公众号", "Follow the account"),
                conversion: true,
                risk: t("关注后没有即时欢迎礼，易流失", "No welcome gift on follow; people leave"),
            },
            JourneyStep {
                id: "j3".into(),
                text: t("分享海报", "Share the poster"),
                conversion: false,
                risk: t("海报文案违规被限流", "Poster copy breaks rules and gets throttled"),
            },
            JourneyStep {
                id: "j4".into(),
                text: t("好友助力", "Friends help"),
                conversion: false,
                risk: t("助力门槛过高导致放弃", "Too many helpers needed; people give up"),
            },
            JourneyStep {
                id: "j5".into(),
                text: t("领取奖励并下单", "Claim the reward and order"),
                conversion: true,
                risk: t("库存不足，奖励发放延迟", "Stock runs out; rewards arrive late"),
            },
        ],
        channels: vec![
            ChannelShare {
                id: "ch-xhs".into(),
                name: t("小红书", "Xiaohongshu"),
                kind: ChannelKind::Paid,
                online: true,
                tier: Tier::Core,
                share: 35,
            },
            ChannelShare {
                id: "ch-dy".into(),
                name: t("抖音", "Douyin"),
                kind: ChannelKind::Owned,
                online: true,
                tier: Tier::Core,
                share: 35,
            },
            ChannelShare {
                id: "ch-wx".into(),
                name: t("私域社群", "Private community"),
                kind: ChannelKind::Owned,
                online: true,
                tier: Tier::Promising,
                share: 20,
            },
            ChannelShare {
                id: "ch-bili".into(),
                name: t("B站", "Bilibili"),
                kind: ChannelKind::Paid,
                online: true,
                tier: Tier::Experimental,
                share: 10,
            },
        ],
    }
}

/// Which strategy each of the sample's work items carries out.
pub const SAMPLE_LINKS: [(&str, &str); 9] = [
    ("w1", "st-so"),
    ("w2", "st-so"),
    ("w3", "st-so"),
    ("w4", "t-kol"),
    ("w5", "t-live"),
    ("w6", "t-fission"),
    ("w7", "st-so"),
    ("w8", "st-so"),
    ("ms", "st-so"),
];
