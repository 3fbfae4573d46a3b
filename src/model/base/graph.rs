//! Loops in a parent relation (items, goals), found in one linear pass.
//! Knows no domain: it sees indices only.

/// The nodes of a forest given by `parent` that sit on a loop of parents,
/// in one pass: each node is walked up once.
pub(crate) fn in_loops(n: usize, parent: impl Fn(usize) -> Option<usize>) -> Vec<usize> {
    // 0 = not seen, 1 = on the current path, 2 = done.
    let mut state = vec![0u8; n];
    let mut looped = vec![false; n];
    for start in 0..n {
        let mut path = vec![];
        let mut cur = Some(start);
        while let Some(i) = cur {
            match state[i] {
                2 => break,
                1 => {
                    let from = path.iter().position(|&j| j == i).unwrap_or(0);
                    for &j in &path[from..] {
                        looped[j] = true;
                    }
                    break;
                }
                _ => {
                    state[i] = 1;
                    path.push(i);
                    cur = parent(i);
                }
            }
        }
        for j in path {
            state[j] = 2;
        }
    }
    (0..n).filter(|&i| looped[i]).collect()
}
