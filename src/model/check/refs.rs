//! Every reference between a plan's entities, declared once. `walk` visits
//! each reference field of a plan with the kind of entity it names; that one
//! list drives validation (a reference to nothing is a problem with its
//! path), deletion (whatever a removal leaves dangling is unlinked in the same
//! undo step) and load repair (dangling references are cleared and listed).
//! A new reference field is added here and nowhere else, so it cannot be
//! checked by one and missed by the other. Not references, on purpose: a
//! baseline's item ids (a record of the past, shown only for items that are
//! still there) and an alert note's key (it names a derived alert, which
//! simply no longer appears). Must not know about the UI.

use crate::model::base::day::Day;
use crate::model::base::fault::Fault;
use crate::model::base::fault::Problem;
use crate::model::base::id::Id;
use crate::model::plan::Plan;
use crate::model::schedule::data::Raci;
use crate::model::strategy::data::Quadrant;
use crate::model::strategy::data::TowsKind;
use std::collections::{BTreeMap, HashSet};

/// What a reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Person,
    Phase,
    Item,
    /// An item as a parent in the outline.
    Parent,
    /// A TOWS strategy or a tactic (what goals and work serve).
    Strategy,
    /// A SWOT entry of one of the two quadrants this TOWS kind combines.
    Swot(TowsKind),
    /// A PESTEL or internal entry, or a force (`force:<name>`): where a SWOT
    /// entry was promoted from.
    Insight,
    Goal,
    Stage,
    Kpi,
    Risk,
}

