//! Lists of entities with ids: `HasId`, and adding, replacing and removing
//! by id. One of each, used by every domain. Knows no domain.

pub trait HasId {
    fn id(&self) -> &str;
    /// For load repair only (a duplicate id is renamed); edits never change ids.
    fn set_id(&mut self, id: Id);
}

/// Adds `v` at the end of the list, or replaces the entry with its id.
pub(crate) fn upsert<T: HasId>(list: &mut Vec<T>, v: T) {
    match list.iter_mut().find(|x| x.id() == v.id()) {
        Some(slot) => *slot = v,
        None => list.push(v),
    }
}

/// Removes the entry with `id`; `NoSuchEntry` when there is none.
pub(crate) fn remove_entry<T: HasId>(list: &mut Vec<T>, id: &str) -> Result<(), Fault> {
    let i = list.iter().position(|x| x.id() == id).ok_or_else(|| Fault::UnknownEntry(id.to_string()))?;
    list.remove(i);
    Ok(())
}

/// `impl HasId` for structs with an `id: Id` field.
macro_rules! has_id {
    ($($t:ty),*) => {$(
        impl $crate::model::base::list::HasId for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn set_id(&mut self, id: $crate::model::base::id::Id) {
                self.id = id;
            }
        }
    )*};
}

use crate::model::base::fault::Fault;
use crate::model::base::id::Id;
pub(crate) use has_id;
