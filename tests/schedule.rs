//! Native tests of the scheduling engine: calendars, each dependency type
//! with lags and leads, cycles, fixed dates and the critical path.

use campaign_planner::model::schedule::rules::Calendar;

use campaign_planner::model::schedule::data::DepKind;

use campaign_planner::model::schedule::rules::Precedence;

use campaign_planner::model::schedule::rules::ScheduleError;

use campaign_planner::model::schedule::rules::Task;

use campaign_planner::model::base::day::Day;
use campaign_planner::model::schedule::rules::schedule;
use std::collections::BTreeSet;

fn d(m: u32, day: u32) -> Day {
    Day::ymd(2026, m, day)
}

fn task(id: &str, start: Day, duration: i64) -> Task {
    Task { id: id.into(), start, duration, fixed: false }
}

fn dep(pred: &str, succ: &str, kind: DepKind, lag: i64) -> Precedence {
    Precedence { pred: pred.into(), succ: succ.into(), kind, lag }
}

#[test]
fn calendar_counts_weekends_holidays_and_makeup_days() {
    let mut cal = Calendar::default();
    cal.holidays.insert(d(3, 5)); // a Thursday off
    cal.makeup_days.insert(d(3, 7)); // a Saturday worked (调休)
    let cases = [
        (d(3, 2), 0, d(3, 2)),  // Monday stays
        (d(2, 28), 0, d(3, 2)), // Saturday snaps to Monday
        (d(3, 4), 1, d(3, 6)),  // Wednesday + 1 skips the holiday
        (d(3, 6), 1, d(3, 7)),  // Friday + 1 is the make-up Saturday
        (d(3, 7), 1, d(3, 9)),  // then Monday
        (d(3, 9), -2, d(3, 6)), // backwards over the make-up day
        (d(3, 6), -1, d(3, 4)), // backwards over the holiday
    ];
    for (from, n, want) in cases {
        assert_eq!(cal.add_workdays(from, n), want, "{from} + {n}");
    }
    assert_eq!(cal.workdays_between(d(3, 2), d(3, 8)), 5, "Mon–Sun with one holiday and one make-up day");
    assert!(!cal.is_workday(d(3, 8)));
}

#[test]
fn each_dependency_type_with_lags_and_leads() {
    // A runs Mon 3/2 – Wed 3/4. B (2 days) could start as early as Mon 2/23.
    let cases = [
        (DepKind::FinishToStart, 0, d(3, 5), d(3, 6)),
        (DepKind::FinishToStart, 2, d(3, 9), d(3, 10)),
        (DepKind::FinishToStart, -2, d(3, 3), d(3, 4)),
        (DepKind::StartToStart, 1, d(3, 3), d(3, 4)),
        (DepKind::StartToStart, -1, d(2, 27), d(3, 2)),
        (DepKind::FinishToFinish, 0, d(3, 3), d(3, 4)),
        (DepKind::FinishToFinish, 2, d(3, 5), d(3, 6)),
        (DepKind::StartToFinish, 0, d(2, 26), d(2, 27)),
        (DepKind::StartToFinish, 3, d(3, 3), d(3, 4)),
    ];
    for (kind, lag, start, end) in cases {
        let tasks = [task("A", d(3, 2), 3), task("B", d(2, 23), 2)];
        let s = schedule(&tasks, &[dep("A", "B", kind, lag)], &Calendar::default()).unwrap();
        assert_eq!((s["B"].start, s["B"].end), (start, end), "{kind:?} lag {lag}");
        assert_eq!((s["A"].start, s["A"].end), (d(3, 2), d(3, 4)));
    }
}

#[test]
fn successors_are_pushed_never_pulled() {
    let cal = Calendar::default();
    // C already starts later than needed: it stays. B is pushed past A.
    let tasks = [task("A", d(3, 2), 5), task("B", d(3, 3), 2), task("C", d(3, 20), 1)];
    let s =
        schedule(&tasks, &[dep("A", "B", DepKind::FinishToStart, 0), dep("B", "C", DepKind::FinishToStart, 0)], &cal)
            .unwrap();
    assert_eq!(s["B"].start, d(3, 9));
    assert_eq!(s["C"].start, d(3, 20));
    assert!(s["B"].pushed && !s["C"].pushed && !s["A"].pushed);
    // Lengthening A pushes B and, through it, C.
    let tasks = [task("A", d(3, 2), 15), task("B", d(3, 3), 2), task("C", d(3, 20), 1)];
    let s =
        schedule(&tasks, &[dep("A", "B", DepKind::FinishToStart, 0), dep("B", "C", DepKind::FinishToStart, 0)], &cal)
            .unwrap();
    assert_eq!((s["B"].start, s["C"].start), (d(3, 23), d(3, 25)));
}

