//! The rows of the specification's table of checks (`checks.md`), so that every rule can say
//! which check it implements and a test can prove that every check has a rule.

/// A section of `checks.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// A. Reading the input (any format).
    Reading,
    /// B. One report.
    Report,
    /// C. Several reports.
    Corpus,
}

impl Section {
    /// The section's letter in `checks.md`: `A`, `B` or `C`.
    pub fn letter(self) -> char {
        match self {
            Section::Reading => 'A',
            Section::Report => 'B',
            Section::Corpus => 'C',
        }
    }
}

/// One row of a table of `checks.md`: a check the toolkit makes, in the specification's words.
#[derive(Debug, PartialEq, Eq)]
pub struct SpecCheck {
    /// The table it belongs to.
    pub section: Section,
    /// The check, as the specification words it.
    pub check: &'static str,
    /// The severity the specification gives it.
    pub severity: &'static str,
}

impl SpecCheck {
    /// `§B: year missing, …` as the rule catalogue cites it.
    pub fn citation(&self) -> String {
        format!(
            "§{} “{}” ({})",
            self.section.letter(),
            self.check,
            self.severity
        )
    }
}

macro_rules! spec {
    ($(#[$doc:meta])* $name:ident, $section:ident, $check:literal, $severity:literal) => {
        $(#[$doc])*
        pub static $name: SpecCheck = SpecCheck {
            section: Section::$section,
            check: $check,
            severity: $severity,
        };
    };
}

spec!(
    /// §A: the file is not what it claims to be.
    A_UNREADABLE, Reading,
    "file cannot be read as the format it claims (corrupt zip, not XML, not JSON)",
    "tool failure, exit 2, clear message"
);
spec!(
    /// §A: no table, or a required column missing.
    A_NO_TABLE_OR_COLUMN, Reading,
    "no exports or imports table found; a required column not found (name it; suggest the closest heading)",
    "error"
);
spec!(
    /// §A: content the reader did not map.
    A_UNMAPPED, Reading,
    "a cell, element or field that the reader did not map anywhere (unknown column, stray text beside the table, unknown XML element, unknown JSON field)",
    "warning, with its place — content is never dropped silently"
);
spec!(
    /// §A: how values and rows were written in the file.
    A_WRITTEN_FORM, Reading,
    "number written as text, locale separators (\"1.200\" / \"1,200\" / \"1 200\"), hidden rows or sheets holding data, formula without cached value, repeated header row inside a table",
    "warning or info, with the place"
);
spec!(
    /// §A: unknown template or layout.
    A_LAYOUT, Reading,
    "template version or layout not recognised",
    "warning"
);

spec!(
    /// §B: the reporting State.
    B_REPORTING_STATE, Report,
    "reporting State missing or not resolvable",
    "error"
);
spec!(
    /// §B: the reporting year.
    B_YEAR, Report,
    "year missing, not an integer, before 2014, or not before the submission date's year",
    "error"
);
spec!(
    /// §B: a direction neither reported nor nil.
    B_DIRECTION_NOT_REPORTED, Report,
    "a direction is neither reported nor nil (`not_reported`)",
    "error"
);
spec!(
    /// §B: nil report with entries.
    B_NIL_WITH_ENTRIES, Report,
    "nil report for a direction that also has entries",
    "error"
);
spec!(
    /// §B: one direction only.
    B_ONE_DIRECTION, Report,
    "only one direction present at all",
    "warning"
);
spec!(
    /// §B: basis not stated.
    B_BASIS, Report,
    "basis (authorized/actual) not stated for a direction with entries",
    "error"
);
spec!(
    /// §B: category missing or unknown.
    B_CATEGORY, Report,
    "category missing or not a known code",
    "error"
);
spec!(
    /// §B: parent or aggregate category.
    B_CATEGORY_COARSE, Report,
    "category given only as a parent (IV, V, VII, VIII, VIII.SA, VIII.LW) or as an aggregate (\"I–VII\", \"total\", \"SALW\")",
    "warning"
);
spec!(
    /// §B: national category without definition.
    B_NATIONAL_UNDEFINED, Report,
    "voluntary national category without a national definition in Annex 2",
    "info"
);
spec!(
    /// §B: partner missing.
    B_PARTNER_MISSING, Report,
    "partner missing",
    "error (warning if a withheld-data declaration covers it)"
);
spec!(
    /// §B: partner not a State.
    B_PARTNER_NOT_STATE, Report,
    "partner is a placeholder or not a State (\"various\", \"undisclosed\", \"EU\", \"NATO\", a region)",
    "warning"
);
spec!(
    /// §B: partner not resolvable.
    B_PARTNER_UNRESOLVED, Report,
    "partner name not resolvable to a State",
    "error"
);
spec!(
    /// §B: partner is the reporting State.
    B_PARTNER_SELF, Report,
    "partner is the reporting State itself",
    "error"
);
spec!(
    /// §B: origin is the reporting State.
    B_ORIGIN_SELF, Report,
    "state of origin equal to the reporting State on an export",
    "warning"
);
spec!(
    /// §B: no quantity.
    B_NO_QUANTITY, Report,
    "neither number of items nor value",
    "error"
);
spec!(
    /// §B: items not a whole number.
    B_ITEMS_INVALID, Report,
    "number of items negative, fractional, or text (\"several\", \"approx. 40\", \"10–20\")",
    "error"
);
spec!(
    /// §B: items zero.
    B_ITEMS_ZERO, Report,
    "number of items zero",
    "warning"
);
spec!(
    /// §B: implausible count.
    B_ITEMS_IMPLAUSIBLE, Report,
    "implausible count for the category (e.g. more than 1,000 battle tanks, warships, combat aircraft or attack helicopters in one row)",
    "warning"
);
spec!(
    /// §B: currency missing or not ISO 4217.
    B_CURRENCY, Report,
    "value without currency, or currency not ISO 4217",
    "error"
);
spec!(
    /// §B: several currencies in one direction.
    B_CURRENCIES_MIXED, Report,
    "more than one currency in one direction",
    "info"
);
spec!(
    /// §B: duplicate entries.
    B_DUPLICATE, Report,
    "duplicate entries (same category, partner, items, value, description, basis)",
    "warning"
);
spec!(
    /// §B: description contradicts category.
    B_DESCRIPTION_CONTRADICTS, Report,
    "description that contradicts the category (pistol under I, frigate under VIII…)",
    "warning"
);
spec!(
    /// §B: description out of scope.
    B_DESCRIPTION_OUT_OF_SCOPE, Report,
    "description that reads as out of scope (ammunition, parts, components, technology) under I–VIII",
    "info"
);
spec!(
    /// §B: withheld declaration with empty tables.
    B_WITHHELD_EMPTY, Report,
    "withheld-data declaration with every table empty",
    "warning (this is not a nil report)"
);
spec!(
    /// §B: public or private not stated.
    B_PUBLIC, Report,
    "public/private choice not stated",
    "info"
);
spec!(
    /// §B: late submission.
    B_LATE, Report,
    "submission date after 31 May of the following year",
    "info (\"late\"; after 7 June: warning)"
);

spec!(
    /// §C: a flow in one side's report only.
    C_MIRROR_MISSING, Corpus,
    "mirror: a flow (exporter A → importer B, year Y, main category C) is in one side's report; the other side's report for Y is in the set, its opposite direction (B's imports for A's export, A's exports for B's import) is reported or nil, and it has no flow with the same key. Raised on the side that has the flow",
    "warning"
);
spec!(
    /// §C: both sides report a flow with different numbers of items.
    C_MIRROR_MISMATCH, Corpus,
    "mirror: both sides have the flow, and their item counts differ by more than 25 % of the larger and by at least 5 items. Raised on each side's flow",
    "warning; info when one side's basis is authorized and the other's actual"
);
spec!(
    /// §C: what may explain an unmatched flow.
    C_MIRROR_EXPLANATION, Corpus,
    "mirror explanation: an unmatched flow matches B's report for Y−1 or Y+1 (same main category), or B's report for Y in another main category",
    "attached to the finding as its explanation (the finding stays)"
);
spec!(
    /// §C: flows whose partner's report is not in the set.
    C_PARTNER_ABSENT, Corpus,
    "the partner's report for Y is not in the set",
    "nothing per flow; one info per report that counts the flows it could not compare"
);
spec!(
    /// §C: one State and year reported twice, differently.
    C_DUPLICATE_DIFFERENT, Corpus,
    "the same State and year reported twice, with different content; raised on both reports",
    "warning"
);
spec!(
    /// §C: one State and year reported twice, identically.
    C_DUPLICATE_IDENTICAL, Corpus,
    "the same State and year reported twice, the whole documents identical; raised on both",
    "info"
);
spec!(
    /// §C: a direction's entries copied from last year.
    C_SAME_AS_LAST_YEAR, Corpus,
    "this year's entries identical to last year's (same State, years Y and Y−1, a direction with entries whose entries are all equal field by field, in any order); one per direction",
    "warning"
);
spec!(
    /// §C: a direction's basis changed since last year.
    C_BASIS_CHANGED, Corpus,
    "the basis of a direction changed since last year (both years state one)",
    "info"
);

/// Every row of §A, §B and §C, in the order of `checks.md`.
pub static ALL: &[&SpecCheck] = &[
    &A_UNREADABLE,
    &A_NO_TABLE_OR_COLUMN,
    &A_UNMAPPED,
    &A_WRITTEN_FORM,
    &A_LAYOUT,
    &B_REPORTING_STATE,
    &B_YEAR,
    &B_DIRECTION_NOT_REPORTED,
    &B_NIL_WITH_ENTRIES,
    &B_ONE_DIRECTION,
    &B_BASIS,
    &B_CATEGORY,
    &B_CATEGORY_COARSE,
    &B_NATIONAL_UNDEFINED,
    &B_PARTNER_MISSING,
    &B_PARTNER_NOT_STATE,
    &B_PARTNER_UNRESOLVED,
    &B_PARTNER_SELF,
    &B_ORIGIN_SELF,
    &B_NO_QUANTITY,
    &B_ITEMS_INVALID,
    &B_ITEMS_ZERO,
    &B_ITEMS_IMPLAUSIBLE,
    &B_CURRENCY,
    &B_CURRENCIES_MIXED,
    &B_DUPLICATE,
    &B_DESCRIPTION_CONTRADICTS,
    &B_DESCRIPTION_OUT_OF_SCOPE,
    &B_WITHHELD_EMPTY,
    &B_PUBLIC,
    &B_LATE,
    &C_MIRROR_MISSING,
    &C_MIRROR_MISMATCH,
    &C_MIRROR_EXPLANATION,
    &C_PARTNER_ABSENT,
    &C_DUPLICATE_DIFFERENT,
    &C_DUPLICATE_IDENTICAL,
    &C_SAME_AS_LAST_YEAR,
    &C_BASIS_CHANGED,
];
