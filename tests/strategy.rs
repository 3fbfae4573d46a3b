//! Native tests of the strategy workspace: the SMART check read from a goal's
//! data, channel shares and the 70/20/10 rule, the trace and its gaps, the
//! strategy commands with undo, validation of links, and the v3 → v4 migration.

mod common;

use campaign_planner::io::{export_plan, import_plan, ImportError};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::command::dispatch::apply;
use campaign_planner::model::command::dispatch::Command;
use campaign_planner::model::command::dispatch::PlanCommand;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::tracking_sheet;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::commands::ItemField;
use campaign_planner::model::schedule::data::Level;
use campaign_planner::model::schedule::data::WorkItem;
use campaign_planner::model::strategy::commands::StrategyCommand;
use campaign_planner::model::strategy::commands::StrategyText;
use campaign_planner::model::strategy::data::ChannelKind;
use campaign_planner::model::strategy::data::ChannelShare;
use campaign_planner::model::strategy::data::Dimension;
use campaign_planner::model::strategy::data::Effect;
use campaign_planner::model::strategy::data::Entry;
use campaign_planner::model::strategy::data::Factor;
use campaign_planner::model::strategy::data::Force;
use campaign_planner::model::strategy::data::ForceRating;
use campaign_planner::model::strategy::data::GenericStrategy;
use campaign_planner::model::strategy::data::Goal;
use campaign_planner::model::strategy::data::PestelEntry;
use campaign_planner::model::strategy::data::Tactic;
use campaign_planner::model::strategy::data::TacticKind;
use campaign_planner::model::strategy::data::Tier;
use campaign_planner::model::strategy::data::TowsKind;
use campaign_planner::model::strategy::data::TowsStrategy;
use campaign_planner::model::strategy::rules::cost_per_unit;
use campaign_planner::model::strategy::rules::growth;
use campaign_planner::model::strategy::rules::mix;
use campaign_planner::model::strategy::rules::reached_strategies;
use campaign_planner::model::strategy::rules::smart;
use campaign_planner::model::strategy::rules::trace;
use campaign_planner::model::strategy::rules::Letter;
use campaign_planner::model::strategy::rules::SmartGap;

fn today() -> Day {
    Day::ymd(2026, 11, 22)
}

fn sample() -> Plan {
    sample_plan("s".into(), today(), SampleLang::Zh)
}

/// A goal that satisfies every letter in the sample plan.
fn full_goal(plan: &Plan) -> Goal {
    Goal {
        metric: "销售额".into(),
        scope: "新品A".into(),
        unit: "万元".into(),
        baseline: Some(Num(100.0)),
        target: Some(Num(150.0)),
        deadline: Some(plan.end),
        serves: vec!["st-so".into()],
        feasibility: "去年同期 100 万".into(),
        ..Goal::new("gx", None, Dimension::Revenue, "x")
    }
}

#[test]
fn smart_reads_each_letter_from_the_data() {
    let plan = sample();
    let ok = full_goal(&plan);
    assert!(smart(&plan, &ok).gaps.is_empty());
    assert_eq!(smart(&plan, &ok).growth, Some(0.5));
    type Case = (&'static str, fn(&mut Goal, &Plan), Vec<SmartGap>, &'static str);
    let cases: Vec<Case> = vec![
        ("no target", |g, _| g.target = None, vec![SmartGap::NoTarget], "M"),
        ("no unit", |g, _| g.unit = " ".into(), vec![SmartGap::NoUnit], "M"),
        ("no metric", |g, _| g.metric.clear(), vec![SmartGap::NoMetric], "S"),
        ("no scope", |g, _| g.scope.clear(), vec![SmartGap::NoScope], "S"),
        ("no baseline", |g, _| g.baseline = None, vec![SmartGap::NoBaseline], "A"),
        ("no note", |g, _| g.feasibility.clear(), vec![SmartGap::NoFeasibility], "A"),
        ("no strategy", |g, _| g.serves.clear(), vec![SmartGap::NoStrategy], "R"),
        ("a link that is not a strategy", |g, _| g.serves = vec!["sw-s1".into()], vec![SmartGap::NoStrategy], "R"),
        ("no deadline", |g, _| g.deadline = None, vec![SmartGap::NoDeadline], "T"),
        ("after the plan", |g, p| g.deadline = Some(p.end.add_days(1)), vec![SmartGap::DeadlineOutsidePlan], "T"),
        ("before the plan", |g, p| g.deadline = Some(p.start.add_days(-1)), vec![SmartGap::DeadlineOutsidePlan], "T"),
        ("on the last day", |g, p| g.deadline = Some(p.end), vec![], ""),
        ("on the first day", |g, p| g.deadline = Some(p.start), vec![], ""),
        ("target only", |g, _| g.baseline = None, vec![SmartGap::NoBaseline], "A"),
    ];
    for (name, change, gaps, letter) in cases {
        let mut g = ok.clone();
        change(&mut g, &plan);
        let s = smart(&plan, &g);
        assert_eq!(s.gaps, gaps, "{name}");
        for l in Letter::ALL {
            assert_eq!(s.holds(l), l.char() != letter, "{name}: {}", l.char());
        }
    }
    // An overall goal is relevant through its sub-goals' strategies.
    let mut p = plan.clone();
    p.strategy.goals = vec![
        Goal { serves: vec![], ..full_goal(&plan) },
        Goal { id: "sub".into(), parent: Some("gx".into()), serves: vec!["t-kol".into()], ..full_goal(&plan) },
    ];
    assert!(smart(&p, &p.strategy.goals[0]).holds(Letter::Relevant));
    assert_eq!(reached_strategies(&p.strategy, "gx"), vec!["t-kol".to_string()]);
}

