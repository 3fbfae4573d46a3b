//! Nothing a user does can break a plan: random sequences of commands over
//! the sample and over plans built from blank keep every plan valid, undo of
//! all restores it exactly, and export → import is the identity; a corpus of
//! hostile files, each named, is refused with its path, mended, or accepted,
//! never a panic.

use campaign_planner::io::{export_plan, import_plan, import_repairing, ImportError};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::base::id::Id;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::budget::commands::BudgetCommand;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::close::commands::RetroCommand;
use campaign_planner::model::close::data::ActionItem;
use campaign_planner::model::close::data::Cite;
use campaign_planner::model::close::data::CiteKind;
use campaign_planner::model::close::data::Feedback;
use campaign_planner::model::close::data::Lens;
use campaign_planner::model::close::data::RetroEntry;
use campaign_planner::model::close::data::Section;
use campaign_planner::model::command::dispatch::apply;
use campaign_planner::model::command::dispatch::Command;
use campaign_planner::model::command::dispatch::PlanCommand;
use campaign_planner::model::command::history::History;
use campaign_planner::model::monitor::commands::MonitorCommand;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::plan::PlanField;
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::commands::ItemField;
use campaign_planner::model::schedule::data::DepKind;
use campaign_planner::model::schedule::data::Dependency;
use campaign_planner::model::schedule::data::Level;
use campaign_planner::model::schedule::data::Person;
use campaign_planner::model::schedule::data::Raci;
use campaign_planner::model::schedule::data::WorkCalendar;
use campaign_planner::model::schedule::data::WorkItem;
use campaign_planner::model::schedule::predecessors;
use campaign_planner::model::strategy::commands::StrategyCommand;
use serde_json::{json, Value};

mod common;
use common::Rng;

const EDGE_DAYS: [i64; 9] = [-1, 0, 1, 7, 30, -400, 3660, i64::MAX / 2, i64::MIN / 2];
const EDGE_LAGS: [i64; 7] = [0, 2, -3, 3650, -3650, 3651, 100_000_000];

fn any_id(r: &mut Rng, p: &Plan) -> Id {
    let mut ids: Vec<Id> = vec!["ghost".into()];
    ids.extend(p.people.iter().map(|x| x.id.clone()));
    ids.extend(p.phases.iter().map(|x| x.id.clone()));
    ids.extend(p.work_items.iter().map(|x| x.id.clone()));
    ids.extend(p.strategy.ids().into_iter().map(|(_, _, id)| id.to_string()));
    ids.extend(p.kpis.iter().map(|x| x.id.clone()));
    ids.extend(p.monitor.stages.iter().map(|x| x.id.clone()));
    ids.extend(p.budget.lines.iter().map(|x| x.id.clone()));
    ids.extend(p.budget.risks.iter().map(|x| x.id.clone()));
    ids.extend(p.retro.entries.iter().map(|x| x.id.clone()));
    ids.extend(p.retro.actions.iter().map(|x| x.id.clone()));
    r.pick(&ids).cloned().unwrap_or_default()
}

fn item_id(r: &mut Rng, p: &Plan) -> Id {
    r.pick(&p.work_items).map(|w| w.id.clone()).unwrap_or_else(|| "ghost".into())
}

