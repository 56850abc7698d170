//! The single-pass `.xlsx` reader against calamine's streaming cell reader, on small workbooks
//! built part by part with the features real files have and the fixtures do not all show:
//! every cell must come out as calamine's did, and so must literal cells and code lookups.

use crate::container::collect::{self, Collector};
use crate::container::error::ReadError;
use crate::container::limits::Limits;
use crate::container::sheet::{Cell, Sheet};
use crate::container::xlsx;
use calamine::{Data, Reader, Xlsx, XlsxFormulaMetadata};
use std::io::{Cursor, Write};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#;
const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

/// The styles of the test workbooks: xf 1 a built-in date, 2 a custom date, 3 a duration, 4 a
/// currency (a telling format), 5 a plain number.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="[$EUR] #,##0"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"></xf><xf numFmtId="166"/><xf numFmtId="3"/></cellXfs></styleSheet>"#;

/// A workbook of one sheet per `(name, state, xml)`, with these shared strings, in the 1904
/// date system or not.
fn workbook(sheets: &[(&str, &str, &str)], strings: &str, is_1904: bool) -> Vec<u8> {
    let mut workbook = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
    );
    if is_1904 {
        workbook.push_str(r#"<workbookPr date1904="1"/>"#);
    }
    workbook.push_str("<sheets>");
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for (index, (name, state, _)) in sheets.iter().enumerate() {
        let n = index + 1;
        let state = if state.is_empty() {
            String::new()
        } else {
            format!(r#" state="{state}""#)
        };
        workbook.push_str(&format!(
            r#"<sheet name="{name}" sheetId="{n}"{state} r:id="rId{n}"/>"#
        ));
        rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
    }
    workbook.push_str(r#"</sheets><definedNames><definedName name="x">Data!$A$1</definedName></definedNames></workbook>"#);
    let n = sheets.len() + 1;
    rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#));
    rels.push_str(&format!(r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#, n + 1));
    let mut parts: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), CONTENT_TYPES.into()),
        ("_rels/.rels".into(), PACKAGE_RELS.into()),
        ("xl/workbook.xml".into(), workbook),
        ("xl/_rels/workbook.xml.rels".into(), rels),
        ("xl/styles.xml".into(), STYLES.into()),
        ("xl/sharedStrings.xml".into(), strings.into()),
    ];
    for (index, (_, _, xml)) in sheets.iter().enumerate() {
        parts.push((
            format!("xl/worksheets/sheet{}.xml", index + 1),
            (*xml).into(),
        ));
    }
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        writer.write_all(content.as_bytes()).expect("write");
    }
    writer.finish().expect("finish").into_inner()
}

/// A worksheet whose `<sheetData>` holds `rows`.
fn sheet(rows: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D9"/><sheetData>{rows}</sheetData></worksheet>"#
    )
}

/// The sheets as att read them with calamine's cell reader: cells, then literal cells and
/// lookups (as `Sheet`s without layout).
fn read_with_calamine(bytes: &[u8]) -> Result<Vec<Sheet>, String> {
    let limits = Limits::default();
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let metas = workbook.sheets_metadata().to_vec();
    let mut collector = Collector::new(&limits, metas.len()).map_err(|e| e.to_string())?;
    let mut sheets = Vec::new();
    for meta in metas.iter().filter(|meta| collect::holds_cells(meta)) {
        let mut reader = workbook
            .worksheet_cells_reader(&meta.name)
            .map_err(|e| e.to_string())?;
        let mut cells = Vec::new();
        let mut literals = Vec::new();
        let mut lookups = Vec::new();
        while let Some(record) = reader
            .next_cell_with_formula_metadata()
            .map_err(|e| e.to_string())?
        {
            let value = collect::convert(Data::from(record.value));
            let formula = match &record.formula {
                Some(
                    XlsxFormulaMetadata::Normal { formula }
                    | XlsxFormulaMetadata::Shared { formula, .. },
                ) => Some(formula.as_str()),
                _ => None,
            };
            if let Some(spelled) = formula.and_then(att_workbook::literal::parse) {
                collector
                    .push_literal(&meta.name, &mut cells, record.pos, value)
                    .map_err(|e| e.to_string())?;
                literals.push((record.pos, spelled));
                continue;
            }
            if formula.is_some_and(att_workbook::is_code_lookup) {
                lookups.push(record.pos);
            }
            let uncached =
                record.formula.is_some() && value == crate::container::sheet::CellValue::Empty;
            collector
                .push(&meta.name, &mut cells, record.pos, value, uncached)
                .map_err(|e| e.to_string())?;
        }
        let mut sheet = Sheet::new(meta.name.clone(), cells);
        for ((row, col), value) in literals {
            sheet.set_literal(row, col, value);
        }
        for (row, col) in lookups {
            sheet.set_lookup(row, col);
        }
        sheet.hidden = collect::is_hidden(meta);
        sheets.push(sheet);
    }
    Ok(sheets)
}

