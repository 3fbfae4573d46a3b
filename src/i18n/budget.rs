//! Strings of the budget, resources and risks pages in zh-CN and English, as
//! zh/en pairs; the names of accounts, approval states, resource kinds,
//! risk categories and bands; and the sentences built from them (a budget
//! warning, a need's readiness, a share in percent). Must not know about
//! the browser.

use super::{fill, fmt_date_short, fmt_money, pick, Locale};
use crate::model::budget::data::Account;
use crate::model::budget::data::Approval;
use crate::model::budget::data::ResourceKind;
use crate::model::budget::data::ResourceStatus;
use crate::model::budget::data::RiskCategory;
use crate::model::budget::data::RiskStatus;
use crate::model::budget::rules::Advice;
use crate::model::budget::rules::Attribution;
use crate::model::budget::rules::Band;
use crate::model::budget::rules::BudgetWarning;
use crate::model::budget::rules::CostSource;
use crate::model::budget::rules::Readiness;
use crate::model::plan::Plan;

texts! {
    BudgetTexts;
    tab_budget: "预算", "Budget";
    tab_resources: "资源", "Resources";
    tab_risks: "风险", "Risks";
    badge_warnings: "预算提醒 {n} 条", "Budget warnings: {n}";
    badge_needs: "有风险的资源需求 {n} 项", "Resource needs at risk: {n}";
    badge_risks: "未关闭的风险 {n} 项，其中已触发 {k} 项", "Open risks: {n}, triggered: {k}";
    add: "添加", "Add";
    none: "无", "None";
    nobody: "未指定", "Nobody";
    example: "示例", "Example";
    // Stats
    stat_total: "总预算", "Total budget";
    stat_planned: "已分配", "Allocated";
    stat_committed: "已承诺", "Committed";
    stat_actual: "已支出", "Spent";
    stat_remaining: "剩余", "Remaining";
    of_total: "占总预算 {p}", "{p} of the budget";
    no_total: "未设置总预算（在“设置”中填写）", "No total budget (set it in Setup)";
    // Checks
    checks_title: "预算检查", "Budget checks";
    checks_help: "模板的经验规则：预留 10–15% 备用金；超支、未批先做要尽早处理。", "The templates' rules of thumb: keep 10–15% in reserve, and deal early with overspend and work that starts before its money is approved.";
    w_over_allocated: "预算项合计 {planned}，超出总预算 {budget}", "The lines plan {planned}, more than the total budget of {budget}";
    w_reserve: "备用金占 {p}，建议保留 10–15%", "The contingency reserve is {p} of the budget; keep 10–15%";
    w_split: "机动池占 {p}，目标为 {t}%", "The flexible pool is {p}; the target is {t}%";
    w_line_over: "「{name}」已支出 {actual}，超出计划 {planned}", "“{name}” has spent {actual}, over its plan of {planned}";
    w_line_overcommitted: "「{name}」已承诺 {committed}，超出计划 {planned}", "“{name}” has committed {committed}, over its plan of {planned}";
    w_account_over: "科目「{name}」合计支出 {actual}，超出计划 {planned}", "Account “{name}” has spent {actual} in total, over its plan of {planned}";
    w_channel_over: "渠道「{name}」合计支出 {actual}，超出计划 {planned}", "Channel “{name}” has spent {actual} in total, over its plan of {planned}";
    /// `{status}`: the line's approval state.
    w_paid_unapproved: "「{name}」未经批准已付款 {paid}（审批状态：{status}）", "“{name}” has paid {paid} without approval (approval: {status})";
    w_unapproved_started: "「{name}」尚未批准，但「{item}」已于 {date} 开始", "“{name}” is not approved, but “{item}” started on {date}";
    w_unapproved_today: "「{name}」尚未批准，「{item}」今天开始", "“{name}” is not approved, and “{item}” starts today";
    w_unapproved_soon: "「{name}」尚未批准，「{item}」{n} 天后开始", "“{name}” is not approved, and “{item}” starts in {n} days";
    w_reserve_overdrawn: "已触发风险动用 {drawn}，超出备用金 {reserve}", "Triggered risks have drawn {drawn}, more than the reserve of {reserve}";
    w_reserve_short: "未触发风险的应对成本合计 {exposure}，超出剩余备用金 {left}", "The open risks' responses would cost {exposure}, more than the {left} left in reserve";
    // Allocation
    by_title: "预算分配", "Allocation";
    by_account: "按科目", "By account";
    by_channel: "按渠道", "By channel";
    by_phase: "按阶段", "By phase";
    by_item: "按事项", "By work item";
    col_account: "科目", "Account";
    col_channel: "渠道", "Channel";
    col_phase: "阶段", "Phase";
    col_item: "关联事项", "Work item";
    col_planned: "计划", "Planned";
    col_share: "占总预算", "Share of budget";
    col_committed: "已承诺", "Committed";
    col_actual: "已支出", "Spent";
    col_remaining: "剩余", "Remaining";
    unassigned: "未指定", "Unassigned";
    total_row: "合计", "Total";
    // Burn
    burn_title: "支出进度", "Spend over time";
    no_lines: "还没有预算项。", "No budget lines yet.";
    burn_help: "计划支出按关联事项的日期平均分摊（备用金不计入，未关联事项的按整个计划期分摊），实际支出按付款日期累计。", "Planned spend is spread over each linked item's days (the reserve is not planned to be spent; lines with no item spread over the whole plan); actual spend adds up by payment date.";
    burn_planned: "计划累计", "Planned, cumulative";
    burn_actual: "实际累计", "Actual, cumulative";
    burn_today: "今天", "Today";
    burn_ahead: "截至今天：实际 {actual}，计划 {planned}", "To date: {actual} spent against {planned} planned";
    // Channel ROI
    roi_title: "渠道 ROI", "Channel ROI";
    roi_help: "ROI =（销售额 − 花费）÷ 花费。销售额取监控中该渠道的销售额 KPI（截至今天）；花费取该渠道预算项的已支出，尚无付款时取投放花费 KPI。", "ROI = (revenue − cost) ÷ cost. Revenue is the channel's revenue KPIs to date (from monitoring); cost is the channel's spend on budget lines, or its ad spend KPIs before any payment is entered.";
    /// How a figure was computed, on hover: `{roi}`, `{revenue}`, `{cost}`, `{source}`.
    explain_roi: "ROI {roi} =（销售额 {revenue} − 花费 {cost}）÷ {cost}，花费{source}", "ROI {roi} = (revenue {revenue} − cost {cost}) ÷ {cost}; cost {source}";
    explain_roas: "ROAS {roas} = 销售额 {revenue} ÷ 花费 {cost}，花费{source}", "ROAS {roas} = revenue {revenue} ÷ cost {cost}; cost {source}";
    explain_cpa: "CPA {cpa} = 花费 {cost} ÷ 成交 {conversions}，花费{source}", "CPA {cpa} = cost {cost} ÷ {conversions} conversions; cost {source}";
    source_payments: "取自付款记录", "from the payments recorded";
    source_kpis: "取自花费 KPI（尚无付款）", "from the spend KPIs (no payment recorded yet)";
    /// `{channel}`.
    gap_spend: "「{channel}」有花费却没有销售额 KPI，算不出 ROI：给它加一个销售额 KPI，或把花费记到带来销售额的渠道。", "“{channel}” spends but has no revenue KPI, so its ROI cannot be computed: add a revenue KPI for it, or book the spend on the channel that brings the revenue.";
    gap_revenue: "「{channel}」有销售额却没有记录花费（付款或花费 KPI），算不出 ROI。", "“{channel}” has revenue but no cost recorded (payments or a spend KPI), so its ROI cannot be computed.";
    col_revenue: "销售额", "Revenue";
    col_cost: "花费", "Cost";
    col_roi: "ROI", "ROI";
    col_advice: "建议", "Advice";
    advice_add: "ROI ≥ 3：建议追加预算", "ROI ≥ 3: add budget";
    advice_keep: "保持观察", "Keep watching";
    advice_stop: "ROI < 1：建议止损", "ROI < 1: stop the loss";
    no_revenue: "暂无销售额数据", "No revenue data";
    roi_empty: "给预算项填上渠道，并在监控里为渠道设置销售额 KPI，这里就会给出 ROI 和建议。", "Give budget lines a channel and the channel a revenue KPI in monitoring, and its ROI and advice show here.";
    // Lines
    lines_title: "预算明细", "Budget lines";
    lines_help: "每一项：科目、渠道、关联事项、计划与已承诺金额、按日期记录的付款，以及审批状态。", "Each line: account, channel, work item, planned and committed amounts, payments by date, and approval.";
    col_name: "预算项", "Line";
    col_approval: "审批", "Approval";
    col_approver: "审批人", "Approver";
    col_flexible: "机动", "Flexible";
    flexible_hint: "属于机动池（基础/机动拆分）", "Part of the flexible pool (base/flexible split)";
    add_line: "新预算项名称，回车添加", "New budget line, press Enter";
    act_submit: "提交审批", "Submit";
    act_approve: "批准", "Approve";
    act_reject: "驳回", "Reject";
    act_withdraw: "撤回", "Withdraw";
    decided: "{who} · {date}", "{who} · {date}";
    payments_n: "{n} 笔", "{n} paid";
    payments_title: "「{name}」的付款记录", "Payments of “{name}”";
    pay_date: "日期", "Date";
    pay_amount: "金额", "Amount";
    pay_note: "备注", "Note";
    add_payment: "记一笔付款", "Add payment";
    payments_empty: "还没有付款记录。", "No payments yet.";
    close: "收起", "Close";
    show_all_rows: "显示全部 {n} 项", "Show all {n}";
    remove: "删除", "Remove";
    move_up: "上移", "Move up";
    move_down: "下移", "Move down";
    bad_amount: "「{text}」不是有效金额（不能为负，最多两位小数）", "“{text}” is not an amount (not negative, at most two decimals)";
    split_title: "基础 / 机动拆分", "Base / flexible split";
    split_help: "季度方案常用：80% 基础预算按各渠道历史 ROI 分配，20% 留作机动池。在明细里勾选“机动”。", "A quarterly plan's habit: 80% base budget by each channel's past ROI, 20% kept as a flexible pool. Tick “Flexible” on the lines.";
    split_on: "使用基础/机动拆分", "Use a base/flexible split";
    split_share: "机动池目标 %", "Flexible pool target %";
    split_now: "当前机动池 {p}", "Flexible pool now {p}";
    // Resources
    res_title: "资源需求", "Resource needs";
    res_help: "人员、物料、渠道、工具，各有数量和到位日期（如“样品提前 10 天采购”）。到位日期晚于“事项开始 − 提前天数”或已逾期时提醒。", "People, materials, channels and tools, each with a quantity and a ready-by date (“samples bought 10 days before”). Flagged when the date falls after the item's start minus the lead time, or has passed.";
    col_need: "资源", "Need";
    col_kind: "类型", "Kind";
    col_qty: "数量", "Qty";
    col_lead: "提前天数", "Days ahead";
    col_ready_by: "计划到位", "Ready by";
    col_needed_by: "最晚到位", "Needed by";
    col_status: "状态", "Status";
    col_owner: "负责人", "Owner";
    col_readiness: "就绪情况", "Readiness";
    ready: "已到位", "Ready";
    on_track: "正常", "On track";
    due_today: "今天到期", "Due today";
    due_soon: "{n} 天内到期", "Due in {n} days";
    late: "已逾期 {n} 天", "{n} days late";
    too_late: "晚于最晚到位日 {date}", "Planned after {date}";
    add_resource: "新资源需求，回车添加", "New resource need, press Enter";
    res_empty: "例如：直播样品 30 份，直播前 10 天到位；直播间设备提前 3 天调试。", "For example: 30 samples ready 10 days before the stream; live-room equipment tested 3 days before.";
    res_attention: "{n} 项需要关注", "{n} need attention";
    res_all_ready: "所有资源均按期", "Every need is on time";
    bad_number: "「{text}」不是有效数字", "“{text}” is not a number";
    // Risks
    reserve_title: "备用金", "Contingency reserve";
    reserve_help: "风险触发后，应对成本从备用金中支出。", "When a risk is triggered, its response is paid from the reserve.";
    reserve_planned: "备用金 {v}", "Reserve {v}";
    reserve_drawn: "已动用 {v}", "Drawn {v}";
    reserve_left: "剩余 {v}", "Left {v}";
    reserve_exposure: "未触发风险成本 {v}", "Open risks' cost {v}";
    risk_counts: "未发生 {open} · 观察中 {watching} · 已触发 {triggered} · 已关闭 {closed}", "{open} open · {watching} watching · {triggered} triggered · {closed} closed";
    no_reserve: "还没有备用金：在预算明细中添加“备用金”科目的一项。", "No reserve yet: add a line of the Contingency account to the budget.";
    heat_title: "风险热力图", "Risk heat map";
    heat_help: "纵轴为可能性，横轴为影响。先点风险，再点格子即可移动它；点格子的空白处只看这一格的风险。", "Likelihood up, impact across. Click a risk, then a cell, to move it; click a cell's empty space to list only its risks.";
    likelihood: "可能性", "Likelihood";
    impact: "影响", "Impact";
    picked: "已选中「{name}」：点击目标格子移动，Esc 取消", "“{name}” picked: click a cell to move it, Esc to cancel";
    filtered: "只看：可能性 {l} × 影响 {i}", "Only likelihood {l} × impact {i}";
    show_all: "显示全部", "Show all";
    cell_label: "可能性 {l}，影响 {i}，{n} 个风险", "Likelihood {l}, impact {i}, {n} risks";
    register_title: "风险登记册", "Risk register";
    register_help: "评分 = 可能性 × 影响：1–4 低，5–9 中，10–16 高，20–25 极高。", "Score = likelihood × impact: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical.";
    col_title: "风险", "Risk";
    col_category: "类别", "Category";
    col_score: "评分", "Score";
    col_trigger: "触发条件", "Trigger";
    col_response: "应对方案", "Response";
    col_backup: "备选方案", "Backup";
    col_risk_cost: "应急成本", "Contingency cost";
    col_kpi: "预警指标", "Watched KPI";
    act_trigger: "触发", "Trigger";
    triggered_on: "{date} 触发", "Triggered {date}";
    add_risk: "新风险，回车添加", "New risk, press Enter";
    risks_empty: "例如：头部达人临时取消（达人）——保留 2 位备选；负面舆情——1 小时内回应。", "For example: a top KOL cancels (talent): keep 2 backups; negative posts spread: respond within 1 hour.";
    risks_none_here: "这一格没有风险。", "No risks in this cell.";
    // Overview and alerts
    alert_risk: "关联风险：{title}（{status}）", "Linked risk: {title} ({status})";
}

