//! The plan model: its data, every rule, and the one path by which a plan
//! changes. Plain Rust, tested natively; it must not know about the browser,
//! Leptos, storage, the file format or the user's language.
//!
//! Layers, bottom to top; a layer uses only the layers below it (and
//! `tests/tidy.rs` fails when one does not):
//! 1. `base`: ids, days, money, numbers, list helpers, the fault vocabulary.
//!    It knows no domain.
//! 2. data: `plan` and each domain's `data` (schedule, strategy, monitor,
//!    budget, close, knowledge, team): plain types and their JSON shape. No rules.
//! 3. rules: each domain's `rules` (and, in schedule, `analysis`,
//!    `predecessors`, `overview`): pure functions of a plan. No commands.
//! 4. `check`: validation, the one declaration of every reference (`refs`)
//!    and load repair. It changes nothing a user did.
//! 5. commands: `command::edits` (the primitive changes) and each domain's
//!    `commands`, turning a request into edits and refusing exactly what
//!    `check` rejects.
//! 6. `command`: the dispatcher, reference cascades and undo history.
//! 7. `sample`: the sample plans.
//!
//! Numbers from outside are bounded where they are read (days 1900–2200,
//! money within `Money::LIMIT`, `Num` within ±10¹⁵, lags within ±3,650) and
//! the arithmetic on them saturates where a bound could be passed (day
//! arithmetic, the scheduling engine); a loop over days walks a bounded
//! range (`Day::through`), never `add_days` until a day is reached.

pub mod base;
pub mod budget;
pub mod check;
pub mod close;
pub mod command;
pub mod knowledge;
pub mod monitor;
pub mod plan;
pub mod sample;
pub mod schedule;
pub mod strategy;
pub mod team;
