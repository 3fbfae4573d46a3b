//! Builds each document from the plan: the stage documents that read the
//! plan as it stands (目标确认单, 洞察报告, 画像手册, 策略方案书, 甘特图, RACI,
//! 资源清单, 预算表, 风险预案, 跟踪表, 中期调整记录, 评估报告, 复盘文档); the
//! period reports are in `period`. Must not know about the browser.

use super::gantt::{Chart, Row};
use super::{Block, Cell, Doc, DocKind, Request, Table, Tone};
use crate::i18n::budget::group_name;
use crate::i18n::budget::{
    account_name, approval_name, band_name, category_name, readiness_text, resource_kind_name, risk_status_name,
};
use crate::i18n::close::{fmt_rate, goal_gap, lens_name, section_name, status_line, verdict_name};
use crate::i18n::docs::DocsTexts;
use crate::i18n::monitor::{fmt_value, light_name};
use crate::i18n::strategy::{
    channel_kind_name, dimension_name, effect_name, factor_name, force_name, generic_name, incentive_name,
    priority_name, quadrant_name, side_name, tactic_name, tier_name, tows_name,
};
use crate::i18n::{fill, fmt_date, fmt_money, fmt_range, level_name, status_name, Locale};
use crate::model::base::day::Day;
use crate::model::base::money::Money;
use crate::model::budget::rules::{band, needed_by, readiness, totals_by, GroupBy, Sums};
use crate::model::close::data::Section;
use crate::model::close::rules::report;
use crate::model::monitor::data::Checkpoint;
use crate::model::monitor::rules::{checkpoint_day, Light};
use crate::model::plan::Plan;
use crate::model::schedule::analysis::analyse;
use crate::model::schedule::data::{Raci, Status};
use crate::model::strategy::data::Quadrant;
use crate::model::strategy::rules::{goal_tree, smart, smarts, Letter};

/// The document asked for, in `l`.
pub fn build(l: Locale, p: &Plan, r: Request) -> Doc {
    let t = l.docs();
    let mut d = Doc {
        kind: r.kind,
        title: crate::i18n::docs::doc_title(l, r.kind).to_string(),
        plan: p.name.clone(),
        subtitle: fill(&fill(t.subtitle, "range", &fmt_range(l, p.start, p.end)), "date", &fmt_date(l, r.today)),
        blocks: vec![],
    };
    let b = &mut d.blocks;
    match r.kind {
        DocKind::Goals => goals(l, t, p, b),
        DocKind::Insight => insight(l, t, p, b),
        DocKind::Personas => personas(l, t, p, b),
        DocKind::Strategy => strategy(l, t, p, b),
        DocKind::Gantt => b.push(Block::Gantt(chart(p))),
        DocKind::Raci => raci(l, t, p, b),
        DocKind::Resources => resources(l, t, p, r.today, b),
        DocKind::Budget => budget(l, t, p, b),
        DocKind::Risks => risks(l, t, p, b),
        DocKind::Tracking => tracking(l, t, p, b),
        DocKind::Weekly | DocKind::Monthly | DocKind::Daily => {
            d.subtitle = super::period::period_doc(l, t, p, r, b);
        }
        DocKind::Midterm => midterm(l, t, p, r.today, b),
        DocKind::Evaluation => evaluation(l, t, p, r.today, b),
        DocKind::Retro => retro(l, t, p, b),
    }
    d
}

pub(super) fn person(p: &Plan, id: &Option<String>) -> String {
    id.as_deref().and_then(|i| p.person(i)).map(|x| x.name.clone()).unwrap_or_else(|| "—".into())
}

pub(super) fn money(l: Locale, p: &Plan, m: Money) -> Cell {
    Cell::num(fmt_money(l, m, &p.currency))
}

pub(super) fn tone(light: Option<Light>) -> Tone {
    match light {
        Some(Light::Green) => Tone::Green,
        Some(Light::Yellow) => Tone::Yellow,
        Some(Light::Red) => Tone::Red,
        None => Tone::Muted,
    }
}

/// A light as a cell: its name in words, coloured.
pub(super) fn light_cell(l: Locale, light: Option<Light>) -> Cell {
    Cell::text(light.map(|x| light_name(l, x)).unwrap_or("—")).tone(tone(light))
}

