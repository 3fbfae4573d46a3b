//! Strings of the strategy workspace (insight, SWOT/TOWS, goals and SMART,
//! strategy, channel mix, trace, the printed brief) in zh-CN and English.
//! Each string is written once as a zh/en pair, so a missing translation does
//! not compile. Must not know about the browser.

use super::{pick, Locale};
use crate::model::strategy::data::ChannelKind;
use crate::model::strategy::data::Dimension;
use crate::model::strategy::data::Effect;
use crate::model::strategy::data::Factor;
use crate::model::strategy::data::Force;
use crate::model::strategy::data::GenericStrategy;
use crate::model::strategy::data::IncentiveKind;
use crate::model::strategy::data::Priority;
use crate::model::strategy::data::Quadrant;
use crate::model::strategy::data::Side;
use crate::model::strategy::data::TacticKind;
use crate::model::strategy::data::Tier;
use crate::model::strategy::data::TowsKind;
use crate::model::strategy::rules::Letter;
use crate::model::strategy::rules::SmartGap;

texts! {
    StrategyTexts;
    tab_strategy: "策略方案", "Strategy";
    print_brief: "策略简报", "Strategy brief";
    add: "添加", "Add";
    remove: "删除", "Remove";
    move_up: "上移", "Move up";
    move_down: "下移", "Move down";
    example: "示例", "Example";
    // PESTEL
    pestel_title: "PESTEL 宏观环境", "PESTEL: the environment";
    pestel_help: "政治、经济、社会、技术、环境、法律六个方面，各写影响本次活动的因素，标出机会或威胁与权重（1–5）。",
        "Political, economic, social, technological, environmental and legal: note what affects this campaign, whether it is an opportunity or a threat, and its weight (1–5).";
    pestel_empty: "社会——年轻职场人追求效率，愿为便利付费（机会，权重5）",
        "Social — young professionals value efficiency and pay for convenience (opportunity, weight 5)";
    factor_placeholder: "写一条因素，回车添加", "Write a factor, Enter adds it";
    weight: "权重", "Weight";
    effect_label: "机会或威胁", "Opportunity or threat";
    to_swot: "加入 SWOT", "Add to SWOT";
    in_swot: "已在 SWOT", "In SWOT";
    // Five forces
    forces_title: "波特五力", "Porter's five forces";
    forces_help: "给每种力量打分：1 弱 – 5 强。力量越强，对本次活动的压力越大。", "Rate each force from 1 (weak) to 5 (strong): the stronger, the more pressure on this campaign.";
    rating: "强度", "Strength";
    not_rated: "未评", "Not rated";
    notes: "说明", "Notes";
    // Internal
    internal_title: "内部资源", "Internal resources";
    internal_help: "我们自己擅长什么、缺什么：团队、渠道、产品、预算。", "What we are good at and what we lack: team, channels, product, budget.";
    internal_empty: "优势——自有私域社群12万人；劣势——直播团队经验不足",
        "Strength — own community of 120k members; weakness — little live-streaming experience";
    // Competitors
    competitors_title: "竞品活动", "Competitor campaigns";
    competitors_empty: "品牌B「职场效率季」，达人测评+直播，抖音、小红书，为期3周；反馈：优惠大但内容同质化",
        "Brand B “Work smarter season”: creator reviews + live streams on Douyin and Xiaohongshu for 3 weeks; feedback: big discounts, reviews all alike";
    competitor: "竞品", "Competitor";
    theme: "主题", "Theme";
    format: "形式", "Format";
    channels: "渠道", "Channels";
    timing: "时间", "Timing";
    feedback: "用户反馈", "User feedback";
    // Personas
    personas_title: "用户画像", "Personas";
    personas_empty: "25–30岁职场人，重视效率，愿为便利付费；通勤刷小红书，晚间看直播",
        "25–30, young professional, values efficiency, pays for convenience; reads Xiaohongshu on the commute";
    persona_name: "画像名称", "Persona name";
    age: "年龄", "Age";
    gender: "性别", "Gender";
    city_tier: "城市级别", "City tier";
    income: "收入", "Income";
    habits: "习惯", "Habits";
    media: "触媒偏好", "Media preferences";
    media_hint: "多个渠道用顿号或逗号分隔", "Separate channels with commas";
    pains: "痛点", "Pain points";
    needs: "需求", "Needs";
    quote: "一句原话", "In their words";
    // SWOT / TOWS
    swot_title: "SWOT 分析", "SWOT";
    swot_help: "可从上方 PESTEL、五力和内部资源一键加入，也可以直接写。", "Add entries from PESTEL, the five forces and internal resources above, or write them here.";
    swot_empty: "还没有条目", "Nothing yet";
    swot_placeholder: "写一条，回车添加", "Write one, Enter adds it";
    tows_title: "TOWS 策略矩阵", "TOWS strategies";
    tows_help: "把 SWOT 两两组合成策略：勾选它所依据的条目。", "Combine SWOT entries into strategies: tick the entries each one builds on.";
    tows_empty: "SO——以小红书达人种草放大“续航长30%”，引流到抖音直播转化",
        "SO — seed “30% longer battery” with Xiaohongshu creators and convert in Douyin live streams";
    tows_placeholder: "写一条策略", "Write a strategy";
    builds_on: "依据", "Builds on";
    no_swot_for: "先在 SWOT 中写下{a}或{b}", "First add {a} or {b} entries to the SWOT";
    // Goals
    goals_title: "目标树", "Goal tree";
    goals_help: "一个总目标，按维度拆成子目标。SMART 检查读的是你填的数据：写清指标、范围、单位、目标值、截止日期，关联策略并说明可行性。",
        "One overall goal, split into sub-goals by dimension. The SMART check reads what you fill in: metric, scope, unit, target, deadline, a linked strategy and a feasibility note.";
    goals_empty: "30天内，通过小红书种草+抖音直播，实现新品A销售额300万元，新增用户5000人",
        "Within 30 days, through Xiaohongshu seeding plus Douyin live streams, sell ¥3M of new product A and gain 5,000 new users";
    add_overall: "添加总目标", "Add an overall goal";
    add_sub: "添加子目标", "Add a sub-goal";
    new_goal: "新目标", "New goal";
    statement: "目标描述", "Goal";
    dimension: "维度", "Dimension";
    metric: "指标", "Metric";
    scope: "范围", "Scope";
    unit: "单位", "Unit";
    baseline: "基线", "Baseline";
    target: "目标值", "Target";
    deadline: "截止日期", "Deadline";
    owner: "负责人", "Owner";
    priority: "优先级", "Priority";
    budget: "关联预算", "Budget";
    feasibility: "可行性说明", "Feasibility note";
    serves: "服务的策略", "Served by";
    no_strategies: "先在 TOWS 矩阵或战术中写下策略", "Write strategies in the TOWS matrix or tactics first";
    smart_ok: "符合 SMART", "SMART";
    /// `{n}` letters of 5.
    smart_score: "SMART {n}/5", "SMART {n}/5";
    /// `{pct}` is the growth over the baseline, signed.
    growth: "较基线 {pct}", "{pct} on baseline";
    not_a_number: "请输入数字，如 25、3万、12.5%", "Enter a number, e.g. 25, 30000 or 12.5%";
    ranking_title: "目标优先级与资源", "Goal ranking and resources";
    ranking_help: "预算紧张时先做单位成本低、优先级高的目标。用 ↑↓ 调整顺序。", "When budget is tight, do the goals with the lowest cost per unit and the highest priority first. Use ↑↓ to order them.";
    rank: "排序", "Rank";
    cost_per_unit: "单位成本", "Cost per unit";
    /// `{unit}` is the goal's unit.
    per_unit: "每{unit}", "per {unit}";
    no_budget: "未关联预算", "No budget linked";
    // Strategy
    positioning_title: "定位与竞争战略", "Positioning and generic strategy";
    positioning: "定位语", "Positioning statement";
    positioning_empty: "为职场人打造的效率工具", "The efficiency tool for professionals";
    generic: "竞争战略", "Generic strategy";
    tactics_title: "战术", "Tactics";
    tactics_empty: "达人——5位腰部达人+20位素人种草", "KOL — 5 mid-tier KOLs + 20 amateurs seed the product";
    tactic_placeholder: "写一条战术", "Write a tactic";
    theme_title: "主题与激励", "Theme and incentives";
    theme_placeholder: "活动主题，如“效率焕新季”", "Campaign theme, e.g. “Efficiency Refresh Season”";
    incentives_empty: "优惠券——新客满300减50，单价50元×2000张", "Coupon — ¥50 off ¥300 for new customers, ¥50 × 2,000";
    rule: "规则", "Rule";
    unit_cost: "单价", "Unit cost";
    quantity: "数量", "Quantity";
    total: "合计", "Total";
    /// `{amount}` is the money.
    incentives_total: "激励总成本 {amount}", "Incentives cost {amount} in total";
    messages_title: "核心信息", "Core messages";
    /// `{n}` is 1–3.
    slogan: "口号 {n}", "Slogan {n}";
    slogan_placeholder: "例：每天省下半小时", "e.g. Half an hour back, every day";
    selling_points: "核心卖点（每行一条）", "Key selling points (one per line)";
    journey_title: "用户旅程", "User journey";
    journey_help: "按顺序写下用户的每一步，标出转化节点和风险点。", "Write the user's steps in order; mark the conversion points and the risks.";
    journey_empty: "扫码 → 关注 → 分享海报 → 好友助力 → 领取奖励", "Scan → follow → share the poster → friends help → claim the reward";
    step_placeholder: "这一步用户做什么", "What the user does at this step";
    conversion_node: "转化节点", "Conversion point";
    risk: "风险点", "Risk";
    mix_title: "渠道组合", "Channel mix";
    mix_help: "各渠道的预算占比合计应为 100%。70/20/10 法则：70% 投向高转化的核心渠道，20% 潜力渠道，10% 试验。",
        "Budget shares must add up to 100%. The 70/20/10 rule: 70% to proven high-conversion channels, 20% to promising ones, 10% to experiments.";
    mix_empty: "小红书 35%、抖音 35%（核心），私域社群 20%（潜力），B站 10%（试验）",
        "Xiaohongshu 35%, Douyin 35% (core), private community 20% (promising), Bilibili 10% (experiment)";
    channel: "渠道", "Channel";
    channel_placeholder: "如 小红书", "e.g. Xiaohongshu";
    kind: "类型", "Type";
    online: "线上", "Online";
    offline: "线下", "Offline";
    tier: "梯队", "Tier";
    share: "预算占比 %", "Budget share %";
    /// `{n}` is the total percent.
    mix_total: "合计 {n}%", "Total {n}%";
    mix_complete: "分配完整", "fully allocated";
    /// `{n}` is how many points are missing.
    mix_under: "还差 {n}% 未分配", "{n}% still to allocate";
    /// `{n}` is how many points over.
    mix_over: "超出 {n}%，请调低占比", "{n}% over: lower some shares";
    rule_title: "对照 70/20/10 法则", "Against the 70/20/10 rule";
    rule_ok: "与法则一致（各梯队偏差不超过 5 个百分点）", "In line with the rule (each tier within 5 points)";
    rule_off: "与法则有偏差：这是有意为之吗？", "Off the rule: is that on purpose?";
    /// `{actual}` and `{rule}` are percents.
    tier_vs_rule: "{actual}% / 法则 {rule}%", "{actual}% / rule {rule}%";
    // Trace
    trace_title: "策略追溯", "Strategy trace";
    trace_help: "每个目标由哪些策略支撑，每条策略又落到哪些任务。任务可在甘特图或任务列表的详情里关联策略。",
        "Which strategies serve each goal, and which work items carry each strategy out. Link an item to a strategy in its details (Gantt chart or task list).";
    trace_empty: "先在“目标”中写下目标，并关联到 TOWS 策略或战术。", "Write goals under “Goals” and link them to TOWS strategies or tactics first.";
    col_goal: "目标", "Goal";
    col_strategies: "策略", "Strategies";
    col_items: "任务", "Work items";
    gaps_title: "缺口", "Gaps";
    link_item: "关联任务…", "Link a work item…";
    no_work_yet: "尚无任务", "No work yet";
    item_serves: "落实的策略", "Carries out";
    item_serves_hint: "这项任务落实哪条策略（策略追溯用）", "Which strategy this item carries out (for the trace)";
    // Overview card
    // Brief
    brief_back: "返回策略", "Back to strategy";
    print: "打印 / 存为 PDF", "Print / save as PDF";
    brief_period: "活动周期", "Campaign period";
    colon: "：", ": ";
    brief_not_written: "尚未填写", "Not written yet";
}

