//! Every user-visible string in zh-CN and English, and locale-aware formatting
//! of dates, numbers and money. Plain Rust (tested natively). A string is a
//! field of `Texts`, so a missing translation is a compile error.
//! Must not know about the browser: the UI picks the locale and calls in.

/// Declares a page's strings as zh/en pairs: `$ty` with one field per
/// string, its `ZH` and `EN` values, `texts(locale)` to pick one, and
/// `PAIRS` for the placeholder tests.
macro_rules! texts {
    ($ty:ident; $($(#[$m:meta])* $name:ident: $zh:expr, $en:expr;)*) => {
        pub struct $ty { $($(#[$m])* pub $name: &'static str,)* }
        pub const ZH: $ty = $ty { $($name: $zh,)* };
        pub const EN: $ty = $ty { $($name: $en,)* };
        pub fn texts(l: $crate::i18n::Locale) -> &'static $ty {
            match l {
                $crate::i18n::Locale::ZhCn => &ZH,
                $crate::i18n::Locale::En => &EN,
            }
        }
        /// Every string as (name, zh, en), for the placeholder test.
        pub const PAIRS: &[(&str, &str, &str)] = &[$((stringify!($name), $zh, $en),)*];
    };
}

pub mod budget;
pub mod close;
pub mod docs;
pub mod errors;
pub mod format;
pub mod gantt;
pub mod knowledge;
pub mod monitor;
pub mod overview;
pub mod safety;
pub mod strategy;
pub mod team;

pub use errors::import_error;
pub use format::{days, fmt_date, fmt_date_short, fmt_int, fmt_major, fmt_money, fmt_range, workdays};

use crate::model::plan::PlanStatus;
use crate::model::plan::Scenario;
use crate::model::schedule::data::Level;
use crate::model::schedule::data::Status;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    ZhCn,
    En,
}

impl Locale {
    pub fn code(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
    /// The other language, for the header's language button.
    pub fn other(self) -> Locale {
        match self {
            Locale::ZhCn => Locale::En,
            Locale::En => Locale::ZhCn,
        }
    }
    /// The sample plan's language for this one.
    pub fn sample_lang(self) -> crate::model::sample::SampleLang {
        match self {
            Locale::ZhCn => crate::model::sample::SampleLang::Zh,
            Locale::En => crate::model::sample::SampleLang::En,
        }
    }
    pub fn from_code(s: &str) -> Option<Locale> {
        let s = s.to_ascii_lowercase();
        if s.starts_with("zh") {
            Some(Locale::ZhCn)
        } else if s.starts_with("en") {
            Some(Locale::En)
        } else {
            None
        }
    }
    /// The first of the browser's languages we speak; Chinese otherwise,
    /// since most of our users plan in Chinese.
    pub fn from_browser<'a>(langs: impl IntoIterator<Item = &'a str>) -> Locale {
        langs.into_iter().find_map(Locale::from_code).unwrap_or(Locale::ZhCn)
    }
    pub fn gantt(self) -> &'static gantt::GanttTexts {
        gantt::texts(self)
    }
    // Not inlined: the pages call it from hundreds of places.
    #[inline(never)]
    pub fn strategy(self) -> &'static strategy::StrategyTexts {
        strategy::texts(self)
    }
    // Not inlined: the pages call it from hundreds of places.
    #[inline(never)]
    pub fn budget(self) -> &'static budget::BudgetTexts {
        budget::texts(self)
    }
    // Not inlined: the pages call it from hundreds of places.
    #[inline(never)]
    pub fn monitor(self) -> &'static monitor::MonitorTexts {
        monitor::texts(self)
    }
    // Not inlined: the pages call it from hundreds of places.
    #[inline(never)]
    pub fn close(self) -> &'static close::CloseTexts {
        close::texts(self)
    }
    pub fn docs(self) -> &'static docs::DocsTexts {
        docs::texts(self)
    }
    pub fn knowledge(self) -> &'static knowledge::KnowledgeTexts {
        knowledge::texts(self)
    }
    pub fn texts(self) -> &'static Texts {
        texts(self)
    }
}

