//! Every user-visible string in zh-CN and English, and locale-aware formatting
//! of dates, numbers and money. Plain Rust (tested natively). A string is a
//! field of `Texts`, so a missing translation is a compile error.
//! Must not know about the browser: the UI picks the locale and calls in.

/// Declares a page's strings as zh/en pairs: `$ty` with one field per
/// string, its `ZH` and `EN` values, and `PAIRS` for the placeholder tests.
macro_rules! texts {
    ($ty:ident; $($(#[$m:meta])* $name:ident: $zh:expr, $en:expr;)*) => {
        pub struct $ty { $($(#[$m])* pub $name: &'static str,)* }
        pub const ZH: $ty = $ty { $($name: $zh,)* };
        pub const EN: $ty = $ty { $($name: $en,)* };
        /// Every string as (name, zh, en), for the placeholder test.
        pub const PAIRS: &[(&str, &str, &str)] = &[$((stringify!($name), $zh, $en),)*];
    };
}

pub mod budget;
pub mod errors;
pub mod format;
pub mod gantt;
pub mod monitor;
pub mod safety;
pub mod strategy;

pub use errors::import_error;
pub use format::{days, fmt_date, fmt_date_short, fmt_int, fmt_money, fmt_range, workdays};

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
        match self {
            Locale::ZhCn => &gantt::ZH,
            Locale::En => &gantt::EN,
        }
    }
    pub fn strategy(self) -> &'static strategy::StrategyTexts {
        match self {
            Locale::ZhCn => &strategy::ZH,
            Locale::En => &strategy::EN,
        }
    }
    pub fn budget(self) -> &'static budget::BudgetTexts {
        match self {
            Locale::ZhCn => &budget::ZH,
            Locale::En => &budget::EN,
        }
    }
    pub fn monitor(self) -> &'static monitor::MonitorTexts {
        match self {
            Locale::ZhCn => &monitor::ZH,
            Locale::En => &monitor::EN,
        }
    }
    pub fn texts(self) -> &'static Texts {
        match self {
            Locale::ZhCn => &ZH,
            Locale::En => &EN,
        }
    }
}

pub struct Texts {
    pub app_name: &'static str,
    pub nav_overview: &'static str,
    pub nav_tasks: &'static str,
    pub nav_setup: &'static str,
    pub nav_library: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub language_switch: &'static str,
    pub saved: &'static str,
    pub saving: &'static str,
    pub not_saved: &'static str,
    pub sample_badge: &'static str,
    pub sample_hint: &'static str,
    pub start_own_plan: &'static str,
    // overview
    pub days_left: &'static str,
    pub days_over: &'static str,
    /// `{n}` is the number of days.
    pub days_total: &'static str,
    /// `{n}` is the number of overdue items.
    pub overdue_count: &'static str,
    /// `{n}` is the number of items without an owner.
    pub unassigned_count: &'static str,
    pub budget: &'static str,
    pub progress: &'static str,
    pub phase_timeline: &'static str,
    pub today: &'static str,
    pub work_by_status: &'static str,
    pub overdue_items: &'static str,
    pub no_overdue: &'static str,
    pub no_phases: &'static str,
    pub no_phases_setup: &'static str,
    pub goal_description: &'static str,
    pub items_count: &'static str,
    // task list
    pub add_item: &'static str,
    pub indent: &'static str,
    pub outdent: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub delete: &'static str,
    pub col_title: &'static str,
    pub col_level: &'static str,
    pub col_phase: &'static str,
    pub col_owner: &'static str,
    pub col_start: &'static str,
    pub col_end: &'static str,
    pub col_status: &'static str,
    pub col_progress: &'static str,
    pub col_notes: &'static str,
    pub col_preds: &'static str,
    pub collapse: &'static str,
    pub expand: &'static str,
    pub preds_hint: &'static str,
    pub none: &'static str,
    pub new_item_title: &'static str,
    pub no_items: &'static str,
    pub keyboard_hint: &'static str,
    pub item_deleted: &'static str,
    pub overdue: &'static str,
    // setup
    pub plan_info: &'static str,
    pub plan_name: &'static str,
    pub scenario: &'static str,
    pub description: &'static str,
    pub start_date: &'static str,
    pub end_date: &'static str,
    pub currency: &'static str,
    pub total_budget: &'static str,
    pub plan_status: &'static str,
    pub phases: &'static str,
    pub add_phase: &'static str,
    pub new_phase_name: &'static str,
    pub people: &'static str,
    pub add_person: &'static str,
    pub new_person_name: &'static str,
    pub name: &'static str,
    /// The name of a thing (a phase), as opposed to a person's name.
    pub label: &'static str,
    pub role: &'static str,
    pub department: &'static str,
    pub no_people: &'static str,
    pub invalid_amount: &'static str,
    // library
    pub library_title: &'static str,
    pub new_blank: &'static str,
    pub new_from_sample: &'static str,
    pub open: &'static str,
    pub duplicate: &'static str,
    pub rename: &'static str,
    pub current: &'static str,
    pub confirm_delete_plan: &'static str,
    pub cancel: &'static str,
    pub plan_deleted: &'static str,
    pub untitled_plan: &'static str,
    pub copy_suffix: &'static str,
    pub no_plans: &'static str,
    pub items_word: &'static str,
    // import / export / storage
    pub drop_to_import: &'static str,
    pub import_failed: &'static str,
    pub import_nothing_changed: &'static str,
    pub imported: &'static str,
    pub imported_as_copy: &'static str,
    pub close: &'static str,
    pub storage_full: &'static str,
    pub storage_unavailable: &'static str,
    pub export_now: &'static str,
    pub recovered_notice: &'static str,
    pub other_tab_changed: &'static str,
    pub reload_theirs: &'static str,
    pub keep_mine: &'static str,
    pub updated_from_other_tab: &'static str,
    pub nothing_to_undo: &'static str,
    pub dismiss: &'static str,
}

