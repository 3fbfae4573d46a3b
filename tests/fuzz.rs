//! A bounded mutation fuzzer over everything that reads user input: the
//! importer (strict and mending), the stored-entry decoder, the knowledge
//! file, the pasted-table and tracking-sheet readers, share fragments, the
//! predecessors cell and the number, money and date readers; and, on every
//! plan a reader accepts, what is built from it (the task CSV, every
//! document, the close-out, templates and their plans, the summary for a
//! link, the stored entry read back). Mutations push dates toward 1900-01-01
//! and 2200-12-31 and numbers toward the integer limits. Seeds are the
//! format fixtures and `tests/fuzz/corpus/` (earlier crash inputs and
//! hostile strings, each run first as a regression test). A panic, or an
//! input that does not finish within a watchdog's minute (a hang), writes
//! its input to `tests/fuzz/crashes/` and fails. `FUZZ_ITERS` sets the
//! number of mutated inputs (`make test` runs a few thousand, `make fuzz` a
//! million); `FUZZ_SEED` replays a run.

use campaign_planner::docs::{build::build, text::to_text, DocKind, Request};
use campaign_planner::i18n::Locale;
use campaign_planner::io::knowledge::{export_knowledge, import_knowledge};
use campaign_planner::io::{decode_stored, encode_stored, import_plan, import_repairing, share, sheet, table};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::command::dispatch::{apply, Command, PlanCommand};
use campaign_planner::model::knowledge::rules::{instantiate, observations_of, template_of};
use campaign_planner::model::plan::{Plan, Workspace};
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::predecessors;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

mod common;
use common::Rng;

/// Tokens a hostile input is made of: numbers at and past every edge, dates
/// at the type's limits, JSON punctuation, and the app's own syntax.
const TOKENS: &[&str] = &[
    "1e999",
    "-1e999",
    "1e305亿",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551616",
    "0",
    "-0",
    "NaN",
    "null",
    "true",
    "\"\"",
    "[]",
    "{}",
    "\"2200-12-31\"",
    "\"1900-01-01\"",
    "\"99999-01-01\"",
    "\"0000-00-00\"",
    "\"ghost\"",
    "100000000",
    "-100000000",
    "3万",
    "1.2亿",
    "12.5%",
    "SF+",
    "FS-",
    "SS",
    ",",
    ":",
    "\"",
    "\\",
    "\t",
    "\n",
    "，",
    "𠮷",
    "\u{feff}",
    "2026/2/30",
    "2026年6月1日",
    "99999999999999999999.99",
];

/// Dates at and just past the calendar's ends, and days that do not exist.
const EDGE_DATES: &[&str] = &[
    "1900-01-01",
    "1900-01-02",
    "1899-12-31",
    "2200-12-31",
    "2200-12-30",
    "2201-01-01",
    "2200-02-29",
    "1900-02-29",
    "2200/12/31",
    "12月31日",
];

/// Integers at the limits of the types a file's numbers land in.
const EDGE_INTS: &[&str] = &[
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775806",
    "-9223372036854775807",
    "18446744073709551615",
    "4294967295",
    "4294967296",
    "2147483647",
    "-2147483648",
    "65535",
    "255",
    "256",
    "-1",
    "0",
    "3650",
    "3651",
    "-3651",
    "100",
    "101",
    "1e15",
    "1000000000000",
    "1000000000001",
    "9007199254740993",
];

/// Replaces one of the runs `find` picks out of `s` with `with`.
fn replace_run(r: &mut Rng, s: &mut Vec<char>, find: fn(&[char], usize) -> Option<usize>, with: &str) {
    let starts: Vec<(usize, usize)> = (0..s.len()).filter_map(|i| find(s, i).map(|n| (i, n))).collect();
    if let Some(&(at, n)) = r.pick(&starts) {
        s.splice(at..at + n, with.chars()).for_each(drop);
    }
}

