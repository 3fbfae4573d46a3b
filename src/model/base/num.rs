//! `Num`: a finite number within ±10¹⁵ that can be compared and hashed,
//! for figures a user types (targets, actuals, weights).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A plain number a user types for a goal (a baseline, a target). Equality is
/// by bit pattern so plans stay `Eq`; the file carries a JSON number.
#[derive(Clone, Copy, Debug, PartialOrd)]
pub struct Num(pub f64);

impl PartialEq for Num {
    fn eq(&self, o: &Num) -> bool {
        self.0.to_bits() == o.0.to_bits()
    }
}

impl Eq for Num {}

impl std::hash::Hash for Num {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0.to_bits().hash(h)
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.0)
    }
}

/// Reads a JSON number however it arrives: as a float or integer, or, with
/// serde_json's exact numbers, as the one-entry map it uses for them (which
/// is what a number inside a tagged enum is buffered as).
struct NumVisitor;

impl<'de> serde::de::Visitor<'de> for NumVisitor {
    type Value = f64;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("f64")
    }
    fn visit_f64<E>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }
    fn visit_i64<E>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_u64<E>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<f64, A::Error> {
        let Some((_, text)) = m.next_entry::<String, String>()? else {
            return Err(serde::de::Error::invalid_type(serde::de::Unexpected::Map, &self));
        };
        text.parse().map_err(|_| serde::de::Error::invalid_value(serde::de::Unexpected::Str(&text), &self))
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = d.deserialize_any(NumVisitor)?;
        if Num(v).in_bounds() {
            Ok(Num(v))
        } else {
            Err(serde::de::Error::custom("invalid number"))
        }
    }
}

impl Num {
    /// The largest magnitude a number may have: beyond it an `f64` no longer
    /// holds every whole number, and sums of many could overflow to infinity.
    pub const LIMIT: f64 = 1e15;
    pub fn in_bounds(self) -> bool {
        self.0.is_finite() && self.0.abs() <= Num::LIMIT
    }
    /// Reads `1234`, `1,234.5`, `12.5%`, `3万` (×10,000) and `1.2亿`; `None` when it is not a number.
    pub fn parse(s: &str) -> Option<Num> {
        let t: String = s.trim().chars().filter(|c| !matches!(c, ',' | '，' | ' ' | '_' | '%' | '％')).collect();
        let (t, scale) = if let Some(x) = t.strip_suffix('万') {
            (x.to_string(), 1e4)
        } else if let Some(x) = t.strip_suffix('亿') {
            (x.to_string(), 1e8)
        } else {
            (t, 1.0)
        };
        let v: f64 = t.parse().ok()?;
        Some(Num(v * scale)).filter(|n| n.in_bounds())
    }
}
