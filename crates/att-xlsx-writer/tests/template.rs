//! The blank template: what it reads back as, what `att validate` says of it, and what a
//! spreadsheet program finds in it (sheets, drop-downs, protection, printing, versions).

mod common;

use att_schema::{Lang, Location};

/// The sheets of the template in each language, in tab order; the last is hidden.
fn sheet_names(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::En => [
            "Title page",
            "Exports",
            "Imports",
            "National definitions",
            "Instructions",
            "att",
        ],
        Lang::Fr => [
            "Page de titre",
            "Exportations",
            "Importations",
            "Définitions nationales",
            "Instructions",
            "att",
        ],
        Lang::Es => [
            "Portada",
            "Exportaciones",
            "Importaciones",
            "Definiciones nacionales",
            "Instrucciones",
            "att",
        ],
    }
}

#[test]
fn a_blank_template_reads_back_as_an_empty_report_without_a_word_from_the_reader() {
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::template(lang).expect("writes");
        let read = common::read(&bytes);
        let expected = serde_json::to_value(att_xlsx_writer::blank_report(lang)).expect("json");
        assert_eq!(*read.document(), expected, "{lang}");
        assert_eq!(
            read.document()["exports"]["entries"]
                .as_array()
                .map(Vec::len),
            Some(0)
        );
        let said: Vec<&str> = read.diagnostics.iter().map(|d| d.code()).collect();
        assert!(said.is_empty(), "{lang}: {said:?}");
    }
}

#[test]
fn a_blank_template_has_exactly_the_findings_of_an_empty_form() {
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::template(lang).expect("writes");
        let loaded = att_core::load(&bytes, &att_core::Limits::default()).expect("loads");
        let diagnostics = att_core::check(&loaded, &att_validate::Validator::new());
        let found: Vec<(&str, String)> = diagnostics
            .iter()
            .map(|d| {
                let at = d.location.as_ref().map(Location::to_string);
                (d.code(), at.unwrap_or_default())
            })
            .collect();
        let title = sheet_names(lang)[0];
        let quoted = if title.contains(' ') {
            format!("'{title}'")
        } else {
            title.to_owned()
        };
        let at = |cell: &str| format!("{quoted}!{cell}");
        // Reporting State and year missing, publication not stated, and neither a table nor a
        // nil report for exports and imports, each at the box to fill on the title page.
        assert_eq!(
            found,
            [
                ("ATT0201", at("B3")),
                ("ATT0203", at("B5")),
                ("ATT0261", at("B7")),
                ("ATT0206", at("B18")),
                ("ATT0206", at("B20")),
            ],
            "{lang}"
        );
    }
}

#[test]
fn sheets_are_named_in_the_language_and_the_lists_are_hidden() {
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::template(lang).expect("writes");
        let sheets = common::sheets(&bytes);
        let names: Vec<&str> = sheets.iter().map(|(name, ..)| name.as_str()).collect();
        assert_eq!(names, sheet_names(lang), "{lang}");
        let hidden: Vec<&str> = sheets
            .iter()
            .filter(|(.., hidden)| *hidden)
            .map(|(name, ..)| name.as_str())
            .collect();
        assert_eq!(hidden, ["att"], "{lang}");
    }
}

#[test]
fn every_visible_sheet_is_protected_without_a_password_and_input_cells_are_unlocked() {
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::template(lang).expect("writes");
        for (name, ..) in common::sheets(&bytes) {
            let xml = common::sheet_xml(&bytes, &name);
            let protection = common::elements(&xml, "sheetProtection");
            assert_eq!(protection.len(), 1, "{name}");
            assert!(protection[0].contains("sheet=\"1\""), "{name}");
            assert!(!protection[0].contains("password"), "{name}");
        }
        let styles = common::part(&bytes, "xl/styles.xml");
        assert!(
            styles.contains("<protection locked=\"0\"/>"),
            "input cells are unlocked"
        );
    }
}

