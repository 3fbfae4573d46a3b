//! Strings of KPI monitoring (dashboard, KPIs and actuals, alerts and rules,
//! funnel, mid-term review) in zh-CN and English, as zh/en pairs, and the
//! sentences built from them (an alert, the biggest leak, a table error).
//! Must not know about the browser.

use super::strategy::{fmt_growth, fmt_num};
use super::{fill, fmt_date_short, pick, Locale};
use crate::io::table::TableError;
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::Direction;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::KpiKind;
use crate::model::monitor::data::Period;
use crate::model::monitor::data::Role;
use crate::model::monitor::data::Rule;
use crate::model::monitor::data::RuleKind;
use crate::model::monitor::data::Severity;
use crate::model::monitor::data::Stage;
use crate::model::monitor::rules::Alert;
use crate::model::monitor::rules::Light;

texts! {
    MonitorTexts;
    tab_alerts: "预警", "Alerts";
    tab_funnel: "漏斗", "Funnel";
    tab_review: "中期复盘", "Mid-term review";
    add: "添加", "Add";
    remove: "删除", "Remove";
    move_up: "上移", "Move up";
    move_down: "下移", "Move down";
    example: "示例", "Example";
    none: "无", "None";
    // Dashboard
    days_left: "剩余天数", "Days left";
    days_left_value: "{n} 天 / 共 {total} 天", "{n} of {total} days";
    plan_over: "计划已结束", "The plan has ended";
    work_progress: "工作进度", "Work progress";
    work_progress_value: "任务 {done} / {total} 项完成", "{done} of {total} tasks done";
    all_alerts: "查看全部预警", "All alerts";
    kpi_cards: "KPI 概览", "KPIs at a glance";
    all_kpis_n: "显示全部 {n} 个 KPI", "Show all {n} KPIs";
    fewer_kpis: "只看最需要关注的", "Show the ones that need attention";
    target_to_date: "同期目标 {v}", "Target to date {v}";
    target_full: "完整目标 {v}", "Full target {v}";
    not_started_yet: "计划尚未开始，暂不比对目标", "Not compared until the plan starts";
    stage_before: "计划尚未开始（{date} 开始）：已录入的数据照常显示，开始后才与目标比对。", "The plan has not started (it starts on {date}): figures already entered are shown, and compared with targets once it starts.";
    stage_after: "计划已于 {date} 结束：每个指标按完整目标对比，不只算有数据的日子。", "The plan ended on {date}: each KPI is compared with its full target, not only the days with data.";
    missing_periods: "缺 {n} 期数据", "{n} missing";
    card_alerts: "未处理预警 {n} 条", "Open alerts: {n}";
    no_target: "未设目标", "No target";
    no_data: "还没有数据", "No data yet";
    cumulative_title: "累计：实际 vs 目标", "Cumulative: actual vs target";
    cumulative_pick: "选择指标", "KPI";
    see_cumulative: "点击查看累计图", "Click for its cumulative chart";
    actual: "实际", "Actual";
    target: "目标", "Target";
    today: "今天", "Today";
    channels_title: "分渠道表现", "By channel";
    col_channel: "渠道", "Channel";
    col_exposure: "曝光", "Exposure";
    col_ctr: "点击率", "CTR";
    col_conversions: "转化", "Conversions";
    col_cvr: "转化率", "Conv. rate";
    col_spend: "花费", "Spend";
    col_revenue: "收入", "Revenue";
    col_cpa: "获客成本", "CPA";
    col_roi: "ROI", "ROI";
    col_roas: "ROAS", "ROAS";
    col_alerts: "预警", "Alerts";
    total_row: "合计", "Total";
    /// How a card's figure was computed, on hover: `{name}` `{value}` …
    explain_rate: "{name} {value} = {of} {x} ÷ {per} {y}：两者截至今天的合计相除，不是每天比率的平均", "{name} {value} = {of} {x} ÷ {per} {y}: the two totals to date divided, not a mean of daily rates";
    explain_sum: "{name} {value}：截至今天各期之和", "{name} {value}: the periods to date added up";
    explain_average: "{name} {value}：截至今天各期的平均", "{name} {value}: the mean of the periods to date";
    explain_last: "{name} {value}：最近一期的值", "{name} {value}: the latest period's value";
    explain_step: "{rate} = {to} {y} ÷ {from} {x}", "{rate} = {to} {y} ÷ {from} {x}";
    roi_add: "ROI ≥ 3：建议加预算", "ROI ≥ 3: add budget";
    roi_stop: "ROI < 1：建议止损", "ROI < 1: stop the loss";
    channels_help: "ROI =（收入 − 花费）/ 花费，ROAS = 收入 / 花费，获客成本 = 花费 / 转化；收入来自标为「收入」的 KPI。花费只有一个口径：渠道预算行有付款记录时取已付金额，否则取标为「花费」的 KPI（合计行取全部预算行的付款）；把鼠标停在数字上可看算法。",
        "ROI = (revenue − cost) / cost, ROAS = revenue / cost, CPA = cost / conversions; revenue from the KPIs marked revenue. Cost has one rule: what the channel's budget lines paid once payments are recorded, else the KPIs marked spend (the total row: all lines' payments). Hover a figure to see how it was computed.";
    dashboard_empty: "还没有 KPI。到「KPI 与数据」定义指标，例如：抖音成交（结果指标，按日累计，目标 2,100 单，关联漏斗的「转化」）。",
        "No KPIs yet. Define them under “KPIs & data”, e.g. Douyin orders (result, daily, summed, target 2,100, feeding the funnel's conversion stage).";
    light_green: "正常", "On track";
    light_yellow: "关注", "Watch";
    light_red: "告警", "Off track";
    // KPIs and actuals
    kpis_title: "KPI 定义", "KPI definitions";
    kpis_help: "过程指标（曝光、点击、互动）领先，结果指标（销量、转化率、ROI）滞后。目标按期分摊：累计型平均或按曲线分摊，平均型每期相同，期末型从基线逐步接近目标。",
        "Process metrics (exposure, clicks, engagement) lead; result metrics (sales, conversion rate, ROI) follow. Targets are spread over the periods: sums evenly or along a curve, averages hold each period, end values climb from the baseline.";
    kpi_name: "名称", "Name";
    kpi_kind: "类型", "Kind";
    unit: "单位", "Unit";
    direction: "方向", "Direction";
    aggregate: "汇总", "Adds up as";
    period: "周期", "Period";
    baseline: "基线", "Baseline";
    channel: "渠道", "Channel";
    stage: "漏斗阶段", "Funnel stage";
    goal: "关联目标", "Goal";
    role: "用于", "Used for";
    curve: "目标曲线", "Target curve";
    curve_hint: "相对权重，逗号分隔，如 1,1,2,3（越往后越高）；留空为平均", "Relative weights, e.g. 1,1,2,3 (rising); empty = even";
    add_kpi: "新 KPI 名称，回车添加", "New KPI name, Enter adds it";
    no_stage: "不进漏斗", "Not in the funnel";
    no_goal: "不关联", "No goal";
    actuals_title: "数据录入", "Actuals";
    actuals_help: "每行一天。回车或 ↑↓ 换行，Tab 换列，Delete 清空；可从表格软件粘贴一块数据（带或不带表头、日期列），也可导入 CSV。每次修改都可撤销。空格子表示缺数据，不等于 0，灰色数字是该期目标。切到「单期目标」可为某一期单独设目标，优先于分摊。",
        "One row per day. Enter or ↑↓ moves between rows, Tab between columns, Delete clears. Paste a block from a spreadsheet (with or without headers and a date column) or import a CSV. Every change can be undone. An empty cell is missing data, not zero; its grey number is the period's target. “Period targets” sets a target for single periods, which wins over the spread.";
    import_csv: "导入 CSV / Excel", "Import CSV / Excel";
    grid_mode: "录入内容", "What to enter";
    mode_actuals: "实际值", "Actuals";
    mode_targets: "单期目标", "Period targets";
    month: "月份", "Month";
    date: "日期", "Date";
    week_only: "周指标在每周第一天录入", "Weekly KPIs take a value on each week's first day";
    pasted: "已写入 {n} 个数值（可撤销）", "{n} values entered (undoable)";
    bad_number: "「{text}」不是数字", "“{text}” is not a number";
    actuals_empty: "先在下方定义 KPI，再在这里录入每天的数据。", "Define a KPI below, then enter its daily values here.";
    kpis_empty: "抖音成交——结果指标，越高越好，按日累计，目标 2,100 次，渠道抖音，进入漏斗的「转化」，关联目标「转化率提升」",
        "Douyin orders — a result, higher is better, daily, summed, target 2,100, channel Douyin, feeding the funnel's conversions, measuring the conversion goal";
    // Alerts and rules
    thresholds_title: "偏差阈值", "Deviation thresholds";
    thresholds_line: "落后目标 < {y}% 为绿色，{y}%–{r}% 为黄色，> {r}% 为红色", "Behind target by < {y}% is green, {y}–{r}% yellow, > {r}% red";
    yellow: "黄色起点 %", "Yellow from %";
    red: "红色超过 %", "Red beyond %";
    yellow_action: "黄色：项目经理跟进", "Yellow: the project manager follows up";
    red_action: "红色：上报升级", "Red: escalate";
    rules_title: "预警规则", "Warning rules";
    rules_help: "缺数据的期既不计入也不打断连续计数（例如周末没录数据），由「连续缺数据」规则单独提醒。",
        "Periods without data neither count towards a run nor break it (say, a weekend with no entries); the missing-data rule reports them.";
    rule_kind: "规则", "Rule";
    rule_kpi: "指标", "KPI";
    all_kpis: "所有有目标的 KPI", "Every KPI with a target";
    percent: "目标的 %", "% of target";
    periods: "连续期数", "Periods in a row";
    weeks: "连续周数", "Weeks in a row";
    value: "阈值", "Value";
    below: "低于", "Below";
    above: "高于", "Above";
    severity: "级别", "Level";
    response: "应对方案", "Response plan";
    enabled: "启用", "On";
    add_rule: "添加规则", "Add a rule";
    alerts_title: "预警", "Alerts";
    alerts_empty: "没有触发的预警。", "No alert has fired.";
    acknowledge: "确认", "Acknowledge";
    resolve: "解决", "Resolve";
    reopen: "重新打开", "Reopen";
    note_placeholder: "处理说明（可选）", "Note (optional)";
    state_open: "待处理", "Open";
    state_ack: "已确认", "Acknowledged";
    state_resolved: "已解决", "Resolved";
    history_title: "处理记录", "History";
    history_empty: "还没有处理记录。", "Nothing done yet.";
    fired_on: "触发于 {date}", "Fired {date}";
    ongoing: "持续中", "Ongoing";
    recovered: "已恢复", "Recovered";
    skipped: "期间跳过 {n} 期缺失数据", "{n} missing periods skipped";
    no_longer: "数据已更新，不再触发", "No longer fires after data changed";
    step_ack: "确认", "acknowledged";
    step_resolve: "解决", "resolved";
    step_reopen: "重新打开", "reopened";
    // Funnel
    funnel_title: "转化漏斗", "Conversion funnel";
    funnel_help: "每个阶段的数字来自关联到该阶段的 KPI；没有 KPI 的阶段可以直接填写计划与实际（仅全部渠道）。悬停看数字，点击阶段看指标与趋势。",
        "Each stage adds up the KPIs mapped to it; a stage with no KPI takes counts typed below (all channels only). Hover for the numbers, click a stage for its KPIs and trend.";
    filter_channel: "渠道", "Channel";
    all_channels: "全部渠道", "All channels";
    filter_period: "时间", "Period";
    period_whole: "全程", "Whole plan";
    period_to_date: "截至今天", "To date";
    period_last7: "最近 7 天", "Last 7 days";
    period_custom: "自定义", "Custom";
    vs_stage: "（较{name}）", "(vs {name})";
    stage_skipped: "无数据 · 已跳过", "no data · skipped";
    ratio_of: "计算：分子", "Rate: of";
    ratio_per: "÷ 分母", "÷ per";
    typed: "（录入）", "(typed)";
    computed_cell: "由 {of} ÷ {per} 计算，不能直接录入", "Computed as {of} ÷ {per}; not typed";
    range_from: "起始日", "From";
    range_to: "截止日", "To";
    compare: "对比", "Compare with";
    no_compare: "不对比", "No comparison";
    planned: "计划", "Planned";
    rate: "转化率", "Rate";
    cumulative: "累计", "Cumulative";
    drop: "流失", "Lost";
    leak: "{from} → {to} 流失最多：{lost} 的{from_l}没有走到{to_l}", "Biggest leak, {from} → {to}: {lost} of {from_l} are lost before {to_l}";
    leak_planned: "（计划流失 {p}）", " (planned {p})";
    no_leak: "各环节都达到或超过计划。", "Every step meets its plan.";
    no_funnel_data: "这个范围内还没有数据。", "No data in this range yet.";
    stage_kpis: "来自 KPI", "From KPIs";
    stage_typed: "手动填写", "Typed";
    stages_title: "漏斗阶段", "Funnel stages";
    stage_name: "阶段名称", "Stage name";
    add_stage: "新阶段名称，回车添加", "New stage name, Enter adds it";
    typed_planned: "计划（手填）", "Planned (typed)";
    typed_actual: "实际（手填）", "Actual (typed)";
    mapped_kpis: "{n} 个 KPI", "{n} KPIs";
    mapped_kpi: "1 个 KPI", "1 KPI";
    // Review
    review_help: "在计划进行到 1/3 和 1/2 时，对照按进度折算的目标检查 KPI，记录决定的调整。",
        "At a third and at half of the plan, check KPIs against targets pro-rated to date and record the adjustments decided.";
    checkpoint_third: "1/3 检查点", "One-third checkpoint";
    checkpoint_half: "1/2 检查点", "Halfway checkpoint";
    checkpoint_on: "截至 {date}", "Through {date}";
    checkpoint_ahead: "还有 {n} 天；以下为截至今天", "In {n} days; figures to date";
    col_kpi: "KPI", "KPI";
    col_actual: "实际", "Actual";
    col_prorated: "折算目标", "Pro-rated target";
    col_deviation: "偏差", "Deviation";
    col_status: "状态", "Status";
    gaps: "差距：{list}", "Gaps: {list}";
    no_gaps: "全部在正常范围内。", "Everything is on track.";
    adjustments_title: "调整决定", "Adjustments decided";
    add_adjustment: "写一条调整，回车添加", "Write an adjustment, Enter adds it";
    owner: "负责人", "Owner";
    done: "已完成", "Done";
    nobody: "未指定", "Nobody";
}

