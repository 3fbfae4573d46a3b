//! Compiling a `KnowledgeCommand` into an edit of the workspace's knowledge
//! base: lessons and templates put or removed, a campaign's figures
//! recorded, a shared file merged in. Refused exactly when the result would
//! not load. The knowledge base is replaced as one edit, so each command is
//! one undo step.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::id::Id;
use crate::model::base::list::remove_entry;
use crate::model::base::list::upsert;
use crate::model::base::list::HasId;
use crate::model::base::money::Money;
use crate::model::base::num::Num;
use crate::model::check::validate::validate;
use crate::model::command::edits::Edit;
use crate::model::knowledge::data::reference_start;
use crate::model::knowledge::data::Anchor;
use crate::model::knowledge::data::Knowledge;
use crate::model::knowledge::data::Lesson;
use crate::model::knowledge::data::Observation;
use crate::model::knowledge::data::Template;
use crate::model::knowledge::data::MAX_ENTRIES;
use crate::model::knowledge::rules::instantiate;
use crate::model::monitor::data::Aggregate;
use crate::model::plan::Plan;
use crate::model::plan::Scenario;
use crate::model::plan::Workspace;
use crate::model::schedule::commands::update_phase;
use crate::model::schedule::data::{Level, Phase, WorkItem};
use crate::model::schedule::festival::Festival;

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
    if let Some(a) = t.anchor.as_ref().filter(|a| t.plan.phase(&a.phase).is_none()) {
        return Some(Fault::UnknownPhase(a.phase.clone()));
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

/// The id prefix of the milestone that marks a festival's day.
const MARKER: &str = "festival-";

/// A plan laid on a festival: the phase `anchor` covers the sale window
/// (双11: 11/1–11/11); a phase that ended before it keeps its distance to the
/// window's first day, one that started after it its distance to the last,
/// each its length (in working days); their work is carried with them
/// (`schedule::commands::update_phase`), and work outside any phase moves
/// with the anchored one. A milestone named `day_title` marks the festival's
/// own day when the window's first is another (so 11.1 and 11.11 are both
/// marked), and the KPIs that add up expect most on those days. The year
/// moves the dates, not the structure. False, and nothing changed, for an
/// unknown phase or a festival outside the table.
pub fn place_on_festival(p: &mut Plan, anchor: &str, f: Festival, year: i32, day_title: &str) -> bool {
    let (Some((a, b)), Some(day), Some(old)) = (f.window(year), f.day(year), p.phase(anchor).cloned()) else {
        return false;
    };
    let mut next = p.clone();
    let shift = old.start.days_until(a);
    // Work in no phase, itself or through a parent, moves with the anchored
    // one; the rest is carried by its phase (a child naming none goes with
    // its parent's). Parents come before their children in the outline.
    let mut phased: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
    for w in &p.work_items {
        let own = w.phase.as_deref().is_some_and(|x| p.phase(x).is_some());
        let inherited = w.parent.as_deref().is_some_and(|x| phased.get(x).copied().unwrap_or(false));
        phased.insert(w.id.as_str(), own || inherited);
    }
    for w in next.work_items.iter_mut().filter(|w| !phased.get(w.id.as_str()).copied().unwrap_or(false)) {
        (w.start, w.end) = (w.start.add_days(shift), w.end.add_days(shift));
    }
    // Distances between phases in working days (a Friday and the Monday
    // after are next to each other, and stay so).
    let cal = p.calendar.to_calendar();
    let gap = |x: Day, y: Day| if x > y { 0 } else { cal.workdays_between(x, y) };
    let walk = |from: Day, k: i64, step: i64| {
        let (mut d, mut n) = (from.add_days(step), 0);
        while n < k && d != Day::first() && d != Day::last() {
            n += i64::from(cal.is_workday(d));
            d = d.add_days(step);
        }
        d
    };
    for ph in &p.phases {
        // Its length in working days, or in days when it holds none.
        let days = gap(ph.start, ph.end);
        let len = ph.start.days_until(ph.end);
        let (start, end) = if ph.id == old.id {
            (a, b)
        } else if ph.end < old.start {
            let end = walk(a, gap(ph.end.add_days(1), old.start.add_days(-1)), -1);
            (if days > 0 { cal.add_workdays(end, 1 - days) } else { end.add_days(-len) }, end)
        } else if ph.start > old.end {
            let start = walk(b, gap(old.end.add_days(1), ph.start.add_days(-1)), 1);
            (start, if days > 0 { cal.add_workdays(start, days - 1) } else { start.add_days(len) })
        } else {
            (ph.start.add_days(shift), ph.end.add_days(shift))
        };
        let Ok(edits) = update_phase(&next, Phase { start, end, ..ph.clone() }) else { return false };
        for e in edits {
            e.apply(&mut next);
        }
    }
    // The festival's own day is marked, once: a template made from an
    // earlier season's plan brings its marker, which moves to this day.
    let marker = next.work_items.iter().position(|w| w.milestone && w.id.starts_with(MARKER));
    if let Some(i) = marker {
        let w = &mut next.work_items[i];
        (w.start, w.end, w.title) = (day, day, day_title.to_string());
    } else if day != a {
        let mut m = WorkItem::new(format!("{MARKER}{}", next.work_items.len() + 1), day_title, Level::Action, day, day);
        m.milestone = true;
        m.phase = Some(old.id.clone());
        // Under the anchored phase's first top-level item, after its work.
        let at = next.work_items.iter().position(|w| {
            w.parent.is_none() && w.phase.as_deref() == Some(anchor) && w.level.depth() < Level::Action.depth()
        });
        if let Some(i) = at {
            m.parent = Some(next.work_items[i].id.clone());
            m.owner = next.work_items[i].owner.clone();
            // Its owner sees to it (R, and so its A).
            if let Some(o) = m.owner.clone() {
                m.raci.insert(o, crate::model::schedule::data::Raci::R);
            }
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
    // A goal's deadline keeps its place in its phase, as the work does (the
    // burst's last day stays its last day).
    let place = |d: Day| {
        let Some(old) = p.phases.iter().find(|ph| (ph.start..=ph.end).contains(&d)) else { return d.add_days(shift) };
        let Some(new) = next.phase(&old.id) else { return d.add_days(shift) };
        let (len0, len1) = (old.start.days_until(old.end), new.start.days_until(new.end));
        let off = old.start.days_until(d);
        new.start.add_days(if len0 == 0 { off } else { (off as f64 * len1 as f64 / len0 as f64).round() as i64 })
    };
    let deadlines: Vec<Option<Day>> = next.strategy.goals.iter().map(|g| g.deadline.map(place)).collect();
    for (g, d) in next.strategy.goals.iter_mut().zip(deadlines) {
        g.deadline = d.map(|d| d.clamp(first, last));
    }
    // Totals come on the peak days, not evenly: a day's weight, from the
    // plan's first, for every KPI that adds up — so pre-heat days are not
    // judged against a burst day's share.
    let peaks = f.peaks(year);
    let weight = |d: Day| match d {
        _ if d == day => 10.0,
        _ if peaks.contains(&d) => 6.0,
        _ if (a..=b).contains(&d) => 2.0,
        _ if d < a => 1.0,
        _ => 0.5,
    };
    let curve: Vec<Num> = (0..=first.days_until(last)).map(|i| Num(weight(first.add_days(i)))).collect();
    for k in next.kpis.iter_mut().filter(|k| k.aggregate == Aggregate::Sum) {
        k.curve = curve.clone();
    }
    if !validate(&next).is_empty() {
        return false;
    }
    *p = next;
    true
}

/// The phase of `plan` a festival falls in: the one holding the festival's
/// day in a year the plan covers, else the one overlapping its window most.
pub fn anchor_for(plan: &Plan, f: Festival) -> Option<Anchor> {
    let mut best: Option<(i64, &Phase)> = None;
    for year in plan.start.year()..=plan.end.year() {
        let (Some((a, b)), Some(day)) = (f.window(year), f.day(year)) else { continue };
        for ph in &plan.phases {
            let overlap = ph.start.max(a).days_until(ph.end.min(b)) + 1;
            let score = if (ph.start..=ph.end).contains(&day) { i64::MAX } else { overlap };
            if overlap > 0 && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, ph));
            }
        }
    }
    best.map(|(_, ph)| Anchor { festival: f, phase: ph.id.clone() })
}

