//! The plan's strategy workspace as data: market insight (PESTEL, five forces,
//! internal resources, competitors, personas), SWOT and the TOWS strategies
//! drawn from it, the goal tree, positioning, tactics, incentives, messages,
//! the user journey and the channel mix. Plain values; the rules that read
//! them (SMART, shares, trace) are in `strategy_rules`. Must not know about
//! the browser or the UI.

use crate::model::base::day::Day;
use crate::model::base::enums::enum_all;
use crate::model::base::id::Id;
use crate::model::base::list::HasId;
use crate::model::base::money::Money;
use crate::model::base::num::Num;
use serde::{Deserialize, Serialize};

enum_all!(
    /// The six PESTEL factors.
    Factor { Political, Economic, Social, Technological, Environmental, Legal }
);

enum_all!(
    /// Whether an outside factor helps or hurts.
    Effect { Opportunity, Threat }
);

enum_all!(
    /// Porter's five forces.
    Force { Rivalry, NewEntrants, Substitutes, Buyers, Suppliers }
);

enum_all!(
    /// Inside the company: what it is good or weak at.
    Side { Strength, Weakness }
);

enum_all!(
    /// The SWOT quadrants.
    Quadrant { S, W, O, T }
);

enum_all!(
    /// The TOWS strategies: SO grow, WO improve, ST defend, WT avoid.
    TowsKind { So, Wo, St, Wt }
);

enum_all!(
    /// The dimension a goal measures.
    Dimension { Traffic, Conversion, Brand, Revenue, Users, Other }
);

enum_all!(Priority { High, Medium, Low });

enum_all!(GenericStrategy { Differentiation, CostLeadership, Focus });

enum_all!(TacticKind { Content, Event, Kol, ChannelPromotion, CommunityFission, LiveCommerce, Pr, Other });

enum_all!(IncentiveKind { Coupon, Gift, Points, Lottery, Discount, Other });

enum_all!(
    /// Who controls the channel: owned media, paid media, earned media.
    ChannelKind { Owned, Paid, Earned }
);

enum_all!(
    /// The 70/20/10 tiers: proven high-conversion, promising, experiment.
    Tier { Core, Promising, Experimental }
);

impl TowsKind {
    /// The two SWOT quadrants this kind of strategy combines.
    pub fn quadrants(self) -> [Quadrant; 2] {
        match self {
            TowsKind::So => [Quadrant::S, Quadrant::O],
            TowsKind::Wo => [Quadrant::W, Quadrant::O],
            TowsKind::St => [Quadrant::S, Quadrant::T],
            TowsKind::Wt => [Quadrant::W, Quadrant::T],
        }
    }
}

