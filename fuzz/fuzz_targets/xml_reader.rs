//! The XML reader on arbitrary bytes, through the reader interface the pipeline uses: never a panic, a hang or unbounded memory.
#![no_main]

use att_schema::Reader;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = att_xml::XmlReader::read(data, &att_xml::Limits::default());
});
