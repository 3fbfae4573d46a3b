//! Strings of the close of a campaign (the evaluation report, the
//! retrospective and its printable document) in zh-CN and English, and the
//! sentences built from them (a goal's gap, a citation's figure). Must not
//! know about the browser.

use super::monitor::{fmt_pct, fmt_value};
use super::{fill, Locale};
use crate::model::close::data::CiteKind;
use crate::model::close::data::Lens;
use crate::model::close::data::Section;
use crate::model::close::data::Verdict;
use crate::model::close::rules::GoalResult;
use crate::model::close::rules::MilestoneState;
use crate::model::monitor::data::Direction;

texts! {
    CloseTexts;
    tab_retro: "复盘", "Retrospective";
    // The report
    report_title: "效果评估报告", "Evaluation report";
    report_final: "计划已于 {date} 结束：以下为最终结果，对比完整目标。", "The plan ended on {date}: these are the final figures, against the full targets.";
    report_to_date: "截至 {date}，计划仍在进行：以下为至今数据，达成率对比完整目标，状态灯看进度。", "To date ({date}), the plan is still running: rates are against the full targets, lights show the pace.";
    report_not_started: "计划尚未开始（{date} 开始），还没有可评估的数据。", "The plan has not started yet (it starts on {date}); there is nothing to evaluate.";
    print: "打印 / 存为 PDF", "Print / save as PDF";
    open_doc: "复盘文档", "Retrospective document";
    // Headline figures
    kpi_goals_met: "目标达成", "Goals met";
    kpi_goals_met_value: "{met} / {n} 个", "{met} of {n}";
    kpi_roi: "整体 ROI", "Overall ROI";
    kpi_cpa: "获客成本 CPA", "Cost per acquisition";
    kpi_spent: "已支出 / 预算", "Spent / budget";
    kpi_on_time: "按时完成率", "On-time rate";
    kpi_alerts: "预警（已解决）", "Alerts (resolved)";
    // Goals
    goals_title: "目标达成", "Goals";
    goals_help: "每个目标按关联的 KPI 计算：实际对比完整目标。没有关联 KPI 的目标无法评估。", "Each goal is measured by the KPIs linked to it: actual against the full target. A goal without a linked KPI cannot be evaluated.";
    col_goal: "目标", "Goal";
    col_target: "目标值", "Target";
    col_actual: "实际", "Actual";
    /// A ceiling's share used (less is better): `{p}`.
    ceiling_used: "上限的 {p}", "{p} of ceiling";
    /// How a result's share was computed, on hover.
    explain_reached: "{rate} = 实际 {actual} ÷ 目标 {target}", "{rate} = actual {actual} ÷ target {target}";
    explain_used: "越低越好：实际 {actual} 用了上限 {target} 的 {rate}，超过 100% 为不利", "Lower is better: actual {actual} used {rate} of the ceiling {target}; over 100% is bad";
    explain_mean: "{rate} = 各 KPI 达成率的平均（单位不同，不能相加）：{list}", "{rate} = the mean of its KPIs' results (their units do not add up): {list}";
    col_rate: "达成率", "Achieved";
    col_light: "状态", "Status";
    col_gap: "差距", "Gap";
    no_kpi: "没有关联 KPI，无法评估", "No KPI measures it";
    kpis_met: "{met} / {n} 个 KPI 达标", "{met} of {n} KPIs on target";
    kpi_met_of_one: "{met} / 1 个 KPI 达标", "{met} of 1 KPI on target";
    gap_short: "还差 {v}", "{v} short";
    gap_over: "超出 {v}", "{v} ahead";
    gap_high: "高出目标 {v}", "{v} over the target";
    gap_low: "低于目标 {v}", "{v} under the target";
    gap_met: "已达成", "Met";
    no_goals: "还没有目标。在“目标”页设定 SMART 目标并为它们关联 KPI。", "No goals yet. Set SMART goals on the Goals page and link KPIs to them.";
    // Channels
    channels_title: "渠道效果", "Channels";
    channels_help: "ROI =（收入 − 花费）÷ 花费，ROAS = 收入 ÷ 花费，CPA = 花费 ÷ 转化。花费只有一个口径：渠道有付款记录时取实付，否则取花费 KPI。ROI ≥ 3 下次加投，ROI < 1 止损。", "ROI = (revenue − cost) ÷ cost, ROAS = revenue ÷ cost, CPA = cost ÷ conversions. Cost has one rule: what the channel paid once payments are recorded, else its spend KPIs. ROI ≥ 3: add budget next time, ROI < 1: stop the loss.";
    col_channel: "渠道", "Channel";
    col_budget: "预算", "Budget";
    col_paid: "实付", "Paid";
    col_cost: "花费（计 ROI）", "Cost (for ROI)";
    col_revenue: "收入", "Revenue";
    col_roi: "ROI（计划）", "ROI (plan)";
    col_roas: "ROAS", "ROAS";
    col_cpa: "CPA（计划）", "CPA (plan)";
    col_cvr: "转化率", "Conv. rate";
    col_rank: "排名", "Rank";
    col_verdict: "下次建议", "Next time";
    no_channels: "没有渠道数据：给预算行或 KPI 填上渠道后这里会出现。", "No channel figures: give budget lines or KPIs a channel and they show here.";
    // Money
    money_title: "成本核算", "Cost accounting";
    by_account: "按科目", "By account";
    by_channel: "按渠道", "By channel";
    by_phase: "按阶段", "By phase";
    col_planned: "计划", "Planned";
    col_committed: "已承诺", "Committed";
    col_spent: "实际", "Actual";
    col_variance: "差额", "Variance";
    no_group: "未指定", "Unassigned";
    total: "合计", "Total";
    reserve_line: "预备金 {planned}，已动用 {drawn}，剩余 {left}。", "Contingency {planned}: {drawn} drawn, {left} left.";
    reserve_drawn_for: "动用原因", "Drawn for";
    reserve_none: "预备金未动用。", "The contingency reserve was not touched.";
    triggered_on: "{date} 触发", "triggered {date}";
    no_money: "还没有预算行。", "No budget lines yet.";
    // Funnel
    funnel_title: "转化漏斗", "Funnel";
    col_stage: "阶段", "Stage";
    col_step_rate: "转化率（计划）", "Step rate (plan)";
    no_leak: "各环节转化都达到计划。", "Every step converts at least as planned.";
    // Execution
    execution_title: "执行情况", "Execution";
    exec_line: "动作 {n} 项：已完成 {done}，已到期 {due}，按时 {on_time}。", "{n} actions: {done} done, {due} due, {on_time} on time.";
    exec_help: "按时 = 已完成且未晚于基线；到期未完成或晚于基线算延误。", "On time = done and not later than the baseline; due and not done, or later than the baseline, is late.";
    late_items: "延误", "Late";
    none_late: "没有延误的动作。", "No action is late.";
    slip_title: "按阶段对比基线", "Against the baseline, by phase";
    no_baseline: "还没有保存基线，无法计算延期。在甘特图里保存基线。", "No baseline yet, so slip cannot be measured. Save one on the Gantt chart.";
    col_phase: "阶段", "Phase";
    col_items: "对比项", "Compared";
    col_slipped: "延期项", "Slipped";
    col_mean_slip: "平均延期", "Mean slip";
    col_max_slip: "最长延期", "Longest slip";
    exceptions_title: "异常项及原因", "Exceptions and their reasons";
    no_exceptions: "没有异常项。", "No item ended in exception.";
    no_reason: "（未填写原因）", "(no reason given)";
    /// An exception's stretch: `{from}`, `{to}`, `{n}` days.
    exception_span: "{from} 至 {to}，共 {n} 天", "{from} to {to}, {n} days";
    exception_ongoing: "{from} 起，至今 {n} 天", "since {from}, {n} days so far";
    /// An exception's reason with when it lasted.
    exception_reason_when: "{reason}（{when}）", "{reason} ({when})";
    milestones_title: "里程碑", "Milestones";
    no_milestones: "没有里程碑。", "No milestones.";
    ms_hit: "已达成", "Hit";
    ms_missed: "未达成", "Missed";
    ms_pending: "未到期", "Not yet due";
    slip_days: "延期 {n} 天", "{n} days late";
    early_days: "提前 {n} 天", "{n} days early";
    // Monitoring
    monitoring_title: "监控与调整", "Monitoring and adjustments";
    mon_line: "共触发预警 {n} 条（红色 {red}），已确认 {ack}，已解决 {res}，无人处理 {none}。", "{n} alerts fired ({red} red): {ack} acknowledged, {res} resolved, {none} never answered.";
    mon_speed: "平均 {ack} 确认，{res} 解决。", "Acknowledged in {ack} and resolved in {res} on average.";
    mon_days: "{n} 天", "{n} days";
    adjustments_line: "中期调整 {done} / {n} 项已完成。", "{done} of {n} mid-term adjustments done.";
    no_adjustments: "中期复盘没有记录调整。", "The mid-term review recorded no adjustment.";
    done: "已完成", "Done";
    not_done: "未完成", "Not done";
    // The retrospective
    retro_help: "按会议顺序：先收齐各负责人反馈，再回顾目标、对比结果、分析原因、总结经验，最后定行动项。每条可以引用计划里的证据。", "In the meeting's order: collect each owner's feedback, then review goals, compare results, analyse causes, draw lessons, and agree actions. Each entry can cite evidence from the plan.";
    feedback_title: "各负责人反馈", "Each owner's feedback";
    feedback_help: "会前由每位负责人填写：做得好的、遇到的问题、建议。", "Filled in by each owner before the meeting: what went well, what got in the way, suggestions.";
    feedback_placeholder: "{name} 的反馈…", "{name}'s feedback…";
    no_people: "计划里还没有人员：在“计划设置”中添加团队成员。", "The plan has no people yet: add the team in Setup.";
    sec_goals: "目标回顾", "Goals reviewed";
    sec_results: "结果对比", "Results compared";
    sec_causes: "原因分析", "Causes";
    sec_lessons: "经验", "Lessons";
    sec_goals_help: "目标对比结果：来自评估报告，可一键写入。", "Goals against results, from the evaluation report; write them in with one click.";
    sec_results_help: "与计划、历史和竞品对比，按阶段看过程。", "Against the plan, history and competitors, phase by phase.";
    sec_causes_help: "亮点和问题各自的原因：数据、流程、组织。", "Why the highlights and problems happened: data, process, organisation.";
    sec_lessons_help: "保持做得好的，停止做得不好的，开始新的尝试。", "Keep what worked, stop what did not, start something new.";
    prefill: "从评估报告写入目标回顾", "Write the goals in from the report";
    prefill_done: "已写入 {n} 条目标回顾", "{n} goal entries written";
    prefill_line: "{goal}：达成 {rate}", "{goal}: {rate} achieved";
    prefill_no_kpi: "{goal}：没有关联 KPI，无法评估", "{goal}: no KPI measures it";
    add_entry: "写一条…", "Write an entry…";
    add: "添加", "Add";
    remove: "删除", "Remove";
    move_up: "上移", "Move up";
    move_down: "下移", "Move down";
    lens: "视角", "Lens";
    lens_data: "数据", "Data";
    lens_process: "流程", "Process";
    lens_organisation: "组织", "Organisation";
    verdict: "结论", "Verdict";
    verdict_none: "—", "—";
    verdict_keep: "保持", "Keep";
    verdict_stop: "停止", "Stop";
    verdict_start: "开始", "Start";
    cite: "引用证据…", "Cite evidence…";
    cite_remove: "取消引用", "Remove citation";
    cite_gone: "（已不存在）", "(no longer there)";
    cite_goal: "目标", "Goal";
    cite_kpi: "KPI", "KPI";
    cite_channel: "渠道", "Channel";
    cite_item: "工作项", "Work item";
    cite_risk: "风险", "Risk";
    cite_alert: "预警", "Alert";
    empty_section: "还没有内容。", "Nothing yet.";
    actions_title: "行动项", "Action items";
    actions_help: "每项一位负责人和截止日期；未完成的行动项会显示在概览上。", "One owner and a due date each; open action items show on the overview.";
    add_action: "新增行动项…", "New action item…";
    owner: "负责人", "Owner";
    nobody: "未指定", "Nobody";
    due: "截止", "Due";
    no_actions: "还没有行动项。", "No action items yet.";
    // The printable document
    doc_title: "营销执行复盘文档", "Campaign retrospective";
    doc_period: "执行周期 {range}", "Ran {range}";
    doc_back: "返回复盘", "Back to the retrospective";
    doc_results: "结果摘要", "Results in brief";
    doc_signoff: "参会人签字：", "Attendees' signatures:";
}