pub static ZH: Texts = Texts {
    app_name: "营销策划执行台",
    nav_overview: "概览",
    nav_tasks: "任务拆解",
    nav_setup: "计划设置",
    nav_library: "计划库",
    undo: "撤销",
    redo: "重做",
    export: "导出",
    import: "导入",
    language_switch: "English",
    saved: "已保存",
    saving: "保存中…",
    not_saved: "未保存",
    sample_badge: "示例",
    sample_hint: "这是一份示例计划，可以随意修改，也可以新建自己的计划。",
    start_own_plan: "新建我的计划",
    days_left: "剩余天数",
    days_over: "已结束天数",
    days_total: "共 {n} 天",
    overdue_count: "逾期 {n} 项",
    unassigned_count: "无负责人 {n} 项",
    budget: "总预算",
    progress: "整体进度",
    phase_timeline: "阶段时间线",
    today: "今天",
    work_by_status: "任务状态",
    overdue_items: "逾期任务",
    no_overdue: "没有逾期任务，进度可控。",
    no_phases: "还没有阶段。在“计划设置”中添加预热期、爆发期、持续期等阶段。",
    no_phases_setup: "还没有阶段。常见做法：预热期（3周）→ 爆发期（1周）→ 持续期（4周），或筹备期 → 执行期 → 收尾期。",
    goal_description: "目标与说明",
    items_count: "任务数",
    add_item: "新增任务",
    indent: "降级",
    outdent: "升级",
    move_up: "上移",
    move_down: "下移",
    delete: "删除",
    col_title: "任务",
    col_level: "层级",
    col_phase: "阶段",
    col_owner: "负责人",
    col_start: "开始",
    col_end: "结束",
    col_status: "状态",
    col_progress: "进度",
    col_notes: "备注",
    col_preds: "前置任务",
    collapse: "收起",
    expand: "展开",
    preds_hint:
        "行号，可加类型与间隔：3、3FS+2、5SS-1（FS 完成-开始，SS 开始-开始，FF 完成-完成，SF 开始-完成；间隔按工作日）",
    none: "—",
    new_item_title: "新任务",
    no_items: "还没有任务。从策略拆到活动、再拆到最小执行动作：点击“新增任务”开始。",
    keyboard_hint: "回车：新增下一行 · Alt+Shift+→/←：降级/升级 · Alt+↑/↓：移动 · Ctrl+Z：撤销",
    item_deleted: "已删除任务",
    overdue: "逾期",
    plan_info: "基本信息",
    plan_name: "计划名称",
    scenario: "场景",
    description: "目标与说明",
    start_date: "开始日期",
    end_date: "结束日期",
    currency: "币种",
    total_budget: "总预算",
    plan_status: "计划状态",
    phases: "阶段",
    add_phase: "新增阶段",
    new_phase_name: "新阶段",
    people: "团队成员",
    add_person: "新增成员",
    new_person_name: "新成员",
    name: "姓名",
    label: "名称",
    role: "角色",
    department: "部门",
    no_people: "还没有成员。每个任务需要唯一负责人：先添加团队成员。",
    invalid_amount: "金额格式不正确",
    library_title: "我的计划",
    new_blank: "新建空白计划",
    new_from_sample: "从示例新建",
    open: "打开",
    duplicate: "复制",
    rename: "重命名",
    current: "当前",
    confirm_delete_plan: "确定删除计划“{name}”吗？删除后可以撤销。",
    cancel: "取消",
    plan_deleted: "已删除计划",
    untitled_plan: "未命名计划",
    copy_suffix: "（副本）",
    no_plans: "还没有计划。新建一个空白计划，或从示例开始。",
    items_word: "个任务",
    drop_to_import: "松开鼠标导入计划文件",
    import_failed: "导入失败",
    import_nothing_changed: "没有任何计划被修改。",
    imported: "已导入计划",
    imported_as_copy: "已作为副本导入（已存在相同计划）",
    close: "关闭",
    storage_full: "浏览器存储空间已满，最新修改没有保存。请先导出计划文件，以免丢失。",
    storage_unavailable: "无法使用浏览器存储（可能是隐私模式），修改只保存在当前页面。请导出计划文件。",
    export_now: "立即导出",
    recovered_notice: "有无法读取的已存数据，已原样保留在恢复区（{keys}），没有被覆盖。",
    other_tab_changed: "另一个标签页修改了这份计划。",
    reload_theirs: "载入对方版本",
    keep_mine: "保留我的版本",
    updated_from_other_tab: "已载入另一个标签页的修改",
    nothing_to_undo: "没有可撤销的操作",
    dismiss: "知道了",
};

