//! Taking an owner's update into the manager's plan: the changes nobody else
//! made since are taken, each conflict as the manager chose, one undo step
//! with a line in the update log. Refuses exactly what validation would
//! reject; an update with nothing new changes nothing.

use super::data::{Field, Update, UpdateEntry, Value};
use super::rules::{changes_since, fits, review, Fate, MAX_CHANGES};
use crate::model::base::fault::Fault;
use crate::model::base::list::HasId;
use crate::model::close::commands::RetroCommand;
use crate::model::close::data::Feedback;
use crate::model::command::edits::{ListEdit, PlanEdit};
use crate::model::monitor::commands::MonitorCommand;
use crate::model::plan::Plan;
use std::collections::BTreeMap;

/// Checks an update as data from outside: for this plan, within bounds,
/// each value of its field's kind.
pub fn update_fault(plan: &Plan, u: &Update) -> Option<Fault> {
    if u.plan != plan.id {
        return Some(Fault::UnknownPlan(u.plan.clone()));
    }
    if u.changes.len() > MAX_CHANGES {
        return Some(Fault::TooMany { count: u.changes.len(), max: MAX_CHANGES });
    }
    if u.minute >= 24 * 60 {
        return Some(Fault::OutOfRange { value: i64::from(u.minute), min: 0, max: 24 * 60 - 1 });
    }
    u.changes
        .iter()
        .find(|c| !fits(&c.field, &c.after) || c.before.as_ref().is_some_and(|b| !fits(&c.field, b)))
        .map(|_| Fault::BadChange)
}

/// The edits that take `u` into `plan`: every change to take, and each
/// conflict whose `theirs[i]` is true (the manager took the sender's
/// value); then the log line `entry` (its counts are filled in here).
pub fn compile(plan: &Plan, u: &Update, theirs: &[bool], mut entry: UpdateEntry) -> Result<Vec<PlanEdit>, Fault> {
    if let Some(f) = update_fault(plan, u) {
        return Err(f);
    }
    let fates = review(plan, u);
    let (mut taken, mut kept) = (0, 0);
    let mut items: BTreeMap<usize, crate::model::schedule::data::WorkItem> = BTreeMap::new();
    let mut cells = vec![];
    let mut feedback: Vec<(String, String)> = vec![];
    for (i, (c, fate)) in u.changes.iter().zip(&fates).enumerate() {
        let take = match fate {
            Fate::Take => true,
            Fate::Conflict { .. } => {
                let t = theirs.get(i).copied().unwrap_or(false);
                kept += usize::from(!t);
                t
            }
            Fate::Already | Fate::Gone => false,
        };
        if !take {
            continue;
        }
        taken += 1;
        match (&c.field, &c.after) {
            (Field::Actual { kpi, day }, Value::Num(v)) => cells.push((kpi.clone(), *day, *v)),
            (Field::Feedback { person }, Value::Text(t)) => feedback.push((person.clone(), t.clone())),
            (f, v) => {
                let id = f.item().ok_or(Fault::BadChange)?;
                let at = plan.item_index(id).ok_or_else(|| Fault::UnknownItem(id.clone()))?;
                let w = items.entry(at).or_insert_with(|| plan.work_items[at].clone());
                match v {
                    Value::Status(s) => w.status = *s,
                    Value::Progress(p) => w.progress = *p,
                    Value::Day(d) if matches!(f, Field::ActualStart { .. }) => w.actual_start = *d,
                    Value::Day(d) => w.actual_end = *d,
                    Value::Text(t) => w.exception_reason = t.clone(),
                    Value::Episodes(e) => w.episodes = e.clone(),
                    Value::Note(n) => w.log.push(n.clone()),
                    Value::Num(_) => return Err(Fault::BadChange),
                }
            }
        }
    }
    if taken == 0 && kept == 0 {
        return Ok(vec![]);
    }
    let mut edits = vec![];
    for w in items.into_values() {
        if let Some(f) = crate::model::schedule::rules::item_rule(&w) {
            return Err(f);
        }
        edits.push(PlanEdit::Items(ListEdit::Replace(w)));
    }
    // Figures and feedback through their own commands, so they are checked
    // exactly as when typed.
    if !cells.is_empty() {
        edits.extend(crate::model::monitor::commands::compile(plan, MonitorCommand::SetActuals(cells))?);
    }
    let mut scratch = plan.retro.clone();
    let rank = |person: &str| plan.people.iter().position(|x| x.id == person).unwrap_or(usize::MAX);
    for (person, text) in feedback {
        let existing = scratch.feedback.iter().find(|x| x.person == person).map(|x| x.id.clone());
        let new = existing.is_none();
        // One feedback per person: a new one is named after them, so the
        // same update taken on two machines names it alike.
        let id = existing.unwrap_or_else(|| {
            let mine = format!("fb-{person}");
            if scratch.feedback.iter().any(|x| x.id == mine) {
                format!("{}-{mine}", entry.id)
            } else {
                mine
            }
        });
        let mut p = plan.clone();
        p.retro = scratch;
        let put = RetroCommand::PutFeedback(Box::new(Feedback { id, person: person.clone(), text }));
        scratch = match crate::model::close::commands::compile(&p, put)?.pop() {
            Some(PlanEdit::Field(crate::model::plan::PlanField::Retro(r))) => *r,
            _ => p.retro,
        };
        // A new one takes its place in the team's order, so updates taken
        // in any order give the same list.
        if new {
            if let Some(f) = scratch.feedback.pop() {
                let at = scratch.feedback.iter().position(|x| rank(&x.person) > rank(&person));
                scratch.feedback.insert(at.unwrap_or(scratch.feedback.len()), f);
            }
        }
    }
    if scratch != plan.retro {
        edits.push(PlanEdit::Field(crate::model::plan::PlanField::Retro(Box::new(scratch))));
    }
    if plan.updates.iter().any(|x| x.id() == entry.id) {
        return Err(Fault::DuplicateId(entry.id));
    }
    (entry.taken, entry.kept) = (taken, kept);
    edits.push(PlanEdit::Updates(ListEdit::Insert { index: plan.updates.len(), value: entry }));
    // Whatever validation would find in the merged plan (an end before a
    // start, too many episodes, a figure out of range) refuses the update.
    let mut merged = plan.clone();
    for e in edits.clone() {
        e.apply(&mut merged);
    }
    let before = crate::model::check::validate::validate(plan);
    if let Some(p) = crate::model::check::validate::validate(&merged).into_iter().find(|p| !before.contains(p)) {
        return Err(p.kind);
    }
    Ok(edits)
}

