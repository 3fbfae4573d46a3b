//! Phases typed by length and laid end to end, and stored in one step.

mod common;

use campaign_planner::model::base::day::Day;
use campaign_planner::model::command::dispatch::{Command, PlanCommand};
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::{sample_plan, SampleLang};
use campaign_planner::model::schedule::data::{DepKind, Phase};
use campaign_planner::model::schedule::phases::{lay_out, parse_spans, PhaseSpan, SpanError};

fn span(name: &str, days: i64) -> PhaseSpan {
    PhaseSpan { name: name.into(), days }
}

#[test]
fn lengths_are_read_as_people_type_them() {
    let ok: &[(&str, Vec<PhaseSpan>)] = &[
        ("预热期 3 周, 爆发期 1 周, 持续期 4 周", vec![span("预热期", 21), span("爆发期", 7), span("持续期", 28)]),
        ("预热期3周，爆发期10天、持续期 1 个月", vec![span("预热期", 21), span("爆发期", 10), span("持续期", 30)]),
        (
            "Warm-up 2 weeks; Launch 5 days\nSustain 1 month",
            vec![span("Warm-up", 14), span("Launch", 5), span("Sustain", 30)],
        ),
        ("预热期：１４天", vec![span("预热期", 14)]),
        ("第2阶段 3", vec![span("第2阶段", 3)]),
    ];
    for (text, want) in ok {
        assert_eq!(parse_spans(text).as_ref(), Ok(want), "{text}");
    }
    let bad: &[(&str, SpanError)] = &[
        ("", SpanError::Empty),
        (" , ，", SpanError::Empty),
        ("预热期 三周", SpanError::NoLength(1, "预热期 三周".into())),
        ("预热期 2 周, 3 周", SpanError::NoName(2)),
        ("预热期 2 fortnights", SpanError::BadUnit(1, "fortnights".into())),
        ("预热期 0 天", SpanError::NoLength(1, "预热期 0 天".into())),
        ("长 600 周", SpanError::TooLong { days: 4200, max: 3660 }),
        ("长 999999 天", SpanError::NoLength(1, "长 999999 天".into())),
    ];
    for (text, want) in bad {
        assert_eq!(parse_spans(text).as_ref(), Err(want), "{text}");
    }
    let many = vec!["a 1"; 51].join(",");
    assert_eq!(parse_spans(&many), Err(SpanError::TooMany(51)));
}

#[test]
fn spans_are_laid_end_to_end() {
    let start = Day::ymd(2026, 5, 11);
    let laid = lay_out(start, &[span("预热期", 21), span("爆发期", 7), span("持续期", 28)]);
    assert_eq!(
        laid,
        vec![
            ("预热期".to_string(), Day::ymd(2026, 5, 11), Day::ymd(2026, 5, 31)),
            ("爆发期".to_string(), Day::ymd(2026, 6, 1), Day::ymd(2026, 6, 7)),
            ("持续期".to_string(), Day::ymd(2026, 6, 8), Day::ymd(2026, 7, 5)),
        ]
    );
}

#[test]
fn laying_phases_keeps_a_named_phase_and_its_items_in_one_undo_step() {
    let p = sample_plan("s".into(), Day::ymd(2026, 11, 22), SampleLang::Zh);
    let kept = p.phases[0].clone();
    let items_in_it = p.work_items.iter().filter(|w| w.phase.as_deref() == Some(kept.id.as_str())).count();
    assert!(items_in_it > 0);
    let start = p.start;
    let w0 = Workspace::of(vec![p]);
    let phases = vec![
        Phase { start, end: start.add_days(20), ..kept.clone() },
        Phase { id: "new-burst".into(), name: "爆发期".into(), start: start.add_days(21), end: start.add_days(27) },
    ];
    let cmd = Command::Plan { plan_id: "s".into(), cmd: PlanCommand::LayPhases { phases } };
    let w = common::assert_undo_redo(&w0, &[cmd]);
    let p = &w.plans[0];
    let first = p.phase(&kept.id).unwrap();
    assert_eq!((first.start, first.end), (start, start.add_days(20)));
    assert_eq!(p.work_items.iter().filter(|w| w.phase.as_deref() == Some(kept.id.as_str())).count(), items_in_it);
    assert_eq!(p.phases.last().unwrap().id, "new-burst");
    assert!(campaign_planner::model::check::validate::validate(p).is_empty());
    // A phase ending before it starts refuses the whole layout.
    let bad = vec![Phase { id: "x".into(), name: "x".into(), start, end: start.add_days(-1) }];
    let mut w = w0.clone();
    let r = campaign_planner::model::command::dispatch::apply(
        &mut w,
        Command::Plan { plan_id: "s".into(), cmd: PlanCommand::LayPhases { phases: bad } },
    );
    assert!(r.is_err());
    assert!(w == w0);
}

