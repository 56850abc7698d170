//! The JSON reader on arbitrary bytes, through the reader interface the pipeline uses: never a
//! panic, a hang or unbounded memory; and the report it types from the document is the one its
//! own JSON form types back to.
#![no_main]

use att_schema::Reader;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(read) = att_json::JsonReader::read(data, &att_json::Limits::default()) else {
        return;
    };
    if let Ok(json) = serde_json::to_value(&read.report) {
        let again = att_schema::from_json::report(&json);
        assert!(again.untyped.is_empty(), "the report's JSON form is typed whole");
        assert_eq!(again.report, read.report, "the report's JSON form types back to it");
    }
});
