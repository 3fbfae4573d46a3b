//! Identifiers: opaque strings (UUIDs in the app, short names in tests).

/// Identifiers are opaque strings (UUIDs in the app, short names in tests).
pub type Id = String;
