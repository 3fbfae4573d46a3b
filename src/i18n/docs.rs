//! Strings of the document centre (every document's title, headings and
//! columns), the reporting rhythm, the calendar export and the official
//! holiday preset, in zh-CN and English. Must not know about the browser.

use super::Locale;
use crate::docs::{DocKind, Stage};

texts! {
    DocsTexts;
    help: "模板要求的每份文档都从计划生成，不必再写一遍：在屏幕上按 A4 预览，打印或存为 PDF，复制成文字发到微信 / 钉钉 / 飞书，表格可下载为 CSV。", "Every document the templates ask for, generated from the plan, never typed twice: preview it as A4, print or save it as PDF, copy it as text for WeChat / DingTalk / Feishu, download each table as CSV.";
    print: "打印 / 存为 PDF", "Print / save as PDF";
    copy_text: "复制为文字", "Copy as text";
    copy_markdown: "复制为 Markdown", "Copy as Markdown";
    copied: "已复制，可直接粘贴到聊天中", "Copied: paste it into a chat";
    csv_pick: "下载表格（CSV）…", "Download a table (CSV)…";
    download_csv: "{name}.csv", "{name}.csv";
    xlsx_pick: "下载表格（Excel）…", "Download a table (Excel)…";
    download_xlsx: "{name}.xlsx", "{name}.xlsx";
    export_ics: "导出日历（ICS）", "Export calendar (ICS)";
    ics_help: "任务为全天事件、里程碑为单日事件；再次导入会更新而不是重复。", "Tasks become all-day events and milestones single-day events; importing again updates them instead of adding copies.";
    zoom: "时间刻度", "Time scale";
    zoom_day: "按日", "Days";
    zoom_week: "按周", "Weeks";
    zoom_month: "按月", "Months";
    pages: "共 {n} 页（横向 A4）", "Landscape A4 pages: {n}";
    too_many_pages: "图太大，只生成了前 {n} 页：请选择更粗的时间刻度。", "The chart is too large: only the first {n} pages were made. Pick a coarser time scale.";
    week_of: "所在周", "Week of";
    month_of: "月份", "Month";
    day_of: "日期", "Day";
    prev: "上一期", "Previous";
    next: "下一期", "Next";
    page_of: "第 {n} 页", "Page {n}";
    subtitle: "计划周期 {range} · 生成于 {date}", "Plan {range} · made {date}";
    text_head: "【{title}】{plan}", "{title} — {plan}";
    colon: "：", ": ";
    goal_target: "（{target}）", " ({target})";
    quote: "「{text}」", "“{text}”";
    verdict_tag: "【{verdict}】", "[{verdict}] ";
    lens_tag: "（{lens}）", " ({lens})";
    // Stage names for the list.
    stage_insight: "洞察", "Insight";
    stage_goals: "目标", "Goals";
    stage_strategy: "策略", "Strategy";
    stage_schedule: "分解、排期与预算", "Breakdown, schedule and budget";
    stage_execution: "执行与监控", "Execution and monitoring";
    stage_close: "评估与复盘", "Evaluation and retrospective";
    // Titles.
    title_goals: "活动目标确认单", "Campaign goal sign-off sheet";
    title_insight: "市场洞察分析报告", "Market insight report";
    title_personas: "目标用户画像手册", "Persona handbook";
    title_strategy: "营销策略方案书", "Marketing strategy plan";
    title_gantt: "营销执行甘特图", "Execution Gantt chart";
    title_raci: "任务责任分配表", "Responsibility assignment (RACI)";
    title_resources: "资源需求清单", "Resource needs list";
    title_budget: "预算规划表 / 预算审批表", "Budget plan and approval form";
    title_risks: "风险应对预案表", "Risk response plan";
    title_tracking: "执行跟踪表", "Execution tracking sheet";
    title_weekly: "营销执行周报", "Weekly execution report";
    title_monthly: "营销执行月报", "Monthly execution report";
    title_daily: "每日执行日志 / 数据监控日报", "Daily log and data report";
    title_midterm: "中期策略调整记录", "Mid-term adjustment record";
    title_evaluation: "效果评估报告", "Evaluation report";
    title_retro: "营销执行复盘文档", "Retrospective document";
    // Shared facts and headings.
    plan_period: "计划周期", "Plan period";
    total_budget: "总预算", "Total budget";
    period: "报告期间", "Period";
    report_due: "提交时间", "Due";
    due_at: "{date} {time} 前", "By {date} {time}";
    daily_sync: "每日同步时间", "Daily sync";
    goals_list: "活动目标", "Campaign goals";
    no_goals: "还没有目标。", "No goals yet.";
    no_items: "还没有任务。", "No work items yet.";
    no_kpis: "还没有 KPI。", "No KPIs yet.";
    none_yet: "暂无。", "None yet.";
    nothing: "无。", "None.";
    no_data: "未录入", "no data";
    sign_proposer: "提出人", "Proposed by";
    sign_reviewer: "审核人", "Reviewed by";
    sign_approver: "批准人", "Approved by";
    sign_preparer: "编制人", "Prepared by";
    sign_finance: "财务审核", "Finance review";
    sign_date: "日期", "Date";
    pestel: "PESTEL 宏观环境", "PESTEL";
    forces: "波特五力", "Five forces";
    internal: "内部资源", "Internal resources";
    competitors: "竞品分析", "Competitors";
    swot: "SWOT 分析", "SWOT";
    tows: "TOWS 策略", "TOWS strategies";
    p_age: "年龄", "Age";
    p_gender: "性别", "Gender";
    p_city: "城市级别", "City tier";
    p_income: "收入", "Income";
    p_habits: "消费习惯", "Habits";
    p_media: "触媒偏好", "Media";
    p_pains: "痛点", "Pain points";
    p_needs: "需求", "Needs";
    p_quote: "原话", "In their words";
    positioning: "定位", "Positioning";
    generic: "竞争战略", "Generic strategy";
    theme: "活动主题", "Theme";
    strategies: "策略组合", "Strategy mix";
    messages: "核心信息", "Core messages";
    incentives: "激励机制", "Incentives";
    journey: "用户旅程", "User journey";
    conversion_step: "（转化）", " (converts)";
    step_risk: "；风险：{risk}", "; risk: {risk}";
    channel_mix: "渠道计划", "Channel plan";
    online: "线上", "Online";
    offline: "线下", "Offline";
    raci_help: "R 执行、A 负责（每项唯一）、C 咨询、I 知会。", "R does the work, A signs it off (one per task), C is consulted, I is informed.";
    raci_table: "责任分配", "Responsibilities";
    resources_table: "资源需求", "Resource needs";
    planned: "计划", "Planned";
    committed: "已承诺", "Committed";
    actual: "实际支出", "Paid";
    remaining: "剩余", "Remaining";
    by_account: "按科目", "By account";
    budget_lines: "预算明细与审批", "Budget lines and approval";
    risks_table: "风险登记", "Risk register";
    tracking_table: "执行跟踪", "Tracking";
    exception_reason: "异常原因：{reason}。", "Exception: {reason}. ";
    kpis_at: "KPI 达成", "KPIs against target";
    adjustments: "调整事项", "Adjustments";
    no_adjustments: "中期复盘还没有记录调整。", "No adjustment recorded at the mid-term review.";
    checkpoint_third: "1/3 节点", "One-third checkpoint";
    checkpoint_half: "1/2 节点", "Halfway checkpoint";
    done: "已完成", "Done";
    open: "未完成", "Open";
    report_status: "报告状态", "Status";
    goal_results: "目标达成", "Goals against results";
    channel_results: "渠道效果", "Channel results";
    execution: "执行与监控", "Execution and monitoring";
    on_time: "按时完成率", "On-time rate";
    exceptions: "异常事项", "Exceptions";
    alerts_fired: "触发预警", "Alerts fired";
    alerts_resolved: "已解决预警", "Alerts resolved";
    feedback: "各负责人反馈", "Owners' feedback";
    actions: "改进行动", "Action items";
    // Period reports.
    done_in_period: "本期完成", "Done this period";
    in_progress: "进行中", "In progress";
    late: "已逾期", "Late";
    next_period: "下期计划", "Next period";
    alerts: "预警与处理", "Alerts and how they were handled";
    alert_open: "待处理", "Open";
    alert_acknowledged: "已确认", "Acknowledged";
    alert_resolved: "已解决", "Resolved";
    spent: "本期支出", "Money paid this period";
    total: "合计", "Total";
    risks_changed: "风险变化", "Risks that changed";
    decisions: "需决策事项", "Decisions needed";
    ask_approval: "待审批预算：{line}", "Budget awaiting approval: {line}";
    ask_exception: "异常待上报：{task}", "Exception to report: {task}";
    ask_alert: "红色预警待确认：{kpi}", "Red alert to acknowledge: {kpi}";
    ask_adjustment: "调整未完成：{text}", "Adjustment still open: {text}";
    log_entries: "执行日志", "Log entries";
    status_today: "今日任务状态", "Work items today";
    starts_today: "今日开始", "Starts today";
    due_today: "今日到期", "Due today";
    actuals_today: "今日数据", "Today's figures";
    // Columns.
    col_goal: "目标", "Goal";
    col_dimension: "维度", "Dimension";
    col_metric: "指标与范围", "Metric and scope";
    col_baseline: "基线", "Baseline";
    col_target: "目标值", "Target";
    col_deadline: "截止", "Deadline";
    col_owner: "负责人", "Owner";
    col_priority: "优先级", "Priority";
    col_budget: "预算", "Budget";
    col_smart: "SMART 检查", "SMART check";
    col_factor: "因素", "Factor";
    col_content: "内容", "Content";
    col_effect: "影响", "Effect";
    col_weight: "权重", "Weight";
    col_force: "力量", "Force";
    col_rating: "强度", "Rating";
    col_notes: "备注", "Notes";
    col_side: "类别", "Side";
    col_competitor: "竞品", "Competitor";
    col_theme: "主题", "Theme";
    col_format: "形式", "Format";
    col_channels: "渠道", "Channels";
    col_timing: "时间", "Timing";
    col_feedback: "反馈", "Feedback";
    col_quadrant: "象限", "Quadrant";
    col_kind: "类型", "Kind";
    col_strategy: "策略", "Strategy";
    col_rule: "规则", "Rule";
    col_unit_cost: "单价", "Unit cost";
    col_quantity: "数量", "Quantity";
    col_total: "合计", "Total";
    col_channel: "渠道", "Channel";
    col_online: "线上/线下", "On/offline";
    col_tier: "梯队", "Tier";
    col_share: "占比", "Share";
    col_no: "编号", "No.";
    col_task: "任务", "Task";
    col_level: "层级", "Level";
    col_sole_owner: "唯一负责人", "Sole owner";
    col_resource: "资源", "Resource";
    col_for: "用于", "For";
    col_needed_by: "需到位", "Needed by";
    col_ready_by: "预计到位", "Ready by";
    col_status: "状态", "Status";
    col_account: "科目", "Account";
    col_line: "预算项", "Budget line";
    col_approval: "审批状态", "Approval";
    col_approver: "审批人", "Approver";
    col_decided: "审批日期", "Decided";
    col_risk: "风险", "Risk";
    col_category: "类别", "Category";
    col_score: "可能性×影响", "Likelihood × impact";
    col_level_risk: "等级", "Level";
    col_trigger: "触发条件", "Trigger";
    col_response: "应对措施", "Response";
    col_backup: "备选方案", "Backup";
    col_phase: "阶段", "Phase";
    col_dates: "起止时间", "Dates";
    col_resources: "所需资源", "Resources";
    col_checkpoint: "节点", "Checkpoint";
    col_adjustment: "调整内容", "Adjustment";
    col_state: "状态", "State";
    col_actual: "实际", "Actual";
    /// A period report's KPI columns: the period's own figure, the figure to a day, its target.
    col_in_period: "本期（{range}）", "This period ({range})";
    col_to_day: "截至 {date}", "To {date}";
    col_target_to_day: "目标（截至 {date}）", "Target (to {date})";
    col_rate: "达成率", "Achievement";
    col_light: "灯号", "Light";
    col_gap: "差距", "Gap";
    col_revenue: "收入", "Revenue";
    col_cost: "花费（计 ROI）", "Cost (for ROI)";
    col_advice: "下次建议", "Next time";
    col_person: "负责人", "Person";
    col_action: "行动", "Action";
    col_due: "截止", "Due";
    col_end: "结束", "End";
    col_progress: "进度", "Progress";
    col_days_late: "逾期天数", "Days late";
    col_reason: "原因", "Reason";
    col_kpi: "KPI", "KPI";
    col_severity: "级别", "Severity";
    col_fired: "触发日", "Fired";
    col_alert: "预警", "Alert";
    col_handling: "处理记录", "Handling";
    col_date: "日期", "Date";
    col_amount: "金额", "Amount";
    col_triggered: "触发日", "Triggered";
    col_period: "周期", "Period";
    col_when: "今日", "Today";
    // The reporting rhythm.
    rhythm_help: "周报在每周的这一天、这个时间前提交；异常（任务标为异常、红色预警）须在 24 小时内上报。", "The weekly report is due on this day by this time; an exception (a task in exception, a red alert) is reported within 24 hours.";
    weekly_day: "周报日", "Weekly report day";
    weekly_time: "周报截止时间", "Weekly report by";
    daily_time: "每日同步时间", "Daily sync at";
    // Official holidays.
    holidays_title: "法定节假日与调休", "Public holidays and make-up days";
    holidays_help: "把国务院公布的放假与调休日期复制进本计划的工作日历（计划文件自带这些日期）。", "Copies the State Council's days off and make-up working days into this plan's calendar (the dates travel with the plan file).";
    holidays_apply: "加入 {year} 年法定节假日", "Add {year} public holidays";
    holidays_added: "已加入 {year} 年：放假 {off} 天，调休上班 {work} 天", "Added {year}: {off} days off, {work} make-up working days";
    holidays_unpublished: "{year} 尚未公布", "{year} not yet published";
    holidays_source: "依据：{notice}", "Source: {notice}";
    // Calendar export labels.
    ics_owner: "负责人", "Owner";
    ics_status: "状态", "Status";
    ics_channel: "渠道", "Channel";
    ics_phase: "阶段", "Phase";
    ics_milestone: "里程碑", "Milestone";
}

