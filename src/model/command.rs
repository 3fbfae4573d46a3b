//! Every change a user makes, as a `Command`, and the one function that applies
//! it. A command is checked against the workspace and compiled into primitive
//! `Edit`s; applying an edit returns its inverse, which is what undo replays.
//! Must not know about the browser or the UI; ids are chosen by the caller so
//! that applying a command is deterministic.

use super::refs;
use super::strategy::*;
use super::types::*;

/// What a user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Add a whole plan (new, duplicated or imported) at `index` (end if None).
    CreatePlan {
        plan: Box<Plan>,
        index: Option<usize>,
    },
    DeletePlan {
        plan_id: Id,
    },
    /// A change inside one plan.
    Plan {
        plan_id: Id,
        cmd: PlanCommand,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlanCommand {
    SetField(PlanField),
    AddPerson {
        person: Person,
    },
    UpdatePerson {
        person: Person,
    },
    /// Also clears the person as owner of their work items (undo restores it).
    DeletePerson {
        id: Id,
    },
    AddPhase {
        phase: Phase,
    },
    UpdatePhase {
        phase: Phase,
    },
    /// Also clears the phase from its work items.
    DeletePhase {
        id: Id,
    },
    /// Insert `item` right after the subtree of `after` (at the top if None),
    /// as a sibling of `after`; `item.parent`/`level` are taken from it.
    AddItem {
        item: WorkItem,
        after: Option<Id>,
    },
    SetItem {
        id: Id,
        field: ItemField,
    },
    /// Deletes the item and its descendants.
    DeleteItem {
        id: Id,
    },
    /// Make the item a child of its previous sibling.
    Indent {
        id: Id,
    },
    /// Make the item a sibling of its parent, placed after the parent's subtree.
    Outdent {
        id: Id,
    },
    /// Swap the item (with its subtree) with the previous/next sibling.
    MoveItem {
        id: Id,
        up: bool,
    },
    /// Link two items; successors are pushed so the link holds.
    AddDependency {
        dep: Dependency,
    },
    /// Change a link's type or lag.
    UpdateDependency {
        dep: Dependency,
    },
    RemoveDependency {
        id: Id,
    },
    /// Make `links` the exact set of links into `succ` (the predecessors cell).
    SetPredecessors {
        succ: Id,
        links: Vec<Dependency>,
    },
    /// Keep the current dates of every item as a baseline (its items are
    /// filled in from the plan; the caller gives id, name and day).
    CaptureBaseline {
        baseline: Baseline,
    },
    RemoveBaseline {
        id: Id,
    },
    /// Moves an item and all its descendants by `days` (dragging a summary bar).
    ShiftSubtree {
        id: Id,
        days: i64,
    },
    /// A change in the strategy workspace.
    Strategy(StrategyCommand),
    /// A change to KPIs, their actuals, rules, alerts, funnel or review.
    Monitor(super::kpi::MonitorCommand),
    /// A change to budget lines, resources or risks.
    Budget(super::budget::BudgetCommand),
}

/// One field of a plan's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanField {
    Name(String),
    Scenario(Scenario),
    Description(String),
    Start(Day),
    End(Day),
    Currency(String),
    TotalBudget(Money),
    Status(PlanStatus),
    IsSample(bool),
    Calendar(WorkCalendar),
    Strategy(Box<Strategy>),
    Monitor(Box<super::kpi::Monitor>),
    Budget(Box<super::budget::Budget>),
}

/// One field of a work item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemField {
    Title(String),
    Level(Level),
    Phase(Option<Id>),
    Owner(Option<Id>),
    Start(Day),
    End(Day),
    /// Both dates at once (moving a bar keeps its length).
    Dates(Day, Day),
    Status(Status),
    Progress(u8),
    Notes(String),
    Collaborators(Vec<Id>),
    Departments(Vec<String>),
    Interface(Option<Id>),
    Deliverable(String),
    Acceptance(String),
    Resources(String),
    Channel(String),
    /// A milestone is one day long: setting it ends the item on its start.
    Milestone(bool),
    Fixed(bool),
    ExceptionReason(String),
    Log(Vec<LogEntry>),
    /// One RACI cell: `None` clears it.
    Raci(Id, Option<Raci>),
    /// The strategies the item carries out (TOWS strategies or tactics).
    Serves(Vec<Id>),
}

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
    Invalid(super::validate::Problem),
}