pub fn factor_name(l: Locale, v: Factor) -> &'static str {
    pick(
        l,
        match v {
            Factor::Political => ("政治", "Political"),
            Factor::Economic => ("经济", "Economic"),
            Factor::Social => ("社会", "Social"),
            Factor::Technological => ("技术", "Technological"),
            Factor::Environmental => ("环境", "Environmental"),
            Factor::Legal => ("法律", "Legal"),
        },
    )
}

pub fn effect_name(l: Locale, v: Effect) -> &'static str {
    pick(
        l,
        match v {
            Effect::Opportunity => ("机会", "Opportunity"),
            Effect::Threat => ("威胁", "Threat"),
        },
    )
}

pub fn force_name(l: Locale, v: Force) -> &'static str {
    pick(
        l,
        match v {
            Force::Rivalry => ("同业竞争", "Rivalry"),
            Force::NewEntrants => ("新进入者", "New entrants"),
            Force::Substitutes => ("替代品", "Substitutes"),
            Force::Buyers => ("买方议价", "Buyer power"),
            Force::Suppliers => ("供应商议价", "Supplier power"),
        },
    )
}

pub fn side_name(l: Locale, v: Side) -> &'static str {
    pick(
        l,
        match v {
            Side::Strength => ("优势", "Strength"),
            Side::Weakness => ("劣势", "Weakness"),
        },
    )
}

