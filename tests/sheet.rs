//! A team's tracking sheet brought in: headings in Chinese and English,
//! the dates Chinese spreadsheets write, status words and ticked boxes, a
//! bad cell refusing the whole sheet with its row and column, owners and
//! phases matched or created, and the whole import one undo step.

mod common;

use campaign_planner::io::sheet::{additions, field_of, mapping, read, sheet_day, status_of, Field, SheetError};
use campaign_planner::io::table::parse;
use campaign_planner::model::base::day::Day;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::command::dispatch::{apply, Command, PlanCommand};
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::{sample_plan, SampleLang};
use campaign_planner::model::schedule::data::Status;

const SEED: &str = "阶段\t任务\t负责人\t起止时间\t所需资源\t状态\t备注
筹备期\t目标对齐与SMART拆解\t王敏\t6月1日-6月3日\t\t■已完成 □进行中\t目标已对齐
执行期\t小红书笔记种草\t张悦\t2026/6/5~2026/6/20\t5位腰部达人\t□未开始 ■进行中 □已完成 □异常\t已发布20篇
执行期\t抖音直播（3场）\t新同事\t2026-06-10-2026-06-18\t直播间设备\t异常\t设备未到
\t\t\t\t\t\t
";

#[test]
fn headings_in_either_language_name_their_fields() {
    for (h, f) in [
        ("阶段", Field::Phase),
        (" 任务 ", Field::Task),
        ("Owner", Field::Owner),
        ("Start date", Field::Start),
        ("截止日期", Field::End),
        ("起止时间", Field::Dates),
        ("Resources", Field::Resources),
        ("STATUS", Field::Status),
        ("备注", Field::Notes),
    ] {
        assert_eq!(field_of(h), Some(f), "{h}");
    }
    assert_eq!(field_of("预算"), None);
    assert_eq!(mapping(&parse("a,b\n1,2")), None, "no task column, no mapping");
}

#[test]
fn dates_as_chinese_spreadsheets_write_them() {
    let d = Day::ymd(2026, 6, 1);
    for s in ["2026/6/1", "2026-06-01", "2026.6.1", "2026年6月1日", "6月1日", "6/1", " 6-1 "] {
        assert_eq!(sheet_day(s, 2026), Some(d), "{s}");
    }
    assert_eq!(sheet_day("6月31日", 2026), None);
    assert_eq!(sheet_day("明天", 2026), None);
}

#[test]
fn status_words_and_ticked_boxes() {
    assert_eq!(status_of(""), Some(Status::NotStarted));
    assert_eq!(status_of("进行中"), Some(Status::InProgress));
    assert_eq!(status_of("Done"), Some(Status::Done));
    assert_eq!(status_of("□未开始 □进行中 ■已完成 □异常"), Some(Status::Done));
    assert_eq!(status_of("☑异常"), Some(Status::Exception));
    assert_eq!(status_of("差不多"), None);
}

#[test]
fn the_seed_sheet_reads_row_by_row() {
    let rows = parse(SEED);
    let map = mapping(&rows).unwrap();
    let r = read(&rows, &map, 2026).unwrap();
    assert_eq!(r.len(), 3, "the blank line is skipped");
    assert_eq!((r[0].start, r[0].end, r[0].status), (Day::ymd(2026, 6, 1), Day::ymd(2026, 6, 3), Status::Done));
    assert_eq!((r[1].start, r[1].end, r[1].status), (Day::ymd(2026, 6, 5), Day::ymd(2026, 6, 20), Status::InProgress));
    assert_eq!((r[2].start, r[2].end, r[2].status), (Day::ymd(2026, 6, 10), Day::ymd(2026, 6, 18), Status::Exception));
    assert_eq!((r[1].resources.as_str(), r[2].notes.as_str()), ("5位腰部达人", "设备未到"));
    // A single date in 起止时间 is a one-day item.
    let one = parse("任务\t起止时间\n发布\t2026-06-05\n");
    let r1 = read(&one, &mapping(&one).unwrap(), 2026).unwrap();
    assert_eq!((r1[0].start, r1[0].end), (Day::ymd(2026, 6, 5), Day::ymd(2026, 6, 5)));
    // English headings, start and end in their own columns, CSV.
    let en = parse("Task,Owner,Start,End,Status\nBrief,Wang Min,2026-06-01,2026-06-02,done\n");
    let r = read(&en, &mapping(&en).unwrap(), 2026).unwrap();
    assert_eq!((r[0].title.as_str(), r[0].status), ("Brief", Status::Done));
}