pub fn section_name(l: Locale, s: Section) -> &'static str {
    let t = l.close();
    match s {
        Section::Goals => t.sec_goals,
        Section::Results => t.sec_results,
        Section::Causes => t.sec_causes,
        Section::Lessons => t.sec_lessons,
    }
}

pub fn section_help(l: Locale, s: Section) -> &'static str {
    let t = l.close();
    match s {
        Section::Goals => t.sec_goals_help,
        Section::Results => t.sec_results_help,
        Section::Causes => t.sec_causes_help,
        Section::Lessons => t.sec_lessons_help,
    }
}

pub fn lens_name(l: Locale, x: Lens) -> &'static str {
    let t = l.close();
    match x {
        Lens::Data => t.lens_data,
        Lens::Process => t.lens_process,
        Lens::Organisation => t.lens_organisation,
    }
}

pub fn verdict_name(l: Locale, v: Verdict) -> &'static str {
    let t = l.close();
    match v {
        Verdict::Keep => t.verdict_keep,
        Verdict::Stop => t.verdict_stop,
        Verdict::Start => t.verdict_start,
    }
}

pub fn cite_kind_name(l: Locale, k: CiteKind) -> &'static str {
    let t = l.close();
    match k {
        CiteKind::Goal => t.cite_goal,
        CiteKind::Kpi => t.cite_kpi,
        CiteKind::Channel => t.cite_channel,
        CiteKind::Item => t.cite_item,
        CiteKind::Risk => t.cite_risk,
        CiteKind::Alert => t.cite_alert,
    }
}

