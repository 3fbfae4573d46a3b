//! The knowledge base: every built-in template reads in both languages and
//! becomes a valid plan whose links hold and whose budget adds up to the
//! cent; plan → template → plan on another start date keeps the structure,
//! working-day durations, shares and rules; exact splits and shares;
//! benchmark medians and ranges; search; lessons from a retrospective; the
//! commands with undo; the file round trip and its refusals with paths.

mod common;

use campaign_planner::io::knowledge::{export_knowledge, import_knowledge};
use campaign_planner::io::{export_plan, ImportError};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::close::data::Cite;
use campaign_planner::model::close::data::CiteKind;
use campaign_planner::model::close::data::Lens;
use campaign_planner::model::close::data::RetroEntry;
use campaign_planner::model::close::data::Section;
use campaign_planner::model::close::data::Verdict;
use campaign_planner::model::command::dispatch::apply;
use campaign_planner::model::command::dispatch::Command;
use campaign_planner::model::knowledge::card::benchmarks;
use campaign_planner::model::knowledge::card::card_of;
use campaign_planner::model::knowledge::card::head_of;
use campaign_planner::model::knowledge::card::Card;
use campaign_planner::model::knowledge::commands::template_fault;
use campaign_planner::model::knowledge::commands::KnowledgeCommand;
use campaign_planner::model::knowledge::data::reference_start;
use campaign_planner::model::knowledge::data::Knowledge;
use campaign_planner::model::knowledge::data::Metric;
use campaign_planner::model::knowledge::data::Observation;
use campaign_planner::model::knowledge::data::Outcome;
use campaign_planner::model::knowledge::data::Template;
use campaign_planner::model::knowledge::data::REFERENCE_BUDGET;
use campaign_planner::model::knowledge::rules::instantiate;
use campaign_planner::model::knowledge::rules::lesson_from_entry;
use campaign_planner::model::knowledge::rules::matches;
use campaign_planner::model::knowledge::rules::median;
use campaign_planner::model::knowledge::rules::observations_of;
use campaign_planner::model::knowledge::rules::shares_bp;
use campaign_planner::model::knowledge::rules::split;
use campaign_planner::model::knowledge::rules::template_of;
use campaign_planner::model::monitor::data::Aggregate;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::plan::Scenario;
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::templates::builtin_templates;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::data::DepKind;
use campaign_planner::model::schedule::festival::Festival;
use common::{assert_undo_redo, Rng};

fn make(t: &Template, start: Day, budget: i64) -> Plan {
    instantiate(t, "new".into(), "新计划", start, Money::from_major(budget), "CNY")
}

