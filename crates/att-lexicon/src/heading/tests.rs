use super::*;
use att_schema::DirectionKind::{Exports, Imports};

fn column(text: &str) -> Option<Column> {
    match_heading(text).map(|m| m.column)
}

#[test]
fn template_headings_in_three_languages() {
    let cases: &[(&str, Column, Option<DirectionKind>)] = &[
        ("Category / sub-category (I–VIII)", Column::Category, None),
        ("Final importing State", Column::Partner, Some(Exports)),
        ("Exporting State", Column::Partner, Some(Imports)),
        ("Number of items", Column::Items, None),
        ("Value (with currency)", Column::Value, None),
        (
            "State of origin (if not exporter)",
            Column::StateOfOrigin,
            None,
        ),
        (
            "Intermediate location(s) (if any)",
            Column::IntermediateLocations,
            None,
        ),
        ("Description of item", Column::Description, None),
        ("Comments on the transfer", Column::Comments, None),
        ("Catégorie", Column::Category, None),
        ("État importateur final", Column::Partner, Some(Exports)),
        ("État exportateur", Column::Partner, Some(Imports)),
        ("Nombre d'articles / Nombre d'unités", Column::Items, None),
        ("Nombre d'unités", Column::Items, None),
        ("Valeur", Column::Value, None),
        (
            "État d'origine (si autre que l'exportateur)",
            Column::StateOfOrigin,
            None,
        ),
        (
            "Lieu(x) intermédiaire(s) (le cas échéant)",
            Column::IntermediateLocations,
            None,
        ),
        (
            "Description de l'article / du matériel",
            Column::Description,
            None,
        ),
        ("Observations sur le transfert", Column::Comments, None),
        ("Categoría", Column::Category, None),
        ("Estado importador final", Column::Partner, Some(Exports)),
        ("Estado exportador", Column::Partner, Some(Imports)),
        (
            "Número de artículos / Número de unidades",
            Column::Items,
            None,
        ),
        ("Número de unidades", Column::Items, None),
        ("Valor", Column::Value, None),
        (
            "Estado de origen (si no es el exportador)",
            Column::StateOfOrigin,
            None,
        ),
        (
            "Lugar(es) intermedio(s) (si procede)",
            Column::IntermediateLocations,
            None,
        ),
        (
            "Descripción del artículo / del material",
            Column::Description,
            None,
        ),
        (
            "Observaciones sobre la transferencia",
            Column::Comments,
            None,
        ),
        ("autorisées / effectives", Column::Basis, None),
        ("autorizadas / efectivas", Column::Basis, None),
    ];
    for &(text, expected, direction) in cases {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?} did not match"));
        assert_eq!(
            (found.column, found.direction),
            (expected, direction),
            "{text:?}"
        );
        assert!(found.exact, "{text:?} should be exact");
    }
}

#[test]
fn national_synonyms() {
    let cases: &[(&str, Column, Option<DirectionKind>)] = &[
        ("Quantity", Column::Items, None),
        ("Qty", Column::Items, None),
        ("Qty.", Column::Items, None),
        ("Units", Column::Items, None),
        ("Number", Column::Items, None),
        ("Cantidad", Column::Items, None),
        ("Quantité", Column::Items, None),
        ("Importing country", Column::Partner, Some(Exports)),
        ("Recipient", Column::Partner, Some(Exports)),
        ("Destination", Column::Partner, Some(Exports)),
        ("Country of destination", Column::Partner, Some(Exports)),
        ("Pays de destination", Column::Partner, Some(Exports)),
        ("País de destino", Column::Partner, Some(Exports)),
        ("Exporting country", Column::Partner, Some(Imports)),
        ("Supplier", Column::Partner, Some(Imports)),
        (
            "Country of origin of the shipment",
            Column::Partner,
            Some(Imports),
        ),
        ("Fournisseur", Column::Partner, Some(Imports)),
        ("Proveedor", Column::Partner, Some(Imports)),
        ("Country", Column::Partner, None),
        ("Remarks", Column::Comments, None),
        ("Notes", Column::Comments, None),
        ("Type", Column::Description, None),
        ("Designation", Column::Description, None),
        ("Model", Column::Description, None),
        ("Authorised/Actual", Column::Basis, None),
        ("Status", Column::Basis, None),
        ("Transit", Column::IntermediateLocations, None),
        ("Currency", Column::Currency, None),
        ("Monnaie", Column::Currency, None),
        ("Moneda", Column::Currency, None),
        ("National category", Column::NationalCategory, None),
        ("Catégorie nationale", Column::NationalCategory, None),
        ("Categoría nacional", Column::NationalCategory, None),
        ("Country of origin", Column::StateOfOrigin, None),
    ];
    for &(text, expected, direction) in cases {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?} did not match"));
        assert_eq!(
            (found.column, found.direction),
            (expected, direction),
            "{text:?}"
        );
    }
}

