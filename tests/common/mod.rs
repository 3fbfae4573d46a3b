//! Helpers shared by the native test files.

use campaign_planner::model::command::dispatch::Command;
use campaign_planner::model::command::history::History;
use campaign_planner::model::plan::Workspace;

/// Runs `cmds` on `original` through a history, checks they changed
/// something, undoes them all (must give `original` back exactly) and redoes
/// them all (must give the same result again). Returns that result.
#[allow(dead_code)]
pub fn assert_undo_redo(original: &Workspace, cmds: &[Command]) -> Workspace {
    let mut w = original.clone();
    let mut h = History::default();
    for c in cmds {
        h.run(&mut w, c.clone()).unwrap_or_else(|e| panic!("{c:?}: {e:?}"));
    }
    let after = w.clone();
    // `assert!` rather than `assert_eq!`: a workspace's Debug is pages long.
    assert!(&after != original, "{cmds:?} changed nothing");
    for _ in cmds {
        h.undo(&mut w).unwrap();
    }
    assert!(&w == original, "undo of {cmds:?}");
    for _ in cmds {
        h.redo(&mut w).unwrap();
    }
    assert!(w == after, "redo of {cmds:?}");
    after
}

/// A small seeded generator (xorshift64*) for the random and fuzz tests, so
/// a failing case is replayed from its seed.
#[allow(dead_code)]
pub struct Rng(pub u64);

#[allow(dead_code)]
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> Option<&'a T> {
        (!xs.is_empty()).then(|| &xs[self.below(xs.len())])
    }
}