#[test]
fn drop_downs_offer_categories_states_currencies_bases_and_yes_no() {
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::template(lang).expect("writes");
        let names = sheet_names(lang);
        let lists = |sheet: &str| -> Vec<String> {
            let xml = common::sheet_xml(&bytes, sheet);
            let mut found: Vec<String> = xml
                .split("<dataValidation ")
                .skip(1)
                .filter(|validation| validation.starts_with("type=\"list\""))
                .filter_map(|validation| {
                    let start = validation.find("<formula1>")? + "<formula1>".len();
                    let end = validation.find("</formula1>")?;
                    let sqref = validation.split("sqref=\"").nth(1)?.split('"').next()?;
                    Some(format!("{sqref} {}", &validation[start..end]))
                })
                .collect();
            found.sort_by_key(|list| {
                let cell = list.split([' ', ':']).next().unwrap_or_default().to_owned();
                let digits = cell.trim_start_matches(char::is_alphabetic).len();
                (
                    cell.len() - digits,
                    cell[cell.len() - digits..].parse::<u32>().unwrap_or(0),
                    cell,
                )
            });
            found
        };
        assert_eq!(
            lists(names[0]),
            [
                "B3 att_state_names",
                "B7 att_yes_no",
                "B18 att_yes_no",
                "B19 att_yes_no",
                "B20 att_yes_no",
                "B21 att_yes_no",
                "B22 att_yes_no",
                "B25 att_yes_no",
                "B26 att_yes_no",
                "B30 att_languages",
            ],
            "{lang}"
        );
        for table in [names[1], names[2]] {
            assert_eq!(
                lists(table),
                [
                    "B2 att_bases",
                    "A5:A504 att_categories",
                    "C5:C504 att_state_names",
                    "G5:G504 att_currencies",
                    "H5:H504 att_entry_bases",
                    "I5:I504 att_state_names",
                ],
                "{lang} {table}"
            );
        }
        assert_eq!(lists(names[3]), ["A4:A104 att_categories"], "{lang}");
        let workbook = common::part(&bytes, "xl/workbook.xml");
        for (name, range) in [
            ("att_state_names", "att!$A$3:$A$252"),
            ("att_state_codes", "att!$A$3:$B$252"),
            ("att_categories", "att!$D$3:$D$32"),
            ("att_yes_no", "att!$H$3:$H$4"),
            ("att_bases", "att!$J$3:$J$5"),
            ("att_entry_bases", "att!$L$3:$L$4"),
            ("att_languages", "att!$N$3:$N$5"),
        ] {
            assert!(
                workbook.contains(&format!(
                    "<definedName name=\"{name}\">{range}</definedName>"
                )),
                "{lang}: {name}"
            );
        }
    }
}

#[test]
fn the_lists_hold_what_the_reader_reads() {
    let bytes = att_xlsx_writer::template(Lang::Fr).expect("writes");
    let strings = common::part(&bytes, "xl/sharedStrings.xml");
    for text in [
        "VIII.SA.2 – Fusils et carabines",
        "Catégorie nationale",
        "Norvège",
        "Autorisées",
        "Effectives",
        "Les deux",
        "Oui",
        "Non",
        "att-workbook",
    ] {
        assert!(strings.contains(&format!(">{text}<")), "{text}");
    }
    let lists = common::sheet_xml(&bytes, "att");
    assert!(lists.contains(">SEK<") || strings.contains(">SEK<"));
}

#[test]
fn tables_freeze_their_header_and_print_landscape_fitting_the_width() {
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::template(lang).expect("writes");
        let names = sheet_names(lang);
        for table in [names[1], names[2]] {
            let xml = common::sheet_xml(&bytes, table);
            let pane = common::elements(&xml, "pane");
            assert!(
                pane.len() == 1 && pane[0].contains("ySplit=\"4\"") && pane[0].contains("frozen"),
                "{lang} {table}: {pane:?}"
            );
            let setup = common::elements(&xml, "pageSetup");
            assert!(setup[0].contains("orientation=\"landscape\""), "{table}");
            assert!(setup[0].contains("fitToHeight=\"0\""), "{table}");
            assert!(xml.contains("<pageSetUpPr fitToPage=\"1\"/>"), "{table}");
            assert!(
                xml.contains("<ignoredError sqref=\"A5:N504\" unlockedFormula=\"1\"/>"),
                "{table}: code lookups in unlocked cells are not flagged"
            );
        }
        let workbook = common::part(&bytes, "xl/workbook.xml");
        for table in [names[1], names[2]] {
            assert!(
                workbook.contains(&format!("{table}!$1:$4</definedName>")),
                "{lang}: the header rows of {table} repeat on every printed page"
            );
        }
    }
}

#[test]
fn the_workbook_says_which_template_and_schema_version_it_is() {
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::template(lang).expect("writes");
        let lists = common::sheet_xml(&bytes, att_workbook::SHEET);
        let strings = common::part(&bytes, "xl/sharedStrings.xml");
        assert!(strings.contains(&format!(">{}<", att_workbook::SIGNATURE)));
        assert!(lists.contains("<c r=\"A1\"") && lists.contains("<c r=\"B1\""));
        let custom = common::part(&bytes, "docProps/custom.xml");
        for (name, value) in [
            ("att workbook version", att_workbook::FORMAT_VERSION),
            ("att schema version", att_schema::SCHEMA_VERSION),
            ("att language", lang.code()),
        ] {
            assert!(
                custom.contains(&format!("name=\"{name}\"><vt:lpwstr>{value}</vt:lpwstr>")),
                "{lang}: {name}"
            );
        }
        let read = common::read(&bytes);
        assert_eq!(
            read.document()["schema_version"],
            att_schema::SCHEMA_VERSION
        );
        assert_eq!(
            read.document()["submission"]["template"],
            att_xlsx_writer::TEMPLATE
        );
        assert_eq!(read.document()["submission"]["language"], lang.code());
    }
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    for lang in Lang::ALL {
        assert_eq!(
            att_xlsx_writer::template(lang).expect("writes"),
            att_xlsx_writer::template(lang).expect("writes"),
            "{lang}"
        );
    }
}