pub(super) fn table(name: &str, head: &[&str], rows: Vec<Vec<Cell>>, empty: &str) -> Block {
    Block::Table(Table {
        name: name.to_string(),
        head: head.iter().map(|h| h.to_string()).collect(),
        rows,
        empty: empty.to_string(),
    })
}

/// A heading and its table, named alike (the CSV file takes the name).
pub(super) fn section(b: &mut Vec<Block>, title: &str, head: &[&str], rows: Vec<Vec<Cell>>, empty: &str) {
    b.push(Block::Heading(title.to_string()));
    b.push(table(title, head, rows, empty));
}

fn opt_num(v: Option<crate::model::base::num::Num>, unit: &str) -> String {
    v.map(|v| fmt_value(v.0, unit)).unwrap_or_else(|| "—".into())
}

fn goals(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    b.push(Block::Facts(vec![
        (t.plan_period.into(), fmt_range(l, p.start, p.end).into()),
        (t.total_budget.into(), money(l, p, p.total_budget)),
    ]));
    let all = smarts(p);
    let rows = goal_tree(&p.strategy)
        .into_iter()
        .map(|(depth, g)| {
            let sm = all.get(&g.id).cloned().unwrap_or_else(|| smart(p, g));
            let letters: Vec<String> =
                Letter::ALL.iter().map(|x| format!("{}{}", if sm.holds(*x) { "☑" } else { "☐" }, x.char())).collect();
            vec![
                Cell::text(format!("{}{}", "  ".repeat(depth), g.statement)),
                dimension_name(l, g.dimension).into(),
                [g.metric.trim(), g.scope.trim()]
                    .iter()
                    .filter(|x| !x.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" · ")
                    .into(),
                Cell::num(opt_num(g.baseline, &g.unit)),
                Cell::num(opt_num(g.target, &g.unit)),
                g.deadline.map(|d| fmt_date(l, d)).unwrap_or_else(|| "—".into()).into(),
                person(p, &g.owner).into(),
                priority_name(l, g.priority).into(),
                if g.budget.0 == 0 { Cell::num("—") } else { money(l, p, g.budget) },
                Cell::text(letters.join(" ")).tone(if sm.gaps.is_empty() { Tone::Green } else { Tone::Yellow }),
            ]
        })
        .collect();
    b.push(Block::Heading(t.goals_list.into()));
    b.push(table(
        t.goals_list,
        &[
            t.col_goal,
            t.col_dimension,
            t.col_metric,
            t.col_baseline,
            t.col_target,
            t.col_deadline,
            t.col_owner,
            t.col_priority,
            t.col_budget,
            t.col_smart,
        ],
        rows,
        t.no_goals,
    ));
    b.push(Block::Signatures(vec![t.sign_proposer.into(), t.sign_reviewer.into(), t.sign_approver.into()]));
}

fn insight(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    let s = &p.strategy;
    let rows = s
        .pestel
        .iter()
        .map(|e| {
            vec![
                factor_name(l, e.factor).into(),
                e.text.clone().into(),
                effect_name(l, e.effect).into(),
                Cell::num(e.weight.to_string()),
            ]
        })
        .collect();
    section(b, t.pestel, &[t.col_factor, t.col_content, t.col_effect, t.col_weight], rows, t.none_yet);
    let rows = s
        .forces
        .iter()
        .map(|f| {
            let r = if f.rating == 0 { "—".to_string() } else { format!("{}/5", f.rating) };
            vec![force_name(l, f.force).into(), Cell::num(r), f.notes.clone().into()]
        })
        .collect();
    section(b, t.forces, &[t.col_force, t.col_rating, t.col_notes], rows, t.none_yet);
    let rows = s.internal.iter().map(|e| vec![side_name(l, e.side).into(), e.text.clone().into()]).collect();
    section(b, t.internal, &[t.col_side, t.col_content], rows, t.none_yet);
    let rows = s
        .competitors
        .iter()
        .map(|c| {
            [&c.name, &c.theme, &c.format, &c.channels, &c.timing, &c.feedback]
                .into_iter()
                .map(|x| Cell::text(x.clone()))
                .collect()
        })
        .collect();
    section(
        b,
        t.competitors,
        &[t.col_competitor, t.col_theme, t.col_format, t.col_channels, t.col_timing, t.col_feedback],
        rows,
        t.none_yet,
    );
    let rows = Quadrant::ALL
        .iter()
        .map(|q| {
            let items: Vec<String> = s.swot.iter().filter(|e| e.quadrant == *q).map(|e| e.text.clone()).collect();
            vec![quadrant_name(l, *q).into(), crate::i18n::format::join_list(l, &items).into()]
        })
        .collect();
    section(b, t.swot, &[t.col_quadrant, t.col_content], rows, t.none_yet);
    let rows = s.tows.iter().map(|x| vec![tows_name(l, x.kind).into(), x.text.clone().into()]).collect();
    section(b, t.tows, &[t.col_kind, t.col_strategy], rows, t.none_yet);
}