texts! {
    Texts;
    app_name: "营销策划执行台", "Campaign Planner";
    nav_overview: "概览", "Overview";
    nav_tasks: "任务拆解", "Breakdown";
    nav_setup: "计划设置", "Setup";
    nav_library: "计划库", "Plans";
    // The plan's other views and their tabs: the header and the overview's
    // cards name them, so they come with the frame (see `overview`).
    nav_strategy: "策略", "Strategy";
    nav_gantt: "甘特图", "Gantt";
    nav_raci: "职责与负荷", "RACI";
    nav_budget: "预算与风险", "Budget";
    nav_monitor: "监控", "Monitor";
    nav_docs: "文档中心", "Documents";
    nav_close: "评估复盘", "Close-out";
    nav_knowledge: "知识库", "Knowledge";
    tab_insight: "市场洞察", "Insight";
    tab_goals: "目标", "Goals";
    tab_trace: "追溯", "Trace";
    tab_dashboard: "仪表盘", "Dashboard";
    tab_data: "KPI 与数据", "KPIs & data";
    tab_report: "效果评估", "Evaluation";
    undo: "撤销", "Undo";
    redo: "重做", "Redo";
    export: "导出", "Export";
    import: "导入", "Import";
    language_switch: "English", "中文";
    /// On a phone the views, import, export and language sit behind this button.
    menu: "菜单", "Menu";
    saved: "已保存", "Saved";
    saving: "保存中…", "Saving…";
    not_saved: "未保存", "Not saved";
    sample_badge: "示例", "Sample";
    sample_hint: "这是一份示例计划，可以随意修改，也可以新建自己的计划。", "This is a sample plan. Change anything you like, or start a plan of your own.";
    start_own_plan: "新建我的计划", "Start my own plan";
    mark_real: "这是真实计划", "This plan is real";
    mark_real_help: "示例的数据是编造的，不计入历史基准；改成自己的真实计划后，结束时它的数据才会成为基准。", "A sample's figures are made up and never count as benchmarks; once it is your real plan, its figures count when it ends.";
    // overview
    days_left: "剩余天数", "Days left";
    days_over: "已结束天数", "Days since end";
    /// `{n}` is the number of days.
    days_total: "共 {n} 天", "{n} days in all";
    /// `{n}` is the number of overdue items.
    overdue_count: "逾期 {n} 项", "{n} overdue";
    /// `{n}` is the number of items without an owner.
    unassigned_count: "无负责人 {n} 项", "{n} without an owner";
    budget: "总预算", "Total budget";
    progress: "整体进度", "Overall progress";
    phase_timeline: "阶段时间线", "Phase timeline";
    today: "今天", "Today";
    work_by_status: "任务状态", "Work by status";
    overdue_items: "逾期任务", "Overdue work";
    no_overdue: "没有逾期任务，进度可控。", "Nothing is overdue. Progress is under control.";
    no_phases: "还没有阶段。在“计划设置”中添加预热期、爆发期、持续期等阶段。", "No phases yet. Add pre-heat, burst and sustain phases in Plan setup.";
    no_phases_setup: "还没有阶段。常见做法：预热期（3周）→ 爆发期（1周）→ 持续期（4周），或筹备期 → 执行期 → 收尾期。", "No phases yet. A common shape: pre-heat (3 weeks) → burst (1 week) → sustain (4 weeks), or preparation → execution → closing.";
    goal_description: "目标与说明", "Goal and notes";
    items_count: "任务数（不含汇总行）", "Tasks (not counting summary rows)";
    summaries_count: "另有汇总行 {n} 项", "plus summary rows: {n}";
    // task list
    add_item: "新增任务", "Add item";
    indent: "降级", "Indent";
    outdent: "升级", "Outdent";
    move_up: "上移", "Move up";
    move_down: "下移", "Move down";
    delete: "删除", "Delete";
    col_title: "任务", "Work item";
    col_level: "层级", "Level";
    col_phase: "阶段", "Phase";
    col_owner: "负责人", "Owner";
    col_start: "开始", "Start";
    col_end: "结束", "End";
    col_status: "状态", "Status";
    col_progress: "进度", "Progress";
    col_notes: "备注", "Notes";
    col_preds: "前置任务", "Predecessors";
    collapse: "收起", "Collapse";
    expand: "展开", "Expand";
    preds_hint: "行号，可加类型与间隔：3、3FS+2、5SS-1（FS 完成-开始，SS 开始-开始，FF 完成-完成，SF 开始-完成；间隔按工作日）", "Row numbers with an optional type and lag: 3, 3FS+2, 5SS-1 (FS finish-to-start, SS start-to-start, FF finish-to-finish, SF start-to-finish; lag in working days)";
    none: "—", "—";
    new_item_title: "新任务", "New item";
    no_items: "还没有任务。从策略拆到活动、再拆到最小执行动作：点击“新增任务”开始。", "No work items yet. Break strategy into activities and down to the smallest executable actions: click “Add item” to begin.";
    keyboard_hint: "回车：新增下一行 · Alt+Shift+→/←：降级/升级 · Alt+↑/↓：移动 · Ctrl+Z：撤销", "Enter: new row below · Alt+Shift+→/←: indent/outdent · Alt+↑/↓: move · Ctrl+Z: undo";
    item_deleted: "已删除任务", "Item deleted";
    overdue: "逾期", "Overdue";
    // setup
    plan_info: "基本信息", "Basics";
    plan_name: "计划名称", "Plan name";
    scenario: "场景", "Scenario";
    description: "目标与说明", "Goal and notes";
    start_date: "开始日期", "Start date";
    end_date: "结束日期", "End date";
    end_moved_with_start: "结束日期随开始日期移至 {date}，活动时长不变", "The end date moved with the start to {date}, keeping the length";
    date_unreadable: "{field}：“{text}” 不是 1900 至 2200 年间可识别的日期。可以写 2026-06-01、6/1 或 6月1日", "{field}: “{text}” is not a date between 1900 and 2200. Write Jun 1, 2026, 6/1 or 2026-06-01";
    date_placeholder: "2026-06-01", "Jun 1, 2026";
    pick_date: "从日历选择", "Pick from a calendar";
    currency: "币种", "Currency";
    total_budget: "总预算", "Total budget";
    plan_status: "计划状态", "Plan status";
    phases: "阶段", "Phases";
    add_phase: "新增阶段", "Add phase";
    new_phase_name: "新阶段", "New phase";
    phase_drag_hint: "拖动可整体移动，拖动两端可调整起止", "Drag to move; drag an edge to change a date";
    phases_by_length: "按时长填写（从计划开始日依次排布）", "By length (laid end to end from the plan's start)";
    phases_by_length_example: "预热期 3 周, 爆发期 1 周, 持续期 4 周", "Warm-up 3 weeks, Launch 1 week, Sustain 4 weeks";
    lay_phases: "依次排布", "Lay out";
    phases_laid: "已依次排布 {n} 个阶段：{range}", "Laid out {n} phases: {range}";
    phases_past_end: "；比计划结束日晚 {n} 天", "; {n} days past the plan's end";
    people: "团队成员", "Team";
    add_person: "新增成员", "Add person";
    new_person_name: "新成员", "New person";
    name: "姓名", "Name";
    /// The name of a thing (a phase), as opposed to a person's name.
    label: "名称", "Name";
    role: "角色", "Role";
    department: "部门", "Department";
    no_people: "还没有成员。每个任务需要唯一负责人：先添加团队成员。", "No people yet. Every work item needs exactly one owner: add your team first.";
    invalid_amount: "金额格式不正确", "Not a valid amount";
    // library
    library_title: "我的计划", "My plans";
    new_blank: "新建空白计划", "New blank plan";
    new_from_sample: "从示例新建", "New from sample";
    open: "打开", "Open";
    duplicate: "复制", "Duplicate";
    rename: "重命名", "Rename";
    current: "当前", "Current";
    confirm_delete_plan: "确定删除计划“{name}”吗？删除后可以撤销。", "Delete the plan “{name}”? You can undo this.";
    cancel: "取消", "Cancel";
    plan_deleted: "已删除计划", "Plan deleted";
    untitled_plan: "未命名计划", "Untitled plan";
    copy_suffix: "（副本）", " (copy)";
    no_plans: "还没有计划。新建一个空白计划，或从示例开始。", "No plans yet. Create a blank plan or start from the sample.";
    archive: "归档", "Archive";
    archive_hint: "下载文件后从本浏览器移除，渠道数据留作知识库基准；导入文件即可恢复。", "Download the file, then remove the plan from this browser; its channel figures stay as benchmarks. Importing the file restores it.";
    archived: "已归档「{name}」：文件已下载，渠道数据已记入知识库。", "“{name}” archived: file downloaded, channel figures kept as benchmarks.";
    /// While a stored plan is read (a library of hundreds reads each when opened).
    opening: "正在打开计划……", "Opening the plan…";
    /// A page that arrives in its own part of the app, on first use.
    chunk_loading: "正在载入此页……", "Loading this page…";
    chunk_failed: "此页没能载入：网络中断或已离线。已保存的内容不受影响。", "This page could not load: the connection dropped or you are offline. Nothing saved is affected.";
    chunk_retry: "重试", "Try again";
    items_word: "个任务", "items";
    // import / export / storage
    drop_to_import: "松开鼠标导入计划文件", "Drop to import the plan file";
    import_failed: "导入失败", "Import failed";
    import_nothing_changed: "没有任何计划被修改。", "No plan was changed.";
    imported: "已导入计划", "Plan imported";
    imported_as_copy: "已作为副本导入（已存在相同计划）", "Imported as a copy (the same plan already exists)";
    close: "关闭", "Close";
    storage_full: "浏览器存储空间已满，最新修改没有保存。请先导出计划文件，以免丢失。", "Browser storage is full, so your latest changes are not saved. Export the plan file now so nothing is lost.";
    storage_unavailable: "无法使用浏览器存储（可能是隐私模式），修改只保存在当前页面。请导出计划文件。", "Browser storage is unavailable (private mode?), so changes live only in this page. Export the plan file.";
    export_now: "立即导出", "Export now";
    update_ready: "新版本可用：更新后继续，未保存的修改会先保存。", "A new version is available: update and carry on; unsaved changes are saved first.";
    update_now: "更新", "Update";
    plan_not_here: "这个计划不在此浏览器中：请用“导入”打开它的计划文件，或向对方要一个分享链接。", "This plan is not in this browser: open its plan file with Import, or ask for a share link.";
    share: "分享", "Share";
    share_help: "计划压缩后放在链接的 # 之后，不经过任何服务器；对方打开后预览，可保存为自己的副本。", "The plan is compressed into the part of the link after #, which no server sees; whoever opens it sees a preview and can save their own copy.";
    share_making: "正在生成链接…", "Making the link…";
    link_length: "链接长度 {n} 字符", "Link length: {n} characters";
    link_short: "可以直接发到聊天里。", "Safe to paste into a chat.";
    link_long: "部分聊天软件会截断较长的链接，建议同时发送计划文件。", "Some chat apps cut long links: send the plan file as well.";
    link_too_long: "链接太长，请发送计划文件。", "Too long for a link: send the plan file.";
    copy_link: "复制分享链接", "Copy share link";
    copy_summary_link: "复制摘要链接（{n} 字符）", "Copy summary link ({n} characters)";
    share_file: "发送计划文件", "Send the plan file";
    link_copied: "链接已复制", "Link copied";
    link_broken: "这个分享链接不完整或已损坏，无法打开。请让对方重新复制链接，或发送计划文件。", "This share link is incomplete or damaged and cannot be opened. Ask for the link again, or for the plan file.";
    shared_title: "分享的计划", "A shared plan";
    shared_summary: "这是摘要链接：目标、阶段、里程碑、预算与 KPI 目标，只读。", "This is a summary link: goals, phases, milestones, budget and KPI targets, read-only.";
    shared_budget: "总预算 {money}", "Total budget {money}";
    shared_goals: "目标", "Goals";
    shared_phases: "阶段与里程碑", "Phases and milestones";
    save_copy: "保存副本到我的计划", "Save a copy to my plans";
    recovered_notice: "有无法读取的已存数据，已原样保留在恢复区（{keys}），没有被覆盖。", "Some stored data could not be read. It was kept aside unchanged ({keys}) and not overwritten.";
    other_tab_changed: "另一个标签页修改了这份计划。", "This plan was changed in another tab.";
    reload_theirs: "载入对方版本", "Load their version";
    keep_mine: "保留我的版本", "Keep mine";
    updated_from_other_tab: "已载入另一个标签页的修改", "Loaded changes from another tab";
    dismiss: "知道了", "Dismiss";
}