/// How a reference is held, which says what unlinking it does.
pub enum Slot<'a> {
    /// Cleared to `None`.
    One(&'a mut Option<Id>),
    /// The missing ids are dropped from the list.
    Many(&'a mut Vec<Id>),
    /// RACI roles keyed by person: the missing people's roles are dropped.
    Roles(&'a mut BTreeMap<Id, Raci>),
    /// The entity cannot exist without it (a link's two ends, a rule aimed
    /// at one KPI, which would otherwise widen to every KPI): it goes too.
    Owner(&'a Id),
}

/// Where a reference sits, formatted only when a problem is reported.
#[derive(Clone, Copy)]
pub struct At {
    pub list: &'static str,
    pub index: usize,
    pub field: &'static str,
}

impl At {
    pub fn path(&self) -> String {
        if self.field.is_empty() {
            format!("{}[{}]", self.list, self.index)
        } else {
            format!("{}[{}].{}", self.list, self.index, self.field)
        }
    }
}

/// Calls `f` on every reference of the plan, in document order. `f` returns
/// whether the entity holding an `Owner` reference stays; entities it
/// returns false for are removed from their list.
pub fn walk(plan: &mut Plan, f: &mut dyn FnMut(At, Target, Slot) -> bool) {
    let at = |list, index, field| At { list, index, field };
    for (i, w) in plan.work_items.iter_mut().enumerate() {
        f(at("work_items", i, "parent"), Target::Parent, Slot::One(&mut w.parent));
        f(at("work_items", i, "phase"), Target::Phase, Slot::One(&mut w.phase));
        f(at("work_items", i, "owner"), Target::Person, Slot::One(&mut w.owner));
        f(at("work_items", i, "collaborators"), Target::Person, Slot::Many(&mut w.collaborators));
        f(at("work_items", i, "interface"), Target::Person, Slot::One(&mut w.interface));
        f(at("work_items", i, "raci"), Target::Person, Slot::Roles(&mut w.raci));
        f(at("work_items", i, "serves"), Target::Strategy, Slot::Many(&mut w.serves));
    }
    let mut i = 0;
    plan.dependencies.retain(|d| {
        let keep = f(at("dependencies", i, "pred"), Target::Item, Slot::Owner(&d.pred))
            & f(at("dependencies", i, "succ"), Target::Item, Slot::Owner(&d.succ));
        i += 1;
        keep
    });
    let s = &mut plan.strategy;
    for (i, e) in s.swot.iter_mut().enumerate() {
        f(at("strategy.swot", i, "source"), Target::Insight, Slot::One(&mut e.source));
    }
    for (i, t) in s.tows.iter_mut().enumerate() {
        f(at("strategy.tows", i, "links"), Target::Swot(t.kind), Slot::Many(&mut t.links));
    }
    for (i, g) in s.goals.iter_mut().enumerate() {
        f(at("strategy.goals", i, "parent"), Target::Goal, Slot::One(&mut g.parent));
        f(at("strategy.goals", i, "owner"), Target::Person, Slot::One(&mut g.owner));
        f(at("strategy.goals", i, "serves"), Target::Strategy, Slot::Many(&mut g.serves));
    }
    for (i, k) in plan.kpis.iter_mut().enumerate() {
        f(at("kpis", i, "stage"), Target::Stage, Slot::One(&mut k.stage));
        f(at("kpis", i, "goal"), Target::Goal, Slot::One(&mut k.goal));
        f(at("kpis", i, "ratio_of"), Target::Kpi, Slot::One(&mut k.ratio_of));
        f(at("kpis", i, "ratio_per"), Target::Kpi, Slot::One(&mut k.ratio_per));
    }
    let m = &mut plan.monitor;
    let mut i = 0;
    m.rules.retain(|r| {
        let keep = match &r.kpi {
            Some(k) => f(at("monitor.rules", i, "kpi"), Target::Kpi, Slot::Owner(k)),
            None => true,
        };
        i += 1;
        keep
    });
    for (i, a) in m.adjustments.iter_mut().enumerate() {
        f(at("monitor.adjustments", i, "owner"), Target::Person, Slot::One(&mut a.owner));
    }
    let b = &mut plan.budget;
    for (i, l) in b.lines.iter_mut().enumerate() {
        f(at("budget.lines", i, "item"), Target::Item, Slot::One(&mut l.item));
        f(at("budget.lines", i, "approver"), Target::Person, Slot::One(&mut l.approver));
    }
    for (i, r) in b.resources.iter_mut().enumerate() {
        f(at("budget.resources", i, "item"), Target::Item, Slot::One(&mut r.item));
        f(at("budget.resources", i, "owner"), Target::Person, Slot::One(&mut r.owner));
    }
    for (i, r) in b.risks.iter_mut().enumerate() {
        f(at("budget.risks", i, "owner"), Target::Person, Slot::One(&mut r.owner));
        f(at("budget.risks", i, "kpi"), Target::Kpi, Slot::One(&mut r.kpi));
    }
    let r = &mut plan.retro;
    for (i, e) in r.entries.iter_mut().enumerate() {
        // A citation of something deleted goes; the entry stays.
        e.cites.retain(|c| match cite_target(c.kind) {
            Some(t) => f(at("retro.entries", i, "cites"), t, Slot::Owner(&c.id)),
            None => true,
        });
    }
    for (i, a) in r.actions.iter_mut().enumerate() {
        f(at("retro.actions", i, "owner"), Target::Person, Slot::One(&mut a.owner));
    }
    let mut i = 0;
    r.feedback.retain(|fb| {
        let keep = f(at("retro.feedback", i, "person"), Target::Person, Slot::Owner(&fb.person));
        i += 1;
        keep
    });
}

/// The kind of entity a citation names, when it is a reference.
fn cite_target(k: crate::model::close::data::CiteKind) -> Option<Target> {
    use crate::model::close::data::CiteKind;
    match k {
        CiteKind::Goal => Some(Target::Goal),
        CiteKind::Kpi => Some(Target::Kpi),
        CiteKind::Item => Some(Target::Item),
        CiteKind::Risk => Some(Target::Risk),
        CiteKind::Channel | CiteKind::Alert => None,
    }
}

/// The ids that exist, by kind, gathered once so that checking every
/// reference of a plan is linear in its size.
pub struct Known {
    people: HashSet<Id>,
    phases: HashSet<Id>,
    items: HashSet<Id>,
    strategies: HashSet<Id>,
    /// SWOT entry ids by quadrant (S, W, O, T).
    swot: [HashSet<Id>; 4],
    insight: HashSet<Id>,
    goals: HashSet<Id>,
    stages: HashSet<Id>,
    kpis: HashSet<Id>,
    risks: HashSet<Id>,
}

impl Known {
    pub fn of(plan: &Plan) -> Known {
        fn ids<'a, T: crate::model::base::list::HasId + 'a>(l: impl IntoIterator<Item = &'a T>) -> HashSet<Id> {
            l.into_iter().map(|x| x.id().to_string()).collect()
        }
        let s = &plan.strategy;
        Known {
            people: ids(&plan.people),
            phases: ids(&plan.phases),
            items: ids(&plan.work_items),
            strategies: ids(&s.tows).into_iter().chain(ids(&s.tactics)).collect(),
            swot: [Quadrant::S, Quadrant::W, Quadrant::O, Quadrant::T]
                .map(|q| s.swot.iter().filter(|e| e.quadrant == q).map(|e| e.id.clone()).collect()),
            insight: ids(&s.pestel).into_iter().chain(ids(&s.internal)).collect(),
            goals: ids(&s.goals),
            stages: ids(&plan.monitor.stages),
            kpis: ids(&plan.kpis),
            risks: ids(&plan.budget.risks),
        }
    }
    pub fn has(&self, t: Target, id: &str) -> bool {
        match t {
            Target::Person => self.people.contains(id),
            Target::Phase => self.phases.contains(id),
            Target::Item | Target::Parent => self.items.contains(id),
            Target::Strategy => self.strategies.contains(id),
            Target::Swot(kind) => kind.quadrants().iter().any(|q| self.swot[*q as usize].contains(id)),
            Target::Insight => self.insight.contains(id) || id.starts_with("force:"),
            Target::Goal => self.goals.contains(id),
            Target::Stage => self.stages.contains(id),
            Target::Kpi => self.kpis.contains(id),
            Target::Risk => self.risks.contains(id),
        }
    }
}

/// The problem a reference to nothing is, in the words validation uses.
pub fn missing(t: Target, id: &str) -> Fault {
    let id = id.to_string();
    match t {
        Target::Person => Fault::UnknownPerson(id),
        Target::Phase => Fault::UnknownPhase(id),
        Target::Item => Fault::UnknownItem(id),
        Target::Parent => Fault::UnknownParent(id),
        _ => Fault::UnknownEntry(id),
    }
}

/// Every reference to nothing, with its path (`work_items[3].owner`,
/// `strategy.goals[0].serves[1]`, `work_items[2].raci.p9`).
pub fn dangling(plan: &Plan) -> Vec<Problem> {
    let known = Known::of(plan);
    let mut out = vec![];
    // `walk` is written once, over `&mut`; reading through a copy keeps it so.
    let mut copy = plan.clone();
    walk(&mut copy, &mut |at, t, slot| {
        let mut report = |path: String, id: &str| out.push(Problem { path, kind: missing(t, id) });
        match slot {
            Slot::One(Some(id)) if !known.has(t, id) => report(at.path(), id),
            Slot::Owner(id) if !known.has(t, id) => report(at.path(), id),
            Slot::Many(list) => {
                for (j, id) in list.iter().enumerate().filter(|(_, id)| !known.has(t, id)) {
                    report(format!("{}[{j}]", at.path()), id);
                }
            }
            Slot::Roles(roles) => {
                for id in roles.keys().filter(|id| !known.has(t, id)) {
                    report(format!("{}.{id}", at.path()), id);
                }
            }
            _ => {}
        }
        true
    });
    out
}

/// What unlinking did, for the repair report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unlinked {
    pub path: String,
    pub id: Id,
    /// The entity holding the reference was removed with it.
    pub removed: bool,
}

/// Clears every reference to nothing in place and says what it did.
pub fn unlink_dangling(plan: &mut Plan) -> Vec<Unlinked> {
    let known = Known::of(plan);
    let mut out = vec![];
    walk(plan, &mut |at, t, slot| {
        let mut note = |path: String, id: &str, removed| out.push(Unlinked { path, id: id.to_string(), removed });
        match slot {
            Slot::One(x) => {
                if let Some(id) = x.as_deref().filter(|id| !known.has(t, id)) {
                    note(at.path(), id, false);
                    *x = None;
                }
            }
            Slot::Many(list) => {
                let mut j = 0;
                list.retain(|id| {
                    let ok = known.has(t, id);
                    if !ok {
                        note(format!("{}[{j}]", at.path()), id, false);
                    }
                    j += 1;
                    ok
                });
            }
            Slot::Roles(roles) => roles.retain(|id, _| {
                let ok = known.has(t, id);
                if !ok {
                    note(format!("{}.{id}", at.path()), id, false);
                }
                ok
            }),
            Slot::Owner(id) => {
                if !known.has(t, id) {
                    note(at.path(), id, true);
                    return false;
                }
            }
        }
        true
    });
    out
}

/// Direct look-ups in a plan, with its strategy as a command will leave it:
/// for the few references one command carries (`Known` indexes a whole plan).
pub struct Lookup<'a> {
    pub plan: &'a Plan,
    pub strategy: &'a crate::model::strategy::data::Strategy,
}

impl<'a> Lookup<'a> {
    pub fn new(plan: &'a Plan) -> Lookup<'a> {
        Lookup { plan, strategy: &plan.strategy }
    }
}

impl Lookup<'_> {
    fn has(&self, t: Target, id: &str) -> bool {
        let (p, s) = (self.plan, self.strategy);
        match t {
            Target::Person => p.person(id).is_some(),
            Target::Phase => p.phase(id).is_some(),
            Target::Item | Target::Parent => p.item(id).is_some(),
            Target::Strategy => s.is_strategy(id),
            Target::Swot(kind) => s.fits_tows(kind, id),
            Target::Insight => {
                s.pestel.iter().any(|e| e.id == id) || s.internal.iter().any(|e| e.id == id) || id.starts_with("force:")
            }
            Target::Goal => s.goal(id).is_some(),
            Target::Stage => p.monitor.stage(id).is_some(),
            Target::Kpi => p.kpis.iter().any(|k| k.id == id),
            Target::Risk => p.budget.risk(id).is_some(),
        }
    }
}

/// An empty plan to put the entities a command adds or changes in, so that
/// `refuse` checks their references with the same `walk`.
pub fn probe() -> Plan {
    let mut p = Plan::blank(String::new(), "", Day::ymd(2000, 1, 1));
    p.monitor.rules.clear();
    p.monitor.stages.clear();
    p
}

/// Refuses a command whose entities (in `probe`) name something that is not
/// there, with the error the user sees.
pub fn refuse(look: &Lookup, mut probe: Plan) -> Result<(), Fault> {
    let mut bad: Option<(Target, Id)> = None;
    walk(&mut probe, &mut |_, t, slot| {
        if bad.is_some() {
            return true;
        }
        let first = match slot {
            Slot::One(x) => x.as_ref().filter(|id| !look.has(t, id)).cloned(),
            Slot::Many(list) => list.iter().find(|id| !look.has(t, id)).cloned(),
            Slot::Roles(roles) => roles.keys().find(|id| !look.has(t, id)).cloned(),
            Slot::Owner(id) => (!look.has(t, id)).then(|| id.clone()),
        };
        bad = first.map(|id| (t, id));
        true
    });
    match bad {
        None => Ok(()),
        Some((Target::Person, id)) => Err(Fault::UnknownPerson(id)),
        Some((Target::Phase, id)) => Err(Fault::UnknownPhase(id)),
        Some((Target::Item | Target::Parent, id)) => Err(Fault::UnknownItem(id)),
        Some((_, id)) => Err(Fault::UnknownEntry(id)),
    }
}