fn personas(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    let _ = l;
    if p.strategy.personas.is_empty() {
        b.push(Block::Para(t.none_yet.into()));
    }
    for x in &p.strategy.personas {
        b.push(Block::Heading(x.name.clone()));
        let mut facts: Vec<(String, Cell)> = vec![];
        for (k, v) in [
            (t.p_age, &x.age),
            (t.p_gender, &x.gender),
            (t.p_city, &x.city_tier),
            (t.p_income, &x.income),
            (t.p_habits, &x.habits),
        ] {
            if !v.trim().is_empty() {
                facts.push((k.into(), v.clone().into()));
            }
        }
        if !x.media.is_empty() {
            facts.push((t.p_media.into(), x.media.join(" > ").into()));
        }
        for (k, v) in [(t.p_pains, &x.pains), (t.p_needs, &x.needs), (t.p_quote, &x.quote)] {
            if !v.trim().is_empty() {
                facts.push((k.into(), v.clone().into()));
            }
        }
        b.push(Block::Facts(facts));
    }
}

fn strategy(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    let s = &p.strategy;
    let mut facts: Vec<(String, Cell)> = vec![(t.plan_period.into(), fmt_range(l, p.start, p.end).into())];
    facts.push((t.total_budget.into(), money(l, p, p.total_budget)));
    if !s.positioning.trim().is_empty() {
        facts.push((t.positioning.into(), s.positioning.clone().into()));
    }
    if let Some(g) = s.generic {
        facts.push((t.generic.into(), generic_name(l, g).into()));
    }
    if !s.theme.trim().is_empty() {
        facts.push((t.theme.into(), s.theme.clone().into()));
    }
    b.push(Block::Facts(facts));
    b.push(Block::Heading(t.goals_list.into()));
    let goals: Vec<String> = goal_tree(s)
        .into_iter()
        .map(|(depth, g)| {
            let target = g.target.map(|v| fill(t.goal_target, "target", &fmt_value(v.0, &g.unit))).unwrap_or_default();
            format!("{}{}{}", "  ".repeat(depth), g.statement, target)
        })
        .collect();
    b.push(if goals.is_empty() { Block::Para(t.no_goals.into()) } else { Block::List(goals) });
    let mut rows: Vec<Vec<Cell>> =
        s.tows.iter().map(|x| vec![tows_name(l, x.kind).into(), x.text.clone().into()]).collect();
    rows.extend(s.tactics.iter().map(|x| vec![tactic_name(l, x.kind).into(), x.text.clone().into()]));
    section(b, t.strategies, &[t.col_kind, t.col_strategy], rows, t.none_yet);
    if !s.slogans.is_empty() || !s.selling_points.trim().is_empty() {
        b.push(Block::Heading(t.messages.into()));
        let mut list: Vec<String> = s.slogans.iter().map(|x| fill(t.quote, "text", x)).collect();
        list.extend(s.selling_points.lines().filter(|x| !x.trim().is_empty()).map(str::to_string));
        b.push(Block::List(list));
    }
    if !s.incentives.is_empty() {
        let rows = s
            .incentives
            .iter()
            .map(|x| {
                vec![
                    incentive_name(l, x.kind).into(),
                    x.rule.clone().into(),
                    money(l, p, x.unit_cost),
                    Cell::num(crate::i18n::fmt_int(x.quantity as i64)),
                    money(l, p, x.total().unwrap_or(Money(0))),
                ]
            })
            .collect();
        section(
            b,
            t.incentives,
            &[t.col_kind, t.col_rule, t.col_unit_cost, t.col_quantity, t.col_total],
            rows,
            t.none_yet,
        );
    }
    if !s.journey.is_empty() {
        b.push(Block::Heading(t.journey.into()));
        let list = s
            .journey
            .iter()
            .enumerate()
            .map(|(i, j)| {
                let conv = if j.conversion { t.conversion_step } else { "" };
                let risk = if j.risk.trim().is_empty() { String::new() } else { fill(t.step_risk, "risk", &j.risk) };
                format!("{}. {}{}{}", i + 1, j.text, conv, risk)
            })
            .collect();
        b.push(Block::List(list));
    }
    let rows = s
        .channels
        .iter()
        .map(|c| {
            vec![
                c.name.clone().into(),
                channel_kind_name(l, c.kind).into(),
                (if c.online { t.online } else { t.offline }).into(),
                tier_name(l, c.tier).into(),
                Cell::num(format!("{}%", c.share)),
                money(l, p, Money(p.total_budget.0 / 100 * c.share as i64)),
            ]
        })
        .collect();
    section(
        b,
        t.channel_mix,
        &[t.col_channel, t.col_kind, t.col_online, t.col_tier, t.col_share, t.col_budget],
        rows,
        t.none_yet,
    );
}

