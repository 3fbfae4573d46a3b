//! The document centre's documents, the reporting rhythm, the calendar
//! export and the official holidays: every document of the sample in both
//! languages against its golden text; week and month boundaries with the
//! reporting day; the 24-hour rule; ICS escaping, folding and a real
//! parser's reading; the holiday tables against two independent sources.

use campaign_planner::docs::build::build;
use campaign_planner::docs::gantt::{bar, pages, Zoom, MAX_PAGES, ROWS_PER_PAGE};
use campaign_planner::docs::period::span;
use campaign_planner::docs::text::{table_csv, to_text};
use campaign_planner::docs::{Block, DocKind, Request};
use campaign_planner::i18n::Locale;
use campaign_planner::io::ics::{escape, fold, plan_ics, IcsLabels};
use campaign_planner::io::{export_plan, import_plan};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::fault::Fault;
use campaign_planner::model::command::dispatch::{apply, Command, PlanCommand};
use campaign_planner::model::monitor::commands::MonitorCommand;
use campaign_planner::model::monitor::data::{AlertNote, AlertStep, Severity};
use campaign_planner::model::monitor::reporting::{month_of, next_weekly, unreported, week_of, Pending};
use campaign_planner::model::monitor::rules::alerts;
use campaign_planner::model::plan::{Plan, Workspace};
use campaign_planner::model::sample::holidays::{official, with_official, OFFICIAL};
use campaign_planner::model::sample::{sample_plan, SampleLang};
use campaign_planner::model::schedule::data::{Status, WorkCalendar};
use std::collections::BTreeSet;

const TODAY: (i32, u32, u32) = (2026, 11, 20);

fn today() -> Day {
    Day::ymd(TODAY.0, TODAY.1, TODAY.2)
}

fn sample(lang: SampleLang) -> Plan {
    sample_plan("s".into(), Day::ymd(2026, 11, 10), lang)
}

fn labels() -> (Box<dyn Fn(Status) -> String>,) {
    (Box::new(|s| format!("{s:?}")),)
}

/// Every document of the sample, in both languages, as Markdown, equals its
/// golden file (`BLESS=1` rewrites them after a reviewed change).
#[test]
fn every_document_of_the_sample_matches_its_golden_text() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/goldens/docs");
    for (lang, l, code) in [(SampleLang::Zh, Locale::ZhCn, "zh"), (SampleLang::En, Locale::En, "en")] {
        let p = sample(lang);
        for kind in DocKind::ALL {
            let d = build(l, &p, Request { kind, today: today(), at: today() });
            let text = to_text(l, &d, true);
            assert!(text.starts_with(&format!("# {}", d.title)), "{kind:?}");
            let path = format!("{dir}/{}.{code}.md", kind.slug());
            if std::env::var_os("BLESS").is_some() {
                std::fs::write(&path, &text).unwrap();
            }
            let want = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing golden {path}"));
            assert_eq!(text, want, "{path} differs (BLESS=1 after review)");
            // No block is empty of words and every table has as many cells as headings.
            for t in d.tables() {
                assert!(t.rows.iter().all(|r| r.len() == t.head.len()), "{kind:?} {}", t.name);
            }
        }
    }
}

#[test]
fn the_sample_documents_carry_the_plan_not_placeholders() {
    let p = sample(SampleLang::Zh);
    let doc = |kind| build(Locale::ZhCn, &p, Request { kind, today: today(), at: today() });
    let tracking = doc(DocKind::Tracking);
    let t = tracking.tables().next().unwrap();
    assert_eq!(t.head, ["阶段", "任务", "负责人", "起止时间", "所需资源", "状态", "备注"]);
    assert_eq!(t.rows.len(), p.work_items.len());
    assert!(t.rows.iter().all(|r| r[5].text.matches('□').count() == 3 && r[5].text.matches('■').count() == 1));
    let goals = doc(DocKind::Goals);
    assert!(goals.blocks.iter().any(|b| matches!(b, Block::Signatures(s) if s.len() == 3)));
    assert_eq!(goals.tables().next().unwrap().rows.len(), p.strategy.goals.len());
    let budget = doc(DocKind::Budget);
    assert_eq!(budget.tables().nth(1).unwrap().rows.len(), p.budget.lines.len());
    let text = to_text(Locale::ZhCn, &doc(DocKind::Weekly), false);
    assert!(text.starts_with("【营销执行周报】"), "{text}");
    for h in [
        "本期完成",
        "进行中",
        "已逾期",
        "异常事项",
        "下期计划",
        "KPI 达成",
        "预警与处理",
        "本期支出",
        "风险变化",
        "需决策事项",
    ] {
        assert!(text.contains(h), "weekly lacks {h}");
    }
}

