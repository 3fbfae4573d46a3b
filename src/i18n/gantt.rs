//! Strings of the schedule views (Gantt chart, item details, RACI, workload,
//! baselines) in zh-CN and English. A field per string, so a missing
//! translation does not compile. Must not know about the browser.

texts! {
    GanttTexts;
    zoom: "缩放", "Zoom";
    zoom_day: "日", "Day";
    zoom_week: "周", "Week";
    zoom_month: "月", "Month";
    zoom_quarter: "季", "Quarter";
    fit_plan: "适配全局", "Fit plan";
    critical_path: "关键路径", "Critical path";
    only_critical: "只看关键", "Only critical";
    show_baseline: "对比基线", "Baseline";
    capture_baseline: "保存基线", "Save baseline";
    /// `{date}` is the day it is taken.
    baseline_name: "基线 {date}", "Baseline {date}";
    no_baseline: "尚无基线：点“保存基线”记下当前排期，之后可对比延误天数。", "No baseline yet: “Save baseline” keeps today’s schedule so you can see slips later.";
    expand_all: "全部展开", "Expand all";
    collapse_all: "全部折叠", "Collapse all";
    filter_phase: "阶段", "Phase";
    filter_owner: "负责人", "Owner";
    filter_status: "状态", "Status";
    filter_channel: "渠道", "Channel";
    all: "全部", "All";
    clear_filters: "清除筛选", "Clear filters";
    /// `{n}` shown of `{total}`.
    shown_of: "显示 {n} / {total}", "{n} of {total} shown";
    export_png: "导出图片", "Export PNG";
    export_csv: "导出表格 CSV", "Export CSV";
    export_xlsx: "导出 Excel", "Export Excel";
    sheet_open: "从表格导入", "Import a sheet";
    sheet_title: "从表格导入任务", "Import work items from a sheet";
    sheet_help: "选择 Excel/WPS 表格（.xlsx，读第一个工作表）或 CSV 文件（UTF-8 或 GBK 都可以），或从表格中复制粘贴。按表头识别：阶段、任务、负责人、开始、结束或起止时间、所需资源、状态、备注（中英文均可）。缺少的负责人和阶段会自动创建；有错误的行会整表拒绝并指出行列。", "Choose an Excel or WPS workbook (.xlsx; its first sheet is read) or a CSV file (UTF-8 or GBK), or paste from a spreadsheet. Columns are read by their headings: phase, task, owner, start, end or dates, resources, status, notes (Chinese or English). Missing owners and phases are created; a bad row refuses the whole sheet and names its row and column.";
    sheet_paste: "或在这里粘贴表格（第一行为表头）…", "Or paste the sheet here (first row: headings)…";
    sheet_ignored: "不导入", "not imported";
    facts_title: "执行记录", "What happened";
    actual_start: "实际开始", "Actually started";
    actual_end: "实际完成", "Actually finished";
    not_started_yet: "尚未开始", "Not started yet";
    not_finished_yet: "尚未完成", "Not finished yet";
    facts_help: "状态改变时自动记下（进行中记开始，已完成记完成，异常记起止）；日期不对可以直接改，可撤销。周报的「本期完成」按实际完成日统计。", "Recorded as the status changes (in progress: started; done: finished; exception: from and to); correct a day here, with undo. The weekly report's “done this period” counts by the day work actually finished.";
    episodes_title: "异常记录", "Exceptions";
    no_reason_given: "（未填写原因）", "(no reason given)";
    /// `{n}` rows; `{title}` and `{range}` of the first.
    sheet_next_year: "{n} 行的结束日期未写年份且早于开始，按跨年读作次年（如「{title}」{range}）。", "Read into the next year ({n}): end dates without a year that fall before their start are taken as next year's (e.g. “{title}” {range}).";
    sheet_bring_in: "导入 {n} 项任务", "Import {n} work items";
    sheet_done: "已从表格导入 {n} 项任务", "Imported {n} work items from the sheet";
    f_phase: "阶段", "Phase";
    f_task: "任务", "Task";
    f_owner: "负责人", "Owner";
    f_start: "开始", "Start";
    f_end: "结束", "End";
    f_dates: "起止时间", "Dates";
    f_resources: "所需资源", "Resources";
    f_status: "状态", "Status";
    f_notes: "备注", "Notes";
    col_title: "任务", "Task";
    col_owner: "负责人", "Owner";
    col_start: "开始", "Start";
    col_end: "结束", "End";
    today: "今天", "Today";
    milestone: "里程碑", "Milestone";
    fixed_short: "固定日期", "Fixed date";
    columns: "显示的列", "Columns shown";
    resize_column: "拖动调整列宽，双击恢复", "Drag to resize, double-click to reset";
    summary: "汇总", "Summary";
    float: "浮动时间", "Float";
    critical: "关键任务", "Critical";
    /// `{d}` (a number of days, worded by `i18n::days`) later than the baseline.
    slip_late: "比基线晚 {d}", "{d} behind baseline";
    /// `{d}` earlier than the baseline.
    slip_early: "比基线早 {d}", "{d} ahead of baseline";
    on_baseline: "与基线一致", "On baseline";
    fixed_conflict: "固定日期无法满足前置依赖", "Fixed date cannot meet its predecessors";
    drag_hint: "拖动条形调整日期，拖两端改工期，拖右侧圆点连到另一任务建立依赖", "Drag a bar to move it, its ends to resize, its right dot onto another bar to link them";
    link_title: "依赖关系", "Dependency";
    link_type: "类型", "Type";
    link_lag: "间隔（工作日）", "Lag (working days)";
    lag_hint: "负数表示提前，如 -3 即提前 3 天", "Negative means a lead: -3 is 3 days before";
    delete_link: "删除依赖", "Delete link";
    close: "关闭", "Close";
    dep_fs: "完成-开始 (FS)", "Finish-to-start (FS)";
    dep_ss: "开始-开始 (SS)", "Start-to-start (SS)";
    dep_ff: "完成-完成 (FF)", "Finish-to-finish (FF)";
    dep_sf: "开始-完成 (SF)", "Start-to-finish (SF)";
    empty_chart: "还没有任务。到“任务拆解”添加第一项，它会出现在这里。", "No work items yet. Add the first one under “Breakdown” and it appears here.";
    no_match: "没有符合筛选条件的任务。", "No work items match the filters.";
    cycle_warning: "依赖关系有循环，排期暂不可计算：", "The links form a cycle, so the schedule cannot be computed:";
    // item details
    details: "任务详情", "Work item details";
    owner_one: "负责人（唯一）", "Owner (exactly one)";
    collaborators: "协作人", "Collaborators";
    departments: "协作部门", "Departments";
    departments_hint: "用逗号分隔", "separate with commas";
    interface: "接口人", "Interface person";
    deliverable: "交付物", "Deliverable";
    acceptance: "验收标准", "Acceptance standard";
    resources: "资源需求", "Resource needs";
    channel: "渠道", "Channel";
    milestone_flag: "里程碑", "Milestone";
    fixed_flag: "固定日期（排期不移动）", "Fixed date (scheduling never moves it)";
    exception_reason: "异常原因", "Exception reason";
    exception_reason_missing: "状态为异常时请写明原因", "Say why it is in exception";
    log: "进展记录", "Log";
    log_add: "添加记录", "Add entry";
    log_placeholder: "今天的进展…", "What happened today…";
    log_empty: "还没有记录。", "No entries yet.";
    none: "无", "None";
    open_details: "详情", "Details";
    rolled_up: "汇总自下级任务，在下级任务中修改", "Rolled up from its sub-items; edit those instead";
    // RACI and workload
    raci_title: "RACI 职责矩阵", "RACI matrix";
    raci_help: "点格子循环切换 R 执行 / A 负责 / C 咨询 / I 知会。每项需恰好一个 A、至少一个 R。", "Click a cell to cycle R responsible / A accountable / C consulted / I informed. Each item needs exactly one A and at least one R.";
    raci_no_a: "缺少 A：没有人负责签收", "No A: nobody signs it off";
    /// `{n}` A's.
    raci_many_a: "{n} 个 A：只能有一个负责人", "{n} A’s: only one person can be accountable";
    raci_no_r: "缺少 R：没有人执行", "No R: nobody does the work";
    raci_implied_a: "负责人即 A（未另行指定）", "The owner is the A (none set otherwise)";
    raci_ok: "每项都有负责人（A）和执行人（R）", "Every item has its A and R";
    /// `{n}` items need attention.
    raci_flag_count: "{n} 项职责不完整", "{n} items need attention";
    raci_flag_one: "1 项职责不完整", "1 item needs attention";
    workload_title: "人员负荷", "Workload";
    workload_help: "每周同时进行的任务数（负责或执行 R），超过 3 项标红。", "Items running at once each week (owner or R); more than 3 is shown in red.";
    /// `{n}` items at once.
    workload_cell: "{n} 项", "{n} items";
    overloaded: "超负荷", "Overloaded";
    no_people: "还没有成员。到“计划设置”添加团队成员。", "No people yet. Add the team under “Plan setup”.";
    yes: "是", "yes";
    // working calendar
    calendar_title: "工作日历", "Working calendar";
    calendar_help: "工期按工作日计算：勾选每周休息日，再添加节假日和调休上班日。排期和依赖推算都会跳过休息日。", "Durations count working days: tick the weekly days off, then add holidays and make-up working days. Scheduling skips every day off.";
    days_off: "每周休息日", "Weekly days off";
    holidays: "节假日（不上班）", "Holidays (no work)";
    makeup_days: "调休上班日", "Make-up working days";
    add_day: "添加", "Add";
    no_days: "暂无", "None";
    remove: "移除", "Remove";
    workdays_in_plan: "计划期内工作日：{n} 天", "Working days in the plan: {n}";
}