/// Outline numbers (1, 1.1, 1.2, 2 …) from the analysis' depths.
fn numbers(depths: impl Iterator<Item = u8>) -> Vec<String> {
    let mut stack: Vec<u32> = vec![];
    depths
        .map(|d| {
            let d = d as usize;
            stack.truncate(d + 1);
            while stack.len() < d + 1 {
                stack.push(0);
            }
            stack[d] += 1;
            stack.iter().map(u32::to_string).collect::<Vec<_>>().join(".")
        })
        .collect()
}

/// The plan's outline as Gantt rows.
pub fn chart(p: &Plan) -> Chart {
    let a = analyse(p);
    let nums = numbers(a.rows.iter().map(|r| r.depth));
    let rows = p
        .work_items
        .iter()
        .zip(&a.rows)
        .zip(nums)
        .map(|((w, r), num)| Row {
            num,
            title: w.title.clone(),
            depth: r.depth,
            owner: person(p, &w.owner),
            start: r.start,
            end: r.end,
            status: r.status,
            progress: r.progress,
            milestone: w.milestone,
            summary: r.summary,
        })
        .collect();
    let from = a.rows.iter().map(|r| r.start).min().unwrap_or(p.start).min(p.start);
    let to = a.rows.iter().map(|r| r.end).max().unwrap_or(p.end).max(p.end);
    Chart { rows, from, to }
}

fn raci(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    let a = analyse(p);
    let nums = numbers(a.rows.iter().map(|r| r.depth));
    let names = |w: &crate::model::schedule::data::WorkItem, role: Raci| {
        let v: Vec<String> = w
            .raci
            .iter()
            .filter(|(_, r)| **r == role)
            .filter_map(|(id, _)| p.person(id))
            .map(|x| x.name.clone())
            .collect();
        crate::i18n::format::join_list(l, &v)
    };
    let rows = p
        .work_items
        .iter()
        .zip(nums)
        .map(|(w, n)| {
            let acc = names(w, Raci::A);
            let missing = acc.is_empty() && w.owner.is_none();
            vec![
                Cell::text(n),
                Cell::text(w.title.clone()),
                level_name(l, w.level).into(),
                Cell::text(person(p, &w.owner)).tone(if missing { Tone::Red } else { Tone::Plain }),
                names(w, Raci::R).into(),
                acc.into(),
                names(w, Raci::C).into(),
                names(w, Raci::I).into(),
            ]
        })
        .collect();
    b.push(Block::Para(t.raci_help.into()));
    b.push(table(
        t.raci_table,
        &[t.col_no, t.col_task, t.col_level, t.col_sole_owner, "R", "A", "C", "I"],
        rows,
        t.no_items,
    ));
}

