//! How dates, numbers, money, durations and lists read in each language:
//! one month list, one list separator. Everything the app shows goes
//! through these, so a view never branches on the locale.

use crate::i18n::Locale;
use crate::model::base::day::Day;
use crate::model::base::money::Money;

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `2026年3月5日` / `Mar 5, 2026`.
pub fn fmt_date(l: Locale, d: Day) -> String {
    match l {
        Locale::ZhCn => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Locale::En => format!("{} {}, {}", MONTHS[d.month0()], d.day(), d.year()),
    }
}

/// `3月5日` / `Mar 5`, for dense tables and timelines.
pub fn fmt_date_short(l: Locale, d: Day) -> String {
    match l {
        Locale::ZhCn => format!("{}月{}日", d.month(), d.day()),
        Locale::En => format!("{} {}", MONTHS[d.month0()], d.day()),
    }
}

pub fn fmt_range(l: Locale, a: Day, b: Day) -> String {
    let sep = if l == Locale::ZhCn { " 至 " } else { " – " };
    format!("{}{}{}", fmt_date(l, a), sep, fmt_date(l, b))
}

/// Digits grouped by thousands: `1,234,567`.
pub fn fmt_int(n: i64) -> String {
    let s = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

fn currency_symbol(l: Locale, code: &str) -> String {
    match (code, l) {
        ("CNY", Locale::ZhCn) => "¥".into(),
        ("CNY", Locale::En) => "CN¥".into(),
        ("USD", Locale::ZhCn) => "US$".into(),
        ("USD", Locale::En) => "$".into(),
        ("EUR", _) => "€".into(),
        ("GBP", _) => "£".into(),
        ("JPY", _) => "JP¥".into(),
        ("HKD", _) => "HK$".into(),
        (c, _) => format!("{c} "),
    }
}

/// A derived figure in major units (a cost, a revenue, a CPA computed in
/// floating point) as money, rounded to the cent; the one place such a
/// figure becomes money, so every page rounds it alike.
pub fn fmt_major(l: Locale, v: f64, currency: &str) -> String {
    fmt_money(l, Money((v * 100.0).round() as i64), currency)
}

/// Money with the currency's symbol; cents only when there are any.
pub fn fmt_money(l: Locale, m: Money, currency: &str) -> String {
    let sign = if m.0 < 0 { "-" } else { "" };
    let a = m.0.unsigned_abs();
    let major = fmt_int((a / 100) as i64);
    let minor = a % 100;
    let sym = currency_symbol(l, currency);
    if minor == 0 {
        format!("{sign}{sym}{major}")
    } else {
        format!("{sign}{sym}{major}.{minor:02}")
    }
}

/// A duration in working days, as the schedule counts them.
pub fn workdays(l: Locale, n: i64) -> String {
    match l {
        Locale::ZhCn => format!("{} 个工作日", fmt_int(n)),
        Locale::En => format!("{} working {}", fmt_int(n), if n.abs() == 1 { "day" } else { "days" }),
    }
}

pub fn days(l: Locale, n: i64) -> String {
    match l {
        Locale::ZhCn => format!("{} 天", fmt_int(n)),
        Locale::En => format!("{} {}", fmt_int(n), if n.abs() == 1 { "day" } else { "days" }),
    }
}

trait Month0 {
    fn month0(self) -> usize;
}

impl Month0 for Day {
    fn month0(self) -> usize {
        (self.month() - 1) as usize
    }
}

/// The separator of a list in running text: `小红书、抖音` / `Xiaohongshu, Douyin`.
pub fn list_sep(l: Locale) -> &'static str {
    match l {
        Locale::ZhCn => "、",
        Locale::En => ", ",
    }
}

/// Joins the parts of a list with the locale's separator.
pub fn join_list(l: Locale, parts: &[String]) -> String {
    parts.join(list_sep(l))
}

/// `2026年3月` / `Mar 2026`.
pub fn fmt_month_year(l: Locale, year: i32, month: u32) -> String {
    match l {
        Locale::ZhCn => format!("{year}年{month}月"),
        Locale::En => format!("{} {year}", MONTHS[(month.clamp(1, 12) - 1) as usize]),
    }
}

/// `2026年` / `2026`.
pub fn fmt_year(l: Locale, year: i32) -> String {
    match l {
        Locale::ZhCn => format!("{year}年"),
        Locale::En => year.to_string(),
    }
}

