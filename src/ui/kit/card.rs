//! The section card every page's lists and tables sit in: a title, an
//! optional help line, an optional example shown while the list is empty,
//! then the body.

use leptos::prelude::*;

/// The look of the monitoring and budget pages' cards (tables).
pub const TABLE_CARD: &str = "card mon-card";
/// The look of the strategy pages' cards (forms).
pub const FORM_CARD: &str = "card st-card";

/// An example shown in a card while its list is empty: its tag ("例如")
/// and its text.
pub struct EmptyExample {
    pub tag: &'static str,
    pub text: &'static str,
    pub empty: Signal<bool>,
}

/// A section card: `look` is `TABLE_CARD` or `FORM_CARD`, `key` names it
/// for tests (`data-section`).
pub fn card(
    look: &'static str,
    key: &'static str,
    title: &'static str,
    help: Option<&'static str>,
    example: Option<EmptyExample>,
    body: impl IntoView + 'static,
) -> impl IntoView {
    // One body type for every card: the card's own view is compiled once,
    // not once per page that uses it.
    any_card(look, key, title, help, example, body.into_any())
}

fn any_card(
    look: &'static str,
    key: &'static str,
    title: &'static str,
    help: Option<&'static str>,
    example: Option<EmptyExample>,
    body: AnyView,
) -> AnyView {
    view! {
        <section class=look data-section=key>
            <h2>{title}</h2>
            {help.map(|h| view! { <p class="hint">{h}</p> })}
            {example
                .map(|e| {
                    view! {
                        <Show when=move || e.empty.get()>
                            <p class="empty-example">
                                <span class="tag">{e.tag}</span>
                                {e.text}
                            </p>
                        </Show>
                    }
                })}
            {body}
        </section>
    }
    .into_any()
}
