//! The "predecessors" cell of the outline, as planners type it in project
//! tools: row numbers with an optional type and lag, e.g. `3, 5SS+2, 7FF-1`
//! (FS when no type is given; lag in working days, `d`/`天` allowed).
//! Must not know about the UI; rows are 1-based positions in the outline.

use crate::model::schedule::data::Dependency;

use crate::model::base::id::Id;

use crate::model::plan::Plan;

use crate::model::schedule::data::DepKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PredError {
    /// A piece that is not `<row>[FS|SS|FF|SF][±lag]`.
    Unreadable(String),
    /// A row number that is not in the outline.
    NoSuchRow(usize),
    /// A lag or lead beyond ±3,650 working days.
    LagOutOfRange(String),
}

fn kind_code(k: DepKind) -> &'static str {
    match k {
        DepKind::FinishToStart => "FS",
        DepKind::StartToStart => "SS",
        DepKind::FinishToFinish => "FF",
        DepKind::StartToFinish => "SF",
    }
}

/// `3`, `3FS+2`, `5SS-1`: FS without lag is just the row.
fn piece(row: usize, kind: DepKind, lag: i64) -> String {
    let kind = if kind == DepKind::FinishToStart && lag == 0 { "" } else { kind_code(kind) };
    match lag {
        0 => format!("{row}{kind}"),
        l if l > 0 => format!("{row}{kind}+{l}"),
        l => format!("{row}{kind}{l}"),
    }
}

/// The cell's text for an item: its links in the order they were made.
pub fn format(plan: &Plan, succ: &str) -> String {
    plan.dependencies
        .iter()
        .filter(|d| d.succ == succ)
        .filter_map(|d| Some(piece(plan.item_index(&d.pred)? + 1, d.kind, d.lag)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads the cell into (predecessor id, type, lag) triples.
pub fn parse(plan: &Plan, text: &str) -> Result<Vec<(Id, DepKind, i64)>, PredError> {
    let mut out = vec![];
    for raw in text.split([',', '，', ';', '；', '、', ' ']).map(str::trim).filter(|s| !s.is_empty()) {
        let bad = || PredError::Unreadable(raw.to_string());
        let upper = raw.to_uppercase();
        let s = upper.trim_end_matches(['D', '天']);
        let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
        let row: usize = digits.parse().map_err(|_| bad())?;
        let rest = &s[digits.len()..];
        let (kind, rest) = match rest.get(..2) {
            Some("FS") => (DepKind::FinishToStart, &rest[2..]),
            Some("SS") => (DepKind::StartToStart, &rest[2..]),
            Some("FF") => (DepKind::FinishToFinish, &rest[2..]),
            Some("SF") => (DepKind::StartToFinish, &rest[2..]),
            _ => (DepKind::FinishToStart, rest),
        };
        let lag: i64 = match rest {
            "" => 0,
            r if r.starts_with('+') || r.starts_with('-') => r.parse().map_err(|_| bad())?,
            _ => return Err(bad()),
        };
        if lag.unsigned_abs() > crate::model::schedule::data::MAX_LAG.unsigned_abs() {
            return Err(PredError::LagOutOfRange(raw.to_string()));
        }
        let item = plan.work_items.get(row.wrapping_sub(1)).ok_or(PredError::NoSuchRow(row))?;
        out.push((item.id.clone(), kind, lag));
    }
    Ok(out)
}

/// The full set of links into `succ` that the cell asks for, keeping the
/// ids of links that already exist from the same predecessor; `new_id`
/// names the others.
pub fn links(
    plan: &Plan,
    succ: &str,
    wanted: Vec<(Id, DepKind, i64)>,
    mut new_id: impl FnMut() -> Id,
) -> Vec<Dependency> {
    wanted
        .into_iter()
        .map(|(pred, kind, lag)| {
            let id = plan
                .dependencies
                .iter()
                .find(|d| d.succ == succ && d.pred == pred)
                .map(|d| d.id.clone())
                .unwrap_or_else(&mut new_id);
            Dependency { id, pred, succ: succ.to_string(), kind, lag }
        })
        .collect()
}

/// The cell text of every item that has predecessors, in one pass.
pub fn format_all(plan: &Plan) -> std::collections::HashMap<Id, String> {
    let rows: std::collections::HashMap<&str, usize> =
        plan.work_items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i + 1)).collect();
    let mut out: std::collections::HashMap<Id, String> = std::collections::HashMap::new();
    for d in &plan.dependencies {
        let Some(row) = rows.get(d.pred.as_str()) else { continue };
        let piece = piece(*row, d.kind, d.lag);
        out.entry(d.succ.clone())
            .and_modify(|s| {
                s.push_str(", ");
                s.push_str(&piece);
            })
            .or_insert(piece);
    }
    out
}