#[test]
fn state_of_origin_is_never_the_partner() {
    for text in [
        "State of origin",
        "State of origin (if not exporter)",
        "STATE OF ORIGIN",
        "État d'origine",
        "Estado de origen",
        "State of origin¹",
    ] {
        assert_eq!(column(text), Some(Column::StateOfOrigin), "{text:?}");
    }
}

#[test]
fn long_template_headings_with_explanations() {
    for (text, expected) in [
        (
            "Final importing State\n(name of the State)",
            Column::Partner,
        ),
        (
            "Description of item (model, type, calibre)",
            Column::Description,
        ),
        (
            "Description of item\r\n(model, type, calibre)",
            Column::Description,
        ),
        ("Exporting State\n(name of the State)", Column::Partner),
        ("Number of\nitems", Column::Items),
        ("Category / sub-category\n(I–VIII)", Column::Category),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.column, expected, "{text:?}");
        assert!(found.exact, "{text:?}");
    }
}

#[test]
fn unknown_explanations_are_allowed_but_not_exact() {
    let found = match_heading("Comments (sale, gift or loan; end user)").expect("matches");
    assert_eq!(found.column, Column::Comments);
    assert!(!found.exact);
}

#[test]
fn footnote_marks_are_ignored() {
    for text in [
        "Value¹",
        "Value (1)",
        "Value*",
        "Value [a]",
        "Value²³",
        "Value (*)",
        "Value1",
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.column, Column::Value, "{text:?}");
        assert!(found.exact, "{text:?}");
    }
}

#[test]
fn currency_in_value_headings() {
    for (text, code, written) in [
        ("Value (EUR)", Some("EUR"), Some("eur")),
        ("Valor en USD", Some("USD"), Some("usd")),
        ("Value in US$", Some("USD"), Some("US$")),
        ("Valeur (en euros)", Some("EUR"), Some("euros")),
        ("Value (€)", Some("EUR"), Some("€")),
        ("Value ($)", None, Some("$")),
        (
            "Value in Swedish kronor",
            Some("SEK"),
            Some("swedish kronor"),
        ),
        ("Value (XOF)", Some("XOF"), Some("xof")),
        ("Valor (dólares)", None, Some("dolares")),
        ("Valeur (francs CFA)", None, Some("francs cfa")),
        ("Value (USD)", Some("USD"), Some("usd")),
        (
            "Valor (pesos mexicanos)",
            Some("MXN"),
            Some("pesos mexicanos"),
        ),
        ("Value", None, None),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.column, Column::Value, "{text:?}");
        assert_eq!(found.currency.as_deref(), code, "{text:?}");
        assert_eq!(found.currency_text.as_deref(), written, "{text:?}");
    }
}

#[test]
fn shared_and_qualified_signs_in_value_headings() {
    // A sign of one currency gives its code; a shared one is handed on as written, for the
    // reader to resolve with the reporting State.
    for (text, code, written, multiplier) in [
        ("Valeur ($ CA)", Some("CAD"), "$ CA", None),
        ("Valeur (CA$)", Some("CAD"), "CA$", None),
        (
            "Value (NZ$ m)",
            Some("NZD"),
            "NZ$",
            Some(Multiplier::Million),
        ),
        ("Value in HK$", Some("HKD"), "HK$", None),
        ("Value (S$)", Some("SGD"), "S$", None),
        (
            "Value (A$ thousands)",
            Some("AUD"),
            "A$",
            Some(Multiplier::Thousand),
        ),
        (
            "Value (R million)",
            Some("ZAR"),
            "r",
            Some(Multiplier::Million),
        ),
        ("Valeur (C$)", None, "C$", None),
        ("Valeur (FCFA)", None, "fcfa", None),
        ("Valeur en F CFA", None, "f cfa", None),
        (
            "Valeur (millions de FCFA)",
            None,
            "fcfa",
            Some(Multiplier::Million),
        ),
        ("Value (kr.)", None, "kr", None),
        ("Value (Kč)", Some("CZK"), "Kč", None),
        ("Value ($ m)", None, "$", Some(Multiplier::Million)),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.column, Column::Value, "{text:?}");
        assert_eq!(found.currency.as_deref(), code, "{text:?}");
        assert_eq!(found.currency_text.as_deref(), Some(written), "{text:?}");
        assert_eq!(found.multiplier, multiplier, "{text:?}");
        assert!(found.exact, "{text:?}");
    }
    // A lone small letter is not a sign.
    let found = match_heading("Value (r million)").expect("a value heading");
    assert_eq!(found.currency_text, None);
}