pub fn kind_name(l: Locale, k: KpiKind) -> &'static str {
    pick(
        l,
        match k {
            KpiKind::Process => ("过程指标", "Process"),
            KpiKind::Result => ("结果指标", "Result"),
        },
    )
}

pub fn direction_name(l: Locale, d: Direction) -> &'static str {
    pick(
        l,
        match d {
            Direction::Higher => ("越高越好", "Higher is better"),
            Direction::Lower => ("越低越好", "Lower is better"),
        },
    )
}

pub fn aggregate_name(l: Locale, a: Aggregate) -> &'static str {
    pick(
        l,
        match a {
            Aggregate::Sum => ("累计", "Sum"),
            Aggregate::Average => ("平均", "Average"),
            Aggregate::Last => ("期末值", "Latest"),
        },
    )
}

pub fn period_name(l: Locale, p: Period) -> &'static str {
    pick(
        l,
        match p {
            Period::Day => ("按日", "Daily"),
            Period::Week => ("按周", "Weekly"),
        },
    )
}

pub fn role_name(l: Locale, r: Role) -> &'static str {
    pick(
        l,
        match r {
            Role::None => ("一般指标", "A metric"),
            Role::Revenue => ("收入", "Revenue"),
            Role::Spend => ("花费", "Spend"),
        },
    )
}

