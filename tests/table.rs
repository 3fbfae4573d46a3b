//! Reading a pasted spreadsheet block or a CSV of actuals: headers or not,
//! a date column or not, placed from the cell it lands on, and whole-block
//! refusal with the row and column of a bad cell.

use campaign_planner::io::table::{cells, parse, parse_day, TableError, Target};
use campaign_planner::model::base::day::Day;
use campaign_planner::model::monitor::data::Kpi;

fn kpis() -> Vec<Kpi> {
    vec![Kpi::new("a", "曝光"), Kpi::new("b", "点击"), Kpi::new("c", "Orders")]
}

fn days() -> Vec<Day> {
    (0..10).map(|i| Day::ymd(2026, 11, 2).add_days(i)).collect()
}

fn run(text: &str, at: (usize, usize)) -> Result<Vec<(String, String, f64)>, TableError> {
    let k = kpis();
    let d = days();
    let t = Target { kpis: &k, days: &d, plan: (d[0], d[9]), at };
    cells(&parse(text), &t).map(|v| v.into_iter().map(|(id, day, n)| (id, day.to_string(), n.unwrap().0)).collect())
}

fn c(id: &str, day: &str, v: f64) -> (String, String, f64) {
    (id.into(), day.into(), v)
}

#[test]
fn blocks_land_where_they_are_pasted_or_where_their_labels_say() {
    // A bare block from the focused cell (row 2, column 1).
    assert_eq!(
        run("10\t20\r\n30\t\n", (2, 1)),
        Ok(vec![c("b", "2026-11-04", 10.0), c("c", "2026-11-04", 20.0), c("b", "2026-11-05", 30.0)])
    );
    // Headers name the KPIs (any order, case-insensitive), dates name the rows.
    let csv = "日期,orders,曝光\n2026-11-03,\"1,200\",5万\n2026/11/5,7,\n";
    assert_eq!(
        run(csv, (0, 0)),
        Ok(vec![c("c", "2026-11-03", 1200.0), c("a", "2026-11-03", 50_000.0), c("c", "2026-11-05", 7.0)])
    );
    // Dates without headers: columns from the focused one.
    assert_eq!(
        run("2026年11月4日\t¥3,000\t12.5%", (0, 1)),
        Ok(vec![c("b", "2026-11-04", 3000.0), c("c", "2026-11-04", 12.5)])
    );
    // Headers without dates: rows from the focused one.
    assert_eq!(run("点击\n5\n6", (7, 0)), Ok(vec![c("b", "2026-11-09", 5.0), c("b", "2026-11-10", 6.0)]));
}

#[test]
fn bad_blocks_are_refused_whole_with_where_and_why() {
    let cases: Vec<(&str, (usize, usize), TableError)> = vec![
        ("", (0, 0), TableError::Empty),
        ("1\tx2", (0, 0), TableError::BadNumber { row: 1, col: 2, text: "x2".into() }),
        ("日期,销量\n2026-11-03,1", (0, 0), TableError::UnknownColumn { col: 2, text: "销量".into() }),
        ("1\t2\t3", (0, 1), TableError::TooWide { cols: 3, room: 2 }),
        ("1\n2\n3", (8, 0), TableError::TooLong { rows: 3, room: 2 }),
        ("2026-12-25\t1", (0, 0), TableError::OutsidePlan { row: 1, day: Day::ymd(2026, 12, 25) }),
        ("日期\t曝光\n2026-11-03\t1\n2026-13-01\t2", (0, 0), TableError::BadDate { row: 3, text: "2026-13-01".into() }),
    ];
    for (text, at, want) in cases {
        assert_eq!(run(text, at), Err(want), "{text:?}");
    }
}

#[test]
fn csv_quoting_and_dates() {
    assert_eq!(parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n"), vec![vec!["a", "b,c", "say \"hi\""]]);
    assert_eq!(parse("\u{feff}x\ty\n"), vec![vec!["x", "y"]]);
    for (s, ok) in [
        ("2026-11-02", true),
        ("2026/11/2", true),
        ("2026.11.2", true),
        ("2026年11月2日", true),
        ("11/2", false),
        ("2026-02-30", false),
    ] {
        assert_eq!(parse_day(s).is_some(), ok, "{s}");
    }
}

/// A dash or N/A in a pasted block is "no data that day": the cell is
/// cleared, the rest of the block lands, and nothing is refused.
#[test]
fn a_dash_means_no_data_not_an_error() {
    let k = kpis();
    let d = days();
    let t = Target { kpis: &k, days: &d, plan: (d[0], d[9]), at: (0, 0) };
    for dash in ["-", "—", "–", "N/A", "#N/A", "/"] {
        let got = cells(&parse(&format!("12\t{dash}\n{dash}\t7")), &t).unwrap();
        assert_eq!(
            got.iter().map(|(id, day, v)| (id.as_str(), day.to_string(), v.map(|n| n.0))).collect::<Vec<_>>(),
            [
                ("a", "2026-11-02".to_string(), Some(12.0)),
                ("b", "2026-11-02".to_string(), None),
                ("a", "2026-11-03".to_string(), None),
                ("b", "2026-11-03".to_string(), Some(7.0)),
            ],
            "{dash}"
        );
    }
    // A first row of dashes is data, not a header.
    assert_eq!(cells(&parse("—\t—\n1\t2"), &t).unwrap().len(), 4);
}
