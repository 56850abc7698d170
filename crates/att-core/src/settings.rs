//! A deployment's settings file (`att.toml`): rule severities under `[rules]` (read by
//! `att-validate`) and the pipeline's limits under `[limits]`.
//!
//! ```toml
//! [rules]
//! items-zero = "off"
//!
//! [limits]
//! max_file_size = 536870912   # bytes
//! workbook_max_cells = 4000000
//! ```

use crate::Limits;
use att_validate::Config;
use att_validate::config::{ConfigError, ConfigProblem, LIMITS_SECTION, at, parse_table, written};
use toml::de::DeValue;

/// Everything a settings file sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// Severities of rules.
    pub rules: Config,
    /// Bounds on the inputs.
    pub limits: Limits,
}

/// The settings of `text`, read from `origin` (named in errors with line and column). The text
/// is parsed once; `[rules]` is read against the whole rule catalogue.
pub fn parse(text: &str, origin: &str) -> Result<Settings, ConfigError> {
    let table = parse_table(text, origin)?;
    let rules = Config::from_table(table.get_ref(), text, origin, &crate::catalogue::rules())?;
    let error = |offset: usize, problem: ConfigProblem| at(text, origin, offset, problem);
    let mut limits = Limits::default();
    let Some(section) = table.get_ref().get(LIMITS_SECTION) else {
        return Ok(Settings { rules, limits });
    };
    let DeValue::Table(entries) = section.get_ref() else {
        return Err(error(section.span().start, ConfigProblem::LimitsNotATable));
    };
    let mut entries: Vec<_> = entries.iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    for (key, value) in entries {
        let name = key.get_ref().as_ref();
        let Some(limit) = LIMITS.iter().find(|limit| limit.name == name) else {
            let closest = LIMITS
                .iter()
                .map(|limit| (strsim::osa_distance(name, limit.name), limit.name))
                .filter(|(distance, candidate)| *distance <= (candidate.len() / 4).max(1))
                .min()
                .map(|(_, candidate)| candidate.to_owned());
            return Err(error(
                key.span().start,
                ConfigProblem::UnknownLimit {
                    key: name.to_owned(),
                    closest,
                },
            ));
        };
        let number = match value.get_ref() {
            DeValue::Integer(integer) => integer.as_str().replace('_', "").parse::<u64>().ok(),
            _ => None,
        }
        .filter(|number| *number > 0);
        let Some(number) = number else {
            return Err(error(
                value.span().start,
                ConfigProblem::BadLimit {
                    key: name.to_owned(),
                    found: written(&text[value.span()]),
                },
            ));
        };
        (limit.set)(&mut limits, number);
    }
    Ok(Settings { rules, limits })
}

/// One setting of `[limits]`: its key, what it bounds, and where it goes.
pub struct LimitSetting {
    /// The key in `[limits]`.
    pub name: &'static str,
    /// What it bounds, for the documentation.
    pub description: &'static str,
    /// Its default value.
    pub default: fn(&Limits) -> u64,
    set: fn(&mut Limits, u64),
}

fn to_usize(value: u64) -> usize {
    usize::try_from(value).unwrap_or(usize::MAX)
}

/// Every limit a settings file can change.
pub static LIMITS: &[LimitSetting] = &[
    LimitSetting {
        name: "max_file_size",
        description: "largest input file, in bytes, of any format",
        default: |l| l.max_input_bytes,
        set: |l, v| l.max_input_bytes = v,
    },
    LimitSetting {
        name: "json_max_depth",
        description: "deepest nesting of JSON arrays and objects",
        default: |l| l.json.max_depth as u64,
        set: |l, v| l.json.max_depth = to_usize(v),
    },
    LimitSetting {
        name: "xml_max_size",
        description: "largest XML document, in bytes",
        default: |l| l.xml.max_bytes as u64,
        set: |l, v| l.xml.max_bytes = to_usize(v),
    },
    LimitSetting {
        name: "xml_max_depth",
        description: "deepest nesting of XML elements",
        default: |l| l.xml.max_depth as u64,
        set: |l, v| l.xml.max_depth = to_usize(v),
    },
    LimitSetting {
        name: "xml_max_elements",
        description: "most XML elements in one document",
        default: |l| l.xml.max_elements as u64,
        set: |l, v| l.xml.max_elements = to_usize(v),
    },
    LimitSetting {
        name: "workbook_max_zip_entries",
        description: "most parts in a workbook's zip container (.xlsx, .xlsm, .ods)",
        default: |l| l.xlsx.max_zip_entries,
        set: |l, v| l.xlsx.max_zip_entries = v,
    },
    LimitSetting {
        name: "workbook_max_part_size",
        description: "largest part of a workbook once inflated, in bytes",
        default: |l| l.xlsx.max_part_bytes,
        set: |l, v| l.xlsx.max_part_bytes = v,
    },
    LimitSetting {
        name: "workbook_max_total_size",
        description: "largest sum of a workbook's parts once inflated, in bytes",
        default: |l| l.xlsx.max_total_bytes,
        set: |l, v| l.xlsx.max_total_bytes = v,
    },
    LimitSetting {
        name: "workbook_max_compression_ratio",
        description: "highest ratio of inflated to compressed size of a part over 1 MiB (zip bombs)",
        default: |l| l.xlsx.max_compression_ratio,
        set: |l, v| l.xlsx.max_compression_ratio = v,
    },
    LimitSetting {
        name: "workbook_max_shared_strings_size",
        description: "largest shared-strings part, in bytes",
        default: |l| l.xlsx.max_shared_strings_bytes,
        set: |l, v| l.xlsx.max_shared_strings_bytes = v,
    },
    LimitSetting {
        name: "workbook_max_sheets",
        description: "most sheets in a workbook",
        default: |l| l.xlsx.max_sheets as u64,
        set: |l, v| l.xlsx.max_sheets = to_usize(v),
    },
    LimitSetting {
        name: "workbook_max_cells",
        description: "most non-empty cells in a workbook",
        default: |l| l.xlsx.max_cells as u64,
        set: |l, v| l.xlsx.max_cells = to_usize(v),
    },
    LimitSetting {
        name: "workbook_max_grid_cells",
        description: "largest grid (rows × columns) of one .xls or .ods sheet",
        default: |l| l.xlsx.max_dense_cells,
        set: |l, v| l.xlsx.max_dense_cells = v,
    },
    LimitSetting {
        name: "workbook_max_merged_cells",
        description: "most cells covered by merged areas",
        default: |l| l.xlsx.max_merged_cells,
        set: |l, v| l.xlsx.max_merged_cells = v,
    },
    LimitSetting {
        name: "workbook_max_cell_chars",
        description: "longest text of one cell, in characters (longer text is cut and reported)",
        default: |l| l.xlsx.max_cell_chars as u64,
        set: |l, v| l.xlsx.max_cell_chars = to_usize(v),
    },
];

