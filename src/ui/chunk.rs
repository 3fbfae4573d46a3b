//! Pages that arrive in a piece of the app of their own (a wasm chunk), so a
//! first visit downloads only what its first screen needs. Knows nothing of
//! what the pages show; the split itself happens after linking
//! (`scripts/split.sh`), only in builds with the `split` feature.

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;

/// A chunk that could not be fetched (offline, a cut connection).
#[derive(Debug, Clone, Copy)]
pub struct Failed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for Failed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Failed
    }
}

/// What a page's loader returns: its view once its chunk is here.
pub type Loading = Pin<Box<dyn Future<Output = Result<AnyView, Failed>>>>;

/// Declares `fn $name(args) -> Pin<Box<dyn Future<Output = Result<$ret,
/// Failed>>>>`, whose body is in chunk `$module`: with the `split` feature it
/// is fetched on first use (and kept); without it (tests, `trunk serve`) the
/// body is simply called. A page is `-> AnyView` (see `Loading`).
macro_rules! in_chunk {
    ($module:ident $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        $vis fn $name($($arg: $ty),*)
            -> ::std::pin::Pin<Box<dyn ::std::future::Future<Output = Result<$ret, $crate::ui::chunk::Failed>>>>
        {
            #[cfg_attr(
                feature = "split",
                ::leptos::wasm_split::wasm_split($module, fallible, wasm_split_path = ::leptos::wasm_split)
            )]
            fn build($($arg: $ty),*) -> Result<$ret, $crate::ui::chunk::Failed> {
                let out: $ret = $body;
                Ok(out)
            }
            #[cfg(feature = "split")]
            let built = async move { build($($arg),*).await };
            #[cfg(not(feature = "split"))]
            let built = async move { build($($arg),*) };
            Box::pin(built)
        }
    };
}
pub(crate) use in_chunk;

/// A page in chunk `$module`: `fn $name(args) -> Loading`.
macro_rules! chunk_page {
    ($module:ident $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        $crate::ui::chunk::in_chunk!($module $vis fn $name($($arg: $ty),*) -> ::leptos::prelude::AnyView $body);
    };
}
pub(crate) use chunk_page;

thread_local! {
    /// Chunks being fetched now, and whether the app's first frame is drawn.
    static PENDING: Cell<u32> = const { Cell::new(0) };
    static FRAME: Cell<bool> = const { Cell::new(false) };
}

/// `body[data-ready="1"]` (what tests and the benchmark wait for) means the
/// page is on screen: not before the first frame, nor while its chunk comes.
/// The first time, `readyMs` records when.
fn mark(ready: bool) {
    let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else { return };
    if !ready {
        let _ = body.set_attribute("data-ready", "0");
        return;
    }
    if !body.has_attribute("data-ready") {
        super::state::metrics::set_metric("readyMs", super::state::metrics::now_ms());
    }
    let _ = body.set_attribute("data-ready", "1");
}

/// Called in the app's first animation frame.
pub fn first_frame() {
    FRAME.set(true);
    if PENDING.get() == 0 {
        mark(true);
    }
}

fn fetching(more: bool) {
    let n = if more { PENDING.get() + 1 } else { PENDING.get().saturating_sub(1) };
    PENDING.set(n);
    if FRAME.get() {
        mark(n == 0);
    }
}

enum State {
    Loading,
    Ready,
    Failed,
}

/// Shows what `load` builds once its chunk is here: a quiet line meanwhile,
/// and if the chunk cannot be fetched, what happened and a retry.
#[component]
pub fn Chunk(load: impl Fn() -> Loading + 'static) -> impl IntoView {
    let app = super::state::use_app();
    let state = RwSignal::new_local(State::Loading);
    let built = StoredValue::new_local(None::<AnyView>);
    let settle = move |result: Result<AnyView, Failed>| {
        // The first page is here (or cannot come): now the rest may download.
        super::offline::register(app);
        let _ = state.try_set(match result {
            Ok(view) => {
                let _ = built.try_set_value(Some(view));
                State::Ready
            }
            Err(Failed) => State::Failed,
        });
    };
    // The page is built when its chunk arrives, under this component's owner
    // (its context, and its cleanup when the page goes).
    let owner = Owner::current().unwrap_or_default();
    let attempt = move || {
        let loading = owner.with(|| ScopedFuture::new_untracked(load()));
        state.set(State::Loading);
        fetching(true);
        // A chunk already here answers within this microtask, before the
        // browser paints: the quiet line shows only while one downloads. The
        // page may have gone meanwhile: `settle` then does nothing.
        leptos::task::spawn_local(async move {
            settle(loading.await);
            fetching(false);
        });
    };
    let attempt = StoredValue::new_local(attempt);
    attempt.with_value(|a| a());
    move || match &*state.read() {
        State::Loading => view! {
            <p class="empty big chunk-loading" data-testid="chunk-loading">
                {move || app.t().chunk_loading}
            </p>
        }
        .into_any(),
        State::Ready => built.try_update_value(Option::take).flatten().unwrap_or_else(|| ().into_any()),
        State::Failed => view! {
            <div class="empty big chunk-failed" role="alert" data-testid="chunk-failed">
                <p>{move || app.t().chunk_failed}</p>
                <button class="btn primary" data-action="chunk-retry" on:click=move |_| attempt.with_value(|a| a())>
                    {move || app.t().chunk_retry}
                </button>
            </div>
        }
        .into_any(),
    }
}
