//! Compiling the schedule's commands (the header, people, phases, work
//! items, links, baselines, shifts) into edits, refused exactly when
//! validation would reject the result, with successors pushed by the engine.

use crate::model::schedule::data::Baseline;
use crate::model::schedule::data::Dependency;
use crate::model::schedule::data::Person;
use crate::model::schedule::data::Phase;
use crate::model::schedule::rules::pushed_items;

use crate::model::schedule::data::WorkItem;

use crate::model::schedule::data::BaselineItem;

use crate::model::command::edits::ListEdit;

use crate::model::check::refs;

use crate::model::plan::PlanField;

use crate::model::base::fault::Fault;

use crate::model::command::edits::PlanEdit;

use crate::model::plan::Plan;

use crate::model::schedule::data::Raci;

use crate::model::schedule::data::LogEntry;

use crate::model::schedule::data::Status;

use crate::model::base::day::Day;

use crate::model::base::id::Id;

use crate::model::schedule::data::Level;

/// One entry of an item's lists of links, for `link`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemLink {
    /// A strategy (TOWS strategy or tactic) the item carries out.
    Strategy(Id),
    /// A person who works on the item besides its owner.
    Collaborator(Id),
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
    /// The status, on the day it changes (the facts it records are dated by it).
    Status(Status, Day),
    /// The progress, on the day it is reported (100% is done that day).
    Progress(u8, Day),
    /// The day the work actually started or finished, corrected by hand.
    ActualStart(Option<Day>),
    ActualEnd(Option<Day>),
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

pub fn set_field(plan: &Plan, f: PlanField) -> Result<Vec<PlanEdit>, Fault> {
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
    let problems = if whole {
        crate::model::check::validate::validate(&trial)
    } else {
        crate::model::check::validate::header_problems(&trial)
    };
    if let Some(p) = problems.into_iter().next() {
        return Err(p.kind);
    }
    Ok(vec![PlanEdit::Field(f)])
}

pub fn add_person(plan: &Plan, person: Person) -> Result<Vec<PlanEdit>, Fault> {
    if plan.person(&person.id).is_some() {
        return Err(Fault::DuplicateId(person.id));
    }
    if person.name.trim().is_empty() {
        return Err(Fault::EmptyName);
    }
    Ok(vec![PlanEdit::People(ListEdit::Insert { index: plan.people.len(), value: person })])
}

pub fn update_person(plan: &Plan, person: Person) -> Result<Vec<PlanEdit>, Fault> {
    plan.person(&person.id).ok_or_else(|| Fault::UnknownPerson(person.id.clone()))?;
    if person.name.trim().is_empty() {
        return Err(Fault::EmptyName);
    }
    Ok(vec![PlanEdit::People(ListEdit::Replace(person))])
}

pub fn delete_person(plan: &Plan, id: Id) -> Result<Vec<PlanEdit>, Fault> {
    plan.person(&id).ok_or_else(|| Fault::UnknownPerson(id.clone()))?;
    // Every reference to them (owner, RACI, goal owner, approver…) is
    // unlinked by `refs`, then undo restores it all.
    let gone = vec![PlanEdit::People(ListEdit::Remove { id })];
    let mut edits = crate::model::command::cascade::cascade(plan, &gone);
    edits.extend(gone);
    Ok(edits)
}

pub fn add_phase(plan: &Plan, phase: Phase) -> Result<Vec<PlanEdit>, Fault> {
    if plan.phase(&phase.id).is_some() {
        return Err(Fault::DuplicateId(phase.id));
    }
    if phase.name.trim().is_empty() {
        return Err(Fault::EmptyName);
    }
    if phase.end < phase.start {
        return Err(Fault::EndBeforeStart { start: phase.start, end: phase.end });
    }
    Ok(vec![PlanEdit::Phases(ListEdit::Insert { index: plan.phases.len(), value: phase })])
}

pub fn update_phase(plan: &Plan, phase: Phase) -> Result<Vec<PlanEdit>, Fault> {
    let old = plan.phase(&phase.id).ok_or_else(|| Fault::UnknownPhase(phase.id.clone()))?;
    if phase.end < phase.start {
        return Err(Fault::EndBeforeStart { start: phase.start, end: phase.end });
    }
    if phase.name.trim().is_empty() {
        return Err(Fault::EmptyName);
    }
    let mut edits = carry(plan, old, &phase);
    edits.push(PlanEdit::Phases(ListEdit::Replace(phase)));
    Ok(edits)
}

