//! Native tests of commands, their invariants and undo/redo.

mod common;

use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::command::dispatch::apply;
use campaign_planner::model::command::dispatch::Command;
use campaign_planner::model::command::dispatch::PlanCommand;
use campaign_planner::model::command::edits::Edit;
use campaign_planner::model::command::history::History;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::plan::PlanField;
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::tracking_sheet;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::commands::ItemField;
use campaign_planner::model::schedule::data::Dependency;
use campaign_planner::model::schedule::data::Level;
use campaign_planner::model::schedule::data::Status;
use campaign_planner::model::schedule::data::WorkItem;

fn today() -> Day {
    Day::ymd(2026, 11, 22)
}

fn ws() -> Workspace {
    Workspace::of(vec![tracking_sheet("s".into(), today(), SampleLang::Zh)])
}

fn item(id: &str) -> WorkItem {
    WorkItem::new(id, id, Level::Activity, today(), today().add_days(2))
}

fn pc(cmd: PlanCommand) -> Command {
    Command::Plan { plan_id: "s".into(), cmd }
}

/// The outline as "id:depth:level" for compact asserts.
fn outline(ws: &Workspace) -> Vec<String> {
    let p = ws.plan("s").unwrap();
    (0..p.work_items.len())
        .map(|i| format!("{}:{}:{:?}", p.work_items[i].id, p.depth_at(i), p.work_items[i].level))
        .collect()
}

fn ids(ws: &Workspace) -> Vec<String> {
    ws.plan("s").unwrap().work_items.iter().map(|w| w.id.clone()).collect()
}

#[test]
fn every_command_is_undone_exactly_and_redone_exactly() {
    let cases: Vec<Vec<Command>> = vec![
        vec![pc(PlanCommand::SetField(PlanField::Name("618 大促".into())))],
        vec![pc(PlanCommand::SetField(PlanField::TotalBudget(Money::from_major(5))))],
        vec![pc(PlanCommand::AddItem { item: item("n1"), after: Some("w2".into()) })],
        vec![pc(PlanCommand::DeleteItem { id: "w4".into() })],
        vec![pc(PlanCommand::Indent { id: "w5".into() }), pc(PlanCommand::Indent { id: "w6".into() })],
        vec![
            pc(PlanCommand::Indent { id: "w5".into() }),
            pc(PlanCommand::Indent { id: "w6".into() }),
            pc(PlanCommand::Outdent { id: "w5".into() }),
        ],
        vec![pc(PlanCommand::MoveItem { id: "w3".into(), up: true })],
        vec![pc(PlanCommand::MoveItem { id: "w3".into(), up: false })],
        vec![pc(PlanCommand::DeletePerson { id: "p-manager".into() })],
        vec![pc(PlanCommand::DeletePhase { id: "ph-exec".into() })],
        vec![pc(PlanCommand::SetItem {
            id: "w1".into(),
            field: ItemField::Status(Status::Exception, Day::ymd(2026, 6, 2)),
        })],
        vec![Command::DeletePlan { plan_id: "s".into() }],
        vec![Command::CreatePlan { plan: Box::new(Plan::blank("b".into(), "空白", today())), index: Some(0) }],
    ];
    for cmds in cases {
        common::assert_undo_redo(&ws(), &cmds);
    }
}