#[test]
fn every_builtin_template_becomes_a_plan_that_runs() {
    for lang in [SampleLang::Zh, SampleLang::En] {
        let all = builtin_templates(lang);
        assert_eq!(all.len(), 7, "{lang:?}: every template reads");
        let scenarios: std::collections::HashSet<Scenario> = all.iter().map(|t| t.plan.scenario).collect();
        assert_eq!(scenarios.len(), 7, "one per scenario");
        for t in &all {
            let p = &t.plan;
            assert_eq!(template_fault(t), None, "{}", t.name);
            assert!(p.phases.len() >= 3 && p.work_items.len() >= 9 && p.kpis.len() >= 4, "{}", t.name);
            assert!(
                !p.monitor.rules.is_empty() && p.budget.risks.len() >= 2 && p.budget.lines.len() >= 4,
                "{}",
                t.name
            );
            assert_eq!(
                p.budget.lines.iter().map(|l| l.planned.0).sum::<i64>(),
                REFERENCE_BUDGET.0,
                "{}: shares add up",
                t.name
            );
            assert!(p.work_items.iter().all(|i| !i.title.is_empty() && i.owner.is_some()), "{}", t.name);
            for budget in [800_000, 1, 123_457] {
                let p = make(t, Day::ymd(2026, 6, 6), budget);
                assert_eq!(validate(&p), vec![], "{}", t.name);
                // The lines add up to the budget, to the cent.
                assert_eq!(p.budget.lines.iter().map(|l| l.planned.0).sum::<i64>(), budget * 100, "{}", t.name);
                // Every link holds as placed: a finish-to-start successor starts after its predecessor ends.
                for d in &p.dependencies {
                    let (a, b) = (p.item(&d.pred).unwrap(), p.item(&d.succ).unwrap());
                    if d.kind == DepKind::FinishToStart {
                        assert!(b.start > a.end, "{}: {} → {}", t.name, a.title, b.title);
                    }
                }
                // Items start on working days, inside the plan (which starts on the Saturday asked for).
                let cal = p.calendar.to_calendar();
                assert_eq!(p.start, Day::ymd(2026, 6, 6));
                assert!(
                    p.work_items.iter().all(|w| cal.is_workday(w.start) && w.start >= p.start && w.end <= p.end),
                    "{}",
                    t.name
                );
                // Sum targets are whole numbers.
                assert!(p.kpis.iter().all(|k| k.target.is_some_and(|t| t.0.fract() == 0.0)), "{}", t.name);
            }
        }
    }
    let zh = builtin_templates(SampleLang::Zh);
    // A fresh plan from any of them has nothing for the RACI to flag: each
    // item's owner does the work (R) and so is its A, or someone else is R.
    for t in &zh {
        let p = make(t, Day::ymd(2027, 3, 1), 500_000);
        let flagged: Vec<&str> = p
            .work_items
            .iter()
            .filter(|w| !campaign_planner::model::schedule::analysis::raci_flags(w).is_empty())
            .map(|w| w.title.as_str())
            .collect();
        assert_eq!(flagged, Vec::<&str>::new(), "{}", t.name);
    }
    assert!(zh[0].name.contains("预热"));
    assert!(builtin_templates(SampleLang::En)[0].name.contains("pre-heat"));
    // The quarterly plan: 70/20/10 over the base and a 20% flexible pool.
    let q = zh.iter().find(|t| t.plan.scenario == Scenario::QuarterlyPlan).unwrap();
    assert_eq!(q.plan.budget.flexible_share, Some(20));
    let base: Vec<i64> = q.plan.budget.lines.iter().filter(|l| !l.flexible).map(|l| l.planned.0 / 10_000).collect();
    assert_eq!(base, [5600, 1600, 800], "70/20/10 of the 80% base, in basis points");
    // A launch of ¥800,000: the XHS exposure target is 50,000 per ¥10,000.
    let launch = make(&zh[0], Day::ymd(2026, 6, 1), 800_000);
    assert_eq!(launch.kpis[0].target.unwrap().0, 4_000_000.0);
}

/// What a template keeps, without what depends on where it came from.
fn shape(t: &Template) -> Template {
    let mut t = t.clone();
    (t.id, t.name, t.origin, t.plan.name) = Default::default();
    t
}