/// `3月` / `Mar`.
pub fn fmt_month(l: Locale, d: Day) -> String {
    match l {
        Locale::ZhCn => format!("{}月", d.month()),
        Locale::En => MONTHS[d.month0()].to_string(),
    }
}

/// `2027/1/4` / `Jan 4 '27`: a short date with its year, for narrow columns.
pub fn fmt_date_compact(l: Locale, d: Day) -> String {
    match l {
        Locale::ZhCn => format!("{}/{}/{}", d.year(), d.month(), d.day()),
        Locale::En => format!("{} {} '{:02}", MONTHS[d.month0()], d.day(), d.year().rem_euclid(100)),
    }
}

/// `3/5` / `Mar 5`, for the Gantt's week ticks.
pub fn fmt_month_day(l: Locale, d: Day) -> String {
    match l {
        Locale::ZhCn => format!("{}/{}", d.month(), d.day()),
        Locale::En => format!("{} {}", MONTHS[d.month0()], d.day()),
    }
}

/// A date as a date box shows it: `2026-06-01` / `Jun 1, 2026`.
pub fn fmt_date_input(l: Locale, d: Day) -> String {
    match l {
        Locale::ZhCn => d.to_string(),
        Locale::En => fmt_date(l, d),
    }
}

/// Reads a date as people type it, in either language: `2026-06-01`,
/// `2026/6/1`, `2026.6.1`, `20260601`, `6/1`, `6-1`, `6月1日`, `2026年6月1日`,
/// `Jun 1, 2026`, `1 June 2026`, `June 1`, with full-width digits too. A
/// date without a year takes `near`'s year. `None` for anything else,
/// including dates outside 1900–2200; never panics on any text.
pub fn parse_date(text: &str, near: Day) -> Option<Day> {
    // Full-width digits and separators as their ASCII forms; anything over
    // 40 characters is not a date (and is not scanned).
    if text.chars().count() > 40 {
        return None;
    }
    let s: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '／' => '/',
            '－' | '—' | '–' => '-',
            '．' | '。' => '.',
            '，' | '、' => ',',
            '　' => ' ',
            c => c,
        })
        .collect();
    let s = s.trim().trim_end_matches(['日', '号']);
    if s.is_empty() {
        return None;
    }
    let num = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
    };
    let ymd = |y: u32, m: u32, d: u32| Day::from_ymd(y as i32, m, d);
    // 2026年6月1 / 6月1
    if let Some((head, d)) = s.split_once('月') {
        let (y, m) = match head.split_once('年') {
            Some((y, m)) => (num(y.trim())?, num(m.trim())?),
            None => (near.year() as u32, num(head.trim())?),
        };
        return ymd(y, m, num(d.trim())?);
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return ymd(num(&s[..4])?, num(&s[4..6])?, num(&s[6..])?);
    }
    // Numbers separated by - / . : Y-M-D, M/D/Y, or M/D in `near`'s year.
    if s.bytes().all(|b| b.is_ascii_digit() || b"-/.".contains(&b)) {
        let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
        return match parts[..] {
            [y, m, d] if y.len() == 4 => ymd(num(y)?, num(m)?, num(d)?),
            [m, d, y] if y.len() == 4 => ymd(num(y)?, num(m)?, num(d)?),
            [m, d] => ymd(near.year() as u32, num(m)?, num(d)?),
            _ => None,
        };
    }
    // Words: a month name, a day and maybe a year, in any order.
    let (mut month, mut day, mut year) = (None, None, None);
    for w in s.split([' ', ',', '.']).filter(|w| !w.is_empty()) {
        let lower = w.to_ascii_lowercase();
        let lower = lower.trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th");
        if let Some(n) = num(lower) {
            if lower.len() == 4 && year.is_none() {
                year = Some(n);
            } else if day.is_none() && lower.len() <= 2 {
                day = Some(n);
            } else {
                return None;
            }
        } else if let Some(i) = FULL_MONTHS.iter().position(|m| w.len() >= 3 && m.starts_with(&w.to_ascii_lowercase()))
        {
            if month.replace(i as u32 + 1).is_some() {
                return None;
            }
        } else {
            return None;
        }
    }
    ymd(year.unwrap_or(near.year() as u32), month?, day?)
}

const FULL_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Minutes after midnight as a 24-hour time, "18:02" (the same in both
/// languages, as Chinese and English office documents write it).
pub fn hhmm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60 % 24, m % 60)
}