/// One random command: most are ordinary edits, many aim at the edges
/// (removals that cascade, dates and lags at and beyond their bounds).
fn random_command(r: &mut Rng, p: &Plan, n: usize) -> PlanCommand {
    let day = |r: &mut Rng| p.start.add_days(EDGE_DAYS[r.below(EDGE_DAYS.len())]);
    match r.below(27) {
        0 => PlanCommand::DeletePerson { id: r.pick(&p.people).map(|x| x.id.clone()).unwrap_or_default() },
        1 => PlanCommand::DeletePhase { id: r.pick(&p.phases).map(|x| x.id.clone()).unwrap_or_default() },
        2 => PlanCommand::DeleteItem { id: item_id(r, p) },
        3 => {
            let mut w = WorkItem::new(format!("new-{n}"), "新任务", Level::Action, day(r), day(r));
            w.owner = r.pick(&p.people).map(|x| x.id.clone());
            PlanCommand::AddItem {
                item: w,
                after: p.work_items.first().filter(|_| r.below(2) == 0).map(|w| w.id.clone()),
            }
        }
        4 => PlanCommand::SetItem { id: item_id(r, p), field: ItemField::Start(day(r)) },
        5 => PlanCommand::SetItem { id: item_id(r, p), field: ItemField::Owner(Some(any_id(r, p))) },
        6 => PlanCommand::SetItem { id: item_id(r, p), field: ItemField::Raci(any_id(r, p), Some(Raci::A)) },
        7 => PlanCommand::SetItem { id: item_id(r, p), field: ItemField::Serves(vec![any_id(r, p)]) },
        8 => PlanCommand::SetItem {
            id: item_id(r, p),
            field: ItemField::Collaborators(vec![any_id(r, p), any_id(r, p)]),
        },
        9 => PlanCommand::AddDependency {
            dep: Dependency {
                id: format!("dep-{n}"),
                pred: item_id(r, p),
                succ: item_id(r, p),
                kind: [DepKind::FinishToStart, DepKind::StartToStart, DepKind::FinishToFinish, DepKind::StartToFinish]
                    [r.below(4)],
                lag: EDGE_LAGS[r.below(EDGE_LAGS.len())],
            },
        },
        10 => PlanCommand::RemoveDependency { id: r.pick(&p.dependencies).map(|d| d.id.clone()).unwrap_or_default() },
        11 => PlanCommand::Strategy(StrategyCommand::Remove(any_id(r, p))),
        12 => PlanCommand::Monitor(MonitorCommand::RemoveKpi(any_id(r, p))),
        13 => PlanCommand::Monitor(MonitorCommand::RemoveStage(any_id(r, p))),
        14 => PlanCommand::Budget(BudgetCommand::RemoveLine(any_id(r, p))),
        15 => PlanCommand::Budget(BudgetCommand::RemoveRisk(any_id(r, p))),
        16 => PlanCommand::SetField(if r.below(2) == 0 { PlanField::Start(day(r)) } else { PlanField::End(day(r)) }),
        17 => PlanCommand::SetField(PlanField::Calendar(WorkCalendar {
            days_off: (0..7).filter(|_| r.below(3) > 0).collect(),
            holidays: vec![day(r)],
            makeup_days: vec![],
        })),
        18 => {
            [PlanCommand::Indent { id: item_id(r, p) }, PlanCommand::Outdent { id: item_id(r, p) }][r.below(2)].clone()
        }
        19 => PlanCommand::ShiftSubtree { id: item_id(r, p), days: EDGE_DAYS[r.below(EDGE_DAYS.len())] },
        20 => PlanCommand::Monitor(MonitorCommand::SetActuals(vec![(
            r.pick(&p.kpis).map(|k| k.id.clone()).unwrap_or_default(),
            p.start.add_days(r.below(10) as i64),
            Some(Num([1.0, 1e15, 1e16, -5.0, 123456789.123][r.below(5)])),
        )])),
        // The retrospective: citations, owners and feedback aimed at anything (or nothing).
        22 => {
            let kind = CiteKind::ALL[r.below(CiteKind::ALL.len())];
            PlanCommand::Retro(RetroCommand::PutEntry(Box::new(RetroEntry {
                id: format!("e-{n}"),
                section: Section::ALL[r.below(4)],
                lens: Lens::Data,
                verdict: None,
                text: ["复盘", "", "  "][r.below(3)].into(),
                cites: vec![Cite { kind, id: any_id(r, p) }, Cite { kind: CiteKind::Kpi, id: any_id(r, p) }],
            })))
        }
        23 => PlanCommand::Retro(RetroCommand::PutAction(Box::new(ActionItem {
            id: format!("a-{n}"),
            text: "行动".into(),
            owner: Some(any_id(r, p)),
            due: Some(day(r)),
            done: r.below(2) == 0,
        }))),
        24 => PlanCommand::Retro(RetroCommand::PutFeedback(Box::new(Feedback {
            id: format!("f-{n}"),
            person: any_id(r, p),
            text: "反馈".into(),
        }))),
        25 => PlanCommand::Retro(
            [
                RetroCommand::RemoveEntry(any_id(r, p)),
                RetroCommand::MoveEntry { id: any_id(r, p), up: r.below(2) == 0 },
            ][r.below(2)]
            .clone(),
        ),
        _ => {
            PlanCommand::SetField(PlanField::TotalBudget(Money([0, 1, Money::LIMIT, Money::LIMIT + 1, -1][r.below(5)])))
        }
    }
}

