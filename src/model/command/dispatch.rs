//! Every change a user makes, as a `Command`, and the one function that applies
//! it. A command is checked against the workspace and compiled into primitive
//! `Edit`s; applying an edit returns its inverse, which is what undo replays.
//! Must not know about the browser or the UI; ids are chosen by the caller so
//! that applying a command is deterministic.

use crate::model::command::edits::apply_edits;
use crate::model::command::edits::PlanEdit;
use crate::model::schedule::commands;

use crate::model::base::fault::Fault;

use crate::model::command::edits::Edit;

use crate::model::plan::Workspace;

use crate::model::strategy::commands::StrategyCommand;

use crate::model::schedule::data::Baseline;

use crate::model::schedule::data::Dependency;

use crate::model::schedule::commands::ItemField;
use crate::model::schedule::commands::ItemLink;

use crate::model::schedule::data::WorkItem;

use crate::model::schedule::data::Phase;

use crate::model::schedule::data::Person;

use crate::model::plan::PlanField;

use crate::model::base::id::Id;

use crate::model::plan::Plan;

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
    /// An ended plan leaves the browser for its file (saved by the caller
    /// first), its channel figures as of `today` kept in the knowledge base
    /// as benchmarks: one step, undone as one. Importing the file restores it.
    ArchivePlan {
        plan_id: Id,
        today: crate::model::base::day::Day,
    },
    /// A plan held here replaced by a newer copy of itself, in its place
    /// (an owner receiving the manager's newer plan).
    ReplacePlan {
        plan: Box<Plan>,
    },
    /// A change inside one plan.
    Plan {
        plan_id: Id,
        cmd: PlanCommand,
    },
    /// A change to the knowledge base.
    Knowledge(crate::model::knowledge::commands::KnowledgeCommand),
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
    /// Phases laid out at once (typed by length): each one with an existing
    /// phase's id replaces it (its items stay in it), the others are added.
    /// One undo step.
    LayPhases {
        phases: Vec<Phase>,
    },
    /// Insert `item` right after the subtree of `after` (at the top if None),
    /// as a sibling of `after`; `item.parent`/`level` are taken from it.
    AddItem {
        item: WorkItem,
        after: Option<Id>,
    },
    /// A sheet brought in: new people and phases, then items, as one step.
    AddItems {
        people: Vec<Person>,
        phases: Vec<Phase>,
        items: Vec<WorkItem>,
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
    /// Links an item to a strategy or a collaborator, or unlinks it.
    Link {
        item: Id,
        to: ItemLink,
        on: bool,
    },
    /// Moves an item and all its descendants by `days` (dragging a summary bar).
    ShiftSubtree {
        id: Id,
        days: i64,
    },
    /// A change in the strategy workspace.
    Strategy(StrategyCommand),
    /// A change to KPIs, their actuals, rules, alerts, funnel or review.
    Monitor(crate::model::monitor::commands::MonitorCommand),
    /// A change to budget lines, resources or risks.
    Budget(crate::model::budget::commands::BudgetCommand),
    /// A change to the retrospective: board entries, action items, feedback.
    Retro(crate::model::close::commands::RetroCommand),
    /// An owner's update taken in: each change nobody else made since, each
    /// conflict where `theirs[i]` (the sender's value won), and `entry` in
    /// the update log. One undo step.
    ApplyUpdate {
        update: Box<crate::model::team::data::Update>,
        theirs: Vec<bool>,
        entry: crate::model::team::data::UpdateEntry,
    },
}

/// The one way to change a workspace: checks `cmd`, applies it, and returns
/// the edits that undo it. On error nothing has changed.
pub fn apply(ws: &mut Workspace, cmd: Command) -> Result<Vec<Edit>, Fault> {
    let edits = compile(ws, cmd)?;
    Ok(apply_edits(ws, edits))
}

