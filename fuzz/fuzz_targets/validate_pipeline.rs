//! The whole pipeline the command line runs — recognise the format, read, validate, place
//! every diagnostic, render its message in each language — on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static VALIDATOR: LazyLock<att_validate::Validator> = LazyLock::new(att_validate::Validator::new);

// The workbook reader turns a panic of the spreadsheet parser it uses (calamine) on a damaged
// file into an error; a silent hook lets that unwinding happen. A panic that escapes the reader
// still reaches libFuzzer, which aborts on it and reports the input.
fuzz_target!(
    init: std::panic::set_hook(Box::new(|_| {})),
    |data: &[u8]| {
        let Ok(loaded) = att_core::load(data, &att_core::Limits::default()) else {
            return;
        };
        for diagnostic in att_core::check(&loaded, &VALIDATOR) {
            for lang in [
                att_schema::Lang::En,
                att_schema::Lang::Fr,
                att_schema::Lang::Es,
            ] {
                let _ = diagnostic.message(lang);
            }
        }
    }
);