fn run_random(seed: u64, start: Plan, steps: usize) -> usize {
    let mut r = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut ws = Workspace::of(vec![start]);
    let original = ws.clone();
    let mut h = History::new(10_000);
    let mut accepted = 0;
    for n in 0..steps {
        let cmd = random_command(&mut r, &ws.plans[0], n);
        let shown = format!("{cmd:?}");
        let plan_id = ws.plans[0].id.clone();
        if h.run(&mut ws, Command::Plan { plan_id, cmd }).is_ok() {
            accepted += 1;
            let problems = validate(&ws.plans[0]);
            assert!(problems.is_empty(), "seed {seed} step {n}: {shown} left {problems:?}");
        }
    }
    let back = import_plan(&export_plan(&ws.plans[0])).unwrap_or_else(|e| panic!("seed {seed}: {e:?}"));
    assert_eq!(back, ws.plans[0], "seed {seed}: export → import changed the plan");
    while h.undo(&mut ws).is_some() {}
    assert_eq!(ws, original, "seed {seed}: undo of all did not restore the plan");
    accepted
}

#[test]
fn random_commands_keep_every_plan_valid_and_undo_restores_it() {
    let cases: u64 = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(60);
    let mut accepted = 0;
    for seed in 0..cases {
        let lang = if seed % 2 == 0 { SampleLang::Zh } else { SampleLang::En };
        accepted += run_random(seed, sample_plan("s".into(), Day::ymd(2026, 11, 20), lang), 40);
        // A plan built up from blank by the same commands.
        let mut blank = Plan::blank("b".into(), "空白", Day::ymd(2026, 6, 1));
        blank.people.push(Person {
            id: "p1".into(),
            name: "张三".into(),
            role: String::new(),
            department: String::new(),
        });
        for i in 0..6 {
            blank.work_items.push(WorkItem::new(
                format!("w{i}"),
                "任务",
                Level::Strategy,
                blank.start,
                blank.start.add_days(i),
            ));
        }
        accepted += run_random(seed + 1_000_000, blank, 40);
    }
    println!("property cases: {} runs of 40 commands, {accepted} accepted", cases * 2);
    assert!(accepted > 0);
}

#[test]
fn deleting_a_person_unlinks_every_reference_in_one_undo_step() {
    let mut ws = Workspace::of(vec![sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh)]);
    let original = ws.clone();
    let mut h = History::default();
    // Everyone, one by one: after each, the plan loads.
    for id in ws.plans[0].people.iter().map(|p| p.id.clone()).collect::<Vec<_>>() {
        h.run(&mut ws, Command::Plan { plan_id: "s".into(), cmd: PlanCommand::DeletePerson { id } }).unwrap();
        assert_eq!(validate(&ws.plans[0]), vec![]);
        import_plan(&export_plan(&ws.plans[0])).unwrap();
    }
    assert!(ws.plans[0].strategy.goals.iter().all(|g| g.owner.is_none()));
    while h.undo(&mut ws).is_some() {}
    assert_eq!(ws, original);
}

