//! What the words and numbers of ATT report spreadsheets mean.
//!
//! Reports under Article 13(3) of the Arms Trade Treaty arrive as workbooks of every layout, in
//! English, French or Spanish, typed by hand. `att-lexicon` reads the meaning of one cell at a
//! time, for the workbook reader (`att-xlsx`) and anyone else who must make sense of such text:
//!
//! | module | reads |
//! |---|---|
//! | [`heading`] | column headings: "Final importing State", "Valeur (en euros)", "Qty", the UN Register's "Final importer State(s)", "Exporter", "Value (in thousands of EUR)", "Value (R million)"; German, Italian, Portuguese and Dutch ones ("Land van oorsprong") |
//! | [`label`] | title-page labels: "Reporting State:", "Calendar year: 2023", "Nil report – exports", "Rapport public : oui ☒ / non ☐" |
//! | [`section`] | section titles and sheet names ("Exportations effectives", "Annex 2", "Invoer 2023"), with their qualifier ("EXPORTS (number of items)"); nil statements ("Sin exportaciones") |
//! | [`units`] | units stated for a whole table: "Montants en milliers d'euros", "All values in EUR million", "(number of items)" |
//! | [`title_line`] | title lines giving State and year: "Annual report of Norway, 2021"; sheet names with a year: "Exports_2019" |
//! | [`year_line`] | lines giving only the year: "Annual report to the ATT Secretariat for the calendar year 2019" |
//! | [`state_line`] | lines giving only the State: "Republic of South Africa — National Conventional Arms Control Committee", "Rapport annuel de la France" |
//! | [`category`] | categories: "VIII a) 2", "IV(a)", "Battle tanks", "ALPC", "I–VII" |
//! | [`control_list`] | national control-list codes, not ATT categories: "ML10.c2", "KM 4", "2B001.b2" |
//! | [`tick`] | tick boxes: "X", "☒", "Oui", "☐"; yes/no pairs: "yes ☒ / no ☐" |
//! | [`basis`] | authorized or actual: "Licences issued", "Efectivas", "exportations effectives — valeurs en CHF" |
//! | [`number`] | numbers: "1 200", "1.250.000,50", and the ambiguity of "1.200" |
//! | [`number_format`] | Excel number formats: `[$EUR] #,##0`, `#,##0 "kr"`, `[$$-409]#,##0`, `#,##0,"k"` |
//! | [`placeholder`] | placeholders: "-", "N/A", "néant", "classified" |
//! | [`total`] | total rows: "Grand total", "Subtotal (cat. III)", "Sous-total", "Total Europe" |
//! | [`withheld`] | withheld figures: "classified", "n.d.", "C", "non communiqué", "reservado" |
//! | [`date`] | dates and years: "28 de mayo de 2024", "05/06/2024", "Calendar year 2023" |
//! | [`money`] | amounts with currency: "USD 1,200,000", "1,2 millions d'euros" |
//! | [`lang`] | the report's language, from its headings and labels |
//!
//! All matching is loose: case, accents, punctuation, line breaks and footnote marks ("Value¹",
//! "Value (1)", "Value*") are ignored (see [`att_schema::text::fold`]). The functions are pure,
//! do no I/O, and build their tables once, on first use.
//!
//! Where a function reads a value beyond its strict form it says so, so that a reader can say
//! so at the cell: [`TickReading::lenient`] ("Y", "oui (1)"), [`DateReading::lenient`] (not
//! ISO 8601), [`YearReading::lenient`] ("Calendar year 2023"), [`AmountReading::lenient`]
//! ("1,5 million"), [`NumberReading::written_as_text`], [`Withheld::lenient`] ("n.d.", "C");
//! State names are resolved with `att_schema::codes::resolve_state_detailed`, which says how.
//!
//! # Example
//!
//! ```
//! use att_lexicon::{
//!     guess_language, match_heading, match_label, read_category, read_number, split_money,
//!     CategoryReading, Column, Label, NumberKind,
//! };
//! use att_schema::{Category, DirectionKind, Lang};
//!
//! // The header row of an imports table in Spanish.
//! let header = ["Categoría", "Estado exportador", "Número de artículos", "Valor en USD"];
//! let lang = guess_language(&header);
//! assert_eq!(lang, Some(Lang::Es));
//! let partner = match_heading(header[1]).unwrap();
//! assert_eq!((partner.column, partner.direction), (Column::Partner, Some(DirectionKind::Imports)));
//! let value = match_heading(header[3]).unwrap();
//! assert_eq!((value.column, value.currency.as_deref()), (Column::Value, Some("USD")));
//!
//! // A row.
//! assert_eq!(read_category("VIII a) 2"), CategoryReading::Category(Category::VIIISa2));
//! let items = read_number("1.200", NumberKind::Count, lang).unwrap();
//! assert_eq!(items.value.as_u64(), Some(1200));
//! let money = split_money("3,5 millones de dólares").unwrap();
//! let amount = read_number(money.amount, NumberKind::Amount, lang).unwrap();
//! assert_eq!(amount.value.as_f64(), Some(3.5));
//!
//! // A title-page label with its value in the same cell.
//! let year = match_label("Año civil: 2023").unwrap();
//! assert_eq!((year.label, year.inline_value), (Label::Year, Some("2023")));
//! ```

pub mod basis;
pub mod category;
pub mod control_list;
pub mod date;
pub mod heading;
pub mod label;
pub mod lang;
pub mod money;
pub mod multiplier;
pub mod number;
pub mod number_format;
pub mod placeholder;
pub mod section;
pub mod state_line;
pub mod tick;
pub mod title_line;
pub mod total;
pub mod units;
pub mod withheld;
pub mod year_line;

mod category_names;
mod currency;
mod heading_phrases;
mod key;
mod label_phrases;
mod langset;
mod nil;
mod vocab;

pub use basis::{BasisReading, read_basis, read_basis_detailed};
pub use category::{CategoryReading, read_category, read_group_row_category, read_subgroup};
pub use control_list::{
    CategoryCell, ControlList, ControlListCode, read_category_cell, read_control_list_codes,
};
pub use date::{DateReading, YearReading, read_date, read_year, read_year_detailed};
pub use heading::{
    Column, HeadingMatch, TransferSide, canonical_heading, closest_heading, match_heading,
};
pub use label::{Label, LabelMatch, canonical_label, match_label};
pub use lang::guess_language;
pub use money::{AmountReading, MoneyParts, read_amount, split_money};
pub use multiplier::Multiplier;
pub use number::{LocaleNote, NotANumber, NumberKind, NumberReading, SeparatorChoice, read_number};
pub use number_format::{NumberFormatReading, read_number_format};
pub use placeholder::{Placeholder, read_placeholder};
pub use section::{
    Section, SectionMatch, SectionReading, match_nil_statement, match_section,
    match_section_detailed,
};
pub use state_line::{StateLine, read_state_line, read_state_name};
pub use tick::{TickReading, YesNoAnswer, read_tick, read_tick_detailed, read_yes_no};
pub use title_line::{SheetName, TitleLine, read_sheet_name, read_title_line};
pub use total::{TotalKind, TotalRow, TotalScope, read_total};
pub use units::{Figures, UnitStatement, read_unit_statement, split_unit_statement};
pub use withheld::{Withheld, WithheldKind, read_withheld};
pub use year_line::read_year_line;
