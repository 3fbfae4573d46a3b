//! An update an owner sends back and the line it leaves in the plan's update
//! log. Plain data; no rules.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::base::num::Num;
use crate::model::schedule::data::{Episode, LogEntry, Status};
use serde::{Deserialize, Serialize};

/// One field of one thing an owner can change from their work: an item's
/// facts, a note added to its log, a KPI's figure on a day, their feedback.
/// A change is identified by entity and field, so a later live sync could
/// carry the same changes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Status {
        item: Id,
    },
    Progress {
        item: Id,
    },
    ActualStart {
        item: Id,
    },
    ActualEnd {
        item: Id,
    },
    Reason {
        item: Id,
    },
    Episodes {
        item: Id,
    },
    /// A note added to the item's log (notes are only ever added).
    Note {
        item: Id,
    },
    Actual {
        kpi: Id,
        day: Day,
    },
    /// The person's retrospective feedback.
    Feedback {
        person: Id,
    },
}

impl Field {
    /// The work item the field belongs to, if it is one of an item's.
    pub fn item(&self) -> Option<&Id> {
        match self {
            Field::Status { item }
            | Field::Progress { item }
            | Field::ActualStart { item }
            | Field::ActualEnd { item }
            | Field::Reason { item }
            | Field::Episodes { item }
            | Field::Note { item } => Some(item),
            Field::Actual { .. } | Field::Feedback { .. } => None,
        }
    }
}

/// A field's value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    Status(Status),
    Progress(u8),
    Day(Option<Day>),
    Text(String),
    Episodes(Vec<Episode>),
    Note(LogEntry),
    Num(Option<Num>),
}

/// One change: the field, its value in the copy the owner received (none for
/// a note) and its value now. In the file, one flat object: `{"field":
/// "status", "item": "w4", "before": …, "after": …}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "FlatChange", try_from = "FlatChange")]
pub struct Change {
    pub field: Field,
    pub before: Option<Value>,
    pub after: Value,
}

/// What a field is, by name in the file.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum FieldKind {
    Status,
    Progress,
    ActualStart,
    ActualEnd,
    Reason,
    Episodes,
    Note,
    Actual,
    Feedback,
}

/// A change as the file has it. Read through this plain shape rather than
/// a tagged enum flattened into the change, which cost the bundle ~20 KB of
/// generic code; a field missing what it names is refused.
#[derive(Clone, Serialize, Deserialize)]
struct FlatChange {
    field: FieldKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    item: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kpi: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    day: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    person: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    before: Option<Value>,
    after: Value,
}

impl From<Change> for FlatChange {
    fn from(c: Change) -> FlatChange {
        let mut f = FlatChange {
            field: FieldKind::Note,
            item: None,
            kpi: None,
            day: None,
            person: None,
            before: c.before,
            after: c.after,
        };
        match c.field {
            Field::Status { item } => (f.field, f.item) = (FieldKind::Status, Some(item)),
            Field::Progress { item } => (f.field, f.item) = (FieldKind::Progress, Some(item)),
            Field::ActualStart { item } => (f.field, f.item) = (FieldKind::ActualStart, Some(item)),
            Field::ActualEnd { item } => (f.field, f.item) = (FieldKind::ActualEnd, Some(item)),
            Field::Reason { item } => (f.field, f.item) = (FieldKind::Reason, Some(item)),
            Field::Episodes { item } => (f.field, f.item) = (FieldKind::Episodes, Some(item)),
            Field::Note { item } => (f.field, f.item) = (FieldKind::Note, Some(item)),
            Field::Actual { kpi, day } => (f.field, f.kpi, f.day) = (FieldKind::Actual, Some(kpi), Some(day)),
            Field::Feedback { person } => (f.field, f.person) = (FieldKind::Feedback, Some(person)),
        }
        f
    }
}

impl TryFrom<FlatChange> for Change {
    type Error = String;
    fn try_from(f: FlatChange) -> Result<Change, String> {
        let need = |v: Option<Id>, what: &str| v.ok_or_else(|| format!("missing field `{what}`"));
        let field = match f.field {
            FieldKind::Status => Field::Status { item: need(f.item, "item")? },
            FieldKind::Progress => Field::Progress { item: need(f.item, "item")? },
            FieldKind::ActualStart => Field::ActualStart { item: need(f.item, "item")? },
            FieldKind::ActualEnd => Field::ActualEnd { item: need(f.item, "item")? },
            FieldKind::Reason => Field::Reason { item: need(f.item, "item")? },
            FieldKind::Episodes => Field::Episodes { item: need(f.item, "item")? },
            FieldKind::Note => Field::Note { item: need(f.item, "item")? },
            FieldKind::Actual => {
                Field::Actual { kpi: need(f.kpi, "kpi")?, day: f.day.ok_or_else(|| "missing field `day`".to_string())? }
            }
            FieldKind::Feedback => Field::Feedback { person: need(f.person, "person")? },
        };
        Ok(Change { field, before: f.before, after: f.after })
    }
}

/// What one person sends back: who, when, for which plan and from which
/// version of it, and each change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Update {
    pub plan: Id,
    pub person: Id,
    /// The sender's name as their copy had it (said even if the manager's
    /// plan no longer knows them).
    #[serde(default)]
    pub name: String,
    pub sent: Day,
    /// Minutes after midnight, local time.
    #[serde(default)]
    pub minute: u16,
    /// The version of the plan the owner started from: how many updates the
    /// manager's plan had taken in when they received it. Informational: the
    /// merge reads each change's before-value, not this.
    #[serde(default)]
    pub base: u64,
    pub changes: Vec<Change>,
}

/// A line of the plan's update log: "陈静 10月25日 18:02 更新 3 项". A
/// record of what happened, so it names the sender rather than referring to
/// a person who may later be deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UpdateEntry {
    pub id: Id,
    pub name: String,
    pub sent: Day,
    #[serde(default)]
    pub minute: u16,
    /// When the manager took it in.
    pub applied: Day,
    /// Changes taken in (theirs, also where they won a conflict).
    pub taken: usize,
    /// Conflicts where the manager kept her own value.
    #[serde(default)]
    pub kept: usize,
}

impl crate::model::base::list::HasId for UpdateEntry {
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}