#[test]
fn plan_to_template_to_plan_keeps_structure_durations_shares_and_rules() {
    let sample = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let t = template_of(&sample, None, "t1".into(), "样例模板".into());
    assert_eq!(template_fault(&t), None);
    let tp = &t.plan;
    assert_eq!(tp.work_items.len(), sample.work_items.len());
    assert_eq!(tp.dependencies.len(), sample.dependencies.len());
    assert_eq!(tp.budget.lines.iter().map(|l| l.planned.0).sum::<i64>(), REFERENCE_BUDGET.0);
    assert!(tp.kpis.iter().all(|k| k.actuals.is_empty()), "actuals stripped");
    let links = |p: &Plan| p.kpis.iter().map(|k| (k.curve.clone(), k.goal.clone())).collect::<Vec<_>>();
    assert_eq!(links(tp), links(&sample), "target shapes and the goals' KPIs kept");
    assert!(tp.budget.lines.iter().all(|l| l.spends.is_empty()), "payments stripped");
    assert!(tp.people.iter().all(|r| !sample.people.iter().any(|p| p.name == r.name)), "roles, not names");
    // The goals come along, owned by roles; the rest of the strategy stays.
    assert_eq!(tp.strategy.goals.len(), sample.strategy.goals.len());
    assert!(tp.strategy.goals.iter().all(|g| g.owner.as_ref().is_none_or(|o| tp.person(o).is_some())));
    let mut rest = tp.strategy.clone();
    rest.goals.clear();
    assert!(rest.is_empty() && tp.baselines.is_empty() && tp.retro.is_empty());
    // On another start date (a Wednesday in another year) with the same budget.
    let p = make(&t, Day::ymd(2027, 3, 3), sample.total_budget.0 / 100);
    assert_eq!(validate(&p), vec![]);
    let again = template_of(&p, None, "t2".into(), "again".into());
    assert_eq!(shape(&again), shape(&t));
    // Durations are working days: the same on both calendars.
    let (c1, c2) = (sample.calendar.to_calendar(), p.calendar.to_calendar());
    for (a, b) in sample.work_items.iter().zip(&p.work_items) {
        assert_eq!(a.title, b.title);
        assert_eq!(
            c1.workdays_between(a.start, a.end).max(1),
            c2.workdays_between(b.start, b.end).max(1),
            "{}",
            a.title
        );
    }
    // Rules and shares came along.
    assert_eq!(p.monitor.rules.len(), sample.monitor.rules.iter().filter(|r| r.enabled).count());
    // With the same budget, the goals' figures come back as they were; each
    // goal's owner plays the role its owner played; deadlines inside the plan.
    for (a, b) in sample.strategy.goals.iter().zip(&p.strategy.goals) {
        assert_eq!((&a.statement, a.target.map(|v| v.0.round())), (&b.statement, b.target.map(|v| v.0.round())));
        let role = |p: &Plan, o: &Option<String>| o.as_ref().and_then(|o| p.person(o)).map(|x| x.role.clone());
        assert_eq!(role(&sample, &a.owner).is_some(), b.owner.is_some(), "{}", a.statement);
        assert!(b.deadline.is_none_or(|d| p.start <= d && d <= p.end), "{}", b.statement);
    }
    // Twice the budget: what adds up doubles, a rate does not.
    let double = make(&t, Day::ymd(2027, 3, 3), 2 * sample.total_budget.0 / 100);
    for (a, b) in p.strategy.goals.iter().zip(&double.strategy.goals) {
        let sums = p.kpis.iter().filter(|k| k.goal.as_deref() == Some(a.id.as_str())).collect::<Vec<_>>();
        let factor = if !sums.is_empty() && sums.iter().all(|k| k.aggregate == Aggregate::Sum) { 2.0 } else { 1.0 };
        if let (Some(x), Some(y)) = (a.target, b.target) {
            assert!((y.0 - factor * x.0).abs() <= 1.0, "{}: {} → {}", a.statement, x.0, y.0);
        }
    }
    // A subtree: its items only, from the reference start.
    let root = sample.work_items.iter().find(|w| sample.has_children(&w.id)).unwrap();
    let sub = template_of(&sample, Some(&root.id), "t3".into(), "子树".into());
    let i = sample.item_index(&root.id).unwrap();
    assert_eq!(sub.plan.work_items.len(), sample.subtree_end(i) - i);
    assert_eq!(sub.plan.work_items[0].start, reference_start());
    assert!(sub.plan.kpis.is_empty() && sub.plan.budget.risks.is_empty());
    assert_eq!(template_fault(&sub), None);
    assert_eq!(validate(&make(&sub, Day::ymd(2027, 1, 4), 10_000)), vec![]);
}

#[test]
fn splits_and_shares_are_exact() {
    let mut r = Rng(7);
    for _ in 0..2_000 {
        let n = 1 + r.below(8);
        let shares: Vec<u32> = (0..n).map(|_| r.below(5000) as u32).collect();
        let sum: u32 = shares.iter().sum();
        let total = Money((r.next() % 10_000_000_000_00) as i64);
        let parts = split(total, &shares);
        let want = if sum == 0 { 0 } else { (total.0 as i128 * sum.min(10_000) as i128 / 10_000) as i64 };
        assert_eq!(parts.iter().map(|m| m.0).sum::<i64>(), want, "{total:?} {shares:?}");
        assert!(parts.iter().all(|m| m.0 >= 0));
        let amounts: Vec<i64> = (0..n).map(|_| (r.next() % 1_000_000_000) as i64).collect();
        let bp = shares_bp(&amounts);
        if amounts.iter().any(|a| *a > 0) {
            assert_eq!(bp.iter().sum::<u32>(), 10_000, "{amounts:?}");
        }
    }
    assert_eq!(split(Money(100), &[3333, 3333, 3334]), [Money(33), Money(33), Money(34)]);
    assert_eq!(split(Money(1), &[5000, 5000]), [Money(1), Money(0)], "the leftover cent to the first of a tie");
    assert_eq!(shares_bp(&[1, 1, 1]), [3334, 3333, 3333]);
    assert_eq!(shares_bp(&[0, 0]), [0, 0]);
}

