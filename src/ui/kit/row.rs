//! The one kind of editable row every list and table uses: the entry as a
//! memo (looked up by id on every change, so inputs follow undo without the
//! row being rebuilt and focus stays put) and the function that stores a
//! changed copy as one command.

use crate::ui::state::App;
use leptos::prelude::*;
use std::ops::Deref;

/// An entry shown in a row and the way to store a changed copy.
pub struct EditRow<T: Send + Sync + 'static> {
    pub memo: Memo<Option<T>>,
    pub put: fn(App, T) -> bool,
}

impl<T: Send + Sync + 'static> Clone for EditRow<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for EditRow<T> {}

/// Reads as the entry's memo (`row.with(…)`, `row.get_untracked()`).
impl<T: Send + Sync + 'static> Deref for EditRow<T> {
    type Target = Memo<Option<T>>;
    fn deref(&self) -> &Self::Target {
        &self.memo
    }
}

impl<T: Clone + PartialEq + Send + Sync + 'static> EditRow<T> {
    /// Applies `f` to a copy and stores it when it changed; false only when
    /// the change was refused (or the entry is gone).
    pub fn edit(self, app: App, f: impl FnOnce(&mut T)) -> bool {
        let Some(old) = self.memo.get_untracked() else { return false };
        let mut new = old.clone();
        f(&mut new);
        new == old || (self.put)(app, new)
    }
    pub fn read<R: Default>(self, f: impl FnOnce(&T) -> R) -> R {
        self.memo.with(|x| x.as_ref().map(f).unwrap_or_default())
    }
}
