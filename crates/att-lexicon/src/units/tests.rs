use super::*;

fn statement(text: &str) -> UnitStatement {
    read_unit_statement(text).unwrap_or_else(|| panic!("{text:?} is a unit statement"))
}

#[test]
fn values_with_currency_and_multiplier_in_every_language() {
    use Multiplier::{Million, Thousand};
    for (text, code, multiplier) in [
        ("Montants en milliers d'euros", Some("EUR"), Some(Thousand)),
        ("Amounts in thousands of USD", Some("USD"), Some(Thousand)),
        ("All values in EUR million", Some("EUR"), Some(Million)),
        (
            "(figures in thousands of Swiss francs)",
            Some("CHF"),
            Some(Thousand),
        ),
        ("valeurs en CHF", Some("CHF"), None),
        ("Values are expressed in US dollars.", Some("USD"), None),
        ("Les montants sont exprimés en euros", Some("EUR"), None),
        ("Valores en millones de euros", Some("EUR"), Some(Million)),
        ("Cifras en miles de USD", Some("USD"), Some(Thousand)),
        ("Amounts in '000 GBP", Some("GBP"), Some(Thousand)),
        ("Values (EUR 000s)", Some("EUR"), Some(Thousand)),
        ("in EUR", Some("EUR"), None),
        ("Werte in Tausend CHF", Some("CHF"), Some(Thousand)),
        ("Valori in migliaia di euro", Some("EUR"), Some(Thousand)),
        ("Valores em milhares de euros", Some("EUR"), Some(Thousand)),
        ("Bedragen in duizenden euro", Some("EUR"), Some(Thousand)),
        ("Beträge in TEUR", Some("EUR"), Some(Thousand)),
        ("Amounts in $ CA", Some("CAD"), None),
        ("Values in R million", Some("ZAR"), Some(Million)),
    ] {
        let units = statement(text);
        assert_eq!(units.figures, Some(Figures::Values), "{text:?}");
        assert_eq!(units.currency.as_deref(), code, "{text:?}");
        assert_eq!(units.multiplier, multiplier, "{text:?}");
        assert!(!units.national_currency, "{text:?}");
    }
}

#[test]
fn shared_currencies_are_handed_on_as_written() {
    for (text, written) in [
        ("Valores en miles de dólares", "dolares"),
        ("Montants en millions de FCFA", "fcfa"),
        ("Valeurs en F CFA", "f cfa"),
        ("Amounts in $", "$"),
        ("Values in kr.", "kr"),
        ("Montants en francs", "francs"),
    ] {
        let units = statement(text);
        assert_eq!(units.currency, None, "{text:?}");
        assert_eq!(units.currency_text.as_deref(), Some(written), "{text:?}");
        assert_eq!(units.figures, Some(Figures::Values), "{text:?}");
    }
}

#[test]
fn national_currency() {
    for text in [
        "Values in national currency",
        "Valeurs en monnaie nationale",
        "Valores en moneda nacional",
        "Amounts in local currency (thousands)",
    ] {
        let units = statement(text);
        assert!(units.national_currency, "{text:?}");
        assert_eq!(units.figures, Some(Figures::Values), "{text:?}");
        assert_eq!(units.currency_text, None, "{text:?}");
    }
    assert_eq!(read_unit_statement("National values"), None);
}

#[test]
fn counts() {
    for text in [
        "number of items",
        "(number of items)",
        "Number",
        "nombre d'articles",
        "en nombre d'unités",
        "número de unidades",
        "Quantities",
        "in units",
        "Anzahl",
    ] {
        let units = statement(text);
        assert_eq!(units.figures, Some(Figures::Counts), "{text:?}");
        assert_eq!(
            (units.currency_text, units.multiplier),
            (None, None),
            "{text:?}"
        );
    }
    // A unit word beside a currency is a unit of money.
    let units = statement("Unit: EUR thousands");
    assert_eq!(units.figures, Some(Figures::Values));
    assert_eq!(read_unit_statement("Number of items in EUR"), None);
}

#[test]
fn a_multiplier_alone_says_nothing_of_the_figures() {
    let units = statement("(in thousands)");
    assert_eq!(
        (units.figures, units.multiplier),
        (None, Some(Multiplier::Thousand))
    );
    assert_eq!(statement("x 1 000").multiplier, Some(Multiplier::Thousand));
}

#[test]
fn other_texts_are_not_unit_statements() {
    for text in [
        "",
        "Exports",
        "Values of tanks",
        "Value of the United States",
        "All",
        "in",
        "Amounts in atlantis dollars",
        "Total",
        "Germany",
        "1 200",
        "Type de données : exportations effectives",
    ] {
        assert_eq!(read_unit_statement(text), None, "{text:?}");
    }
    // A subject alone says what the figures are.
    assert_eq!(statement("Montants").figures, Some(Figures::Values));
}

#[test]
fn statements_split_off_titles_and_bases() {
    for (text, head, figures, code) in [
        (
            "Type de données : exportations effectives — valeurs en CHF",
            "Type de données : exportations effectives",
            Some(Figures::Values),
            Some("CHF"),
        ),
        (
            "EXPORTS (number of items)",
            "EXPORTS",
            Some(Figures::Counts),
            None,
        ),
        (
            "IMPORTS (values in EUR)",
            "IMPORTS",
            Some(Figures::Values),
            Some("EUR"),
        ),
        (
            "Exportations (en milliers d'euros)",
            "Exportations",
            Some(Figures::Values),
            Some("EUR"),
        ),
        (
            "Importaciones – número de unidades",
            "Importaciones",
            Some(Figures::Counts),
            None,
        ),
        (
            "Exports, values in USD",
            "Exports",
            Some(Figures::Values),
            Some("USD"),
        ),
        (
            "Actual exports: amounts in thousands of euros",
            "Actual exports",
            Some(Figures::Values),
            Some("EUR"),
        ),
    ] {
        let (found_head, units) =
            split_unit_statement(text).unwrap_or_else(|| panic!("{text:?} has a statement"));
        assert_eq!(found_head, head, "{text:?}");
        assert_eq!(units.figures, figures, "{text:?}");
        assert_eq!(units.currency.as_deref(), code, "{text:?}");
    }
    for text in [
        "Exports",
        "Exports (Article 2(1))",
        "(values in EUR)",
        "Exports of tanks, delivered",
        "Number of items exported",
    ] {
        assert_eq!(split_unit_statement(text), None, "{text:?}");
    }
}
