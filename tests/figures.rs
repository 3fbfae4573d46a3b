//! One number for one thing (issue 24, first part): a rate's value over any
//! periods is the ratio of its parts' totals, and every consumer of a KPI's
//! value — the dashboard's figure to date, the close-out's result, the
//! weekly rule's week and the beyond-red rule's running figure (the alert
//! sentence) — returns the same number as `Series::value`. Property tests
//! over random plans: rates with random parts and missing days, sums and
//! means, any day before, during or after the plan.

use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::close::rules::kpi_result;
use campaign_planner::model::monitor::data::{Aggregate, Direction, Kpi, Rule, RuleKind, Severity};
use campaign_planner::model::monitor::rules::{alerts, series, to_date};
use campaign_planner::model::plan::Plan;
use campaign_planner::model::sample::{sample_plan, SampleLang};

mod common;
use common::Rng;

/// A plan of 40 days with two counts (订单, 访问) typed on random days, a
/// rate of them (转化率 %, a daily target), a sum and a mean KPI, and the
/// beyond-red rule on the rate.
fn random_plan(r: &mut Rng) -> Plan {
    let mut p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    p.start = Day::ymd(2026, 10, 12);
    p.end = p.start.add_days(39);
    p.kpis.clear();
    p.monitor.rules.clear();
    let mut orders = Kpi::new("orders", "订单");
    let mut visits = Kpi::new("visits", "访问");
    let mut spend = Kpi::new("spend", "花费");
    spend.direction = Direction::Lower;
    spend.target = Some(Num(40_000.0));
    let mut mean = Kpi::new("mean", "满意度");
    mean.aggregate = Aggregate::Average;
    mean.target = Some(Num(4.5));
    for i in 0..40 {
        let d = p.start.add_days(i);
        if r.below(5) > 0 {
            orders.actuals.insert(d, Num(r.below(400) as f64));
        }
        // Some days have visits but no orders, some the other way round, some a zero divisor.
        if r.below(5) > 0 {
            visits.actuals.insert(d, Num([0.0, 1.0, 10_000.0][r.below(3)] + r.below(20_000) as f64));
        }
        if r.below(3) > 0 {
            spend.actuals.insert(d, Num(r.below(3_000) as f64 + 0.25));
        }
        if r.below(2) > 0 {
            mean.actuals.insert(d, Num(1.0 + r.below(40) as f64 / 10.0));
        }
    }
    let mut rate = Kpi::new("cvr", "转化率");
    rate.unit = "%".into();
    rate.aggregate = Aggregate::Average;
    rate.target = Some(Num([1.0, 2.5, 5.0][r.below(3)]));
    rate.ratio_of = Some("orders".into());
    rate.ratio_per = Some("visits".into());
    p.kpis = vec![orders, visits, rate, spend, mean];
    p.monitor.rules.push(Rule {
        id: "red".into(),
        kind: RuleKind::BeyondRed,
        kpi: None,
        severity: Severity::Red,
        response: String::new(),
        enabled: true,
    });
    p
}

/// The rate by hand: the orders over the visits of the plan's days `days`
/// where both were typed and the visits are not 0.
fn rate_by_hand(p: &Plan, days: std::ops::Range<i64>) -> Option<f64> {
    let (of, per) = (&p.kpis[0].actuals, &p.kpis[1].actuals);
    let (mut x, mut y) = (0.0, 0.0);
    for i in days {
        let d = p.start.add_days(i);
        if let (Some(a), Some(b)) = (of.get(&d), per.get(&d)) {
            if b.0 != 0.0 {
                x += a.0;
                y += b.0;
            }
        }
    }
    (y != 0.0).then(|| x / y * 100.0)
}

fn same(a: Option<f64>, b: Option<f64>, what: &str) {
    match (a, b) {
        (Some(a), Some(b)) => assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "{what}: {a} ≠ {b}"),
        (a, b) => assert_eq!(a, b, "{what}"),
    }
}

