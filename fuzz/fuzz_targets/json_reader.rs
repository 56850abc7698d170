//! The JSON reader on arbitrary bytes: never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = att_json::read(data, &att_json::Limits::default());
});
