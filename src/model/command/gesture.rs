//! The Gantt's gestures as commands: dragging a bar, one of its edges or a
//! summary bar, dragging its progress, and Alt+←/→ (Shift+Alt for the end)
//! on the keyboard. One mapping from a gesture to the command it is, used by
//! the pointer and the keyboard alike, so both move a bar the same way.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::command::dispatch::PlanCommand;
use crate::model::schedule::commands::ItemField;

/// What part of a bar a gesture holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handle {
    /// The whole bar: both dates move.
    Bar,
    /// The start edge: the end stays.
    Start,
    /// The end edge: the start stays.
    End,
}

/// A bar moved by `days` (working or not: the schedule pushes what the
/// links need) from the dates it had when the gesture began.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub id: Id,
    pub handle: Handle,
    pub from: (Day, Day),
    pub days: i64,
    /// A summary bar moves its whole subtree.
    pub summary: bool,
    /// A milestone has no edges: it always moves whole.
    pub milestone: bool,
}

/// The dates the bar has after the move (also its preview while dragging).
/// An edge never passes the other one.
pub fn moved_dates(m: &Moved) -> (Day, Day) {
    let (s, e) = m.from;
    let n = m.days;
    match m.handle {
        Handle::Start if !m.milestone => (s.add_days(n).min(e), e),
        Handle::End if !m.milestone => (s, e.add_days(n).max(s)),
        _ => (s.add_days(n), e.add_days(n)),
    }
}

/// The command a finished move is; `None` when it changes nothing.
pub fn move_command(m: &Moved) -> Option<PlanCommand> {
    if m.days == 0 {
        return None;
    }
    let id = m.id.clone();
    if m.summary {
        return Some(PlanCommand::ShiftSubtree { id, days: m.days });
    }
    let (s, e) = moved_dates(m);
    if (s, e) == m.from {
        return None;
    }
    let field = match m.handle {
        Handle::Start if !m.milestone => ItemField::Start(s),
        Handle::End if !m.milestone => ItemField::End(e),
        _ => ItemField::Dates(s, e),
    };
    Some(PlanCommand::SetItem { id, field })
}

/// The keyboard's move of the selected bar by one day: Alt+→ / Alt+← move
/// it, with Shift its end.
pub fn key_move(id: Id, from: (Day, Day), right: bool, shift: bool, summary: bool, milestone: bool) -> Moved {
    let handle = if shift { Handle::End } else { Handle::Bar };
    Moved { id, handle, from, days: if right { 1 } else { -1 }, summary, milestone }
}

/// The command a progress drag is, reported on `day`; `None` when it ended where it began.
pub fn progress_command(id: Id, from: u8, to: u8, day: Day) -> Option<PlanCommand> {
    (from != to).then(|| PlanCommand::SetItem { id, field: ItemField::Progress(to.min(100), day) })
}
