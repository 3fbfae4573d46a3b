//! Strings of the knowledge base (lessons and cases, benchmarks, templates,
//! the new plan's offer) in zh-CN and English, and the sentences built from
//! them (a benchmark line). Must not know about the browser.

use super::monitor::fmt_pct;
use super::{fill, Locale};
use crate::model::knowledge::data::Metric;
use crate::model::knowledge::data::Outcome;
use crate::model::knowledge::rules::Benchmark;
use crate::model::schedule::festival::Festival;

texts! {
    KnowledgeTexts;
    title: "营销知识库", "Knowledge base";
    help: "每次复盘沉淀的经验与案例、各渠道的历史数据基准、可复用的模板，下一次活动从这里开始。知识库只存在本浏览器里，可以导出成文件与团队共享。", "Lessons and cases from every retrospective, each channel's past figures and reusable templates: the next campaign starts here. It lives in this browser; export it as a file to share with the team.";
    tab_lessons: "经验与案例", "Lessons and cases";
    tab_benchmarks: "数据基准", "Benchmarks";
    tab_templates: "模板与方法论", "Templates";
    export: "导出知识库", "Export knowledge base";
    import: "导入知识库", "Import knowledge base";
    imported: "已导入：经验 {lessons} 条，模板 {templates} 个，数据 {obs} 条（编号重复的作为副本导入）", "Imported {lessons} lessons, {templates} templates and {obs} figures (any whose id was taken came in as a copy)";
    back: "计划库", "Plans";
    // Lessons
    search: "搜索经验（中文或英文）…", "Search lessons (Chinese or English)…";
    all_scenarios: "全部场景", "All scenarios";
    all_outcomes: "成功与失败", "Successes and failures";
    success: "成功经验", "Success";
    failure: "失败教训", "Failure";
    tags: "标签", "Tags";
    tags_placeholder: "标签，用逗号分隔", "Tags, separated by commas";
    add_lesson: "直接写一条经验…", "Write a lesson directly…";
    add: "添加", "Add";
    remove: "删除", "Remove";
    no_lessons: "还没有经验。在复盘的“经验”栏里点“存入知识库”，或在这里直接写。", "No lessons yet. Use “Add to the knowledge base” on a lesson of a retrospective, or write one here.";
    no_match: "没有符合条件的经验。", "No lesson matches.";
    from_plan: "来自 {name}（{range}）", "From {name} ({range})";
    written_here: "直接录入", "Written here";
    filed_on: "{date} 入库", "Filed {date}";
    evidence: "证据", "Evidence";
    phase: "阶段", "Phase";
    // Promotion from a retrospective
    promote: "存入知识库", "Add to the knowledge base";
    promoted: "已入库", "In the knowledge base";
    promoted_notice: "已存入知识库", "Added to the knowledge base";
    record: "保存本次数据为基准", "Keep these figures as benchmarks";
    recorded: "已保存 {n} 条渠道数据到知识库", "{n} channel figures kept in the knowledge base";
    save_template: "存为模板", "Save as a template";
    save_subtree: "将此项及下级存为模板", "Save this item and its children as a template";
    template_saved: "已存为模板「{name}」", "Saved as the template “{name}”";
    // Benchmarks
    benchmarks_help: "来自本浏览器中已结束且有实际数据的计划，以及导入的知识库；每个渠道每项指标的历史取值、中位数和区间。", "From the plans in this browser that have ended with actuals, and from imported knowledge bases: each channel's past values of each metric, their median and range.";
    no_benchmarks: "还没有基准：计划结束后，它的渠道数据会出现在这里。", "No benchmarks yet: once a plan ends, its channel figures show here.";
    col_channel: "渠道", "Channel";
    col_metric: "指标", "Metric";
    col_range: "区间", "Range";
    col_median: "中位数", "Median";
    col_count: "活动数", "Campaigns";
    col_plans: "来自", "From";
    /// `{plans}`: the campaigns' names.
    benchmark_line: "{channel} {metric}：过去 {n} 次活动 {range}，中位数 {median}（{plans}）", "{channel} {metric}: past {n} campaigns {range}, median {median} ({plans})";
    benchmark_line_one: "{channel} {metric}：上次活动「{plans}」{value}", "{channel} {metric}: last campaign “{plans}” {value}";
    benchmarks_title: "历史基准", "Past benchmarks";
    // Templates
    templates_help: "内置模板来自常见场景的方法论；也可以把自己的计划或其中一部分存为模板。用模板新建时，日期按工作日落到新的开始日期，预算按比例拆分。", "Built-in templates follow the playbooks of common scenarios; you can also save your own plan, or part of it, as a template. A plan made from a template lands on working days from its start date, with the budget split by its shares.";
    builtin: "内置", "Built-in";
    saved: "已保存", "Saved";
    template_facts: "{days} 个工作日 · {phases} 个阶段 · {items} 项工作 · {kpis} 个KPI · {risks} 个风险", "{days} working days · {phases} phases · {items} items · {kpis} KPIs · {risks} risks";
    use_template: "用此模板新建", "New plan from this";
    from_origin: "来自 {name}", "From {name}";
    // New plan
    new_title: "新建计划", "New plan";
    new_help: "选场景、开始日期和预算；可以从空白开始，也可以用模板。知识库会列出这个场景的经验和数据基准。", "Pick the scenario, start date and budget; start blank or from a template. The knowledge base lists what it knows for the scenario.";
    name: "计划名称", "Plan name";
    scenario: "场景", "Scenario";
    start: "开始日期", "Start date";
    budget: "总预算", "Total budget";
    start_from: "从哪里开始", "Start from";
    blank: "空白计划", "A blank plan";
    blank_help: "只有名称、日期和预算，其余自己填。", "Just the name, dates and budget; fill in the rest yourself.";
    create: "创建计划", "Create the plan";
    offer_title: "知识库里关于「{scenario}」", "What the knowledge base knows about “{scenario}”";
    offer_lessons: "经验与案例", "Lessons and cases";
    offer_none: "这个场景还没有经验。复盘后把经验存入知识库，下次就会出现在这里。", "No lessons for this scenario yet. After a retrospective, add its lessons and they will show here.";
    offer_more: "在知识库中查看全部 {n} 条", "See all {n} in the knowledge base";
    festival: "节日", "Festival";
    festival_none: "不按节日（从开始日期排）", "None (from the start date)";
    festival_year: "年份", "Year";
    festival_window: "爆发期 {from} – {to}，预热在前、返场在后", "Burst {from} – {to}, pre-heat before, encore after";
    festival_day: "{name} 正日", "{name} day";
    festival_not_placed: "这一年的节日日期不在节日表中（2025–2035 年），计划未创建：请换一个年份。", "That year's festival dates are outside the festival table (2025–2035): no plan was made. Choose another year.";
    /// A plan's suggested name, `{name}` the festival's.
    festival_plan_name: "{year} {name}大促", "{name} {year} campaign";
    festival_anchor: "锚定 {name}", "Anchored to {name}";
    description: "活动说明", "Description";
    description_help: "这次活动做什么、为什么做（一两句）", "What this campaign is for, in a sentence or two";
    description_last: "上次的说明：{text}", "Last time: {text}";
    welcome_title: "开始你的第一个计划", "Start your first plan";
    welcome_help: "选一个模板（节日大促可以直接落在节日上），填名称、日期、预算，再把模板里的角色换成同事的名字。也可以先看看样例计划。", "Pick a template (a festival sale lands straight on its festival), fill in the name, dates and budget, then put colleagues' names to the template's roles. Or look at the sample plan first.";
    open_sample: "看看样例计划", "Look at the sample plan";
    cast_title: "角色与成员", "Roles and people";
    cast_help: "模板里的工作按角色分配。给每个角色填上负责的同事，一人可兼多个角色；不填就先用角色名。", "The template's work is given to roles. Put a colleague's name to each role; one person may play several. Left empty, the role's name stands in.";
    cast_placeholder: "同事姓名", "Colleague's name";
    cast_role: "角色", "Role";
    cast_name: "姓名", "Name";
    cast_add: "＋ 添加成员", "+ Add a person";
}