/// What a sheet says of each cell, comparable between the two readers.
fn described(sheet: &Sheet) -> Vec<(Cell, Option<serde_json::Value>, bool)> {
    sheet
        .cells
        .iter()
        .map(|cell| {
            (
                cell.clone(),
                sheet.literal(cell.row, cell.col).cloned(),
                sheet.is_lookup(cell.row, cell.col),
            )
        })
        .collect()
}

/// Reads `bytes` with both readers and asserts that they agree; gives att's sheets.
fn same_as_calamine(bytes: &[u8]) -> Vec<Sheet> {
    let ours = xlsx::read(bytes, &Limits::default()).expect("the workbook reads");
    let theirs = read_with_calamine(bytes).expect("calamine reads the workbook");
    assert_eq!(ours.sheets.len(), theirs.len());
    for (ours, theirs) in ours.sheets.iter().zip(&theirs) {
        assert_eq!(ours.name, theirs.name);
        assert_eq!(ours.hidden, theirs.hidden, "{}", ours.name);
        assert_eq!(described(ours), described(theirs), "sheet {}", ours.name);
    }
    ours.sheets
}

const STRINGS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9"><si><t>plain</t></si><si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve"> text</t></r></si><si><t>kanji</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></si><si><t>  trimmed
</t></si><si><t xml:space="preserve">  kept  </t></si><si><t>line_x000D_break &amp; &#233;t&#xE9;</t></si><si><t/></si><si></si><si><t><![CDATA[a<b]]></t></si></sst>"#;

#[test]
fn reads_values_as_calamine_did() {
    let rows = r#"
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" t="s"><v>7</v></c><c r="E2" t="s"><v>8</v></c><c r="F2" t="s"><v></v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>inline</t></is></c><c r="B3" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="C3" t="inlineStr"><v>ignored</v></c><c r="D3" t="str"><f>"x"&amp;"y"</f><v>x_x0009_y &lt;z&gt;</v></c></row>
<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>false</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4" t="d"><v>2024-05-28T00:00:00</v></c><c r="F4" t="d"><v>not a date</v></c></row>
<row r="5"><c r="A5"><v>42</v></c><c r="B5" t="n"><v>-1.5e3</v></c><c r="C5"><v>abc</v></c><c r="D5" s="5"><v>1234.5</v></c><c r="E5" s="4"><v>12</v></c><c r="F5" t="n"><v></v></c></row>
<row r="6"><c r="A6" s="1"><v>45440</v></c><c r="B6" s="2"><v>45440.75</v></c><c r="C6" s="3"><v>1.5</v></c><c r="D6" s="9"><v>45440</v></c><c r="E6" s="1"><v>0</v></c><c r="F6" s="1"><v>3000000</v></c></row>
<row r="7"><c r="A7"><f>SUM(A5:B5)</f></c><c r="B7" t="str"><f>""</f><v></v></c><c r="C7"><f>"2023"</f><v>2023</v></c><c r="D7"><f>NA()</f><v>#N/A</v></c><c r="E7" t="str"><f>VLOOKUP(A1,att_state_codes,2,0)</f><v>SE</v></c></row>
<row r="8"><c r="A8"><f t="shared" ref="A8:C8" si="0">A5*2</f><v>84</v></c><c r="B8"><f t="shared" si="0"/><v>-3000</v></c><c r="C8"><f t="shared" si="0"/></c><c r="D8" s="4"/><c r="E8" t="s"/></row>
<row r="9" hidden="1"><c r="A9" t="inlineStr"><is><t xml:space="preserve">   </t></is></c><c r="B9" t="inlineStr"><is><t>&#x1F600;</t></is></c></row>
"#;
    let bytes = workbook(
        &[("Data", "", &sheet(rows)), ("Secret", "hidden", &sheet(""))],
        STRINGS,
        false,
    );
    let sheets = same_as_calamine(&bytes);
    let data = &sheets[0];
    let text = |row, col| data.get(row, col).map(|cell| cell.value.display());
    assert_eq!(text(0, 1).as_deref(), Some("rich text"));
    assert_eq!(text(0, 2).as_deref(), Some("kanji"));
    assert_eq!(text(0, 3).as_deref(), Some("trimmed"));
    assert_eq!(text(1, 1).as_deref(), Some("line\rbreak & été"));
    assert_eq!(text(2, 3).as_deref(), Some("x\ty <z>"));
    assert_eq!(text(5, 0).as_deref(), Some("2024-05-28"));
    assert_eq!(text(3, 4).as_deref(), Some("2024-05-28"));
    assert!(data.literal(6, 2).is_some() && data.is_lookup(6, 4));
    assert!(
        data.get(7, 2)
            .is_some_and(|cell| cell.is_uncached_formula())
    );
    assert!(data.hidden_rows.contains(8));
    assert!(sheets[1].hidden);
    // The telling number format of E5 (a currency) is kept.
    assert_eq!(
        data.get(4, 4).and_then(|cell| data.number_format(cell)),
        Some("[$EUR] #,##0")
    );
}

