//! What the overview's cards say (monitoring, budget, close-out, strategy,
//! reporting), in zh-CN and English. The overview is part of the app's
//! first download while each area's page comes in a chunk of its own: a
//! page's strings live in its own struct and arrive with it, so the cards'
//! strings must not sit there (one read of `monitor::ZH` puts all of the
//! monitor's strings in the first download). Where a page shows the same
//! words (a tab's label, "Reserve left"), it reads them here. Must not know
//! about the browser.

use super::{counted, Locale};

texts! {
    OverviewTexts;
    // The monitoring card.
    no_alerts: "暂无未处理的预警", "No open alerts";
    open_alerts: "未处理预警", "Open alerts";
    open_alerts_value: "红 {red} · 黄 {yellow}", "{red} red · {yellow} yellow";
    monitor_empty: "还没有 KPI，定义指标后这里会显示预警。", "No KPIs yet; once they are defined, alerts show here.";
    // The budget card.
    budget_title: "预算与风险", "Budget & risks";
    spent: "已支出 {actual} / 已分配 {planned}", "{actual} spent of {planned} allocated";
    budget_warnings: "{n} 条预算提醒", "{n} budget warnings";
    budget_warning: "1 条预算提醒", "1 budget warning";
    checks_ok: "各项检查均通过", "All checks pass";
    stat_reserve: "备用金剩余", "Reserve left";
    lines_empty: "例如：头部达人直播合作 ¥180,000（KOL）、抖音投流 ¥100,000（渠道投放）、备用金占 10–15%。", "For example: top KOL live streams CN¥180,000 (KOL), Douyin ads CN¥100,000 (channel), a 10–15% contingency reserve.";
    top_risks: "主要风险", "Top risks";
    no_risks: "还没有登记风险。", "No risks registered yet.";
    open_budget: "查看预算", "Open the budget";
    open_risks: "查看风险", "Open the risks";
    // The close-out card.
    due_by: "评估报告应于 {date} 前完成（结束后 3 个工作日）", "Evaluation due by {date} (3 working days after the end)";
    due_overdue: "评估报告已逾期：应于 {date} 前完成", "The evaluation is overdue: it was due by {date}";
    due_in: "还有 {n} 个工作日", "{n} working days left";
    due_in_one: "还有 1 个工作日", "1 working day left";
    open_actions: "未完成的行动项 {n} 项", "{n} open action items";
    open_action: "未完成的行动项 1 项", "1 open action item";
    all_actions: "查看复盘", "Open the retrospective";
    // The strategy card (the trace page reads the gaps too).
    strategy_title: "目标与策略", "Goals and strategy";
    strategy_empty: "还没有目标。从市场洞察开始，写下 SWOT、TOWS 策略和目标。", "No goals yet. Start with the insight: the SWOT, TOWS strategies and goals.";
    no_gaps: "没有缺口：每个目标都有策略和任务支撑。", "No gaps: every goal has strategies and work behind it.";
    goals_without_work: "没有任务支撑的目标", "Goals no work serves";
    strategies_without_goal: "没有对应目标的策略", "Strategies no goal names";
    work_without_strategy: "没有对应策略的任务", "Work not linked to a strategy";
    // The reporting card (the documents page reads its title too).
    rhythm_title: "汇报节奏", "Reporting rhythm";
    next_report: "下次周报：{date} {time} 前", "Next weekly report: by {date} {time}";
    open_report: "打开本周周报", "Open this week's report";
    report_within: "须 24 小时内上报", "To be reported within 24 h";
    pending_item: "异常：{task}", "Exception: {task}";
    pending_alert: "红色预警：{kpi}", "Red alert: {kpi}";
    mark_reported: "已上报", "Reported";
}

/// "3 open action items", "1 open action item".
pub fn open_actions(l: Locale, n: usize) -> String {
    counted(n, texts(l).open_action, texts(l).open_actions)
}

/// "3 budget warnings", "1 budget warning".
pub fn budget_warnings(l: Locale, n: usize) -> String {
    counted(n, texts(l).budget_warning, texts(l).budget_warnings)
}

/// "3 working days left", "1 working day left".
pub fn due_in(l: Locale, n: i64) -> String {
    counted(n, texts(l).due_in_one, texts(l).due_in)
}

/// The trace's gap counts in one line ("没有任务支撑的目标 1 · …"), or "no gaps".
pub fn gaps_line(l: Locale, [goals, strategies, work]: [usize; 3]) -> String {
    let t = texts(l);
    if goals + strategies + work == 0 {
        t.no_gaps.to_string()
    } else {
        format!(
            "{} {goals} · {} {strategies} · {} {work}",
            t.goals_without_work, t.strategies_without_goal, t.work_without_strategy
        )
    }
}