pub fn account_name(l: Locale, a: Account) -> &'static str {
    pick(
        l,
        match a {
            Account::Kol => ("达人/KOL", "KOL / talent"),
            Account::Content => ("内容制作", "Content production"),
            Account::Channel => ("渠道投放", "Channel / ads"),
            Account::Materials => ("物料", "Materials"),
            Account::Gifts => ("礼品/激励", "Gifts / incentives"),
            Account::People => ("人力", "People"),
            Account::Tools => ("工具", "Tools"),
            Account::Venue => ("场地", "Venue"),
            Account::Contingency => ("备用金", "Contingency"),
            Account::Other => ("其他", "Other"),
        },
    )
}

pub fn approval_name(l: Locale, a: Approval) -> &'static str {
    pick(
        l,
        match a {
            Approval::Draft => ("草稿", "Draft"),
            Approval::Submitted => ("审批中", "Submitted"),
            Approval::Approved => ("已批准", "Approved"),
            Approval::Rejected => ("已驳回", "Rejected"),
        },
    )
}

pub fn resource_kind_name(l: Locale, k: ResourceKind) -> &'static str {
    pick(
        l,
        match k {
            ResourceKind::People => ("人员", "People"),
            ResourceKind::Materials => ("物料", "Materials"),
            ResourceKind::Channel => ("渠道", "Channel"),
            ResourceKind::Tool => ("工具", "Tool"),
        },
    )
}

