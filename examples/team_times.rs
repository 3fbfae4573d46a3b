//! `make bench`: an owner's update as it travels and as it is taken in,
//! natively (release): the update link's length for a typical day (5 status
//! changes, 3 figures, 2 notes) and for 50 changes, compressed with raw
//! deflate as the browser's CompressionStream writes it; finding an owner's
//! changes and taking 50 of them into a 1,000-item plan. Prints figures;
//! asserts nothing about time.

use campaign_planner::io::share::b64url_encode;
use campaign_planner::io::update::export_update;
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::command::dispatch::{compile, Command, PlanCommand};
use campaign_planner::model::command::history::History;
use campaign_planner::model::monitor::commands::MonitorCommand;
use campaign_planner::model::plan::{Plan, Workspace};
use campaign_planner::model::sample::{sample_plan, SampleLang};
use campaign_planner::model::schedule::commands::ItemField;
use campaign_planner::model::schedule::data::{Level, LogEntry, Status, WorkItem};
use campaign_planner::model::team::commands::rebase;
use campaign_planner::model::team::data::{Update, UpdateEntry};
use campaign_planner::model::team::rules::{changes_since, my_work};

mod timing;
use timing::time;

fn big() -> Plan {
    let mut p = sample_plan("p".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    for i in 0..1000 {
        let mut w = WorkItem::new(
            format!("x{i}"),
            format!("任务{i}"),
            Level::Action,
            p.start,
            p.start.add_days((i % 40) as i64),
        );
        w.owner = Some("p-ops".into());
        p.work_items.push(w);
    }
    p
}

/// An owner's day on `base`: `statuses` items started, `figures` values
/// typed, `notes` notes; returns the update.
fn day(base: &Plan, statuses: usize, figures: usize, notes: usize) -> Update {
    let today = Day::ymd(2026, 11, 20);
    let mut ws = Workspace::of(vec![base.clone()]);
    let mut h = History::default();
    let cmd = |c| Command::Plan { plan_id: "p".into(), cmd: c };
    let ids: Vec<String> =
        base.work_items.iter().filter(|w| w.status == Status::NotStarted).map(|w| w.id.clone()).collect();
    for id in ids.iter().take(statuses) {
        let field = ItemField::Status(Status::InProgress, today);
        h.run(&mut ws, cmd(PlanCommand::SetItem { id: id.clone(), field })).unwrap();
    }
    let kpi = base.kpis.iter().find(|k| !k.is_ratio()).unwrap().id.clone();
    for d in 0..figures {
        let v = Some(Num(1000.0 + d as f64 * 37.0));
        let set = MonitorCommand::SetActuals(vec![(kpi.clone(), base.start.add_days(d as i64), v)]);
        h.run(&mut ws, cmd(PlanCommand::Monitor(set))).unwrap();
    }
    for n in 0..notes {
        let id = &ids[n % ids.len()];
        let mut log = ws.plans[0].item(id).unwrap().log.clone();
        log.push(LogEntry { date: today, text: format!("达人已确认第 {n} 条脚本，明天下午寄样") });
        h.run(&mut ws, cmd(PlanCommand::SetItem { id: id.clone(), field: ItemField::Log(log) })).unwrap();
    }
    let changes = changes_since(base, &ws.plans[0], "p-ops");
    Update {
        plan: "p".into(),
        person: "p-ops".into(),
        name: "陈静".into(),
        sent: today,
        minute: 1082,
        base: 7,
        changes,
    }
}

fn link_len(u: &Update) -> usize {
    let z = miniz_oxide::deflate::compress_to_vec(export_update(u).as_bytes(), 9);
    "https://example.github.io/campaign-planner/#/share/u/".len() + b64url_encode(&z).len()
}

fn main() {
    let sample = sample_plan("p".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let typical = day(&sample, 5, 3, 2);
    let p = big();
    let fifty = day(&p, 30, 15, 5);
    println!(
        "| an owner's update | changes (a status change also records its day) | link (characters) |\n|---|---:|---:|"
    );
    println!(
        "| a typical day: 5 status changes, 3 figures, 2 notes | {} | {} |",
        typical.changes.len(),
        link_len(&typical)
    );
    println!("| 50 edits: 30 status changes, 15 figures, 5 notes | {} | {} |", fifty.changes.len(), link_len(&fifty));
    let entry = UpdateEntry {
        id: "u".into(),
        name: "陈静".into(),
        sent: fifty.sent,
        minute: 0,
        applied: fifty.sent,
        taken: 0,
        kept: 0,
    };
    let ws = Workspace::of(vec![p.clone()]);
    let merge = time(15, |_| {
        let c = PlanCommand::ApplyUpdate { update: Box::new(fifty.clone()), theirs: vec![], entry: entry.clone() };
        std::hint::black_box(compile(&ws, Command::Plan { plan_id: "p".into(), cmd: c }).unwrap());
    });
    let mut owner = p.clone();
    owner.work_items[20].status = Status::Done;
    owner.work_items[20].progress = 100;
    let find = time(15, |_| {
        std::hint::black_box(changes_since(&p, &owner, "p-ops"));
    });
    // The owner's copy after those 50 edits, and a newer plan from the
    // manager (ten items she closed meanwhile) arriving on it.
    let mut mine = Workspace::of(vec![p.clone()]);
    let c = PlanCommand::ApplyUpdate { update: Box::new(fifty.clone()), theirs: vec![], entry: entry.clone() };
    campaign_planner::model::command::dispatch::apply(&mut mine, Command::Plan { plan_id: "p".into(), cmd: c })
        .unwrap();
    let mut theirs = p.clone();
    for w in theirs.work_items.iter_mut().rev().filter(|w| w.status == Status::NotStarted).take(10) {
        w.status = Status::Done;
        w.progress = 100;
    }
    let receive = time(15, |_| {
        std::hint::black_box(rebase(&p, None, &mine.plans[0], &theirs, "p-ops"));
    });
    let mine_ms = time(15, |_| {
        std::hint::black_box(my_work(&p, "p-ops", Day::ymd(2026, 11, 20)));
    });
    println!("\n| the 1,000-item plan (native, release, median of 15) | ms |\n|---|---:|");
    println!("| take the 50 edits in (review, compile, validate the merged plan) | {merge:.1} |");
    println!("| find an owner's changes since the copy they received | {find:.1} |");
    println!("| receive the manager's newer plan in place, the 50 edits unsent (rebase) | {receive:.1} |");
    let n: usize = my_work(&p, "p-ops", Day::ymd(2026, 11, 20)).iter().map(|(_, v)| v.len()).sum();
    println!("| 我的工作: the groups of the person owning all 1,000 ({n} open now; the model) | {mine_ms:.2} |");
}
