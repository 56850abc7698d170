#!/usr/bin/env bash
# Annotates workbooks with the `att annotate` command, has LibreOffice (headless) convert each
# annotated copy to PDF, and renders the pages to PNG, to look at what an official sees. Each
# workbook twice: as delivered (notes show when the pointer is over a cell, so the pages show
# the fills and the findings sheet) and with --show-notes (the notes drawn beside their cells).
#
#     apt-get install -y libreoffice-calc-nogui poppler-utils
#     cargo build -p att
#     tools/annotate/render.sh [WORKBOOK…]        (PNG pages in target/annotate-cli/)
#
# The default workbooks are fixtures with findings on their cells, in three languages, one of
# them with macros. The script fails when att refuses a workbook, when LibreOffice writes
# anything on standard error (but its notice that Java is missing) or makes no PDF of a copy,
# or when the PDF has no page.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
att=${ATT:-$root/target/debug/att}
out=${OUT:-$root/target/annotate-cli}
if [ "$#" -eq 0 ]; then
  set -- "$root/fixtures/templates/invalid-raw-values-kept-es.xlsx" \
    "$root/fixtures/xlsx/sample-att-2017-fr.xlsx" \
    "$root/fixtures/xlsx/sample-att-2017-en.xlsm" \
    "$root/fixtures/annotate/report-with-layout-features.xlsx"
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -rf "$out"
mkdir -p "$out"
for workbook in "$@"; do
  name=$(basename "${workbook%.*}")
  for variant in hidden shown; do
    flag=()
    [ "$variant" = shown ] && flag=(--show-notes)
    # The copy's extension is its type's (xlsm for a macro workbook): att refuses another.
    extension=xlsx
    case "$workbook" in *.xlsm) extension=xlsm ;; esac
    copy="$out/$name.notes-$variant.$extension"
    status=0
    "$att" annotate "$workbook" -o "$copy" "${flag[@]}" || status=$?
    if [ "$status" -eq 2 ]; then
      echo "render.sh: att could not annotate $workbook" >&2
      exit 2
    fi
    complaints="$out/$name.notes-$variant.soffice.txt"
    soffice -env:UserInstallation="file://$profile" --headless --norestore \
      --convert-to pdf --outdir "$out" "$copy" >/dev/null 2>"$complaints"
    pdf="${copy%.*}.pdf"
    # Without Java installed LibreOffice says so on every start; that is no complaint about the
    # workbook.
    sed -i '/failed to launch javaldx/d' "$complaints"
    if [ -s "$complaints" ] || [ ! -s "$pdf" ]; then
      echo "render.sh: LibreOffice did not convert $copy cleanly:" >&2
      cat "$complaints" >&2
      exit 1
    fi
    rm -f "$complaints"
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    [ "${pages:-0}" -gt 0 ] || { echo "render.sh: $pdf has no page" >&2; exit 1; }
    pdftoppm -png -r 70 "$pdf" "${pdf%.pdf}"
    echo "render.sh: $copy → $pages page(s) of PDF and PNG"
  done
done
echo "render.sh: PNG pages in $out"
