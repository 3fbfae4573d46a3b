//! Timing for the native benchmarks (`make bench`): the median of runs, in
//! milliseconds. Shared by the examples; prints nothing itself.

use std::time::Instant;

pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Runs `f` `runs` times (given the run's number) and returns the median
/// time in milliseconds.
pub fn time(runs: usize, mut f: impl FnMut(usize)) -> f64 {
    median(
        (0..runs)
            .map(|i| {
                let t = Instant::now();
                f(i);
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}
