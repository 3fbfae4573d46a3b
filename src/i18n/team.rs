//! Strings of the team's updates, in zh-CN and English: the review of an
//! owner's update on the manager's side (who sent it, each change as before
//! → after, conflicts, what was deleted) and the plan's update log. Must not
//! know about the browser.

use super::format::hhmm;
use super::{fill, fmt_date_short, Locale};
use crate::model::plan::Plan;
use crate::model::team::data::{Change, Field, Update, UpdateEntry, Value};

texts! {
    TeamTexts;
    review_title: "{name} 的更新", "Update from {name}";
    review_sent: "{date} {time} 发出 · {n} 项修改", "Sent {date} {time} · {n} changes";
    review_trust: "“我是谁”由对方自己选择，是团队内的信任，不是登录验证。", "Who sent it is what they chose in the app: trust within a team, not a login.";
    not_here: "这份更新属于计划「{plan}」，此浏览器中没有这个计划：请在保存该计划的浏览器中打开。", "This update is for plan “{plan}”, which this browser does not hold: open it where that plan is kept.";
    col_what: "内容", "What";
    col_field: "字段", "Field";
    col_change: "修改", "Change";
    col_fate: "处理", "Outcome";
    fate_take: "将采用", "Will be taken";
    fate_already: "已是此值", "Already so";
    fate_gone: "已删除，忽略", "Deleted here, skipped";
    fate_conflict: "冲突：双方都改过", "Conflict: both changed it";
    keep_mine: "保留我的：{value}", "Keep mine: {value}";
    take_theirs: "采用对方的：{value}", "Take theirs: {value}";
    apply: "应用 {n} 项", "Apply {n}";
    nothing_new: "这份更新里的修改都已在计划中，无需再应用。", "Everything in this update is already in the plan.";
    cancel: "取消", "Cancel";
    applied_notice: "已应用 {name} 的 {n} 项更新", "Applied {n} changes from {name}";
    log_title: "负责人回传", "Updates from the team";
    log_line: "{name} {date} {time} 更新 {n} 项", "{name} {date} {time}: {n} changes";
    log_kept: "（保留我的 {n} 项）", " ({n} kept as mine)";
    field_status: "状态", "Status";
    field_progress: "进度", "Progress";
    field_actual_start: "实际开始", "Actual start";
    field_actual_end: "实际完成", "Actual finish";
    field_reason: "异常原因", "Exception reason";
    field_episodes: "异常记录", "Exception record";
    field_note: "新增日志", "Note added";
    field_actual: "{date} 实际值", "Actual on {date}";
    field_feedback: "复盘反馈", "Retrospective feedback";
    empty: "（空）", "(empty)";
    episodes_n: "{n} 段", "{n} spells";
    send_back: "回传更新", "Send my update";
    send_back_help: "把你在这份计划里做的修改（状态、进度、实际日期、日志、数据、反馈）做成链接，发回给计划负责人；对方打开后核对并合并。", "Turn what you changed in this plan (status, progress, actual dates, notes, figures, feedback) into a link for the plan's manager; opening it, they review and merge it.";
    i_am: "我是", "I am";
    choose_me: "（选择你的名字）", "(choose your name)";
    n_changes: "自收到计划以来 {n} 项修改", "{n} changes since you received the plan";
    no_changes: "自收到计划以来还没有修改。", "Nothing changed since you received the plan.";
    copy_update_link: "复制回传链接", "Copy the update link";
    update_copied: "回传链接已复制：发给计划负责人，对方打开即可核对合并", "Update link copied: send it to the plan's manager, who opens it to review and merge";
    my_work: "我的工作", "My work";
    my_work_help: "你负责或执行（R）的未完成任务。点一下即可改状态、进度，写日志；做完后用“回传更新”发回给负责人。", "Unfinished work you own or do (R). One tap sets the status or progress, or adds a note; then “Send my update” takes it back to the manager.";
    group_exceptions: "异常", "Exceptions";
    group_late: "已逾期", "Late";
    group_today: "今天进行中", "Running today";
    group_this_week: "本周开始", "Starting this week";
    no_work: "你眼下没有要做的任务。", "Nothing for you right now.";
    choose_first: "先选择你的名字。", "Choose your name first.";
    progress: "进度", "Progress";
    note_placeholder: "写一条进展（回车添加）", "A line of progress (Enter adds it)";
    add_note: "添加", "Add";
    figures_title: "今天要填的数据", "Today's figures";
    figures_help: "你负责的目标下的 KPI：填本期实际值，回传后进入看板。", "KPIs of the goals you own: enter this period's actual; once sent back it reaches the dashboard.";
    target_is: "目标 {value}", "Target {value}";
    no_target: "未设目标", "No target";
    feedback_title: "我的复盘反馈", "My retrospective feedback";
    feedback_help: "活动已结束：写下哪些做得好、哪些要改进，回传后进入复盘。", "The campaign is over: say what went well and what to change; once sent back it joins the retrospective.";
    more_items: "这里先列出 30 项，还有 {n} 项在任务列表中。", "The first 30 are here; {n} more are in the task list.";
    other_copy: "另一份副本", "Another copy";
    copy_review_title: "这份计划已在本机：合并对方的进展？", "This plan is already here: merge its progress?";
    copy_review_help: "只列出进展（状态、进度、实际日期、日志、数据）与本机的不同；计划本身的其他不同请另存为副本后对比。", "Only progress (status, progress, actual dates, notes, figures) that differs from yours is listed; for other differences, save it as a copy and compare.";
    save_as_copy: "另存为副本", "Save as a copy";
    copy_review_count: "与本机不同的进展 {n} 项", "{n} differences in progress";
    send_to: "发给负责人", "Send to owner";
    send_to_title: "发给 {name}", "Send to {name}";
    send_to_help: "这条链接带着整份计划，并写明是发给 {name} 的。对方在手机上打开，确认“我是 {name}”即进入“我的工作”；更新后用“回传更新”发回给你。", "The link carries the whole plan and says it is for {name}. Opening it on a phone and confirming “I'm {name}”, they land on “My work”; their changes come back to you through “Send my update”.";
    send_to_copied: "链接已复制：发到 {name} 的微信 / 钉钉", "Link copied: send it to {name} in WeChat / DingTalk";
    for_person: "这是发给 {name} 的计划", "This plan was sent to {name}";
    i_am_person: "我是 {name}", "I'm {name}";
    not_me: "我不是，只保存计划", "Not me: just save the plan";
    update_copy: "更新我的副本", "Update my copy";
    updated_in_place: "已更新为收到的新版本；你尚未回传的 {n} 项修改已保留", "Updated to the version received; your {n} unsent changes are kept";
    copy_failed: "浏览器不允许自动复制：请长按下方文字，全选后复制。", "The browser refused to copy: press and hold the text below, select all and copy it.";
    /// A workbook the sheet import or the KPI import cannot read.
    xlsx_too_large: "这个表格太大：最多读取 20,000 行、200 列。请删去多余的行列，或只保留要导入的工作表。", "This workbook is too large: at most 20,000 rows and 200 columns are read. Remove the extra rows and columns, or keep only the sheet to import.";
    xlsx_no_sheet: "这个 Excel 文件里没有工作表。", "This Excel file has no worksheet.";
    xlsx_unreadable: "无法读取这个 Excel 文件（.xlsx），它可能已损坏或不是 Excel/WPS 保存的表格（{why}）。可在表格软件中另存为 .xlsx 或 CSV 后再试。", "This Excel file (.xlsx) cannot be read: it may be damaged, or not a workbook Excel or WPS saved ({why}). Save it again as .xlsx or CSV and retry.";
    open_in_browser: "微信内无法下载文件：点右上角 ··· 选择“在浏览器中打开”后再保存文件，或改用链接。", "WeChat cannot download files: tap ··· at the top right and choose “Open in browser” to save the file, or use the link.";
}