pub fn quadrant_name(l: Locale, v: Quadrant) -> &'static str {
    pick(
        l,
        match v {
            Quadrant::S => ("优势 S", "Strengths S"),
            Quadrant::W => ("劣势 W", "Weaknesses W"),
            Quadrant::O => ("机会 O", "Opportunities O"),
            Quadrant::T => ("威胁 T", "Threats T"),
        },
    )
}

pub fn tows_name(l: Locale, v: TowsKind) -> &'static str {
    pick(
        l,
        match v {
            TowsKind::So => ("SO 增长：用优势抓机会", "SO grow: use strengths on opportunities"),
            TowsKind::Wo => ("WO 扭转：借机会补劣势", "WO improve: use opportunities to fix weaknesses"),
            TowsKind::St => ("ST 防御：用优势挡威胁", "ST defend: use strengths against threats"),
            TowsKind::Wt => ("WT 规避：减劣势避威胁", "WT avoid: cut weaknesses, dodge threats"),
        },
    )
}

pub fn dimension_name(l: Locale, v: Dimension) -> &'static str {
    pick(
        l,
        match v {
            Dimension::Traffic => ("流量", "Traffic"),
            Dimension::Conversion => ("转化", "Conversion"),
            Dimension::Brand => ("品牌", "Brand"),
            Dimension::Revenue => ("营收", "Revenue"),
            Dimension::Users => ("用户", "Users"),
            Dimension::Other => ("其他", "Other"),
        },
    )
}