#[test]
fn multipliers_in_value_headings() {
    for (text, multiplier, code) in [
        ("Value (USD thousands)", Multiplier::Thousand, Some("USD")),
        ("Value ('000 EUR)", Multiplier::Thousand, Some("EUR")),
        (
            "Valeur (en millions d'euros)",
            Multiplier::Million,
            Some("EUR"),
        ),
        ("Valor (miles de USD)", Multiplier::Thousand, Some("USD")),
        ("Value in EUR million", Multiplier::Million, Some("EUR")),
        (
            "Valor (mil millones de USD)",
            Multiplier::Billion,
            Some("USD"),
        ),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.multiplier, Some(multiplier), "{text:?}");
        assert_eq!(found.currency.as_deref(), code, "{text:?}");
    }
}

#[test]
fn basis_and_direction_qualifiers() {
    let found = match_heading("Number of items (actual)").expect("matches");
    assert_eq!(
        (found.column, found.basis),
        (Column::Items, Some(Basis::Actual))
    );
    let found = match_heading("Value of authorised exports (EUR)").expect("matches");
    assert_eq!(found.column, Column::Value);
    assert_eq!(found.basis, Some(Basis::Authorized));
    assert_eq!(found.direction, Some(Exports));
    assert_eq!(found.currency.as_deref(), Some("EUR"));
    let found = match_heading("Actual exports – number of items").expect("matches");
    assert_eq!(
        (found.column, found.basis),
        (Column::Items, Some(Basis::Actual))
    );
    let found = match_heading("Nombre d'articles importés").expect("matches");
    assert_eq!(found.direction, Some(Imports));
    let found = match_heading("Authorised/Actual").expect("matches");
    assert_eq!((found.column, found.basis), (Column::Basis, None));
}

#[test]
fn sentences_and_data_are_not_headings() {
    for text in [
        "The value of the transfer is confidential",
        "Value of exports is given in the comments",
        "Exports",
        "Total",
        "Germany",
        "United States",
        "Type 99",
        "1200",
        "",
        "   ",
        "No.",
        "#",
        "EUR",
        "Actual",
        "Battle tanks",
        "Licence number",
        "Licence no.",
        "Permit number",
        "Number of licences",
        "Export licence number",
        "Date of delivery",
    ] {
        assert_eq!(match_heading(text), None, "{text:?}");
    }
    let long = "Value ".repeat(50);
    assert_eq!(match_heading(&long), None);
}

#[test]
fn currency_words_only_qualify_values() {
    assert_eq!(match_heading("Comments EUR"), None);
    assert_eq!(match_heading("Number of items in thousands"), None);
}

#[test]
fn closest_heading_suggests_known_headings() {
    assert_eq!(
        closest_heading("Final importing Sate"),
        Some((Column::Partner, "Final importing State"))
    );
    assert_eq!(
        closest_heading("Numbre of itmes"),
        Some((Column::Items, "Number of items"))
    );
    assert_eq!(
        closest_heading("Quantty"),
        Some((Column::Items, "Quantity"))
    );
    assert_eq!(closest_heading("Valuer"), Some((Column::Value, "Value")));
    assert_eq!(
        closest_heading("Descripton of item\n(model)"),
        Some((Column::Description, "Description of item"))
    );
    assert_eq!(closest_heading("Licence number"), None);
    assert_eq!(closest_heading("Serial"), None);
    assert_eq!(closest_heading(""), None);
}