pub fn milestone_name(l: Locale, m: MilestoneState) -> &'static str {
    let t = l.close();
    match m {
        MilestoneState::Hit => t.ms_hit,
        MilestoneState::Missed => t.ms_missed,
        MilestoneState::Pending => t.ms_pending,
    }
}

/// A ratio as "3.2×" (ROAS) or an ROI as a percent.
pub fn fmt_times(v: f64) -> String {
    format!("{}×", super::strategy::fmt_num((v * 100.0).round() / 100.0))
}

/// A goal's gap in words: "还差 76 单" / "超出 12%"; for goals measured by
/// several KPIs that cannot be added, how many are on target.
pub fn goal_gap(l: Locale, g: &GoalResult, dir: Direction) -> String {
    let t = l.close();
    if g.kpis.is_empty() {
        return t.no_kpi.to_string();
    }
    match (g.actual, g.target) {
        (Some(a), Some(tg)) => {
            let gap = match dir {
                Direction::Higher => tg - a,
                Direction::Lower => a - tg,
            };
            let v = fmt_value(gap.abs(), &g.unit);
            if gap.abs() < 1e-9 {
                t.gap_met.to_string()
            } else {
                let tpl = match (dir, gap > 0.0) {
                    (Direction::Higher, true) => t.gap_short,
                    (Direction::Higher, false) => t.gap_over,
                    (Direction::Lower, true) => t.gap_high,
                    (Direction::Lower, false) => t.gap_low,
                };
                fill(tpl, "v", &v)
            }
        }
        _ if g.kpis.len() == 1 => fill(t.kpi_met_of_one, "met", &g.met.to_string()),
        _ => fill(&fill(t.kpis_met, "met", &g.met.to_string()), "n", &g.kpis.len().to_string()),
    }
}

