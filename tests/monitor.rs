//! KPI monitoring: pro-rated targets, traffic lights at their edges, the
//! warning rules across weekends and missing data, lower-is-better KPIs,
//! alert state, the funnel and its leak, derived metrics, checkpoints, the
//! sample's alerts, and the monitoring commands with undo.

mod common;

use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::check::validate;
use campaign_planner::model::command::dispatch::Command;
use campaign_planner::model::command::dispatch::PlanCommand;
use campaign_planner::model::command::history::History;
use campaign_planner::model::monitor::data::Aggregate;
use campaign_planner::model::monitor::data::AlertNote;
use campaign_planner::model::monitor::data::AlertStep;
use campaign_planner::model::monitor::data::Checkpoint;
use campaign_planner::model::monitor::data::Direction;
use campaign_planner::model::monitor::data::Period;
use campaign_planner::model::monitor::data::Role;
use campaign_planner::model::monitor::data::Severity;

use campaign_planner::model::monitor::data::Kpi;

use campaign_planner::model::monitor::commands::MonitorCommand;

use campaign_planner::model::monitor::data::Rule;

use campaign_planner::model::monitor::data::RuleKind;

use campaign_planner::model::monitor::data::Stage;

use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::monitor::data::Thresholds;
use campaign_planner::model::monitor::rules::alert_state;
use campaign_planner::model::monitor::rules::alerts;
use campaign_planner::model::monitor::rules::channels;
use campaign_planner::model::monitor::rules::checkpoint_day;
use campaign_planner::model::monitor::rules::derived;
use campaign_planner::model::monitor::rules::funnel;
use campaign_planner::model::monitor::rules::leak;
use campaign_planner::model::monitor::rules::light;
use campaign_planner::model::monitor::rules::series;
use campaign_planner::model::monitor::rules::shortfall;
use campaign_planner::model::monitor::rules::targets;
use campaign_planner::model::monitor::rules::to_date;
use campaign_planner::model::monitor::rules::Alert;
use campaign_planner::model::monitor::rules::AlertState;
use campaign_planner::model::monitor::rules::Filter;
use campaign_planner::model::monitor::rules::Light;
use campaign_planner::model::monitor::rules::PlanTime;
use campaign_planner::model::monitor::rules::Step;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;

/// A 28-day plan starting Monday 2026-11-02.
fn plan() -> Plan {
    let mut p = Plan::blank("p".into(), "Test", Day::ymd(2026, 11, 2));
    p.end = p.start.add_days(27);
    p.monitor.rules.clear();
    p
}

fn day(n: i64) -> Day {
    Day::ymd(2026, 11, 2).add_days(n)
}

/// A daily sum KPI with a target of `per_day` each day and the given values from day 0.
fn kpi(per_day: f64, values: &[Option<f64>]) -> Kpi {
    let mut k = Kpi::new("k", "Orders");
    k.target = Some(Num(per_day * 28.0));
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            k.actuals.insert(day(i as i64), Num(*v));
        }
    }
    k
}

fn rule(kind: RuleKind) -> Rule {
    Rule { id: "r".into(), kind, kpi: None, severity: Severity::Red, response: String::new(), enabled: true }
}