/// The rows of the limits table of `docs/configuration.md`: one per limit, with its default.
pub fn limits_table() -> String {
    let defaults = Limits::default();
    LIMITS
        .iter()
        .map(|limit| {
            format!(
                "| `{}` | {} | {} |\n",
                limit.name,
                (limit.default)(&defaults),
                limit.description
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> String {
        match parse(text, "att.toml") {
            Err(error) => error.to_string(),
            Ok(settings) => panic!("{text:?} should be refused: {settings:?}"),
        }
    }

    #[test]
    fn sets_limits_and_rules_from_one_file() {
        let settings = parse(
            "[rules]\nitems-zero = \"off\"\n\n[limits]\nmax_file_size = 1_000\nworkbook_max_cells = 5\njson_max_depth = 9\n",
            "att.toml",
        )
        .expect("valid settings");
        assert_eq!(settings.limits.max_input_bytes, 1_000);
        assert_eq!(settings.limits.xlsx.max_cells, 5);
        assert_eq!(settings.limits.json.max_depth, 9);
        assert_eq!(settings.limits.xml, Limits::default().xml);
        assert!(!settings.rules.is_empty());
    }

    #[test]
    fn the_documentation_lists_every_limit_with_its_default() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/configuration.md");
        let documentation = std::fs::read_to_string(path).unwrap_or_default();
        if std::env::var_os("ATT_UPDATE_DOCS").is_some() {
            let start = documentation
                .find("|---|---:|---|\n")
                .map(|i| i + "|---|---:|---|\n".len())
                .expect("the limits table of docs/configuration.md");
            let end = documentation[start..]
                .find("\n\n")
                .map_or(documentation.len(), |i| start + i + 1);
            let updated = format!(
                "{}{}{}",
                &documentation[..start],
                limits_table(),
                &documentation[end..]
            );
            std::fs::write(path, updated).expect("write docs/configuration.md");
            return;
        }
        assert!(
            documentation.contains(&limits_table()),
            "the limits table of docs/configuration.md is out of date; regenerate it with\n\
             ATT_UPDATE_DOCS=1 cargo test -p att-core the_documentation_lists_every_limit"
        );
    }

    #[test]
    fn every_limit_changes_what_it_names() {
        for limit in LIMITS {
            let settings = parse(&format!("[limits]\n{} = 7\n", limit.name), "att.toml")
                .expect("valid settings");
            assert_eq!((limit.default)(&settings.limits), 7, "{}", limit.name);
            assert_ne!((limit.default)(&Limits::default()), 7, "{}", limit.name);
        }
    }

    #[test]
    fn refuses_unknown_limits_and_bad_values_with_their_place() {
        assert_eq!(
            problem("[limits]\nmax_file_sise = 5\n"),
            "att.toml:2:1: no limit is called “max_file_sise” (did you mean “max_file_size”?)"
        );
        assert_eq!(
            problem("[limits]\nmax_file_size = \"5 MB\"\n"),
            "att.toml:2:17: “5 MB” is not a value for max_file_size; use a whole number greater than 0"
        );
        assert_eq!(
            problem("[limits]\nmax_file_size = 0\n"),
            "att.toml:2:17: “0” is not a value for max_file_size; use a whole number greater than 0"
        );
        assert_eq!(
            problem("limits = 3\n"),
            "att.toml:1:10: “limits” must be a table: [limits] followed by lines such as max_file_size = 268435456"
        );
        assert_eq!(
            problem("[limit]\n"),
            "att.toml:1:2: unknown section “limit”; the configuration has only [rules] and [limits]"
        );
    }
}