#[test]
fn every_removal_leaves_nothing_dangling() {
    let plan = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::En);
    let mut ids: Vec<Id> = plan.strategy.ids().into_iter().map(|(_, _, id)| id.to_string()).collect();
    ids.extend(plan.kpis.iter().map(|k| k.id.clone()));
    ids.extend(plan.monitor.stages.iter().map(|k| k.id.clone()));
    let mut cmds: Vec<PlanCommand> = ids
        .iter()
        .flat_map(|id| {
            [
                PlanCommand::Strategy(StrategyCommand::Remove(id.clone())),
                PlanCommand::Monitor(MonitorCommand::RemoveKpi(id.clone())),
                PlanCommand::Monitor(MonitorCommand::RemoveStage(id.clone())),
            ]
        })
        .collect();
    cmds.extend(plan.work_items.iter().map(|w| PlanCommand::DeleteItem { id: w.id.clone() }));
    cmds.extend(plan.phases.iter().map(|w| PlanCommand::DeletePhase { id: w.id.clone() }));
    let mut removed = 0;
    for cmd in cmds {
        let mut ws = Workspace::of(vec![plan.clone()]);
        if apply(&mut ws, Command::Plan { plan_id: "s".into(), cmd: cmd.clone() }).is_ok() {
            removed += 1;
            assert_eq!(validate(&ws.plans[0]), vec![], "{cmd:?}");
        }
    }
    assert!(removed > 60, "{removed}");
}

#[test]
fn numbers_round_trip_exactly_through_a_file() {
    let mut p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::En);
    let day = p.start;
    for (i, v) in [0.1, 1.0 / 3.0, 123456789.123456789, 999999999999999.9, 2.2250738585072014e-308].iter().enumerate() {
        p.kpis[0].actuals.insert(day.add_days(i as i64), Num(*v));
    }
    assert_eq!(import_plan(&export_plan(&p)).unwrap(), p);
    assert_eq!(Num::parse("1e305亿"), None);
    assert_eq!(Num::parse("1e15"), Some(Num(1e15)));
    assert_eq!(Num::parse("1.1e15"), None);
}

#[test]
fn date_arithmetic_saturates_and_calendars_always_have_a_working_day() {
    let d = Day::ymd(2026, 6, 1);
    assert_eq!(d.add_days(i64::MAX), Day::last());
    assert_eq!(d.add_days(i64::MIN), Day::first());
    assert_eq!(Day::parse("2201-01-01"), None);
    assert_eq!(Day::parse("1899-12-31"), None);
    let cal = campaign_planner::model::schedule::rules::Calendar::default();
    assert_eq!(cal.add_workdays(Day::last().add_days(-3), 100), Day::last());
    let mut ws = Workspace::of(vec![sample_plan("s".into(), d, SampleLang::Zh)]);
    let all_off = WorkCalendar { days_off: (0..7).collect(), holidays: vec![], makeup_days: vec![] };
    let e =
        apply(&mut ws, Command::Plan { plan_id: "s".into(), cmd: PlanCommand::SetField(PlanField::Calendar(all_off)) });
    assert_eq!(e, Err(Fault::NoWorkingDay));
    let lag = predecessors::parse(&ws.plans[0], "4SF+84467709551");
    assert!(matches!(lag, Err(predecessors::PredError::LagOutOfRange(_))), "{lag:?}");
    assert!(matches!(
        predecessors::parse(&ws.plans[0], "4SF+19999999"),
        Err(predecessors::PredError::LagOutOfRange(_))
    ));
    let long = Command::Plan { plan_id: "s".into(), cmd: PlanCommand::SetField(PlanField::End(Day::ymd(2199, 1, 1))) };
    assert!(matches!(apply(&mut ws, long), Err(Fault::TooLong { max: 3660, .. })));
}

// ---------- the hostile corpus ----------

#[derive(Debug, PartialEq, Clone, Copy)]
enum Expect {
    /// Refused with a path (structure, or a rule no mend covers).
    Refused,
    /// Opens after mends (and the strict import refuses it).
    Mended,
    /// Opens as it is.
    Accepted,
}

