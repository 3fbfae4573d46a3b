//! Native tests of what the schedule views derive: roll-ups, criticality,
//! baseline slip, RACI flags, workload, drag previews (which must agree with
//! the full pass) and the commands behind the Gantt chart.

use campaign_planner::model::command::dispatch::apply;
use campaign_planner::model::command::dispatch::Command;
use campaign_planner::model::command::dispatch::PlanCommand;
use campaign_planner::model::schedule::analysis::CAPACITY;
use campaign_planner::model::schedule::commands::ItemField;

use campaign_planner::model::schedule::analysis::RaciFlag;

use campaign_planner::model::schedule::analysis::analyse;

use campaign_planner::model::schedule::analysis::network;

use campaign_planner::model::schedule::analysis::next_raci;

use campaign_planner::model::schedule::analysis::implied_accountable;
use campaign_planner::model::schedule::analysis::raci_flags;

use campaign_planner::model::schedule::analysis::unfolded;

use campaign_planner::model::base::day::Day;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::analysis::workload;
use campaign_planner::model::schedule::data::Baseline;
use campaign_planner::model::schedule::data::DepKind;
use campaign_planner::model::schedule::data::Dependency;
use campaign_planner::model::schedule::data::Level;
use campaign_planner::model::schedule::data::Raci;
use campaign_planner::model::schedule::data::Status;
use campaign_planner::model::schedule::data::WorkItem;
use campaign_planner::model::schedule::rules::pushed_items;

fn d(m: u32, day: u32) -> Day {
    Day::ymd(2026, m, day)
}

fn item(id: &str, parent: Option<&str>, start: Day, end: Day, status: Status, progress: u8) -> WorkItem {
    WorkItem {
        parent: parent.map(str::to_string),
        status,
        progress,
        ..WorkItem::new(id, id, if parent.is_some() { Level::Action } else { Level::Activity }, start, end)
    }
}

fn plan(items: Vec<WorkItem>, links: &[(&str, &str, DepKind, i64)]) -> Plan {
    let mut p = Plan::blank("p".into(), "p", d(3, 2));
    p.work_items = items;
    p.dependencies = links
        .iter()
        .enumerate()
        .map(|(i, (a, b, kind, lag))| Dependency {
            id: format!("l{i}"),
            pred: a.to_string(),
            succ: b.to_string(),
            kind: *kind,
            lag: *lag,
        })
        .collect();
    p
}

#[test]
fn summary_rows_roll_up_dates_progress_and_status() {
    use Status::*;
    /// Children as (start, end, status, progress), and the wanted roll-up (start, end, progress, status).
    type Case = (Vec<(Day, Day, Status, u8)>, (Day, Day, u8, Status));
    let cases: Vec<Case> = vec![
        // 5 days at 100% and 15 days at 20%: (500 + 300) / 20 = 40
        (vec![(d(3, 2), d(3, 6), Done, 100), (d(3, 9), d(3, 23), InProgress, 20)], (d(3, 2), d(3, 23), 40, InProgress)),
        (vec![(d(3, 2), d(3, 3), Done, 100), (d(3, 5), d(3, 6), Done, 100)], (d(3, 2), d(3, 6), 100, Done)),
        (vec![(d(3, 2), d(3, 3), NotStarted, 0), (d(3, 1), d(3, 6), NotStarted, 0)], (d(3, 1), d(3, 6), 0, NotStarted)),
        (vec![(d(3, 2), d(3, 3), Done, 100), (d(3, 4), d(3, 4), Exception, 10)], (d(3, 2), d(3, 4), 70, Exception)),
    ];
    for (children, (s, e, prog, status)) in cases {
        // The parent's own stored dates and status are ignored once it has children.
        let mut items = vec![item("top", None, d(9, 1), d(9, 2), NotStarted, 0)];
        for (i, (a, b, st, pr)) in children.iter().enumerate() {
            items.push(item(&format!("c{i}"), Some("top"), *a, *b, *st, *pr));
        }
        let a = analyse(&plan(items, &[]));
        let r = &a.rows[0];
        assert!(r.summary);
        assert_eq!((r.start, r.end, r.progress, r.status), (s, e, prog, status), "{children:?}");
        assert_eq!(a.rows[1].depth, 1);
    }
}

