//! The strategy workspace: four pages in the order of the work (insight,
//! goals, strategy, trace) under one header tab, and the printable brief.
//! Each page is a column of section cards; every section edits one part of
//! `Plan::strategy` through strategy commands. Must not know the file format.

mod approach;
pub mod brief;
mod fields;
mod goals;
mod insight;
pub mod summary;
mod swot;
mod trace;

use crate::ui::kit::sub_nav::sub_nav;
use crate::ui::route::{Route, View};
use crate::ui::state::use_app;
use fields::strategy_memo;
use leptos::prelude::*;

fn tab_label(l: crate::i18n::Locale, v: View) -> &'static str {
    let (t, nav) = (l.strategy(), l.texts());
    match v {
        View::Goals => nav.tab_goals,
        View::Strategy => t.tab_strategy,
        View::Trace => nav.tab_trace,
        View::Brief => t.print_brief,
        _ => nav.tab_insight,
    }
}

#[component]
pub fn StrategyPage(view: View) -> impl IntoView {
    let app = use_app();
    let s = strategy_memo(app);
    // Built again when the language changes; labels inside are plain text.
    move || {
        app.locale.track();
        page(app, view, s)
    }
}

fn page(app: crate::ui::state::App, view: View, s: Memo<crate::model::strategy::data::Strategy>) -> impl IntoView {
    let href = move |v: View| app.current_id().map(|id| Route::Plan { id, view: v }.to_hash()).unwrap_or_default();
    let body = match view {
        View::Goals => view! {
            <goals::GoalTree s=s />
            <goals::GoalRanking s=s />
        }
        .into_any(),
        View::Strategy => view! {
            <approach::Positioning s=s />
            <approach::Tactics s=s />
            <approach::ThemeIncentives s=s />
            <approach::Messages s=s />
            <approach::Journey s=s />
            <approach::ChannelMix s=s />
        }
        .into_any(),
        View::Trace => view! { <trace::TraceView s=s /> }.into_any(),
        _ => view! {
            <insight::Pestel s=s />
            <insight::FiveForces s=s />
            <insight::Internal s=s />
            <insight::Competitors s=s />
            <insight::Personas s=s />
            <swot::Swot s=s />
            <swot::Tows s=s />
        }
        .into_any(),
    };
    view! {
        <section class="strategy" data-testid="strategy" data-page=view.slug()>
            {sub_nav(
                app.t().nav_strategy,
                &View::STRATEGY,
                view,
                move |i, v| {
                    view! {
                        <span class="step">{i + 1}</span>
                        {move || tab_label(app.lang(), v)}
                    }
                },
                Some(
                    view! {
                        <a class="btn brief-link" href=move || href(View::Brief) data-subview="brief">
                            {app.lang().strategy().print_brief}
                        </a>
                    }
                        .into_any(),
                ),
            )}
            {body}
        </section>
    }
}