#[test]
fn a_rate_reads_the_same_on_the_card_in_the_close_out_and_in_the_rules() {
    let cases: u64 = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let mut sentences = 0;
    for seed in 0..cases {
        let mut r = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let p = random_plan(&mut r);
        let th = p.monitor.thresholds;
        // Before, on each of a few days during, and after the plan.
        for today in [p.start.add_days(-3), p.start.add_days(r.below(40) as i64), p.end, p.end.add_days(9)] {
            for k in &p.kpis {
                let s = series(&p, k);
                let upto = s.periods.counted(today);
                let one = s.value(k.aggregate, 0..upto);
                let card = to_date(&s, k, th, today).actual;
                let close = kpi_result(&p, k, today).actual;
                same(close, one, &format!("seed {seed} {} on {today}: close-out", k.id));
                if k.is_ratio() {
                    same(
                        one,
                        rate_by_hand(&p, 0..upto as i64),
                        &format!("seed {seed} on {today}: the ratio of totals"),
                    );
                    same(card, one, &format!("seed {seed} on {today}: the card"));
                }
            }
        }
        // The beyond-red rule's running figure (the alert's sentence) is the card's figure that day.
        let rate = &p.kpis[2];
        let s = series(&p, rate);
        for a in alerts(&p, p.end.add_days(1)).iter().filter(|a| a.kpi == "cvr") {
            let fired = a.last;
            let upto = s.periods.index(fired).map_or(0, |i| i + 1);
            // The rule judges the periods that have a target: all of them here.
            same(Some(a.value), s.value(rate.aggregate, 0..upto), &format!("seed {seed}: the alert on {fired}"));
            sentences += 1;
        }
    }
    assert!(sentences > 10, "the rule fired in {sentences} cases");
}