#[test]
fn growth_and_cost_per_unit() {
    let plan = sample();
    let g = |b: Option<f64>, t: Option<f64>, budget: i64| Goal {
        baseline: b.map(Num),
        target: t.map(Num),
        budget: Money::from_major(budget),
        ..full_goal(&plan)
    };
    assert_eq!(growth(&g(Some(0.0), Some(5.0), 0)), None, "no growth from zero");
    assert_eq!(growth(&g(Some(200.0), Some(150.0), 0)), Some(-0.25));
    assert_eq!(cost_per_unit(&g(Some(2000.0), Some(5000.0), 120_000)), Some(40.0));
    assert_eq!(cost_per_unit(&g(None, Some(4.0), 100)), Some(25.0), "no baseline: per unit of target");
    assert_eq!(cost_per_unit(&g(Some(10.0), Some(10.0), 100)), None, "no improvement");
    assert_eq!(cost_per_unit(&g(Some(1.0), Some(2.0), 0)), None, "no budget");
}

#[test]
fn numbers_parse_as_people_type_them() {
    let cases = [
        ("1234", Some(1234.0)),
        ("1,234.5", Some(1234.5)),
        ("25%", Some(25.0)),
        ("3万", Some(30000.0)),
        ("1.2亿", Some(120_000_000.0)),
        ("", None),
        ("abc", None),
        ("NaN", None),
    ];
    for (s, want) in cases {
        assert_eq!(Num::parse(s).map(|n| n.0), want, "{s}");
    }
}

#[test]
fn channel_shares_total_and_tiers() {
    let ch = |tier, share| ChannelShare {
        id: format!("{tier:?}{share}"),
        name: "x".into(),
        kind: ChannelKind::Paid,
        online: true,
        tier,
        share,
    };
    /// Channels, then the total, the tier sums, whether complete, and each tier against 70/20/10.
    type Case = (Vec<ChannelShare>, u32, [u32; 3], bool, [i64; 3]);
    let cases: Vec<Case> = vec![
        (vec![], 0, [0, 0, 0], false, [-70, -20, -10]),
        (
            vec![ch(Tier::Core, 35), ch(Tier::Core, 35), ch(Tier::Promising, 20), ch(Tier::Experimental, 10)],
            100,
            [70, 20, 10],
            true,
            [0, 0, 0],
        ),
        (
            vec![ch(Tier::Core, 40), ch(Tier::Promising, 30), ch(Tier::Experimental, 30)],
            100,
            [40, 30, 30],
            true,
            [-30, 10, 20],
        ),
        (vec![ch(Tier::Core, 60), ch(Tier::Promising, 45)], 105, [60, 45, 0], false, [-10, 25, -10]),
        (vec![ch(Tier::Core, 99)], 99, [99, 0, 0], false, [29, -20, -10]),
    ];
    for (list, total, tiers, complete, deltas) in cases {
        let m = mix(&list);
        assert_eq!((m.total, m.tiers, m.complete(), m.rule_deltas()), (total, tiers, complete, deltas), "{list:?}");
    }
    assert!(mix(&[ch(Tier::Core, 72), ch(Tier::Promising, 18), ch(Tier::Experimental, 10)]).follows_rule(5));
    assert!(!mix(&[ch(Tier::Core, 40), ch(Tier::Promising, 30), ch(Tier::Experimental, 30)]).follows_rule(5));
}

