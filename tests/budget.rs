//! Budget, resources and risks: exact money and shares, the templates'
//! checks at their edges (reserve 10–15%, base/flexible split, overspend,
//! approval before the work starts), the burn series, channel ROI advice,
//! readiness, risk scores and the reserve, the sample, the commands with
//! undo, and import validation.

mod common;

use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::budget::data::Account;
use campaign_planner::model::budget::data::Approval;
use campaign_planner::model::budget::data::ResourceKind;
use campaign_planner::model::budget::data::ResourceStatus;
use campaign_planner::model::budget::data::RiskCategory;
use campaign_planner::model::budget::data::RiskStatus;
use campaign_planner::model::check::validate;
use campaign_planner::model::command::dispatch::apply;
use campaign_planner::model::command::dispatch::Command;
use campaign_planner::model::command::dispatch::PlanCommand;

use campaign_planner::model::budget::commands::BudgetCommand;

use campaign_planner::model::budget::data::BudgetLine;

use campaign_planner::model::budget::data::Resource;

use campaign_planner::model::budget::data::Risk;

use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::budget::data::Spend;
use campaign_planner::model::budget::rules::advice;
use campaign_planner::model::budget::rules::band;
use campaign_planner::model::budget::rules::burn;
use campaign_planner::model::budget::rules::channel_returns;
use campaign_planner::model::budget::rules::heat;
use campaign_planner::model::budget::rules::needed_by;
use campaign_planner::model::budget::rules::readiness;
use campaign_planner::model::budget::rules::reserve;
use campaign_planner::model::budget::rules::share_bp;
use campaign_planner::model::budget::rules::top_risks;
use campaign_planner::model::budget::rules::totals_by;
use campaign_planner::model::budget::rules::warnings;
use campaign_planner::model::budget::rules::Advice;
use campaign_planner::model::budget::rules::Band;
use campaign_planner::model::budget::rules::BudgetWarning;
use campaign_planner::model::budget::rules::GroupBy;
use campaign_planner::model::budget::rules::GroupKey;
use campaign_planner::model::budget::rules::Readiness;
use campaign_planner::model::budget::rules::Sums;
use campaign_planner::model::plan::Plan;
use campaign_planner::model::plan::Workspace;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::data::Level;
use campaign_planner::model::schedule::data::Person;
use campaign_planner::model::schedule::data::Phase;
use campaign_planner::model::schedule::data::Status;
use campaign_planner::model::schedule::data::WorkItem;

fn day(n: i64) -> Day {
    Day::ymd(2026, 11, 2).add_days(n)
}

/// A 30-day plan from Monday 2026-11-02 with ¥100,000 and one item on days 10–19.
fn plan() -> Plan {
    let mut p = Plan::blank("p".into(), "Test", day(0));
    p.total_budget = Money::from_major(100_000);
    p.work_items.push(WorkItem::new("w", "Live stream", Level::Activity, day(10), day(19)));
    p.people.push(Person { id: "fin".into(), name: "Chen".into(), role: String::new(), department: String::new() });
    p
}

fn line(id: &str, account: Account, yuan: i64) -> BudgetLine {
    BudgetLine::new(id, id, account, Money::from_major(yuan))
}

fn pay(n: i64, yuan: i64) -> Spend {
    Spend { date: day(n), amount: Money::from_major(yuan), note: String::new() }
}

fn has(ws: &[BudgetWarning], f: impl Fn(&BudgetWarning) -> bool) -> bool {
    ws.iter().any(f)
}

#[test]
fn shares_are_exact_basis_points_rounded_half_up() {
    let m = Money;
    for (part, whole, want) in [
        (m(1), m(3), Some(3333)),
        (m(2), m(3), Some(6667)),
        (m(1), m(20_000), Some(1)),  // 0.5 bp rounds up
        (m(1), m(20_001), Some(0)),  // just under half
        (m(15), m(100), Some(1500)), // exactly 15%
        (m(0), m(100), Some(0)),
        (m(5), m(0), None),
        (m(i64::MAX / 20_000), m(i64::MAX / 20_000), Some(10_000)), // no overflow
    ] {
        assert_eq!(share_bp(part, whole), want, "{part:?} of {whole:?}");
    }
}