impl Tier {
    /// The share the 70/20/10 rule gives the tier, in percent.
    pub fn rule_share(self) -> u32 {
        match self {
            Tier::Core => 70,
            Tier::Promising => 20,
            Tier::Experimental => 10,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PestelEntry {
    pub id: Id,
    pub factor: Factor,
    pub text: String,
    pub effect: Effect,
    /// How much it matters, 1–5.
    pub weight: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ForceRating {
    pub force: Force,
    /// 1 (weak) – 5 (strong); 0 = not rated yet.
    pub rating: u8,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct InternalEntry {
    pub id: Id,
    pub side: Side,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Competitor {
    pub id: Id,
    pub name: String,
    pub theme: String,
    pub format: String,
    pub channels: String,
    pub timing: String,
    pub feedback: String,
}

/// 用户画像.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Persona {
    pub id: Id,
    pub name: String,
    pub age: String,
    pub gender: String,
    pub city_tier: String,
    pub income: String,
    pub habits: String,
    /// Media preferences (触媒偏好): channels, in the order the user gave.
    pub media: Vec<String>,
    pub pains: String,
    pub needs: String,
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SwotEntry {
    pub id: Id,
    pub quadrant: Quadrant,
    pub text: String,
    /// The insight entry it was promoted from (a PESTEL or internal entry's
    /// id, or `force:<name>`), so the source can say it is already in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Id>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TowsStrategy {
    pub id: Id,
    pub kind: TowsKind,
    pub text: String,
    /// The SWOT entries it combines (of its two quadrants).
    #[serde(default)]
    pub links: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Goal {
    pub id: Id,
    /// The overall goal has none; sub-goals name it.
    #[serde(default)]
    pub parent: Option<Id>,
    pub dimension: Dimension,
    pub statement: String,
    #[serde(default)]
    pub metric: String,
    /// Who or where it counts (新客, 天猫旗舰店…): half of "specific".
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub baseline: Option<Num>,
    #[serde(default)]
    pub target: Option<Num>,
    #[serde(default)]
    pub deadline: Option<Day>,
    #[serde(default)]
    pub owner: Option<Id>,
    pub priority: Priority,
    /// The strategies (TOWS or tactics) that serve it.
    #[serde(default)]
    pub serves: Vec<Id>,
    /// Why the target is reachable (the "achievable" letter).
    #[serde(default)]
    pub feasibility: String,
    /// Budget set aside for it; zero when none is linked.
    #[serde(default)]
    pub budget: Money,
}

impl Goal {
    /// Its baseline and target are numbers in bounds and its budget an amount.
    pub fn numbers_in_bounds(&self) -> bool {
        [self.baseline, self.target].iter().flatten().all(|v| v.in_bounds()) && self.budget.is_amount()
    }
    pub fn new(id: impl Into<Id>, parent: Option<Id>, dimension: Dimension, statement: impl Into<String>) -> Goal {
        Goal {
            id: id.into(),
            parent,
            dimension,
            statement: statement.into(),
            metric: String::new(),
            scope: String::new(),
            unit: String::new(),
            baseline: None,
            target: None,
            deadline: None,
            owner: None,
            priority: Priority::Medium,
            serves: vec![],
            feasibility: String::new(),
            budget: Money(0),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tactic {
    pub id: Id,
    pub kind: TacticKind,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Incentive {
    pub id: Id,
    pub kind: IncentiveKind,
    pub rule: String,
    pub unit_cost: Money,
    pub quantity: u32,
}

impl Incentive {
    /// Its unit cost and its total are amounts (0 to `Money::LIMIT`).
    pub fn cost_in_bounds(&self) -> bool {
        self.unit_cost.is_amount() && self.total().is_some_and(Money::is_amount)
    }
    /// Unit cost × quantity, exact; `None` if it would overflow.
    pub fn total(&self) -> Option<Money> {
        self.unit_cost.0.checked_mul(self.quantity as i64).map(Money)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct JourneyStep {
    pub id: Id,
    pub text: String,
    /// A step where the user converts (leaves a lead, pays…).
    #[serde(default)]
    pub conversion: bool,
    #[serde(default)]
    pub risk: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChannelShare {
    pub id: Id,
    pub name: String,
    pub kind: ChannelKind,
    pub online: bool,
    pub tier: Tier,
    /// Percent of the campaign budget, 0–100.
    pub share: u8,
}

/// The core messages: about three slogans, as the playbooks say.
pub const MAX_SLOGANS: usize = 3;

/// The whole workspace; every list keeps the user's order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Strategy {
    pub pestel: Vec<PestelEntry>,
    pub forces: Vec<ForceRating>,
    pub internal: Vec<InternalEntry>,
    pub competitors: Vec<Competitor>,
    pub personas: Vec<Persona>,
    pub swot: Vec<SwotEntry>,
    pub tows: Vec<TowsStrategy>,
    /// In ranking order: the first is done first when resources are short.
    pub goals: Vec<Goal>,
    pub positioning: String,
    pub generic: Option<GenericStrategy>,
    pub tactics: Vec<Tactic>,
    pub theme: String,
    pub incentives: Vec<Incentive>,
    /// At most `MAX_SLOGANS`.
    pub slogans: Vec<String>,
    /// Key selling points, one per line.
    pub selling_points: String,
    pub journey: Vec<JourneyStep>,
    pub channels: Vec<ChannelShare>,
}

impl Strategy {
    pub fn is_empty(&self) -> bool {
        self == &Strategy::default()
    }
    pub fn force(&self, f: Force) -> Option<&ForceRating> {
        self.forces.iter().find(|x| x.force == f)
    }
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }
    pub fn swot_entry(&self, id: &str) -> Option<&SwotEntry> {
        self.swot.iter().find(|x| x.id == id)
    }
    /// Whether a strategy of `kind` may build on the SWOT entry `id` (one of
    /// its two quadrants).
    pub fn fits_tows(&self, kind: TowsKind, id: &str) -> bool {
        self.swot_entry(id).is_some_and(|e| kind.quadrants().contains(&e.quadrant))
    }
    /// All incentives' cost, exact (saturating rather than overflowing).
    pub fn incentives_total(&self) -> Money {
        Money(self.incentives.iter().filter_map(|x| x.total()).fold(0i64, |a, m| a.saturating_add(m.0)))
    }
    /// Whether `id` is something goals and work items can serve: a TOWS
    /// strategy or a tactic.
    pub fn is_strategy(&self, id: &str) -> bool {
        self.tows.iter().any(|t| t.id == id) || self.tactics.iter().any(|t| t.id == id)
    }
    /// The strategies' ids, TOWS first.
    pub fn strategies_ids(&self) -> impl Iterator<Item = &str> {
        self.tows.iter().map(|t| t.id.as_str()).chain(self.tactics.iter().map(|t| t.id.as_str()))
    }
    /// The strategies in display order, TOWS first, as (id, text).
    pub fn strategies(&self) -> Vec<(Id, String)> {
        let tows = self.tows.iter().map(|t| (t.id.clone(), t.text.clone()));
        tows.chain(self.tactics.iter().map(|t| (t.id.clone(), t.text.clone()))).collect()
    }
    /// Whether any list holds an entry with this id.
    pub fn contains(&self, id: &str) -> bool {
        self.ids().iter().any(|(_, _, x)| *x == id)
    }
    /// Every entry id, in list order (for validation).
    pub fn ids(&self) -> Vec<(&'static str, usize, &str)> {
        let mut out = vec![];
        macro_rules! push {
            ($($f:ident),*) => { $( for (i, e) in self.$f.iter().enumerate() { out.push((stringify!($f), i, e.id())); } )* };
        }
        push!(pestel, internal, competitors, personas, swot, tows, goals, tactics, incentives, journey, channels);
        out
    }
}

/// One entry of any list, for the commands that add or replace entries.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Pestel(PestelEntry),
    Internal(InternalEntry),
    Competitor(Competitor),
    Persona(Persona),
    Swot(SwotEntry),
    Tows(TowsStrategy),
    Goal(Goal),
    Tactic(Tactic),
    Incentive(Incentive),
    Step(JourneyStep),
    Channel(ChannelShare),
}

crate::model::base::list::has_id!(
    PestelEntry,
    InternalEntry,
    Competitor,
    Persona,
    SwotEntry,
    TowsStrategy,
    Goal,
    Tactic,
    Incentive,
    JourneyStep,
    ChannelShare
);

/// A list in the strategy and the `Entry` that wraps its elements, so the UI
/// can edit any of them with one set of helpers.
pub trait Listed: HasId + Clone + PartialEq + Send + Sync + 'static {
    fn list(s: &Strategy) -> &Vec<Self>;
    fn entry(self) -> Entry;
}

macro_rules! listed {
    ($($t:ty => $f:ident, $v:ident);* $(;)?) => { $(
        impl Listed for $t {
            fn list(s: &Strategy) -> &Vec<Self> { &s.$f }
            fn entry(self) -> Entry { Entry::$v(self) }
        }
    )* };
}

listed!(
    PestelEntry => pestel, Pestel;
    InternalEntry => internal, Internal;
    Competitor => competitors, Competitor;
    Persona => personas, Persona;
    SwotEntry => swot, Swot;
    TowsStrategy => tows, Tows;
    Goal => goals, Goal;
    Tactic => tactics, Tactic;
    Incentive => incentives, Incentive;
    JourneyStep => journey, Step;
    ChannelShare => channels, Channel;
);

impl Entry {
    pub fn id(&self) -> &str {
        match self {
            Entry::Pestel(e) => &e.id,
            Entry::Internal(e) => &e.id,
            Entry::Competitor(e) => &e.id,
            Entry::Persona(e) => &e.id,
            Entry::Swot(e) => &e.id,
            Entry::Tows(e) => &e.id,
            Entry::Goal(e) => &e.id,
            Entry::Tactic(e) => &e.id,
            Entry::Incentive(e) => &e.id,
            Entry::Step(e) => &e.id,
            Entry::Channel(e) => &e.id,
        }
    }
}