pub fn severity_name(l: Locale, s: Severity) -> &'static str {
    pick(
        l,
        match s {
            Severity::Yellow => ("黄色", "Yellow"),
            Severity::Red => ("红色", "Red"),
        },
    )
}

/// What each level asks for.
pub fn severity_action(l: Locale, s: Severity) -> &'static str {
    let t = l.monitor();
    match s {
        Severity::Yellow => t.yellow_action,
        Severity::Red => t.red_action,
    }
}

pub fn light_name(l: Locale, x: Light) -> &'static str {
    let t = l.monitor();
    match x {
        Light::Green => t.light_green,
        Light::Yellow => t.light_yellow,
        Light::Red => t.light_red,
    }
}

/// The rule kinds in the order the picker shows them, with their names.
pub const RULE_KINDS: [&str; 5] = ["below_share", "below_target_weeks", "threshold", "beyond_red", "missing_data"];

pub fn rule_kind_slug(k: &RuleKind) -> &'static str {
    match k {
        RuleKind::BelowShare { .. } => RULE_KINDS[0],
        RuleKind::BelowTargetWeeks { .. } => RULE_KINDS[1],
        RuleKind::Threshold { .. } => RULE_KINDS[2],
        RuleKind::BeyondRed => RULE_KINDS[3],
        RuleKind::MissingData { .. } => RULE_KINDS[4],
    }
}