pub fn scenario_name(l: Locale, s: Scenario) -> &'static str {
    use Scenario::*;
    let zh = l == Locale::ZhCn;
    match s {
        NewProductLaunch => {
            if zh {
                "新品上市"
            } else {
                "New product launch"
            }
        }
        BrandUpgrade => {
            if zh {
                "品牌升级"
            } else {
                "Brand upgrade"
            }
        }
        FestivalPromotion => {
            if zh {
                "节日促销"
            } else {
                "Festival promotion"
            }
        }
        UserGrowth => {
            if zh {
                "用户增长"
            } else {
                "User growth"
            }
        }
        ChannelExpansion => {
            if zh {
                "渠道拓展"
            } else {
                "Channel expansion"
            }
        }
        RegionalExpansion => {
            if zh {
                "区域拓展"
            } else {
                "Regional expansion"
            }
        }
        Reactivation => {
            if zh {
                "存量激活"
            } else {
                "Reactivation"
            }
        }
        QuarterlyPlan => {
            if zh {
                "季度计划"
            } else {
                "Quarterly plan"
            }
        }
        Other => {
            if zh {
                "其他"
            } else {
                "Other"
            }
        }
    }
}

pub fn plan_status_name(l: Locale, s: PlanStatus) -> &'static str {
    let zh = l == Locale::ZhCn;
    match s {
        PlanStatus::Draft => {
            if zh {
                "草稿"
            } else {
                "Draft"
            }
        }
        PlanStatus::Active => {
            if zh {
                "执行中"
            } else {
                "Active"
            }
        }
        PlanStatus::Closed => {
            if zh {
                "已结束"
            } else {
                "Closed"
            }
        }
    }
}

