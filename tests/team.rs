//! The team's updates (issue 26, the model): owners change their copies of a
//! plan through the same commands as anyone; what they changed since the copy
//! they received is found as changes (entity, field, before → after); the
//! manager takes updates in. Property tests over random owners and edits:
//! disjoint updates merged in any order give the same plan; a conflict is
//! reported exactly when both sides changed a field since the sender's copy;
//! taking an update twice changes nothing; undo restores the plan exactly;
//! every merged plan validates; hostile updates are refused with a fault.

use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::close::commands::RetroCommand;
use campaign_planner::model::close::data::Feedback;
use campaign_planner::model::command::dispatch::{apply, compile, Command, PlanCommand};
use campaign_planner::model::command::history::History;
use campaign_planner::model::monitor::commands::MonitorCommand;
use campaign_planner::model::plan::{Plan, Workspace};
use campaign_planner::model::sample::{sample_plan, SampleLang};
use campaign_planner::model::schedule::commands::ItemField;
use campaign_planner::model::schedule::data::{LogEntry, Status};
use campaign_planner::model::team::data::{Change, Field, Update, UpdateEntry, Value};
use campaign_planner::model::team::rules::{changes_since, review, Fate};

mod common;
use common::Rng;

const TODAY: fn() -> Day = || Day::ymd(2026, 11, 20);

fn base() -> Plan {
    sample_plan("p".into(), TODAY(), SampleLang::Zh)
}

fn cmd(c: PlanCommand) -> Command {
    Command::Plan { plan_id: "p".into(), cmd: c }
}

fn set(id: &str, field: ItemField) -> Command {
    cmd(PlanCommand::SetItem { id: id.into(), field })
}

/// Random edits by one person on the items and (typed) KPIs given, through
/// the commands the app dispatches; refused ones are skipped, as in the app.
fn edit(ws: &mut Workspace, r: &mut Rng, items: &[String], kpis: &[String], person: &str, n: usize) {
    let p = ws.plans[0].clone();
    let mut h = History::default();
    for _ in 0..n {
        let c = match r.below(6) {
            0 if !items.is_empty() => {
                let s = [Status::NotStarted, Status::InProgress, Status::Done, Status::Exception][r.below(4)];
                set(&items[r.below(items.len())], ItemField::Status(s, TODAY().add_days(r.below(3) as i64)))
            }
            1 if !items.is_empty() => {
                set(&items[r.below(items.len())], ItemField::Progress(r.below(101) as u8, TODAY()))
            }
            2 if !items.is_empty() => {
                let id = &items[r.below(items.len())];
                let mut log = ws.plans[0].item(id).unwrap().log.clone();
                log.push(LogEntry { date: TODAY(), text: format!("{person} 备注 {}", r.below(1000)) });
                set(id, ItemField::Log(log))
            }
            3 if !items.is_empty() => {
                set(&items[r.below(items.len())], ItemField::ExceptionReason(format!("原因 {}", r.below(9))))
            }
            4 if !kpis.is_empty() => {
                let day = p.start.add_days(r.below(14) as i64);
                let v = [None, Some(Num(r.below(5000) as f64))][r.below(2)];
                cmd(PlanCommand::Monitor(MonitorCommand::SetActuals(vec![(kpis[r.below(kpis.len())].clone(), day, v)])))
            }
            _ => cmd(PlanCommand::Retro(RetroCommand::PutFeedback(Box::new(Feedback {
                id: format!("fb-{person}"),
                person: person.into(),
                text: format!("{person} 的反馈 {}", r.below(100)),
            })))),
        };
        let _ = h.run(ws, c);
    }
}

fn entry(id: &str) -> UpdateEntry {
    UpdateEntry { id: id.into(), name: String::new(), sent: TODAY(), minute: 0, applied: TODAY(), taken: 0, kept: 0 }
}

fn update(person: &str, changes: Vec<Change>) -> Update {
    Update {
        plan: "p".into(),
        person: person.into(),
        name: person.into(),
        sent: TODAY(),
        minute: 600,
        base: 1,
        changes,
    }
}

fn take(ws: &mut Workspace, h: &mut History, u: &Update, theirs: Vec<bool>, id: &str) -> Result<(), Fault> {
    h.run(ws, cmd(PlanCommand::ApplyUpdate { update: Box::new(u.clone()), theirs, entry: entry(id) })).map(|_| ())
}

