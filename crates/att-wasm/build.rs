//! Gives the WebAssembly module a larger stack than the linker's 1 MiB default, as native
//! threads have: the readers and the schema stage recurse as deep as a document nests.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-cdylib=-zstack-size=8388608");
    }
}
