//! The workbook reader on arbitrary bytes (seeded with the fixture workbooks): never a panic,
//! a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = att_xlsx::read(data, &att_xlsx::Limits::default());
});
