//! Excel workbooks (`.xlsx`, as Excel and WPS save them) in and out. In: the
//! first worksheet read by `calamine` and handed on as CSV text, so the sheet
//! import and the KPI import match columns and word errors exactly as for a
//! CSV. Out: a table written as a one-sheet workbook by hand (a zip of five
//! small XML files, stored uncompressed), which needs no crate. Must not know
//! the browser, the plan or the user's language.

use crate::model::base::day::Day;
use std::fmt::Write;
use std::io::Cursor;

/// Why a workbook was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum XlsxError {
    /// Not a workbook at all, or one damaged (calamine's reason, for the detail).
    NotXlsx(String),
    /// A workbook without a worksheet.
    NoSheet,
    /// More than a sheet import takes: cells beyond `MAX_ROWS` × `MAX_COLS`,
    /// or more than `MAX_UNPACKED` bytes once unpacked.
    TooLarge,
}

/// The most rows and columns read (a year of daily actuals, a long task list).
pub const MAX_ROWS: u32 = 20_000;
pub const MAX_COLS: u32 = 200;
/// The most bytes a workbook may unpack to, as its directory declares (the
/// unpacking is held to what is declared).
pub const MAX_UNPACKED: u64 = 64 * 1024 * 1024;

/// Whether `bytes` look like a zip (every `.xlsx` is one).
pub fn is_xlsx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The first worksheet as CSV text: dates as `YYYY-MM-DD`, whole numbers
/// without a decimal point, text as written.
pub fn read(bytes: &[u8]) -> Result<String, XlsxError> {
    use calamine::{Reader, Xlsx};
    match unpacked_size(bytes) {
        Some(n) if n <= MAX_UNPACKED => {}
        Some(_) => return Err(XlsxError::TooLarge),
        None => return Err(XlsxError::NotXlsx("not a zip archive".into())),
    }
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| XlsxError::NotXlsx(e.to_string()))?;
    let first = book.sheet_names().first().cloned().ok_or(XlsxError::NoSheet)?;
    let mut cells = book.worksheet_cells_reader(&first).map_err(|e| XlsxError::NotXlsx(e.to_string()))?;
    let mut rows: Vec<Vec<String>> = vec![];
    while let Some(cell) = cells.next_cell().map_err(|e| XlsxError::NotXlsx(e.to_string()))? {
        let (r, c) = cell.get_position();
        if r >= MAX_ROWS || c >= MAX_COLS {
            return Err(XlsxError::TooLarge);
        }
        let text = cell_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        let (r, c) = (r as usize, c as usize);
        if rows.len() <= r {
            rows.resize(r + 1, vec![]);
        }
        if rows[r].len() <= c {
            rows[r].resize(c + 1, String::new());
        }
        rows[r][c] = text;
    }
    let mut out = String::new();
    for row in &rows {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    Ok(out)
}