#[test]
fn a_week_of_a_rate_is_the_ratio_of_the_weeks_totals() {
    let mut r = Rng(7);
    let p = random_plan(&mut r);
    let k = &p.kpis[2];
    let s = series(&p, k);
    let week: Vec<usize> = (7..14).collect();
    let by_hand = rate_by_hand(&p, 7..14);
    same(s.value(k.aggregate, week.clone()), by_hand, "the week");
    let mean: Option<f64> = {
        let v: Vec<f64> = week.iter().filter_map(|&i| s.actuals[i]).collect();
        (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
    };
    // The mean of the daily rates is another number: the one the close-out used to show.
    assert_ne!(mean, by_hand);
}

#[test]
fn the_biggest_leak_is_named_between_stages_that_have_data() {
    use campaign_planner::model::monitor::rules::{funnel, Filter};
    let mut r = Rng(3);
    let mut p = random_plan(&mut r);
    for st in &mut p.monitor.stages {
        st.planned = None;
        st.actual = None;
    }
    // Visits and orders measured, leads (between them) not.
    p.kpis[1].stage = Some("visit".into());
    p.kpis[0].stage = Some("conversion".into());
    let f = funnel(&p, &Filter::whole(&p));
    let ids: Vec<&str> = f.stages.iter().map(|s| s.id.as_str()).collect();
    let lead = ids.iter().position(|s| *s == "lead").unwrap();
    assert_eq!(f.stages[lead].actual, None);
    let (from, to, step) = f.leak_between().expect("a leak");
    assert_eq!((ids[from], ids[to]), ("visit", "conversion"));
    let (visits, orders) = (f.stages[from].actual.unwrap(), f.stages[to].actual.unwrap());
    assert_eq!(step.rate, Some(orders / visits));
}

#[test]
fn money_paid_on_a_line_never_approved_is_flagged() {
    use campaign_planner::i18n::budget::warning_sentence;
    use campaign_planner::i18n::Locale;
    use campaign_planner::model::base::money::Money;
    use campaign_planner::model::budget::data::{Account, Approval, BudgetLine, Spend};
    use campaign_planner::model::budget::rules::{warnings, BudgetWarning};
    let mut p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let mut line = BudgetLine::new("ads", "抖音投流", Account::Channel, Money::from_major(500_000));
    line.spends.push(Spend { date: p.start, amount: Money::from_major(430_000), note: String::new() });
    p.budget.lines.push(line);
    let paid = |p: &Plan| {
        warnings(p, p.start.add_days(3))
            .into_iter()
            .filter(|w| matches!(w, BudgetWarning::PaidUnapproved { line, .. } if line == "ads"))
            .collect::<Vec<_>>()
    };
    let found = paid(&p);
    assert_eq!(
        found,
        vec![BudgetWarning::PaidUnapproved {
            line: "ads".into(),
            paid: Money::from_major(430_000),
            approval: Approval::Draft
        }]
    );
    assert_eq!(warning_sentence(Locale::ZhCn, &p, &found[0]), "「抖音投流」未经批准已付款 ¥430,000（审批状态：草稿）");
    let i = p.budget.lines.len() - 1;
    p.budget.lines[i].approval = Approval::Approved;
    assert!(paid(&p).is_empty(), "an approved line's payments are in order");
}

#[test]
fn every_built_in_template_watches_its_result_kpis_and_ties_spend_to_revenue() {
    use campaign_planner::model::budget::data::Account;
    use campaign_planner::model::monitor::data::{KpiKind, Role};
    use campaign_planner::model::sample::templates::builtin_templates;
    // The festival's ads and its revenue are on one channel (the ads line was
    // Douyin's while every KPI was Tmall's: Tmall showed ROI 2818%, Douyin "—").
    let festival =
        builtin_templates(SampleLang::Zh).into_iter().find(|t| t.id == "builtin:festival_promotion").unwrap();
    let ads = festival.plan.budget.lines.iter().find(|l| l.account == Account::Channel).unwrap();
    assert!(festival.plan.kpis.iter().any(|k| k.role == Role::Revenue && k.channel == ads.channel));
    for lang in [SampleLang::Zh, SampleLang::En] {
        for t in builtin_templates(lang) {
            let p = &t.plan;
            for k in p.kpis.iter().filter(|k| k.kind == KpiKind::Result && k.target.is_some()) {
                let watched = p.monitor.rules.iter().any(|r| {
                    r.enabled
                        && match &r.kpi {
                            Some(id) => *id == k.id,
                            None => matches!(r.kind, RuleKind::BeyondRed | RuleKind::BelowTargetWeeks { .. }),
                        }
                });
                assert!(watched, "{}: no rule watches {}", t.name, k.name);
            }
            // What a channel spends, it is credited for: the ROI has both sides.
            let revenue = |c: &str| p.kpis.iter().any(|k| k.role == Role::Revenue && k.channel == c);
            for k in p.kpis.iter().filter(|k| k.role == Role::Spend) {
                assert!(revenue(&k.channel), "{}: spend on {} with no revenue there", t.name, k.channel);
            }
            for l in p.budget.lines.iter().filter(|l| l.account == Account::Channel && !l.channel.is_empty()) {
                let spend_kpi = p.kpis.iter().any(|k| k.role == Role::Spend && k.channel == l.channel);
                assert!(!spend_kpi || revenue(&l.channel), "{}: {}", t.name, l.name);
            }
        }
    }
}

/// Two channels with revenue and spend KPIs, a third that only spends, and
/// budget lines of which some have payments.
fn money_plan(r: &mut Rng) -> Plan {
    use campaign_planner::model::base::money::Money;
    use campaign_planner::model::budget::data::{Account, BudgetLine, Spend};
    use campaign_planner::model::monitor::data::Role;
    let mut p = random_plan(r);
    p.budget.lines.clear();
    p.budget.risks.iter_mut().for_each(|x| x.kpi = None);
    for (c, n) in [("抖音", 0), ("天猫", 1), ("小红书", 2)] {
        if n < 2 {
            let mut rev = Kpi::new(format!("rev{n}"), format!("{c}销售额"));
            rev.role = Role::Revenue;
            rev.channel = c.into();
            let mut spend = Kpi::new(format!("sp{n}"), format!("{c}花费"));
            spend.role = Role::Spend;
            spend.direction = Direction::Lower;
            spend.channel = c.into();
            for i in 0..40 {
                if r.below(4) > 0 {
                    rev.actuals.insert(p.start.add_days(i), Num(r.below(50_000) as f64));
                }
                if r.below(4) > 0 {
                    spend.actuals.insert(p.start.add_days(i), Num(r.below(9_000) as f64 + 0.5));
                }
            }
            p.kpis.push(rev);
            p.kpis.push(spend);
        }
        let mut line =
            BudgetLine::new(format!("l{n}"), format!("{c}投放"), Account::Channel, Money::from_major(300_000));
        line.channel = c.into();
        if r.below(2) == 0 {
            line.spends.push(Spend {
                date: p.start,
                amount: Money(r.below(10_000_000) as i64 + 1),
                note: String::new(),
            });
        }
        p.budget.lines.push(line);
    }
    p
}

#[test]
fn roi_roas_and_cpa_take_one_cost_on_every_row_and_page() {
    use campaign_planner::model::budget::rules::{apply_cost, attribution_gaps, channel_returns, Attribution};
    use campaign_planner::model::close::rules::report;
    use campaign_planner::model::monitor::rules::{derived_with, totals, Filter};
    let cases: u64 = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    for seed in 0..cases {
        let mut r = Rng(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1);
        let p = money_plan(&mut r);
        let today = p.end.add_days(1);
        let all = totals(&p, p.start, p.end);
        let rep = report(&p, today);
        let budget = channel_returns(&p, today);
        let dashboard = |c: Option<&str>| {
            let mut d = derived_with(&p, &Filter { channel: c.map(str::to_string), from: p.start, to: p.end }, &all);
            let src = apply_cost(&p, c, &mut d);
            (d, src)
        };
        for c in ["抖音", "天猫", "小红书"] {
            let (d, src) = dashboard(Some(c));
            let b = budget.iter().find(|x| x.channel == c).unwrap();
            let e = rep.channels.iter().find(|x| x.channel == c).unwrap();
            let w = format!("seed {seed} {c}");
            assert_eq!((&b.derived, b.source), (&d, src), "{w}: budget page vs dashboard");
            assert_eq!((e.roi, e.roas, e.cpa, e.cost), (d.roi, d.roas, d.cpa, d.spend), "{w}: evaluation vs dashboard");
            let paid: i64 =
                p.budget.lines.iter().filter(|l| l.channel == c).flat_map(|l| &l.spends).map(|s| s.amount.0).sum();
            if paid > 0 {
                assert_eq!(d.spend, Some(paid as f64 / 100.0), "{w}: the cost is what was paid");
            }
            if let (Some(rev), Some(cost)) = (d.revenue, d.spend) {
                same(d.roi, Some((rev - cost) / cost), &format!("{w}: ROI"));
                same(d.roas, Some(rev / cost), &format!("{w}: ROAS"));
            }
        }
        let (whole, src) = dashboard(None);
        assert_eq!(
            (rep.overall.roi, rep.overall.roas, rep.overall.cpa),
            (whole.roi, whole.roas, whole.cpa),
            "seed {seed}"
        );
        assert_eq!(rep.cost_source, src);
        // 小红书 spends (its line, or nothing) with no revenue KPI: named when it has paid.
        let xhs_paid = p.budget.lines.iter().any(|l| l.channel == "小红书" && !l.spends.is_empty());
        assert_eq!(
            attribution_gaps(&p).contains(&Attribution::SpendWithoutRevenue("小红书".into())),
            xhs_paid,
            "seed {seed}"
        );
    }
}

#[test]
fn the_weekly_report_shows_the_weeks_own_figure_beside_the_figure_to_date_and_every_alert_open_in_it() {
    use campaign_planner::docs::{build::build, DocKind, Request};
    use campaign_planner::i18n::monitor::fmt_value;
    use campaign_planner::i18n::Locale;
    use campaign_planner::model::monitor::rules::open_during;
    let mut listed_in_all = 0;
    for seed in 0..20u64 {
        let mut r = Rng(seed * 7 + 3);
        let p = random_plan(&mut r);
        // The third week: Monday 2026-10-26 is day 14 of the plan.
        let at = p.start.add_days(18);
        let doc = build(Locale::ZhCn, &p, Request { kind: DocKind::Weekly, today: at, at });
        let t = doc.tables().find(|t| t.head.iter().any(|h| h.starts_with("本期"))).expect("the KPI table");
        let (own, so_far) = (2, 3);
        assert!(t.head[own].starts_with("本期（") && t.head[so_far].starts_with("截至"), "{:?}", t.head);
        let (from, to) = campaign_planner::docs::period::span(&p, DocKind::Weekly, at).0;
        let to = to.min(at);
        for (k, row) in p.kpis.iter().zip(&t.rows) {
            let s = series(&p, k);
            let week = (0..s.periods.count).filter(|&i| (from..=to).contains(&s.periods.first_day(i)));
            let want = s.value(k.aggregate, week).map(|v| fmt_value(v, &k.unit)).unwrap_or_else(|| "—".into());
            assert_eq!(row[own].text, want, "seed {seed} {}: the week's own figure", k.name);
            let card = to_date(&s, k, p.monitor.thresholds, to).actual;
            assert_eq!(row[so_far].text, card.map(|v| fmt_value(v, &k.unit)).unwrap_or_else(|| "—".into()));
        }
        // Every alert open in the week is listed, also those that fired before it.
        let listed = doc.tables().find(|t| t.head.iter().any(|h| h == "处理记录")).map_or(0, |t| t.rows.len());
        let open = alerts(&p, to).iter().filter(|a| open_during(a, &p.monitor.notes, from, to)).count();
        assert_eq!(listed, open, "seed {seed}");
        assert!(alerts(&p, to).iter().filter(|a| a.fired < from && a.ongoing).count() <= open);
        listed_in_all += listed;
    }
    assert!(listed_in_all > 0, "some week had alerts");
}

#[test]
fn status_changes_record_when_work_started_and_finished_and_every_exception() {
    use campaign_planner::model::base::fault::Fault;
    use campaign_planner::model::close::rules::{exception_spans, report};
    use campaign_planner::model::command::dispatch::{apply, Command, PlanCommand};
    use campaign_planner::model::command::history::History;
    use campaign_planner::model::plan::Workspace;
    use campaign_planner::model::schedule::commands::ItemField;
    use campaign_planner::model::schedule::data::{Episode, Status};
    let p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let id = p.work_items.iter().find(|w| w.status == Status::NotStarted && !w.milestone).unwrap().id.clone();
    let mut ws = Workspace::of(vec![p]);
    let before = ws.clone();
    let mut h = History::default();
    let day = |n: u32| Day::ymd(2026, 11, n);
    let mut set = |ws: &mut Workspace, field: ItemField| {
        h.run(ws, Command::Plan { plan_id: "s".into(), cmd: PlanCommand::SetItem { id: id.clone(), field } }).unwrap();
    };
    set(&mut ws, ItemField::Progress(20, day(21)));
    set(&mut ws, ItemField::Status(Status::Exception, day(23)));
    set(&mut ws, ItemField::ExceptionReason("设备未到".into()));
    set(&mut ws, ItemField::Status(Status::InProgress, day(26)));
    set(&mut ws, ItemField::Status(Status::Done, day(28)));
    let w = ws.plans[0].item(&id).unwrap().clone();
    assert_eq!((w.actual_start, w.actual_end), (Some(day(21)), Some(day(28))));
    assert_eq!(w.episodes, vec![Episode { from: day(23), to: Some(day(26)), reason: "设备未到".into() }]);
    // Completed, its week in exception still counts in the evaluation.
    let spans = exception_spans(&ws.plans[0], day(30));
    let mine: Vec<_> = spans.iter().filter(|x| x.item == id).collect();
    assert_eq!((mine.len(), mine[0].days, mine[0].reason.as_str()), (1, Some(4), "设备未到"));
    assert!(report(&ws.plans[0], day(30)).execution.exceptions.iter().any(|x| x.item == id));
    // Undone back to not started, it has no start; a correction is refused where the finish precedes the start.
    set(&mut ws, ItemField::Status(Status::InProgress, day(29)));
    assert_eq!(ws.plans[0].item(&id).unwrap().actual_end, None);
    let refused = apply(
        &mut ws.clone(),
        Command::Plan {
            plan_id: "s".into(),
            cmd: PlanCommand::SetItem { id: id.clone(), field: ItemField::ActualEnd(Some(day(2))) },
        },
    );
    assert_eq!(refused.unwrap_err(), Fault::EndBeforeStart { start: day(21), end: day(2) });
    while h.undo(&mut ws).is_some() {}
    assert!(ws == before, "every fact goes with the change that recorded it");
}

#[test]
fn a_cards_hover_says_how_its_figure_was_computed() {
    use campaign_planner::i18n::monitor::{explain_value, fmt_value};
    use campaign_planner::i18n::Locale;
    let mut r = Rng(11);
    let p = random_plan(&mut r);
    let (orders, visits, rate) = (&p.kpis[0], &p.kpis[1], &p.kpis[2]);
    let now = to_date(&series(&p, rate), rate, p.monitor.thresholds, p.end.add_days(1));
    let (x, y) = now.parts.expect("a rate keeps its parts' totals");
    same(now.actual, Some(x / y * 100.0), "the card is the ratio of the totals it names");
    let why = explain_value(Locale::ZhCn, rate, &now, Some((orders, visits)));
    let want = format!(
        "转化率 {} = 订单 {} ÷ 访问 {}：两者截至今天的合计相除，不是每天比率的平均",
        fmt_value(now.actual.unwrap(), "%"),
        fmt_value(x, ""),
        fmt_value(y, "")
    );
    assert_eq!(why, want);
    let sum = to_date(&series(&p, orders), orders, p.monitor.thresholds, p.end);
    assert!(explain_value(Locale::En, orders, &sum, None).ends_with(": the periods to date added up"));
}

/// Every consumer of a channel's and a KPI's figures reads them from the one
/// home: the evaluation document's tables (cost, ROI, ROAS, CPA; a goal's
/// result), the same tables as CSV and as the copied text, a retrospective
/// citation (which a lesson freezes as it reads), and the benchmark a closed
/// campaign leaves — all equal the dashboard's figures for the same money.
#[test]
fn every_consumer_reads_the_channels_and_kpis_figures_from_one_home() {
    use campaign_planner::docs::text::{table_csv, to_text};
    use campaign_planner::docs::{build::build, DocKind, Request};
    use campaign_planner::i18n::budget::fmt_roi;
    use campaign_planner::i18n::close::{cite_text, fmt_reading, fmt_times};
    use campaign_planner::i18n::monitor::fmt_value;
    use campaign_planner::i18n::{fmt_major, Locale};
    use campaign_planner::model::close::data::{Cite, CiteKind};
    use campaign_planner::model::close::rules::report;
    use campaign_planner::model::knowledge::data::Metric;
    use campaign_planner::model::knowledge::rules::observations_of;
    use campaign_planner::model::monitor::rules::{derived_with, totals, Filter};
    let cases: u64 = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(60);
    let mut checked = 0;
    for seed in 0..cases {
        let mut r = Rng(seed.wrapping_mul(0x6c07_8965_d5b3_a9e1) | 1);
        let mut p = money_plan(&mut r);
        p.is_sample = false;
        // The rate measures the first goal, so the goal table shows it.
        let goal = p.strategy.goals[0].id.clone();
        p.kpis.iter_mut().for_each(|k| k.goal = None);
        p.kpis[2].goal = Some(goal.clone());
        // Closed, mid-way and on its first day.
        for today in [p.end.add_days(1), p.start.add_days(r.below(40) as i64), p.start] {
            let rep = report(&p, today);
            let all = totals(&p, p.start, rep.as_of);
            for l in [Locale::ZhCn, Locale::En] {
                let doc = build(l, &p, Request { kind: DocKind::Evaluation, today, at: today });
                let text = to_text(l, &doc, false);
                let t = doc.tables().find(|t| t.head.iter().any(|h| h == "ROAS")).expect("the channel table");
                let csv = table_csv(t);
                let col = |name: &str| t.head.iter().position(|h| h == name).unwrap();
                let (cost, roi, roas, cpa) = (2 + 1, col("ROI"), col("ROAS"), col("CPA"));
                let money = |v: Option<f64>| v.map(|v| fmt_major(l, v, &p.currency)).unwrap_or_else(|| "—".into());
                for c in ["抖音", "天猫", "小红书"] {
                    let w = format!("seed {seed} {c} on {today} ({l:?})");
                    let mut d =
                        derived_with(&p, &Filter { channel: Some(c.to_string()), from: p.start, to: rep.as_of }, &all);
                    campaign_planner::model::budget::rules::apply_cost(&p, Some(c), &mut d);
                    let Some(row) = t.rows.iter().find(|row| row[0].text == c) else {
                        assert!(rep.channels.iter().all(|x| x.channel != c), "{w}: a channel of the report is printed");
                        continue;
                    };
                    assert_eq!(row[cost].text, money(d.spend), "{w}: the cost");
                    assert_eq!(row[roi].text, d.roi.map(fmt_roi).unwrap_or_else(|| "—".into()), "{w}: ROI");
                    assert_eq!(row[roas].text, d.roas.map(fmt_times).unwrap_or_else(|| "—".into()), "{w}: ROAS");
                    assert_eq!(row[cpa].text, money(d.cpa), "{w}: CPA");
                    // The CSV's row and the copied text carry the same cells.
                    let line: Vec<String> =
                        row.iter().map(|x| campaign_planner::io::csv::cell(x.text.trim())).collect();
                    assert!(csv.contains(&line.join(",")), "{w}: the CSV row");
                    assert!(text.contains(&row[roi].text) && text.contains(&row[cost].text), "{w}: the text");
                    // A citation of the channel (and the lesson that freezes it).
                    let (_, fig) = cite_text(l, &p, &rep, &Cite { kind: CiteKind::Channel, id: c.into() }, today)
                        .expect("the channel is cited");
                    assert!(fig.starts_with(&format!("{} → {}", money(d.spend), money(d.revenue))), "{w}: {fig}");
                    if let Some(v) = d.roi {
                        assert!(fig.ends_with(&format!("ROI {}", fmt_roi(v))), "{w}: {fig}");
                    }
                    checked += 1;
                }
                // The goal's result is its KPI's, in the table and in a citation.
                let rate = &p.kpis[2];
                let res = kpi_result(&p, rate, today);
                let shown = |v: Option<f64>| v.map(|v| fmt_value(v, &rate.unit)).unwrap_or_else(|| "—".into());
                let goals = doc.tables().next().expect("the goal table");
                let row = goals.rows.iter().find(|x| x[0].text.trim() == p.strategy.goals[0].statement).unwrap();
                assert_eq!((&row[2].text, &row[3].text), (&shown(res.actual), &fmt_reading(l, res.reading)));
                let (_, fig) =
                    cite_text(l, &p, &rep, &Cite { kind: CiteKind::Kpi, id: rate.id.clone() }, today).unwrap();
                assert!(fig.starts_with(&format!("{} / ", shown(res.actual))), "seed {seed}: {fig}");
                let (_, fig) = cite_text(l, &p, &rep, &Cite { kind: CiteKind::Goal, id: goal.clone() }, today).unwrap();
                assert_eq!(fig, fmt_reading(l, res.reading));
            }
            // The benchmark the campaign leaves is the report's figure.
            for o in observations_of(&p, today) {
                let c = rep.channels.iter().find(|x| x.channel == o.channel).unwrap();
                let want = match o.metric {
                    Metric::Roi => c.roi,
                    Metric::Roas => c.roas,
                    Metric::Cpa => c.cpa,
                    Metric::Cvr => c.cvr,
                    Metric::Ctr => c.ctr,
                };
                assert_eq!(Some(o.value.0), want, "seed {seed}: the benchmark {:?} of {}", o.metric, o.channel);
            }
        }
    }
    assert!(checked > 100, "{checked} rows checked");
}

/// A goal's share and a funnel step's rate say on hover how they were
/// computed, with the very figures the row shows.
#[test]
fn a_goals_share_and_a_funnel_steps_rate_say_how_they_were_computed() {
    use campaign_planner::i18n::close::{explain_reading, fmt_reading};
    use campaign_planner::i18n::monitor::{explain_step, fmt_pct, fmt_value};
    use campaign_planner::i18n::Locale;
    use campaign_planner::model::close::rules::report;
    let p = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    let r = report(&p, p.end.add_days(1));
    let mut said = 0;
    for g in r.goals.iter().filter(|g| g.reading.is_some()) {
        let why = explain_reading(Locale::ZhCn, &p, g.actual, g.target, &g.unit, g.reading, &g.kpis);
        let shown = fmt_reading(Locale::ZhCn, g.reading);
        let share = shown.trim_start_matches("上限的 ");
        assert!(why.contains(share), "{why} names {shown}");
        match (g.actual, g.target) {
            (Some(a), Some(t)) => {
                assert!(why.contains(&fmt_value(a, &g.unit)) && why.contains(&fmt_value(t, &g.unit)), "{why}")
            }
            _ => assert!(why.contains(" = 各 KPI 达成率的平均"), "{why}"),
        }
        said += 1;
    }
    assert!(said >= 2, "{said} goals explained");
    // A ceiling reads as the share used, over is bad.
    let (a, t) = (190.0, 100.0);
    let used = campaign_planner::model::close::rules::reading(Direction::Lower, a, t);
    let why = explain_reading(Locale::En, &p, Some(a), Some(t), "", used, &[]);
    assert_eq!(why, "Lower is better: actual 190 used 190% of the ceiling 100; over 100% is bad");
    // Each step with both counts: the later over the earlier, as shown.
    let f = &r.funnel;
    let mut steps = 0;
    for (i, s) in f.steps.iter().enumerate() {
        let why = explain_step(Locale::ZhCn, f, i + 1, ["前", "后"]);
        match (s.rate, f.stages[s.from].actual, f.stages[i + 1].actual) {
            (Some(rate), Some(x), Some(y)) => {
                assert_eq!(why, format!("{} = 后 {} ÷ 前 {}", fmt_pct(rate), fmt_value(y, ""), fmt_value(x, "")));
                same(Some(rate), Some(y / x), "the step's rate");
                steps += 1;
            }
            _ => assert_eq!(why, ""),
        }
    }
    assert!(steps >= 2, "{steps} steps explained");
}