#[test]
fn no_text_panics_or_lays_out_more_than_the_longest_plan() {
    let mut r = common::Rng(5);
    let alphabet =
        ['预', '热', '期', ' ', '3', '０', '9', '周', '天', '月', ',', '，', '、', '\n', 'w', 'k', ':', '：', '-'];
    for _ in 0..5000 {
        let text: String = (0..r.below(40)).map(|_| alphabet[r.below(alphabet.len())]).collect();
        if let Ok(spans) = parse_spans(&text) {
            let total: i64 = spans.iter().map(|s| s.days).sum();
            assert!(total <= 3660 && spans.iter().all(|s| s.days > 0 && !s.name.is_empty()), "{text:?}");
        }
    }
}

/// The sample with one of its phase's items fixed and a link from another
/// of them to an item of the next phase.
fn carried() -> (Workspace, Phase) {
    let mut p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let ph = p.phases[0].clone();
    let mine: Vec<usize> =
        (0..p.work_items.len()).filter(|i| p.work_items[*i].phase.as_deref() == Some(ph.id.as_str())).collect();
    assert!(mine.len() >= 2, "the sample's first phase holds work");
    p.work_items[mine[1]].fixed = true;
    (Workspace::of(vec![p]), ph)
}

#[test]
fn a_phase_carries_its_work_when_moved_or_stretched_in_one_undo_step() {
    use campaign_planner::model::command::dispatch::apply;
    let (ws, ph) = carried();
    let before = ws.plans[0].clone();
    let in_phase = |i: usize| before.work_items[i].phase.as_deref() == Some(ph.id.as_str());
    let cmd = |phase: Phase| Command::Plan { plan_id: "s".into(), cmd: PlanCommand::UpdatePhase { phase } };
    // Moved 30 days later: every item of it too, the fixed one stays.
    let moved = Phase { start: ph.start.add_days(30), end: ph.end.add_days(30), ..ph.clone() };
    let after = common::assert_undo_redo(&ws, &[cmd(moved.clone())]);
    let a = &after.plans[0];
    for (_, w) in before.work_items.iter().enumerate().filter(|(i, _)| in_phase(*i)) {
        let now = a.item(&w.id).unwrap();
        if w.fixed {
            assert_eq!((now.start, now.end), (w.start, w.end), "{} is fixed", w.title);
        } else {
            assert_eq!((now.start, now.end), (w.start.add_days(30), w.end.add_days(30)), "{}", w.title);
        }
    }
    // Whatever follows a moved item by a link still follows it.
    assert!(campaign_planner::model::check::validate::validate(a).is_empty());
    let mut pushed = 0;
    for d in a.dependencies.iter().filter(|d| d.kind == DepKind::FinishToStart && d.lag >= 0) {
        let (p, s) = (a.item(&d.pred).unwrap(), a.item(&d.succ).unwrap());
        let moved = before.item(&p.id).unwrap().end != p.end;
        if moved && !s.fixed {
            assert!(s.start > p.end, "{} still follows {}", s.title, p.title);
            pushed += usize::from(
                before.item(&s.id).unwrap().start != s.start && !in_phase(before.item_index(&s.id).unwrap()),
            );
        }
    }
    assert!(pushed > 0, "a link pushed work outside the phase");
    // Stretched to twice its length from the same start: dates scale, order kept.
    let len = ph.start.days_until(ph.end);
    let stretched = Phase { end: ph.start.add_days(len * 2), ..ph.clone() };
    let mut w2 = ws.clone();
    apply(&mut w2, cmd(stretched)).unwrap();
    let b = &w2.plans[0];
    for (i, w) in before.work_items.iter().enumerate().filter(|(i, x)| in_phase(*i) && !x.fixed) {
        let now = b.item(&w.id).unwrap();
        let off = ph.start.days_until(w.start);
        assert_eq!(now.start, ph.start.add_days(off * 2), "{} (#{i})", w.title);
        assert!(now.end >= now.start);
        assert!(now.start.days_until(now.end) >= w.start.days_until(w.end), "{} does not shrink", w.title);
    }
    // Renamed only: nothing moves.
    let mut w3 = ws.clone();
    apply(&mut w3, cmd(Phase { name: "预热".into(), ..ph.clone() })).unwrap();
    assert_eq!(w3.plans[0].work_items, before.work_items);
}
