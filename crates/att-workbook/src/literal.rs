//! Literal cells of the toolkit's own workbooks: a value written as a constant formula, so that
//! it reads back exactly as the document holds it rather than as a person's typing would be read.
//!
//! A workbook cell is read leniently ("1 200" is the number 1200, "no" an unticked box, "kronor"
//! the Swedish krona). That is right for what people type, but a report may hold values a cell
//! cannot say plainly: the text "2023" where the year belongs, a name with spaces around it, an
//! empty text, a code that is not a State's, a party known only by its name. The workbook writer
//! writes such a value as a formula whose only content is the value:
//!
//! | value | formula | the cell shows |
//! |---|---|---|
//! | text | `="2023"` (quotes doubled; parts of 255 characters joined by `&`) | 2023 |
//! | text with a control character | `="a"&_xlfn.UNICHAR(13)&"b"` | a, b on two lines |
//! | number | `=-3`, `=1e300` | -3 |
//! | true, false | `=TRUE`, `=FALSE` | TRUE |
//! | nothing (`null`: the field is absent) | `=NA()` | #N/A |
//! | a list or an object | `=T("[""I"",""II""]")` (its JSON) | ["I","II"] |
//!
//! In a workbook the toolkit wrote (see [`crate::SIGNATURE`]), the reader takes such a cell as the JSON
//! value it spells; anywhere else a formula is read by its saved result, as always.
//!
//! The text of a formula is XML text of type `ST_Xstring`, where a control character (U+0000 to
//! U+001F but tab and line feed, and U+FFFE, U+FFFF) can only be written as an escape `_xHHHH_`
//! that not every program undoes, and where a text such as `_x0041_` reads as an escape ("A").
//! So string constants never hold either: a control character is the function
//! `_xlfn.UNICHAR(code)`, and a constant is split between `_` and `x` where they would begin
//! such an escape (`"_"&"x0041_"`). Every spreadsheet computes the same text from them.

use serde_json::{Number, Value};

/// Longest text Excel accepts in one string constant of a formula.
const STRING_PART_CHARS: usize = 255;

/// Longest formula Excel accepts, in characters (without the `=`).
pub const MAX_FORMULA_CHARS: usize = 8192;

/// A value written as a literal formula: the formula and the result saved with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    /// The formula, with its leading `=`.
    pub formula: String,
    /// What the cell shows, saved as the formula's result so that programs that do not
    /// calculate show it too.
    pub result: String,
}

/// Why a value cannot be written as a literal formula.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the value is {length} characters long as a formula; a formula holds at most {MAX_FORMULA_CHARS}"
)]
pub struct TooLong {
    /// Length of the formula it would take.
    pub length: usize,
}

/// The literal formula that spells `value`.
///
/// ```
/// use serde_json::json;
/// let literal = att_workbook::literal::encode(&json!("say \"hi\"")).unwrap();
/// assert_eq!(literal.formula, "=\"say \"\"hi\"\"\"");
/// assert_eq!(att_workbook::literal::parse(&literal.formula[1..]), Some(json!("say \"hi\"")));
/// ```
pub fn encode(value: &Value) -> Result<Literal, TooLong> {
    let (formula, result) = match value {
        Value::String(text) => (string_constants(text), text.clone()),
        Value::Number(number) => (number.to_string(), number.to_string()),
        Value::Bool(true) => ("TRUE".to_owned(), "TRUE".to_owned()),
        Value::Bool(false) => ("FALSE".to_owned(), "FALSE".to_owned()),
        Value::Null => ("NA()".to_owned(), "#N/A".to_owned()),
        Value::Array(_) | Value::Object(_) => {
            let json = value.to_string();
            (format!("T({})", string_constants(&json)), json)
        }
    };
    let length = formula.chars().count();
    if length > MAX_FORMULA_CHARS {
        return Err(TooLong { length });
    }
    Ok(Literal {
        formula: format!("={formula}"),
        result,
    })
}

