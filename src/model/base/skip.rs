//! Serde helpers that leave default values out of a plan file, so files
//! stay small and byte-for-byte stable.

/// For `skip_serializing_if`: files leave out what holds its default.
pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}

pub(crate) fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}