pub fn resource_status_name(l: Locale, s: ResourceStatus) -> &'static str {
    pick(
        l,
        match s {
            ResourceStatus::Needed => ("待准备", "Needed"),
            ResourceStatus::Arranging => ("准备中", "Arranging"),
            ResourceStatus::Ready => ("已到位", "Ready"),
        },
    )
}

pub fn category_name(l: Locale, c: RiskCategory) -> &'static str {
    pick(
        l,
        match c {
            RiskCategory::Policy => ("政策", "Policy"),
            RiskCategory::PublicOpinion => ("舆情", "Public opinion"),
            RiskCategory::Execution => ("执行", "Execution"),
            RiskCategory::Technical => ("技术", "Technical"),
            RiskCategory::Budget => ("预算", "Budget"),
            RiskCategory::Supplier => ("供应商", "Supplier"),
            RiskCategory::Talent => ("达人/KOL", "Talent / KOL"),
            RiskCategory::Algorithm => ("平台算法", "Platform algorithm"),
            RiskCategory::Competitor => ("竞品", "Competitor"),
            RiskCategory::Other => ("其他", "Other"),
        },
    )
}

pub fn risk_status_name(l: Locale, s: RiskStatus) -> &'static str {
    pick(
        l,
        match s {
            RiskStatus::Open => ("未发生", "Open"),
            RiskStatus::Watching => ("观察中", "Watching"),
            RiskStatus::Triggered => ("已触发", "Triggered"),
            RiskStatus::Closed => ("已关闭", "Closed"),
        },
    )
}

