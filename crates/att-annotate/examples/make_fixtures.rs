//! Writes the workbooks of `fixtures/annotate/` that rust_xlsxwriter builds:
//!
//!     cargo run -p att-annotate --example make_fixtures
//!
//! then `fixtures/annotate/resave-with-libreoffice.sh` writes the LibreOffice-saved copy.

#[path = "../tests/support/builders.rs"]
mod builders;

use std::path::Path;

fn main() -> std::io::Result<()> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/annotate");
    for (name, bytes) in builders::all() {
        let path = folder.join(name);
        std::fs::write(&path, bytes)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