#[test]
fn the_sample_traces_goals_to_work_and_names_its_gaps() {
    let plan = sample();
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    let t = trace(&plan);
    let items = |g: &str| t.goals.iter().find(|x| x.goal == g).unwrap().items.clone();
    assert_eq!(items("g-traffic"), vec!["w4"]);
    assert_eq!(items("g-conv"), vec!["w5"]);
    // The overall goal reaches its sub-goals' work as well as its own.
    assert_eq!(items("g-all"), vec!["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "ms"]);
    assert_eq!(t.goals_without_work, vec!["g-brand"]);
    assert_eq!(t.strategies_without_goal, vec!["st-wt"]);
    assert!(t.work_without_strategy.is_empty());
    assert_eq!(t.goals.iter().map(|g| (g.goal.as_str(), g.depth)).next(), Some(("g-all", 0)));
    // The sample's SMART check: every goal holds except the brand goal's "A".
    for g in &plan.strategy.goals {
        let s = smart(&plan, g);
        let want = if g.id == "g-brand" { vec![SmartGap::NoFeasibility] } else { vec![] };
        assert_eq!(s.gaps, want, "{}", g.id);
    }
    assert!(mix(&plan.strategy.channels).complete());
}

#[test]
fn work_without_strategy_lists_the_topmost_untraced_work() {
    let mut plan = tracking_sheet("s".into(), today(), SampleLang::Zh);
    plan.strategy.tactics = vec![Tactic { id: "t".into(), kind: TacticKind::Kol, text: "x".into() }];
    let d = plan.start;
    let add = |plan: &mut Plan, id: &str, parent: Option<&str>, level, milestone| {
        plan.work_items.push(WorkItem {
            parent: parent.map(str::to_string),
            milestone,
            ..WorkItem::new(id, id, level, d, d)
        })
    };
    // A group of milestones is not work; a group with one linked child
    // lists only its unlinked children.
    add(&mut plan, "ms", None, Level::Activity, false);
    add(&mut plan, "m1", Some("ms"), Level::Action, true);
    add(&mut plan, "g", None, Level::Strategy, false);
    add(&mut plan, "g1", Some("g"), Level::Activity, false);
    add(&mut plan, "g2", Some("g"), Level::Activity, false);
    add(&mut plan, "g2a", Some("g2"), Level::Action, false);
    add(&mut plan, "lone", None, Level::Strategy, true);
    let untraced = |plan: &Plan| trace(plan).work_without_strategy;
    let sheet: Vec<String> = (1..=8).map(|i| format!("w{i}")).collect();
    assert_eq!(untraced(&plan), [sheet.clone(), vec!["g".into()]].concat());
    plan.work_items.iter_mut().find(|w| w.id == "g1").unwrap().serves = vec!["t".into()];
    assert_eq!(untraced(&plan), [sheet.clone(), vec!["g2".into()]].concat());
    plan.work_items.iter_mut().find(|w| w.id == "g").unwrap().serves = vec!["t".into()];
    assert_eq!(untraced(&plan), sheet);
}

fn ws() -> Workspace {
    Workspace::of(vec![sample()])
}

fn sc(cmd: StrategyCommand) -> Command {
    Command::Plan { plan_id: "s".into(), cmd: PlanCommand::Strategy(cmd) }
}

#[test]
fn strategy_commands_undo_exactly() {
    let so = TowsStrategy { id: "so2".into(), kind: TowsKind::So, text: "x".into(), links: vec!["sw-s1".into()] };
    let cases: Vec<Vec<Command>> = vec![
        vec![sc(StrategyCommand::Text(StrategyText::Positioning, "新定位".into()))],
        vec![sc(StrategyCommand::Text(StrategyText::Slogan(2), "".into()))],
        vec![sc(StrategyCommand::Generic(Some(GenericStrategy::Focus)))],
        vec![sc(StrategyCommand::Force(ForceRating { force: Force::Buyers, rating: 1, notes: "n".into() }))],
        vec![sc(StrategyCommand::Put(Box::new(Entry::Tows(so.clone()))))],
        vec![
            sc(StrategyCommand::Put(Box::new(Entry::Tows(so.clone())))),
            sc(StrategyCommand::Put(Box::new(Entry::Tows(TowsStrategy { text: "改写".into(), ..so })))),
        ],
        // Removing a strategy drops it from goals and from work items in one step.
        vec![sc(StrategyCommand::Remove("t-kol".into()))],
        vec![sc(StrategyCommand::Remove("g-all".into()))],
        vec![sc(StrategyCommand::Move { id: "g-brand".into(), up: true })],
        vec![Command::Plan {
            plan_id: "s".into(),
            cmd: PlanCommand::SetItem { id: "w8".into(), field: ItemField::Serves(vec!["st-wt".into()]) },
        }],
    ];
    for cmds in cases {
        let after = common::assert_undo_redo(&ws(), &cmds);
        assert!(validate(after.plan("s").unwrap()).is_empty(), "{cmds:?} left a broken plan");
    }
}

#[test]
fn removals_cascade_and_moves_stay_among_siblings() {
    let mut w = ws();
    apply(&mut w, sc(StrategyCommand::Remove("t-kol".into()))).unwrap();
    let p = w.plan("s").unwrap();
    assert!(p.item("w4").unwrap().serves.is_empty());
    assert!(p.strategy.goal("g-traffic").unwrap().serves.is_empty());
    apply(&mut w, sc(StrategyCommand::Remove("g-all".into()))).unwrap();
    let p = w.plan("s").unwrap();
    assert!(p.strategy.goals.iter().all(|g| g.parent.is_none()), "sub-goals move up");
    apply(&mut w, sc(StrategyCommand::Remove("sw-s2".into()))).unwrap();
    let so = &w.plan("s").unwrap().strategy.tows[0];
    assert_eq!(so.links, vec!["sw-o1", "sw-o2"]);
    // Goals rank among their siblings: the first sub-goal cannot pass the overall goal.
    let mut w = ws();
    let err = apply(&mut w, sc(StrategyCommand::Move { id: "g-traffic".into(), up: true }));
    assert_eq!(err, Err(Fault::CannotMove));
    apply(&mut w, sc(StrategyCommand::Move { id: "g-conv".into(), up: true })).unwrap();
    let order: Vec<_> = w.plan("s").unwrap().strategy.goals.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(order, ["g-all", "g-conv", "g-traffic", "g-users", "g-brand"]);
    // SWOT entries move within their quadrant only.
    let err = apply(&mut w, sc(StrategyCommand::Move { id: "sw-w1".into(), up: true }));
    assert_eq!(err, Err(Fault::CannotMove));
}

#[test]
fn refused_strategy_commands_say_why() {
    let so_with =
        |link: &str| TowsStrategy { id: "n".into(), kind: TowsKind::So, text: "x".into(), links: vec![link.into()] };
    let goal = |f: fn(&mut Goal)| {
        let mut g = Goal::new("n", None, Dimension::Other, "x");
        f(&mut g);
        Entry::Goal(g)
    };
    let cases: Vec<(Command, Fault)> = vec![
        // An SO strategy combines strengths and opportunities, not weaknesses.
        (sc(StrategyCommand::Put(Box::new(Entry::Tows(so_with("sw-w1"))))), Fault::UnknownEntry("sw-w1".into())),
        (sc(StrategyCommand::Put(Box::new(Entry::Tows(so_with("ghost"))))), Fault::UnknownEntry("ghost".into())),
        (
            sc(StrategyCommand::Put(Box::new(goal(|g| g.serves = vec!["sw-s1".into()])))),
            Fault::UnknownEntry("sw-s1".into()),
        ),
        (sc(StrategyCommand::Put(Box::new(goal(|g| g.parent = Some("n".into()))))), Fault::ParentCycle),
        (
            sc(StrategyCommand::Put(Box::new(goal(|g| g.owner = Some("ghost".into()))))),
            Fault::UnknownPerson("ghost".into()),
        ),
        (
            sc(StrategyCommand::Put(Box::new(Entry::Goal(Goal {
                parent: Some("g-traffic".into()),
                ..sample().strategy.goal("g-all").unwrap().clone()
            })))),
            Fault::ParentCycle,
        ),
        // An id is unique across lists.
        (sc(StrategyCommand::Put(Box::new(goal(|g| g.id = "t-kol".into())))), Fault::DuplicateId("t-kol".into())),
        (
            sc(StrategyCommand::Put(Box::new(Entry::Pestel(PestelEntry {
                id: "x".into(),
                factor: Factor::Legal,
                text: "x".into(),
                effect: Effect::Threat,
                weight: 6,
            })))),
            Fault::NotInRange,
        ),
        (
            sc(StrategyCommand::Put(Box::new(Entry::Channel(ChannelShare {
                id: "x".into(),
                name: "x".into(),
                kind: ChannelKind::Paid,
                online: false,
                tier: Tier::Core,
                share: 101,
            })))),
            Fault::NotInRange,
        ),
        (
            sc(StrategyCommand::Force(ForceRating { force: Force::Rivalry, rating: 6, notes: "".into() })),
            Fault::NotInRange,
        ),
        (sc(StrategyCommand::Text(StrategyText::Slogan(3), "x".into())), Fault::TooMany { count: 4, max: 3 }),
        (sc(StrategyCommand::Remove("ghost".into())), Fault::UnknownEntry("ghost".into())),
        (
            Command::Plan {
                plan_id: "s".into(),
                cmd: PlanCommand::SetItem { id: "w1".into(), field: ItemField::Serves(vec!["g-all".into()]) },
            },
            Fault::UnknownEntry("g-all".into()),
        ),
    ];
    for (cmd, err) in cases {
        let mut w = ws();
        assert_eq!(apply(&mut w, cmd.clone()), Err(err), "{cmd:?}");
        assert!(w == ws(), "{cmd:?} changed the plan");
    }
}

#[test]
fn slogans_keep_three_places() {
    let mut w = ws();
    apply(&mut w, sc(StrategyCommand::Text(StrategyText::Slogan(2), " ".into()))).unwrap();
    assert_eq!(w.plan("s").unwrap().strategy.slogans.len(), 2, "a cleared last slogan is dropped");
    apply(&mut w, sc(StrategyCommand::Text(StrategyText::Slogan(0), "".into()))).unwrap();
    assert_eq!(w.plan("s").unwrap().strategy.slogans[0], "", "an earlier one keeps its place");
}

#[test]
fn files_with_broken_strategy_links_are_refused_with_the_place() {
    let mut p = sample();
    p.strategy.goals[1].serves.push("ghost".into());
    p.strategy.channels[0].share = 120;
    p.work_items[0].serves.push("sw-s1".into());
    p.strategy.tows[0].links.push("sw-t1".into()); // an SO strategy may not use a threat
    p.strategy.tactics.push(Tactic { id: "g-all".into(), kind: TacticKind::Pr, text: "x".into() });
    let text = export_plan(&p);
    let Err(ImportError::Invalid(problems)) = import_plan(&text) else { panic!("accepted") };
    let got: Vec<(String, Fault)> = problems.into_iter().map(|p| (p.path, p.kind)).collect();
    for want in [
        ("plan.strategy.goals[1].serves[1]", Fault::UnknownEntry("ghost".into())),
        ("plan.strategy.channels[0].share", Fault::OutOfRange { value: 120, min: 0, max: 100 }),
        ("plan.work_items[0].serves[1]", Fault::UnknownEntry("sw-s1".into())),
        ("plan.strategy.tows[0].links[3]", Fault::UnknownEntry("sw-t1".into())),
        ("plan.strategy.tactics[4].id", Fault::DuplicateId("g-all".into())),
    ] {
        assert!(got.contains(&(want.0.to_string(), want.1.clone())), "{want:?} not in {got:?}");
    }
}

#[test]
fn a_version_3_file_opens_with_an_empty_strategy() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v3-sample.campaign.json"))
        .unwrap();
    let plan = import_plan(&text).unwrap();
    assert!(plan.strategy.is_empty());
    assert!(plan.work_items.iter().all(|w| w.serves.is_empty()));
    // Saved again, it is a current file that opens to the same plan.
    let again = export_plan(&plan);
    assert!(again.contains(&format!("\"version\":{}", campaign_planner::io::FORMAT_VERSION)));
    assert_eq!(import_plan(&again).unwrap(), plan);
    assert!(!again.contains("\"strategy\""), "an empty strategy is left out of the file");
}