#[test]
fn totals_group_by_account_channel_phase_and_item_and_add_up_exactly() {
    let mut p = plan();
    p.phases.push(Phase { id: "ph".into(), name: "Exec".into(), start: day(0), end: day(29) });
    p.work_items[0].phase = Some("ph".into());
    let mut a = line("a", Account::Kol, 0);
    a.planned = Money(3_333_333); // ¥33,333.33
    a.channel = "抖音".into();
    a.item = Some("w".into());
    a.spends = vec![pay(1, 100), Spend { date: day(2), amount: Money(1), note: String::new() }];
    let mut b = line("b", Account::Contingency, 15_000);
    b.committed = Money::from_major(500);
    let mut c = line("c", Account::Kol, 10_000);
    c.channel = "小红书".into();
    p.budget.lines = vec![a, b, c];

    let acc = totals_by(&p, GroupBy::Account);
    assert_eq!(acc.len(), 2);
    assert_eq!(acc[0].key, GroupKey::Account(Account::Kol));
    assert_eq!(acc[0].sums.planned, Money(4_333_333));
    assert_eq!(acc[0].sums.actual, Money(10_001));
    assert_eq!(acc[0].sums.remaining(), Money(4_333_333 - 10_001));
    assert_eq!(acc[0].share, Some(4333)); // of the ¥100,000 budget
    assert_eq!(acc[0].lines, 2);
    assert_eq!(acc[1].key, GroupKey::Account(Account::Contingency));
    assert_eq!(acc[1].sums.committed, Money::from_major(500));

    let ch = totals_by(&p, GroupBy::Channel);
    let keys: Vec<_> = ch.iter().map(|r| r.key.clone()).collect();
    assert_eq!(keys, [GroupKey::Channel("抖音".into()), GroupKey::Channel("小红书".into()), GroupKey::None]);
    let ph = totals_by(&p, GroupBy::Phase);
    assert_eq!(ph[0].key, GroupKey::Phase("ph".into()));
    assert_eq!(ph[0].sums.planned, Money(3_333_333));
    assert_eq!(ph[1].key, GroupKey::None);
    let it = totals_by(&p, GroupBy::Item);
    assert_eq!(it[0].key, GroupKey::Item("w".into()));
    // Every grouping adds up to the same whole.
    for by in [GroupBy::Account, GroupBy::Channel, GroupBy::Phase, GroupBy::Item] {
        let sum: i64 = totals_by(&p, by).iter().map(|r| r.sums.planned.0).sum();
        assert_eq!(sum, Sums::of(&p.budget.lines).planned.0, "{by:?}");
    }
    // Without a total budget, shares are of the planned sum.
    p.total_budget = Money(0);
    assert_eq!(
        totals_by(&p, GroupBy::Account)[1].share,
        Some(share_bp(Money::from_major(15_000), Sums::of(&p.budget.lines).planned).unwrap())
    );
}

#[test]
fn the_reserve_warning_holds_at_exactly_ten_and_fifteen_percent() {
    // (contingency in fen of a ¥100,000 budget, warned?)
    for (reserve, warned) in [
        (0, true),
        (999_999, true),    // 9.99999%
        (1_000_000, false), // exactly 10%
        (1_200_000, false),
        (1_500_000, false), // exactly 15%
        (1_500_001, true),
    ] {
        let mut p = plan();
        p.budget.lines = vec![
            line("kol", Account::Kol, 50_000),
            BudgetLine { planned: Money(reserve), ..line("c", Account::Contingency, 0) },
        ];
        let w = warnings(&p, day(0));
        assert_eq!(has(&w, |x| matches!(x, BudgetWarning::Reserve { .. })), warned, "reserve {reserve}: {w:?}");
    }
    // No lines, no checks.
    assert!(warnings(&plan(), day(0)).is_empty());
}