pub fn priority_name(l: Locale, v: Priority) -> &'static str {
    pick(
        l,
        match v {
            Priority::High => ("高", "High"),
            Priority::Medium => ("中", "Medium"),
            Priority::Low => ("低", "Low"),
        },
    )
}

pub fn generic_name(l: Locale, v: GenericStrategy) -> &'static str {
    pick(
        l,
        match v {
            GenericStrategy::Differentiation => ("差异化", "Differentiation"),
            GenericStrategy::CostLeadership => ("成本领先", "Cost leadership"),
            GenericStrategy::Focus => ("聚焦", "Focus"),
        },
    )
}

pub fn tactic_name(l: Locale, v: TacticKind) -> &'static str {
    pick(
        l,
        match v {
            TacticKind::Content => ("内容营销", "Content"),
            TacticKind::Event => ("活动", "Event"),
            TacticKind::Kol => ("达人/KOL", "KOL"),
            TacticKind::ChannelPromotion => ("渠道推广", "Channel promotion"),
            TacticKind::CommunityFission => ("社群裂变", "Community fission"),
            TacticKind::LiveCommerce => ("直播带货", "Live commerce"),
            TacticKind::Pr => ("公关", "PR"),
            TacticKind::Other => ("其他", "Other"),
        },
    )
}