pub fn rule_kind_name(l: Locale, slug: &str) -> &'static str {
    pick(
        l,
        match slug {
            "below_share" => ("连续 N 期低于目标的 P%", "Below P% of target for N periods"),
            "below_target_weeks" => ("连续 N 周未达目标", "Below target for N weeks"),
            "threshold" => ("绝对阈值", "Absolute threshold"),
            "beyond_red" => ("累计偏差超过红线", "To-date deviation beyond red"),
            _ => ("连续 N 期缺数据", "No data for N periods"),
        },
    )
}

/// A default stage's name in the user's language; a named stage keeps its name.
pub fn stage_name(l: Locale, s: &Stage) -> String {
    if !s.name.trim().is_empty() {
        return s.name.clone();
    }
    pick(
        l,
        match s.id.as_str() {
            "exposure" => ("曝光", "Exposure"),
            "click" => ("点击", "Clicks"),
            "visit" => ("访问", "Visits"),
            "lead" => ("线索", "Leads"),
            "conversion" => ("转化", "Conversions"),
            "repeat" => ("复购", "Repeat purchases"),
            _ => ("阶段", "Stage"),
        },
    )
    .to_string()
}

/// A value with its unit: "1,234 元", "5.2%", "1,234".
pub fn fmt_value(v: f64, unit: &str) -> String {
    let n = fmt_num(v);
    match unit.trim() {
        "" => n,
        "%" => format!("{n}%"),
        u => format!("{n} {u}"),
    }
}