#[test]
fn the_flexible_split_is_checked_only_when_on_and_within_five_points() {
    for (flex, share, warned) in [
        (20_000, None, false),
        (20_000, Some(20), false),
        (15_000, Some(20), false), // exactly 5 points off
        (14_999, Some(20), true),
        (25_001, Some(20), true),
        (30_000, Some(30), false),
    ] {
        let mut p = plan();
        p.budget.flexible_share = share;
        p.budget.lines = vec![
            line("base", Account::Channel, 60_000),
            BudgetLine { flexible: true, ..line("flex", Account::Channel, flex) },
            line("c", Account::Contingency, 12_000),
        ];
        let w = warnings(&p, day(0));
        assert_eq!(has(&w, |x| matches!(x, BudgetWarning::Split { .. })), warned, "{flex} {share:?}: {w:?}");
    }
}

#[test]
fn overspend_is_flagged_by_line_account_and_channel_and_over_allocation_by_total() {
    let mut p = plan();
    let mut a = line("a", Account::Kol, 10_000);
    a.channel = "抖音".into();
    a.spends = vec![pay(1, 10_000)]; // exactly planned: fine
    let mut b = line("b", Account::Kol, 5_000);
    b.channel = "抖音".into();
    b.committed = Money::from_major(5_000);
    p.budget.lines = vec![a, b, line("c", Account::Contingency, 12_000)];
    let w = warnings(&p, day(0));
    assert!(
        !has(&w, |x| matches!(x, BudgetWarning::LineOver { .. } | BudgetWarning::LineOvercommitted { .. })),
        "{w:?}"
    );

    p.budget.lines[1].spends = vec![pay(2, 3_000), Spend { date: day(3), amount: Money(200_001), note: String::new() }];
    p.budget.lines[1].committed = Money::from_major(5_001);
    let w = warnings(&p, day(0));
    assert!(has(&w, |x| matches!(x, BudgetWarning::LineOver { line, .. } if line == "b")), "{w:?}");
    assert!(has(&w, |x| matches!(x, BudgetWarning::LineOvercommitted { line, .. } if line == "b")));
    assert!(has(&w, |x| matches!(x, BudgetWarning::AccountOver { account: Account::Kol, .. })));
    assert!(has(&w, |x| matches!(x, BudgetWarning::ChannelOver { channel, .. } if channel == "抖音")));
    // Line a under plan by more than b's overrun: the account and channel are fine.
    p.budget.lines[0].spends = vec![pay(1, 7_000)];
    let w = warnings(&p, day(0));
    assert!(has(&w, |x| matches!(x, BudgetWarning::LineOver { .. })));
    assert!(!has(&w, |x| matches!(x, BudgetWarning::AccountOver { .. } | BudgetWarning::ChannelOver { .. })), "{w:?}");

    assert!(!has(&w, |x| matches!(x, BudgetWarning::OverAllocated { .. })));
    p.budget.lines.push(line("d", Account::Other, 73_000)); // 10k+5k+12k+73k = 100k: exactly the budget
    assert!(!has(&warnings(&p, day(0)), |x| matches!(x, BudgetWarning::OverAllocated { .. })));
    p.budget.lines[3].planned.0 += 1;
    assert!(has(&warnings(&p, day(0)), |x| matches!(x, BudgetWarning::OverAllocated { .. })));
}

#[test]
fn a_line_not_approved_is_flagged_from_three_days_before_its_item_starts() {
    // The item starts on day 10.
    for (today, approval, status, want) in [
        (6, Approval::Submitted, Status::NotStarted, None),
        (7, Approval::Submitted, Status::NotStarted, Some(3)),
        (10, Approval::Draft, Status::NotStarted, Some(0)),
        (12, Approval::Rejected, Status::InProgress, Some(-2)),
        (12, Approval::Approved, Status::InProgress, None),
        (12, Approval::Draft, Status::Done, None),
    ] {
        let mut p = plan();
        p.work_items[0].status = status;
        p.budget.lines = vec![
            BudgetLine { item: Some("w".into()), approval, ..line("a", Account::Kol, 80_000) },
            line("c", Account::Contingency, 12_000),
        ];
        let got = warnings(&p, day(today)).into_iter().find_map(|w| match w {
            BudgetWarning::Unapproved { days, .. } => Some(days),
            _ => None,
        });
        assert_eq!(got, want, "day {today}, {approval:?}, {status:?}");
    }
}