#[test]
fn refused_commands_change_nothing_and_say_why() {
    let cases: Vec<(Command, Fault)> = vec![
        (pc(PlanCommand::SetField(PlanField::Name("  ".into()))), Fault::EmptyName),
        (
            pc(PlanCommand::SetField(PlanField::End(Day::ymd(2000, 1, 1)))),
            Fault::EndBeforeStart { start: ws().plans[0].start, end: Day::ymd(2000, 1, 1) },
        ),
        (pc(PlanCommand::SetField(PlanField::Currency("rmb".into()))), Fault::BadCurrency("rmb".into())),
        (pc(PlanCommand::AddItem { item: item("w1"), after: None }), Fault::DuplicateId("w1".into())),
        (
            pc(PlanCommand::AddItem { item: WorkItem { end: Day::ymd(2000, 1, 1), ..item("x") }, after: None }),
            Fault::EndBeforeStart { start: today(), end: Day::ymd(2000, 1, 1) },
        ),
        (
            pc(PlanCommand::AddItem { item: WorkItem { owner: Some("ghost".into()), ..item("x") }, after: None }),
            Fault::UnknownPerson("ghost".into()),
        ),
        (
            pc(PlanCommand::SetItem { id: "w1".into(), field: ItemField::Progress(101, Day::ymd(2026, 6, 2)) }),
            Fault::ProgressOver100(101),
        ),
        (
            pc(PlanCommand::SetItem { id: "w1".into(), field: ItemField::Phase(Some("nope".into())) }),
            Fault::UnknownPhase("nope".into()),
        ),
        (pc(PlanCommand::Indent { id: "w1".into() }), Fault::CannotMove),
        (pc(PlanCommand::Outdent { id: "w1".into() }), Fault::CannotMove),
        (pc(PlanCommand::MoveItem { id: "w1".into(), up: true }), Fault::CannotMove),
        (pc(PlanCommand::MoveItem { id: "w8".into(), up: false }), Fault::CannotMove),
        (pc(PlanCommand::DeleteItem { id: "zz".into() }), Fault::UnknownItem("zz".into())),
        (Command::DeletePlan { plan_id: "zz".into() }, Fault::UnknownPlan("zz".into())),
        (
            Command::CreatePlan { plan: Box::new(Plan::blank("s".into(), "x", today())), index: None },
            Fault::DuplicateId("s".into()),
        ),
    ];
    for (cmd, want) in cases {
        let mut w = ws();
        let mut h = History::default();
        assert_eq!(h.run(&mut w, cmd.clone()), Err(want), "{cmd:?}");
        assert_eq!(w, ws(), "{cmd:?} changed the workspace");
        assert!(!h.can_undo());
    }
}

#[test]
fn indent_outdent_and_move_keep_the_outline() {
    let mut w = ws();
    let mut h = History::default();
    // w4 (activity) gets w5 and w6 as actions.
    h.run(&mut w, pc(PlanCommand::Indent { id: "w5".into() })).unwrap();
    h.run(&mut w, pc(PlanCommand::Indent { id: "w6".into() })).unwrap();
    assert_eq!(&outline(&w)[3..6], ["w4:0:Activity", "w5:1:Action", "w6:1:Action"]);
    // An action cannot go deeper.
    assert_eq!(h.run(&mut w, pc(PlanCommand::Indent { id: "w6".into() })), Err(Fault::TooDeep));
    // Moving w4 up carries its children along.
    h.run(&mut w, pc(PlanCommand::MoveItem { id: "w4".into(), up: true })).unwrap();
    assert_eq!(ids(&w)[..6], ["w1", "w2", "w4", "w5", "w6", "w3"]);
    // Outdent w5: it leaves after its old parent's subtree (after w6).
    h.run(&mut w, pc(PlanCommand::Outdent { id: "w5".into() })).unwrap();
    assert_eq!(&outline(&w)[2..6], ["w4:0:Activity", "w6:1:Action", "w5:0:Activity", "w3:0:Activity"]);
    // Adding after a parent inserts after its whole subtree, as a sibling.
    h.run(&mut w, pc(PlanCommand::AddItem { item: item("n"), after: Some("w4".into()) })).unwrap();
    assert_eq!(&outline(&w)[2..5], ["w4:0:Activity", "w6:1:Action", "n:0:Activity"]);
    // Moving a child down past the end of its siblings is refused.
    assert_eq!(h.run(&mut w, pc(PlanCommand::MoveItem { id: "w6".into(), up: false })), Err(Fault::CannotMove));
    // Deleting a parent deletes its subtree, and one undo brings all back.
    let before = w.clone();
    h.run(&mut w, pc(PlanCommand::DeleteItem { id: "w4".into() })).unwrap();
    assert!(!ids(&w).contains(&"w6".to_string()));
    h.undo(&mut w);
    assert_eq!(w, before);
    assert!(campaign_planner::model::check::validate::validate(w.plan("s").unwrap()).is_empty());
}

