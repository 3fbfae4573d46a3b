//! The first look: what a colleague's phone shows of a share link while the
//! app itself is still downloading. A small program of its own
//! (`src/bin/first_look.rs`, built by `scripts/first_look.sh`) that
//! index.html runs before the app on a first visit from a link; it reads the
//! link with the same checks as the app, draws `docs::preview` with plain
//! DOM calls and text only (no Leptos: that is what keeps it at 168 KB
//! against the app's first part's 430), and keeps a button tapped meanwhile
//! for the app, which takes over (`hand_over`) as soon as it runs. Must not
//! know the app's state; touches storage only through `storage`, and only
//! to read.

use crate::docs::preview::{preview, Preview, CLOSE_ACTION};
use crate::i18n::Locale;
use crate::io::share::{link_person, parse_fragment, LinkKind};
use crate::io::{import_repairing, MAX_FILE_BYTES};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The first look's element: the app removes it when it takes over.
const ROOT: &str = "first-look";
/// The action of a button tapped before the app arrived, kept on the root.
const INTENT: &str = "data-intent";

/// Draws the preview of the share link in the address, if it is one the
/// first look can show (a plan or a summary); does nothing otherwise and
/// leaves the link to the app.
pub async fn show() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let Some((kind, bytes)) = parse_fragment(&hash).filter(|(k, _)| *k != LinkKind::Update) else { return };
    let Some(text) = crate::ui::share::cp_inflate(&bytes, MAX_FILE_BYTES as f64).await.ok().and_then(|v| v.as_string())
    else {
        return;
    };
    let Ok((plan, _)) = import_repairing(&text) else { return };
    let person = link_person(&hash).filter(|x| kind == LinkKind::Plan && plan.person(x).is_some());
    let (stored_locale, listed) = crate::storage::local::peek_index(&plan.id);
    let locale = stored_locale.as_deref().and_then(Locale::from_code).unwrap_or_else(super::browser_locale);
    let again = listed && crate::storage::has_received(&plan.id);
    // Drawn once: a second call, or a page already showing the link, leaves it be.
    if doc.get_element_by_id(ROOT).is_some()
        || doc.query_selector("[data-testid=shared-preview]").ok().flatten().is_some()
    {
        return;
    }
    // The page speaks the preview's language (fonts, screen readers); the app keeps it.
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", locale.code());
    }
    if let Some(root) = draw(&doc, &preview(locale, &plan, kind, person.as_ref(), again), locale) {
        if let Some(body) = doc.body() {
            let _ = body.append_child(&root);
        }
    }
}

/// Removes the first look, if it is there, and says which button was tapped
/// on it (its `data-action`), if any: the app then does what it does.
pub fn hand_over() -> Option<String> {
    let root = web_sys::window()?.document()?.get_element_by_id(ROOT)?;
    let intent = root.get_attribute(INTENT);
    root.remove();
    intent
}

/// The preview, with the classes and test ids of the app's (`ui::share::SharedPreview`).
fn draw(doc: &Document, v: &Preview, l: Locale) -> Option<Element> {
    let el = |tag: &str, class: &str, text: &str| -> Option<Element> {
        let e = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        Some(e)
    };
    let add = |parent: &Element, child: Element| parent.append_child(&child).ok().map(drop);
    let list = |items: &[String]| -> Option<Element> {
        let ul = el("ul", "", "")?;
        for x in items {
            add(&ul, el("li", "", x)?)?;
        }
        Some(ul)
    };
    let root = el("div", "modal-backdrop", "")?;
    root.set_id(ROOT);
    let modal = el("div", "modal", "")?;
    for (k, val) in [("role", "alertdialog"), ("aria-modal", "true"), ("data-testid", "shared-preview")] {
        modal.set_attribute(k, val).ok()?;
    }
    let share = el("div", "share", "")?;
    add(&share, el("h2", "", v.title)?)?;
    if let Some(n) = v.summary_note {
        add(&share, el("p", "hint", n)?)?;
    }
    if let Some(n) = &v.for_person {
        add(&share, el("p", "hint for-person", n)?)?;
    }
    let name = el("h3", "", &v.name)?;
    name.set_attribute("data-testid", "shared-name").ok()?;
    share.append_child(&name).ok()?;
    add(&share, el("p", "", &v.line)?)?;
    let cols = el("div", "shared-cols", "")?;
    let goals = el("div", "", "")?;
    add(&goals, el("h4", "", v.goals_heading)?)?;
    add(&goals, list(&v.goals)?)?;
    let phases = el("div", "", "")?;
    add(&phases, el("h4", "", v.phases_heading)?)?;
    add(&phases, list(&v.phases)?)?;
    add(&phases, list(&v.milestones)?)?;
    cols.append_child(&goals).ok()?;
    cols.append_child(&phases).ok()?;
    share.append_child(&cols).ok()?;
    let actions = el("div", "modal-actions", "")?;
    let buttons = v.buttons.iter().map(|b| (if b.primary { "btn primary" } else { "btn" }, b.action.name(), &*b.label));
    for (class, action, label) in buttons.chain([("btn", CLOSE_ACTION, v.close)]) {
        let b = el("button", class, label)?;
        b.set_attribute("data-action", action).ok()?;
        actions.append_child(&b).ok()?;
    }
    share.append_child(&actions).ok()?;
    modal.append_child(&share).ok()?;
    root.append_child(&modal).ok()?;
    listen(&root, l.texts().opening);
    Some(root)
}

/// One listener for the whole preview. A tap on a button is kept for the
/// app (which may be seconds away on a phone): the button says the plan is
/// opening and takes no second tap. Closing (the button, or a tap beside the
/// preview) hides it at once.
fn listen(root: &Element, opening: &'static str) {
    let r = root.clone();
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if r.has_attribute(INTENT) {
            return;
        }
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let button = target.as_ref().and_then(|t| t.closest("button[data-action]").ok().flatten());
        let action = match &button {
            Some(b) => b.get_attribute("data-action").unwrap_or_default(),
            // A tap on the backdrop itself closes, as in the app.
            None if target.as_ref() == Some(&r) => CLOSE_ACTION.to_string(),
            None => return,
        };
        let _ = r.set_attribute(INTENT, &action);
        if action == CLOSE_ACTION {
            let _ = r.set_attribute("style", "display: none");
        } else if let Some(b) = button {
            b.set_text_content(Some(opening));
            let _ = b.set_attribute("aria-busy", "true");
            let _ = b.set_attribute("disabled", "");
        }
    });
    let _ = root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The listener lives as long as the element, which the app removes; this
    // small program ends with the page, so nothing is left to drop it for.
    on_click.forget();
}