#[test]
fn a_bad_cell_refuses_the_whole_sheet_with_its_row_and_column() {
    let bad = |text: &str| {
        let rows = parse(text);
        read(&rows, &mapping(&rows).unwrap(), 2026).unwrap_err()
    };
    assert_eq!(
        bad("任务\t开始\t结束\nA\t6/1\t6/2\nB\t6月32日\t6/3\n"),
        SheetError::BadDate { row: 3, col: 2, text: "6月32日".into() }
    );
    assert_eq!(bad("任务\t开始\t结束\nA\t6/5\t6/2\n"), SheetError::EndBeforeStart { row: 2 });
    assert_eq!(
        bad("任务\t开始\t状态\nA\t6/1\t差不多\n"),
        SheetError::BadStatus { row: 2, col: 3, text: "差不多".into() }
    );
    assert_eq!(bad("任务\t负责人\nA\t王敏\n"), SheetError::NoDateColumns);
    assert_eq!(bad("任务\t开始\n\t\n"), SheetError::Empty);
}

#[test]
fn owners_and_phases_are_matched_or_created_and_the_import_is_one_step() {
    let plan = sample_plan("s".into(), Day::ymd(2026, 6, 1), SampleLang::Zh);
    let rows = parse(SEED);
    let r = read(&rows, &mapping(&rows).unwrap(), 2026).unwrap();
    let mut n = 0;
    let (people, phases, items) = additions(&plan, &r, &mut || {
        n += 1;
        format!("new-{n}")
    });
    // 王敏 and 张悦 are the sample's; 新同事 is new. The sample's phases are 筹备期/执行期.
    assert_eq!(people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["新同事"]);
    assert!(phases.is_empty());
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].owner.as_deref(), plan.people.iter().find(|p| p.name == "王敏").map(|p| p.id.as_str()));
    let before = Workspace::of(vec![plan.clone()]);
    let mut ws = before.clone();
    let cmd = Command::Plan { plan_id: "s".into(), cmd: PlanCommand::AddItems { people, phases, items } };
    common::assert_undo_redo(&before, &[cmd.clone()]);
    apply(&mut ws, cmd).unwrap();
    let p = ws.plan("s").unwrap();
    assert_eq!(p.work_items.len(), plan.work_items.len() + 3);
    assert!(validate(p).is_empty());
    // A new phase spans its rows.
    let mut other = plan.clone();
    other.phases.clear();
    for w in &mut other.work_items {
        w.phase = None;
    }
    let (_, phases, _) = additions(&other, &r, &mut || {
        n += 1;
        format!("x-{n}")
    });
    assert_eq!(phases.len(), 2);
    assert_eq!(
        (phases[1].name.as_str(), phases[1].start, phases[1].end),
        ("执行期", Day::ymd(2026, 6, 5), Day::ymd(2026, 6, 20))
    );
}

#[test]
fn an_import_that_would_break_the_plan_is_refused_whole() {
    let plan = sample_plan("s".into(), Day::ymd(2026, 6, 1), SampleLang::Zh);
    let mut ws = Workspace::of(vec![plan.clone()]);
    let mut item = plan.work_items[0].clone(); // its id is taken
    item.parent = None;
    let cmd = Command::Plan {
        plan_id: "s".into(),
        cmd: PlanCommand::AddItems { people: vec![], phases: vec![], items: vec![item] },
    };
    assert!(apply(&mut ws, cmd).is_err());
    assert_eq!(ws.plan("s").unwrap(), &plan);
}