/// "95%" or "—".
pub fn fmt_rate(r: Option<f64>) -> String {
    r.map(fmt_pct).unwrap_or_else(|| "—".into())
}

/// A result as it is forwarded: the share reached ("52.5%"), or for a
/// ceiling the share used ("上限的 190%" / "190% of ceiling").
pub fn fmt_reading(l: Locale, r: Option<crate::model::close::rules::Reading>) -> String {
    use crate::model::close::rules::Reading;
    match r {
        Some(Reading::Reached(v)) => fmt_pct(v),
        Some(Reading::Used(v)) => fill(l.close().ceiling_used, "p", &fmt_pct(v)),
        None => "—".into(),
    }
}

/// A number of days with one decimal at most, in words.
pub fn fmt_days(l: Locale, d: f64) -> String {
    fill(l.close().mon_days, "n", &super::strategy::fmt_num((d * 10.0).round() / 10.0))
}

/// The status line: final, to date, or not started; and when it is due.
pub fn status_line(
    l: Locale,
    p: &crate::model::plan::Plan,
    r: &crate::model::close::rules::Report,
    today: crate::model::base::day::Day,
) -> (String, String, bool) {
    let t = l.close();
    let status = if r.complete {
        fill(t.report_final, "date", &super::fmt_date(l, p.end))
    } else if today < p.start {
        fill(t.report_not_started, "date", &super::fmt_date(l, p.start))
    } else {
        fill(t.report_to_date, "date", &super::fmt_date(l, today))
    };
    let overdue = r.complete && today > r.due;
    let o = super::overview::texts(l);
    let due = fill(if overdue { o.due_overdue } else { o.due_by }, "date", &super::fmt_date(l, r.due));
    (status, due, overdue)
}

/// When an exception lasted, in words; empty when it was never dated.
pub fn exception_when(l: Locale, x: &crate::model::close::rules::ExceptionSpan) -> String {
    let t = l.close();
    let (Some(from), Some(n)) = (x.from, x.days) else { return String::new() };
    let tpl = match x.to {
        Some(to) => fill(t.exception_span, "to", &super::fmt_date(l, to)),
        None => t.exception_ongoing.to_string(),
    };
    fill(&fill(&tpl, "from", &super::fmt_date(l, from)), "n", &n.to_string())
}

