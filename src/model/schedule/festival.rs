//! The festival days our users plan around (`../shared/domain.md`): the
//! platforms' sales (618, 双11, 双12), gift days (520, 38 节, 七夕), the
//! holidays (中秋, 国庆, 春节 and the 年货节 before it) and 开学季 — each
//! with the day itself and the sale window a campaign's burst covers. Lunar
//! festivals come from a table (2025–2035), checked in a test against an
//! independent calendar crate. Plain data and rules; no words (the names are
//! `i18n`'s).

use crate::model::base::day::Day;

pub use crate::model::schedule::data::Festival;

/// The years the lunar table holds.
pub const FIRST_YEAR: i32 = 2025;
pub const LAST_YEAR: i32 = 2035;

/// (春节, 七夕, 中秋) as (month, day) per year from `FIRST_YEAR`.
const LUNAR: [[(u32, u32); 3]; 11] = [
    [(1, 29), (8, 29), (10, 6)], // 2025
    [(2, 17), (8, 19), (9, 25)], // 2026
    [(2, 6), (8, 8), (9, 15)],   // 2027
    [(1, 26), (8, 26), (10, 3)], // 2028
    [(2, 13), (8, 16), (9, 22)], // 2029
    [(2, 3), (8, 5), (9, 12)],   // 2030
    [(1, 23), (8, 24), (10, 1)], // 2031
    [(2, 11), (8, 12), (9, 19)], // 2032
    [(1, 31), (8, 1), (9, 8)],   // 2033
    [(2, 19), (8, 20), (9, 27)], // 2034
    [(2, 8), (8, 10), (9, 16)],  // 2035
];

impl Festival {
    pub const ALL: [Festival; 11] = [
        Festival::Sale618,
        Festival::Double11,
        Festival::Double12,
        Festival::Day520,
        Festival::WomensDay,
        Festival::Qixi,
        Festival::MidAutumn,
        Festival::NationalDay,
        Festival::SpringFestival,
        Festival::NewYearGoods,
        Festival::BackToSchool,
    ];

    /// The festival's own day in `year` (for 年货节, the day its window
    /// ends); None for a lunar one outside the table.
    pub fn day(self, year: i32) -> Option<Day> {
        let lunar = |k: usize| {
            let i = usize::try_from(year - FIRST_YEAR).ok()?;
            let (m, d) = LUNAR.get(i)?[k];
            Some(Day::ymd(year, m, d))
        };
        let fixed = |m: u32, d: u32| (FIRST_YEAR - 100..=LAST_YEAR + 100).contains(&year).then(|| Day::ymd(year, m, d));
        match self {
            Festival::Sale618 => fixed(6, 18),
            Festival::Double11 => fixed(11, 11),
            Festival::Double12 => fixed(12, 12),
            Festival::Day520 => fixed(5, 20),
            Festival::WomensDay => fixed(3, 8),
            Festival::Qixi => lunar(1),
            Festival::MidAutumn => lunar(2),
            Festival::NationalDay => fixed(10, 1),
            Festival::SpringFestival => lunar(0),
            Festival::NewYearGoods => Some(lunar(0)?.add_days(-10)),
            Festival::BackToSchool => fixed(9, 1),
        }
    }

    /// The sale window a campaign's burst covers, first and last day.
    pub fn window(self, year: i32) -> Option<(Day, Day)> {
        let d = self.day(year)?;
        Some(match self {
            Festival::Sale618 => (Day::ymd(year, 6, 1), d),
            Festival::Double11 => (Day::ymd(year, 11, 1), d),
            Festival::Double12 => (Day::ymd(year, 12, 10), d),
            Festival::Day520 => (d.add_days(-2), d),
            Festival::WomensDay => (Day::ymd(year, 3, 1), d),
            Festival::Qixi | Festival::MidAutumn => (d.add_days(-6), d),
            Festival::NationalDay | Festival::SpringFestival => (d, d.add_days(6)),
            Festival::NewYearGoods => (d.add_days(-9), d),
            Festival::BackToSchool => (d.add_days(-9), d),
        })
    }

    /// The days a sale peaks on: the window's first and the festival's own
    /// (11.1 and 11.11), or the day alone when they are one.
    pub fn peaks(self, year: i32) -> Vec<Day> {
        let Some((a, b)) = self.window(year) else { return vec![] };
        let d = self.day(year).unwrap_or(b);
        if a == d {
            vec![d]
        } else {
            vec![a, d]
        }
    }
}