fn fired(p: &Plan, today: Day) -> Vec<(Day, Day, u32, u32, bool)> {
    alerts(p, today).into_iter().map(|a| (a.since, a.fired, a.periods, a.skipped, a.ongoing)).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn targets_are_spread_evenly_by_a_curve_or_typed_per_period() {
    let p = plan();
    let mut k = Kpi::new("k", "x");
    k.target = Some(Num(2800.0));
    let t = targets(&p, &k);
    assert_eq!(t.len(), 28);
    assert!(t.iter().all(|v| close(v.unwrap(), 100.0)));
    // A curve of two halves, the second twice the first.
    k.curve = vec![Num(1.0), Num(2.0)];
    let t = targets(&p, &k);
    // Whole orders per day, each within one of its exact share, adding up exactly.
    assert!(t.iter().all(|v| v.unwrap().fract() == 0.0));
    assert!((t[0].unwrap() - 2800.0 / 42.0).abs() < 1.0 && (t[27].unwrap() - 2.0 * 2800.0 / 42.0).abs() < 1.0);
    assert_eq!(t.iter().map(|v| v.unwrap()).sum::<f64>(), 2800.0);
    // A total that is not whole (a rate summed, 2.5 万) is spread exactly.
    k.target = Some(Num(2.5));
    k.curve.clear();
    assert!(close(targets(&p, &k)[0].unwrap(), 2.5 / 28.0));
    k.target = Some(Num(2800.0));
    k.curve = vec![Num(1.0), Num(2.0)];
    // A typed period wins.
    k.period_targets.insert(day(3), Num(7.0));
    assert_eq!(targets(&p, &k)[3], Some(7.0));
    // Weeks: a 30-day plan has 4 full weeks and a 2-day one, which gets 2/7 of a week's share.
    let mut p30 = plan();
    p30.end = p30.start.add_days(29);
    let mut w = Kpi::new("w", "weekly");
    w.period = Period::Week;
    w.target = Some(Num(3000.0));
    let t = targets(&p30, &w);
    assert_eq!(t.len(), 5);
    assert!(close(t[0].unwrap(), 700.0) && close(t[4].unwrap(), 200.0));
    // Average targets hold; last-value targets climb from the baseline.
    w.aggregate = Aggregate::Average;
    assert!(targets(&p30, &w).iter().all(|v| *v == Some(3000.0)));
    w.aggregate = Aggregate::Last;
    w.baseline = Some(Num(1000.0));
    let t = targets(&p30, &w);
    assert!(close(t[0].unwrap(), 1000.0 + 2000.0 * 7.0 / 30.0) && close(t[4].unwrap(), 3000.0));
    // No target: nothing to compare with.
    assert!(targets(&p, &Kpi::new("n", "none")).iter().all(Option::is_none));
}

#[test]
fn lights_at_their_edges_respect_direction() {
    let th = Thresholds::default();
    let cases = [
        // (direction, actual, target, light)
        (Direction::Higher, 100.0, 100.0, Light::Green),
        (Direction::Higher, 90.01, 100.0, Light::Green),
        (Direction::Higher, 90.0, 100.0, Light::Yellow),
        (Direction::Higher, 80.0, 100.0, Light::Yellow),
        (Direction::Higher, 79.99, 100.0, Light::Red),
        (Direction::Higher, 150.0, 100.0, Light::Green),
        (Direction::Lower, 50.0, 50.0, Light::Green),
        (Direction::Lower, 40.0, 50.0, Light::Green),
        (Direction::Lower, 55.0, 50.0, Light::Yellow),
        (Direction::Lower, 60.0, 50.0, Light::Yellow),
        (Direction::Lower, 60.01, 50.0, Light::Red),
    ];
    for (dir, a, t, want) in cases {
        assert_eq!(light(th, dir, a, t), Some(want), "{dir:?} {a} vs {t}");
    }
    assert_eq!(light(th, Direction::Higher, 5.0, 0.0), None);
    let strict = Thresholds { yellow: 5, red: 10 };
    assert_eq!(light(strict, Direction::Higher, 92.0, 100.0), Some(Light::Yellow));
    assert!(close(shortfall(Direction::Lower, 60.0, 50.0).unwrap(), 0.2));
}

#[test]
fn below_share_counts_consecutive_periods_skipping_missing_ones() {
    let share = RuleKind::BelowShare { percent: 80, periods: 3 };
    let lo = Some(70.0);
    let ok = Some(100.0);
    let edge = Some(80.0);
    // (values from Monday day 0, today, expected (since, fired, bad periods, skipped, ongoing))
    type Case = (Vec<Option<f64>>, i64, Vec<(i64, i64, u32, u32, bool)>);
    let cases: Vec<Case> = vec![
        // Three low days in a row fire on the third.
        (vec![ok, lo, lo, lo], 4, vec![(1, 3, 3, 0, true)]),
        // Two are not enough.
        (vec![lo, lo, ok, lo, lo], 5, vec![]),
        // Exactly 80% is not below 80%.
        (vec![lo, edge, lo, lo], 4, vec![]),
        // Friday low, the weekend not entered, Monday and Tuesday low: fires on Tuesday, two skipped.
        (vec![ok, ok, ok, ok, lo, None, None, lo, lo], 9, vec![(4, 8, 3, 2, true)]),
        // A good weekend day breaks the run.
        (vec![ok, ok, ok, ok, lo, ok, None, lo, lo], 9, vec![]),
        // A run that ended is kept, no longer ongoing; a later one is separate.
        (vec![lo, lo, lo, ok, lo, lo, lo, lo], 8, vec![(4, 6, 4, 0, true), (0, 2, 3, 0, false)]),
        // Days after today are not judged.
        (vec![lo, lo, lo], 1, vec![]),
    ];
    for (values, today, want) in cases {
        let mut p = plan();
        p.kpis.push(kpi(100.0, &values));
        p.monitor.rules.push(rule(share));
        let want: Vec<_> = want.into_iter().map(|(s, f, n, k, o)| (day(s), day(f), n, k, o)).collect();
        assert_eq!(fired(&p, day(today)), want, "{values:?} today {today}");
    }
}

#[test]
fn lower_is_better_kpis_alert_when_they_run_high() {
    let mut p = plan();
    let mut k = kpi(50.0, &[Some(61.0), Some(62.0), Some(60.0), Some(61.0), Some(65.0), Some(70.0)]);
    k.direction = Direction::Lower;
    k.aggregate = Aggregate::Average;
    k.target = Some(Num(50.0));
    p.kpis.push(k);
    p.monitor.rules.push(rule(RuleKind::BelowShare { percent: 80, periods: 2 }));
    // 60 against 50 is exactly 20% over: not below 80%, so it breaks the run.
    assert_eq!(fired(&p, day(6)), vec![(day(3), day(4), 3, 0, true), (day(0), day(1), 2, 0, false)]);
}

#[test]
fn weekly_rule_on_a_daily_kpi_compares_each_weeks_data_days() {
    let mut p = plan();
    // Week 1 low (90%), week 2 low but with its weekend missing, week 3 on target.
    let mut v = vec![Some(90.0); 7];
    v.extend([Some(95.0), Some(95.0), Some(95.0), Some(95.0), Some(95.0), None, None]);
    v.extend(vec![Some(100.0); 7]);
    p.kpis.push(kpi(100.0, &v));
    p.monitor.rules.push(rule(RuleKind::BelowTargetWeeks { weeks: 2 }));
    assert_eq!(fired(&p, day(21)), vec![(day(0), day(7), 2, 0, false)]);
    // The run covers both weeks to their last day.
    assert_eq!(alerts(&p, day(21))[0].last, day(13));
    // Before week 3 is in, it is still going on.
    assert_eq!(fired(&p, day(13)), vec![(day(0), day(7), 2, 0, true)]);
}

#[test]
fn thresholds_beyond_red_and_missing_data() {
    let mut p = plan();
    let mut cvr = kpi(5.0, &[Some(5.2), Some(5.0), Some(4.99), None, Some(6.0)]);
    cvr.aggregate = Aggregate::Average;
    cvr.target = Some(Num(5.0));
    p.kpis.push(cvr);
    p.monitor.rules.push(Rule { kpi: Some("k".into()), ..rule(RuleKind::Threshold { below: true, value: Num(5.0) }) });
    // 5.0 is not below 5; 4.99 is.
    assert_eq!(fired(&p, day(5)), vec![(day(2), day(2), 1, 0, false)]);
    // Two missing days in a row fire the missing-data rule; today is not yet missing.
    let mut q = plan();
    q.kpis.push(kpi(100.0, &[Some(100.0), None, None, Some(100.0), None]));
    q.monitor.rules.push(rule(RuleKind::MissingData { periods: 2 }));
    assert_eq!(fired(&q, day(4)), vec![(day(1), day(2), 2, 0, false)]);
    assert_eq!(fired(&q, day(5)).len(), 1);
    // Days 4 and 5 both over and missing: a second run.
    assert_eq!(fired(&q, day(6)).len(), 2);
}

#[test]
fn beyond_red_looks_at_the_value_to_date() {
    let mut p = plan();
    // 100 a day planned: 100, 60 (to date 80% → yellow), 50 (70% → red), 200 (102.5% → green).
    p.kpis.push(kpi(100.0, &[Some(100.0), Some(60.0), Some(50.0), Some(200.0)]));
    p.monitor.rules.push(rule(RuleKind::BeyondRed));
    assert_eq!(fired(&p, day(4)), vec![(day(2), day(2), 1, 0, false)]);
    let k = &p.kpis[0];
    let d = to_date(&series(&p, k), k, p.monitor.thresholds, day(2));
    assert_eq!((d.actual, d.target, d.compared, d.missing), (Some(210.0), Some(300.0), 3, 0));
    assert_eq!(d.light, Some(Light::Red));
    // A missing day is left out of both sides and counted once it is over.
    let mut q = plan();
    q.kpis.push(kpi(100.0, &[Some(100.0), None, Some(90.0)]));
    let k = &q.kpis[0];
    let d = to_date(&series(&q, k), k, q.monitor.thresholds, day(4));
    assert_eq!((d.actual, d.target, d.compared, d.missing, d.last), (Some(190.0), Some(200.0), 2, 2, Some(day(2))));
    assert_eq!(d.light, Some(Light::Green));
}

#[test]
fn whole_totals_spread_in_whole_numbers_that_add_up_for_any_length_and_curve() {
    let mut r = common::Rng(11);
    for _ in 0..400 {
        let mut p = plan();
        p.end = p.start.add_days(r.below(200) as i64);
        let mut k = Kpi::new("k", "x");
        k.period = if r.below(2) == 0 { Period::Day } else { Period::Week };
        let total = r.below(100_000) as f64;
        k.target = Some(Num(total));
        k.curve = (0..r.below(5)).map(|_| Num(r.below(10) as f64)).collect();
        let t: Vec<f64> = targets(&p, &k).into_iter().flatten().collect();
        if t.is_empty() {
            continue; // a curve of zeros: nothing to spread
        }
        assert!(t.iter().all(|v| v.fract() == 0.0 && *v >= 0.0), "{t:?}");
        assert_eq!(t.iter().sum::<f64>(), total);
    }
}

#[test]
fn before_the_start_the_typed_figures_show_and_after_the_end_the_full_target_counts() {
    let mut p = plan();
    // 100 a day planned over 28 days; 3 days of data.
    p.kpis.push(kpi(100.0, &[Some(120.0), Some(90.0), Some(143.0)]));
    let k = &p.kpis[0];
    let s = series(&p, k);
    // Before the start: the figures typed so far, nothing compared.
    let d = to_date(&s, k, p.monitor.thresholds, day(-3));
    assert_eq!((d.stage, d.actual, d.target, d.light), (PlanTime::Before, Some(353.0), None, None));
    // During: the days with data against their targets.
    let d = to_date(&s, k, p.monitor.thresholds, day(5));
    assert_eq!((d.stage, d.actual, d.target), (PlanTime::During, Some(353.0), Some(300.0)));
    // After: against the full target, 353 of 2,800.
    let d = to_date(&s, k, p.monitor.thresholds, day(28));
    assert_eq!((d.stage, d.actual, d.target, d.light), (PlanTime::After, Some(353.0), Some(2800.0), Some(Light::Red)));
    assert_eq!(d.missing, 25);
    // The last day is still during.
    assert_eq!(to_date(&s, k, p.monitor.thresholds, day(27)).stage, PlanTime::During);
}

#[test]
fn alert_state_follows_the_last_note() {
    let n = |id: &str, step| AlertNote { id: id.into(), alert: "a".into(), step, day: day(0), note: String::new() };
    assert_eq!(alert_state(&[], "a"), AlertState::Open);
    assert_eq!(alert_state(&[n("1", AlertStep::Acknowledge)], "a"), AlertState::Acknowledged);
    let notes = [n("1", AlertStep::Acknowledge), n("2", AlertStep::Resolve)];
    assert_eq!(alert_state(&notes, "a"), AlertState::Resolved);
    assert_eq!(alert_state(&notes, "b"), AlertState::Open);
    let notes = [n("1", AlertStep::Resolve), n("2", AlertStep::Reopen)];
    assert_eq!(alert_state(&notes, "a"), AlertState::Open);
}

/// A plan whose funnel has two channels of KPIs for the first four stages.
fn funnel_plan() -> Plan {
    let mut p = plan();
    p.monitor.stages.truncate(4);
    // (id, channel, stage, planned total, actual on day 0)
    let rows = [
        ("a-exp", "A", "exposure", 10_000.0, 10_000.0),
        ("a-clk", "A", "click", 300.0, 200.0),
        ("a-uv", "A", "visit", 150.0, 100.0),
        ("a-lead", "A", "lead", 30.0, 30.0),
        ("b-exp", "B", "exposure", 10_000.0, 20_000.0),
        ("b-clk", "B", "click", 300.0, 600.0),
        ("b-uv", "B", "visit", 150.0, 300.0),
        ("b-lead", "B", "lead", 30.0, 6.0),
    ];
    for (id, ch, stage, planned, actual) in rows {
        let mut k = Kpi::new(id, id);
        k.channel = ch.into();
        k.stage = Some(stage.into());
        k.target = Some(Num(planned));
        k.actuals.insert(day(0), Num(actual));
        p.kpis.push(k);
    }
    p
}

#[test]
fn funnel_counts_rates_and_the_biggest_leak() {
    let p = funnel_plan();
    let f = funnel(&p, &Filter::whole(&p));
    let actual: Vec<_> = f.stages.iter().map(|s| s.actual).collect();
    assert_eq!(actual, vec![Some(30_000.0), Some(800.0), Some(400.0), Some(36.0)]);
    assert!(close(f.stages[0].planned.unwrap(), 20_000.0));
    let rates: Vec<_> = f.steps.iter().map(|s| s.rate.unwrap()).collect();
    assert!(close(rates[0], 800.0 / 30_000.0) && close(rates[1], 0.5) && close(rates[2], 0.09));
    assert!(close(f.steps[2].planned_rate.unwrap(), 0.2));
    assert!(close(f.cumulative[3].unwrap(), 36.0 / 30_000.0));
    // Against plan: clicks 2.67% vs 3% (−11%), visits 50% vs 50%, leads 9% vs 20% (−55%).
    assert_eq!(f.leak, Some(2));
    // Channel A alone loses most between exposure and click (2% vs 3%).
    let a = funnel(&p, &Filter { channel: Some("A".into()), ..Filter::whole(&p) });
    assert_eq!(a.stages[0].actual, Some(10_000.0));
    assert_eq!(a.leak, Some(0));
    // A period without data has no counts and no leak.
    let later = funnel(&p, &Filter { channel: None, from: day(1), to: day(27) });
    assert_eq!(later.stages[0].actual, None);
    assert_eq!(later.leak, None);
    // Without plans, the largest drop is the leak.
    let steps =
        [Step { rate: Some(0.1), planned_rate: None, from: 0 }, Step { rate: Some(0.5), planned_rate: None, from: 1 }];
    assert_eq!(leak(&steps), Some(0));
    // Everything at or above plan: no leak to name.
    let fine = [Step { rate: Some(0.5), planned_rate: Some(0.4), from: 0 }];
    assert_eq!(leak(&fine), None);
}

#[test]
fn a_stage_without_data_is_skipped_so_the_rates_around_it_show() {
    let mut p = funnel_plan();
    // No visits recorded at all (the site has no tracking).
    p.kpis.retain(|k| !k.id.ends_with("-uv"));
    let f = funnel(&p, &Filter::whole(&p));
    assert_eq!(f.stages[2].actual, None);
    let steps: Vec<_> = f.steps.iter().map(|s| (s.rate.map(|r| (r * 1e6).round() / 1e6), s.from)).collect();
    // Exposure → click as before; click → visit has nothing; leads are measured against clicks.
    assert_eq!(steps, vec![(Some((800.0f64 / 30_000.0 * 1e6).round() / 1e6), 0), (None, 1), (Some(36.0 / 800.0), 1)]);
    assert!(close(f.steps[2].planned_rate.unwrap(), 60.0 / 600.0));
    // Two empty stages in a row: still measured from the last with data.
    p.kpis.retain(|k| !k.id.ends_with("-clk"));
    let f = funnel(&p, &Filter::whole(&p));
    assert_eq!(f.steps[2].from, 0);
    assert!(close(f.steps[2].rate.unwrap(), 36.0 / 30_000.0));
}

#[test]
fn stages_without_kpis_use_typed_counts_and_totals_are_not_counted_twice() {
    let mut p = funnel_plan();
    p.monitor.stages.push(Stage {
        id: "conversion".into(),
        name: String::new(),
        planned: Some(Num(10.0)),
        actual: Some(Num(9.0)),
    });
    // A whole-campaign exposure KPI wins over the channels' sum.
    let mut total = Kpi::new("t-exp", "total");
    total.stage = Some("exposure".into());
    total.actuals.insert(day(0), Num(31_000.0));
    p.kpis.push(total);
    let f = funnel(&p, &Filter::whole(&p));
    assert_eq!(f.stages[0].actual, Some(31_000.0));
    assert_eq!(f.stages[0].kpis, vec!["t-exp".to_string()]);
    assert_eq!((f.stages[4].planned, f.stages[4].actual), (Some(10.0), Some(9.0)));
    // A typed plan is for the whole plan: a week of it is a quarter.
    let week = funnel(&p, &Filter { channel: None, from: day(0), to: day(6) });
    assert!(close(week.stages[4].planned.unwrap(), 2.5));
    assert_eq!(week.stages[4].actual, Some(9.0));
    // Typed counts have no channel.
    let a = funnel(&p, &Filter { channel: Some("A".into()), ..Filter::whole(&p) });
    assert_eq!(a.stages[4].actual, None);
    assert_eq!(a.stages[0].actual, Some(10_000.0));
}

#[test]
fn derived_metrics_where_the_data_exists() {
    let mut p = funnel_plan();
    p.monitor.stages.push(Stage { id: "conversion".into(), name: String::new(), planned: None, actual: None });
    let mut add = |id: &str, ch: &str, stage: Option<&str>, role: Role, v: f64| {
        let mut k = Kpi::new(id, id);
        k.channel = ch.into();
        k.stage = stage.map(str::to_string);
        k.role = role;
        k.actuals.insert(day(0), Num(v));
        p.kpis.push(k);
    };
    add("a-conv", "A", Some("conversion"), Role::None, 10.0);
    add("a-rev", "A", None, Role::Revenue, 6_000.0);
    add("a-spend", "A", None, Role::Spend, 2_000.0);
    let d = derived(&p, &Filter { channel: Some("A".into()), ..Filter::whole(&p) });
    assert!(close(d.ctr.unwrap(), 0.02));
    assert!(close(d.cvr.unwrap(), 0.1));
    assert!(close(d.cpa.unwrap(), 200.0));
    assert!(close(d.roi.unwrap(), 2.0));
    assert!(close(d.roas.unwrap(), 3.0));
    // Channel B has no spend or revenue: those stay empty, the rates do not.
    let b = derived(&p, &Filter { channel: Some("B".into()), ..Filter::whole(&p) });
    assert_eq!((b.roi, b.roas, b.cpa, b.cvr), (None, None, None, None));
    assert!(close(b.ctr.unwrap(), 0.03));
    assert_eq!(channels(&p), vec!["A".to_string(), "B".to_string()]);
}

#[test]
fn checkpoints_fall_at_a_third_and_half_of_the_plan() {
    let mut p = plan();
    for (days, third, half) in [(28, 8, 13), (30, 9, 14), (56, 17, 27), (1, 0, 0), (3, 0, 0)] {
        p.end = p.start.add_days(days - 1);
        assert_eq!(checkpoint_day(&p, Checkpoint::Third), day(third), "{days} days");
        assert_eq!(checkpoint_day(&p, Checkpoint::Half), day(half), "{days} days");
    }
}

#[test]
fn the_sample_opens_with_a_red_alert_and_names_its_leak() {
    let today = Day::ymd(2026, 11, 22);
    let p = sample_plan("s".into(), today, SampleLang::Zh);
    assert!(validate::validate(&p).is_empty(), "{:?}", validate::validate(&p));
    let all = alerts(&p, today);
    let open: Vec<&Alert> = all.iter().filter(|a| alert_state(&p.monitor.notes, &a.key) == AlertState::Open).collect();
    assert!(open.iter().any(|a| a.kpi == "k-dy-conv" && a.severity == Severity::Red && a.ongoing), "{all:?}");
    // The conversion-rate dip is in the history, resolved.
    let dip = all.iter().find(|a| a.rule == "r-cvr").expect("the dip fired");
    assert_eq!(alert_state(&p.monitor.notes, &dip.key), AlertState::Resolved);
    // One missing day is not enough for the missing-data rule.
    assert!(!all.iter().any(|a| a.rule == "r-missing"));
    let f = funnel(&p, &Filter::whole(&p));
    let lead = f.stages.iter().position(|s| s.id == "lead").unwrap();
    assert_eq!(f.leak, Some(lead), "{f:?}");
    let d = derived(&p, &Filter::whole(&p));
    assert!(d.roi.unwrap() > 1.0 && d.roas.unwrap() > 2.0, "{d:?}");
}

fn ws(p: Plan) -> Workspace {
    Workspace::of(vec![p])
}

fn cmd(c: MonitorCommand) -> Command {
    Command::Plan { plan_id: "p".into(), cmd: PlanCommand::Monitor(c) }
}

#[test]
fn monitoring_commands_undo_and_redo_exactly() {
    let mut p = plan();
    p.kpis.push(kpi(100.0, &[Some(1.0)]));
    let mut weekly = Kpi::new("w", "Members");
    weekly.period = Period::Week;
    p.kpis.push(weekly);
    let w = ws(p);
    let cells = vec![
        ("k".to_string(), day(1), Some(Num(5.0))),
        ("k".into(), day(0), None),
        ("w".into(), day(9), Some(Num(3.0))),
    ];
    let after = common::assert_undo_redo(&w, &[cmd(MonitorCommand::SetActuals(cells))]);
    let p = &after.plans[0];
    assert_eq!(p.kpis[0].actuals.iter().map(|(d, v)| (*d, v.0)).collect::<Vec<_>>(), vec![(day(1), 5.0)]);
    // A weekly value is kept under its week's first day.
    assert_eq!(p.kpis[1].actuals.keys().copied().collect::<Vec<_>>(), vec![day(7)]);
    // A target typed for one period wins over the spread, and comes off again.
    let set = |v| cmd(MonitorCommand::SetPeriodTargets(vec![("k".to_string(), day(3), v)]));
    let after = common::assert_undo_redo(&w, &[set(Some(Num(250.0)))]);
    let k = &after.plans[0].kpis[0];
    assert_eq!((targets(&after.plans[0], k)[3], targets(&after.plans[0], k)[4]), (Some(250.0), Some(100.0)));
    let back = common::assert_undo_redo(&after, &[set(None)]);
    assert!(back.plans[0].kpis[0].period_targets.is_empty());
    let mut renamed = p.kpis[0].clone();
    renamed.name = "Sales".into();
    renamed.actuals.clear();
    let mut with_rule = w.clone();
    with_rule.plans[0].monitor.rules.push(Rule { kpi: Some("k".into()), ..rule(RuleKind::BeyondRed) });
    let cmds = [
        cmd(MonitorCommand::PutKpi(Box::new(renamed))),
        cmd(MonitorCommand::MoveKpi { id: "w".into(), up: true }),
        cmd(MonitorCommand::Thresholds(Thresholds { yellow: 5, red: 15 })),
        cmd(MonitorCommand::PutStage(Stage { id: "x".into(), name: "Share".into(), planned: None, actual: None })),
        cmd(MonitorCommand::MoveStage { id: "x".into(), up: true }),
        cmd(MonitorCommand::RemoveKpi("k".into())),
    ];
    let after = common::assert_undo_redo(&with_rule, &cmds);
    let p = &after.plans[0];
    assert_eq!(p.kpis.iter().map(|k| k.id.as_str()).collect::<Vec<_>>(), vec!["w"]);
    assert!(p.monitor.rules.is_empty(), "the KPI's rule went with it");
    assert_eq!(p.monitor.stages[5].id, "x");
    // Renaming kept the actuals the definition did not carry.
    let mut w2 = with_rule.clone();
    let mut h = History::default();
    let mut renamed = w2.plans[0].kpis[0].clone();
    renamed.name = "Sales".into();
    renamed.actuals.clear();
    h.run(&mut w2, cmd(MonitorCommand::PutKpi(Box::new(renamed)))).unwrap();
    assert_eq!(w2.plans[0].kpis[0].actuals.len(), 1);
    // Removing a stage unmaps its KPIs.
    let mut staged = w.clone();
    staged.plans[0].kpis[0].stage = Some("lead".into());
    let after = common::assert_undo_redo(&staged, &[cmd(MonitorCommand::RemoveStage("lead".into()))]);
    assert_eq!(after.plans[0].kpis[0].stage, None);
}

#[test]
fn monitoring_commands_refuse_bad_input() {
    let mut p = plan();
    p.kpis.push(kpi(100.0, &[]));
    let mut w = ws(p);
    let mut h = History::default();
    let mut run = |c| h.run(&mut w, cmd(c)).map(|_| ());
    let mut linked = Kpi::new("n", "New");
    linked.stage = Some("nope".into());
    let cases: Vec<(MonitorCommand, Fault)> = vec![
        (MonitorCommand::PutKpi(Box::new(Kpi::new("n", "  "))), Fault::EmptyName),
        (MonitorCommand::PutKpi(Box::new(linked)), Fault::UnknownEntry("nope".into())),
        (MonitorCommand::SetActuals(vec![("zz".into(), day(0), Some(Num(1.0)))]), Fault::UnknownEntry("zz".into())),
        (MonitorCommand::SetActuals(vec![("k".into(), day(40), Some(Num(1.0)))]), Fault::NotInRange),
        (MonitorCommand::Thresholds(Thresholds { yellow: 20, red: 20 }), Fault::NotInRange),
        (MonitorCommand::PutRule(rule(RuleKind::BelowShare { percent: 0, periods: 3 })), Fault::NotInRange),
        (
            MonitorCommand::PutRule(Rule { kpi: Some("zz".into()), ..rule(RuleKind::BeyondRed) }),
            Fault::UnknownEntry("zz".into()),
        ),
        (MonitorCommand::MoveKpi { id: "k".into(), up: true }, Fault::CannotMove),
        (MonitorCommand::RemoveStage("zz".into()), Fault::UnknownEntry("zz".into())),
    ];
    for (c, want) in cases {
        assert_eq!(run(c.clone()), Err(want), "{c:?}");
    }
}

#[test]
fn broken_monitoring_links_are_refused_on_import_with_their_paths() {
    use campaign_planner::io::{export_plan, import_plan, ImportError};
    let mut p = sample_plan("s".into(), Day::ymd(2026, 11, 22), SampleLang::En);
    p.kpis[0].stage = Some("gone".into());
    p.kpis[1].goal = Some("g-gone".into());
    p.monitor.rules[0].kpi = Some("k-gone".into());
    p.monitor.thresholds = Thresholds { yellow: 30, red: 20 };
    let Err(ImportError::Invalid(problems)) = import_plan(&export_plan(&p)) else { panic!("accepted") };
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        vec!["plan.kpis[0].stage", "plan.kpis[1].goal", "plan.monitor.rules[0].kpi", "plan.monitor.thresholds"]
    );
}