pub fn incentive_name(l: Locale, v: IncentiveKind) -> &'static str {
    pick(
        l,
        match v {
            IncentiveKind::Coupon => ("优惠券", "Coupon"),
            IncentiveKind::Gift => ("赠品", "Gift"),
            IncentiveKind::Points => ("积分", "Points"),
            IncentiveKind::Lottery => ("抽奖", "Lottery"),
            IncentiveKind::Discount => ("折扣", "Discount"),
            IncentiveKind::Other => ("其他", "Other"),
        },
    )
}

pub fn channel_kind_name(l: Locale, v: ChannelKind) -> &'static str {
    pick(
        l,
        match v {
            ChannelKind::Owned => ("自有媒体", "Owned"),
            ChannelKind::Paid => ("付费媒体", "Paid"),
            ChannelKind::Earned => ("口碑媒体", "Earned"),
        },
    )
}

pub fn tier_name(l: Locale, v: Tier) -> &'static str {
    pick(
        l,
        match v {
            Tier::Core => ("核心（高转化）", "Core (proven)"),
            Tier::Promising => ("潜力", "Promising"),
            Tier::Experimental => ("试验", "Experiment"),
        },
    )
}

pub fn letter_name(l: Locale, v: Letter) -> &'static str {
    pick(
        l,
        match v {
            Letter::Specific => ("具体", "Specific"),
            Letter::Measurable => ("可衡量", "Measurable"),
            Letter::Achievable => ("可实现", "Achievable"),
            Letter::Relevant => ("相关", "Relevant"),
            Letter::TimeBound => ("有时限", "Time-bound"),
        },
    )
}

/// What to add so the letter holds.
pub fn smart_hint(l: Locale, g: SmartGap) -> &'static str {
    pick(
        l,
        match g {
            SmartGap::NoMetric => {
                ("写明衡量的指标，如“销售额”“线索转化率”", "Name the metric, e.g. “sales” or “lead conversion rate”")
            }
            SmartGap::NoScope => (
                "写明范围：哪个渠道、哪类用户，如“小红书种草笔记”",
                "Name the scope: which channel or users, e.g. “Xiaohongshu notes”",
            ),
            SmartGap::NoTarget => ("填写数字目标值，如 300", "Give a numeric target, e.g. 300"),
            SmartGap::NoUnit => ("填写单位，如 万元、%、人", "Give the unit, e.g. ¥10k, %, users"),
            SmartGap::NoBaseline => {
                ("填写基线（现在的水平），才能看出增长幅度", "Give the baseline (where it is now) to see the growth")
            }
            SmartGap::NoFeasibility => {
                ("写一句可行性说明：凭什么能达到", "Write a feasibility note: why it is reachable")
            }
            SmartGap::NoStrategy => ("关联至少一条策略（TOWS 或战术）", "Link at least one strategy (TOWS or tactic)"),
            SmartGap::NoDeadline => ("设定截止日期", "Set a deadline"),
            SmartGap::DeadlineOutsidePlan => ("截止日期应在活动周期内", "The deadline must fall within the plan"),
        },
    )
}

/// A signed percentage with no more than one decimal: "+66.7%", "−25%".
pub fn fmt_growth(g: f64) -> String {
    let pct = (g * 1000.0).round() / 10.0;
    let body = if pct.fract() == 0.0 { format!("{}", pct.abs() as i64) } else { format!("{:.1}", pct.abs()) };
    let sign = if pct > 0.0 {
        "+"
    } else if pct < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{body}%")
}

/// A user's number as they would write it: thousands separated, at most two decimals.
pub fn fmt_num(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    let int = super::fmt_int(r.trunc() as i64);
    let frac = (r.fract().abs() * 100.0).round() as i64;
    let int = if r < 0.0 && r.trunc() == 0.0 { format!("-{int}") } else { int };
    match frac {
        0 => int,
        f if f % 10 == 0 => format!("{int}.{}", f / 10),
        f => format!("{int}.{f:02}"),
    }
}