#[test]
fn canonical_headings_match_back_in_every_language() {
    for lang in Lang::ALL {
        for direction in DirectionKind::ALL {
            for column in Column::ALL {
                let text = canonical_heading(column, direction, lang);
                let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
                assert_eq!(found.column, column, "{text:?}");
                assert!(found.exact, "{text:?}");
                if matches!(column, Column::Partner | Column::PartnerCode) {
                    assert_eq!(found.direction, Some(direction), "{text:?}");
                }
            }
        }
    }
    assert_eq!(
        canonical_heading(Column::Partner, Exports, Lang::Es),
        "Estado importador final"
    );
    assert_eq!(
        canonical_heading(Column::Items, Imports, Lang::Fr),
        "Nombre d'articles"
    );
}

#[test]
fn every_listed_heading_matches_its_own_column() {
    for group in HEADINGS {
        for phrase in group.phrases {
            let found = match_heading(phrase).unwrap_or_else(|| panic!("{phrase:?}"));
            assert_eq!(found.column, group.column, "{phrase:?}");
            assert_eq!(found.direction, group.direction, "{phrase:?}");
        }
    }
}

#[test]
fn headings_carry_their_languages() {
    let (_, langs) = match_heading_with_langs("Valeur").expect("matches");
    assert!(langs.contains(Lang::Fr) && langs.len() == 1);
    let (_, langs) = match_heading_with_langs("Description").expect("matches");
    assert!(langs.contains(Lang::En) && langs.contains(Lang::Fr));
}

#[test]
fn line_breaks_anywhere() {
    for (text, expected) in [
        ("Number of\nitems", Column::Items),
        ("Final\nimporting\nState", Column::Partner),
        (
            "Final\nimporting State\n(name of the State)",
            Column::Partner,
        ),
        ("Estado\nimportador\nfinal", Column::Partner),
        ("Nombre\nd'articles", Column::Items),
        (
            "Description of\nitem\n(model, type, calibre)",
            Column::Description,
        ),
        (
            "État d'origine\n(si autre que\nl'exportateur)",
            Column::StateOfOrigin,
        ),
        ("Value\r\n(EUR)", Column::Value),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.column, expected, "{text:?}");
        assert!(found.exact, "{text:?}");
    }
}

#[test]
fn footnote_marks_of_every_kind_on_any_heading() {
    for (text, expected) in [
        ("Value³", Column::Value),
        ("Value*", Column::Value),
        ("Value (1)", Column::Value),
        ("Value¹²", Column::Value),
        ("Final importing State²", Column::Partner),
        ("Number of items (a)", Column::Items),
        ("Valor**", Column::Value),
        ("Observations [1]", Column::Comments),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.column, expected, "{text:?}");
        assert!(found.exact, "{text:?}");
    }
}

#[test]
fn leading_numbering() {
    for (text, expected) in [
        ("1. Category", Column::Category),
        ("2) Final importing State", Column::Partner),
        ("(a) Number of items", Column::Items),
        ("a) Value", Column::Value),
        ("iii. Description of item", Column::Description),
        ("A. Final importer State(s)", Column::Partner),
        ("B. Number of items", Column::Items),
        (
            "C. State of origin (if not exporter)",
            Column::StateOfOrigin,
        ),
        (
            "D. Intermediate location(s) (if any)",
            Column::IntermediateLocations,
        ),
        ("1.2 Valeur", Column::Value),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.column, expected, "{text:?}");
        assert!(found.exact, "{text:?}");
    }
    assert_eq!(match_heading("1."), None);
    assert_eq!(
        match_heading("No. of items").map(|f| f.column),
        Some(Column::Items)
    );
}