/// A share as a percentage with at most one decimal: "2.4%", "70%".
pub fn fmt_pct(r: f64) -> String {
    let p = (r * 1000.0).round() / 10.0;
    if p.fract() == 0.0 {
        format!("{}%", p as i64)
    } else {
        format!("{p:.1}%")
    }
}

/// A deviation to show: positive is ahead of target, whatever the direction.
/// A KPI's deviation from its target as a signed share of it: below a
/// target is "−12%", over a ceiling (less is better) "+90.5%" — the sign
/// says which side of the line it is, the light whether that is bad.
pub fn fmt_deviation(dir: Direction, shortfall: f64) -> String {
    match dir {
        Direction::Higher => fmt_growth(-shortfall),
        Direction::Lower => fmt_growth(shortfall),
    }
}

/// The sentence of an alert: what happened to which KPI.
pub fn alert_sentence(l: Locale, a: &Alert, kpi: &Kpi, rule: Option<&Rule>) -> String {
    let zh = l == Locale::ZhCn;
    let v = fmt_value(a.value, &kpi.unit);
    let t = a.target.map(|t| fmt_value(t, &kpi.unit)).unwrap_or_default();
    let name = &kpi.name;
    let n = a.periods;
    let lower = kpi.direction == Direction::Lower;
    match rule.map(|r| r.kind) {
        Some(RuleKind::BelowShare { percent, .. }) if lower => {
            let over = 100u32.saturating_sub(percent);
            if zh {
                format!("{name} 连续 {n} 期超出目标 {over}% 以上（最近一期 {v}，目标 {t}）")
            } else {
                format!("{name} more than {over}% over target for {n} periods in a row (latest {v} against {t})")
            }
        }
        Some(RuleKind::BelowShare { percent, .. }) => {
            if zh {
                format!("{name} 连续 {n} 期低于目标的 {percent}%（最近一期 {v}，目标 {t}）")
            } else {
                format!("{name} below {percent}% of target for {n} periods in a row (latest {v} against {t})")
            }
        }
        Some(RuleKind::BelowTargetWeeks { .. }) => {
            if zh {
                format!("{name} 连续 {n} 周未达目标（最近一周 {v}，目标 {t}），考虑切换渠道")
            } else {
                format!("{name} off target for {n} weeks in a row (latest week {v} against {t}); consider switching channels")
            }
        }
        Some(RuleKind::Threshold { below, .. }) => match (zh, below) {
            (true, true) => format!("{name} 为 {v}，低于阈值 {t}"),
            (true, false) => format!("{name} 为 {v}，高于阈值 {t}"),
            (false, true) => format!("{name} at {v}, below the threshold of {t}"),
            (false, false) => format!("{name} at {v}, above the threshold of {t}"),
        },
        Some(RuleKind::BeyondRed) => {
            if zh {
                format!("{name} 累计 {v}，同期目标 {t}，偏差超过红线")
            } else {
                format!("{name} at {v} to date against {t}: beyond the red line")
            }
        }
        Some(RuleKind::MissingData { .. }) | None => {
            if zh {
                format!("{name} 连续 {n} 期没有录入数据")
            } else {
                format!("{name} has no data for {n} periods in a row")
            }
        }
    }
}