/// Owners with disjoint items, KPIs and feedback: their updates, from copies
/// of `base`.
fn owners(r: &mut Rng, base: &Plan, n: usize) -> Vec<Update> {
    let people: Vec<String> = base.people.iter().map(|p| p.id.clone()).collect();
    let typed: Vec<String> = base.kpis.iter().filter(|k| !k.is_ratio()).map(|k| k.id.clone()).collect();
    (0..n)
        .map(|o| {
            let items: Vec<String> =
                base.work_items.iter().enumerate().filter(|(i, _)| i % n == o).map(|(_, w)| w.id.clone()).collect();
            let kpis: Vec<String> =
                typed.iter().enumerate().filter(|(i, _)| i % n == o).map(|(_, k)| k.clone()).collect();
            let mut ws = Workspace::of(vec![base.clone()]);
            let n = 4 + r.below(10);
            edit(&mut ws, r, &items, &kpis, &people[o], n);
            update(&people[o], changes_since(base, &ws.plans[0], &people[o]))
        })
        .collect()
}

#[test]
fn disjoint_updates_merged_in_any_order_give_the_same_plan_and_each_is_taken_once() {
    let cases: u64 = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(60);
    let mut changes = 0;
    for seed in 0..cases {
        let mut r = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let b = base();
        let n = 2 + r.below(3);
        let ups = owners(&mut r, &b, n);
        changes += ups.iter().map(|u| u.changes.len()).sum::<usize>();
        let mut results: Vec<Plan> = vec![];
        for order in [(0..n).collect::<Vec<_>>(), (0..n).rev().collect()] {
            let original = Workspace::of(vec![b.clone()]);
            let mut ws = original.clone();
            let mut h = History::default();
            for &i in &order {
                let u = &ups[i];
                assert!(
                    review(&ws.plans[0], u).iter().all(|f| *f == Fate::Take),
                    "seed {seed}: disjoint, nothing else changed"
                );
                take(&mut ws, &mut h, u, vec![], &format!("u{i}")).unwrap_or_else(|e| panic!("seed {seed}: {e:?}"));
                // Taken twice: nothing changes, no second log line.
                let again = compile(
                    &ws,
                    cmd(PlanCommand::ApplyUpdate {
                        update: Box::new(u.clone()),
                        theirs: vec![],
                        entry: entry("again"),
                    }),
                );
                assert_eq!(again, Ok(vec![]), "seed {seed}: taking an update twice");
                assert!(review(&ws.plans[0], u).iter().all(|f| *f == Fate::Already));
            }
            let merged = ws.plans[0].clone();
            let before = validate(&b);
            let found: Vec<_> = validate(&merged).into_iter().filter(|p| !before.contains(p)).collect();
            assert!(found.is_empty(), "seed {seed}: the merged plan validates: {found:?}");
            // Every owner's copy is now what the manager holds, field by field.
            for u in &ups {
                for c in &u.changes {
                    if !matches!(c.field, Field::Note { .. }) {
                        assert_eq!(
                            campaign_planner::model::team::rules::value_of(&merged, &c.field),
                            Some(c.after.clone()),
                            "seed {seed}: {c:?}"
                        );
                    }
                }
            }
            // One undo step per update, back to the plan as it was.
            for _ in &order {
                h.undo(&mut ws).unwrap();
            }
            assert!(ws == original, "seed {seed}: undo restores the plan exactly");
            let mut m = merged;
            m.updates.clear();
            results.push(m);
        }
        assert!(results[0] == results[1], "seed {seed}: the order of merging does not matter");
    }
    assert!(changes > cases as usize * 5, "{changes} changes in all");
}