#[test]
fn status_and_progress_agree() {
    let cases = [
        (ItemField::Status(Status::Done, Day::ymd(2026, 6, 2)), Status::Done, 100),
        (ItemField::Progress(100, Day::ymd(2026, 6, 2)), Status::Done, 100),
        (ItemField::Progress(40, Day::ymd(2026, 6, 2)), Status::InProgress, 40),
    ];
    for (field, status, progress) in cases {
        let mut w = ws();
        apply(&mut w, pc(PlanCommand::SetItem { id: "w5".into(), field: field.clone() })).unwrap();
        let it = w.plan("s").unwrap().item("w5").unwrap();
        assert_eq!((it.status, it.progress), (status, progress), "{field:?}");
    }
    // Reopening a done item from 100% sets it back in progress.
    let mut w = ws();
    apply(&mut w, pc(PlanCommand::SetItem { id: "w1".into(), field: ItemField::Progress(80, Day::ymd(2026, 6, 2)) }))
        .unwrap();
    assert_eq!(w.plan("s").unwrap().item("w1").unwrap().status, Status::InProgress);
    // Setting a done item back to 进行中 keeps most of its work; 未开始 none;
    // an exception keeps what it had.
    for (back, progress) in [(Status::InProgress, 90), (Status::NotStarted, 0), (Status::Exception, 100)] {
        let mut w = ws();
        let day = Day::ymd(2026, 6, 2);
        apply(&mut w, pc(PlanCommand::SetItem { id: "w5".into(), field: ItemField::Status(Status::Done, day) }))
            .unwrap();
        apply(&mut w, pc(PlanCommand::SetItem { id: "w5".into(), field: ItemField::Status(back, day) })).unwrap();
        let it = w.plan("s").unwrap().item("w5").unwrap();
        assert_eq!((it.status, it.progress), (back, progress));
        assert!(campaign_planner::model::check::validate::validate(w.plan("s").unwrap()).is_empty(), "{back:?}");
    }
}

#[test]
fn deleting_a_person_clears_ownership_and_undo_restores_it() {
    let mut w = ws();
    let mut h = History::default();
    h.run(&mut w, pc(PlanCommand::DeletePerson { id: "p-manager".into() })).unwrap();
    let p = w.plan("s").unwrap();
    assert!(p.work_items.iter().all(|i| i.owner.as_deref() != Some("p-manager")));
    assert_eq!(p.item("w8").unwrap().owner, None);
    h.undo(&mut w);
    assert_eq!(w.plan("s").unwrap().item("w8").unwrap().owner.as_deref(), Some("p-manager"));
}

#[test]
fn history_is_bounded_and_a_new_command_clears_redo() {
    let mut w = ws();
    let mut h = History::new(3);
    for i in 0..5 {
        h.run(&mut w, pc(PlanCommand::SetField(PlanField::Name(format!("n{i}"))))).unwrap();
    }
    assert_eq!(h.undo_len(), 3);
    while h.undo(&mut w).is_some() {}
    assert_eq!(w.plan("s").unwrap().name, "n1", "only the last three steps undo");
    h.run(&mut w, pc(PlanCommand::SetField(PlanField::Name("x".into())))).unwrap();
    assert!(!h.can_redo());
    // A command that changes nothing is not a step.
    let n = h.undo_len();
    let same = w.plan("s").unwrap().item("w1").unwrap().title.clone();
    h.run(&mut w, pc(PlanCommand::SetItem { id: "w1".into(), field: ItemField::Title(same) })).unwrap();
    assert_eq!(h.undo_len(), n);
}

#[test]
fn undo_reports_the_plan_it_touched() {
    let mut w = ws();
    let mut h = History::default();
    h.run(&mut w, Command::DeletePlan { plan_id: "s".into() }).unwrap();
    assert!(w.plans.is_empty());
    assert_eq!(h.undo(&mut w), Some(Some("s".into())));
    assert_eq!(w, ws());
    let e = Edit::RemovePlan { id: "s".into() };
    assert_eq!(campaign_planner::model::command::history::touched_plan(&[e]), Some("s".into()));
}

