//! The one vocabulary of what is wrong: a `Fault` is why a command is
//! refused and, with the path it is at, a `Problem` validation finds. Worded
//! once, in `i18n::errors`. Knows no domain types beyond ids, days and money.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::money::Money;

/// Why a command was refused. The UI words these in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommandError {
    NoSuchPlan(Id),
    NoSuchItem(Id),
    NoSuchPerson(Id),
    NoSuchPhase(Id),
    DuplicateId(Id),
    EmptyName,
    EndBeforeStart,
    ProgressOver100,
    BadCurrency(String),
    /// Indent needs a previous sibling; outdent needs a parent; a move needs a neighbour.
    CannotMove,
    /// The breakdown has three levels; this would go deeper.
    TooDeep,
    /// A child must sit below its parent's level and above its children's.
    LevelConflict,
    /// These items would depend on each other in a circle.
    Cycle(Vec<Id>),
    SelfDependency,
    /// The two items are already linked.
    DuplicateDependency,
    NoSuchDependency(Id),
    NoSuchBaseline(Id),
    /// No strategy entry (or no entry of the kind a link needs) has this id.
    NoSuchEntry(Id),
    /// A rating, weight or share outside its range.
    OutOfRange,
    /// A goal cannot sit under itself or its own sub-goal.
    GoalCycle,
    /// A lag or lead beyond ±3,650 working days.
    LagOutOfRange,
    /// A date outside 1900–2200 or a plan longer than ten years.
    DateOutOfRange,
    /// Every weekday off: nothing could ever be scheduled.
    NoWorkingDay,
    /// An amount below zero or above ¥10,000,000,000.
    BadAmount,
    /// Another rule of the plan, as validation words it (path and problem).
    Invalid(crate::model::base::fault::Problem),
}

impl CommandError {
    /// A problem validation found in the plan a command would leave.
    pub fn from_problem(kind: crate::model::base::fault::ProblemKind) -> CommandError {
        use crate::model::base::fault::ProblemKind as K;
        match kind {
            K::EmptyName => CommandError::EmptyName,
            K::EndBeforeStart { .. } => CommandError::EndBeforeStart,
            K::TooLong { .. } => CommandError::DateOutOfRange,
            K::NoWorkingDay => CommandError::NoWorkingDay,
            K::BadCurrency(c) => CommandError::BadCurrency(c),
            K::NegativeAmount(_) => CommandError::BadAmount,
            kind => CommandError::Invalid(crate::model::base::fault::Problem { path: String::new(), kind }),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    EmptyName,
    EndBeforeStart {
        start: Day,
        end: Day,
    },
    DuplicateId(Id),
    UnknownPerson(Id),
    UnknownPhase(Id),
    UnknownParent(Id),
    /// A parent must come before its children in the list (outline order).
    ParentAfterChild(Id),
    ParentCycle,
    LevelNotBelowParent,
    ProgressOver100(u8),
    BadCurrency(String),
    UnknownItem(Id),
    SelfDependency,
    DependencyCycle(Vec<Id>),
    BadWeekday(u8),
    /// A strategy link (goal, TOWS, work item) to an entry that is not there.
    UnknownEntry(Id),
    OutOfRange {
        value: i64,
        min: i64,
        max: i64,
    },
    /// An amount below zero (planned, committed, a risk's cost) or a payment of zero.
    NegativeAmount(Money),
    /// A number that is not finite, beyond ±10¹⁵, or negative where weights must not be.
    BadNumber,
    /// Yellow must be at least 1 and below red, red at most 100.
    Thresholds {
        yellow: u32,
        red: u32,
    },
    /// A second link between the same two items.
    DuplicateLink,
    /// Every weekday off: no day would ever be worked.
    NoWorkingDay,
    /// A plan longer than the longest one the app plans (in days).
    TooLong {
        days: i64,
        max: i64,
    },
    /// More entries than a list may hold.
    TooMany {
        count: usize,
        max: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Dotted JSON path, e.g. `work_items[3].start`.
    pub path: String,
    pub kind: ProblemKind,
}

pub(crate) fn p(path: String, kind: ProblemKind) -> Problem {
    Problem { path, kind }
}
