//! Phases typed by length ("预热期 3 周, 爆发期 1 周, 持续期 4 周") and laid
//! end to end from a day. Plain text in, named spans out; the command that
//! stores them keeps a phase that already has the name (its items stay in
//! it). Must not know about the UI.

use crate::model::base::day::Day;
use crate::model::plan::MAX_PLAN_DAYS;

/// A phase's name and length in days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseSpan {
    pub name: String,
    pub days: i64,
}

/// What is wrong with the text, naming the part (1-based) when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpanError {
    Empty,
    /// No name before the length, or no length after the name.
    NoName(usize),
    NoLength(usize, String),
    /// A unit that is not days, weeks or months.
    BadUnit(usize, String),
    /// Longer in all than the longest plan.
    TooLong {
        days: i64,
        max: i64,
    },
    /// More phases than anyone plans (and than a list should hold).
    TooMany(usize),
}

pub const MAX_PHASES: usize = 50;

/// Reads `name length unit` parts separated by commas, semicolons, 、 or
/// new lines. Units: 天/日/d/day(s), 周/星期/w/wk/week(s), 月/个月/m/month(s)
/// (a month is 30 days); no unit means days. Full-width digits are read.
pub fn parse_spans(text: &str) -> Result<Vec<PhaseSpan>, SpanError> {
    let parts: Vec<&str> =
        text.split([',', '，', ';', '；', '、', '\n']).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return Err(SpanError::Empty);
    }
    if parts.len() > MAX_PHASES {
        return Err(SpanError::TooMany(parts.len()));
    }
    let mut out = vec![];
    let mut total = 0i64;
    for (i, part) in parts.iter().enumerate() {
        let n = i + 1;
        let ascii: String = part
            .chars()
            .map(|c| if ('０'..='９').contains(&c) { char::from(b'0' + (c as u32 - '０' as u32) as u8) } else { c })
            .collect();
        // The last run of digits is the length; before it the name, after it the unit.
        let Some(end) = ascii.rfind(|c: char| c.is_ascii_digit()) else {
            return Err(SpanError::NoLength(n, part.to_string()));
        };
        let begin =
            ascii[..=end].char_indices().rev().find(|(_, c)| !c.is_ascii_digit()).map_or(0, |(b, c)| b + c.len_utf8());
        let name = ascii[..begin].trim().trim_end_matches(['：', ':', '-', '—']).trim();
        if name.is_empty() {
            return Err(SpanError::NoName(n));
        }
        let digits = &ascii[begin..=end];
        let count: i64 = digits
            .parse()
            .ok()
            .filter(|v| *v > 0 && digits.len() <= 5)
            .ok_or_else(|| SpanError::NoLength(n, part.to_string()))?;
        let unit = ascii[end + 1..].trim().to_lowercase();
        let per = match unit.as_str() {
            "" | "天" | "日" | "d" | "day" | "days" => 1,
            "周" | "星期" | "个星期" | "w" | "wk" | "week" | "weeks" => 7,
            "月" | "个月" | "m" | "mo" | "month" | "months" => 30,
            _ => return Err(SpanError::BadUnit(n, ascii[end + 1..].trim().to_string())),
        };
        let days = count * per;
        total += days;
        if total > MAX_PLAN_DAYS {
            return Err(SpanError::TooLong { days: total, max: MAX_PLAN_DAYS });
        }
        out.push(PhaseSpan { name: name.to_string(), days });
    }
    Ok(out)
}

/// The spans laid end to end from `start`: (name, first day, last day).
pub fn lay_out(start: Day, spans: &[PhaseSpan]) -> Vec<(String, Day, Day)> {
    let mut at = start;
    spans
        .iter()
        .map(|s| {
            let end = at.add_days(s.days - 1);
            let out = (s.name.clone(), at, end);
            at = end.add_days(1);
            out
        })
        .collect()
}