#[test]
fn the_burn_series_spreads_plans_over_item_days_exactly_and_adds_payments_up_to_today() {
    let mut p = plan(); // 30 days; the item runs days 10–19
    let mut a = line("a", Account::Kol, 0);
    a.planned = Money(1_000_001); // does not divide by 10
    a.item = Some("w".into());
    a.spends = vec![pay(-5, 100), pay(3, 50), pay(12, 25)];
    let mut b = line("b", Account::Content, 0);
    b.planned = Money(30_007); // no item: spread over the whole plan
    b.spends = vec![pay(40, 1)]; // after the end: counts on the last day
    let reserve = line("c", Account::Contingency, 50_000);
    p.budget.lines = vec![a, b, reserve];

    let b = burn(&p, day(5));
    assert_eq!(b.planned.len(), 30);
    // The reserve is not planned spend; the rest adds up to the fen.
    assert_eq!(*b.planned.last().unwrap(), Money(1_030_008));
    assert!(b.planned.windows(2).all(|w| w[0] <= w[1]), "cumulative never falls");
    // Nothing of line a before its item starts.
    assert_eq!(b.planned[9].0, 30_007 * 10 / 30);
    assert_eq!(b.planned[10].0 - b.planned[9].0, 1_000_001 / 10 + (30_007 * 11 / 30 - 30_007 * 10 / 30));
    assert_eq!(b.today, Some(5));
    // A payment before the start counts on day 0; actuals run through the
    // last payment (day 29 here), later than today.
    assert_eq!(b.actual[0], Some(Money::from_major(100)));
    assert_eq!(b.actual[3], Some(Money::from_major(150)));
    assert_eq!(b.actual[29], Some(Money::from_major(176)));
    // Without payments after today, actuals stop at today.
    p.budget.lines[1].spends.clear();
    p.budget.lines[0].spends.pop();
    let b2 = burn(&p, day(5));
    assert_eq!(b2.actual[5], Some(Money::from_major(150)));
    assert_eq!(b2.actual[6], None);
    // Before the plan starts there is no today on the chart.
    assert_eq!(burn(&p, day(-3)).today, None);
}

#[test]
fn roi_advice_is_add_from_three_and_stop_below_one() {
    for (roi, want) in [
        (3.0, Advice::Add),
        (7.5, Advice::Add),
        (2.999, Advice::Keep),
        (1.0, Advice::Keep),
        (0.999, Advice::Stop),
        (-1.0, Advice::Stop),
    ] {
        assert_eq!(advice(roi), want, "{roi}");
    }
}

#[test]
fn channel_returns_take_revenue_kpis_and_the_lines_actual_spend() {
    use campaign_planner::model::base::num::Num;
    use campaign_planner::model::monitor::data::Kpi;
    use campaign_planner::model::monitor::data::Role;
    let mut p = plan();
    let mut rev = Kpi::new("rev", "Revenue");
    rev.channel = "抖音".into();
    rev.role = Role::Revenue;
    rev.actuals.insert(day(1), Num(40_000.0));
    let mut spend = Kpi::new("spend", "Ad spend");
    spend.channel = "抖音".into();
    spend.role = Role::Spend;
    spend.actuals.insert(day(1), Num(20_000.0));
    p.kpis = vec![rev, spend];
    // Before any payment is entered, the spend KPI is the cost: ROI 1.
    p.budget.lines = vec![BudgetLine { channel: "抖音".into(), ..line("a", Account::Channel, 30_000) }];
    let r = &channel_returns(&p, day(5))[0];
    assert_eq!((r.cost, r.revenue, r.roi, r.advice), (Some(20_000.0), Some(40_000.0), Some(1.0), Some(Advice::Keep)));
    // Once paid, the budget's actual spend is the cost: (40,000 − 10,000) ÷ 10,000 = 3.
    p.budget.lines[0].spends = vec![pay(1, 10_000)];
    let r = &channel_returns(&p, day(5))[0];
    assert_eq!((r.roi, r.advice), (Some(3.0), Some(Advice::Add)));
    p.budget.lines[0].spends = vec![pay(1, 50_000)];
    assert_eq!(channel_returns(&p, day(5))[0].advice, Some(Advice::Stop));
    // A channel with lines and no revenue KPI has no ROI.
    p.budget.lines.push(BudgetLine { channel: "小红书".into(), ..line("b", Account::Kol, 1_000) });
    let rs = channel_returns(&p, day(5));
    assert_eq!(rs[1].channel, "小红书");
    assert_eq!(rs[1].roi, None);
}

