//! The retrospective (复盘) as data: its entries in the meeting's order, each
//! seen through one of the playbooks' three lenses and citing evidence from
//! the plan; the action items with owners and due dates; each owner's
//! feedback. The evaluation report is not here: it is derived, never typed
//! (`close::rules`). Plain values; must not know about the browser or the UI.

use crate::model::base::day::Day;
use crate::model::base::enums::enum_all;
use crate::model::base::id::Id;
use crate::model::base::skip::is_default;
use serde::{Deserialize, Serialize};

enum_all!(
    /// The board's columns in the order the meeting goes: goals reviewed
    /// (目标回顾), results compared (结果对比), causes (原因分析), lessons (经验).
    /// Action items (行动项) are their own list.
    Section { Goals, Results, Causes, Lessons }
);

enum_all!(
    /// The three lenses of the playbooks: data (the funnel, the biggest
    /// leak), process (slow or redundant steps), organisation (skills the team lacked).
    Lens { Data, Process, Organisation }
);

enum_all!(
    /// What a lesson says to do next time: keep what worked, stop what did
    /// not, start something new.
    Verdict { Keep, Stop, Start }
);

enum_all!(
    /// What an entry cites. Goals, KPIs, work items and risks are references
    /// (deleting one drops the citation); a channel is a name and an alert a
    /// derived key, shown while they still exist.
    CiteKind { Goal, Kpi, Channel, Item, Risk, Alert }
);

/// One piece of evidence an entry points at, shown as a live link with its figure.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cite {
    pub kind: CiteKind,
    pub id: String,
}

/// One card of the board.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RetroEntry {
    pub id: Id,
    pub section: Section,
    pub lens: Lens,
    /// Lessons only: keep, stop or start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<Cite>,
}

/// Something to do because of what was learned, with one owner.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: Id,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub done: bool,
}

/// What one person of the plan sent in before the meeting (需各负责人提交反馈).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Feedback {
    pub id: Id,
    pub person: Id,
    pub text: String,
}

/// The plan's retrospective.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Retro {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<RetroEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionItem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<Feedback>,
}

impl Retro {
    pub fn is_empty(&self) -> bool {
        *self == Retro::default()
    }
    /// Action items not done yet (the overview lists them).
    pub fn open_actions(&self) -> impl Iterator<Item = &ActionItem> {
        self.actions.iter().filter(|a| !a.done)
    }
}

/// The most a retrospective list holds: a meeting's board, not a database.
pub const MAX_RETRO_ENTRIES: usize = 500;

crate::model::base::list::has_id!(RetroEntry, ActionItem, Feedback);
