//! Strings about keeping a plan safe, in zh-CN and English: what load and
//! import mended, the recovery area in the plan library, storage use, and the
//! page shown if the app ever fails. Must not know about the browser.

use super::Locale;
use crate::model::check::repair::Mend;
use crate::model::check::repair::Repair;

texts! {
    SafetyTexts;
    repaired_notice: "计划「{name}」有 {n} 处数据不符合规则，已修复后打开；修复前的原始数据保存在恢复区。", "Plan “{name}” had {n} entries that broke the rules; they were mended and the plan opened. The data as it was is kept in the recovery area.";
    show_details: "查看详情", "Details";
    hide_details: "收起", "Hide";
    import_repair_title: "这个文件需要修复才能导入", "This file needs mending before it can be imported";
    import_repair_body: "文件格式正确，但有 {n} 处不符合规则。导入时会按下列方式修复（你的文件本身不会被改动）：", "The file is well formed, but {n} entries break the rules. Importing mends them as listed (your file itself is not changed):";
    import_repair_accept: "修复并导入", "Mend and import";
    import_repair_more: "……另有 {n} 处", "… and {n} more";
    recovery_title: "恢复区", "Recovery area";
    recovery_help: "无法直接读取的已存数据都原样保存在这里：可下载为文件、尝试修复后打开，或删除。", "Stored data that could not be read as it was is kept here unchanged: download it as a file, try to open it (mending what it can), or delete it.";
    recovery_empty: "恢复区是空的。", "The recovery area is empty.";
    recovery_unnamed: "（无法读出计划名称）", "(no plan name can be read)";
    recovery_chars: "{n} 个字符", "{n} characters";
    recovery_download: "下载", "Download";
    recovery_open: "尝试打开", "Try to open";
    recovery_delete: "删除", "Delete";
    recovery_confirm_delete: "永久删除这条恢复数据？此操作无法撤销。", "Delete this recovery entry for good? This cannot be undone.";
    recovery_deleted: "已删除恢复数据", "Recovery entry deleted";
    storage_use: "本浏览器存储：已用 {used}（上限约 {quota}）", "Storage in this browser: {used} used of about {quota}";
    /// Beside the first "create": why the browser is about to be asked.
    persist_why: "计划只存在本浏览器里。创建后会请浏览器长期保存本站数据，以免它清理空间时删掉计划。", "Plans live only in this browser. Once this one is made, the browser is asked to keep this site's data for good, so that clearing space never deletes them.";
    persist_on: "长期保存：已开启（浏览器清理空间时不会删除）", "Kept for good: on (the browser will not clear it to make room)";
    persist_off: "长期保存：未开启（空间紧张时浏览器可能清理本站数据，请定期导出）", "Kept for good: off (short of space, the browser may clear this site's data; export a copy now and then)";
    /// `{used}` and `{quota}` as the browser's estimate reports them (it leaves out localStorage).
    storage_estimate: "浏览器的站点数据空间（缓存与数据库，不含上面的存储）：已用 {used}，可用约 {quota}", "The browser's space for this site (caches and databases, beside the storage above): {used} used of about {quota}";
    /// `{used}` and `{quota}`: where plans live in IndexedDB, this is all the room there is.
    storage_estimate_all: "本浏览器为本站保存的数据：已用 {used}，可用约 {quota}", "What this browser keeps for this site: {used} used of about {quota}";
    idb_missing: "此浏览器无法使用 IndexedDB，计划存于 localStorage（约 5 MB，约 20 个计划），请定期导出。", "This browser has no IndexedDB: plans are kept in localStorage (about 5 MB, some 20 plans). Export a copy now and then.";
    recovery_not_moved: "未能移入新存储，仍在原处", "not moved into the new storage; still where it was";
    journal_restored: "上次关闭页面前未保存的修改已找回（{n} 个计划）。", "Edits not yet saved when the page last closed were brought back ({n} plans).";
    storage_high: "存储空间已用 {p}，请导出并删除不用的计划或恢复数据。", "Storage is {p} full: export, then delete plans or recovery entries you no longer need.";
    export_hint: "下载计划文件（Shift+点击：带缩进、便于阅读的版本）", "Download the plan file (Shift+click: indented, easier to read)";
    crash_title: "抱歉，应用出错了", "Sorry, the app ran into an error";
    crash_body: "你的计划保存到最近一次“已保存”时为止，是安全的。重新加载页面即可继续。", "Your plans are safe up to the last “Saved”. Reload the page to carry on.";
    crash_reload: "重新加载", "Reload";
    crash_detail: "技术细节（报告问题时请附上）", "Technical detail (include it when you report the problem)";
}

/// One mend, with its path, in the user's language.
pub fn repair_line(l: Locale, r: &Repair) -> String {
    let zh = l == Locale::ZhCn;
    let what = match &r.mend {
        Mend::Unlinked(id) => {
            if zh {
                format!("指向不存在的 \"{id}\"，已清除")
            } else {
                format!("pointed at \"{id}\", which is not there: cleared")
            }
        }
        Mend::RemovedWith(id) => {
            if zh {
                format!("依赖不存在的 \"{id}\"，已整条删除")
            } else {
                format!("depended on \"{id}\", which is not there: removed")
            }
        }
        Mend::Renamed { from, to } => {
            if zh {
                format!("编号 \"{from}\" 重复，已改为 \"{to}\"")
            } else {
                format!("id \"{from}\" was a duplicate: renamed \"{to}\"")
            }
        }
        Mend::Clamped { from, to } => {
            if zh {
                format!("{from} 超出范围，已改为 {to}")
            } else {
                format!("{from} was out of range: set to {to}")
            }
        }
        Mend::Named(n) => {
            if zh {
                format!("名称为空，已填为 \"{n}\"")
            } else {
                format!("the name was empty: set to \"{n}\"")
            }
        }
        Mend::Removed => (if zh { "无效条目，已删除" } else { "invalid entry: removed" }).into(),
        Mend::Detached => (if zh {
            "上级关系形成循环或层级不符，已解除"
        } else {
            "its parent made a loop or a wrong level: let go"
        })
        .into(),
        Mend::Reordered => (if zh {
            "已按大纲顺序重排（上级在前）"
        } else {
            "put back in outline order (parents first)"
        })
        .into(),
        Mend::Reset => (if zh { "无法使用，已恢复默认值" } else { "unusable: set back to the default" }).into(),
        Mend::Aligned { from, to, rule } => {
            let rule = super::errors::fault(l, rule);
            if zh {
                format!("{rule}：{from} 已改为 {to}")
            } else {
                format!("{rule}: {from} set to {to}")
            }
        }
        Mend::MovedTo(path) => {
            if zh {
                format!("超出条数上限，多出的内容已移到 {path}")
            } else {
                format!("more entries than the list holds: the rest moved to {path}")
            }
        }
    };
    format!("{}: {what}", r.path)
}
