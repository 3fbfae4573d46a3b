//! How faults and problems read, in both languages: one wording per kind of
//! fault (`model::base::fault`), whether a command was refused or a file
//! was checked, and the predecessors cell's errors. No view words a rule.

use crate::i18n::Locale;
use crate::io::ImportError;
use crate::io::ShapeDetail;
use crate::model::base::fault::Fault;
use crate::model::base::fault::Problem;

/// What is wrong, as a phrase: a refused command's notice, or (after its
/// path) a problem found in a file.
pub fn fault(l: Locale, f: &Fault) -> String {
    let zh = l == Locale::ZhCn;
    match f {
        Fault::UnknownPlan(id) => {
            if zh {
                format!("找不到计划 {id}")
            } else {
                format!("No plan {id}")
            }
        }
        Fault::UnknownItem(id) => {
            if zh {
                format!("找不到任务 \"{id}\"")
            } else {
                format!("unknown work item \"{id}\"")
            }
        }
        Fault::UnknownPerson(id) => {
            if zh {
                format!("找不到成员 \"{id}\"")
            } else {
                format!("unknown person \"{id}\"")
            }
        }
        Fault::UnknownPhase(id) => {
            if zh {
                format!("找不到阶段 \"{id}\"")
            } else {
                format!("unknown phase \"{id}\"")
            }
        }
        Fault::UnknownParent(id) => {
            if zh {
                format!("找不到上级任务 \"{id}\"")
            } else {
                format!("unknown parent \"{id}\"")
            }
        }
        Fault::UnknownLink(id) => {
            if zh {
                format!("找不到依赖 {id}")
            } else {
                format!("No dependency {id}")
            }
        }
        Fault::UnknownBaseline(id) => {
            if zh {
                format!("找不到基线 {id}")
            } else {
                format!("No baseline {id}")
            }
        }
        Fault::UnknownEntry(id) => {
            if zh {
                format!("找不到关联的条目 \"{id}\"")
            } else {
                format!("links to unknown entry \"{id}\"")
            }
        }
        Fault::DuplicateId(id) => {
            if zh {
                format!("编号重复 \"{id}\"")
            } else {
                format!("duplicate id \"{id}\"")
            }
        }
        Fault::EmptyName => (if zh { "名称不能为空" } else { "The name cannot be empty" }).into(),
        Fault::EndBeforeStart { start, end } => {
            if zh {
                format!("结束日期 {end} 早于开始日期 {start}")
            } else {
                format!("end {end} is before start {start}")
            }
        }
        Fault::ProgressOver100(v) => {
            if zh {
                format!("进度不能超过 100%（现为 {v}%）")
            } else {
                format!("progress cannot exceed 100% (it is {v}%)")
            }
        }
        Fault::DoneBelow100(v) => {
            if zh {
                format!("已完成的任务进度应为 100%（现为 {v}%）")
            } else {
                format!("a done item stands at 100% (it is at {v}%)")
            }
        }
        Fault::MilestoneSpansDays { start, end } => {
            if zh {
                format!("里程碑只占一天，不能从 {start} 持续到 {end}")
            } else {
                format!("a milestone is one day, not {start} to {end}")
            }
        }
        Fault::BadCurrency(c) => {
            if zh {
                format!("币种“{c}”应为三个大写字母，如 CNY")
            } else {
                format!("Currency “{c}” must be three capital letters, like CNY")
            }
        }
        Fault::ParentAfterChild(id) => {
            if zh {
                format!("上级任务 \"{id}\" 排在它的下级之后")
            } else {
                format!("parent \"{id}\" comes after its child")
            }
        }
        Fault::ParentCycle => (if zh {
            "上下级关系形成循环：不能挂在自己或自己的下级之下"
        } else {
            "parents form a cycle: nothing can sit under itself or its own descendant"
        })
        .into(),
        Fault::LevelNotBelowParent => {
            (if zh { "层级没有低于上级任务" } else { "level is not below its parent's" }).into()
        }
        Fault::CannotMove => (if zh { "这个方向上无法移动" } else { "It cannot move that way" }).into(),
        Fault::TooDeep => (if zh {
            "任务拆解只有三层：策略 → 活动 → 动作"
        } else {
            "The breakdown has three levels: strategy → activity → action"
        })
        .into(),
        Fault::LevelConflict => (if zh {
            "层级必须低于上级任务、高于下级任务"
        } else {
            "A level must sit below its parent and above its children"
        })
        .into(),
        Fault::SelfDependency => (if zh { "任务依赖了自己" } else { "an item depends on itself" }).into(),
        Fault::DependencyCycle(ids) => {
            if zh {
                format!("循环依赖：{}", ids.join(" → "))
            } else {
                format!("dependencies form a cycle: {}", ids.join(" → "))
            }
        }
        Fault::DuplicateLink => {
            (if zh { "这两项任务之间已有一条依赖" } else { "the two items are already linked" }).into()
        }
        Fault::BadWeekday(v) => {
            if zh {
                format!("星期应为 0（周一）到 6（周日），而不是 {v}")
            } else {
                format!("weekday must be 0 (Monday) to 6 (Sunday), not {v}")
            }
        }
        Fault::OutOfRange { value, min, max } => {
            if zh {
                format!("数值 {value} 超出范围 {min}–{max}")
            } else {
                format!("{value} is outside {min}–{max}")
            }
        }
        Fault::NotInRange => (if zh {
            "数值超出范围（评分 1–5，占比 0–100%）"
        } else {
            "Out of range (ratings 1–5, shares 0–100%)"
        })
        .into(),
        Fault::BadAmount(m) => {
            if zh {
                format!("金额 {m} 无效：须在 0 至 100 亿之间，付款不能为 0")
            } else {
                format!("amount {m} is invalid: it must be between 0 and 10,000,000,000, and a payment may not be 0")
            }
        }
        Fault::BadNumber => (if zh {
            "数字无效：须为有限数值，绝对值不超过 10¹⁵，权重不能为负"
        } else {
            "invalid number: it must be finite, at most 10¹⁵ either way, and weights may not be negative"
        })
        .into(),
        Fault::BadRatio => (if zh {
            "比率指标须由另外两个录入数据的指标计算，不能引用自身或另一个比率指标"
        } else {
            "a rate is computed from two other KPIs that are typed, not from itself or another rate"
        })
        .into(),
        Fault::Computed => (if zh {
            "这个指标由另外两个指标计算得出，不能直接录入数值"
        } else {
            "this KPI is computed from two others; its values cannot be typed"
        })
        .into(),
        Fault::Thresholds { yellow, red } => {
            if zh {
                format!("黄灯 {yellow}% 须至少为 1 且小于红灯 {red}%，红灯不超过 100%")
            } else {
                format!("yellow {yellow}% must be at least 1 and below red {red}%, and red at most 100%")
            }
        }
        Fault::NoWorkingDay => (if zh {
            "一周七天都是休息日，无法排期"
        } else {
            "all seven weekdays are off: nothing can be scheduled"
        })
        .into(),
        Fault::DateOutOfRange => (if zh {
            "日期须在 1900 至 2200 年之间，计划最长 10 年（3660 天）"
        } else {
            "Dates must fall between 1900 and 2200, and a plan may last at most 10 years (3,660 days)"
        })
        .into(),
        Fault::TooLong { days, max } => {
            if zh {
                format!("计划长达 {days} 天，最长 {max} 天（10 年）")
            } else {
                format!("the plan lasts {days} days; the longest is {max} days (10 years)")
            }
        }
        Fault::BadChange => {
            if zh {
                "更新里有一项修改与它的字段不符".into()
            } else {
                "the update holds a change that does not fit its field".into()
            }
        }
        Fault::TooMany { count, max } => {
            if zh {
                format!("共 {count} 条，最多 {max} 条")
            } else {
                format!("{count} entries; at most {max}")
            }
        }
    }
}

