#!/usr/bin/env bash
# What CI runs for the offline page: installs what is missing (the wasm32-unknown-unknown
# target, wasm-bindgen-cli at the version the workspace pins, Node.js, Debian's chromium and
# chromium-driver), builds the page, compares the WebAssembly engine with the command line on
# every fixture, and drives the page in headless Chromium. Prints the time of each step.
#
#   web/ci.sh            (from .ci/run, after `cargo test --workspace` has built att)
set -euo pipefail
cd "$(dirname "$0")/.."

step_started=$SECONDS
step() {
  echo "web/ci.sh: $1 ($((SECONDS - step_started)) s)"
  step_started=$SECONDS
}

sudo_if_needed=""
[ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
missing_packages=()
command -v node >/dev/null 2>&1 || missing_packages+=(nodejs)
command -v chromium >/dev/null 2>&1 || missing_packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing_packages+=(chromium-driver)
if [ "${#missing_packages[@]}" -gt 0 ]; then
  echo "web/ci.sh: installing ${missing_packages[*]}"
  $sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq "${missing_packages[@]}" >/dev/null
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
pinned="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$pinned" ]; then
  # Without its default features the CLI builds no TLS stack (it is only for its test runner's
  # downloads): about half the build time, and the same output.
  echo "web/ci.sh: installing wasm-bindgen-cli $pinned"
  cargo install --quiet wasm-bindgen-cli --version "$pinned" --no-default-features
fi
step "tools ready"

cargo build --quiet -p att
step "att built"
web/build.sh
step "page built"
node --test-reporter=dot web/tests/unit.mjs
step "page modules tested"
node web/tests/compare-cli.mjs --att target/debug/att --glue target/att-wasm
step "engine compared with the command line"
node web/tests/browser.mjs --att target/debug/att --page target/att-page.html
step "page driven in Chromium"