fn obs(plan: &str, channel: &str, metric: Metric, value: f64, day: u32) -> Observation {
    Observation {
        plan: plan.into(),
        plan_name: plan.into(),
        scenario: Scenario::NewProductLaunch,
        day: Day::ymd(2026, 1, day),
        channel: channel.into(),
        metric,
        value: Num(value),
    }
}

#[test]
fn benchmarks_have_a_median_and_a_range() {
    assert_eq!([median(&[1.0]), median(&[1.0, 3.0]), median(&[1.0, 2.0, 9.0]), median(&[])], [1.0, 2.0, 2.0, 0.0]);
    let kept = vec![
        obs("a", "小红书", Metric::Ctr, 0.021, 1),
        obs("b", "小红书 ", Metric::Ctr, 0.034, 2),
        obs("c", "小红书", Metric::Ctr, 0.028, 3),
        obs("c", "抖音", Metric::Roi, 2.5, 3),
    ];
    let b = benchmarks(&[], None, &kept, Day::ymd(2026, 12, 1));
    let ctr = b.iter().find(|b| b.metric == Metric::Ctr).unwrap();
    assert_eq!((ctr.min, ctr.median, ctr.max, ctr.values.len()), (0.021, 0.028, 0.034, 3));
    assert_eq!(ctr.channel, "小红书");
    // A plan of the workspace counts once it has ended; the figures kept for it are not counted again.
    let mut sample = sample_plan("s".into(), Day::ymd(2026, 6, 20), SampleLang::Zh);
    let today = sample.end.add_days(10);
    // A sample's figures are invented: it leaves none until the user says it is real.
    assert!(observations_of(&sample, today).is_empty());
    assert!(benchmarks(&[card_of(&sample, today)], None, &[], today).is_empty());
    sample.is_sample = false;
    assert!(!observations_of(&sample, today).is_empty());
    let mut kept2 = kept.clone();
    kept2.extend(observations_of(&sample, today));
    let with = benchmarks(&[card_of(&sample, today)], None, &kept2, today);
    let xhs_roi = with.iter().find(|b| b.metric == Metric::Roi && b.channel == "小红书").unwrap();
    assert_eq!(xhs_roi.values.len(), 1);
    // Not while it runs, and never for the plan being planned.
    assert!(benchmarks(&[card_of(&sample, sample.end)], None, &[], sample.end).is_empty());
    assert!(benchmarks(&[card_of(&sample, today)], Some("s"), &[], today).is_empty());
    // A card without its plan counts the same: the library's plans need not be read.
    let card = card_of(&sample, today);
    assert_eq!(
        (card.items, card.people.len()),
        (sample.work_items.iter().filter(|w| !sample.has_children(&w.id)).count(), sample.people.len())
    );
    assert_eq!(card.observations, observations_of(&sample, today));
    assert_eq!(head_of(&sample), Card { observations: vec![], ..card.clone() });
    let stored: Card = serde_json::from_str(&serde_json::to_string(&card).unwrap()).unwrap();
    assert_eq!(stored, card);
}