/// One or more string constants joined by `&`, each within Excel's limit, with each control
/// character spelled as `_xlfn.UNICHAR(code)` and no constant holding the start of an
/// `_xHHHH_` escape (see the [module documentation](self)).
fn string_constants(text: &str) -> String {
    if text.is_empty() {
        return "\"\"".to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut terms: Vec<String> = Vec::new();
    let mut constant = String::new();
    let mut length = 0;
    let flush = |constant: &mut String, length: &mut usize, terms: &mut Vec<String>| {
        if *length > 0 {
            terms.push(format!("\"{constant}\""));
            constant.clear();
            *length = 0;
        }
    };
    for (index, &c) in chars.iter().enumerate() {
        if is_unspellable(c) {
            flush(&mut constant, &mut length, &mut terms);
            terms.push(format!("{UNICHAR}({})", u32::from(c)));
            continue;
        }
        if c == '"' {
            constant.push('"');
        }
        constant.push(c);
        length += 1;
        if length == STRING_PART_CHARS || (c == '_' && starts_escape(&chars[index + 1..])) {
            flush(&mut constant, &mut length, &mut terms);
        }
    }
    flush(&mut constant, &mut length, &mut terms);
    terms.join("&")
}

/// The function that spells a character by its code, as an `.xlsx` file writes it (Excel
/// 2013 and later; LibreOffice).
const UNICHAR: &str = "_xlfn.UNICHAR";

/// Whether `c` cannot stand in a formula's text as itself (see the
/// [module documentation](self)).
fn is_unspellable(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// Whether `rest`, after an `_`, would make it the escape `_xHHHH_`.
fn starts_escape(rest: &[char]) -> bool {
    rest.len() >= 6
        && rest[0] == 'x'
        && rest[1..5].iter().all(char::is_ascii_hexdigit)
        && rest[5] == '_'
}

/// The value a literal formula spells (the formula without its leading `=`, as workbooks store
/// it); `None` for any other formula.
///
/// ```
/// use serde_json::json;
/// use att_workbook::literal::parse;
/// assert_eq!(parse("\"2023\""), Some(json!("2023")));
/// assert_eq!(parse("NA()"), Some(json!(null)));
/// assert_eq!(parse("T(\"[1,2]\")"), Some(json!([1, 2])));
/// assert_eq!(parse("-3"), Some(json!(-3)));
/// assert_eq!(parse("SUM(A1:A3)"), None);
/// ```
pub fn parse(formula: &str) -> Option<Value> {
    let formula = formula.trim();
    let formula = formula.strip_prefix('=').unwrap_or(formula);
    if formula.starts_with('"') || spelled_character(formula).is_some() {
        return strings(formula).map(Value::String);
    }
    let upper = formula.to_ascii_uppercase();
    match upper.as_str() {
        "TRUE" | "TRUE()" => return Some(Value::Bool(true)),
        "FALSE" | "FALSE()" => return Some(Value::Bool(false)),
        "NA()" => return Some(Value::Null),
        _ => {}
    }
    if upper.starts_with("T(") && formula.ends_with(')') {
        let text = strings(&formula[2..formula.len() - 1])?;
        return Some(serde_json::from_str(&text).unwrap_or(Value::String(text)));
    }
    number(formula).map(Value::Number)
}

/// How a workbook format other than `.xlsx` gives a formula's text (`.xlsx` gives it as written,
/// for [`parse`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `.ods`: OpenFormula with its namespace, `of:="2023"`.
    Ods,
    /// `.xls`: as calamine renders the tokens, with the quotes inside a text not doubled.
    Xls,
}

/// The value a literal formula spells, as `dialect` gives the formula's text.
pub fn parse_in(formula: &str, dialect: Dialect) -> Option<Value> {
    match dialect {
        Dialect::Ods => parse(formula.trim().strip_prefix("of:").unwrap_or(formula)),
        Dialect::Xls => parse(formula).or_else(|| {
            let formula = formula.trim();
            if let Some(json) = formula
                .strip_prefix("T(\"")
                .and_then(|rest| rest.strip_suffix("\")"))
            {
                return serde_json::from_str(json).ok();
            }
            let text = formula.strip_prefix('"')?.strip_suffix('"')?;
            (!text.contains("\"&\"")).then(|| Value::String(text.to_owned()))
        }),
    }
}

/// The text of string constants and characters spelled by their code (`UNICHAR(13)`, with or
/// without the `_xlfn.` prefix) joined by `&`: `"a""b"&"c"&UNICHAR(13)` is `a"bc` and a
/// carriage return.
fn strings(formula: &str) -> Option<String> {
    let mut text = String::with_capacity(formula.len());
    let mut rest = formula;
    loop {
        rest = match rest.strip_prefix('"') {
            Some(constant) => string_constant(constant, &mut text)?,
            None => {
                let (c, after) = spelled_character(rest)?;
                text.push(c);
                after
            }
        };
        match rest.strip_prefix('&') {
            Some(after) => rest = after,
            None if rest.is_empty() => return Some(text),
            None => return None,
        }
    }
}

/// Appends the text of the string constant that `rest` starts (after its opening quote) and
/// returns what follows its closing quote.
fn string_constant<'f>(rest: &'f str, text: &mut String) -> Option<&'f str> {
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '"' {
            text.push(c);
        } else if chars.peek().is_some_and(|(_, next)| *next == '"') {
            chars.next();
            text.push('"');
        } else {
            return Some(&rest[at + 1..]);
        }
    }
    None
}

/// The character that `UNICHAR(code)` at the start of `rest` spells, and what follows it.
fn spelled_character(rest: &str) -> Option<(char, &str)> {
    let name_end = rest.find('(')?;
    let name = &rest[..name_end];
    let name = name
        .get(..6)
        .filter(|prefix| prefix.eq_ignore_ascii_case("_xlfn."))
        .map_or(name, |_| &name[6..]);
    if !name.eq_ignore_ascii_case("UNICHAR") {
        return None;
    }
    let arguments = &rest[name_end + 1..];
    let close = arguments.find(')')?;
    let code = arguments[..close].trim();
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = char::from_u32(code.parse().ok()?)?;
    Some((c, &arguments[close + 1..]))
}