#[test]
fn a_version_4_file_opens_with_no_kpis_and_the_default_monitoring() {
    use campaign_planner::io::{export_plan, import_plan};
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v4-sample.campaign.json"))
        .unwrap();
    let plan = import_plan(&text).unwrap();
    assert!(plan.kpis.is_empty());
    assert!(plan.monitor.is_default());
    assert_eq!(plan.monitor.stages.len(), 6);
    assert!(!plan.strategy.is_empty(), "the strategy came through");
    let again = export_plan(&plan);
    assert!(!again.contains("\"kpis\"") && !again.contains("\"monitor\""), "empty monitoring is left out");
    assert_eq!(import_plan(&again).unwrap(), plan);
}

#[test]
fn the_samples_alerts_are_few_enough_to_read() {
    // Whatever weekday today is, the sample tells one story: a few alerts, not a wall.
    for offset in 0..7 {
        let today = Day::ymd(2026, 11, 22).add_days(offset);
        let p = sample_plan("s".into(), today, SampleLang::En);
        let open: Vec<String> = alerts(&p, today)
            .into_iter()
            .filter(|a| alert_state(&p.monitor.notes, &a.key) != AlertState::Resolved)
            .map(|a| format!("{}:{}", a.rule, a.kpi))
            .collect();
        assert!((1..=6).contains(&open.len()), "{today}: {open:?}");
        assert!(open.contains(&"r-share:k-dy-conv".to_string()), "{today}: {open:?}");
    }
}

