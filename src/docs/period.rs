//! The period reports: 周报 and 月报 (done, in progress, late, exceptions,
//! next period's work, KPIs against target, alerts and what was done about
//! them, money spent, risks that changed, decisions needed) and the daily
//! log and data report (每日执行日志 / 数据监控日报). A week ends on the plan's
//! reporting day. Must not know about the browser.

use super::build::{light_cell, money, person, section, status_boxes, table};
use super::{Block, Cell, DocKind, Request, Tone};
use crate::i18n::close::fmt_reading;
use crate::i18n::docs::DocsTexts;
use crate::i18n::format::hhmm;
use crate::i18n::monitor::{alert_sentence, fmt_value, severity_name};
use crate::i18n::{fill, fmt_date, fmt_range, Locale};
use crate::model::base::day::Day;
use crate::model::base::money::Money;
use crate::model::budget::data::Approval;
use crate::model::monitor::reporting::{month_of, unreported, week_of, Pending};
use crate::model::monitor::rules::{alert_state_on, alerts, open_during, series, to_date, AlertState};
use crate::model::plan::Plan;
use crate::model::schedule::analysis::analyse;
use crate::model::schedule::data::Status;

/// The days a report covers and the next period's.
pub fn span(p: &Plan, kind: DocKind, at: Day) -> ((Day, Day), (Day, Day)) {
    match kind {
        DocKind::Monthly => {
            let (a, b) = month_of(at);
            ((a, b), month_of(b.add_days(1)))
        }
        DocKind::Daily => ((at, at), (at.add_days(1), at.add_days(1))),
        _ => {
            let (a, b) = week_of(at, p.monitor.reporting.weekday);
            ((a, b), (a.add_days(7), b.add_days(7)))
        }
    }
}

/// Each KPI to date on `day` against its target, with its light in words;
/// with `period`, the period's own figure first (a week's visits, not the
/// visits to date), each column labelled with its days.
pub fn kpi_table(l: Locale, t: &DocsTexts, p: &Plan, day: Day, period: Option<(Day, Day)>) -> Block {
    let v = |x: Option<f64>, k: &crate::model::monitor::data::Kpi| {
        Cell::num(x.map(|v| fmt_value(v, &k.unit)).unwrap_or_else(|| "—".into()))
    };
    let rows = p
        .kpis
        .iter()
        .map(|k| {
            let s = series(p, k);
            let d = to_date(&s, k, p.monitor.thresholds, day);
            let shown = match (d.actual, d.target) {
                (Some(a), Some(tg)) => crate::model::close::rules::reading(k.direction, a, tg),
                _ => None,
            };
            let mut row = vec![k.name.clone().into(), k.channel.clone().into()];
            if let Some((from, to)) = period {
                // The periods of the KPI that start within the report's days
                // known by `day` (none yet for a period still ahead).
                let known = to.min(day);
                let own = (0..s.periods.count).filter(|&i| (from..=known).contains(&s.periods.first_day(i)));
                row.push(v(s.value(k.aggregate, own), k));
            }
            row.extend([v(d.actual, k), v(d.target, k), Cell::num(fmt_reading(l, shown)), light_cell(l, d.light)]);
            row
        })
        .collect();
    match period {
        Some((from, to)) => {
            let own = fill(t.col_in_period, "range", &fmt_range(l, from, to));
            let so_far = fill(t.col_to_day, "date", &fmt_date(l, day));
            let target = fill(t.col_target_to_day, "date", &fmt_date(l, day));
            let head = [t.col_kpi, t.col_channel, &own, &so_far, &target, t.col_rate, t.col_light];
            table(t.kpis_at, &head, rows, t.no_kpis)
        }
        None => table(
            t.kpis_at,
            &[t.col_kpi, t.col_channel, t.col_actual, t.col_target, t.col_rate, t.col_light],
            rows,
            t.no_kpis,
        ),
    }
}