fn base() -> Value {
    serde_json::from_str(&export_plan(&sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh))).unwrap()
}

type Mutation = Box<dyn Fn(&mut Value)>;

/// Sets the value at `path`, adding the last key when the file leaves it out (empty fields are).
fn set(path: &'static str, v: Value) -> Mutation {
    Box::new(move |doc: &mut Value| {
        let (parent, key) = path.rsplit_once('/').unwrap();
        match doc.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent}")) {
            Value::Object(o) => {
                o.insert(key.to_string(), v.clone());
            }
            Value::Array(a) => a[key.parse::<usize>().unwrap()] = v.clone(),
            _ => panic!("{parent} holds no {key}"),
        }
    })
}

fn push(path: &'static str, f: fn(&Value) -> Value) -> Mutation {
    Box::new(move |doc: &mut Value| {
        let list = doc.pointer_mut(path).unwrap_or_else(|| panic!("no {path}")).as_array_mut().unwrap();
        let v = f(&list[0]);
        list.push(v);
    })
}

fn corpus() -> Vec<(String, Mutation, Expect)> {
    use Expect::*;
    let mut c: Vec<(String, Mutation, Expect)> = vec![];
    let mut add = |name: &str, m: Mutation, e: Expect| c.push((name.to_string(), m, e));
    // Dangling references, one per reference field.
    for (name, path) in [
        ("item owner", "/plan/work_items/0/owner"),
        ("item phase", "/plan/work_items/0/phase"),
        ("item interface", "/plan/work_items/0/interface"),
        ("item parent", "/plan/work_items/1/parent"),
        ("goal owner", "/plan/strategy/goals/0/owner"),
        ("goal parent", "/plan/strategy/goals/1/parent"),
        ("kpi stage", "/plan/kpis/0/stage"),
        ("kpi goal", "/plan/kpis/0/goal"),
        ("rule kpi", "/plan/monitor/rules/0/kpi"),
        ("line item", "/plan/budget/lines/0/item"),
        ("line approver", "/plan/budget/lines/0/approver"),
        ("resource item", "/plan/budget/resources/0/item"),
        ("resource owner", "/plan/budget/resources/0/owner"),
        ("risk owner", "/plan/budget/risks/0/owner"),
        ("risk kpi", "/plan/budget/risks/0/kpi"),
        ("swot source", "/plan/strategy/swot/0/source"),
        ("dependency pred", "/plan/dependencies/0/pred"),
        ("dependency succ", "/plan/dependencies/0/succ"),
    ] {
        add(&format!("dangling {name}"), set(path, json!("ghost")), Mended);
    }
    for (name, path) in [
        ("collaborators", "/plan/work_items/0/collaborators"),
        ("serves of an item", "/plan/work_items/0/serves"),
        ("serves of a goal", "/plan/strategy/goals/0/serves"),
        ("tows links", "/plan/strategy/tows/0/links"),
    ] {
        add(&format!("dangling {name}"), set(path, json!(["ghost"])), Mended);
    }
    add("ghost in RACI", set("/plan/work_items/0/raci", json!({"ghost": "A"})), Mended);
    add(
        "tows link to the wrong quadrant",
        Box::new(|d| {
            let w = d
                .pointer("/plan/strategy/swot")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["quadrant"] == "t")
                .unwrap()["id"]
                .clone();
            let tows = d.pointer_mut("/plan/strategy/tows").unwrap().as_array_mut().unwrap();
            let so = tows.iter_mut().find(|t| t["kind"] == "so").unwrap();
            so["links"] = json!([w]);
        }),
        Mended,
    );
    // Duplicate ids in every list.
    for (name, path) in [
        ("people", "/plan/people"),
        ("phases", "/plan/phases"),
        ("work items", "/plan/work_items"),
        ("dependencies", "/plan/dependencies"),
        ("kpis", "/plan/kpis"),
        ("rules", "/plan/monitor/rules"),
        ("stages", "/plan/monitor/stages"),
        ("goals", "/plan/strategy/goals"),
        ("swot", "/plan/strategy/swot"),
        ("tactics", "/plan/strategy/tactics"),
        ("budget lines", "/plan/budget/lines"),
        ("resources", "/plan/budget/resources"),
        ("risks", "/plan/budget/risks"),
    ] {
        let m: Mutation = Box::new(move |d: &mut Value| {
            let list = d.pointer_mut(path).unwrap().as_array_mut().unwrap();
            let mut v = list[list.len() - 1].clone();
            v["id"] = list[0]["id"].clone();
            if path.ends_with("dependencies") {
                // A different pair, so only the id repeats.
                v["lag"] = json!(1);
            }
            list.push(v);
        });
        add(&format!("duplicate id in {name}"), m, Mended);
    }
    add(
        "second identical link",
        push("/plan/dependencies", |v| {
            let mut v = v.clone();
            v["id"] = json!("other");
            v
        }),
        Mended,
    );
    add(
        "link to itself",
        push("/plan/dependencies", |v| {
            let mut v = v.clone();
            v["id"] = json!("self");
            v["succ"] = v["pred"].clone();
            v
        }),
        Mended,
    );
    // Values out of range.
    for (name, path, v) in [
        ("progress 101", "/plan/work_items/0/progress", json!(101)),
        ("pestel weight 0", "/plan/strategy/pestel/0/weight", json!(0)),
        ("pestel weight 9", "/plan/strategy/pestel/0/weight", json!(9)),
        ("force rating 6", "/plan/strategy/forces/0/rating", json!(6)),
        ("channel share 101", "/plan/strategy/channels/0/share", json!(101)),
        ("likelihood 0", "/plan/budget/risks/0/likelihood", json!(0)),
        ("impact 6", "/plan/budget/risks/0/impact", json!(6)),
        ("resource quantity 0", "/plan/budget/resources/0/quantity", json!(0)),
        ("lead days 999", "/plan/budget/resources/0/lead_days", json!(999)),
        ("lag 100000000", "/plan/dependencies/0/lag", json!(100000000)),
        ("lead -5000", "/plan/dependencies/0/lag", json!(-5000)),
        ("thresholds reversed", "/plan/monitor/thresholds", json!({"yellow": 30, "red": 20})),
        ("thresholds over 100", "/plan/monitor/thresholds", json!({"yellow": 10, "red": 200})),
        ("rule percent 0", "/plan/monitor/rules/0/kind", json!({"type": "below_share", "percent": 0, "periods": 3})),
        ("negative planned", "/plan/budget/lines/0/planned", json!("-1.00")),
        ("negative risk cost", "/plan/budget/risks/0/cost", json!("-5")),
        ("negative unit cost", "/plan/strategy/incentives/0/unit_cost", json!("-1")),
        ("payment of 0", "/plan/budget/lines/0/spends/0/amount", json!("0")),
        ("negative total budget", "/plan/total_budget", json!("-100")),
        ("flexible share 100", "/plan/budget/flexible_share", json!(100)),
        ("empty plan name", "/plan/name", json!("  ")),
        ("empty person name", "/plan/people/0/name", json!("")),
        ("empty phase name", "/plan/phases/0/name", json!("")),
        ("empty kpi name", "/plan/kpis/0/name", json!("")),
        ("empty line name", "/plan/budget/lines/0/name", json!("")),
        ("empty risk title", "/plan/budget/risks/0/title", json!("")),
        ("currency lower case", "/plan/currency", json!("cny")),
        ("end before start", "/plan/end", json!("2000-01-01")),
        ("item end before start", "/plan/work_items/0/end", json!("2000-01-01")),
        ("phase end before start", "/plan/phases/0/end", json!("2000-01-01")),
        ("plan of 150 years", "/plan/end", json!("2180-01-01")),
        ("weekday 9 off", "/plan/calendar/days_off", json!([5, 6, 9])),
        ("all seven days off", "/plan/calendar/days_off", json!([0, 1, 2, 3, 4, 5, 6])),
        ("curve weight negative", "/plan/kpis/0/curve", json!([1, -2, 3])),
    ] {
        add(&format!("out of range: {name}"), set(path, v), Mended);
    }
    // Loops.
    add(
        "parent loop",
        Box::new(|d| {
            let a = d["plan"]["work_items"][0]["id"].clone();
            let b = d["plan"]["work_items"][1]["id"].clone();
            d["plan"]["work_items"][0]["parent"] = b;
            d["plan"]["work_items"][1]["parent"] = a;
        }),
        Mended,
    );
    add(
        "item its own parent",
        Box::new(|d| {
            let a = d["plan"]["work_items"][0]["id"].clone();
            d["plan"]["work_items"][0]["parent"] = a;
        }),
        Mended,
    );
    add(
        "child before parent",
        Box::new(|d| {
            d["plan"]["work_items"].as_array_mut().unwrap().swap(8, 9);
        }),
        Mended,
    );
    add(
        "child at its parent's level",
        Box::new(|d| {
            d["plan"]["work_items"][9]["level"] = json!("activity");
        }),
        Mended,
    );
    add(
        "goal loop",
        Box::new(|d| {
            let a = d["plan"]["strategy"]["goals"][0]["id"].clone();
            let b = d["plan"]["strategy"]["goals"][1]["id"].clone();
            d["plan"]["strategy"]["goals"][0]["parent"] = b;
            d["plan"]["strategy"]["goals"][1]["parent"] = a;
        }),
        Mended,
    );
    add(
        "dependency loop",
        Box::new(|d| {
            let deps = d["plan"]["dependencies"].as_array_mut().unwrap();
            let back =
                json!({"id": "back", "pred": deps[0]["succ"], "succ": deps[0]["pred"], "kind": "finish_to_start"});
            deps.push(back);
        }),
        Mended,
    );
    // Dates and amounts the types refuse, with their path.
    for (name, path, v) in [
        ("date 1899", "/plan/start", json!("1899-12-31")),
        ("date 2201", "/plan/end", json!("2201-01-01")),
        ("date 99999", "/plan/end", json!("99999-01-01")),
        ("date 0000", "/plan/work_items/0/start", json!("0000-01-01")),
        ("february 30", "/plan/work_items/0/start", json!("2026-02-30")),
        ("date as number", "/plan/start", json!(20260101)),
        ("baseline date 2300", "/plan/work_items/0/end", json!("2300-01-01")),
        ("holiday 1800", "/plan/calendar/holidays", json!(["1800-01-01"])),
        ("money 3 decimals", "/plan/total_budget", json!("1.234")),
        ("money beyond 100亿", "/plan/total_budget", json!("10000000001")),
        ("money 1e30", "/plan/total_budget", json!(1e30)),
        ("money as text", "/plan/total_budget", json!("lots")),
        ("number 1e306", "/plan/strategy/goals/0/target", json!(1e306)),
        ("number beyond 1e15", "/plan/kpis/0/target", json!(1e16)),
        ("level unknown", "/plan/work_items/0/level", json!("epic")),
        ("status unknown", "/plan/work_items/0/status", json!("maybe")),
        ("progress negative", "/plan/work_items/0/progress", json!(-1)),
        ("progress 300", "/plan/work_items/0/progress", json!(300)),
        ("people not a list", "/plan/people", json!({"a": 1})),
        ("id a number", "/plan/work_items/0/id", json!(7)),
        ("lag a string", "/plan/dependencies/0/lag", json!("many")),
        ("lag beyond i64", "/plan/dependencies/0/lag", json!(1e20)),
        ("quantity negative", "/plan/budget/resources/0/quantity", json!(-1)),
        ("weekday negative", "/plan/calendar/days_off", json!([-1])),
    ] {
        add(&format!("refused: {name}"), set(path, v), Refused);
    }
    add(
        "missing plan name",
        Box::new(|d| {
            d["plan"].as_object_mut().unwrap().remove("name");
        }),
        Refused,
    );
    add(
        "missing items' ids",
        Box::new(|d| {
            d["plan"]["work_items"][0].as_object_mut().unwrap().remove("id");
        }),
        Refused,
    );
    add("newer version", set("/version", json!(99)), Refused);
    add("version 0", set("/version", json!(0)), Refused);
    add("not a plan file", set("/format", json!("other")), Refused);
    // What is fine stays fine.
    add("unchanged sample", Box::new(|_| {}), Accepted);
    add(
        "unknown extra field",
        Box::new(|d| {
            d["plan"]["extra"] = json!(1);
        }),
        Accepted,
    );
    add(
        "dates at the edges",
        Box::new(|d| {
            d["plan"]["start"] = json!("1900-01-01");
            d["plan"]["end"] = json!("1900-12-31");
            d["plan"]["work_items"] = json!([]);
            d["plan"]["dependencies"] = json!([]);
            d["plan"]["phases"] = json!([]);
            d["plan"]["baselines"] = json!([]);
            d["plan"]["budget"] = json!({});
        }),
        Accepted,
    );
    add("lag at the bound", set("/plan/dependencies/0/lag", json!(3650)), Accepted);
    add("money at the bound", set("/plan/total_budget", json!("10000000000.00")), Accepted);
    c
}