/// A number constant as JSON writes it or as a spreadsheet saves it (`1E+300`).
fn number(text: &str) -> Option<Number> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let well_formed = body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if !well_formed {
        return None;
    }
    serde_json::from_str::<Number>(text).ok().or_else(|| {
        text.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .and_then(Number::from_f64)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_kind_of_value_comes_back() {
        for value in [
            json!("approx. 40"),
            json!(""),
            json!("   "),
            json!("2023"),
            json!("a \"quoted\" & ampersand\nand a line"),
            json!("x".repeat(700)),
            json!(-3),
            json!(2.5),
            json!(1e300),
            json!(18_446_744_073_709_551_615_u64),
            json!(true),
            json!(false),
            json!(null),
            json!(["I", "II"]),
            json!({ "min": 10, "max": 20 }),
            json!([]),
            json!({}),
        ] {
            let literal = encode(&value).expect("short enough");
            assert_eq!(parse(&literal.formula[1..]), Some(value.clone()), "{value}");
            assert_eq!(parse(&literal.formula), Some(value.clone()), "{value}");
        }
    }

    #[test]
    fn control_characters_and_escape_lookalikes_are_spelled_so_that_xlsx_keeps_them() {
        for (text, formula) in [
            ("\rSWE", "=_xlfn.UNICHAR(13)&\"SWE\""),
            (
                "a\u{1}\u{0}b",
                "=\"a\"&_xlfn.UNICHAR(1)&_xlfn.UNICHAR(0)&\"b\"",
            ),
            ("\u{ffff}", "=_xlfn.UNICHAR(65535)"),
            ("tab\tand\nline", "=\"tab\tand\nline\""),
            ("_x0041_", "=\"_\"&\"x0041_\""),
            ("a_x00e9_b_xyz_", "=\"a_\"&\"x00e9_b_xyz_\""),
        ] {
            let literal = encode(&json!(text)).expect("short enough");
            assert_eq!(literal.formula, formula, "{text:?}");
            assert_eq!(literal.result, text);
            assert_eq!(parse(&literal.formula), Some(json!(text)), "{text:?}");
        }
        let json = json!(["\u{fffe}", "_x000D_"]);
        let literal = encode(&json).expect("short enough");
        assert!(!literal.formula.contains('\u{fffe}') && !literal.formula.contains("_x000D_"));
        assert_eq!(parse(&literal.formula), Some(json));
    }

    #[test]
    fn reads_characters_spelled_by_their_code_as_spreadsheets_save_them() {
        assert_eq!(parse("UNICHAR(13)&\"a\""), Some(json!("\ra")));
        assert_eq!(parse("_xlfn.unichar( 9 )"), Some(json!("\t")));
        assert_eq!(
            parse_in("of:=\"a\"&UNICHAR(1)", Dialect::Ods),
            Some(json!("a\u{1}"))
        );
        for formula in [
            "UNICHAR(A1)",
            "UNICHAR(55296)",
            "\"a\"&UNICHAR(",
            "CHAR(13)",
        ] {
            assert_eq!(parse(formula), None, "{formula:?}");
        }
    }

    #[test]
    fn long_text_is_split_into_constants_excel_accepts() {
        let literal = encode(&json!("é".repeat(600))).expect("short enough");
        assert_eq!(literal.formula.matches('&').count(), 2);
        let err = encode(&json!("x".repeat(9000))).expect_err("too long");
        assert!(err.length > MAX_FORMULA_CHARS);
    }

    #[test]
    fn reads_numbers_as_spreadsheets_save_them() {
        assert_eq!(parse("1E+300"), Some(json!(1e300)));
        assert_eq!(parse("-0.5"), Some(json!(-0.5)));
        assert_eq!(parse("true"), Some(json!(true)));
        assert_eq!(parse("T(\"not json\")"), Some(json!("not json")));
    }

    #[test]
    fn reads_the_formulas_of_ods_and_xls_copies() {
        assert_eq!(parse_in("of:=\"2023\"", Dialect::Ods), Some(json!("2023")));
        assert_eq!(
            parse_in("of:=T(\"[\"\"I\"\"]\")", Dialect::Ods),
            Some(json!(["I"]))
        );
        assert_eq!(parse_in("of:=NA()", Dialect::Ods), Some(json!(null)));
        assert_eq!(
            parse_in("T(\"[\"I\",\"II\"]\")", Dialect::Xls),
            Some(json!(["I", "II"]))
        );
        assert_eq!(
            parse_in("\"say \"hi\"\"", Dialect::Xls),
            Some(json!("say \"hi\""))
        );
        assert_eq!(parse_in("\"a\"&B2", Dialect::Xls), None);
    }

    #[test]
    fn other_formulas_are_not_literals() {
        for formula in [
            "A1",
            "\"a\"&B2",
            "\"unclosed",
            "IFERROR(VLOOKUP(B5,att!$A$2:$B$251,2,FALSE),\"\")",
            "1+1",
            "-",
            "",
        ] {
            assert_eq!(parse(formula), None, "{formula:?}");
        }
    }
}