/// A problem with the path it is at (`work_items[3].end: …`).
pub fn problem(l: Locale, p: &Problem) -> String {
    let what = fault(l, &p.kind);
    if p.path.is_empty() {
        return what;
    }
    format!("{}: {what}", p.path)
}

pub fn pred_error(l: Locale, e: &crate::model::schedule::predecessors::PredError) -> String {
    use crate::model::schedule::predecessors::PredError;
    let zh = l == Locale::ZhCn;
    match e {
        PredError::Unreadable(t) => {
            if zh {
                format!("前置任务：无法识别“{t}”，请写成 3、3FS+2、5SS-1 这样的格式")
            } else {
                format!("Predecessors: cannot read “{t}”; write it like 3, 3FS+2, 5SS-1")
            }
        }
        PredError::LagOutOfRange(t) => {
            if zh {
                format!("前置任务：“{t}”的提前/滞后超出 ±3650 个工作日")
            } else {
                format!("Predecessors: the lag in “{t}” is beyond ±3,650 working days")
            }
        }
        PredError::NoSuchRow(n) => {
            if zh {
                format!("前置任务：没有第 {n} 行")
            } else {
                format!("Predecessors: there is no row {n}")
            }
        }
    }
}

fn shape(l: Locale, d: &ShapeDetail) -> String {
    let zh = l == Locale::ZhCn;
    match d {
        ShapeDetail::MissingField(f) => {
            if zh {
                format!("缺少字段 \"{f}\"")
            } else {
                format!("missing field \"{f}\"")
            }
        }
        ShapeDetail::InvalidDate(s) => {
            if zh {
                format!("无效日期 \"{s}\"（须为 1900–2200 年间的 YYYY-MM-DD）")
            } else {
                format!("invalid date \"{s}\" (a YYYY-MM-DD between 1900 and 2200)")
            }
        }
        ShapeDetail::InvalidAmount(s) => {
            if zh {
                format!("无效金额 \"{s}\"（最多两位小数，不超过 100 亿）")
            } else {
                format!("invalid amount \"{s}\" (at most two decimals and 10,000,000,000)")
            }
        }
        ShapeDetail::UnknownValue { found, expected } => {
            if zh {
                format!("未知取值 \"{found}\"，可选：{}", expected.join("、"))
            } else {
                format!("unknown value \"{found}\", expected one of: {}", expected.join(", "))
            }
        }
        ShapeDetail::WrongType { found, expected } => {
            let (found, expected) = (json_kind(l, found), json_kind(l, expected));
            if zh {
                format!("类型错误：得到{found}，应为{expected}")
            } else {
                format!("wrong type: found {found}, expected {expected}")
            }
        }
        ShapeDetail::Other(m) => m.clone(),
    }
}

