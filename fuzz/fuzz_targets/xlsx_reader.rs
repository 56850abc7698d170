//! The workbook reader on arbitrary bytes (seeded with the fixture workbooks): never a panic,
//! a hang or unbounded memory.
#![no_main]

use att_schema::Reader;
use libfuzzer_sys::fuzz_target;

// The workbook reader turns a panic of the spreadsheet parser it uses (calamine) on a damaged
// file into an error; a silent hook lets that unwinding happen. A panic that escapes the reader
// still reaches libFuzzer, which aborts on it and reports the input.
fuzz_target!(
    init: std::panic::set_hook(Box::new(|_| {})),
    |data: &[u8]| {
        let _ = att_xlsx::WorkbookReader::read(data, &att_xlsx::Limits::default());
    }
);