/// The festival a festival campaign is built around: the first whose day
/// falls in one of its phases. None for other scenarios.
pub fn festival_of(plan: &Plan) -> Option<Festival> {
    if plan.scenario != Scenario::FestivalPromotion {
        return None;
    }
    Festival::ALL.into_iter().find(|f| {
        (plan.start.year()..=plan.end.year())
            .filter_map(|y| f.day(y))
            .any(|d| plan.phases.iter().any(|ph| (ph.start..=ph.end).contains(&d)))
    })
}

/// A new plan from a template (`rules::instantiate`), laid on `festival` in
/// `year` when one is given: started so that the anchored phase is near the
/// window, then placed exactly. None when the template has no phase to
/// anchor or the festival's year is outside the table.
#[allow(clippy::too_many_arguments)]
pub fn plan_from_template(
    t: &Template,
    id: Id,
    name: &str,
    start: Day,
    budget: Money,
    festival: Option<(Festival, i32, &str)>,
) -> Option<Plan> {
    let Some((f, year, title)) = festival else {
        return Some(instantiate(t, id, name, start, budget, "CNY"));
    };
    let anchor = t.anchor.as_ref().map(|a| a.phase.clone()).or_else(|| anchor_for(&t.plan, f).map(|a| a.phase));
    let anchor = anchor.or_else(|| t.plan.phases.get(t.plan.phases.len() / 2).map(|p| p.id.clone()))?;
    let lead = t.plan.start.days_until(t.plan.phase(&anchor)?.start);
    let mut p = instantiate(t, id, name, f.window(year)?.0.add_days(-lead), budget, "CNY");
    place_on_festival(&mut p, &anchor, f, year, title).then_some(p)
}