fn resources(l: Locale, t: &DocsTexts, p: &Plan, today: Day, b: &mut Vec<Block>) {
    let rows = p
        .budget
        .resources
        .iter()
        .map(|r| {
            let item = r.item.as_deref().and_then(|i| p.item(i)).map(|w| w.title.clone()).unwrap_or_default();
            let rd = readiness(p, r, today);
            let tone = match rd {
                crate::model::budget::rules::Readiness::Ready => Tone::Green,
                crate::model::budget::rules::Readiness::OnTrack => Tone::Plain,
                crate::model::budget::rules::Readiness::DueSoon { .. } => Tone::Yellow,
                _ => Tone::Red,
            };
            vec![
                r.name.clone().into(),
                resource_kind_name(l, r.kind).into(),
                Cell::num(crate::i18n::fmt_int(r.quantity as i64)),
                item.into(),
                needed_by(p, r).map(|d| fmt_date(l, d)).unwrap_or_else(|| "—".into()).into(),
                r.ready_by.map(|d| fmt_date(l, d)).unwrap_or_else(|| "—".into()).into(),
                Cell::text(readiness_text(l, rd)).tone(tone),
                person(p, &r.owner).into(),
            ]
        })
        .collect();
    b.push(table(
        t.resources_table,
        &[
            t.col_resource,
            t.col_kind,
            t.col_quantity,
            t.col_for,
            t.col_needed_by,
            t.col_ready_by,
            t.col_status,
            t.col_owner,
        ],
        rows,
        t.none_yet,
    ));
}

fn budget(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    let sums = Sums::of(&p.budget.lines);
    b.push(Block::Facts(vec![
        (t.total_budget.into(), money(l, p, p.total_budget)),
        (t.planned.into(), money(l, p, sums.planned)),
        (t.committed.into(), money(l, p, sums.committed)),
        (t.actual.into(), money(l, p, sums.actual)),
        (t.remaining.into(), money(l, p, sums.remaining())),
    ]));
    b.push(Block::Heading(t.by_account.into()));
    let rows = totals_by(p, GroupBy::Account)
        .iter()
        .map(|g| {
            vec![
                group_name(l, p, &g.key).into(),
                money(l, p, g.sums.planned),
                Cell::num(g.share.map(crate::i18n::budget::fmt_share).unwrap_or_else(|| "—".into())),
                money(l, p, g.sums.committed),
                money(l, p, g.sums.actual),
            ]
        })
        .collect();
    b.push(table(t.by_account, &[t.col_account, t.planned, t.col_share, t.committed, t.actual], rows, t.none_yet));
    let rows = p
        .budget
        .lines
        .iter()
        .map(|x| {
            let tone = match x.approval {
                crate::model::budget::data::Approval::Approved => Tone::Green,
                crate::model::budget::data::Approval::Rejected => Tone::Red,
                crate::model::budget::data::Approval::Submitted => Tone::Yellow,
                crate::model::budget::data::Approval::Draft => Tone::Muted,
            };
            vec![
                x.name.clone().into(),
                account_name(l, x.account).into(),
                x.channel.clone().into(),
                money(l, p, x.planned),
                money(l, p, x.committed),
                money(l, p, x.actual()),
                Cell::text(approval_name(l, x.approval)).tone(tone),
                person(p, &x.approver).into(),
                x.decided.map(|d| fmt_date(l, d)).unwrap_or_default().into(),
            ]
        })
        .collect();
    section(
        b,
        t.budget_lines,
        &[
            t.col_line,
            t.col_account,
            t.col_channel,
            t.planned,
            t.committed,
            t.actual,
            t.col_approval,
            t.col_approver,
            t.col_decided,
        ],
        rows,
        t.none_yet,
    );
    b.push(Block::Signatures(vec![t.sign_preparer.into(), t.sign_finance.into(), t.sign_approver.into()]));
}

fn risks(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    let rows = p
        .budget
        .risks
        .iter()
        .map(|r| {
            let bd = band(r.score());
            let tone = match bd {
                crate::model::budget::rules::Band::High | crate::model::budget::rules::Band::Critical => Tone::Red,
                crate::model::budget::rules::Band::Medium => Tone::Yellow,
                crate::model::budget::rules::Band::Low => Tone::Green,
            };
            vec![
                r.title.clone().into(),
                category_name(l, r.category).into(),
                Cell::num(format!("{}×{}={}", r.likelihood, r.impact, r.score())),
                Cell::text(band_name(l, bd)).tone(tone),
                r.trigger.clone().into(),
                r.response.clone().into(),
                r.backup.clone().into(),
                person(p, &r.owner).into(),
                risk_status_name(l, r.status).into(),
            ]
        })
        .collect();
    b.push(table(
        t.risks_table,
        &[
            t.col_risk,
            t.col_category,
            t.col_score,
            t.col_level_risk,
            t.col_trigger,
            t.col_response,
            t.col_backup,
            t.col_owner,
            t.col_status,
        ],
        rows,
        t.none_yet,
    ));
}

