//! China's official public holidays and make-up working days (法定节假日与调休)
//! as the State Council published them, one table per year, and the preset
//! that copies a year into a plan's working calendar (the plan stays
//! self-contained: the dates live in its file). A year with no table has not
//! been published; nothing here guesses. Must not know about the UI.

use crate::model::base::day::Day;
use crate::model::schedule::data::WorkCalendar;
use crate::model::schedule::data::MAX_CALENDAR_DAYS;

/// One festival's days off (first to last, inclusive) and the weekend days
/// worked to make up for them.
pub struct Festival {
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub off: ((u32, u32), (u32, u32)),
    pub makeup: &'static [(u32, u32)],
}

/// A year's schedule and the notice that set it.
pub struct Official {
    pub year: i32,
    pub notice_zh: &'static str,
    pub notice_en: &'static str,
    pub url: &'static str,
    pub festivals: &'static [Festival],
}

const fn f(
    name_zh: &'static str,
    name_en: &'static str,
    off: ((u32, u32), (u32, u32)),
    makeup: &'static [(u32, u32)],
) -> Festival {
    Festival { name_zh, name_en, off, makeup }
}

/// Every published year, oldest first.
pub const OFFICIAL: &[Official] = &[
    Official {
        year: 2025,
        notice_zh: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
        notice_en:
            "General Office of the State Council: 2025 public holiday arrangements (Guobanfamingdian [2024] No. 12)",
        url: "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm",
        festivals: &[
            f("元旦", "New Year's Day", ((1, 1), (1, 1)), &[]),
            f("春节", "Spring Festival", ((1, 28), (2, 4)), &[(1, 26), (2, 8)]),
            f("清明节", "Qingming Festival", ((4, 4), (4, 6)), &[]),
            f("劳动节", "Labour Day", ((5, 1), (5, 5)), &[(4, 27)]),
            f("端午节", "Dragon Boat Festival", ((5, 31), (6, 2)), &[]),
            f("国庆节、中秋节", "National Day and Mid-Autumn Festival", ((10, 1), (10, 8)), &[(9, 28), (10, 11)]),
        ],
    },
    Official {
        year: 2026,
        notice_zh: "国务院办公厅关于2026年部分节假日安排的通知",
        notice_en: "General Office of the State Council: 2026 public holiday arrangements",
        url: "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm",
        festivals: &[
            f("元旦", "New Year's Day", ((1, 1), (1, 3)), &[(1, 4)]),
            f("春节", "Spring Festival", ((2, 15), (2, 23)), &[(2, 14), (2, 28)]),
            f("清明节", "Qingming Festival", ((4, 4), (4, 6)), &[]),
            f("劳动节", "Labour Day", ((5, 1), (5, 5)), &[(5, 9)]),
            f("端午节", "Dragon Boat Festival", ((6, 19), (6, 21)), &[]),
            f("中秋节", "Mid-Autumn Festival", ((9, 25), (9, 27)), &[]),
            f("国庆节", "National Day", ((10, 1), (10, 7)), &[(9, 20), (10, 10)]),
        ],
    },
];

pub fn official(year: i32) -> Option<&'static Official> {
    OFFICIAL.iter().find(|o| o.year == year)
}

impl Official {
    /// Every day off of the year, in order.
    pub fn days_off(&self) -> Vec<Day> {
        let mut out = vec![];
        for f in self.festivals {
            let ((m1, d1), (m2, d2)) = f.off;
            let (a, b) = (Day::ymd(self.year, m1, d1), Day::ymd(self.year, m2, d2));
            out.extend((0..=a.days_until(b)).map(|i| a.add_days(i)));
        }
        out
    }
    /// Every make-up working day (调休上班) of the year, in order.
    pub fn makeup_days(&self) -> Vec<Day> {
        let mut out: Vec<Day> =
            self.festivals.iter().flat_map(|f| f.makeup.iter().map(|(m, d)| Day::ymd(self.year, *m, *d))).collect();
        out.sort();
        out
    }
}

/// The calendar with a year's official days added: its days off become
/// holidays and its make-up days working days (an official day wins over a
/// clash the user typed). `None` when the year is not published or the
/// calendar would hold more days than a plan may.
pub fn with_official(cal: &WorkCalendar, year: i32) -> Option<WorkCalendar> {
    let o = official(year)?;
    let (off, work) = (o.days_off(), o.makeup_days());
    let mut c = cal.clone();
    c.holidays.retain(|d| !work.contains(d));
    c.makeup_days.retain(|d| !off.contains(d));
    c.holidays.extend(off);
    c.makeup_days.extend(work);
    for v in [&mut c.holidays, &mut c.makeup_days] {
        v.sort();
        v.dedup();
    }
    (c.holidays.len() <= MAX_CALENDAR_DAYS && c.makeup_days.len() <= MAX_CALENDAR_DAYS).then_some(c)
}
