//! Compiling a `KnowledgeCommand` into an edit of the workspace's knowledge
//! base: lessons and templates put or removed, a campaign's figures
//! recorded, a shared file merged in. Refused exactly when the result would
//! not load. The knowledge base is replaced as one edit, so each command is
//! one undo step.

use crate::model::base::fault::Fault;
use crate::model::base::id::Id;
use crate::model::base::list::remove_entry;
use crate::model::base::list::upsert;
use crate::model::base::list::HasId;
use crate::model::check::validate::validate;
use crate::model::command::edits::Edit;
use crate::model::knowledge::data::reference_start;
use crate::model::knowledge::data::Knowledge;
use crate::model::knowledge::data::Lesson;
use crate::model::knowledge::data::Observation;
use crate::model::knowledge::data::Template;
use crate::model::knowledge::data::MAX_ENTRIES;
use crate::model::plan::Workspace;

/// A change to the knowledge base; each is one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum KnowledgeCommand {
    PutLesson(Box<Lesson>),
    RemoveLesson(Id),
    PutTemplate(Box<Template>),
    RemoveTemplate(Id),
    /// Keeps a campaign's channel figures (replacing what was kept for it).
    Record {
        plan: Id,
        observations: Vec<Observation>,
    },
    /// Adds a shared file's lessons, templates and figures; the caller has
    /// given anything whose id is taken a new id (it comes in as a copy).
    Merge(Box<Knowledge>),
}

/// The most work items a template holds.
pub const MAX_TEMPLATE_ITEMS: usize = 5000;

/// What is wrong with a template read from a file or built by hand: no
/// name, a start off the reference day, or whatever makes its plan invalid.
pub fn template_fault(t: &Template) -> Option<Fault> {
    if t.name.trim().is_empty() {
        return Some(Fault::EmptyName);
    }
    if t.plan.start != reference_start() || t.plan.work_items.len() > MAX_TEMPLATE_ITEMS {
        return Some(Fault::NotInRange);
    }
    validate(&t.plan).into_iter().next().map(|p| p.kind)
}

pub fn lesson_fault(l: &Lesson) -> Option<Fault> {
    l.text.trim().is_empty().then_some(Fault::EmptyName)
}

/// Every fault of a knowledge base: what validation of its file reports.
pub fn knowledge_faults(k: &Knowledge) -> Vec<(String, Fault)> {
    let mut out = vec![];
    let mut ids = std::collections::HashSet::new();
    for (i, l) in k.lessons.iter().enumerate() {
        if !ids.insert(l.id()) {
            out.push((format!("lessons[{i}].id"), Fault::DuplicateId(l.id.clone())));
        }
        if let Some(f) = lesson_fault(l) {
            out.push((format!("lessons[{i}].text"), f));
        }
    }
    for (i, t) in k.templates.iter().enumerate() {
        if !ids.insert(t.id()) {
            out.push((format!("templates[{i}].id"), Fault::DuplicateId(t.id.clone())));
        }
        if let Some(f) = template_fault(t) {
            out.push((format!("templates[{i}]"), f));
        }
    }
    for (list, n) in
        [("lessons", k.lessons.len()), ("templates", k.templates.len()), ("observations", k.observations.len())]
    {
        if n > MAX_ENTRIES {
            out.push((list.to_string(), Fault::TooMany { count: n, max: MAX_ENTRIES }));
        }
    }
    out
}

fn room<T: HasId>(list: &[T], id: &str) -> Result<(), Fault> {
    if list.len() >= MAX_ENTRIES && !list.iter().any(|x| x.id() == id) {
        return Err(Fault::TooMany { count: list.len() + 1, max: MAX_ENTRIES });
    }
    Ok(())
}

