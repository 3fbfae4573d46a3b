//! `make bench`: how long reading plan files takes natively (release): a file
//! near the 20 MB limit, strict and mending, a 1,000-deep goal tree, and a
//! long chain of parents. Prints figures; asserts nothing about time.

use campaign_planner::io::{export_plan, import_plan, import_repairing};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::data::Level;
use campaign_planner::model::schedule::data::WorkItem;
use campaign_planner::model::strategy::data::Dimension;
use campaign_planner::model::strategy::data::Goal;

mod timing;
use timing::time;

fn main() {
    let base = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    // A file just under 20 MB: the sample with as many actions as fit.
    let mut big = base.clone();
    let mut i = 0;
    while export_plan(&big).len() < 19 * 1024 * 1024 {
        for _ in 0..5000 {
            let mut w = WorkItem::new(
                format!("x{i}"),
                format!("小红书笔记发布 第{i}篇"),
                Level::Action,
                big.start,
                big.start.add_days(3),
            );
            w.owner = Some("p-ops".into());
            w.notes = "每篇笔记带 3 个卖点，互动率 ≥ 5%".into();
            big.work_items.push(w);
            i += 1;
        }
    }
    let text = export_plan(&big);
    println!("| reading a plan file (native, release, median of 5) | ms |\n|---|---:|");
    let strict = time(5, |_| {
        import_plan(&text).unwrap();
    });
    println!(
        "| {:.1} MB, {} items: strict import | {strict:.0} |",
        text.len() as f64 / 1048576.0,
        big.work_items.len()
    );
    let mended = time(5, |_| {
        import_repairing(&text).unwrap();
    });
    println!("| the same, through the mending import | {mended:.0} |");
    let v = time(5, |_| {
        validate(&big);
    });
    println!("| validating it | {v:.0} |");
    // A 1,000-deep goal tree.
    let mut deep = base.clone();
    deep.kpis.iter_mut().for_each(|k| k.goal = None);
    deep.strategy.goals = (0..1000)
        .map(|i| Goal::new(format!("g{i}"), (i > 0).then(|| format!("g{}", i - 1)), Dimension::Traffic, "目标"))
        .collect();
    let deep_text = export_plan(&deep);
    let d = time(5, |_| {
        import_plan(&deep_text).unwrap();
    });
    println!("| a 1,000-deep goal tree: import | {d:.1} |");
    // 10,000 items chained as parents (levels broken): mended, not quadratic.
    let mut chain = base;
    chain.work_items = (0..10_000)
        .map(|i| {
            let mut w = WorkItem::new(format!("c{i}"), "链", Level::Action, chain.start, chain.start);
            w.parent = (i > 0).then(|| format!("c{}", i - 1));
            w
        })
        .collect();
    chain.dependencies.clear();
    chain.baselines.clear();
    chain.budget.lines.iter_mut().for_each(|l| l.item = None);
    chain.budget.resources.iter_mut().for_each(|r| r.item = None);
    let chain_text = export_plan(&chain);
    let c = time(3, |_| {
        import_repairing(&chain_text).unwrap();
    });
    println!("| 10,000 items each the parent of the next: mended import | {c:.0} |");
}