#[test]
fn hostile_files_are_refused_with_a_path_mended_or_accepted_never_a_panic() {
    let cases = corpus();
    assert!(cases.len() >= 100, "{} cases", cases.len());
    let mut counts = [0usize; 3];
    for (name, mutate, expect) in &cases {
        let mut doc = base();
        mutate(&mut doc);
        let text = doc.to_string();
        let got = match import_repairing(&text) {
            Ok((plan, repairs)) => {
                assert_eq!(validate(&plan), vec![], "{name}: mended plan still invalid");
                // The mended plan is a plan like any other: it round-trips.
                assert_eq!(import_plan(&export_plan(&plan)).unwrap(), plan, "{name}");
                if repairs.is_empty() {
                    assert!(import_plan(&text).is_ok(), "{name}");
                    Expect::Accepted
                } else {
                    assert!(
                        matches!(import_plan(&text), Err(ImportError::Invalid(_))),
                        "{name}: strict import accepted"
                    );
                    assert!(repairs.iter().all(|r| r.path.starts_with("plan")), "{name}: {repairs:?}");
                    Expect::Mended
                }
            }
            Err(e) => {
                let lines = campaign_planner::i18n::import_error(campaign_planner::i18n::Locale::En, &e);
                assert!(
                    !lines.is_empty() && lines.iter().all(|l| !l.contains("0 is outside 0–0")),
                    "{name}: {lines:?}"
                );
                if *expect != Expect::Refused {
                    println!("{name}: {lines:?}");
                }
                Expect::Refused
            }
        };
        assert_eq!(got, *expect, "{name}");
        counts[got as usize] += 1;
    }
    println!(
        "hostile corpus: {} cases — {} refused with a path, {} mended, {} accepted",
        cases.len(),
        counts[0],
        counts[1],
        counts[2]
    );
}

#[test]
fn a_thousand_deep_goal_tree_imports_and_validates() {
    let mut p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let mut goals = vec![];
    for i in 0..1000 {
        let parent = (i > 0).then(|| format!("g{}", i - 1));
        goals.push(campaign_planner::model::strategy::data::Goal::new(
            format!("g{i}"),
            parent,
            campaign_planner::model::strategy::data::Dimension::Traffic,
            "目标",
        ));
    }
    p.strategy.goals = goals;
    p.kpis.iter_mut().for_each(|k| k.goal = None);
    let text = export_plan(&p);
    assert_eq!(import_plan(&text).unwrap().strategy.goals.len(), 1000);
}
