//! The schemas committed under `schemas/` are exactly the ones the types generate.

use att_schema::schema::{
    DIAGNOSTICS_SCHEMA_FILE, REPORT_SCHEMA_FILE, diagnostics_schema, report_schema, to_pretty_json,
};
use std::path::PathBuf;

fn check_committed(file: &str, generated: &serde_json::Value) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../schemas")
        .join(file);
    let generated = to_pretty_json(generated);
    if std::env::var_os("ATT_UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &generated).expect("write the schema");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schemas/{file} differs from the schema the types generate.\n\
         Regenerate it with: ATT_UPDATE_SCHEMAS=1 cargo test -p att-schema --test committed_schemas\n\
         and review the change with git diff."
    );
}

#[test]
fn report_schema_is_committed() {
    check_committed(REPORT_SCHEMA_FILE, &report_schema());
}

#[test]
fn diagnostics_schema_is_committed() {
    check_committed(DIAGNOSTICS_SCHEMA_FILE, &diagnostics_schema());
}