#[test]
fn reads_dates_of_the_1904_system() {
    let rows = r#"<row r="1"><c r="A1" s="1"><v>43978</v></c><c r="B1" s="2"><v>0</v></c></row>"#;
    let bytes = workbook(&[("Data", "", &sheet(rows))], STRINGS, true);
    let sheets = same_as_calamine(&bytes);
    assert_eq!(
        sheets[0]
            .get(0, 0)
            .map(|cell| cell.value.display())
            .as_deref(),
        Some("2024-05-28")
    );
}

#[test]
fn places_cells_without_references_as_calamine_did() {
    let rows = r#"
<row><c t="s"><v>0</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>
<row><c><v>7</v></c></row>
<row r="10"><c><v>10</v></c><c/><c><v>11</v></c></row>
<row/>
<row><c><v>12</v></c></row>
<row r="20" spans="1:3"><c r="B20"><v>1</v></c></row><row><c r="XFD1048576"><v>9</v></c></row>"#;
    let bytes = workbook(&[("Data", "veryHidden", &sheet(rows))], STRINGS, false);
    let sheets = same_as_calamine(&bytes);
    let data = &sheets[0];
    assert_eq!(
        data.get(0, 5).map(|c| c.value.display()).as_deref(),
        Some("6")
    );
    assert_eq!(
        data.get(9, 2).map(|c| c.value.display()).as_deref(),
        Some("11")
    );
    assert_eq!(
        data.get(11, 0).map(|c| c.value.display()).as_deref(),
        Some("12")
    );
    assert!(data.get(1_048_575, 16_383).is_some());
    assert!(data.hidden);
}

#[test]
fn reads_the_layout_in_the_same_pass() {
    let xml = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><cols><col min="2" max="3" hidden="1"/><col min="5" max="5" hidden="true" width="3"/></cols><sheetData><row r="1"><c r="A1" s="4"><v>1</v></c></row><row r="3" hidden="1"><c r="A3"><v>2</v></c></row><row hidden="1"/></sheetData><mergeCells count="1"><mergeCell ref="A5:B6"/></mergeCells></worksheet>"#;
    let bytes = workbook(&[("Data", "", xml)], STRINGS, false);
    let sheets = same_as_calamine(&bytes);
    let data = &sheets[0];
    assert!(data.hidden_cols.contains(1) && data.hidden_cols.contains(2));
    assert!(!data.hidden_cols.contains(3) && data.hidden_cols.contains(4));
    assert!(data.hidden_rows.contains(2) && data.hidden_rows.contains(3));
    assert!(!data.hidden_rows.contains(0));
    assert_eq!(data.merges.len(), 1);
    assert_eq!(data.merges[0].a1(), "A5:B6");
    assert_eq!(
        data.get(0, 0).and_then(|cell| data.number_format(cell)),
        Some("[$EUR] #,##0")
    );
}