/// A `YYYY-MM-DD` at `i`: its length.
fn date_at(s: &[char], i: usize) -> Option<usize> {
    let shape = "dddd-dd-dd";
    (i + shape.len() <= s.len()
        && shape.chars().zip(&s[i..]).all(|(k, c)| if k == 'd' { c.is_ascii_digit() } else { *c == k })
        && (i == 0 || !s[i - 1].is_ascii_digit()))
    .then_some(shape.len())
}

/// A whole number (with its sign) starting at `i`: its length.
fn int_at(s: &[char], i: usize) -> Option<usize> {
    if i > 0 && (s[i - 1].is_ascii_digit() || s[i - 1] == '-' || s[i - 1] == '.') {
        return None;
    }
    let sign = usize::from(s[i] == '-');
    let n = s[i + sign..].iter().take_while(|c| c.is_ascii_digit()).count();
    (n > 0).then_some(sign + n)
}

fn mutate(r: &mut Rng, seed: &str) -> String {
    let mut s: Vec<char> = seed.chars().collect();
    // Half the inputs keep their shape and only push values to the edges, so
    // they get past the JSON reader to the rules and everything built after.
    let edges_only = r.below(2) == 0;
    for _ in 0..1 + r.below(6) {
        match if edges_only { r.below(2) } else { r.below(6) } {
            0 => {
                let d = EDGE_DATES[r.below(EDGE_DATES.len())];
                replace_run(r, &mut s, date_at, d);
                continue;
            }
            1 => {
                let n = EDGE_INTS[r.below(EDGE_INTS.len())];
                replace_run(r, &mut s, int_at, n);
                continue;
            }
            _ => {}
        }
        let at = r.below(s.len() + 1);
        match r.below(5) {
            0 if !s.is_empty() => {
                let end = (at + 1 + r.below(16)).min(s.len());
                s.drain(at.min(s.len())..end);
            }
            1 => s.splice(at..at, TOKENS[r.below(TOKENS.len())].chars()).for_each(drop),
            2 if at < s.len() => s[at] = char::from_u32(32 + r.below(95) as u32).unwrap_or('x'),
            3 if !s.is_empty() => {
                // Copy a run of the input elsewhere (repeats structure).
                let from = r.below(s.len());
                let run: Vec<char> = s[from..(from + r.below(40)).min(s.len())].to_vec();
                s.splice(at..at, run).for_each(drop);
            }
            _ => s.splice(at..at, TOKENS[r.below(TOKENS.len())].chars()).for_each(drop),
        }
    }
    s.into_iter().collect()
}

/// The sample plan, built once (every input is read against it).
fn sample() -> &'static Plan {
    static SAMPLE: OnceLock<Plan> = OnceLock::new();
    SAMPLE.get_or_init(|| sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh))
}

/// What the app builds from a plan a reader accepted: none of it may panic
/// or hang, and what it makes must be valid too.
fn build_all(plan: &Plan) {
    let l = if plan.name.len() % 2 == 0 { Locale::ZhCn } else { Locale::En };
    let _ = campaign_planner::i18n::gantt::tasks_csv(l, plan);
    for (i, kind) in DocKind::ALL.into_iter().enumerate() {
        let at = if i % 2 == 0 { plan.start } else { plan.end };
        let doc = build(l, plan, Request { kind, today: at, at });
        let _ = to_text(l, &doc, i % 3 == 0);
    }
    let _ = campaign_planner::model::close::rules::report(plan, plan.end.add_days(1));
    let t = template_of(plan, None, "t".into(), "模板".into());
    assert_eq!(campaign_planner::model::knowledge::commands::template_fault(&t), None, "a template of a valid plan");
    for start in [Day::first(), plan.start, Day::last()] {
        let made = instantiate(&t, "n".into(), "新计划", start, plan.total_budget, "CNY");
        assert_eq!(validate(&made), vec![], "a plan from a template, on {start}");
    }
    let _ = observations_of(plan, plan.end);
    assert_eq!(validate(&share::summary_plan(plan)), vec![], "a link's summary is a valid plan");
    let (back, rev, _) = decode_stored(&encode_stored(plan, u64::MAX)).expect("a stored plan reads back");
    assert_eq!((&back, rev), (plan, u64::MAX));
}