#[test]
fn readiness_flags_needs_late_due_soon_or_planned_after_the_lead_time() {
    // The item starts on day 10; a lead of 3 days makes it due on day 7.
    use Readiness as R;
    for (ready_by, status, today, want) in [
        (None, ResourceStatus::Needed, 0, R::OnTrack),
        (None, ResourceStatus::Needed, 3, R::OnTrack),
        (None, ResourceStatus::Needed, 4, R::DueSoon { days: 3 }),
        (None, ResourceStatus::Arranging, 7, R::DueSoon { days: 0 }),
        (None, ResourceStatus::Arranging, 8, R::Late { days: 1 }),
        (None, ResourceStatus::Ready, 20, R::Ready),
        (Some(7), ResourceStatus::Needed, 0, R::OnTrack),
        (Some(8), ResourceStatus::Needed, 0, R::TooLate { needed: day(7) }),
        (Some(8), ResourceStatus::Ready, 0, R::Ready),
        (Some(5), ResourceStatus::Needed, 6, R::Late { days: 1 }),
    ] {
        let p = plan();
        let r = Resource {
            quantity: 30,
            item: Some("w".into()),
            lead_days: 3,
            ready_by: ready_by.map(day),
            status,
            ..Resource::new("r", "Samples", ResourceKind::Materials)
        };
        assert_eq!(needed_by(&p, &r), Some(day(7)));
        assert_eq!(readiness(&p, &r, day(today)), want, "{ready_by:?} {status:?} day {today}");
    }
    // No item and no date: nothing to judge.
    let p = plan();
    let r = Resource::new("r", "Tool", ResourceKind::Tool);
    assert_eq!(readiness(&p, &r, day(40)), Readiness::OnTrack);
}

#[test]
fn risk_scores_bands_heat_map_and_top_risks() {
    for (l, i, score, b) in [
        (1, 1, 1, Band::Low),
        (2, 2, 4, Band::Low),
        (1, 5, 5, Band::Medium),
        (3, 3, 9, Band::Medium),
        (2, 5, 10, Band::High),
        (4, 4, 16, Band::High),
        (4, 5, 20, Band::Critical),
        (5, 5, 25, Band::Critical),
    ] {
        let r = Risk { likelihood: l, impact: i, ..Risk::new("r", "x", RiskCategory::Other) };
        assert_eq!((r.score(), band(r.score())), (score, b), "{l}×{i}");
    }
    let mut p = plan();
    let risk = |id: &str, l: u8, i: u8, status: RiskStatus| Risk {
        likelihood: l,
        impact: i,
        status,
        ..Risk::new(id, id, RiskCategory::Talent)
    };
    p.budget.risks = vec![
        risk("a", 3, 3, RiskStatus::Open),
        risk("b", 5, 4, RiskStatus::Watching),
        risk("c", 2, 2, RiskStatus::Triggered),
        risk("d", 5, 5, RiskStatus::Closed),
        risk("e", 4, 5, RiskStatus::Open),
    ];
    let top: Vec<&str> = top_risks(&p, 3).iter().map(|r| r.id.as_str()).collect();
    // Triggered first, then by score, ties by impact; closed ones never.
    assert_eq!(top, ["c", "e", "b"]);
    let h = heat(&p);
    assert_eq!(h[4][3], 1); // b: likelihood 5, impact 4
    assert_eq!(h[4][4], 0); // d is closed
    assert_eq!(h.iter().flatten().sum::<usize>(), 4);
}

fn ws(p: Plan) -> Workspace {
    Workspace::of(vec![p])
}

fn cmd(c: BudgetCommand) -> Command {
    Command::Plan { plan_id: "p".into(), cmd: PlanCommand::Budget(c) }
}