/// Builds a weekly, monthly or daily report into `b`; returns its subtitle.
pub fn period_doc(l: Locale, t: &DocsTexts, p: &Plan, r: Request, b: &mut Vec<Block>) -> String {
    let ((from, to), (next_from, next_to)) = span(p, r.kind, r.at);
    // What is known at the end of the period, or today if it has not ended.
    let as_of = to.min(r.today);
    let a = analyse(p);
    let rows = || p.work_items.iter().zip(&a.rows).filter(|(_, x)| !x.summary);
    let item_row = |w: &crate::model::schedule::data::WorkItem, extra: String| -> Vec<Cell> {
        vec![w.title.clone().into(), person(p, &w.owner).into(), extra.into()]
    };
    let mut facts: Vec<(String, Cell)> = vec![(t.period.into(), fmt_range(l, from, to).into())];
    if r.kind == DocKind::Weekly {
        let rep = &p.monitor.reporting;
        let due = fill(&fill(t.due_at, "date", &fmt_date(l, to)), "time", &hhmm(rep.weekly_at));
        facts.push((t.report_due.into(), due.into()));
    }
    if r.kind == DocKind::Daily {
        facts.push((t.daily_sync.into(), hhmm(p.monitor.reporting.daily_at).into()));
    }
    b.push(Block::Facts(facts));
    if r.kind == DocKind::Daily {
        daily(l, t, p, from, b);
        return fmt_date(l, from);
    }
    // Done in the period: finished on a day in it, as the status change
    // recorded it (an item from before such records: by its planned end).
    let finished = |w: &crate::model::schedule::data::WorkItem, end: Day| w.actual_end.unwrap_or(end);
    let done = rows()
        .filter(|(w, x)| x.status == Status::Done && (from..=to).contains(&finished(w, x.end)))
        .map(|(w, x)| item_row(w, fmt_date(l, finished(w, x.end))))
        .collect();
    section(b, t.done_in_period, &[t.col_task, t.col_owner, t.col_end], done, t.nothing);
    let going = rows()
        .filter(|(_, x)| x.status == Status::InProgress)
        .map(|(w, x)| item_row(w, format!("{}% · {}", x.progress, fmt_date(l, x.end))))
        .collect();
    section(b, t.in_progress, &[t.col_task, t.col_owner, t.col_progress], going, t.nothing);
    let late = rows()
        .filter(|(_, x)| x.status != Status::Done && x.end < as_of)
        .map(|(w, x)| {
            let mut row = item_row(w, fmt_date(l, x.end));
            row[2].tone = Tone::Red;
            row.push(Cell::num(x.end.days_until(as_of).to_string()));
            row
        })
        .collect();
    section(b, t.late, &[t.col_task, t.col_owner, t.col_end, t.col_days_late], late, t.nothing);
    // Every stretch in exception that overlaps the period, also one the item has come out of.
    let exc = crate::model::close::rules::exception_spans(p, as_of.add_days(1))
        .into_iter()
        .filter(|x| x.from.is_none_or(|f| f <= to) && x.to.is_none_or(|t| t >= from))
        .filter_map(|x| {
            let w = p.item(&x.item)?;
            Some(item_row(w, crate::i18n::close::exception_line(l, &x)))
        })
        .collect();
    section(b, t.exceptions, &[t.col_task, t.col_owner, t.col_reason], exc, t.nothing);
    let next = rows()
        .filter(|(_, x)| x.status != Status::Done && x.start <= next_to && x.end >= next_from)
        .map(|(w, x)| item_row(w, fmt_range(l, x.start, x.end)))
        .collect();
    section(b, t.next_period, &[t.col_task, t.col_owner, t.col_dates], next, t.nothing);
    b.push(Block::Heading(t.kpis_at.into()));
    b.push(kpi_table(l, t, p, as_of, Some((from, to))));
    // Alerts open at any time in the period (not only those that fired in
    // it), their state at its end and what was done about them.
    let all = alerts(p, as_of);
    let fired = all
        .iter()
        .filter(|x| open_during(x, &p.monitor.notes, from, as_of))
        .filter_map(|x| {
            let k = p.kpis.iter().find(|k| k.id == x.kpi)?;
            let st = alert_state_on(&p.monitor.notes, &x.key, as_of);
            let (word, tone) = match st {
                AlertState::Open => (t.alert_open, Tone::Red),
                AlertState::Acknowledged => (t.alert_acknowledged, Tone::Yellow),
                AlertState::Resolved => (t.alert_resolved, Tone::Green),
            };
            let notes: Vec<String> = p
                .monitor
                .notes
                .iter()
                .filter(|n| n.alert == x.key && !n.note.is_empty() && n.day <= as_of)
                .map(|n| format!("{} {}", fmt_date(l, n.day), n.note))
                .collect();
            Some(vec![
                Cell::text(severity_name(l, x.severity)).tone(super::build::tone(Some(match x.severity {
                    crate::model::monitor::data::Severity::Red => crate::model::monitor::rules::Light::Red,
                    crate::model::monitor::data::Severity::Yellow => crate::model::monitor::rules::Light::Yellow,
                }))),
                fmt_date(l, x.fired).into(),
                alert_sentence(l, x, k, p.monitor.rule(&x.rule)).into(),
                Cell::text(word).tone(tone),
                notes.join(crate::i18n::format::list_sep(l)).into(),
            ])
        })
        .collect();
    section(b, t.alerts, &[t.col_severity, t.col_fired, t.col_alert, t.col_state, t.col_handling], fired, t.nothing);
    // Money paid in the period.
    let mut total = 0i64;
    let mut paid: Vec<(Day, Vec<Cell>)> = vec![];
    for line in &p.budget.lines {
        for s in line.spends.iter().filter(|s| s.date >= from && s.date <= to) {
            total = total.saturating_add(s.amount.0);
            paid.push((
                s.date,
                vec![
                    fmt_date(l, s.date).into(),
                    line.name.clone().into(),
                    money(l, p, s.amount),
                    s.note.clone().into(),
                ],
            ));
        }
    }
    // By day, not by the day's words ("11月10日" before "11月4日").
    paid.sort_by_key(|x| x.0);
    let mut spent: Vec<Vec<Cell>> = paid.into_iter().map(|x| x.1).collect();
    if !spent.is_empty() {
        spent.push(vec![t.total.into(), Cell::text(""), money(l, p, Money(total)), Cell::text("")]);
    }
    section(b, t.spent, &[t.col_date, t.col_line, t.col_amount, t.col_notes], spent, t.nothing);
    let risks = p
        .budget
        .risks
        .iter()
        .filter(|x| x.triggered.is_some_and(|d| d >= from && d <= to))
        .map(|x| {
            vec![
                x.title.clone().into(),
                x.triggered.map(|d| fmt_date(l, d)).unwrap_or_default().into(),
                crate::i18n::budget::risk_status_name(l, x.status).into(),
                x.response.clone().into(),
                person(p, &x.owner).into(),
            ]
        })
        .collect();
    section(
        b,
        t.risks_changed,
        &[t.col_risk, t.col_triggered, t.col_status, t.col_response, t.col_owner],
        risks,
        t.nothing,
    );
    b.push(Block::Heading(t.decisions.into()));
    let mut asks: Vec<String> = p
        .budget
        .lines
        .iter()
        .filter(|x| x.approval == Approval::Submitted)
        .map(|x| fill(t.ask_approval, "line", &format!("{} {}", x.name, super::build::money(l, p, x.planned).text)))
        .collect();
    for pending in unreported(p, &all) {
        asks.push(match pending {
            Pending::Item(id) => fill(t.ask_exception, "task", &p.item(&id).map(|w| w.title.clone()).unwrap_or(id)),
            Pending::Alert(x) => fill(
                t.ask_alert,
                "kpi",
                &p.kpis.iter().find(|k| k.id == x.kpi).map(|k| k.name.clone()).unwrap_or_default(),
            ),
        });
    }
    asks.extend(p.monitor.adjustments.iter().filter(|x| !x.done).map(|x| fill(t.ask_adjustment, "text", &x.text)));
    b.push(if asks.is_empty() { Block::Para(t.nothing.into()) } else { Block::List(asks) });
    b.push(Block::Signatures(vec![t.sign_preparer.into()]));
    fmt_range(l, from, to)
}

