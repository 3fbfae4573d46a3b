//! Workbooks in and out (`io::xlsx`), against a real spreadsheet library:
//! files openpyxl writes (as Excel and WPS keep them: shared strings, date
//! cells, numbers) read as the CSV the sheet import takes; what we write,
//! openpyxl reads back cell for cell; hostile files are refused, bounded.

use campaign_planner::io::xlsx::{self, XlsxError};
use std::path::PathBuf;
use std::process::Command;

fn python(script: &str, arg: &str) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(arg)
        .output()
        .expect("python3 (installed by scripts/setup.sh --test)");
    assert!(
        out.status.success(),
        "openpyxl failed (run scripts/setup.sh --test): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cp-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn a_sheet_written_by_openpyxl_reads_as_csv_with_dates_and_numbers_as_shown() {
    let path = temp("team.xlsx");
    python(
        r#"
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '进度表'
ws.append(['阶段', '任务', '负责人', '开始', '结束', '预算', '备注'])
ws.append(['预热期', '达人种草, 第一批', '陈静', datetime.date(2026, 6, 1), datetime.date(2026, 6, 5), 12000, '含 "引号"'])
ws.append(['爆发期', '直播\n两场', '王磊', datetime.datetime(2026, 6, 18, 20, 0), '6/20', 3500.5, None])
ws['J3'] = True
wb.create_sheet('第二张')['A1'] = 'not read'
wb.save(sys.argv[1])
"#,
        path.to_str().unwrap(),
    );
    let csv = xlsx::read(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        csv,
        "阶段,任务,负责人,开始,结束,预算,备注\n\
         预热期,\"达人种草, 第一批\",陈静,2026-06-01,2026-06-05,12000,\"含 \"\"引号\"\"\"\n\
         爆发期,\"直播\n两场\",王磊,2026-06-18,6/20,3500.5,,,,TRUE\n"
    );
    // …which the sheet import reads exactly as it reads a CSV.
    let rows = campaign_planner::io::table::parse(&csv);
    assert_eq!(rows[1][1], "达人种草, 第一批");
    assert_eq!(rows[2][1], "直播\n两场");
}

#[test]
fn what_we_write_openpyxl_reads_back_cell_for_cell() {
    let rows: Vec<Vec<String>> = vec![
        vec!["任务".into(), "开始".into(), "预算".into(), "编号".into(), "备注".into()],
        vec![
            "达人种草 & 直播 <第一批>".into(),
            "2026-06-01".into(),
            "12000".into(),
            "007".into(),
            "含\t制表\u{1}".into(),
        ],
        vec!["".into(), "".into(), "-3.25".into(), "1,000".into(), "".into()],
    ];
    let path = temp("ours.xlsx");
    std::fs::write(&path, xlsx::write("进度表: 6/1", &rows)).unwrap();
    let out = python(
        r#"
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
print(json.dumps({'title': ws.title, 'bold': ws['A1'].font.b, 'rows': [[c for c in r] for r in ws.iter_rows(values_only=True)]}, ensure_ascii=False))
"#,
        path.to_str().unwrap(),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["title"], "进度表 61");
    assert_eq!(v["bold"], true);
    let expected = serde_json::json!([
        ["任务", "开始", "预算", "编号", "备注"],
        ["达人种草 & 直播 <第一批>", "2026-06-01", 12000, "007", "含\t制表"],
        [null, null, -3.25, "1,000", null]
    ]);
    assert_eq!(v["rows"], expected);
    // And our own reader takes it back.
    assert_eq!(
        xlsx::read(&std::fs::read(&path).unwrap()).unwrap(),
        "任务,开始,预算,编号,备注\n达人种草 & 直播 <第一批>,2026-06-01,12000,007,含 制表\n,,-3.25,\"1,000\"\n"
    );
}

#[test]
fn what_is_no_workbook_or_too_large_is_refused_without_reading_it_all() {
    assert!(matches!(xlsx::read(b"name,start\nx,2026-01-01\n"), Err(XlsxError::NotXlsx(_))));
    assert!(matches!(xlsx::read(b"PK\x03\x04 not really"), Err(XlsxError::NotXlsx(_))));
    assert!(!xlsx::is_xlsx(b"a,b"));
    // A cell far beyond a sheet import's reach is refused, not allocated.
    let path = temp("far.xlsx");
    python(
        r#"
import sys, openpyxl
wb = openpyxl.Workbook()
wb.active['A1'] = '任务'
wb.active['XFD1048576'] = 'far away'
wb.save(sys.argv[1])
"#,
        path.to_str().unwrap(),
    );
    assert_eq!(xlsx::read(&std::fs::read(&path).unwrap()), Err(XlsxError::TooLarge));
    // A zip whose directory declares more than a workbook unpacks to.
    let mut bomb = xlsx::write("s", &[vec!["x".into()]]);
    let dir = bomb.windows(4).rposition(|w| w == [0x50, 0x4b, 0x01, 0x02]).unwrap();
    bomb[dir + 24..dir + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    assert_eq!(xlsx::read(&bomb), Err(XlsxError::TooLarge));
    // Every prefix of a real workbook fails cleanly.
    let good = xlsx::write("s", &[vec!["任务".into(), "开始".into()], vec!["a".into(), "2026-01-01".into()]]);
    for n in 0..good.len() {
        let _ = xlsx::read(&good[..n]);
    }
}