pub fn outcome_name(l: Locale, o: Outcome) -> &'static str {
    let t = l.knowledge();
    match o {
        Outcome::Success => t.success,
        Outcome::Failure => t.failure,
    }
}

/// Metric names are the trade's own abbreviations in both languages.
pub fn metric_name(l: Locale, m: Metric) -> &'static str {
    match (m, l) {
        (Metric::Ctr, _) => "CTR",
        (Metric::Cvr, Locale::ZhCn) => "转化率",
        (Metric::Cvr, Locale::En) => "Conv. rate",
        (Metric::Cpa, _) => "CPA",
        (Metric::Roi, _) => "ROI",
        (Metric::Roas, _) => "ROAS",
    }
}

/// A metric's value as it reads: rates and ROI as percents, ROAS as a
/// multiple, CPA in money (major units, the caller's currency sign).
pub fn fmt_metric(m: Metric, v: f64, money: &dyn Fn(f64) -> String) -> String {
    match m {
        Metric::Ctr | Metric::Cvr | Metric::Roi => fmt_pct(v),
        Metric::Roas => super::close::fmt_times(v),
        Metric::Cpa => money(v),
    }
}

/// "小红书 CTR：过去 3 次活动 2.1%–3.4%，中位数 2.8%".
pub fn benchmark_line(l: Locale, b: &Benchmark, money: &dyn Fn(f64) -> String) -> String {
    let t = l.knowledge();
    let f = |v: f64| fmt_metric(b.metric, v, money);
    // Which campaigns the figure comes from: the three latest by name.
    let mut names: Vec<&str> = vec![];
    for (n, _) in b.values.iter().rev() {
        if !names.contains(&n.as_str()) {
            names.push(n);
        }
    }
    let more = names.len() > 3;
    names.truncate(3);
    let plans = names.join(super::format::list_sep(l)) + if more { "…" } else { "" };
    let base =
        |tpl: &str| fill(&fill(&fill(tpl, "channel", &b.channel), "metric", metric_name(l, b.metric)), "plans", &plans);
    if b.values.len() == 1 {
        fill(&base(t.benchmark_line_one), "value", &f(b.median))
    } else {
        fill(
            &fill(
                &fill(&base(t.benchmark_line), "n", &b.values.len().to_string()),
                "range",
                &format!("{}–{}", f(b.min), f(b.max)),
            ),
            "median",
            &f(b.median),
        )
    }
}