/// A phase's work goes with it: moved, its items move by as many days;
/// stretched or shrunk, their dates scale with it (a milestone keeps its
/// place in the phase). Items of the phase and their descendants that name
/// no phase of their own; a fixed date stays (a link it can then not meet
/// is flagged); links push what follows, as for any move.
fn carry(plan: &Plan, old: &Phase, new: &Phase) -> Vec<PlanEdit> {
    if (old.start, old.end) == (new.start, new.end) {
        return vec![];
    }
    let (len0, len1) = (old.start.days_until(old.end), new.start.days_until(new.end));
    let place = |d: Day| {
        let off = old.start.days_until(d);
        let off = if len0 == 0 { off } else { (off as f64 * len1 as f64 / len0 as f64).round() as i64 };
        new.start.add_days(off)
    };
    let mut out = vec![];
    let mut i = 0;
    while i < plan.work_items.len() {
        let w = &plan.work_items[i];
        if w.phase.as_deref() != Some(old.id.as_str()) {
            i += 1;
            continue;
        }
        let end = plan.subtree_end(i);
        for (k, x) in plan.work_items[i..end].iter().enumerate() {
            let own = k == 0 || x.phase.is_none() || x.phase.as_deref() == Some(old.id.as_str());
            if own && !x.fixed {
                let (start, end) = (place(x.start), place(x.end).max(place(x.start)));
                if (start, end) != (x.start, x.end) {
                    out.push(PlanEdit::Items(ListEdit::Replace(WorkItem { start, end, ..x.clone() })));
                }
            }
        }
        i = end;
    }
    out
}

pub fn lay_phases(plan: &Plan, phases: Vec<Phase>) -> Result<Vec<PlanEdit>, Fault> {
    if phases.is_empty() || phases.len() > crate::model::schedule::phases::MAX_PHASES {
        return Err(Fault::NotInRange);
    }
    let mut edits = vec![];
    let mut index = plan.phases.len();
    let mut seen = std::collections::HashSet::new();
    for phase in phases {
        if !seen.insert(phase.id.clone()) {
            return Err(Fault::DuplicateId(phase.id));
        }
        if plan.phase(&phase.id).is_some() {
            edits.extend(update_phase(plan, phase)?);
        } else {
            // Checked as an addition; inserted after the ones before it.
            add_phase(plan, phase.clone())?;
            edits.push(PlanEdit::Phases(ListEdit::Insert { index, value: phase }));
            index += 1;
        }
    }
    Ok(edits)
}

pub fn delete_phase(plan: &Plan, id: Id) -> Result<Vec<PlanEdit>, Fault> {
    plan.phase(&id).ok_or_else(|| Fault::UnknownPhase(id.clone()))?;
    let gone = vec![PlanEdit::Phases(ListEdit::Remove { id })];
    let mut edits = crate::model::command::cascade::cascade(plan, &gone);
    edits.extend(gone);
    Ok(edits)
}

pub fn add_item(plan: &Plan, mut item: WorkItem, after: Option<Id>) -> Result<Vec<PlanEdit>, Fault> {
    if plan.item(&item.id).is_some() {
        return Err(Fault::DuplicateId(item.id));
    }
    check_item_values(&item)?;
    let index = match after {
        None => {
            item.parent = None;
            0
        }
        Some(a) => {
            let i = plan.item_index(&a).ok_or(Fault::UnknownItem(a))?;
            item.parent = plan.work_items[i].parent.clone();
            item.level = plan.work_items[i].level;
            plan.subtree_end(i)
        }
    };
    check_item_refs(plan, &item)?;
    Ok(vec![PlanEdit::Items(ListEdit::Insert { index, value: item })])
}