#[test]
fn nested_summaries_roll_up_through_every_level() {
    let items = vec![
        WorkItem { level: Level::Strategy, ..item("s", None, d(1, 1), d(1, 1), Status::NotStarted, 0) },
        item("a", Some("s"), d(1, 1), d(1, 1), Status::NotStarted, 0),
        item("x", Some("a"), d(3, 2), d(3, 4), Status::Done, 100),
        item("y", Some("s"), d(3, 10), d(3, 10), Status::NotStarted, 0),
    ];
    let a = analyse(&plan(items, &[]));
    assert_eq!((a.rows[1].start, a.rows[1].end), (d(3, 2), d(3, 4)));
    assert_eq!((a.rows[0].start, a.rows[0].end, a.rows[0].progress), (d(3, 2), d(3, 10), 75));
    assert_eq!(a.span, (d(3, 2), d(3, 10)));
}

#[test]
fn the_critical_path_runs_through_the_longest_chain() {
    use DepKind::*;
    // a(3) → b(5) → d(2) and a → c(2) → d: c has 3 working days of float.
    let items = vec![
        item("a", None, d(3, 2), d(3, 4), Status::NotStarted, 0),
        item("b", None, d(3, 5), d(3, 11), Status::NotStarted, 0),
        item("c", None, d(3, 5), d(3, 6), Status::NotStarted, 0),
        item("d", None, d(3, 12), d(3, 13), Status::NotStarted, 0),
    ];
    let p = plan(
        items,
        &[
            ("a", "b", FinishToStart, 0),
            ("a", "c", FinishToStart, 0),
            ("b", "d", FinishToStart, 0),
            ("c", "d", FinishToStart, 0),
        ],
    );
    let a = analyse(&p);
    let crit: Vec<bool> = a.rows.iter().map(|r| r.critical).collect();
    assert_eq!(crit, [true, true, false, true]);
    assert_eq!(a.rows[2].float, 3);
    assert!(a.cycle.is_none());
}

#[test]
fn a_cycle_is_reported_not_scheduled() {
    let items = vec![
        item("a", None, d(3, 2), d(3, 4), Status::NotStarted, 0),
        item("b", None, d(3, 5), d(3, 6), Status::NotStarted, 0),
    ];
    let a = analyse(&plan(items, &[("a", "b", DepKind::FinishToStart, 0), ("b", "a", DepKind::FinishToStart, 0)]));
    assert_eq!(a.cycle.map(|c| c.len()), Some(2));
}

#[test]
fn fixed_dates_are_flagged_when_predecessors_need_them_later() {
    let items = vec![
        item("a", None, d(3, 2), d(3, 6), Status::NotStarted, 0),
        WorkItem { fixed: true, milestone: true, ..item("launch", None, d(3, 4), d(3, 4), Status::NotStarted, 0) },
    ];
    let p = plan(items, &[("a", "launch", DepKind::FinishToStart, 0)]);
    assert!(analyse(&p).rows[1].conflict);
    assert!(pushed_items(&p).unwrap().is_empty(), "a fixed item is never moved");
    // With a lead of five days the launch can keep its date.
    let mut q = p.clone();
    q.dependencies[0].lag = -5;
    assert!(!analyse(&q).rows[1].conflict);
}

#[test]
fn baselines_record_dates_and_show_the_slip() {
    let mut ws = Workspace::of(vec![sample_plan("s".into(), d(11, 22), SampleLang::Zh)]);
    let p = ws.plan("s").unwrap();
    let a = analyse(p);
    let w3 = a.index["w3"];
    assert_eq!(a.rows[w3].slip(), Some(2), "the sample's budget approval slipped two days");
    assert_eq!(a.rows[a.index["w1"]].slip(), Some(0));
    let cmd = |cmd| Command::Plan { plan_id: "s".into(), cmd };
    apply(
        &mut ws,
        cmd(PlanCommand::CaptureBaseline {
            baseline: Baseline { id: "b2".into(), name: "v2".into(), taken: d(11, 22), items: vec![] },
        }),
    )
    .unwrap();
    let a = analyse(ws.plan("s").unwrap());
    assert_eq!(a.rows[w3].slip(), Some(0), "the newest baseline is the one compared");
    apply(&mut ws, cmd(PlanCommand::SetItem { id: "w8".into(), field: ItemField::Dates(d(12, 1), d(12, 9)) })).unwrap();
    let p = ws.plan("s").unwrap();
    let a = analyse(p);
    let w8 = &p.work_items[a.index["w8"]];
    let base = a.rows[a.index["w8"]].baseline.unwrap();
    assert_eq!(a.rows[a.index["w8"]].slip(), Some(base.1.days_until(w8.end)));
    assert_eq!(ws.plan("s").unwrap().baselines.len(), 2);
}