impl CommandError {
    /// A problem validation found in the plan a command would leave.
    pub fn from_problem(kind: super::validate::ProblemKind) -> CommandError {
        use super::validate::ProblemKind as K;
        match kind {
            K::EmptyName => CommandError::EmptyName,
            K::EndBeforeStart { .. } => CommandError::EndBeforeStart,
            K::TooLong { .. } => CommandError::DateOutOfRange,
            K::NoWorkingDay => CommandError::NoWorkingDay,
            K::BadCurrency(c) => CommandError::BadCurrency(c),
            K::NegativeAmount(_) => CommandError::BadAmount,
            kind => CommandError::Invalid(super::validate::Problem { path: String::new(), kind }),
        }
    }
}

/// A primitive change of one list element or field; the unit of undo.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    InsertPlan { index: usize, plan: Box<Plan> },
    RemovePlan { id: Id },
    Plan { plan_id: Id, edit: PlanEdit },
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlanEdit {
    Field(PlanField),
    Items(ListEdit<WorkItem>),
    People(ListEdit<Person>),
    Phases(ListEdit<Phase>),
    Deps(ListEdit<Dependency>),
    Baselines(ListEdit<Baseline>),
    Kpis(ListEdit<super::kpi::Kpi>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ListEdit<T> {
    Insert {
        index: usize,
        value: T,
    },
    Remove {
        id: Id,
    },
    Replace(T),
    /// Take `len` elements from `from` and reinsert them at `to` (an index in
    /// the list without them). Used to move a subtree in one step.
    MoveBlock {
        from: usize,
        len: usize,
        to: usize,
    },
}

pub trait HasId {
    fn id(&self) -> &str;
    /// For load repair only (a duplicate id is renamed); edits never change ids.
    fn set_id(&mut self, id: Id);
}

/// Adds `v` at the end of the list, or replaces the entry with its id.
pub(crate) fn upsert<T: HasId>(list: &mut Vec<T>, v: T) {
    match list.iter_mut().find(|x| x.id() == v.id()) {
        Some(slot) => *slot = v,
        None => list.push(v),
    }
}

/// Removes the entry with `id`; `NoSuchEntry` when there is none.
pub(crate) fn remove_entry<T: HasId>(list: &mut Vec<T>, id: &str) -> Result<(), CommandError> {
    let i = list.iter().position(|x| x.id() == id).ok_or_else(|| CommandError::NoSuchEntry(id.to_string()))?;
    list.remove(i);
    Ok(())
}

/// `impl HasId` for structs with an `id: Id` field.
macro_rules! has_id {
    ($($t:ty),*) => {$(
        impl $crate::model::command::HasId for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn set_id(&mut self, id: $crate::model::Id) {
                self.id = id;
            }
        }
    )*};
}
pub(crate) use has_id;
has_id!(WorkItem, Person, Dependency, Baseline, Phase);

impl<T: HasId + Clone> ListEdit<T> {
    /// Applies the edit and returns its inverse. Edits come from `compile`,
    /// which has checked them, so a missing id here is a programming error
    /// and leaves the list unchanged.
    fn apply(self, list: &mut Vec<T>) -> ListEdit<T> {
        match self {
            ListEdit::Insert { index, value } => {
                let id = value.id().to_string();
                list.insert(index.min(list.len()), value);
                ListEdit::Remove { id }
            }
            ListEdit::Remove { id } => match list.iter().position(|v| v.id() == id) {
                Some(index) => ListEdit::Insert { index, value: list.remove(index) },
                None => ListEdit::Remove { id },
            },
            ListEdit::Replace(value) => match list.iter().position(|v| v.id() == value.id()) {
                Some(i) => ListEdit::Replace(std::mem::replace(&mut list[i], value)),
                None => ListEdit::Replace(value),
            },
            ListEdit::MoveBlock { from, len, to } => {
                let block: Vec<T> = list.drain(from..from + len).collect();
                let at = to.min(list.len());
                list.splice(at..at, block);
                ListEdit::MoveBlock { from: at, len, to: from }
            }
        }
    }
}

impl PlanField {
    /// Sets the field and returns the previous value.
    fn apply(self, p: &mut Plan) -> PlanField {
        use std::mem::replace;
        match self {
            PlanField::Name(v) => PlanField::Name(replace(&mut p.name, v)),
            PlanField::Scenario(v) => PlanField::Scenario(replace(&mut p.scenario, v)),
            PlanField::Description(v) => PlanField::Description(replace(&mut p.description, v)),
            PlanField::Start(v) => PlanField::Start(replace(&mut p.start, v)),
            PlanField::End(v) => PlanField::End(replace(&mut p.end, v)),
            PlanField::Currency(v) => PlanField::Currency(replace(&mut p.currency, v)),
            PlanField::TotalBudget(v) => PlanField::TotalBudget(replace(&mut p.total_budget, v)),
            PlanField::Status(v) => PlanField::Status(replace(&mut p.status, v)),
            PlanField::IsSample(v) => PlanField::IsSample(replace(&mut p.is_sample, v)),
            PlanField::Calendar(v) => PlanField::Calendar(replace(&mut p.calendar, v)),
            PlanField::Strategy(v) => PlanField::Strategy(Box::new(replace(&mut p.strategy, *v))),
            PlanField::Monitor(v) => PlanField::Monitor(Box::new(replace(&mut p.monitor, *v))),
            PlanField::Budget(v) => PlanField::Budget(Box::new(replace(&mut p.budget, *v))),
        }
    }
}

impl PlanEdit {
    /// Applies the edit to one plan and returns its inverse.
    pub fn apply(self, plan: &mut Plan) -> PlanEdit {
        match self {
            PlanEdit::Field(f) => PlanEdit::Field(f.apply(plan)),
            PlanEdit::Items(e) => PlanEdit::Items(e.apply(&mut plan.work_items)),
            PlanEdit::People(e) => PlanEdit::People(e.apply(&mut plan.people)),
            PlanEdit::Phases(e) => PlanEdit::Phases(e.apply(&mut plan.phases)),
            PlanEdit::Deps(e) => PlanEdit::Deps(e.apply(&mut plan.dependencies)),
            PlanEdit::Baselines(e) => PlanEdit::Baselines(e.apply(&mut plan.baselines)),
            PlanEdit::Kpis(e) => PlanEdit::Kpis(e.apply(&mut plan.kpis)),
        }
    }
}

impl Edit {
    /// Applies a primitive edit to the workspace and returns its inverse.
    pub fn apply(self, ws: &mut Workspace) -> Edit {
        match self {
            Edit::InsertPlan { index, plan } => {
                let id = plan.id.clone();
                ws.plans.insert(index.min(ws.plans.len()), *plan);
                Edit::RemovePlan { id }
            }
            Edit::RemovePlan { id } => match ws.plans.iter().position(|p| p.id == id) {
                Some(index) => Edit::InsertPlan { index, plan: Box::new(ws.plans.remove(index)) },
                None => Edit::RemovePlan { id },
            },
            Edit::Plan { plan_id, edit } => {
                let Some(plan) = ws.plan_mut(&plan_id) else {
                    return Edit::Plan { plan_id, edit };
                };
                Edit::Plan { plan_id, edit: edit.apply(plan) }
            }
        }
    }
}

/// Applies a list of edits in order and returns the inverses in the order
/// that undoes them.
pub fn apply_edits(ws: &mut Workspace, edits: Vec<Edit>) -> Vec<Edit> {
    let mut inverse: Vec<Edit> = edits.into_iter().map(|e| e.apply(ws)).collect();
    inverse.reverse();
    inverse
}

/// The one way to change a workspace: checks `cmd`, applies it, and returns
/// the edits that undo it. On error nothing has changed.
pub fn apply(ws: &mut Workspace, cmd: Command) -> Result<Vec<Edit>, CommandError> {
    let edits = compile(ws, cmd)?;
    Ok(apply_edits(ws, edits))
}

/// Turns a command into primitive edits, refusing it if it would break an
/// invariant of the plan.
pub fn compile(ws: &Workspace, cmd: Command) -> Result<Vec<Edit>, CommandError> {
    match cmd {
        Command::CreatePlan { plan, index } => {
            if ws.plan(&plan.id).is_some() {
                return Err(CommandError::DuplicateId(plan.id.clone()));
            }
            let index = index.unwrap_or(ws.plans.len());
            Ok(vec![Edit::InsertPlan { index, plan }])
        }
        Command::DeletePlan { plan_id } => {
            ws.plan(&plan_id).ok_or_else(|| CommandError::NoSuchPlan(plan_id.clone()))?;
            Ok(vec![Edit::RemovePlan { id: plan_id }])
        }
        Command::Plan { plan_id, cmd } => {
            let plan = ws.plan(&plan_id).ok_or_else(|| CommandError::NoSuchPlan(plan_id.clone()))?;
            let edits = with_pushes(plan, compile_plan(plan, cmd)?)?;
            Ok(edits.into_iter().map(|edit| Edit::Plan { plan_id: plan_id.clone(), edit }).collect())
        }
    }
}

fn compile_plan(plan: &Plan, cmd: PlanCommand) -> Result<Vec<PlanEdit>, CommandError> {
    use PlanCommand as C;
    match cmd {
        C::SetField(f) => {
            // The header's rules (name, dates, span, currency, calendar,
            // budget) are validation's: check the plan as it would be. A whole strategy,
            // monitor or budget (only files and tests set these) must pass
            // all of validation.
            let whole = matches!(f, PlanField::Strategy(_) | PlanField::Monitor(_) | PlanField::Budget(_));
            let mut trial = if whole {
                plan.clone()
            } else {
                // Only the header: no copy of ten thousand items per keystroke.
                Plan {
                    name: plan.name.clone(),
                    start: plan.start,
                    end: plan.end,
                    currency: plan.currency.clone(),
                    total_budget: plan.total_budget,
                    calendar: plan.calendar.clone(),
                    ..refs::probe()
                }
            };
            f.clone().apply(&mut trial);
            let problems =
                if whole { super::validate::validate(&trial) } else { super::validate::header_problems(&trial) };
            if let Some(p) = problems.into_iter().next() {
                return Err(CommandError::from_problem(p.kind));
            }
            Ok(vec![PlanEdit::Field(f)])
        }
        C::AddPerson { person } => {
            if plan.person(&person.id).is_some() {
                return Err(CommandError::DuplicateId(person.id));
            }
            if person.name.trim().is_empty() {
                return Err(CommandError::EmptyName);
            }
            Ok(vec![PlanEdit::People(ListEdit::Insert { index: plan.people.len(), value: person })])
        }
        C::UpdatePerson { person } => {
            plan.person(&person.id).ok_or_else(|| CommandError::NoSuchPerson(person.id.clone()))?;
            if person.name.trim().is_empty() {
                return Err(CommandError::EmptyName);
            }
            Ok(vec![PlanEdit::People(ListEdit::Replace(person))])
        }
        C::DeletePerson { id } => {
            plan.person(&id).ok_or_else(|| CommandError::NoSuchPerson(id.clone()))?;
            // Every reference to them (owner, RACI, goal owner, approver…) is
            // unlinked by `refs`, then undo restores it all.
            let gone = vec![PlanEdit::People(ListEdit::Remove { id })];
            let mut edits = refs::cascade(plan, &gone);
            edits.extend(gone);
            Ok(edits)
        }
        C::AddPhase { phase } => {
            if plan.phase(&phase.id).is_some() {
                return Err(CommandError::DuplicateId(phase.id));
            }
            if phase.name.trim().is_empty() {
                return Err(CommandError::EmptyName);
            }
            if phase.end < phase.start {
                return Err(CommandError::EndBeforeStart);
            }
            Ok(vec![PlanEdit::Phases(ListEdit::Insert { index: plan.phases.len(), value: phase })])
        }
        C::UpdatePhase { phase } => {
            plan.phase(&phase.id).ok_or_else(|| CommandError::NoSuchPhase(phase.id.clone()))?;
            if phase.end < phase.start {
                return Err(CommandError::EndBeforeStart);
            }
            if phase.name.trim().is_empty() {
                return Err(CommandError::EmptyName);
            }
            Ok(vec![PlanEdit::Phases(ListEdit::Replace(phase))])
        }
        C::DeletePhase { id } => {
            plan.phase(&id).ok_or_else(|| CommandError::NoSuchPhase(id.clone()))?;
            let gone = vec![PlanEdit::Phases(ListEdit::Remove { id })];
            let mut edits = refs::cascade(plan, &gone);
            edits.extend(gone);
            Ok(edits)
        }
        C::AddItem { mut item, after } => {
            if plan.item(&item.id).is_some() {
                return Err(CommandError::DuplicateId(item.id));
            }
            check_item_values(&item)?;
            let index = match after {
                None => {
                    item.parent = None;
                    0
                }
                Some(a) => {
                    let i = plan.item_index(&a).ok_or(CommandError::NoSuchItem(a))?;
                    item.parent = plan.work_items[i].parent.clone();
                    item.level = plan.work_items[i].level;
                    plan.subtree_end(i)
                }
            };
            check_item_refs(plan, &item)?;
            Ok(vec![PlanEdit::Items(ListEdit::Insert { index, value: item })])
        }
        C::SetItem { id, field } => {
            let old = plan.item(&id).ok_or_else(|| CommandError::NoSuchItem(id.clone()))?;
            let mut w = old.clone();
            match field {
                ItemField::Title(t) => w.title = t,
                ItemField::Level(l) => {
                    let parent_level = w.parent.as_deref().and_then(|p| plan.item(p)).map(|p| p.level);
                    let child_min = plan
                        .work_items
                        .iter()
                        .filter(|c| c.parent.as_deref() == Some(id.as_str()))
                        .map(|c| c.level)
                        .min();
                    if parent_level.is_some_and(|p| l <= p) || child_min.is_some_and(|c| l >= c) {
                        return Err(CommandError::LevelConflict);
                    }
                    w.level = l;
                }
                ItemField::Phase(p) => w.phase = p,
                ItemField::Owner(o) => w.owner = o,
                ItemField::Start(d) => {
                    // A start past the end moves the item, keeping its length,
                    // rather than refusing: that is what the planner meant.
                    if d > w.end {
                        w.end = d.add_days(w.start.days_until(w.end));
                    }
                    w.start = d;
                }
                ItemField::End(d) => w.end = d,
                ItemField::Dates(s, e) => {
                    w.start = s;
                    w.end = e;
                }
                ItemField::Status(s) => {
                    // Done means done: progress follows, so counts and bars agree.
                    if s == Status::Done {
                        w.progress = 100;
                    } else if w.status == Status::Done && w.progress == 100 {
                        w.progress = 0;
                    }
                    w.status = s;
                }
                ItemField::Progress(p) => {
                    w.progress = p;
                    if p == 100 && w.status != Status::Exception {
                        w.status = Status::Done;
                    } else if (p > 0 && w.status == Status::NotStarted) || (p < 100 && w.status == Status::Done) {
                        w.status = Status::InProgress;
                    }
                }
                ItemField::Notes(n) => w.notes = n,
                ItemField::Collaborators(c) => {
                    let mut seen = std::collections::HashSet::new();
                    w.collaborators = c.into_iter().filter(|x| seen.insert(x.clone())).collect();
                }
                ItemField::Departments(d) => w.departments = d,
                ItemField::Interface(p) => w.interface = p,
                ItemField::Deliverable(v) => w.deliverable = v,
                ItemField::Acceptance(v) => w.acceptance = v,
                ItemField::Resources(v) => w.resources = v,
                ItemField::Channel(v) => w.channel = v.trim().to_string(),
                ItemField::Milestone(m) => {
                    w.milestone = m;
                    if m {
                        w.end = w.start;
                    }
                }
                ItemField::Fixed(f) => w.fixed = f,
                ItemField::ExceptionReason(v) => w.exception_reason = v,
                ItemField::Log(l) => w.log = l,
                ItemField::Raci(person, role) => {
                    match role {
                        Some(r) => w.raci.insert(person, r),
                        None => w.raci.remove(&person),
                    };
                }
                ItemField::Serves(v) => {
                    let mut seen = std::collections::HashSet::new();
                    w.serves = v.into_iter().filter(|x| seen.insert(x.clone())).collect();
                }
            }
            // A milestone stays one day, whatever date edit reached it.
            if w.milestone && w.end != w.start {
                if old.start == w.start {
                    w.start = w.end;
                } else {
                    w.end = w.start;
                }
            }
            check_item_values(&w)?;
            if &w == old {
                return Ok(vec![]);
            }
            check_item_refs(plan, &w)?;
            Ok(vec![PlanEdit::Items(ListEdit::Replace(w))])
        }
        C::DeleteItem { id } => {
            let i = plan.item_index(&id).ok_or(CommandError::NoSuchItem(id))?;
            let end = plan.subtree_end(i);
            // Remove from the bottom so each removal's inverse index is
            // right; links to the items go, budget lines and needs unlink.
            let gone: Vec<PlanEdit> = plan.work_items[i..end]
                .iter()
                .rev()
                .map(|w| PlanEdit::Items(ListEdit::Remove { id: w.id.clone() }))
                .collect();
            let mut edits = refs::cascade(plan, &gone);
            edits.extend(gone);
            Ok(edits)
        }
        C::Indent { id } => {
            let i = plan.item_index(&id).ok_or_else(|| CommandError::NoSuchItem(id.clone()))?;
            let me = &plan.work_items[i];
            let prev = previous_sibling(plan, i).ok_or(CommandError::CannotMove)?;
            let new_parent = &plan.work_items[prev];
            let delta = new_parent.level.depth() + 1 - me.level.depth();
            let mut edits = relevel_subtree(plan, i, delta)?;
            if let PlanEdit::Items(ListEdit::Replace(w)) = &mut edits[0] {
                w.parent = Some(new_parent.id.clone());
            }
            Ok(edits)
        }
        C::Outdent { id } => {
            let i = plan.item_index(&id).ok_or_else(|| CommandError::NoSuchItem(id.clone()))?;
            let me = &plan.work_items[i];
            let parent_id = me.parent.clone().ok_or(CommandError::CannotMove)?;
            let pi = plan.item_index(&parent_id).ok_or(CommandError::NoSuchItem(parent_id))?;
            let parent = &plan.work_items[pi];
            let delta = parent.level.depth() - me.level.depth();
            let mut edits = relevel_subtree(plan, i, delta)?;
            if let PlanEdit::Items(ListEdit::Replace(w)) = &mut edits[0] {
                w.parent = parent.parent.clone();
            }
            // Move my subtree to just after my old parent's subtree.
            let end = plan.subtree_end(i);
            let len = end - i;
            let parent_end = plan.subtree_end(pi);
            if parent_end > end {
                edits.push(PlanEdit::Items(ListEdit::MoveBlock { from: i, len, to: parent_end - len }));
            }
            Ok(edits)
        }
        C::AddDependency { dep } => {
            if plan.dependencies.iter().any(|d| d.id == dep.id) {
                return Err(CommandError::DuplicateId(dep.id));
            }
            check_dependency(plan, &dep)?;
            if plan.dependencies.iter().any(|d| d.pred == dep.pred && d.succ == dep.succ) {
                return Err(CommandError::DuplicateDependency);
            }
            Ok(vec![PlanEdit::Deps(ListEdit::Insert { index: plan.dependencies.len(), value: dep })])
        }
        C::UpdateDependency { dep } => {
            let old = plan
                .dependencies
                .iter()
                .find(|d| d.id == dep.id)
                .ok_or_else(|| CommandError::NoSuchDependency(dep.id.clone()))?;
            check_dependency(plan, &dep)?;
            if plan.dependencies.iter().any(|d| d.id != dep.id && d.pred == dep.pred && d.succ == dep.succ) {
                return Err(CommandError::DuplicateDependency);
            }
            if old == &dep {
                return Ok(vec![]);
            }
            Ok(vec![PlanEdit::Deps(ListEdit::Replace(dep))])
        }
        C::SetPredecessors { succ, links } => {
            plan.item(&succ).ok_or_else(|| CommandError::NoSuchItem(succ.clone()))?;
            let mut seen = std::collections::HashSet::new();
            for l in &links {
                if l.succ != succ {
                    return Err(CommandError::NoSuchDependency(l.id.clone()));
                }
                check_dependency(plan, l)?;
                if !seen.insert(l.pred.as_str()) {
                    return Err(CommandError::DuplicateDependency);
                }
            }
            let mut edits: Vec<PlanEdit> = plan
                .dependencies
                .iter()
                .filter(|d| d.succ == succ && !links.iter().any(|l| l.id == d.id))
                .map(|d| PlanEdit::Deps(ListEdit::Remove { id: d.id.clone() }))
                .collect();
            for l in links {
                match plan.dependencies.iter().find(|d| d.id == l.id) {
                    Some(old) if old == &l => {}
                    Some(_) => edits.push(PlanEdit::Deps(ListEdit::Replace(l))),
                    // Appended in the order typed (Insert clamps the index).
                    None => edits.push(PlanEdit::Deps(ListEdit::Insert { index: usize::MAX, value: l })),
                }
            }
            Ok(edits)
        }
        C::CaptureBaseline { mut baseline } => {
            if plan.baselines.iter().any(|b| b.id == baseline.id) {
                return Err(CommandError::DuplicateId(baseline.id));
            }
            if baseline.name.trim().is_empty() {
                return Err(CommandError::EmptyName);
            }
            // Summary rows are kept with their rolled-up dates, as shown.
            let a = super::analysis::analyse(plan);
            baseline.items = plan
                .work_items
                .iter()
                .zip(&a.rows)
                .map(|(w, r)| BaselineItem { id: w.id.clone(), start: r.start, end: r.end })
                .collect();
            Ok(vec![PlanEdit::Baselines(ListEdit::Insert { index: usize::MAX, value: baseline })])
        }
        C::RemoveBaseline { id } => {
            plan.baselines.iter().find(|b| b.id == id).ok_or_else(|| CommandError::NoSuchBaseline(id.clone()))?;
            Ok(vec![PlanEdit::Baselines(ListEdit::Remove { id })])
        }
        C::ShiftSubtree { id, days } => {
            let i = plan.item_index(&id).ok_or(CommandError::NoSuchItem(id))?;
            if days == 0 {
                return Ok(vec![]);
            }
            let end = plan.subtree_end(i);
            // Items with a fixed date stay where they are; a link they can
            // then not meet is flagged by the schedule.
            Ok(plan.work_items[i..end]
                .iter()
                .filter(|w| !w.fixed)
                .map(|w| {
                    PlanEdit::Items(ListEdit::Replace(WorkItem {
                        start: w.start.add_days(days),
                        end: w.end.add_days(days),
                        ..w.clone()
                    }))
                })
                .collect())
        }
        C::Strategy(cmd) => super::strategy_command::compile(plan, cmd),
        C::Monitor(cmd) => super::kpi_command::compile(plan, cmd),
        C::Budget(cmd) => super::budget::compile(plan, cmd),
        C::RemoveDependency { id } => {
            plan.dependencies.iter().find(|d| d.id == id).ok_or_else(|| CommandError::NoSuchDependency(id.clone()))?;
            Ok(vec![PlanEdit::Deps(ListEdit::Remove { id })])
        }
        C::MoveItem { id, up } => {
            let i = plan.item_index(&id).ok_or(CommandError::NoSuchItem(id))?;
            let end = plan.subtree_end(i);
            if up {
                let prev = previous_sibling(plan, i).ok_or(CommandError::CannotMove)?;
                Ok(vec![PlanEdit::Items(ListEdit::MoveBlock { from: i, len: end - i, to: prev })])
            } else {
                let next = next_sibling(plan, i).ok_or(CommandError::CannotMove)?;
                let next_end = plan.subtree_end(next);
                // Moving the next sibling's block up in front of me is the same swap.
                Ok(vec![PlanEdit::Items(ListEdit::MoveBlock { from: next, len: next_end - next, to: i })])
            }
        }
    }
}

/// The item's references (owner, phase, RACI, serves…) through `refs`.
fn check_item_refs(plan: &Plan, w: &WorkItem) -> Result<(), CommandError> {
    let mut probe = refs::probe();
    probe.work_items.push(WorkItem { parent: None, ..w.clone() });
    refs::refuse(&refs::Lookup::new(plan), probe)
}

fn check_item_values(w: &WorkItem) -> Result<(), CommandError> {
    if w.end < w.start {
        return Err(CommandError::EndBeforeStart);
    }
    if w.progress > 100 {
        return Err(CommandError::ProgressOver100);
    }
    Ok(())
}

fn previous_sibling(plan: &Plan, i: usize) -> Option<usize> {
    let parent = &plan.work_items[i].parent;
    (0..i).rev().find(|&j| &plan.work_items[j].parent == parent).filter(|&j| {
        // Only a sibling if nothing between us is shallower (same parent ensures it).
        plan.subtree_end(j) == i
    })
}

fn next_sibling(plan: &Plan, i: usize) -> Option<usize> {
    let end = plan.subtree_end(i);
    (end < plan.work_items.len() && plan.work_items[end].parent == plan.work_items[i].parent).then_some(end)
}

/// Replaces every item of the subtree at `i` with its level shifted by
/// `delta`, refusing if any would leave the three levels.
fn relevel_subtree(plan: &Plan, i: usize, delta: i32) -> Result<Vec<PlanEdit>, CommandError> {
    let end = plan.subtree_end(i);
    plan.work_items[i..end]
        .iter()
        .map(|w| {
            let level = Level::from_depth(w.level.depth() + delta).ok_or(CommandError::TooDeep)?;
            Ok(PlanEdit::Items(ListEdit::Replace(WorkItem { level, ..w.clone() })))
        })
        .collect()
}

fn check_dependency(plan: &Plan, dep: &Dependency) -> Result<(), CommandError> {
    if dep.pred == dep.succ {
        return Err(CommandError::SelfDependency);
    }
    if dep.lag.abs() > super::validate::MAX_LAG {
        return Err(CommandError::LagOutOfRange);
    }
    let mut probe = refs::probe();
    probe.dependencies.push(dep.clone());
    refs::refuse(&refs::Lookup::new(plan), probe)
}

/// Adds to `edits` the moves of every item a dependency now pushes later, so
/// a change and its consequences are one undo step. Refuses a cycle.
fn with_pushes(plan: &Plan, mut edits: Vec<PlanEdit>) -> Result<Vec<PlanEdit>, CommandError> {
    // Only links, the calendar and dates matter; a title edit skips the pass.
    // Items are looked up by id through a map: one command may replace
    // thousands of them (deleting a person who owns them all).
    let index: std::collections::HashMap<&str, &WorkItem> = if plan.dependencies.is_empty() {
        Default::default()
    } else {
        plan.work_items.iter().map(|w| (w.id.as_str(), w)).collect()
    };
    let touches_schedule = edits.iter().any(|e| match e {
        PlanEdit::Deps(_) | PlanEdit::Field(PlanField::Calendar(_)) => true,
        PlanEdit::Items(ListEdit::Replace(w)) => {
            index.get(w.id.as_str()).is_some_and(|old| (old.start, old.end, old.fixed) != (w.start, w.end, w.fixed))
        }
        _ => false,
    });
    if !touches_schedule {
        return Ok(edits);
    }
    let mut trial = plan.clone();
    for e in edits.clone() {
        e.apply(&mut trial);
    }
    edits.extend(pushed_items(&trial)?.into_iter().map(|w| PlanEdit::Items(ListEdit::Replace(w))));
    Ok(edits)
}

/// Items whose dependencies need them later than they are, moved (keeping
/// their working-day length).
pub fn pushed_items(plan: &Plan) -> Result<Vec<WorkItem>, CommandError> {
    use super::schedule::{schedule_indexed, Job, Link, Table};
    if plan.dependencies.is_empty() {
        return Ok(vec![]);
    }
    let cal = plan.calendar.to_calendar();
    let index: std::collections::HashMap<&str, usize> =
        plan.work_items.iter().enumerate().map(|(i, w)| (w.id.as_str(), i)).collect();
    let lo = plan.work_items.iter().map(|w| w.start).min().unwrap_or(plan.start);
    let hi = plan.work_items.iter().map(|w| w.end).max().unwrap_or(plan.end);
    let table = Table::new(&cal, lo, hi.add_days(1));
    let jobs: Vec<Job> = plan
        .work_items
        .iter()
        .map(|w| Job { start: w.start, duration: table.workdays(w.start, w.end).max(1), fixed: w.fixed })
        .collect();
    let mut links = Vec::with_capacity(plan.dependencies.len());
    for d in &plan.dependencies {
        let p = *index.get(d.pred.as_str()).ok_or_else(|| CommandError::NoSuchItem(d.pred.clone()))?;
        let s = *index.get(d.succ.as_str()).ok_or_else(|| CommandError::NoSuchItem(d.succ.clone()))?;
        links.push(Link { pred: p, succ: s, kind: d.kind, lag: d.lag });
    }
    let slots = schedule_indexed(&jobs, &links, &cal)
        .map_err(|c| CommandError::Cycle(c.into_iter().map(|i| plan.work_items[i].id.clone()).collect()))?;
    Ok(plan
        .work_items
        .iter()
        .zip(slots)
        // Only a dependency moves an item; a weekend start is left alone.
        .filter(|(_, slot)| slot.pushed)
        .map(|(w, slot)| WorkItem { start: slot.start, end: slot.end, ..w.clone() })
        .collect())
}