#[test]
fn triggering_a_risk_draws_its_cost_from_the_reserve_until_it_is_reopened() {
    let mut p = plan();
    p.budget.lines = vec![line("c", Account::Contingency, 12_000)];
    p.budget.risks = vec![
        Risk { cost: Money::from_major(5_000), ..Risk::new("kol", "KOL cancels", RiskCategory::Talent) },
        Risk { cost: Money::from_major(8_000), ..Risk::new("algo", "Algorithm", RiskCategory::Algorithm) },
    ];
    let mut w = ws(p);
    let r0 = reserve(&w.plans[0]);
    assert_eq!(
        (r0.planned, r0.drawn, r0.exposure, r0.left()),
        (Money::from_major(12_000), Money(0), Money::from_major(13_000), Money::from_major(12_000))
    );
    // Exposure (13,000) beyond what is left (12,000): a gentle warning.
    assert!(has(&warnings(&w.plans[0], day(0)), |x| matches!(x, BudgetWarning::ReserveShort { .. })));

    let trigger = |r: &Risk, status: RiskStatus| Risk { status, triggered: Some(day(4)), ..r.clone() };
    let kol = w.plans[0].budget.risks[0].clone();
    apply(&mut w, cmd(BudgetCommand::PutRisk(Box::new(trigger(&kol, RiskStatus::Triggered))))).unwrap();
    let r = reserve(&w.plans[0]);
    assert_eq!(
        (r.drawn, r.left(), r.exposure),
        (Money::from_major(5_000), Money::from_major(7_000), Money::from_major(8_000))
    );
    // Closed after triggering: the money stays spent.
    apply(&mut w, cmd(BudgetCommand::PutRisk(Box::new(trigger(&kol, RiskStatus::Closed))))).unwrap();
    assert_eq!(reserve(&w.plans[0]).drawn, Money::from_major(5_000));
    // Set back to watching: it was not triggered after all.
    apply(&mut w, cmd(BudgetCommand::PutRisk(Box::new(trigger(&kol, RiskStatus::Watching))))).unwrap();
    assert_eq!(w.plans[0].budget.risks[0].triggered, None);
    assert_eq!(reserve(&w.plans[0]).drawn, Money(0));
    // Drawing more than the reserve holds.
    let algo = w.plans[0].budget.risks[1].clone();
    let big = Risk { cost: Money::from_major(12_001), ..trigger(&algo, RiskStatus::Triggered) };
    apply(&mut w, cmd(BudgetCommand::PutRisk(Box::new(big)))).unwrap();
    assert!(has(&warnings(&w.plans[0], day(0)), |x| matches!(x, BudgetWarning::ReserveOverdrawn { .. })));
}