#[test]
fn a_conflict_is_reported_exactly_when_both_sides_changed_the_field_since_the_senders_copy() {
    let cases: u64 = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(80);
    let (mut conflicts, mut taken) = (0, 0);
    for seed in 0..cases {
        let mut r = Rng(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1);
        let b = base();
        let person = b.people[1].id.clone();
        let items: Vec<String> = b.work_items.iter().take(4).map(|w| w.id.clone()).collect();
        let kpis: Vec<String> = b.kpis.iter().filter(|k| !k.is_ratio()).take(2).map(|k| k.id.clone()).collect();
        // The owner and the manager edit the same things, each on a copy.
        let mut owner = Workspace::of(vec![b.clone()]);
        edit(&mut owner, &mut r, &items, &kpis, &person, 6);
        let u = update(&person, changes_since(&b, &owner.plans[0], &person));
        let mut manager = Workspace::of(vec![b.clone()]);
        edit(&mut manager, &mut r, &items, &kpis, &person, 6);
        let mine = &manager.plans[0];
        let fates = review(mine, &u);
        let value_of = campaign_planner::model::team::rules::value_of;
        for (c, f) in u.changes.iter().zip(&fates) {
            if let Field::Note { .. } = c.field {
                assert!(matches!(f, Fate::Take | Fate::Already), "seed {seed}: a note never conflicts");
                continue;
            }
            let (was, now) = (value_of(&b, &c.field), value_of(mine, &c.field));
            let manager_changed = was != now;
            let same = now.as_ref() == Some(&c.after);
            let want = match (manager_changed, same) {
                (_, true) => Fate::Already,
                (false, false) => Fate::Take,
                (true, false) => Fate::Conflict { mine: now.clone().unwrap() },
            };
            assert_eq!(*f, want, "seed {seed}: {c:?}");
            conflicts += usize::from(matches!(f, Fate::Conflict { .. }));
        }
        // Taking it in with every conflict won by the sender, or kept: either
        // way a valid plan, and the log line counts what happened.
        for theirs in [true, false] {
            let mut ws = manager.clone();
            let flags: Vec<bool> = fates.iter().map(|_| theirs).collect();
            let mut h = History::default();
            match take(&mut ws, &mut h, &u, flags, "u") {
                Ok(()) => {
                    let m = &ws.plans[0];
                    if let Some(e) = m.updates.last() {
                        let n = |x: &dyn Fn(&Fate) -> bool| fates.iter().filter(|f| x(f)).count();
                        let c = n(&|f| matches!(f, Fate::Conflict { .. }));
                        assert_eq!(e.taken, n(&|f| *f == Fate::Take) + if theirs { c } else { 0 }, "seed {seed}");
                        assert_eq!(e.kept, if theirs { 0 } else { c });
                        taken += e.taken;
                    }
                    for (c, f) in u.changes.iter().zip(&fates) {
                        if let Fate::Conflict { mine } = f {
                            let want = if theirs { c.after.clone() } else { mine.clone() };
                            assert_eq!(value_of(m, &c.field), Some(want), "seed {seed}: the manager's choice");
                        }
                    }
                }
                // A combination neither side made (done at 40%): refused with the rule's fault.
                Err(f) => {
                    assert!(matches!(f, Fault::DoneBelow100(_) | Fault::EndBeforeStart { .. }), "seed {seed}: {f:?}")
                }
            }
        }
    }
    assert!(conflicts > 20 && taken > 50, "{conflicts} conflicts, {taken} changes taken");
}

