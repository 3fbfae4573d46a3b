//! A plan's card: what the plan library lists of a plan and what the
//! knowledge base takes from it once it has ended, kept beside the plan so
//! that hundreds of plans are listed, cast from and counted as benchmarks
//! without reading them. Computed here only; must not know how it is stored.

use crate::model::base::day::Day;
use crate::model::base::id::Id;
use crate::model::knowledge::data::Observation;
use crate::model::knowledge::rules::{group, observations_of, Benchmark};
use crate::model::plan::{Plan, PlanStatus, Scenario};
use crate::model::schedule::overview::task_count;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub id: Id,
    pub name: String,
    pub scenario: Scenario,
    pub status: PlanStatus,
    pub start: Day,
    pub end: Day,
    pub is_sample: bool,
    /// Tasks (items without children), as the overview counts them.
    pub items: usize,
    /// The names of the plan's people: colleagues a new plan can cast.
    #[serde(default)]
    pub people: Vec<String>,
    /// The plan's channel figures (none for a sample or a plan without actuals).
    #[serde(default)]
    pub observations: Vec<Observation>,
}

/// The card of `p` as of `today`.
pub fn card_of(p: &Plan, today: Day) -> Card {
    Card { observations: observations_of(p, today), ..head_of(p) }
}

/// The card of `p` without its figures (cheap: for every edit).
pub fn head_of(p: &Plan) -> Card {
    Card {
        id: p.id.clone(),
        name: p.name.clone(),
        scenario: p.scenario,
        status: p.status,
        start: p.start,
        end: p.end,
        is_sample: p.is_sample,
        items: task_count(p),
        people: p.people.iter().map(|x| x.name.clone()).collect(),
        observations: vec![],
    }
}

/// Whether a plan's figures are benchmarks: one of the team's own plans (not
/// a sample) that has ended, and not the plan being planned.
pub fn counts(c: &Card, except: Option<&str>, today: Day) -> bool {
    !c.is_sample && Some(c.id.as_str()) != except && c.end < today
}

/// Benchmarks from every card of a plan that has ended with actuals (not
/// counting `except`) and the figures kept in the knowledge base from plans
/// not here (an imported team file), per channel and metric.
pub fn benchmarks(cards: &[Card], except: Option<&str>, kept: &[Observation], today: Day) -> Vec<Benchmark> {
    let mut all: Vec<Observation> =
        cards.iter().filter(|c| counts(c, except, today)).flat_map(|c| c.observations.iter().cloned()).collect();
    all.extend(kept_elsewhere(cards, except, kept).cloned());
    group(all)
}

/// The figures kept in the knowledge base for plans that have no card here
/// (a team's imported file), nor the plan being planned.
pub fn kept_elsewhere<'a>(
    cards: &'a [Card],
    except: Option<&'a str>,
    kept: &'a [Observation],
) -> impl Iterator<Item = &'a Observation> + 'a {
    let here: std::collections::HashSet<&str> = cards.iter().map(|c| c.id.as_str()).collect();
    kept.iter().filter(move |o| !here.contains(o.plan.as_str()) && Some(o.plan.as_str()) != except)
}