#[test]
fn csv_of_a_document_table_opens_in_excel() {
    let p = sample(SampleLang::Zh);
    let d = build(Locale::ZhCn, &p, Request { kind: DocKind::Risks, today: today(), at: today() });
    let csv = table_csv(d.tables().next().unwrap());
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\n') || csv.contains('"'));
    let mut t = d.tables().next().unwrap().clone();
    t.rows[0][0].text = "=HYPERLINK(\"x\")".into();
    assert!(table_csv(&t).contains("\"'=HYPERLINK(\"\"x\"\")\""));
}

#[test]
fn markdown_escapes_user_text() {
    let mut p = sample(SampleLang::En);
    p.work_items[0].title = "*bold* | <b>tag</b>".into();
    let d = build(Locale::En, &p, Request { kind: DocKind::Tracking, today: today(), at: today() });
    let md = to_text(Locale::En, &d, true);
    assert!(md.contains("\\*bold\\* \\| \\<b\\>tag\\</b\\>"), "{md}");
}

#[test]
fn a_week_ends_on_the_reporting_day() {
    // 2026-12-01 is a Tuesday.
    let tue = Day::ymd(2026, 12, 1);
    assert_eq!(tue.weekday(), 1);
    assert_eq!(week_of(tue, 4), (Day::ymd(2026, 11, 28), Day::ymd(2026, 12, 4)));
    // On the reporting day itself the week ends that day.
    assert_eq!(week_of(Day::ymd(2026, 12, 4), 4), (Day::ymd(2026, 11, 28), Day::ymd(2026, 12, 4)));
    // The day after starts the next week.
    assert_eq!(week_of(Day::ymd(2026, 12, 5), 4).1, Day::ymd(2026, 12, 11));
    // A Monday reporting day: Tuesday's week ends the next Monday.
    assert_eq!(week_of(tue, 0), (Day::ymd(2026, 12, 1), Day::ymd(2026, 12, 7)));
    for wd in 0..7u8 {
        for i in 0..14 {
            let d = tue.add_days(i);
            let (a, b) = week_of(d, wd);
            assert!(a <= d && d <= b && a.days_until(b) == 6 && b.weekday() == wd as u32);
        }
    }
    assert_eq!(month_of(Day::ymd(2028, 2, 10)), (Day::ymd(2028, 2, 1), Day::ymd(2028, 2, 29)));
    assert_eq!(month_of(Day::ymd(2026, 12, 31)), (Day::ymd(2026, 12, 1), Day::ymd(2026, 12, 31)));
    let mut p = sample(SampleLang::Zh);
    p.monitor.reporting.weekday = 2;
    let ((a, b), (c, d)) = span(&p, DocKind::Weekly, tue);
    assert_eq!(
        (a, b, c, d),
        (Day::ymd(2026, 11, 26), Day::ymd(2026, 12, 2), Day::ymd(2026, 12, 3), Day::ymd(2026, 12, 9))
    );
}

