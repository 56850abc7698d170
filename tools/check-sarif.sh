#!/usr/bin/env bash
# Checks `att validate --format sarif` against the SARIF 2.1.0 rules and the rules GitHub code
# scanning applies to uploads, with Microsoft's sarif-multitool (npm @microsoft/sarif-multitool,
# installed into a temporary folder). Fails when the multitool reports anything.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-audit --no-fund --silent @microsoft/sarif-multitool@5.7.0
tool="$work/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
chmod u+x "$tool"

cargo build --quiet -p att
# A workbook, JSON and XML reports with findings, and a file that cannot be read.
target/debug/att validate --format sarif \
  fixtures/xlsx/numbers-written-as-text.xlsx \
  fixtures/json/invalid-schema-violations.json \
  fixtures/xml/raw-values.xml \
  fixtures/json/broken-truncated.json > "$work/att.sarif" || [ $? -le 2 ]

DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$tool" validate --rule-kind "Sarif;Gh" \
  --output "$work/report.sarif" "$work/att.sarif" >/dev/null
problems="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0].get("results", [])))' "$work/report.sarif")"
if [ "$problems" != "0" ]; then
  echo "tools/check-sarif.sh: the multitool reports $problems problems:" >&2
  cat "$work/report.sarif" >&2
  exit 1
fi
echo "tools/check-sarif.sh: the SARIF log passes the SARIF and GitHub rules"