/// Each line says where and what, in the user's language.
pub fn import_error(l: Locale, e: &ImportError) -> Vec<String> {
    let zh = l == Locale::ZhCn;
    match e {
        ImportError::TooLarge { bytes } => {
            let mb = (*bytes as f64) / 1024.0 / 1024.0;
            vec![if zh {
                format!("文件太大（{mb:.1} MB），上限为 20 MB")
            } else {
                format!("The file is too large ({mb:.1} MB); the limit is 20 MB")
            }]
        }
        ImportError::Syntax { line, column, .. } => vec![if zh {
            format!("不是有效的 JSON：第 {line} 行第 {column} 列")
        } else {
            format!("Not valid JSON: line {line}, column {column}")
        }],
        ImportError::TooDeep { line, column } => vec![if zh {
            format!("嵌套层级过深（超过 128 层，计划文件不会这样写）：第 {line} 行第 {column} 列")
        } else {
            format!("Nested too deeply (over 128 levels, which no plan file has): line {line}, column {column}")
        }],
        ImportError::NotAPlanFile => vec![(if zh {
            "这不是营销策划执行台的计划文件（缺少 \"format\": \"campaign-planner\"）"
        } else {
            "This is not a Campaign Planner file (no \"format\": \"campaign-planner\")"
        })
        .into()],
        ImportError::NotKnowledgeFile => vec![(if zh {
            "这不是知识库文件（缺少 \"format\": \"campaign-planner-knowledge\"）；计划文件请在计划库中导入"
        } else {
            "This is not a knowledge base file (no \"format\": \"campaign-planner-knowledge\"); import plan files in the plan library"
        })
        .into()],
        ImportError::NotAnUpdate => vec![(if zh {
            "这不是负责人回传的更新（缺少 \"format\": \"campaign-planner-update\"）"
        } else {
            "This is not an owner's update (no \"format\": \"campaign-planner-update\")"
        })
        .into()],
        ImportError::NewerVersion { version } => vec![if zh {
            format!("文件版本 {version} 比本应用新，请更新应用后再导入")
        } else {
            format!("The file is version {version}, newer than this app; update the app to open it")
        }],
        ImportError::BadVersion => {
            vec![(if zh { "version: 缺少或无效的版本号" } else { "version: missing or invalid version" }).into()]
        }
        ImportError::Shape { path, detail } => {
            let p = if path.is_empty() { String::new() } else { format!("{path}: ") };
            vec![format!("{p}{}", shape(l, detail))]
        }
        ImportError::Invalid(problems) => problems.iter().map(|p| problem(l, p)).collect(),
    }
}