#[test]
fn hostile_or_stale_updates_are_refused_or_said() {
    let b = base();
    let ws = Workspace::of(vec![b.clone()]);
    let item = b.work_items[2].id.clone();
    let run = |u: Update| {
        apply(&mut ws.clone(), cmd(PlanCommand::ApplyUpdate { update: Box::new(u), theirs: vec![], entry: entry("h") }))
    };
    let ch = |field: Field, after: Value| Change { field, before: None, after };
    // For another plan.
    let mut u = update("p-planner", vec![ch(Field::Progress { item: item.clone() }, Value::Progress(50))]);
    u.plan = "elsewhere".into();
    assert_eq!(run(u).unwrap_err(), Fault::UnknownPlan("elsewhere".into()));
    // A value of another field's kind.
    let u = update("p-planner", vec![ch(Field::Progress { item: item.clone() }, Value::Text("x".into()))]);
    assert_eq!(run(u).unwrap_err(), Fault::BadChange);
    // Beyond the rules: over 100%, a figure outside the plan's days, done below 100%.
    let before = |v| Some(v);
    let p0 = Value::Progress(b.work_items[2].progress);
    let mut over = update(
        "p-planner",
        vec![Change {
            field: Field::Progress { item: item.clone() },
            before: before(p0.clone()),
            after: Value::Progress(150),
        }],
    );
    assert!(matches!(
        run(over.clone()).unwrap_err(),
        Fault::ProgressOver100(150) | Fault::OutOfRange { .. } | Fault::NotInRange
    ));
    over.changes[0].after = Value::Progress(40);
    over.changes.push(Change {
        field: Field::Status { item: item.clone() },
        before: before(Value::Status(b.work_items[2].status)),
        after: Value::Status(Status::Done),
    });
    assert_eq!(run(over).unwrap_err(), Fault::DoneBelow100(40));
    let kpi = b.kpis.iter().find(|k| !k.is_ratio()).unwrap();
    let far = Field::Actual { kpi: kpi.id.clone(), day: b.end.add_days(400) };
    let u = update(
        "p-planner",
        vec![Change { field: far, before: before(Value::Num(None)), after: Value::Num(Some(Num(5.0))) }],
    );
    assert!(run(u).is_err(), "a figure outside the plan's days");
    // Too many changes.
    let many: Vec<Change> =
        (0..5_001).map(|_| ch(Field::Progress { item: item.clone() }, Value::Progress(1))).collect();
    assert_eq!(run(update("p-planner", many)).unwrap_err(), Fault::TooMany { count: 5_001, max: 5_000 });
    // About something deleted since: said, and nothing taken.
    let gone = update("p-planner", vec![ch(Field::Status { item: "deleted".into() }, Value::Status(Status::Done))]);
    assert_eq!(review(&b, &gone), vec![Fate::Gone]);
    assert_eq!(run(gone), Ok(vec![]));
    // A minute of the day past midnight.
    let mut late = update("p-planner", vec![]);
    late.minute = 24 * 60;
    assert!(matches!(run(late).unwrap_err(), Fault::OutOfRange { .. }));
}

#[test]
fn a_typical_day_of_an_owner_is_a_handful_of_changes() {
    // 5 status changes, 3 figures, 2 notes: what the link carries.
    let b = base();
    let person = b.people[3].id.clone();
    let mut ws = Workspace::of(vec![b.clone()]);
    let mut h = History::default();
    let items: Vec<String> =
        b.work_items.iter().filter(|w| w.status != Status::Done).take(5).map(|w| w.id.clone()).collect();
    for id in &items {
        h.run(&mut ws, set(id, ItemField::Status(Status::InProgress, TODAY()))).ok();
    }
    let kpi = b.kpis.iter().find(|k| !k.is_ratio()).unwrap().id.clone();
    for d in 0..3 {
        h.run(
            &mut ws,
            cmd(PlanCommand::Monitor(MonitorCommand::SetActuals(vec![(
                kpi.clone(),
                TODAY().add_days(-d),
                Some(Num(100.0 + d as f64)),
            )]))),
        )
        .unwrap();
    }
    for (n, id) in items.iter().enumerate().take(2) {
        let mut log = ws.plans[0].item(id).unwrap().log.clone();
        log.push(LogEntry { date: TODAY(), text: format!("达人已回复 {n}") });
        h.run(&mut ws, set(id, ItemField::Log(log))).unwrap();
    }
    let changes = changes_since(&b, &ws.plans[0], &person);
    let notes = changes.iter().filter(|c| matches!(c.field, Field::Note { .. })).count();
    let figures = changes.iter().filter(|c| matches!(c.field, Field::Actual { .. })).count();
    assert_eq!((notes, figures), (2, 3), "{changes:?}");
    // A status change also records when the work started: facts travel with it.
    assert!(changes.iter().any(|c| matches!(c.field, Field::ActualStart { .. })));
    let mut manager = Workspace::of(vec![b]);
    take(&mut manager, &mut History::default(), &update(&person, changes), vec![], "u").unwrap();
    let m = &manager.plans[0];
    assert!(items.iter().all(|id| m.item(id).unwrap().status == Status::InProgress));
    assert_eq!(m.updates.len(), 1);
}