pub fn band_name(l: Locale, b: Band) -> &'static str {
    pick(
        l,
        match b {
            Band::Low => ("低", "Low"),
            Band::Medium => ("中", "Medium"),
            Band::High => ("高", "High"),
            Band::Critical => ("极高", "Critical"),
        },
    )
}

pub fn advice_text(l: Locale, a: Advice) -> &'static str {
    let t = l.budget();
    match a {
        Advice::Add => t.advice_add,
        Advice::Keep => t.advice_keep,
        Advice::Stop => t.advice_stop,
    }
}

/// Money for a chart's axis, rounded to what a glance needs: "¥68万",
/// "¥1,200", "CN¥680k", "CN¥1.2M".
pub fn fmt_money_short(l: Locale, m: crate::model::base::money::Money, currency: &str) -> String {
    let major = m.0 / 100;
    let a = major.abs();
    let sym = super::fmt_money(l, crate::model::base::money::Money(0), currency).trim_end_matches('0').to_string();
    let sign = if major < 0 { "-" } else { "" };
    let short = |v: i64, unit: i64, suffix: &str| {
        let tenths = (v * 10 + unit / 2) / unit;
        if tenths % 10 == 0 {
            format!("{}{suffix}", tenths / 10)
        } else {
            format!("{}.{}{suffix}", tenths / 10, tenths % 10)
        }
    };
    let body = match l {
        Locale::ZhCn if a >= 100_000_000 => short(a, 100_000_000, "亿"),
        Locale::ZhCn if a >= 10_000 => short(a, 10_000, "万"),
        Locale::En if a >= 1_000_000 => short(a, 1_000_000, "M"),
        Locale::En if a >= 10_000 => short(a, 1_000, "k"),
        _ => super::fmt_int(a),
    };
    format!("{sign}{sym}{body}")
}