#[test]
fn a_rate_is_computed_from_two_kpis_and_every_rule_can_watch_it() {
    use campaign_planner::io::import_plan;
    use campaign_planner::model::command::dispatch::apply;
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v9-ratio.campaign.json")).unwrap();
    let mut p = import_plan(&text).unwrap();
    let k = |p: &Plan, id: &str| p.kpis.iter().find(|k| k.id == id).unwrap().clone();
    let (rate, conv, lead) = (k(&p, "k-dy-cvr"), k(&p, "k-dy-conv"), k(&p, "k-dy-lead"));
    assert!(rate.is_ratio() && rate.actuals.is_empty());
    // Each day: orders ÷ leads × 100 (its unit is %), where both have data.
    let s = series(&p, &rate);
    let days: Vec<Day> = conv.actuals.keys().copied().collect();
    assert!(!days.is_empty());
    for d in &days {
        let i = s.periods.index(*d).unwrap();
        let want = conv.actuals[d].0 / lead.actuals[d].0 * 100.0;
        assert!(close(s.actuals[i].unwrap(), want), "{d}");
    }
    // To date: the totals' ratio, not an average of daily rates.
    let today = *days.last().unwrap();
    let d = to_date(&s, &rate, p.monitor.thresholds, today);
    let sum = |k: &Kpi| k.actuals.iter().filter(|(day, _)| **day <= today).map(|(_, v)| v.0).sum::<f64>();
    assert!(close(d.actual.unwrap(), sum(&conv) / sum(&lead) * 100.0));
    assert_eq!(d.target, Some(25.0));
    // "连续3天转化率低于目标值的80%": the rule aimed at the rate fires on it
    // exactly when three computed days in a row fall under 20%.
    let under: Vec<bool> = s.actuals.iter().map(|v| v.is_some_and(|v| v < 20.0)).collect();
    let three = under.windows(3).any(|w| w.iter().all(|x| *x));
    assert_eq!(alerts(&p, today.add_days(1)).iter().any(|a| a.rule == "r-dy-cvr"), three);
    let mut q = p.clone();
    q.kpis.iter_mut().find(|k| k.id == "k-dy-cvr").unwrap().target = Some(Num(100.0));
    assert!(alerts(&q, today.add_days(1)).iter().any(|a| a.rule == "r-dy-cvr" && a.kpi == "k-dy-cvr"));
    // Lower is better: a cost per order, spend ÷ orders.
    let cpa = k(&p, "k-dy-cpa");
    assert!(to_date(&series(&p, &cpa), &cpa, p.monitor.thresholds, today).actual.unwrap() > 0.0);
    // Its values cannot be typed; a rate of a rate or of itself is refused.
    let mut w = ws(p.clone());
    let w_id = w.plans[0].id.clone();
    let run = |w: &mut Workspace, c: MonitorCommand| {
        apply(w, Command::Plan { plan_id: w_id.clone(), cmd: PlanCommand::Monitor(c) }).map(|_| ())
    };
    assert_eq!(
        run(&mut w, MonitorCommand::SetActuals(vec![("k-dy-cvr".into(), today, Some(Num(5.0)))])),
        Err(Fault::Computed)
    );
    let mut chain = Kpi::new("k-chain", "rate of a rate");
    chain.ratio_of = Some("k-dy-cvr".into());
    chain.ratio_per = Some("k-dy-lead".into());
    assert_eq!(run(&mut w, MonitorCommand::PutKpi(Box::new(chain))), Err(Fault::BadRatio));
    let mut own = rate.clone();
    own.ratio_per = Some(own.id.clone());
    assert_eq!(run(&mut w, MonitorCommand::PutKpi(Box::new(own))), Err(Fault::BadRatio));
    // A typed KPI that a rate uses cannot become a rate.
    let mut part = conv.clone();
    part.ratio_of = Some("k-dy-exp".into());
    part.ratio_per = Some("k-dy-clk".into());
    assert_eq!(run(&mut w, MonitorCommand::PutKpi(Box::new(part))), Err(Fault::BadRatio));
    // A new rate is held, not summed: a 5% target is 5% every day.
    let mut held = Kpi::new("k-held", "CTR");
    held.ratio_of = Some("k-dy-clk".into());
    held.ratio_per = Some("k-dy-exp".into());
    assert_eq!(held.aggregate, Aggregate::Sum);
    run(&mut w, MonitorCommand::PutKpi(Box::new(held))).unwrap();
    assert_eq!(w.plans[0].kpis.iter().find(|k| k.id == "k-held").unwrap().aggregate, Aggregate::Average);
    // Deleting a part unlinks it in the same step; the rate stays, with no values.
    run(&mut w, MonitorCommand::RemoveKpi("k-dy-lead".into())).unwrap();
    let left = w.plans[0].kpis.iter().find(|k| k.id == "k-dy-cvr").unwrap();
    assert_eq!((left.ratio_of.as_deref(), left.ratio_per.as_deref()), (Some("k-dy-conv"), None));
    assert!(series(&w.plans[0], left).actuals.iter().all(Option::is_none));
    assert!(validate::validate(&w.plans[0]).is_empty());
    // A file with a rate of itself and typed values opens mended, with both listed.
    p.kpis.iter_mut().find(|k| k.id == "k-dy-cvr").unwrap().ratio_of = Some("k-dy-cvr".into());
    p.kpis.iter_mut().find(|k| k.id == "k-dy-cvr").unwrap().actuals.insert(today, Num(3.0));
    let (mended, repairs) = campaign_planner::model::check::repair::repaired(p).unwrap();
    let paths: Vec<String> = repairs.iter().map(|r| r.path.clone()).collect();
    assert!(
        paths.iter().any(|x| x.ends_with("].ratio_of")) && paths.iter().any(|x| x.ends_with("].actuals")),
        "{paths:?}"
    );
    assert!(validate::validate(&mended).is_empty());
}