/// Brings in a sheet's rows at once (one undo step): the people and phases
/// it names that the plan lacks, then its items after the last one. Refused
/// whole with the first problem the plan would then have.
pub fn add_items(
    plan: &Plan,
    people: Vec<Person>,
    phases: Vec<Phase>,
    items: Vec<WorkItem>,
) -> Result<Vec<PlanEdit>, Fault> {
    if items.is_empty() {
        return Ok(vec![]);
    }
    let mut probe = plan.clone();
    probe.people.extend(people.iter().cloned());
    probe.phases.extend(phases.iter().cloned());
    probe.work_items.extend(items.iter().cloned());
    if let Some(p) = crate::model::check::validate::validate(&probe).into_iter().next() {
        return Err(p.kind);
    }
    let mut edits = vec![];
    let (np, nh, ni) = (plan.people.len(), plan.phases.len(), plan.work_items.len());
    edits.extend(
        people.into_iter().enumerate().map(|(i, v)| PlanEdit::People(ListEdit::Insert { index: np + i, value: v })),
    );
    edits.extend(
        phases.into_iter().enumerate().map(|(i, v)| PlanEdit::Phases(ListEdit::Insert { index: nh + i, value: v })),
    );
    edits.extend(
        items.into_iter().enumerate().map(|(i, v)| PlanEdit::Items(ListEdit::Insert { index: ni + i, value: v })),
    );
    Ok(edits)
}

/// Links an item to a strategy or a collaborator, or unlinks it: the list as
/// stored now, plus or minus that one entry (a no-op link changes nothing).
pub fn link(plan: &Plan, item: Id, to: ItemLink, on: bool) -> Result<Vec<PlanEdit>, Fault> {
    let w = plan.item(&item).ok_or_else(|| Fault::UnknownItem(item.clone()))?;
    let (mut list, id, field): (Vec<Id>, Id, fn(Vec<Id>) -> ItemField) = match to {
        ItemLink::Strategy(s) => (w.serves.clone(), s, ItemField::Serves),
        ItemLink::Collaborator(p) => (w.collaborators.clone(), p, ItemField::Collaborators),
    };
    if list.contains(&id) == on {
        return Ok(vec![]);
    }
    if on {
        list.push(id);
    } else {
        list.retain(|x| *x != id);
    }
    set_item(plan, item, field(list))
}