#[test]
fn units_in_brackets() {
    for (text, multiplier, code) in [
        (
            "Value (in thousands of EUR)",
            Some(Multiplier::Thousand),
            Some("EUR"),
        ),
        (
            "Valeur (en milliers d'euros)",
            Some(Multiplier::Thousand),
            Some("EUR"),
        ),
        (
            "Valor (miles de USD)",
            Some(Multiplier::Thousand),
            Some("USD"),
        ),
        ("Value (000s)", Some(Multiplier::Thousand), None),
        ("Value ('000 USD)", Some(Multiplier::Thousand), Some("USD")),
        ("Value (USD '000)", Some(Multiplier::Thousand), Some("USD")),
        ("Value in k€", Some(Multiplier::Thousand), Some("EUR")),
        ("Wert (Mio. CHF)", Some(Multiplier::Million), Some("CHF")),
        ("Wert in Tsd. EUR", Some(Multiplier::Thousand), Some("EUR")),
        ("Value (TEUR)", Some(Multiplier::Thousand), Some("EUR")),
        ("Value (MUSD)", Some(Multiplier::Million), Some("USD")),
        (
            "Value (x 1,000 EUR)",
            Some(Multiplier::Thousand),
            Some("EUR"),
        ),
        (
            "Value (× 1 000 000 SEK)",
            Some(Multiplier::Million),
            Some("SEK"),
        ),
        (
            "Valor (millones de euros)",
            Some(Multiplier::Million),
            Some("EUR"),
        ),
        ("Valeur (en euros)", None, Some("EUR")),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.column, Column::Value, "{text:?}");
        assert_eq!(found.multiplier, multiplier, "{text:?}");
        assert_eq!(found.currency.as_deref(), code, "{text:?}");
        assert!(found.exact, "{text:?}");
    }
    // Units qualify values only: under another heading they are an explanation, not understood.
    let items = match_heading("Number of items (000s)").expect("matches");
    assert_eq!((items.multiplier, items.exact), (None, false));
}

/// The headings of the UN Register's standardized forms and of its published report tables.
#[test]
fn un_register_headings_in_three_languages() {
    let cases: &[(&str, Column, Option<DirectionKind>)] = &[
        ("Final importer State(s)", Column::Partner, Some(Exports)),
        ("Final importer States", Column::Partner, Some(Exports)),
        ("Importer", Column::Partner, Some(Exports)),
        ("Exporter State(s)", Column::Partner, Some(Imports)),
        ("Exporter", Column::Partner, Some(Imports)),
        ("No. of items", Column::Items, None),
        ("Number of items", Column::Items, None),
        (
            "State of origin (if not exporter)",
            Column::StateOfOrigin,
            None,
        ),
        (
            "Intermediate location(s) (if any)",
            Column::IntermediateLocations,
            None,
        ),
        ("Description of item(s)", Column::Description, None),
        ("Comments on the transfer", Column::Comments, None),
        ("Category (I-VII)", Column::Category, None),
        (
            "État(s) importateur(s) final(s)",
            Column::Partner,
            Some(Exports),
        ),
        ("État exportateur", Column::Partner, Some(Imports)),
        ("État(s) exportateur(s)", Column::Partner, Some(Imports)),
        ("Nombre d'unités", Column::Items, None),
        (
            "État d'origine (si différent de l'exportateur)",
            Column::StateOfOrigin,
            None,
        ),
        ("Lieu de transit", Column::IntermediateLocations, None),
        (
            "Lieu de transit (le cas échéant)",
            Column::IntermediateLocations,
            None,
        ),
        ("Description du matériel", Column::Description, None),
        ("Observations", Column::Comments, None),
        ("Catégories (I-VII)", Column::Category, None),
        (
            "Estado(s) importador(es) final(es)",
            Column::Partner,
            Some(Exports),
        ),
        ("Estado exportador", Column::Partner, Some(Imports)),
        ("Estado(s) exportador(es)", Column::Partner, Some(Imports)),
        ("Número de unidades", Column::Items, None),
        ("Lugar intermedio", Column::IntermediateLocations, None),
        (
            "Lugar intermedio (si lo hay)",
            Column::IntermediateLocations,
            None,
        ),
        ("Lugar de tránsito", Column::IntermediateLocations, None),
        ("Descripción del material", Column::Description, None),
        ("Observaciones", Column::Comments, None),
        ("Categorías (I-VII)", Column::Category, None),
    ];
    for &(text, expected, direction) in cases {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?} did not match"));
        assert_eq!(
            (found.column, found.direction),
            (expected, direction),
            "{text:?}"
        );
        assert!(found.exact, "{text:?} should be exact");
    }
}

#[test]
fn party_columns_say_their_side() {
    for (text, side) in [
        ("Exporter", TransferSide::Exporter),
        ("Exporting State", TransferSide::Exporter),
        ("Estado exportador", TransferSide::Exporter),
        ("Supplier", TransferSide::Exporter),
        ("Importer", TransferSide::Importer),
        ("Final importer State(s)", TransferSide::Importer),
        ("État importateur final", TransferSide::Importer),
        ("Importing State code", TransferSide::Importer),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.side(), Some(side), "{text:?}");
    }
    for text in ["Country", "State of origin", "Value of exports"] {
        assert_eq!(match_heading(text).and_then(|f| f.side()), None, "{text:?}");
    }
}

