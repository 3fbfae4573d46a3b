//! A bounded mutation fuzzer over everything that reads user input: the
//! importer (strict and mending), the stored-entry decoder, the pasted-table
//! reader, the predecessors cell and the number, money and date readers.
//! Seeds are the format fixtures and `tests/fuzz/corpus/` (earlier crash
//! inputs and hostile strings, each run first as a regression test). A panic
//! writes its input to `tests/fuzz/crashes/` and fails. `FUZZ_ITERS` sets
//! the number of mutated inputs (`make test` runs a few thousand, `make fuzz`
//! far more); `FUZZ_SEED` replays a run.

use campaign_planner::io::{decode_stored, import_plan, import_repairing, table};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::base::money::Money;
use campaign_planner::model::base::num::Num;
use campaign_planner::model::check::validate::validate;
use campaign_planner::model::sample::sample_plan;
use campaign_planner::model::sample::SampleLang;
use campaign_planner::model::schedule::predecessors;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

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

fn mutate(r: &mut Rng, seed: &str) -> String {
    let mut s: Vec<char> = seed.chars().collect();
    for _ in 0..1 + r.below(6) {
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

/// Feeds one input to every reader; whatever they accept must be valid.
fn run_all(input: &str) {
    if let Ok((plan, _)) = import_repairing(input) {
        assert_eq!(validate(&plan), vec![], "a mended plan is valid");
    }
    if let Ok(plan) = import_plan(input) {
        assert_eq!(validate(&plan), vec![]);
    }
    let _ = decode_stored(input);
    let plan = sample_plan("s".into(), Day::ymd(2026, 11, 20), SampleLang::Zh);
    for line in input.lines().take(50) {
        let _ = predecessors::parse(&plan, line);
        let _ = Num::parse(line).map(|n| assert!(n.in_bounds()));
        let _ = Money::parse(line).map(|m| assert!(m.0.abs() <= Money::LIMIT));
        let _ = table::parse_day(line).map(|d| assert!(d.in_range()));
        let _ = Day::parse(line);
    }
    let rows = table::parse(input);
    let days: Vec<Day> = (0..30).map(|i| plan.start.add_days(i)).collect();
    for at in [(0, 0), (29, 10), (100, 100)] {
        let t = table::Target { kpis: &plan.kpis, days: &days, plan: (plan.start, plan.end), at };
        if let Ok(cells) = table::cells(&rows, &t) {
            assert!(cells.iter().all(|(_, _, v)| v.is_none_or(|v| v.in_bounds())));
        }
    }
}

fn check(input: &str, what: &str) {
    if catch_unwind(AssertUnwindSafe(|| run_all(input))).is_err() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/crashes");
        let _ = std::fs::create_dir_all(&dir);
        let name = format!(
            "crash-{:016x}.txt",
            input.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))
        );
        let _ = std::fs::write(dir.join(&name), input);
        panic!("{what}: a reader panicked; the input is in tests/fuzz/crashes/{name}");
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
    for (name, text) in &seeds {
        check(text, name);
    }
}

#[test]
fn mutated_inputs_never_panic_any_reader() {
    let iters: usize = std::env::var("FUZZ_ITERS").ok().and_then(|v| v.parse().ok()).unwrap_or(1500);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5eed_2026);
    let seeds = seeds();
    let mut r = Rng(seed | 1);
    // The hook would print every caught panic; `check` reports the input.
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = catch_unwind(AssertUnwindSafe(|| {
        for i in 0..iters {
            let (name, text) = &seeds[r.below(seeds.len())];
            let input = mutate(&mut r, text);
            check(&input, &format!("iteration {i} from {name} (FUZZ_SEED={seed})"));
        }
    }));
    std::panic::set_hook(quiet);
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
    println!("fuzz: {iters} inputs from {} seeds, FUZZ_SEED={seed}, no panic", seeds.len());
}