#[test]
fn raci_needs_exactly_one_a_and_at_least_one_r() {
    use Raci::*;
    let cases: Vec<(Vec<Raci>, Vec<RaciFlag>)> = vec![
        (vec![R, A], vec![]),
        (vec![R, R, A, C, I], vec![]),
        (vec![R], vec![RaciFlag::NoAccountable]),
        (vec![A, A, R], vec![RaciFlag::ManyAccountable(2)]),
        (vec![A], vec![RaciFlag::NoResponsible]),
        (vec![], vec![RaciFlag::NoAccountable, RaciFlag::NoResponsible]),
    ];
    for (roles, want) in cases {
        let mut w = WorkItem::new("x", "x", Level::Action, d(3, 2), d(3, 2));
        w.raci = roles.iter().enumerate().map(|(i, r)| (format!("p{i}"), *r)).collect();
        assert_eq!(raci_flags(&w), want, "{roles:?}");
    }
    assert_eq!(next_raci(None), Some(R));
    assert_eq!(next_raci(Some(I)), None);
    // The owner is the A unless the RACI says otherwise.
    let mut w = WorkItem::new("x", "x", Level::Action, d(3, 2), d(3, 2));
    w.owner = Some("boss".into());
    assert_eq!(raci_flags(&w), vec![RaciFlag::NoResponsible], "the owner is the implied A");
    assert_eq!(implied_accountable(&w), Some("boss"));
    w.raci.insert("boss".into(), R);
    assert_eq!(raci_flags(&w), vec![], "the owner who does the work is A and R, one person");
    assert_eq!(implied_accountable(&w), Some("boss"));
    for not_a in [C, I] {
        w.raci.insert("boss".into(), not_a);
        assert_eq!(
            raci_flags(&w),
            vec![RaciFlag::NoAccountable, RaciFlag::NoResponsible],
            "the owner said not to be A"
        );
    }
    w.raci.insert("boss".into(), A);
    w.raci.insert("p2".into(), R);
    assert_eq!(raci_flags(&w), vec![]);
    w.raci.insert("boss".into(), C);
    w.raci.insert("p3".into(), A);
    assert_eq!((raci_flags(&w), implied_accountable(&w)), (vec![], None), "someone else is A");
}

#[test]
fn workload_counts_items_at_once_per_week() {
    // Monday 2 March: two items all week, a third Wednesday–Friday, a fourth
    // on Thursday; the next week one item, and a done item never counts.
    let mine = |id: &str, a: Day, b: Day, status: Status| WorkItem {
        owner: Some("me".into()),
        status,
        ..WorkItem::new(id, id, Level::Action, a, b)
    };
    let mut p = plan(
        vec![
            mine("a", d(3, 2), d(3, 13), Status::InProgress),
            mine("b", d(3, 2), d(3, 6), Status::NotStarted),
            mine("c", d(3, 4), d(3, 6), Status::NotStarted),
            mine("e", d(3, 3), d(3, 20), Status::Done),
            WorkItem { owner: None, ..mine("r", d(3, 5), d(3, 5), Status::NotStarted) },
        ],
        &[],
    );
    p.work_items[4].raci.insert("me".into(), Raci::R);
    let w = workload(&p, "me", d(3, 4), d(3, 15));
    assert_eq!(w, vec![(d(3, 2), 4), (d(3, 9), 1)]);
    assert!(w[0].1 > CAPACITY);
}

#[test]
fn drag_previews_agree_with_the_full_pass() {
    use DepKind::*;
    // A chain of every link type with lags and leads, plus a fixed item.
    let items = vec![
        item("a", None, d(3, 2), d(3, 4), Status::NotStarted, 0),
        item("b", None, d(3, 5), d(3, 9), Status::NotStarted, 0),
        item("c", None, d(3, 5), d(3, 6), Status::NotStarted, 0),
        item("e", None, d(3, 10), d(3, 12), Status::NotStarted, 0),
        item("f", None, d(3, 2), d(3, 3), Status::NotStarted, 0),
        WorkItem { fixed: true, ..item("g", None, d(3, 16), d(3, 16), Status::NotStarted, 0) },
    ];
    let links = [
        ("a", "b", FinishToStart, 0),
        ("a", "c", StartToStart, 2),
        ("b", "e", FinishToFinish, 1),
        ("c", "f", StartToFinish, -1),
        ("e", "g", FinishToStart, -2),
    ];
    let p = plan(items, &links);
    for shift in [1i64, 3, 7, 12] {
        let a = analyse(&p);
        let (net, dates) = network(&p, &a);
        let (s, e) = (d(3, 2).add_days(shift), d(3, 4).add_days(shift));
        let preview = net.propagate(&dates, 0, s, e);
        // The same move as a command, whose pushes come from the full pass.
        let mut ws = Workspace::of(vec![p.clone()]);
        apply(
            &mut ws,
            Command::Plan {
                plan_id: "p".into(),
                cmd: PlanCommand::SetItem { id: "a".into(), field: ItemField::Dates(s, e) },
            },
        )
        .unwrap();
        let after = ws.plan("p").unwrap();
        for (i, w) in after.work_items.iter().enumerate().skip(1) {
            let moved = preview.iter().find(|(j, _, _)| *j == i).map(|(_, s, e)| (*s, *e));
            assert_eq!(moved.unwrap_or(dates[i]), (w.start, w.end), "shift {shift}, item {}", w.id);
        }
        assert_eq!(after.work_items[5].start, d(3, 16), "the fixed item stays");
    }
}