/// "Biggest leak" in plain words.
pub fn leak_sentence(l: Locale, from: &str, to: &str, rate: f64, planned: Option<f64>) -> String {
    let t = l.monitor();
    let lower = |s: &str| if l == Locale::En { s.to_lowercase() } else { s.to_string() };
    let mut s = fill(
        &fill(
            &fill(&fill(&fill(t.leak, "from", from), "to", to), "lost", &fmt_pct(1.0 - rate)),
            "from_l",
            &lower(from),
        ),
        "to_l",
        &lower(to),
    );
    if let Some(p) = planned {
        s.push_str(&fill(t.leak_planned, "p", &fmt_pct(1.0 - p)));
    }
    s
}

/// A refused block or CSV, with where and why.
pub fn table_error(l: Locale, e: &TableError) -> String {
    let zh = l == Locale::ZhCn;
    match e {
        TableError::Empty => (if zh { "没有可读取的数据" } else { "There is nothing to read" }).into(),
        TableError::BadNumber { row, col, text } => {
            if zh {
                format!("第 {row} 行第 {col} 列「{text}」不是数字，未写入任何数据")
            } else {
                format!("Row {row}, column {col}: “{text}” is not a number; nothing was entered")
            }
        }
        TableError::UnknownColumn { col, text } => {
            if zh {
                format!("第 {col} 列的表头「{text}」不是本计划的 KPI，未写入任何数据")
            } else {
                format!("Column {col}: the header “{text}” is not a KPI of this plan; nothing was entered")
            }
        }
        TableError::BadDate { row, text } => {
            if zh {
                format!("第 {row} 行的日期「{text}」无法识别，未写入任何数据")
            } else {
                format!("Row {row}: “{text}” is not a date; nothing was entered")
            }
        }
        TableError::OutsidePlan { row, day } => {
            if zh {
                format!("第 {row} 行的日期 {} 不在计划期内，未写入任何数据", fmt_date_short(l, *day))
            } else {
                format!("Row {row}: {} is outside the plan; nothing was entered", fmt_date_short(l, *day))
            }
        }
        TableError::TooWide { cols, room } => {
            if zh {
                format!("数据有 {cols} 列，但从所选列起只有 {room} 个 KPI，未写入任何数据")
            } else {
                format!(
                    "The block has {cols} columns but only {room} KPIs follow the selected one; nothing was entered"
                )
            }
        }
        TableError::TooLong { rows, room } => {
            if zh {
                format!("数据有 {rows} 行，但从所选行起只剩 {room} 天，未写入任何数据")
            } else {
                format!("The block has {rows} rows but only {room} days follow the selected one; nothing was entered")
            }
        }
    }
}