/// The seed's four status boxes with the current one ticked.
pub(super) fn status_boxes(l: Locale, s: Status) -> String {
    Status::ALL
        .iter()
        .map(|x| format!("{}{}", if *x == s { "■" } else { "□" }, status_name(l, *x)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn tracking(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    let a = analyse(p);
    let rows = p
        .work_items
        .iter()
        .zip(&a.rows)
        .map(|(w, r)| {
            let phase = w.phase.as_deref().and_then(|i| p.phase(i)).map(|x| x.name.clone()).unwrap_or_default();
            let mut notes = w.notes.clone();
            if r.status == Status::Exception && !w.exception_reason.is_empty() {
                notes = format!("{}{}", fill(t.exception_reason, "reason", &w.exception_reason), notes);
            }
            vec![
                phase.into(),
                Cell::text(format!("{}{}", "  ".repeat(r.depth as usize), w.title)),
                person(p, &w.owner).into(),
                fmt_range(l, r.start, r.end).into(),
                w.resources.clone().into(),
                Cell::text(status_boxes(l, r.status)).tone(if r.status == Status::Exception {
                    Tone::Red
                } else {
                    Tone::Plain
                }),
                notes.into(),
            ]
        })
        .collect();
    b.push(table(
        t.tracking_table,
        &[t.col_phase, t.col_task, t.col_owner, t.col_dates, t.col_resources, t.col_status, t.col_notes],
        rows,
        t.no_items,
    ));
}

fn midterm(l: Locale, t: &DocsTexts, p: &Plan, today: Day, b: &mut Vec<Block>) {
    let cps = [Checkpoint::Third, Checkpoint::Half];
    b.push(Block::Facts(
        cps.iter()
            .map(|c| {
                let name = if *c == Checkpoint::Third { t.checkpoint_third } else { t.checkpoint_half };
                (name.to_string(), fmt_date(l, checkpoint_day(p, *c)).into())
            })
            .collect(),
    ));
    b.push(Block::Heading(t.kpis_at.into()));
    b.push(super::period::kpi_table(l, t, p, today.min(p.end), None));
    let rows = p
        .monitor
        .adjustments
        .iter()
        .map(|a| {
            let cp = if a.checkpoint == Checkpoint::Third { t.checkpoint_third } else { t.checkpoint_half };
            vec![
                cp.into(),
                a.text.clone().into(),
                person(p, &a.owner).into(),
                Cell::text(if a.done { t.done } else { t.open }).tone(if a.done { Tone::Green } else { Tone::Yellow }),
            ]
        })
        .collect();
    section(b, t.adjustments, &[t.col_checkpoint, t.col_adjustment, t.col_owner, t.col_state], rows, t.no_adjustments);
    b.push(Block::Signatures(vec![t.sign_preparer.into(), t.sign_approver.into()]));
}

fn evaluation(l: Locale, t: &DocsTexts, p: &Plan, today: Day, b: &mut Vec<Block>) {
    let r = report(p, today);
    let (status, due, overdue) = status_line(l, p, &r, today);
    b.push(Block::Facts(vec![
        (t.report_status.into(), status.into()),
        (t.report_due.into(), Cell::text(due).tone(if overdue { Tone::Red } else { Tone::Plain })),
    ]));
    let rows = r
        .goals
        .iter()
        .filter_map(|g| {
            let goal = p.strategy.goal(&g.id)?;
            let dir = g
                .kpis
                .first()
                .and_then(|k| p.kpis.iter().find(|x| x.id == k.id))
                .map(|k| k.direction)
                .unwrap_or(crate::model::monitor::data::Direction::Higher);
            Some(vec![
                Cell::text(format!("{}{}", "  ".repeat(g.depth), goal.statement)),
                Cell::num(g.target.map(|v| fmt_value(v, &g.unit)).unwrap_or_else(|| "—".into())),
                Cell::num(g.actual.map(|v| fmt_value(v, &g.unit)).unwrap_or_else(|| "—".into())),
                Cell::num(crate::i18n::close::fmt_reading(l, g.reading)),
                light_cell(l, g.light),
                goal_gap(l, g, dir).into(),
            ])
        })
        .collect();
    section(
        b,
        t.goal_results,
        &[t.col_goal, t.col_target, t.col_actual, t.col_rate, t.col_light, t.col_gap],
        rows,
        t.no_goals,
    );
    let f = |v: Option<f64>| Cell::num(v.map(crate::i18n::close::fmt_times).unwrap_or_else(|| "—".into()));
    let m =
        |v: Option<f64>| Cell::num(v.map(|v| crate::i18n::fmt_major(l, v, &p.currency)).unwrap_or_else(|| "—".into()));
    let rows = r
        .channels
        .iter()
        .map(|c| {
            vec![
                c.channel.clone().into(),
                money(l, p, c.sums.planned),
                money(l, p, c.sums.actual),
                m(c.cost),
                m(c.revenue),
                Cell::num(c.roi.map(crate::i18n::budget::fmt_roi).unwrap_or_else(|| "—".into())),
                f(c.roas),
                m(c.cpa),
                c.advice.map(|a| crate::i18n::budget::advice_text(l, a)).unwrap_or("—").into(),
            ]
        })
        .collect();
    section(
        b,
        t.channel_results,
        &[t.col_channel, t.planned, t.actual, t.col_cost, t.col_revenue, "ROI", "ROAS", "CPA", t.col_advice],
        rows,
        t.none_yet,
    );
    if !r.channels.is_empty() {
        b.push(Block::Para(l.close().channels_help.into()));
    }
    b.push(Block::Heading(t.by_account.into()));
    let rows = r
        .money
        .by_account
        .iter()
        .map(|g| {
            vec![
                group_name(l, p, &g.key).into(),
                money(l, p, g.sums.planned),
                money(l, p, g.sums.actual),
                money(l, p, Money(g.sums.planned.0 - g.sums.actual.0)),
            ]
        })
        .collect();
    b.push(table(t.by_account, &[t.col_account, t.planned, t.actual, t.remaining], rows, t.none_yet));
    b.push(Block::Heading(t.execution.into()));
    let e = &r.execution;
    b.push(Block::Facts(vec![
        (t.on_time.into(), Cell::num(format!("{} ({}/{})", fmt_rate(e.on_time_rate), e.on_time, e.due))),
        (t.exceptions.into(), Cell::num(e.exceptions.len().to_string())),
        (t.alerts_fired.into(), Cell::num(r.monitoring.fired.to_string())),
        (t.alerts_resolved.into(), Cell::num(r.monitoring.resolved.to_string())),
    ]));
    b.push(Block::Signatures(vec![t.sign_preparer.into(), t.sign_reviewer.into()]));
}

fn retro(l: Locale, t: &DocsTexts, p: &Plan, b: &mut Vec<Block>) {
    let x = &p.retro;
    let rows =
        x.feedback.iter().map(|f| vec![person(p, &Some(f.person.clone())).into(), f.text.clone().into()]).collect();
    section(b, t.feedback, &[t.col_person, t.col_content], rows, t.none_yet);
    for &s in Section::ALL.iter() {
        b.push(Block::Heading(section_name(l, s).into()));
        let list: Vec<String> = x
            .entries
            .iter()
            .filter(|e| e.section == s)
            .map(|e| {
                let v = e.verdict.map(|v| fill(t.verdict_tag, "verdict", verdict_name(l, v))).unwrap_or_default();
                format!("{v}{}{}", e.text, fill(t.lens_tag, "lens", lens_name(l, e.lens)))
            })
            .collect();
        b.push(if list.is_empty() { Block::Para(t.none_yet.into()) } else { Block::List(list) });
    }
    let rows = x
        .actions
        .iter()
        .map(|a| {
            vec![
                a.text.clone().into(),
                person(p, &a.owner).into(),
                a.due.map(|d| fmt_date(l, d)).unwrap_or_else(|| "—".into()).into(),
                Cell::text(if a.done { t.done } else { t.open }).tone(if a.done { Tone::Green } else { Tone::Yellow }),
            ]
        })
        .collect();
    section(b, t.actions, &[t.col_action, t.col_owner, t.col_due, t.col_state], rows, t.none_yet);
    b.push(Block::Signatures(vec![t.sign_preparer.into(), t.sign_reviewer.into()]));
}