#[test]
fn dates_move_sensibly() {
    // (field, resulting start, resulting end) for w5, which runs 2026-11-29 .. 2026-12-20.
    let cases = [
        (ItemField::Start(Day::ymd(2026, 12, 1)), Day::ymd(2026, 12, 1), Day::ymd(2026, 12, 20)),
        (ItemField::Start(Day::ymd(2026, 12, 25)), Day::ymd(2026, 12, 25), Day::ymd(2027, 1, 15)),
        (ItemField::End(Day::ymd(2026, 11, 29)), Day::ymd(2026, 11, 29), Day::ymd(2026, 11, 29)),
        (ItemField::Dates(Day::ymd(2027, 1, 1), Day::ymd(2027, 1, 2)), Day::ymd(2027, 1, 1), Day::ymd(2027, 1, 2)),
    ];
    for (field, start, end) in cases {
        let mut w = ws();
        apply(&mut w, pc(PlanCommand::SetItem { id: "w5".into(), field: field.clone() })).unwrap();
        let it = w.plan("s").unwrap().item("w5").unwrap();
        assert_eq!((it.start, it.end), (start, end), "{field:?}");
    }
    let mut w = ws();
    let err =
        apply(&mut w, pc(PlanCommand::SetItem { id: "w5".into(), field: ItemField::End(Day::ymd(2026, 11, 28)) }));
    assert!(matches!(err, Err(Fault::EndBeforeStart { end, .. }) if end == Day::ymd(2026, 11, 28)), "{err:?}");
}

fn link(
    id: &str,
    pred: &str,
    succ: &str,
    kind: campaign_planner::model::schedule::data::DepKind,
    lag: i64,
) -> Dependency {
    Dependency { id: id.into(), pred: pred.into(), succ: succ.into(), kind, lag }
}

#[test]
fn dependencies_push_successors_in_one_undo_step() {
    use campaign_planner::model::schedule::data::DepKind::*;
    // w5 (Douyin live, 11/29–12/20) must follow w6 (community, 12/06–12/23): it moves.
    let mut w = ws();
    let mut h = History::default();
    let before = w.clone();
    h.run(&mut w, pc(PlanCommand::AddDependency { dep: link("d1", "w6", "w5", FinishToStart, 0) })).unwrap();
    let it = w.plan("s").unwrap().item("w5").unwrap();
    // 12/23 is a Wednesday: w5 starts Thursday 12/24 and keeps its 15
    // working days (11/29 and 12/20 are Sundays).
    assert_eq!((it.start, it.end), (Day::ymd(2026, 12, 24), Day::ymd(2027, 1, 13)));
    h.undo(&mut w);
    assert_eq!(w, before, "one undo removes the link and the push");
    h.redo(&mut w);
    // Moving the predecessor later pushes again; a holiday in the calendar too.
    h.run(
        &mut w,
        pc(PlanCommand::SetItem {
            id: "w6".into(),
            field: ItemField::Dates(Day::ymd(2026, 12, 7), Day::ymd(2026, 12, 28)),
        }),
    )
    .unwrap();
    assert_eq!(w.plan("s").unwrap().item("w5").unwrap().start, Day::ymd(2026, 12, 29));
    let mut cal = w.plan("s").unwrap().calendar.clone();
    cal.holidays.push(Day::ymd(2026, 12, 29));
    h.run(&mut w, pc(PlanCommand::SetField(PlanField::Calendar(cal)))).unwrap();
    assert_eq!(w.plan("s").unwrap().item("w5").unwrap().start, Day::ymd(2026, 12, 30));
    // Deleting the predecessor drops the link; undo brings both back.
    let with_link = w.clone();
    h.run(&mut w, pc(PlanCommand::DeleteItem { id: "w6".into() })).unwrap();
    assert!(w.plan("s").unwrap().dependencies.is_empty());
    h.undo(&mut w);
    assert_eq!(w, with_link);
}