/// Why a sheet was not imported, with its row and column.
pub fn sheet_error(l: Locale, e: &crate::io::sheet::SheetError) -> String {
    use crate::io::sheet::SheetError;
    let zh = l == Locale::ZhCn;
    match e {
        SheetError::Empty => (if zh { "表格里没有任务行。" } else { "The sheet has no rows of work items." }).into(),
        SheetError::NoTaskColumn => (if zh {
            "第一行没有“任务”列：请保留表头，至少包含任务和日期。"
        } else {
            "The first row has no Task column: keep the headings, with at least a task and dates."
        })
        .into(),
        SheetError::NoDateColumns => (if zh {
            "没有日期列：需要“开始”“结束”或“起止时间”。"
        } else {
            "No date column: a sheet needs Start and End, or Dates."
        })
        .into(),
        SheetError::BadDate { row, col, text } => {
            if zh {
                format!("第 {row} 行第 {col} 列：无法识别的日期“{text}”（可写 2026/6/1、2026-06-01 或 6月1日）")
            } else {
                format!("Row {row}, column {col}: “{text}” is not a date (write 2026/6/1, 2026-06-01 or 6月1日)")
            }
        }
        SheetError::EndBeforeStart { row } => {
            if zh {
                format!("第 {row} 行：结束日期早于开始日期")
            } else {
                format!("Row {row}: the end is before the start")
            }
        }
        SheetError::BadStatus { row, col, text } => {
            if zh {
                format!("第 {row} 行第 {col} 列：无法识别的状态“{text}”（未开始 / 进行中 / 已完成 / 异常）")
            } else {
                format!(
                    "Row {row}, column {col}: “{text}” is not a status (not started / in progress / done / exception)"
                )
            }
        }
        SheetError::TooMany { max } => {
            if zh {
                format!("表格超过 {max} 行，请分批导入")
            } else {
                format!("The sheet has more than {max} rows: import it in parts")
            }
        }
    }
}

/// What is wrong with phases typed by length, naming the part.
pub fn span_error(l: Locale, e: &crate::model::schedule::phases::SpanError) -> String {
    use crate::model::schedule::phases::SpanError;
    let zh = l == Locale::ZhCn;
    match e {
        SpanError::Empty => {
            if zh {
                "按时长填写：请写阶段和时长，例如“预热期 3 周, 爆发期 1 周”".into()
            } else {
                "Phases by length: write phases and lengths, e.g. “Warm-up 3 weeks, Launch 1 week”".into()
            }
        }
        SpanError::NoName(n) => {
            if zh {
                format!("按时长填写：第 {n} 段缺少阶段名称")
            } else {
                format!("Phases by length: part {n} has no phase name")
            }
        }
        SpanError::NoLength(n, t) => {
            if zh {
                format!("按时长填写：第 {n} 段“{t}”缺少时长（如 3 周、10 天）")
            } else {
                format!("Phases by length: part {n} “{t}” has no length (like 3 weeks, 10 days)")
            }
        }
        SpanError::BadUnit(n, u) => {
            if zh {
                format!("按时长填写：第 {n} 段的单位“{u}”无法识别，请用天、周或月")
            } else {
                format!("Phases by length: the unit “{u}” in part {n} is not days, weeks or months")
            }
        }
        SpanError::TooLong { days, max } => {
            if zh {
                format!("按时长填写：合计 {days} 天，超过最长 {max} 天")
            } else {
                format!("Phases by length: {days} days in all, more than the longest plan ({max} days)")
            }
        }
        SpanError::TooMany(n) => {
            if zh {
                format!("按时长填写：{n} 个阶段太多，最多 50 个")
            } else {
                format!("Phases by length: {n} phases are too many; at most 50")
            }
        }
    }
}

/// serde's words for a JSON value or what it expected (`a sequence`,
/// `string "abc"`, `integer `5``, `struct Phase`, `u8`) in the user's
/// language, so no English is left inside a Chinese message.
pub fn json_kind(l: Locale, serde: &str) -> String {
    let zh = l == Locale::ZhCn;
    let s = serde.trim();
    // The value serde shows after the kind, back-ticked or quoted, if any.
    let between = |q: char| s.find(q).zip(s.rfind(q)).filter(|(a, b)| a < b).map(|(a, b)| &s[a..=b]);
    let shown = between('`').map(|v| v.trim_matches('`')).or_else(|| between('"'));
    let head = s.split([' ', '`']).find(|w| !matches!(*w, "a" | "an" | "")).unwrap_or(s);
    let kind = match head {
        "sequence" | "tuple" | "array" | "seq" => Some(("列表（数组）", "a list (array)")),
        "map" | "struct" | "object" => Some(("对象", "an object")),
        "string" | "str" | "char" | "borrowed" => Some(("文本", "text")),
        "integer" | "floating" | "number" | "f64" | "f32" | "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16"
        | "i32" | "i64" | "isize" => Some(("数字", "a number")),
        "boolean" | "bool" => Some(("true 或 false", "true or false")),
        "null" | "unit" | "option" => Some(("空值 null", "null")),
        _ => None,
    };
    match kind {
        // A struct's or variant's name is ours, not the user's: not shown.
        Some((z, e)) => {
            let value = shown.filter(|_| !matches!(head, "struct" | "map" | "sequence" | "tuple"));
            let name = if zh { z } else { e };
            match value {
                Some(v) => format!("{name} {v}"),
                None => name.to_string(),
            }
        }
        None => format!("「{s}」"),
    }
}