#[test]
fn budget_commands_undo_and_redo_exactly_and_refuse_bad_input() {
    let p = plan();
    let w = ws(p);
    let approved = BudgetLine {
        item: Some("w".into()),
        approval: Approval::Approved,
        approver: Some("fin".into()),
        decided: Some(day(2)),
        spends: vec![pay(3, 100)],
        ..line("a", Account::Kol, 1_000)
    };
    let need = Resource {
        quantity: 30,
        item: Some("w".into()),
        lead_days: 10,
        owner: Some("fin".into()),
        ..Resource::new("r", "Samples", ResourceKind::Materials)
    };
    let risk = Risk { owner: Some("fin".into()), ..Risk::new("k", "KOL cancels", RiskCategory::Talent) };
    let after = common::assert_undo_redo(
        &w,
        &[
            cmd(BudgetCommand::PutLine(Box::new(line("a", Account::Kol, 1_000)))),
            cmd(BudgetCommand::PutLine(Box::new(line("b", Account::Contingency, 150)))),
            cmd(BudgetCommand::PutLine(Box::new(approved.clone()))),
            cmd(BudgetCommand::Move { id: "b".into(), up: true }),
            cmd(BudgetCommand::PutResource(Box::new(need))),
            cmd(BudgetCommand::PutRisk(Box::new(risk.clone()))),
            cmd(BudgetCommand::PutRisk(Box::new(Risk { likelihood: 5, impact: 2, ..risk.clone() }))),
            cmd(BudgetCommand::FlexibleShare(Some(20))),
            cmd(BudgetCommand::RemoveLine("a".into())),
        ],
    );
    let b = &after.plans[0].budget;
    assert_eq!(b.lines.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["b"]);
    assert_eq!((b.risks[0].likelihood, b.risks[0].impact), (5, 2));

    // A line back to draft forgets when it was decided.
    let mut w2 = w.clone();
    apply(&mut w2, cmd(BudgetCommand::PutLine(Box::new(approved.clone())))).unwrap();
    apply(&mut w2, cmd(BudgetCommand::PutLine(Box::new(BudgetLine { approval: Approval::Draft, ..approved.clone() }))))
        .unwrap();
    assert_eq!(w2.plans[0].budget.lines[0].decided, None);

    // Deleting the item, the person or a KPI unlinks them in the same step.
    let mut w3 = after.clone();
    apply(&mut w3, cmd(BudgetCommand::PutLine(Box::new(approved)))).unwrap();
    apply(&mut w3, Command::Plan { plan_id: "p".into(), cmd: PlanCommand::DeleteItem { id: "w".into() } }).unwrap();
    assert_eq!(w3.plans[0].budget.lines[1].item, None);
    assert_eq!(w3.plans[0].budget.resources[0].item, None);
    assert!(validate::validate(&w3.plans[0]).is_empty());
    apply(&mut w3, Command::Plan { plan_id: "p".into(), cmd: PlanCommand::DeletePerson { id: "fin".into() } }).unwrap();
    assert_eq!(w3.plans[0].budget.lines[1].approver, None);
    assert_eq!(w3.plans[0].budget.risks[0].owner, None);
    assert!(validate::validate(&w3.plans[0]).is_empty());

    let refuse = |c: BudgetCommand, e: Fault| {
        assert_eq!(apply(&mut w.clone(), cmd(c.clone())), Err(e), "{c:?}");
    };
    refuse(BudgetCommand::PutLine(Box::new(line(" ", Account::Kol, 1))), Fault::EmptyName);
    refuse(BudgetCommand::PutLine(Box::new(line("a", Account::Kol, -1))), Fault::BadAmount(Money(-100)));
    refuse(
        BudgetCommand::PutLine(Box::new(BudgetLine { item: Some("nope".into()), ..line("a", Account::Kol, 1) })),
        Fault::UnknownItem("nope".into()),
    );
    refuse(
        BudgetCommand::PutLine(Box::new(BudgetLine { approver: Some("x".into()), ..line("a", Account::Kol, 1) })),
        Fault::UnknownPerson("x".into()),
    );
    refuse(
        BudgetCommand::PutRisk(Box::new(Risk { likelihood: 6, ..risk.clone() })),
        Fault::OutOfRange { value: 6, min: 1, max: 5 },
    );
    refuse(
        BudgetCommand::PutRisk(Box::new(Risk { impact: 0, ..risk.clone() })),
        Fault::OutOfRange { value: 0, min: 1, max: 5 },
    );
    refuse(BudgetCommand::PutRisk(Box::new(Risk { kpi: Some("k9".into()), ..risk })), Fault::UnknownEntry("k9".into()));
    refuse(BudgetCommand::RemoveLine("zz".into()), Fault::UnknownEntry("zz".into()));
    refuse(BudgetCommand::FlexibleShare(Some(100)), Fault::OutOfRange { value: 100, min: 1, max: 99 });
    assert_eq!(
        apply(&mut after.clone(), cmd(BudgetCommand::Move { id: "b".into(), up: true })),
        Err(Fault::CannotMove)
    );
}

#[test]
fn the_sample_budget_follows_the_template_and_shows_one_approval_to_chase() {
    let today = Day::ymd(2026, 11, 18);
    for lang in [SampleLang::Zh, SampleLang::En] {
        let p = sample_plan("s".into(), today, lang);
        assert!(validate::validate(&p).is_empty(), "{:?}", validate::validate(&p));
        let acc: Vec<(GroupKey, Option<i64>)> =
            totals_by(&p, GroupBy::Account).into_iter().map(|r| (r.key, r.share)).collect();
        assert_eq!(
            acc,
            [
                (GroupKey::Account(Account::Kol), Some(4000)),
                (GroupKey::Account(Account::Content), Some(2500)),
                (GroupKey::Account(Account::Channel), Some(2000)),
                (GroupKey::Account(Account::Contingency), Some(1500)),
            ]
        );
        let w = warnings(&p, today);
        assert!(
            !has(&w, |x| matches!(x, BudgetWarning::Reserve { .. } | BudgetWarning::OverAllocated { .. })),
            "{w:?}"
        );
        assert!(
            has(&w, |x| matches!(x, BudgetWarning::Unapproved { line, days: 0, .. } if line == "b-xhs-ads")),
            "{w:?}"
        );
        let r = reserve(&p);
        assert_eq!((r.planned, r.drawn), (Money::from_major(120_000), Money::from_major(40_000)));
        assert_eq!(top_risks(&p, 5)[0].id, "risk-dy-roi");
        // Both channels have revenue and spend, so both get advice.
        let rs = channel_returns(&p, today);
        assert_eq!(rs.len(), 2);
        assert!(rs.iter().all(|r| r.advice.is_some()), "{rs:?}");
        assert!(p.budget.resources.iter().any(|r| matches!(readiness(&p, r, today), Readiness::TooLate { .. })));
    }
}