#[test]
fn a_fixed_date_is_flagged_not_moved() {
    let tasks = [task("A", d(3, 2), 3), Task { fixed: true, ..task("launch", d(3, 3), 1) }];
    let s = schedule(&tasks, &[dep("A", "launch", DepKind::FinishToStart, 0)], &Calendar::default()).unwrap();
    assert_eq!(s["launch"].start, d(3, 3));
    assert!(s["launch"].conflict);
    assert!(!s["A"].conflict);
}

#[test]
fn cycles_are_refused_naming_their_members_in_order() {
    let tasks = [task("A", d(3, 2), 1), task("B", d(3, 2), 1), task("C", d(3, 2), 1), task("D", d(3, 2), 1)];
    let deps = [
        dep("D", "A", DepKind::FinishToStart, 0),
        dep("A", "B", DepKind::FinishToStart, 0),
        dep("B", "C", DepKind::StartToStart, 0),
        dep("C", "A", DepKind::FinishToFinish, 0),
    ];
    let Err(ScheduleError::Cycle(ids)) = schedule(&tasks, &deps, &Calendar::default()) else {
        panic!("no cycle found")
    };
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(sorted, ["A", "B", "C"], "D leads into the cycle but is not on it");
    for w in 0..ids.len() {
        let (p, s) = (&ids[w], &ids[(w + 1) % ids.len()]);
        assert!(deps.iter().any(|x| &x.pred == p && &x.succ == s), "{p} → {s} is an edge");
    }
    assert_eq!(
        schedule(&tasks, &[dep("A", "Z", DepKind::FinishToStart, 0)], &Calendar::default()),
        Err(ScheduleError::UnknownTask("Z".into()))
    );
}

#[test]
fn critical_path_and_float_on_a_textbook_network() {
    //      ┌─ B (2) ─┐
    // A (3)          D (1)
    //      └─ C (4) ─┘
    let tasks = [task("A", d(3, 2), 3), task("B", d(3, 2), 2), task("C", d(3, 2), 4), task("D", d(3, 2), 1)];
    let deps = [
        dep("A", "B", DepKind::FinishToStart, 0),
        dep("A", "C", DepKind::FinishToStart, 0),
        dep("B", "D", DepKind::FinishToStart, 0),
        dep("C", "D", DepKind::FinishToStart, 0),
    ];
    let s = schedule(&tasks, &deps, &Calendar::default()).unwrap();
    let floats: Vec<i64> = ["A", "B", "C", "D"].iter().map(|id| s[*id].float).collect();
    assert_eq!(floats, [0, 2, 0, 0]);
    assert_eq!(s["D"].start, d(3, 11), "A Mon–Wed, C Thu–Tue, D Wed");
    // An unrelated short task floats to the project end.
    let mut more = tasks.to_vec();
    more.push(task("E", d(3, 2), 1));
    let s = schedule(&more, &deps, &Calendar::default()).unwrap();
    assert_eq!(s["E"].float, 7);
}

#[test]
fn large_networks_schedule_in_one_pass() {
    // 10,000 tasks in chains of 100 with 9,900 links: must finish and agree
    // with the arithmetic (each chain adds 2 working days per link).
    let cal = Calendar { holidays: BTreeSet::from([d(4, 6)]), ..Default::default() };
    let tasks: Vec<Task> = (0..10_000).map(|i| task(&format!("t{i}"), d(3, 2), 2)).collect();
    let deps: Vec<Precedence> = (0..10_000)
        .filter(|i| i % 100 != 99)
        .map(|i| dep(&format!("t{i}"), &format!("t{}", i + 1), DepKind::FinishToStart, 0))
        .collect();
    let s = schedule(&tasks, &deps, &cal).unwrap();
    assert_eq!(s["t99"].start, cal.add_workdays(d(3, 2), 2 * 99));
    assert_eq!(s["t0"].float, 0);
}