#[test]
fn an_update_travels_as_text_and_is_read_as_strictly_as_a_plan_file() {
    use campaign_planner::io::update::{export_update, import_update};
    use campaign_planner::io::ImportError;
    let b = base();
    let mut owner = Workspace::of(vec![b.clone()]);
    let id = b.work_items[3].id.clone();
    apply(&mut owner, set(&id, ItemField::Status(Status::Exception, TODAY()))).unwrap();
    apply(&mut owner, set(&id, ItemField::ExceptionReason("场地未确认".into()))).unwrap();
    let u = update("p-planner", changes_since(&b, &owner.plans[0], "p-planner"));
    let text = export_update(&u);
    assert_eq!(import_update(&text), Ok(u.clone()));
    assert!(text.contains(r#""field":"reason""#), "{text}");
    // Not an update, from the future, the wrong shape with its path, too large.
    assert_eq!(import_update(&campaign_planner::io::export_plan(&b)), Err(ImportError::NotAnUpdate));
    let future = text.replace(r#""version":1"#, r#""version":9"#);
    assert_eq!(import_update(&future), Err(ImportError::NewerVersion { version: 9 }));
    let bad = text.replacen(r#""after":{"status":"exception"}"#, r#""after":{"status":"half"}"#, 1);
    match import_update(&bad) {
        Err(ImportError::Shape { path, .. }) => assert!(path.starts_with("update.changes[0]"), "{path}"),
        other => panic!("{other:?}"),
    }
    let huge = format!("{}{}", text, " ".repeat(3 * 1024 * 1024));
    assert!(matches!(import_update(&huge), Err(ImportError::TooLarge { .. })));
    // Read, it is still checked against the plan it is for.
    let mut other = u;
    other.plan = "另一个计划".into();
    let back = import_update(&export_update(&other)).unwrap();
    assert_eq!(
        campaign_planner::model::team::commands::update_fault(&b, &back),
        Some(Fault::UnknownPlan("另一个计划".into()))
    );
}

#[test]
fn the_review_and_the_log_say_each_change_in_both_languages() {
    use campaign_planner::i18n::team::{change_text, field_name, log_line, review_head, PAIRS};
    use campaign_planner::i18n::Locale;
    for (name, zh, en) in PAIRS {
        let holes = |s: &str| {
            let mut v: Vec<String> =
                s.split('{').skip(1).filter_map(|x| x.split_once('}').map(|y| y.0.to_string())).collect();
            v.sort();
            v
        };
        assert_eq!(holes(zh), holes(en), "{name}");
        assert!(zh.chars().any(|c| c as u32 > 0x2E80), "{name} is not Chinese: {zh}");
    }
    let b = base();
    let w = &b.work_items[4];
    let c = Change {
        field: Field::Status { item: w.id.clone() },
        before: Some(Value::Status(Status::NotStarted)),
        after: Value::Status(Status::InProgress),
    };
    assert_eq!(change_text(Locale::ZhCn, &b, &c), "未开始 → 进行中");
    assert_eq!(change_text(Locale::En, &b, &c), "Not started → In progress");
    let k = b.kpis.iter().find(|k| !k.is_ratio()).unwrap();
    let f = Field::Actual { kpi: k.id.clone(), day: Day::ymd(2026, 11, 19) };
    assert_eq!(field_name(Locale::ZhCn, &f), "11月19日 实际值");
    let fig = Change { field: f, before: Some(Value::Num(None)), after: Value::Num(Some(Num(1234.0))) };
    assert_eq!(change_text(Locale::ZhCn, &b, &fig), format!("（空） → 1,234 {}", k.unit).trim_end().to_string());
    let mut u = update("p-ops", vec![c, fig]);
    u.name = "陈静".into();
    u.minute = 18 * 60 + 2;
    assert_eq!(review_head(Locale::ZhCn, &u), ("陈静 的更新".into(), "11月20日 18:02 发出 · 2 项修改".into()));
    let e = UpdateEntry {
        id: "u".into(),
        name: "陈静".into(),
        sent: TODAY(),
        minute: 1082,
        applied: TODAY(),
        taken: 3,
        kept: 1,
    };
    assert_eq!(log_line(Locale::ZhCn, &e), "陈静 11月20日 18:02 更新 3 项（保留我的 1 项）");
    assert_eq!(log_line(Locale::En, &e), "陈静 Nov 20 18:02: 3 changes (1 kept as mine)");
}

#[test]
fn my_work_groups_what_a_person_owns_or_does_and_has_not_finished() {
    use campaign_planner::model::schedule::data::Raci;
    use campaign_planner::model::team::rules::{my_work, Group};
    let mut p = base();
    let today = TODAY();
    let person = "p-finance";
    // Four items of hers in each state, one she only does (R), one done, one of someone else.
    let ids: Vec<String> = p
        .work_items
        .iter()
        .filter(|w| w.parent.is_some() || !p.work_items.iter().any(|x| x.parent.as_deref() == Some(w.id.as_str())))
        .map(|w| w.id.clone())
        .take(7)
        .collect();
    for w in p.work_items.iter_mut() {
        w.owner = Some("p-manager".into());
        w.raci.clear();
    }
    let at = |p: &mut Plan, i: usize| p.work_items.iter().position(|w| w.id == ids[i]).unwrap();
    let setup: [(i64, i64, Status, bool); 7] = [
        (-5, 3, Status::Exception, true),   // exception (also running)
        (-9, -2, Status::InProgress, true), // late
        (-1, 4, Status::InProgress, true),  // today
        (3, 8, Status::NotStarted, false),  // this week, as R
        (-9, -2, Status::Done, true),       // done: not listed
        (12, 20, Status::NotStarted, true), // later: not listed
        (-1, 4, Status::InProgress, false), // someone else's
    ];
    for (i, (s, e, st, owns)) in setup.into_iter().enumerate() {
        let k = at(&mut p, i);
        let w = &mut p.work_items[k];
        (w.start, w.end, w.status) = (today.add_days(s), today.add_days(e), st);
        w.progress = if st == Status::Done { 100 } else { 10 };
        w.milestone = false;
        if owns {
            w.owner = Some(person.into());
        } else if i == 3 {
            w.raci.insert(person.into(), Raci::R);
        }
    }
    let got: Vec<(Group, Vec<String>)> = my_work(&p, person, today)
        .into_iter()
        .map(|(g, v)| (g, v.into_iter().map(|i| p.work_items[i].id.clone()).collect()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Group::Exceptions, vec![ids[0].clone()]),
            (Group::Late, vec![ids[1].clone()]),
            (Group::Today, vec![ids[2].clone()]),
            (Group::ThisWeek, vec![ids[3].clone()]),
        ]
    );
}

#[test]
fn an_owner_receiving_the_managers_newer_plan_keeps_one_copy_and_what_they_have_not_sent() {
    use campaign_planner::model::team::commands::rebase;
    use campaign_planner::model::team::rules::value_of;
    let people: Vec<String> = base().people.iter().map(|p| p.id.clone()).collect();
    let items: Vec<String> = base().work_items.iter().map(|w| w.id.clone()).collect();
    let typed: Vec<String> = base().kpis.iter().filter(|k| !k.is_ratio()).map(|k| k.id.clone()).collect();
    let (mut kept, mut dropped) = (0, 0);
    for seed in 0..60u64 {
        let mut r = Rng(seed.wrapping_mul(0x5851_f42d_4c95_7f2d) | 1);
        let received = base();
        // The owner works on the even items, the manager on any, so they
        // sometimes meet on a field.
        let (me, other) = (&people[seed as usize % people.len()], &people[(seed as usize + 1) % people.len()]);
        let mine_items: Vec<String> = items.iter().step_by(2).cloned().collect();
        let mut owner = Workspace::of(vec![received.clone()]);
        let n = 3 + r.below(8);
        edit(&mut owner, &mut r, &mine_items, &typed, me, n);
        // Half the time they sent an update, then went on working.
        let sent = (seed % 2 == 0).then(|| owner.plans[0].clone());
        if sent.is_some() {
            let n = 1 + r.below(5);
            edit(&mut owner, &mut r, &mine_items, &typed, me, n);
        }
        let mut manager = Workspace::of(vec![received.clone()]);
        let n = 3 + r.below(8);
        edit(&mut manager, &mut r, &items, &typed, other, n);
        // Sometimes she has taken part of what was sent, keeping hers in conflicts.
        if let Some(s) = &sent {
            let sent_changes = changes_since(&received, s, me);
            if seed % 4 == 0 && !sent_changes.is_empty() {
                let half = update(me, sent_changes[..sent_changes.len() / 2 + 1].to_vec());
                let _ = take(&mut manager, &mut History::default(), &half, vec![false; 99], "u1");
            }
        }
        let (theirs, mine) = (manager.plans[0].clone(), owner.plans[0].clone());
        let got = rebase(&received, sent.as_ref(), &mine, &theirs, me);
        assert!(validate(&got).is_empty(), "seed {seed}: {:?}", validate(&got));
        let after_send = sent.as_ref().map(|s| changes_since(s, &mine, me));
        let owners = changes_since(&received, &mine, me);
        kept += owners.len();
        for c in &owners {
            let now = value_of(&got, &c.field);
            if let (Field::Note { item }, Value::Note(e)) = (&c.field, &c.after) {
                assert!(got.item(item).unwrap().log.contains(e), "seed {seed}: a note is kept");
                continue;
            }
            let unsent = after_send.as_ref().is_none_or(|l| l.iter().any(|x| x.field == c.field));
            let hers = value_of(&theirs, &c.field);
            // An item whose facts could not be put together is the manager's.
            let item = c.field.item().and_then(|i| got.item(i));
            if item.is_some() && item == c.field.item().and_then(|i| theirs.item(i)) {
                dropped += 1;
                continue;
            }
            if unsent || hers == c.before {
                // Theirs to decide: their work stays.
                assert_eq!(now.as_ref(), Some(&c.after), "seed {seed}: {:?} unsent={unsent}", c.field);
            } else {
                // Sent, and the manager has decided: hers.
                assert_eq!(now, hers, "seed {seed}: {:?}", c.field);
            }
        }
        // Nothing the owner never touched differs from the manager's plan.
        for c in changes_since(&theirs, &got, me) {
            assert!(
                owners.iter().any(|m| m.field == c.field),
                "seed {seed}: {:?} changed though the owner never touched it",
                c.field
            );
        }
        // Received again, nothing changes.
        assert_eq!(rebase(&theirs, None, &got, &theirs, me), got, "seed {seed}");
        // In place: one copy, undone in one step.
        let mut ws = Workspace::of(vec![Plan::blank("a".into(), "别的计划", TODAY()), mine.clone()]);
        let undo = apply(&mut ws, Command::ReplacePlan { plan: Box::new(got.clone()) }).unwrap();
        assert_eq!((ws.plans.len(), &ws.plans[1]), (2, &got));
        campaign_planner::model::command::edits::apply_edits(&mut ws, undo);
        assert_eq!(ws.plans[1], mine);
    }
    assert!(dropped * 5 < kept, "most of the owner's work is put back: {dropped} of {kept} left to the manager");
    let mut ws = Workspace::of(vec![base()]);
    let stranger = Plan::blank("q".into(), "别处的计划", TODAY());
    assert_eq!(apply(&mut ws, Command::ReplacePlan { plan: Box::new(stranger) }), Err(Fault::UnknownPlan("q".into())));
}

#[test]
fn my_figures_are_the_typed_kpis_of_goals_a_person_owns_while_the_plan_runs() {
    use campaign_planner::model::team::rules::my_figures;
    let p = base();
    let mut seen = 0;
    for person in &p.people {
        let figs = my_figures(&p, &person.id, p.start.add_days(3));
        for f in &figs {
            let k = &p.kpis[f.kpi];
            let g = p.strategy.goals.iter().find(|g| Some(&g.id) == k.goal.as_ref()).unwrap();
            assert_eq!(g.owner.as_deref(), Some(person.id.as_str()));
            assert!(!k.is_ratio(), "{} is computed, not typed", k.name);
            assert!(f.day <= p.start.add_days(3) && p.start.add_days(3) < f.day.add_days(7));
        }
        seen += figs.len();
        assert!(my_figures(&p, &person.id, p.end.add_days(1)).is_empty(), "after the plan, no figures");
        assert!(my_figures(&p, &person.id, p.start.add_days(-1)).is_empty(), "before it, none");
    }
    let owned = p
        .kpis
        .iter()
        .filter(|k| {
            !k.is_ratio()
                && k.goal.as_ref().is_some_and(|g| p.strategy.goals.iter().any(|x| x.id == *g && x.owner.is_some()))
        })
        .count();
    assert_eq!(seen, owned, "every owned typed KPI is someone's");
    assert!(seen > 0, "the sample gives its owners figures to enter");
}