pub static EN: Texts = Texts {
    app_name: "Campaign Planner",
    nav_overview: "Overview",
    nav_tasks: "Breakdown",
    nav_setup: "Setup",
    nav_library: "Plans",
    undo: "Undo",
    redo: "Redo",
    export: "Export",
    import: "Import",
    language_switch: "中文",
    saved: "Saved",
    saving: "Saving…",
    not_saved: "Not saved",
    sample_badge: "Sample",
    sample_hint: "This is a sample plan. Change anything you like, or start a plan of your own.",
    start_own_plan: "Start my own plan",
    days_left: "Days left",
    days_over: "Days since end",
    days_total: "{n} days in all",
    overdue_count: "{n} overdue",
    unassigned_count: "{n} without an owner",
    budget: "Total budget",
    progress: "Overall progress",
    phase_timeline: "Phase timeline",
    today: "Today",
    work_by_status: "Work by status",
    overdue_items: "Overdue work",
    no_overdue: "Nothing is overdue. Progress is under control.",
    no_phases: "No phases yet. Add pre-heat, burst and sustain phases in Plan setup.",
    no_phases_setup: "No phases yet. A common shape: pre-heat (3 weeks) → burst (1 week) → sustain (4 weeks), or preparation → execution → closing.",
    goal_description: "Goal and notes",
    items_count: "Work items",
    add_item: "Add item",
    indent: "Indent",
    outdent: "Outdent",
    move_up: "Move up",
    move_down: "Move down",
    delete: "Delete",
    col_title: "Work item",
    col_level: "Level",
    col_phase: "Phase",
    col_owner: "Owner",
    col_start: "Start",
    col_end: "End",
    col_status: "Status",
    col_progress: "Progress",
    col_notes: "Notes",
    col_preds: "Predecessors",
    collapse: "Collapse",
    expand: "Expand",
    preds_hint: "Row numbers with an optional type and lag: 3, 3FS+2, 5SS-1 (FS finish-to-start, SS start-to-start, FF finish-to-finish, SF start-to-finish; lag in working days)",
    none: "—",
    new_item_title: "New item",
    no_items: "No work items yet. Break strategy into activities and down to the smallest executable actions: click “Add item” to begin.",
    keyboard_hint: "Enter: new row below · Alt+Shift+→/←: indent/outdent · Alt+↑/↓: move · Ctrl+Z: undo",
    item_deleted: "Item deleted",
    overdue: "Overdue",
    plan_info: "Basics",
    plan_name: "Plan name",
    scenario: "Scenario",
    description: "Goal and notes",
    start_date: "Start date",
    end_date: "End date",
    currency: "Currency",
    total_budget: "Total budget",
    plan_status: "Plan status",
    phases: "Phases",
    add_phase: "Add phase",
    new_phase_name: "New phase",
    people: "Team",
    add_person: "Add person",
    new_person_name: "New person",
    name: "Name",
    label: "Name",
    role: "Role",
    department: "Department",
    no_people: "No people yet. Every work item needs exactly one owner: add your team first.",
    invalid_amount: "Not a valid amount",
    library_title: "My plans",
    new_blank: "New blank plan",
    new_from_sample: "New from sample",
    open: "Open",
    duplicate: "Duplicate",
    rename: "Rename",
    current: "Current",
    confirm_delete_plan: "Delete the plan “{name}”? You can undo this.",
    cancel: "Cancel",
    plan_deleted: "Plan deleted",
    untitled_plan: "Untitled plan",
    copy_suffix: " (copy)",
    no_plans: "No plans yet. Create a blank plan or start from the sample.",
    items_word: "items",
    drop_to_import: "Drop to import the plan file",
    import_failed: "Import failed",
    import_nothing_changed: "No plan was changed.",
    imported: "Plan imported",
    imported_as_copy: "Imported as a copy (the same plan already exists)",
    close: "Close",
    storage_full: "Browser storage is full, so your latest changes are not saved. Export the plan file now so nothing is lost.",
    storage_unavailable: "Browser storage is unavailable (private mode?), so changes live only in this page. Export the plan file.",
    export_now: "Export now",
    recovered_notice: "Some stored data could not be read. It was kept aside unchanged ({keys}) and not overwritten.",
    other_tab_changed: "This plan was changed in another tab.",
    reload_theirs: "Load their version",
    keep_mine: "Keep mine",
    updated_from_other_tab: "Loaded changes from another tab",
    nothing_to_undo: "Nothing to undo",
    dismiss: "Dismiss",
};

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

/// Replaces `{key}` with the value; user text is inserted as text, never HTML
/// (the UI sets it as a text node).
pub fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(&format!("{{{key}}}"), value)
}