/// How many KPIs feed a funnel stage: "1 KPI", "3 KPIs".
pub fn mapped_kpis(l: Locale, n: usize) -> String {
    super::counted(n, l.monitor().mapped_kpi, l.monitor().mapped_kpis)
}

/// How a KPI's figure to date was computed, for its card's hover. `parts`:
/// a rate's two KPIs, when it is one.
pub fn explain_value(
    l: Locale,
    kpi: &Kpi,
    now: &crate::model::monitor::rules::ToDate,
    parts: Option<(&Kpi, &Kpi)>,
) -> String {
    let t = l.monitor();
    let Some(v) = now.actual else { return String::new() };
    let base = |tpl: &str| fill(&fill(tpl, "name", &kpi.name), "value", &fmt_value(v, &kpi.unit));
    match (now.parts, parts) {
        (Some((x, y)), Some((of, per))) => fill(
            &fill(&fill(&fill(&base(t.explain_rate), "of", &of.name), "x", &fmt_value(x, &of.unit)), "per", &per.name),
            "y",
            &fmt_value(y, &per.unit),
        ),
        _ => base(match kpi.aggregate {
            Aggregate::Sum => t.explain_sum,
            Aggregate::Average => t.explain_average,
            Aggregate::Last => t.explain_last,
        }),
    }
}

/// How a funnel step's rate was computed, for its hover: the later stage's
/// count over the earlier's ("40% = 访问 12,000 ÷ 点击 30,000"); empty
/// without both counts.
pub fn explain_step(l: Locale, f: &crate::model::monitor::rules::Funnel, to: usize, names: [&str; 2]) -> String {
    let (Some(step), Some(b)) = (to.checked_sub(1).and_then(|i| f.steps.get(i)), f.stages.get(to)) else {
        return String::new();
    };
    let a = f.stages.get(step.from).and_then(|s| s.actual);
    match (step.rate, a, b.actual) {
        (Some(r), Some(x), Some(y)) => {
            let t = l.monitor();
            let s = fill(&fill(t.explain_step, "rate", &fmt_pct(r)), "to", names[1]);
            fill(&fill(&fill(&s, "y", &fmt_value(y, "")), "from", names[0]), "x", &fmt_value(x, ""))
        }
        _ => String::new(),
    }
}