/// Feeds one input to every reader; whatever they accept must be valid.
/// How many inputs each reader accepted, for the closing line.
static ACCEPTED: [AtomicUsize; 3] = [AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0)];

fn run_all(input: &str) {
    if let Ok((plan, _)) = import_repairing(input) {
        assert_eq!(validate(&plan), vec![], "a mended plan is valid");
        build_all(&plan);
        ACCEPTED[0].fetch_add(1, Ordering::Relaxed);
    }
    if let Ok(plan) = import_plan(input) {
        assert_eq!(validate(&plan), vec![]);
    }
    let _ = decode_stored(input);
    if let Ok(k) = import_knowledge(input) {
        ACCEPTED[1].fetch_add(1, Ordering::Relaxed);
        assert_eq!(import_knowledge(&export_knowledge(&k)).as_ref(), Ok(&k), "a knowledge base round-trips");
        for t in k.templates.iter().take(3) {
            for start in [Day::first(), Day::last()] {
                let made = instantiate(t, "n".into(), "新计划", start, Money(Money::LIMIT), "CNY");
                assert_eq!(validate(&made), vec![], "a plan from a shared template");
            }
        }
    }
    let plan = sample();
    for line in input.lines().take(50) {
        let _ = predecessors::parse(&plan, line);
        let _ = Num::parse(line).map(|n| assert!(n.in_bounds()));
        let _ = Money::parse(line).map(|m| assert!(m.0.abs() <= Money::LIMIT));
        let _ = table::parse_day(line).map(|d| assert!(d.in_range()));
        let _ = Day::parse(line);
    }
    for line in input.lines().take(5) {
        let _ = share::parse_fragment(line);
    }
    let rows = table::parse(input);
    if let Some(map) = sheet::mapping(&rows) {
        if let Ok(read) = sheet::read(&rows, &map, plan.start.year()) {
            let mut ws = Workspace::of(vec![plan.clone()]);
            let mut n = 0;
            let (people, phases, items) = sheet::additions(plan, &read, &mut || {
                n += 1;
                format!("sheet-{n}")
            });
            let cmd = PlanCommand::AddItems { people, phases, items };
            if apply(&mut ws, Command::Plan { plan_id: plan.id.clone(), cmd }).is_ok() {
                ACCEPTED[2].fetch_add(1, Ordering::Relaxed);
                assert_eq!(validate(&ws.plans[0]), vec![]);
                let _ = campaign_planner::i18n::gantt::tasks_csv(Locale::ZhCn, &ws.plans[0]);
            }
        }
    }
    let days: Vec<Day> = (0..30).map(|i| plan.start.add_days(i)).collect();
    for at in [(0, 0), (29, 10), (100, 100)] {
        let t = table::Target { kpis: &plan.kpis, days: &days, plan: (plan.start, plan.end), at };
        if let Ok(cells) = table::cells(&rows, &t) {
            assert!(cells.iter().all(|(_, _, v)| v.is_none_or(|v| v.in_bounds())));
        }
    }
}

/// Keeps an input where the next run reads it first; returns its file name.
fn keep(input: &str, prefix: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/crashes");
    let _ = std::fs::create_dir_all(&dir);
    let name = format!(
        "{prefix}-{:016x}.txt",
        input.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))
    );
    let _ = std::fs::write(dir.join(&name), input);
    name
}

fn check(input: &str, what: &str) {
    if catch_unwind(AssertUnwindSafe(|| run_all(input))).is_err() {
        let name = keep(input, "crash");
        panic!("{what}: a reader panicked; the input is in tests/fuzz/crashes/{name}");
    }
}

