//! The new plan page's "roles → people" step: a template's people stand for
//! roles; here each role gets the name of the colleague who plays it (one
//! person may play two), and people the template does not know join the
//! team. The names go to `model::knowledge::commands::cast` when the plan is
//! made. Must not know the file format.

use crate::model::knowledge::data::Template;
use crate::ui::state::App;
use leptos::prelude::*;

/// The most people added beside the template's roles.
const MAX_EXTRA: usize = 30;

/// What is typed: a name per role (in the template's order), and the
/// people added (name, role).
#[derive(Clone, Copy)]
pub struct Cast {
    pub names: RwSignal<Vec<String>>,
    pub extra: RwSignal<Vec<(String, String)>>,
}

impl Cast {
    pub fn new() -> Cast {
        Cast { names: RwSignal::new(vec![]), extra: RwSignal::new(vec![]) }
    }
    /// Starts over for another template (its roles differ).
    pub fn reset(&self, roles: usize) {
        self.names.set(vec![String::new(); roles]);
        self.extra.set(vec![]);
    }
}

/// Everyone this browser's plans name, for the name boxes' suggestions.
fn known_names(app: App) -> Vec<String> {
    app.catalog.with_untracked(|cards| {
        let mut v: Vec<String> = vec![];
        for c in cards.iter().filter(|c| !c.is_sample) {
            for name in &c.people {
                if !v.contains(name) && v.len() < 300 {
                    v.push(name.clone());
                }
            }
        }
        v
    })
}

pub fn cast_step(app: App, tpl: Template, cast: Cast) -> impl IntoView {
    let t = app.lang().knowledge();
    let rows = tpl
        .plan
        .people
        .iter()
        .enumerate()
        .map(|(i, role)| {
            let label = if role.role.is_empty() { role.name.clone() } else { role.role.clone() };
            view! {
                <label class="cast-row">
                    <span class="cast-role">{label.clone()}</span>
                    <input
                        type="text"
                        list="known-people"
                        data-field="cast"
                        data-role=label
                        placeholder=t.cast_placeholder
                        maxlength="60"
                        prop:value=move || cast.names.with(|v| v.get(i).cloned().unwrap_or_default())
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            cast.names
                                .update(|n| {
                                    if let Some(x) = n.get_mut(i) {
                                        *x = v;
                                    }
                                });
                        }
                    />
                </label>
            }
        })
        .collect_view();
    // An added person's two boxes: which = 0 their name, 1 their role.
    let extra_box = move |i: usize, which: usize| {
        let (key, hint) = if which == 0 { ("extra-name", t.cast_name) } else { ("extra-role", t.cast_role) };
        view! {
            <input
                type="text"
                class:cast-role=which == 1
                list=(which == 0).then_some("known-people")
                data-field=key
                maxlength="60"
                placeholder=hint
                prop:value=move || {
                    cast.extra
                        .with(|x| {
                            x.get(i).map(|r| if which == 0 { r.0.clone() } else { r.1.clone() }).unwrap_or_default()
                        })
                }
                on:change=move |e| {
                    let v = event_target_value(&e);
                    cast.extra
                        .update(|x| {
                            if let Some(r) = x.get_mut(i) {
                                *(if which == 0 { &mut r.0 } else { &mut r.1 }) = v;
                            }
                        });
                }
            />
        }
    };
    let extra = move || {
        (0..cast.extra.with(Vec::len))
            .map(|i| view! { <div class="cast-row extra">{extra_box(i, 1)} {extra_box(i, 0)}</div> })
            .collect_view()
    };
    let names = known_names(app);
    view! {
        <section class="card cast" data-testid="cast">
            <h2>{t.cast_title}</h2>
            <p class="hint">{t.cast_help}</p>
            <datalist id="known-people">
                {names.into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
            </datalist>
            <div class="cast-rows">{rows} {extra}</div>
            <button
                class="btn"
                data-action="add-person"
                disabled=move || { cast.extra.with(Vec::len) >= MAX_EXTRA }
                on:click=move |_| cast.extra.update(|x| x.push((String::new(), String::new())))
            >
                {t.cast_add}
            </button>
        </section>
    }
}
