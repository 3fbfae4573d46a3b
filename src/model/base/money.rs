//! `Money`: integer fen (cents), within ±¥10,000,000,000 per entry so that a
//! million entries add up inside i64; reads and writes as a decimal string.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Money in integer minor units (fen, cents): never floats, so sums are exact.
/// Files carry it as a decimal string such as `"3000000.00"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(pub i64);

impl Money {
    /// The largest amount an entry may hold: ¥10,000,000,000.00 (100 亿) in
    /// fen. A million such amounts still add up inside an `i64`.
    pub const LIMIT: i64 = 1_000_000_000_000;
    /// An amount an entry may hold: from 0 to `LIMIT`.
    pub fn is_amount(self) -> bool {
        (0..=Money::LIMIT).contains(&self.0)
    }
    /// An amount computed in floating point (a cost scaled by a budget),
    /// rounded to the cent and held within 0..=`LIMIT`: scaling a cost to a
    /// budget a million times larger must not make an amount no entry may hold.
    pub fn clamped(cents: f64) -> Money {
        if cents.is_nan() {
            return Money(0);
        }
        Money(cents.round().clamp(0.0, Money::LIMIT as f64) as i64)
    }
    pub fn from_major(units: i64) -> Money {
        Money(units.saturating_mul(100))
    }
    /// An amount as people type it: what `parse` reads, also with a currency
    /// sign (¥ ￥ $), full-width commas, and 万 (×10,000) or 亿 (×10^8) as
    /// goal fields read them — `120万`, `1.2亿`, `¥1,200,000`. Exact to the
    /// cent: the multiplier moves the decimal point in the text, so
    /// `1.23456万` is ¥12,345.60 and a fraction of a cent is refused.
    pub fn read(s: &str) -> Option<Money> {
        let t: String = s.trim().chars().filter(|c| !matches!(c, '¥' | '￥' | '$' | '，' | ',' | ' ' | '_')).collect();
        let (t, shift) = match (t.strip_suffix('万'), t.strip_suffix('亿')) {
            (Some(x), _) => (x, 4),
            (_, Some(x)) => (x, 8),
            _ => (t.as_str(), 0),
        };
        let (int, frac) = t.split_once('.').unwrap_or((t, ""));
        if shift == 0 || int.trim_start_matches('-').is_empty() && frac.is_empty() {
            return Money::parse(t);
        }
        // Move the point `shift` places right: digits come from the fraction,
        // then zeros.
        let moved: String = frac.chars().chain(std::iter::repeat('0')).take(shift).collect();
        let rest = frac.get(shift..).unwrap_or("");
        Money::parse(&format!("{int}{moved}.{rest}"))
    }

    /// Parses `1234`, `1234.5`, `1,234.56`, `-12.30`; at most two decimals
    /// and at most `LIMIT` either way.
    pub fn parse(s: &str) -> Option<Money> {
        let t: String = s.trim().chars().filter(|c| *c != ',' && *c != '_' && *c != ' ').collect();
        let (neg, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, t),
        };
        let (int, frac) = match t.split_once('.') {
            Some((i, f)) => (i.to_string(), f.to_string()),
            None => (t.clone(), String::new()),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if !int.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) || frac.len() > 2 {
            return None;
        }
        let major: i64 = if int.is_empty() { 0 } else { int.parse().ok()? };
        let minor: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().ok()? * 10,
            _ => frac.parse().ok()?,
        };
        let v = major.checked_mul(100)?.checked_add(minor)?;
        (v <= Money::LIMIT).then_some(Money(if neg { -v } else { v }))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Accept a plain JSON number too: people edit files by hand.
        let v = serde_json::Value::deserialize(d)?;
        let s = match &v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            _ => return Err(serde::de::Error::custom(format!("invalid amount {v}"))),
        };
        Money::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid amount \"{s}\"")))
    }
}