/// A festival's name.
pub fn festival_name(l: Locale, f: Festival) -> &'static str {
    let zh = l == Locale::ZhCn;
    match f {
        Festival::Sale618 => "618",
        Festival::Double11 => {
            if zh {
                "双11"
            } else {
                "Double 11"
            }
        }
        Festival::Double12 => {
            if zh {
                "双12"
            } else {
                "Double 12"
            }
        }
        Festival::Day520 => "520",
        Festival::WomensDay => {
            if zh {
                "38节"
            } else {
                "Women's Day (3.8)"
            }
        }
        Festival::Qixi => {
            if zh {
                "七夕"
            } else {
                "Qixi"
            }
        }
        Festival::MidAutumn => {
            if zh {
                "中秋"
            } else {
                "Mid-Autumn"
            }
        }
        Festival::NationalDay => {
            if zh {
                "国庆"
            } else {
                "National Day"
            }
        }
        Festival::SpringFestival => {
            if zh {
                "春节"
            } else {
                "Spring Festival"
            }
        }
        Festival::NewYearGoods => {
            if zh {
                "年货节"
            } else {
                "New Year goods fair"
            }
        }
        Festival::BackToSchool => {
            if zh {
                "开学季"
            } else {
                "Back to school"
            }
        }
    }
}