#[test]
fn the_next_report_is_due_on_the_reporting_day_until_its_hour_passes() {
    let r = sample(SampleLang::Zh).monitor.reporting;
    assert_eq!((r.weekday, r.weekly_at, r.daily_at), (4, 17 * 60, 17 * 60));
    let fri = Day::ymd(2026, 12, 4);
    assert_eq!(next_weekly(&r, fri, 16 * 60), fri);
    assert_eq!(next_weekly(&r, fri, 17 * 60), fri);
    assert_eq!(next_weekly(&r, fri, 17 * 60 + 1), fri.add_days(7));
    assert_eq!(next_weekly(&r, Day::ymd(2026, 12, 5), 0), Day::ymd(2026, 12, 11));
}

fn ws_of(p: Plan) -> Workspace {
    Workspace::of(vec![p])
}

fn monitor(ws: &mut Workspace, cmd: MonitorCommand) -> Result<(), Fault> {
    apply(ws, Command::Plan { plan_id: "s".into(), cmd: PlanCommand::Monitor(cmd) }).map(|_| ())
}

#[test]
fn an_exception_asks_to_be_reported_until_it_is() {
    let mut p = sample(SampleLang::Zh);
    let id = p.work_items[3].id.clone();
    p.work_items[3].status = Status::Exception;
    let day = today();
    let red: Vec<_> = alerts(&p, day).into_iter().filter(|a| a.severity == Severity::Red && a.ongoing).collect();
    let pending = unreported(&p, &alerts(&p, day));
    assert!(pending.contains(&Pending::Item(id.clone())));
    let mut ws = ws_of(p);
    monitor(&mut ws, MonitorCommand::Reported { key: format!("item:{id}"), day, reported: true }).unwrap();
    let p = ws.plan("s").unwrap().clone();
    let pending = unreported(&p, &alerts(&p, day));
    assert!(!pending.contains(&Pending::Item(id.clone())));
    // Acknowledging a red alert counts as reporting it.
    for a in red {
        let open = |p: &Plan| unreported(p, &alerts(p, day)).iter().any(|x| x.key() == a.key);
        let p0 = ws.plan("s").unwrap().clone();
        if !open(&p0) {
            continue;
        }
        monitor(
            &mut ws,
            MonitorCommand::Note(AlertNote {
                id: format!("n-{}", a.key),
                alert: a.key.clone(),
                step: AlertStep::Acknowledge,
                day,
                note: String::new(),
            }),
        )
        .unwrap();
        assert!(!open(ws.plan("s").unwrap()));
    }
    // Taking it back asks again; the file keeps what was reported.
    monitor(&mut ws, MonitorCommand::Reported { key: format!("item:{id}"), day, reported: false }).unwrap();
    let p = ws.plan("s").unwrap().clone();
    assert!(unreported(&p, &alerts(&p, day)).contains(&Pending::Item(id)));
    assert_eq!(import_plan(&export_plan(&p)).unwrap(), p);
}

#[test]
fn the_rhythm_refuses_what_validation_rejects() {
    let mut ws = ws_of(sample(SampleLang::Zh));
    assert!(monitor(&mut ws, MonitorCommand::Rhythm { weekday: 7, weekly_at: 600, daily_at: 600 }).is_err());
    assert!(monitor(&mut ws, MonitorCommand::Rhythm { weekday: 0, weekly_at: 1440, daily_at: 600 }).is_err());
    assert!(monitor(&mut ws, MonitorCommand::Reported { key: String::new(), day: today(), reported: true }).is_err());
    monitor(&mut ws, MonitorCommand::Rhythm { weekday: 0, weekly_at: 1439, daily_at: 0 }).unwrap();
    let p = ws.plan("s").unwrap();
    assert_eq!((p.monitor.reporting.weekday, p.monitor.reporting.weekly_at), (0, 1439));
    assert!(campaign_planner::model::check::validate::validate(p).is_empty());
    // A file with a bad rhythm opens, repaired to the default, and says so.
    let text = export_plan(p).replace("\"weekly_at\":1439", "\"weekly_at\":5000");
    assert!(text.contains("5000"));
    let (plan, repairs) = campaign_planner::io::import_repairing(&text).unwrap();
    assert_eq!(plan.monitor.reporting.weekly_at, 17 * 60);
    assert!(repairs.iter().any(|r| r.path.contains("monitor.reporting")));
}