/// A share in basis points as a percent with up to two decimals: "15%", "12.5%", "33.33%".
pub fn fmt_share(bp: i64) -> String {
    let (sign, a) = if bp < 0 { ("-", -bp) } else { ("", bp) };
    match (a % 100, a % 10) {
        (0, _) => format!("{sign}{}%", a / 100),
        (_, 0) => format!("{sign}{}.{}%", a / 100, (a % 100) / 10),
        _ => format!("{sign}{}.{:02}%", a / 100, a % 100),
    }
}

/// One budget warning as a sentence naming the lines, items and amounts.
pub fn warning_sentence(l: Locale, plan: &Plan, w: &BudgetWarning) -> String {
    let t = l.budget();
    let m = |v: crate::model::base::money::Money| fmt_money(l, v, &plan.currency);
    let line = |id: &str| plan.budget.line(id).map(|x| x.name.clone()).unwrap_or_default();
    let item = |id: &str| plan.item(id).map(|x| x.title.clone()).unwrap_or_default();
    let f = |s: &str, pairs: &[(&str, String)]| pairs.iter().fold(s.to_string(), |acc, (k, v)| fill(&acc, k, v));
    match w {
        BudgetWarning::OverAllocated { planned, budget } => {
            f(t.w_over_allocated, &[("planned", m(*planned)), ("budget", m(*budget))])
        }
        BudgetWarning::Reserve { share } => fill(t.w_reserve, "p", &fmt_share(*share)),
        BudgetWarning::Split { share, target } => f(t.w_split, &[("p", fmt_share(*share)), ("t", target.to_string())]),
        BudgetWarning::LineOver { line: id, planned, actual } => {
            f(t.w_line_over, &[("name", line(id)), ("actual", m(*actual)), ("planned", m(*planned))])
        }
        BudgetWarning::LineOvercommitted { line: id, planned, committed } => {
            f(t.w_line_overcommitted, &[("name", line(id)), ("committed", m(*committed)), ("planned", m(*planned))])
        }
        BudgetWarning::AccountOver { account, planned, actual } => f(
            t.w_account_over,
            &[("name", account_name(l, *account).to_string()), ("actual", m(*actual)), ("planned", m(*planned))],
        ),
        BudgetWarning::ChannelOver { channel, planned, actual } => {
            f(t.w_channel_over, &[("name", channel.clone()), ("actual", m(*actual)), ("planned", m(*planned))])
        }
        BudgetWarning::PaidUnapproved { line: id, paid, approval } => f(
            t.w_paid_unapproved,
            &[("name", line(id)), ("paid", m(*paid)), ("status", approval_name(l, *approval).to_string())],
        ),
        BudgetWarning::Unapproved { line: id, item: it, days } => {
            let pairs = [("name", line(id)), ("item", item(it))];
            match days {
                0 => f(t.w_unapproved_today, &pairs),
                d if *d > 0 => fill(&f(t.w_unapproved_soon, &pairs), "n", &d.to_string()),
                _ => {
                    let start = plan.item(it).map(|x| fmt_date_short(l, x.start)).unwrap_or_default();
                    fill(&f(t.w_unapproved_started, &pairs), "date", &start)
                }
            }
        }
        BudgetWarning::ReserveOverdrawn { drawn, reserve } => {
            f(t.w_reserve_overdrawn, &[("drawn", m(*drawn)), ("reserve", m(*reserve))])
        }
        BudgetWarning::ReserveShort { exposure, left } => {
            f(t.w_reserve_short, &[("exposure", m(*exposure)), ("left", m(*left))])
        }
    }
}