/// What a change is about, in the receiving plan's words: the item's title,
/// the KPI's name or the person's name (its id when gone).
pub fn subject(p: &Plan, f: &Field) -> String {
    match f {
        Field::Actual { kpi, .. } => {
            p.kpis.iter().find(|k| k.id == *kpi).map_or_else(|| kpi.clone(), |k| k.name.clone())
        }
        Field::Feedback { person } => p.person(person).map_or_else(|| person.clone(), |x| x.name.clone()),
        _ => f.item().map_or_else(String::new, |item| p.item(item).map_or_else(|| item.clone(), |w| w.title.clone())),
    }
}

/// The field's name.
pub fn field_name(l: Locale, f: &Field) -> String {
    let t = texts(l);
    match f {
        Field::Status { .. } => t.field_status.into(),
        Field::Progress { .. } => t.field_progress.into(),
        Field::ActualStart { .. } => t.field_actual_start.into(),
        Field::ActualEnd { .. } => t.field_actual_end.into(),
        Field::Reason { .. } => t.field_reason.into(),
        Field::Episodes { .. } => t.field_episodes.into(),
        Field::Note { .. } => t.field_note.into(),
        Field::Actual { day, .. } => fill(t.field_actual, "date", &fmt_date_short(l, *day)),
        Field::Feedback { .. } => t.field_feedback.into(),
    }
}