/// An exception's reason, with when it lasted when that is known.
pub fn exception_line(l: Locale, x: &crate::model::close::rules::ExceptionSpan) -> String {
    let when = exception_when(l, x);
    if when.is_empty() {
        return x.reason.clone();
    }
    fill(&fill(l.close().exception_reason_when, "reason", &x.reason), "when", &when)
}

/// What a retrospective citation shows, as (label, figure): the same words
/// on the board, in the evaluation document and frozen into a lesson. The
/// figure is the report's (a goal's reading, a KPI's result, a channel's
/// cost, revenue and ROI on its one cost); None when what it names is gone.
pub fn cite_text(
    l: Locale,
    p: &crate::model::plan::Plan,
    r: &crate::model::close::rules::Report,
    c: &crate::model::close::data::Cite,
    today: crate::model::base::day::Day,
) -> Option<(String, String)> {
    use super::{fmt_date_short, fmt_major};
    match c.kind {
        CiteKind::Goal => {
            let g = p.strategy.goal(&c.id)?;
            let reading = r.goals.iter().find(|x| x.id == c.id).and_then(|x| x.reading);
            Some((g.statement.clone(), fmt_reading(l, reading)))
        }
        CiteKind::Kpi => {
            let k = p.kpis.iter().find(|k| k.id == c.id)?;
            let res = crate::model::close::rules::kpi_result(p, k, today);
            let v = |x: Option<f64>| x.map(|x| fmt_value(x, &k.unit)).unwrap_or_else(|| "—".into());
            Some((k.name.clone(), format!("{} / {} ({})", v(res.actual), v(res.target), fmt_reading(l, res.reading))))
        }
        CiteKind::Channel => {
            // The row's one cost (payments, else its spend KPIs), so the
            // figure and its ROI are worked out from the same money.
            let ch = r.channels.iter().find(|x| x.channel == c.id)?;
            let money = |v: Option<f64>| v.map(|v| fmt_major(l, v, &p.currency)).unwrap_or_else(|| "—".into());
            let mut figure = format!("{} → {}", money(ch.cost), money(ch.revenue));
            if let Some(roi) = ch.roi {
                figure.push_str(&format!(" · ROI {}", super::budget::fmt_roi(roi)));
            }
            Some((ch.channel.clone(), figure))
        }
        CiteKind::Item => {
            let w = p.item(&c.id)?;
            Some((w.title.clone(), format!("{} · {}", super::status_name(l, w.status), fmt_date_short(l, w.end))))
        }
        CiteKind::Risk => {
            let x = p.budget.risk(&c.id)?;
            Some((x.title.clone(), format!("{} · {}", super::budget::risk_status_name(l, x.status), x.score())))
        }
        CiteKind::Alert => {
            let a = crate::model::monitor::rules::alerts(p, today).into_iter().find(|a| a.key == c.id)?;
            let k = p.kpis.iter().find(|k| k.id == a.kpi)?;
            Some((
                k.name.clone(),
                format!("{} · {}", super::monitor::severity_name(l, a.severity), fmt_date_short(l, a.fired)),
            ))
        }
    }
}

/// How a result's share (a goal's or a KPI's) was computed, for its hover:
/// the actual over the target, or for a ceiling the share of it used; for a
/// goal whose KPIs cannot be added, the mean of theirs, each named.
pub fn explain_reading(
    l: Locale,
    p: &crate::model::plan::Plan,
    actual: Option<f64>,
    target: Option<f64>,
    unit: &str,
    reading: Option<crate::model::close::rules::Reading>,
    kpis: &[crate::model::close::rules::KpiResult],
) -> String {
    use crate::model::close::rules::Reading;
    let t = l.close();
    let both = |tpl: &str, a: f64, b: f64, v: f64| {
        fill(&fill(&fill(tpl, "rate", &fmt_pct(v)), "actual", &fmt_value(a, unit)), "target", &fmt_value(b, unit))
    };
    match (reading, actual, target) {
        (Some(Reading::Reached(v)), Some(a), Some(b)) => both(t.explain_reached, a, b, v),
        (Some(Reading::Used(v)), Some(a), Some(b)) => both(t.explain_used, a, b, v),
        (Some(r), None, _) if !kpis.is_empty() => {
            let list = kpis
                .iter()
                .filter_map(|k| {
                    let name = &p.kpis.iter().find(|x| x.id == k.id)?.name;
                    Some(format!("{name} {}", fmt_reading(l, k.reading)))
                })
                .collect::<Vec<_>>();
            fill(&fill(t.explain_mean, "rate", &fmt_reading(l, Some(r))), "list", &super::format::join_list(l, &list))
        }
        _ => String::new(),
    }
}