fn daily(l: Locale, t: &DocsTexts, p: &Plan, day: Day, b: &mut Vec<Block>) {
    let log = p
        .work_items
        .iter()
        .flat_map(|w| w.log.iter().filter(|e| e.date == day).map(move |e| (w, e)))
        .map(|(w, e)| vec![w.title.clone().into(), person(p, &w.owner).into(), e.text.clone().into()])
        .collect();
    section(b, t.log_entries, &[t.col_task, t.col_owner, t.col_content], log, t.nothing);
    let a = analyse(p);
    let moving = p
        .work_items
        .iter()
        .zip(&a.rows)
        .filter(|(_, x)| !x.summary && (x.start == day || x.end == day || x.status == Status::Exception))
        .map(|(w, x)| {
            let what = if x.start == day {
                t.starts_today
            } else if x.end == day {
                t.due_today
            } else {
                ""
            };
            vec![
                w.title.clone().into(),
                person(p, &w.owner).into(),
                what.into(),
                Cell::text(status_boxes(l, x.status)).tone(if x.status == Status::Exception {
                    Tone::Red
                } else {
                    Tone::Plain
                }),
                w.exception_reason.clone().into(),
            ]
        })
        .collect();
    section(b, t.status_today, &[t.col_task, t.col_owner, t.col_when, t.col_status, t.col_reason], moving, t.nothing);
    let rows = p
        .kpis
        .iter()
        .map(|k| {
            let s = series(p, k);
            let i = s.periods.index(day);
            let actual = i.and_then(|i| s.actuals.get(i).copied().flatten());
            let target = i.and_then(|i| s.targets.get(i).copied().flatten());
            let light = match (actual, target) {
                (Some(a), Some(tg)) => crate::model::monitor::rules::light(p.monitor.thresholds, k.direction, a, tg),
                _ => None,
            };
            vec![
                k.name.clone().into(),
                crate::i18n::monitor::period_name(l, k.period).into(),
                Cell::num(actual.map(|v| fmt_value(v, &k.unit)).unwrap_or_else(|| t.no_data.into())),
                Cell::num(target.map(|v| fmt_value(v, &k.unit)).unwrap_or_else(|| "—".into())),
                light_cell(l, light),
            ]
        })
        .collect();
    section(b, t.actuals_today, &[t.col_kpi, t.col_period, t.col_actual, t.col_target, t.col_light], rows, t.no_kpis);
    b.push(Block::Signatures(vec![t.sign_preparer.into()]));
}