#[test]
fn a_version_7_file_gains_the_default_rhythm() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let v7 = import_plan(&std::fs::read_to_string(format!("{dir}/v7-sample.campaign.json")).unwrap()).unwrap();
    assert_eq!(v7.monitor.reporting, Default::default());
    let v8 = import_plan(&std::fs::read_to_string(format!("{dir}/v8-reporting.campaign.json")).unwrap()).unwrap();
    let r = &v8.monitor.reporting;
    assert_eq!((r.weekday, r.weekly_at, r.daily_at, r.reported.len()), (3, 600, 540, 1));
}

#[test]
fn gantt_pages_cover_every_row_and_day_once() {
    let p = sample(SampleLang::Zh);
    let c = campaign_planner::docs::build::chart(&p);
    for zoom in Zoom::ALL {
        let (list, cut) = pages(&c, zoom);
        assert!(!cut);
        let mut seen = BTreeSet::new();
        for pg in &list {
            assert!(pg.rows.len() <= ROWS_PER_PAGE && pg.from <= pg.to);
            for r in pg.rows.clone() {
                for i in 0..=pg.from.days_until(pg.to) {
                    assert!(seen.insert((r, pg.from.add_days(i))), "{zoom:?} covers a cell twice");
                }
            }
        }
        assert_eq!(seen.len(), c.rows.len() * (c.from.days_until(c.to) as usize + 1));
        // A bar inside a page stays inside its axis.
        for pg in &list {
            for r in &c.rows[pg.rows.clone()] {
                if let Some((x, w)) = bar(pg, zoom, r.start, r.end) {
                    assert!(x >= 0.0 && x + w <= campaign_planner::docs::gantt::AXIS_PX + 0.01);
                }
            }
        }
    }
    // A huge chart stops at the page limit and says so.
    let mut big = c.clone();
    big.rows = (0..2000).map(|_| c.rows[0].clone()).collect();
    big.to = big.from.add_days(3000);
    let (list, cut) = pages(&big, Zoom::Day);
    assert!(cut && list.len() == MAX_PAGES);
}

fn ics_of(p: &Plan) -> String {
    let (status,) = labels();
    let l = IcsLabels {
        owner: "负责人",
        status: "状态",
        channel: "渠道",
        phase: "阶段",
        milestone: "里程碑",
        status_name: &*status,
    };
    plan_ics(p, &l, Day::ymd(2026, 11, 20))
}

#[test]
fn ics_escapes_and_folds_without_breaking_characters() {
    assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    let long = format!("SUMMARY:{}", "新品发布会筹备".repeat(12));
    let folded = fold(&long);
    for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets", line.len());
    }
    assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    let text = ics_of(&sample(SampleLang::Zh));
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && text.ends_with("END:VCALENDAR\r\n"));
}

#[test]
fn ics_matches_its_golden_file_and_keeps_uids_stable() {
    let p = sample(SampleLang::Zh);
    let text = ics_of(&p);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/goldens/sample.zh.ics");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    assert_eq!(text, std::fs::read_to_string(path).unwrap());
    // Renaming a task keeps its UID: a calendar updates the event.
    let mut q = p.clone();
    q.work_items[2].title = "改名".into();
    let uids = |t: &str| t.lines().filter(|l| l.starts_with("UID:")).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(uids(&text), uids(&ics_of(&q)));
}