#[test]
fn a_lesson_from_an_entry_keeps_its_source_and_search_finds_it() {
    let p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let kpi = p.kpis.iter().find(|k| k.channel == "小红书").unwrap();
    let item = p.work_items.iter().find(|w| !w.channel.is_empty() && w.phase.is_some()).unwrap();
    let e = RetroEntry {
        id: "e".into(),
        section: Section::Lessons,
        lens: Lens::Data,
        verdict: Some(Verdict::Stop),
        text: "某高端渠道投入产出比低，后续缩减预算".into(),
        cites: vec![
            Cite { kind: CiteKind::Kpi, id: kpi.id.clone() },
            Cite { kind: CiteKind::Item, id: item.id.clone() },
        ],
    };
    let mut l = lesson_from_entry(&p, &e, "l1".into(), Day::ymd(2027, 1, 5));
    assert_eq!(l.outcome, Outcome::Failure);
    assert_eq!(l.source.as_ref().unwrap().name, p.name);
    assert_eq!(l.scenario, p.scenario);
    assert!(l.channels.contains(&"小红书".to_string()));
    assert!(!l.phase.is_empty());
    l.tags = vec!["ROI".into()];
    assert!(matches(&l, "缩减预算", &[]));
    assert!(matches(&l, "高端 roi", &[]), "every word, any case");
    assert!(matches(&l, "", &["小红书".into()]), "a channel is a tag");
    assert!(!matches(&l, "直播", &[]));
    let mut en = l.clone();
    en.text = "Amateur Xiaohongshu notes are cost-effective".into();
    assert!(matches(&en, "xiaohongshu NOTES", &[]));
}

/// The sample, taken as the team's own real plan (a sample leaves no figures).
fn kb_ws() -> Workspace {
    let mut p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    p.is_sample = false;
    Workspace::of(vec![p])
}

#[test]
fn knowledge_commands_refuse_and_undo() {
    let ws = kb_ws();
    let p = &ws.plans[0];
    let e = RetroEntry {
        id: "e".into(),
        section: Section::Lessons,
        lens: Lens::Data,
        verdict: None,
        text: "素人笔记可复制".into(),
        cites: vec![],
    };
    let lesson = lesson_from_entry(p, &e, "l1".into(), Day::ymd(2027, 1, 5));
    let template = template_of(p, None, "t1".into(), "模板".into());
    let cmds = vec![
        Command::Knowledge(KnowledgeCommand::PutLesson(Box::new(lesson.clone()))),
        Command::Knowledge(KnowledgeCommand::PutTemplate(Box::new(template.clone()))),
        Command::Knowledge(KnowledgeCommand::Record {
            plan: "s".into(),
            observations: observations_of(p, p.end.add_days(1)),
        }),
        Command::Knowledge(KnowledgeCommand::RemoveLesson("l1".into())),
    ];
    let after = assert_undo_redo(&ws, &cmds);
    assert_eq!(after.knowledge.templates.len(), 1);
    assert!(!after.knowledge.observations.is_empty());
    let mut w = ws.clone();
    let refused = [
        (
            KnowledgeCommand::PutLesson(Box::new(campaign_planner::model::knowledge::data::Lesson {
                text: " ".into(),
                ..lesson.clone()
            })),
            Fault::EmptyName,
        ),
        (KnowledgeCommand::PutTemplate(Box::new(Template { name: "".into(), ..template.clone() })), Fault::EmptyName),
        (
            KnowledgeCommand::PutTemplate(Box::new({
                let mut t = template.clone();
                t.plan.work_items[1].parent = Some("ghost".into());
                t
            })),
            Fault::UnknownParent("ghost".into()),
        ),
        (KnowledgeCommand::RemoveTemplate("ghost".into()), Fault::UnknownEntry("ghost".into())),
    ];
    for (cmd, fault) in refused {
        assert_eq!(apply(&mut w, Command::Knowledge(cmd.clone())).unwrap_err(), fault, "{cmd:?}");
        assert_eq!(w, ws);
    }
    // A merge whose ids clash is refused whole (the caller renames copies first).
    apply(&mut w, Command::Knowledge(KnowledgeCommand::PutLesson(Box::new(lesson.clone())))).unwrap();
    let clash = Knowledge { lessons: vec![lesson.clone()], ..Default::default() };
    assert_eq!(
        apply(&mut w, Command::Knowledge(KnowledgeCommand::Merge(Box::new(clash)))).unwrap_err(),
        Fault::DuplicateId("l1".into())
    );
}