/// What a cell shows, as text.
fn cell_text(v: &calamine::DataRef) -> String {
    use calamine::DataRef;
    match v {
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
        DataRef::DateTime(d) if d.is_datetime() => {
            // Excel counts days from 1899-12-30 (1970-01-01 is day 25569).
            let serial = d.as_f64();
            let days = serial.floor();
            let day = (days.is_finite() && days.abs() < 1e7)
                .then(|| Day::ymd(1970, 1, 1).add_days(days as i64 - 25_569))
                .filter(|d| d.in_range() && Day::ymd(1970, 1, 1).days_until(*d) == days as i64 - 25_569);
            day.map(|d| d.to_string()).unwrap_or_else(|| number(serial))
        }
        DataRef::DateTime(d) => number(d.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

/// A number as a spreadsheet shows it by default: whole numbers bare.
fn number(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// A cell for CSV: quoted when it holds a comma, quote or line break. A tab
/// becomes a space (a tab anywhere would read the text as a pasted block).
fn csv_cell(c: &str) -> String {
    let c = c.replace('\t', " ");
    if c.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c
    }
}

/// The sum of the sizes a zip's central directory declares for its entries,
/// or `None` when `bytes` is no zip. A zip64 entry counts as too large.
fn unpacked_size(bytes: &[u8]) -> Option<u64> {
    let u16_at = |i: usize| bytes.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as usize);
    let u32_at = |i: usize| bytes.get(i..i + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    // The end record sits in the last 22 + 65,535 bytes (after its comment).
    let from = bytes.len().saturating_sub(22 + 65_535);
    let end = (from..bytes.len().saturating_sub(21)).rev().find(|&i| u32_at(i) == Some(0x0605_4b50))?;
    let entries = u16_at(end + 10)?;
    let mut at = u32_at(end + 16)? as usize;
    let mut total: u64 = 0;
    for _ in 0..entries {
        if u32_at(at)? != 0x0201_4b50 {
            return None;
        }
        let size = u32_at(at + 24)?;
        if size == u32::MAX {
            return Some(u64::MAX);
        }
        total = total.saturating_add(size as u64);
        at = at.checked_add(46 + u16_at(at + 28)? + u16_at(at + 30)? + u16_at(at + 32)?)?;
    }
    Some(total)
}

/// A table as a one-sheet workbook named `sheet`: the first row is the
/// heading (bold), cells that read as plain numbers are numbers, every other
/// cell is text, exactly as given.
pub fn write(sheet: &str, rows: &[Vec<String>]) -> Vec<u8> {
    let mut data = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
    );
    for (r, row) in rows.iter().enumerate() {
        let _ = write!(data, "<row r=\"{}\">", r + 1);
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", column_name(c), r + 1);
            let style = if r == 0 { " s=\"1\"" } else { "" };
            if r > 0 && is_number(cell) {
                let _ = write!(data, "<c r=\"{at}\"{style}><v>{}</v></c>", cell.trim());
            } else if !cell.is_empty() {
                let _ = write!(
                    data,
                    "<c r=\"{at}\"{style} t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                    xml_text(cell)
                );
            }
        }
        data.push_str("</row>");
    }
    data.push_str("</sheetData></worksheet>");
    let name: String = xml_text(&sheet_name(sheet));
    let files: [(&str, String); 6] = [
        (
            "[Content_Types].xml",
            concat!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>",
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>",
                "</Types>"
            )
            .into(),
        ),
        (
            "_rels/.rels",
            concat!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>",
                "</Relationships>"
            )
            .into(),
        ),
        (
            "xl/workbook.xml",
            format!(
                concat!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ",
                    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">",
                    "<sheets><sheet name=\"{}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
                ),
                name
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            concat!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>",
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
                "</Relationships>"
            )
            .into(),
        ),
        (
            "xl/styles.xml",
            concat!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
                "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
                "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>",
                "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>",
                "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
                "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
                "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
                "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>",
                "</styleSheet>"
            )
            .into(),
        ),
        ("xl/worksheets/sheet1.xml", data),
    ];
    zip_stored(&files)
}

/// A sheet's name as Excel allows it: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(s: &str) -> String {
    let n: String = s.chars().filter(|c| !"[]:*?/\\".contains(*c) && !c.is_control()).take(31).collect();
    if n.trim().is_empty() {
        "Sheet1".into()
    } else {
        n
    }
}

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
fn column_name(mut c: usize) -> String {
    let mut s = vec![];
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// A plain decimal number (what a spreadsheet would keep as one): no
/// thousands separators, no leading zeros that mean a code, at most 15 digits.
fn is_number(s: &str) -> bool {
    let t = s.trim();
    let digits = t.trim_start_matches('-');
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    !int.is_empty()
        && int.chars().all(|c| c.is_ascii_digit())
        && frac.chars().all(|c| c.is_ascii_digit())
        && !(digits.contains('.') && frac.is_empty())
        && (int == "0" || !int.starts_with('0'))
        && int.len() + frac.len() <= 15
}

/// Text for XML: the five escapes, and without the control characters XML
/// 1.0 cannot hold.
fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A zip of `files`, each stored as is (method 0), with their CRC-32s.
fn zip_stored(files: &[(&str, String)]) -> Vec<u8> {
    let mut out = vec![];
    let mut directory = vec![];
    for (name, text) in files {
        let (name, data) = (name.as_bytes(), text.as_bytes());
        let crc = crc32(data);
        let offset = out.len() as u32;
        // Version 2.0, no flags, stored, 1980-01-01 00:00.
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]);
            v.extend_from_slice(&crc.to_le_bytes());
            v.extend_from_slice(&(data.len() as u32).to_le_bytes());
            v.extend_from_slice(&(data.len() as u32).to_le_bytes());
            v.extend_from_slice(&(name.len() as u16).to_le_bytes());
            v.extend_from_slice(&[0, 0]);
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        directory.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        directory.extend_from_slice(&[20, 0]);
        common(&mut directory);
        directory.extend_from_slice(&[0; 10]);
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name);
    }
    let at = out.len() as u32;
    out.extend_from_slice(&directory);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

/// CRC-32 (IEEE), bit by bit: the files are small.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
