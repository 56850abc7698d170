//! Writes the annotated copies of the fixtures of `fixtures/annotate/`, with the findings the
//! tests use, into a folder, for looking at them in a spreadsheet program:
//!
//!     cargo run -p att-annotate --example annotate_fixtures -- /tmp/annotated [--show-notes]
//!
//! With `--show-notes` the notes are always shown, so that a rendering shows them too.
//! `crates/att-annotate/scripts/render-with-libreoffice.sh` then renders them to PDF and PNG.

#[path = "../tests/support/findings.rs"]
mod findings;

use att_annotate::{Options, annotate};
use att_schema::Lang;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: annotate_fixtures OUTPUT_FOLDER")?,
    );
    let show_notes = std::env::args().any(|arg| arg == "--show-notes");
    std::fs::create_dir_all(&out)?;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/annotate");
    let cases = [
        (
            "report-with-layout-features.xlsx",
            findings::layout_findings(),
            Lang::En,
        ),
        (
            "report-with-layout-features-libreoffice.xlsx",
            findings::layout_findings(),
            Lang::Fr,
        ),
        (
            "macros-and-button.xlsm",
            findings::macro_findings(),
            Lang::Es,
        ),
        (
            "formulas-with-calculation-chain-fr.xlsx",
            findings::calculation_chain_findings(),
            Lang::Fr,
        ),
        (
            "prefixed-namespace-without-references.xlsx",
            findings::prefixed_findings(),
            Lang::Es,
        ),
    ];
    for (name, findings, lang) in cases {
        let bytes = std::fs::read(fixtures.join(name))?;
        let options = Options {
            lang,
            show_notes,
            ..Options::default()
        };
        let annotated = annotate(&bytes, &findings, &options)?;
        let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        let path = out.join(format!("annotated-{stem}.{}", annotated.extension));
        std::fs::write(&path, annotated.bytes)?;
        println!(
            "wrote {} ({} noted cells)",
            path.display(),
            annotated.noted_cells
        );
    }
    Ok(())
}
