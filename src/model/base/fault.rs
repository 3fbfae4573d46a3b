//! The one vocabulary of what is wrong: a `Fault` is why a command is
//! refused and, with the path it is at, a `Problem` validation finds. Worded
//! once, in `i18n::errors`. Knows no domain types beyond ids, days and money.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::money::Money;

/// What is wrong, in one vocabulary: why a command is refused, and (with a
/// path, as a `Problem`) what validation finds in a plan. Both use the same
/// kinds, so a view never re-checks a rule to say why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    // References to nothing.
    UnknownPlan(Id),
    UnknownItem(Id),
    UnknownPerson(Id),
    UnknownPhase(Id),
    UnknownParent(Id),
    /// A link between items that is not there.
    UnknownLink(Id),
    UnknownBaseline(Id),
    /// A strategy, monitoring or budget entry (or one of the kind a link
    /// needs) that is not there.
    UnknownEntry(Id),
    DuplicateId(Id),
    EmptyName,
    EndBeforeStart {
        start: Day,
        end: Day,
    },
    ProgressOver100(u8),
    /// A done item stands at 100%: setting either keeps the other in step.
    DoneBelow100(u8),
    /// A milestone is one day long.
    MilestoneSpansDays {
        start: Day,
        end: Day,
    },
    BadCurrency(String),
    // The outline.
    /// A parent must come before its children in the list (outline order).
    ParentAfterChild(Id),
    /// An item or a goal under itself or its own descendant.
    ParentCycle,
    LevelNotBelowParent,
    /// Indent needs a previous sibling; outdent needs a parent; a move needs a neighbour.
    CannotMove,
    /// The breakdown has three levels; this would go deeper.
    TooDeep,
    /// A child must sit below its parent's level and above its children's.
    LevelConflict,
    // Links.
    SelfDependency,
    /// These items would depend on each other in a circle.
    DependencyCycle(Vec<Id>),
    /// A second link between the same two items.
    DuplicateLink,
    // Values.
    BadWeekday(u8),
    OutOfRange {
        value: i64,
        min: i64,
        max: i64,
    },
    /// A rating, weight or share outside the range its form shows.
    NotInRange,
    /// An amount below zero or above ¥10,000,000,000 (planned, committed, a
    /// risk's cost), or a payment of zero.
    BadAmount(Money),
    /// A number that is not finite, beyond ±10¹⁵, or negative where weights must not be.
    BadNumber,
    /// A rate's parts must be two other KPIs that are typed, not rates
    /// themselves (a rate of rates could loop).
    BadRatio,
    /// A computed KPI (a rate of two others) has no values of its own to type.
    Computed,
    /// Yellow must be at least 1 and below red, red at most 100.
    Thresholds {
        yellow: u32,
        red: u32,
    },
    /// Every weekday off: no day would ever be worked.
    NoWorkingDay,
    /// A date outside 1900–2200.
    DateOutOfRange,
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
    /// An owner's update holds a change whose value is not of its field's kind.
    BadChange,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Dotted JSON path, e.g. `work_items[3].start`.
    pub path: String,
    pub kind: Fault,
}

pub(crate) fn p(path: String, kind: Fault) -> Problem {
    Problem { path, kind }
}
