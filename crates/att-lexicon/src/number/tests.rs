use super::*;
use NumberKind::{Amount, Count};

fn value(text: &str, kind: NumberKind, lang: Option<Lang>) -> Number {
    read_number(text, kind, lang)
        .unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
        .value
}

fn int(n: i64) -> Number {
    Number::from(n)
}

fn float(x: f64) -> Number {
    Number::from_f64(x).expect("finite")
}

#[test]
fn plain_and_grouped_integers() {
    for (text, expected) in [
        ("1200", 1200),
        ("0", 0),
        ("1 200", 1200),
        ("1\u{00A0}200", 1200),
        ("1\u{202F}200", 1200),
        ("1\u{2009}200", 1200),
        ("1 200 000", 1_200_000),
        ("1,250,000", 1_250_000),
        ("1.250.000", 1_250_000),
        ("1'250'000", 1_250_000),
        ("1’250’000", 1_250_000),
        ("-3", -3),
        ("−3", -3),
        ("+5", 5),
        (" 42 ", 42),
        ("'1200", 1200),
        ("1200.-", 1200),
        ("1200.00", 1200),
        ("007", 7),
    ] {
        for lang in [None, Some(Lang::En), Some(Lang::Fr), Some(Lang::Es)] {
            for kind in [Count, Amount] {
                assert_eq!(
                    value(text, kind, lang),
                    int(expected),
                    "{text:?} {kind:?} {lang:?}"
                );
            }
        }
    }
}

#[test]
fn integers_stay_integers() {
    let reading = read_number("1 200", Count, None).expect("number");
    assert!(reading.value.is_u64());
    assert!(
        read_number("-3", Count, None)
            .expect("number")
            .value
            .is_i64()
    );
    assert!(
        read_number("2.5", Count, None)
            .expect("number")
            .value
            .is_f64()
    );
    let huge = read_number("123456789012345678901234", Amount, None).expect("number");
    assert_eq!(huge.value.as_f64(), Some(1.2345678901234568e23));
}

#[test]
fn unambiguous_decimals() {
    for (text, expected) in [
        ("1.250.000,50", 1_250_000.5),
        ("1,250,000.50", 1_250_000.5),
        ("1 250 000,50", 1_250_000.5),
        ("1'250'000.50", 1_250_000.5),
        ("1,5", 1.5),
        ("2.5", 2.5),
        ("2.25", 2.25),
        ("1234,567", 1234.567),
        ("0,500", 0.5),
        ("0.125", 0.125),
        (".5", 0.5),
        ("-1,5", -1.5),
    ] {
        for lang in [None, Some(Lang::En), Some(Lang::Fr)] {
            let reading = read_number(text, Amount, lang).expect("number");
            assert_eq!(reading.value, float(expected), "{text:?} {lang:?}");
            assert_eq!(reading.locale, None, "{text:?}");
        }
    }
    assert_eq!(
        value("2.5", Count, None),
        float(2.5),
        "fractional counts are read, then reported"
    );
}

#[test]
fn ambiguous_separator_in_a_count_groups_thousands() {
    for (text, lang, chosen_by) in [
        ("1.200", None, SeparatorChoice::WholeNumber),
        ("1.200", Some(Lang::En), SeparatorChoice::WholeNumber),
        ("1.200", Some(Lang::Es), SeparatorChoice::Language),
        ("1,200", Some(Lang::En), SeparatorChoice::Language),
        ("1,200", Some(Lang::Fr), SeparatorChoice::WholeNumber),
        ("1,200", None, SeparatorChoice::WholeNumber),
    ] {
        let reading = read_number(text, Count, lang).expect("number");
        assert_eq!(reading.value, int(1200), "{text:?} {lang:?}");
        assert_eq!(
            reading.locale,
            Some(LocaleNote {
                alternative: None,
                chosen_by
            }),
            "{text:?} {lang:?}"
        );
    }
}

#[test]
fn ambiguous_separator_in_an_amount_follows_the_language() {
    for (text, lang, expected, alternative, chosen_by) in [
        (
            "12,345",
            Some(Lang::En),
            int(12_345),
            float(12.345),
            SeparatorChoice::Language,
        ),
        (
            "12,345",
            Some(Lang::Fr),
            float(12.345),
            int(12_345),
            SeparatorChoice::Language,
        ),
        (
            "12,345",
            Some(Lang::Es),
            float(12.345),
            int(12_345),
            SeparatorChoice::Language,
        ),
        (
            "12,345",
            None,
            int(12_345),
            float(12.345),
            SeparatorChoice::Default,
        ),
        (
            "1.200",
            Some(Lang::En),
            float(1.2),
            int(1200),
            SeparatorChoice::Language,
        ),
        (
            "1.200",
            Some(Lang::Es),
            int(1200),
            float(1.2),
            SeparatorChoice::Language,
        ),
        (
            "1.200",
            None,
            float(1.2),
            int(1200),
            SeparatorChoice::Default,
        ),
        (
            "1.000",
            Some(Lang::En),
            int(1),
            int(1000),
            SeparatorChoice::Language,
        ),
        (
            "-1.200",
            Some(Lang::Es),
            int(-1200),
            float(-1.2),
            SeparatorChoice::Language,
        ),
    ] {
        let reading = read_number(text, Amount, lang).expect("number");
        assert_eq!(reading.value, expected, "{text:?} {lang:?}");
        assert_eq!(
            reading.locale,
            Some(LocaleNote {
                alternative: Some(alternative),
                chosen_by
            }),
            "{text:?} {lang:?}"
        );
    }
}

#[test]
fn formatting_is_reported() {
    for (text, formatted) in [
        ("1200", false),
        ("-3", false),
        ("2.5", false),
        ("1,200", true),
        ("1 200", true),
        ("1,5", true),
        ("+5", true),
        ("−3", true),
        (" 12 ", true),
        ("'12", true),
    ] {
        let reading = read_number(text, Amount, None).expect("number");
        assert_eq!(reading.written_as_text, formatted, "{text:?}");
    }
}

#[test]
fn placeholders_are_not_numbers() {
    for (text, placeholder) in [
        ("-", Placeholder::Dash),
        ("N/A", Placeholder::NotApplicable),
        ("nil", Placeholder::Nil),
        ("classified", Placeholder::Classified),
        ("?", Placeholder::Unknown),
    ] {
        assert_eq!(
            read_number(text, Count, None),
            Err(NotANumber::Placeholder(placeholder)),
            "{text:?}"
        );
    }
    assert_eq!(
        value("0", Count, None),
        int(0),
        "zero is a number, not a placeholder"
    );
}

#[test]
fn text_is_never_guessed() {
    for text in [
        "",
        "  ",
        "1e3",
        "40 units",
        "approx. 40",
        "10–20",
        "10-20",
        "several",
        "(1,200)",
        "1,,200",
        "1.2.3",
        "1,20,000",
        "12 34",
        "1 200'000",
        "1.200,000.5",
        "1,200.000,5",
        "1.",
        "٣",
        "$100",
        "1 200,50,3",
    ] {
        assert_eq!(
            read_number(text, Amount, None),
            Err(NotANumber::Text),
            "{text:?}"
        );
    }
}