/// A value as the app shows it (a KPI's figure in its unit).
pub fn value_text(l: Locale, p: &Plan, f: &Field, v: &Value) -> String {
    let t = texts(l);
    let s = match v {
        Value::Status(s) => super::status_name(l, *s).to_string(),
        Value::Progress(n) => format!("{n}%"),
        Value::Day(d) => d.map(|d| fmt_date_short(l, d)).unwrap_or_default(),
        Value::Text(s) => s.clone(),
        Value::Episodes(e) => fill(t.episodes_n, "n", &e.len().to_string()),
        Value::Note(n) => n.text.clone(),
        Value::Num(n) => {
            let unit = match f {
                Field::Actual { kpi, .. } => p.kpis.iter().find(|k| k.id == *kpi).map(|k| k.unit.as_str()),
                _ => None,
            };
            n.map(|n| super::monitor::fmt_value(n.0, unit.unwrap_or(""))).unwrap_or_default()
        }
    };
    if s.trim().is_empty() {
        t.empty.into()
    } else {
        s
    }
}

/// A change as "before → after" (a note: only what was added).
pub fn change_text(l: Locale, p: &Plan, c: &Change) -> String {
    let after = value_text(l, p, &c.field, &c.after);
    match &c.before {
        Some(b) if !matches!(c.field, Field::Note { .. }) => format!("{} → {after}", value_text(l, p, &c.field, b)),
        _ => after,
    }
}

/// The review's heading lines: whose update, and when it was sent.
pub fn review_head(l: Locale, u: &Update) -> (String, String) {
    let t = texts(l);
    let name = if u.name.trim().is_empty() { u.person.clone() } else { u.name.clone() };
    let sent = fill(
        &fill(&fill(t.review_sent, "date", &fmt_date_short(l, u.sent)), "time", &hhmm(u.minute)),
        "n",
        &u.changes.len().to_string(),
    );
    // Another copy has no sender and no time of sending: only its count.
    if u.person.is_empty() {
        return (t.copy_review_title.into(), fill(t.copy_review_count, "n", &u.changes.len().to_string()));
    }
    (fill(t.review_title, "name", &name), sent)
}

/// A line of the update log: "陈静 11月20日 18:02 更新 3 项（保留我的 1 项）".
pub fn log_line(l: Locale, e: &UpdateEntry) -> String {
    let t = texts(l);
    let mut s = fill(
        &fill(&fill(&fill(t.log_line, "name", &e.name), "date", &fmt_date_short(l, e.sent)), "time", &hhmm(e.minute)),
        "n",
        &e.taken.to_string(),
    );
    if e.kept > 0 {
        s.push_str(&fill(t.log_kept, "n", &e.kept.to_string()));
    }
    s
}

/// A group's heading on 我的工作.
pub fn group_name(l: Locale, g: crate::model::team::rules::Group) -> &'static str {
    use crate::model::team::rules::Group;
    let t = texts(l);
    match g {
        Group::Exceptions => t.group_exceptions,
        Group::Late => t.group_late,
        Group::Today => t.group_today,
        Group::ThisWeek => t.group_this_week,
    }
}