#[test]
fn milestones_stay_one_day_and_subtrees_move_together() {
    let mut ws = Workspace::of(vec![sample_plan("s".into(), d(11, 22), SampleLang::Zh)]);
    let cmd = |cmd| Command::Plan { plan_id: "s".into(), cmd };
    apply(&mut ws, cmd(PlanCommand::SetItem { id: "w2".into(), field: ItemField::Milestone(true) })).unwrap();
    let w2 = ws.plan("s").unwrap().item("w2").unwrap().clone();
    assert_eq!(w2.start, w2.end);
    apply(&mut ws, cmd(PlanCommand::SetItem { id: "w2".into(), field: ItemField::End(w2.end.add_days(3)) })).unwrap();
    let moved = ws.plan("s").unwrap().item("w2").unwrap().clone();
    assert_eq!((moved.start, moved.end), (w2.end.add_days(3), w2.end.add_days(3)), "dragging a diamond moves it");
    let before: Vec<(Day, Day)> = ["m1", "m2"]
        .iter()
        .map(|id| {
            let w = ws.plan("s").unwrap().item(id).unwrap();
            (w.start, w.end)
        })
        .collect();
    let launch = ws.plan("s").unwrap().item("m3").unwrap().start;
    let undo = apply(&mut ws, cmd(PlanCommand::ShiftSubtree { id: "ms".into(), days: 7 })).unwrap();
    for (id, (s, _)) in ["m1", "m2"].iter().zip(&before) {
        assert_eq!(ws.plan("s").unwrap().item(id).unwrap().start, s.add_days(7));
    }
    let p = ws.plan("s").unwrap();
    assert_eq!(p.item("m3").unwrap().start, launch, "the fixed launch day stays");
    assert!(analyse(p).rows[analyse(p).index["m3"]].conflict, "and is flagged: content final now comes after it");
    campaign_planner::model::command::edits::apply_edits(&mut ws, undo);
    assert_eq!(ws.plan("s").unwrap().item("m1").unwrap().start, before[0].0);
}

#[test]
fn deleting_a_person_clears_every_mention() {
    let mut ws = Workspace::of(vec![sample_plan("s".into(), d(11, 22), SampleLang::Zh)]);
    apply(&mut ws, Command::Plan { plan_id: "s".into(), cmd: PlanCommand::DeletePerson { id: "p-planner".into() } })
        .unwrap();
    let p = ws.plan("s").unwrap();
    assert!(p
        .work_items
        .iter()
        .all(|w| !w.raci.contains_key("p-planner") && !w.collaborators.iter().any(|c| c == "p-planner")));
    assert!(campaign_planner::model::check::validate::validate(p).is_empty());
}

#[test]
fn analysis_of_ten_thousand_items_is_linear() {
    // Not a timing assertion: it proves the pass completes on the bench's
    // size and that every row is accounted for.
    let mut items = vec![];
    let mut links = vec![];
    for i in 0..10_000 {
        let s = d(1, 5).add_days((i % 300) as i64);
        items.push(item(&format!("t{i}"), None, s, s.add_days(4), Status::NotStarted, 0));
        if i > 0 {
            links.push((format!("t{}", i - 1), format!("t{i}")));
        }
    }
    let mut p = plan(items, &[]);
    p.dependencies = links
        .iter()
        .enumerate()
        .map(|(i, (a, b))| Dependency {
            id: format!("l{i}"),
            pred: a.clone(),
            succ: b.clone(),
            kind: DepKind::StartToStart,
            lag: 0,
        })
        .collect();
    let a = analyse(&p);
    assert_eq!(a.rows.len(), 10_000);
    assert!(a.cycle.is_none());
}