#[test]
fn bad_dependencies_are_refused() {
    use campaign_planner::model::schedule::data::DepKind::*;
    let mut w = ws();
    apply(&mut w, pc(PlanCommand::AddDependency { dep: link("a", "w1", "w2", StartToStart, 0) })).unwrap();
    apply(&mut w, pc(PlanCommand::AddDependency { dep: link("b", "w2", "w3", StartToStart, 0) })).unwrap();
    let cases = [
        (link("c", "w3", "w1", FinishToStart, 0), Fault::DependencyCycle(vec!["w1".into(), "w2".into(), "w3".into()])),
        (link("c", "w4", "w4", FinishToStart, 0), Fault::SelfDependency),
        (link("c", "w1", "w2", FinishToFinish, 1), Fault::DuplicateLink),
        (link("c", "w1", "nope", FinishToStart, 0), Fault::UnknownItem("nope".into())),
        (link("a", "w4", "w5", FinishToStart, 0), Fault::DuplicateId("a".into())),
    ];
    for (dep, want) in cases {
        let before = w.clone();
        let got = apply(&mut w, pc(PlanCommand::AddDependency { dep: dep.clone() }));
        match (&got, &want) {
            // A cycle may be named from any of its members.
            (Err(Fault::DependencyCycle(ids)), Fault::DependencyCycle(expected)) => {
                let mut ids = ids.clone();
                ids.sort();
                assert_eq!(&ids, expected);
            }
            _ => assert_eq!(got, Err(want), "{dep:?}"),
        }
        assert_eq!(w, before);
    }
    // Changing a link's lag reschedules; removing it does not pull back.
    apply(&mut w, pc(PlanCommand::UpdateDependency { dep: link("b", "w2", "w3", StartToStart, 5) })).unwrap();
    let w3 = w.plan("s").unwrap().item("w3").unwrap().clone();
    assert_eq!(w3.start, Day::ymd(2026, 11, 18), "5 working days after w2's start (11/11)");
    apply(&mut w, pc(PlanCommand::RemoveDependency { id: "b".into() })).unwrap();
    assert_eq!(w.plan("s").unwrap().item("w3").unwrap(), &w3);
}