pub fn compile(ws: &Workspace, cmd: KnowledgeCommand) -> Result<Vec<Edit>, Fault> {
    let mut k = ws.knowledge.clone();
    match cmd {
        KnowledgeCommand::PutLesson(l) => {
            let mut l = *l;
            l.text = l.text.trim().to_string();
            if let Some(f) = lesson_fault(&l) {
                return Err(f);
            }
            if k.templates.iter().any(|t| t.id == l.id) {
                return Err(Fault::DuplicateId(l.id));
            }
            room(&k.lessons, &l.id)?;
            upsert(&mut k.lessons, l);
        }
        KnowledgeCommand::RemoveLesson(id) => remove_entry(&mut k.lessons, &id)?,
        KnowledgeCommand::PutTemplate(t) => {
            let mut t = *t;
            t.name = t.name.trim().to_string();
            if let Some(f) = template_fault(&t) {
                return Err(f);
            }
            if k.lessons.iter().any(|l| l.id == t.id) {
                return Err(Fault::DuplicateId(t.id));
            }
            room(&k.templates, &t.id)?;
            upsert(&mut k.templates, t);
        }
        KnowledgeCommand::RemoveTemplate(id) => remove_entry(&mut k.templates, &id)?,
        KnowledgeCommand::Record { plan, observations } => {
            k.observations.retain(|o| o.plan != plan);
            k.observations.extend(observations.into_iter().filter(|o| o.plan == plan && o.value.0.is_finite()));
            if k.observations.len() > MAX_ENTRIES {
                return Err(Fault::TooMany { count: k.observations.len(), max: MAX_ENTRIES });
            }
        }
        KnowledgeCommand::Merge(other) => {
            let plans: std::collections::HashSet<&str> = other.observations.iter().map(|o| o.plan.as_str()).collect();
            k.observations.retain(|o| !plans.contains(o.plan.as_str()));
            k.lessons.extend(other.lessons);
            k.templates.extend(other.templates);
            k.observations.extend(other.observations);
            if let Some((_, f)) = knowledge_faults(&k).into_iter().next() {
                return Err(f);
            }
        }
    }
    Ok(if k == ws.knowledge { vec![] } else { vec![Edit::Knowledge(Box::new(k))] })
}

/// A festival campaign laid on its festival: the plan's three phases are
/// pre-heat, burst and encore (the festival template's); the burst covers
/// the sale window (双11: 11/1–11/11), the pre-heat ends the day before it
/// and the encore starts the day after, each keeping its length, their work
/// carried with them (`schedule::commands::update_phase`); a milestone named
/// `day_title` marks the festival's own day when the window's first is
/// another (so 11.1 and 11.11 are both marked), and the KPIs that add up
/// expect most on those days. The year moves the dates, not the structure. False, and nothing changed, for a plan of another
/// shape or a festival outside the table.
pub fn place_on_festival(
    p: &mut crate::model::plan::Plan,
    f: crate::model::schedule::festival::Festival,
    year: i32,
    day_title: &str,
) -> bool {
    use crate::model::schedule::data::{Level, Phase, WorkItem};
    let (Some((a, b)), Some(day), [pre, burst, encore]) = (f.window(year), f.day(year), p.phases.as_slice()) else {
        return false;
    };
    let (pre, burst, encore) = (pre.clone(), burst.clone(), encore.clone());
    let placed = [
        Phase { start: a.add_days(-1 - pre.start.days_until(pre.end)), end: a.add_days(-1), ..pre },
        Phase { start: a, end: b, ..burst.clone() },
        Phase { start: b.add_days(1), end: b.add_days(1 + encore.start.days_until(encore.end)), ..encore },
    ];
    let mut next = p.clone();
    for ph in placed {
        let Ok(edits) = crate::model::schedule::commands::update_phase(&next, ph) else { return false };
        for e in edits {
            e.apply(&mut next);
        }
    }
    if day != a {
        let mut m =
            WorkItem::new(format!("festival-{}", next.work_items.len() + 1), day_title, Level::Action, day, day);
        m.milestone = true;
        m.phase = Some(burst.id.clone());
        // Under the burst's first top-level item, after its work.
        let at =
            next.work_items.iter().position(|w| w.parent.is_none() && w.phase.as_deref() == Some(burst.id.as_str()));
        if let Some(i) = at {
            m.parent = Some(next.work_items[i].id.clone());
            m.owner = next.work_items[i].owner.clone();
            let end = next.subtree_end(i);
            next.work_items.insert(end, m);
        } else {
            next.work_items.push(m);
        }
    }
    let first = next.work_items.iter().map(|w| w.start).chain(next.phases.iter().map(|x| x.start)).min();
    let last = next.work_items.iter().map(|w| w.end).chain(next.phases.iter().map(|x| x.end)).max();
    let (Some(first), Some(last)) = (first, last) else { return false };
    (next.start, next.end) = (first, last);
    // Totals come on the peak days, not evenly: a day's weight, from the
    // plan's first, for every KPI that adds up — so pre-heat days are not
    // judged against a burst day's share.
    let peaks = f.peaks(year);
    let weight = |d: crate::model::base::day::Day| match d {
        _ if d == day => 10.0,
        _ if peaks.contains(&d) => 6.0,
        _ if (a..=b).contains(&d) => 2.0,
        _ if d < a => 1.0,
        _ => 0.5,
    };
    let curve: Vec<crate::model::base::num::Num> =
        (0..=first.days_until(last)).map(|i| crate::model::base::num::Num(weight(first.add_days(i)))).collect();
    for k in next.kpis.iter_mut().filter(|k| k.aggregate == crate::model::monitor::data::Aggregate::Sum) {
        k.curve = curve.clone();
    }
    if !crate::model::check::validate::validate(&next).is_empty() {
        return false;
    }
    *p = next;
    true
}