#[test]
fn folding_hides_descendants_and_filters_keep_what_they_keep() {
    // depths: a(0) b(1) c(2) d(1) e(0)
    let depth = [0u8, 1, 2, 1, 0];
    let cases: Vec<(&[usize], Option<usize>, Vec<usize>)> = vec![
        (&[], None, vec![0, 1, 2, 3, 4]),
        (&[1], None, vec![0, 1, 3, 4]),
        (&[0], None, vec![0, 4]),
        (&[0, 1], None, vec![0, 4]),
        (&[], Some(2), vec![0, 1, 3, 4]),
        (&[1], Some(3), vec![0, 1, 4]),
    ];
    for (folded, drop, want) in cases {
        let got = unfolded(5, |i| depth[i], |i| folded.contains(&i), |i| Some(i) != drop);
        assert_eq!(got, want, "folded {folded:?}, dropped {drop:?}");
    }
}

/// The outline's filters keep the items that match and every ancestor of
/// one, hide what is folded, and show everything when no filter is on.
#[test]
fn outline_filters_keep_matches_and_their_ancestors() {
    use campaign_planner::model::schedule::analysis::{shown_rows, Filters};
    use std::collections::HashSet;
    // a ─ a1 ─ a1x, a1y ; a ─ a2 ; b
    let mut items = vec![
        item("a", None, d(3, 2), d(3, 20), Status::NotStarted, 0),
        item("a1", Some("a"), d(3, 2), d(3, 10), Status::NotStarted, 0),
        item("a1x", Some("a1"), d(3, 2), d(3, 4), Status::NotStarted, 0),
        item("a1y", Some("a1"), d(3, 5), d(3, 10), Status::NotStarted, 0),
        item("a2", Some("a"), d(3, 11), d(3, 20), Status::NotStarted, 0),
        item("b", None, d(3, 2), d(3, 6), Status::NotStarted, 0),
    ];
    items[1].level = Level::Activity;
    items[0].level = Level::Strategy;
    items[3].owner = Some("li".into());
    items[5].owner = Some("li".into());
    items[4].channel = "抖音".into();
    let p = plan(items, &[]);
    let a = analyse(&p);
    let ids = |v: Vec<usize>| v.into_iter().map(|i| p.work_items[i].id.clone()).collect::<Vec<_>>();
    let none = HashSet::new();
    let all = ["a", "a1", "a1x", "a1y", "a2", "b"];
    assert_eq!(ids(shown_rows(&p, &a, &none, &Filters::default())), all);
    let owner = Filters { owner: Some("li".into()), ..Default::default() };
    assert!(owner.is_active());
    assert_eq!(ids(shown_rows(&p, &a, &none, &owner)), ["a", "a1", "a1y", "b"]);
    let channel = Filters { channel: Some("抖音".into()), ..Default::default() };
    assert_eq!(ids(shown_rows(&p, &a, &none, &channel)), ["a", "a2"]);
    let nothing = Filters { status: Some(Status::Done), ..Default::default() };
    assert!(shown_rows(&p, &a, &none, &nothing).is_empty());
    // Folding a1 hides its children, filtered or not.
    let folded: HashSet<String> = ["a1".to_string()].into();
    assert_eq!(ids(shown_rows(&p, &a, &folded, &Filters::default())), ["a", "a1", "a2", "b"]);
    assert_eq!(ids(shown_rows(&p, &a, &folded, &owner)), ["a", "a1", "b"]);
}

#[test]
fn the_chart_opens_on_the_work_not_on_an_empty_today() {
    use campaign_planner::model::schedule::analysis::opening_day;
    let span = (Day::ymd(2026, 3, 2), Day::ymd(2026, 4, 30));
    assert_eq!(opening_day(span, Day::ymd(2026, 2, 1)), Day::ymd(2026, 2, 28), "not begun: its start");
    assert_eq!(opening_day(span, Day::ymd(2026, 3, 20)), Day::ymd(2026, 2, 28), "begun lately: its start");
    assert_eq!(opening_day(span, Day::ymd(2026, 4, 15)), Day::ymd(2026, 4, 8), "running long: a week before today");
    assert_eq!(opening_day(span, Day::ymd(2026, 4, 30)), Day::ymd(2026, 4, 23), "its last day is still today's week");
    assert_eq!(opening_day(span, Day::ymd(2026, 5, 1)), Day::ymd(2026, 2, 28), "ended: its start, not an empty chart");
    assert_eq!(opening_day(span, Day::ymd(2027, 12, 6)), Day::ymd(2026, 2, 28), "long ended");
}
