//! `make bench`: how long the one home of every figure takes to recompute
//! after one edit, natively (release): a plan of 50 KPIs × 365 days of
//! actuals (rates among them) and 500 budget lines with payments — every
//! KPI's series and value to date (the dashboard's cards), the channel table
//! on one cost, the evaluation report and the alerts — and the weekly report
//! of a 1,000-item plan. Prints figures; asserts nothing about time.

use campaign_planner::docs::{build::build, DocKind, Request};
use campaign_planner::i18n::Locale;
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::budget::data::{Account, BudgetLine, Spend};
use campaign_planner::model::budget::rules::{apply_cost, channel_returns};
use campaign_planner::model::close::rules::report;
use campaign_planner::model::monitor::data::{Aggregate, Direction, Kpi, Role};
use campaign_planner::model::monitor::rules::{alerts, channels, derived_with, series, to_date, totals, Filter};
use campaign_planner::model::plan::Plan;
use campaign_planner::model::sample::{sample_plan, SampleLang};
use campaign_planner::model::schedule::data::{Level, Status, WorkItem};

mod timing;
use timing::time;

/// A year-long plan: 50 KPIs over five channels (counts, revenue, spend and
/// a rate per channel), a value every day, and 500 lines with a payment each.
fn year_plan() -> Plan {
    let mut p = sample_plan("y".into(), Day::ymd(2026, 1, 5), SampleLang::Zh);
    p.start = Day::ymd(2026, 1, 1);
    p.end = Day::ymd(2026, 12, 31);
    p.kpis.clear();
    p.monitor.rules.retain(|r| r.kpi.is_none());
    p.budget.risks.iter_mut().for_each(|r| r.kpi = None);
    let chans = ["抖音", "小红书", "天猫", "视频号", "B站"];
    for (c, ch) in chans.iter().enumerate() {
        for k in 0..10 {
            let id = format!("k{c}-{k}");
            let mut kpi = Kpi::new(id.clone(), format!("{ch}指标{k}"));
            kpi.channel = ch.to_string();
            kpi.target = Some(Num(100_000.0));
            match k {
                0 => kpi.role = Role::Revenue,
                1 => {
                    kpi.role = Role::Spend;
                    kpi.direction = Direction::Lower;
                }
                9 => {
                    kpi.unit = "%".into();
                    kpi.aggregate = Aggregate::Average;
                    kpi.target = Some(Num(5.0));
                    kpi.ratio_of = Some(format!("k{c}-3"));
                    kpi.ratio_per = Some(format!("k{c}-2"));
                }
                _ => {}
            }
            if k != 9 {
                for d in 0..365 {
                    kpi.actuals.insert(p.start.add_days(d), Num(((d * 37 + k * 11) % 500) as f64 + 10.0));
                }
            }
            p.kpis.push(kpi);
        }
    }
    p.budget.lines = (0..500)
        .map(|i| {
            let mut l =
                BudgetLine::new(format!("l{i}"), format!("预算行{i}"), Account::Channel, Money::from_major(10_000));
            l.channel = chans[i % chans.len()].to_string();
            l.spends.push(Spend {
                date: p.start.add_days((i % 300) as i64),
                amount: Money::from_major(900),
                note: String::new(),
            });
            l
        })
        .collect();
    p
}

/// What a change recomputes: every card, the channel table, the report, the alerts.
fn recompute(p: &Plan, today: Day) -> usize {
    let th = p.monitor.thresholds;
    let mut n = 0;
    for k in &p.kpis {
        let s = series(p, k);
        n += usize::from(to_date(&s, k, th, today).actual.is_some());
    }
    let all = totals(p, p.start, today);
    for c in channels(p).into_iter().map(Some).chain(std::iter::once(None)) {
        let mut d = derived_with(p, &Filter { channel: c.clone(), from: p.start, to: today }, &all);
        apply_cost(p, c.as_deref(), &mut d);
        n += usize::from(d.roi.is_some());
    }
    n += channel_returns(p, today).len();
    n += report(p, today).channels.len();
    n + alerts(p, today).len()
}

fn main() {
    let mut p = year_plan();
    let today = Day::ymd(2026, 9, 30);
    println!("| recomputing every figure after one edit (native, release, median of 15) | ms |\n|---|---:|");
    let one = time(15, |i| {
        // One typed value changes, as a user's edit would.
        let k = &mut p.kpis[i % 40];
        k.actuals.insert(Day::ymd(2026, 9, 1), Num(i as f64));
        std::hint::black_box(recompute(&p, today));
    });
    println!("| 50 KPIs × 365 days, 500 lines with payments: cards, channel table, budget ROI, evaluation, alerts | {one:.1} |");
    // The weekly report of a 1,000-item plan.
    let mut big = sample_plan("b".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    for i in 0..1000 {
        let mut w = WorkItem::new(
            format!("x{i}"),
            format!("任务{i}"),
            Level::Action,
            big.start,
            big.start.add_days((i % 40) as i64),
        );
        w.owner = Some("p-ops".into());
        w.status = [Status::NotStarted, Status::InProgress, Status::Done, Status::Exception][i % 4];
        w.progress = if w.status == Status::Done { 100 } else { 0 };
        w.actual_end = (w.status == Status::Done).then_some(w.end);
        big.work_items.push(w);
    }
    let at = Day::ymd(2026, 11, 20);
    let weekly = time(15, |_| {
        std::hint::black_box(build(Locale::ZhCn, &big, Request { kind: DocKind::Weekly, today: at, at }));
    });
    println!("| the weekly report of a 1,000-item plan | {weekly:.1} |");
}
