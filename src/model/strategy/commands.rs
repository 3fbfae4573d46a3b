//! Compiling a `StrategyCommand` into edits: checks ranges and links, then
//! replaces the strategy as one field (it is small, so the whole value is its
//! own undo record) plus the work items whose links a removal drops.
//! Must not know about the browser or the UI.

use crate::model::base::fault::Fault;
use crate::model::base::id::Id;
use crate::model::base::list::upsert;
use crate::model::base::list::HasId;
use crate::model::check::refs;
use crate::model::command::edits::PlanEdit;
use crate::model::plan::Plan;
use crate::model::plan::PlanField;
use crate::model::strategy::data::ChannelShare;
use crate::model::strategy::data::Competitor;
use crate::model::strategy::data::Entry;
use crate::model::strategy::data::ForceRating;
use crate::model::strategy::data::GenericStrategy;
use crate::model::strategy::data::Goal;
use crate::model::strategy::data::Incentive;
use crate::model::strategy::data::InternalEntry;
use crate::model::strategy::data::JourneyStep;
use crate::model::strategy::data::Persona;
use crate::model::strategy::data::PestelEntry;
use crate::model::strategy::data::Strategy;
use crate::model::strategy::data::SwotEntry;
use crate::model::strategy::data::Tactic;
use crate::model::strategy::data::TowsStrategy;
use crate::model::strategy::data::MAX_SLOGANS;

/// The free-text fields of the strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrategyText {
    Positioning,
    Theme,
    SellingPoints,
    /// One of the three slogans (0–2).
    Slogan(usize),
}

/// A change to the strategy workspace (see `PlanCommand::Strategy`).
#[derive(Clone, Debug, PartialEq)]
pub enum StrategyCommand {
    Text(StrategyText, String),
    Generic(Option<GenericStrategy>),
    /// Rate one of the five forces (replaces its rating and notes).
    Force(ForceRating),
    /// Add an entry at the end of its list, or replace the one with its id.
    Put(Box<Entry>),
    /// Remove an entry; links to it are dropped everywhere (work items too),
    /// and a removed goal's sub-goals move up to its parent.
    Remove(Id),
    /// Move an entry one place up or down in its list (goal ranking, journey order).
    Move {
        id: Id,
        up: bool,
    },
}

/// Calls `f(&mut list, args…)` on each list of the strategy in turn and
/// returns the first `Some` (the list that holds the id).
macro_rules! in_each_list {
    ($s:ident, $f:ident, $($arg:expr),*) => {
        $f(&mut $s.pestel, $($arg),*)
            .or_else(|| $f(&mut $s.internal, $($arg),*))
            .or_else(|| $f(&mut $s.competitors, $($arg),*))
            .or_else(|| $f(&mut $s.personas, $($arg),*))
            .or_else(|| $f(&mut $s.swot, $($arg),*))
            .or_else(|| $f(&mut $s.tows, $($arg),*))
            .or_else(|| $f(&mut $s.goals, $($arg),*))
            .or_else(|| $f(&mut $s.tactics, $($arg),*))
            .or_else(|| $f(&mut $s.incentives, $($arg),*))
            .or_else(|| $f(&mut $s.journey, $($arg),*))
            .or_else(|| $f(&mut $s.channels, $($arg),*))
    };
}

pub fn compile(plan: &Plan, cmd: StrategyCommand) -> Result<Vec<PlanEdit>, Fault> {
    let mut s = plan.strategy.clone();
    let mut edits = vec![];
    match cmd {
        StrategyCommand::Text(field, v) => match field {
            StrategyText::Positioning => s.positioning = v,
            StrategyText::Theme => s.theme = v,
            StrategyText::SellingPoints => s.selling_points = v,
            StrategyText::Slogan(i) => {
                if i >= MAX_SLOGANS {
                    return Err(Fault::TooMany { count: i + 1, max: MAX_SLOGANS });
                }
                if s.slogans.len() <= i {
                    s.slogans.resize(i + 1, String::new());
                }
                s.slogans[i] = v.trim().to_string();
                while s.slogans.last().is_some_and(|x| x.is_empty()) {
                    s.slogans.pop();
                }
            }
        },
        StrategyCommand::Generic(g) => s.generic = g,
        StrategyCommand::Force(f) => {
            if f.rating > 5 {
                return Err(Fault::NotInRange);
            }
            match s.forces.iter_mut().find(|x| x.force == f.force) {
                Some(slot) => *slot = f,
                None => {
                    s.forces.push(f);
                    s.forces.sort_by_key(|x| x.force);
                }
            }
        }
        StrategyCommand::Put(e) => {
            let e = *e;
            check_entry(plan, &s, &e)?;
            if s.contains(e.id()) && !same_list_has(&s, &e) {
                return Err(Fault::DuplicateId(e.id().to_string()));
            }
            match e {
                Entry::Pestel(x) => upsert(&mut s.pestel, x),
                Entry::Internal(x) => upsert(&mut s.internal, x),
                Entry::Competitor(x) => upsert(&mut s.competitors, x),
                Entry::Persona(x) => upsert(&mut s.personas, x),
                Entry::Swot(x) => upsert(&mut s.swot, x),
                Entry::Tows(x) => upsert(&mut s.tows, x),
                Entry::Goal(x) => upsert(&mut s.goals, x),
                Entry::Tactic(x) => upsert(&mut s.tactics, x),
                Entry::Incentive(x) => upsert(&mut s.incentives, x),
                Entry::Step(x) => upsert(&mut s.journey, x),
                Entry::Channel(x) => upsert(&mut s.channels, x),
            }
        }
        StrategyCommand::Remove(id) => {
            let removed_goal_parent = s.goal(&id).map(|g| g.parent.clone());
            let gone = in_each_list!(s, remove, &id).is_some();
            if !gone {
                return Err(Fault::UnknownEntry(id));
            }
            // Sub-goals move up to its parent; every other reference to it
            // (TOWS links, serves, a KPI's goal, a SWOT entry's source) is
            // unlinked by `refs`.
            for g in &mut s.goals {
                if g.parent.as_deref() == Some(id.as_str()) {
                    g.parent = removed_goal_parent.clone().flatten();
                }
            }
            edits = crate::model::command::cascade::cascade(
                plan,
                &[PlanEdit::Field(PlanField::Strategy(Box::new(s.clone())))],
            );
            // The strategy's own links are folded into `s` (one field edit).
            if let Some(pos) = edits.iter().position(|e| matches!(e, PlanEdit::Field(PlanField::Strategy(_)))) {
                if let PlanEdit::Field(PlanField::Strategy(cleaned)) = edits.remove(pos) {
                    s = *cleaned;
                }
            }
        }
        StrategyCommand::Move { id, up } => {
            let moved = in_each_list!(s, shift, &id, up);
            match moved {
                None => return Err(Fault::UnknownEntry(id)),
                Some(false) => return Err(Fault::CannotMove),
                Some(true) => {}
            }
        }
    }
    if s != plan.strategy {
        edits.insert(0, PlanEdit::Field(PlanField::Strategy(Box::new(s))));
    }
    Ok(edits)
}