/// Turns a command into primitive edits, refusing it if it would break an
/// invariant of the plan.
pub fn compile(ws: &Workspace, cmd: Command) -> Result<Vec<Edit>, Fault> {
    match cmd {
        Command::CreatePlan { plan, index } => {
            if ws.plan(&plan.id).is_some() {
                return Err(Fault::DuplicateId(plan.id.clone()));
            }
            let index = index.unwrap_or(ws.plans.len());
            Ok(vec![Edit::InsertPlan { index, plan }])
        }
        Command::DeletePlan { plan_id } => {
            ws.plan(&plan_id).ok_or_else(|| Fault::UnknownPlan(plan_id.clone()))?;
            Ok(vec![Edit::RemovePlan { id: plan_id }])
        }
        Command::ArchivePlan { plan_id, today } => {
            let plan = ws.plan(&plan_id).ok_or_else(|| Fault::UnknownPlan(plan_id.clone()))?;
            let observations = crate::model::knowledge::rules::observations_of(plan, today);
            let record =
                crate::model::knowledge::commands::KnowledgeCommand::Record { plan: plan_id.clone(), observations };
            let mut edits = crate::model::knowledge::commands::compile(ws, record)?;
            edits.push(Edit::RemovePlan { id: plan_id });
            Ok(edits)
        }
        Command::ReplacePlan { plan } => {
            let index = ws.plans.iter().position(|p| p.id == plan.id);
            let index = index.ok_or_else(|| Fault::UnknownPlan(plan.id.clone()))?;
            Ok(vec![Edit::RemovePlan { id: plan.id.clone() }, Edit::InsertPlan { index, plan }])
        }
        Command::Plan { plan_id, cmd } => {
            let plan = ws.plan(&plan_id).ok_or_else(|| Fault::UnknownPlan(plan_id.clone()))?;
            let edits = commands::with_pushes(plan, compile_plan(plan, cmd)?)?;
            Ok(edits.into_iter().map(|edit| Edit::Plan { plan_id: plan_id.clone(), edit }).collect())
        }
        Command::Knowledge(cmd) => crate::model::knowledge::commands::compile(ws, cmd),
    }
}

fn compile_plan(plan: &Plan, cmd: PlanCommand) -> Result<Vec<PlanEdit>, Fault> {
    match cmd {
        PlanCommand::SetField(f) => commands::set_field(plan, f),
        PlanCommand::AddPerson { person } => commands::add_person(plan, person),
        PlanCommand::UpdatePerson { person } => commands::update_person(plan, person),
        PlanCommand::DeletePerson { id } => commands::delete_person(plan, id),
        PlanCommand::AddPhase { phase } => commands::add_phase(plan, phase),
        PlanCommand::UpdatePhase { phase } => commands::update_phase(plan, phase),
        PlanCommand::DeletePhase { id } => commands::delete_phase(plan, id),
        PlanCommand::LayPhases { phases } => commands::lay_phases(plan, phases),
        PlanCommand::AddItem { item, after } => commands::add_item(plan, item, after),
        PlanCommand::AddItems { people, phases, items } => commands::add_items(plan, people, phases, items),
        PlanCommand::SetItem { id, field } => commands::set_item(plan, id, field),
        PlanCommand::DeleteItem { id } => commands::delete_item(plan, id),
        PlanCommand::Indent { id } => commands::indent(plan, id),
        PlanCommand::Outdent { id } => commands::outdent(plan, id),
        PlanCommand::AddDependency { dep } => commands::add_dependency(plan, dep),
        PlanCommand::UpdateDependency { dep } => commands::update_dependency(plan, dep),
        PlanCommand::SetPredecessors { succ, links } => commands::set_predecessors(plan, succ, links),
        PlanCommand::CaptureBaseline { baseline } => commands::capture_baseline(plan, baseline),
        PlanCommand::RemoveBaseline { id } => commands::remove_baseline(plan, id),
        PlanCommand::Link { item, to, on } => commands::link(plan, item, to, on),
        PlanCommand::ShiftSubtree { id, days } => commands::shift_subtree(plan, id, days),
        PlanCommand::Strategy(cmd) => crate::model::strategy::commands::compile(plan, cmd),
        PlanCommand::Monitor(cmd) => crate::model::monitor::commands::compile(plan, cmd),
        PlanCommand::Budget(cmd) => crate::model::budget::commands::compile(plan, cmd),
        PlanCommand::Retro(cmd) => crate::model::close::commands::compile(plan, cmd),
        PlanCommand::RemoveDependency { id } => commands::remove_dependency(plan, id),
        PlanCommand::MoveItem { id, up } => commands::move_item(plan, id, up),
        PlanCommand::ApplyUpdate { update, theirs, entry } => {
            crate::model::team::commands::compile(plan, &update, &theirs, entry)
        }
    }
}