pub fn set_item(plan: &Plan, id: Id, field: ItemField) -> Result<Vec<PlanEdit>, Fault> {
    let old = plan.item(&id).ok_or_else(|| Fault::UnknownItem(id.clone()))?;
    let mut w = old.clone();
    match field {
        ItemField::Title(t) => w.title = t,
        ItemField::Level(l) => {
            let parent_level = w.parent.as_deref().and_then(|p| plan.item(p)).map(|p| p.level);
            let child_min =
                plan.work_items.iter().filter(|c| c.parent.as_deref() == Some(id.as_str())).map(|c| c.level).min();
            if parent_level.is_some_and(|p| l <= p) || child_min.is_some_and(|c| l >= c) {
                return Err(Fault::LevelConflict);
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
        ItemField::Status(s, day) => {
            // Done means done: progress follows, so counts and bars agree.
            // Reopened, a done item keeps most of its work (90%: something is
            // left); only "not started" means none of it.
            if s == Status::Done {
                w.progress = 100;
            } else if w.status == Status::Done && w.progress == 100 {
                w.progress = match s {
                    Status::NotStarted => 0,
                    Status::InProgress => 90,
                    _ => w.progress,
                };
            }
            w.status = s;
            record_facts(old.status, &mut w, day);
        }
        ItemField::Progress(p, day) => {
            w.progress = p;
            if p == 100 && w.status != Status::Exception {
                w.status = Status::Done;
            } else if (p > 0 && w.status == Status::NotStarted) || (p < 100 && w.status == Status::Done) {
                w.status = Status::InProgress;
            }
            record_facts(old.status, &mut w, day);
        }
        ItemField::ActualStart(d) => w.actual_start = d,
        ItemField::ActualEnd(d) => w.actual_end = d,
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
        ItemField::ExceptionReason(v) => {
            // The episode under way carries the reason given for it.
            if let Some(e) = w.episodes.last_mut().filter(|e| e.to.is_none()) {
                e.reason = v.clone();
            }
            w.exception_reason = v;
        }
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

pub fn delete_item(plan: &Plan, id: Id) -> Result<Vec<PlanEdit>, Fault> {
    let i = plan.item_index(&id).ok_or(Fault::UnknownItem(id))?;
    let end = plan.subtree_end(i);
    // Remove from the bottom so each removal's inverse index is
    // right; links to the items go, budget lines and needs unlink.
    let gone: Vec<PlanEdit> =
        plan.work_items[i..end].iter().rev().map(|w| PlanEdit::Items(ListEdit::Remove { id: w.id.clone() })).collect();
    let mut edits = crate::model::command::cascade::cascade(plan, &gone);
    edits.extend(gone);
    Ok(edits)
}

pub fn indent(plan: &Plan, id: Id) -> Result<Vec<PlanEdit>, Fault> {
    let i = plan.item_index(&id).ok_or_else(|| Fault::UnknownItem(id.clone()))?;
    let me = &plan.work_items[i];
    let prev = previous_sibling(plan, i).ok_or(Fault::CannotMove)?;
    let new_parent = &plan.work_items[prev];
    let delta = new_parent.level.depth() + 1 - me.level.depth();
    let mut edits = relevel_subtree(plan, i, delta)?;
    if let PlanEdit::Items(ListEdit::Replace(w)) = &mut edits[0] {
        w.parent = Some(new_parent.id.clone());
    }
    Ok(edits)
}

pub fn outdent(plan: &Plan, id: Id) -> Result<Vec<PlanEdit>, Fault> {
    let i = plan.item_index(&id).ok_or_else(|| Fault::UnknownItem(id.clone()))?;
    let me = &plan.work_items[i];
    let parent_id = me.parent.clone().ok_or(Fault::CannotMove)?;
    let pi = plan.item_index(&parent_id).ok_or(Fault::UnknownItem(parent_id))?;
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

pub fn add_dependency(plan: &Plan, dep: Dependency) -> Result<Vec<PlanEdit>, Fault> {
    if plan.dependencies.iter().any(|d| d.id == dep.id) {
        return Err(Fault::DuplicateId(dep.id));
    }
    check_dependency(plan, &dep)?;
    if plan.dependencies.iter().any(|d| d.pred == dep.pred && d.succ == dep.succ) {
        return Err(Fault::DuplicateLink);
    }
    Ok(vec![PlanEdit::Deps(ListEdit::Insert { index: plan.dependencies.len(), value: dep })])
}

pub fn update_dependency(plan: &Plan, dep: Dependency) -> Result<Vec<PlanEdit>, Fault> {
    let old = plan.dependencies.iter().find(|d| d.id == dep.id).ok_or_else(|| Fault::UnknownLink(dep.id.clone()))?;
    check_dependency(plan, &dep)?;
    if plan.dependencies.iter().any(|d| d.id != dep.id && d.pred == dep.pred && d.succ == dep.succ) {
        return Err(Fault::DuplicateLink);
    }
    if old == &dep {
        return Ok(vec![]);
    }
    Ok(vec![PlanEdit::Deps(ListEdit::Replace(dep))])
}

pub fn set_predecessors(plan: &Plan, succ: Id, links: Vec<Dependency>) -> Result<Vec<PlanEdit>, Fault> {
    plan.item(&succ).ok_or_else(|| Fault::UnknownItem(succ.clone()))?;
    let mut seen = std::collections::HashSet::new();
    for l in &links {
        if l.succ != succ {
            return Err(Fault::UnknownLink(l.id.clone()));
        }
        check_dependency(plan, l)?;
        if !seen.insert(l.pred.as_str()) {
            return Err(Fault::DuplicateLink);
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

pub fn capture_baseline(plan: &Plan, mut baseline: Baseline) -> Result<Vec<PlanEdit>, Fault> {
    if plan.baselines.iter().any(|b| b.id == baseline.id) {
        return Err(Fault::DuplicateId(baseline.id));
    }
    if baseline.name.trim().is_empty() {
        return Err(Fault::EmptyName);
    }
    // Summary rows are kept with their rolled-up dates, as shown.
    let a = crate::model::schedule::analysis::analyse(plan);
    baseline.items = plan
        .work_items
        .iter()
        .zip(&a.rows)
        .map(|(w, r)| BaselineItem { id: w.id.clone(), start: r.start, end: r.end })
        .collect();
    Ok(vec![PlanEdit::Baselines(ListEdit::Insert { index: usize::MAX, value: baseline })])
}

pub fn remove_baseline(plan: &Plan, id: Id) -> Result<Vec<PlanEdit>, Fault> {
    plan.baselines.iter().find(|b| b.id == id).ok_or_else(|| Fault::UnknownBaseline(id.clone()))?;
    Ok(vec![PlanEdit::Baselines(ListEdit::Remove { id })])
}

pub fn shift_subtree(plan: &Plan, id: Id, days: i64) -> Result<Vec<PlanEdit>, Fault> {
    let i = plan.item_index(&id).ok_or(Fault::UnknownItem(id))?;
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

pub fn remove_dependency(plan: &Plan, id: Id) -> Result<Vec<PlanEdit>, Fault> {
    plan.dependencies.iter().find(|d| d.id == id).ok_or_else(|| Fault::UnknownLink(id.clone()))?;
    Ok(vec![PlanEdit::Deps(ListEdit::Remove { id })])
}

pub fn move_item(plan: &Plan, id: Id, up: bool) -> Result<Vec<PlanEdit>, Fault> {
    let i = plan.item_index(&id).ok_or(Fault::UnknownItem(id))?;
    let end = plan.subtree_end(i);
    if up {
        let prev = previous_sibling(plan, i).ok_or(Fault::CannotMove)?;
        Ok(vec![PlanEdit::Items(ListEdit::MoveBlock { from: i, len: end - i, to: prev })])
    } else {
        let next = next_sibling(plan, i).ok_or(Fault::CannotMove)?;
        let next_end = plan.subtree_end(next);
        // Moving the next sibling's block up in front of me is the same swap.
        Ok(vec![PlanEdit::Items(ListEdit::MoveBlock { from: next, len: next_end - next, to: i })])
    }
}

/// The item's references (owner, phase, RACI, serves…) through `refs`.
fn check_item_refs(plan: &Plan, w: &WorkItem) -> Result<(), Fault> {
    let mut probe = refs::probe();
    probe.work_items.push(WorkItem { parent: None, ..w.clone() });
    refs::refuse(&refs::Lookup::new(plan), probe)
}

/// What a change of status records, dated `day`: the work started (the
/// first time it leaves "not started"), finished (done; undone clears it),
/// and each stretch in exception opened and closed, kept after completion.
fn record_facts(was: Status, w: &mut WorkItem, day: Day) {
    if was == w.status {
        return;
    }
    match w.status {
        Status::NotStarted if w.episodes.is_empty() => w.actual_start = None,
        Status::NotStarted => {}
        _ => {
            w.actual_start.get_or_insert(day);
        }
    }
    if w.status == Status::Done {
        w.actual_end = Some(day.max(w.actual_start.unwrap_or(day)));
    } else if was == Status::Done {
        w.actual_end = None;
    }
    if was == Status::Exception {
        if let Some(e) = w.episodes.last_mut().filter(|e| e.to.is_none()) {
            e.to = Some(day.max(e.from));
        }
    }
    if w.status == Status::Exception && w.episodes.len() < crate::model::schedule::data::MAX_EPISODES {
        let reason = w.exception_reason.clone();
        w.episodes.push(crate::model::schedule::data::Episode { from: day, to: None, reason });
    }
}

fn check_item_values(w: &WorkItem) -> Result<(), Fault> {
    if w.end < w.start {
        return Err(Fault::EndBeforeStart { start: w.start, end: w.end });
    }
    if w.progress > 100 {
        return Err(Fault::ProgressOver100(w.progress));
    }
    if let (Some(start), Some(end)) = (w.actual_start, w.actual_end) {
        if end < start {
            return Err(Fault::EndBeforeStart { start, end });
        }
    }
    crate::model::schedule::rules::item_rule(w).map_or(Ok(()), Err)
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
fn relevel_subtree(plan: &Plan, i: usize, delta: i32) -> Result<Vec<PlanEdit>, Fault> {
    let end = plan.subtree_end(i);
    plan.work_items[i..end]
        .iter()
        .map(|w| {
            let level = Level::from_depth(w.level.depth() + delta).ok_or(Fault::TooDeep)?;
            Ok(PlanEdit::Items(ListEdit::Replace(WorkItem { level, ..w.clone() })))
        })
        .collect()
}

fn check_dependency(plan: &Plan, dep: &Dependency) -> Result<(), Fault> {
    if dep.pred == dep.succ {
        return Err(Fault::SelfDependency);
    }
    if !(-crate::model::schedule::data::MAX_LAG..=crate::model::schedule::data::MAX_LAG).contains(&dep.lag) {
        let max = crate::model::schedule::data::MAX_LAG;
        return Err(Fault::OutOfRange { value: dep.lag, min: -max, max });
    }
    let mut probe = refs::probe();
    probe.dependencies.push(dep.clone());
    refs::refuse(&refs::Lookup::new(plan), probe)
}

/// Adds to `edits` the moves of every item a dependency now pushes later, so
/// a change and its consequences are one undo step. Refuses a cycle.
pub(crate) fn with_pushes(plan: &Plan, mut edits: Vec<PlanEdit>) -> Result<Vec<PlanEdit>, Fault> {
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