/// The task table's column headers, in each language (zh, en).
const CSV_HEADERS: [[&'static str; 16]; 2] = [
    [
        "序号",
        "层级",
        "任务",
        "负责人",
        "阶段",
        "渠道",
        "开始",
        "结束",
        "工期（工作日）",
        "状态",
        "进度%",
        "前置任务",
        "里程碑",
        "交付物",
        "验收标准",
        "备注",
    ],
    [
        "No.",
        "Level",
        "Task",
        "Owner",
        "Phase",
        "Channel",
        "Start",
        "End",
        "Working days",
        "Status",
        "Progress %",
        "Predecessors",
        "Milestone",
        "Deliverable",
        "Acceptance standard",
        "Notes",
    ],
];

/// Monday first.
/// Monday to Sunday, short, in each language (zh, en).
const WEEKDAYS: [[&'static str; 7]; 2] =
    [["周一", "周二", "周三", "周四", "周五", "周六", "周日"], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]];

/// The task table's column headers in the user's language.
pub fn csv_headers(l: super::Locale) -> [&'static str; 16] {
    CSV_HEADERS[(l == super::Locale::En) as usize]
}

/// The short weekday name of `d` (0 = Monday … 6 = Sunday).
pub fn weekday(l: super::Locale, d: usize) -> &'static str {
    WEEKDAYS[(l == super::Locale::En) as usize][d.min(6)]
}

/// The task table as CSV in the user's language.
pub fn tasks_csv(l: super::Locale, plan: &crate::model::plan::Plan) -> String {
    let g = l.gantt();
    let level = move |v| super::level_name(l, v).to_string();
    let status = move |v| super::status_name(l, v).to_string();
    crate::io::csv::tasks_csv(
        plan,
        &crate::io::csv::CsvLabels { headers: csv_headers(l), level: &level, status: &status, yes: g.yes },
    )
}

/// What the schedule says of one row, in words: critical or its float, its
/// slip against the baseline, a fixed date its links cannot meet. Shared by
/// the chart's tooltip and the details drawer.
pub fn schedule_facts(l: super::Locale, r: &crate::model::schedule::analysis::OutlineRow) -> Vec<String> {
    let g = l.gantt();
    let mut out = vec![];
    if r.critical {
        out.push(g.critical.to_string());
    } else if !r.summary {
        out.push(format!("{}: {}", g.float, super::days(l, r.float)));
    }
    if let Some(s) = r.slip() {
        out.push(match s {
            0 => g.on_baseline.to_string(),
            n if n > 0 => super::fill(g.slip_late, "d", &super::days(l, n)),
            n => super::fill(g.slip_early, "d", &super::days(l, -n)),
        });
    }
    if r.conflict {
        out.push(format!("⚠ {}", g.fixed_conflict));
    }
    out
}

/// What a sheet's column is read as.
pub fn sheet_field(l: super::Locale, f: crate::io::sheet::Field) -> &'static str {
    use crate::io::sheet::Field;
    let t = l.gantt();
    match f {
        Field::Phase => t.f_phase,
        Field::Task => t.f_task,
        Field::Owner => t.f_owner,
        Field::Start => t.f_start,
        Field::End => t.f_end,
        Field::Dates => t.f_dates,
        Field::Resources => t.f_resources,
        Field::Status => t.f_status,
        Field::Notes => t.f_notes,
    }
}

/// The outline's default column widths in px: enough for the column's
/// content in each language (English names and dates run longer).
pub fn outline_width(l: super::Locale, column: &str) -> u16 {
    let en = l == super::Locale::En;
    match column {
        "level" => [60, 76][en as usize],
        "phase" => [84, 120][en as usize],
        "owner" => [80, 112][en as usize],
        "start" | "end" => [104, 120][en as usize],
        "status" => [80, 112][en as usize],
        "preds" => [76, 84][en as usize],
        "milestone" | "fixed" => [64, 80][en as usize],
        "resources" | "deliverable" => 150,
        "notes" => 110,
        _ => 88,
    }
}