#[test]
fn the_knowledge_file_round_trips_and_names_what_is_wrong() {
    let p = &kb_ws().plans[0];
    let k = Knowledge {
        lessons: vec![lesson_from_entry(
            p,
            &RetroEntry {
                id: "e".into(),
                section: Section::Lessons,
                lens: Lens::Process,
                verdict: Some(Verdict::Keep),
                text: "社群裂变带来30%新用户".into(),
                cites: vec![],
            },
            "l1".into(),
            Day::ymd(2027, 1, 5),
        )],
        templates: builtin_templates(SampleLang::Zh),
        observations: observations_of(p, p.end.add_days(1)),
    };
    let text = export_knowledge(&k);
    assert_eq!(import_knowledge(&text).unwrap(), k);
    let v2 = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/knowledge-v2.knowledge.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(v2, campaign_planner::io::indent(&text)).unwrap();
    }
    // Version 2 (templates anchored to a festival, with goals) reads as written.
    let two = import_knowledge(&std::fs::read_to_string(v2).unwrap()).expect("version 2 keeps opening");
    let festival = two.templates.iter().find(|t| t.id == "builtin:festival_promotion").unwrap();
    assert_eq!(festival.anchor.as_ref().map(|a| (a.festival, a.phase.as_str())), Some((Festival::Double11, "ph2")));
    assert_eq!(festival.plan.strategy.goals.len(), 3);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/knowledge-v1.knowledge.json");
    // Version 1 keeps opening with what it holds. Its templates are the
    // built-ins as they were when it was written (they have moved on since:
    // a one-day milestone, warning rules on revenue), each still a valid plan.
    let old = import_knowledge(&std::fs::read_to_string(path).unwrap()).expect("version 1 keeps opening");
    assert_eq!((&old.lessons, &old.observations), (&k.lessons, &k.observations));
    let names = |k: &Knowledge| k.templates.iter().map(|t| (t.id.clone(), t.name.clone())).collect::<Vec<_>>();
    assert_eq!(names(&old), names(&k));
    assert!(old.templates.iter().all(|t| template_fault(t).is_none()));
    // A plan file is not a knowledge base.
    assert_eq!(import_knowledge(&export_plan(p)), Err(ImportError::NotKnowledgeFile));
    assert!(matches!(
        import_knowledge(r#"{"format":"campaign-planner-knowledge","version":99,"knowledge":{}}"#),
        Err(ImportError::NewerVersion { version: 99 })
    ));
    let bad = text.replacen("\"text\":\"社群裂变带来30%新用户\"", "\"text\":7", 1);
    match import_knowledge(&bad) {
        Err(ImportError::Shape { path, .. }) => assert_eq!(path, "knowledge.lessons[0].text"),
        other => panic!("{other:?}"),
    }
    let empty = text.replacen("社群裂变带来30%新用户", " ", 1);
    match import_knowledge(&empty) {
        Err(ImportError::Invalid(problems)) => assert_eq!(problems[0].path, "knowledge.lessons[0].text"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_lesson_is_a_failure_when_it_stops_or_starts_from_a_missed_target() {
    use campaign_planner::model::close::rules::report;
    use campaign_planner::model::knowledge::rules::lesson_outcome;
    let p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let day = Day::ymd(2026, 11, 20);
    let r = report(&p, day);
    let missed = r.goals.iter().find(|g| g.rate.is_some_and(|x| x < 1.0)).expect("the sample misses a goal").id.clone();
    let kpi_met = r.goals.iter().flat_map(|g| &g.kpis).find(|k| k.rate.is_some_and(|x| x >= 1.0)).map(|k| k.id.clone());
    let goal = |id: &str| vec![Cite { kind: CiteKind::Goal, id: id.into() }];
    let mut cases = vec![
        (Some(Verdict::Keep), goal(&missed), Outcome::Success),
        (Some(Verdict::Stop), vec![], Outcome::Failure),
        (Some(Verdict::Start), goal(&missed), Outcome::Failure),
        (Some(Verdict::Start), vec![], Outcome::Failure),
        (None, goal(&missed), Outcome::Failure),
        (None, vec![], Outcome::Success),
    ];
    {
        let k = kpi_met.expect("the sample meets a KPI");
        let met = vec![Cite { kind: CiteKind::Kpi, id: k }];
        cases.push((Some(Verdict::Start), met.clone(), Outcome::Success));
        cases.push((None, met, Outcome::Success));
    }
    for (verdict, cites, want) in cases {
        let e = RetroEntry {
            id: "e".into(),
            section: Section::Lessons,
            lens: Lens::Data,
            verdict,
            text: "x".into(),
            cites,
        };
        assert_eq!(lesson_outcome(&p, &e, day), want, "{verdict:?} {:?}", e.cites);
        assert_eq!(lesson_from_entry(&p, &e, "l".into(), day).outcome, want);
    }
}

#[test]
fn a_templates_roles_are_cast_to_people_and_two_roles_may_be_one_person() {
    use campaign_planner::model::knowledge::commands::cast;
    use campaign_planner::model::schedule::analysis::raci_flags;
    let t = builtin_templates(SampleLang::Zh).into_iter().find(|t| t.id == "builtin:festival_promotion").unwrap();
    let mut p = make(&t, Day::ymd(2027, 10, 12), 1_200_000);
    let flags = |p: &Plan| p.work_items.iter().map(|w| raci_flags(w).len()).sum::<usize>();
    let before = flags(&p);
    let owned = |p: &Plan, id: &str| p.work_items.iter().filter(|w| w.owner.as_deref() == Some(id)).count();
    let (manager, ops) = (owned(&p, "r1"), owned(&p, "r3"));
    let names = ["张悦", "李明", "  张悦 ", "", ""].map(String::from);
    cast(
        &mut p,
        &names,
        &[("王芳".into(), "设计助理".into()), ("李明".into(), "重复".into()), (" ".into(), "".into())],
    );
    let people: Vec<(&str, &str)> = p.people.iter().map(|x| (x.name.as_str(), x.role.as_str())).collect();
    assert_eq!(
        people,
        [
            ("张悦", "市场经理、电商运营"),
            ("李明", "活动策划"),
            ("设计", "设计"),
            ("客服主管", "客服主管"),
            ("王芳", "设计助理")
        ]
    );
    assert_eq!(owned(&p, "r1"), manager + ops, "her work and the role's joined");
    assert_eq!(validate(&p), vec![]);
    assert!(flags(&p) <= before, "joining roles raises no RACI flag");
    assert!(p.strategy.goals.iter().all(|g| g.owner.as_deref().is_none_or(|o| p.person(o).is_some())));
    // The goal owned by e-commerce operations is hers now.
    assert!(p.strategy.goals.iter().any(|g| g.owner.as_deref() == Some("r1") && g.metric == "大促订单量"));
}

/// Archiving an ended plan keeps its channel figures in the knowledge base
/// and removes the plan, as one step: the benchmarks read the same before
/// and after, undo brings both back, and the plan imported again from its
/// file is not counted twice.
#[test]
fn archiving_an_ended_plan_keeps_its_figures_and_is_one_step() {
    use campaign_planner::model::command::history::History;
    let mut plan = sample_plan("s".into(), Day::ymd(2026, 6, 20), SampleLang::Zh);
    plan.is_sample = false;
    let today = plan.end.add_days(10);
    let mut ws = Workspace::of(vec![plan.clone()]);
    let before = benchmarks(&[card_of(&plan, today)], None, &ws.knowledge.observations, today);
    assert!(!before.is_empty());
    let mut h = History::default();
    h.run(&mut ws, Command::ArchivePlan { plan_id: "s".into(), today }).unwrap();
    assert!(ws.plan("s").is_none());
    assert_eq!(ws.knowledge.observations, observations_of(&plan, today));
    assert_eq!(
        benchmarks(&[], None, &ws.knowledge.observations, today),
        before,
        "the same benchmarks, from the kept figures"
    );
    h.undo(&mut ws);
    assert_eq!(ws.plan("s"), Some(&plan));
    assert!(ws.knowledge.observations.is_empty(), "one step: both come back");
    h.redo(&mut ws);
    // Restored from its file: listed again, its kept figures are not counted twice.
    apply(&mut ws, Command::CreatePlan { plan: Box::new(plan.clone()), index: None }).unwrap();
    assert_eq!(benchmarks(&[card_of(&plan, today)], None, &ws.knowledge.observations, today), before);
    assert_eq!(
        apply(&mut ws, Command::ArchivePlan { plan_id: "none".into(), today }),
        Err(Fault::UnknownPlan("none".into()))
    );
}