pub fn doc_title(l: Locale, k: DocKind) -> &'static str {
    let t = l.docs();
    match k {
        DocKind::Goals => t.title_goals,
        DocKind::Insight => t.title_insight,
        DocKind::Personas => t.title_personas,
        DocKind::Strategy => t.title_strategy,
        DocKind::Gantt => t.title_gantt,
        DocKind::Raci => t.title_raci,
        DocKind::Resources => t.title_resources,
        DocKind::Budget => t.title_budget,
        DocKind::Risks => t.title_risks,
        DocKind::Tracking => t.title_tracking,
        DocKind::Weekly => t.title_weekly,
        DocKind::Monthly => t.title_monthly,
        DocKind::Daily => t.title_daily,
        DocKind::Midterm => t.title_midterm,
        DocKind::Evaluation => t.title_evaluation,
        DocKind::Retro => t.title_retro,
    }
}

pub fn stage_name(l: Locale, s: Stage) -> &'static str {
    let t = l.docs();
    match s {
        Stage::Insight => t.stage_insight,
        Stage::Goals => t.stage_goals,
        Stage::Strategy => t.stage_strategy,
        Stage::Schedule => t.stage_schedule,
        Stage::Execution => t.stage_execution,
        Stage::Close => t.stage_close,
    }
}

/// The notice that published a year's holidays, in the user's language.
pub fn notice(l: Locale, o: &crate::model::sample::holidays::Official) -> &'static str {
    match l {
        Locale::ZhCn => o.notice_zh,
        Locale::En => o.notice_en,
    }
}