/// A real calendar parser (Python's `icalendar`, installed by setup) reads
/// the export: one event per leaf task, all-day dates with exclusive ends,
/// Chinese intact, milestones transparent.
#[test]
fn a_real_calendar_parser_reads_the_export() {
    let p = sample(SampleLang::Zh);
    let path = std::env::temp_dir().join(format!("cp-{}.ics", std::process::id()));
    std::fs::write(&path, ics_of(&p)).unwrap();
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    s, t = e.decoded('DTSTART'), e.decoded('DTEND')
    print('\t'.join([str(e['UID']), s.isoformat(), t.isoformat(), str(e['SUMMARY']), str(e.get('TRANSP', 'OPAQUE')), str(e['DESCRIPTION']).replace('\n', '|')]))
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .expect("python3 (installed by scripts/setup.sh --test)");
    assert!(
        out.status.success(),
        "icalendar failed (run scripts/setup.sh --test): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    let a = campaign_planner::model::schedule::analysis::analyse(&p);
    let leaves: Vec<_> = p.work_items.iter().zip(&a.rows).filter(|(_, r)| !r.summary).collect();
    assert_eq!(lines.len(), leaves.len());
    for ((w, r), l) in leaves.iter().zip(&lines) {
        assert!(l[0].starts_with(&w.id));
        assert_eq!(l[1], r.start.to_string());
        let end = if w.milestone { r.start.add_days(1) } else { r.end.add_days(1) };
        assert_eq!(l[2], end.to_string(), "exclusive end");
        assert!(l[3].contains(&w.title), "{} vs {}", l[3], w.title);
        assert_eq!(l[4] == "TRANSPARENT", w.milestone);
    }
}

/// Days off and make-up days of a year from an independent source, as sets.
type Year = (BTreeSet<String>, BTreeSet<String>);

fn ours(y: i32) -> Year {
    let o = official(y).unwrap();
    (o.days_off().iter().map(Day::to_string).collect(), o.makeup_days().iter().map(Day::to_string).collect())
}

#[test]
fn the_holiday_tables_agree_with_two_independent_sources() {
    // 1: the `chinesecalendar` package (PyPI), installed by setup.
    let script = r#"
import sys, chinese_calendar as cc
y = int(sys.argv[1])
print(' '.join(sorted(d.isoformat() for d in cc.holidays if d.year == y)))
print(' '.join(sorted(d.isoformat() for d in cc.workdays if d.year == y and d.weekday() >= 5)))
"#;
    // 2: the `chinese-days` package (npm), installed with the project's node modules.
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/node_modules/chinese-days/dist/chinese-days.json"
        ))
        .expect("node_modules/chinese-days (run scripts/setup.sh)"),
    )
    .unwrap();
    for o in OFFICIAL {
        let y = o.year;
        let out = std::process::Command::new("python3").arg("-c").arg(script).arg(y.to_string()).output().unwrap();
        assert!(out.status.success(), "chinesecalendar missing (run scripts/setup.sh --test)");
        let text = String::from_utf8(out.stdout).unwrap();
        let mut lines = text.lines().map(|l| l.split_whitespace().map(str::to_string).collect::<BTreeSet<_>>());
        let py: Year = (lines.next().unwrap(), lines.next().unwrap());
        let keys = |k: &str| -> BTreeSet<String> {
            json[k].as_object().unwrap().keys().filter(|d| d.starts_with(&y.to_string())).cloned().collect()
        };
        let npm: Year = (keys("holidays"), keys("workdays"));
        assert_eq!(ours(y), py, "{y} against chinesecalendar");
        assert_eq!(ours(y), npm, "{y} against chinese-days");
    }
    // A year not yet published is not guessed.
    assert!(official(2027).is_none());
}

#[test]
fn the_preset_copies_a_year_into_the_calendar() {
    let mut cal = WorkCalendar::default();
    cal.holidays.push(Day::ymd(2026, 2, 14)); // typed by the user, but a make-up day
    let c = with_official(&cal, 2026).unwrap();
    assert_eq!(c.holidays.len(), 33);
    assert_eq!(c.makeup_days.len(), 6);
    assert!(!c.holidays.contains(&Day::ymd(2026, 2, 14)));
    // Twice is the same as once.
    assert_eq!(with_official(&c, 2026).unwrap(), c);
    let wc = c.to_calendar();
    assert!(!wc.is_workday(Day::ymd(2026, 10, 5)) && wc.is_workday(Day::ymd(2026, 10, 10)));
    assert!(with_official(&cal, 2027).is_none());
}