#[test]
fn the_predecessors_cell_reads_and_writes_links() {
    use campaign_planner::model::schedule::data::DepKind::*;
    use campaign_planner::model::schedule::predecessors::format;
    use campaign_planner::model::schedule::predecessors::links;
    use campaign_planner::model::schedule::predecessors::parse;
    use campaign_planner::model::schedule::predecessors::PredError;
    let plan = ws().plans.remove(0);
    type Links = Vec<(&'static str, campaign_planner::model::schedule::data::DepKind, i64)>;
    let cases: Vec<(&str, Result<Links, PredError>)> = vec![
        ("", Ok(vec![])),
        ("3", Ok(vec![("w3", FinishToStart, 0)])),
        (
            "3fs+2, 1SS-1；2FF 4sf+3d",
            Ok(vec![
                ("w3", FinishToStart, 2),
                ("w1", StartToStart, -1),
                ("w2", FinishToFinish, 0),
                ("w4", StartToFinish, 3),
            ]),
        ),
        ("2FS-3天", Ok(vec![("w2", FinishToStart, -3)])),
        ("9", Err(PredError::NoSuchRow(9))),
        ("0", Err(PredError::NoSuchRow(0))),
        ("3XX", Err(PredError::Unreadable("3XX".into()))),
        ("abc", Err(PredError::Unreadable("abc".into()))),
        ("3+", Err(PredError::Unreadable("3+".into()))),
    ];
    for (text, want) in cases {
        let want = want.map(|v| v.into_iter().map(|(id, k, l)| (id.to_string(), k, l)).collect::<Vec<_>>());
        assert_eq!(parse(&plan, text), want, "{text:?}");
    }
    // Typed into w5's cell: the links are created, shown back, and pushed in one step.
    let mut w = ws();
    let mut h = History::default();
    let mut n = 0;
    let wanted = parse(&plan, "4SS+2, 3").unwrap();
    let set = links(&plan, "w5", wanted, || {
        n += 1;
        format!("new{n}")
    });
    h.run(&mut w, pc(PlanCommand::SetPredecessors { succ: "w5".into(), links: set })).unwrap();
    let p = w.plan("s").unwrap();
    assert_eq!(format(p, "w5"), "4SS+2, 3");
    assert_eq!(p.dependencies.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["new1", "new2"]);
    // Retyping keeps the id of a link from the same row and drops the rest.
    let p2 = p.clone();
    let set = links(&p2, "w5", parse(&p2, "4FF").unwrap(), || "other".into());
    h.run(&mut w, pc(PlanCommand::SetPredecessors { succ: "w5".into(), links: set })).unwrap();
    let p = w.plan("s").unwrap();
    assert_eq!(format(p, "w5"), "4FF");
    assert_eq!(p.dependencies[0].id, "new1");
    h.undo(&mut w);
    h.undo(&mut w);
    assert_eq!(w, ws());
}

/// Linking an item to a strategy or a collaborator is a model command: the
/// model adds or removes the one entry from the list as stored, a link that
/// is already there changes nothing, and a link to nothing is refused.
#[test]
fn linking_an_item_adds_or_removes_one_entry_of_its_list() {
    use campaign_planner::model::sample::sample_plan;
    use campaign_planner::model::schedule::commands::ItemLink;
    let w0 = Workspace::of(vec![sample_plan("s".into(), today(), SampleLang::Zh)]);
    let strategy = w0.plans[0].strategy.tows[0].id.clone();
    let item = w0.plans[0].work_items.iter().find(|w| !w.serves.contains(&strategy)).unwrap().id.clone();
    let link = |to: ItemLink, on| pc(PlanCommand::Link { item: item.clone(), to, on });
    let after = common::assert_undo_redo(
        &w0,
        &[
            link(ItemLink::Strategy(strategy.clone()), true),
            link(ItemLink::Collaborator("p-host".into()), true),
            link(ItemLink::Collaborator("p-host".into()), false),
        ],
    );
    let w = after.plans[0].item(&item).unwrap();
    assert_eq!(w.serves.iter().filter(|s| **s == strategy).count(), 1);
    assert!(!w.collaborators.contains(&"p-host".to_string()));
    // Linking again changes nothing and is no history entry.
    let mut ws = after.clone();
    let mut h = History::default();
    h.run(&mut ws, link(ItemLink::Strategy(strategy.clone()), true)).unwrap();
    assert_eq!(ws, after);
    assert!(!h.can_undo());
    assert_eq!(
        apply(&mut after.clone(), link(ItemLink::Strategy("nope".into()), true)),
        Err(Fault::UnknownEntry("nope".into()))
    );
    assert_eq!(
        apply(&mut after.clone(), link(ItemLink::Collaborator("ghost".into()), true)),
        Err(Fault::UnknownPerson("ghost".into()))
    );
}

/// The Gantt's gestures, pointer or keyboard, map to one command each: the
/// bar, an edge (never past the other), a milestone (always whole), a
/// summary (its subtree), and nothing when nothing moved.
#[test]
fn gantt_gestures_map_to_one_command_each() {
    use campaign_planner::model::command::gesture::{key_move, move_command, progress_command, Handle, Moved};
    let d = |n| Day::ymd(2027, 3, 1).add_days(n);
    let m = |handle, days, summary, milestone| Moved {
        id: "w".into(),
        handle,
        from: (d(0), d(4)),
        days,
        summary,
        milestone,
    };
    let set = |field| Some(PlanCommand::SetItem { id: "w".into(), field });
    let cases = [
        (m(Handle::Bar, 2, false, false), set(ItemField::Dates(d(2), d(6)))),
        (m(Handle::Bar, -3, false, false), set(ItemField::Dates(d(-3), d(1)))),
        (m(Handle::Start, 2, false, false), set(ItemField::Start(d(2)))),
        (m(Handle::Start, 9, false, false), set(ItemField::Start(d(4)))),
        (m(Handle::End, -9, false, false), set(ItemField::End(d(0)))),
        (m(Handle::End, 1, false, true), set(ItemField::Dates(d(1), d(5)))),
        (m(Handle::Bar, 5, true, false), Some(PlanCommand::ShiftSubtree { id: "w".into(), days: 5 })),
        (m(Handle::Bar, 0, false, false), None),
        (Moved { from: (d(0), d(0)), ..m(Handle::End, -1, false, false) }, None),
    ];
    for (moved, want) in cases {
        assert_eq!(move_command(&moved), want, "{moved:?}");
    }
    // The keyboard is the same mapping, one day at a time.
    let k = |right, shift, summary, milestone| {
        move_command(&key_move("w".into(), (d(0), d(4)), right, shift, summary, milestone))
    };
    assert_eq!(k(true, false, false, false), set(ItemField::Dates(d(1), d(5))));
    assert_eq!(k(false, true, false, false), set(ItemField::End(d(3))));
    assert_eq!(k(true, true, false, true), set(ItemField::Dates(d(1), d(5))));
    assert_eq!(k(false, false, true, false), Some(PlanCommand::ShiftSubtree { id: "w".into(), days: -1 }));
    assert_eq!(progress_command("w".into(), 40, 40, Day::ymd(2026, 6, 2)), None);
    assert_eq!(
        progress_command("w".into(), 40, 70, Day::ymd(2026, 6, 2)),
        set(ItemField::Progress(70, Day::ymd(2026, 6, 2)))
    );
}