/// `Some(())` when the id was in the list (and is gone).
fn remove<T: HasId>(list: &mut Vec<T>, id: &str) -> Option<()> {
    let i = list.iter().position(|e| e.id() == id)?;
    list.remove(i);
    Some(())
}

/// `None` when the id is not in the list; `Some(false)` at the edge.
/// Goals move among their siblings, so the ranking stays per level.
fn shift<T: HasId + SiblingKey>(list: &mut [T], id: &str, up: bool) -> Option<bool> {
    let i = list.iter().position(|e| e.id() == id)?;
    let key = list[i].sibling_key();
    let j = if up {
        (0..i).rev().find(|&j| list[j].sibling_key() == key)
    } else {
        (i + 1..list.len()).find(|&j| list[j].sibling_key() == key)
    };
    match j {
        Some(j) => {
            list.swap(i, j);
            Some(true)
        }
        None => Some(false),
    }
}

/// What an entry moves among: its group in the list (a goal's parent, a
/// SWOT quadrant, a PESTEL factor…), or the whole list.
trait SiblingKey {
    fn sibling_key(&self) -> String {
        String::new()
    }
}

impl SiblingKey for PestelEntry {
    fn sibling_key(&self) -> String {
        format!("{:?}", self.factor)
    }
}

impl SiblingKey for InternalEntry {
    fn sibling_key(&self) -> String {
        format!("{:?}", self.side)
    }
}

impl SiblingKey for SwotEntry {
    fn sibling_key(&self) -> String {
        format!("{:?}", self.quadrant)
    }
}

impl SiblingKey for TowsStrategy {
    fn sibling_key(&self) -> String {
        format!("{:?}", self.kind)
    }
}

impl SiblingKey for Goal {
    fn sibling_key(&self) -> String {
        self.parent.clone().unwrap_or_default()
    }
}

impl SiblingKey for Competitor {}

impl SiblingKey for Persona {}

impl SiblingKey for Tactic {}

impl SiblingKey for Incentive {}

impl SiblingKey for JourneyStep {}

impl SiblingKey for ChannelShare {}

fn same_list_has(s: &Strategy, e: &Entry) -> bool {
    fn has<T: HasId>(l: &[T], id: &str) -> bool {
        l.iter().any(|x| x.id() == id)
    }
    let id = e.id();
    match e {
        Entry::Pestel(_) => has(&s.pestel, id),
        Entry::Internal(_) => has(&s.internal, id),
        Entry::Competitor(_) => has(&s.competitors, id),
        Entry::Persona(_) => has(&s.personas, id),
        Entry::Swot(_) => has(&s.swot, id),
        Entry::Tows(_) => has(&s.tows, id),
        Entry::Goal(_) => has(&s.goals, id),
        Entry::Tactic(_) => has(&s.tactics, id),
        Entry::Incentive(_) => has(&s.incentives, id),
        Entry::Step(_) => has(&s.journey, id),
        Entry::Channel(_) => has(&s.channels, id),
    }
}

/// The entry's own rules: ranges, and links that must point at the right kind.
fn check_entry(plan: &Plan, s: &Strategy, e: &Entry) -> Result<(), Fault> {
    let out_of_range = match e {
        Entry::Pestel(x) => !(1..=5).contains(&x.weight),
        Entry::Channel(x) => x.share > 100,
        Entry::Incentive(x) => !x.cost_in_bounds(),
        Entry::Goal(g) => !g.numbers_in_bounds(),
        _ => false,
    };
    if out_of_range {
        return Err(Fault::NotInRange);
    }
    if let Entry::Goal(g) = e {
        if g.parent.as_ref().is_some_and(|p| crate::model::strategy::rules::would_cycle(s, &g.id, p)) {
            return Err(Fault::ParentCycle);
        }
    }
    // Its references, through `refs`, against the strategy as it stands.
    let mut probe = refs::probe();
    let p = &mut probe.strategy;
    match e.clone() {
        Entry::Swot(x) => p.swot.push(x),
        Entry::Tows(x) => p.tows.push(x),
        Entry::Goal(x) => p.goals.push(x),
        _ => return Ok(()),
    }
    refs::refuse(&refs::Lookup { plan, strategy: s }, probe)
}
