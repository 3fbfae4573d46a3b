//! Helpers shared by the native test files.

use campaign_planner::model::*;

/// Runs `cmds` on `original` through a history, checks they changed
/// something, undoes them all (must give `original` back exactly) and redoes
/// them all (must give the same result again). Returns that result.
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