/// A need's readiness in words.
pub fn readiness_text(l: Locale, r: Readiness) -> String {
    let t = l.budget();
    match r {
        Readiness::Ready => t.ready.into(),
        Readiness::OnTrack => t.on_track.into(),
        Readiness::DueSoon { days: 0 } => t.due_today.into(),
        Readiness::DueSoon { days } => fill(t.due_soon, "n", &days.to_string()),
        Readiness::Late { days } => fill(t.late, "n", &days.to_string()),
        Readiness::TooLate { needed } => fill(t.too_late, "date", &fmt_date_short(l, needed)),
    }
}

/// A budget group's name: account, channel, phase or item.
pub fn group_name(l: Locale, p: &crate::model::plan::Plan, k: &crate::model::budget::rules::GroupKey) -> String {
    use crate::model::budget::rules::GroupKey;
    let t = l.budget();
    match k {
        GroupKey::Account(a) => account_name(l, *a).to_string(),
        GroupKey::Channel(c) => c.clone(),
        GroupKey::Phase(id) => p.phase(id).map(|x| x.name.clone()).unwrap_or_default(),
        GroupKey::Item(id) => p.item(id).map(|x| x.title.clone()).unwrap_or_default(),
        GroupKey::None => t.unassigned.to_string(),
    }
}

