//! The XML reader on arbitrary bytes: never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = att_xml::read(data, &att_xml::Limits::default());
});