/// A sheet that calamine refused is refused, as a problem of the sheet or of its part; one
/// whose XML is broken after its cells still says so.
#[test]
fn refuses_what_calamine_refused() {
    let refused = [
        r#"<row r="1"><c r="A1" t="s"><v>99</v></c></row>"#,
        r#"<row r="1"><c r="A1" t="x"><v>1</v></c></row>"#,
        r#"<row r="1"><c r="A1" t="b"><v>yes</v></c></row>"#,
        r#"<row r="1"><c r="A1" t="e"><v>#OOPS</v></c></row>"#,
        r#"<row r="1"><c r="A1" t="n"><v>abc</v></c></row>"#,
        r#"<row r="1"><c r="$A$1"><v>1</v></c></row>"#,
        r#"<row r="1"><c r="A1"><f t="shared">A1</f></c></row>"#,
        r#"<row r="1"><c r="A1"><x/></c></row>"#,
        r#"<row r="A"><c r="A1"><v>1</v></c></row>"#,
    ];
    for rows in refused {
        let bytes = workbook(&[("Data", "", &sheet(rows))], STRINGS, false);
        assert!(read_with_calamine(&bytes).is_err(), "calamine reads {rows}");
        let error = xlsx::read(&bytes, &Limits::default()).expect_err(rows);
        assert!(
            matches!(error, ReadError::Sheet { ref sheet, .. } if sheet == "Data"),
            "{rows}: {error}"
        );
    }
    // Where calamine's row numbers wrap around, the reader refuses the sheet.
    let far = sheet(r#"<row r="1"><c r="A99999999999"><v>1</v></c></row>"#);
    let bytes = workbook(&[("Data", "", &far)], STRINGS, false);
    assert!(matches!(
        xlsx::read(&bytes, &Limits::default()),
        Err(ReadError::Sheet { .. })
    ));
    let bytes = workbook(
        &[(
            "Data",
            "",
            &format!(
                "{}<oops",
                sheet(r#"<row r="1"><c r="A1"><v>1</v></c></row>"#)
            ),
        )],
        STRINGS,
        false,
    );
    let error = xlsx::read(&bytes, &Limits::default()).expect_err("broken XML");
    assert!(matches!(error, ReadError::Part { .. }), "{error}");
    let no_data = r#"<?xml version="1.0"?><worksheet/>"#;
    let bytes = workbook(&[("Data", "", no_data)], STRINGS, false);
    assert!(matches!(
        xlsx::read(&bytes, &Limits::default()),
        Err(ReadError::Sheet { .. })
    ));
}

#[test]
fn survives_hostile_workbooks() {
    let huge_count = r#"<sst uniqueCount="99999999999999"><si><t>a</t></si></sst>"#;
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#;
    let bytes = workbook(&[("Data", "", &sheet(rows))], huge_count, false);
    // (calamine reserved room for as many strings as the count said, and aborted.)
    let read = xlsx::read(&bytes, &Limits::default()).expect("read");
    assert_eq!(read.sheets[0].cells.len(), 1);
    let deep = format!(
        "{}{}",
        "<row><c><is>".repeat(200),
        "</is></c></row>".repeat(200)
    );
    let bytes = workbook(&[("Data", "", &sheet(&deep))], STRINGS, false);
    let _ = xlsx::read(&bytes, &Limits::default());
    let limits = Limits {
        max_cells: 3,
        ..Limits::default()
    };
    let many = r#"<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1</v></c><c r="C1"><v>1</v></c><c r="D1"><v>1</v></c></row>"#;
    let bytes = workbook(&[("Data", "", &sheet(many))], STRINGS, false);
    assert!(matches!(
        xlsx::read(&bytes, &limits),
        Err(ReadError::Limit(_))
    ));
}

/// Every `.xlsx`/`.xlsm` under `fixtures/` that passes the container checks reads as calamine
/// read it: the same cells, literal cells and lookups, or a refusal where calamine refused.
#[test]
fn reads_every_fixture_as_calamine_did() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut pending = vec![root];
    let mut files = Vec::new();
    while let Some(folder) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm"))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 50, "the fixtures are there");
    for path in files {
        let bytes = std::fs::read(&path).expect("fixture");
        if !bytes.starts_with(b"PK")
            || crate::container::zip_check::inspect(&bytes, &Limits::default()).is_err()
        {
            continue;
        }
        let ours = xlsx::read(&bytes, &Limits::default());
        match read_with_calamine(&bytes) {
            Ok(theirs) => {
                let ours = ours.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert_eq!(ours.sheets.len(), theirs.len(), "{}", path.display());
                for (ours, theirs) in ours.sheets.iter().zip(&theirs) {
                    assert_eq!(ours.name, theirs.name, "{}", path.display());
                    assert_eq!(ours.hidden, theirs.hidden, "{}", path.display());
                    assert!(
                        described(ours) == described(theirs),
                        "{}: sheet {}",
                        path.display(),
                        ours.name
                    );
                }
            }
            Err(words) => assert!(ours.is_err(), "{}: calamine said {words}", path.display()),
        }
    }
}

/// Two sheets of one name (which no program writes): calamine read the cells of the first for
/// both, and the layout was that of the last; so it stays.
#[test]
fn reads_sheets_of_one_name_as_before() {
    let first = sheet(r#"<row r="1"><c r="A1"><v>1</v></c></row>"#);
    let last = sheet(r#"<row r="1"><c r="A1"><v>2</v></c></row><row r="4" hidden="1"/>"#);
    let bytes = workbook(&[("Data", "", &first), ("Data", "", &last)], STRINGS, false);
    let sheets = same_as_calamine(&bytes);
    for sheet in &sheets {
        assert_eq!(
            sheet.get(0, 0).map(|cell| cell.value.display()).as_deref(),
            Some("1")
        );
        assert!(sheet.hidden_rows.contains(3));
    }
}

/// Whether the layout pass, which read a sheet's XML whole before calamine read its cells,
/// found it well-formed.
fn well_formed(xml: &str) -> bool {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
}

/// Sheets and shared strings cut at random places read as calamine read them: the same cells
/// where calamine read the sheet, a refusal where it refused; never a panic.
#[test]
fn damaged_sheets_read_as_calamine_read_them() {
    let rows = r#"<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve"> line</t></r></is></c><c r="C1" t="str"><f>"a"</f><v>a_x0009_</v></c></row><row><c s="1"><v>45440</v></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c><c><f t="shared" ref="C2:C3" si="0">A2</f><v>3</v></c></row><row r="5" hidden="1"><c r="A5" t="d"><v>2024-01-02</v></c><c r="D5"><f t="shared" si="0"/></c></row>"#;
    let base_sheet = sheet(rows);
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let cut = |text: &str, at: u64, length: u64| -> String {
        let chars: Vec<char> = text.chars().collect();
        let at = (at as usize) % chars.len();
        let end = (at + (length as usize % 12)).min(chars.len());
        chars[..at].iter().chain(&chars[end..]).collect()
    };
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut compared = 0;
    for round in 0..300 {
        let (sheet_xml, strings) = if round % 3 == 0 {
            (base_sheet.clone(), cut(STRINGS, next(), next()))
        } else {
            (cut(&base_sheet, next(), next()), STRINGS.to_owned())
        };
        let bytes = workbook(&[("Data", "", &sheet_xml)], &strings, false);
        let ours = std::panic::catch_unwind(|| xlsx::read(&bytes, &Limits::default()));
        let Ok(ours) = ours else {
            std::panic::set_hook(previous_hook);
            panic!("the reader panicked on {sheet_xml} / {strings}");
        };
        let Ok(theirs) = std::panic::catch_unwind(|| read_with_calamine(&bytes)) else {
            continue;
        };
        if !well_formed(&sheet_xml) {
            // The layout pass, which read the whole part first, refused it.
            assert!(
                matches!(ours, Err(ReadError::Part { .. })),
                "{sheet_xml}: {:?}",
                ours.map(|_| ())
            );
            continue;
        }
        match (ours, theirs) {
            (Ok(ours), Ok(theirs)) => {
                compared += 1;
                for (ours, theirs) in ours.sheets.iter().zip(&theirs) {
                    assert!(
                        described(ours) == described(theirs),
                        "{sheet_xml}\n{strings}"
                    );
                }
            }
            (Err(_), Err(_)) => {}
            (ours, theirs) => {
                std::panic::set_hook(previous_hook);
                panic!(
                    "{sheet_xml}\n{strings}\nours: {:?}\ncalamine: {:?}",
                    ours.map(|_| ()),
                    theirs.map(|_| ())
                );
            }
        }
    }
    std::panic::set_hook(previous_hook);
    assert!(compared > 50, "{compared} damaged workbooks both read");
}