/// A risk's likelihood with its meaning: `3 · 可能` / `3 · Possible`.
pub fn likelihood_level(l: Locale, v: u8) -> &'static str {
    let i = (v.clamp(1, 5) - 1) as usize;
    match l {
        Locale::ZhCn => ["1 · 极少", "2 · 不太可能", "3 · 可能", "4 · 很可能", "5 · 几乎肯定"][i],
        Locale::En => ["1 · Rare", "2 · Unlikely", "3 · Possible", "4 · Likely", "5 · Almost certain"][i],
    }
}

/// A risk's impact with its meaning: `4 · 严重` / `4 · Major`.
pub fn impact_level(l: Locale, v: u8) -> &'static str {
    let i = (v.clamp(1, 5) - 1) as usize;
    match l {
        Locale::ZhCn => ["1 · 轻微", "2 · 较小", "3 · 中等", "4 · 严重", "5 · 灾难性"][i],
        Locale::En => ["1 · Minor", "2 · Moderate", "3 · Significant", "4 · Major", "5 · Severe"][i],
    }
}

/// ROI as a plain ratio, the same on every page ("4.14"; ROI ≥ 3 adds budget).
pub fn fmt_roi(v: f64) -> String {
    super::strategy::fmt_num((v * 100.0).round() / 100.0)
}

/// Where a cost came from, as the explanation's last words.
pub fn source_words(l: Locale, s: Option<CostSource>) -> &'static str {
    match s {
        Some(CostSource::Payments) => l.budget().source_payments,
        _ => l.budget().source_kpis,
    }
}

/// How ROI, ROAS and CPA were computed, for a figure's hover: one line each
/// that can be worked out, with the money in the plan's currency.
pub fn explain_return(
    l: Locale,
    currency: &str,
    d: &crate::model::monitor::rules::Derived,
    source: Option<CostSource>,
) -> [String; 3] {
    let t = l.budget();
    let m = |v: f64| super::fmt_major(l, v, currency);
    let src = source_words(l, source);
    let (Some(cost), revenue) = (d.spend, d.revenue) else { return Default::default() };
    let with = |tpl: &str| fill(&fill(tpl, "cost", &m(cost)), "source", src);
    let roi = match (d.roi, revenue) {
        (Some(r), Some(v)) => fill(&fill(&with(t.explain_roi), "roi", &fmt_roi(r)), "revenue", &m(v)),
        _ => String::new(),
    };
    let roas = match (d.roas, revenue) {
        (Some(r), Some(v)) => fill(&fill(&with(t.explain_roas), "roas", &super::close::fmt_times(r)), "revenue", &m(v)),
        _ => String::new(),
    };
    let cpa = match (d.cpa, d.conversions) {
        (Some(c), Some(n)) => {
            fill(&fill(&with(t.explain_cpa), "cpa", &m(c)), "conversions", &super::fmt_int(n.round() as i64))
        }
        _ => String::new(),
    };
    [roi, roas, cpa]
}

/// A channel whose money and revenue do not meet, as a warning.
pub fn attribution_sentence(l: Locale, a: &Attribution) -> String {
    let t = l.budget();
    match a {
        Attribution::SpendWithoutRevenue(c) => fill(t.gap_spend, "channel", c),
        Attribution::RevenueWithoutSpend(c) => fill(t.gap_revenue, "channel", c),
    }
}
