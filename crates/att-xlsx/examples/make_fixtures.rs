//! Writes the fixture workbooks built in `tests/support` to `fixtures/xlsx/`.
//!
//! ```text
//! cargo run -p att-xlsx --example make_fixtures
//! ```

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::Path;

fn main() -> std::io::Result<()> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/xlsx");
    std::fs::create_dir_all(&folder)?;
    for (name, build) in support::builders::ALL {
        let path = folder.join(name);
        std::fs::write(&path, build())?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
