//! The fixture workbooks, each named for what it shows.

pub mod content;
pub mod features;
pub mod samples;

pub use content::*;
pub use features::*;
pub use samples::*;

/// A function that builds a fixture workbook.
pub type Builder = fn() -> Vec<u8>;

/// Every fixture workbook, by file name.
pub const ALL: &[(&str, Builder)] = &[
    ("sample-att-2017-en.xlsx", sample_att_2017_en),
    ("sample-att-2017-en.xlsm", sample_att_2017_en_xlsm),
    ("sample-att-2017-fr.xlsx", sample_att_2017_fr),
    ("sample-att-2017-es.xlsx", sample_att_2017_es),
    ("sample-national-stacked.xlsx", sample_national_stacked),
    (
        "table-header-anywhere-with-notes.xlsx",
        table_header_anywhere_with_notes,
    ),
    ("headings-loose-fr.xlsx", headings_loose_fr),
    (
        "headings-national-synonyms-es.xlsx",
        headings_national_synonyms_es,
    ),
    (
        "exports-imports-stacked-fr.xlsx",
        exports_imports_stacked_fr,
    ),
    ("basis-two-sets-of-columns.xlsx", basis_two_sets_of_columns),
    ("basis-per-row-column.xlsx", basis_per_row_column),
    ("basis-in-title-es.xlsx", basis_in_title_es),
    ("currency-in-cell.xlsx", currency_in_cell),
    ("category-group-rows-en.xlsx", category_group_rows_en),
    ("category-spellings-fr.xlsx", category_spellings_fr),
    ("category-spellings-es-en.xlsx", category_spellings_es_en),
    ("numbers-written-as-text.xlsx", numbers_written_as_text),
    (
        "numbers-locale-ambiguous-fr.xlsx",
        numbers_locale_ambiguous_fr,
    ),
    ("dates-as-number-and-text.xlsx", dates_as_number_and_text),
    ("date-ambiguous-es.xlsx", date_ambiguous_es),
    ("title-page-ticks-es.xlsx", title_page_ticks_es),
    (
        "title-page-inline-values-fr.xlsx",
        title_page_inline_values_fr,
    ),
    (
        "nil-report-separate-sheet-fr.xlsx",
        nil_report_separate_sheet_fr,
    ),
    (
        "nil-report-statement-in-table-es.xlsx",
        nil_report_statement_in_table_es,
    ),
    (
        "hidden-rows-columns-and-sheets.xlsx",
        hidden_rows_columns_and_sheets,
    ),
    ("merged-cells-in-table.xlsx", merged_cells_in_table),
    (
        "formulas-cached-and-uncached.xlsx",
        formulas_cached_and_uncached,
    ),
    (
        "unknown-and-duplicate-columns.xlsx",
        unknown_and_duplicate_columns,
    ),
    ("table-missing-columns.xlsx", table_missing_columns),
    (
        "direction-conflict-and-unknown.xlsx",
        direction_conflict_and_unknown,
    ),
    ("table-not-recognised.xlsx", table_not_recognised),
    ("table-found-by-content.xlsx", table_found_by_content),
    (
        "columns-known-by-content-hu.xlsx",
        columns_known_by_content_hu,
    ),
    (
        "categories-and-control-codes.xlsx",
        categories_and_control_codes,
    ),
    (
        "reporter-and-partner-columns.xlsx",
        reporter_and_partner_columns,
    ),
    (
        "partners-named-twice-and-a-column-without-heading.xlsx",
        partners_named_twice_and_a_column_without_heading,
    ),
    (
        "matrix-national-statistics-de.xlsx",
        matrix_national_statistics_de,
    ),
    (
        "matrix-of-counts-by-category.xlsx",
        matrix_of_counts_by_category,
    ),
    ("totals-in-a-table-en.xlsx", totals_in_a_table_en),
    ("side-by-side-es.xlsx", side_by_side_es),
    ("lenient-readings-en.xlsx", lenient_readings_en),
    (
        "tick-groups-and-yes-no-options-en.xlsx",
        tick_groups_and_yes_no_options_en,
    ),
    (
        "exporter-and-importer-on-every-row.xlsx",
        exporter_and_importer_on_every_row,
    ),
    (
        "title-line-and-currency-formats-es.xlsx",
        title_line_and_currency_formats_es,
    ),
    ("odd-empty-workbook.xlsx", odd_empty_workbook),
    ("odd-title-page-only.xlsx", odd_title_page_only),
    ("odd-table-headers-only.xlsx", odd_table_headers_only),
    ("odd-chart-sheet.xlsx", odd_chart_sheet),
    ("basis-two-tables.xlsx", basis_two_tables),
    (
        "currency-label-above-table.xlsx",
        currency_label_above_table,
    ),
    (
        "extra-columns-and-a-column-without-heading.xlsx",
        extra_columns_and_a_column_without_heading,
    ),
];