pub fn status_name(l: Locale, s: Status) -> &'static str {
    let zh = l == Locale::ZhCn;
    match s {
        Status::NotStarted => {
            if zh {
                "未开始"
            } else {
                "Not started"
            }
        }
        Status::InProgress => {
            if zh {
                "进行中"
            } else {
                "In progress"
            }
        }
        Status::Done => {
            if zh {
                "已完成"
            } else {
                "Done"
            }
        }
        Status::Exception => {
            if zh {
                "异常"
            } else {
                "Exception"
            }
        }
    }
}

pub fn level_name(l: Locale, v: Level) -> &'static str {
    let zh = l == Locale::ZhCn;
    match v {
        Level::Strategy => {
            if zh {
                "策略"
            } else {
                "Strategy"
            }
        }
        Level::Activity => {
            if zh {
                "活动"
            } else {
                "Activity"
            }
        }
        Level::Action => {
            if zh {
                "动作"
            } else {
                "Action"
            }
        }
    }
}

/// The string of a (zh, en) pair in the locale: the enums' names are small tables of these.
pub(crate) fn pick(l: Locale, (zh, en): (&'static str, &'static str)) -> &'static str {
    match l {
        Locale::ZhCn => zh,
        Locale::En => en,
    }
}

/// A count in words: `one` when it is 1 (English says "1 item", not "1
/// items"), else `many` with `{n}` filled in.
pub(crate) fn counted<N: std::fmt::Display + PartialEq + From<u8>>(n: N, one: &str, many: &str) -> String {
    if n == N::from(1) {
        one.to_string()
    } else {
        fill(many, "n", &n.to_string())
    }
}

/// Replaces `{key}` with the value; user text is inserted as text, never HTML
/// (the UI sets it as a text node).
pub fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(&format!("{{{key}}}"), value)
}