/// A template's roles cast to the plan's people: `names[i]` names the
/// plan's i-th person (a role; empty keeps the role's name); roles given
/// one name become one person, their work, RACI cells and goals joined (a
/// person who both does and signs off an item keeps the doing R, which
/// implies the A of an owner); `extra` people (name, role) join the team.
pub fn cast(p: &mut Plan, names: &[String], extra: &[(String, String)]) {
    use crate::model::check::refs::{walk, Slot, Target};
    use crate::model::schedule::data::Person;
    for (person, name) in p.people.iter_mut().zip(names) {
        if !name.trim().is_empty() {
            person.name = name.trim().to_string();
        }
    }
    let mut i = 0;
    while i < p.people.len() {
        let Some(k) = p.people[..i].iter().position(|x| x.name == p.people[i].name) else {
            i += 1;
            continue;
        };
        let gone = p.people.remove(i);
        let into = p.people[k].id.clone();
        let role = &mut p.people[k].role;
        if !gone.role.is_empty() && !role.split('、').any(|r| r == gone.role) {
            *role = if role.is_empty() { gone.role.clone() } else { format!("{role}、{}", gone.role) };
        }
        walk(p, &mut |_, target, slot| {
            if target == Target::Person {
                match slot {
                    Slot::One(o) if o.as_deref() == Some(gone.id.as_str()) => *o = Some(into.clone()),
                    Slot::Many(v) => {
                        for x in v.iter_mut().filter(|x| **x == gone.id) {
                            *x = into.clone();
                        }
                        let mut seen = std::collections::HashSet::new();
                        v.retain(|x| seen.insert(x.clone()));
                    }
                    Slot::Roles(m) => {
                        if let Some(r) = m.remove(&gone.id) {
                            let mine = m.entry(into.clone()).or_insert(r);
                            *mine = (*mine).min(r);
                        }
                    }
                    _ => {}
                }
            }
            true
        });
        for w in &mut p.work_items {
            let owner = w.owner.clone();
            w.collaborators.retain(|c| Some(c) != owner.as_ref());
        }
    }
    for (name, role) in extra {
        let name = name.trim();
        if name.is_empty() || p.people.iter().any(|x| x.name == name) {
            continue;
        }
        let id = (p.people.len() + 1..).map(|n| format!("p{n}")).find(|id| p.person(id).is_none()).unwrap_or_default();
        p.people.push(Person { id, name: name.to_string(), role: role.trim().to_string(), department: String::new() });
    }
}