#[test]
fn import_reports_broken_budget_entries_with_their_paths() {
    let mut p = plan();
    p.budget.lines = vec![
        BudgetLine { item: Some("gone".into()), approver: Some("nobody".into()), ..line("a", Account::Kol, -5) },
        BudgetLine { spends: vec![pay(1, 0)], ..line("a", Account::Kol, 5) },
    ];
    p.budget.risks = vec![Risk { likelihood: 9, kpi: Some("kx".into()), ..Risk::new("r", "", RiskCategory::Other) }];
    p.budget.resources = vec![Resource { quantity: 0, lead_days: 400, ..Resource::new("q", "x", ResourceKind::Tool) }];
    p.budget.flexible_share = Some(0);
    let paths: Vec<String> = validate::validate(&p).into_iter().map(|x| x.path).collect();
    for want in [
        "budget.lines[0].item",
        "budget.lines[0].approver",
        "budget.lines[0].planned",
        "budget.lines[1].id",
        "budget.lines[1].spends[0].amount",
        "budget.resources[0].quantity",
        "budget.resources[0].lead_days",
        "budget.risks[0].title",
        "budget.risks[0].kpi",
        "budget.risks[0].likelihood",
        "budget.flexible_share",
    ] {
        assert!(paths.iter().any(|x| x == want), "{want} in {paths:?}");
    }
}

/// Approval and triggering are model commands: the day comes with the
/// command, a decision keeps it, a submission or a withdrawal forgets it,
/// and each is one undo step.
#[test]
fn deciding_a_line_and_triggering_a_risk_are_commands_with_their_day() {
    let mut p = plan();
    p.budget.lines = vec![line("a", Account::Kol, 1_000)];
    p.budget.risks = vec![Risk::new("k", "KOL cancels", RiskCategory::Talent)];
    let w0 = ws(p);
    let decide = |approval, n| cmd(BudgetCommand::Decide { line: "a".into(), approval, day: day(n) });
    let after = common::assert_undo_redo(
        &w0,
        &[
            decide(Approval::Submitted, 1),
            decide(Approval::Approved, 2),
            cmd(BudgetCommand::Trigger { risk: "k".into(), day: day(3) }),
        ],
    );
    let b = &after.plans[0].budget;
    assert_eq!((b.lines[0].approval, b.lines[0].decided), (Approval::Approved, Some(day(2))));
    assert_eq!((b.risks[0].status, b.risks[0].triggered), (RiskStatus::Triggered, Some(day(3))));
    let mut w = after.clone();
    apply(&mut w, decide(Approval::Draft, 4)).unwrap();
    assert_eq!((w.plans[0].budget.lines[0].approval, w.plans[0].budget.lines[0].decided), (Approval::Draft, None));
    let mut w = w0.clone();
    assert_eq!(apply(&mut w, decide(Approval::Approved, 1)).map(|_| ()), Ok(()));
    assert_eq!(
        apply(
            &mut w0.clone(),
            cmd(BudgetCommand::Decide { line: "zz".into(), approval: Approval::Approved, day: day(0) })
        ),
        Err(Fault::UnknownEntry("zz".into()))
    );
    assert_eq!(
        apply(&mut w0.clone(), cmd(BudgetCommand::Trigger { risk: "zz".into(), day: day(0) })),
        Err(Fault::UnknownEntry("zz".into()))
    );
}