#[test]
fn german_headings_of_national_statistics() {
    for (text, column, direction) in [
        ("Bestimmungs-/Lieferland", Column::Partner, Some(Exports)),
        ("Endempfängerstaat", Column::Partner, Some(Exports)),
        ("Land", Column::Partner, None),
        ("Position / Wert [CHF]", Column::Value, None),
        ("Position / EKN", Column::NationalCategory, None),
        ("Position / Güterart", Column::Description, None),
        ("Anzahl", Column::Items, None),
        ("Ursprungsland", Column::StateOfOrigin, None),
        ("Bemerkungen", Column::Comments, None),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(
            (found.column, found.direction),
            (column, direction),
            "{text:?}"
        );
    }
    assert_eq!(
        match_heading("Position / Wert [CHF]").and_then(|f| f.currency),
        Some("CHF".to_owned())
    );
    // German headings do not vote for a language of the Treaty.
    let (_, langs) = match_heading_with_langs("Wert").expect("matches");
    assert!(langs.is_empty());
}

#[test]
fn italian_portuguese_and_dutch_headings_of_national_layouts() {
    for (text, column, direction) in [
        ("Paese di destinazione", Column::Partner, Some(Exports)),
        ("Paese di provenienza", Column::Partner, Some(Imports)),
        ("Paese di origine", Column::StateOfOrigin, None),
        ("Quantità", Column::Items, None),
        ("Valore (€)", Column::Value, None),
        ("Descrizione del materiale", Column::Description, None),
        ("Osservazioni", Column::Comments, None),
        ("Note", Column::Comments, None),
        ("País de destino", Column::Partner, Some(Exports)),
        ("País exportador", Column::Partner, Some(Imports)),
        ("País de origem", Column::StateOfOrigin, None),
        ("Quantidade", Column::Items, None),
        ("Valor (EUR)", Column::Value, None),
        ("Descrição", Column::Description, None),
        ("Observações", Column::Comments, None),
        ("Categoria", Column::Category, None),
        ("Categorie", Column::Category, None),
        ("Land van bestemming", Column::Partner, Some(Exports)),
        ("Land van herkomst", Column::Partner, Some(Imports)),
        ("Land van oorsprong", Column::StateOfOrigin, None),
        ("Aantal", Column::Items, None),
        ("Waarde (EUR)", Column::Value, None),
        ("Omschrijving", Column::Description, None),
        ("Opmerkingen", Column::Comments, None),
        ("Herkunftsland", Column::Partner, Some(Imports)),
        ("Ursprungsland", Column::StateOfOrigin, None),
        ("Bezeichnung", Column::Description, None),
        ("Bemerkungen", Column::Comments, None),
    ] {
        let found = match_heading(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(
            (found.column, found.direction),
            (column, direction),
            "{text:?}"
        );
        assert!(found.exact, "{text:?}");
    }
    assert_eq!(
        match_heading("Valore (€)").and_then(|f| f.currency),
        Some("EUR".to_owned())
    );
    // They do not vote for a language of the Treaty; a spelling shared with Spanish or French
    // keeps that language.
    for text in [
        "Quantità",
        "Omschrijving",
        "Observações",
        "Land van oorsprong",
    ] {
        let (_, langs) = match_heading_with_langs(text).expect("matches");
        assert!(langs.is_empty(), "{text:?}");
    }
    let (_, langs) = match_heading_with_langs("País de destino").expect("matches");
    assert!(langs.contains(Lang::Es));
    assert_eq!(
        crate::lang::guess_language(&[
            "Land van bestemming",
            "Aantal",
            "Waarde",
            "Omschrijving",
            "Value",
        ]),
        Some(Lang::En),
        "one English heading outweighs none"
    );
}

#[test]
fn items_number_and_end_user_headings() {
    for (text, column) in [
        ("Items", Column::Items),
        ("Number", Column::Items),
        ("No. of items", Column::Items),
        ("Désignation du matériel", Column::Description),
        ("Désignation", Column::Description),
        ("End user", Column::Comments),
        ("End-user", Column::Comments),
        ("Utilisateur final", Column::Comments),
        ("Usuario final", Column::Comments),
        ("End-user country", Column::Partner),
    ] {
        assert_eq!(
            match_heading(text).map(|f| f.column),
            Some(column),
            "{text:?}"
        );
    }
}