/// Runs `inputs` on a worker thread while this one watches: an input that
/// has not finished after a minute (linear work on the largest seed takes
/// milliseconds) is kept as a hang and fails the test.
fn watched(inputs: Box<dyn FnOnce(&dyn Fn(&str, &str)) + Send>) {
    let done = Arc::new(AtomicUsize::new(0));
    let current: Arc<Mutex<(String, String)>> = Arc::default();
    let (d, c) = (done.clone(), current.clone());
    let worker = std::thread::spawn(move || {
        inputs(&|input: &str, what: &str| {
            *c.lock().unwrap() = (input.to_string(), what.to_string());
            check(input, what);
            d.fetch_add(1, Ordering::SeqCst);
        });
    });
    let (mut seen, mut since) = (0, Instant::now());
    while !worker.is_finished() {
        std::thread::sleep(Duration::from_millis(200));
        let now = done.load(Ordering::SeqCst);
        if now != seen {
            (seen, since) = (now, Instant::now());
        } else if since.elapsed() > Duration::from_secs(60) {
            let (input, what) = current.lock().map(|g| g.clone()).unwrap_or_default();
            let name = keep(&input, "hang");
            panic!("{what}: a reader did not finish in a minute; the input is in tests/fuzz/crashes/{name}");
        }
    }
    if let Err(e) = worker.join() {
        std::panic::resume_unwind(e);
    }
}

fn seeds() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = vec![];
    for dir in [root.join("fixtures"), root.join("fuzz/corpus"), root.join("fuzz/crashes")] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            if let Ok(text) = std::fs::read_to_string(&f) {
                out.push((f.file_name().unwrap().to_string_lossy().into_owned(), text));
            }
        }
    }
    out
}

#[test]
fn the_corpus_and_earlier_crashes_read_without_a_panic() {
    let seeds = seeds();
    assert!(seeds.len() >= 14, "{}", seeds.len());
    watched(Box::new(move |check| {
        for (name, text) in &seeds {
            check(text, name);
        }
    }));
}

#[test]
fn mutated_inputs_never_panic_any_reader() {
    let iters: usize = std::env::var("FUZZ_ITERS").ok().and_then(|v| v.parse().ok()).unwrap_or(1500);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5eed_2026);
    // `make fuzz` runs one stream per core; stream k replays alone as FUZZ_SEED=seed+k.
    let threads: u64 = std::env::var("FUZZ_THREADS").ok().and_then(|v| v.parse().ok()).unwrap_or(1).clamp(1, 64);
    let seeds = Arc::new(seeds());
    let n = seeds.len();
    // The hook would print every caught panic; `check` reports the input.
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let streams: Vec<_> = (0..threads)
        .map(|k| {
            let (seeds, seed) = (seeds.clone(), seed.wrapping_add(k));
            let share = iters / threads as usize + usize::from((k as usize) < iters % threads as usize);
            std::thread::spawn(move || {
                let mut r = Rng(seed | 1);
                watched(Box::new(move |check| {
                    for i in 0..share {
                        let (name, text) = &seeds[r.below(seeds.len())];
                        let input = mutate(&mut r, text);
                        check(&input, &format!("iteration {i} from {name} (FUZZ_SEED={seed} FUZZ_THREADS=1)"));
                    }
                }))
            })
        })
        .collect();
    let results: Vec<_> = streams.into_iter().map(|t| t.join()).collect();
    std::panic::set_hook(quiet);
    for r in results {
        if let Err(e) = r {
            std::panic::resume_unwind(e);
        }
    }
    let [plans, knowledge, sheets] = ACCEPTED.each_ref().map(|a| a.load(Ordering::Relaxed));
    println!(
        "fuzz: {iters} inputs from {n} seeds in {threads} stream(s), FUZZ_SEED={seed}, no panic, no hang \
         (taken: {plans} plans built into every document, {knowledge} knowledge files, {sheets} sheets)"
    );
}
