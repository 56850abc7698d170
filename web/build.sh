#!/usr/bin/env bash
# Builds the offline page: target/att-page.html, one self-contained file (script, styles and
# WebAssembly inlined). Needs the wasm32-unknown-unknown target, wasm-bindgen-cli at the
# version the att-wasm crate pins, and Node.js (web/ci.sh installs what is missing).
#
#   web/build.sh [OUTPUT]      (default: target/att-page.html)
set -euo pipefail
cd "$(dirname "$0")/.."

output="${1:-target/att-page.html}"
pinned="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)"
installed="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" || true
if [ "$installed" != "$pinned" ]; then
  echo "web/build.sh: wasm-bindgen-cli $pinned is needed (found: ${installed:-none});" \
    "install it with: cargo install wasm-bindgen-cli --version $pinned --no-default-features" >&2
  exit 2
fi

cargo build --quiet -p att-wasm --lib --target wasm32-unknown-unknown --profile wasm-release
rm -rf target/att-wasm
wasm-bindgen --target web --experimental-reset-state-function --remove-name-section \
  --remove-producers-section --out-dir target/att-wasm \
  target/wasm32-unknown-unknown/wasm-release/att_wasm.wasm
# The glue is an ES module; Node's tests import it from here.
echo '{ "type": "module" }' > target/att-wasm/package.json
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
node web/assemble.mjs --glue target/att-wasm --out "$output" --version "$version"