/// An owner's copy when the manager's newer plan `theirs` arrives: theirs,
/// with the owner's own work put back on top where it is still theirs to
/// decide — what they changed after their last update (`sent`, their copy
/// when they made it; None if they never did) wins; what they had sent wins
/// only while the manager has not touched that field (she may not have
/// merged it yet), since otherwise she has decided. So the owner keeps one
/// copy, and their next update holds what is still unsent. Always a valid
/// plan: what cannot be put back is left to the manager's version.
pub fn rebase(received: &Plan, sent: Option<&Plan>, mine: &Plan, theirs: &Plan, person: &str) -> Plan {
    let after_send = sent.map(|s| changes_since(s, mine, person));
    let unsent = |f: &Field| after_send.as_ref().is_none_or(|list| list.iter().any(|x| x.field == *f));
    // A note is only ever added: one not there yet is put back either way.
    let changes: Vec<super::data::Change> = changes_since(received, mine, person)
        .into_iter()
        .filter(|c| {
            unsent(&c.field)
                || matches!(c.field, Field::Note { .. })
                || super::rules::value_of(theirs, &c.field) == c.before
        })
        .collect();
    let mut n = theirs.updates.len();
    let id = loop {
        let id = format!("rebase-{n}");
        if theirs.updates.iter().all(|x| x.id() != id) {
            break id;
        }
        n += 1;
    };
    let put = |onto: &Plan, changes: Vec<super::data::Change>| {
        let u = Update {
            plan: theirs.id.clone(),
            person: person.to_string(),
            name: String::new(),
            sent: theirs.start,
            minute: 0,
            base: 0,
            changes,
        };
        let entry = UpdateEntry {
            id: id.clone(),
            name: String::new(),
            sent: theirs.start,
            minute: 0,
            applied: theirs.start,
            taken: 0,
            kept: 0,
        };
        let edits = compile(onto, &u, &vec![true; u.changes.len()], entry).ok()?;
        let mut out = onto.clone();
        // The owner's copy keeps no log line of its own rebase.
        edits.into_iter().filter(|e| !matches!(e, PlanEdit::Updates(_))).for_each(|e| {
            e.apply(&mut out);
        });
        Some(out)
    };
    // Usually everything fits at once (one check of the plan).
    if let Some(out) = put(theirs, changes.clone()) {
        return out;
    }
    // Otherwise item by item: where the owner's and the manager's values of
    // one item do not make a valid item (done below 100%), the manager's
    // item stands; notes, figures and feedback are put back apart.
    let mut groups: BTreeMap<Option<crate::model::base::id::Id>, Vec<super::data::Change>> = BTreeMap::new();
    for c in changes {
        let key = if matches!(c.field, Field::Note { .. }) { None } else { c.field.item().cloned() };
        groups.entry(key).or_default().push(c);
    }
    let mut out = theirs.clone();
    for (_, changes) in groups {
        if let Some(next) = put(&out, changes) {
            out = next;
        }
    }
    out
}
