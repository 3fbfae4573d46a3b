//! What every strategy section shares: its strings, running a
//! `StrategyCommand` (one undo step), storing an entry, the keyed rows of a
//! list (each an `EditRow` the kit's fields and buttons edit) and the row's
//! remove/move buttons. The widgets themselves are the kit's.

use crate::model::command::dispatch::PlanCommand;
use crate::model::strategy::commands::StrategyCommand;
use crate::model::strategy::data::Listed;
use crate::model::strategy::data::Strategy;
use crate::ui::kit::buttons::row_buttons;
use crate::ui::kit::row::EditRow;
use crate::ui::state::{use_app, App};
use leptos::prelude::*;

/// Runs a strategy command on the open plan; false when it was refused (the
/// app shows why).
pub fn run(app: App, cmd: StrategyCommand) -> bool {
    app.dispatch_plan(PlanCommand::Strategy(cmd))
}

pub fn put<T: Listed>(app: App, e: T) -> bool {
    run(app, StrategyCommand::Put(Box::new(e.entry())))
}

/// The open plan's strategy, recomputed when it changes.
pub fn strategy_memo(app: App) -> Memo<Strategy> {
    app.plan_memo(|p| p.strategy.clone())
}

/// The entries of one list that pass `keep`, keyed by id.
pub fn rows<T: Listed, V: IntoView + 'static>(
    s: Memo<Strategy>,
    keep: impl Fn(&T) -> bool + Copy + Send + Sync + 'static,
    row: impl Fn(EditRow<T>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        s.with(|s| T::list(s).iter().filter(|e| keep(e)).map(|e| e.id().to_string()).collect::<Vec<_>>())
    });
    view! {
        <For each=move || ids.get() key=|id| id.clone() let:id>
            {
                let memo = Memo::new(move |_| s.with(|s| T::list(s).iter().find(|x| x.id() == id).cloned()));
                row.clone()(EditRow { memo, put: put::<T> })
            }
        </For>
    }
}

/// The remove button of a row, and optionally ↑/↓ to reorder it.
pub fn row_tools<T: Listed>(e: EditRow<T>, movable: bool) -> impl IntoView {
    let app = use_app();
    let t = app.lang().strategy();
    let id = move || e.with_untracked(|x| x.as_ref().map(|x| x.id().to_string()).unwrap_or_default());
    let mv = move |up: bool| {
        run(app, StrategyCommand::Move { id: id(), up });
    };
    let remove = move || {
        run(app, StrategyCommand::Remove(id()));
    };
    view! { <span class="row-tools">{row_buttons((t.move_up, t.move_down, t.remove), movable, mv, remove)}</span> }
}
